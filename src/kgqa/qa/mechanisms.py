"""Questions about how programmes run: cadres, funds, projects, 组团式 teams, launches and rules.

Self-contained beside the template pipeline, which calls :meth:`MechanismQA.answer` once (after linking)
and goes on when it returns None. The question is read against the small vocabulary below — which
programme, which topic, a batch number, a year, one total or the whole series — the facts of that
programme and topic are fetched with the programme bound (never formatted into the query), and the
answer gives each figure's value, unit, period, status and source in the pipeline's result shape. Two
reports of one figure are both given; cumulative figures over overlapping periods are never added.
"""
from __future__ import annotations

import re

import pyoxigraph as ox

from . import render
from .normalise import normalise

ID = "https://w3id.org/duikou/"
DK = ID + "ontology#"
STATUS_ZH = {"Verified": "已核实", "PartiallyVerified": "部分核实", "Unverified": "未核实"}

# ---------------------------------------------------------------- vocabulary
PROGRAMMES = (  # programme → words that name it in a question
    ("yuanzang", ("援藏", "西藏", "进藏", "在藏", "入藏", "赴藏")),
    ("yuanjiang", ("援疆", "新疆", "在疆", "进疆", "赴疆", "抵疆")),
    ("yuanqing", ("援青", "青海")),
    ("sansheng-zangqu", ("三省藏区", "四川云南甘肃藏区", "川滇甘藏区")),
    ("dongxibu", ("东西部", "东西扶贫", "闽宁", "携手奔小康", "东部向西部", "东部到西部", "西部到东部")),
    ("dongbei-hezuo", ("对口合作", "东北")),
    ("wenchuan-chongjian", ("汶川", "地震灾后", "灾后重建", "灾后恢复重建")),
    ("sanxia", ("三峡",)),
)
PLACES = {"西藏", "新疆", "青海", "东北"}  # names of places, not of aid: a programme only beside a word of aid
AID = re.compile("援|对口|支援|帮扶|协作|合作|干部|人才")
SHORT_NAMES = {"yuanzang": "援藏", "yuanjiang": "援疆", "yuanqing": "援青", "sansheng-zangqu": "三省藏区对口支援",
               "dongxibu": "东西部扶贫协作", "dongbei-hezuo": "东北与东部对口合作", "wenchuan-chongjian": "汶川灾后重建对口支援",
               "sanxia": "三峡移民对口支援"}
