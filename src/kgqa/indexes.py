"""What `kgqa build --store` saves beside an on-disk store so that no worker reads every name again: the
question answerer's gazetteer (:mod:`kgqa.qa.persist`) and the name lookup index (:mod:`kgqa.lookup`).
Above both and above the store layer, so ``store/`` imports neither. ``kgqa index`` rebuilds them for any
store with a folder: an on-disk store, or a remote endpoint (its folder in ``--cache-dir``), so no worker
builds its own."""
from __future__ import annotations

import time
from pathlib import Path

from . import lookup
from .errors import KgqaError
from .lookup import write_for_store as write_lookup
from .qa import persist
from .qa.persist import write_for_store as write_gazetteer
from .store.disk import create_store


def write_for_store(path: Path) -> dict:
    """The gazetteer and the lookup index of the on-disk store at ``path``, and the seconds each took."""
    return {"gazetteer_s": write_gazetteer(path)["seconds"], "lookup_s": write_lookup(path)["seconds"]}


def build_store(path: Path, data_dir: Path, ontology: Path | None) -> dict:
    """:func:`kgqa.store.disk.create_store` with the indexes saved in it (what ``kgqa build --store`` does)."""
    return create_store(path, data_dir, ontology, extras=write_for_store)


def rebuild_indexes(store) -> dict:
    """Build both afresh (the files are replaced atomically) and report where and how long each took."""
    from .qa.pipeline import QA

    path = lookup.path_for(store)
    if path is None:
        raise KgqaError("this store has no folder for saved indexes: give --store PATH, or --backend sparql "
                        "--endpoint URL with a writable --cache-dir")
    started = time.perf_counter()
    if not lookup.save_index(store, path):
        raise KgqaError(f"could not write the lookup index to {path}")
    lookup_s = round(time.perf_counter() - started, 3)
    gazetteer = persist.path_for(store)
    Path(gazetteer).unlink(missing_ok=True)
    started = time.perf_counter()
    QA(store)  # builds the gazetteer and saves it beside the lookup index
    return {"lookup": str(path), "lookup_s": lookup_s, "gazetteer": str(gazetteer),
            "gazetteer_s": round(time.perf_counter() - started, 3)}
