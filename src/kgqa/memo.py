"""Computed once: identical concurrent misses wait for one computation, and answers too big for a web
worker's memory cache are kept on disk, keyed by the data version. No Flask here.

- :class:`SingleFlight`: per process. The first caller of a key computes; callers of the same key that
  arrive meanwhile wait and get its result (or its exception). Nothing is kept afterwards.
- :class:`DiskCache`: a folder (``--cache-dir``) with one sub-folder per data version, one file per entry
  (written to a temporary file and renamed, so a reader never sees half an entry), bounded in bytes
  (``--cache-disk-bytes``, oldest first out; folders of other data versions go first). Shared by the
  workers of a server, and across its restarts while the data is the same.
- :func:`once_per_version`: a value of a store (the charts' table of every pairing) computed once per
  data version: kept in the process, and on disk for the other workers. The computation runs under an
  exclusive file lock (``flock``) on the entry, so the other workers wait for it and read the file
  instead of computing it again; the kernel drops the lock if the process dies.
"""
from __future__ import annotations

import fcntl
import functools
import hashlib
import os
import pickle
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .files import write_atomically


class _Call:
    def __init__(self):
        self.done = threading.Event()
        self.value: Any = None
        self.error: BaseException | None = None


class StillComputing(TimeoutError):
    """An identical computation is still running after the time a follower may wait for it."""


class SingleFlight:
    """Per-process coalescing of identical concurrent calls; ``calls`` counts the computations run.
    ``wait``: seconds a follower waits for the leader (None: as long as it takes), then
    :class:`StillComputing`: a leader that takes minutes holds its own thread, not every thread of the process.
    ``patient``: followers (of any key) that may wait on past ``wait`` while their leader still runs, up to
    ``patience`` seconds in all — a cold start's first answers take a few seconds, and a follower answered
    then is better than a 503 — while the others still give up at ``wait``, so threads stay free."""

    def __init__(self, wait: float | None = None, patient: int = 0, patience: float | None = None):
        self._lock = threading.Lock()
        self._running: dict[Any, _Call] = {}
        self.calls = 0
        self.shared = 0
        self.wait = wait
        self.patient, self.patience = patient, patience
        self.waiting_on = 0  # followers waiting past ``wait`` now

    def do(self, key, compute: Callable[[], Any]) -> tuple[Any, bool]:
        """``compute()``'s result and whether it was another caller's (True) or ours (False)."""
        with self._lock:
            call = self._running.get(key)
            leader = call is None
            if leader:
                call = self._running[key] = _Call()
                self.calls += 1
            else:
                self.shared += 1
        if not leader:
            self._follow(call)
            if call.error is not None:
                raise call.error
            return call.value, True
        try:
            call.value = compute()
        except BaseException as exc:
            call.error = exc
            raise
        finally:
            with self._lock:
                del self._running[key]
            call.done.set()
        return call.value, False


    def _follow(self, call: _Call) -> None:
        if call.done.wait(self.wait) or self._wait_on(call):
            return
        raise StillComputing(f"the same answer is still being computed after {self.wait:g} s of waiting")

    def _wait_on(self, call: _Call) -> bool:
        """Past ``wait``: wait on for the leader if fewer than ``patient`` followers already do."""
        with self._lock:
            if self.waiting_on >= self.patient:
                return False
            self.waiting_on += 1
        try:
            more = None if self.patience is None else max(0.0, self.patience - (self.wait or 0.0))
            return call.done.wait(more)
        finally:
            with self._lock:
                self.waiting_on -= 1


def digest(key: Any) -> str:
    return hashlib.sha256(repr(key).encode()).hexdigest()[:40]


SCAN_EVERY = 64  # the folder is scanned (and pruned) after this many writes, or sooner when it may be full:
# with thousands of entity pages a scan per write costs more than the write (the other workers' writes
# are seen at the next scan)


