"""The gazetteer saved with an on-disk store (kgqa.qa.persist): written by the store build, loaded by QA,
never used once the store (or what the gazetteer is built from) has changed."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kgqa.qa import persist
from kgqa.qa.evaluate import load_questions, text_of
from kgqa.qa.gazetteer import Gazetteer
from kgqa.qa.pipeline import QA
from kgqa.qa.templates import load_templates
from kgqa.indexes import build_store as create_store
from kgqa.store.embedded import EmbeddedStore

from .conftest import ROOT

QUESTIONS = Path(__file__).parent / "qa" / "dev.json"


def built_from_store(monkeypatch) -> list:
    """Records each time a gazetteer is read from the store (instead of loaded)."""
    calls = []
    real = Gazetteer.from_store.__func__

    def spy(cls, *args, **kwargs):
        calls.append(args[0])
        return real(cls, *args, **kwargs)
    monkeypatch.setattr(Gazetteer, "from_store", classmethod(spy))
    return calls


def links(gazetteer: Gazetteer, text: str) -> list:
    return [(m.text, m.start, m.end, sorted((c.iri, c.kind, c.label, c.via) for c in m.candidates))
            for m in gazetteer.link(text)]


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("persist") / "store"
    info = create_store(path, ROOT / "triples", ROOT / "ontology" / "duikou.ttl")
    assert "gazetteer_s" in info
    return path


def test_store_build_saves_the_gazetteer_and_qa_loads_it(disk_store, store, monkeypatch):
    assert (disk_store / persist.FILE_NAME).is_file()
    calls = built_from_store(monkeypatch)
    disk = EmbeddedStore.open_read_only(str(disk_store))
    qa = QA(disk)
    assert calls == []  # loaded, not read from the store
    fresh = QA(store)  # the same data in memory: built from the store
    assert len(calls) == 1
    texts = [text_of(q) for q in load_questions(QUESTIONS)[::5]]
    assert len(texts) > 100
    for text in texts:
        assert links(qa.gazetteer, text) == links(fresh.gazetteer, text), text
    assert qa.gazetteer.labels == fresh.gazetteer.labels
    for text in texts[:40]:
        mine, theirs = qa.answer(text), fresh.answer(text)
        assert (mine["status"], mine["answers"]) == (theirs["status"], theirs["answers"]), text


def test_a_changed_store_never_uses_a_stale_gazetteer(disk_store, tmp_path, monkeypatch):
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(disk_store, copy)
    saved = (copy / persist.FILE_NAME).read_bytes()
    (copy / "KGQA_VERSION").write_text("another-version\n")  # as a rebuilt store would have
    calls = built_from_store(monkeypatch)
    QA(EmbeddedStore.open_read_only(str(copy)))
    assert len(calls) == 1  # built afresh
    rewritten = (copy / persist.FILE_NAME).read_bytes()
    assert rewritten != saved and rewritten.split(b"\n", 1)[0] == persist.key_for(
        "another-version", load_templates().classes, persist.question_words(load_templates())).encode()
    QA(EmbeddedStore.open_read_only(str(copy)))
    assert len(calls) == 1  # and saved under the new key


def test_other_template_words_or_a_damaged_file_are_not_used(disk_store, tmp_path, monkeypatch):
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(disk_store, copy)
    disk = EmbeddedStore.open_read_only(str(copy))
    templates = load_templates()
    words = persist.question_words(templates)
    key = persist.key_for(disk.data_version, templates.classes, words)
    assert persist.load(copy / persist.FILE_NAME, key) is not None
    assert persist.load(copy / persist.FILE_NAME, persist.key_for(disk.data_version, templates.classes,
                                                                  words + ("新词",))) is None
    (copy / persist.FILE_NAME).write_bytes(key.encode() + b"\nnot a pickle")
    assert persist.load(copy / persist.FILE_NAME, key) is None
    calls = built_from_store(monkeypatch)
    assert persist.gazetteer_for(disk, templates.classes, words).link("北京市对口支援哪些地方？")
    assert len(calls) == 1


def test_in_memory_stores_write_nothing(store, monkeypatch):
    assert persist.path_for(store) is None
    monkeypatch.setattr(persist, "save", lambda *a: pytest.fail("saved a gazetteer for an in-memory store"))
    templates = load_templates()
    assert persist.gazetteer_for(store, templates.classes, persist.question_words(templates)) is not None


def test_a_foreign_store_keeps_its_version_once_the_gazetteer_is_saved(tmp_path):
    store = ox.Store(str(tmp_path / "foreign"))
    store.bulk_load(path=str(ROOT / "triples" / "actors.ttl"), format=ox.RdfFormat.TURTLE)
    store.flush()
    del store
    before = EmbeddedStore.open_read_only(str(tmp_path / "foreign"))
    QA(before)
    assert (tmp_path / "foreign" / persist.FILE_NAME).is_file()
    assert EmbeddedStore.open_read_only(str(tmp_path / "foreign")).data_version == before.data_version
