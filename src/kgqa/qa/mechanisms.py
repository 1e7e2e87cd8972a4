"""Questions about how programmes run: cadres, funds, projects, 组团式 teams, launches and rules.

Self-contained beside the template pipeline, which calls :meth:`MechanismQA.answer` once (after linking)
and goes on when it returns None. The question is read against the small vocabulary below — which
programme, which topic, a batch number, a year, one total or the whole series — the facts of that
programme and topic are fetched with the programme bound (never formatted into the query), and the
answer gives each figure's value, unit, period, status and source in the pipeline's result shape. Two
reports of one figure are both given; cumulative figures over overlapping periods are never added.
"""
from __future__ import annotations

import functools
import re

import pyoxigraph as ox

from . import render
from .answers import date_forms
from .frame import find_years
from .normalise import normalise, written_number
from .vocabulary import mechanism_words, FIGURE_RATIO, FIGURE_UNITS, FIGURE_MORE, FIGURE_LESS, FIGURE_JOIN, FIGURE_DIFFERENCE, BATCH_NUMBERED, BATCH_BOUND, RANKED_LEAST, LIKENESS
from ..programmes import short_names

ID = "https://w3id.org/duikou/"
DK = ID + "ontology#"
STATUS_ZH = {"Verified": "已核实", "PartiallyVerified": "部分核实", "Unverified": "未核实"}

# ---------------------------------------------------------------- vocabulary (vocabulary.yaml, `mechanisms:`)
V = mechanism_words()
TOPICS = V.topics
OFF_TOPIC, BREAKDOWN, SERIES, WHEN, YEAR_ASKED, DEFINITION = V.off_topic, V.breakdown, V.series, V.when, V.year_asked, V.definition
PRINCIPLE_KEYS, ERAS, NARROW, KINDS = V.principle_keys, V.eras, V.narrow, V.team_kinds
PART, WHICH, WHEN_HELD, SHARE, BASE_ASKED, GROWTH = V.part, V.which, V.when_held, V.share, V.base_asked, V.growth
DURATION, WORDING_ASKED = V.duration, V.wording_asked
QUOTED_NAME = re.compile("“([^”]{2,12})”")  # the quoted words of a rule's name (援疆资金“两个80%”)
QUALIFIER = {"Approximately": "约{}", "AtLeast": "{}以上", "Nearly": "近{}"}

FACTS_QUERY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?programme ?fact ?cls ?label ?value ?min ?max ?unit ?qualifier ?start ?end ?date ?batch ?kind ?scope ?principle ?practice ?status
       ?event ?eventLabel ?base ?row
WHERE {
  ?fact dk:aboutProgramme ?programme ; a ?cls ; rdfs:label ?label ; dk:verificationStatus ?status ; dk:startYear ?start .
  OPTIONAL { ?fact dk:base ?base }
  OPTIONAL { ?fact prov:wasDerivedFrom ?row }
  FILTER(?cls IN (dk:LaunchEvent, dk:FundingRule, dk:FundingReport, dk:ProjectReport, dk:CadreBatch, dk:CadreCount,
                  dk:CadreTerm, dk:TalentTeam, dk:ManagementRule))
  OPTIONAL { ?fact dk:endYear ?end }
  OPTIONAL { ?fact dk:value ?value }
  OPTIONAL { ?fact dk:minValue ?min ; dk:maxValue ?max }
  OPTIONAL { ?fact dk:unit/rdfs:label ?unit FILTER(lang(?unit) = "zh") }
  OPTIONAL { ?fact dk:valueQualifier ?qualifier }
  OPTIONAL { ?fact dk:date ?date }
  OPTIONAL { ?fact dk:batchNumber ?batch }
  OPTIONAL { ?fact dk:teamKind ?kind }
  OPTIONAL { ?fact dk:scope ?scope }
  OPTIONAL { ?fact dk:principle ?principle }
  OPTIONAL { ?fact dk:practice ?practice }
  OPTIONAL { ?fact dk:event ?event . ?event rdfs:label ?eventLabel FILTER(lang(?eventLabel) = "zh") }
}"""
WHO_QUERY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?programme ?mechanism ?fact ?item ?itemLabel ?status WHERE {
  ?fact dk:aboutProgramme ?programme ; dk:mechanism ?mechanism ; dk:responsible ?item ; dk:verificationStatus ?status .
  ?item rdfs:label ?itemLabel FILTER(lang(?itemLabel) = "zh")
}"""
# a round of a programme (新一轮对口援疆) stands for the programme; two actors named together (闽宁) for their pairing's
ROUNDS_QUERY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT DISTINCT ?round ?prog WHERE { ?p dk:round ?round ; dk:programme ?prog }"""
PAIR_QUERY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT DISTINCT ?prog ?a ?b WHERE { ?p dk:programme ?prog . { ?p dk:supporter ?a ; dk:recipient ?b } UNION { ?p dk:supporter ?b ; dk:recipient ?a } }"""
# a programme's names (东西部扶贫协作, 对口援疆): their words name the programme, no measure of one of its figures
NAMES_QUERY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?prog ?name WHERE { ?prog a dk:Programme ; rdfs:label|skos:altLabel ?name FILTER(lang(?name) = "zh") }"""
QUERIES = (FACTS_QUERY, WHO_QUERY, ROUNDS_QUERY, PAIR_QUERY, NAMES_QUERY)  # the only queries this module runs
MECHANISM_OF = {"cadre": ID + "mechanism/ganbu-rencai", "funding": ID + "mechanism/xiangmu-zijin"}


def topic_of(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The first topic whose words occur; among the figures (funds, cadres, projects) the one its measure word asks
    (由国家投资…建设多少项工程: projects, though 投资 is a word of funds)."""
    found = next(((name, classes) for name, pattern, classes in TOPICS if pattern.search(text)), None)
    if found is None or found[0] not in SUMMED:
        return found
    asked = next((name for name, pattern in V.asked_figure if pattern.search(text)), found[0])
    return next((t, classes) for t, _, classes in TOPICS if t == asked)


