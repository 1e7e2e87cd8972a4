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
    Setting("max_body", 1048576, "request bodies over this many bytes get 413", int),
    Setting("service_allow", (), "SERVICE endpoint IRI prefix a query may call (repeatable; empty: SERVICE refused)", str, True),
    Setting("workers", 2, "WSGI worker processes", int),
    Setting("threads", 8, "threads per worker process", int),
    Setting("query_log", "", "file for the JSON-lines query log ('-' for stderr; empty: off)"),
    Setting("client_query_seconds", 60.0, "query time each client (IP + User-Agent) may use per minute (429 over it)", float),
    Setting("client_errors", 30, "failed queries each client may cause per minute (429 over it)", int),
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
    max_body: int
    service_allow: tuple
    workers: int
    threads: int
    query_log: str
    client_query_seconds: float
    client_errors: int

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
