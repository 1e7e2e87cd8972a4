"""Per-client budgets (kgqa.web.budget): query seconds and failed queries per client per minute, 429 with
Retry-After over either, other clients unaffected, counts shared by every worker process."""
from __future__ import annotations

import os
import signal
import sqlite3
import time

import pytest

from kgqa.config import PROJECT_ROOT, SETTINGS
from kgqa.errors import TooManyRequests
from kgqa.web import budget, create_app
from kgqa.web.budget import SharedBudgets

BAD, GOOD = {"query": "ASK {"}, {"query": "ASK {}"}


@pytest.fixture()
def budgets(tmp_path):
    return SharedBudgets(seconds=1.0, errors=3, window=60, path=tmp_path / "b.sqlite")


def test_defaults_are_wdqs_like_and_documented():
    defaults = {s.name: s.default for s in SETTINGS}
    assert defaults["client_query_seconds"] == 60 and defaults["client_errors"] == 30
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert "--client-query-seconds" in readme and "--client-errors" in readme


def test_time_budget_and_retry_after(budgets):
    budgets.charge("a", 0.6, False, now=0)
    budgets.check("a", now=1)
    budgets.charge("a", 0.6, False, now=2)
    with pytest.raises(TooManyRequests) as info:
        budgets.check("a", now=3)
    assert info.value.retry_after == 57  # the charge at 0 leaves the window at 60
    budgets.check("b", now=3)  # another client
    budgets.check("a", now=61)


def test_error_budget_retry_after_waits_for_enough_charges(budgets):
    for t in (0, 10, 20, 30):
        budgets.charge("a", 0.0, True, now=t)
    with pytest.raises(TooManyRequests) as info:
        budgets.check("a", now=31)
    assert info.value.retry_after == 10 + 60 - 31  # two failures must leave to get under 3
    budgets.check("a", now=71)


def test_workers_share_counts(tmp_path):
    """Two budget objects on one file stand for two gunicorn workers: a client cannot double its budget."""
    one = SharedBudgets(1.0, 2, path=tmp_path / "b.sqlite")
    two = SharedBudgets(1.0, 2, path=tmp_path / "b.sqlite")
    one.charge("a", 0.0, True, now=100)
    two.charge("a", 0.0, True, now=100)
    with pytest.raises(TooManyRequests):
        one.check("a", now=101)


def test_a_forked_process_charges_the_same_budget(budgets):
    budgets.check("a", now=time.monotonic())  # the parent's connection exists before the fork
    pid = os.fork()
    if pid == 0:  # child: a new connection (never the parent's), charge, exit without cleanup
        try:
            for _ in range(3):
                budgets.charge("a", 0.0, True, now=time.monotonic())
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    with pytest.raises(TooManyRequests):
        budgets.check("a", now=time.monotonic())