class MechanismQA:
    """Answers mechanism questions over one store (the facts are few: read per question)."""

    def __init__(self, store, sources: render.SourceIndex):
        self.store = store
        self.sources = sources
        self._facts: dict[str, list[dict]] | None = None  # None: not read yet (a graph may hold none)
        self.labels = short_names(store)  # 援藏, 东西部协作: each programme's shortest name, for the answer's text
        self.rounds = {r["round"].value: r["prog"].value for r in store.query(ROUNDS_QUERY)}  # 新一轮对口援疆 → 援疆
        self.name_pairs: dict[str, set[str]] = {}  # programme → the character pairs of its names
        names: dict[str, set[str]] = {}
        for r in store.query(NAMES_QUERY):
            self.name_pairs.setdefault(r["prog"].value, set()).update(pairs(r["name"].value))
            names.setdefault(r["prog"].value, set()).add(normalise(r["name"].value))
        self.spellings = spellings(names)  # 对口支援新疆 → 援疆: a launch named with the programme's short name

    def answer(self, result: dict, text: str, mentions: list) -> dict | None:
        programmes, paired = self.programmes_in(text, mentions)
        events = [c.iri for m in mentions if m.kind == "event" for c in m.best]
        topic = topic_of(text)
        if programmes and WHEN_HELD.search(text) and self.named_launch(programmes, text, mentions):
            # 第二次全国对口支援新疆工作会议是哪年召开的: a launch the graph holds as a fact, not as a meeting node
            held = self.facts(programmes)
            facts = [f for f in held if f["cls"] == "LaunchEvent"]
            return Asked("launch", text, programmes, facts, held, self.labels,
                         spellings=self.spellings).render(dict(result), self.sources)
        if topic is None and programmes and V.figure_asked.search(text) and not OFF_TOPIC.search(text) \
                and not any(m.kind == "class" for m in mentions) \
                and (restated := measured([f for f in self.facts(programmes) if f["value"] is not None], masked(text, mentions),
                                          set().union(*(self.name_pairs.get(p, set()) for p in programmes)))):
            topic = TOPIC_OF_CLASS[restated[0]["cls"]]  # 汶川援建 确定的援建项目 截至2010年4月 几个: the measure names the topic
        if programmes and V.founded.search(text) and (YEAR_ASKED.search(text) or WHEN.search(text)) \
                and (launches := sorted((f for f in self.facts(programmes) if f["cls"] == "LaunchEvent" and f["date"]),
                                        key=lambda f: f["date"])):
            held = self.facts(programmes)  # 援青的工作机制是哪一年建立的: the programme's first launch, not a rule's year
            return Asked("launch", text, programmes, credible(launches)[:1], held, self.labels,
                         spellings=self.spellings).render(dict(result), self.sources)
        if (launched := self.launch_by_kind(text, programmes, mentions)) is not None:
            held = self.facts(programmes)  # 三峡 对口支援 通知 哪天发的: the programme's launching document of that kind
            return Asked("launch", text, programmes, launched, held, self.labels,
                         spellings=self.spellings).render(dict(result), self.sources)
        if not programmes or topic is None or DEFINITION.search(text) and not self.rule_named(programmes, text) \
                or OFF_TOPIC.search(text) \
                or any(m.kind == "class" and V.counted_before.search(text[:m.start]) for m in mentions) \
                or self.names_other_actor(text, [m for m in mentions if m not in paired], programmes, topic[1]) \
                or (topic[0] == "batch" and SHARE.search(text)) \
                or (topic[0] in SUMMED | {"batch", "team"} and BREAKDOWN.search(text)):
            return None  # not ours: the template pipeline answers or refuses it
        name, classes = topic
        if name == "who" and events and V.event_lead.search(text):
            return None  # 第一次西藏工作座谈会由哪个部门牵头: the meeting's own lead (the templates)
        if name == "who":
            return self.who(dict(result), text, programmes)
        held = self.facts(programmes)
        facts = of_events([f for f in held if f["cls"] in classes], held, events)
        if paired:  # 闽宁协作的联席会议: the facts that name the pair; a programme-wide figure is not the pair's
            pair = "".join(m.text for m in paired)
            facts = [f for f in facts if pair in f["label"] + f.get("principle", "") + f.get("scope", "")]
            if not facts:
                return None
        named = [short_name(m.text) for m in mentions if m.kind == "actor" and m not in paired]
        if name == "principle" and named and (own := [f for f in facts if all(
                n in f["label"] + f.get("principle", "") for n in named)]):
            facts = own  # 江苏援藏资金投向基层的比例: the rule the actor's own record states
        if name == "principle" and V.difference.search(text) \
                and not (facts := [f for f in facts if V.differs.search(f.get("principle", ""))]):
            return None  # 对口支援和东西部协作有什么区别: no rule of the programme says how it differs
        figures, names = [f for f in held if f["value"] is not None], set().union(*(self.name_pairs.get(p, set()) for p in programmes))
        if name in FIGURES and not (FIGURE_MORE.search(text) or FIGURE_LESS.search(text)
                                    or FIGURE_DIFFERENCE.search(text) or YEAR_ASKED.search(text) or WHEN.search(text)) \
                and (restated := measured(of_unit_asked(figures, text), masked(text, mentions), names)) \
                and not (SERIES.search(text) and not all(SERIES.search(measure_of(f)) for f in restated)):
            # 来自中央单位的, 年度计划资金, 三甲医院: the figure whose own measure the question restates, of another topic too
            # (每年 asks a series, unless the measure itself is a yearly one: 每年参与援藏援疆的三级医院专家)
            if not any(f in restated for f in facts):  # another topic's measure: the question restates most of it
                restated = [f for f in restated if restates(f, text)]  # (按什么比例来安排的 is no 当年安排的援助资金)
            if restated:
                facts = [f for f in facts if f in restated] or restated
                name, classes = (name, classes) if facts[0]["cls"] in classes else TOPIC_OF_CLASS[facts[0]["cls"]]
                return Asked(name, text, programmes, facts, held, self.labels, restated=True).render(dict(result), self.sources)
        if name in FIGURES and (asked := FIGURE_RATIO.search(text)) \
                and (found := self.ratio(dict(result), asked, name, mentions, programmes)) is not None:
            return found  # 汶川的比例是援藏的几倍: each side's figure, the first over the second
        if name in SUMMED | {"batch"} and (FIGURE_MORE.search(text) or FIGURE_LESS.search(text) or FIGURE_DIFFERENCE.search(text)) \
                and (found := self.compared(dict(result), text, name, programmes, facts, mentions)) is not None:
            return found
        return Asked(name, text, programmes, facts, held, self.labels).render(dict(result), self.sources)

    def compared(self, result: dict, text: str, name: str, programmes: list[str], facts: list[dict],
                 mentions: list) -> dict | None:
        """Two figures of one measure compared, the larger (or smaller) asked: two numbered batches (第七批跟第十批比，
        哪批人多: the batch's fact), two years of one figure (2019年和2024年哪年多: the year), or two programmes' figures,
        each read in its own clause (汶川…的资金（截至2010年4月）与三峡…的资金（截至2005年）哪个更多: the programme).
        None when the question names no two such sides or the figures do not decide it (then it is read as before)."""
        less = bool(FIGURE_LESS.search(text)) and not FIGURE_MORE.search(text)
        batches = [1 if c else written_number(a or b) for a, b, c in BATCH_NUMBERED.findall(text)]  # (首批: the first)
        years = sorted(set(re.findall(r"(\d{4})年", text)))
        sides: list[tuple[dict, list[dict]]] = []  # (the answer item, the facts of that side)
        if len(set(batches)) == 2 and name == "batch":
            join = FIGURE_JOIN.search(text) if len(programmes) == 2 else None
            clauses = (text[:join.start()], text[join.end():]) if join else ()
            for i, n in enumerate(dict.fromkeys(batches)):
                pool = credible(facts)
                if clauses:  # 第十批援藏干部人才同第五批援青: each clause's batch of its own programme, where it names one
                    own, _ = self.programmes_in(clauses[i], [m for m in mentions if clauses[i].find(m.text) >= 0])
                    if len(own) == 1:
                        pool = [f for f in credible(self.facts(own)) if f["cls"] == "CadreBatch"]
                chosen = narrowed([f for f in pool if f["batch"] == n], text)
                sides.append(({"label": chosen[0]["label"], "iri": chosen[0]["fact"]} if chosen else {}, chosen))
        elif len(batches) == 2 and name == "batch" and len(programmes) == 2 and (join := FIGURE_JOIN.search(text)):
            # 第五批援藏干部和第五批援青干部: one number, two programmes — each clause its own programme's batch
            for clause, n in ((text[:join.start()], batches[0]), (text[join.end():], batches[1])):
                own, _ = self.programmes_in(clause, [m for m in mentions if clause.find(m.text) >= 0])
                if len(own) != 1:
                    return None
                chosen = narrowed([f for f in credible(self.facts(own)) if f["cls"] == "CadreBatch" and f["batch"] == n],
                                  clause)
                sides.append(({"label": chosen[0]["label"], "iri": chosen[0]["fact"]} if chosen else {}, chosen))
        elif len(programmes) == 2 and (join := FIGURE_JOIN.search(text)):
            clauses = ((text[:join.start()], [m for m in mentions if m.end <= join.start()]),
                       (text[join.end():], [m for m in mentions if m.start >= join.end()]))
            for clause, inside in clauses:
                own, _ = self.programmes_in(clause, inside)
                if len(own) != 1:
                    return None
                of = [f for f in self.facts(own) if f["cls"] in dict((t, c) for t, _, c in TOPICS)[name]]
                chosen, _ = within(of, clause) if find_years(clause) else (longest(credible(of)), "")
                chosen = [f for f in credible(chosen) if f["value"] is not None]
                sides.append(({"label": self.labels.get(own[0], own[0]), "iri": own[0]}, chosen))
        elif len(years) == 2 and len(programmes) == 1:
            for y in years:
                chosen = [f for f in credible(facts) if f["start"] == int(y) and f["end"] == int(y) and f["value"] is not None]
                sides.append(({"value": int(y)}, narrowed(chosen, text)))
        else:
            return None
        if len(sides) != 2 or any(not chosen or not item for item, chosen in sides) \
                or len({f.get("unit") for _, chosen in sides for f in chosen}) != 1:
            return None
        (a, fa), (b, fb) = sides
        if FIGURE_DIFFERENCE.search(text) and not (FIGURE_MORE.search(text) or FIGURE_LESS.search(text)):
            return self.difference(result, name, programmes, sides)
        if min(f["value"] for f in fa) > max(f["value"] for f in fb):
            winner = b if less else a
        elif min(f["value"] for f in fb) > max(f["value"] for f in fa):
            winner = a if less else b
        else:
            return None  # the reports of one side overlap the other's: not decided
        def side(item):
            return f"{item['value']}年" if "value" in item else item["label"].split("：")[0]
        said = "；".join(f"{side(item)}：" + "、".join(figure(f) for f in chosen) for item, chosen in sides)
        shown = fa + fb
        result.update(status="ok", template=f"mechanism_{name}_compared", answers=[winner],
                      sparql=shown_query(FACTS_QUERY, programmes), table=table(shown, self.sources),
                      sources=self.sources.for_facts([f["fact"] for f in shown]),
                      interpretation=f"理解为：比较两项{TOPIC_ZH[name]}，问{'较少' if less else '较多'}的一方",
                      text=f"{said}。{'较少' if less else '较多'}的是{side(winner)}。")
        return result

    def ratio(self, result: dict, asked: re.Match, name: str, mentions: list, programmes: list[str]) -> dict | None:
        """汶川的比例是援藏的几倍: the figure of the programme named before 是 over that of the one named after it (each
        side's own figure of the topic, the latest credible one; units of one measure converted: 1% is 10‰); None when a
        side names no one programme or holds no one figure (then it is read as before)."""
        sides: list[tuple[str, dict]] = []
        for group in ("a", "b"):
            clause = asked.group(group)
            inside = [m for m in mentions if asked.start(group) <= m.start and m.end <= asked.end(group)]
            own, _ = self.programmes_in(clause, inside)
            if not own:  # (汶川的比例: a short name the whole question's programmes hold, 汶川重建)
                own = [p for p in programmes if any(pair in clause for pair in pairs(self.labels.get(p, "")))]
            if len(own) != 1:
                return None
            of = [f for f in credible(self.facts(own)) if f["value"] is not None and f.get("unit") in FIGURE_UNITS
                  and f["cls"] in dict((t, c) for t, _, c in TOPICS)[name]]
            of = longest(of) or [f for f in of if not PART.search(f.get("scope", ""))] or of  # (not one supporter's own)
            chosen = narrowed(of, clause) if of else []
            if len(chosen) != 1:
                return None
            sides.append((own[0], chosen[0]))
        (pa, fa), (pb, fb) = sides
        if not fb["value"] or (fa.get("unit") == "") != (fb.get("unit") == ""):
            return None  # (a share against a count is no ratio)
        value = fa["value"] * FIGURE_UNITS[fa["unit"]] / (fb["value"] * FIGURE_UNITS[fb["unit"]])
        value = int(round(value)) if abs(value - round(value)) < 1e-9 else round(value, 2)
        rough = any(f.get("qualifier") for f in (fa, fb))
        said = "；".join(f"{self.labels.get(p, p)}：{figure(f)}" for p, f in sides)
        result.update(status="ok", template=f"mechanism_{name}_ratio", answers=[{"value": value}],
                      sparql=shown_query(FACTS_QUERY, [pa, pb]), table=table([fa, fb], self.sources),
                      sources=self.sources.for_facts([fa["fact"], fb["fact"]]),
                      interpretation=f"理解为：两项{TOPIC_ZH[name]}之比（{self.labels.get(pa, pa)}÷{self.labels.get(pb, pb)}）",
                      text=f"{said}。前者是后者的" + ("约" if rough else "") + f"{value}倍" +
                      ("（所据数字有约数或下限，倍数只是约数）" if rough else "") + "。")
        return result

    def difference(self, result: dict, name: str, programmes: list[str], sides: list[tuple[dict, list[dict]]]) -> dict:
        """第十批援藏干部人才比第五批多了多少人: the difference of the two figures; where a side has two reports (2114 and
        2117) each difference is given, with the reports it rests on (conflicts stay visible)."""
        (a, fa), (b, fb) = sides
        places = max(decimals(f["value"]) for f in fa + fb)  # (229 − 228.9 is 0.1, not 0.0999…)
        values = sorted({round(abs(x["value"] - y["value"]), places) for x in fa for y in fb})
        values = [int(v) if places == 0 else v for v in values]
        unit = fa[0].get("unit") or ""
        rough = any(f.get("qualifier") for f in fa + fb)  # (首批 200人以上: 579 less it is about 379 at most)
        said = "；".join(f"{item['label'].split('：')[0] if 'label' in item else str(item['value']) + '年'}：" +
                        "、".join(figure(f) for f in chosen) for item, chosen in sides)
        shown = fa + fb
        result.update(status="ok", template=f"mechanism_{name}_difference", answers=[{"value": v} for v in values],
                      sparql=shown_query(FACTS_QUERY, programmes), table=table(shown, self.sources),
                      sources=self.sources.for_facts([f["fact"] for f in shown]),
                      interpretation=f"理解为：两项{TOPIC_ZH[name]}之差",
                      text=f"{said}。相差" + ("约" if rough else "") + "或".join(f"{v}{unit}" for v in values) +
                      ("（一方有两个不同的报道数字，各算一次）" if len(values) > 1 else "") +
                      ("（所据数字有约数或下限，差值只是约数）" if rough else "") + "。")
        return result

    def rule_named(self, programmes: list[str], text: str) -> bool:
        """援疆资金的“两个80%”是什么意思: a rule named by the quoted words of its own name, with a formula of its own
        (dk:practice), asked what it means: the formula, not a definition of a term."""
        return any(f.get("practice") and any(normalise(q) in text for q in QUOTED_NAME.findall(f["label"]))
                   for f in self.facts(programmes))

    def programmes_in(self, text: str, mentions: list) -> tuple[list[str], list]:
        """The programmes with mechanism facts that the question points at: those the gazetteer linked (a round stands
        for its programme), the one two short names written together form a pairing in (闽宁协作: 福建 and 宁夏), and
        the words of vocabulary.yaml that point at one without naming it (进藏干部; 对口支援西藏: a place beside a word of
        aid, never a bare place: 西藏有多少人). Also the actor mentions read as the pair."""
        likeness = [s.span(1) for s in LIKENESS.finditer(text)]
        named = [m for m in mentions if m.kind == "programme"]
        if (asked := [m for m in named if not any(a <= m.start < b for a, b in likeness)]) and len(asked) < len(named):
            named = asked  # (援青有没有像援藏…那样的比例: 援藏 is the likeness, 援青 is asked)
        found = [self.rounds.get(c.iri, c.iri) for m in named for c in m.best]
        events = {c.iri for m in mentions if m.kind == "event" for c in m.best}  # 第三次西藏工作座谈会: its facts' programme
        found += [f["programme"] for f in self.every() if f.get("event") in events]
        actors = [m for m in mentions if m.kind == "actor" and not m.ambiguous]
        paired = [m for a, b in zip(actors, actors[1:]) if a.end == b.start and len(a.text) == len(b.text) == 1
                  for m in (a, b)]
        of_pairs = [r["prog"].value for a, b in zip(paired[::2], paired[1::2]) for r in self.store.query(
            PAIR_QUERY, substitutions={"a": ox.NamedNode(a.best[0].iri), "b": ox.NamedNode(b.best[0].iri)})]
        aid = V.aid.search(text)
        found += [ID + key for key, words in V.programme_words.items() if any(w in text for w in words)]
        found += [ID + key for place, key in V.programme_places.items() if aid and place in text]
        found += [ID + key for key, sides in V.programme_sides.items() if sides.search(text)]
        named = [short_name(m.text) for m in actors]  # 天津市对口支援黄南州的资金: a figure whose measure names both actors
        one = len(named) == 1 and not found and (topic := topic_of(text)) is not None and topic[0] in SUMMED
        found += [f["programme"] for f in self.every() if aid and (len(named) >= 2 or one)
                  and f["value"] is not None and all(n in measure_of(f) for n in named)]  # (黄南州这十年的援助资金: one named)
        of_pairs = [p for p in of_pairs if self.facts_of(p)]
        return [p for p in dict.fromkeys(found + of_pairs) if self.facts_of(p)], paired if of_pairs else []

    def launch_by_kind(self, text: str, programmes: list[str], mentions: list) -> list[dict] | None:
        """The launch facts of the kind of document the question names (通知, 方案), a day or an issuing year asked and
        no meeting or document linked by name: those whose own words the question restates best, else all of that kind."""
        if not programmes or any(m.kind == "event" for m in mentions) \
                or not (V.day_asked.search(text) or YEAR_ASKED.search(text) and V.issued.search(text)) \
                or (kind := next((w for w in V.launch_kinds if w in text), None)) is None:
            return None
        launches = [f for f in self.facts(programmes) if f["cls"] == "LaunchEvent" and kind in f["label"]]
        names = set().union(*(self.name_pairs.get(p, set()) for p in programmes))
        return (measured(launches, masked(text, mentions), names) or launches) or None

    def named_launch(self, programmes: list[str], text: str, mentions: list) -> bool:
        """A launch named in full, more precisely than any meeting the gazetteer found in it."""
        events = [m.text for m in mentions if m.kind == "event"]
        said = self.spelled(text)
        return any(f["cls"] == "LaunchEvent" and self.spelled(launch_name(f)) in said
                   and all(len(e) < len(launch_name(f)) and e in launch_name(f) for e in events)
                   for f in self.facts(programmes))

    def spelled(self, text: str) -> str:
        return spelled(text, self.spellings)

    def names_other_actor(self, text: str, mentions: list, programmes: list[str], classes: tuple[str, ...]) -> bool:
        """上海援藏投入了多少资金: the graph's figures are per programme, not per supporter or recipient. An actor that
        stands for everyone (全国, 中央), is the place a programme is named by (对口支援新疆), or is the one supporter or
        place a figure's own scope names (天津市一方), is no other actor."""
        facts = [f for f in self.facts(programmes) if f["cls"] in classes]
        words = [w for ws in V.programme_words.values() for w in ws] + list(V.programme_places) + list(V.everyone) \
            + [m.text for m in mentions if m.kind == "programme"] + [self.labels.get(p, "") for p in programmes] \
            + list(scope_names(facts))  # 天津援青资金的比例
        # 天津市对口支援黄南州的资金, 由国务院三峡工程移民试点工作领导小组协调: the actors a fact's own words name
        measures = [measure_of(f) + f.get("principle", "") for f in facts]
        return any(m.kind == "actor" and not any(m.text in w or w in m.text for w in words if w)
                   and not any(short_name(m.text) in w for w in measures) for m in mentions)

    def facts(self, programmes: list[str]) -> list[dict]:
        out: dict[str, dict] = {}
        for programme in programmes:
            for fact in self.facts_of(programme):
                out.setdefault(fact["fact"], fact)
        return list(out.values())

    def facts_of(self, programme: str) -> list[dict]:
        """A programme's facts."""
        self.every()
        return self._facts.get(programme, [])

    def every(self) -> list[dict]:
        """Every programme's facts, read once (like the pipeline's gazetteer, for the life of this store)."""
        if self._facts is None:  # (not `if not`: a graph without mechanism facts read them again for every question)
            read = {(f["programme"], f["fact"]): f for f in (fact_of(row_of(s)) for s in self.store.query(FACTS_QUERY))}
            self._facts = {}
            for f in read.values():
                self._facts.setdefault(f["programme"], []).append(f)
        return [f for facts in self._facts.values() for f in facts]

    def who(self, result: dict, text: str, programmes: list[str]) -> dict:
        """谁负责选派援疆干部: the bodies the programme's rules name, or the rule's own words when it names none we hold."""
        names = "、".join(self.labels.get(p, p) for p in programmes)
        result.update(template="mechanism_who", sparql=shown_query(WHO_QUERY, programmes),
                      interpretation=f"理解为：负责选派或组织的机关（{names}）")
        rules = {f["fact"]: f for f in self.facts(programmes) if f["cls"] == "ManagementRule"}
        bodies = self.bodies(programmes, MECHANISM_OF["funding" if V.funds_or_projects.search(text) else "cadre"]) \
            or self.bodies(programmes, None)  # 东北对口合作是哪个部门牵头的: the body of any of its rules
        bodies = keyed(bodies, rules, text)  # 考核由哪个机构负责: the body of the rule the question's key words name
        if bodies and all(rules.get(f, {}).get("status") == "Unverified" for b in bodies.values() for f in b["_facts"]):
            result.update(status="no_fact", answers=[], sources=self.sources.for_facts([f for b in bodies.values() for f in b["_facts"]]),
                          unverified_answers=[{"label": b["label"], "iri": b["iri"], "unverified": True} for b in bodies.values()],
                          text=f"{names}：图谱只在未核实的记录中写到由{'、'.join(b['label'] for b in bodies.values())}负责，"
                               "不作为答案（没有记录不等于不存在）。")
            return result
        if not bodies:
            said_so = [f for f in rules.values() if V.responsible.search(f.get("principle", ""))]
            if not said_so:
                return no_fact(result, f"图谱没有记录{names}由哪个机关负责这项工作。")
            named = {found.group(1): f["fact"] for f in said_so if (found := V.responsible_body.search(f["principle"]))}
            result.update(status="ok", answers=[{"value": v, "fact": fact} for v, fact in named.items()]
                          if len(named) == len(said_so)  # the body the rule names, else its words
                          else [{"value": f["principle"], "fact": f["fact"]} for f in said_so],
                          sources=self.sources.for_facts([f["fact"] for f in said_so]),
                          text=f"{names}：" + "；".join(said(f) for f in said_so) + "。")
            return result
        facts = [f for b in bodies.values() for f in b["_facts"]]
        why = "；".join(sorted({rules[f]["label"] for f in facts if f in rules}))
        unverified = "（未核实）" if all(f in self.sources.unverified for f in facts) else ""
        result.update(status="ok", answers=[{"label": b["label"], "iri": b["iri"]}  # (the one rule that names it: its fact)
                                           | ({"fact": b["_facts"][0]} if len(set(b["_facts"])) == 1 else {})
                                           for b in bodies.values()],
                      sources=self.sources.for_facts(facts),
                      text=f"{names}：由{'、'.join(b['label'] for b in bodies.values())}负责（{why}）。{unverified}")
        if V.principle_too.search(text) and (stated := [rules[f]["principle"] for f in dict.fromkeys(facts)
                                                         if rules.get(f, {}).get("principle")]):
            result["text"] += "规则原文：" + "；".join(stated)
        return result

    def bodies(self, programmes: list[str], mechanism: str | None) -> dict[str, dict]:
        """The bodies the programmes' rules of one mechanism (or of any: None) name as responsible, with those rules."""
        found: dict[str, dict] = {}
        for programme in programmes:
            bound = {"programme": ox.NamedNode(programme)} | ({"mechanism": ox.NamedNode(mechanism)} if mechanism else {})
            for s in self.store.query(WHO_QUERY, substitutions=bound):
                b = found.setdefault(s["item"].value, {"label": s["itemLabel"].value, "iri": s["item"].value, "_facts": []})
                b["_facts"].append(s["fact"].value)
        return found


