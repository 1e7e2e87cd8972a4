"""/.well-known/void parses, says what the issue asks, and its counts match the store."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kgqa import void
from kgqa.namespaces import BASE

VOID, DCAT, DCT = void.VOID, void.DCAT, void.DCT


@pytest.fixture(scope="module")
def void_store(app):
    body = app.test_client().get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert body.status_code == 200 and body.mimetype == "text/turtle"
    s = ox.Store()
    s.load(body.data, format=ox.RdfFormat.TURTLE)
    return s


def values(s, prop, subject=BASE):
    node = ox.NamedNode(subject) if isinstance(subject, str) else subject
    return [q.object for q in s.quads_for_pattern(node, ox.NamedNode(prop), None)]


def number(s, prop, subject=BASE) -> int:
    (v,) = values(s, prop, subject)
    return int(v.value)


def count(store, sparql) -> int:
    return int(next(iter(store.query(sparql)))["n"].value)


def test_dataset_description(void_store, settings):
    s, site = void_store, settings.base_url  # --public-url, else http://HOST:PORT: never the Host header
    assert {t.value for t in values(s, void.RDF_TYPE)} == {VOID + "Dataset", DCAT + "Dataset"}
    assert {lit.language for lit in values(s, DCT + "title")} == {"zh", "en"}
    assert {lit.language for lit in values(s, DCT + "description")} == {"zh", "en"}
    assert values(s, DCT + "license") == [ox.NamedNode("https://creativecommons.org/licenses/by/4.0/")]
    assert values(s, VOID + "uriSpace")[0].value == BASE
    assert values(s, VOID + "sparqlEndpoint")[0].value == f"{site}/sparql"
    assert BASE + "ontology#" in {v.value for v in values(s, VOID + "vocabulary")}
    assert BASE + "source/book" in {v.value for v in values(s, DCT + "source")}
    assert values(s, DCAT + "version")
    assert {d.value for d in values(s, VOID + "dataDump")} == {f"{site}/dumps/duikou.nq.gz",
                                                            f"{site}/dumps/duikou.ttl.gz"}


def test_counts_match_the_store(void_store, store):
    s = void_store
    assert number(s, VOID + "triples") == count(store, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }")
    assert number(s, VOID + "triples") == store.triple_count()  # no triple sits in two graphs today
    assert number(s, VOID + "classes") == count(store, "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s a ?c }")
    assert number(s, VOID + "properties") == count(store, "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }")


def test_partitions_match_the_store(void_store, store):
    s = void_store
    classes = {values(s, VOID + "class", p)[0].value: number(s, VOID + "entities", p)
               for p in values(s, VOID + "classPartition")}
    pairings = count(store, f"SELECT (COUNT(DISTINCT ?p) AS ?n) {{ ?p a <{BASE}ontology#PairingRelationship> }}")
    assert classes[BASE + "ontology#PairingRelationship"] == pairings
    props = {values(s, VOID + "property", p)[0].value: number(s, VOID + "triples", p)
             for p in values(s, VOID + "propertyPartition")}
    assert sum(props.values()) == number(s, VOID + "triples")
    graphs = {g.value: number(s, VOID + "triples", g.value) for g in values(s, VOID + "subset")}
    assert set(graphs) == set(store.graph_names()) and sum(graphs.values()) == store.triple_count()


@pytest.mark.parametrize("accept,media", [("application/ld+json", "application/ld+json"),
                                          ("text/html", "text/turtle"), ("application/rdf+xml", "application/rdf+xml")])
def test_void_negotiates(client, accept, media):
    assert client.get("/.well-known/void", headers={"Accept": accept}).mimetype == media
