"""On-disk pyoxigraph stores: written once by the bulk loader, then opened read-only by every worker."""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from .embedded import data_files, digest, load_files


def create_store(path: Path, data_dir: Path, ontology: Path | None, gazetteer: bool = True) -> dict:
    """(Re)create the store at ``path`` from the files in ``data_dir`` (+ ontology), and save the QA
    gazetteer and the lookup index with it (``gazetteer``; :mod:`kgqa.qa.persist`, :mod:`kgqa.lookup`), so
    no worker reads every name again.

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
    names = write_gazetteer(fresh) if gazetteer else None
    found = write_lookup(fresh) if gazetteer else None
    shutil.rmtree(old, ignore_errors=True)
    if path.exists():
        path.rename(old)
    fresh.rename(path)
    shutil.rmtree(old, ignore_errors=True)
    info = {"triples": count, "version": version, "seconds": built}
    return info if names is None else {**info, "gazetteer_s": names["seconds"], "lookup_s": found["seconds"]}


def write_gazetteer(path: Path) -> dict:
    """The gazetteer of the store at ``path`` (imported here: the store layer needs no QA otherwise)."""
    from ..qa.persist import write_for_store

    return write_for_store(path)


def write_lookup(path: Path) -> dict:
    """The entity lookup index of the store at ``path`` (:mod:`kgqa.lookup`)."""
    from ..lookup import write_for_store

    return write_for_store(path)


def beside(store, name: str) -> Path | None:
    """Where a file that belongs to ``store`` lives: inside an on-disk store's directory (RocksDB leaves
    files it did not write alone); None for a store without a directory."""
    where = getattr(store, "path", None)
    return Path(where) / name if where else None


def write_atomically(path: Path, write: Callable[[Path], None], errors: tuple = ()) -> bool:
    """``write(tmp)`` into a temporary file beside ``path``, renamed over it once complete, so a reader
    never sees half a file; False when the directory is not writable or writing fails (OSError or
    ``errors``)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    except OSError:
        return False
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide it from a service running as another user
        os.replace(tmp, path)
        return True
    except (OSError, *errors):
        Path(tmp).unlink(missing_ok=True)
        return False
