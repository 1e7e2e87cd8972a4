"""Query rows → answers ({label, iri} or {value}) and the facts whose sources back them.

Rows arrive as dicts of variable → term. A row's fact is its ``?fact``; templates that ask about one
entity (a meeting's year, a mechanism's parts) cite that entity, the default fact.
"""
from __future__ import annotations

import re

import pyoxigraph as ox

XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def as_dicts(solutions, variables: list[str], default_fact: str | None) -> list[dict]:
    """``variables`` in the solutions' own order. A solution is read by position: by name pyoxigraph parses
    the name on every access (2 µs; 40 ms of 1,600 rows × 9 variables at 10^6 triples).

    A row with ``?facts`` (a template that groups an answer's facts, ``GROUP_CONCAT(DISTINCT STR(?fact))``,
    so that labels and filters are looked up once per answer, not once per fact) becomes one row per fact."""
    rows = []
    for s in solutions:
        if isinstance(s, ox.QuerySolution) and len(s) == len(variables):
            row = {v: t for v, t in zip(variables, s) if t is not None}
        else:
            row = {v: s[v] for v in variables if s[v] is not None}
        if "facts" in row:
            grouped = row.pop("facts").value.split()
            rows += [{**row, "fact": fact} for fact in grouped] or [{**row, "fact": default_fact}]
            continue
        row["fact"] = row["fact"].value if "fact" in row else default_fact
        rows.append(row)
    return rows


def python_value(term):
    if isinstance(term, ox.Literal) and term.datatype.value == XSD_INTEGER:
        return int(term.value)
    return term.value


def label_of(row: dict, labels: dict) -> str:
    found = row.get("itemLabel")
    return found.value if found is not None else labels.get(row["item"].value, row["item"].value)


def facts_of(rows: list[dict]) -> list[str]:
    return [r["fact"] for r in rows if r["fact"]]


def entities(rows: list[dict], labels: dict) -> list[dict]:
    answers: dict[str, dict] = {}
    for row in rows:
        item = row["item"].value
        found = answers.get(item)
        if found is None:
            found = answers[item] = {"label": label_of(row, labels), "iri": item, "_facts": []}
        if row["fact"]:
            found["_facts"].append(row["fact"])
        if "part" in row and row["part"] != row.get("actor"):  # reached through a part of the named place: which
            via = labels.get(row["part"].value, row["part"].value)
            found.setdefault("via", [])
            if via not in found["via"]:
                found["via"].append(via)
    for found in answers.values():
        if "via" in found:
            found["via"].sort()  # the same on every store (the engine's row order is not)
    return list(answers.values())


def values(rows: list[dict], labels: dict) -> list[dict]:
    return [{"value": python_value(rows[0]["value"]), "_facts": facts_of(rows)}] if rows else []


def fact_values(rows: list[dict], labels: dict) -> list[dict]:
    """Every distinct value with the node it is read from (``?fact``: the event a newspaper was named by), which the item
    names in ``fact`` (a gold may name either: tests/qa/README.md)."""
    out: dict = {}
    for r in rows:
        out.setdefault(python_value(r["value"]), []).extend(facts_of([r]))
    return [{"value": v, **({"fact": f[0]} if len(set(f)) == 1 else {}), "_facts": f} for v, f in out.items()]


def all_values(rows: list[dict], labels: dict) -> list[dict]:
    """Every distinct value (a place's former names)."""
    out: dict = {}
    for r in rows:
        out.setdefault(python_value(r["value"]), []).extend(facts_of([r]))
    return [{"value": v, "_facts": f} for v, f in out.items()]


def described(rows: list[dict], labels: dict) -> list[dict]:
    """The entity a definition question is about, its definition in the text."""
    rows = [r for r in rows if "item" in r and r.get("value") is not None and r["value"].value]
    found = entities(rows[:1], labels)
    for a in found:
        a["text"] = f"{a['label']}：{rows[0]['value'].value}"
        a["_facts"] = a["_facts"] or [a["iri"]]
    return found


def year_min(rows: list[dict], labels: dict) -> list[dict]:
    """The earliest year; where the rows name what happened then (?item), the answer says it: 1960年（…）."""
    if not rows:
        return []
    first = min(python_value(r["value"]) for r in rows)
    at = [r for r in rows if python_value(r["value"]) == first]
    answer = {"value": first, "_facts": facts_of(at)}
    if "item" in at[0]:
        answer["text"] = f"{first}年（{'、'.join(dict.fromkeys(label_of(r, labels) for r in at))}）"
    return [answer]


