"""Counts that a source states: a collective pairing that names how many members it covers (西藏自治区全部74个县,
19个援疆省市) answers a count of that kind within its programme, beside the pairings recorded one by one."""
from __future__ import annotations

import re

from .frame import Frame
from .templates import term

STATED = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?c ?cLabel ?n ?fact ?side ?prog WHERE {
  VALUES ?side { dk:supporter dk:recipient } ?fact dk:programme ?prog ; ?side ?c .
  ?c dk:memberCount ?n ; rdfs:label ?cLabel FILTER(lang(?cLabel) = "zh") }"""
RECORDED = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT (COUNT(DISTINCT ?a) AS ?k) ?prog ?side ?cls WHERE {
  ?p dk:programme ?prog ; ?side ?a . ?a a ?cls FILTER NOT EXISTS { ?a a dk:CollectiveActor } }
GROUP BY ?prog ?side ?cls"""
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
    """The largest stated total for the programme and the kind of actor the count question names (with how many of
    that kind the programme's pairings record one by one on the same side), or None."""
    programmes, kinds = frame.of_kind("programme"), frame.of_kind("class")
    if len(programmes) != 1 or len(kinds) != 1 or programmes[0].ambiguous:
        return None
    prog, wanted = term(programmes[0].best[0].iri), kinds[0].best[0].iri
    rows = store.query(STATED, substitutions={"prog": prog})
    found = [{"label": r["cLabel"].value, "n": int(r["n"].value), "fact": r["fact"].value, "side": r["side"]}
             for r in rows]
    found = [f for f in found if member_class(f["label"], f["n"], classes) == wanted]
    if not found:
        return None
    best = max(found, key=lambda f: f["n"])
    counts = store.query(RECORDED, substitutions={"prog": prog, "side": best["side"], "cls": term(wanted)})
    best["recorded"] = next((int(r["k"].value) for r in counts), 0)
    return best


def answered(result: dict, total: dict, kind: str, sources) -> dict:
    """The stated total as the answer, with its source; how many of that kind are recorded one by one."""
    result.update(status="ok", template="stated_total", answers=[{"value": total["n"]}],
                  sources=sources.for_facts([total["fact"]]),
                  interpretation=f"理解为：来源记载的总数（{total['label']}）",
                  text=f"据来源记载共{total['n']}个（{total['label']}）；图谱中逐一记录对口关系的{kind}有{total['recorded']}个。")
    return result
