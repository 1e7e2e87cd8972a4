"""/ontology: the documentation page (zh/en labels, definitions, hierarchy) and the OWL file by conneg."""
from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from kgqa import ld, ontology_page

OWL_ONTOLOGY = ox.Triple(ox.NamedNode(ld.BASE + "ontology"), ox.NamedNode(ld.RDF_TYPE),
                         ox.NamedNode("http://www.w3.org/2002/07/owl#Ontology"))


def ontology_size(store) -> int:
    return int(next(iter(store.query(f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{ontology_page.ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}")))["n"].value)


@pytest.mark.parametrize("accept,suffix,fmt", [("text/turtle", ".ttl", ox.RdfFormat.TURTLE),
                                               ("application/rdf+xml", ".rdf", ox.RdfFormat.RDF_XML)])
def test_owl_file_by_conneg(client, store, accept, suffix, fmt):
    for r in (client.get("/ontology", headers={"Accept": accept}), client.get("/ontology" + suffix)):
        assert r.status_code == 200 and r.mimetype == accept
        triples = [q.triple for q in ox.parse(r.data, format=fmt)]
        assert OWL_ONTOLOGY in triples and len(triples) == ontology_size(store)


def test_page_lists_terms_with_labels_and_definitions(client):
    text = client.get("/ontology", headers={"Accept": "text/html"}).get_data(as_text=True)
    term = text.split('id="PairingRelationship"')[1].split("</dd>")[0]
    assert "对口关系" in term and "pairing relationship" in term
    assert "一个支援方与一个受援方之间" in term and "A paired-assistance" in term
    assert 'href="#supporter"' in text.split('id="supporter"')[0] or 'id="supporter"' in text
    assert 'type="text/turtle"' in text and 'href="/ontology.rdf"' in text


def test_hierarchy_nests_subclasses(client):
    text = client.get("/ontology").get_data(as_text=True)
    tree = text.split('id="hierarchy"')[1].split("</section>")[0]
    def depth(name: str) -> int:
        before = tree.split(f'href="#{name}"')[0]
        return before.count("<ul>") - before.count("</ul>")
    assert depth("AidActor") == 1 and depth("AdministrativeDivision") == 2
    assert depth("ProvinceLevelDivision") == 3 and depth("Province") == 4


def test_english_first_when_asked(client):
    text = client.get("/ontology?lang=en").get_data(as_text=True)
    assert "<h1>Paired assistance ontology</h1>" in text and "Class hierarchy" in text


def test_term_iris_resolve_to_anchors(store):
    page = ontology_page.describe_ontology(store)
    assert ld.href(ld.BASE + "ontology#Province") == "/ontology#Province"
    assert len(page.classes) >= 40 and page.object_properties and page.datatype_properties
    assert all(re.fullmatch(r"\w+", t.name) for t in page.classes.values())
