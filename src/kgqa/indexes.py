"""What `kgqa build --store` saves beside an on-disk store so that no worker reads every name again: the
question answerer's gazetteer (:mod:`kgqa.qa.persist`) and the name lookup index (:mod:`kgqa.lookup`).
Above both and above the store layer, so ``store/`` imports neither."""
from __future__ import annotations

from pathlib import Path

from .lookup import write_for_store as write_lookup
from .qa.persist import write_for_store as write_gazetteer
from .store.disk import create_store


def write_for_store(path: Path) -> dict:
    """The gazetteer and the lookup index of the on-disk store at ``path``, and the seconds each took."""
    return {"gazetteer_s": write_gazetteer(path)["seconds"], "lookup_s": write_lookup(path)["seconds"]}


def build_store(path: Path, data_dir: Path, ontology: Path | None) -> dict:
    """:func:`kgqa.store.disk.create_store` with the indexes saved in it (what ``kgqa build --store`` does)."""
    return create_store(path, data_dir, ontology, extras=write_for_store)
