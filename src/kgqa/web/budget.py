"""Per-client budgets shared by every web worker of one server (modelled on Wikidata's query service).

Each client (IP + User-Agent) may spend ``--client-query-seconds`` of query time and cause
``--client-errors`` failed queries in any sliding minute; over either, 429 with ``Retry-After`` (the
seconds until enough of its charges have left the window). Other clients are unaffected. The address
comes first: all clients of one IP together may spend ``--address-query-seconds`` and cause
``--address-errors`` (a new User-Agent does not start a new budget), and the time of requests still in
flight counts as spent (16 queries started at once are charged while they run, not only at their end).

Why SQLite in ``/dev/shm``: gunicorn workers are separate processes, so an in-memory dict counts a
client once per worker (2 workers = twice the budget). One small SQLite file in shared memory, created
by the process that builds the app (the gunicorn master, ``preload_app``) and inherited by path, gives
every worker the same counts. SQLite's locks are file locks the kernel releases when a process dies, so a
worker killed with SIGKILL mid-charge cannot wedge the others (a ``multiprocessing.Lock`` would stay
held), and WAL mode lets readers and the writer proceed together. Charges are summed per client and
second, so a check reads at most a minute of rows however fast the client sends. If the file fails (locked too long,
disk full) the request goes through: a broken budget must never break the service.

An answer already in the worker's memory cache (a repeated question, chart data) runs no query: it is neither
checked nor charged, which also spares a cache hit the SQLite round trips (a third to a half of its time in the app).

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
from .cache import held
from .observability import client_key

log = logging.getLogger("kgqa.budget")
SHM = Path("/dev/shm")
FILE = re.compile(r"^kgqa-budget-(\d+)-[0-9a-f]+\.sqlite(-wal|-shm|-journal)?$")
# One row per client and second (charges of the same second summed): a check reads at most window + 1
# rows, however fast the client sends (one row per request made a busy client's check O(requests)).
SCHEMA = """CREATE TABLE IF NOT EXISTS charges (client TEXT NOT NULL, at INTEGER NOT NULL,
  seconds REAL NOT NULL, failed INTEGER NOT NULL, PRIMARY KEY (client, at)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS by_time ON charges (at);
CREATE TABLE IF NOT EXISTS flight (id INTEGER PRIMARY KEY, client TEXT NOT NULL, address TEXT NOT NULL,
  started REAL NOT NULL);
CREATE INDEX IF NOT EXISTS flight_client ON flight (client);
CREATE INDEX IF NOT EXISTS flight_address ON flight (address);"""
CHARGE = """INSERT INTO charges VALUES (?, ?, ?, ?) ON CONFLICT (client, at)
  DO UPDATE SET seconds = seconds + excluded.seconds, failed = failed + excluded.failed"""
IN_FLIGHT = "SELECT COALESCE(SUM(? - started), 0) FROM flight WHERE {} = ? AND started >= ?"
# Requests outside /sparql that run queries for the client (/sparql is charged by observability).
QUESTION_ENDPOINTS = {"ask.api_ask", "ask.home"}
# Pages whose misses cost tens of ms of CPU each (charts and their data): charged like queries.
CHART_ENDPOINTS = {"viz.map_page", "viz.network_page", "viz.timeline_page", "viz.data_json", "viz.data_csv"}


class SharedBudgets:
    """The interface of :class:`kgqa.web.observability.ClientBudgets` (``check``, ``charge``), with the
    charges in a SQLite file that every process holding ``path`` shares."""

    def __init__(self, seconds: float, errors: int, window: float = 60.0, path: str | Path | None = None,
                 address_seconds: float = math.inf, address_errors: float = math.inf):
        self.seconds, self.errors, self.window = seconds, errors, window
        self.address_seconds, self.address_errors = address_seconds, address_errors
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
        """Raise :class:`TooManyRequests` if ``key``, or all clients of its address together, are over
        either limit in the window ending ``now`` (requests in flight counted as spent so far)."""
        address = address_of(key)
        self._check(key, ("client", key), now, self.seconds, self.errors, "this client")
        self._check(address_key(address), ("address", address), now, self.address_seconds, self.address_errors,
                    f"the clients of {address}")

    def _check(self, key: str, flight: tuple[str, str], now: float, seconds: float, errors: float,
               who: str) -> None:
        """``key``'s charges and the requests in flight whose ``flight[0]`` column is ``flight[1]``."""
        try:
            conn = self._conn()
            rows = conn.execute("SELECT at, seconds, failed FROM charges WHERE client = ? AND at >= ? "
                                "ORDER BY at", (key, now - self.window)).fetchall()
            column, value = flight
            flying = conn.execute(IN_FLIGHT.format(column), (now, value, now - self.window)).fetchone()[0]
        except sqlite3.Error as exc:
            log.warning("client budget unavailable (%s); request let through", exc)
            return
        spent, failed = sum(r[1] for r in rows) + flying, sum(r[2] for r in rows)
        if (rows or flying) and (spent >= seconds or failed >= errors):
            raise TooManyRequests(f"{who} used {spent:.0f} s of query time (requests still running included) "
                                  f"and had {failed} failed queries in the last {self.window:.0f} s (limits: "
                                  f"{seconds:g} s, {errors})",
                                  retry_after=self.retry_after(rows, spent, failed, now, seconds, errors))

    def retry_after(self, rows: list, spent: float, failed: int, now: float, seconds: float | None = None,
                    errors: float | None = None) -> int:
        """Seconds until the oldest charges have left the window and the client is under both limits."""
        seconds = self.seconds if seconds is None else seconds
        errors = self.errors if errors is None else errors
        for at, spent_then, fail in rows:
            spent, failed = spent - spent_then, failed - fail
            if spent < seconds and failed < errors:
                return max(1, math.ceil(at + self.window - now))
        return max(1, math.ceil(self.window))

    def begin(self, key: str, now: float) -> int | None:
        """A request of ``key`` starts running: its time counts from now (see :meth:`end`)."""
        try:
            cursor = self._conn().execute("INSERT INTO flight (client, address, started) VALUES (?, ?, ?)",
                                          (key, address_of(key), now))
            return cursor.lastrowid
        except sqlite3.Error as exc:
            log.warning("client budget unavailable (%s); request not tracked", exc)
            return None

    def end(self, ticket: int | None) -> None:
        if ticket is None:
            return
        try:
            self._conn().execute("DELETE FROM flight WHERE id = ?", (ticket,))
        except sqlite3.Error as exc:
            log.warning("client budget unavailable (%s); in-flight row left to age out", exc)

    def charge(self, key: str, seconds: float, failed: bool, now: float) -> None:
        """Charge the client and its address (one row each per second)."""
        try:
            conn = self._conn()
            for who in (key, address_key(address_of(key))):
                conn.execute(CHARGE, (who, math.floor(now), seconds, int(failed)))
            self._charges += 1
            if self._charges % 200 == 0:
                conn.execute("DELETE FROM charges WHERE at < ?", (now - self.window,))
                conn.execute("DELETE FROM flight WHERE started < ?", (now - self.window,))  # of killed workers
        except sqlite3.Error as exc:
            log.warning("client budget unavailable (%s); charge dropped", exc)


def address_of(key: str) -> str:
    """The address part of a client key (``IP|User-Agent``)."""
    return key.partition("|")[0]


def address_key(address: str) -> str:
    """The charges of all clients of one address are kept under this key (no client key starts with @)."""
    return "@" + address


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
    app.extensions["kgqa_budgets"] = SharedBudgets(settings.client_query_seconds, settings.client_errors,
                                                   address_seconds=settings.address_query_seconds,
                                                   address_errors=settings.address_errors)
    app.before_request(check_question)
    app.after_request(charge_question)
    app.teardown_request(end_question)


def is_charged() -> bool:
    """A question (runs queries) or chart data (tens of ms of CPU per miss)."""
    if request.endpoint in CHART_ENDPOINTS:
        return True
    return request.endpoint in QUESTION_ENDPOINTS and bool(request.args.get("q", "").strip())


def check_question() -> None:
    """Budgets are off in TESTING mode, as for /sparql; an answer held in memory is served unchecked."""
    if current_app.testing or not is_charged() or held(request.endpoint):
        return
    budgets, now = current_app.extensions["kgqa_budgets"], time.monotonic()
    budgets.check(client_key(), now)
    g.kgqa_question_start = time.perf_counter()
    g.kgqa_question_ticket = budgets.begin(client_key(), now)


def charge_question(response):
    started = g.pop("kgqa_question_start", None)
    if started is not None and response.status_code != 429:
        seconds = time.perf_counter() - started
        failed = response.status_code >= 400 and not g.get("kgqa_busy")
        current_app.extensions["kgqa_budgets"].charge(client_key(), seconds, failed, time.monotonic())
    return response


def end_question(_exc) -> None:
    ticket = g.pop("kgqa_question_ticket", None)
    if ticket is not None:
        current_app.extensions["kgqa_budgets"].end(ticket)
