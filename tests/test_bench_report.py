"""The benchmark report: runs merged size by size, medians over repeated runs, the table rendered."""
from __future__ import annotations

import json

from bench.report import aims, merge, short_table


def run(started: str, size: str, median: float, qps: float) -> dict:
    system = {"queries": {"q01": {"median_ms": median, "p95_ms": median * 2}},
              "throughput": {"4": [{"qps": qps}]}, "cold_start_s": [1.0], "memory": {"rss_mb": 10, "pss_mb": 5}}
    return {"started": started, "queries": {"q01": "a query"}, "clients": [4],
            "sizes": {size: {"store": {"build_s": 1.0, "size_mb": 2.0}, "systems": {"http": system}}}}


def write(tmp_path, doc: dict):
    path = tmp_path / f"run-{doc['started']}.json"
    path.write_text(json.dumps(doc))
    return path


def test_repeated_runs_give_medians_and_new_sizes_are_added(tmp_path):
    paths = [write(tmp_path, run("a", "10000", 1.0, 100)), write(tmp_path, run("b", "10000", 3.0, 300)),
             write(tmp_path, run("c", "10000", 2.0, 200)), write(tmp_path, run("d", "100000", 9.0, 10))]
    doc = merge(paths)
    http = doc["sizes"]["10000"]["systems"]["http"]
    assert http["runs"] == 3
    assert http["queries"]["q01"]["median_ms"] == 2.0
    assert sorted(r["qps"] for r in http["throughput"]["4"]) == [100, 200, 300]
    assert set(doc["sizes"]) == {"10000", "100000"}


def test_short_table_has_a_row_per_size(tmp_path):
    doc = merge([write(tmp_path, run("a", "10000", 1.0, 100)), write(tmp_path, run("b", "100000", 9.0, 10))])
    rows = short_table(doc)[2:]
    assert [r.split(" | ")[0] for r in rows] == ["| 10^4", "| 10^5"]


def test_runs_since_a_change_supersede_earlier_ones_for_what_they_measured(tmp_path):
    old = run("20261130-000058", "10000", 9.0, 10)
    old["sizes"]["10000"]["systems"]["virtuoso"] = old["sizes"]["10000"]["systems"]["http"]
    paths = [write(tmp_path, old), write(tmp_path, run("20261130-020727", "10000", 2.0, 200)),
             write(tmp_path, run("20261130-021500", "10000", 4.0, 400))]
    systems = merge(paths, since="20261130-020727")["sizes"]["10000"]["systems"]
    assert systems["http"]["runs"] == 2 and systems["http"]["queries"]["q01"]["median_ms"] == 3.0
    assert systems["virtuoso"]["runs"] == 1  # not measured since: the earlier run's
    assert merge(paths)["sizes"]["10000"]["systems"]["http"]["runs"] == 3


def test_aims_judge_each_service_against_virtuoso_on_its_own_line(tmp_path):
    doc = run("20261130-040542", "100000", 5.0, 100)
    systems = doc["sizes"]["100000"]["systems"]
    systems["virtuoso"] = {"throughput": {"4": [{"qps": 150}]}}
    systems["http-mem"] = {"throughput": {"4": [{"qps": 240}]},
                           "qa": {"throughput": {"4": [{"qps": 150}]}}}
    systems["http"]["qa"] = {"throughput": {"4": [{"qps": 250}], "8": [{"qps": 210}]}}
    lines = aims(merge([write(tmp_path, doc)]))
    assert any("http (cache off" in line and "100 q/s vs Virtuoso 150" in line and line.endswith("missed")
               for line in lines)
    assert any("http-mem" in line and "240 q/s vs Virtuoso 150" in line and line.endswith("met") for line in lines)
    assert any("QA over HTTP (http) 250" in line and line.endswith("met") for line in lines)
    assert any("QA over HTTP (http-mem) 150" in line and line.endswith("missed") for line in lines)


def test_a_runs_own_summary_leaves_the_projects_summary_readme_and_plot_alone(tmp_path, monkeypatch):
    import bench.report as report

    results = tmp_path / "results"
    results.mkdir()
    readme = results / "README.md"
    readme.write_text("prose\n<!-- table: written by python -m bench report -->\nold\n<!-- end table -->\n")
    monkeypatch.setattr(report, "RESULTS", results)
    monkeypatch.setattr(report, "PLOT", results / "latency-vs-size.png")
    path = write(tmp_path, run("20261207-010000", "10000", 1.0, 100))
    written = report.write_report([path], to=path.with_suffix(".md"))
    assert written == path.with_suffix(".md") and "20261207-010000" in written.read_text()
    assert sorted(p.name for p in results.iterdir()) == ["README.md"]
    assert readme.read_text().endswith("old\n<!-- end table -->\n")
