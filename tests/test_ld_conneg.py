"""Content negotiation on entity IRIs: a table of Accept headers → the type served."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kgqa import ld
from kgqa.namespaces import PREFIXES

PATH = "/division/540200"  # 日喀则市
HTML, TTL, JSONLD, NT, RDFXML = ("text/html", "text/turtle", "application/ld+json", "application/n-triples",
                                 "application/rdf+xml")

ACCEPT = [
    (None, HTML),
    ("", HTML),
    ("*/*", HTML),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", HTML),  # a browser
    ("application/xhtml+xml", HTML),
    ("text/turtle", TTL),
    ("text/*", HTML),
    ("text/turtle;q=0.9, application/ld+json", JSONLD),
    ("application/ld+json;q=0.5, text/turtle;q=0.8", TTL),
    ("application/n-triples", NT),
    ("application/rdf+xml", RDFXML),
    ("application/rdf+xml;q=1, text/html;q=0.1", RDFXML),
    ("text/html;q=0, */*;q=0.1", TTL),
    ("application/x-turtle", TTL),
    ("TEXT/TURTLE", TTL),
    ("text/turtle;q=abc, application/n-triples;q=0.2", NT),  # a malformed q counts as 0
]


@pytest.mark.parametrize("accept,expected", ACCEPT, ids=[repr(a) for a, _ in ACCEPT])
def test_accept_header_picks_type(client, accept, expected):
    headers = {} if accept is None else {"Accept": accept}
    r = client.get(PATH, headers=headers)
    assert r.status_code == 200
    assert r.mimetype == expected
    assert "Accept" in r.headers["Vary"]


SUFFIX = [(".ttl", TTL), (".jsonld", JSONLD), (".nt", NT), (".rdf", RDFXML), (".html", HTML)]


@pytest.mark.parametrize("suffix,expected", SUFFIX)
def test_suffix_and_format_parameter_override_accept(client, suffix, expected):
    assert client.get(PATH + suffix, headers={"Accept": "text/html"}).mimetype == expected
    assert client.get(f"{PATH}?format={suffix[1:]}", headers={"Accept": "text/html"}).mimetype == expected


def test_nothing_acceptable_is_406(client):
    r = client.get(PATH, headers={"Accept": "image/png"})
    assert r.status_code == 406
    assert "Accept" in r.headers["Vary"]


def test_unknown_format_is_400(client):
    assert client.get(PATH + "?format=pdf").status_code == 400


def test_link_header_lists_every_alternate(client):
    link = client.get(PATH).headers["Link"]
    for suffix, media in SUFFIX[:4]:
        assert f'<{PATH}{suffix}>; rel="alternate"; type="{media}"' in link


def test_page_links_its_twins(client):
    html = client.get(PATH).get_data(as_text=True)
    for suffix, media in SUFFIX[:4]:
        assert f'<link rel="alternate" type="{media}" href="{PATH}{suffix}">' in html


@pytest.mark.parametrize("path,iri", [
    ("/division/540200", ld.BASE + "division/540200"), ("/xpcc", ld.BASE + "xpcc"), ("/xpcc/14", ld.BASE + "xpcc/14"),
    ("/ontology", ld.BASE + "ontology"), ("/sparql", None), ("/api/lookup", None), ("/", None),
    ("/divisionx/1", None), ("/xpccx", None), ("/static/site.css", None),
])
def test_only_our_path_prefixes_are_iris(path, iri):
    assert ld.iri_for_path(path) == iri


@pytest.mark.parametrize("path,split", [
    ("division/540200.ttl", ("division/540200", "ttl")), ("division/540200", ("division/540200", None)),
    ("source/reference/pairings-other.csv", ("source/reference/pairings-other.csv", None)),
    ("source/reference/pairings-other.csv/row/3", ("source/reference/pairings-other.csv/row/3", None)),
])
def test_split_suffix(path, split):
    assert ld.split_suffix(path) == split


def test_other_blueprints_keep_their_paths(client):
    assert client.get("/healthz").status_code == 200
    assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200
    assert client.get("/static/site.css").status_code == 200


PARSERS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "rdf": ox.RdfFormat.RDF_XML,
           "jsonld": ox.RdfFormat.JSON_LD}


@pytest.mark.parametrize("path", [PATH, "/pairing/yuanzang/310000--540200", "/programme/yuanzang"])
def test_every_serialisation_gives_the_same_triples(client, path):
    graphs = {name: set(ox.parse(client.get(f"{path}.{name}").data, format=fmt)) for name, fmt in PARSERS.items()}
    assert graphs["ttl"] and all(g == graphs["ttl"] for g in graphs.values())


def test_jsonld_context_is_stable(client):
    for path in (PATH, "/xpcc", "/ontology"):
        assert client.get(path + ".jsonld").get_json()["@context"] == ld.CONTEXT == dict(PREFIXES)


def test_conditional_get(client):
    for headers in ({"Accept": "text/turtle"}, {"Accept": "text/html"}):
        first = client.get(PATH, headers=headers)
        again = client.get(PATH, headers={**headers, "If-None-Match": first.headers["ETag"]})
        assert again.status_code == 304 and not again.data
