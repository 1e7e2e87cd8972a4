"""Identical requests answered from memory: a bounded LRU of serialised query results and rendered pages,
with a disk tier for answers too big for it, and identical concurrent misses computed once.

Keys start with the store's data version, so a new version of the data never meets an old answer (its
entries age out). Only successful answers are kept: errors, timeouts and refusals always run again.
What may not be replayed never enters: queries that call a SERVICE or use RAND/NOW/UUID/STRUUID/BNODE.

One cache per web worker process (``--cache-bytes`` each, 0 = off), for the embedded backend only: its data
version is a digest of the data, while a remote endpoint's data can change behind the same URL. Per process
rather than shared because a hit then costs a dictionary lookup, not a trip through shared memory. An
answer over an eighth of ``--cache-bytes`` (a chart's data at 10^6 triples, a big CSV) goes to the disk
cache instead (``--cache-dir``, ``--cache-disk-bytes``; :class:`kgqa.memo.DiskCache`), which the workers
share. Identical misses that arrive while one is being computed wait for it (single flight, per process:
``X-Cache: coalesced``) for up to ``--coalesced-wait`` seconds, then get 503 ``busy`` with Retry-After: a
computation that takes minutes holds its own thread, not every thread its followers arrive on (but
``--coalesced-waiters`` of them wait on, up to ``--query-timeout``: a fresh server's first answers take seconds); across workers an answer is computed at most once per worker, except the charts'
table, which one worker computes under a file lock for all (:func:`kgqa.memo.once_per_version`).
Hits (memory or disk), misses, coalesced waits and evictions are counted in ``/metrics``.
"""
from __future__ import annotations

import functools
import hashlib
import pickle
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from flask import Response, current_app, g, request

from ..memo import DiskCache, SingleFlight, StillComputing
from .limits import Busy
from .observability import family

ENTRY_OVERHEAD = 256       # bytes counted per entry beyond its body and key (dict slots, tuples, headers)
LARGEST_SHARE = 8          # an answer over capacity / 8 is not kept: a few huge ones would empty the cache
VOLATILE = re.compile(r"\b(SERVICE|RAND|NOW|UUID|STRUUID|BNODE)\b", re.IGNORECASE)
EXTENSION = "kgqa_cache"
DISK = "kgqa_disk_cache"


class ResponseCache:
    """A thread-safe LRU bounded in bytes; ``capacity`` 0 keeps nothing."""

    def __init__(self, capacity: int, disk: DiskCache | None = None, wait: float | None = None, patient: int = 0,
                 patience: float | None = None):
        self.capacity = capacity
        self.bytes = 0
        self._entries: OrderedDict[tuple, tuple[Any, int]] = OrderedDict()
        self._lock = threading.Lock()
        self.counts: dict[tuple[str, str], int] = {}
        self.disk = disk if disk is not None and disk.enabled else None
        self.flight = SingleFlight(wait, patient, patience)

    @property
    def enabled(self) -> bool:
        return self.capacity > 0

    def get(self, key: tuple) -> Any | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            self._count(key[0], "hit" if entry is not None else "miss")
            return entry[0] if entry is not None else None

    def holds(self, key: tuple) -> bool:
        """Whether ``key`` is in memory now (not counted as a lookup, not moved in the LRU)."""
        with self._lock:
            return key in self._entries

    def answer(self, key: tuple, compute: Callable[[], tuple[Any, int | None]], share: bool = False) -> tuple[Any, str]:
        """The value for ``key`` and how it came: ``hit`` (memory or disk), ``miss`` (``compute()`` ran
        here), ``coalesced`` (an identical request computed it meanwhile), ``uncached`` (``compute()`` gave
        no size: an error or a streamed answer, never kept nor shared). ``compute`` returns the value and
        its size in bytes. ``share``: written to the disk cache as well, for the other workers (entity
        pages: many different ones, each costly, each computed once per data version by one worker)."""
        hit = self.get(key)
        if hit is not None:
            return hit, "hit"
        try:
            (value, how), shared = self.flight.do(key, functools.partial(self._fill, key, compute, share))
        except StillComputing as exc:  # 503 busy with Retry-After: the thread is not held any longer
            self._count(key[0], "busy")
            g.kgqa_busy = True  # the service's state, not the client's failure: not charged to its budget
            raise Busy(f"{exc}; retry in a second (--coalesced-wait)") from None
        if shared:
            self._count(key[0], "coalesced")
            if how == "uncached":  # someone else's error response: run it again for this request
                return compute()[0], "uncached"
            return value, "coalesced"
        return value, how

    def _fill(self, key: tuple, compute, share: bool = False) -> tuple[Any, str]:
        if self.disk is not None:
            body = self.disk.get(key[1], key)
            if body is not None:
                try:
                    self._count(key[0], "disk-hit")
                    value = pickle.loads(body)  # our own folder, as trusted as the store
                    self.put(key, value, len(body))
                    return value, "hit"
                except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
                    pass
        value, size = compute()
        if size is None:
            return value, "uncached"
        if (not self.put(key, value, size) or share) and self.disk is not None:
            if self.disk.put(key[1], key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)):
                self._count(key[0], "disk-written")
        return value, "miss"

    def put(self, key: tuple, value: Any, size: int) -> bool:
        """Keep ``value``; False when it is too big for memory (over an eighth of the capacity)."""
        size += ENTRY_OVERHEAD + sum(len(part) for part in key if isinstance(part, (str, bytes)))
        if size > self.capacity // LARGEST_SHARE:
            return False
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.bytes -= old[1]
            self._entries[key] = (value, size)
            self.bytes += size
            while self.bytes > self.capacity:
                _, (_, dropped) = self._entries.popitem(last=False)
                self.bytes -= dropped
                self._count(key[0], "evicted")
        return True

    def _count(self, kind: str, event: str) -> None:
        self.counts[(kind, event)] = self.counts.get((kind, event), 0) + 1

    def render(self) -> str:
        """Prometheus text: hits, misses and evictions by kind (sparql, page), bytes and entries held."""
        with self._lock:
            lines = family("kgqa_cache_requests_total", "counter", "cache lookups and evictions, by kind and event",
                           [({"kind": k, "event": e}, n) for (k, e), n in sorted(self.counts.items())])
            lines += family("kgqa_cache_bytes", "gauge", "bytes held by the result and page cache", [({}, self.bytes)])
            lines += family("kgqa_cache_entries", "gauge", "answers held by the result and page cache",
                            [({}, len(self._entries))])
            lines += family("kgqa_cache_capacity_bytes", "gauge", "--cache-bytes", [({}, self.capacity)])
        return "\n".join(lines) + "\n"


