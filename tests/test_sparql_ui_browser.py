"""The query page in headless Chromium (Debian's, driven by Playwright): YASGUI loads from our own
host under our CSP, a gallery query runs and fills the results table with clickable IRIs, ?q= shares a
query, and the page talks to no other host. Skipped without chromium or playwright."""
from __future__ import annotations

from urllib.parse import quote

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="zh-CN")
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))  # CSP violations, 404s
    page.on("response", lambda r: r.status >= 400 and errors.append(f"{r.status} {r.url}"))
    yield page
    context.close()
    foreign = [u for u in requests if not u.startswith((server + "/", "data:", "blob:"))]
    print("FOREIGN", foreign, "ERRORS", errors)
    assert foreign == [], "requests to other hosts"
    assert errors == [], "script errors"


def test_gallery_query_fills_the_table(page, server):
    page.goto(server + "/sparql", wait_until="networkidle")
    page.wait_for_selector(".yasqe .CodeMirror")
    page.click("#gallery button[data-query='programmes']")
    page.wait_for_selector(".yasr table.dataTable tbody tr", timeout=30000)
    text = page.inner_text(".yasr table.dataTable")
    assert "对口支援西藏" in text
    links = page.eval_on_selector_all(".yasr table.dataTable a[href]", "els => els.map(e => e.href)")
    assert any(href.startswith("https://w3id.org/duikou/programme/") for href in links)


def test_shared_link_prefills_the_editor(page, server):
    query = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3"
    page.goto(server + "/sparql?q=" + quote(query), wait_until="networkidle")
    page.wait_for_selector(".yasqe .CodeMirror")
    assert page.evaluate("document.querySelector('.CodeMirror').CodeMirror.getValue()") == query
