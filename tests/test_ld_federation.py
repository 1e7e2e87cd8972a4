"""Federation: the named query joins our graph with a Wikidata-like endpoint through SERVICE. The
endpoint is a mock on loopback (a tiny store answering SPARQL), allowed with ``service_allow``."""
from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from typing import ClassVar
from urllib.parse import parse_qs

import pyoxigraph as ox
import pytest

from kgqa.config import PROJECT_ROOT
from kgqa.web import create_app

from .support import loopback_http

QUERY = (PROJECT_ROOT / "queries" / "federation-wikidata-population.rq").read_text(encoding="utf-8")
WIKIDATA = "https://query.wikidata.org/sparql"
WDT, WD = "http://www.wikidata.org/prop/direct/", "http://www.wikidata.org/entity/"
# Made-up items (no real QIDs): two prefecture-level codes we hold, one county code the block must skip.
MOCK = [("Qmock1", "54 02", 800000), ("Qmock2", "52 05", 6900000), ("Qmock3", "54 02 02", 120000)]


def mock_store() -> ox.Store:
    store = ox.Store()
    for qid, code, population in MOCK:
        item = ox.NamedNode(WD + qid)
        store.add(ox.Quad(item, ox.NamedNode(WDT + "P442"), ox.Literal(code)))
        store.add(ox.Quad(item, ox.NamedNode(WDT + "P1082"), ox.Literal(str(population), datatype=ox.NamedNode(
            "http://www.w3.org/2001/XMLSchema#decimal"))))
    return store


class Handler(BaseHTTPRequestHandler):
    store = mock_store()
    seen: ClassVar[list[str]] = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        if self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
            body = parse_qs(body)["query"][0]
        self.seen.append(body)
        data = self.store.query(body).serialize(format=ox.QueryResultsFormat.JSON)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def mock_endpoint():
    with loopback_http(Handler) as base:
        yield base + "/sparql"


def test_named_query_is_refused_unless_wikidata_is_allowed(client):
    """By default the endpoint calls no remote service: the federated query gets 403 naming Wikidata."""
    r = client.post("/sparql", data={"query": QUERY})
    assert r.status_code == 403 and f"SERVICE <{WIKIDATA}>" in r.get_json()["message"]


def test_federated_join_against_mock(settings, store, mock_endpoint):
    app = create_app(settings.replace(service_allow=(mock_endpoint,)), store=store)
    r = app.test_client().post("/sparql", data={"query": QUERY.replace(WIKIDATA, mock_endpoint)},
                               headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.data[:300]
    rows = [{k: v["value"] for k, v in b.items()} for b in r.get_json()["results"]["bindings"]]
    assert [(row["name"], row["code"], row["population"]) for row in rows] == [
        ("毕节市", "520500", "6900000"), ("日喀则市", "540200", "800000")]
    assert Handler.seen and "P1082" in Handler.seen[-1]


def test_service_refused_without_allow_list(client, mock_endpoint):
    r = client.post("/sparql", data={"query": QUERY.replace(WIKIDATA, mock_endpoint)})
    assert r.status_code == 403
    r = client.post("/sparql", data={"query": QUERY})
    assert r.status_code == 403
