"""The benchmark runner's options: ``--throughput-repeats`` sets how many throughput measurements are taken."""
from __future__ import annotations

from bench import loadgen, run
from bench.run import Run


def test_throughput_repeats_sets_the_measurements_per_client_count(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(run, "RESULTS", tmp_path)
    monkeypatch.setattr(loadgen, "per_query", lambda url, queries, policy: {})
    monkeypatch.setattr(loadgen, "throughput", lambda url, queries, c, d: calls.append(c) or {"qps": 1.0})
    once = Run([10_000], ["http"], [1, 4, 8], 0.1, 1, 10, throughput_repeats=1)
    assert once.doc["throughput_repeats"] == 1
    assert once.endpoint("http://127.0.0.1:1/sparql")["throughput"] == {c: [{"qps": 1.0}] for c in ("1", "4", "8")}
    assert calls == [1, 4, 8]
    calls.clear()
    Run([10_000], ["http"], [4], 0.1, 1, 10).endpoint("http://127.0.0.1:1/sparql")
    assert calls == [4, 4, 4]  # the default: three, median reported


def test_the_store_of_the_same_data_is_reused_and_rebuilt_when_the_data_changes(monkeypatch, tmp_path):
    import kgqa.indexes
    from kgqa.store.embedded import data_files, digest

    built = []

    def create_store(store, folder, ontology):
        store.mkdir(exist_ok=True)
        version = digest(data_files(folder, None))
        (store / "KGQA_VERSION").write_text(version + "\n")
        built.append(version)
        return {"triples": 1, "version": version}

    monkeypatch.setattr(run, "WORK", tmp_path)
    monkeypatch.setattr(kgqa.indexes, "build_store", create_store)
    data = tmp_path / "dk-10.nt"
    data.write_text("<urn:a> <urn:b> <urn:c> .\n")
    logged = []
    first, again, forced = {}, {}, {}
    run.prepare_data(10, first, logged.append)
    run.prepare_data(10, again, logged.append)
    assert len(built) == 1 and again["store"]["reused"] and again["store"]["version"] == first["store"]["version"]
    assert "reusing the on-disk store" in logged[-1] and "reused" not in first["store"]
    run.prepare_data(10, forced, logged.append, rebuild=True)
    assert len(built) == 2 and "reused" not in forced["store"]
    data.write_text("<urn:a> <urn:b> <urn:d> .\n")  # other data: built again
    changed = {}
    run.prepare_data(10, changed, logged.append)
    assert len(built) == 3 and changed["store"]["version"] != first["store"]["version"]


def test_questions_only_measures_a_service_without_the_sparql_mix(monkeypatch, tmp_path):
    class FakeServer:
        url = "http://127.0.0.1:1/sparql"

        def ready(self, probe):
            return 0.1

        def memory(self):
            return {"rss_mb": 1.0, "pss_mb": 1.0}

        def stop(self):
            pass

    measured = []
    monkeypatch.setattr(run, "WORK", tmp_path)
    monkeypatch.setattr(run, "kgqa_server", lambda log, **kwargs: FakeServer())
    monkeypatch.setattr(loadgen, "per_query", lambda *a, **k: measured.append("sparql") or {})
    monkeypatch.setattr(loadgen, "qa", lambda *a, **k: measured.append("qa") or {"median_ms": 1.0})
    only = Run([10_000], ["http"], [4], 0.1, 1, 10, questions_only=True)
    out = only.service("http", tmp_path / "store", tmp_path / "dir", type("V", (), {"url": None})())
    assert measured == ["qa"] and "queries" not in out and out["qa"] == {"median_ms": 1.0}
    assert only.doc["questions_only"] is True
