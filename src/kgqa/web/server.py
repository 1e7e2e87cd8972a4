"""Serving the app under gunicorn (threads per worker: pyoxigraph releases the GIL while querying).

:class:`Worker` is gunicorn's ``gthread`` worker with two limits applied before a request reaches the
app, each against one way a single client could take every thread:

- *per address*: a worker thread is held by at most ``--address-threads`` requests of one client
  address at once, whatever their User-Agents; the next gets 429 at once (gathering a request's bytes
  never blocks, so it is not counted);
- *slow clients*: a request's headers and body must arrive within ``--read-timeout`` of its first byte,
  and a client that takes none of its answer for ``--read-timeout`` is dropped
  (a client sending a byte every 2 s held a thread for as long as it liked); after it, 408 or closed.
  Until a request is all there (headers, and a body of up to ``--max-body``), its bytes are gathered
  without blocking and the connection waits in gthread's poller between them: a slow client holds no
  thread, from however many addresses it comes.

A deployment facing
the internet should still put a buffering reverse proxy in front (nginx: ``client_body_timeout``,
``client_header_timeout``, ``limit_conn``), which absorbs slow clients without a thread each; see
RELIABILITY.md.
"""
from __future__ import annotations

import gc
import json
import socket
import threading
import time

import re

from gunicorn.http.errors import NoMoreData
from gunicorn.workers.gthread import _DEFER, ThreadWorker

from ..config import Settings


def gunicorn_options(settings: Settings) -> dict:
    return {
        "bind": f"{settings.host}:{settings.port}",
        "workers": settings.workers,
        "threads": settings.threads,
        "worker_class": "kgqa.web.server.Worker",
        "preload_app": True,
        "timeout": int(settings.query_timeout) + 30,
        "graceful_timeout": 5,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "post_worker_init": start_query_processes,
        "limit_request_line": 8190,  # gunicorn's maximum: long GET queries (POST is limited by --max-body)
        # X-Forwarded-*, and SCRIPT_NAME (which prefixes every link of a page), only from configured proxies
        "forwarded_allow_ips": settings.forwarded_allow_ips,
    }


def start_query_processes(worker) -> None:
    """In each web worker, before its threads start: fork the query zygote (see kgqa.store.pool)."""
    endpoint = getattr(worker.wsgi, "extensions", {}).get("kgqa_sparql")
    if endpoint is not None:
        endpoint.executor.start()


class SlowClient(NoMoreData, TimeoutError):
    """The request did not arrive within ``--read-timeout``: gunicorn drops the connection quietly (as
    for a client that went away); the app, reading a body, answers 408."""