def test_a_worker_killed_holding_the_lock_blocks_no_one(budgets):
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: take the write lock, tell the parent, hang
        conn = sqlite3.connect(budgets.path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO charges VALUES ('x', 0, 0, 0)")
        os.write(write, b"1")
        time.sleep(30)
        os._exit(0)
    os.read(read, 1)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    started = time.monotonic()
    budgets.charge("a", 0.5, False, now=1)
    budgets.charge("a", 0.6, False, now=2)
    with pytest.raises(TooManyRequests):
        budgets.check("a", now=3)
    assert time.monotonic() - started < 2


def test_a_broken_budget_file_lets_requests_through(budgets, monkeypatch):
    budgets.charge("a", 100.0, True, now=0)  # far over both limits
    with pytest.raises(TooManyRequests):
        budgets.check("a", now=1)  # a working budget refuses the client …

    def broken():
        raise sqlite3.OperationalError("database is locked")
    monkeypatch.setattr(budgets, "_conn", broken)
    warned: list[str] = []
    monkeypatch.setattr(budget.log, "warning", lambda msg, *args: warned.append(msg % args))
    budgets.charge("a", 100.0, True, now=2)
    budgets.check("a", now=3)  # … a broken one lets it through, and says so in the log
    assert any("request let through" in w for w in warned)


def test_files_of_dead_servers_are_removed(tmp_path):
    dead = tmp_path / "kgqa-budget-999999999-abc123.sqlite"
    dead.write_bytes(b"")
    mine = tmp_path / f"kgqa-budget-{os.getpid()}-def456.sqlite"
    mine.write_bytes(b"")
    budget.remove_stale(tmp_path)
    assert not dead.exists() and mine.exists()


@pytest.fixture()
def tight(settings, store):
    """Not TESTING: budgets apply. One failed query, or any query time at all, uses a client's budget."""
    return create_app(settings.replace(client_errors=3, client_query_seconds=1e-9), store=store)


def test_sparql_over_error_budget_gets_429_others_served(settings, store):
    app = create_app(settings.replace(client_errors=3, client_query_seconds=100.0), store=store)
    assert isinstance(app.extensions["kgqa_budgets"], SharedBudgets)
    client = app.test_client()
    for _ in range(3):
        assert client.get("/sparql", query_string=BAD).status_code == 400
    r = client.get("/sparql", query_string=GOOD)
    assert r.status_code == 429 and 1 <= int(r.headers["Retry-After"]) <= 60
    assert r.get_json()["error"] == "too_many_requests"
    assert client.get("/sparql", query_string=GOOD, headers={"User-Agent": "other"}).status_code == 200
    other_ip = client.get("/sparql", query_string=GOOD, environ_base={"REMOTE_ADDR": "127.0.0.2"})
    assert other_ip.status_code == 200


def test_questions_are_charged_query_time(tight):
    client = tight.test_client()
    assert client.get("/api/ask", query_string={"q": "北京对口支援哪些地区？"}).status_code == 200
    r = client.get("/api/ask", query_string={"q": "上海对口支援哪些地区？"})
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
    page = client.get("/", query_string={"q": "援疆"}, headers={"Accept": "text/html"})
    assert page.status_code == 429 and "Retry-After" in page.headers
    assert client.get("/").status_code == 200  # the empty form runs no query
    assert client.get("/healthz").status_code == 200
    assert client.get("/api/ask", query_string={"q": "援疆"}, headers={"User-Agent": "other"}).status_code == 200


def test_workers_of_one_app_share_the_file(tight):
    """create_app runs once in the gunicorn master (preload_app); workers inherit the path."""
    from kgqa.web.server import gunicorn_options

    assert gunicorn_options(tight.config["KGQA_SETTINGS"])["preload_app"] is True
    path = tight.extensions["kgqa_budgets"].path
    assert path.startswith(("/dev/shm/", "/tmp")) and os.path.exists(path)


def test_a_busy_client_costs_one_row_per_second(tmp_path):
    """Charges of the same second are summed: a check reads at most a minute of rows, however fast the
    client sends (a row per request made each check of a busy client slower)."""
    budgets = SharedBudgets(seconds=1e9, errors=10**6, path=tmp_path / "b.sqlite")
    for i in range(500):
        budgets.charge("a", 0.002, i % 100 == 0, now=100 + i / 500)
    rows = budgets._conn().execute("SELECT client, COUNT(*), SUM(seconds), SUM(failed) FROM charges GROUP BY client")
    # one row for the client, one for its address (whose clients share a budget too)
    assert sorted((c, n, round(s, 6), f) for c, n, s, f in rows) == [("@a", 1, 1.0, 5), ("a", 1, 1.0, 5)]


# Issue #19, item 4: the budget was keyed by IP + User-Agent only, so a new User-Agent started a new
# budget; and it was charged only when a request ended, so 16 queries started at once cost nothing until
# their end.

def test_rotating_user_agents_share_their_address_budget(tmp_path):
    budgets = SharedBudgets(seconds=10.0, errors=100, path=tmp_path / "b.sqlite", address_seconds=1.0, address_errors=3)
    budgets.charge("10.0.0.1|agent-1", 0.6, False, now=0)
    budgets.check("10.0.0.1|agent-2", now=1)
    budgets.charge("10.0.0.1|agent-2", 0.6, False, now=2)
    with pytest.raises(TooManyRequests) as info:
        budgets.check("10.0.0.1|agent-3", now=3)
    assert info.value.retry_after == 57 and "10.0.0.1" in info.value.message
    budgets.check("10.0.0.2|agent-1", now=3)  # another address
    for k in range(3):
        budgets.charge(f"10.0.0.3|agent-{k}", 0.0, True, now=4)
    with pytest.raises(TooManyRequests):
        budgets.check("10.0.0.3|agent-new", now=5)


def test_requests_in_flight_count_as_spent(tmp_path):
    budgets = SharedBudgets(seconds=1.0, errors=100, path=tmp_path / "b.sqlite", address_seconds=4.0)
    ticket = budgets.begin("10.0.0.1|a", now=100)
    budgets.check("10.0.0.1|a", now=100.5)
    with pytest.raises(TooManyRequests):
        budgets.check("10.0.0.1|a", now=101.5)  # still running after 1.5 s: over its 1 s
    budgets.end(ticket)
    budgets.check("10.0.0.1|a", now=101.6)
    tickets = [budgets.begin(f"10.0.0.2|agent-{k}", now=200) for k in range(16)]
    budgets.check("10.0.0.2|agent-new", now=200.2)  # 16 × 0.2 s = 3.2 s in flight
    with pytest.raises(TooManyRequests):
        budgets.check("10.0.0.2|agent-new", now=200.3)  # 16 × 0.3 s = 4.8 s > 4 s for the address
    for t in tickets:
        budgets.end(t)
    budgets.check("10.0.0.2|agent-new", now=200.4)


def test_chart_data_is_charged(settings, store):
    app = create_app(settings.replace(client_query_seconds=1e-9), store=store)
    client = app.test_client()
    assert client.get("/map/data.json", query_string={"programme": "yuanzang"}).status_code == 200
    assert client.get("/map/data.json", query_string={"programme": "yuanjiang"}).status_code == 429
    assert client.get("/healthz").status_code == 200


def test_an_answer_held_in_memory_is_neither_checked_nor_charged(tight):
    """A repeat runs no query: a client over its budget still gets it, and it adds no charge."""
    client = tight.test_client()
    question = {"q": "北京对口支援哪些地区？"}
    assert client.get("/api/ask", query_string=question).status_code == 200
    path = tight.extensions["kgqa_budgets"].path
    charged = sqlite3.connect(path).execute("SELECT SUM(seconds), COUNT(*) FROM charges").fetchone()
    again = client.get("/api/ask", query_string=question)
    assert again.status_code == 200 and again.headers["X-Cache"] == "hit"
    assert sqlite3.connect(path).execute("SELECT SUM(seconds), COUNT(*) FROM charges").fetchone() == charged
    assert client.get("/api/ask", query_string={"q": "上海对口支援哪些地区？"}).status_code == 429
