"""Files that belong with a store (the saved gazetteer, the name lookup index): where they live and how
they are written so that a reader never sees half of one. Generic: no store, QA or lookup imports."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def beside(store, name: str) -> Path | None:
    """Where a file that belongs to ``store`` lives: inside an on-disk store's directory (RocksDB leaves
    files it did not write alone), also when the store was copied into memory (``home``), or a remote
    endpoint's folder in ``--cache-dir``; None for a store without a directory."""
    where = getattr(store, "home", None) or getattr(store, "path", None)
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
