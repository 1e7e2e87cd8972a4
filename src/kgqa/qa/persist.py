"""The gazetteer saved with an on-disk store, so a worker loads it (≈ 0.05 s at 10^6 triples) instead of
reading every name from the store again (≈ 2 s at 10^6, 8 s at 10^7).

The file sits inside the store's directory (``KGQA_GAZETTEER``; RocksDB leaves files it did not write
alone) and opens with a key line: a digest of the store's data version, the template words the gazetteer
is built with, and the source of the modules that build it. A store rebuilt, templates edited or the
linking code changed give another key, and a file with another key is never used: the gazetteer is built
afresh and the file rewritten (atomically; a store directory that is not writable is simply not written).
``kgqa build --store`` writes it (:func:`write_for_store`); otherwise the first start does.

The body is a pickle: the store's directory is the operator's own, as trusted as the store itself.
"""
from __future__ import annotations

import functools
import hashlib
import json
import pickle
import sys
from pathlib import Path

from ..files import beside, write_atomically
from . import gazetteer as gazetteer_module
from . import normalise as normalise_module
from . import vocabulary as vocabulary_module
from .gazetteer import Gazetteer

FILE_NAME = "KGQA_GAZETTEER"
FORMAT = "kgqa-gazetteer 1"


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """The source of the modules that shape a gazetteer (and the interpreter that pickles it)."""
    h = hashlib.sha256(f"{FORMAT};{sys.version_info[:2]};{pickle.HIGHEST_PROTOCOL}".encode())
    for module in (gazetteer_module, normalise_module, vocabulary_module):
        h.update(Path(module.__file__).read_bytes())
    h.update(vocabulary_module.VOCABULARY_FILE.read_bytes())  # (the other names of places it reads: name_aliases)
    try:
        import ahocorasick
        h.update(str(getattr(ahocorasick, "__version__", "")).encode())
    except ImportError:  # pragma: no cover - the gazetteer needs it anyway
        pass
    return h.hexdigest()


def key_for(data_version: str, class_words: dict[str, str], question_words: tuple[str, ...]) -> str:
    h = hashlib.sha256(code_digest().encode())
    h.update(json.dumps([data_version, sorted(class_words.items()), list(question_words)],
                        ensure_ascii=False).encode())
    return h.hexdigest()


def path_for(store) -> Path | None:
    """Where the store's gazetteer lives: inside an on-disk store's directory; None for other stores."""
    return beside(store, FILE_NAME)


def load(path: Path, key: str) -> Gazetteer | None:
    """The gazetteer saved at ``path`` under ``key``; None when there is none, or it is another key's."""
    try:
        with open(path, "rb") as fh:
            if fh.readline().rstrip(b"\n") != key.encode():
                return None
            found = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return found if isinstance(found, Gazetteer) else None


def save(path: Path, key: str, gazetteer: Gazetteer) -> bool:
    """Write atomically (a temporary file renamed over it); False when the directory is not writable."""
    def write(tmp: Path) -> None:
        with open(tmp, "wb") as fh:
            fh.write(key.encode() + b"\n")
            pickle.dump(gazetteer, fh, protocol=pickle.HIGHEST_PROTOCOL)

    return write_atomically(path, write)


def gazetteer_for(store, class_words: dict[str, str], question_words: tuple[str, ...] = ()) -> Gazetteer:
    """The store's gazetteer: loaded when saved under the current key, else built (and saved when the
    store is on disk)."""
    path = path_for(store)
    if path is None:
        return Gazetteer.from_store(store, class_words, question_words)
    key = key_for(store.data_version, class_words, question_words)
    found = load(path, key)
    if found is None:
        found = Gazetteer.from_store(store, class_words, question_words)
        save(path, key, found)
    return found


def write_for_store(store_path: Path) -> dict:
    """Build and save the gazetteer of the on-disk store at ``store_path`` (``kgqa build --store``)."""
    import time

    from ..store.embedded import EmbeddedStore
    from .templates import load_templates

    started = time.perf_counter()
    store = EmbeddedStore.open_read_only(str(store_path))
    templates = load_templates()
    words = question_words(templates)
    gazetteer = Gazetteer.from_store(store, templates.classes, words)
    key = key_for(store.data_version, templates.classes, words)
    written = save(path_for(store), key, gazetteer)
    return {"written": written, "seconds": round(time.perf_counter() - started, 3)}


def question_words(templates) -> tuple[str, ...]:
    """The cue words the QA pipeline builds its gazetteer with (see ``QA.__init__``)."""
    return tuple(w for ws in templates.cues.values() for w in ws)
