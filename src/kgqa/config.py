"""Settings, each declared once: name, default, type and help.

Values come from (in order of precedence) explicit overrides (CLI flags), ``KGQA_*`` environment
variables, then the defaults below. Nothing is read at import time.
"""
from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path
from typing import Any, Mapping

PROJECT_ROOT = Path(__file__).resolve().parents[2]  # the checkout: data/, the build, the tests


def _data_root() -> Path:
    """Where the served files are (``triples/``, ``ontology/``, ``queries/``): the checkout, or, for a
    non-editable install, the copies the wheel puts in ``<prefix>/share/kgqa`` (pyproject ``data-files``)."""
    if (PROJECT_ROOT / "triples").is_dir():
        return PROJECT_ROOT
    installed = Path(sys.prefix) / "share" / "kgqa"
    return installed if (installed / "triples").is_dir() else PROJECT_ROOT


DATA_ROOT = _data_root()


@dataclasses.dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    type: type = str
    multiple: bool = False
    bounds: tuple | None = None  # (lowest, highest) allowed, for numbers

    def check(self, value: Any) -> None:
        if self.bounds and not self.bounds[0] <= value <= self.bounds[1]:
            raise ValueError(f"{self.flag} must be from {self.bounds[0]} to {self.bounds[1]}, not {value}")

    @property
    def env(self) -> str:
        return "KGQA_" + self.name.upper()

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    def parse(self, raw: str) -> Any:
        if self.multiple:
            return tuple(p for p in (s.strip() for s in raw.split(",")) if p)
        if self.type is bool:
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        return self.type(raw)


SETTINGS: tuple[Setting, ...] = (
    Setting("host", "127.0.0.1", "address to listen on"),
    Setting("port", 8000, "port to listen on", int),
    Setting("backend", "embedded", "store backend: embedded (pyoxigraph) or sparql (remote endpoint)"),
    Setting("endpoint", "", "remote SPARQL endpoint URL (backend sparql)"),
    Setting("store", "", "path of an on-disk pyoxigraph store to serve read-only (default: load triples/ in memory)"),
    Setting("in_memory", False, "with --store: copy the store into memory before the workers fork (shared copy-on-write; "
            "the indexes saved with it are used)", bool),
    Setting("data_dir", str(DATA_ROOT / "triples"), "folder of triples (*.ttl, *.nt, *.nq) loaded by the embedded backend"),
    Setting("ontology", str(DATA_ROOT / "ontology" / "duikou.ttl"), "OWL ontology file loaded into graph/ontology"),
    Setting("query_timeout", 20.0, "seconds a SPARQL query may run before it is stopped (503)", float),
    Setting("renice_after", 0.5, "seconds after which a running query yields the CPU to others (reniced; 0: never)", float,
            bounds=(0, 1e9)),
    Setting("renice_to", 19, "nice value a long-running query process gets (1-19)", int,
            bounds=(1, 19)),
    Setting("cache_bytes", 33554432, "bytes of results and pages each web worker keeps for identical requests (0: no cache)",
            int, bounds=(0, 2**40)),
    Setting("cache_dir", str(PROJECT_ROOT / ".kgqa-cache"),
            "folder for answers too big for the memory cache and the charts' table, keyed by the data version, shared by the workers"),
    Setting("cache_disk_bytes", 1073741824, "bytes the disk cache (--cache-dir) may hold (0: no disk cache)", int,
            bounds=(0, 2**50)),
    Setting("chart_pairings", 3000, "pairings the map and network draw one by one; above, flows between regions with counts",
            int, bounds=(0, 10**9)),
    Setting("max_rows", 10000, "result rows returned at most; more are cut and flagged in X-SPARQL-MaxRows", int),
    Setting("max_bytes", 67108864, "bytes of a SPARQL answer returned at most; more are cut and flagged in X-SPARQL-MaxBytes", int,
            bounds=(1024, 2**40)),
    Setting("query_memory", 0, "bytes of memory a query process may take beyond what it starts with (RLIMIT_AS; "
            "503 over it); 0: sized for the machine, physical memory / (2 x workers x threads), at least 512 MiB", int,
            bounds=(0, 2**50)),
    Setting("max_body", 1048576, "request bodies over this many bytes get 413 (chunked ones too)", int),
    Setting("read_timeout", 10.0, "seconds a client may take to send a request's headers and body (408 or closed after)",
            float, bounds=(0.1, 3600)),
    Setting("service_allow", (), "SERVICE endpoint IRI prefix a query may call (repeatable; empty: SERVICE refused)", str, True),
    Setting("workers", 2, "WSGI worker processes", int),
    Setting("threads", 8, "threads per worker process", int),
    Setting("heavy_threads", 6, "threads of each worker that may run SPARQL queries and chart data at once (503 beyond); "
            "at most threads - 1, so cheap requests (/healthz, pages, lookups) always find one", int, bounds=(1, 1024)),
    Setting("coalesced_wait", 2.0, "seconds a request waits for an identical one's computation (single flight) before "
            "503 busy with Retry-After, so one slow computation cannot hold every thread its followers arrive on; "
            "0: wait as long as it takes", float, bounds=(0.0, 3600)),
    Setting("coalesced_waiters", 4, "requests of each worker that may wait past --coalesced-wait for an identical one's "
            "computation while it still runs (up to --query-timeout in all): a fresh server's first answers take "
            "seconds; the others get 503 busy at --coalesced-wait (0: none)", int, bounds=(0, 1024)),
    Setting("address_threads", 3, "threads of each worker that one client address may hold at once, "
            "whatever its User-Agents (429 beyond)", int, bounds=(1, 1024)),
    Setting("query_log", "", "file for the JSON-lines query log ('-' for stderr; empty: off)"),
    Setting("client_query_seconds", 60.0, "query time each client (IP + User-Agent) may use per minute (429 over it)", float),
    Setting("client_errors", 30, "failed queries each client may cause per minute (429 over it)", int),
    Setting("address_query_seconds", 120.0, "query time all clients of one address (any User-Agent) may use per minute, "
            "requests in flight included (429 over it)", float),
    Setting("address_errors", 60, "failed queries all clients of one address may cause per minute (429 over it)", int),
    Setting("public_url", "", "the service's public base URL for absolute links (VoID, service description); "
            "empty: http://HOST:PORT. The Host header is never used"),
    Setting("forwarded_allow_ips", "", "addresses of proxies whose X-Forwarded-* and SCRIPT_NAME headers are trusted "
            "(comma-separated; empty: none, '*': any)"),
)
BY_NAME = {s.name: s for s in SETTINGS}


