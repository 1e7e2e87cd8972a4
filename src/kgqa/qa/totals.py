"""Counts that a source states: a collective pairing that names how many members it covers (西藏自治区全部74个县,
19个援疆省市, or several at once: 新疆12个地（州）市、82个县（市）及兵团12个师) answers a count of that kind within its programme,
round, meeting or place, beside the pairings recorded one by one."""
from __future__ import annotations

import re

from .frame import Frame
from .gazetteer import short_forms
from .normalise import normalise
from .templates import RANKED_CLASSES, of_round, term
from .vocabulary import COVERAGE

DK = "https://w3id.org/duikou/ontology#"
GENERIC = ("https://w3id.org/duikou/ontology#AidActor",)
LEVEL_NOUNS = "县区市州地师盟旗"  # a counted noun's first character that is itself a level (县（区）: 县), not 援疆省市's 援  # 县市, 地方: no class of their own

STATED = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?c ?cLabel ?n ?fact ?side ?prog ?round ?ev ?start ?roundStart WHERE {
  ?c a dk:CollectiveActor ; rdfs:label ?cLabel FILTER(lang(?cLabel) = "zh")
  ?fact ?side ?c ; dk:programme ?prog . FILTER(?side IN (dk:supporter, dk:recipient))
  OPTIONAL { ?fact dk:establishedBy ?ev } OPTIONAL { ?fact dk:round ?round OPTIONAL { ?round dk:startYear ?roundStart } }
  OPTIONAL { ?c dk:memberCount ?n } OPTIONAL { ?fact dk:startYear ?start } }"""
# from the collectives (few), labels before the OPTIONALs: the other order read every pairing (0.5 s at 10^6 triples)
RECORDED = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT (COUNT(DISTINCT ?a) AS ?k) ?prog ?side ?cls WHERE {
  ?p dk:programme ?prog ; ?side ?a . ?a a ?cls FILTER NOT EXISTS { ?a a dk:CollectiveActor } }
GROUP BY ?prog ?side ?cls"""
# 省市 counted at province rank: a province-rank city in its province's team (厦门市 for Fujian) is not one of them
RECORDED_AT_RANK = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT (COUNT(DISTINCT ?a) AS ?k) ?prog ?side ?cls WHERE {
  ?p dk:programme ?prog ; ?side ?a . ?a a ?cls FILTER NOT EXISTS { ?a a dk:CollectiveActor }
  FILTER(?side != dk:supporter || NOT EXISTS { ?p dk:supporterTeam ?team }) }
GROUP BY ?prog ?side ?cls"""
# a named place's collective partner (13个援疆省市 → 新疆生产建设兵团): the pairings it is on a side of, and those of that kind
# recorded one by one on the collective's side toward the place or its parts
PAIRED_WITH = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT DISTINCT ?fact WHERE { ?fact dk:supporter|dk:recipient ?a }"""
RECORDED_TOWARD = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT (COUNT(DISTINCT ?a) AS ?k) WHERE { ?p ?side ?a ; ?other ?o . ?o dk:partOf? ?place . ?a a ?cls
  FILTER(?other IN (dk:supporter, dk:recipient) && ?other != ?side) FILTER NOT EXISTS { ?a a dk:CollectiveActor }
  FILTER(?side != dk:supporter || NOT EXISTS { ?p dk:supporterTeam ?team }) }"""
RECORDED_ANY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT (COUNT(DISTINCT ?a) AS ?k) ?prog ?side WHERE {
  ?p dk:programme ?prog ; ?side ?a FILTER NOT EXISTS { ?a a dk:CollectiveActor } } GROUP BY ?prog ?side"""
# what a meeting or document is stated to have set up (民政部紧急通知安排21个省份各对口支援…): its facts' own statements
SAID_BY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?fact ?label ?statement ?ev WHERE { ?fact dk:event ?ev ; dk:statement ?statement ; rdfs:label ?label
  FILTER(lang(?label) = "zh") }"""
RECORDED_BY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT (COUNT(DISTINCT ?a) AS ?k) ?ev ?side ?cls WHERE { ?p dk:establishedBy ?ev ; ?side ?a . ?a a ?cls
  FILTER NOT EXISTS { ?a a dk:CollectiveActor } } GROUP BY ?ev ?side ?cls"""
# the aid verb: a kind counted before it gives, after it receives (安排多少个省份各对口支援…)
AID_VERB = re.compile("对口支援|支援|帮扶|援建|援助|结对")
# the members' kind is the noun after the stated number in the collective's own name (74个县（区）, 17家中央企业)
UNIT = re.compile(r"(\d+)(?:个|家)([^（()，、,及和与\d]+)")
PHRASE = re.compile(r"(\d+)(?:个|家)([^（()，、,\d]+)")  # 22家中央企业和中央金融机构: the counted kinds joined