class DiskCache:
    """Entries as files under ``root/<version digest>/``; ``capacity`` bytes in all (0: off)."""

    def __init__(self, root: str | Path, capacity: int):
        self.root, self.capacity = Path(root), capacity
        self._lock = threading.Lock()
        self.counts = {"hit": 0, "miss": 0, "written": 0, "evicted": 0}
        self._estimate: int | None = None  # bytes held at the last scan + those written here since
        self._unscanned = 0                # writes since the last scan

    @property
    def enabled(self) -> bool:
        return self.capacity > 0

    def path(self, version: str, key: Any) -> Path:
        return self.root / digest(version)[:16] / digest(key)

    def get(self, version: str, key: Any) -> bytes | None:
        try:
            body = self.path(version, key).read_bytes()
        except OSError:
            self.counts["miss"] += 1
            return None
        self.counts["hit"] += 1
        return body

    def put(self, version: str, key: Any, body: bytes) -> bool:
        """Keep ``body`` (False when it is over the capacity or the folder is not writable)."""
        if not self.enabled or len(body) > self.capacity:
            return False
        path = self.path(version, key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        if not write_atomically(path, lambda tmp: tmp.write_bytes(body)):
            return False
        self.counts["written"] += 1
        with self._lock:
            self._unscanned += 1
            scan = (self._estimate is None or self._unscanned >= SCAN_EVERY
                    or self._estimate + len(body) > self.capacity)
            if not scan:
                self._estimate += len(body)
        if scan:
            self.prune(path.parent)
        return True

    def prune(self, current: Path) -> None:
        """Drop entries, other data versions' first and then the oldest, until the folder fits."""
        with self._lock:
            files = []
            for f in self.root.glob("*/*"):
                try:
                    st = f.stat()
                except OSError:
                    continue
                if not f.name.endswith((".lock", ".tmp")):
                    files.append((f.parent == current, st.st_mtime, st.st_size, f))
            total = sum(size for _, _, size, _ in files)
            for _, _, size, f in sorted(files):
                if total <= self.capacity:
                    break
                f.unlink(missing_ok=True)
                total -= size
                self.counts["evicted"] += 1
            self._estimate, self._unscanned = total, 0

    def locked(self, version: str, key: Any):
        """An exclusive lock on the entry shared by the processes on this machine (a context manager; a
        no-op lock when the folder cannot be written)."""
        return FileLock(self.path(version, key).with_suffix(".lock"))


class FileLock:
    """An exclusive ``flock`` on ``path`` (created) while in the ``with`` block; the kernel drops it if the
    process dies. Without a writable folder it locks nothing."""

    def __init__(self, path: Path):
        self.path, self.fd = path, None

    def __enter__(self):
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        except OSError:
            self.fd = None
        return self

    def __exit__(self, *exc):
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)


@functools.lru_cache(maxsize=None)
def _source_digest(fn: Callable) -> str:
    """The source of the module that defines ``fn``: a value saved by other code is never read back."""
    import inspect

    try:
        return hashlib.sha256(Path(inspect.getsourcefile(fn)).read_bytes()).hexdigest()[:16]
    except (OSError, TypeError):
        return ""


REMOTE_SECONDS = 300.0  # how long a value of a remote store is reused: its data can change behind its URL


def once_per_version(build: Callable[[Any], Any], name: str, depends: Callable[[], str] = str):
    """``get(store, disk=None)``: ``build(store)`` once per store object and data version, shared by the
    threads (single flight) and, through ``disk`` (a :class:`DiskCache`), by the processes of an embedded
    store. A remote store's value is reused for ``REMOTE_SECONDS`` only (in the process; never on disk); a
    store without a data version is built every time. A value saved on disk is keyed by the data version,
    the source of ``build``'s module and ``depends()`` (what else shapes it, such as the queries it runs)."""
    values: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
    flight = SingleFlight()

    def get(store, disk: DiskCache | None = None):
        version = getattr(store, "data_version", None)
        if version is None:
            return build(store)
        embedded = getattr(store, "name", "") == "embedded"
        hit = values.get(store)
        if hit is not None and hit[0] == version and (embedded or time.monotonic() - hit[2] < REMOTE_SECONDS):
            return hit[1]
        disk = disk if embedded else None
        value, _ = flight.do((id(store), version), functools.partial(_compute, store, version, disk))
        values[store] = (version, value, time.monotonic())
        return value

    def _compute(store, version: str, disk: DiskCache | None):
        if disk is None or not disk.enabled:
            return build(store)
        key = ("value", name, _source_digest(build), depends())
        with disk.locked(version, key):
            body = disk.get(version, key)
            if body is not None:
                try:
                    return pickle.loads(body)  # our own folder, as trusted as the store itself
                except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
                    pass
            value = build(store)
            disk.put(version, key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            return value

    get.flight = flight
    get.__wrapped__ = build
    return get
