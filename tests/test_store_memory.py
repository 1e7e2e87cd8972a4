"""``--store PATH --in-memory``: an on-disk store copied into memory before the workers fork, served with
the gazetteer and lookup index saved beside it (never rebuilt), the same answers as the store on disk."""
from __future__ import annotations

import pytest

from kgqa import lookup, viz
from kgqa.qa.gazetteer import Gazetteer
from kgqa.qa.pipeline import QA
from kgqa.indexes import build_store as create_store
from kgqa.store.embedded import EmbeddedStore
from kgqa.web import create_app, warm

from .conftest import ROOT

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("memory") / "store"
    create_store(path, ROOT / "triples", ROOT / "ontology" / "duikou.ttl")
    return path


@pytest.fixture(scope="module")
def copied(disk_store):
    return EmbeddedStore.copy_into_memory(str(disk_store))


def test_the_copy_holds_every_quad_and_the_store_version(disk_store, copied):
    on_disk = EmbeddedStore.open_read_only(str(disk_store))
    assert copied.path is None and copied.home == str(disk_store)  # in memory, indexes from the directory
    assert copied.data_version == on_disk.data_version
    assert next(iter(copied.query(COUNT)))["n"] == next(iter(on_disk.query(COUNT)))["n"]
    ground = lambda store: sorted(str(q) for q in store if "_:" not in str(q))  # noqa: E731 - bnodes relabelled
    assert len(copied.store) == len(on_disk.store) and ground(copied.store) == ground(on_disk.store)


def test_the_saved_indexes_are_used_not_rebuilt(disk_store, copied, monkeypatch):
    built = []
    monkeypatch.setattr(Gazetteer, "from_store", classmethod(lambda cls, *a, **k: built.append(a)))
    monkeypatch.setattr(lookup, "build_index", lambda store: built.append(store))
    qa = QA(copied)
    assert built == [] and qa.answer("北京对口支援哪些地区？")["status"] == "ok"
    index = lookup.open_index(copied)
    assert built == [] and index.path == disk_store / lookup.FILE_NAME
    assert index.search("拉萨")[0]["path"] == "/division/540100"


def test_settings_and_the_command_line_choose_it(disk_store, settings):
    from click.testing import CliRunner

    from kgqa import cli

    store = EmbeddedStore.from_settings(settings.replace(store=str(disk_store), in_memory=True))
    assert store.path is None and store.home == str(disk_store)
    result = CliRunner().invoke(cli.main, ["serve", "--help"])
    assert result.exit_code == 0 and "--in-memory" in result.output and "KGQA_IN_MEMORY" in result.output
    assert cli.settings_from({"store": str(disk_store), "in_memory": True}).in_memory is True
    assert cli.settings_from({"store": str(disk_store), "in_memory": None}).in_memory is False


def test_warm_up_runs_before_the_fork_and_pages_fetch_their_labels(copied, settings, monkeypatch):
    from kgqa import ld

    called = []
    monkeypatch.setattr(viz, "table_for", lambda store: called.append(store))
    warm(copied, ["kgqa.viz:table_for"])
    assert called == [copied]  # an in-memory store: computed once, shared by the forked workers
    assert not ld.keeps_label_table(copied)  # a copied store may be large: no table of every label
    client = create_app(settings, store=copied).test_client()
    assert client.get("/division/540100").status_code == 200
    assert client.get("/api/lookup?q=拉萨").get_json()["results"][0]["path"] == "/division/540100"


def test_a_missing_store_is_a_clear_error(tmp_path):
    from kgqa.errors import KgqaError

    with pytest.raises(KgqaError, match="no pyoxigraph store"):
        EmbeddedStore.copy_into_memory(str(tmp_path))
