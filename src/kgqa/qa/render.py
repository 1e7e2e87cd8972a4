"""Answer JSON and Chinese sentences: the interpretation, answers, sources, suggestions."""
from __future__ import annotations

from urllib.parse import urlencode

from pyoxigraph import NamedNode

from ..store.binding import with_values
from .answers import extract
from .frame import Frame
from .gazetteer import Mention
from .normalise import written_number
from .vocabulary import DAY_ONLY_ASKED, MONTH_OR_YEAR, STATED_ROSTER, load_vocabulary

SLOT_ZH = {"prog": "计划：", "cls": "类型："}
YEAR_SLOTS = {"after": "起于", "before": "早于", "in": "在"}
UNVERIFIED = "https://w3id.org/duikou/ontology#Unverified"
MAX_SOURCES = 30
MAX_LISTED = 40
MAX_ANSWERS = 200  # answers in the JSON at most; over it the first ones, the total and links to all of them
OUT_OF_SCOPE = frozenset({"nonsupport", "opinion", "writing"})  # money, people, reasons, the future, texts to draft: refused
NEGATIVE = "否（就图谱的记录而言）："
UNVERIFIED_NOTE = "（含未经核实、仅有弱来源的事实。）"
# a start year that its source gives only roughly (书中“50年代中期”) or that no source states: said beside a year answer
YEAR_DOUBT_NOTES = {"https://w3id.org/duikou/ontology#ApproximateYear": "（起始年份含约数：来源只给出大致时段。）",
                    "https://w3id.org/duikou/ontology#UnverifiedYear": "（起始年份含未经核实者。）"}
YEAR_DOUBT_NAMES = {"https://w3id.org/duikou/ontology#ApproximateYear": "approximate",  # an answer item's year_doubt
                    "https://w3id.org/duikou/ontology#UnverifiedYear": "unverified"}