TOPICS = (  # topic → (pattern the question must match, classes whose facts answer it)
    ("who", r"(谁|哪个部门|哪些部门|什么部门|哪个机关|哪些机关|什么机关|哪个单位|哪些单位|由哪).{0,6}(选派|组织|协调)|"
            r"(选派|组织|协调|监管|考核).{0,8}(是谁|由谁|哪个部门|哪些部门|什么部门)|"
            r"(谁|哪个部门|哪些部门|什么部门|哪个机关|由哪个)(负责|来)?.{0,4}(选派|组织|协调|监管|监测|考核|干部)",
     ("ManagementRule",)),
    ("batches", r"(多少批|几批)", ("CadreBatch",)),
    ("batch", r"(第\d+批|首批).{0,6}(干部|人才)|(干部|人才).{0,4}(第\d+批|首批)", ("CadreBatch",)),
    ("team", r"组团式|医疗人才|教育人才|援藏教师|援疆教师|援藏医生|援疆医生|医疗队|支教|支医", ("TalentTeam",)),
    ("term", r"(干部|人才|一批|每批|每轮).{0,12}(任期|几年|多少年|多长时间|多久|期限|年限|轮换)|"
             r"(任期|期限|年限).{0,6}(干部|人才)", ("CadreTerm",)),
    ("principle", r"原则|方式|办法|怎么选派|如何选派|怎样选派|怎么管理|如何管理|怎样管理|管理规则|两个80|80%|投向|用于民生|用于基层|"
                  r"不得|禁止|范围|联席", ("ManagementRule",)),
    ("rule", r"(基数|比例|千分之|百分之|‰|标准|按什么|多少比例|占比|递增|增幅|每年增长|财政收入|不少于|不低于|按多少|每年.{0,6}(拿出|安排|提供)多少)",
     ("FundingRule",)),
    ("done", r"(完成|建成|竣工|完工)", ("ManagementRule",)),
    ("funding", r"资金|投入|多少钱|亿元|投资|经费|援助款|财政援助", ("FundingReport",)),
    ("cadre", r"(干部|人才|挂职).{0,10}(多少|几|人数|规模)|(一共|总共|累计|共|多少).{0,8}(干部|人才)|"
              r"(派|选派|进藏|进疆|赴疆|赴藏|赴青|援藏|援疆|援青).{0,8}(多少人|多少名|几名)",
     ("CadreCount", "CadreBatch")),
    ("project", r"项目.{0,6}(多少|几个|数量|个数)|(多少|几)个?.{0,4}项目", ("ProjectReport",)),
    ("launch", r"启动机制|启动事件|如何启动|怎么启动|怎样启动|启动过程|历次.{0,6}(会议|座谈会)|时间线|历程|"
               r"(哪些|几次).{0,6}(座谈会|工作会议)", ("LaunchEvent",)),
)
# …哪些地方, 多少个县纳入了…范围: places or their number are the pairings' answer, not a mechanism's
OFF_TOPIC = re.compile(r"(多少|几)个(县|区县|市|省|地市|州|师)|工资|待遇|报名|补贴|个人收入|遇难|死亡|伤亡|受灾|人口|GDP|表彰|奖励|条件|心得|故事|为什么|原因|评价|效果|成效|哪些省市|哪几个省|哪些省|哪些地方|哪些地区")
# a part of a figure the graph does not break down (援藏资金中用于教育的, 女性干部, 哪个项目投资最大)
BREAKDOWN = re.compile("中用于|用于教育|用于医疗|用于产业|女性|男性|学历|年龄|哪个项目|哪个投资|哪项|最大|最多|最少|排名|平均|人均|"
                       "每个县|每个省|每个市|各省|各市|各县")
SERIES = re.compile("各时期|各个时期|历年|每年|分别|历次|各批|每批|哪些年|逐年|变化|时间线|历程|列出|表")
TOTAL = re.compile("一共|总共|累计|共计|合计|总计|总数|总额|总规模|共派|共选派|共投入")
WHEN = re.compile("什么时候|何时|哪天|日期|几月")
YEAR_ASKED = re.compile("哪年|哪一年|几年开始|年份|从何年")
DEFINITION = re.compile("什么是|什么叫|是指什么|指的是什么|是什么意思|含义|定义")
PRINCIPLE_KEYS = {"80": "80|八成", "民生|基层": "民生|基层|八成", "选派|干部|人才": "选派|干部|人才", "轮换": "轮换", "资金": "资金", "项目": "项目",
                  "考核": "考核", "监管|监测": "监管|监测|通报", "培训|交流": "培训|交流", "联席": "联席", "范围|不得|禁止": "范围|不得|不建|不在"}
ERAS = {"十八大": (2012, None), "十九大": (2017, None), "二十大": (2022, None), "新一轮": (2010, None),
        "十一五": (2006, 2010), "十二五": (2011, 2015), "十三五": (2016, 2020), "十四五": (2021, 2025)}
