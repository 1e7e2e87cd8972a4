"""The SPARQL service description (``sd:Service``) with VoID counts of the dataset it serves."""
from __future__ import annotations

import pyoxigraph as ox

from .. import formats
from ..namespaces import BASE, VOID

SD = "http://www.w3.org/ns/sparql-service-description#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
PREFIXES = {"sd": SD, "void": str(VOID), "formats": "http://www.w3.org/ns/formats/", "dk": BASE + "ontology#"}
COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
RESULT_FORMATS = {  # W3C format IRIs for sd:resultFormat
    "json": "http://www.w3.org/ns/formats/SPARQL_Results_JSON",
    "xml": "http://www.w3.org/ns/formats/SPARQL_Results_XML",
    "csv": "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
    "tsv": "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
    "ttl": "http://www.w3.org/ns/formats/Turtle", "nt": "http://www.w3.org/ns/formats/N-Triples",
    "jsonld": "http://www.w3.org/ns/formats/JSON-LD", "rdf": "http://www.w3.org/ns/formats/RDF_XML",
    "nq": "http://www.w3.org/ns/formats/N-Quads", "trig": "http://www.w3.org/ns/formats/TriG",
}


def graph_counts(store) -> dict[str, int]:
    """Triples per named graph (run once, in-process: a plain aggregate over data we hold)."""
    return {row["g"].value: int(row["n"].value) for row in store.query(COUNTS)}


def describe(endpoint_url: str, counts: dict[str, int]) -> list[ox.Triple]:
    """sd:Service → sd:defaultDataset (a void:Dataset, triples = the sum) → one sd:NamedGraph per graph."""
    service, dataset = ox.NamedNode(endpoint_url), ox.BlankNode("dataset")
    t = [_t(service, RDF_TYPE, ox.NamedNode(SD + "Service")),
         _t(service, SD + "endpoint", service),
         _t(service, SD + "supportedLanguage", ox.NamedNode(SD + "SPARQL11Query")),
         _t(service, SD + "feature", ox.NamedNode(SD + "UnionDefaultGraph")),
         _t(service, SD + "defaultDataset", dataset),
         _t(dataset, RDF_TYPE, ox.NamedNode(SD + "Dataset")),
         _t(dataset, RDF_TYPE, ox.NamedNode(VOID["Dataset"])),
         _t(dataset, VOID["uriSpace"], ox.Literal(BASE)),
         _t(dataset, VOID["sparqlEndpoint"], service),
         _t(dataset, VOID["triples"], _int(sum(counts.values())))]
    t += [_t(service, SD + "resultFormat", ox.NamedNode(iri)) for iri in RESULT_FORMATS.values()]
    for i, (graph, n) in enumerate(sorted(counts.items())):
        node = ox.BlankNode(f"g{i}")
        t += [_t(dataset, SD + "namedGraph", node), _t(node, SD + "name", ox.NamedNode(graph)),
              _t(node, RDF_TYPE, ox.NamedNode(SD + "NamedGraph")), _t(node, SD + "graph", ox.BlankNode(f"d{i}")),
              _t(ox.BlankNode(f"d{i}"), RDF_TYPE, ox.NamedNode(VOID["Dataset"])),
              _t(ox.BlankNode(f"d{i}"), VOID["triples"], _int(n))]
    return t


def _t(s, p, o) -> ox.Triple:
    return ox.Triple(s, p if isinstance(p, ox.NamedNode) else ox.NamedNode(str(p)), o)


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=XSD_INTEGER)


def media_types() -> list[str]:
    return [f.media_type for f in formats.formats_of(formats.GRAPH)]