@dataclasses.dataclass(frozen=True)
class Settings:
    host: str
    port: int
    backend: str
    endpoint: str
    store: str
    in_memory: bool
    data_dir: str
    ontology: str
    query_timeout: float
    renice_after: float
    renice_to: int
    cache_bytes: int
    cache_dir: str
    cache_disk_bytes: int
    chart_pairings: int
    max_rows: int
    max_bytes: int
    query_memory: int
    max_body: int
    read_timeout: float
    service_allow: tuple
    workers: int
    threads: int
    heavy_threads: int
    coalesced_wait: float
    coalesced_waiters: int
    address_threads: int
    query_log: str
    client_query_seconds: float
    client_errors: int
    address_query_seconds: float
    address_errors: int
    public_url: str
    forwarded_allow_ips: str

    @property
    def base_url(self) -> str:
        """Where the service is reached, for absolute links: ``--public-url``, else the address it binds."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return (self.public_url or f"http://{host}:{self.port}").rstrip("/")

    @property
    def heavy_slots(self) -> int:
        """Threads per worker for heavy work: ``--heavy-threads``, leaving at least one thread free."""
        return max(1, min(self.heavy_threads, self.threads - 1))

    @property
    def query_memory_bytes(self) -> int:
        """``--query-memory``, or (0) physical memory / (2 x workers x threads), at least 512 MiB."""
        if self.query_memory:
            return self.query_memory
        try:
            physical = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError):
            physical = 8 * 2**30
        return max(512 * 2**20, physical // (2 * max(self.workers, 1) * max(self.threads, 1)))

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)


def load_settings(overrides: Mapping[str, Any] | None = None,
                  environ: Mapping[str, str] | None = None) -> Settings:
    """Defaults, then ``KGQA_*`` variables, then non-None overrides."""
    environ = os.environ if environ is None else environ
    values = {}
    for s in SETTINGS:
        value = s.default
        if s.env in environ:
            try:
                value = s.parse(environ[s.env])
            except ValueError as exc:
                raise ValueError(f"{s.env}: {exc}") from None
        values[s.name] = value
    for name, value in (overrides or {}).items():
        if value is None or (BY_NAME[name].multiple and value == ()):
            continue
        values[name] = tuple(value) if BY_NAME[name].multiple else value
    for s in SETTINGS:
        s.check(values[s.name])
    return Settings(**values)
