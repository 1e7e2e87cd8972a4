"""Counts that a source states: a collective pairing that names how many members it covers (西藏自治区全部74个县,
19个援疆省市) answers a count of that kind within its programme, beside the pairings recorded one by one."""
from __future__ import annotations

import re

from .frame import Frame
from .templates import term
from .vocabulary import COVERAGE

STATED = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?c ?cLabel ?n ?fact ?side ?prog ?ev WHERE {
  VALUES ?side { dk:supporter dk:recipient } ?fact dk:programme ?prog ; ?side ?c . OPTIONAL { ?fact dk:establishedBy ?ev }
  ?c dk:memberCount ?n ; rdfs:label ?cLabel FILTER(lang(?cLabel) = "zh") }"""
RECORDED = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT (COUNT(DISTINCT ?a) AS ?k) ?prog ?side ?cls WHERE {
  ?p dk:programme ?prog ; ?side ?a . ?a a ?cls FILTER NOT EXISTS { ?a a dk:CollectiveActor } }
GROUP BY ?prog ?side ?cls"""
RECORDED_ANY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT (COUNT(DISTINCT ?a) AS ?k) ?prog ?side WHERE {
  ?p dk:programme ?prog ; ?side ?a FILTER NOT EXISTS { ?a a dk:CollectiveActor } } GROUP BY ?prog ?side"""
# the members' kind is the noun after the stated number in the collective's own name (74个县（区）, 17家中央企业)
UNIT = re.compile(r"(\d+)(?:个|家)([^（()，、,及和与\d]+)")


def member_class(label: str, n: int, classes: dict[str, str]) -> str | None:
    """The class of a collective's members, from the noun after its stated count, read with the class words."""
    for m in UNIT.finditer(label):
        if int(m.group(1)) == n:
            unit = m.group(2)
            for word in sorted(classes, key=len, reverse=True):
                if unit.startswith(word) or unit.endswith(word):
                    return classes[word]
    return None


def stated(store, frame: Frame, classes: dict[str, str]) -> dict | None:
    """The stated total that the count question's constraints pick (with how many of that kind the programme's pairings
    record one by one on the same side), or None. The collective is found by the programme named, else by the meeting
    named (第四次西藏工作座谈会新纳入的县), else by the one place named in its own name (西藏…县区总数); its kind is the
    class named, or (none named) the noun after its number when the question says it (援疆 支援省市 一共几个)."""
    programmes, kinds, events = frame.of_kind("programme"), frame.of_kind("class"), frame.of_kind("event")
    actors = frame.of_kind("actor")
    if len(kinds) > 1 or any(m.ambiguous for m in programmes + events + actors):
        return None
    found = [{"label": r["cLabel"].value, "n": int(r["n"].value), "fact": r["fact"].value, "side": r["side"],
              "prog": r["prog"].value, "event": r["ev"].value if r["ev"] is not None else None} for r in store.query(STATED)]
    if len(programmes) == 1:
        found = [f for f in found if f["prog"] == programmes[0].best[0].iri]
    elif len(events) == 1 and not programmes:
        found = [f for f in found if f["event"] == events[0].best[0].iri]
    elif len(actors) == 1 and not programmes and not events and COVERAGE.search(frame.masked):
        # 西藏纳入对口支援的县区总数: the scheme's stated coverage; 西藏有多少个县在接受对口支援: the recorded ones
        found = [f for f in found if f["label"].startswith(actors[0].best[0].label)]
    else:
        return None
    if kinds:
        found = [f for f in found if member_class(f["label"], f["n"], classes) == kinds[0].best[0].iri]
    else:
        found = [f for f in found if unit_named(f["label"], f["n"], frame.masked)]
    if not found:
        return None
    best = max(found, key=lambda f: f["n"])
    subs = {"prog": term(best["prog"]), "side": best["side"]}
    if kinds:
        counts = store.query(RECORDED, substitutions={**subs, "cls": term(kinds[0].best[0].iri)})
        best["kind"] = kinds[0].best[0].label
    else:
        counts = store.query(RECORDED_ANY, substitutions=subs)
        best["kind"] = "支援方" if best["side"].value.endswith("supporter") else "受援方"
    best["recorded"] = next((int(r["k"].value) for r in counts), 0)
    return best


def unit_named(label: str, n: int, text: str) -> bool:
    """The collective's counted noun (19个援疆省市 → 省市: its last two characters) is in the question."""
    return any(int(m.group(1)) == n and m.group(2).rstrip("（(")[-2:] in text for m in UNIT.finditer(label))


def answered(result: dict, total: dict, kind: str, sources) -> dict:
    """The stated total as the answer, with its source; how many of that kind are recorded one by one."""
    result.update(status="ok", template="stated_total", answers=[{"value": total["n"]}],
                  sources=sources.for_facts([total["fact"]]),
                  interpretation=f"理解为：来源记载的总数（{total['label']}）",
                  text=f"据来源记载共{total['n']}个（{total['label']}）；图谱中逐一记录对口关系的{kind}有{total['recorded']}个。")
    return result