SPAN = re.compile(r"((?:19|20)\d\d)年?(?:到|至|—|–|-|~)((?:19|20)\d\d)年?")
UNTIL = re.compile(r"(?:截至|截止|到|至)((?:19|20)\d\d)年")
SINCE = re.compile(r"((?:19|20)\d\d)年(?:以来|起|来)")
DURATION = re.compile(r"(?<![\d第])(\d{1,2})年(?:来|间|以来|中|里)?")
NARROW = ("党政干部", "专业技术人才", "专业人才", "教师", "教育", "医疗", "医生", "医院", "挂职", "西部到东部", "东部到西部",
          "中央单位", "中央机关", "省市", "到位", "年度计划", "计划", "无偿", "捐", "规划内", "投资",
          "合作项目", "开工", "财政援助", "社会捐助", "志愿者", "国企", "央企", "兵团")
PART = re.compile("一省|一州|一方|一市|一县")  # a figure for one supporter or recipient is not the programme's total
WHICH = re.compile("哪些|哪几|什么会|哪次")
WHEN_HELD = re.compile("什么时候|何时|哪天|日期|几月|哪年|哪一年|年份|召开|举行|印发|发布")
SHARE = re.compile("占比|比例|百分之|%")
BASE_ASKED = re.compile("基数|以什么为|按什么的|什么收入")
GROWTH = re.compile("递增|增幅|增长")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")
KINDS = {"medical": re.compile("医|卫生"), "education": re.compile("教|学校|支教")}
QUALIFIER = {"Approximately": "约{}", "AtLeast": "{}以上", "Nearly": "近{}"}

FACTS_QUERY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?programme ?fact ?cls ?label ?value ?min ?max ?unit ?qualifier ?start ?end ?date ?batch ?kind ?scope ?principle ?status
       ?event ?eventLabel ?base
WHERE {
  ?fact dk:aboutProgramme ?programme ; a ?cls ; rdfs:label ?label ; dk:verificationStatus ?status ; dk:startYear ?start .
  OPTIONAL { ?fact dk:base ?base }
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
  OPTIONAL { ?fact dk:event ?event . ?event rdfs:label ?eventLabel FILTER(lang(?eventLabel) = "zh") }
}"""
WHO_QUERY = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?programme ?mechanism ?fact ?item ?itemLabel ?status WHERE {
  ?fact dk:aboutProgramme ?programme ; dk:mechanism ?mechanism ; dk:responsible ?item ; dk:verificationStatus ?status .
  ?item rdfs:label ?itemLabel FILTER(lang(?itemLabel) = "zh")
}"""
QUERIES = (FACTS_QUERY, WHO_QUERY)  # the only queries this module runs
MECHANISM_OF = {"cadre": ID + "mechanism/ganbu-rencai", "funding": ID + "mechanism/xiangmu-zijin"}


def programmes_in(text: str) -> list[str]:
    """援藏, 对口支援新疆: the programmes named; a bare place (西藏有多少人) names none without a word of aid."""
    aid = AID.search(text)
    return [ID + "programme/" + slug for slug, words in PROGRAMMES
            if any(w in text and (aid or w not in PLACES) for w in words)]


def topic_of(text: str) -> tuple[str, tuple[str, ...]] | None:
    for name, pattern, classes in TOPICS:
        if re.search(pattern, text):
            return name, classes
    return None