def keyed(bodies: dict[str, dict], rules: dict[str, dict], text: str) -> dict[str, dict]:
    """The bodies of the rules whose words say what the question's key words ask (考核, 监测), when some do; all
    otherwise."""
    keys = [k for k in PRINCIPLE_KEYS if re.search(k, text)]
    def says(fact: str) -> bool:
        rule = rules.get(fact, {})
        return all(re.search(PRINCIPLE_KEYS[k], rule.get("label", "") + rule.get("principle", "")) for k in keys)
    picked = {iri: b for iri, b in bodies.items() if keys and any(says(f) for f in b["_facts"])}
    return picked or bodies


def row_of(solution) -> dict:
    return {v: solution[v] for v in ("programme", "fact", "cls", "label", "value", "min", "max", "unit", "qualifier", "start", "end", "date",
                                     "batch", "kind", "scope", "principle", "practice", "status", "event", "eventLabel", "base",
                                     "row") if solution[v] is not None}


def fact_of(row: dict) -> dict:
    number = row.get("value")
    fact = {k: row[k].value for k in ("programme", "fact", "label", "status", "unit", "qualifier", "kind", "scope", "principle", "practice",
                                      "event", "eventLabel", "base", "row") if k in row}
    fact.update(cls=row["cls"].value.removeprefix(DK), start=int(row["start"].value),
                end=int(row["end"].value) if "end" in row else None,
                value=typed(number) if number is not None else None,
                batch=int(row["batch"].value) if "batch" in row else None,
                date=row["date"].value if "date" in row else None,
                range=f"{typed(row['min'])}—{typed(row['max'])}" if "min" in row else None)
    fact["status"] = fact["status"].removeprefix(DK)
    fact["qualifier"] = fact.get("qualifier", "").removeprefix(DK)
    return fact