YEAR_DOUBT_QUERY = """SELECT ?fact ?status WHERE { ?fact <https://w3id.org/duikou/ontology#startYearStatus> ?status }"""
SOURCES_QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT ?fact ?src (SAMPLE(?l) AS ?label) (SAMPLE(?n) AS ?note) (SAMPLE(?pub) AS ?publisher) (SAMPLE(?d) AS ?date)
       (SAMPLE(?t) AS ?title) WHERE {
  ?fact dcterms:source ?src OPTIONAL { ?src rdfs:label ?l FILTER(lang(?l) = "zh") } OPTIONAL { ?src dk:note ?n }
  OPTIONAL { ?src dcterms:publisher ?pub } OPTIONAL { ?src dcterms:date ?d } OPTIONAL { ?src dcterms:title ?t }
} GROUP BY ?fact ?src ORDER BY ?src"""
SOURCE_DETAILS = ("note", "publisher", "date", "title")  # shown beside an answer item when the source has them
UNVERIFIED_QUERY = f"SELECT ?fact WHERE {{ ?fact <https://w3id.org/duikou/ontology#verificationStatus> <{UNVERIFIED}> }}"
MAX_SOURCES_CACHED = 100_000
FETCH_CHUNK = 128  # facts whose sources one query reads
TYPE_ZH = {
    "supporter_recipients": "某方对口支援了哪些地方", "recipient_supporters": "哪些方对口支援某地",
    "programme_members": "援助计划的参与方", "yes_no": "是否存在对口支援关系", "since_when": "对口支援的起始年份",
    "event_pairings": "会议或文件确定的对口关系", "pairing_event": "确定对口关系的会议或文件",
    "count": "数量", "superlative": "最多者（并列全列）", "comparison": "两方比较", "intersection": "共同的对口关系",
    "rollup": "支援下辖地方的各方", "mechanism": "机制及其组成", "stage_event": "阶段与事件",
    "history": "对口关系的历史", "definition": "定义", "time_filter": "按年份筛选的对口关系",
    "actor_type": "按主体类型筛选的对口关系", "composed_list": "按条件组合的对口关系",
}
NO_DATA = ("识别出{names}，但图谱没有这一层级的数字，无法回答：图谱中的资金、项目和干部人才数字按援助计划和时期记录"
           "（如援藏资金各时期的投入、各批援藏援疆干部人数、援疆资金的安排比例，各附来源），不分单个支援省市或受援地，"
           "也不按用途或人员构成细分；"
           "人口、经济等数据不在图谱中。")
OPINION = ("识别出{names}，但图谱只记录已发生的事实（谁对口支援谁、从哪年起、依据哪次会议或哪个文件），"
           "不回答原因、评价、比较异同、办理流程或将来的安排。")
WRITING = ("识别出{names}，但这是撰写文稿的请求：图谱只回答事实问题（谁对口支援谁、从哪年起、依据哪次会议或哪个文件），"
           "不代拟讲话稿、发言稿或其他文字；可以就其中要用到的事实逐一提问。")
EXAMPLES = ["北京市对口支援哪些地方？", "哪些省市对口支援喀什地区？", "上海市从哪一年开始对口支援日喀则市？",
            "第三次西藏工作座谈会是哪一年召开的？", "对口支援的运行机制包括哪些部分？"]


class SourceIndex:
    """The unverified facts (read once: few), and dcterms:source of a fact, looked up when an answer cites it
    (reading every source up front took seconds at 10^7 triples)."""

    def __init__(self, store, unverified: set[str], year_doubted: dict[str, str] | None = None):
        self.store = store
        self.unverified = unverified
        self.year_doubted = year_doubted or {}  # pairing → its start year's status, where the year is approximate or unverified
        self._cache: dict[str, list[dict]] = {}

    @classmethod
    def from_store(cls, store) -> SourceIndex:
        return cls(store, {row["fact"].value for row in store.query(UNVERIFIED_QUERY)},
                   {row["fact"].value: row["status"].value for row in store.query(YEAR_DOUBT_QUERY)
                    if row["status"].value in YEAR_DOUBT_NOTES})

    def of(self, fact: str) -> list[dict]:
        found = self._cache.get(fact)
        if found is None:
            rows = self.store.query(SOURCES_QUERY, substitutions={"fact": NamedNode(fact)})
            found = [_source(r) for r in rows]
            if len(self._cache) < MAX_SOURCES_CACHED:
                self._cache[fact] = found
        return found

    def read(self, facts) -> None:
        """The sources of those of ``facts`` not read yet, :data:`FETCH_CHUNK` facts a query (an answer of 109
        items at 10^6 asked 109 one-fact queries)."""
        missing = sorted({f for f in facts if f not in self._cache})
        for at in range(0, len(missing), FETCH_CHUNK):
            chunk = missing[at:at + FETCH_CHUNK]
            found: dict[str, list[dict]] = {f: [] for f in chunk}
            for row in self.store.query(with_values(SOURCES_QUERY, "fact", [NamedNode(f) for f in chunk])):
                found[row["fact"].value].append(_source(row))
            for fact, sources in found.items():
                if len(self._cache) < MAX_SOURCES_CACHED:
                    self._cache[fact] = sources

    def for_facts(self, facts: list[str]) -> list[dict]:
        seen, out = set(), []
        ordered = sorted(set(facts))  # the same order whichever order the engine gave the facts in
        for i, fact in enumerate(ordered):
            if len(out) >= MAX_SOURCES:
                break
            if fact not in self._cache:
                self.read(ordered[i:i + FETCH_CHUNK])
            for s in self.of(fact):
                key = (s["label"], s["url"])
                if key not in seen and len(out) < MAX_SOURCES:
                    seen.add(key)
                    out.append(s)
        return out


def _source(row) -> dict:
    """{label, url} and, when the source resource has them, its note, publisher, date and title."""
    found = {"label": row["label"].value if row["label"] is not None else row["src"].value, "url": _link(row["src"].value)}
    found.update({k: row[k].value for k in SOURCE_DETAILS if row[k] is not None})
    return found


def _link(iri: str) -> str | None:
    """A source's address if it is one a browser may follow (http/https); other IRIs (urn:, javascript:, …)
    are named by their label only."""
    return iri if iri.lower().startswith(("http://", "https://")) else None


def empty_question() -> dict:
    """The answer to no question at all: the contract's shape, with examples."""
    result = skeleton("", "", [])
    result.update(text="请输入一个关于对口支援的问题。", suggestions=EXAMPLES, timing_ms=0.0)
    return result


def skeleton(question: str, normalized: str, mentions: list[Mention]) -> dict:
    return {"question": question, "normalized": normalized, "status": "no_entity", "interpretation": "",
            "entities": [m.as_dict() for m in mentions], "template": None, "answers": [], "text": "",
            "sparql": None, "sources": [], "suggestions": [], "clarify": []}