def setup(app) -> ResponseCache:
    """The app's cache: ``--cache-bytes`` for the embedded backend, none (capacity 0) otherwise, with the
    disk tier (``--cache-dir``, ``--cache-disk-bytes``), which the charts' table also uses."""
    store, settings = app.extensions["kgqa_store"], app.config["KGQA_SETTINGS"]
    embedded = store.name == "embedded"
    disk = DiskCache(settings.cache_dir, settings.cache_disk_bytes if embedded else 0)
    app.extensions[DISK] = disk if disk.enabled else None
    app.extensions[EXTENSION] = ResponseCache(settings.cache_bytes if embedded else 0, disk,
                                              settings.coalesced_wait or None, settings.coalesced_waiters,
                                              settings.query_timeout)
    return app.extensions[EXTENSION]


def disk_of_app() -> DiskCache | None:
    """The disk cache, for values computed once per data version (the charts' table); None when off."""
    return current_app.extensions.get(DISK)


def of_app() -> ResponseCache | None:
    cache = current_app.extensions.get(EXTENSION)
    return cache if cache is not None and cache.enabled else None


def held(endpoint: str | None) -> bool:
    """Whether this request's answer is in this worker's memory cache now (a view of :func:`cached_page`):
    served without running a query, so the client budgets, which charge query time, pass it by."""
    cache = of_app()
    key = getattr(current_app.view_functions.get(endpoint), "page_key", None)
    return cache is not None and key is not None and cache.holds(key())


def replayable(query: str) -> bool:
    """False for a query whose answer may differ between two runs on the same data."""
    return VOLATILE.search(query) is None


def sparql_key(req, max_rows) -> tuple:
    """Everything a /sparql answer depends on: data, query, protocol dataset, negotiated formats, the caps
    (``max_rows``: the row cap, or the row and byte caps)."""
    version = current_app.extensions["kgqa_store"].data_version
    return ("sparql", version, req.text, req.default_graphs, req.named_graphs, req.results_format,
            req.graph_format, max_rows)


def page_key(variant: tuple, params: tuple[str, ...] | None) -> tuple:
    """Everything a page depends on: the data, where the app is mounted (the script root its links
    start with), the path, the query parameters the view reads (``params``; any other parameter is
    left out, so ``?bust=1`` is the same page; None: the whole query string) and ``variant`` (the
    negotiated format and language). Not the Host header: no page uses it."""
    version = current_app.extensions["kgqa_store"].data_version
    if params is None:
        query = request.query_string
    else:
        query = tuple((name, tuple(request.args.getlist(name))) for name in params if name in request.args)
    return ("page", version, request.scheme, request.script_root, request.path, query, variant)


def cached_page(variant: Callable[[], tuple] = tuple, params: tuple[str, ...] | None = None, share: bool = False):
    """Decorate a GET view whose answer depends only on the data, the URL and ``variant()`` (the negotiated
    format and language): 200 answers are kept with an ETag, and every answer is conditional (304).
    ``params``: the query parameters the view reads (the others do not make another page). ``share``: kept
    on disk too, so another worker reads it instead of computing it again."""
    def decorate(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            cache = of_app()
            if cache is None:
                return view(*args, **kwargs)
            mine = []

            def compute():
                response = current_app.make_response(view(*args, **kwargs))
                mine.append(response)
                if response.status_code != 200 or response.direct_passthrough or response.is_streamed:
                    return response, None
                body = response.get_data()
                response.set_etag(hashlib.sha256(body).hexdigest()[:32])
                return (list(response.headers.items()), body), len(body)

            value, how = cache.answer(page_key(variant(), params), compute, share)
            if how == "uncached":
                return mine[-1]
            response = mine[-1] if how == "miss" else Response(value[1], status=200, headers=value[0])
            response.headers["X-Cache"] = how
            return response.make_conditional(request)
        wrapper.page_key = lambda: page_key(variant(), params)
        return wrapper
    return decorate
