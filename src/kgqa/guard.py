"""Checks on a query's text before any engine sees it: read-only, no outbound requests, bounded nesting.

A small tokenizer (strings, long strings, comments and IRIs are single tokens) finds the keywords that
matter, so an update word inside a string or a comment is never a reason to refuse a query.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from urllib.parse import urljoin

from .errors import BadRequest, Forbidden

DEFAULT_MAX_DEPTH = 64
UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD",
                          "WITH", "USING"})
OPEN, CLOSE = frozenset("{(["), frozenset("})]")
SKIPPED = frozenset({"space", "comment"})
# Every pattern below matches wherever it starts, or fails at its first character: none scans ahead and
# then fails, so no position is scanned twice and tokenising is linear in the text's length. An
# unterminated string runs to the end of its line (of the text, for a long string): such a query is a
# syntax error to the engine anyway, and its rest is still tokenised.
COMMENT = r"\#[^\n\r]*"
STRING_FORMS = (r"'''(?:[^'\\]|\\.?|'(?!''))*(?:'''|\Z)", r'"""(?:[^"\\]|\\.?|"(?!""))*(?:"""|\Z)',
                r"'(?:[^'\\\n\r]|\\.?)*'?", r'"(?:[^"\\\n\r]|\\.?)*"?')
STRING = "|".join(STRING_FORMS)
IRI = r'<[^<>"{}|^`\\\x00-\x20]*>'  # fails only at a character an IRI cannot hold: linear over the text
LOCAL = re.compile(r"(?:[\w:%\-]|\\[^\s]|\.(?=[\w:%\-\\]))*")  # a prefixed name's local part
TOKEN = re.compile("|".join((
    r"(?P<space>\s+)", f"(?P<comment>{COMMENT})", f"(?P<string>{STRING})", f"(?P<iri>{IRI})",
    r"(?P<var>[?$][\w\u00B7\u0300-\u036F\u203F\u2040]+)",
    r"(?P<name>[^\W\d][\w.\-]*)", r"(?P<pname>:)", r"(?P<other>.)")), re.DOTALL)
WORDS = re.compile(r"(?P<word>[^\W\d][\w\-]*)|(?P<other>.)", re.DOTALL)


@dataclasses.dataclass(frozen=True)
class QueryInfo:
    """What the guard learned: the query's own dataset (FROM / FROM NAMED) and SERVICE targets."""
    from_graphs: tuple[str, ...] = ()
    from_named: tuple[str, ...] = ()
    services: tuple[str, ...] = ()


def tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) pairs, whitespace and comments dropped; time linear in the text's length.

    A run of name characters (``ex.a-b``) is read once: followed by ``:`` it is a prefix and the
    prefixed name goes on; otherwise it is split into words and dots."""
    found, pos = [], 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        kind, pos = m.lastgroup, m.end()
        if kind == "name" and text.startswith(":", pos):
            start, pos = m.start(), LOCAL.match(text, pos + 1).end()
            found.append(("pname", text[start:pos]))
        elif kind == "name":
            found.extend((w.lastgroup, w.group()) for w in WORDS.finditer(m.group()))
        elif kind == "pname":
            start, pos = m.start(), LOCAL.match(text, pos).end()
            found.append(("pname", text[start:pos]))
        elif kind not in SKIPPED:
            found.append((kind, m.group()))
    return found


def check_depth(text: str, max_depth: int = DEFAULT_MAX_DEPTH) -> None:
    """Refuse nesting of brackets deeper than ``max_depth`` (engines crash on deep recursion)."""
    _check_depth(tokens(text), max_depth)


def _check_depth(toks: list[tuple[str, str]], max_depth: int) -> None:
    depth = 0
    for kind, tok in toks:
        if kind == "other" and tok in OPEN:
            depth += 1
            if depth > max_depth:
                raise BadRequest(f"query nesting is deeper than {max_depth} levels")
        elif kind == "other" and tok in CLOSE:
            depth = max(depth - 1, 0)


def check(text: str, *, held_graphs: Iterable[str], service_allow: Iterable[str] = (),
          max_depth: int = DEFAULT_MAX_DEPTH) -> QueryInfo:
    """Refuse updates (403), SERVICE outside ``service_allow`` (403), FROM graphs we don't hold or
    ``file:`` IRIs (400) and deep nesting (400). Returns what the query names."""
    toks = tokens(text)
    _check_depth(toks, max_depth)
    words = [tok.upper() for kind, tok in toks if kind == "word"]
    update = next((w for w in words if w in UPDATE_WORDS), None)
    if update:
        raise Forbidden(f"this endpoint is read-only: SPARQL Update ({update}) is refused")
    info = _targets(toks)
    check_graphs(info.from_graphs + info.from_named, held_graphs, "FROM")
    check_services(info.services, service_allow)
    return info


def _targets(toks: list[tuple[str, str]]) -> QueryInfo:
    """FROM / FROM NAMED / SERVICE [SILENT] targets, with prefixed names and relative IRIs resolved."""
    prefixes, base = {}, ""
    found = {"from": [], "named": [], "service": []}
    for i, (kind, tok) in enumerate(toks):
        upper = tok.upper() if kind == "word" else ""
        if upper == "PREFIX" and i + 2 < len(toks):
            prefixes[toks[i + 1][1].rstrip(":").split(":")[0]] = _resolve(toks[i + 2], prefixes, base)
        elif upper == "BASE" and i + 1 < len(toks):
            base = _resolve(toks[i + 1], prefixes, base) or base
        elif upper in ("FROM", "SERVICE"):
            j = _skip(toks, i + 1, "NAMED" if upper == "FROM" else "SILENT")
            slot = "service" if upper == "SERVICE" else ("named" if j > i + 1 else "from")
            found[slot].append(_resolve(toks[j], prefixes, base) if j < len(toks) else None)
    return QueryInfo(*(tuple(t or "" for t in found[k]) for k in ("from", "named", "service")))


def _skip(toks: list[tuple[str, str]], j: int, word: str) -> int:
    return j + 1 if j < len(toks) and toks[j][0] == "word" and toks[j][1].upper() == word else j


def _resolve(tok: tuple[str, str], prefixes: dict, base: str) -> str | None:
    """The absolute IRI of an IRI or prefixed-name token; None for anything else (e.g. a variable)."""
    kind, text = tok
    if kind == "iri":
        return urljoin(base, text[1:-1]) if base else text[1:-1]
    if kind == "pname":
        prefix, _, local = text.partition(":")
        return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local) if prefixes.get(prefix) is not None else None
    return None


def check_graphs(graphs: Iterable[str], held: Iterable[str], where: str) -> None:
    """Every graph a request names must be one we hold: nothing is ever fetched."""
    held = set(held)
    for graph in graphs:
        if graph.lower().startswith("file:"):
            raise Forbidden(f"{where} <{graph}>: file: IRIs are refused; this endpoint reads no files")
        if graph not in held:
            raise BadRequest(f"{where} <{graph or '?'}>: this endpoint holds no such graph and fetches "
                             f"nothing; GET /sparql lists the graphs it holds")


def check_services(services: Iterable[str], allow: Iterable[str]) -> None:
    allow = tuple(allow)
    for iri in services:
        if not iri:
            raise Forbidden("SERVICE with a variable or unresolvable IRI is refused")
        if iri.lower().startswith("file:") or not any(iri.startswith(p) for p in allow):
            raise Forbidden(f"SERVICE <{iri}> is refused: this endpoint calls no remote service "
                            f"outside its allow list (--service-allow)")
