"""Rebuild the indexes saved with a store: the name lookup index and the question answerer's gazetteer
(``kgqa index``). For an on-disk store they live in its directory (``kgqa build --store`` writes them
too); for a remote endpoint in its folder under ``--cache-dir``, which every worker then opens."""
from __future__ import annotations

import time
from pathlib import Path

from ..errors import KgqaError


def rebuild_indexes(store) -> dict:
    """Build both afresh (the files are replaced atomically) and report where and how long each took."""
    from .. import lookup
    from ..qa import persist
    from ..qa.pipeline import QA

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
