"""The web service: ``create_app()`` builds the Flask app; nothing happens at import time."""
from __future__ import annotations

from flask import Flask

from ..config import Settings, load_settings


def create_app(settings: Settings | None = None, store=None) -> Flask:
    """The app, with ``settings`` (default: defaults + KGQA_* variables) and an optional ``store``
    (default: opened from the settings) — tests pass a small store."""
    from ..store import open_store
    from . import errors, headers, health, observability, sparql_endpoint

    settings = settings or load_settings()
    app = Flask(__name__)
    app.json.ensure_ascii = False
    app.config["KGQA_SETTINGS"] = settings
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body
    app.extensions["kgqa_store"] = store if store is not None else open_store(settings)
    errors.register(app)
    headers.register(app)
    app.register_blueprint(health.bp)
    app.register_blueprint(sparql_endpoint.bp)
    app.register_blueprint(observability.bp)
    from . import api_docs, ask, budget, ld, viz

    app.register_blueprint(viz.bp)
    app.register_blueprint(ask.bp)
    app.register_blueprint(api_docs.bp)
    app.register_blueprint(ld.bp)  # last: its entity routes are catch-alls under the IRI path prefixes
    budget.register(app)  # per-client budgets shared by the workers (after the endpoint's setup)
    return app
