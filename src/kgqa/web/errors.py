"""One error shape: JSON for API clients, a short HTML page for browsers; our bugs get a request id."""
from __future__ import annotations

import logging
import uuid

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from ..errors import KgqaError

log = logging.getLogger("kgqa")


def wants_html() -> bool:
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return best == "text/html" and not request.path.startswith(("/api/", "/sparql"))


def render(status: int, body: dict, headers: dict | None = None):
    if wants_html():
        html = render_template("error.html", status=status, message=body.get("message"), rid=body.get("request_id"))
        return html, status, {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
    response = jsonify(body)
    response.status_code = status
    response.headers.update(headers or {})
    return response


def register(app: Flask) -> None:
    @app.errorhandler(KgqaError)
    def kgqa_error(exc: KgqaError):
        retry = getattr(exc, "retry_after", None)
        headers = {"Retry-After": str(retry)} if retry is not None else None
        if exc.status >= 500 and type(exc) is KgqaError:
            return internal(exc)
        return render(exc.status, exc.to_dict(), headers)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        allow = {k: v for k, v in exc.get_headers() if k == "Allow"}  # 405 must say what is allowed
        return render(exc.code or 500, {"error": exc.name.lower().replace(" ", "_"), "message": exc.description}, allow)

    @app.errorhandler(Exception)
    def internal(exc: Exception):
        rid = uuid.uuid4().hex[:12]
        log.exception("internal error, request id %s", rid)
        return render(500, {"error": "internal_error", "message": "internal error; please report the request id",
                            "request_id": rid})
