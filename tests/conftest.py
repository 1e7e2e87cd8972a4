"""Shared fixtures: the real graph in an in-memory store (loaded once), the app and its test client."""
from __future__ import annotations

import logging
import threading
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


# Browser tests: Debian's chromium driven by Playwright from PyPI (never `playwright install`), with the
# flags that keep it off the network; skipped when either is missing.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]


@pytest.fixture(scope="module")
def server(app):
    """The app on a loopback port for the module's tests, stopped afterwards."""
    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no {CHROMIUM} (apt-get install chromium fonts-wqy-zenhei)")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()
