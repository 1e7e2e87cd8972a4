"""The W3C SPARQL 1.1 suites: protocol tests against /sparql, query-evaluation tests through the query
layer. The suite lives at ../shared/w3c-sparql11 next to the repository; without it these tests skip."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

pytest.register_assert_rewrite("tests.w3c.evaluate")
from kgqa.store.embedded import EmbeddedStore
from kgqa.web import create_app

from .w3c import known_failures
from .w3c.evaluate import run_case
from .w3c.manifest import SUITE, protocol_cases, query_cases

pytestmark = pytest.mark.skipif(not SUITE.is_dir(), reason=f"W3C SPARQL 1.1 suite not found at {SUITE}")
QUERY_CASES = query_cases() if SUITE.is_dir() else []
PROTOCOL_CASES = protocol_cases() if SUITE.is_dir() else []
EMPTY_GRAPH = "http://kasei.us/2009/09/sparql/data/data0.rdf"  # named by the tests, holds no data
RESULT_TYPES = {"boolean": {"application/sparql-results+json", "application/sparql-results+xml"},
                "tabular": {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                            "text/tab-separated-values"},
                "RDF": {"text/turtle", "application/n-triples", "application/rdf+xml"}}


def known(cases, failures, prefix=""):
    return [pytest.param(c, id=c.id, marks=pytest.mark.xfail(reason=failures[prefix + c.id], strict=True))
            if prefix + c.id in failures else pytest.param(c, id=c.id) for c in cases]


@pytest.mark.parametrize("case", known(QUERY_CASES, known_failures.QUERY))
def test_query_evaluation(case):
    run_case(case)


@pytest.fixture(scope="module")
def protocol_app(settings):
    store = ox.Store()
    for case in PROTOCOL_CASES:
        for graph, path in case.graphs.items():
            store.load(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))
    store.add_graph(ox.NamedNode(EMPTY_GRAPH))
    app = create_app(settings, store=EmbeddedStore(store, "w3c-protocol"))
    app.config["TESTING"] = True
    return app


@pytest.mark.parametrize("case", known(PROTOCOL_CASES, known_failures.PROTOCOL, "protocol/"))
def test_protocol(protocol_app, store_unchanged, case):
    client = protocol_app.test_client()
    for req in case.requests:
        response = send(client, req)
        if is_update(req) and 2 in req.expected_status:  # read-only: updates are refused, the rest is moot
            assert response.status_code == 403
            return
        check_response(req, response)


@pytest.fixture()
def store_unchanged(protocol_app):
    store = protocol_app.extensions["kgqa_store"].store
    before = len(store)
    yield
    assert len(store) == before


def is_update(req) -> bool:
    return req.headers.get("content-type", "").startswith("application/sparql-update") or \
        (req.body or "").startswith("update=") or "update=" in req.path


def send(client, req):
    path, _, query = req.path.partition("?")
    path = "/sparql" if path in ("/sparql/", "/sparql") else path
    data = req.body.encode("utf-16" if "UTF-16" in req.headers.get("content-type", "") else "utf-8") \
        if req.body is not None else None
    headers = {k: v for k, v in req.headers.items() if k.lower() != "content-type"}
    return client.open(path, method=req.method, query_string=query, data=data, headers=headers,
                       content_type=req.headers.get("content-type"))


def check_response(req, response):
    assert response.status_code // 100 in req.expected_status, (response.status_code, response.data[:300])
    if req.expected_format:
        assert response.mimetype in RESULT_TYPES[req.expected_format]
    if req.expected_boolean is not None:
        assert boolean_of(response) is req.expected_boolean


def boolean_of(response) -> bool:
    if response.mimetype.endswith("json"):
        return json.loads(response.data)["boolean"]
    return b"<boolean>true</boolean>" in response.data
