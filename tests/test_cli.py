"""The command line: stats, validate, query, and `kgqa serve --host H --port P` as the README says."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request

import pytest
from click.testing import CliRunner

from kgqa.cli import main
from kgqa.config import SETTINGS, load_settings

from .conftest import ROOT


def run(*args):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


def test_stats_counts_pairings_per_programme():
    result = run("stats", "--json")
    assert result.exit_code == 0
    stats = json.loads(result.output)
    per_programme = {r["iri"].rsplit("/", 1)[1]: r["count"] for r in stats["programmes"]}
    assert per_programme["yuanjiang"] >= 66 and per_programme["dongxibu"] == 47
    assert sum(r["count"] for r in stats["statuses"]) == sum(per_programme.values())
    assert stats["triples"] > 10000


def test_validate_passes_on_the_committed_triples():
    result = run("validate")
    assert result.exit_code == 0 and "conforms" in result.output


def test_validate_fails_with_one_line_per_violation(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix dk: <https://w3id.org/duikou/ontology#> .\n'
                   '<https://w3id.org/duikou/pairing/x> a dk:PairingRelationship .\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", "--triples", str(tmp_path)])
    assert result.exit_code == 1
    lines = [l for l in result.output.splitlines() if l.startswith("triples/bad.ttl: https://w3id.org/duikou/pairing/x: ")]
    assert len(lines) >= 5   # supporter, recipient, programme, type, source, status, year, label …


def test_query_prints_csv_with_chinese_intact():
    result = run("query", "SELECT ?l WHERE { <https://w3id.org/duikou/division/650000> "
                          "<http://www.w3.org/2000/01/rdf-schema#label> ?l }")
    assert result.exit_code == 0
    assert "新疆维吾尔自治区" in result.output


def test_query_syntax_error_is_a_clear_message():
    result = CliRunner().invoke(main, ["query", "SELECT WHERE {"])
    assert result.exit_code == 2
    assert "syntax error" in result.output.lower()


def test_settings_come_from_environment_then_flags():
    s = load_settings({"port": 9001}, environ={"KGQA_PORT": "9000", "KGQA_MAX_ROWS": "5"})
    assert (s.port, s.max_rows) == (9001, 5)
    assert load_settings(environ={"KGQA_SERVICE_ALLOW": "https://a/,https://b/"}).service_allow == ("https://a/", "https://b/")


def test_every_setting_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [s.flag for s in SETTINGS if s.flag not in readme or s.env not in readme]
    assert missing == []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_serve_starts_gunicorn_on_the_given_host_and_port():
    port = free_port()
    # exactly the README's command (it installs the package first), with flags passed through
    proc = subprocess.Popen([str(ROOT / "scripts" / "serve"), "--host", "127.0.0.1", "--port", str(port),
                             "--workers", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"}, start_new_session=True)
    try:
        deadline, body = time.monotonic() + 120, None
        while time.monotonic() < deadline and body is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    body = json.loads(r.read())
            except OSError:
                time.sleep(0.2)
        assert body and body["status"] == "ok"
        q = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql?query={q}", timeout=5) as r:
            assert int(json.loads(r.read())["results"]["bindings"][0]["n"]["value"]) > 10000
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=15)
