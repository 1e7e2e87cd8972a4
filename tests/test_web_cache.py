"""The result and page cache (kgqa.web.cache): identical requests answered from memory, keyed by the
data version; only successful answers kept; off with --cache-bytes 0."""
import pytest

from kgqa.store.embedded import EmbeddedStore
from kgqa.web import create_app
from kgqa.web.cache import ResponseCache

QUERY = "SELECT ?s WHERE { ?s a <https://w3id.org/duikou/ontology#Programme> } ORDER BY ?s LIMIT 5"


def app_for(settings, store, **changes):
    app = create_app(settings.replace(threads=1, **changes), store=store)
    app.config["TESTING"] = True
    return app


@pytest.fixture()
def own_store(store):
    """The session's data under a version this test may change."""
    return EmbeddedStore(store.store, "v1")


def ask(client, query=QUERY, **headers):
    return client.get("/sparql", query_string={"query": query}, headers=headers)


def test_a_hit_returns_identical_bytes(settings, own_store):
    client = app_for(settings, own_store).test_client()
    first, second = ask(client), ask(client)
    assert (first.status_code, first.headers["X-Cache"]) == (200, "miss")
    assert (second.status_code, second.headers["X-Cache"]) == (200, "hit")
    assert second.data == first.data and second.headers["Content-Type"] == first.headers["Content-Type"]


def test_the_key_holds_the_negotiated_format(settings, own_store):
    client = app_for(settings, own_store).test_client()
    ask(client, Accept="application/sparql-results+json")
    csv = ask(client, Accept="text/csv")
    assert (csv.headers["X-Cache"], csv.mimetype) == ("miss", "text/csv")


def test_a_new_data_version_misses(settings, own_store):
    client = app_for(settings, own_store).test_client()
    ask(client)
    own_store._version = "v2"
    assert ask(client).headers["X-Cache"] == "miss"
    assert ask(client).headers["X-Cache"] == "hit"


@pytest.mark.parametrize("query, status", [
    ("SELECT * WHERE { ?s ?p }", 400),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", 403),
], ids=["syntax", "refused"])
def test_errors_are_not_cached(settings, own_store, query, status):
    app = app_for(settings, own_store)
    client = app.test_client()
    for _ in range(2):
        response = ask(client, query)
        assert response.status_code == status and response.headers.get("X-Cache") != "hit"
    assert app.extensions["kgqa_cache"].bytes == 0


def test_a_timeout_is_not_cached(settings, own_store):
    app = app_for(settings, own_store, query_timeout=0.5)
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    assert ask(app.test_client(), runaway).status_code == 503
    assert app.extensions["kgqa_cache"].bytes == 0


def test_volatile_queries_always_run(settings, own_store):
    client = app_for(settings, own_store).test_client()
    query = "SELECT (RAND() AS ?r) (STRUUID() AS ?u) WHERE {}"
    first, second = ask(client, query), ask(client, query)
    assert first.data != second.data and "X-Cache" not in second.headers


def test_a_disabled_cache_never_hits(settings, own_store):
    app = app_for(settings, own_store, cache_bytes=0)
    client = app.test_client()
    for path in ("/map/data.json", "/network/data.csv"):
        assert [client.get(path).headers.get("X-Cache") for _ in range(2)] == [None, None]
    assert [ask(client).headers.get("X-Cache") for _ in range(2)] == [None, None]
    assert 'event="hit"' not in client.get("/metrics").get_data(as_text=True)


def test_chart_data_is_served_again_with_an_etag(settings, own_store):
    client = app_for(settings, own_store).test_client()
    first = client.get("/network/data.json", query_string={"programme": "yuanzang"})
    second = client.get("/network/data.json", query_string={"programme": "yuanzang"})
    assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("miss", "hit")
    assert second.data == first.data and second.headers["ETag"] == first.headers["ETag"]
    other = client.get("/network/data.json", query_string={"programme": "yuanjiang"})
    assert other.headers["X-Cache"] == "miss"
    again = client.get("/network/data.json", query_string={"programme": "yuanzang"},
                       headers={"If-None-Match": first.headers["ETag"]})
    assert (again.status_code, again.data) == (304, b"")


