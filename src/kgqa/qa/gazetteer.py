"""Entity linking: an Aho-Corasick automaton over the graph's names, built once per store.

Names come from rdfs:label, skos:altLabel, skos:hiddenLabel (historical names), dk:abbreviation and
short forms derived from division names (新疆维吾尔自治区 → 新疆). Matching takes the longest names
first; one-character abbreviations count only where the context licenses them (沪滇协作, 京、津、沪援藏).
"""
from __future__ import annotations

import collections
import dataclasses
import functools
import re

import ahocorasick

from .normalise import normalise
from .vocabulary import (name_aliases, PARTS_SUBJECT, LEVEL_NOUNS, PAIR_TOKEN_AFTER, PAIR_LABEL, AID_BEFORE_OWN, AID_CHARS, MEMBER_COPULA, DISASTER_PHASES, DISASTER_PHASE_FILLERS, QUAKE_SHORT, ASKING_IN_NAME, NAME_RUN, ROSTER_BEFORE, SCOPE_AFTER, ASKED_KIND_BEFORE, VERB_BEFORE_NAME, AFTER_VERB, ASKED_BEFORE, ASKED_AFTER, DATE_IN_NAME, ASKED_PROVINCE, RANKING_WORDS, PAIR_ASKED, MEMBERSHIP_ASKED, NUMBERED_PROVINCES, DIVISION_SUFFIXES, ELIDED, GENERIC_WORDS, GLOSS_BETWEEN, HEDGE_VERB, ASKED_LEVEL, ASKED_LEVEL_CLASSES, RANKED_CITY, CITY_CLASS, AS_KIND, AS_KIND_CLASSES, EXCEPT_BEFORE, RANKED_ROSTER, EVENT_NOUNS, NUMBER_MARKS, TAKEN_FROM, LICENSE_AFTER, LIST_SEPARATORS, OBJECT_END, OPEN_BEFORE, ORDINAL, PAIR_NOUN, PLAN_WHEN, PLAN_WORDS, PROGRAMMES_JOINED, NAME_FILLERS, JOINED_LEVEL, COMPARED_BY, POINT_AFTER_NAME, YEAR_AFTER_NAME, TAKEN_OVER_BY, KIND_LAST_IN_ROSTER, YEAR_SPAN_AFTER, SPOKEN_AID, NOUN_FILLER, DOCUMENT_BY_NOUN, NOT_NAMES, SCOPE_OPENERS, SCOPE_CLOSING, PAIR_RUN_NOUN, PAIR_JOINT, programme_aliases, ASIDE_AFTER_NAME,
)

name_form = functools.lru_cache(maxsize=1 << 18)(normalise)  # names recur (labels, aliases, derived forms)

NAMES_QUERY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s ?kind ?canon ?name ?via WHERE {
  VALUES (?cls ?kind) { (dk:AidActor "actor") (dk:Programme "programme") (dk:Meeting "event")
    (dk:PolicyDocument "event") (dk:AdministrativeEvent "event") (dk:DevelopmentStage "stage")
    (dk:Mechanism "mechanism") (dk:Person "person") (dk:RelationshipType "rtype") }
  ?s a ?cls ; rdfs:label ?canon . FILTER(lang(?canon) = "zh")
  { VALUES ?via { rdfs:label skos:altLabel skos:hiddenLabel dk:abbreviation } ?s ?via ?name }
  UNION { ?s dk:historicalName/rdfs:label ?name . BIND("historical" AS ?via) }
  FILTER(lang(?name) = "zh")
}"""
CLASS_QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT ?s ?canon ?actor ?place WHERE { GRAPH <https://w3id.org/duikou/graph/ontology> {
  ?s a owl:Class ; rdfs:label ?canon . FILTER(lang(?canon) = "zh") FILTER(isIRI(?s))
  BIND(EXISTS { ?s rdfs:subClassOf* dk:AidActor } AS ?actor)
  BIND(EXISTS { ?s rdfs:subClassOf* dk:AdministrativeDivision } AS ?place) } }"""
TERM_KINDS = ("rtype", "class", "concept")
PRIORITY = ("actor", "programme", "event", "mechanism", "stage", "person", "rtype", "class", "concept")
PAIR_END = "，,。？！?!；;：:"
PROVINCE_LEVEL = "https://w3id.org/duikou/ontology#ProvinceLevelDivision"
PROVINCE_RANK = "https://w3id.org/duikou/ontology#ProvinceRankActor"
ASKED = "asked"  # a class named by the question word: the kind of the answer


@dataclasses.dataclass(frozen=True)
class Candidate:
    iri: str
    kind: str
    label: str
    via: str


@dataclasses.dataclass
class Mention:
    text: str
    start: int
    end: int
    candidates: list[Candidate]

    @property
    def kind(self) -> str:
        return min(self.candidates, key=lambda c: PRIORITY.index(c.kind)).kind

    def of_kind(self, kind: str) -> list[Candidate]:
        seen, out = set(), []
        for c in self.candidates:
            if c.kind == kind and c.iri not in seen:
                seen.add(c.iri)
                out.append(c)
        return out

    @property
    def best(self) -> list[Candidate]:
        return self.of_kind(self.kind)

    @property
    def ambiguous(self) -> bool:
        return len(self.best) > 1

    def as_dict(self) -> dict:
        """The contract's entity: the name as written, its IRI (none while ambiguous) and kind."""
        return {"text": self.text, "iri": None if self.ambiguous else self.best[0].iri, "type": self.kind}


def name_table(entries: list[tuple[str, Candidate]]) -> dict[str, list[Candidate]]:
    """Normalised name → its candidates, without verb phrases that merely look like programme names."""
    table: dict[str, list[Candidate]] = {}
    for key, cand in entries:
        key = name_form(key)
        if key:
            table.setdefault(key, []).append(cand)
    return {k: cands for k, cands in table.items() if not verb_phrase(k, cands, table)}


def verb_phrases(entries: list[tuple[str, Candidate]]) -> dict[str, list[Candidate]]:
    """The programme names name_table leaves out as verb phrases (对口支援新疆)."""
    table: dict[str, list[Candidate]] = {}
    for key, cand in entries:
        table.setdefault(name_form(key), []).append(cand)
    return {k: cands for k, cands in table.items() if k and verb_phrase(k, cands, table)}


DIVISION_CITY = re.compile("第[一二三四五六七八九十]+师(.{2,5}市)")