def stated(store, frame: Frame, classes: dict[str, str]) -> dict | None:
    """The stated total that the count question's constraints pick (with how many of that kind the programme's pairings
    record one by one on the same side), or None. The collective is found by the programme named, else by the meeting
    named (第四次西藏工作座谈会新纳入的县), else by the one place named in its own name (西藏…县区总数); its kind is the
    class named, or (none named) the noun after its number when the question says it (援疆 支援省市 一共几个)."""
    programmes, kinds, events = frame.of_kind("programme"), frame.of_kind("class"), frame.of_kind("event")
    actors = frame.of_kind("actor")
    if len(kinds) > 1 or any(m.ambiguous for m in programmes + events + actors):
        return None
    found = [{"label": r["cLabel"].value, "n": n, "unit": unit, "fact": r["fact"].value, "side": r["side"],
              "counted": r["n"] is not None,
              "prog": r["prog"].value, "round": r["round"] and r["round"].value, "event": r["ev"] and r["ev"].value}
             for r in store.query(STATED) for n, unit in counts_in(r["cLabel"].value, r["n"])
             if not began_after(r["start"] or r["roundStart"], frame.years)]
    if len(events) == 1 and (own := said_by(store, frame, classes)) is not None:
        return own  # the meeting's own statement (第三次西藏工作座谈会：15个省市), before a later collective's name
    if len(programmes) == 1:  # the programme, or its round (新一轮对口援疆); an actor named is in the collective's name
        toward = paired_with(store, actors[0]) if len(actors) == 1 else set()  # (兵团有几个援疆省市: paired with it)
        found = [f for f in found if programmes[0].best[0].iri in (f["prog"], f["round"])
                 and (all(named_in(a.best[0].label, f["label"]) for a in actors) or f["fact"] in toward)]
    elif len(events) == 1 and not programmes:
        found = [f for f in found if f["event"] == events[0].best[0].iri]
    elif len(actors) == 1 and not programmes and not events and COVERAGE.search(frame.masked):
        # 西藏纳入对口支援的县区总数: the scheme's stated coverage; 西藏有多少个县在接受对口支援: the recorded ones
        found = [f for f in found if f["label"].startswith(actors[0].best[0].label)]
    elif len(actors) == 1 and not programmes and not events and (toward := paired_with(store, actors[0])):
        found = [f for f in found if f["fact"] in toward]  # 兵团的对口支援省市有几个: 13个援疆省市 paired with it
    else:
        return said_by(store, frame, classes)
    kinds = [k for k in kinds if k.best[0].iri not in GENERIC]  # 县市: places in general, the noun decides
    if kinds:
        found = [f for f in found if unit_class(f["unit"], classes) == kinds[0].best[0].iri]
    else:
        found = [f for f in found if len(f["unit"]) > 1 and f["unit"][-2:] in frame.masked
                 or (len(f["unit"]) == 1 or f["unit"][0] in LEVEL_NOUNS)
                 and re.search(f"(几|多少|个|的|各|□){f['unit'][0]}", frame.masked)]
        # 援疆省市 → 省市; 几个师, 受援的师; 县（区） by its first noun too (西藏的县级单位, 西藏县级单位总数: □ a name masked)
    if not found:
        return said_by(store, frame, classes)
    # the name that says more of what the question counts (央企加中央金融机构 → …22家中央企业和中央金融机构), then a
    # dk:memberCount before a number read from a name
    best = max(found, key=lambda f: (said_of(f, frame.text), f["counted"], f["n"]))
    named_round = len(programmes) == 1 and best["round"] == programmes[0].best[0].iri  # 新一轮援疆: its own pairings
    subs = {"prog": term(best["round"] if named_round else best["prog"]), "side": best["side"]}
    scoped = of_round if named_round else (lambda text: text)
    if kinds:
        query = RECORDED_AT_RANK if kinds[0].best[0].iri in RANKED_CLASSES else RECORDED
        counts = store.query(scoped(query), substitutions={**subs, "cls": term(kinds[0].best[0].iri)})
        best["kind"] = kinds[0].best[0].label
    else:
        counts = store.query(scoped(RECORDED_ANY), substitutions=subs)
        best["kind"] = "支援方" if best["side"].value.endswith("supporter") else "受援方"
    best["recorded"] = next((int(r["k"].value) for r in counts), 0)
    if kinds and len(actors) == 1 and not events and best["fact"] in paired_with(store, actors[0]):
        best["recorded"] = recorded_toward(store, actors[0].best[0].iri, best["side"], kinds[0].best[0].iri)
    return best


