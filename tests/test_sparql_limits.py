"""Limits that hold for every query shape: timeout (killed worker process), max rows, max body, depth;
plus /metrics and the query log."""
import json
import threading
import time
from pathlib import Path

import pytest

from kgqa.web import create_app

CARTESIAN = "SELECT ?a ?e ?i WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?e ?i"
CARTESIAN_CONSTRUCT = "CONSTRUCT { ?a ?b ?i } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a"
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
ROWS = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 50"


@pytest.fixture(scope="module")
def limited(settings, store, tmp_path_factory):
    log = tmp_path_factory.mktemp("log") / "queries.jsonl"
    # threads=3: two may run queries at once (--heavy-threads is at most threads - 1)
    app = create_app(settings.replace(query_timeout=1.0, max_rows=10, max_body=2048, threads=3,
                                      query_log=str(log)), store=store)
    app.config["TESTING"] = True
    app.config["QUERY_LOG"] = log
    return app


@pytest.mark.parametrize("query", [CARTESIAN, CARTESIAN_CONSTRUCT, COUNT_ALL], ids=["select", "construct", "count"])
def test_timeout_is_503_for_every_shape(limited, query):
    start = time.monotonic()
    r = limited.test_client().get("/sparql", query_string={"query": query})
    elapsed = time.monotonic() - start
    assert r.status_code == 503 and r.get_json()["error"] == "query_timeout"
    assert elapsed < 3


def test_other_clients_served_during_a_runaway_query(limited):
    slow = {}

    def run():
        slow["r"] = limited.test_client().get("/sparql", query_string={"query": CARTESIAN})

    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(0.2)
    start = time.monotonic()
    r = limited.test_client().get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
    assert r.status_code == 200 and time.monotonic() - start < 0.8
    thread.join()
    assert slow["r"].status_code == 503


def test_service_recovers_after_timeouts(limited):
    for _ in range(3):
        assert limited.test_client().get("/sparql", query_string={"query": COUNT_ALL}).status_code == 503
    assert limited.test_client().get("/sparql", query_string={"query": "ASK {}"}).status_code == 200


def test_max_rows_json(limited):
    r = limited.test_client().get("/sparql", query_string={"query": ROWS})
    assert r.status_code == 200 and r.headers["X-SPARQL-MaxRows"] == "10"
    body = r.get_json()
    assert len(body["results"]["bindings"]) == 10 and body["truncated"] is True


@pytest.mark.parametrize("fmt, marker", [("xml", b"truncated to 10 rows"), ("csv", b""), ("tsv", b"")])
def test_max_rows_other_formats(limited, fmt, marker):
    r = limited.test_client().get("/sparql", query_string={"query": ROWS, "format": fmt})
    assert r.headers["X-SPARQL-MaxRows"] == "10" and marker in r.data


def test_max_rows_construct(limited):
    q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 50"
    r = limited.test_client().get("/sparql", query_string={"query": q, "format": "nt"})
    assert r.headers["X-SPARQL-MaxRows"] == "10"
    lines = [line for line in r.data.decode().splitlines() if line and not line.startswith("#")]
    assert len(lines) == 10 and r.data.startswith(b"# truncated")


def test_under_the_limit_no_header(limited):
    r = limited.test_client().get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 10"})
    assert "X-SPARQL-MaxRows" not in r.headers and "truncated" not in r.get_json()


def test_max_body_413(limited):
    big = "SELECT * WHERE { ?s ?p ?o } # " + "x" * 4096
    client = limited.test_client()
    assert client.post("/sparql", data=big, content_type="application/sparql-query").status_code == 413
    assert client.post("/sparql", data={"query": big}).status_code == 413


def test_deep_nesting_400_and_process_survives(client):
    deep = "SELECT * WHERE " + "{" * 5000 + "}" * 5000
    r = client.post("/sparql", data=deep, content_type="application/sparql-query")
    assert r.status_code == 400 and "nesting" in r.get_json()["message"]
    assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200


def test_query_log_and_metrics(limited):
    client = limited.test_client()
    client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
    client.get("/sparql", query_string={"query": "ASK {"})
    records = [json.loads(line) for line in limited.config["QUERY_LOG"].read_text().splitlines()]
    assert {"time", "query_hash", "duration_ms", "rows", "status", "truncated"} <= set(records[-1])
    assert records[-1]["status"] == 400 and records[-2]["status"] == 200
    assert any(r["status"] == 503 for r in records) and any(r["truncated"] for r in records)
    client.post("/sparql", data="DROP ALL", content_type="application/sparql-update")
    client.get("/sparql", headers={"Accept": "text/turtle"})  # the service description is no query
    records = [json.loads(line) for line in limited.config["QUERY_LOG"].read_text().splitlines()]
    assert records[-1]["status"] == 403 and records[-1]["form"] == "error"
    text = client.get("/metrics").data.decode()
    assert "# TYPE kgqa_sparql_requests_total counter" in text
    assert 'status="503"' in text and "kgqa_sparql_query_seconds_bucket" in text


@pytest.fixture()
def budgeted(settings, store):
    app = create_app(settings.replace(client_errors=3, client_query_seconds=100.0), store=store)
    return app  # not TESTING: budgets apply


def test_client_error_budget_429(budgeted):
    client = budgeted.test_client()
    for _ in range(3):
        assert client.get("/sparql", query_string={"query": "ASK {"}).status_code == 400
    r = client.get("/sparql", query_string={"query": "ASK {}"})
    assert r.status_code == 429 and 1 <= int(r.headers["Retry-After"]) <= 60
    other = budgeted.test_client()
    assert other.get("/sparql", query_string={"query": "ASK {}"},
                     headers={"User-Agent": "another-client"}).status_code == 200


def test_client_time_budget(settings, store):
    from kgqa.errors import TooManyRequests
    from kgqa.web.observability import ClientBudgets

    budgets = ClientBudgets(seconds=1.0, errors=100, window=60)
    budgets.charge("a", 0.6, False, now=0)
    budgets.check("a", now=1)
    budgets.charge("a", 0.6, False, now=2)
    with pytest.raises(TooManyRequests) as info:
        budgets.check("a", now=3)
    assert info.value.retry_after == 57
    budgets.check("a", now=61)  # the first charge has left the window


def test_an_idle_query_process_that_died_is_replaced(settings, store):
    import os
    import signal

    app = create_app(settings.replace(threads=1), store=store)
    app.config["TESTING"] = True
    client = app.test_client()
    assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200
    executor = app.extensions["kgqa_sparql"].executor
    (idle,) = executor._idle
    os.kill(idle.pid, signal.SIGKILL)
    time.sleep(0.2)
    assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200


def test_query_processes_hold_none_of_the_workers_sockets(settings, store):
    import os
    import socket

    listener = socket.create_server(("127.0.0.1", 0))  # stands for gunicorn's listener and client sockets
    app = create_app(settings.replace(threads=1), store=store)
    executor = app.extensions["kgqa_sparql"].executor
    executor.start()
    (child,) = executor._idle
    status = Path(f"/proc/{child.pid}/status").read_text()
    zygote = int(next(line.split()[1] for line in status.splitlines() if line.startswith("PPid:")))
    inode = os.fstat(listener.fileno()).st_ino
    for pid in (zygote, child.pid):
        held = {os.stat(f"/proc/{pid}/fd/{fd}").st_ino for fd in os.listdir(f"/proc/{pid}/fd")}
        assert inode not in held
    listener.close()