def count(rows: list[dict], labels: dict) -> list[dict]:
    """A COUNT query's rows (counting.py): how many distinct items, a sample of their facts (one a row: their
    sources are shown) and whether all or some of their facts are unverified; none found is no fact, not a
    confident zero."""
    if not rows or not int(rows[0]["total"].value):
        return []
    row = rows[0]
    answer = {"value": int(row["total"].value), "_facts": facts_of(rows)}
    facts, doubted = int(row["factsCounted"].value), int(row["unverifiedFacts"].value)
    if facts:
        answer["_unverified"] = "all" if doubted == facts else "some" if doubted else "none"
    return [answer]


NO = {"value": False, "negative": True, "_facts": []}


def boolean(rows: list[dict], labels: dict) -> list[dict]:
    """True when a pairing links the two (directly, or to a part of the recipient: 下辖的…); else False as a
    reading of the records (both outside question sets take it so), said with its open-world caveat."""
    if not rows:
        return [dict(NO)]
    direct = any(r["item"] == r.get("y") for r in rows)
    parts = dict.fromkeys(label_of(r, labels) for r in rows)
    detail = "" if direct else "下辖的" + "、".join(parts)
    return [{"value": True, "_facts": facts_of(rows), "text": detail}]


def truth(rows: list[dict], labels: dict) -> list[dict]:
    """Yes, with the facts that say so; none found is no fact, never a flat no."""
    return [{"value": True, "_facts": facts_of(rows)}] if rows else []


def truth_or_no(rows: list[dict], labels: dict) -> list[dict]:
    """Yes with its facts, or False as a reading of the records (with the open-world caveat)."""
    return truth(rows, labels) or [dict(NO)]


def ranked(rows: list[dict], labels: dict, pick, unit: str, every: bool = False) -> list[dict]:
    """Every item whose value is the one ``pick`` (max or min) chooses, ties all listed, the value shown with ``unit``
    (``every``: each item the rows hold, with its own value)."""
    if not rows:
        return []
    best = pick(int(r["value"].value) for r in rows)
    out: dict[str, dict] = {}  # one answer per item, with every fact (a row per fact when the query grouped them)
    for r in rows:
        value = int(r["value"].value)
        if value == best or every:
            found = out.setdefault(r["item"].value, {"label": label_of(r, labels), "iri": r["item"].value,
                                                     "text": f"{label_of(r, labels)}（{value}{unit}）", "_facts": []})
            found["_facts"] += facts_of([r])
            if r.get("pairsCounted") is not None:  # the query tallied the pairings counted (of which one fact is shown)
                pairs, doubted = found.get("_tally", (0, 0))
                found["_tally"] = (pairs + int(r["pairsCounted"].value), doubted + int(r["pairsDoubted"].value))
            years_doubted(found, r)
    for found in out.values():
        if (tally := found.pop("_tally", None)) is not None:
            found["_unverified"] = doubt(tally)
    return list(out.values())


def years_doubted(answer: dict, row: dict) -> dict:
    """The start-year statuses (dk:ApproximateYear, dk:UnverifiedYear) among the pairings a row counted, where the query
    tallied them (?yearsDoubted), or among those that begin in the row's own year (?startsDoubted, YEAR@STATUS: a ranking by
    first start year): only a sample of the facts is shown, and render.answered reads these instead of it."""
    found = row.get("yearsDoubted")
    statuses = found.value.split() if found is not None else None
    if (at := row.get("startsDoubted")) is not None:
        year = row["value"].value
        statuses = [s for y, _, s in (t.partition("@") for t in at.value.split()) if y == year]
    if statuses is not None:
        answer["_years_doubted"] = sorted({*answer.get("_years_doubted", ()), *statuses})
    return answer


def all_years_doubted(answer: dict, rows: list[dict]) -> dict:
    """An answer resting on every row's count (a difference, a ratio): the start-year statuses of them all."""
    for r in rows:
        years_doubted(answer, r)
    return answer


def doubt(tally: tuple[int, int]) -> str:
    """All, some or none of a tally's counted facts (pairings counted, unverified among them) unverified."""
    return "all" if tally[1] and tally[1] == tally[0] else "some" if tally[1] else "none"


def most(rows: list[dict], labels: dict) -> list[dict]:
    """Every item with the top count."""
    return ranked(rows, labels, max, "个")


