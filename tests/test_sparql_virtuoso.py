"""Integration: Debian's virtuoso-opensource started on loopback, loaded with `kgqa load --endpoint`,
and the same named-query suite answered through our endpoint in front of it as from the embedded store."""
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request

import pytest
from click.testing import CliRunner

from kgqa.cli import main
from kgqa.named_queries import gallery
from kgqa.store.remote import RemoteStore
from kgqa.web import create_app

pytestmark = [pytest.mark.virtuoso, pytest.mark.slow,
              pytest.mark.skipif(shutil.which("virtuoso-t") is None or shutil.which("isql-vt") is None,
                                 reason="Debian's virtuoso-opensource is not installed")]
QUERIES = gallery()
INI = """[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = ., {db}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
CaseMode = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError("virtuoso did not come up")


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    db = tmp_path_factory.mktemp("virtuoso")
    sql, http = free_port(), free_port()
    (db / "virtuoso.ini").write_text(INI.format(db=db, sql=sql, http=http))
    proc = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(db / "virtuoso.ini")], cwd=db,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{http}/sparql"
    try:
        wait_up(url)
        subprocess.run(["isql-vt", f"127.0.0.1:{sql}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                       check=True, capture_output=True, timeout=60)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=60)


@pytest.fixture(scope="module")
def loaded(virtuoso):
    result = CliRunner().invoke(main, ["load", "--endpoint", virtuoso])
    assert result.exit_code == 0, result.output
    return virtuoso


@pytest.fixture(scope="module")
def front(settings, loaded):
    app = create_app(settings.replace(backend="sparql", endpoint=loaded), store=RemoteStore(loaded, 30.0))
    app.config["TESTING"] = True
    return app.test_client()


def test_load_puts_every_triple(front, client):
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/duikou/graph/')) }"
    ours = client.get("/sparql", query_string={"query": q}).get_json()
    theirs = front.get("/sparql", query_string={"query": q}).get_json()
    assert theirs["results"]["bindings"][0]["n"]["value"] == ours["results"]["bindings"][0]["n"]["value"]


def rows(response) -> list:
    if response.mimetype != "application/sparql-results+json":
        return sorted(response.data.decode().splitlines())
    bindings = response.get_json()["results"]["bindings"]
    return sorted(tuple(sorted((k, v["value"]) for k, v in b.items())) for b in bindings)


@pytest.mark.parametrize("named", QUERIES, ids=[q["name"] for q in QUERIES])
def test_named_queries_agree(front, client, named):
    headers = {"Accept": "application/sparql-results+json, application/n-triples;q=0.9"}
    ours = client.post("/sparql", data={"query": named["query"]}, headers=headers)
    theirs = front.post("/sparql", data={"query": named["query"]}, headers=headers)
    assert theirs.status_code == 200, theirs.data[:300]
    assert len(rows(theirs)) == len(rows(ours))


def test_guard_and_limits_in_front_of_virtuoso(front):
    assert front.post("/sparql", data={"query": "CLEAR ALL"}).status_code == 403
    r = front.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 20000"})
    assert r.status_code == 200 and r.headers["X-SPARQL-MaxRows"] == "10000"
