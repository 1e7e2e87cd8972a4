"""Queries run in worker processes that are killed at the deadline: pyoxigraph cannot cancel a query.

Each web worker process owns one :class:`ProcessExecutor`. It forks a *zygote* once, while it is still
single-threaded (gunicorn's ``post_worker_init``, or on first use); the zygote holds the store and forks a
query process on request, handing its socket back over a UNIX socket (``SCM_RIGHTS``). Query processes
are reused; one that overruns the deadline is killed (SIGKILL) and replaced by a fresh fork. Forking
from the zygote, never from the threaded web worker, keeps the children free of locks held by threads.

A query still running after ``renice_after`` seconds is reniced (``renice_to``, 19 by default): short
queries, pages and questions, which run at the web worker's priority, get the CPUs first. An unprivileged
process cannot raise its priority again, so a reniced query process never runs a query not known to be
long: it is kept idle apart, for a query whose key (the caller's, e.g. the request) was reniced before,
and is replaced by a fresh fork when a process is needed for any other query, or when it has written more
than a query's memory allowance (long scans of a store in memory copy its pages). Priorities never leak to a
short query, and a query that is always long does not fork a process each time it runs: a fresh fork of a
store held in memory copies the pages it writes on its first queries (≈ 300 MB and +0.4–0.6 s of CPU on
the first pass of the benchmark's mix at 10^6), and an on-disk store is opened again with a cold cache.
"""
from __future__ import annotations

import logging
import os
import resource
import signal
import socket
import stat
import struct
import threading
import time
from collections import OrderedDict
from multiprocessing.connection import Connection

from ..errors import AnswerTooLarge, KgqaError, QueryMemory, QueryTimeout