def began_after(start, years: dict) -> bool:
    """Whether the collective's pairing (or its round) began after the year the question names (1997年首批援疆干部来自
    几个省市: the 19个援疆省市 of the 2010 round are no count of 1997's)."""
    if start is None:
        return False
    last = years.get("in") if isinstance(years.get("in"), int) else (
        years["before"] - 1 if isinstance(years.get("before"), int) else None)
    return last is not None and int(start.value) > last


def paired_with(store, actor) -> set[str]:
    """The pairings the named actor itself is on a side of."""
    return {r["fact"].value for r in store.query(PAIRED_WITH, substitutions={"a": term(actor.best[0].iri)})}


def recorded_toward(store, place: str, side, cls: str) -> int:
    """How many of a kind the pairings with the place or its parts record one by one on ``side``."""
    rows = store.query(RECORDED_TOWARD, substitutions={"place": term(place), "side": side, "cls": term(cls)})
    return next((int(r["k"].value) for r in rows), 0)


def said_by(store, frame: Frame, classes: dict[str, str]) -> dict | None:
    """The number of a kind that the one meeting or document named is stated to have set up (民政部紧急通知安排多少个省份
    各对口支援四川一个重灾县 → 21, from the notice's own statement), with how many of that kind its pairings record on
    the side the question counts (before the aid verb: the supporters). None when it states no number of that kind."""
    events, kinds = frame.of_kind("event"), [k for k in frame.of_kind("class") if k.best[0].iri not in GENERIC]
    if len(events) != 1 or len(kinds) != 1 or events[0].ambiguous:
        return None
    event, kind = term(events[0].best[0].iri), kinds[0].best[0]
    found = [{"fact": r["fact"].value, "label": r["label"].value, "n": n}
             for r in store.query(SAID_BY, substitutions={"ev": event})
             for n, unit in counts_in(normalise(r["statement"].value), None) if unit_class(unit, classes) == kind.iri]
    if len({f["n"] for f in found}) != 1:
        return None  # none stated, or two numbers of that kind: not one answer
    verb = AID_VERB.search(frame.masked)
    side = "supporter" if verb is None or kinds[0].start < verb.start() or kinds[0].start == verb.end() else "recipient"
    # (支援省市: the verb and the kind one role noun, the supporters)
    counts = store.query(RECORDED_BY, substitutions={"ev": event, "side": term(DK + side), "cls": term(kind.iri)})
    return {**found[0], "kind": kind.label, "recorded": next((int(r["k"].value) for r in counts), 0)}


def said_of(found: dict, text: str) -> int:
    """How many pairs of characters of the counted phrase in the collective's name (22家中央企业和中央金融机构: from the
    number to the bracket, joined kinds and all) the question repeats, beyond the unit every such name shares."""
    phrase = next((m.group(2) for m in PHRASE.finditer(found["label"]) if int(m.group(1)) == found["n"]), "")
    extra, unit = phrase[len(found["unit"]):], found["unit"]
    own = {unit[i:i + 2] for i in range(len(unit) - 1)}
    return sum(extra[i:i + 2] in text and extra[i:i + 2] not in own for i in range(len(extra) - 1))


def named_in(label: str, collective: str) -> bool:
    """The actor as a collective's name says it: in full, short (新疆维吾尔自治区 → 新疆), or 兵团."""
    forms = [label, *short_forms(label)] + (["兵团"] if label.endswith("生产建设兵团") else [])
    return any(f in collective for f in forms)


def counts_in(label: str, stated) -> list[tuple[int, str]]:
    """The (number, counted noun) pairs a collective's name states: the one that is its dk:memberCount when it has one
    (19个援疆省市 → (19, 援疆省市)), else each (新疆12个地（州）市、82个县（市）及兵团12个师 → 地, 县, 师)."""
    plain = re.sub(r"[（(][^）)]*集体[）)]", "", label).replace("（", "").replace("）", "")  # 县（区）（集体） → 县区
    pairs = [(int(m.group(1)), m.group(2)) for m in UNIT.finditer(plain)]
    return [p for p in pairs if p[0] == int(stated.value)] if stated is not None else pairs


def unit_class(unit: str, classes: dict[str, str]) -> str | None:
    """The class a counted noun names, read with the class words (县（区） → county level)."""
    for word in sorted(classes, key=len, reverse=True):
        if (unit.startswith(word) or unit.endswith(word)) and classes[word] not in GENERIC:
            return classes[word]
    return None


def answered(result: dict, total: dict, kind: str, sources) -> dict:
    """The stated total as the answer, with its source; how many of that kind are recorded one by one."""
    result.update(status="ok", template="stated_total", answers=[{"value": total["n"]}],
                  sources=sources.for_facts([total["fact"]]),
                  interpretation=f"理解为：来源记载的总数（{total['label']}）",
                  text=f"据来源记载共{total['n']}个（{total['label']}）；图谱中逐一记录对口关系的{kind}有{total['recorded']}个。")
    return result
