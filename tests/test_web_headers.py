"""Every HTML page carries a Content-Security-Policy and nosniff; answers that are sets show a network."""
from __future__ import annotations

import re

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


def test_a_single_value_answer_embeds_nothing(client):
    html = client.get("/?q=北京从哪一年开始对口支援拉萨？").get_data(as_text=True)
    assert "<iframe" not in html


def test_the_answer_links_the_sparql_editor_prefilled(client):
    html = client.get("/?q=北京对口支援哪些地区？").get_data(as_text=True)
    link = re.search(r'href="(/sparql\?q=[^"]+)"', html).group(1)
    page = client.get(link.replace("&amp;", "&"), headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.mimetype == "text/html"