def typed(term: ox.Literal):
    return int(term.value) if term.datatype.value.endswith("#integer") else float(term.value)


def period(f: dict) -> str:
    if f["end"] is None:
        return f"{f['start']}年起"
    return f"{f['start']}年" if f["start"] == f["end"] else f"{f['start']}—{f['end']}年"


def figure(f: dict) -> str:
    unit = f.get("unit", "")
    if f["range"]:
        return f"{f['range']}{unit}"
    if f["value"] is None:
        return f["date"] or str(f["start"])
    text = f"{f['value']:g}{unit}" if isinstance(f["value"], float) else f"{f['value']}{unit}"
    return QUALIFIER.get(f["qualifier"], "{}").format(text)


def share(f: dict) -> str:
    """A funding rule's share with its sign (1‰ of the supporter's revenue, 8% a year more: 8%)."""
    number = f"{f['value']:g}" if isinstance(f["value"], float) else str(f["value"])
    return number + f.get("unit", "").removesuffix("/年")


def shown_query(query: str, programmes: list[str]) -> str:
    values = " ".join(f"<{p}>" for p in programmes)
    return query.replace("WHERE {", f"WHERE {{\n  VALUES ?programme {{ {values} }}", 1)


def no_fact(result: dict, text: str) -> dict:
    result.update(status="no_fact", answers=[], text=text + "（没有记录不等于不存在。）")
    return result


