"""The remote backend: our endpoint in front of another SPARQL endpoint (here: our own embedded one,
served on loopback), with the same protocol, limits and guard."""

import pytest

from kgqa.store.remote import RemoteStore
from kgqa.web import create_app


@pytest.fixture(scope="module")
def upstream(server):
    """Our own endpoint on loopback (tests/conftest.py), standing in for a remote SPARQL server."""
    return server + "/sparql"


@pytest.fixture(scope="module")
def front(settings, upstream):
    app = create_app(settings.replace(backend="sparql", endpoint=upstream, max_rows=5),
                     store=RemoteStore(upstream, 10.0))
    app.config["TESTING"] = True
    return app.test_client()


def test_select_through_remote(front):
    q = 'SELECT ?l WHERE { <https://w3id.org/duikou/division/540200> <http://www.w3.org/2000/01/rdf-schema#label> ?l }'
    r = front.get("/sparql", query_string={"query": q, "format": "csv"})
    assert r.status_code == 200 and "日喀则" in r.data.decode()


def test_construct_and_limits_through_remote(front):
    r = front.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 20"},
                  headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and r.headers["X-SPARQL-MaxRows"] == "5"


def test_dataset_through_remote(front):
    g = "https://w3id.org/duikou/graph/ontology"
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = front.get("/sparql", query_string={"query": q, "named-graph-uri": g})
    assert [b["g"]["value"] for b in r.get_json()["results"]["bindings"]] == [g]


def test_guard_applies_to_remote(front):
    assert front.get("/sparql", query_string={"query": "DROP ALL"}).status_code == 403
    assert front.get("/sparql", query_string={"query": "ASK {"}).status_code == 400