def test_entity_pages_are_keyed_by_format_and_language(settings, own_store):
    client = app_for(settings, own_store).test_client()
    zh = client.get("/division/540000", headers={"Accept": "text/html", "Accept-Language": "zh"})
    en = client.get("/division/540000", headers={"Accept": "text/html", "Accept-Language": "en, zh;q=0.5"})
    ttl = client.get("/division/540000", headers={"Accept": "text/turtle"})
    assert [r.headers["X-Cache"] for r in (zh, en, ttl)] == ["miss", "miss", "miss"]
    assert zh.headers["Content-Language"] == "zh" and en.headers["Content-Language"] == "en"
    again = client.get("/division/540000", headers={"Accept": "text/html", "Accept-Language": "en, zh;q=0.5"})
    assert (again.headers["X-Cache"], again.data, again.headers["Content-Language"]) == ("hit", en.data, "en")


def test_hits_and_misses_are_counted_in_metrics(settings, own_store):
    client = app_for(settings, own_store).test_client()
    ask(client), ask(client), ask(client)
    text = client.get("/metrics").get_data(as_text=True)
    assert 'kgqa_cache_requests_total{kind="sparql",event="hit"' in text
    hits = next(line for line in text.splitlines() if 'kind="sparql",event="hit"' in line)
    misses = next(line for line in text.splitlines() if 'kind="sparql",event="miss"' in line)
    assert (hits.split()[-1], misses.split()[-1]) == ("2", "1")


def test_the_cache_stays_within_its_bytes_and_drops_the_oldest():
    cache = ResponseCache(8 * 1024)
    for n in range(100):
        cache.put(("sparql", "v", str(n)), n, 500)
    assert cache.bytes <= 8 * 1024
    assert cache.get(("sparql", "v", "0")) is None and cache.get(("sparql", "v", "99")) == 99
    cache.put(("sparql", "v", "huge"), "x", 2048)  # over capacity / 8: not kept
    assert cache.get(("sparql", "v", "huge")) is None


def test_the_remote_backend_has_no_cache(settings):
    from kgqa.store.remote import RemoteStore

    app = create_app(settings.replace(backend="sparql", endpoint="http://127.0.0.1:9/sparql"),
                     store=RemoteStore.from_settings(settings.replace(backend="sparql", endpoint="http://127.0.0.1:9/sparql")))
    assert not app.extensions["kgqa_cache"].enabled


def test_questions_are_answered_again_from_the_cache(settings, own_store):
    client = app_for(settings, own_store).test_client()
    question = {"q": "北京对口支援哪些地区？"}
    first, second = (client.get("/api/ask", query_string=question) for _ in range(2))
    assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("miss", "hit")
    assert second.data == first.data and second.get_json()["status"] == "ok"
    other = client.get("/api/ask", query_string={"q": "上海对口支援哪些地区？"})
    assert other.headers["X-Cache"] == "miss" and other.get_json()["answers"] != first.get_json()["answers"]
    page = [client.get("/", query_string=question) for _ in range(2)]
    assert [p.headers["X-Cache"] for p in page] == ["miss", "hit"] and page[1].data == page[0].data
    own_store._version = "v2"
    assert client.get("/api/ask", query_string=question).headers["X-Cache"] == "miss"


# --- single flight and the disk tier --------------------------------------------------------------

def concurrently(n: int, call) -> list:
    """``call()`` from ``n`` threads released together; their results in order."""
    import threading

    barrier, results = threading.Barrier(n), [None] * n

    def run(i):
        barrier.wait()
        results[i] = call()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return results


def test_single_flight_runs_identical_concurrent_calls_once():
    import time

    from kgqa.memo import SingleFlight

    flight, runs = SingleFlight(), []

    def slow():
        runs.append(1)
        time.sleep(0.3)
        return object()

    results = concurrently(8, lambda: flight.do("k", slow))
    assert len(runs) == 1 and flight.calls == 1 and flight.shared == 7
    assert len({id(value) for value, _ in results}) == 1 and sorted(s for _, s in results) == [False] + [True] * 7
    assert flight.do("k", lambda: "again") == ("again", False)  # nothing kept once it is done


def timed_caller(flight, runs: list):
    """A caller of `flight` for key "k" whose computation takes a second: (result or "gave up", seconds waited)."""
    import time

    from kgqa.memo import StillComputing

    def slow():
        runs.append(1)
        time.sleep(1.0)
        return "value"

    def call():
        started = time.monotonic()
        try:
            return flight.do("k", slow), time.monotonic() - started
        except StillComputing:
            return "gave up", time.monotonic() - started
    return call


