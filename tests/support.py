"""Helpers shared by tests: a throwaway HTTP server on a loopback port, always stopped."""
from __future__ import annotations

import contextlib
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator


@contextlib.contextmanager
def _serving(server, port: int) -> Iterator[str]:
    """Run ``server.serve_forever`` in a thread; yield ``http://127.0.0.1:PORT``; always shut it down."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def loopback_http(handler: type[BaseHTTPRequestHandler]):
    """Serve ``handler`` on 127.0.0.1 (a free port) in a thread; yields the base URL ``http://127.0.0.1:P``."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    return _serving(server, server.server_address[1])


def loopback_app(app):
    """Serve the WSGI ``app`` on 127.0.0.1 (a free port, werkzeug, threaded); yields ``http://127.0.0.1:P``."""
    import logging

    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    return _serving(server, server.server_port)


class LoopbackListener:
    """A raw TCP listener on 127.0.0.1 (a free port) whose subclasses decide what each accepted
    connection gets (``on_connection``); ``close()`` stops it and closes what ``on_close`` holds."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port, self.running = self.sock.getsockname()[1], True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.on_connection(conn)

    def on_connection(self, conn: socket.socket) -> None:
        conn.close()

    def on_close(self) -> None:
        """Release what the subclass holds (called once the accept loop has stopped)."""

    def close(self):
        self.running = False
        self.thread.join(timeout=2)
        self.on_close()
        self.sock.close()


class Spy:
    """A store that records the text of every query it is asked (tests that count or inspect the queries run)."""

    def __init__(self, store):
        self.inner, self.texts = store, []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def query(self, text, **kwargs):
        self.texts.append(text)
        return self.inner.query(text, **kwargs)
