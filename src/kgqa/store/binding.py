"""How values reach a query: as VALUES blocks of terms serialised by pyoxigraph, placed where the planner uses them.

pyoxigraph's ``substitutions=`` are initial bindings its planner does not see: a place passed that way is not a
constant, and the plan starts from the whole graph (谁对口支援拉萨市: 8 ms with the IRI written in, 0.84 s
substituted at 10^6, ~40 s at 10^7). A VALUES block of one row is a constant to the planner, but only in the group
that holds it: so a bound name gets one in the outermost WHERE group (every value, so a projected name is bound
even where no pattern uses it), in every subquery that projects it, and in every group within their scope that
mentions it (a UNION branch, an OPTIONAL), but not within a FILTER (NOT) EXISTS, which sees the outer values
anyway and whose plan a block there makes far slower (48 ms → over 60 s at 10^6). The answers are those of ``substitutions=``
(tested for every question template). The text changes only by the terms pyoxigraph serialises (``str(term)``, the
SPARQL/N-Triples form, escaped): an IRI it accepted holds none of ``<>"{}`` or spaces, a literal's quotes are
escaped, so the query's structure cannot change. The embedded backend writes in only IRIs and typed literals our
code made (numbers, years); a string literal stays a ``substitutions=`` value there (see :func:`written_in`).
"""
from __future__ import annotations

from ..errors import KgqaError

STRINGS = frozenset({"http://www.w3.org/2001/XMLSchema#string",
                     "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"})


def bind(sparql: str, substitutions: dict | None) -> str:
    """``sparql`` with each substituted name's value as a VALUES block in every group that needs it (above)."""
    if not substitutions:
        return sparql
    values = {(k if isinstance(k, str) else k.value): str(v) for k, v in substitutions.items()}
    outermost = where_group_start(sparql)
    inserts = [(outermost, list(values))] + groups_using(sparql, values)
    for at, names in sorted(inserts, key=lambda i: i[0], reverse=True):  # from the end: earlier offsets stay valid
        blocks = " ".join(f"VALUES ?{n} {{ {values[n]} }}" for n in names)
        sparql = f"{sparql[:at]}\n  {blocks}\n{sparql[at:]}" if at == outermost else f"{sparql[:at]} {blocks} {sparql[at:]}"
    return sparql


def with_values(sparql: str, name: str, terms) -> str:
    """``sparql`` with one VALUES block of several ``terms`` (IRIs our code read from the store, serialised by
    pyoxigraph as :func:`bind` writes one) opening its outermost WHERE group: one query for many values."""
    at = where_group_start(sparql)
    return f"{sparql[:at]}\n  VALUES ?{name} {{ {' '.join(str(t) for t in terms)} }}\n{sparql[at:]}"


def written_in(term) -> bool:
    """True for a value the embedded backend writes into the text: an IRI (from the gazetteer, the URL's path, a
    query file) or a typed literal our code made (a year, a count); a string stays a ``substitutions=`` value."""
    datatype = getattr(term, "datatype", None)
    return datatype is None or datatype.value not in STRINGS


def groups_using(sparql: str, names) -> list[tuple[int, list[str]]]:
    """(offset just inside a group's '{', the bound names it needs) for every group but the outermost: a
    subquery's WHERE group needs the names it projects, any other group those it mentions, within the scope of
    the names (a subquery that does not project a name has its own variable of that name; ``SELECT *`` is taken
    as projecting none). A VALUES data block and a CONSTRUCT template are not groups; the '{' around a subquery
    (``{ SELECT …``) cannot hold a VALUES block, nor does a group within an EXISTS get one (above)."""
    from ..guard import TOKEN

    names, found, frames = list(names), [], []
    projecting, star, data_block, last_name, first_of, parens = None, False, False, "", None, 0
    for m in TOKEN.finditer(sparql):
        kind, tok = m.lastgroup, m.group()
        if kind in ("space", "comment"):
            continue
        word = tok.upper() if kind == "name" else ""
        if first_of is not None:
            first_of["insertable"] &= word != "SELECT"
            first_of = None
        if word == "VALUES":
            data_block = True
        elif word == "SELECT" and frames:
            projecting = set()
        elif projecting is not None and kind == "var" and not parens:
            projecting.add(tok[1:])
        elif projecting is not None and kind == "var" and last_name == "AS":
            projecting.add(tok[1:])
        elif projecting is not None and tok in "()":
            parens += 1 if tok == "(" else -1
        elif projecting is not None and tok == "*" and not parens:
            projecting, star = None, True
        elif tok == "{":
            frames.append(group(m.end(), frames, names, projecting, star, data_block or last_name == "CONSTRUCT"))
            frames[-1]["insertable"] &= last_name != "EXISTS" and not (len(frames) > 1 and frames[-2]["exists"])
            frames[-1]["exists"] = last_name == "EXISTS" or (len(frames) > 1 and frames[-2]["exists"])
            first_of = frames[-1] if frames[-1]["insertable"] else None
            projecting, star, data_block = None, False, False
        elif tok == "}" and frames:
            frame = frames.pop()
            if frame["insertable"] and frame["used"]:
                found.append((frame["at"], [n for n in names if n in frame["used"]]))
            if frames and not frame["boundary"]:
                frames[-1]["used"] |= frame["used"] & frames[-1]["scope"]
        elif kind == "var" and frames and tok[1:] in frames[-1]["scope"]:
            frames[-1]["used"].add(tok[1:])
        if kind == "name":
            last_name = word
    return found


def group(at: int, frames: list, names: list, projecting: set | None, star: bool, not_a_group: bool) -> dict:
    """A '{' just read: where a VALUES block would go, the bound names visible inside (its scope), those it
    needs so far, whether it can hold a block and whether it bounds a subquery's scope."""
    if not_a_group:
        return {"at": at, "scope": set(), "used": set(), "insertable": False, "boundary": True, "data": True}
    if not frames:  # the outermost group: where_group_start's block holds every name
        return {"at": at, "scope": set(names), "used": set(), "insertable": False, "boundary": True, "data": False}
    if projecting is not None or star:  # a subquery's WHERE group
        inner = set(projecting or ()) & set(names)
        return {"at": at, "scope": inner, "used": set(inner), "insertable": True, "boundary": True, "data": False}
    return {"at": at, "scope": set(frames[-1]["scope"]), "used": set(), "insertable": True, "boundary": False,
            "data": False}


def where_group_start(sparql: str) -> int:
    """The offset just inside the '{' that opens the outermost WHERE group (strings, IRIs and
    comments skipped); WHERE may be omitted before a SELECT/ASK/DESCRIBE group."""
    from ..guard import TOKEN

    depth, seen_where, first_open = 0, False, None
    for m in TOKEN.finditer(sparql):
        kind, tok = m.lastgroup, m.group()
        if kind in ("name", "word") and tok.upper() == "WHERE" and depth == 0:
            seen_where = True
        elif kind == "other" and tok == "{":
            if depth == 0 and first_open in (-1, -2):  # CONSTRUCT's template, then its pattern (WHERE omitted)
                first_open -= 1
                if first_open == -3:
                    return m.end()
            elif depth == 0 and (seen_where or first_open is None):
                first_open = m.end()
                if seen_where:
                    return first_open
            depth += 1
        elif kind == "other" and tok == "}":
            depth -= 1
        elif kind in ("name", "word") and tok.upper() == "CONSTRUCT" and depth == 0:
            first_open = -1   # a CONSTRUCT template is not the pattern: wait for WHERE
    if first_open is None or first_open < 0:
        raise KgqaError("cannot bind values: the query has no WHERE group")
    return first_open
