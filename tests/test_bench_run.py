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