class Asked:
    """One mechanism question: which of the programme's facts answer it, and how they are said."""

    def __init__(self, topic: str, text: str, programmes: list[str], facts: list[dict], held: list[dict],
                 labels: dict[str, str], restated: bool = False, spellings: tuple = ()):
        self.topic, self.text, self.programmes, self.all, self.held = topic, text, programmes, facts, held
        self.spellings = spellings  # (long, short) programme names: a launch named with the short one
        self.restated = restated  # the facts are those whose own measure the question restates: its era words only date them
        self.names = "、".join(labels.get(p, p) for p in programmes)

    def render(self, result: dict, sources: render.SourceIndex) -> dict:
        chosen, how = self.choose()
        result.update(template=f"mechanism_{self.topic}", sparql=shown_query(FACTS_QUERY, self.programmes),
                      interpretation=f"理解为：{self.names}的{TOPIC_ZH[self.topic]}（{how}）")
        if not chosen:
            return no_fact(result, self.lacking(how))
        chosen = sorted(chosen, key=lambda f: (f["date"] or "", f["start"], f["end"] or 9999)) if len(chosen) > 1 else chosen
        if WORDING_ASKED.search(self.text) and (worded := [f for f in chosen if f.get("practice")]):
            chosen = worded  # 援藏干部选派的方式是哪几个字: the rule that has a formula of its own
        answers = [self.answer_of(f) for f in chosen]
        shown = self.all if self.topic in SUMMED | {"batch_ranked"} else chosen  # a series, or the batches ranked: every report
        rows = sorted(shown, key=lambda f: (f["start"], f["end"] or 9999, f["fact"]))
        result.update(status="ok", answers=answers, sources=sources.for_facts([f["fact"] for f in chosen + rows]),
                      table=table(rows, sources), text=self.sentence(chosen),
                      suggestions=[s.format(p=self.names) for s in SUGGESTIONS])
        return result

    def choose(self) -> tuple[list[dict], str]:
        """The facts that answer the question, and how the question was read (for the interpretation)."""
        special = getattr(self, f"choose_{self.topic}", None)
        if special is not None:
            return special(self.all)
        facts, when = within(self.all, self.text, bare_span=self.topic != "term")
        if self.restated and not facts:  # 新一轮援疆头两年，拨付到疆的资金: the measure said, the era only describes it
            facts, when = self.all, "所问口径"
        facts = said_scopes(narrowed(facts, self.text), self.text)  # within the period first: words then pick among what is left
        if when:
            return credible(facts), when
        if SERIES.search(self.text) or self.topic == "term":
            return credible(facts), "各时期" if self.topic in SUMMED else "全部记录"
        one = any(name in self.text for name in scope_names(facts))  # 江苏援藏资金: that one supporter's own figure
        return longest(credible(facts), one), "时期最长、最新的累计数"

    def choose_batch(self, facts: list[dict]) -> tuple[list[dict], str]:
        found = V.first_batch.search(self.text)
        n = int(found.group(1)) if found else 1  # 首批
        return narrowed([f for f in facts if f["batch"] == n], self.text), f"第{n}批"

    def choose_batch_ranked(self, facts: list[dict]) -> tuple[list[dict], str]:
        """援藏干部哪一批人数最多 (截至2022年, 截至第十批): among the numbered batches the graph records (credible reports,
        within the bound the question sets), the one with the most (or fewest) people — every report of that batch."""
        numbered = credible([f for f in facts if f["batch"] and f["value"] is not None])
        if (bound := BATCH_BOUND.search(self.text)) and bound.group(1):
            numbered = [f for f in numbered if f["start"] <= int(bound.group(1))]
        elif bound:
            numbered = [f for f in numbered if f["batch"] <= written_number(bound.group(2))]
        if len({f["batch"] for f in numbered}) < 2:
            return [], "各批人数排名"
        pick = min if RANKED_LEAST.search(self.text) else max
        best = pick(numbered, key=lambda f: f["value"])["batch"]
        ranked = "、".join(f"第{n}批" for n in sorted({f["batch"] for f in numbered}))
        return [f for f in numbered if f["batch"] == best], f"在图谱记录的{ranked}中人数{'最少' if pick is min else '最多'}"

    def choose_batches(self, facts: list[dict]) -> tuple[list[dict], str]:
        """援藏干部已派了几批: the highest batch number the credible reports give."""
        numbered = [f for f in credible(facts) if f["batch"]]
        last = max((f["batch"] for f in numbered), default=None)
        return [f for f in numbered if f["batch"] == last][:1], "已选派的批数"

    def choose_team(self, facts: list[dict]) -> tuple[list[dict], str]:
        kind = next((k for k, p in KINDS.items() if p.search(V.team_word.sub("", self.text))), None)
        facts = [f for f in facts if kind is None or f.get("kind", "").endswith(KIND_IRI[kind])]
        if YEAR_ASKED.search(self.text) or WHEN.search(self.text) or V.began.search(self.text):
            first = min((f["start"] for f in facts), default=None)
            starts = [f for f in facts if f["start"] == first]
            return [f for f in starts if f["value"] is None] or starts[:1], "起始年份"
        unit = "年" if V.how_long.search(self.text) else "人" if V.persons_asked.search(self.text) \
            else "家" if V.hospitals.search(self.text) else "人"  # (每轮待多久: years; 多少名三级医院专家: people)
        units = {unit}
        if unit == "年":  # a length: in the unit asked (至少驻点几个月: months), either when none is (多久, 多长时间)
            units = {"个月"} if V.months_asked.search(self.text) else {"年"} if V.years_asked_long.search(self.text) \
                else {"年", "个月"}
        counted = credible([f for f in facts if f.get("unit", "").split("/")[0] in units])  # (人/年: people a year)
        counted = narrowed(counted, self.text)  # 前两批, 第一轮: the report whose own scope or measure the question restates
        dated, when = within(counted, self.text)  # 截至2017年6月…多少医疗人才, 2022年第十批…: that period's report
        what = {"家": "医院数", "年": "每轮时长" if units == {"年"} else "时长"}.get(unit, "人数")
        return (dated, f"{what}，{when}") if when else (counted, what)  # (a period with no report: none, not all)

    def choose_rule(self, facts: list[dict]) -> tuple[list[dict], str]:
        growth = bool(GROWTH.search(self.text))
        return credible([f for f in facts if f.get("unit", "").endswith("/年") == growth]), "增幅" if growth else "比例"

    def choose_done(self, facts: list[dict]) -> tuple[list[dict], str]:
        return [f for f in facts if f["date"]], "完成时间"

    def choose_principle(self, facts: list[dict]) -> tuple[list[dict], str]:
        asked = V.set_aside.sub("", self.text)  # 除了给钱，人才这块是怎么做的: money set aside picks no rule
        keys = [k for k in PRINCIPLE_KEYS if re.search(k, asked)]
        said_of = [f for f in facts if keys and all(re.search(PRINCIPLE_KEYS[k], f["label"] + f.get("principle", ""))
                                                    for k in keys)]
        named = measured(credible(said_of or facts), asked)  # 人员和智力支持这块: the rule its own name's words pick
        return credible(named or said_of or facts), "、".join(k.split("|")[0] for k in keys) or "全部记录"

    def choose_launch(self, facts: list[dict]) -> tuple[list[dict], str]:
        named = [f for f in facts if launch_name(f) in self.text] or [
            f for f in facts if spelled(launch_name(f), self.spellings) in spelled(self.text, self.spellings)]  # (全国援疆工作会议)
        if named:  # the most precise name: 第2次全国对口支援新疆工作会议, not 全国对口支援新疆工作会议
            longest_name = max(len(launch_name(f)) for f in named)
            named = [f for f in named if len(launch_name(f)) == longest_name]
            return named, launch_name(named[0])
        kind = next((w for w in V.meeting_kinds if w in self.text), None)
        facts = [f for f in facts if kind is None or kind in f["label"]] or facts
        return sorted(facts, key=lambda f: f["date"] or ""), kind or "启动事件时间线"

    def answer_of(self, f: dict) -> dict:
        if self.topic == "launch" and WHICH.search(self.text) and f.get("event"):
            return {"label": f["eventLabel"], "iri": f["event"], "fact": f["fact"],
                    **({"unverified": True} if f["status"] == "Unverified" else {})}
        if self.topic == "launch" and self.year_only():
            value = int(f["date"][:4])
        elif self.topic == "done" or (self.topic == "launch" and WHEN_HELD.search(self.text)):
            value = f["date"]
        elif self.topic == "rule" and BASE_ASKED.search(self.text):
            value = f.get("base")
        elif self.topic == "batches":
            value = f["batch"]
        elif self.topic == "batch" and (YEAR_ASKED.search(self.text) or WHEN.search(self.text)):
            value = f["start"]
        elif f.get("practice") and WORDING_ASKED.search(self.text):
            value = f["practice"]  # 哪十二个字, “两个80%”是什么意思, 多久开一次: the rule's own short formula
        elif self.topic == "principle" and (YEAR_ASKED.search(self.text) or WHEN.search(self.text)):
            value = f["start"]  # 援藏资金的两个80%是哪一年（什么时候）提出的: the year the rule was first recorded
        elif self.topic == "principle" or (f["value"] is None and f.get("principle")):
            value = f["principle"]
        elif self.topic == "team" and (YEAR_ASKED.search(self.text) or WHEN.search(self.text)):
            value = f["start"]  # 组团式援疆从哪年开始的: the year, not the figure of its first report
        elif self.topic in ("launch", "team") and f["value"] is None:
            value = int(f["date"][:4]) if f["date"] and (self.year_only() or len(f["date"]) == 4) \
                else (f["date"] or f["start"])
        elif f["cls"] == "FundingRule" and f["value"] is not None and V.unit_asked.search(self.text):
            value = f["value"]  # 千分之几, 百分之多少: the number of the unit the question names
        elif f["cls"] == "FundingRule" and f["value"] is not None:
            value = share(f)  # 1%, 0.5‰, 8%: a share as people write it, with its sign
        else:
            value = figure(f) if f["range"] else f["value"]
        out = {"value": value, "fact": f["fact"]}  # the fact it comes from: a gold may name either (tests/qa/README.md)
        out.update(date_forms(value))
        if f["status"] == "Unverified":
            out["unverified"] = True
        return out

    def year_only(self) -> bool:
        """哪一年 asked and no month or day beside it (哪年几月 asks the date)."""
        return bool(YEAR_ASKED.search(self.text)) and not V.month_asked.search(self.text)

    def sentence(self, chosen: list[dict]) -> str:
        head = f"{self.names}：" + "；".join(said(f) for f in chosen) + "。"
        if self.topic == "batch_ranked":
            head += "只比较图谱记录了人数的批次（见表，各批口径不尽相同），未记录的批次不在其中。"
        if len({figure(f) for f in chosen}) > 1 and self.topic in ("batch", "batch_ranked"):
            head += "不同报道给出的数字不同，均列出并各附来源。"
        others = [f for f in self.all if f not in chosen and f["cls"] in CUMULATIVE and self.topic in SUMMED]
        if others:
            head += f"图谱另有{len(others)}个不同时期或口径的数字（见表），时期重叠的累计数不能相加。"
        elif len(chosen) > 1 and self.topic in SUMMED:
            head += "各数字的时期或口径不同，时期重叠的累计数不能相加。"
        return head

    def lacking(self, how: str) -> str:
        held = sorted({TOPIC_ZH[t] for t, _, classes in TOPICS if t not in ("who", "done") and any(f["cls"] in classes for f in self.held)})
        return (f"图谱没有{self.names}的{TOPIC_ZH[self.topic]}（{how}）的记录；图谱记录的{self.names}机制事实有："
                + ("、".join(held) or "无") + "（按援助计划和时期，不分具体省市或受援地）。")


