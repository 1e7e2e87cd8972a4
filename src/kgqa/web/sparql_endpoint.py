"""/sparql: the SPARQL 1.1 protocol endpoint (read-only)."""
from __future__ import annotations

from flask import Blueprint, Response, current_app, request

from ..errors import BadRequest
from ..sparql import run_to_bytes

bp = Blueprint("sparql", __name__)
MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv", "tsv": "text/tab-separated-values", "ttl": "text/turtle",
         "nt": "application/n-triples", "jsonld": "application/ld+json", "rdf": "application/rdf+xml"}


@bp.route("/sparql", methods=["GET", "POST"])
def sparql():
    query = request.values.get("query")
    if request.method == "POST" and request.mimetype == "application/sparql-query":
        query = request.get_data(as_text=True)
    if not query:
        raise BadRequest("missing query parameter")
    fmt = request.values.get("format") or ("ttl" if "CONSTRUCT" in query.upper() or "DESCRIBE" in query.upper() else "json")
    body = run_to_bytes(current_app.extensions["kgqa_store"], query, fmt)
    return Response(body, content_type=MEDIA[fmt] + "; charset=utf-8", headers={"Access-Control-Allow-Origin": "*"})