class MechanismQA:
    """Answers mechanism questions over one store (the facts are few: read per question)."""

    def __init__(self, store, sources: render.SourceIndex):
        self.store = store
        self.sources = sources
        self._facts: dict[str, list[dict]] = {}

    def answer(self, result: dict, text: str, mentions: list) -> dict | None:
        programmes = programmes_in(text)
        topic = topic_of(text)
        if programmes and WHEN_HELD.search(text) and self.named_launch(programmes, text, mentions):
            # 第二次全国对口支援新疆工作会议是哪年召开的: a launch the graph holds as a fact, not as a meeting node
            held = self.facts(programmes)
            facts = [f for f in held if f["cls"] == "LaunchEvent"]
            return Asked("launch", text, programmes, facts, held).render(dict(result), self.sources)
        if not programmes or topic is None or DEFINITION.search(text) or OFF_TOPIC.search(text) \
                or self.names_other_actor(text, mentions) or (topic[0] == "batch" and SHARE.search(text)) \
                or (topic[0] in SUMMED | {"batch", "team"} and BREAKDOWN.search(text)):
            return None  # not ours: the template pipeline answers or refuses it
        name, classes = topic
        if name == "who":
            return self.who(dict(result), text, programmes)
        held = self.facts(programmes)
        facts = [f for f in held if f["cls"] in classes]
        return Asked(name, text, programmes, facts, held).render(dict(result), self.sources)

    def named_launch(self, programmes: list[str], text: str, mentions: list) -> bool:
        """A launch named in full, more precisely than any meeting the gazetteer found in it."""
        events = [m.text for m in mentions if m.kind == "event"]
        return any(f["cls"] == "LaunchEvent" and launch_name(f) in text
                   and all(len(e) < len(launch_name(f)) and e in launch_name(f) for e in events)
                   for f in self.facts(programmes))

    @staticmethod
    def names_other_actor(text: str, mentions: list) -> bool:
        """上海援藏投入了多少资金: the graph's figures are per programme, not per supporter or recipient."""
        words = [w for _, ws in PROGRAMMES for w in ws] + ["全国", "中央"]
        return any(m.kind == "actor" and not any(m.text in w or w in m.text for w in words) for m in mentions)

    def facts(self, programmes: list[str]) -> list[dict]:
        out: dict[str, dict] = {}
        for programme in programmes:
            for fact in self.facts_of(programme):
                out.setdefault(fact["fact"], fact)
        return list(out.values())

    def facts_of(self, programme: str) -> list[dict]:
        """A programme's facts, read once (like the pipeline's gazetteer, for the life of this store)."""
        if programme not in self._facts:
            rows = self.store.query(FACTS_QUERY, substitutions={"programme": ox.NamedNode(programme)})
            self._facts[programme] = list({f["fact"]: f for f in (fact_of(row_of(s)) for s in rows)}.values())
        return self._facts[programme]

    def who(self, result: dict, text: str, programmes: list[str]) -> dict:
        """谁负责选派援疆干部: the bodies the programme's rules name, or the rule's own words when it names none we hold."""
        names = "、".join(programme_label(p) for p in programmes)
        result.update(template="mechanism_who", sparql=shown_query(WHO_QUERY, programmes),
                      interpretation=f"理解为：负责选派或组织的机关（{names}）")
        bodies = self.bodies(programmes, MECHANISM_OF["funding" if re.search("资金|项目", text) else "cadre"])
        rules = {f["fact"]: f for f in self.facts(programmes) if f["cls"] == "ManagementRule"}
        if not bodies:
            said_so = [f for f in rules.values() if re.search("协调|负责|组织|选派|监管", f.get("principle", ""))]
            if not said_so:
                return no_fact(result, f"图谱没有记录{names}由哪个机关负责这项工作。")
            result.update(status="ok", answers=[{"value": f["principle"]} for f in said_so],
                          sources=self.sources.for_facts([f["fact"] for f in said_so]),
                          text=f"{names}：" + "；".join(said(f) for f in said_so) + "。")
            return result
        facts = [f for b in bodies.values() for f in b["_facts"]]
        why = "；".join(sorted({rules[f]["label"] for f in facts if f in rules}))
        unverified = "（未核实）" if all(f in self.sources.unverified for f in facts) else ""
        result.update(status="ok", answers=[{"label": b["label"], "iri": b["iri"]} for b in bodies.values()],
                      sources=self.sources.for_facts(facts),
                      text=f"{names}：由{'、'.join(b['label'] for b in bodies.values())}负责（{why}）。{unverified}")
        return result

    def bodies(self, programmes: list[str], mechanism: str) -> dict[str, dict]:
        found: dict[str, dict] = {}
        for programme in programmes:
            for s in self.store.query(WHO_QUERY, substitutions={"programme": ox.NamedNode(programme),
                                                                "mechanism": ox.NamedNode(mechanism)}):
                b = found.setdefault(s["item"].value, {"label": s["itemLabel"].value, "iri": s["item"].value, "_facts": []})
                b["_facts"].append(s["fact"].value)
        return found