TOPIC_ZH = {"who": "负责机关", "batch": "干部人才批次", "batch_ranked": "干部人才批次", "batches": "干部人才批数", "team": "“组团式”人才支援", "term": "干部人才任期",
            "rule": "资金安排比例", "principle": "管理规则", "done": "完成时限", "cadre": "干部人才人数", "project": "援助项目数",
            "funding": "援助资金", "launch": "启动事件"}
KIND_IRI = {"medical": "MedicalTeam", "education": "EducationTeam"}
CUMULATIVE = {"FundingReport", "ProjectReport", "CadreCount"}
SUMMED = {"funding", "project", "cadre"}
FIGURES = SUMMED | {"batch", "team", "term", "rule"}  # the topics that ask a figure (a restated measure picks among them)
# the topic a fact of each class answers when its measure, not the question's topic words, picks it
TOPIC_OF_CLASS = {cls: (name, classes) for name, _, classes in reversed(TOPICS) for cls in classes if name not in ("batch", "batches")}
HAN_PAIR = re.compile("(?=([\u4e00-\u9fff]{2}))")
MEASURE_PAIRS = 2
ACROSS_TOPICS = 0.6  # the share of its measure's pairs a question restates to ask a figure of another topic than its words'
COMMON_PAIR = 3  # a pair in this many measures is a word of the topic, not of one measure
SUGGESTIONS = ["{p}资金各时期投入多少？", "{p}干部人才一共选派了多少人？", "谁负责选派{p}干部？"]


