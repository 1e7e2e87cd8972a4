"""Shared fixtures: the real graph in an in-memory store (loaded once), the app and its test client."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgqa.config import PROJECT_ROOT, load_settings
from kgqa.store.embedded import EmbeddedStore, data_files

ROOT = PROJECT_ROOT


@pytest.fixture(scope="session")
def settings():
    return load_settings(environ={})


@pytest.fixture(scope="session")
def store():
    return EmbeddedStore.from_files(data_files(ROOT / "triples", ROOT / "ontology" / "duikou.ttl"))


@pytest.fixture(scope="session")
def app(settings, store):
    from kgqa.web import create_app

    app = create_app(settings, store=store)
    app.config["TESTING"] = True
    return app


@pytest.fixture()
def client(app):
    return app.test_client()
