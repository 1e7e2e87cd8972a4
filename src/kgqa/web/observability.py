"""/metrics (Prometheus text format), the JSON-lines query log and per-client query budgets (429).

Counters are kept per web worker process (each gunicorn worker answers /metrics with its own counts;
the ``pid`` label tells them apart).
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import sys
import threading
import time
from collections import deque

from flask import Blueprint, Response, current_app, g, request

from ..errors import TooManyRequests

bp = Blueprint("observability", __name__)
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


def family(name: str, kind: str, help_text: str, samples) -> list[str]:
    """One Prometheus text family: HELP and TYPE lines, then ``(labels, value)`` samples (this process's
    ``pid`` label added to each)."""
    pid = os.getpid()
    lines = [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
    for labels, value in samples:
        text = ",".join(f'{k}="{v}"' for k, v in {**labels, "pid": pid}.items())
        lines.append(f"{name}{{{text}}} {value}")
    return lines


class Metrics:
    def __init__(self):
        self._lock = threading.Lock()
        self.requests: dict[tuple[str, int], int] = {}
        self.buckets = [0] * (len(BUCKETS) + 1)
        self.seconds_sum = 0.0
        self.truncated = 0

    def observe(self, form: str, status: int, seconds: float, truncated: bool) -> None:
        with self._lock:
            key = (form, status)
            self.requests[key] = self.requests.get(key, 0) + 1
            self.buckets[next((i for i, b in enumerate(BUCKETS) if seconds <= b), len(BUCKETS))] += 1
            self.seconds_sum += seconds
            self.truncated += truncated

    def render(self) -> str:
        pid = os.getpid()
        with self._lock:
            lines = family("kgqa_sparql_requests_total", "counter",
                           "SPARQL queries answered, by result form and status",
                           [({"form": f, "status": st}, n) for (f, st), n in sorted(self.requests.items())])
            lines += ["# HELP kgqa_sparql_query_seconds time to answer a SPARQL query",
                      "# TYPE kgqa_sparql_query_seconds histogram"]
            running = 0
            for bound, n in zip(BUCKETS + ("+Inf",), self.buckets):
                running += n
                lines.append(f'kgqa_sparql_query_seconds_bucket{{le="{bound}",pid="{pid}"}} {running}')
            lines += [f'kgqa_sparql_query_seconds_sum{{pid="{pid}"}} {self.seconds_sum:.6f}',
                      f'kgqa_sparql_query_seconds_count{{pid="{pid}"}} {running}']
            lines += family("kgqa_sparql_truncated_total", "counter", "results cut at --max-rows", [({}, self.truncated)])
        return "\n".join(lines) + "\n"


class QueryLog:
    """One JSON object per line: time, query hash, duration, rows, status, truncated."""

    def __init__(self, target: str):
        self.target = target
        self._lock = threading.Lock()
        self._file = None

    def write(self, query: str, **fields) -> None:
        if not self.target:
            return
        record = {"time": round(time.time(), 3), "query_hash": hashlib.sha256(query.encode()).hexdigest()[:16],
                  **fields}
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with self._lock:
            self._stream().write(line)
            self._stream().flush()

    def _stream(self):
        if self.target == "-":
            return sys.stderr
        if self._file is None:
            self._file = open(self.target, "a", encoding="utf-8")  # noqa: SIM115 - kept open for the process
        return self._file


class Spent:
    """One client's charges in the window, with running sums (no re-summing per request)."""

    def __init__(self):
        self.charges: deque = deque()
        self.seconds, self.failed = 0.0, 0

    def add(self, now: float, seconds: float, failed: bool) -> None:
        self.charges.append((now, seconds, failed))
        self.seconds, self.failed = self.seconds + seconds, self.failed + failed

    def prune(self, oldest: float) -> None:
        while self.charges and self.charges[0][0] < oldest:
            _, seconds, failed = self.charges.popleft()
            self.seconds, self.failed = self.seconds - seconds, self.failed - failed


