"""Stores behind one small interface, chosen by name: ``embedded`` (pyoxigraph) or ``sparql`` (remote).

Both return pyoxigraph result objects (``QuerySolutions``, ``QueryBoolean``, ``QueryTriples``), so the
layers above never care which backend answered.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from ..config import Settings
from ..errors import KgqaError

BACKENDS = {
    "embedded": "kgqa.store.embedded:EmbeddedStore",
    "sparql": "kgqa.store.remote:RemoteStore",
}


class Store(Protocol):
    name: str

    def query(self, sparql: str, *, substitutions: dict | None = None,
              default_graphs: Iterable[str] | None = None, named_graphs: Iterable[str] | None = None,
              timeout: float | None = None, base_iri: str | None = None): ...

    def triple_count(self) -> int: ...

    def graph_names(self) -> list[str]: ...

    @property
    def data_version(self) -> str: ...


def open_store(settings: Settings) -> Store:
    """The store the settings name (imported lazily: the remote backend needs SPARQLWrapper)."""
    import importlib

    target = BACKENDS.get(settings.backend)
    if target is None:
        raise KgqaError(f"unknown backend {settings.backend!r}; choose one of {sorted(BACKENDS)}")
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls).from_settings(settings)
