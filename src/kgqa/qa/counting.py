"""Counts answered by the engine: a list query's items counted with COUNT, never fetched and counted here.

:func:`count_query` wraps the list query a template or the composer wrote (the same fragments, the same
variables; values still come as ``substitutions=``, so the bound ones stay projected at every level) in one
query that returns one row:

    ?total            how many distinct items (or values, or sides of the listed pairings: ``counted``)
    ?factsCounted     how many distinct facts back them, ?unverifiedFacts how many of those are unverified

and :func:`sample_query` reads SAMPLE of those facts, the engine's first (an ORDER BY would cost 20 ms at 10^6
triples on disk): the sources shown beside the count are read from them, in code-point order
(:meth:`kgqa.qa.render.SourceIndex.for_facts`), the same as from all the facts when there are at most SAMPLE.

What the pipeline otherwise does to a list's rows in Python is done in the query too: pairings that have
ended are left out for 现在还… (``current``), and a place whose province or city is also counted is left out
(``prune_parts``, as :func:`kgqa.qa.answers.without_parts`). Those places are best found first (``pruned``: the list's
distinct items, :func:`items_query`, whose province or city is among them, left out by a ``FILTER``): the list read
again inside a ``MINUS`` is a second evaluation, and its join with every part of each listed province is slow at scale
(对口支援新疆的有多少个省市: 1.4 s for its count at 10^6 against 0.14 s without the prune).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

DK = "https://w3id.org/duikou/ontology#"
SAMPLE = 100  # facts read for the sources shown beside a count (30 at most are shown)
ITEMS = "BIND(?item AS ?counted)"
VALUES = "BIND(?value AS ?counted)"
OWN = ("counted", "doubted", "above", "ended", "total", "factsCounted", "unverifiedFacts")  # no list query may use them
LIMIT = re.compile(r"\bLIMIT\s+(\d+)\s*$")
PROJECTED = re.compile(r"SELECT\b([^{]*?)\bWHERE")


def sides(side: str, actor_bound: bool) -> str:
    """The supporters (or recipients) of the listed pairings; with the named actor bound (?x), its partners."""
    if actor_bound:
        return f"?item <{DK}supporter>|<{DK}recipient> ?counted . FILTER(?counted != ?x)"
    return f"?item <{DK}{side}> ?counted ."


def count_query(list_query: str, bound: Iterable[str], *, counted: str = ITEMS, current: bool = False,
                prune_parts: bool = False, pruned: Iterable[str] | None = None) -> str:
    """The COUNT of ``list_query``'s items (see the module's docstring); ``bound`` names its substituted variables."""
    names = "".join(f" ?{n}" for n in sorted(bound))
    kept = _kept(list_query, names, counted, current, prune_parts, pruned)
    doubted = f"      OPTIONAL {{ ?fact <{DK}verificationStatus> <{DK}Unverified> BIND(?fact AS ?doubted) }}\n"
    return (f"SELECT ?total ?factsCounted ?unverifiedFacts{names} WHERE {{\n"
            f"  {{ SELECT (COUNT(DISTINCT ?counted) AS ?total) (COUNT(DISTINCT ?fact) AS ?factsCounted) "
            f"(COUNT(DISTINCT ?doubted) AS ?unverifiedFacts){names} WHERE {{\n      {kept}\n"
            f"{doubted if projects_fact(list_query) else ''}    }}{' GROUP BY' + names if names else ''} }}\n}}")


def sample_query(list_query: str, bound: Iterable[str], *, counted: str = ITEMS, current: bool = False,
                 prune_parts: bool = False, pruned: Iterable[str] | None = None) -> str | None:
    """SAMPLE facts of the counted items (None when the list has no ?fact): a query of its own, cut by its own
    LIMIT (inside the COUNT's query the LIMIT would be a subquery's, applied before a remote engine's VALUES
    block joins the bound values: the first facts of every actor, not of this one)."""
    if not projects_fact(list_query):
        return None
    names = "".join(f" ?{n}" for n in sorted(bound))
    kept = _kept(list_query, names, counted, current, prune_parts, pruned)
    return f"SELECT DISTINCT ?fact{names} WHERE {{\n      {kept} }}\nLIMIT {SAMPLE}"


def items_query(list_query: str, bound: Iterable[str]) -> str:
    """The distinct items of ``list_query`` (those whose province or city is among them are ``pruned``)."""
    names = "".join(f" ?{n}" for n in sorted(bound))
    return f"SELECT DISTINCT ?item{names} WHERE {{\n      {{ {list_query.strip()} }} }}"


def _kept(list_query: str, names: str, counted: str, current: bool, prune_parts: bool,
          pruned: Iterable[str] | None = None) -> str:
    """The list's rows as the pipeline keeps them, with ?counted bound; ``pruned``: the items a prune leaves out,
    found beforehand (IRIs read from the store, serialised by pyoxigraph), else the prune reads the list again."""
    listed = f"{{ {list_query.strip()} }}"
    steps = [listed]
    if prune_parts and pruned is not None:
        if pruned := sorted(pruned):
            steps.append(f"FILTER(?item NOT IN ({', '.join(pruned)}))")
    elif prune_parts:
        steps.append(f"MINUS {{ {{ SELECT (?item AS ?above){names} WHERE {{ {listed} }} }} ?item <{DK}partOf> ?above }}")
    if current:
        steps.append(f'FILTER(!BOUND(?fact) || !CONTAINS(STR(?fact), "/pairing/") || NOT EXISTS {{ ?fact <{DK}endYear> ?ended }})')
    steps.append(counted)
    return "\n      ".join(steps)


def first_rows(query: str, n: int) -> str:
    """``query`` giving at most its first ``n`` rows (its own LIMIT when that is lower)."""
    found = LIMIT.search(query)
    if found:
        return query[:found.start()] + f"LIMIT {min(n, int(found.group(1)))}"
    return query.rstrip() + f"\nLIMIT {n}"


def projects_fact(list_query: str) -> bool:
    found = PROJECTED.search(list_query)
    return bool(found and re.search(r"\?fact\b", found.group(1)))


def bound_names(text: str, bound: Iterable[str]) -> list[str]:
    """The bound names that are variables of ``text`` (flags such as ``collectives`` are not)."""
    return sorted(n for n in bound if re.search(rf"\?{n}\b", text))
