"""XSS: payloads stored as labels, sent as questions and parameters, and used as IRIs (``javascript:``)
are inert in every HTML page: no element or attribute the payload created, no link to ``javascript:``,
no inline script but JSON data blocks that still parse as JSON, and a CSP without inline scripts.

The store is tiny and hostile: the ontology plus ``HOSTILE`` below (a pairing between two made-up
divisions whose names, sources and links are attacks)."""
from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from kgqa.config import PROJECT_ROOT
from kgqa.store.embedded import EmbeddedStore, data_files
from kgqa.web import create_app

HOSTILE = r"""
@prefix dk: <https://w3id.org/duikou/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix d: <https://w3id.org/duikou/division/> .
d:990000 a dk:Province ; rdfs:label "<script>alert('label')</script>黑客省"@zh, "<script>alert('en')</script>"@en ;
  skos:altLabel "\"><img src=x onerror=alert(1)>"@zh ; dk:abbreviation "</script><script>alert(2)</script>" ;
  rdfs:seeAlso <javascript:alert(3)> ; owl:sameAs <JavaScript:alert(4)>, <https://example.org/x'onmouseover='alert(5)> ;
  rdfs:comment "{{7*7}} ${7*7} <iframe src=javascript:alert(6)>"@zh ; dk:supports d:990100 .
d:990100 a dk:Prefecture ; rdfs:label "\"><svg onload=alert(7)>黑客市"@zh ; dk:directlyPartOf d:990000 ;
  dcterms:source <javascript:alert(8)> .
<https://w3id.org/duikou/programme/xss> a dk:Programme ; rdfs:label "javascript:alert(9)"@zh ;
  skos:prefLabel "援<script>alert(10)</script>藏"@zh .
<https://w3id.org/duikou/pairing/xss/990000-990100> a dk:PairingRelationship ;
  rdfs:label "<img src=x onerror=alert(11)>"@zh ;
  dk:supporter d:990000 ; dk:recipient d:990100 ; dk:programme <https://w3id.org/duikou/programme/xss> ;
  dk:startYear 2010 ; dk:endYear 2020 ; dk:verificationStatus dk:Verified ;
  dcterms:source <javascript:alert(12)>, <https://example.org/?a='%3E%3Cscript%3Ealert(13)%3C/script%3E> .
"""
PAYLOAD = "<script>alert('q')</script>\"><img src=x onerror=alert('q')>javascript:alert('q')"
PAGES = [
    "/", "/?q=" + PAYLOAD, "/?q=<script>alert('label')</script>黑客省对口支援哪些地方", "/?q=黑客省支援了谁",
    "/division/990000", "/division/990100", "/pairing/xss/990000-990100", "/programme/xss", "/ontology",
    "/division/<script>alert(1)</script>", "/division/990000?lang=" + PAYLOAD,
    "/sparql", "/sparql?q=" + PAYLOAD, "/sparql?q=</script><script>alert(1)</script>",
    "/map", "/map?programme=xss", "/map?programme=" + PAYLOAD, "/network?actor=/division/990000",
    "/network?programme=xss&embed=1", "/timeline?actor=/division/990000", "/timeline?actor=" + PAYLOAD,
]
ATTACK_TAGS = {"img", "svg", "iframe", "object", "embed"}
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}


class Markup(HTMLParser):
    """Collects what an XSS would need: elements, event handlers, URLs and inline script bodies."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.handlers, self.urls, self.scripts = [], [], [], []
        self.foreign = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag in ATTACK_TAGS and not (dict(attrs).get("src") or "").startswith("/"):
            self.foreign.append((tag, attrs))  # an embedded element not from our own site
        self.handlers += [name for name, _ in attrs if name.startswith("on")]
        self.urls += [(value or "") for name, value in attrs if name in URL_ATTRS]
        if tag == "script":
            self._script = {"attrs": dict(attrs), "text": ""}

    def handle_data(self, data):
        if self._script is not None:
            self._script["text"] += data

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append(self._script)
            self._script = None


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory, settings):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.ttl").write_text(HOSTILE, encoding="utf-8")
    store = EmbeddedStore.from_files(data_files(folder, PROJECT_ROOT / "ontology" / "duikou.ttl"))
    app = create_app(settings.replace(data_dir=str(folder)), store=store)
    app.config["TESTING"] = True
    return app.test_client()


def test_the_hostile_data_is_there(hostile_client):
    page = hostile_client.get("/division/990000", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "黑客省" in page.get_data(as_text=True)
    assert "&lt;script&gt;" in page.get_data(as_text=True)  # shown, as text


@pytest.mark.parametrize("path", PAGES)
def test_payloads_are_inert(hostile_client, path):
    r = hostile_client.get(path, headers={"Accept": "text/html", "Accept-Language": "zh"})
    assert r.status_code < 500, r.get_data(as_text=True)[:500]
    if not r.content_type.startswith("text/html"):
        return
    html = r.get_data(as_text=True)
    page = Markup()
    page.feed(html)
    assert not page.foreign, (path, page.foreign)
    assert not page.handlers, (path, page.handlers)
    bad = [u for u in page.urls if u.strip().lower().replace("\t", "").replace("\n", "").startswith(
        ("javascript:", "data:text/html", "vbscript:"))]
    assert not bad, (path, bad)
    for script in page.scripts:
        if "src" in script["attrs"]:
            assert script["attrs"]["src"].startswith("/static/") and not script["text"].strip(), path
        else:
            assert script["attrs"].get("type") == "application/json", (path, script)
            json.loads(script["text"])  # a payload that broke out of the block would break the JSON
    assert "alert(" not in html or all(s not in html for s in ("<script>alert", "<img src=x", "<svg onload")), path


@pytest.mark.parametrize("path", ["/", "/division/990000", "/sparql", "/map", "/network", "/timeline",
                                  "/ontology", "/division/none-such"])
def test_html_pages_forbid_inline_scripts(hostile_client, path):
    r = hostile_client.get(path, headers={"Accept": "text/html"})
    csp = r.headers.get("Content-Security-Policy", "")
    scripts = next((d for d in csp.split(";") if d.strip().startswith("script-src")), None) or \
        next((d for d in csp.split(";") if d.strip().startswith("default-src")), "")
    assert csp and "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts, (path, csp)
