"""On-disk pyoxigraph stores: written once by the bulk loader, then opened read-only by every worker."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox

from .embedded import data_files, digest, load_files


def create_store(path: Path, data_dir: Path, ontology: Path | None) -> dict:
    """(Re)create the store at ``path`` from the files in ``data_dir`` (+ ontology)."""
    files = data_files(data_dir, ontology)
    if path.exists():
        shutil.rmtree(path)
    store = ox.Store(str(path))
    load_files(store, files)
    store.optimize()
    store.flush()
    version = digest(files)
    count = len(store)
    del store
    (path / "KGQA_VERSION").write_text(version + "\n")
    return {"triples": count, "version": version}
