"""Per-client budgets shared by every web worker of one server (modelled on Wikidata's query service).

Each client (IP + User-Agent) may spend ``--client-query-seconds`` of query time and cause
``--client-errors`` failed queries in any sliding minute; over either, 429 with ``Retry-After`` (the
seconds until enough of its charges have left the window). Other clients are unaffected.

Why SQLite in ``/dev/shm``: gunicorn workers are separate processes, so an in-memory dict counts a
client once per worker (2 workers = twice the budget). One small SQLite file in shared memory, created
by the process that builds the app (the gunicorn master, ``preload_app``) and inherited by path, gives
every worker the same counts. SQLite's locks are file locks the kernel releases when a process dies, so a
worker killed with SIGKILL mid-charge cannot wedge the others (a ``multiprocessing.Lock`` would stay
held), and WAL mode lets readers and the writer proceed together. Charges are summed per client and
second, so a check reads at most a minute of rows however fast the client sends. If the file fails (locked too long,
disk full) the request goes through: a broken budget must never break the service.

Time is ``time.monotonic()``, which on Linux is one clock for all processes of the machine.
"""
from __future__ import annotations

import atexit
import logging
import math
import os
import re
import sqlite3
import tempfile
import threading
import time
import uuid
from pathlib import Path

from flask import Flask, current_app, g, request

from ..errors import TooManyRequests
from .observability import client_key

log = logging.getLogger("kgqa.budget")
SHM = Path("/dev/shm")
FILE = re.compile(r"^kgqa-budget-(\d+)-[0-9a-f]+\.sqlite(-wal|-shm|-journal)?$")
# One row per client and second (charges of the same second summed): a check reads at most window + 1
# rows, however fast the client sends (one row per request made a busy client's check O(requests)).
SCHEMA = """CREATE TABLE IF NOT EXISTS charges (client TEXT NOT NULL, at INTEGER NOT NULL,
  seconds REAL NOT NULL, failed INTEGER NOT NULL, PRIMARY KEY (client, at)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS by_time ON charges (at);"""
CHARGE = """INSERT INTO charges VALUES (?, ?, ?, ?) ON CONFLICT (client, at)
  DO UPDATE SET seconds = seconds + excluded.seconds, failed = failed + excluded.failed"""
# Requests outside /sparql that run queries for the client (/sparql is charged by observability).
QUESTION_ENDPOINTS = {"ask.api_ask", "ask.home"}


class SharedBudgets:
    """The interface of :class:`kgqa.web.observability.ClientBudgets` (``check``, ``charge``), with the
    charges in a SQLite file that every process holding ``path`` shares."""

    def __init__(self, seconds: float, errors: int, window: float = 60.0, path: str | Path | None = None):
        self.seconds, self.errors, self.window = seconds, errors, window
        self.path = str(path or new_path())
        self._local = threading.local()
        self._charges = 0
        self._conn().executescript(SCHEMA)

    def _conn(self) -> sqlite3.Connection:
        """One connection per thread and process (a connection must not cross a fork)."""
        conn = getattr(self._local, "conn", None)
        if conn is None or self._local.pid != os.getpid():
            conn = sqlite3.connect(self.path, timeout=1.0, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=OFF")  # shared memory: nothing to keep across a reboot
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    def check(self, key: str, now: float) -> None:
        """Raise :class:`TooManyRequests` if ``key`` is over either limit in the window ending ``now``."""
        try:
            rows = self._conn().execute("SELECT at, seconds, failed FROM charges WHERE client = ? AND at >= ? "
                                        "ORDER BY at", (key, now - self.window)).fetchall()
        except sqlite3.Error as exc:
            log.warning("client budget unavailable (%s); request let through", exc)
            return
        spent, failed = sum(r[1] for r in rows), sum(r[2] for r in rows)
        if rows and (spent >= self.seconds or failed >= self.errors):
            raise TooManyRequests(f"this client used {spent:.0f} s of query time and had {failed} failed "
                                  f"queries in the last {self.window:.0f} s (limits: {self.seconds:g} s, "
                                  f"{self.errors})", retry_after=self.retry_after(rows, spent, failed, now))

    def retry_after(self, rows: list, spent: float, failed: int, now: float) -> int:
        """Seconds until the oldest charges have left the window and the client is under both limits."""
        for at, seconds, fail in rows:
            spent, failed = spent - seconds, failed - fail
            if spent < self.seconds and failed < self.errors:
                return max(1, math.ceil(at + self.window - now))
        return max(1, math.ceil(self.window))

    def charge(self, key: str, seconds: float, failed: bool, now: float) -> None:
        try:
            conn = self._conn()
            conn.execute(CHARGE, (key, math.floor(now), seconds, int(failed)))
            self._charges += 1
            if self._charges % 200 == 0:
                conn.execute("DELETE FROM charges WHERE at < ?", (now - self.window,))
        except sqlite3.Error as exc:
            log.warning("client budget unavailable (%s); charge dropped", exc)


def new_path() -> Path:
    """A fresh file for this server, removed when the creating process exits; files left by dead
    servers (killed with -9) are removed first."""
    folder = SHM if SHM.is_dir() and os.access(SHM, os.W_OK) else Path(tempfile.gettempdir())
    remove_stale(folder)
    path = folder / f"kgqa-budget-{os.getpid()}-{uuid.uuid4().hex[:12]}.sqlite"
    atexit.register(remove, path, os.getpid())
    return path


def remove(path: Path, owner: int) -> None:
    if os.getpid() != owner:  # forked workers run atexit too: only the creator removes the file
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def remove_stale(folder: Path) -> None:
    for entry in folder.glob("kgqa-budget-*"):
        m = FILE.match(entry.name)
        if m and not alive(int(m.group(1))):
            entry.unlink(missing_ok=True)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def register(app: Flask) -> None:
    """Share the budgets across workers and extend them to questions (which run queries too)."""
    settings = app.config["KGQA_SETTINGS"]
    app.extensions["kgqa_budgets"] = SharedBudgets(settings.client_query_seconds, settings.client_errors)
    app.before_request(check_question)
    app.after_request(charge_question)


def is_question() -> bool:
    return request.endpoint in QUESTION_ENDPOINTS and bool(request.args.get("q", "").strip())


def check_question() -> None:
    """Budgets are off in TESTING mode, as for /sparql."""
    if current_app.testing or not is_question():
        return
    g.kgqa_question_start = time.perf_counter()
    current_app.extensions["kgqa_budgets"].check(client_key(), time.monotonic())


def charge_question(response):
    started = g.pop("kgqa_question_start", None)
    if started is not None and response.status_code != 429:
        seconds = time.perf_counter() - started
        failed = response.status_code >= 400
        current_app.extensions["kgqa_budgets"].charge(client_key(), seconds, failed, time.monotonic())
    return response
