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


def create_store(path: Path, data_dir: Path, ontology: Path | None, indexes: bool = True) -> dict:
    """(Re)create the store at ``path`` from the files in ``data_dir`` (+ ontology), and save with it the QA
    gazetteer and the name lookup index (``indexes``; :mod:`kgqa.qa.persist`, :mod:`kgqa.lookup`), so no
    worker reads every name again.

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
    timings = write_indexes(fresh) if indexes else {}
    shutil.rmtree(old, ignore_errors=True)
    if path.exists():
        path.rename(old)
    fresh.rename(path)
    shutil.rmtree(old, ignore_errors=True)
    return {"triples": count, "version": version, "seconds": built, **timings}


def write_indexes(path: Path) -> dict:
    """The gazetteer and the lookup index of the store at ``path``, and the seconds each took (imported
    here: the store layer needs neither otherwise)."""
    from ..lookup import write_for_store as write_lookup
    from ..qa.persist import write_for_store as write_gazetteer

    return {"gazetteer_s": write_gazetteer(path)["seconds"], "lookup_s": write_lookup(path)["seconds"]}


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
