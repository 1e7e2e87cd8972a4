"""The namespaces we mint and reuse. Host-independent: the service maps BASE + X to the path /X."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/duikou/"
ONTOLOGY_IRI = BASE + "ontology"
from .vocab import DK  # noqa: E402  (closed: a misspelt term fails at once)
ID = Namespace(BASE)
GRAPH = Namespace(BASE + "graph/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("http://schema.org/")
VOID = Namespace("http://rdfs.org/ns/void#")
WD = Namespace("http://www.wikidata.org/entity/")
BIBO = Namespace("http://purl.org/ontology/bibo/")

PREFIXES = {
    "dk": str(DK), "id": BASE, "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD),
    "skos": str(SKOS), "dcterms": str(DCTERMS), "prov": str(PROV), "org": str(ORG),
    "schema": str(SCHEMA), "void": str(VOID), "wd": str(WD), "bibo": str(BIBO),
}


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, for named queries and the query editor."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