def ambiguous(result: dict, text: str, m: Mention) -> dict:
    options = [{"label": c.label, "iri": c.iri, "question": text[:m.start] + c.label + text[m.end:]}
               for c in m.best]
    names = "、".join(o["label"] for o in options)
    result.update(status="ambiguous", clarify=options, interpretation=f"理解为：“{m.text}”可指{names}",
                  text=f"“{m.text}”有歧义：您指的是{names}中的哪一个？")
    return result


def not_understood(result: dict, frame: Frame) -> dict:
    about_domain = any(m.kind in ("rtype", "concept") for m in frame.mentions) and frame.cues & OUT_OF_SCOPE
    if all(m.kind in ("rtype", "class", "concept") for m in frame.mentions) and not about_domain:
        result.update(status="no_entity", interpretation="理解为：未识别出图谱中的名称",
                      text="没有在问题中识别出图谱中的主体、援助计划、会议或机制。",
                      suggestions=EXAMPLES)
        return result
    names = "、".join(m.best[0].label for m in frame.mentions) or "对口支援"
    result.update(status="no_template", interpretation=f"理解为：问题涉及{names}，但问法不在可回答的范围内",
                  text=f"识别出{names}，但不理解要问什么；图谱只记录对口支援关系及其会议、文件、阶段和机制。",
                  suggestions=follow_ups(frame.mentions))
    if "writing" in frame.cues:
        result.update(interpretation=f"理解为：问题涉及{names}，但要的是代拟文稿", text=WRITING.format(names=names))
    elif "opinion" in frame.cues:
        result.update(interpretation=f"理解为：问题涉及{names}，但问的是原因、评价、办理流程或将来", text=OPINION.format(names=names))
    elif frame.cues & {"nonsupport", "count", "project"}:
        result.update(interpretation=f"理解为：问题涉及{names}，但问的是图谱没有记录的数据",
                      text=NO_DATA.format(names=names))
    return result


def not_held(result: dict, words: list[str]) -> dict:
    """Names the graph does not hold (residue.unknown_names): refused, and the words said — never answered without them."""
    names = "、".join(f"“{w}”" for w in words)
    result.update(status="no_entity", interpretation=f"理解为：问题中的{names}不是图谱中的名称", not_understood=list(words),
                  answers=[], text=f"图谱中没有{names}：它不是图谱记录的对口支援主体、地方、援助计划、会议或文件，"
                                   "问题无法在忽略它的情况下回答。", suggestions=EXAMPLES)
    return result


def not_used(result: dict, frame: Frame, unused: list[Mention]) -> dict:
    """A constraint the question names that no query could use: said, never silently dropped (the answer is not ok)."""
    names = "、".join(m.text for m in unused)
    result.update(status="no_template", interpretation=f"理解为：问题中的“{names}”这一条件无法用于查询",
                  text=f"问题中的“{names}”这一条件，现有的问法无法一并查询；去掉它或换一种问法再试。",
                  suggestions=follow_ups(frame.mentions))
    return result


def follow_ups(mentions: list[Mention]) -> list[str]:
    out = []
    for m in mentions:
        name = m.best[0].label
        if m.kind == "actor":
            out += [f"{name}对口支援哪些地方？", f"哪些地方对口支援{name}？", f"{name}的对口支援历史"]
        elif m.kind == "programme":
            out += [f"哪些省市参与{name}？", f"{name}从哪一年开始？"]
        elif m.kind == "event":
            out += [f"{name}是哪一年？", f"{name}确定了哪些对口关系？"]
        elif m.kind == "mechanism":
            out += [f"{name}包括哪些部分？"]
    return out[:5] or EXAMPLES


def slot_labels(binding) -> dict[str, str]:
    labels = {name: m.best[0].label for name, m in binding.slots.items() if m is not None}
    labels.update({k: str(v) for k, v in binding.values.items() if k in YEAR_SLOTS})
    labels.setdefault("cls", "地方")
    labels.setdefault("x", "")  # (an event asked of by its year alone: 1986年国务院成立了什么机构)
    labels.setdefault("prog", "")
    labels["in_prog"] = f"在{labels['prog']}中，" if labels["prog"] else ""
    labels["and_z"] = "".join(f"、{labels[k]}" for k in ("z", "w") if labels.get(k))
    labels["in_w"] = f"在{labels['w']}，" if labels.get("w") else ""
    labels["in_year"] = f"{labels['in']}年仍在执行的对口关系中，" if labels.get("in") else ""
    labels["prog_or_aid"] = labels["prog"] or "对口支援"
    labels["prog_note"] = f"（{labels['prog']}）" if labels["prog"] else ""
    span = [f"{labels['after']}年及以后" if labels.get("after") else "",
            f"{int(labels['before']) - 1}年及以前" if labels.get("before") else ""]
    labels["years_note"] = f"（{'、'.join(w for w in span if w)}开始的对口关系中）" if any(span) else ""
    return labels


