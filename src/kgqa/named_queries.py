"""Named queries: ``queries/*.rq`` with a ``# title: zh | en`` and ``# description:`` header — the
gallery of the SPARQL editor and the queries behind the map, network and timeline views.

Values are bound with ``substitutions=`` (a VALUES block on the remote backend), never formatted into
the query text.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .config import DATA_ROOT

FOLDER = DATA_ROOT / "queries"
HEADER = re.compile(r"^#\s*(title|description):\s*(.*?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    text: str

    @property
    def titles(self) -> tuple[str, str]:
        """(zh, en) from ``# title: zh | en``; one title serves both."""
        zh, _, en = self.title.partition("|")
        return zh.strip(), en.strip() or zh.strip()


def parse(name: str, text: str) -> NamedQuery:
    head = dict(HEADER.findall(text))
    return NamedQuery(name, head.get("title", ""), head.get("description", ""), text)


@functools.cache
def load(name: str, folder: Path = FOLDER) -> NamedQuery:
    """``queries/{name}.rq`` with its header."""
    return parse(name, (folder / f"{name}.rq").read_text(encoding="utf-8"))


def gallery(folder: Path = FOLDER) -> list[dict]:
    """Every titled query in ``folder``, for the editor's gallery."""
    found = []
    for path in sorted(folder.glob("*.rq")) if folder.is_dir() else ():
        q = parse(path.stem, path.read_text(encoding="utf-8"))
        if q.title:
            zh, en = q.titles
            found.append({"name": q.name, "title_zh": zh, "title_en": en, "description": q.description,
                          "query": q.text})
    return found


def shown(name: str, bindings: dict[str, str] | None = None) -> str:
    """The query as run, for people: the bound values as the VALUES block the remote backend sends."""
    return shown_text(load(name).text, bindings)


def shown_text(text: str, bindings: dict[str, str] | None = None) -> str:
    """:func:`shown` for a query text."""
    from .store.remote import bind

    return bind(text, _terms(bindings))


def run(store, name: str, bindings: dict[str, str] | None = None) -> list[dict]:
    """Rows of a named SELECT as dicts of Python values (IRIs and strings as str, numbers as numbers)."""
    result = store.query(load(name).text, substitutions=_terms(bindings))
    names = [v.value for v in result.variables]
    return [{n: _value(t) for n, t in zip(names, row) if t is not None} for row in result]


def terms(bindings: dict[str, str] | None) -> dict | None:
    """IRIs to bind (``substitutions=``), or None when nothing is bound."""
    return _terms(bindings)


def _terms(bindings: dict[str, str] | None) -> dict | None:
    return {k: ox.NamedNode(v) for k, v in bindings.items() if v} or None if bindings else None


def _value(term):
    if isinstance(term, ox.Literal):
        kind = term.datatype.value.rpartition("#")[2]
        if kind in ("integer", "int", "long", "short", "nonNegativeInteger"):
            return int(term.value)
        if kind in ("decimal", "double", "float"):
            return float(term.value)
    return term.value
