"""On-disk pyoxigraph stores: written once by the bulk loader, then opened read-only by every worker."""
from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from .embedded import data_files, digest, load_files


def create_store(path: Path, data_dir: Path, ontology: Path | None,
                 extras: Callable[[Path], dict] | None = None) -> dict:
    """(Re)create the store at ``path`` from the files in ``data_dir`` (+ ontology). ``extras(directory)``,
    if given, writes what is saved with the store (the indexes: :func:`kgqa.indexes.build_store`) into the
    new directory before it is swapped in, and returns figures to report.

    The store is built beside ``path`` and swapped in when complete, so a server still reading the old
    store never sees a half-written one, and a failed build leaves the old store in place."""
    files = data_files(data_dir, ontology)
    fresh, old = path.with_name(path.name + ".new"), path.with_name(path.name + ".old")
    shutil.rmtree(fresh, ignore_errors=True)
    started = time.perf_counter()
    store = ox.Store(str(fresh))
    load_files(store, files)
    store.optimize()
    store.flush()
    count = len(store)
    del store
    version = digest(files)
    (fresh / "KGQA_VERSION").write_text(version + "\n")
    built = round(time.perf_counter() - started, 3)
    timings = extras(fresh) if extras else {}
    shutil.rmtree(old, ignore_errors=True)
    if path.exists():
        path.rename(old)
    fresh.rename(path)
    shutil.rmtree(old, ignore_errors=True)
    return {"triples": count, "version": version, "seconds": built, **timings}