class ClientBudgets:
    """Per client (IP + User-Agent), per web worker: query seconds and failed queries in the last
    ``window`` seconds. Over either limit: 429 with Retry-After until enough of the window has passed."""

    def __init__(self, seconds: float, errors: int, window: float = 60.0):
        self.seconds, self.errors, self.window = seconds, errors, window
        self._lock = threading.Lock()
        self._clients: dict[str, Spent] = {}
        self._charges = 0

    def check(self, key: str, now: float) -> None:
        with self._lock:
            spent = self._clients.get(key)
            if spent is None:
                return
            spent.prune(now - self.window)
            if spent.charges and (spent.seconds >= self.seconds or spent.failed >= self.errors):
                retry = max(1, math.ceil(spent.charges[0][0] + self.window - now))
                raise TooManyRequests(f"this client used {spent.seconds:.0f} s of query time and had "
                                      f"{spent.failed} failed queries in the last {self.window:.0f} s",
                                      retry_after=retry)

    def begin(self, key: str, now: float) -> None:
        """In-flight time is counted by :class:`kgqa.web.budget.SharedBudgets` only."""

    def end(self, ticket) -> None:
        pass

    def charge(self, key: str, seconds: float, failed: bool, now: float) -> None:
        with self._lock:
            self._clients.setdefault(key, Spent()).add(now, seconds, failed)
            self._charges += 1
            if self._charges % 1000 == 0:
                self._sweep(now)

    def _sweep(self, now: float) -> None:
        for key in list(self._clients):
            self._clients[key].prune(now - self.window)
            if not self._clients[key].charges:
                del self._clients[key]


def client_key() -> str:
    """``IP|User-Agent``: the address first (its clients share a budget too), the User-Agent refines."""
    return f"{request.remote_addr}|{request.user_agent.string[:200]}"


def timed(app) -> None:
    """Every answer says which web worker process gave it (``X-Worker``: its pid, as /metrics labels it)
    and how long the app took (``Server-Timing: app;dur=ms``, from the app's first look at the request to
    its answer, streaming excluded): a client's time beyond it was spent waiting for a thread."""
    app.before_request(_started)
    app.after_request(_timing)


def _started() -> None:
    g.kgqa_started = time.perf_counter()


def _timing(response):
    started = g.get("kgqa_started")
    if started is not None:
        response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
    response.headers["X-Worker"] = str(os.getpid())
    return response


def setup(app) -> None:
    settings = app.config["KGQA_SETTINGS"]
    app.extensions["kgqa_metrics"] = Metrics()
    app.extensions["kgqa_query_log"] = QueryLog(settings.query_log)
    app.extensions["kgqa_budgets"] = ClientBudgets(settings.client_query_seconds, settings.client_errors)


def start() -> None:
    """A /sparql request begins: whatever its fate (answer, refusal, timeout), finish() records it.
    A client over its budget gets 429 here (budgets are off in TESTING mode)."""
    g.kgqa_query = {"start": time.perf_counter(), "query": "", "form": "error", "rows": 0, "truncated": False}
    if not current_app.testing:
        budgets, now = current_app.extensions["kgqa_budgets"], time.monotonic()
        budgets.check(client_key(), now)
        g.kgqa_query["ticket"] = budgets.begin(client_key(), now)  # its time counts while it runs


def note(**fields) -> None:
    g.kgqa_query.update(fields)


def forget() -> None:
    """Not a query (the service description or the query page): nothing to record."""
    record = g.pop("kgqa_query", None)
    if record is not None and record.get("ticket") is not None:
        current_app.extensions["kgqa_budgets"].end(record["ticket"])


def finish(status: int) -> None:
    record = g.pop("kgqa_query", None)
    if record is None:
        return
    if record.get("ticket") is not None:
        current_app.extensions["kgqa_budgets"].end(record["ticket"])
    seconds = time.perf_counter() - record["start"]
    form = record["form"] if status < 400 else "error"
    current_app.extensions["kgqa_metrics"].observe(form, status, seconds, record["truncated"])
    if status != 429:  # refused for being busy (503 at once) is not a failed query of the client's
        failed = status >= 400 and not g.get("kgqa_busy")
        current_app.extensions["kgqa_budgets"].charge(client_key(), seconds, failed, time.monotonic())
    current_app.extensions["kgqa_query_log"].write(record["query"], duration_ms=round(seconds * 1000, 2),
                                                   rows=record["rows"], status=status,
                                                   truncated=record["truncated"], form=form)


@bp.get("/metrics")
def metrics():
    text = current_app.extensions["kgqa_metrics"].render()
    if "kgqa_cache" in current_app.extensions:
        text += current_app.extensions["kgqa_cache"].render()
    return Response(text, content_type="text/plain; version=0.0.4; charset=utf-8")
