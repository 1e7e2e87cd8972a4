"""Security headers every HTML page gets unless its blueprint set stricter ones itself."""
from __future__ import annotations

from flask import Flask, Response

DEFAULT_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
               "frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


def add_security_headers(response: Response) -> Response:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    if response.mimetype == "text/html":
        response.headers.setdefault("Content-Security-Policy", DEFAULT_CSP)
    return response


def register(app: Flask) -> None:
    app.after_request(add_security_headers)