class DeadlineSocket:
    """A client socket whose reads share one deadline, set at the first read of each request."""

    def __init__(self, sock: socket.socket, seconds: float):
        self._sock, self.seconds, self.deadline = sock, seconds, None

    def next_request(self) -> None:
        self.deadline = None

    @property
    def expired(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline

    def recv(self, size: int, *flags) -> bytes:
        if self.deadline is None:
            self.deadline = time.monotonic() + self.seconds
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise SlowClient(b"")
        self._sock.settimeout(left)
        try:
            return self._sock.recv(size, *flags)
        except TimeoutError:
            raise SlowClient(b"") from None
        finally:
            self._sock.settimeout(None)

    def sendall(self, data, *flags) -> None:
        """Send, giving up when the client takes nothing for ``seconds`` (it stopped reading): a thread is
        held by a client that does not read its answer for at most that long, not forever."""
        view = memoryview(data).cast("B")
        self._sock.settimeout(self.seconds)
        try:
            while view:
                view = view[self._sock.send(view, *flags):]
        except TimeoutError:
            raise SlowClient(b"") from None
        finally:
            self._sock.settimeout(None)

    def __getattr__(self, name):
        return getattr(self._sock, name)


class Worker(ThreadWorker):
    """gthread with a per-address cap on threads held and a deadline on reading each request."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._held: dict[str, int] = {}
        self._held_lock = threading.Lock()

    def settings(self) -> Settings:
        return self.wsgi.config["KGQA_SETTINGS"]

    def handle(self, conn):
        settings = self.settings()
        if not isinstance(conn.sock, DeadlineSocket):
            conn.sock = DeadlineSocket(conn.sock, settings.read_timeout)
        waiting = self._gather(conn, settings)  # never blocks: not counted as a thread held
        if waiting is not None:
            return waiting
        address = conn.client[0] if isinstance(conn.client, tuple) else str(conn.client)
        if not self._hold(address, settings.address_threads):
            refuse(conn.sock, settings.address_threads)
            return False
        try:
            conn.sock.next_request()
            conn.kgqa_first = None
            kept = super().handle(conn)
            if conn.sock.expired and not kept:
                close_now(conn.sock)  # not lingering on the main thread for a client that sends slowly
            return kept
        finally:
            self._release(address)

    def _gather(self, conn, settings: Settings):
        """Read what the client has sent without blocking; None once the request is all there (or can
        only be finished by a blocking read), else _DEFER (wait in the poller) or False (too slow:
        closed)."""
        conn.init()  # the parser and its buffer (idempotent)
        buf, sock = conn.parser.unreader.buf, conn.sock._sock
        done = gather(sock, buf, settings.max_body + HEADROOM)
        data = buf.getvalue()
        if done or request_complete(data, settings.max_body):
            return None
        first = getattr(conn, "kgqa_first", None) or time.monotonic()
        conn.kgqa_first = first
        if time.monotonic() - first > settings.read_timeout:
            close_now(conn.sock)
            return False
        return _DEFER

    def _hold(self, address: str, limit: int) -> bool:
        with self._held_lock:
            if self._held.get(address, 0) >= limit:
                return False
            self._held[address] = self._held.get(address, 0) + 1
            return True

    def _release(self, address: str) -> None:
        with self._held_lock:
            self._held[address] -= 1
            if not self._held[address]:
                del self._held[address]


HEADROOM = 65536  # bytes gathered beyond --max-body (the headers)
CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:[ \t]*(\d+)", re.IGNORECASE)
CHUNKED = re.compile(rb"\r\ntransfer-encoding:[^\r\n]*chunked", re.IGNORECASE)
EXPECT = re.compile(rb"\r\nexpect:[ \t]*100-continue", re.IGNORECASE)  # the body comes after our 100


def gather(sock: socket.socket, buf, limit: int) -> bool:
    """Append to ``buf`` what ``sock`` holds now, up to ``limit`` bytes in all; True at the end of the
    stream (the client closed) or at the limit: then reading goes on the usual, blocking way."""
    buf.seek(0, 2)
    try:
        while buf.tell() < limit:
            data = sock.recv(min(65536, limit - buf.tell()), socket.MSG_DONTWAIT)
            if not data:
                return True
            buf.write(data)
    except (BlockingIOError, InterruptedError):
        return False
    except OSError:
        return True
    return True


def request_complete(data: bytes, max_body: int) -> bool:
    """Whether ``data`` holds a whole request: headers, and the body they announce (a body over
    ``max_body`` is refused by the app without being read, so its headers are enough)."""
    end = data.find(b"\r\n\r\n")
    if end < 0:
        return False
    head, body = data[:end + 2], len(data) - end - 4
    if EXPECT.search(head):
        return True
    if CHUNKED.search(head):  # (taken as whole too early at worst: then read the blocking way)
        return body > 0 and data.endswith(b"\r\n\r\n")
    length = CONTENT_LENGTH.search(head)
    return length is None or body >= int(length.group(1)) or int(length.group(1)) > max_body


def refuse(sock, limit: int) -> None:
    """429 written straight to the socket (the request is not read), then closed in this thread."""
    body = json.dumps({"error": "too_many_requests",
                       "message": f"this address already has {limit} requests in progress in this worker "
                                  f"(--address-threads); retry when one has finished"}).encode()
    head = (b"HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
            b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(body))
    try:
        sock.settimeout(1.0)
        sock.sendall(head + body)
        sock.shutdown(socket.SHUT_WR)
        sock.setblocking(False)
        for _ in range(16):  # what the client already sent, so that closing does not reset the answer
            if not sock.recv(65536):
                break
    except OSError:
        pass
    close_now(sock)


def close_now(sock) -> None:
    """Close without lingering: gunicorn's graceful close would wait on its main loop for the client."""
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


def serve(settings: Settings) -> None:
    from gunicorn.app.base import BaseApplication

    from . import WARM_UP, create_app

    class Application(BaseApplication):
        def load_config(self):
            for key, value in gunicorn_options(settings).items():
                self.cfg.set(key, value)

        def load(self):
            app = create_app(settings, warm_up=WARM_UP)
            gc.freeze()  # what the workers inherit is never collected: no full collection walks (and copies)
            return app   # the warmed-up indexes in each worker (≈ 0.5 s holding the GIL at 10^7)

    print(f"kgqa serving on http://{settings.host}:{settings.port}/ "
          f"({settings.backend} backend, {settings.workers} workers x {settings.threads} threads)", flush=True)
    Application().run()
