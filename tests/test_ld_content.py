"""What an entity page shows: zh-first labels, types, facts with sources, pairings, incoming links,
links out, the SPARQL behind it; the 404 page; escaping and security headers."""
from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox
import pytest

from kgqa import ld
from kgqa.store.embedded import EmbeddedStore
from kgqa.web import create_app


def page(client, path, lang=None):
    headers = {"Accept": "text/html", **({"Accept-Language": lang} if lang else {})}
    r = client.get(path, headers=headers)
    return r, r.get_data(as_text=True)


def test_prefecture_page(client):
    r, text = page(client, "/division/540200")
    assert r.status_code == 200 and "<h1>日喀则市</h1>" in text
    assert '<html lang="zh">' in text and r.headers["Content-Language"] == "zh"
    assert "地级市" in text                                                     # type, zh label from the ontology
    assert 'href="/division/540200/name/rikazediqu"' in text                    # historical name 日喀则地区
    assert 'href="/division/540000"' in text                                    # part of 西藏自治区
    assert "GB/T 2260 540200" in text
    pairings = text.split('id="pairings"')[1].split("</section>")[0]
    assert "上海市" in pairings and "1994" in pairings and "已核实" in pairings
    assert 'id="incoming"' in text and "桑珠孜区" in text


def test_facts_carry_their_source(client):
    _, text = page(client, "/event/1982-zuotanhui")
    assert 'href="#source-1"' in text and 'id="source-1"' in text and 'href="/source/book/ch1/p4"' in text
    _, text = page(client, "/division/540200")
    assert "推理得出" in text                                                   # inferred facts say so


def test_wikidata_link_out(client):
    _, text = page(client, "/division/310000")
    assert 'href="https://www.wikidata.org/wiki/Q8686"' in text and "GB/T 2260 310000" in text


def test_the_page_language_picks_labels(client):
    _, zh = page(client, "/agency/caizhengbu")
    _, en = page(client, "/agency/caizhengbu", "en-GB,en;q=0.9,zh;q=0.5")      # reads both, prefers English
    assert "<h1>财政部</h1>" in zh and "<h1>Ministry of Finance</h1>" in en and '<html lang="en">' in en
    _, locale_only = page(client, "/agency/caizhengbu", "en-GB,en;q=0.9")     # a browser's locale alone: zh
    assert "<h1>财政部</h1>" in locale_only and '<html lang="zh">' in locale_only
    _, fallback = page(client, "/division/540200?lang=en")                     # no en label: zh, not the code
    assert "<h1>日喀则市</h1>" in fallback


def test_sparql_shown_and_opens_in_editor(client, store):
    _, text = page(client, "/division/540200")
    links = re.findall(r'href="(/sparql\?query=[^"]+)"', text)
    editor = re.findall(r'href="/sparql\?q=([^"]+)"', text)
    assert len(links) == len(editor) == len(ld.QUERIES)
    assert [urlsplit("?query=" + e).query for e in editor] == [urlsplit(link).query for link in links]
    query = parse_qs(urlsplit(html.unescape(links[1])).query)["query"][0]
    assert "<https://w3id.org/duikou/division/540200>" in query and html.escape(query) in text
    rows = [r for r in store.query(query) if r["p"].value != ld.RDF_TYPE]  # types are shown apart
    assert len(rows) == len(ld.describe(store, ld.BASE + "division/540200").facts)


def test_unknown_iri_gets_404_page(client):
    r, text = page(client, "/division/999999")
    assert r.status_code == 404 and "404" in text and "https://w3id.org/duikou/division/999999" in text
    assert client.get("/division/999999.ttl").status_code == 404
    assert client.get("/division/999999", headers={"Accept": "text/turtle"}).status_code == 404


def test_html_security_headers(client):
    for path in ("/division/540200", "/ontology", "/division/999999"):
        r = client.get(path)
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert "default-src 'none'" in r.headers["Content-Security-Policy"]
        assert "script-src 'self'" in r.headers["Content-Security-Policy"]


XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def evil_client(settings):
    """A graph whose labels and links are hostile."""
    store = ox.Store()
    s = ox.NamedNode(ld.BASE + "division/1")
    p = lambda local: ox.NamedNode(local)
    g = ox.NamedNode(ld.BASE + "graph/actors")
    for pred, obj in [
        ("http://www.w3.org/2000/01/rdf-schema#label", ox.Literal(XSS, language="zh")),
        ("http://www.w3.org/2004/02/skos/core#exactMatch", ox.NamedNode("javascript:alert(1)")),
        ("http://purl.org/dc/terms/source", ox.NamedNode("javascript:alert(2)")),
        ("https://w3id.org/duikou/ontology#note", ox.Literal('"><script>alert(3)</script>')),
    ]:
        store.add(ox.Quad(s, p(pred), obj, g))
    app = create_app(settings, store=EmbeddedStore(store, "evil"))
    return app.test_client()


def test_labels_and_links_are_escaped(evil_client):
    r, text = page(evil_client, "/division/1")
    assert r.status_code == 200
    assert "<script>" not in text and "<img" not in text and "onerror=alert(1)>" not in text
    assert "&lt;script&gt;" in text
    assert 'href="javascript:' not in text.lower()


def test_lookup_escapes_nothing_but_is_json(evil_client):
    r = evil_client.get("/api/lookup", query_string={"q": "alert"})
    assert r.mimetype == "application/json"
    assert r.json["results"][0]["label"] == XSS


@pytest.mark.parametrize("path", ["/division/a%20b", "/division/%3Cscript%3Ealert(1)%3C/script%3E",
                                  "/division/a%22b.ttl", "/division/%E4%B8%8A", "/division/540200.xyz"])
def test_odd_paths_are_404_not_500(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "<script>alert" not in r.get_data(as_text=True)