def test_a_follower_waits_for_the_leader_at_most_its_bound():
    from kgqa.memo import SingleFlight

    flight, runs = SingleFlight(wait=0.2), []
    results = concurrently(4, timed_caller(flight, runs))
    assert len(runs) == 1 and [r for r, _ in results].count(("value", False)) == 1
    gave_up = [seconds for r, seconds in results if r == "gave up"]
    assert len(gave_up) == 3 and all(0.15 < s < 0.9 for s in gave_up)  # not the leader's whole second
    assert flight.do("k", lambda: "again") == ("again", False)  # the leader finished; nothing left over


def test_patient_followers_wait_on_while_the_leader_runs_and_the_others_give_up():
    from kgqa.memo import SingleFlight

    flight, runs = SingleFlight(wait=0.2, patient=2, patience=5.0), []
    results = concurrently(5, timed_caller(flight, runs))
    assert len(runs) == 1 and [r for r, _ in results].count(("value", False)) == 1
    assert sorted(seconds for r, seconds in results if r == ("value", True))[0] > 0.8  # waited past 0.2 s
    assert [r for r, _ in results].count(("value", True)) == 2
    assert [r for r, _ in results].count("gave up") == 2 and flight.waiting_on == 0


def test_a_patient_follower_gives_up_at_its_patience():
    import time

    from kgqa.memo import SingleFlight

    flight = SingleFlight(wait=0.1, patient=4, patience=0.4)
    results = concurrently(2, lambda: _outcome(lambda: flight.do("k", lambda: time.sleep(1.5) or "value")))
    assert sorted(results) == ["gave up", "value"] and flight.waiting_on == 0


def _outcome(call):
    from kgqa.memo import StillComputing

    try:
        return call()[0]
    except StillComputing:
        return "gave up"


def test_a_request_waiting_too_long_for_an_identical_one_gets_503_busy(settings, own_store, tmp_path, monkeypatch):
    import time

    from kgqa import viz

    app = app_for(settings, own_store, cache_dir=str(tmp_path), coalesced_wait=0.2, coalesced_waiters=0)
    real = viz.map_data
    monkeypatch.setattr(viz, "map_data", lambda *a, **k: time.sleep(1.0) or real(*a, **k))
    responses = concurrently(3, lambda: app.test_client().get("/map/data.json?programme=yuanzang"))
    assert sorted(r.status_code for r in responses) == [200, 503, 503]
    for busy in (r for r in responses if r.status_code == 503):
        assert busy.headers["Retry-After"] == "1" and busy.get_json()["error"] == "busy"
        assert "--coalesced-wait" in busy.get_json()["message"]
    assert app.test_client().get("/map/data.json?programme=yuanzang").headers["X-Cache"] == "hit"
    assert ('page', 'busy') in app.extensions["kgqa_cache"].counts


def test_coalesced_waiters_are_answered_when_the_computation_ends(settings, own_store, tmp_path, monkeypatch):
    import time

    from kgqa import viz

    app = app_for(settings, own_store, cache_dir=str(tmp_path), coalesced_wait=0.2, coalesced_waiters=1)
    real = viz.map_data
    monkeypatch.setattr(viz, "map_data", lambda *a, **k: time.sleep(1.0) or real(*a, **k))
    responses = concurrently(3, lambda: app.test_client().get("/map/data.json?programme=yuanzang"))
    assert sorted(r.status_code for r in responses) == [200, 200, 503]
    assert sorted(r.headers.get("X-Cache", "") for r in responses if r.status_code == 200) == ["coalesced", "miss"]


def test_concurrent_identical_sparql_misses_run_the_engine_once(settings, own_store, tmp_path, monkeypatch):
    import time

    app = app_for(settings, own_store, cache_dir=str(tmp_path))
    endpoint, runs = app.extensions["kgqa_sparql"], []
    real = endpoint.run

    def slow(req):
        runs.append(req.text)
        time.sleep(0.3)
        return real(req)

    monkeypatch.setattr(endpoint, "run", slow)
    responses = concurrently(6, lambda: ask(app.test_client()))
    assert len(runs) == 1
    assert sorted(r.headers["X-Cache"] for r in responses) == ["coalesced"] * 5 + ["miss"]
    assert len({r.data for r in responses}) == 1 and all(r.status_code == 200 for r in responses)


