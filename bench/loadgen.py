"""A bounded, loopback-only SPARQL-over-HTTP client: per-query latency and throughput at N clients.

Requests are HTTP/1.1 keep-alive POSTs of ``query=…`` (form-encoded), Accept SPARQL JSON for SELECT and
N-Triples for CONSTRUCT/DESCRIBE. Every loop is bounded by time and by a request cap.
"""
from __future__ import annotations

import http.client
import ipaddress
import json
import socket
import threading
import time
import urllib.parse

from .measure import Policy, Query, summary, time_calls

MAX_REQUESTS = 200_000
THROUGHPUT_TIMEOUT = 600.0  # s per request under load: the server's --query-timeout (a 37 s query at 10^7 takes
                            # minutes when 8 clients share 2 cores; 120 s would count it as an error)


class Client:
    def __init__(self, url: str, timeout: float = 120.0):
        parts = urllib.parse.urlsplit(url)
        if not ipaddress.ip_address(socket.gethostbyname(parts.hostname)).is_loopback:
            raise SystemExit(f"refusing a non-loopback target: {parts.hostname}")
        self.host, self.port, self.path, self.timeout = parts.hostname, parts.port or 80, parts.path, timeout
        self.conn: http.client.HTTPConnection | None = None

    def request(self, query: Query) -> tuple[int, bytes]:
        body = urllib.parse.urlencode({"query": query.text}).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded",
                   "Accept": "application/n-triples" if query.graph else "application/sparql-results+json"}
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                self.conn.request("POST", self.path, body=body, headers=headers)
                response = self.conn.getresponse()
                data = response.read()
                if response.getheader("connection", "").lower() == "close":
                    self.close()
                return response.status, data
            except (http.client.HTTPException, OSError):
                self.close()
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def get(self, path: str) -> tuple[int, bytes]:
        """GET ``path`` on the same host (the QA API)."""
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                self.conn.request("GET", path)
                response = self.conn.getresponse()
                return response.status, response.read()
            except (http.client.HTTPException, OSError):
                self.close()
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def rows_of(status: int, data: bytes, graph: bool) -> int | str:
    if status != 200:
        return f"HTTP {status}: {data[:120].decode('utf-8', 'replace')}"
    if graph:
        return sum(1 for line in data.splitlines() if line.strip() and not line.startswith(b"#"))
    try:
        return len(json.loads(data)["results"]["bindings"])
    except (ValueError, KeyError):
        return "unparsed"


def wait_ready(url: str, probe: Query, deadline: float) -> float | None:
    """Seconds until ``probe`` first answers 200 (polling every 20 ms), or None by ``deadline``."""
    t0 = time.perf_counter()
    while time.perf_counter() < deadline:
        try:
            client = Client(url, timeout=5)
            status, _ = client.request(probe)
            client.close()
            if status == 200:
                return time.perf_counter() - t0
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(0.02)
    return None


def per_query(url: str, queries: list[Query], policy: Policy) -> dict:
    client, out = Client(url), {}
    for q in queries:
        status, data = client.request(q)
        rows = rows_of(status, data, q.graph)
        if status != 200:
            out[q.name] = {"median_ms": None, "rows": rows}
            continue
        stats, _ = time_calls(lambda: client.request(q), policy)
        out[q.name] = {**stats, "rows": rows, "bytes": len(data)}
    client.close()
    return out


def throughput(url: str, queries: list[Query], clients: int, duration: float) -> dict:
    """``clients`` threads, each cycling through the mix from its own offset, for ``duration`` s."""
    lock, lat, errors, count = threading.Lock(), [], [0], [0]
    stop = time.perf_counter() + duration

    def loop(k: int) -> None:
        client, i = Client(url, timeout=THROUGHPUT_TIMEOUT), k * max(1, len(queries) // clients)
        while time.perf_counter() < stop:
            with lock:
                if count[0] >= MAX_REQUESTS:
                    break
                count[0] += 1
            t0 = time.perf_counter()
            try:
                ok = client.request(queries[i % len(queries)])[0] == 200
            except (OSError, http.client.HTTPException):
                ok = False
            with lock:
                lat.append(time.perf_counter() - t0) if ok else None
                errors[0] += not ok
            i += 1
        client.close()

    t0 = time.perf_counter()
    threads = [threading.Thread(target=loop, args=(k,), daemon=True) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(duration + THROUGHPUT_TIMEOUT + 60)
    wall = time.perf_counter() - t0
    stats = summary(lat)
    return {"qps": len(lat) / wall, "median_ms": stats["median_ms"], "p95_ms": stats["p95_ms"], "errors": errors[0]}


def qa(url: str, questions: list[str], clients: list[int], duration: float, repeats: int = 5,
       limit: float = 20.0, throughput_repeats: int = 3) -> dict:
    """Question answering over HTTP (``GET /api/ask?q=``): first answer, latency, questions per second. A
    question that takes longer than ``limit`` s is recorded as such and left out of the rest."""
    paths = {q: "/api/ask?q=" + urllib.parse.quote(q) for q in questions}
    client = Client(url, timeout=300)
    t0 = time.perf_counter()
    status, _ = client.get(paths[questions[0]])  # the first question builds the gazetteer
    if status != 200:
        return {"error": f"HTTP {status}"}
    first = time.perf_counter() - t0
    samples, per_question, fast = [], {}, []
    for question, path in paths.items():
        times, client = [], Client(url, timeout=limit)
        for _ in range(repeats):
            t0 = time.perf_counter()
            try:
                client.get(path)
            except (OSError, http.client.HTTPException):
                per_question[question] = {"timeout_s": limit}
                break
            times.append(time.perf_counter() - t0)
        client.close()
        if times and question not in per_question:
            samples += times
            fast.append(path)
            per_question[question] = summary(times)
    out = {"first_question_s": first, **summary(samples), "per_question": per_question, "throughput": {}}
    for c in clients if fast else ():
        out["throughput"][str(c)] = [_get_load(url, fast, c, duration, limit)
                                  for _ in range(throughput_repeats)]
    return out


def _get_load(url: str, paths: list[str], clients: int, duration: float, limit: float) -> dict:
    lock, done, stop = threading.Lock(), [0, 0], time.perf_counter() + duration

    def loop(k: int) -> None:
        client, i = Client(url, timeout=limit), k
        while time.perf_counter() < stop and done[0] < MAX_REQUESTS:
            try:
                ok = client.get(paths[i % len(paths)])[0] == 200
            except (OSError, http.client.HTTPException):
                ok = False
            with lock:
                done[0 if ok else 1] += 1
            i += 1
        client.close()

    t0 = time.perf_counter()
    threads = [threading.Thread(target=loop, args=(k,), daemon=True) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(duration + 2 * limit)
    return {"qps": done[0] / (time.perf_counter() - t0), "errors": done[1]}
