"""Every HTML page carries a Content-Security-Policy and nosniff; answers that are sets show a network."""
from __future__ import annotations

import json
import re
from html import unescape

import pytest

PAGES = ["/", "/?q=北京对口支援哪些地区？", "/sparql", "/map", "/network", "/timeline", "/division/110000",
         "/ontology", "/no/such/page", "/division/999999"]


@pytest.mark.parametrize("path", PAGES)
def test_html_pages_have_security_headers(client, path):
    response = client.get(path, headers={"Accept": "text/html"})
    assert response.mimetype == "text/html"
    assert "default-src" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_an_answer_listing_partners_embeds_the_askers_network(client):
    html = client.get("/?q=北京对口支援哪些地区？").get_data(as_text=True)
    frames = re.findall(r'<iframe[^>]*src="([^"]+)"', html)
    assert len(frames) == 1 and "division%2F110000" in frames[0]


def test_a_single_value_answer_embeds_nothing(client, store):
    html = client.get("/?q=北京从哪一年开始对口支援拉萨？").get_data(as_text=True)
    years = {int(r[0].value) for r in store.query(
        "PREFIX dk: <https://w3id.org/duikou/ontology#> SELECT ?y WHERE { ?p dk:supporter "
        "<https://w3id.org/duikou/division/110000> ; dk:recipient <https://w3id.org/duikou/division/540100> ; "
        "dk:startYear ?y }")}
    assert len(years) == 1 and str(years.pop()) in html  # the answer is on the page …
    assert "<iframe" not in html  # … and no network beside it


def test_the_answer_links_the_sparql_editor_prefilled(client):
    from kgqa.qa import ask

    html = client.get("/?q=北京对口支援哪些地区？").get_data(as_text=True)
    link = unescape(re.search(r'href="(/sparql\?q=[^"]+)"', html).group(1))
    page = client.get(link, headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.mimetype == "text/html"
    body = page.get_data(as_text=True)
    config = json.loads(unescape(re.search(r'<script[^>]*id="kgqa-config"[^>]*>(.*?)</script>', body, re.S).group(1)))
    expected = ask(client.application.extensions["kgqa_store"], "北京对口支援哪些地区？")["sparql"]
    assert config["initial"].strip() == expected.strip()  # the editor opens on the answer's own query
    assert expected.strip() in unescape(re.search(r"<textarea[^>]*>(.*?)</textarea>", body, re.S).group(1))


@pytest.mark.parametrize("path", ["/healthz", "/sparql?query=ASK%7B%7D", "/division/110000", "/api/lookup?q=拉萨",
                                  "/api/ask?q=北京对口支援哪些地区？", "/no/such/page", "/sparql?query=SELEKT"])
def test_every_answer_names_its_worker_and_the_apps_time(client, path):
    import os

    response = client.get(path)
    assert response.headers["X-Worker"] == str(os.getpid())
    timing = re.fullmatch(r"app;dur=(\d+\.\d)", response.headers["Server-Timing"])
    assert timing and 0 <= float(timing.group(1)) < 60_000
