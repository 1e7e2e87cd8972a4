"""/api/openapi.json: the OpenAPI 3.0 description of /api/*, /sparql and /healthz.

The file is static except for one thing only the running store knows: the graphs ``default-graph-uri``
and ``named-graph-uri`` may name (an enum, filled in once per app from the store).
"""
from __future__ import annotations

import json
from pathlib import Path

from flask import Blueprint, Response, current_app

from ..errors import KgqaError

bp = Blueprint("api_docs", __name__)
SPEC = Path(__file__).with_name("openapi.json")
GRAPH_PARAMETERS = ("defaultGraph", "namedGraph")


def describe(graphs: list[str]) -> dict:
    """The OpenAPI document with ``graphs`` as the values the dataset parameters accept."""
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    for name in GRAPH_PARAMETERS:
        spec["components"]["parameters"][name]["schema"]["items"]["enum"] = graphs
    form = spec["paths"]["/sparql"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]
    for name in ("default-graph-uri", "named-graph-uri"):
        form["schema"]["properties"][name]["items"]["enum"] = graphs
    return spec


@bp.get("/api/openapi.json")
def openapi():
    cached = current_app.extensions.get("kgqa_openapi")
    if cached is None:
        try:
            graphs = sorted(current_app.extensions["kgqa_store"].graph_names())
        except KgqaError:  # a remote backend that is down: serve the description without the enum
            return document(json.loads(SPEC.read_text(encoding="utf-8")))
        cached = current_app.extensions["kgqa_openapi"] = document(describe(graphs)).get_data()
    return document(cached)


def document(spec: dict | bytes) -> Response:
    body = spec if isinstance(spec, bytes) else json.dumps(spec, ensure_ascii=False).encode()
    return Response(body, content_type="application/json; charset=utf-8",
                    headers={"Access-Control-Allow-Origin": "*", "Cache-Control": "max-age=3600"})