def test_concurrent_identical_page_misses_render_once(settings, own_store, tmp_path, monkeypatch):
    import time

    from kgqa import viz

    app = app_for(settings, own_store, cache_dir=str(tmp_path))
    runs, real = [], viz.map_data
    monkeypatch.setattr(viz, "map_data", lambda *a, **k: runs.append(1) or time.sleep(0.3) or real(*a, **k))
    responses = concurrently(6, lambda: app.test_client().get("/map/data.json?programme=yuanzang"))
    assert len(runs) == 1 and len({r.data for r in responses}) == 1
    assert sorted(r.headers["X-Cache"] for r in responses) == ["coalesced"] * 5 + ["miss"]


def test_an_error_is_not_shared_by_single_flight(settings, own_store, tmp_path):
    app = app_for(settings, own_store, cache_dir=str(tmp_path))
    responses = concurrently(4, lambda: app.test_client().get("/map/data.json?year=1"))
    assert [r.status_code for r in responses] == [400] * 4 and app.extensions["kgqa_cache"].bytes == 0


def test_answers_too_big_for_memory_go_to_disk_and_outlive_the_worker(settings, own_store, tmp_path):
    small = {"cache_bytes": 8 * 1024, "cache_dir": str(tmp_path)}  # entries over 1 KiB go to disk
    client = app_for(settings, own_store, **small).test_client()
    first, second = (client.get("/network/data.json") for _ in range(2))
    assert len(first.data) > 8 * 1024 and (first.headers["X-Cache"], second.headers["X-Cache"]) == ("miss", "hit")
    assert second.data == first.data and second.headers["ETag"] == first.headers["ETag"]
    assert any(f.is_file() and not f.name.endswith(".lock") for f in tmp_path.glob("*/*"))
    fresh = app_for(settings, own_store, **small).test_client()  # another worker, or after a restart
    again = fresh.get("/network/data.json")
    assert (again.headers["X-Cache"], again.data) == ("hit", first.data)
    own_store._version = "v2"
    assert fresh.get("/network/data.json").headers["X-Cache"] == "miss"


def test_the_disk_cache_stays_within_its_bytes(tmp_path):
    from kgqa.memo import DiskCache

    disk = DiskCache(tmp_path, 10_000)
    disk.put("old", "a", b"x" * 4000)
    for n in range(5):
        disk.put("v", str(n), b"y" * 3000)
    held = [f for f in tmp_path.glob("*/*") if not f.name.endswith(".lock")]
    assert sum(f.stat().st_size for f in held) <= 10_000
    assert disk.get("old", "a") is None and disk.get("v", "4") == b"y" * 3000
    assert not disk.put("v", "huge", b"z" * 20_000)


def _build_in_a_process(root: str, log: str, version: str) -> None:
    from kgqa.memo import DiskCache, once_per_version

    def build(store):
        with open(log, "a") as fh:
            fh.write("built\n")
        import time
        time.sleep(0.5)
        return {"version": store.data_version}

    class Fake:
        name, data_version = "embedded", version

    get = once_per_version(build, "test")
    assert get(Fake(), DiskCache(root, 10**6)) == {"version": version}


def test_a_value_per_data_version_is_computed_once_across_processes(tmp_path):
    import multiprocessing

    log = tmp_path / "log"
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_build_in_a_process, args=(str(tmp_path / "c"), str(log), "v1")) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(30)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    assert log.read_text().splitlines() == ["built"]


def test_an_entity_page_is_rendered_once_for_all_workers(settings, own_store, tmp_path, monkeypatch):
    """Entity pages go to the disk cache as well: another worker (or a restart) reads the page instead of
    rendering it again; a new data version renders it again."""
    from kgqa import ld

    runs, real = [], ld.describe
    monkeypatch.setattr(ld, "describe", lambda *a, **k: runs.append(1) or real(*a, **k))
    workers = [app_for(settings, own_store, cache_dir=str(tmp_path)).test_client() for _ in range(2)]
    first, second = (w.get("/division/540200", headers={"Accept": "text/html"}) for w in workers)
    assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("miss", "hit") and len(runs) == 1
    assert second.data == first.data and second.headers["ETag"] == first.headers["ETag"]
    assert workers[1].get("/division/540200", headers={"Accept": "text/html"}).headers["X-Cache"] == "hit"
    own_store._version = "v2"
    assert workers[1].get("/division/540200", headers={"Accept": "text/html"}).headers["X-Cache"] == "miss"
    assert len(runs) == 2