def interpretation(binding) -> str:
    """理解为：问题类型（北京市；计划：对口支援西藏；类型：县级行政区；起于2010年）."""
    labels = slot_labels(binding)
    parts = [SLOT_ZH.get(name, "") + labels[name] for name, m in binding.slots.items() if m is not None]
    parts += [f"{YEAR_SLOTS[k]}{v}年" for k, v in binding.values.items() if k in YEAR_SLOTS]
    kind = binding.template.meaning or TYPE_ZH.get(binding.template.type, binding.template.type)
    return f"理解为：{kind}（{'；'.join(parts)}）" if parts else f"理解为：{kind}"


def first_facts(facts: list[str]) -> list[str]:
    """The facts of one answer whose sources are read ahead, in one query per chunk: all of them when they fit in a
    chunk (:data:`FETCH_CHUNK`), else those :meth:`SourceIndex.for_facts` reads first (by IRI, as many as it shows
    sources). The rest of a long answer's facts (536 a supporter for 哪些省市参与了三省藏区 at 10^6: 7,505 in 59
    queries) is read only when those give fewer sources than are shown, by ``for_facts`` itself."""
    ordered = sorted(set(facts))
    return ordered if len(ordered) <= FETCH_CHUNK else ordered[:MAX_SOURCES]


def answered(result: dict, binding, rows: list, sources: SourceIndex, labels: dict) -> dict:
    answers, facts = extract(binding.template.answer, rows, labels)
    # how many of an item's facts are unverified, told by the engine — a count's (counting.py), a ranked item's tally
    # (answers.ranked): all, some or none; then the few facts it shows do not decide its mark
    told = [a.pop("_unverified", None) for a in answers]
    counted = set(told)
    sources.read([*first_facts(facts), *(f for a in answers[:MAX_ANSWERS] for f in first_facts(a.get("_facts", [])))])
    on_year = rests_on_year(binding)
    doubted_years: list[str] = []  # the start-year statuses of the facts the answer rests on (its note)
    for i, a in enumerate(answers):
        own = a.pop("_facts", [])
        tallied = a.pop("_years_doubted", None)  # the query's own reading of every fact counted, where it made one
        statuses = sorted(set(tallied) if tallied is not None else {sources.year_doubted[f] for f in own if f in sources.year_doubted})
        if on_year and statuses:  # the item rests on a start year given only roughly or unverified: said in the JSON too
            a["year_doubt"] = [YEAR_DOUBT_NAMES[s] for s in statuses]
            doubted_years += statuses
        if told[i] == "all" or told[i] is None and own and all(f in sources.unverified for f in own):
            a["unverified"] = True
        elif year_asked(binding) and "value" in a and own and all(sources.year_doubted.get(f) == UNVERIFIED_YEAR for f in own):
            a["unverified"] = True  # 体育总局支援崇义是哪年开始的: the year asked is only an unverified row's (the pairing
            # itself verified by a source that gives no year): not given as the answer (only_unverified)
        if i < MAX_ANSWERS:  # the item's own sources, beside it (only the answers shown: first_page)
            a["sources"] = sources.for_facts(own)
    result.update(interpretation=interpretation(binding), answers=answers,
                  sources=sources.for_facts(facts), suggestions=follow_ups(list(filter(None, binding.slots.values()))))
    unverified = bool(counted & {"all", "some"}) or any(f in sources.unverified for f in facts)
    if not answers:
        return no_fact(result, binding)
    note = (UNVERIFIED_NOTE if unverified else "") + year_doubt(binding, doubted_years)
    said = NEGATIVE + no_fact(dict(result), binding)["text"] if answers[0].get("negative") else sentence(binding, answers)
    shown_now, more = first_page(answers, result.get("sparql"))
    result.update(status="ok", text=said + note, answers=[public(a) for a in shown_now], _kind=binding.template.answer)
    if more:
        result["more"] = more
    return result


UNVERIFIED_YEAR = "https://w3id.org/duikou/ontology#UnverifiedYear"


def year_asked(binding) -> bool:
    """The answer is a pairing's start year (哪年开始的, 最早哪一年)."""
    return binding.template.answer == "year_min" or binding.template.type == "since_when"


