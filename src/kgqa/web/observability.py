"""/metrics (Prometheus text format) and the JSON-lines query log.

Counters are kept per web worker process (each gunicorn worker answers /metrics with its own counts;
the ``pid`` label tells them apart).
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import threading
import time

from flask import Blueprint, Response, current_app

bp = Blueprint("observability", __name__)
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


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
            lines = ["# HELP kgqa_sparql_requests_total SPARQL queries answered, by result form and status",
                     "# TYPE kgqa_sparql_requests_total counter"]
            lines += [f'kgqa_sparql_requests_total{{form="{f}",status="{s}",pid="{pid}"}} {n}'
                      for (f, s), n in sorted(self.requests.items())]
            lines += ["# HELP kgqa_sparql_query_seconds time to answer a SPARQL query",
                      "# TYPE kgqa_sparql_query_seconds histogram"]
            running = 0
            for bound, n in zip(BUCKETS + ("+Inf",), self.buckets):
                running += n
                lines.append(f'kgqa_sparql_query_seconds_bucket{{le="{bound}",pid="{pid}"}} {running}')
            lines += [f'kgqa_sparql_query_seconds_sum{{pid="{pid}"}} {self.seconds_sum:.6f}',
                      f'kgqa_sparql_query_seconds_count{{pid="{pid}"}} {running}',
                      "# HELP kgqa_sparql_truncated_total results cut at --max-rows",
                      "# TYPE kgqa_sparql_truncated_total counter",
                      f'kgqa_sparql_truncated_total{{pid="{pid}"}} {self.truncated}']
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
            self._file = open(self.target, "a", encoding="utf-8")
        return self._file


def setup(app) -> None:
    app.extensions["kgqa_metrics"] = Metrics()
    app.extensions["kgqa_query_log"] = QueryLog(app.config["KGQA_SETTINGS"].query_log)


def record(query: str, form: str, status: int, seconds: float, rows: int = 0, truncated: bool = False) -> None:
    current_app.extensions["kgqa_metrics"].observe(form, status, seconds, truncated)
    current_app.extensions["kgqa_query_log"].write(query, duration_ms=round(seconds * 1000, 2), rows=rows,
                                                   status=status, truncated=truncated, form=form)


@bp.get("/metrics")
def metrics():
    text = current_app.extensions["kgqa_metrics"].render()
    return Response(text, content_type="text/plain; version=0.0.4; charset=utf-8")