def top_year(rows: list[dict], labels: dict) -> list[dict]:
    """哪一年新增的结对最多: every year (the rows' item, a literal) with the top count, the count shown."""
    if not rows:
        return []
    best = max(int(r["value"].value) for r in rows)
    return [{"value": int(r["item"].value), "text": f"{r['item'].value}年（{best}对）", "_facts": facts_of([r])}
            for r in rows if int(r["value"].value) == best]


def least(rows: list[dict], labels: dict) -> list[dict]:
    """Every item with the lowest value (the earliest year)."""
    return ranked(rows, labels, min, "年")


def latest(rows: list[dict], labels: dict) -> list[dict]:
    """Every item with the highest value (the latest year)."""
    return ranked(rows, labels, max, "年")


def fewest(rows: list[dict], labels: dict) -> list[dict]:
    """Every item with the lowest count."""
    return ranked(rows, labels, min, "个")


def having(rows: list[dict], labels: dict) -> list[dict]:
    """Every item the query kept (those with the number of partners asked), each with its count."""
    return ranked(rows, labels, lambda values: None, "个", every=True)


def two_counts(rows: list[dict]) -> tuple[list[str], dict[str, int]]:
    """The two sides compared (?x, ?y when the rows carry them, then any other actor counted) and each one's count
    (one without a row counts 0: 湖北 has no county in Tibet)."""
    counts = {r["actor"].value: int(r["value"].value) for r in rows}
    sides = [rows[0][side].value for side in ("x", "y") if side in rows[0]]
    sides += [a for a in counts if a not in sides]
    return sides, {a: counts.get(a, 0) for a in sides}


def tallies(rows: list[dict]) -> dict[str, tuple[int, int]]:
    """Each side's tally, where the query kept one (?pairsCounted, ?pairsDoubted: the pairings its count rests on and
    the unverified among them); a side without a row rests on none."""
    return {r["actor"].value: (int(r["pairsCounted"].value), int(r["pairsDoubted"].value))
            for r in rows if r.get("pairsCounted") is not None}


def marked(answer: dict, tally: dict[str, tuple[int, int]], sides: list[str]) -> dict:
    """An answer resting on the counts of ``sides``: all, some or none of their counted pairings unverified (render
    marks it unverified only when all are), when the query tallied them."""
    if any(a in tally for a in sides):
        answer["_unverified"] = doubt((sum(tally.get(a, (0, 0))[0] for a in sides), sum(tally.get(a, (0, 0))[1] for a in sides)))
    return answer


def told_counts(sides: list[str], counts: dict[str, int], labels: dict, tally: dict | None = None) -> str:
    """北京市3个，上海市2个; a side whose counted pairings include unverified ones says how many:
    北京市3个（所据5条对口关系中2条未核实）."""
    tally = tally or {}
    return "，".join(f"{labels.get(a, a)}{counts[a]}个" + (f"（所据{tally[a][0]}条对口关系中{tally[a][1]}条未核实）"
                                                          if tally.get(a, (0, 0))[1] else "") for a in sides)


def compare(rows: list[dict], labels: dict, pick=max) -> list[dict]:
    """Of the two, the one with more (``pick`` min: fewer) counted; a tie names both, the counts told once."""
    if not rows:
        return []
    sides, counts = two_counts(rows)
    facts = {r["actor"].value: facts_of([r]) for r in rows}
    side_rows = {r["actor"].value: r for r in rows}
    top = pick(counts.values())
    winners = [a for a in sides if counts[a] == top]
    word = "更多" if pick is max else "更少"
    verdict = "两者相同" if len(winners) > 1 else f"{labels.get(winners[0], winners[0])}{word}"
    tally = tallies(rows)
    told = told_counts(sides, counts, labels, tally)
    return [years_doubted(marked({"label": labels.get(a, a), "iri": a, "text": f"{told}；{verdict}" if i == 0 else "",
                                  "_facts": facts.get(a, [])}, tally, [a]), side_rows.get(a, {}))
            for i, a in enumerate(winners)]


def fewer(rows: list[dict], labels: dict) -> list[dict]:
    """Of the two, the one with fewer counted (谁负责的地方更少)."""
    return compare(rows, labels, min)