def rests_on_year(binding) -> bool:
    """Whether the answer rests on start years: a year asked, or a year bounding the question (a template's after, before
    or in; a composed query's year, where it bounds the start: compose.YEAR_FRAGMENTS)."""
    return year_asked(binding) \
        or binding.template.answer in ("least", "latest") and "?startsDoubted" in binding.template.sparql \
        or any(k in YEAR_SLOTS for k in binding.values) or "year" in binding.values and "dk:startYear" in binding.template.sparql


def year_doubt(binding, statuses: list[str]) -> str:
    """A note when the answer rests on a start year (a year asked, or a year bounding the question) that a fact used
    gives only roughly or unverified (``statuses``: those of its items' facts, or of every pairing a ranking or comparison
    counted, beyond the facts it shows): the year is then not stated as exact."""
    if not rests_on_year(binding):
        return ""
    return "".join(YEAR_DOUBT_NOTES[s] for s in sorted(set(statuses)))


FACT_KINDS = ("entity", "value", "fact_values", "truth", "truth_or_no", "bool", "year_min")  # answers that are the facts themselves


# a person or a body (agency, firm, institution) answered: writers gold it as its node or as its name (乌兰夫, 国家经济委员会)
NAMED_KINDS = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?x ?name WHERE { VALUES ?kind { dk:Person dk:CentralAgency dk:CentralEnterprise dk:PublicInstitution }
  ?x a ?kind . { ?x rdfs:label ?name } UNION { ?x skos:altLabel ?name } FILTER(lang(?name) = "zh" || lang(?name) = "") }
