"""SERVICE: refused unless the IRI starts with an --service-allow prefix; then it works, and a failing
remote never has its body echoed."""
import json
from http.server import BaseHTTPRequestHandler

import pytest

from kgqa.web import create_app

from .support import loopback_http

ROW = {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "远程"}}]}}


class Remote(BaseHTTPRequestHandler):
    def _answer(self):
        if "fail" in self.path:
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b"SECRET-REMOTE-BODY")
            return
        body = json.dumps(ROW).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self._answer()

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._answer()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def remote():
    with loopback_http(Remote) as base:
        yield base + "/"


@pytest.fixture(scope="module")
def allowing(settings, store, remote):
    app = create_app(settings.replace(service_allow=(remote,), query_timeout=5.0), store=store)
    app.config["TESTING"] = True
    return app


def test_allowed_service_runs(allowing, remote):
    q = f"SELECT ?x WHERE {{ SERVICE <{remote}sparql> {{ ?x ?p ?o }} }}"
    r = allowing.test_client().get("/sparql", query_string={"query": q})
    assert r.status_code == 200
    assert r.get_json()["results"]["bindings"][0]["x"]["value"] == "远程"


def test_failing_service_is_502_without_remote_body(allowing, remote):
    q = f"SELECT ?x WHERE {{ SERVICE <{remote}fail> {{ ?x ?p ?o }} }}"
    r = allowing.test_client().get("/sparql", query_string={"query": q})
    assert r.status_code == 502 and b"SECRET" not in r.data


def test_other_prefixes_still_refused(allowing):
    q = "SELECT ?x WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?x ?p ?o } }"
    assert allowing.test_client().get("/sparql", query_string={"query": q}).status_code == 403