def difference(rows: list[dict], labels: dict) -> list[dict]:
    """多几个, 相差多少: the difference of the two counts (one without a row counts 0), both counts in the text."""
    if not rows:
        return []
    sides, counts = two_counts(rows)
    high = max(sides, key=counts.get)
    gap = max(counts.values()) - min(counts.values())
    verdict = f"{labels.get(high, high)}多{gap}个" if gap else "两者相同，相差0个"
    tally = tallies(rows)
    return [all_years_doubted(marked({"value": gap, "text": f"{told_counts(sides, counts, labels, tally)}；{verdict}",
                                      "_facts": facts_of(rows)}, tally, sides), rows)]


def ratio(rows: list[dict], labels: dict) -> list[dict]:
    """上海对口支援的地方是北京的几倍: the first count over the second (?x's over ?y's), both counts in the text; none
    when the second is 0."""
    if not rows:
        return []
    sides, counts = two_counts(rows)
    if not counts[sides[1]]:
        return []
    value = counts[sides[0]] / counts[sides[1]]
    value = int(value) if value == int(value) else round(value, 2)
    tally = tallies(rows)
    return [all_years_doubted(marked({"value": value, "text": f"{told_counts(sides[:2], counts, labels, tally)}；"
                                      f"{labels.get(sides[0], sides[0])}是{labels.get(sides[1], sides[1])}的{value}倍",
                                      "_facts": facts_of(rows)}, tally, sides[:2]), rows)]


def equal(rows: list[dict], labels: dict) -> list[dict]:
    """两者…一样多吗: whether the two counts (?x's and ?y's; one without a row counts 0) are the same."""
    if not rows:
        return []
    sides, counts = two_counts(rows)
    same = counts[sides[0]] == counts[sides[1]]
    tally = tallies(rows)
    return [all_years_doubted(marked({"value": same, "text": ("是，一样多：" if same else "否，不一样多：")
                                      + told_counts(sides[:2], counts, labels, tally), "_facts": facts_of(rows)}, tally, sides[:2]), rows)]


def later(rows: list[dict], labels: dict) -> list[dict]:
    """Of ?x and ?y, the one that began later (哪一个更晚开始); both when tied."""
    return earlier(rows, labels, max)


def earlier(rows: list[dict], labels: dict, pick=min) -> list[dict]:
    """Of ?x and ?y, the one with the earlier year (?vx, ?vy; each its earliest); both when tied."""
    if not rows:
        return []
    first = {side: min(int(r["v" + side].value) for r in rows) for side in ("x", "y")}
    dates = {side: rows[0].get("d" + side) for side in ("x", "y")}
    if first["x"] == first["y"] and all(dates.values()):  # the same year: the dates decide (2010年3月 before 5月)
        first = {side: dates[side].value for side in ("x", "y")}
    low = pick(first.values())
    return [{"label": labels.get(rows[0][side].value, rows[0][side].value), "iri": rows[0][side].value,
             "text": f"{labels.get(rows[0][side].value, rows[0][side].value)}（{first[side]}）", "_facts": []}
            for side in ("x", "y") if first[side] == low]


EXTRACTORS = {"earlier": earlier, "entity": entities, "value": values, "values": all_values, "fact_values": fact_values, "described": described, "truth": truth, "truth_or_no": truth_or_no,
              "year_min": year_min, "count": count, "bool": boolean, "most": most, "top_year": top_year, "least": least, "latest": latest, "fewest": fewest, "compare": compare, "having": having, "fewer": fewer, "difference": difference, "ratio": ratio, "equal": equal, "later": later}


def without_parts(rows: list[dict], parents) -> list[dict]:
    """Rows whose ``?item`` has no province or city (``parents(iri)``) among the items found: 松江区 is not
    listed beside 上海市 for 日喀则's parts (done here: a NOT EXISTS per row is slow at scale)."""
    items = {r["item"].value for r in rows}
    inside = {i for i in items if parents(i) & items}
    return [r for r in rows if r["item"].value not in inside]


def extract(kind: str, rows: list[dict], labels: dict) -> tuple[list[dict], list[str]]:
    """The answers, and the facts that back them."""
    answers = EXTRACTORS[kind](rows, labels)
    return answers, [f for a in answers for f in a.get("_facts", [])]


def date_forms(value) -> dict:
    """A date answering 什么时候 (no granularity asked) as a text — a year alone ("1996") or with its month (2010-01-18,
    2018年1月) — with its year as a number for its other written form (``also``): one value, at a year's precision too."""
    if isinstance(value, str) and re.fullmatch("[12][0-9]{3}(?:-[01][0-9](?:-[0-3][0-9])?|年[0-9]{1,2}月(?:[0-9]{1,2}日)?)?", value):
        return {"also": [int(value[:4])]}
    return {}
