"""The embedded backend: pyoxigraph, in memory (loaded from triples/) or an on-disk store read-only."""
from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from ..config import Settings
from ..errors import KgqaError
from ..namespaces import GRAPH
from .binding import bind, written_in

FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
           ".trig": ox.RdfFormat.TRIG, ".owl": ox.RdfFormat.RDF_XML, ".rdf": ox.RdfFormat.RDF_XML}


def graph_for(path: Path) -> ox.NamedNode:
    """triples/NAME.ttl → graph/NAME; the ontology file → graph/ontology."""
    name = "ontology" if path.parent.name == "ontology" else path.stem
    return ox.NamedNode(str(GRAPH[name]))


def data_files(data_dir: Path, ontology: Path | None) -> list[Path]:
    files = sorted(p for p in data_dir.iterdir() if p.suffix in FORMATS) if data_dir.is_dir() else []
    if ontology is not None and ontology.exists():
        files.append(ontology)
    return files


def load_files(store: ox.Store, files: Iterable[Path]) -> None:
    for path in files:
        fmt = FORMATS[path.suffix]
        to_graph = None if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG) else graph_for(path)
        store.bulk_load(path=str(path), format=fmt, to_graph=to_graph)


def digest(files: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for path in files:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def store_version(path: Path) -> str:
    """A store made elsewhere (pyoxigraph's bulk loader): its version from its files' names and sizes,
    which change whenever RocksDB writes (SST files are never rewritten in place; its LOG files change on
    every open, so they are left out, as are our own ``KGQA_*`` files, such as the saved gazetteer)."""
    h = hashlib.sha256()
    for f in sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(("LOG", "KGQA_"))):
        h.update(f"{f.name}:{f.stat().st_size};".encode())
    return "store:" + h.hexdigest()[:16]


DUMP = ("import sys, pyoxigraph as ox; "
        "ox.Store.read_only(sys.argv[1]).dump(sys.stdout.buffer, format=ox.RdfFormat.N_QUADS)")


def dataset_kwargs(default_graphs, named_graphs) -> dict:
    if default_graphs is None and named_graphs is None:
        return {"use_default_graph_as_union": True}
    kwargs = {"default_graph": [ox.NamedNode(g) for g in default_graphs or ()] or ox.DefaultGraph()}
    kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs or ()]
    return kwargs


class EmbeddedStore:
    name = "embedded"

    def __init__(self, store: ox.Store | None, version: str, *, path: str | None = None, home: str | None = None):
        self._store, self._pid = store, os.getpid()
        self._version = version
        self.path = path  # an on-disk store read in place; None for a store in memory
        self.home = home or path  # the store's directory, where the indexes saved with it are
        self._lock = threading.Lock()

    @property
    def store(self) -> ox.Store:
        """The pyoxigraph store. An on-disk one is opened on first use in each process, never inherited:
        RocksDB does not survive fork (a process forked after it started crashes when it exits), so the
        gunicorn master never opens it and every worker and query process opens its own (≈ 0.1 s)."""
        if self.path is not None and (self._store is None or self._pid != os.getpid()):
            with self._lock:
                if self._store is None or self._pid != os.getpid():
                    self._store, self._pid = ox.Store.read_only(self.path), os.getpid()
        return self._store

    @classmethod
    def from_settings(cls, settings: Settings) -> EmbeddedStore:
        if settings.store and settings.in_memory:
            return cls.copy_into_memory(settings.store)
        if settings.store:
            return cls.open_read_only(settings.store)
        ontology = Path(settings.ontology) if settings.ontology else None
        return cls.from_files(data_files(Path(settings.data_dir), ontology))

    @classmethod
    def from_files(cls, files: list[Path]) -> EmbeddedStore:
        store = ox.Store()
        load_files(store, files)
        return cls(store, digest(files))

    @classmethod
    def open_read_only(cls, path: str, store: ox.Store | None = None) -> EmbeddedStore:
        """``store``: that store already opened read-only in this process (the benchmark's)."""
        if not (Path(path) / "CURRENT").is_file():  # RocksDB's marker; the store itself opens lazily
            raise KgqaError(f"no pyoxigraph store at {path}")
        version_file = Path(path) / "KGQA_VERSION"
        version = version_file.read_text().strip() if version_file.exists() else store_version(Path(path))
        return cls(store, version, path=str(path))

    @classmethod
    def copy_into_memory(cls, path: str) -> EmbeddedStore:
        """The on-disk store at ``path`` copied into memory, with its data version and its directory (the
        gazetteer and lookup index saved there are used). The quads are read by a child process and
        streamed here as N-Quads: RocksDB never runs in this process, which forks the web workers."""
        import subprocess
        import sys

        version = cls.open_read_only(path).data_version
        store = ox.Store()
        child = subprocess.Popen([sys.executable, "-c", DUMP, str(path)], stdout=subprocess.PIPE)
        try:
            store.bulk_load(input=child.stdout, format=ox.RdfFormat.N_QUADS)
        finally:
            child.stdout.close()
            code = child.wait()
        if code != 0:
            raise KgqaError(f"could not read the store at {path} (exit status {code})")
        return cls(store, version, home=str(path))

    @property
    def data_version(self) -> str:
        return self._version

    def query(self, sparql: str, *, substitutions: dict | None = None,
              default_graphs: Iterable[str] | None = None, named_graphs: Iterable[str] | None = None,
              timeout: float | None = None, base_iri: str | None = None):
        """Without a dataset the default graph is the union of all graphs; a dataset given here (the
        protocol's, or the query's FROM passed on by the caller) replaces it. ``timeout`` is not
        enforced here: pyoxigraph cannot cancel a query (see :mod:`kgqa.store.pool`)."""
        kwargs = dataset_kwargs(default_graphs, named_graphs)
        if base_iri:
            kwargs["base_iri"] = base_iri
        if substitutions:  # IRIs and numbers as VALUES blocks the planner sees (store.binding); strings as substitutions
            sparql = bind(sparql, {k: v for k, v in substitutions.items() if written_in(v)})
            if kept := {ox.Variable(k) if isinstance(k, str) else k: v for k, v in substitutions.items() if not written_in(v)}:
                kwargs["substitutions"] = kept
        return self.store.query(sparql, **kwargs)

    def triple_count(self) -> int:
        return len(self.store)

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs())
