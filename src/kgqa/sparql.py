"""Running SPARQL through a store and serialising the results (pyoxigraph's own serialisers)."""
from __future__ import annotations

import pyoxigraph as ox

from .errors import BadRequest, QuerySyntaxError

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
    "rdf": ox.RdfFormat.RDF_XML, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
}


def execute(store, sparql: str, **kwargs):
    """Run ``sparql``; a syntax error becomes :class:`QuerySyntaxError` (400) with its position."""
    try:
        return store.query(sparql, **kwargs)
    except SyntaxError as exc:
        raise QuerySyntaxError(f"SPARQL syntax error: {exc}") from None


def run_to_bytes(store, sparql: str, fmt: str) -> bytes:
    result = execute(store, sparql)
    if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        if fmt not in RESULT_FORMATS:
            raise BadRequest(f"format {fmt!r} does not fit SELECT/ASK results; use one of {sorted(RESULT_FORMATS)}")
        return result.serialize(format=RESULT_FORMATS[fmt])
    if fmt not in GRAPH_FORMATS:
        raise BadRequest(f"format {fmt!r} does not fit CONSTRUCT/DESCRIBE results; use one of {sorted(GRAPH_FORMATS)}")
    triples = list(result)
    return ox.serialize(triples, format=GRAPH_FORMATS[fmt])