def row_of(solution) -> dict:
    return {v: solution[v] for v in ("fact", "cls", "label", "value", "min", "max", "unit", "qualifier", "start", "end", "date",
                                     "batch", "kind", "scope", "principle", "status", "event", "eventLabel", "base")
            if solution[v] is not None}


def fact_of(row: dict) -> dict:
    number = row.get("value")
    fact = {k: row[k].value for k in ("fact", "label", "status", "unit", "qualifier", "kind", "scope", "principle",
                                      "event", "eventLabel", "base") if k in row}
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


def programme_label(iri: str) -> str:
    return SHORT_NAMES[iri.rsplit("/", 1)[1]]


def shown_query(query: str, programmes: list[str]) -> str:
    values = " ".join(f"<{p}>" for p in programmes)
    return query.replace("WHERE {", f"WHERE {{\n  VALUES ?programme {{ {values} }}", 1)


def no_fact(result: dict, text: str) -> dict:
    result.update(status="no_fact", answers=[], text=text + "（没有记录不等于不存在。）")
    return result


class Asked:
    """One mechanism question: which of the programme's facts answer it, and how they are said."""

    def __init__(self, topic: str, text: str, programmes: list[str], facts: list[dict], held: list[dict]):
        self.topic, self.text, self.programmes, self.all, self.held = topic, text, programmes, facts, held
        self.names = "、".join(programme_label(p) for p in programmes)

    def render(self, result: dict, sources: render.SourceIndex) -> dict:
        chosen, how = self.choose()
        result.update(template=f"mechanism_{self.topic}", sparql=shown_query(FACTS_QUERY, self.programmes),
                      interpretation=f"理解为：{self.names}的{TOPIC_ZH[self.topic]}（{how}）")
        if not chosen:
            return no_fact(result, self.lacking(how))
        chosen = sorted(chosen, key=lambda f: (f["date"] or "", f["start"], f["end"] or 9999)) if len(chosen) > 1 else chosen
        answers = [self.answer_of(f) for f in chosen]
        shown = self.all if self.topic in SUMMED else chosen  # a figure's series: every report, overlapping or not
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
        facts, when = within(self.all, self.text)
        facts = narrowed(facts, self.text)  # within the period first: words then pick among what is left
        if when:
            return credible(facts), when
        if SERIES.search(self.text) or self.topic == "term":
            return credible(facts), "各时期" if self.topic in SUMMED else "全部记录"
        return longest(credible(facts)), "时期最长、最新的累计数"

    def choose_batch(self, facts: list[dict]) -> tuple[list[dict], str]:
        found = re.search(r"第(\d+)批", self.text)
        n = int(found.group(1)) if found else 1  # 首批
        return narrowed([f for f in facts if f["batch"] == n], self.text), f"第{n}批"

    def choose_batches(self, facts: list[dict]) -> tuple[list[dict], str]:
        """援藏干部已派了几批: the highest batch number the credible reports give."""
        numbered = [f for f in credible(facts) if f["batch"]]
        last = max((f["batch"] for f in numbered), default=None)
        return [f for f in numbered if f["batch"] == last][:1], "已选派的批数"

    def choose_team(self, facts: list[dict]) -> tuple[list[dict], str]:
        kind = next((k for k, p in KINDS.items() if p.search(self.text.replace("组团式", ""))), None)
        facts = [f for f in facts if kind is None or f.get("kind", "").endswith(KIND_IRI[kind])]
        if YEAR_ASKED.search(self.text) or WHEN.search(self.text) or re.search("开始|启动|起步", self.text):
            first = min((f["start"] for f in facts), default=None)
            starts = [f for f in facts if f["start"] == first]
            return [f for f in starts if f["value"] is None] or starts[:1], "起始年份"
        unit = "家" if re.search("医院|家", self.text) else "人"
        return credible([f for f in facts if f.get("unit") == unit]), "医院数" if unit == "家" else "人数"

    def choose_rule(self, facts: list[dict]) -> tuple[list[dict], str]:
        growth = bool(GROWTH.search(self.text))
        return credible([f for f in facts if f.get("unit", "").endswith("/年") == growth]), "增幅" if growth else "比例"

    def choose_done(self, facts: list[dict]) -> tuple[list[dict], str]:
        return [f for f in facts if f["date"]], "完成时间"

    def choose_principle(self, facts: list[dict]) -> tuple[list[dict], str]:
        keys = [k for k in PRINCIPLE_KEYS if re.search(k, self.text)]
        said_of = [f for f in facts if keys and all(re.search(PRINCIPLE_KEYS[k], f["label"] + f.get("principle", ""))
                                                    for k in keys)]
        return credible(said_of or facts), "、".join(k.split("|")[0] for k in keys) or "全部记录"

    def choose_launch(self, facts: list[dict]) -> tuple[list[dict], str]:
        named = [f for f in facts if launch_name(f) in self.text]
        if named:  # the most precise name: 第2次全国对口支援新疆工作会议, not 全国对口支援新疆工作会议
            longest_name = max(len(launch_name(f)) for f in named)
            named = [f for f in named if len(launch_name(f)) == longest_name]
            return named, launch_name(named[0])
        kind = next((w for w in ("座谈会", "工作会议") if w in self.text), None)
        facts = [f for f in facts if kind is None or kind in f["label"]] or facts
        return sorted(facts, key=lambda f: f["date"] or ""), kind or "启动事件时间线"

    def answer_of(self, f: dict) -> dict:
        if self.topic == "launch" and WHICH.search(self.text) and f.get("event"):
            return {"label": f["eventLabel"], "iri": f["event"], **({"unverified": True} if f["status"] == "Unverified" else {})}
        if self.topic == "launch" and YEAR_ASKED.search(self.text):
            value = int(f["date"][:4])
        elif self.topic == "done" or (self.topic == "launch" and WHEN_HELD.search(self.text)):
            value = f["date"]
        elif self.topic == "rule" and BASE_ASKED.search(self.text):
            value = f.get("base")
        elif self.topic == "batches":
            value = f["batch"]
        elif self.topic == "batch" and (YEAR_ASKED.search(self.text) or WHEN.search(self.text) or "哪年" in self.text):
            value = f["start"]
        elif self.topic == "principle" or (f["value"] is None and f.get("principle")):
            value = f["principle"]
        elif self.topic in ("launch", "team") and f["value"] is None:
            value = int(f["date"][:4]) if f["date"] and (YEAR_ASKED.search(self.text) or len(f["date"]) == 4) \
                else (f["date"] or f["start"])
        else:
            value = figure(f) if f["range"] else f["value"]
        out = {"value": value}
        if f["status"] == "Unverified":
            out["unverified"] = True
        return out

    def sentence(self, chosen: list[dict]) -> str:
        head = f"{self.names}：" + "；".join(said(f) for f in chosen) + "。"
        if len({figure(f) for f in chosen}) > 1 and self.topic == "batch":
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


