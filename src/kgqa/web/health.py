"""/healthz: the service is up and its store answers."""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    store = current_app.extensions["kgqa_store"]
    return jsonify({"status": "ok", "backend": store.name, "data_version": store.data_version})


@bp.get("/favicon.ico")
def favicon():
    """No icon: answer browsers' automatic request without a 404 in their console."""
    return "", 204, {"Cache-Control": "public, max-age=86400"}