log = logging.getLogger("kgqa.pool")
SLOW_KEYS = 1024  # keys of reniced queries remembered per web worker (the oldest forgotten first)
RESET_SIGNALS = ("SIGTERM", "SIGINT", "SIGQUIT", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGWINCH", "SIGTTIN", "SIGTTOU")


class InlineExecutor:
    """Runs in the calling thread: for the remote backend, whose HTTP client enforces the timeout."""

    def __init__(self, store):
        self.store = store

    def start(self) -> None:
        pass

    def run(self, fn, arg, timeout: float, key=None):
        return fn(self.store, arg)


class QueryProcess:
    """One query process: a connection to it and its pid (to kill it)."""

    def __init__(self, pid: int, conn: Connection):
        self.pid, self.conn = pid, conn
        self.reniced = False

    def send(self, fn, arg) -> None:
        """Raises OSError if the process is gone (then the query has not started: retry elsewhere)."""
        self.conn.send((fn, arg))

    def wait(self, deadline: float, renice_at: float | None = None, renice_to: int = 19):
        """The reply, or QueryTimeout at ``deadline``; at ``renice_at`` (if given) the process is reniced."""
        waiting_past = renice_at is not None and renice_at < deadline
        if waiting_past and not self.conn.poll(max(renice_at - time.monotonic(), 0)):
            self.renice(renice_to)
        if not self.conn.poll(max(deadline - time.monotonic(), 0)):
            raise QueryTimeout("the query ran out of time (--query-timeout) and was stopped")
        try:
            reply = self.conn.recv()
        except EOFError:  # what kills a query process on its own: its memory limit (Rust aborts on it)
            log.warning("query process %s ended without answering (memory limit?)", self.pid)
            raise QueryMemory("the query stopped without answering: it most likely needed more memory "
                              "than a query may use (--query-memory)") from None
        return unpack(reply)

    def renice(self, niceness: int) -> None:
        if os.path.exists(f"/proc/self/task/{self.pid}"):  # its pid reused by a thread of ours: never renice that
            return
        try:
            os.setpriority(os.PRIO_PROCESS, self.pid, niceness)
            self.reniced = True
        except OSError:  # gone already (its reply or EOF is waiting), or not allowed: nothing to do
            pass

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.conn.close()


def written_bytes(pid: int) -> int | None:
    """The memory a process has written of its own (``Private_Dirty``: pages copied on write after the fork
    and its own allocations), or None where /proc cannot tell (not Linux, the process gone)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Private_Dirty:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def within(written: int | None, allowance: int) -> bool:
    """Whether a reniced process that has written ``written`` bytes may be kept (no allowance: always)."""
    return allowance <= 0 or (written is not None and written <= allowance)


def unpack(reply):
    status, *rest = reply
    if status == "ok":
        return rest[0]
    if status == "error":
        cls, message, detail = rest
        raise cls(message, detail=detail)
    raise KgqaError(f"query process failed: {rest[0]}")


class ProcessExecutor:
    """Up to ``size`` query processes per web worker; each query gets one for itself until it answers.
    A query running longer than ``renice_after`` seconds (0: never) is reniced to ``renice_to``."""

    def __init__(self, store, size: int, renice_after: float = 0.0, renice_to: int = 19, memory: int = 0):
        self.store, self.size = store, max(size, 1)
        self.renice_after, self.renice_to = renice_after, renice_to
        self.memory = memory  # bytes each query process may map beyond its start (RLIMIT_AS); 0: no limit
        self._reset()

    def _reset(self) -> None:
        self._pid = os.getpid()
        self._idle: list[QueryProcess] = []  # at the web worker's priority
        self._low: list[QueryProcess] = []   # reniced: only for queries known to be long
        self._slow: OrderedDict = OrderedDict()  # keys of queries that were reniced
        self._count = 0
        self._cond = threading.Condition()
        self._zlock = threading.Lock()
        self._zygote: socket.socket | None = None

    def start(self) -> None:
        """Fork the zygote and the query processes now (call while the process is single-threaded)."""
        if self._pid != os.getpid():
            self._reset()
        with self._zlock:
            self._ensure_zygote()
        while self._count < self.size:
            with self._cond:
                self._count += 1
            self._checkin(self._spawn())

    def run(self, fn, arg, timeout: float, key=None):
        """``fn(store, arg)`` in a query process; QueryTimeout (503) if it overruns ``timeout`` seconds.
        ``key`` (hashable) names the query: one reniced before goes to an idle reniced process if any."""
        if self._pid != os.getpid():
            self._reset()
        deadline = time.monotonic() + timeout
        proc = self._start_query(fn, arg, deadline, key)
        # from the moment it runs: a query that queued for a free process is not long for that
        renice_at = time.monotonic() + self.renice_after if self.renice_after > 0 else None
        try:
            result = proc.wait(deadline, renice_at, self.renice_to)
        except KgqaError as exc:
            healthy = not isinstance(exc, (QueryTimeout, QueryMemory)) and type(exc) is not KgqaError
            self._checkin(proc) if healthy else self._discard(proc)
            raise
        except (OSError, EOFError):
            self._discard(proc)
            raise KgqaError("the query process failed") from None
        if proc.reniced and key is not None:
            self._remember_slow(key)
        self._checkin(proc)
        return result

    def _remember_slow(self, key) -> None:
        with self._cond:
            self._slow[key] = True
            self._slow.move_to_end(key)
            if len(self._slow) > SLOW_KEYS:
                self._slow.popitem(last=False)

    def _start_query(self, fn, arg, deadline: float, key=None) -> QueryProcess:
        """Hand the query to an idle process; one that died while idle is replaced (once)."""
        for attempt in (1, 2):
            proc = self._checkout(deadline, key)
            try:
                proc.send(fn, arg)
                return proc
            except OSError:
                self._discard(proc)
                log.warning("query process %s was gone before its query; using another", proc.pid)
        raise KgqaError("could not hand the query to a query process")

    def _checkout(self, deadline: float, key=None) -> QueryProcess:
        """An idle process: a reniced one for a query known to be long, else one at full priority, else a
        fresh fork (in place of an idle reniced one when the pool is full)."""
        with self._cond:
            while not self._idle and not self._low and self._count >= self.size:
                if not self._cond.wait(deadline - time.monotonic()):
                    raise QueryTimeout("every query process stayed busy until the deadline")
            if self._low and key is not None and key in self._slow:
                return self._low.pop()
            if self._idle:
                return self._idle.pop()
            if self._count >= self.size:  # only reniced processes are idle: one makes room for a fresh fork
                self._low.pop(0).kill()
            else:
                self._count += 1
        try:
            return self._spawn()
        except BaseException:
            self._release()
            raise

    def _checkin(self, proc: QueryProcess) -> None:
        """Back to the pool. A reniced one cannot get its priority back: it is kept for queries known to be
        long while the memory it has written (copies of the store's pages, what its queries kept) stays
        under a query's allowance (``memory``); else replaced, so that long scans do not pile up copies."""
        if proc.reniced and not within(written_bytes(proc.pid), self.memory):
            self._discard(proc)
            return
        with self._cond:
            (self._low if proc.reniced else self._idle).append(proc)
            self._cond.notify()

    def _discard(self, proc: QueryProcess) -> None:
        proc.kill()
        self._release()

    def _release(self) -> None:
        with self._cond:
            self._count -= 1
            self._cond.notify()

    def _spawn(self) -> QueryProcess:
        with self._zlock:
            for attempt in (1, 2):
                self._ensure_zygote()
                try:
                    return request_child(self._zygote)
                except (OSError, EOFError):
                    log.warning("query zygote gone; forking a new one")
                    self._zygote.close()
                    self._zygote = None
            raise KgqaError("could not start a query process")

    def _ensure_zygote(self) -> None:
        if self._zygote is None:
            self._zygote = fork_zygote(self.store, self.memory)


def request_child(zygote: socket.socket) -> QueryProcess:
    zygote.sendall(b"s")
    data, fds, _, _ = socket.recv_fds(zygote, 8, 1)
    if not fds:
        raise EOFError("zygote closed")
    return QueryProcess(struct.unpack("q", data)[0], Connection(fds[0]))


def fork_zygote(store, memory: int = 0) -> socket.socket:
    ours, theirs = socket.socketpair()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the zygote
        ours.close()
        code = 1
        try:
            zygote_main(theirs, store, memory)
            code = 0
        finally:
            os._exit(code)
    theirs.close()
    return ours


def zygote_main(control: socket.socket, store, memory: int = 0) -> None:  # pragma: no cover - in the zygote
    close_inherited(keep=control.fileno())
    for name in RESET_SIGNALS:
        signal.signal(getattr(signal, name), signal.SIG_DFL)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped automatically
    while control.recv(1):
        parent_end, child_end = socket.socketpair()
        pid = os.fork()
        if pid == 0:
            control.close()
            parent_end.close()
            limit_memory(memory)
            child_main(child_end, store)
        child_end.close()
        socket.send_fds(control, [struct.pack("q", pid)], [parent_end.fileno()])
        parent_end.close()


def close_inherited(keep: int) -> None:
    """Close the sockets and pipes inherited from the web worker (its listener, client connections, a
    test driver's pipes): a copy held here would keep them open after the worker closes them. Regular
    files stay open: an on-disk store reads through them. Linux only (/proc); elsewhere a no-op."""
    try:
        fds = [int(fd) for fd in os.listdir("/proc/self/fd")]
    except OSError:
        return
    for fd in fds:
        if fd > 2 and fd != keep and _is_channel(fd):
            os.close(fd)


def _is_channel(fd: int) -> bool:
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        return False
    return stat.S_ISSOCK(mode) or stat.S_ISFIFO(mode)


def child_main(sock: socket.socket, store) -> None:  # pragma: no cover - runs in a query process
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    die_with_parent()
    conn = Connection(sock.detach())
    while True:
        try:
            fn, arg = conn.recv()
        except (EOFError, OSError):
            os._exit(0)
        reply = serve_one(store, fn, arg)
        conn.send(reply)
        if reply[0] == "bug":
            os._exit(1)  # after an engine panic its state is unknown: the web worker forks a fresh one


def limit_memory(extra: int) -> None:
    """RLIMIT_AS of this process: what it maps now (the store it inherits) + ``extra`` bytes. Past it an
    allocation fails: Python raises MemoryError, the engine (Rust) aborts the process."""
    if extra <= 0:
        return
    try:
        with open("/proc/self/statm") as statm:
            mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (mapped + extra, mapped + extra))
    except (OSError, ValueError) as exc:  # not Linux, or not allowed: the query timeout still applies
        log.warning("query memory limit not set: %s", exc)


def serve_one(store, fn, arg) -> tuple:
    try:
        return ("ok", fn(store, arg))
    except KgqaError as exc:
        return ("error", type(exc), exc.message, exc.detail)
    except MemoryError:
        return ("error", AnswerTooLarge, "the query needed more memory than a query may use (--query-memory)", {})
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # our or the engine's bug (a pyo3 panic is a BaseException): the web
        log.exception("query process failed")  # worker answers 500 with a request id
        return ("bug", type(exc).__name__)


def die_with_parent() -> None:
    """Linux: SIGKILL this process when the zygote exits, so no query outlives its web worker."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