TOPIC_ZH = {"who": "负责机关", "batch": "干部人才批次", "batches": "干部人才批数", "team": "“组团式”人才支援", "term": "干部人才任期",
            "rule": "资金安排比例", "principle": "管理规则", "done": "完成时限", "cadre": "干部人才人数", "project": "援助项目数",
            "funding": "援助资金", "launch": "启动事件"}
KIND_IRI = {"medical": "MedicalTeam", "education": "EducationTeam"}
CUMULATIVE = {"FundingReport", "ProjectReport", "CadreCount"}
SUMMED = {"funding", "project", "cadre"}
SUGGESTIONS = ["{p}资金各时期投入多少？", "{p}干部人才一共选派了多少人？", "谁负责选派{p}干部？"]


def said(f: dict) -> str:
    """第十批援藏干部人才：2114人（2022—2025年，已核实，口径：…）——principle."""
    what = f["label"] if f["value"] is None and not f["range"] else f["label"].split("：")[0] + "：" + figure(f)
    notes = ([] if f["date"] else [period(f)]) + [STATUS_ZH[f["status"]]] + ([f"口径：{f['scope']}"] if f.get("scope") else [])
    rule = f"——{f['principle'].rstrip('。')}" if f.get("principle") else ""
    return f"{what}（{'，'.join(notes)}）{rule}"


