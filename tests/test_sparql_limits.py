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
    def held(pid: int) -> set[int]:
        """The inodes of a process's open files (one closed while we look is no longer held)."""
        found = set()
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                found.add(os.stat(f"/proc/{pid}/fd/{fd}").st_ino)
            except FileNotFoundError:
                continue
        return found

    for pid in (zygote, child.pid):
        assert inode not in held(pid)
    listener.close()


# --- memory and bytes (issue #19, item 2 and 3): every query shape within --query-memory and --max-bytes ---

def doubling(times: int, select: str = "(STRLEN(?x{n}) AS ?n)", where: str = "") -> str:
    """A 16-byte string doubled ``times`` times by BINDs: 2**(times + 4) bytes from a ~600-byte query."""
    binds = " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(times))
    return f'SELECT {select.format(n=times)} WHERE {{ {where} BIND("0123456789abcdef" AS ?x0) {binds} }}'


@pytest.fixture(scope="module")
def small(settings, store):
    """Tight limits, so that every shape reaches them quickly: 256 MiB per query process, 1 MiB answers."""
    app = create_app(settings.replace(query_memory=256 * 2**20, max_bytes=2**20, cache_bytes=0, threads=3,
                                      query_timeout=20.0), store=store)
    app.config["TESTING"] = True
    return app


@pytest.mark.parametrize("query", [doubling(26), doubling(25, "?x{n}"), doubling(24, "(CONCAT(?x{n}, ?x{n}) AS ?y)"),
                                   "SELECT (COUNT(*) AS ?n) WHERE { ?s (!<urn:x>|^!<urn:x>)* ?o . ?o (!<urn:x>)* ?z }"],
                         ids=["1-GiB-strlen", "512-MiB-row", "concat-in-select", "path-closure"])
def test_a_query_over_its_memory_is_503_in_time(small, query):
    """Was: one query process at 3.06 GB in 7 s, and a path query at 2 GB until the 20 s kill."""
    start = time.monotonic()
    r = small.test_client().get("/sparql", query_string={"query": query})
    assert r.status_code == 503 and r.get_json()["error"] in ("query_memory", "answer_too_large", "query_timeout"), r.data[:300]
    assert time.monotonic() - start < 25
    assert small.test_client().get("/sparql", query_string={"query": "ASK {}"}).status_code == 200  # and recovers


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                                    "text/tab-separated-values"])
def test_answers_are_cut_at_max_bytes_and_say_so(small, accept):
    """Was: a 620-byte query returned a 408 MB body without any sign of a cut. 389 rows × 64 KiB here."""
    query = doubling(12, "?s ?x{n}", "?s a ?c .")
    r = small.test_client().get("/sparql", query_string={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200 and len(r.data) <= 2**20
    assert r.headers["X-SPARQL-MaxBytes"] == str(2**20) and "X-SPARQL-MaxRows" not in r.headers
    if accept.endswith("json"):
        body = json.loads(r.data)
        assert body["truncated"] is True and body["max_bytes"] == 2**20 and 5 <= len(body["results"]["bindings"]) < 16
    if accept.endswith("xml"):
        assert b"X-SPARQL-MaxBytes" in r.data


@pytest.mark.parametrize("accept", ["text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"])
def test_graph_answers_are_cut_at_max_bytes(small, accept):
    query = doubling(12, "", "?s a ?c .").replace("SELECT  WHERE", "CONSTRUCT { ?s <urn:big> ?x12 } WHERE")
    r = small.test_client().get("/sparql", query_string={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200 and 2**18 <= len(r.data) <= 2**20, (r.status_code, len(r.data))
    assert r.headers["X-SPARQL-MaxBytes"] == str(2**20)


def test_one_huge_row_is_never_a_500(settings, store):
    """Was: a 16 MiB row made pyoxigraph's TSV re-read raise MemoryError: 500, and the process exited."""
    app = create_app(settings.replace(cache_bytes=0, threads=2), store=store)
    app.config["TESTING"] = True
    client = app.test_client()
    for accept in ("application/sparql-results+json", "application/sparql-results+xml"):
        r = client.get("/sparql", query_string={"query": doubling(20, "?x{n}")}, headers={"Accept": accept})
        assert r.status_code in (200, 503), (accept, r.status_code)
        if r.status_code == 503:
            assert r.get_json()["error"] == "answer_too_large"
    r = client.get("/sparql", query_string={"query": doubling(20, "?x{n}")}, headers={"Accept": "text/tab-separated-values"})
    assert r.status_code == 200 and len(r.data) > 2**24


def test_busy_is_503_at_once_and_not_the_clients_failure(settings, store):
    """With every heavy slot taken, a query gets 503 with Retry-After at once (it never waits on a thread),
    and being refused so does not count against the client's error budget."""
    app = create_app(settings.replace(threads=2, query_timeout=3.0, client_errors=2, cache_bytes=0), store=store)
    runaway = threading.Thread(target=lambda: app.test_client().get(
        "/sparql", query_string={"query": CARTESIAN}, headers={"User-Agent": "runaway"}))
    runaway.start()
    time.sleep(0.5)
    client = app.test_client()
    for _ in range(3):
        start = time.monotonic()
        r = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"User-Agent": "patient"})
        assert (r.status_code, r.get_json()["error"], r.headers["Retry-After"]) == (503, "busy", "1")
        assert time.monotonic() - start < 1.0
    runaway.join()
    assert client.get("/sparql", query_string={"query": "ASK {}"}, headers={"User-Agent": "patient"}).status_code == 200


def test_with_a_spare_thread_one_query_waits_briefly_for_a_heavy_slot(settings, store):
    """threads 3, heavy 1: one thread beyond the heavy one and the one kept for cheap requests, so one query
    may wait (up to limits.HEAVY_QUEUE_WAIT) for the slot; a second one at the same time gets 503 at once."""
    from kgqa.web import limits

    app = create_app(settings.replace(threads=3, heavy_threads=1, cache_bytes=0), store=store)
    slots = app.extensions["kgqa_heavy_slots"]
    assert slots.acquire(blocking=False)  # a query running
    threading.Timer(0.3, slots.release).start()  # ends in 0.3 s
    start = time.monotonic()
    r = app.test_client().get("/sparql", query_string={"query": "ASK {}"})
    assert r.status_code == 200 and 0.2 < time.monotonic() - start < limits.HEAVY_QUEUE_WAIT
    assert slots.acquire(blocking=False)  # a query that runs on
    try:
        waiting = threading.Thread(target=lambda: app.test_client().get("/sparql", query_string={"query": "ASK {}"}))
        waiting.start()
        time.sleep(0.2)
        start = time.monotonic()
        r = app.test_client().get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
        assert (r.status_code, r.get_json()["error"]) == (503, "busy") and time.monotonic() - start < 0.5
        waiting.join()
    finally:
        slots.release()
