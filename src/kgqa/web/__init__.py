"""The web service: ``create_app()`` builds the Flask app; nothing happens at import time."""
from __future__ import annotations

from collections.abc import Iterable

from flask import Flask

from ..config import Settings, load_settings

# Functions ("module:function", called with the store) that build per-store indexes once in the process
# that forks the web workers, so the workers share them instead of each building its own (the question
# answerer also reads what it reads once per process, by answering the home page's examples).
WARM_UP = ("kgqa.qa.pipeline:warm", "kgqa.viz:table_for", "kgqa.lookup:index_for")


def create_app(settings: Settings | None = None, store=None, warm_up: Iterable[str] = ()) -> Flask:
    """The app, with ``settings`` (default: defaults + KGQA_* variables) and an optional ``store``
    (default: opened from the settings) — tests pass a small store. ``warm_up`` names functions to call
    with the store now (see :func:`warm`)."""
    from ..store import open_store
    from . import errors, headers, health, limits, observability, site, sparql_endpoint

    settings = settings or load_settings()
    app = Flask(__name__)
    app.json.ensure_ascii = False
    app.config["KGQA_SETTINGS"] = settings
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body
    app.extensions["kgqa_store"] = store if store is not None else open_store(settings)
    observability.timed(app)
    errors.register(app)
    limits.register(app)
    headers.register(app)
    site.register(app)
    app.register_blueprint(health.bp)
    app.register_blueprint(sparql_endpoint.bp)
    app.register_blueprint(observability.bp)
    from . import api_docs, ask, budget, ld, programme, viz

    app.register_blueprint(viz.bp)
    app.register_blueprint(ask.bp)
    app.register_blueprint(api_docs.bp)
    app.register_blueprint(programme.bp)  # before ld: its /programme/<slug> pages for people
    app.register_blueprint(ld.bp)  # last: its entity routes are catch-alls under the IRI path prefixes
    budget.register(app)  # per-client budgets shared by the workers (after the endpoint's setup)
    warm(app.extensions["kgqa_store"], warm_up)
    return app


def warm(store, names: Iterable[str]) -> None:
    """Call each ``module:function`` with the store, for an in-memory embedded store only: an on-disk one
    must not be opened before the fork (RocksDB does not survive it), a remote one has nothing to share."""
    import importlib

    if getattr(store, "name", "") != "embedded" or getattr(store, "path", None) is not None:
        return
    for name in names:
        module, _, function = name.partition(":")
        getattr(importlib.import_module(module), function)(store)
