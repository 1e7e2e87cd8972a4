"""The ontology loads in rdflib and owlready2, and every term is labelled and defined in zh and en."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kgqa.namespaces import DK

from .conftest import ROOT

ONTOLOGY = ROOT / "ontology" / "duikou.ttl"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def terms(onto: Graph):
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return sorted({s for k in kinds for s in onto.subjects(RDF.type, k)
                   if isinstance(s, URIRef) and str(s).startswith(str(DK))})


def test_ontology_declares_the_core_terms(onto):
    names = {str(t).split("#")[1] for t in terms(onto)}
    assert {"PairingRelationship", "supporter", "recipient", "supports", "supportedBy", "partOf",
            "establishedBy", "verificationStatus", "startYear", "endYear", "programme",
            "relationshipType", "AidActor", "Mechanism", "DevelopmentStage"} <= names


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_term_has_a_label_and_definition(onto, lang):
    missing = [str(t) for t in terms(onto)
               if not any(l.language == lang for l in onto.objects(t, RDFS.label))
               or not any(d.language == lang for d in onto.objects(t, SKOS.definition))]
    assert missing == []


def test_part_of_is_transitive_and_supports_is_a_chain(onto):
    assert (DK.partOf, RDF.type, OWL.TransitiveProperty) in onto
    assert (DK.supportedBy, OWL.inverseOf, DK.supports) in onto
    assert onto.value(DK.supports, OWL.propertyChainAxiom) is not None


def test_ontology_loads_in_owlready2(tmp_path, onto):
    owlready2 = pytest.importorskip("owlready2")
    path = tmp_path / "duikou.nt"
    onto.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    loaded = world.get_ontology(path.as_uri()).load()
    names = {c.name for c in loaded.classes()}
    assert {"PairingRelationship", "AidActor", "Supporter"} <= names


def test_closed_vocabulary_matches_the_ontology():
    from kgqa.build.vocab import TARGET, render

    assert TARGET.read_text(encoding="utf-8") == render(), "run `python -m kgqa.build.vocab`"