def said(f: dict) -> str:
    """第十批援藏干部人才：2114人（2022—2025年，已核实，口径：…）——principle."""
    what = f["label"] if f["value"] is None and not f["range"] else f["label"].split("：")[0] + "：" + figure(f)
    notes = ([] if f["date"] else [period(f)]) + [STATUS_ZH[f["status"]]] + ([f"口径：{f['scope']}"] if f.get("scope") else [])
    rule = f"——{f['principle'].rstrip('。')}" if f.get("principle") else ""
    return f"{what}（{'，'.join(notes)}）{rule}"


def spellings(names: dict[str, set[str]]) -> tuple[tuple[str, str], ...]:
    """(long, short) for each programme name and the programme's shortest name, longest first; a name that is one of two
    programmes' is left as written."""
    shared = {n for ns in names.values() for n in ns if sum(n in other for other in names.values()) > 1}
    out = [(n, min(ns, key=len)) for ns in names.values() for n in ns
           if n not in shared and len(n) > len(min(ns, key=len)) and not re.search("[（(]", n)]
    return tuple(sorted(out, key=lambda p: -len(p[0])))


def spelled(text: str, spellings: tuple[tuple[str, str], ...]) -> str:
    """The text with each programme name longer than its shortest written as the shortest (第7次全国援疆工作会议)."""
    for long, short in spellings:
        text = text.replace(long, short)
    return text


def launch_name(f: dict) -> str:
    """中央第三次西藏工作座谈会（1994-07） → 第3次西藏工作座谈会, as the normaliser writes a question."""
    name = re.sub(r"（[^）]*）$", "", f["label"]).removeprefix("中央")
    return normalise(re.sub(r"\(.*?\)|《|》", "", name))


def scope_names(facts: list[dict]) -> tuple[str, ...]:
    """The supporters and places the facts' own scopes name (江苏一省 → 江苏, 天津市一方 → 天津, 黄南州一州 → 黄南): a
    question naming one narrows to its figures. From the data, so a new fact's place needs no new word here."""
    names = {re.sub("[省市州县区]$", "", PART.sub("", f["scope"])) for f in facts if PART.search(f.get("scope", ""))}
    return tuple(sorted(n for n in names if len(n) >= 2))


def spoken_out(text: str) -> str:
    """A measure word as people shorten it, written out (专技 → 专业技术: vocabulary.yaml, `spoken`)."""
    for short, full in V.spoken.items():
        text = text.replace(short, full)
    return text


def said_scopes(facts: list[dict], text: str) -> list[dict]:
    """黄南州这十年落实的资金: a figure for one supporter or place the question does not name (天津市一方) left out
    beside the others, when any is left."""
    kept = [f for f in facts if not (names := scope_names([f])) or any(n in text for n in names)]
    return kept or facts


def narrowed(facts: list[dict], text: str) -> list[dict]:
    """中央单位援疆干部, 党政干部, 教师: the facts whose measure or scope says what the question says, when some do; a
    part of a fact's own scope the question restates (前两批) and the first round however written (第1轮 → 首轮) too."""
    text = spoken_out(text)  # 专技人才 → 专业技术人才
    if (batch := V.first_batch.search(text)) and (numbered := [f for f in facts if batch.group(0) in normalise(f["label"])]):
        facts = numbered  # 在藏重大建设项目第四批: the report its own label numbers so
    words = [w for w in NARROW + scope_names(facts) + scope_parts(facts) if w in text]
    years = [y for y in dict.fromkeys(re.findall(r"(\d{4})年", text))  # 2022年进藏的第十批: the report its own scope dates so
             if any(y in f.get("scope", "") for f in facts) and not all(y in f.get("scope", "") for f in facts)]
    facts = [f for f in facts if all(y in f.get("scope", "") for y in years)] or facts
    if V.first_round.search(text):
        words += [w for w in ("首轮", "首批") if any(w in f["label"] + f.get("scope", "") for f in facts)][:1]
    said_of = [f for f in facts if words and all(w in f.get("measure", f["label"]) + f.get("scope", "") for w in words)]
    return said_of or facts


def scope_parts(facts: list[dict]) -> tuple[str, ...]:
    """The parts of the facts' own scopes (口径) a question may restate to pick one (前两批, 前4批): those of three or more
    characters that set some facts apart from the others."""
    parts = {p for f in facts for p in re.split("[，、,（）()]", normalise(f.get("scope", ""))) if len(p) >= 3}
    return tuple(sorted(p for p in parts if not all(p in normalise(f.get("scope", "")) for f in facts)))


