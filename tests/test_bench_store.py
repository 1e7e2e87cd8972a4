"""The on-disk store the benchmark serves: built by the bulk loader, swapped in whole, opened read-only."""
from __future__ import annotations

import pyoxigraph as ox

from bench.generate import generate
from kgqa.store.disk import create_store
from kgqa.store.embedded import EmbeddedStore

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def write_graph(folder, size: int = 2000) -> None:
    folder.mkdir(exist_ok=True)
    with open(folder / "bench.nt", "w", encoding="utf-8") as fh:
        generate(fh, size)


def count(store) -> int:
    return int(next(iter(store.query(COUNT)))["n"].value)


def test_store_answers_like_the_files_it_was_built_from(tmp_path):
    write_graph(tmp_path / "data")
    info = create_store(tmp_path / "store", tmp_path / "data", None)
    disk = EmbeddedStore.open_read_only(str(tmp_path / "store"))
    memory = EmbeddedStore.from_files([tmp_path / "data" / "bench.nt"])
    assert info["triples"] == count(disk) == count(memory)
    assert disk.data_version == memory.data_version == info["version"]


def test_rebuild_replaces_the_store_whole(tmp_path):
    write_graph(tmp_path / "data")
    create_store(tmp_path / "store", tmp_path / "data", None)
    write_graph(tmp_path / "data", 4000)
    info = create_store(tmp_path / "store", tmp_path / "data", None)
    assert count(EmbeddedStore.open_read_only(str(tmp_path / "store"))) == info["triples"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "store"]


def test_a_foreign_store_gets_a_stable_version_from_its_files(tmp_path):
    write_graph(tmp_path / "data")
    store = ox.Store(str(tmp_path / "foreign"))
    store.bulk_load(path=str(tmp_path / "data" / "bench.nt"), format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    del store
    first = EmbeddedStore.open_read_only(str(tmp_path / "foreign")).data_version
    second = EmbeddedStore.open_read_only(str(tmp_path / "foreign")).data_version
    assert first == second and first.startswith("store:")


FORK = """
import os, sys
from kgqa.store.embedded import EmbeddedStore
store = EmbeddedStore.open_read_only(sys.argv[1])  # as gunicorn's master does before forking workers
pid = os.fork()
if pid == 0:
    store.triple_count()
    sys.exit(0)  # a normal exit: with RocksDB inherited from the parent this crashed (SIGSEGV)
_, status = os.waitpid(pid, 0)
store.triple_count()
print(status)
"""


def test_workers_forked_from_the_server_open_their_own_store_and_exit_cleanly(tmp_path):
    import subprocess
    import sys

    write_graph(tmp_path / "data")
    create_store(tmp_path / "store", tmp_path / "data", None)
    done = subprocess.run([sys.executable, "-c", FORK, str(tmp_path / "store")], capture_output=True, text=True,
                          timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, "0"), done.stderr[-500:]
