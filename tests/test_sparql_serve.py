"""Under gunicorn (gthread workers), as deployed: each worker forks its query processes at start, a
runaway query is killed at --query-timeout (503) while other clients are served, and nothing leaks.
(A worker runs at most --heavy-threads queries at once, at most threads - 1: with 5 threads, 4 per
worker, so the 3 runaway queries, even all in one worker, leave a slot for the others' queries; more get
503 at once. Other clients come from another loopback address: one address holds at most
--address-threads of a worker's threads.)"""
import concurrent.futures
import http.client
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port: int, query: str, timeout: float = 10, source: str = "127.0.0.1") -> tuple[int, float]:
    """GET /sparql from the loopback address ``source`` (one address holds at most --address-threads of a
    worker's threads: other clients come from other addresses)."""
    path = "/sparql?" + urllib.parse.urlencode({"query": query})
    start = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout, source_address=(source, 0))
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status, time.monotonic() - start
    finally:
        conn.close()


@pytest.fixture(scope="module")
def server():
    port = free_port()
    proc = subprocess.Popen(["kgqa", "serve", "--port", str(port), "--workers", "2", "--threads", "5",
                             "--query-timeout", "1.5"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                json.loads(r.read())
                break
        except OSError:
            time.sleep(0.2)
    yield port, proc
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=15)


def descendants(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True, check=False).stdout
    kids = [int(p) for p in out.split()]
    return kids + [d for k in kids for d in descendants(k)]


@pytest.mark.slow
def test_runaway_queries_are_killed_and_others_served(server):
    port, _ = server
    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        slow = [pool.submit(get, port, CARTESIAN) for _ in range(3)]
        time.sleep(0.3)
        fast = [get(port, "ASK { ?s ?p ?o }", source="127.0.0.2") for _ in range(10)]
        assert all(status == 200 and seconds < 1.0 for status, seconds in fast), fast
        assert [f.result()[0] for f in slow] == [503, 503, 503]
        assert all(f.result()[1] < 4 for f in slow)
    assert get(port, "ASK {}")[0] == 200


@pytest.mark.slow
def test_query_processes_belong_to_their_worker(server):
    _, proc = server
    # master → 2 workers → 1 zygote each → up to 4 query processes each (--heavy-threads: threads - 1)
    assert 2 + 2 <= len(descendants(proc.pid)) <= 2 + 2 + 2 * 4