def masked(text: str, mentions: list) -> str:
    """The question with the programmes it names blanked out: a programme's name is no measure of one of its figures."""
    for m in mentions:
        if m.kind == "programme":
            text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    return text


def measure_of(f: dict) -> str:
    """What a fact measures: its label before the value (第十批援藏和第五批援青干部人才中来自中央单位的：458人 → …的)."""
    return f["label"].split("：")[0]


def short_name(name: str) -> str:
    """天津市 → 天津, 黄南州 → 黄南: a place as a measure may write it."""
    return re.sub("[省市州县区]$", "", name) if len(name) > 2 else name


def pairs(text: str) -> set[str]:
    return {m.group(1) for m in HAN_PAIR.finditer(text)}


def measured(facts: list[dict], text: str, names: set[str] = frozenset(), least: int = MEASURE_PAIRS) -> list[dict]:
    """The facts whose own measure the question restates (年度计划资金, 来自中央单位的, 三甲医院): each fact scored by
    the character pairs of its measure that no other fact of its class holds in its measure, fewer than COMMON_PAIR
    measures hold at all (干部, 援藏), and the question does; the best, when at
    least MEASURE_PAIRS of its pairs are said (else none: the question names no measure of its own)."""
    own = {f["fact"]: measure_pairs(measure_of(f)) for f in facts}
    said = {measure_of(f): own[f["fact"]] for f in facts}
    common = {p for p in set().union(*said.values()) if sum(p in ps for ps in said.values()) >= COMMON_PAIR}  # 干部, 援藏
    asked = pairs(text) - names - common  # (东西部扶贫协作里…: the programme's own name measures nothing)
    def score(f: dict) -> int:  # (against the facts of its own class: a count of projects beside the other counts of projects)
        others = set().union(*(own[g["fact"]] for g in facts if measure_of(g) != measure_of(f) and g["cls"] == f["cls"]))
        return len((own[f["fact"]] - others) & asked)
    scores = {f["fact"]: score(f) for f in facts}
    best = max(scores.values(), default=0)
    return [f for f in facts if scores[f["fact"]] == best] if best >= least else []


def of_unit_asked(figures: list[dict], text: str) -> list[dict]:
    """The figures in the unit the question asks its number in (至少驻点几个月: months; 每家至少派多少名骨干: people),
    when it asks one and some are; all of them otherwise (a measure restated picks among these: 每家…驻点几个月 is the
    stay's length, not 每家大医院派出的骨干)."""
    unit = "个月" if V.months_asked.search(text) else "人" if V.persons_asked.search(text) else None
    own = [f for f in figures if unit and f.get("unit", "").startswith(unit)]
    return own or figures


def restates(f: dict, text: str) -> bool:
    """第十批援藏干部人才中，来自中央单位的 for 第十批援藏和第五批援青干部人才中来自中央单位的: most of a fact's measure said."""
    own = measure_pairs(measure_of(f))
    return bool(own) and len(own & pairs(text)) >= ACROSS_TOPICS * len(own)


@functools.lru_cache(maxsize=1024)
def measure_pairs(measure: str) -> frozenset[str]:
    """A measure's character pairs as a question is read (第十批 → 第10批: normalised like the question)."""
    return frozenset(pairs(normalise(measure)))


def within(facts: list[dict], text: str, bare_span: bool = True) -> tuple[list[dict], str]:
    """The facts of the period the question names (2018年, 1995年到2006年, 截至2008年, 十八大以来, 十三五, 20年), if it
    names one: the years as the frame reads them (find_years), a named era, or a number of years. Where the figure
    asked is itself a length in years (a cadre's term: 几年一轮换？我那批是三年), a bare N年 is that length, said or
    guessed, not a period (bare_span False): only 20年来, 10年间 name one."""
    years = find_years(text)
    if "after" in years and "before" in years:
        a, b = years["after"], years["before"] - 1
        return [f for f in facts if f["start"] == a and f["end"] == b], f"{a}—{b}年"
    for word, (a, b) in ERAS.items():
        if word in text:
            found = [f for f in facts if f["start"] == a and (b is None or f["end"] == b)]
            return (longest(found) or found) if b is None else found, word
    year = years.get("in") or years.get("after") or years.get("before")
    if year is not None and ("after" in years or f"{year}年" + V.since_after in text):
        return longest([f for f in facts if f["start"] == year]) or [f for f in facts if f["start"] == year], f"{year}年以来"
    if year is not None and any(f"{w}{year}年" in text for w in V.until_before):
        return [f for f in facts if f["end"] == year], f"截至{year}年"
    if year is not None:
        return [f for f in facts if f["start"] == year and f["end"] == year], f"{year}年"
    if (m := DURATION.search(text)) and 2 <= int(m.group(1)) <= 60 and not stated_value(text, m) \
            and (bare_span or m.group(0) != f"{m.group(1)}年"):
        n = int(m.group(1))
        return [f for f in facts if f["end"] is not None and f["end"] - f["start"] == n], f"{n}年间"
    return facts, ""


def stated_value(text: str, m: re.Match) -> bool:
    """援藏干部一批在藏工作几年？俺们那会儿是三年，现在还是吗: a number of years said as the value itself (是3年, 为2年),
    with no word of a span after it (3年来, 3年间), is what the asker remembers of the term, not a period of the facts."""
    return text[:m.start()].endswith(("是", "为", "只有", "就")) and m.group(0).endswith("年")


def of_events(facts: list[dict], held: list[dict], events: list[str]) -> list[dict]:
    """第三次西藏工作座谈会确定…多少项工程: the facts of the meeting or document named (its own, or stated in the same
    source row as its launch), when some are; all of them otherwise."""
    rows = {f.get("row") for f in held if f.get("event") in events} - {None}
    said_of = [f for f in facts if f.get("event") in events or f.get("row") in rows]
    return said_of or facts


def decimals(value) -> int:
    """The decimal places a figure is written with (228.9 → 1, 2114 → 0)."""
    text = repr(value)
    return len(text.split(".")[1]) if "." in text and not text.endswith(".0") else 0


def credible(facts: list[dict]) -> list[dict]:
    """Verified and partly verified facts when there are any; the unverified ones otherwise."""
    sure = [f for f in facts if f["status"] != "Unverified"]
    return sure or facts


def longest(facts: list[dict], one: bool = False) -> list[dict]:
    """The report over the longest period (then the latest), every report of it when several agree on the period; a
    figure for one supporter or recipient only when the question names that one."""
    figures = [f for f in facts if f["cls"] in CUMULATIVE and f["value"] is not None
               and (one or not PART.search(f.get("scope", "")))]
    if not figures:
        return []
    key = max(((f["end"] or f["start"]) - f["start"], f["end"] or f["start"]) for f in figures)
    return [f for f in figures if ((f["end"] or f["start"]) - f["start"], f["end"] or f["start"]) == key]


def table(facts: list[dict], sources: render.SourceIndex) -> dict:
    """Every report, one row each, with its own sources (so two reports of one figure keep theirs)."""
    def value(f):
        return f["range"] or f["value"] if f["value"] is not None or f["range"] else f["date"]
    return {"columns": ["事实", "数值", "单位", "时期", "口径", "核实状态", "来源", "事实IRI"],
            "rows": [[f["label"], value(f), f.get("unit", ""), period(f), f.get("scope", ""), STATUS_ZH[f["status"]],
                      " ".join(s["url"] or s["label"] for s in sources.of(f["fact"])), f["fact"]] for f in facts]}