ORDER BY ?x ?name"""


def names_of_named(store) -> dict[str, tuple[str, ...]]:
    """The names of every person and body (agency, firm, institution) in the graph: its Chinese label and other names."""
    names: dict[str, list[str]] = {}
    for row in store.query(NAMED_KINDS):
        names.setdefault(str(row["x"].value), []).append(str(row["name"].value))
    return {iri: tuple(dict.fromkeys(found)) for iri, found in names.items()}


def with_names(result: dict, names: dict[str, tuple[str, ...]]) -> dict:
    """A person or a body answered as its node carries its names in ``also`` (evaluate.system_items: the node and its
    name are one answer, as a fact and its value are — tests/qa/README "a person or a body: its node or its name")."""
    for a in result.get("answers") or [] if result.get("status") == "ok" else []:
        if "value" not in a and (found := names.get(a.get("iri", ""))):
            a["also"] = list(dict.fromkeys([*a.get("also", ()), *found]))
    return result


def only_unverified(result: dict) -> dict:
    """An answer that rests on unverified facts alone is not given as an answer (the writers' brief counts such facts
    as what the graph cannot answer): no_fact, with the records named as what they are and their sources kept."""
    kind = result.pop("_kind", None)  # a ranking, count or comparison rests on its whole tally, not on one sample
    answers = result.get("answers") or []
    if result.get("status") != "ok" or not answers or not all(a.get("unverified") for a in answers) \
            or kind not in (None,) + FACT_KINDS:
        return result
    said = result.get("text", "").replace("（含未经核实、仅有弱来源的事实。）", "").replace(YEAR_DOUBT_NOTES[UNVERIFIED_YEAR], "")
    return {**result, "status": "no_fact", "answers": [], "unverified_answers": answers,
            "text": f"图谱中对此只有未经核实、仅有弱来源的记录，不作为答案：{said}（未核实）"}


def short_roster(result: dict, text: str) -> dict:
    """参与援藏的17家中央企业分别是哪些: a roster asked with the size the question gives it, of which the graph holds fewer
    members, is not answered as if it were whole: no_fact, the members held kept beside it (partial_answers)."""
    stated = STATED_ROSTER.search(text)
    answers = result.get("answers") or []
    if result.get("status") != "ok" or stated is None or not answers or not all("iri" in a for a in answers):
        return result
    size = written_number(stated.group(1))
    if len(answers) >= size or size < 3:  # (两个名单哪一个…: two named things compared, no roster)
        return result
    held = "、".join(a.get("label", a["iri"]) for a in answers)
    return {**result, "status": "no_fact", "answers": [], "partial_answers": answers,
            "text": f"问题所说的{size}{stated.group(2)}{stated.group(3)}，图谱只记录了其中{len(answers)}{stated.group(2)}：{held}；"
                    "完整名单图谱中没有（没有记录不等于不存在）。"}


def coarser_than_asked(result: dict, text: str) -> dict:
    """银川座谈会具体是几号: a day asked, and every date the graph holds stops at the month or the year — no_fact, the
    dates held kept beside it (partial_answers), never a month given as if it were the day."""
    answers = result.get("answers") or []
    if result.get("status") != "ok" or not answers or not DAY_ONLY_ASKED.search(text) \
            or not all(MONTH_OR_YEAR.fullmatch(str(a.get("value", ""))) for a in answers):
        return result
    held = "、".join(year_month(str(a["value"])) for a in answers)
    return {**result, "status": "no_fact", "answers": [], "partial_answers": answers,
            "text": f"图谱只记录到{held}，没有具体日期（哪一天）的记录。"}


def drafting_refused(result: dict, text: str) -> dict:
    """帮忙撰写一段援疆干部欢送会的主持词: a text to be drafted (the cue group ``writing``) is refused whichever path read
    the names in it (a mechanism's or the book's answer too), the names said."""
    if result.get("status") != "ok" or not any(p.search(text) for p in load_vocabulary().patterns["writing"]):
        return result
    names = "、".join(dict.fromkeys(e.get("text", "") for e in result.get("entities", []) if e.get("text"))) or "对口支援"
    return {**result, "status": "no_template", "answers": [], "template": None,
            "interpretation": f"理解为：问题涉及{names}，但要的是代拟文稿", "text": WRITING.format(names=names)}


def year_month(value: str) -> str:
    """2016-07 → 2016年7月, 1994 → 1994年."""
    year, _, month = value.partition("-")
    return f"{year}年" + (f"{int(month)}月" if month else "")


TEAM_MEMBERS = "随所在省（区、市）团队承担任务的城市和区"


def below_rank(answered: dict, rank_label: str, anyone: bool) -> None:
    """省市 asked and no supporter at province rank recorded: the answer lists the members of a province's team (or, none
    either, any supporter) and says so, in its text and its interpretation."""
    instead = "支援方" if anyone else TEAM_MEMBERS
    if rank_label:
        answered["text"] = answered["text"].replace(rank_label, instead)
    answered["interpretation"] += "；图谱中没有省级单位（省、自治区、直辖市、计划单列市）承担的记录，列出的是" + (
        "其他支援方" if anyone else TEAM_MEMBERS)


def first_page(answers: list[dict], sparql: str | None, limit: int | None = None) -> tuple[list[dict], dict | None]:
    """A list over ``limit`` (MAX_ANSWERS) answers: its first ``limit``, and where all of them are — the
    query's whole result as CSV from /sparql and the query in the editor; None when the list fits."""
    limit = MAX_ANSWERS if limit is None else limit
    if len(answers) <= limit:
        return answers, None
    more = {"shown": limit, "total": len(answers)}
    if sparql:
        more.update(csv="/sparql?" + urlencode({"query": sparql, "format": "csv"}),
                    editor="/sparql?" + urlencode({"q": sparql}))
    return answers[:limit], more


def public(answer: dict) -> dict:
    """The contract's answer shape: {label, iri} or {value}, plus unverified when it is, year_doubt (["approximate"],
    ["unverified"] or both: the start years it rests on are given only roughly or not verified), via (the parts of the
    named place it was reached through), fact (the node a value is read from) and its own sources."""
    return {k: v for k, v in answer.items() if k in ("label", "iri", "value", "unverified", "year_doubt", "via", "fact", "sources")}


def no_fact(result: dict, binding) -> dict:
    pattern = binding.template.empty or "图谱中没有找到相关记录（没有记录不等于不存在）。"
    result.update(status="no_fact", text=pattern.format(**slot_labels(binding)))
    return result


def shown(answer: dict) -> str:
    text = answer["text"] if "text" in answer else answer.get("label") or str(answer.get("value"))
    return text + ("（未核实）" if answer.get("unverified") and text else "")


def sentence(binding, answers: list[dict], total: int | None = None) -> str:
    """The template's sentence listing the first MAX_LISTED answers, and how many there are in all (``total``: when
    ``answers`` are only the first of them)."""
    listed = [t for t in dict.fromkeys(shown(a) for a in answers[:MAX_LISTED]) if t]  # (a tie told once: compare)
    total = len(answers) if total is None else total
    more = f"等{total}项" if total > min(len(answers), MAX_LISTED) else ""
    return binding.template.text.format(answers="、".join(listed) + more, **slot_labels(binding))
