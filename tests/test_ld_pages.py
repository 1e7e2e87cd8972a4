"""Every IRI of the graph dereferences, in HTML and in Turtle, through the in-process client."""
from __future__ import annotations

import functools

import pyoxigraph as ox
import pytest

from kgqa import ld
from kgqa.config import PROJECT_ROOT
from kgqa.store.embedded import EmbeddedStore, data_files

MENTIONED = """SELECT DISTINCT ?x WHERE { { ?x ?p ?o } UNION { ?s ?p ?x } UNION { GRAPH ?x { ?a ?b ?c } }
  FILTER(isIRI(?x) && STRSTARTS(STR(?x), "https://w3id.org/duikou/")) } ORDER BY ?x"""


@functools.lru_cache(maxsize=1)
def graph_iris() -> tuple[list[str], list[str]]:
    """(entity paths, ontology term names) of every IRI of ours the graph mentions (read at collection)."""
    store = EmbeddedStore.from_files(data_files(PROJECT_ROOT / "triples", PROJECT_ROOT / "ontology" / "duikou.ttl"))
    iris = [r["x"].value for r in store.query(MENTIONED)]
    terms = [i.split("#", 1)[1] for i in iris if i.startswith(ld.BASE + "ontology#")]
    paths = [ld.href(i) for i in iris if not i.startswith(ld.BASE + "ontology")]
    return paths, terms


def pytest_generate_tests(metafunc):
    if "entity_path" in metafunc.fixturenames:
        metafunc.parametrize("entity_path", graph_iris()[0])
    if "term_name" in metafunc.fixturenames:
        metafunc.parametrize("term_name", graph_iris()[1])


def test_graph_has_many_iris():
    paths, terms = graph_iris()
    assert len(paths) > 1500 and len(terms) > 80


def test_entity_dereferences_in_html_and_turtle(client, entity_path):
    page = client.get(entity_path, headers={"Accept": "text/html"})
    assert page.status_code == 200, entity_path
    assert "<h1>" in page.get_data(as_text=True)
    ttl = client.get(entity_path, headers={"Accept": "text/turtle"})
    assert ttl.status_code == 200 and ttl.mimetype == "text/turtle"
    triples = list(ox.parse(ttl.data, format=ox.RdfFormat.TURTLE))
    iri = ox.NamedNode(ld.BASE + entity_path[1:])
    assert triples, entity_path
    if not entity_path.startswith("/graph/"):  # a named graph's IRI gives its content
        assert all(iri in (t.subject, t.object) for t in triples), entity_path


def test_ontology_page_anchors_every_term(ontology_html, term_name):
    assert f'id="{term_name}"' in ontology_html


@pytest.fixture(scope="module")
def ontology_html(app):
    return app.test_client().get("/ontology").get_data(as_text=True)


def test_every_iri_round_trips_in_rdfxml_and_jsonld(store):
    """RDF/XML and our hand-made JSON-LD are the fragile serialisations: each must give back the triples."""
    for path in graph_iris()[0]:
        triples = set(ld.resource_triples(store, ld.BASE + path[1:]))
        for name, fmt in (("rdf", ox.RdfFormat.RDF_XML), ("jsonld", ox.RdfFormat.JSON_LD)):
            parsed = {q.triple for q in ox.parse(ld.serialize(triples, name), format=fmt)}
            assert parsed == triples, (path, name)