def derived_names(name: str, cand: Candidate) -> list[tuple[str, Candidate]]:
    """Short forms: 喀什地区 → 喀什, 兵团第一师 → 新疆兵团第一师, programme names without 省/地区."""
    short = dataclasses.replace(cand, via="short")
    if cand.kind == "actor" and "/division/" in cand.iri and cand.via == "label":
        return [(s, short) for s in short_forms(cand.label)]
    if cand.kind == "actor" and cand.label.endswith("自治州") and cand.via == "altLabel" and not name.endswith("州"):
        # 玉树 → 玉树州, 黔东南 → 黔东南州; a long name by its first character too (克孜勒苏 → 克州, 巴音郭楞 → 巴州)
        return [(name + "州", short)] + ([(name[0] + "州", short)] if len(name) >= 4 else [])
    if cand.kind == "actor" and cand.label.endswith("自治县") and cand.via == "altLabel" and not name.endswith("县") \
            and len(name) >= 2:
        return [(name + "县", short)]  # 天祝 → 天祝县 (天祝藏族自治县), 循化 → 循化县: the county by its short name and level
    if cand.kind == "actor" and (city := DIVISION_CITY.fullmatch(name)):
        # 第二师铁门关市 → 铁门关市, 铁门关: a division of the Corps by the city it is one with (师市合一)
        return [(city.group(1), short), (city.group(1)[:-1], short)]
    if cand.kind == "actor" and name.startswith("兵团") and len(name) > 2:
        # 兵团第七师 → 新疆兵团第七师, 兵团七师, 七师 (the ordinal's 第 left out, as people say it: 五师 谁援); not 一师 or 二师
        # alone, which are counts as often (一地两师)
        return [("新疆" + name, short)] + ([("兵团" + name[3:], short)] + [(name[3:], short)] * (name[3:] not in BARE_COUNTS)
                                         if name.startswith("兵团第") and name.endswith("师") else [])
    if cand.kind == "event" and (number := DOC_NUMBER.fullmatch(name)):  # 国办发〔2008〕53号 → 53号文, 国办发53号文件
        issuer, year, n = number.groups()
        return [(f, short) for f in (f"{n}号文", f"{n}号文件", f"{issuer}{n}号", f"{year}年{n}号文", f"{year}年{n}号文件",
                                     f"{issuer}{year}{n}号")]
    if cand.kind == "event" and "全国" in name and len(name) > 6:
        return [(name.replace("全国", "", 1), short)]  # 第十次全国对口支援新疆工作会议 → 第十次对口支援…
    if cand.kind == "mechanism":
        return [(n, short) for n in mechanism_forms(name)]
    if "（" in name and name.endswith("）"):
        return [(n, short) for n in bracket_forms(name)]
    if cand.kind == "programme":  # 广东省珠三角地区对口帮扶… → 广东珠三角对口帮扶…, 广东省珠三角对口帮扶…
        loose = {re.sub(p, "", name) for p in ("省|地区", "地区", "省", "恢复")} - {name}  # 灾后恢复重建 → 灾后重建
        elided = {name}
        for part in ("地震", "恢复", "(对口支援|对口援建)$", "(?<=扶贫)协作$", "(?<=[东西南北])部(?=[东西南北]|扶贫|协作|对口)"):
            # 汶川地震灾后恢复重建对口支援 → 汶川灾后重建, 东西部扶贫协作 → 东西部扶贫, 东西部协作 → 东西协作 (a direction's 部)
            elided |= {re.sub(part, "", n) for n in elided}
        cooperation = {n[:-2] for n in {name} | loose if n.endswith("协作") and len(n) == 5}  # 东西部协作 → 东西部 (珠海 东西部 帮过哪)
        swapped = {pair.group(2) + pair.group(1) + name[2:] for pair in [PAIR_LABEL.match(name)] if pair}  # 滇沪 → 沪滇对口帮扶
        return [(n, short) for n in (loose | elided | swapped) - {name} if len(n) >= 4] + [(n, short) for n in cooperation]
    return []


def token_spans(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """The space-free runs of text[start:end], as (start, end) pairs."""
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"[^ ]+", text[start:end])]


def mechanism_forms(name: str) -> list[str]:
    """对口支援政策长效机制 → 长效机制, 对口支援长效机制 (the book's prefix left out)."""
    m = re.match(r"^对口支援(?:政策|的)?(.{2,}机制)$", name)
    if not m:
        return []
    bare = m.group(1).removesuffix("机制")  # 对口支援关系的演化: the mechanism named without 机制
    return [m.group(1), "对口支援" + m.group(1)] + ([f"对口支援的{bare}", f"对口支援关系的{bare}"] if len(bare) == 2 else [])


def bracket_forms(name: str) -> list[str]:
    """援藏对口关系调整（2016年7月） → 2016年7月援藏对口关系调整; 汶川地震对口支援（过渡安置阶段） →
    汶川地震过渡安置阶段, 汶川地震对口支援过渡安置阶段."""
    head, inner = name[:-1].split("（", 1)
    if re.match(r"^\d{4}年", inner):
        return [inner + head, head]
    return [head.removesuffix("对口支援") + inner, head + inner]


def short_forms(label: str) -> list[str]:
    """新疆维吾尔自治区 → 新疆; 喀什地区 → 喀什 (never shorter than two characters)."""
    for suffix in DIVISION_SUFFIXES:
        if label.endswith(suffix) and len(label) - len(suffix) >= 2:
            return [label[: -len(suffix)]]
    return []


