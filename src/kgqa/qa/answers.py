"""Query rows → answers ({label, iri} or {value}) and the facts whose sources back them."""
from __future__ import annotations

import pyoxigraph as ox

XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def get(row, name: str):
    try:
        return row[name]
    except (KeyError, IndexError):
        return None


def python_value(term):
    if isinstance(term, ox.Literal) and term.datatype.value == XSD_INTEGER:
        return int(term.value)
    return term.value


def label_of(row, labels: dict, var: str = "item") -> str:
    node = get(row, var)
    found = get(row, var + "Label")
    return found.value if found is not None else labels.get(node.value, node.value)


def entities(rows: list, labels: dict) -> tuple[list[dict], list[str]]:
    answers: dict[str, dict] = {}
    facts = []
    for row in rows:
        item = row["item"].value
        answers.setdefault(item, {"label": label_of(row, labels), "iri": item, "_facts": []})
        fact = get(row, "fact")
        if fact is not None:
            answers[item]["_facts"].append(fact.value)
            facts.append(fact.value)
    return list(answers.values()), facts


def values(rows: list, labels: dict) -> tuple[list[dict], list[str]]:
    if not rows:
        return [], []
    facts = [r["fact"].value for r in rows if get(r, "fact") is not None]
    return [{"value": python_value(rows[0]["value"]), "_facts": facts}], facts


def year_min(rows: list, labels: dict) -> tuple[list[dict], list[str]]:
    if not rows:
        return [], []
    first = min(python_value(r["value"]) for r in rows)
    facts = [r["fact"].value for r in rows if python_value(r["value"]) == first]
    return [{"value": first, "_facts": facts}], facts


def count(rows: list, labels: dict) -> tuple[list[dict], list[str]]:
    items, facts = entities(rows, labels)
    return [{"value": len(items), "_facts": facts}], facts


def boolean(rows: list, labels: dict) -> tuple[list[dict], list[str]]:
    """True when a pairing links the two (directly, or to a part of the recipient: 下辖的…)."""
    if not rows:
        return [], []
    facts = [r["fact"].value for r in rows]
    parts = dict.fromkeys(label_of(r, labels) for r in rows if r["item"] != r["y"] if get(r, "y") is not None)
    direct = any(get(r, "y") is None or r["item"] == r["y"] for r in rows)
    detail = "" if direct or not parts else "下辖的" + "、".join(parts)
    return [{"value": True, "_facts": facts, "text": detail}], facts


def most(rows: list, labels: dict) -> tuple[list[dict], list[str]]:
    if not rows:
        return [], []
    top = max(int(r["value"].value) for r in rows)
    return [{"label": label_of(r, labels), "iri": r["item"].value, "count": top,
             "text": f"{label_of(r, labels)}（{top}个）"} for r in rows if int(r["value"].value) == top], []


def compare(rows: list, labels: dict) -> tuple[list[dict], list[str]]:
    counts = {r["actor"].value: int(r["value"].value) for r in rows}
    if not counts:
        return [], []
    top = max(counts.values())
    winners = [a for a, n in counts.items() if n == top]
    told = "，".join(f"{labels.get(a, a)}对口支援{n}个地方" for a, n in counts.items())
    verdict = "两者相同" if len(winners) > 1 else f"{labels.get(winners[0], winners[0])}更多"
    return [{"label": labels.get(a, a), "iri": a, "count": top, "text": f"{told}；{verdict}"} for a in winners], []


EXTRACTORS = {"entity": entities, "value": values, "year_min": year_min, "count": count, "bool": boolean,
              "most": most, "compare": compare}


def extract(kind: str, rows: list, labels: dict) -> tuple[list[dict], list[str]]:
    return EXTRACTORS[kind](rows, labels)
