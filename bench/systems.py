"""Servers the benchmark starts and always stops: our service (gunicorn) and a private Virtuoso.

Everything binds to 127.0.0.1. Each server runs in a session of its own; stopping it signals that
session's leader by its pid (and its process group, which only it and its children are in).
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from .loadgen import wait_ready
from .measure import Query, dir_size_mb, memory_mb

HERE = Path(__file__).parent
VIRTUOSO_SQL_PORT, VIRTUOSO_HTTP_PORT = 11112, 18891
VIRTUOSO_GRAPH = "https://w3id.org/duikou/graph/bench"
ISQL = ["isql-vt", f"127.0.0.1:{VIRTUOSO_SQL_PORT}", "dba", "dba"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A process we started (in its own session) and the URL of its SPARQL endpoint."""

    def __init__(self, args: list[str], url: str, log: Path, cwd: Path | None = None):
        self.url, self.log = url, log
        self.started = time.perf_counter()
        with open(log, "ab") as fh:
            self.proc = subprocess.Popen(args, stdout=fh, stderr=subprocess.STDOUT, cwd=cwd, start_new_session=True)

    def ready(self, probe: Query, limit: float = 600) -> float | None:
        """Seconds from start to the first 200 answer to ``probe``."""
        waited = wait_ready(self.url, probe, self.started + limit)
        return None if waited is None else time.perf_counter() - self.started

    def memory(self) -> dict:
        return memory_mb(self.proc.pid)

    def stop(self, grace: float = 15) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(grace)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)  # our own session: stragglers (query processes)
        except ProcessLookupError:
            pass
        self.proc.wait()


def kgqa_server(log: Path, *, store: Path | None = None, data_dir: Path | None = None,
                endpoint: str | None = None, workers: int = 2, threads: int = 8,
                cache_bytes: int | None = 0, in_memory: bool = False) -> Server:
    """``kgqa serve`` on a free loopback port; ``cache_bytes`` None keeps the service's default cache, 0
    (the default here) turns it off so that every request reaches the engine."""
    port = free_port()
    args = [sys.executable, "-m", "kgqa.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
            "--workers", str(workers), "--threads", str(threads), "--query-timeout", "600",
            "--client-query-seconds", "1e9", "--client-errors", "1000000",
            # every benchmark client comes from 127.0.0.1: the per-address limits would turn the load into 429s
            "--address-threads", str(threads), "--address-query-seconds", "1e9", "--address-errors", "1000000"]
    if cache_bytes is not None:
        args += ["--cache-bytes", str(cache_bytes)]
    if store is not None:
        args += ["--store", str(store)] + (["--in-memory"] if in_memory else [])
    if data_dir is not None:
        args += ["--data-dir", str(data_dir), "--ontology", ""]
    if endpoint is not None:
        args += ["--backend", "sparql", "--endpoint", endpoint]
    return Server(args, f"http://127.0.0.1:{port}/sparql", log)


class Virtuoso:
    """A fresh Virtuoso database in ``db`` (deleted first), allowed to read ``data_dir``."""

    def __init__(self, db: Path, data_dir: Path):
        self.db, self.data_dir = db, data_dir
        self.url = f"http://127.0.0.1:{VIRTUOSO_HTTP_PORT}/sparql"
        self.server: Server | None = None

    def start(self, probe: Query) -> float | None:
        subprocess.run(["rm", "-rf", str(self.db)], check=True)
        self.db.mkdir(parents=True)
        ini = (HERE / "virtuoso.ini.template").read_text()
        for key, value in {"@DBDIR@": self.db, "@DATADIR@": self.data_dir, "@SQLPORT@": VIRTUOSO_SQL_PORT,
                           "@HTTPPORT@": VIRTUOSO_HTTP_PORT}.items():
            ini = ini.replace(key, str(value))
        (self.db / "virtuoso.ini").write_text(ini)
        args = ["virtuoso-t", "+foreground", "+configfile", str(self.db / "virtuoso.ini")]
        self.server = Server(args, self.url, self.db / "stdout.log", cwd=self.db)
        return self.server.ready(Query("ask", "ASK {}", "probe"), limit=120)

    def load(self, data: Path) -> dict:
        t0 = time.perf_counter()
        sql = (f"ld_dir('{data.parent}', '{data.name}', '{VIRTUOSO_GRAPH}'); rdf_loader_run(); checkpoint;")
        subprocess.run(ISQL + [f"exec={sql}"], check=True, capture_output=True, timeout=7200)
        seconds = time.perf_counter() - t0
        out = subprocess.run(ISQL + [f"exec=SPARQL SELECT COUNT(*) FROM <{VIRTUOSO_GRAPH}> WHERE {{ ?s ?p ?o }};"],
                             capture_output=True, text=True, timeout=600).stdout
        count = next((int(line) for line in map(str.strip, out.splitlines()) if line.isdigit()), None)
        return {"load_s": seconds, "triples": count, "size_mb": dir_size_mb(self.db)}

    def memory(self) -> dict:
        return self.server.memory() if self.server else {}

    def stop(self) -> None:
        if self.server is None:
            return
        subprocess.run(ISQL + ["exec=shutdown;"], capture_output=True, timeout=60)
        self.server.stop(grace=30)
        self.server = None
