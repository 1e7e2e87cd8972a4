"""Limits on what a request may make the service read or parse: header lists, bodies, redirects.

- Header lists (``Accept``, ``Accept-Language``, …) are cut to their first :data:`MAX_ITEMS` items and
  :data:`MAX_HEADER` characters before anything parses them: repeated headers are joined by the server,
  and negotiating over 97 joined ``Accept`` headers cost ≈ 1 s of CPU.
- A request body is read at most ``--max-body`` + 1 bytes, chunked or not: over it, 413 (a chunked body
  used to be cut at the limit and parsed).
- Redirects say only a path: the ``Host`` header is never echoed into ``Location``.
"""
from __future__ import annotations

import contextlib
import threading
from urllib.parse import urlsplit

from flask import Flask, Response, current_app, g, redirect, request
from werkzeug.routing import RequestRedirect

from ..errors import BadRequest, KgqaError, PayloadTooLarge, QueryTimeout

MAX_ITEMS = 32      # media ranges, languages, … kept of one header list
MAX_HEADER = 2048   # characters kept of one header list
LISTS = ("HTTP_ACCEPT", "HTTP_ACCEPT_LANGUAGE", "HTTP_ACCEPT_CHARSET", "HTTP_ACCEPT_ENCODING", "HTTP_IF_NONE_MATCH")


class RequestTimeout(KgqaError):
    status, code = 408, "request_timeout"


HEAVY_QUEUE_WAIT = 1.0  # seconds a request may wait for a heavy slot when a spare thread lets it (see heavy())


class Busy(QueryTimeout):
    """Every thread for heavy work is taken: 503 with Retry-After (never queued beyond the spare threads)."""
    code = "busy"
    retry_after = 1


@contextlib.contextmanager
def heavy():
    """A slot for heavy work (a SPARQL query, chart data): at most ``--heavy-threads`` per worker at once,
    so cheap requests (/healthz, pages, lookups) always find a thread. None free: a request waits up to
    :data:`HEAVY_QUEUE_WAIT` for one if a thread beyond the heavy ones and the one kept for cheap requests is
    spare (threads − heavy − 1 waiters: one with the defaults; a short query usually frees a slot within it);
    else, or still none → 503 ``busy``."""
    slots, queue = current_app.extensions["kgqa_heavy_slots"], current_app.extensions["kgqa_heavy_queue"]
    if not slots.acquire(blocking=False) and not _queued(slots, queue):
        g.kgqa_busy = True  # the service's state, not the client's failure: not charged to its budget
        raise Busy("the service is busy with other queries; retry in a second (--heavy-threads)")
    try:
        yield
    finally:
        slots.release()


def _queued(slots: threading.BoundedSemaphore, queue: threading.BoundedSemaphore) -> bool:
    if not queue.acquire(blocking=False):
        return False
    try:
        return slots.acquire(timeout=HEAVY_QUEUE_WAIT)
    finally:
        queue.release()


def bounded(value: str) -> str:
    """The first :data:`MAX_ITEMS` items of a comma-separated header, at most :data:`MAX_HEADER` characters
    (cut at an item's end): time spent on it is bounded whatever the client sends."""
    if len(value) <= MAX_HEADER and value.count(",") < MAX_ITEMS:
        return value
    kept = ",".join(value[:MAX_HEADER + 1].split(",", MAX_ITEMS)[:MAX_ITEMS])
    return kept if len(kept) <= MAX_HEADER else kept.rpartition(",")[0]


def bound_header_lists(wsgi_app):
    """WSGI middleware: every header list in :data:`LISTS` cut by :func:`bounded`."""
    def app(environ, start_response):
        for name in LISTS:
            if name in environ:
                environ[name] = bounded(environ[name])
        return wsgi_app(environ, start_response)
    return app


def read_body() -> bytes:
    """The request body, at most ``--max-body`` bytes (413 over it, with or without Content-Length). A
    client too slow to send it (see :class:`kgqa.web.server.Worker`) gets 408."""
    limit = current_app.config["KGQA_SETTINGS"].max_body
    length = request.content_length
    if length is not None and length > limit:
        raise PayloadTooLarge(f"request bodies are limited to {limit} bytes (--max-body)")
    # Read from the server's stream: werkzeug's would turn a read timeout into "client disconnected" (400).
    # Without a length (chunked) the server ends the stream; one byte more than the limit tells it is over.
    data = _read(lambda: request.environ["wsgi.input"].read(limit + 1 if length is None else length))
    if len(data) > limit:
        raise PayloadTooLarge(f"request bodies are limited to {limit} bytes (--max-body)")
    if length is not None and len(data) < length:
        raise BadRequest(f"the body ended after {len(data)} of its {length} bytes (Content-Length)")
    return data


def _read(read) -> bytes:
    try:
        return read()
    except TimeoutError:
        raise RequestTimeout("the request body did not arrive in time (--read-timeout)") from None


def relative_redirect(response: Response) -> Response:
    """Routing redirects (``/dumps`` → ``/dumps/``), which werkzeug builds from the Host header, remade
    with a relative ``Location`` (path and query only) and a body that names no host."""
    exc = request.routing_exception
    if not isinstance(exc, RequestRedirect):
        return response
    parts = urlsplit(exc.new_url)
    return redirect(parts.path + (f"?{parts.query}" if parts.query else ""), exc.code)


def register(app: Flask) -> None:
    settings = app.config["KGQA_SETTINGS"]
    app.extensions["kgqa_heavy_slots"] = threading.BoundedSemaphore(settings.heavy_slots)
    app.extensions["kgqa_heavy_queue"] = threading.Semaphore(max(0, settings.threads - settings.heavy_slots - 1))
    app.wsgi_app = bound_header_lists(app.wsgi_app)
    app.after_request(relative_redirect)