class Gazetteer:
    def __init__(self, entries: list[tuple[str, Candidate]], concepts: list[tuple[str, Candidate]] = (),
                 years: dict[str, int] | None = None, common: set[str] = frozenset()):
        table = name_table(entries)
        self.events = event_names(table, years or {}, common)
        self.plans = verb_phrases(entries)
        self.concepts = sorted(((normalise(w), c) for w, c in concepts), key=lambda e: -len(e[0]))
        self.labels = {c.iri: c.label for cands in table.values() for c in cands}
        self.abbreviations = {k for k, cands in table.items() if any(c.via == "abbreviation" for c in cands)}
        self.automaton = ahocorasick.Automaton()
        for key, cands in table.items():
            self.automaton.add_word(key, (key, cands))
        self.automaton.make_automaton()

    @classmethod
    def from_store(cls, store, class_words: dict[str, str], question_words: tuple[str, ...] = ()) -> Gazetteer:
        entries = []
        for s, kind, canon, name, via in store.query(NAMES_QUERY):
            cand = Candidate(s.value, kind.value, canon.value, via.value.rsplit("#", 1)[-1])
            entries.append((name.value, cand))
            entries += derived_names(name.value, cand)
        entries += stage_aliases(entries) + meeting_aliases(store) + disaster_aliases(entries) + alias_entries(entries)
        named = {name_form(name) for name, _ in entries}
        classes = class_entries(store, class_words)
        linked = [(w, c) for w, c in classes if c.kind == "class" or name_form(w) in named]
        years = {r["s"].value: int(r["year"].value) for r in store.query(EVENT_YEARS_QUERY)}
        common = {g for w in question_words for g in bigrams(w)}
        terms = [(w, c) for w, c in classes if (w, c) not in linked] + [
            (r["l"].value, Candidate(r["s"].value, "concept", r["l"].value, "class")) for r in store.query(STATUS_QUERY)]
        return cls(entries + linked, terms, years, common)

    def with_concepts(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """For a definition question only: also the ontology's other terms (受援方, 援助计划, 集体主体)."""
        found = list(mentions)
        for key, cand in self.concepts:
            start = text.find(key)
            end = start + len(key)
            inside = [m for m in found if start < m.end and m.start < end]
            if start >= 0 and all(m.kind in TERM_KINDS and start <= m.start and m.end <= end for m in inside):
                found = [m for m in found if m not in inside] + [Mention(key, start, end, [cand])]  # 对口关系类型
        return sorted(found, key=lambda m: m.start)

    def link(self, text: str) -> list[Mention]:
        """Longest non-overlapping mentions in ``text`` (already normalised), left to right."""
        found = self.plan_mentions(text)
        for end, (key, cands) in self.automaton.iter(text):
            start = end - len(key) + 1
            found.append(Mention(key, start, end + 1, cands))
        found += self.filled_names(text)
        found += self.loose_names(text, found)
        taken = self.taken(text, found)
        if any(m.kind == "event" and m.best[0].via != "loose" for m in taken) and (loose := [
                m for m in taken if m.kind == "event" and m.best[0].via == "loose"]) and not joined_events(text, taken):
            taken = self.taken(text, [m for m in found if m not in loose])  # 边防工作会议确定上海对口…: the meeting is named
        taken = [m for m in taken if not glossed(text, m, taken)]
        if any(m.kind == "event" and not m.ambiguous for m in taken):  # 成立了什么机构来扩大扶贫协作: a short word
            taken = [m for m in taken if not (m.kind == "programme" and m.text in programme_aliases())]  # is the event's aim
        taken = [asked(text, m) for m in taken + self.asked_provinces(text, taken)]
        taken += self.sibling_phases(text, taken)
        return sorted(taken + self.elided(text, taken), key=lambda m: m.start)

    def sibling_phases(self, text: str, taken: list[Mention]) -> list[Mention]:
        """崇州在过渡安置阶段由河北支援，到了恢复重建阶段改由谁: a disaster's phase named bare (恢复重建阶段, 重建期) beside
        another phase of the same disaster's programmes is that disaster's phase, not left unread — where the later clause
        asks who took it over (改由哪…: pipeline.without_old_stage then reads the earlier clause as the scene; 换成了哪个省
        is read by the takeover templates from the one stage named)."""
        out = []
        if not TAKEN_OVER_BY.search(text):
            return out
        for m in taken:
            cand = m.best[0]
            if m.kind != "programme" or "地震" not in cand.label:
                continue
            key = cand.label[: cand.label.index("地震") + 2]
            for phase, words in DISASTER_PHASES:
                if phase in cand.label:
                    continue
                named = {c.iri: c for c, _, _ in self.events
                         if c.kind == "programme" and c.label.startswith(key) and phase in c.label}
                if len(named) != 1:
                    continue
                for w in sorted(words, key=len, reverse=True):
                    at = next((i for i in range(len(text)) if text.startswith(w, i)
                               and not any(o.start < i + len(w) and i < o.end for o in taken + out)), None)
                    if at is not None:
                        c = next(iter(named.values()))
                        out.append(Mention(w, at, at + len(w), [Candidate(c.iri, c.kind, c.label, "phase")]))
                        break
        return out

    def taken(self, text: str, found: list[Mention]) -> list[Mention]:
        found = sorted(found, key=lambda m: (-(m.end - m.start), m.start))
        taken: list[Mention] = []
        repeated: list[Mention] = []  # a name said again still covers its characters (援青…既援青: no 青 inside it)
        for m in found:
            if any(m.start < t.end and t.start < m.end for t in taken + repeated):
                continue
            if m.kind == "programme" and any(a.kind == "actor" and m.start < a.start < m.end < a.end for a in found):
                continue  # 对口援建汶川县: the verb and a place, not the programme alias 对口援建汶川
            if len(m.text) == 1 and not self.licensed(text, m):
                continue
            if in_verb(text, m, found):
                continue
            same = [t for t in taken if not m.ambiguous and not t.ambiguous and t.best[0].iri == m.best[0].iri
                    and not rostered(text, t, m)]
            if same:
                t = same[0]
                if m.kind == "actor" and m.start > t.start and (parts_after(text, m) and not parts_after(text, t)
                                                               and CLAUSE_OPENING.search(text[:m.start])
                                                               or MEETING_AFTER_NAME.match(text[t.end:])):
                    # (那个汶川会 广州负责汶川哪个镇: the first only names the meeting)
                    taken[taken.index(t)] = m  # 江苏援藏 江苏下面哪几个市…: the name said again with its parts after it
                    repeated.append(t)  # stands where the parts are asked (the first only set the topic)
                    continue
                repeated.append(m)
                continue  # the same entity named twice (汶川地震 … 汶川县)
            taken.append(m)
        return taken

    def asked_provinces(self, text: str, taken: list[Mention]) -> list[Mention]:
        cand = Candidate(PROVINCE_LEVEL, "class", self.labels.get(PROVINCE_LEVEL, "省级行政区"), ASKED)
        rank = Candidate(PROVINCE_RANK, "class", self.labels.get(PROVINCE_RANK, "省级支援单位"), ASKED)  # 援青6省市: a roster
        found = [(m, cand) for m in ASKED_PROVINCE.finditer(text)] + \
            ([] if MEMBERSHIP_ASKED.search(text) else [(m, rank) for m in NUMBERED_PROVINCES.finditer(text)])
        found += [(m, Candidate(ASKED_LEVEL_CLASSES[m.group(2)], "class",
                                self.labels.get(ASKED_LEVEL_CLASSES[m.group(2)], m.group(2)), ASKED))
                  for m in [*ASKED_LEVEL.finditer(text), *JOINED_LEVEL.finditer(text)]
                  if not RANKING_WORDS.search(text)]  # (北京哪个区…最多: its parts ranked)
        found += [(m, Candidate(CITY_CLASS, "class", self.labels.get(CITY_CLASS, m.group(2)), ASKED))
                  for m in RANKED_CITY.finditer(text) if RANKING_WORDS.search(text)
                  and not any(t.kind == "actor" and t.end <= m.start() and not text[:t.start].endswith(EXCEPT_BEFORE)
                              for t in taken)]  # (哪个东部城市…最多: cities ranked; 除了上海，哪个城市…: 上海 set aside)
        found += [(m, Candidate(AS_KIND_CLASSES[m.group(2)], "class",
                                self.labels.get(AS_KIND_CLASSES[m.group(2)], m.group(2)), ASKED))
                  for m in AS_KIND.finditer(text)]  # (以城市身份参加的: the members of that kind)
        return [Mention(m.group(2), m.start(2), m.end(2), [c]) for m, c in found
                if not any(m.start(2) < t.end and t.start < m.end(2) for t in taken)]

    def elided(self, text: str, taken: list[Mention]) -> list[Mention]:
        """第三次和第四次西藏工作座谈会: the first ordinal names a meeting too (the name's rest left out)."""
        out = []
        for m in taken:
            head = ORDINAL.match(m.text)
            before = ELIDED.search(text[:m.start]) if head else None
            if before and self.automaton.exists(key := before.group(1) + m.text[head.end():]):
                out.append(Mention(before.group(1), before.start(1), before.end(1), self.automaton.get(key)[1]))
        return out

    def loose_names(self, text: str, exact: list[Mention]) -> list[Mention]:
        return self.loose_run(text, exact) or self.noun_named(text, exact)

    def loose_run(self, text: str, exact: list[Mention]) -> list[Mention]:
        """A meeting, document, decision or programme named loosely (那次对口支援和经济技术协作座谈会, 民政部那份…紧急通知,
        1983年国务院明确对口支援主管部门时): where nothing of its kind is named there exactly, the one whose own words (pairs of
        characters used by at most three such names, by no other kind of name and no cue word) cover most of a run of the
        question; the question's year counts for it."""
        named = [m for m in exact if any(c.kind in LOOSE_KINDS for c in m.candidates) and not any(
            o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in exact)]  # (汶川 in 汶川县)
        actors = {j for m in exact if len(m.text) > 1 and all(c.kind == "actor" for c in m.candidates)
                  for j in range(m.start, m.end)}
        year = YEAR_IN_TEXT.search(text)
        spanned = year is not None and bool(YEAR_SPAN_AFTER.match(text[year.end():]))  # 2010年起: a bound, no event's date
        scored = []
        pairs = {text[i:i + 2] for i in range(len(text) - 1)}
        apart = "".join("，" if any(m.start <= i < m.end for m in named) else c for i, c in enumerate(text))
        for cand, grams, own in self.events:
            if own.isdisjoint(pairs) or cand.kind == "event" and any(c.iri == cand.iri for m in named for c in m.candidates):
                continue  # (国办11号文 named exactly: no loose run of the same document elsewhere)
            # (东北对口合作和沪苏浙帮扶皖北: a run never crosses a name of its kind, unless that name is words of this one's
            # own: 发达省市对口支援四川云南甘肃藏区工作方案 holds the programme's name)
            inner = [m for m in named if cand.kind == "event" and (m.end - m.start >= 4 or re.match(
                         f"^({'|'.join(EVENT_NOUNS)})", text[m.end:]))  # (中央作出援疆决策: a short name right before the noun)
                     and not any(c.kind == "event" for c in m.candidates)
                     and len(bigrams(m.text) & grams) >= 0.8 * len(bigrams(m.text))
                     and re.match(f"^[^，。？！ ]{{0,6}}({'|'.join(EVENT_NOUNS)})", text[m.end:])  # (then its noun: …工作方案)
                     and all(c.iri != cand.iri for c in m.candidates)]
            inside = "".join(text[i] if any(m.start <= i < m.end for m in inner) else c for i, c in enumerate(apart)) \
                if inner else apart
            span = shared_span(inside, grams)
            if span is None or any(span[0] < m.end and m.start < span[1] for m in named if m not in inner):
                continue
            start, end, _ = span
            for m in exact:  # (过渡安置阶段汶川县: a run that would cut a longer name in two stops before it)
                if m.end - m.start > 1 and m.start < end < m.end and m.start >= start:
                    end = m.start
                if m.end - m.start > 1 and m.start < start < m.end and m.end <= end:
                    start = m.end
            covered = {j for i in range(start, end - 1) if text[i:i + 2] in own and not NUMBER_MARKS.search(text[i:i + 2])
                       for j in (i, i + 1)}  # (发〔2017〕22号: a document's number is matched whole, never by its digits)
            dated = cand.year is not None and year is not None and int(year.group(1)) == cand.year \
                and not (spanned and cand.kind == "event")
            if not any(w in text[start:end] for w in EVENT_NOUNS) and not dated:
                # 哪个会议确定上海对口…: a name of its own is no word of a loose name (but 对口支援西藏工作会议, and one
                # dated by the question's year: 1993年…支援西藏区直各部门)
                covered -= actors
                for m in exact:  # (汶川县过渡安置: a place's own name at the run's edge, none of it the run's words, stays a place)
                    if m.kind == "actor" and len(m.text) > 1 and covered.isdisjoint(range(m.start, m.end)):
                        if m.start <= start < m.end:
                            start = m.end
                        if m.start < end <= m.end:
                            end = m.start
            if " " in text[start:end]:  # 广东调整加强对口帮扶会议 被帮扶的…: a name is one token of a keyword question
                start, end = max(token_spans(start, end, text), key=lambda t: len(covered & set(range(*t))))
                covered &= set(range(start, end))
            if ASKING_IN_NAME.search(text[start:end]):  # …决定由谁对口支援…: a question word is no part of a name
                start, end = max(((start + m.start(), start + m.end()) for m in NAME_RUN.finditer(text[start:end])),
                                 key=lambda t: len(covered & set(range(*t))))
                covered &= set(range(start, end))
            fits = cand.year is not None and year is not None and int(year.group(1)) == cand.year \
                and not (spanned and cand.kind == "event") and not (cand.kind == "programme" and any(c.kind == "event" for m in named for c in m.candidates))
            # (a meeting named exactly holds the question's year: 1979年全国边防工作会议…内地省市 names no programme)
            served = cand.kind == "programme" and len(covered) >= 2 and any(
                (aid := AID_BEFORE_OWN.search(text[:k]))
                and len(region := text[aid.end():max(covered) + 1]) >= 2 and not AID_CHARS.search(region)
                and (text[aid.start():max(covered) + 1] in cand.label
                     or aid.group(0) in SPOKEN_AID and AID_BEFORE_OWN.search(cand.label[:max(cand.label.find(region), 0)]))
                for k in (min(covered), min(covered) + 1))  # (结对帮扶皖北: the verb of aid and the region, as in the name;
            # 上海帮皖北: a spoken verb before the region the name's own verb serves)
            filler = NOUN_FILLER.match(text, max(covered) + 1) if covered else None
            nouned = cand.kind == "event" and len(covered) >= 2 and any(
                n in cand.label and text.startswith(n, filler.end()) for n in EVENT_NOUNS)  # (皖北(那个)方案: its words, its noun)
            owner = cand.kind == "event" and any(  # (北京那个三峡移民通知: Beijing's own notice, not the State Council's)
                m.end <= start and NOUN_FILLER.fullmatch(text[m.end:start].strip()) and m.kind == "actor"
                and any(c.label in cand.label or m.text in cand.label for c in m.best) for m in exact)
            if len(covered) >= 4 or (fits or served or nouned) and len(covered) >= 2:
                scored.append((len(covered) + 3 * fits + 2 * owner, len(covered) / len(cand.label), start, end, cand, nouned))
        if not scored:
            return []
        scored.sort(key=lambda s: (-s[0], -s[1]))
        if len(scored) > 1 and scored[1][:2] == scored[0][:2]:
            return []  # two fit as well: no guess
        _, _, start, end, cand, nouned = scored[0]
        if not nouned and not joined_programme(text, named, start, end) and (cand.kind == "programme" or any(
                c.kind == "programme" and c.label in cand.label and not any(c.iri == o.iri for m in named for o in m.candidates)
                for c, _, _ in self.events)):
            return []  # (东北与东部对口合作中，…哪座东北城市结对合作: neither 皖北's programme nor its 实施方案)
        if cand.kind == "programme" and ASKED_KIND_BEFORE.search(text[:start]) and re.match(LEVEL_NOUNS, text[start:end]):
            return []  # (蚌埠跟浙江哪个城市结对合作的: the kind is the question word's, 结对合作 the question's own verb)
        while start < end and (text[start].isdigit() or text[start] == "年"):
            start += 1  # the year is a filter of its own
        if len(text[start:end].strip(" 月日")) < 2:
            return []  # (2008年5月 汶川过渡安置…: a year alone, beside a name of its kind, names nothing)
        return [Mention(text[start:end], start, end, [Candidate(cand.iri, cand.kind, cand.label, "loose")])]

    def noun_named(self, text: str, exact: list[Mention]) -> list[Mention]:
        """藏区那个方案, 赣南的意见: a document named by a word of its title and its noun, where no own words name it: the
        one document whose title holds both (the word two to four characters, no name of ours, right before the noun)."""
        taken = {i for m in exact if len(m.text) > 1 for i in range(m.start, m.end)}  # (not 藏 of 藏区: an abbreviation)
        for found in DOCUMENT_BY_NOUN.finditer(text):
            start, end = found.span("word")
            for k in range(start, end - 1):  # the longest word first
                word = text[k:end]
                if taken & set(range(k, end)) or NOT_NAMES.search(word):
                    continue
                fits = [c for c, _, _ in self.events if c.kind == "event" and word in c.label and found.group("noun") in c.label]
                if len(fits) == 1:
                    cand = fits[0]
                    return [Mention(text[k:found.end()], k, found.end(), [Candidate(cand.iri, cand.kind, cand.label, "loose")])]
        return []

    def filled_names(self, text: str) -> list[Mention]:
        """皖北那个结对帮扶, 皖北被结对帮扶的那8个城市, 江苏省内的南北挂钩合作: a programme's name with a demonstrative, the
        passive or 省内的 inside it, as people say it (the words left out, the name spanning them; at least two characters
        of the name on either side)."""
        keep = [i for i in range(len(text))]
        for filler in reversed(list(NAME_FILLERS.finditer(text))):
            del keep[filler.start():filler.end()]
        if len(keep) == len(text):
            return []
        bare = "".join(text[i] for i in keep)
        out = []
        for end, (key, cands) in self.automaton.iter(bare):
            start = end - len(key) + 1
            first, last = keep[start], keep[end]
            if last - first + 1 > len(key) and all(c.kind == "programme" for c in cands) \
                    and keep[start + 1] - first == 1 and last - keep[end - 1] == 1:
                out.append(Mention(text[first:last + 1], first, last + 1, cands))
        return out

    def plan_mentions(self, text: str) -> list[Mention]:
        """对口支援新疆 is the programme where a plan word follows (在对口支援新疆这个计划里), or where the question
        opens with it and asks when (对口支援西藏是哪一年开始的)."""
        found = []
        for key, cands in self.plans.items():
            start = text.find(key)
            rest = text[start + len(key):]
            if start >= 0 and (rest.startswith(PLAN_WORDS) or start == 0 and rest.startswith(PLAN_WHEN)
                               or text[:start].endswith(SCOPE_OPENERS) and rest.startswith(SCOPE_CLOSING)):
                found.append(Mention(key, start, start + len(key), cands))  # (在对口支援新疆中原先由上海负责的…: a scope)
        return found

    def licensed(self, text: str, m: Mention) -> bool:
        """A one-character abbreviation counts before 援/支援/协作…, or in a list of abbreviations."""
        if m.text not in self.abbreviations:
            return m.candidates[0].kind == "class"
        after = text[m.end:]
        if AFTER_VERB.search(text[:m.start]) and (not after or after.startswith(OBJECT_END)):
            return True
        if TAKEN_FROM.search(text[:m.start]) and (not after.strip(" ") or after.lstrip(" ").startswith(OBJECT_END)):
            return True
        if self.abbreviation_pair(text, m) or self.pair_token(text, m):
            return True
        if text[m.start - 1:m.start] == "比" and COMPARED_BY.match(after):
            return True  # …是不是比京多: the other one compared
        previous = text[m.start - 1: m.start]
        if previous in ("", " ") and MEMBER_COPULA.match(after):
            return True  # 渝是19个援疆省市之一吗
        if previous in ("", " ", "，", ",") and POINT_AFTER_NAME.match(after):
            return True  # 哈密 粤之后换了哪个省: the one before, a point in time
        if previous in ("", " ") and YEAR_AFTER_NAME.match(after):
            return True  # 粤2010年以后不援哈密了: the subject, then the year
        rest = after.lstrip(" ")
        while after[:1] == " " and rest[:1] in self.abbreviations and rest[1:2] == " ":
            rest = rest[1:].lstrip(" ")  # 京 沪 援藏: abbreviations listed as tokens
        if previous in ("", " ") and after[:1] == " " and rest.startswith(LICENSE_AFTER):
            return True  # 浙 援疆 受援地: keywords, the abbreviation a token of its own before the aid verb
        if previous in ("", " ") and after[:1] == " " and any(w in text for w in LICENSE_AFTER[3:11]):
            return True  # 2005年 鲁 东西扶贫协作: a token of its own amid keywords about aid
        if previous and previous not in OPEN_BEFORE and previous not in self.abbreviations \
                and not self.abbreviation_run(after):
            return False  # 东京 is not 京 (接替沪豫援疆: a run of abbreviations before the aid word is)
        after = text[m.end:]
        rest = after.lstrip(LIST_SEPARATORS)
        while rest[:1] in self.abbreviations and rest[:1]:
            rest = rest[1:].lstrip(LIST_SEPARATORS)
        in_run = after[:1] in LIST_SEPARATORS + "".join(self.abbreviations) or previous in self.abbreviations \
            or previous in LIST_SEPARATORS and text[m.start - 2: m.start - 1] in self.abbreviations
        if rest[:1] == " " and rest.strip(" ") and in_run:
            rest = rest.lstrip(" ")  # 沪和鲁 都援的…, 湘鄂皖 共同援的…: a list of abbreviations, a space, then the aid
        if rest.startswith(LICENSE_AFTER) or HEDGE_VERB.sub("", rest).startswith(LICENSE_AFTER) \
                or ASIDE_AFTER_NAME.sub("", rest, count=1).startswith(LICENSE_AFTER[3:]) \
                or HEDGE_VERB.sub("", re.sub(f"^{PAIR_NOUN}", "", rest)).startswith(LICENSE_AFTER):  # 京津两市(分别)援藏
            return True  # 津有援助过, 沪也支援
        before = text[: m.start].rstrip(LIST_SEPARATORS)
        near = [c for c in (before[-1:], after.lstrip(LIST_SEPARATORS)[:1]) if c]
        listed = text[m.start - 1: m.start] in "、" and m.start > 0 or after[:1] == "、"
        if listed and any(c in self.abbreviations for c in near):
            return True
        return self.beside_name(text, m)

    def abbreviation_run(self, after: str) -> bool:
        """沪豫援疆, 京津沪援藏: the abbreviation is followed by more abbreviations and then a word of aid."""
        n = 0
        while after[n:n + 1] and after[n] in self.abbreviations:
            n += 1
        return n >= 1 and HEDGE_VERB.sub("", re.sub(f"^{PAIR_NOUN}", "", after[n:])).startswith(LICENSE_AFTER[3:11])
        # (京津两市援藏, 粤港澳三地分别援建)

    def abbreviation_pair(self, text: str, m: Mention) -> bool:
        """津和冀，谁…; 得到沪和鲁的对口支援: two abbreviations joined by 和/与/及/、, standing alone as the clause's
        subject or as the agents of the aid that follows."""
        for start, end in ((m.start, m.end + 2), (m.start - 2, m.end)):
            if start < 0 or end > len(text):
                continue
            a, joint, b = text[start], text[start + 1], text[start + 2]
            if joint in PAIR_JOINT and a in self.abbreviations and b in self.abbreviations:
                before, after = text[start - 1:start] if start else "", text[end:]
                after = after.lstrip(" ") if after.lstrip(" ").startswith(PAIR_ASKED) else after  # 津和京 谁…多: typed apart
                if (not before or before in OPEN_BEFORE + "到") and (
                        not after or after[0] in PAIR_END or after.removeprefix("的").startswith(LICENSE_AFTER)
                        or after.startswith(PAIR_ASKED) or MEMBER_COPULA.match(after)):  # 京和沪谁多一些: the pair compared
                    return True
        return False

    def pair_token(self, text: str, m: Mention) -> bool:
        """鲁渝 哪年开始, 沪滇 上海帮迪庆: two abbreviations run together as a search word of their own (a pair's name
        without 协作)."""
        for start in (m.start, m.start - 1):
            if start < 0 or start + 2 > len(text) or not all(c in self.abbreviations for c in text[start:start + 2]):
                continue
            if text[start - 1:start] in ("", " ") + tuple(OPEN_BEFORE) and PAIR_RUN_NOUN.match(text[start + 2:]) \
                    and text[start] != text[start + 1]:
                return True  # 闽宁这对子, 闽宁那个联席会议: the pair's name run together, then a noun for the pair
            if text[start - 1:start] in ("", " ", "，", ",", "。") and (text[start + 2:start + 3] in ("", " ", "？", "?")
                                                                    or PAIR_TOKEN_AFTER.match(text[start + 2:])):
                # (沪滇 上海帮迪庆: with a member named in full the pair only sets the scene)
                return not any(len(key) >= 2 and any(c.kind == "actor" for c in cands)
                               for _, (key, cands) in self.automaton.iter(text[start + 2:]))
        return False

    def beside_name(self, text: str, m: Mention) -> bool:
        """粤和深圳, 深圳与粤都…: an abbreviation joined to a full name by 和/与/及/、 (after a comma, only as a list item
        of its own: 深圳，粤，…)."""
        after, before = text[m.end:], text[:m.start]
        if after[:1] and after[0] in LIST_SEPARATORS:
            return any(self.automaton.exists(after[1:1 + n]) for n in range(2, 13))
        if before[-1:] in ("，", ",") and after[:1] not in LIST_SEPARATORS + PAIR_END:
            return False  # 阿克苏，新一轮…: a comma ends a clause; the character opens a word of the next one
        if before[-1:] and before[-1] in LIST_SEPARATORS:
            return any(self.automaton.exists(before[-1 - n:-1]) for n in range(2, min(len(before) - 1, 12) + 1))
        return False


def asked(text: str, m: Mention) -> Mention:
    """哪个省份…, …最多的城市: a class named by the question word (or the superlative) is the answer's kind."""
    ranked_among = text[:m.start].endswith("各") and text[m.end:].startswith(("里", "中", "当中")) \
        and RANKING_WORDS.search(text[m.end:]) \
        or RANKED_ROSTER.match(text[m.end:]) and any(w in text[m.end:] for w in ("最多", "最少"))
    # 西藏各地市里，对口支援省份最多的是哪个, 援藏的省市中，谁结对的县最多 (a count ranked): the kind ranked
    last_in_roster = KIND_LAST_IN_ROSTER.search(text[:m.start]) and re.fullmatch("(有哪些|是哪些|有哪几个)?[？?。！! ]*", text[m.end:])
    if m.kind != "class" or not (ASKED_BEFORE.search(text[:m.start]) or ranked_among or ASKED_AFTER.match(text[m.end:])
                                 or last_in_roster):
        return m
    return Mention(m.text, m.start, m.end, [dataclasses.replace(c, via=ASKED) for c in m.candidates])


def glossed(text: str, m: Mention, taken: list[Mention]) -> bool:
    """玉树州(玉树藏族自治州), 玉树藏族自治州(玉树州): an ambiguous name glossed in brackets by one of its meanings;
    the full name stands for both."""
    if not m.ambiguous:
        return False
    meanings = {c.iri for c in m.best}
    for t in taken:
        if t is m or t.ambiguous or t.best[0].iri not in meanings:
            continue
        if t.start > m.end and GLOSS_BETWEEN.match(text[m.end:t.start]):
            return True
        if m.start > t.end and text[t.end:m.start] == "(":
            return True
    return False


@dataclasses.dataclass(frozen=True)
class EventName:
    iri: str
    label: str
    year: int | None
    kind: str = "event"


def bigrams(name: str) -> set[str]:
    bare = "".join(ch for ch in name if ch not in QUOTE_MARKS)
    return {bare[i:i + 2] for i in range(len(bare) - 1)}


def event_names(table: dict[str, list[Candidate]], years: dict[str, int],
                common: set[str] = frozenset()) -> list[tuple[EventName, set, set]]:
    """Each event's character pairs (all its names and its year) and the pairs only it and at most two
    other events use, which no other kind of name and no question word (``common``) uses."""
    grams: dict[str, set] = {}
    labels: dict[str, str] = {}
    kinds: dict[str, str] = {}
    others: set[str] = set(common)
    for key, cands in table.items():
        for c in cands:
            if c.kind in LOOSE_KINDS:
                grams.setdefault(c.iri, set()).update(bigrams(key))
                labels[c.iri], kinds[c.iri] = c.label, c.kind
            else:
                others |= bigrams(key)
    shared = collections.Counter(g for gs in grams.values() for g in gs)
    out = []
    for iri, gs in grams.items():
        year = years.get(iri)
        own = {g for g in gs if g not in others and shared[g] <= MAX_SHARING and not g[0].isdigit()}
        out.append((EventName(iri, labels[iri], year, kinds[iri]), gs | (bigrams(f"{year}年") if year else set()), own))
    return out


# 江苏援藏 江苏下面哪几个市…: a name opening a clause (after a space or a comma), not one inside it (…分到的是贵州哪个市)
CLAUSE_OPENING = re.compile("(?:^|[ ，,。；;：:])(?:那个|就是|嗯|那|然后)?$")


MEETING_AFTER_NAME = re.compile("(?:会议|座谈会|会(?![议谈商同合员长]))")


def parts_after(text: str, m: Mention) -> bool:
    """江苏下面哪几个市, 福建的哪些市: the name's parts asked right after it."""
    return bool(PARTS_SUBJECT.match(text[m.end:]))


def rostered(text: str, first: Mention, again: Mention) -> bool:
    """西藏七个地市里，哪个地市…: a kind named as the roster (a count of it, then 里/中) and again as the kind asked."""
    first, again = sorted((first, again), key=lambda m: m.start)
    return first.kind == "class" and bool(ROSTER_BEFORE.search(text[:first.start])) \
        and text[first.end:].startswith(SCOPE_AFTER) and bool(ASKED_KIND_BEFORE.search(text[:again.start]))


def joined_events(text: str, taken: list[Mention]) -> bool:
    """民政部那份紧急通知和国办发〔2008〕53号都…: an event named loosely and one named exactly, joined by a word (和, 与, 及,
    、) or set as the two halves of 既…又, are two events; otherwise the loose run is words of the exact one."""
    events = sorted((m for m in taken if m.kind == "event"), key=lambda m: m.start)
    return len(events) == 2 and {m.best[0].via == "loose" for m in events} == {True, False} \
        and events[0].best[0].iri != events[1].best[0].iri and (
            bool(PROGRAMMES_JOINED.fullmatch(text[events[0].end:events[1].start].strip(" 的，,")))
            or "既" in text[:events[0].start] and "又" in text[events[0].end:events[1].start])


def joined_programme(text: str, named: list[Mention], start: int, end: int) -> bool:
    """A programme named loosely beside one named exactly is a second programme only when a word joins the two (东北对口合作
    和沪苏浙帮扶皖北); without one (东北与东部对口合作中，天津同哪座东北城市结对合作) its run is the question's own words,
    and so is the run of a document named after another programme (…帮扶皖北城市实施方案)."""
    programmes = [m for m in named if any(c.kind == "programme" for c in m.candidates)]
    return not programmes or any(PROGRAMMES_JOINED.fullmatch((text[m.end:start] if m.end <= start else text[end:m.start])
                                                             .strip(" 的，,")) for m in programmes)


def shared_span(text: str, grams: set) -> tuple[int, int, int] | None:
    """The densest run of ``text`` covered by ``grams`` (gaps of up to two characters): start, end, hits (a year's
    digits are no hits: 2021年银川那个…推进会, the run is the name's, the year only dates it)."""
    hit = [False] * len(text)
    dating = {i for y in re.finditer(r"(1[89]|20)[0-9]{2}年", text) for i in range(y.start(), y.end())}
    for i in range(len(text) - 1):
        if text[i:i + 2] in grams:
            hit[i] = hit[i + 1] = True
    best, start, gap, count = None, None, 0, 0
    for i, h in enumerate(hit + [False, False, False]):
        if not h and i < len(text) and text[i] in BREAKS:
            gap = 2  # a run never crosses punctuation
        elif not h and start is not None and i < len(text) and DATE_IN_NAME.match(text, i):
            continue  # 民政部2008年5月22日紧急通知: a date inside a name is no gap in it
        if h:
            start = i if start is None else start
            count, gap, last = count + (i not in dating), 0, i
        elif start is not None:
            gap += 1
            if gap > 2:
                if best is None or count > best[2]:
                    best = (start, last + 1, count)
                start, gap, count = None, 0, 0
    return best


def class_entries(store, class_words: dict[str, str]) -> list[tuple[str, Candidate]]:
    """Actor classes (县级市, 自治州, 中央企业 …) filter answers; other classes are concepts, a second
    meaning of a name the graph already has (对口关系: a relationship type and the class of pairings)."""
    classes, words, concepts, places = {}, dict(class_words), {}, set()
    for row in store.query(CLASS_QUERY):
        iri, canon = row["s"].value, row["canon"].value
        classes[iri] = canon
        if row["place"].value == "true":
            places.add(iri)
        if row["actor"].value == "true" and canon not in GENERIC_WORDS:
            words.setdefault(canon, iri)
        elif row["actor"].value != "true":
            concepts.setdefault(canon, iri)
    out = [(w, Candidate(iri, "class", classes.get(iri, w), "place" if iri in places else "class"))
           for w, iri in words.items()]
    return out + [(w, Candidate(iri, "concept", w, "class")) for w, iri in concepts.items() if w not in words]


def verb_phrase(key: str, cands: list[Candidate], table: dict) -> bool:
    """对口支援西藏 is the verb and 西藏 in a question, not the programme's name; 对口支援青海藏区 stays the
    programme, as 青海藏区 is only a collective stand-in for the places it covers."""
    rest = key.removeprefix("对口支援")
    return rest != key and all(c.kind == "programme" for c in cands) and any(
        c.kind == "actor" and "/collective/" not in c.iri for c in table.get(rest, []))


STATUS_QUERY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?l WHERE { ?s a dk:VerificationStatus ; rdfs:label ?l FILTER(lang(?l) = "zh") }"""
EVENT_YEARS_QUERY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT ?s ?year WHERE { { VALUES ?c { dk:Meeting dk:PolicyDocument dk:AdministrativeEvent } ?s a ?c ; dk:year ?year }
  UNION { ?s a dk:Programme ; dk:startYear ?year FILTER NOT EXISTS { ?f dk:round ?s } } }"""
# (a programme named loosely is dated by the year it began: 皖北 … 2021; a round is named by its own words, 新一轮)
DOC_NUMBER = re.compile(r"([\u4e00-\u9fff]+)〔(\d{4})〕(\d+)号")  # a document's number: issuer, year, serial
LOOSE_KINDS = ("event", "programme")  # named loosely: 沪苏浙城市结对帮扶皖北, 那次…座谈会
BREAKS = "，。？！、；：,.?!;:（）()"
MAX_SHARING = 3  # a pair of characters in more events than this names none of them
BARE_COUNTS = ("一师", "二师")  # a division's bare ordinal that reads as a count (一地两师)
YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?:年|(?= )|$)")  # (1979 边防会议: a keyword question's bare year)
QUOTE_MARKS = "“”\"'「」『』《》〈〉"
MEETINGS_QUERY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?canon ?year WHERE { ?s a dk:Meeting ; dk:year ?year ; rdfs:label ?canon FILTER(lang(?canon) = "zh") }"""


def meeting_aliases(store) -> list[tuple[str, Candidate]]:
    """第三次西藏工作座谈会 (1994) → also 1994年西藏工作座谈会 and 1994年第三次西藏工作座谈会."""
    out = []
    for row in store.query(MEETINGS_QUERY):
        label, year = row["canon"].value, row["year"].value
        cand = Candidate(row["s"].value, "event", label, "year")
        out.append((f"{year}年{label}", cand))
        if ORDINAL.match(label):
            out.append((f"{year}年{ORDINAL.sub('', label)}", cand))
    return out


def disaster_aliases(entries: list[tuple[str, Candidate]]) -> list[tuple[str, Candidate]]:
    """玉树地震灾后恢复重建对口援建 → also 玉树地震 (and 玉树援建, 玉树震后), where only one programme (or one reconstruction
    programme) is named after that earthquake."""
    found: dict[str, set] = {}
    for name, cand in entries:
        if cand.kind == "programme" and cand.via == "label" and "地震" in name:
            found.setdefault(name[: name.index("地震") + 2], set()).add(cand)
    out = []
    for key, cands in found.items():
        rebuilt = [c for c in cands if "重建" in c.label]  # 汶川地震: the reconstruction, not the interim stage
        if len(cands) == 1 or len(rebuilt) == 1:
            out += [(name, (rebuilt or list(cands))[0]) for name in (key, *(key.removesuffix("地震") + w for w in QUAKE_SHORT))]
        if len(rebuilt) == 1:  # 汶川援建, 玉树援建: the place's reconstruction aid
            out.append((key.removesuffix("地震") + "援建", rebuilt[0]))
        for phase, words in DISASTER_PHASES:  # 汶川恢复重建, 汶川地震过渡安置: the place with the phase's own word
            named = [c for c in cands if phase in c.label]
            if len(named) == 1:
                out += [(head + f + w, named[0]) for head in (key, key.removesuffix("地震")) for w in words
                        for f in DISASTER_PHASE_FILLERS if head == key or not f]  # (汶川地震后过渡安置; not 汶川后…)
    return out


def alias_entries(entries: list[tuple[str, Candidate]]) -> list[tuple[str, Candidate]]:
    """The other names vocabulary.yaml lists for places (蜀 四川省, 穗 广州市, 鹏城 深圳市): one character is an
    abbreviation (read only where licensed), longer ones another name."""
    by_label = {c.label: c for name, c in entries if c.kind == "actor" and c.via == "label" and name == c.label}
    programmes = {c.label: c for name, c in entries if c.kind == "programme" and c.via == "label" and name == c.label}
    return [(alias, dataclasses.replace(by_label[label], via="abbreviation" if len(alias) == 1 else "altLabel"))
            for alias, label in name_aliases().items() if label in by_label] + [
        (alias, dataclasses.replace(programmes[label], via="altLabel"))  # 扶贫协作: the programme said by its short word
        for alias, label in programme_aliases().items() if label in programmes]


def stage_aliases(entries: list[tuple[str, Candidate]]) -> list[tuple[str, Candidate]]:
    """第二阶段：萌芽阶段 → also 第二阶段 and 萌芽阶段."""
    out = []
    for name, cand in entries:
        if cand.kind == "stage" and "：" in name:
            head, tail = name.split("：", 1)
            out += [(head, cand), (tail, cand)]
    return out


def in_verb(text: str, m: Mention, found: list[Mention]) -> bool:
    """确定南京: 定南 begins inside the verb 确定, and a name begins right after the verb's last character and runs on."""
    return m.kind == "actor" and text[max(m.start - 1, 0):m.start + 1] in VERB_BEFORE_NAME and any(
        o.start == m.start + 1 and o.end > m.end and o.kind == "actor" for o in found)