def launch_name(f: dict) -> str:
    """中央第三次西藏工作座谈会（1994-07） → 第3次西藏工作座谈会, as the normaliser writes a question."""
    name = re.sub(r"（[^）]*）$", "", f["label"]).removeprefix("中央")
    return normalise(re.sub(r"\(.*?\)|《|》", "", name))


def scope_names(facts: list[dict]) -> tuple[str, ...]:
    """The supporters and places the facts' own scopes name (江苏一省 → 江苏, 天津市一方 → 天津, 黄南州一州 → 黄南): a
    question naming one narrows to its figures. From the data, so a new fact's place needs no new word here."""
    names = {re.sub("[省市州县区]$", "", PART.sub("", f["scope"])) for f in facts if PART.search(f.get("scope", ""))}
    return tuple(sorted(n for n in names if len(n) >= 2))


def narrowed(facts: list[dict], text: str) -> list[dict]:
    """中央单位援疆干部, 党政干部, 教师: the facts whose measure or scope says what the question says, when some do."""
    words = [w for w in NARROW + scope_names(facts) if w in text]
    said_of = [f for f in facts if words and all(w in f.get("measure", f["label"]) + f.get("scope", "") for w in words)]
    return said_of or facts


def within(facts: list[dict], text: str) -> tuple[list[dict], str]:
    """The facts of the period the question names (2018年, 1995年到2006年, 截至2008年, 十八大以来, 十三五, 20年), if it names one."""
    if m := SPAN.search(text):
        a, b = int(m.group(1)), int(m.group(2))
        return [f for f in facts if f["start"] == a and f["end"] == b], f"{a}—{b}年"
    for word, (a, b) in ERAS.items():
        if word in text:
            found = [f for f in facts if f["start"] == a and (b is None or f["end"] == b)]
            return (longest(found) or found) if b is None else found, word
    if m := SINCE.search(text):
        a = int(m.group(1))
        return longest([f for f in facts if f["start"] == a]) or [f for f in facts if f["start"] == a], f"{a}年以来"
    if m := UNTIL.search(text):
        b = int(m.group(1))
        return [f for f in facts if f["end"] == b], f"截至{b}年"
    if m := YEAR.search(text):
        y = int(m.group(1))
        return [f for f in facts if f["start"] == y and f["end"] == y], f"{y}年"
    if (m := DURATION.search(text)) and 2 <= int(m.group(1)) <= 60:
        n = int(m.group(1))
        return [f for f in facts if f["end"] is not None and f["end"] - f["start"] == n], f"{n}年间"
    return facts, ""


def credible(facts: list[dict]) -> list[dict]:
    """Verified and partly verified facts when there are any; the unverified ones otherwise."""
    sure = [f for f in facts if f["status"] != "Unverified"]
    return sure or facts


def longest(facts: list[dict]) -> list[dict]:
    """The report over the longest period (then the latest), every report of it when several agree on the period."""
    figures = [f for f in facts if f["cls"] in CUMULATIVE and f["value"] is not None
               and not PART.search(f.get("scope", ""))]
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
