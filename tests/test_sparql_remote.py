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


@pytest.fixture
def keep_alive_upstream():
    """A minimal HTTP/1.1 endpoint that keeps connections open (werkzeug's test server closes each one):
    every POST gets ``true``; yields its URL and the list of connections it accepted."""
    import http.server
    import threading

    accepted = []

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self):
            super().setup()
            accepted.append(self.client_address)

        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            body = b'{"head":{},"boolean":true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/sparql", accepted
    server.shutdown()
    server.server_close()


def test_queries_share_a_kept_connection_and_a_closed_one_is_opened_again(keep_alive_upstream):
    import socket

    url, accepted = keep_alive_upstream
    store = RemoteStore(url, 10.0)
    assert bool(store.query("ASK {}")) and bool(store.query("ASK { ?s ?p ?o }"))
    assert len(accepted) == 1  # both queries on one connection
    store._kept._local.kept[1].sock.shutdown(socket.SHUT_RDWR)  # as an endpoint closing an idle connection
    assert bool(store.query("ASK {}"))
    assert len(accepted) == 2


def test_an_error_status_of_the_endpoint_is_a_clear_error(server):
    from kgqa.errors import BackendUnavailable

    store = RemoteStore(server + "/no-such-endpoint", 10.0)
    with pytest.raises(BackendUnavailable, match="HTTP 404"):
        store.query("ASK {}")
