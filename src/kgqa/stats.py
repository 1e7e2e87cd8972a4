"""Counts that describe the graph: triples, entities per class, pairings per programme and status."""
from __future__ import annotations

from .namespaces import sparql_prefixes

CLASSES = sparql_prefixes() + """
SELECT ?key (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?s) AS ?count) WHERE {
  ?s a ?key . FILTER(STRSTARTS(STR(?key), STR(dk:)))
  OPTIONAL { GRAPH <https://w3id.org/duikou/graph/ontology> { ?key rdfs:label ?l FILTER(LANG(?l) = "zh") } }
} GROUP BY ?key ORDER BY DESC(?count) ?key"""

PROGRAMMES = sparql_prefixes() + """
SELECT ?key (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?p) AS ?count) WHERE {
  ?p a dk:PairingRelationship ; dk:programme ?key .
  OPTIONAL { ?key rdfs:label ?l FILTER(LANG(?l) = "zh") }
} GROUP BY ?key ORDER BY DESC(?count) ?key"""

STATUSES = sparql_prefixes() + """
SELECT ?key (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?p) AS ?count) WHERE {
  ?p a dk:PairingRelationship ; dk:verificationStatus ?key .
  OPTIONAL { ?key rdfs:label ?l FILTER(LANG(?l) = "zh") }
} GROUP BY ?key ORDER BY DESC(?count) ?key"""


def _rows(store, sparql: str) -> list[dict]:
    out = []
    for s in store.query(sparql):
        key = s["key"].value
        label = s["label"].value if s["label"] is not None else key.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        out.append({"iri": key, "label": label, "count": int(s["count"].value)})
    return out


def graph_stats(store) -> dict:
    return {
        "triples": store.triple_count(),
        "data_version": store.data_version,
        "classes": _rows(store, CLASSES),
        "programmes": _rows(store, PROGRAMMES),
        "statuses": _rows(store, STATUSES),
    }
