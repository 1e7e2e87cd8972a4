"""Entity pages bounded at any size: each list (pairings, links to the resource, facts per property) shows
PAGE_ROWS rows with its total, ``?page=N`` the next ones; the pages together list every row once, and the
machine representations stay complete. Run with a page of 5 rows so the real graph's lists need pages."""
from __future__ import annotations

import html
import re

import pyoxigraph as ox
import pytest

from kgqa import ld

ROWS = 5
SHANGHAI = ld.BASE + "division/310000"   # 25 pairings, 23 dk:supports, links from 8 resources …
PAGES = ["division/310000", "division/540200", "programme/yuanzang", "type/interprovincial", "agency/caizhengbu"]


@pytest.fixture(autouse=True)
def small_pages(monkeypatch):
    monkeypatch.setattr(ld, "PAGE_ROWS", ROWS)


def every_page(store, iri: str) -> list[ld.Description]:
    first = ld.describe(store, iri)
    return [first] + [ld.describe(store, iri, page=n) for n in range(2, first.pages + 1)]


def incoming_of(store, iri: str) -> set[tuple[str, str]]:
    """Every (subject, property) linking to ``iri``, the pairings that name it left out, as the old page listed them."""
    query = """SELECT DISTINCT ?s ?p WHERE { ?s ?p ?this FILTER(isIRI(?s))
      FILTER NOT EXISTS { ?s a dk:PairingRelationship ; %s ?this } }""" % ld.PAIRING_LINKS
    return {(r["s"].value, r["p"].value) for r in ld.run_about(store, query, iri)}


@pytest.mark.parametrize("path", PAGES)
def test_the_pages_together_list_every_row_once(store, path):
    iri = ld.BASE + path
    pages = every_page(store, iri)
    pairings = [p.pairing.iri for d in pages for p in d.pairings]
    assert len(pairings) == len(set(pairings)) == pages[0].pairings_total
    assert all(len(d.pairings) <= ROWS for d in pages)
    incoming = [(s.iri, p.iri) for d in pages for s, p in d.incoming]
    mechanism = {f.iri for _, facts in pages[0].mechanism_facts for f, _ in facts}
    assert set(incoming) == {(s, p) for s, p in incoming_of(store, iri) if s not in mechanism}
    assert len(incoming) == len(set(incoming))
    facts = [(f.predicate.iri, f.value.iri or f.value.text, f.graph) for d in pages for f in d.facts]
    everything = [(r["p"].value, r["o"].value, r["g"].value) for r in ld.run_about(store, ld.QUERIES["facts"], iri)
                  if r["p"].value != ld.RDF_TYPE]
    assert sorted(facts) == sorted(everything)


def test_a_long_list_says_its_total_and_the_rows_shown(store):
    first, second = ld.describe(store, SHANGHAI), ld.describe(store, SHANGHAI, page=2)
    assert first.pairings_total == 25 and len(first.pairings) == ROWS and first.pages == 5
    assert {p.pairing.iri for p in first.pairings}.isdisjoint(p.pairing.iri for p in second.pairings)
    longer = {p.iri: n for p, n, kind in first.longer if kind == "facts"}
    assert longer[ld.BASE + "ontology#supports"] == 23
    assert [t.iri for t in first.types] == [t.iri for t in second.types]  # the types head every page


def test_past_the_last_page_is_404_and_a_bad_page_400(client):
    assert client.get("/division/310000?page=5", headers={"Accept": "text/html"}).status_code == 200
    assert client.get("/division/310000?page=6", headers={"Accept": "text/html"}).status_code == 404
    for bad in ("0", "x", "-1", "1.5"):
        r = client.get(f"/division/310000?page={bad}", headers={"Accept": "application/json, text/html;q=0.5"})
        assert r.status_code == 400 and r.json["error"] == "bad_request"


def test_the_html_links_the_next_and_previous_page_and_the_complete_rdf(client):
    text = client.get("/division/310000?page=2", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'href="/division/310000" rel="prev"' in text and 'href="/division/310000?page=3" rel="next"' in text
    assert "<h2>对口关系 (25)</h2>" in text and "共 25 条，本页显示第 6–10 条" in text
    assert 'href="/division/310000.ttl"' in text
    rows = re.findall(r'<a href="/pairing/[^"]+">详情</a>', text)
    assert len(rows) == ROWS
    shown = ld.query_text(ld.QUERIES["pairings"], SHANGHAI, 2)
    assert f"LIMIT {ROWS} OFFSET {ROWS}" in shown and shown in html.unescape(text)  # the page's own queries


def test_a_page_of_a_small_resource_has_no_pager(client):
    text = client.get("/agency/caizhengbu", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'class="pager"' not in text


def test_each_page_is_its_own_cache_entry(client):
    first = client.get("/division/310000", headers={"Accept": "text/html"})
    second = client.get("/division/310000?page=2", headers={"Accept": "text/html"})
    again = client.get("/division/310000?page=2", headers={"Accept": "text/html"})
    assert first.data != second.data and again.data == second.data
    assert again.headers["X-Cache"] in ("hit", "coalesced")


def test_the_turtle_stays_complete_whatever_the_page(client, store):
    """The machine representations are every triple about the resource and pointing at it: not paged."""
    whole = set(ld.resource_triples(store, SHANGHAI))
    for path in ("/division/310000.ttl", "/division/310000.ttl?page=2"):
        got = {t.triple for t in ox.parse(client.get(path).data, format=ox.RdfFormat.TURTLE)}
        assert got == whole and len(whole) > ROWS * 10
