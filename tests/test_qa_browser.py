"""Browser test: Playwright drives Debian's chromium against a running server — type, submit, see the
answer and its source."""
from __future__ import annotations

import shutil
import threading

import pytest

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def server(app):
    from werkzeug.serving import make_server

    srv = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium")
def test_type_submit_see_answer_and_source(server):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(server + "/")
        page.fill("#q", "北京市对口支援拉萨市吗？")
        page.click("button[type=submit]")
        page.wait_for_selector("#answer")
        assert "是的，北京市对口支援拉萨市" in page.inner_text("#answer .text")
        assert page.locator(".sources li a").count() >= 1
        assert "q=" in page.url
        browser.close()
