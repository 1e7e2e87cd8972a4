"""Generate tests/qa/dev.json: questions over the graph with gold answers from SPARQL written here,
independently of the pipeline's templates (run: python tests/qa/make_dev.py).

Phrasings are deliberately varied (active/passive, short/long names, abbreviations, traditional
script, Chinese numerals); every phrasing of one fact shares a paraphrase group, and the split
(dev/test) is by group.
"""
from __future__ import annotations

import datetime
import json
import random
import re
import sys
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
from kgqa.store.embedded import EmbeddedStore, data_files

BASE = "https://w3id.org/duikou/"
PREFIX = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
T2S = opencc.OpenCC("s2t")
CN_DIGITS = dict(zip("0123456789", "〇一二三四五六七八九"))
rng = random.Random(20261129)
store = EmbeddedStore.from_files(data_files(ROOT / "triples", ROOT / "ontology" / "duikou.ttl"))
questions: list[dict] = []
# places ranked by their supporters: a province's team member (its city or district paired in the province's team) counts
# once, as the province (the convention a comparison of supporters reads, issue #15 round 10): ?member → ?s
TEAM_GIVER = "OPTIONAL { ?p dk:supporterTeam ?team } BIND(COALESCE(?team, ?member) AS ?s)"


def rows(query: str) -> list[list]:
    out = []
    for r in store.query(PREFIX + query):
        out.append([None if v is None else (int(v.value) if v.value.lstrip("-").isdigit() and not v.value.startswith("http") else v.value) for v in r])
    return out


def col(query: str) -> list:
    return [r[0] for r in rows(query)]


def label(iri: str) -> str:
    return col(f'SELECT ?l WHERE {{ <{iri}> rdfs:label ?l FILTER(lang(?l) = "zh") }}')[0]


def short(iri: str) -> str:
    """The shortest alternative name no other entity bears (else the label)."""
    alts = col(f"""SELECT ?l WHERE {{ <{iri}> skos:altLabel ?l FILTER(lang(?l) = "zh") FILTER(STRLEN(?l) >= 3
      || NOT EXISTS {{ <{iri}> a dk:Programme }})
      FILTER NOT EXISTS {{ ?o skos:altLabel|rdfs:label ?l FILTER(?o != <{iri}>) }} }} ORDER BY STRLEN(?l) ?l""")
    return alts[0] if alts and len(alts[0]) >= 2 else label(iri)


def cn_year(year: int) -> str:
    return "".join(CN_DIGITS[c] for c in str(year))


def add(group: str, qtype: str, phrasings: list[str], gold: list, query: str, *, answerable=True,
        expected="ok", variant="plain", variants: dict | None = None, alt_gold: list | None = None):
    for i, text in enumerate(phrasings):
        v = (variants or {}).get(i, variant)
        if v == "traditional":
            text = T2S.convert(text)
        questions.append({"group": group, "type": qtype, "text": text, "gold": gold, "query": query,
                          "answerable": answerable, "expected_status": expected, "variant": v,
                          **({"alt_gold": alt_gold} if alt_gold else {})})



def only_cities(gold: list) -> list:
    """城市 asked (tests/qa/README, conventions of session 14): the gold without provinces and autonomous regions that are
    not municipalities, ministries and firms (the kinds no writer golds under 城市)."""
    values = " ".join(f"<{g}>" for g in gold)
    q = f"""SELECT DISTINCT ?x WHERE {{ VALUES ?x {{ {values} }} {{ ?x a dk:ProvinceLevelDivision
      FILTER NOT EXISTS {{ ?x a dk:Municipality }} }} UNION {{ ?x a dk:CentralAgency }} UNION {{ ?x a dk:CentralEnterprise }} }}"""
    others = set(col(q)) if gold else set()
    return [g for g in gold if g not in others]

def recipients_q(x: str) -> str:
    return f"SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{x}> ; dk:recipient ?r }}"


def supporters_q(x: str) -> str:
    """Who supports x (issue #15, item 2): the actors paired with x itself and those paired with a place within x (the
    grouped answer: 对x本身…；对其下辖地方…); a city or district reached through x's parts whose own province or city is
    listed too counts under it (松江区 under 上海市); collective actors left out."""
    return f"""SELECT DISTINCT ?s WHERE {{
      {{ ?p a dk:PairingRelationship ; dk:recipient <{x}> ; dk:supporter ?s }} UNION
      {{ ?p a dk:PairingRelationship ; dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf+ <{x}> .
        FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} FILTER NOT EXISTS {{ ?p0 dk:recipient <{x}> ; dk:supporter ?s }}
        FILTER NOT EXISTS {{ ?s dk:partOf ?pp FILTER NOT EXISTS {{ ?pp a dk:CollectiveActor }}
          {{ ?q dk:recipient <{x}> ; dk:supporter ?pp }} UNION {{ ?q dk:recipient ?qr ; dk:supporter ?pp . ?qr dk:partOf+ <{x}>
            FILTER NOT EXISTS {{ ?qr a dk:CollectiveActor }} }} }} }}
      FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""

def within_q(s: str, w: str) -> str:
    """The places within ``w`` that ``s`` supports; ``w`` itself only where ``s`` supports nothing inside it
    (convention since pr9: 上海援助了西藏的哪些地方 asks for places in 西藏)."""
    return f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{s}> ; dk:recipient ?r . ?r dk:partOf? <{w}>
      FILTER(?r != <{w}> || NOT EXISTS {{ ?p2 dk:supporter <{s}> ; dk:recipient ?r2 . ?r2 dk:partOf <{w}> }}) }}"""


def own_or_unlisted(x: str) -> str:
    return f"""OPTIONAL {{ ?direct dk:supporter ?s ; dk:recipient <{x}> }}
      OPTIONAL {{ ?s dk:partOf ?parent . ?byparent dk:supporter ?parent ; dk:recipient ?pr . ?pr dk:partOf? <{x}> }}
      FILTER(BOUND(?direct) || !BOUND(?byparent))"""


def tied(query: str, pick=max) -> list:
    """The keys of a (key, value) query whose value is the one ``pick`` chooses, ties kept."""
    values = dict(rows(query))
    best = pick(values.values())
    return [k for k, v in values.items() if v == best]


def top(query: str, n: int) -> list:
    return col(query)[:n]


SUPPORTERS = top("""SELECT ?x WHERE { ?p dk:supporter ?x ; dk:recipient ?r . ?x a dk:AdministrativeDivision }
  GROUP BY ?x ORDER BY DESC(COUNT(DISTINCT ?r)) ?x""", 24)
RECIPIENTS = top("""SELECT ?x WHERE { ?p dk:recipient ?x ; dk:supporter ?s . ?x a dk:AdministrativeDivision
  FILTER NOT EXISTS { ?x dk:abbreviation ?a } }
  GROUP BY ?x ORDER BY DESC(COUNT(DISTINCT ?s)) ?x""", 60)
PAIRS = rows("""SELECT ?s ?r (MIN(?y) AS ?start) WHERE { ?p dk:supporter ?s ; dk:recipient ?r ; dk:startYear ?y .
  ?s a dk:AdministrativeDivision . ?r a dk:AdministrativeDivision } GROUP BY ?s ?r ORDER BY ?s ?r""")
ABBR = dict(rows("SELECT ?x ?a WHERE { ?x dk:abbreviation ?a }"))


def gen_supporter_recipients():
    forms = ["{x}对口支援哪些地方？", "{x}的对口支援对象都有谁", "请列出{x}结对帮扶的受援地。"]
    for i, x in enumerate(SUPPORTERS[:14]):
        q = recipients_q(x)
        name = label(x) if i % 2 else short(x)
        add(f"sr-{i}", "supporter_recipients", [f.format(x=name) for f in forms], col(q), q,
            variants={2: "traditional"} if i % 4 == 0 else None)


def gen_recipient_supporters():
    forms = ["哪些省市对口支援{x}？", "{x}的支援方有哪些", "{x}得到了谁的援助"]
    for i, x in enumerate(RECIPIENTS[:14]):
        q = supporters_q(x)
        add(f"rs-{i}", "recipient_supporters", [f.format(x=label(x) if i % 3 else short(x)) for f in forms],
            col(q), q, variants={1: "traditional"} if i % 4 == 1 else None)


def gen_abbreviations():
    forms = ["{a}援助了哪些地方？", "{a}对口支援的地区有哪些"]
    for i, x in enumerate([s for s in SUPPORTERS if s in ABBR][:14]):
        q = recipients_q(x)
        add(f"ab-{i}", "supporter_recipients", [f.format(a=ABBR[x]) for f in forms], col(q), q,
            variant="abbreviation")


def gen_programmes():
    progs = col("SELECT DISTINCT ?g WHERE { ?p dk:programme ?g } ORDER BY ?g")
    for i, g in enumerate(progs):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{g}> ; dk:supporter ?s .
          FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        gold = col(q)
        if not gold or len(gold) > 40:
            continue
        name = short(g)
        add(f"pm-{i}", "programme_members", [f"哪些省市参与了{name}？", f"{name}的支援方都有谁"], gold, q)


def gen_yes_no():
    chosen = rng.sample(PAIRS, 14)
    for i, (s, r, _) in enumerate(chosen):
        q = f"ASK {{ ?p dk:supporter <{s}> ; dk:recipient <{r}> }}"
        forms = [f"{label(s)}是否对口支援{label(r)}？", f"{label(r)}是不是由{short(s)}对口支援的"]
        held = store.query(PREFIX + q.replace("}", "FILTER NOT EXISTS { ?p dk:verificationStatus dk:Unverified } }"))
        # a pairing recorded in unverified rows only is what the graph cannot answer (the writers' brief): no_fact
        add(f"yn-{i}", "yes_no" if held else "unanswerable", forms, [True] if held else [], q, answerable=bool(held),
            expected="ok" if held else "no_fact", variants={1: "traditional"} if i % 5 == 0 else None)
    q = """SELECT DISTINCT ?s ?w WHERE { ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf ?w .
      ?s a dk:AdministrativeDivision FILTER NOT EXISTS { ?p2 dk:supporter ?s ; dk:recipient ?w } } ORDER BY ?s ?w"""
    for i, (s, w) in enumerate(rng.sample(rows(q), 8)):
        gq = f"ASK {{ ?p dk:supporter <{s}> ; dk:recipient ?r . ?r dk:partOf <{w}> }}"
        add(f"yn-part-{i}", "yes_no", [f"{label(s)}是否对口支援{label(w)}？"], [True], gq)
    for i in range(6):
        s, r = SUPPORTERS[i], RECIPIENTS[-1 - i]
        q = f"ASK {{ ?p dk:supporter <{s}> ; dk:recipient ?x . ?x dk:partOf? <{r}> }}"
        if store.query(PREFIX + q):
            continue
        add(f"yn-no-{i}", "yes_no", [f"{label(s)}有没有对口支援过{label(r)}"], [False], q)  # no record: False


def gen_since_when():
    for i, (s, r, start) in enumerate(rng.sample(PAIRS, 12)):
        q = f"SELECT (MIN(?y) AS ?start) WHERE {{ ?p dk:supporter <{s}> ; dk:recipient ?x ; dk:startYear ?y . ?x dk:partOf? <{r}> }}"
        forms = [f"{label(s)}从哪一年开始对口支援{label(r)}？", f"{short(s)}什么时候开始援助{short(r)}的"]
        add(f"sw-{i}", "since_when", forms, col(q), q)


def gen_events():
    events = col("SELECT DISTINCT ?e WHERE { ?p dk:establishedBy ?e } ORDER BY ?e")
    for i, e in enumerate(events):
        q = f"SELECT ?p WHERE {{ ?p dk:establishedBy <{e}> }}"
        name = label(e)
        add(f"ep-{i}", "event_pairings", [f"{name}确定了哪些对口关系？"], col(q), q,
            variant="numeral" if "第" in name else "plain")
    for i, (s, r, _) in enumerate(rng.sample(PAIRS, 20)):
        q = f"SELECT DISTINCT ?e WHERE {{ ?p dk:supporter <{s}> ; dk:recipient <{r}> ; dk:establishedBy ?e }}"
        gold = col(q)
        if gold:
            add(f"pe-{i}", "pairing_event", [f"{label(s)}对口支援{label(r)}是哪次会议或哪个文件确定的？",
                                               f"{short(s)}援助{short(r)}的依据是什么文件"], gold, q)


def gen_counts():
    for i, x in enumerate(SUPPORTERS[3:11]):
        q = f"SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter <{x}> ; dk:recipient ?r }}"
        add(f"ct-{i}", "count", [f"{label(x)}一共对口支援了多少个地方？", f"{short(x)}援助的地方有几个"], col(q), q)
    for i, x in enumerate(RECIPIENTS[:6]):
        q = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {{ {supporters_q(x)} }} }}"
        add(f"ctr-{i}", "count", [f"有多少个支援方对口支援{label(x)}？"], col(q), q)


def gen_superlative():
    q = """SELECT ?s WHERE { { SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE { ?p dk:supporter ?s ; dk:recipient ?r
      FILTER NOT EXISTS { ?s a dk:CollectiveActor } } GROUP BY ?s } { SELECT (MAX(?m) AS ?max) WHERE {
      { SELECT ?s2 (COUNT(DISTINCT ?r2) AS ?m) WHERE { ?p2 dk:supporter ?s2 ; dk:recipient ?r2
      FILTER NOT EXISTS { ?s2 a dk:CollectiveActor } } GROUP BY ?s2 } } } FILTER(?n = ?max) }"""
    add("sup-all", "superlative", ["哪个省市对口支援的地方最多？", "支援地方最多的是谁", "對口支援地區最多的是哪個省市"],
        col(q), q, variants={2: "traditional"})
    for i, g in enumerate(["yuanzang", "yuanjiang", "dongxibu", "sanxia"]):
        prog = BASE + "programme/" + g
        inner = f"?p dk:programme <{prog}> ; dk:supporter ?s ; dk:recipient ?r FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }}"
        counts = rows(f"SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {inner} }} GROUP BY ?s")
        best = max(n for _, n in counts)
        add(f"sup-{g}", "superlative", [f"在{short(prog)}中，支援地方最多的是哪个省市？"],
            [s for s, n in counts if n == best], f"SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {inner} }} GROUP BY ?s")


def gen_compare():
    for i in range(7):
        x, y = SUPPORTERS[i], SUPPORTERS[i + 7]
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {{ ?p dk:supporter ?s }} UNION {{ ?p dk:supporterTeam ?s }} ?p dk:recipient ?r
          FILTER(?s IN (<{x}>, <{y}>)) }} GROUP BY ?s"""
        counts = dict(rows(q))
        best = max(counts.values())
        add(f"cmp-{i}", "comparison", [f"{short(x)}和{short(y)}谁对口支援的地方更多？",
                                         f"{label(x)}与{label(y)}相比，哪个支援的地方多"],
            [s for s, n in counts.items() if n == best], q)


def gen_intersection():
    q = """SELECT ?a ?b (COUNT(DISTINCT ?r) AS ?n) WHERE { ?p dk:supporter ?a ; dk:recipient ?r . ?p2 dk:supporter ?b ;
      dk:recipient ?r . ?a a dk:AdministrativeDivision . ?b a dk:AdministrativeDivision FILTER(STR(?a) < STR(?b)) }
      GROUP BY ?a ?b ORDER BY DESC(?n) ?a ?b LIMIT 8"""
    for i, (a, b, _) in enumerate(rows(q)):
        gq = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{a}> ; dk:recipient ?r .
          ?p2 dk:supporter <{b}> ; dk:recipient ?r }}"""
        add(f"int-{i}", "intersection", [f"{label(a)}和{label(b)}共同对口支援哪些地方？",
                                           f"哪些地方同时得到{short(a)}和{short(b)}的支援"], col(gq), gq)


def gen_time_filter():
    for i, x in enumerate(SUPPORTERS[:8]):
        year = [2000, 2010, 2000, 1996, 2010, 2008, 2000, 2010][i]
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{x}> ; dk:recipient ?r ; dk:startYear ?y
          FILTER(?y >= {year}) }}"""
        gold = col(q)
        if gold:
            add(f"tf-{i}", "time_filter", [f"{label(x)}在{year}年以后开始对口支援哪些地方？",
                                             f"{cn_year(year)}年以来{short(x)}援助了哪些地区"], gold, q,
                variants={1: "numeral"})


def gen_rollup():
    q = """SELECT ?x (COUNT(DISTINCT ?s) AS ?n) WHERE { ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:directlyPartOf ?x .
      ?x a dk:PrefectureLevelDivision } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 8"""
    for i, (x, _) in enumerate(rows(q)):
        gq = f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf <{x}> }}"
        add(f"ru-{i}", "rollup", [f"对口支援{label(x)}各县的省市有哪些？", f"哪些地方援助了{label(x)}下辖的县市"],
            col(gq), gq)


def gen_actor_type():
    q = """SELECT DISTINCT ?r WHERE { ?p dk:recipient ?r ; dk:supporter ?s . ?s a dk:CentralAgency } ORDER BY ?r"""
    for i, r in enumerate(col(q)):
        gq = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?x ; dk:supporter ?s . ?x dk:partOf? <{r}> .
          ?s a dk:CentralAgency }}"""
        add(f"at-{i}", "actor_type", [f"哪些部委对口支援{label(r)}？", f"对口支援{short(r)}的中央国家机关有哪些"],
            col(gq), gq)


def gen_mechanisms():
    for i, m in enumerate(col("SELECT DISTINCT ?m WHERE { ?m dk:hasPart ?c } ORDER BY ?m")):
        q = f"SELECT ?c WHERE {{ <{m}> dk:hasPart ?c }}"
        add(f"mech-{i}", "mechanism", [f"{label(m)}包括哪些部分？", f"{short(m)}由什么构成"], col(q), q,
            variants={1: "traditional"} if i % 3 == 0 else None)


def gen_event_facts():
    events = col("SELECT ?e WHERE { ?e a dk:Meeting ; dk:year ?y } ORDER BY ?e")
    for i, e in enumerate(events):
        q = f"SELECT ?y WHERE {{ <{e}> dk:year ?y }}"
        add(f"ey-{i}", "stage_event", [f"{label(e)}是哪一年召开的？"], col(q), q,
            variant="numeral" if "第" in label(e) else "plain")
    for i, e in enumerate(col("SELECT ?e WHERE { ?e dk:location ?l } ORDER BY ?e")[:8]):
        q = f"SELECT ?l WHERE {{ <{e}> dk:location ?l }}"
        add(f"el-{i}", "stage_event", [f"{label(e)}在哪里召开？"], col(q), q)
    for i, e in enumerate(col("SELECT DISTINCT ?e WHERE { { ?e dk:leadBy ?a } UNION { ?e dk:convenedBy ?a } } ORDER BY ?e")):
        q = f"SELECT DISTINCT ?a WHERE {{ {{ <{e}> dk:leadBy ?a }} UNION {{ <{e}> dk:convenedBy ?a }} UNION {{ <{e}> dk:issuedBy ?a }} }}"
        add(f"ed-{i}", "stage_event", [f"{label(e)}由哪个部门牵头？"], col(q), q)
    for i, e in enumerate(col("SELECT ?e WHERE { ?e dk:reportBy ?p }")):
        q = f"SELECT ?p WHERE {{ <{e}> dk:reportBy ?p }}"
        add(f"er-{i}", "stage_event", [f"{label(e)}上谁作了报告？", f"在{label(e)}作报告的是谁"], col(q), q)
    for i, s in enumerate(col("SELECT ?s WHERE { ?s a dk:DevelopmentStage ; dk:startYear ?y } ORDER BY ?s")):
        q = f"SELECT ?y WHERE {{ <{s}> dk:startYear ?y }}"
        head = label(s).split("：")[0]
        add(f"st-{i}", "stage_event", [f"{head}从哪一年开始？"], col(q), q, variant="numeral")
    q = "SELECT ?s WHERE { ?s a dk:DevelopmentStage }"
    add("st-list", "stage_event", ["对口支援政策的发展分为哪几个阶段？"], col(q), q)


def gen_history():
    for i, x in enumerate(SUPPORTERS[10:16]):
        q = f"SELECT DISTINCT ?p WHERE {{ {{ ?p dk:supporter <{x}> }} UNION {{ ?p dk:recipient <{x}> }} }}"
        add(f"hi-{i}", "history", [f"{label(x)}的对口支援历史是怎样的？", f"{short(x)}历年来有过哪些对口关系"], col(q), q)


def gen_definitions():
    q = """SELECT ?x ?d WHERE { ?x skos:definition ?d FILTER(lang(?d) = "zh")
      FILTER NOT EXISTS { ?x dcterms:description ?e } } ORDER BY ?x"""
    names = {"type/zhiyuan": "对口支援", "type/hezuo": "对口合作", "type/bangfu": "对口帮扶",
             "type/disaster": "灾后恢复重建对口支援", "type/education": "教育对口支援"}
    for x, d in rows(q):
        key = x.removeprefix(BASE)
        if key in names:
            gq = f'SELECT ?x WHERE {{ ?x skos:definition "{d}"@zh }}'  # the term itself; its definition is the text
            add(f"def-{key}", "definition", [f"什么是{names[key]}？", f"{names[key]}是什么意思"], col(gq), gq)


def gen_unanswerable():
    out_of_scope = ["今天天气怎么样？", "你好", "谁发明了电话？", "如何申请护照", "明天会下雨吗",
                    "推荐一本小说", "Python怎么安装", "地球有多大？", "世界上最高的山是哪座", "怎么做红烧肉",
                    "股市今天涨了吗", "请写一首诗"]
    for i, text in enumerate(out_of_scope):
        add(f"oos-{i}", "out_of_scope", [text], [], "", answerable=False, expected="no_entity")
    for i, x in enumerate(SUPPORTERS[:8]):
        text = [f"{label(x)}的人口是多少？", f"{label(x)}的面积有多大", f"{short(x)}的GDP是多少"][i % 3]
        add(f"nt-{i}", "out_of_scope", [text], [], "", answerable=False, expected="no_template")
    for i, text in enumerate(["海南有哪些支援方？", "谁对口支援喀什？", "和田得到了哪些省市的支援", "阿克苏的支援方有哪些",
                              "玉树由谁援建"]):
        add(f"amb-{i}", "ambiguous", [text], [], "", answerable=False, expected="ambiguous")


def gen_paraphrases():
    """Wordings unlike the template cue lists, written as a reader might ask."""
    out_forms = ["{x}都帮扶过哪些地区？", "跟{x}结对的受援地区是哪些", "{x}负责援建哪里", "{x}的援助覆盖了哪些地方",
                 "说说{x}援助的对象"]
    in_forms = ["是谁在援助{x}？", "给{x}提供对口支援的是哪些省市", "{x}的对口援助来自哪里",
                "{x}背后的支援省市有哪些", "哪些单位在对口帮扶{x}"]
    for i, x in enumerate(SUPPORTERS[14:22]):
        q = recipients_q(x)
        add(f"pp-out-{i}", "supporter_recipients", [out_forms[i % 5].format(x=label(x)),
                                                      out_forms[(i + 2) % 5].format(x=short(x))], col(q), q)
    for i, x in enumerate(RECIPIENTS[14:22]):
        q = supporters_q(x)
        add(f"pp-in-{i}", "recipient_supporters", [in_forms[i % 5].format(x=label(x)),
                                                     in_forms[(i + 2) % 5].format(x=short(x))], col(q), q)
    for i, (s, r, start) in enumerate(rng.sample(PAIRS, 8)):
        q = f"SELECT (MIN(?y) AS ?start) WHERE {{ ?p dk:supporter <{s}> ; dk:recipient ?x ; dk:startYear ?y . ?x dk:partOf? <{r}> }}"
        add(f"pp-sw-{i}", "since_when", [f"{short(s)}援{short(r)}是从哪年起的", f"{label(s)}啥时候开始援建{label(r)}"],
            col(q), q)
        q2 = f"ASK {{ ?p dk:supporter <{s}> ; dk:recipient <{r}> }}"
        add(f"pp-yn-{i}", "yes_no", [f"{label(r)}是{label(s)}的对口支援对象吗", f"{label(s)}跟{label(r)}有对口关系吗"],
            [True], q2)


def gen_more_unanswerable():
    for i, x in enumerate(RECIPIENTS[:10]):
        text = [f"{label(x)}的首府是哪里", f"{label(x)}的海拔有多高", f"{label(x)}的市长是谁", f"{label(x)}的邮编是多少",
                f"{label(x)}气候怎么样"][i % 5]
        add(f"nt2-{i}", "out_of_scope", [text], [], "", answerable=False, expected="no_template")
    for i, text in enumerate(["美国对口支援哪些国家？", "联合国的支援方有哪些", "火星有几个卫星", "量子计算是什么原理",
                              "苹果公司的总部在哪里", "怎么学习英语", "足球世界杯冠军是谁", "今年春节是哪天"]):
        add(f"oos2-{i}", "out_of_scope", [text], [], "", answerable=False, expected="no_entity")
    for i in range(6, 14):
        s, r = SUPPORTERS[i], RECIPIENTS[-1 - i]
        q = f"ASK {{ ?p dk:supporter <{s}> ; dk:recipient ?x . ?x dk:partOf? <{r}> }}"
        if not store.query(PREFIX + q):
            add(f"yn-no-{i}", "yes_no", [f"{label(s)}是否对口支援{label(r)}"], [False], q)


def gen_more_variants():
    """Abbreviated supporters (沪援日喀则吗) and years in Chinese numerals (一九九四年以后)."""
    abbr_pairs = [(a, r) for a, r, _ in PAIRS if a in ABBR]
    for i, (a, r) in enumerate(rng.sample(abbr_pairs, 24)):
        q = f"ASK {{ ?p dk:supporter <{a}> ; dk:recipient <{r}> }}"
        add(f"ab-yn-{i}", "yes_no", [f"{ABBR[a]}援{label(r)}吗？"], [True], q, variant="abbreviation")
    for i, x in enumerate(SUPPORTERS[8:22]):
        year = (1994, 2001, 2010)[i % 3]
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{x}> ; dk:recipient ?r ; dk:startYear ?y
          FILTER(?y >= {year}) }}"""
        gold = col(q)
        if gold:
            add(f"tf-cn-{i}", "time_filter", [f"{cn_year(year)}年以后{label(x)}开始对口支援哪些地方"], gold, q,
                variant="numeral")


def gen_heldout():
    """Phrasings written after the templates, and measured before any tuning (paraphrase groups ho-*)."""
    out_forms = ["{x}的帮扶对象是哪些地方", "{x}结对支援了哪几个地区？", "哪些地方是{x}对口支援的",
                 "{x}援过哪些地方", "列举{x}对口援助的地区", "{x}给哪些地方提供了对口支援"]
    in_forms = ["{x}接受哪些省市的对口支援", "哪几个省市在帮{x}", "对{x}进行对口支援的有谁",
                "{x}的结对帮扶方是谁", "{x}都由哪些地方援建", "谁是{x}的对口支援方"]
    for i, x in enumerate(SUPPORTERS[:12]):
        q = recipients_q(x)
        add(f"ho-out-{i}", "supporter_recipients", [out_forms[i % 6].format(x=label(x))], col(q), q)
    for i, x in enumerate(RECIPIENTS[22:34]):
        q = supporters_q(x)
        add(f"ho-in-{i}", "recipient_supporters", [in_forms[i % 6].format(x=label(x))], col(q), q)
    yn_forms = ["{s}和{r}之间是对口支援关系吗", "{s}对{r}有没有开展对口支援", "{r}有没有得到{s}的对口支援",
                "请问{s}是否援助{r}"]
    sw_forms = ["{s}对口支援{r}始于哪一年", "{r}哪一年开始接受{s}的支援", "{s}援助{r}最早是哪年",
                "{s}从什么时间起对口帮扶{r}"]
    for i, (s_, r, start) in enumerate(rng.sample(PAIRS, 12)):
        q = f"ASK {{ ?p dk:supporter <{s_}> ; dk:recipient <{r}> }}"
        add(f"ho-yn-{i}", "yes_no", [yn_forms[i % 4].format(s=label(s_), r=label(r))], [True], q)
        q = f"SELECT (MIN(?y) AS ?start) WHERE {{ ?p dk:supporter <{s_}> ; dk:recipient ?x ; dk:startYear ?y . ?x dk:partOf? <{r}> }}"
        add(f"ho-sw-{i}", "since_when", [sw_forms[i % 4].format(s=label(s_), r=label(r))], col(q), q)
    ct_forms = ["{x}对口支援的地方总共有几个", "{x}一共援助了几个地区", "数一数{x}的受援地有多少"]
    for i, x in enumerate(SUPPORTERS[12:18]):
        q = f"SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter <{x}> ; dk:recipient ?r }}"
        add(f"ho-ct-{i}", "count", [ct_forms[i % 3].format(x=label(x))], col(q), q)
    progs = {"yuanzang": "对口援藏", "yuanjiang": "对口援疆", "yuanqing": "援青", "sanxia": "三峡移民对口支援",
             "dongxibu": "东西部扶贫协作"}
    pm_forms = ["参加{p}的省市有哪些", "{p}工作由哪些省市承担", "{p}中有哪些支援方"]
    for i, (key, name) in enumerate(progs.items()):
        g = BASE + "programme/" + key
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{g}> ; dk:supporter ?s .
          FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        add(f"ho-pm-{i}", "programme_members", [pm_forms[i % 3].format(p=name)], col(q), q)
    ev_forms = ["{e}是什么时候开的", "{e}于哪年举行", "{e}召开的年份"]
    for i, e in enumerate(col("SELECT ?e WHERE { ?e a dk:Meeting ; dk:year ?y } ORDER BY DESC(?e)")[:9]):
        q = f"SELECT ?y WHERE {{ <{e}> dk:year ?y }}"
        add(f"ho-ey-{i}", "stage_event", [ev_forms[i % 3].format(e=label(e))], col(q), q)
    for i, m in enumerate(col("SELECT DISTINCT ?m WHERE { ?m dk:hasPart ?c } ORDER BY DESC(?m)")):
        q = f"SELECT ?c WHERE {{ <{m}> dk:hasPart ?c }}"
        add(f"ho-mech-{i}", "mechanism", [["{m}具体有哪些内容", "{m}分为哪几个方面", "{m}涵盖哪些制度"][i % 3]
                                          .format(m=label(m))], col(q), q)
    for i, r in enumerate(col("SELECT DISTINCT ?r WHERE { ?p dk:recipient ?r ; dk:supporter ?s . ?s a dk:CentralAgency }")):
        gq = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?x ; dk:supporter ?s . ?x dk:partOf? <{r}> .
          ?s a dk:CentralAgency }}"""
        add(f"ho-at-{i}", "actor_type", [f"{label(r)}由哪些中央部委对口支援"], col(gq), gq)


def gen_more_numerals():
    for i, x in enumerate(SUPPORTERS[:16]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{x}> ; dk:recipient ?r ; dk:startYear ?y
          FILTER(?y < 2000) }}"""
        gold = col(q)
        if gold:
            add(f"tb-cn-{i}", "time_filter", [f"{cn_year(2000)}年以前{short(x)}就开始对口支援的地方有哪些"], gold, q,
                variant="numeral")
    for i, e in enumerate(col("SELECT ?e WHERE { ?e a dk:Meeting ; dk:year ?y } ORDER BY ?e")):
        name, year = label(e), col(f"SELECT ?y WHERE {{ <{e}> dk:year ?y }}")[0]
        if name.startswith("第") and "次" in name:
            alias = cn_year(year) + "年" + name.split("次", 1)[1]
            q = f"SELECT ?p WHERE {{ ?p dk:establishedBy <{e}> }}"
            if col(q):
                add(f"ev-cn-{i}", "event_pairings", [f"{alias}确定了哪些对口支援关系"], col(q), q, variant="numeral")


def gen_more_abbreviations():
    abbreviated = [x for x in SUPPORTERS if x in ABBR]
    for i, x in enumerate(abbreviated[:14]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{x}> ; dk:recipient ?r .
          ?r a dk:CountyLevelDivision }}"""
        if col(q):
            add(f"ab-cls-{i}", "actor_type", [f"{ABBR[x]}对口支援的县有哪些"], col(q), q, variant="abbreviation")
    pairs = [(a, b) for a in abbreviated for b in abbreviated if a < b][:40]
    for i, (a, b) in enumerate(pairs):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{a}> ; dk:recipient ?r .
          ?p2 dk:supporter <{b}> ; dk:recipient ?r }}"""
        if col(q):
            add(f"ab-int-{i}", "intersection", [f"{ABBR[a]}、{ABBR[b]}共同支援哪些地方"], col(q), q,
                variant="abbreviation")


def gen_heldout_2():
    """A second batch written before tuning (groups ho2-*): the remaining question types."""
    for i in range(5):
        x, y = SUPPORTERS[i + 1], SUPPORTERS[i + 9]
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {{ ?p dk:supporter ?s }} UNION {{ ?p dk:supporterTeam ?s }} ?p dk:recipient ?r
          FILTER(?s IN (<{x}>, <{y}>)) }} GROUP BY ?s"""
        counts = dict(rows(q))
        best = max(counts.values())
        form = ["{x}跟{y}比，哪一个援助的地区较多", "对口支援的地方，{x}多还是{y}多", "{x}与{y}谁的受援地更多",
                "比较{x}和{y}对口支援地方的数量", "{x}和{y}哪个支援范围更广"][i]
        add(f"ho2-cmp-{i}", "comparison", [form.format(x=label(x), y=label(y))],
            [s_ for s_, n in counts.items() if n == best], q)
    q = """SELECT ?a ?b WHERE { ?p dk:supporter ?a ; dk:recipient ?r . ?p2 dk:supporter ?b ; dk:recipient ?r .
      ?a a dk:AdministrativeDivision . ?b a dk:AdministrativeDivision FILTER(STR(?a) < STR(?b)) }
      GROUP BY ?a ?b ORDER BY DESC(COUNT(DISTINCT ?r)) ?a ?b LIMIT 12"""
    for i, (a, b) in enumerate(rows(q)[8:12]):
        gq = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{a}> ; dk:recipient ?r .
          ?p2 dk:supporter <{b}> ; dk:recipient ?r }}"""
        form = ["{a}、{b}两地都援助的地方有哪些", "{a}和{b}都对口支援了哪里", "既受{a}支援又受{b}支援的地方",
                "{a}与{b}的共同受援地"][i]
        add(f"ho2-int-{i}", "intersection", [form.format(a=label(a), b=label(b))], col(gq), gq)
    q = """SELECT ?x WHERE { ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:directlyPartOf ?x .
      ?x a dk:PrefectureLevelDivision } GROUP BY ?x ORDER BY DESC(COUNT(DISTINCT ?s)) ?x LIMIT 12"""
    for i, x in enumerate(col(q)[8:12]):
        gq = f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf <{x}> }}"
        form = ["{x}下属各县分别由哪些省市援助", "哪些省市对口支援了{x}辖区内的县", "{x}境内的县市由谁对口支援",
                "{x}所辖县区的支援方有哪些"][i]
        add(f"ho2-ru-{i}", "rollup", [form.format(x=label(x))], col(gq), gq)
    for i, x in enumerate(SUPPORTERS[16:20]):
        gq = f"SELECT DISTINCT ?p WHERE {{ {{ ?p dk:supporter <{x}> }} UNION {{ ?p dk:recipient <{x}> }} }}"
        form = ["{x}参与对口支援的历程", "{x}先后有过哪些对口关系", "讲讲{x}对口支援的历史", "{x}历年的结对情况"][i]
        add(f"ho2-hi-{i}", "history", [form.format(x=label(x))], col(gq), gq)
    for i, e in enumerate(col("SELECT ?e WHERE { ?e dk:location ?l } ORDER BY DESC(?e)")[:4]):
        gq = f"SELECT ?l WHERE {{ <{e}> dk:location ?l }}"
        form = ["{e}的举办地点是哪里", "{e}在哪座城市举行", "{e}是在什么地方召开的", "{e}开会的地方"][i]
        add(f"ho2-el-{i}", "stage_event", [form.format(e=label(e))], col(gq), gq)
    for i, e in enumerate(col("SELECT DISTINCT ?e WHERE { ?e dk:leadBy ?a }")):
        gq = f"SELECT DISTINCT ?a WHERE {{ {{ <{e}> dk:leadBy ?a }} UNION {{ <{e}> dk:convenedBy ?a }} UNION {{ <{e}> dk:issuedBy ?a }} }}"
        add(f"ho2-ed-{i}", "stage_event", [f"{label(e)}中，哪个机关负责牵头"], col(gq), gq)
    for i, (key, name) in enumerate([("type/medical", "医疗对口支援"), ("type/scitech", "科技对口支援"),
                                     ("type/intraprovincial", "省内对口支援")]):
        gq = f'SELECT ?x WHERE {{ ?x skos:definition ?d FILTER(?x = <{BASE}{key}>) }}'
        form = ["{n}指的是什么", "请解释一下{n}", "{n}的含义是什么"][i]
        add(f"ho2-def-{i}", "definition", [form.format(n=name)], col(gq), gq)
    for i, g in enumerate(["yuanqing", "sansheng-zangqu"]):
        prog = BASE + "programme/" + g
        inner = f"?p dk:programme <{prog}> ; dk:supporter ?s ; dk:recipient ?r FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }}"
        counts = rows(f"SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {inner} }} GROUP BY ?s")
        best = max(n for _, n in counts)
        add(f"ho2-sup-{i}", "superlative", [[f"{short(prog)}里哪个支援方负责的地方最多", f"{label(prog)}中援助最多地方的是谁"][i]],
            [s_ for s_, n in counts if n == best], inner)


def gen_within_and_years():
    """Recipients of X inside Y (江苏援助新疆哪些地方) and what happened in a year."""
    q = """SELECT DISTINCT ?s ?w WHERE { ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf ?w .
      ?s a dk:ProvinceLevelDivision . ?w a dk:ProvinceLevelDivision } ORDER BY ?s ?w"""
    for i, (s_, w) in enumerate(rng.sample(rows(q), 8)):
        gq = within_q(s_, w)
        form = ["{s}援助{w}哪些地方", "{w}哪些地方由{s}对口支援"][i % 2]
        add(f"wi-{i}", "rollup", [form.format(s=short(s_), w=short(w))], col(gq), gq)
    for i, year in enumerate(col("SELECT DISTINCT ?y WHERE { ?e dk:leadBy|dk:convenedBy ?a ; dk:year ?y } ORDER BY ?y")):
        gq = f"SELECT DISTINCT ?a WHERE {{ ?e dk:year {year} ; dk:leadBy|dk:convenedBy ?a }}"
        add(f"yl-{i}", "stage_event", [f"{year}年由哪个部门牵头"], col(gq), gq)
    for i, year in enumerate((2014, 2016, 2021)):
        gq = f"SELECT ?p WHERE {{ ?p a dk:PairingRelationship ; dk:startYear ?y FILTER(?y >= {year}) }}"
        add(f"pa-{i}", "time_filter", [f"{year}年以后确立的对口关系有哪些"], col(gq), gq)
    for i, x in enumerate(col("SELECT ?x WHERE { ?x a dk:AutonomousRegion }")):
        add(f"prov-in-{i}", "recipient_supporters", [f"哪些省市对口支援{short(x)}？"], col(supporters_q(x)),
            supporters_q(x))
    gq = """SELECT ?r WHERE { { SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE { ?p dk:recipient ?r ; dk:supporter ?s .
      ?r a dk:CountyLevelDivision } GROUP BY ?r } { SELECT (MAX(?m) AS ?max) WHERE { { SELECT (COUNT(DISTINCT ?s2) AS ?m)
      WHERE { ?p2 dk:recipient ?r2 ; dk:supporter ?s2 . ?r2 a dk:CountyLevelDivision } GROUP BY ?r2 } } } FILTER(?n = ?max) }"""
    add("sup-county", "superlative", ["哪个县的支援方最多", "得到支援最多的县是哪个"], col(gq), gq)
    for i, year in enumerate((1979, 1992, 2010, 2014)):
        gq = f"SELECT ?e WHERE {{ ?e dk:year {year} }}"
        add(f"ye-{i}", "stage_event", [f"{cn_year(year)}年发生了哪些与对口支援有关的事件"], col(gq), gq, variant="numeral")


def iri_of(name: str) -> str:
    return col(f'SELECT ?x WHERE {{ ?x rdfs:label "{name}"@zh }}')[0]


def gen_heldout_3():
    """A third batch in a reader's looser wording (groups ho3-*), measured before tuning."""
    d = {n: iri_of(n) for n in ("上海市", "北京市", "深圳市", "天津市", "浙江省", "江苏省", "山东省", "日喀则市",
                                "林芝市", "昌都市", "拉萨市", "喀什地区", "阿克苏地区")}
    recipients = [("上海对口支援的地方都在哪儿？", "上海市"), ("请问北京对口帮扶了哪些县市", "北京市"),
                  ("我想知道深圳市援助了哪些地方", "深圳市"), ("天津市负责对口支援的是哪几个地区啊", "天津市"),
                  ("浙江的对口支援任务包括哪些地区", "浙江省"), ("山东援建的地区有哪些？", "山东省")]
    for i, (text, name) in enumerate(recipients):
        add(f"ho3-out-{i}", "supporter_recipients", [text], col(recipients_q(d[name])), recipients_q(d[name]))
    supporters = [("哪些省在支援日喀则", "日喀则市"), ("日喀则是哪几个省市援助的", "日喀则市"),
                  ("谁负责对口支援林芝", "林芝市"), ("对口支援昌都的是哪几个省", "昌都市"),
                  ("喀什地区的对口支援方", "喀什地区"), ("阿克苏地区是谁在援助", "阿克苏地区")]
    for i, (text, name) in enumerate(supporters):
        q = supporters_q(d[name])
        if re.search("(哪些|几个)省(?!市)", text):  # 省 asked for: the province-level supporters only
            q = f"SELECT DISTINCT ?s WHERE {{ {{ {q} }} ?s a dk:ProvinceLevelDivision }}"
        add(f"ho3-in-{i}", "recipient_supporters", [text], col(q), q)
    q = f"SELECT (MIN(?y) AS ?m) WHERE {{ ?p dk:supporter <{d['北京市']}> ; dk:recipient ?x ; dk:startYear ?y . ?x dk:partOf? <{d['拉萨市']}> }}"
    add("ho3-sw", "since_when", ["北京与拉萨的对口支援关系建立于哪一年", "北京什么时候跟拉萨结对的"], col(q), q)
    q = f"ASK {{ ?p dk:supporter <{d['北京市']}> ; dk:recipient <{d['拉萨市']}> }}"
    add("ho3-yn", "yes_no", ["北京对口支援拉萨对吗", "北京支援拉萨吗", "听说北京援助拉萨，是真的吗"], [True], q)
    q = f"SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter <{d['深圳市']}> ; dk:recipient ?r }}"
    add("ho3-ct", "count", ["深圳对口支援了几个地方"], col(q), q)
    q = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {{ {supporters_q(d['日喀则市'])} }} }}"
    add("ho3-ctr", "count", ["日喀则有几个支援方"], col(q), q)
    for i, (text, key) in enumerate([("哪些省市参加了对口援疆", "yuanjiang"), ("援藏的省市名单", "yuanzang"),
                                     ("对口援青由哪几个省市负责", "yuanqing")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/{key}> ; dk:supporter ?s .
          FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        add(f"ho3-pm-{i}", "programme_members", [text], col(q), q)
    for i, (text, key, prop) in enumerate([("第五次西藏工作座谈会是哪年开的", "2010-xizang-5", "dk:year"),
                                           ("全国对口支援新疆工作会议在哪召开", "2010-yuanjiang-huiyi", "dk:location"),
                                           ("第一次中央新疆工作座谈会在什么时候召开", "2010-xinjiang-1", "dk:year")]):
        q = f"SELECT ?v WHERE {{ <{BASE}event/{key}> {prop} ?v }}"
        add(f"ho3-ev-{i}", "stage_event", [text], col(q), q)
    for i, (text, key) in enumerate([("动力机制包含什么", "dongli"), ("对口支援的运行机制有哪些", "yunxing")]):
        q = f"SELECT ?c WHERE {{ <{BASE}mechanism/{key}> dk:hasPart ?c }}"
        add(f"ho3-mech-{i}", "mechanism", [text], col(q), q)
    for i, (text, key) in enumerate([("对口帮扶是什么", "bangfu"), ("什么叫省际对口支援", "interprovincial")]):
        q = f'SELECT ?x WHERE {{ <{BASE}type/{key}> skos:definition ?d BIND(<{BASE}type/{key}> AS ?x) }} LIMIT 1'
        add(f"ho3-def-{i}", "definition", [text], col(q), q)
    q = f"""SELECT ?s ?n WHERE {{ {{ SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme <{BASE}programme/yuanjiang> ;
      dk:supporter ?s ; dk:recipient ?r FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }} GROUP BY ?s }} }} ORDER BY DESC(?n)"""
    counts = rows(q)
    add("ho3-sup", "superlative", ["援疆省市里谁支援的地方最多"], [s_ for s_, n in counts if n == counts[0][1]], q)
    q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {{ ?p dk:supporter ?s }} UNION {{ ?p dk:supporterTeam ?s }} ?p dk:recipient ?r
      FILTER(?s IN (<{d['北京市']}>, <{d['天津市']}>)) }} GROUP BY ?s ORDER BY DESC(?n)"""
    add("ho3-cmp", "comparison", ["北京和天津比，谁援助的地方更多"], [rows(q)[0][0]], q)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{d['上海市']}> ; dk:recipient ?r .
      ?p2 dk:supporter <{d['江苏省']}> ; dk:recipient ?r }}"""
    add("ho3-int", "intersection", ["上海和江苏都支援过的地方"], col(q), q)
    q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf <{d['喀什地区']}> }}"
    add("ho3-ru", "rollup", ["喀什地区的各个县都是谁在援助"], col(q), q)
    q = f"SELECT DISTINCT ?p WHERE {{ ?p dk:supporter|dk:recipient <{d['北京市']}> }}"
    add("ho3-hi", "history", ["北京对口支援的来龙去脉"], col(q), q)


def gen_heldout_4():
    """A fourth batch (groups ho4-*): clauses, politeness, colloquial words, measured before tuning."""
    d = {n: iri_of(n) for n in ("上海市", "北京市", "福建省", "黑龙江省", "辽宁省", "湖南省", "浙江省", "吉林省",
                                "西藏自治区", "新疆维吾尔自治区", "阿克苏地区", "瑞金市", "和田地区", "湖北省")}

    def within(s_, w):
        return within_q(d[s_], d[w])

    def county_of(s_):
        return f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{d[s_]}> ; dk:recipient ?r .
          ?r a dk:CountyLevelDivision }}"""

    items = [
        ("在对口支援西藏的工作中，上海负责哪些地方？", "rollup", within("上海市", "西藏自治区")),
        ("上海在西藏援助的地方有哪些", "rollup", within("上海市", "西藏自治区")),
        ("请告诉我北京市对口支援的所有地区", "supporter_recipients", recipients_q(d["北京市"])),
        ("福建在西藏的结对地区", "rollup", within("福建省", "西藏自治区")),
        ("黑龙江省援助过哪些地方呀", "supporter_recipients", recipients_q(d["黑龙江省"])),
        ("辽宁对口支援的受援地区", "supporter_recipients", recipients_q(d["辽宁省"])),
        ("给我列一下湖北省的受援地", "supporter_recipients", recipients_q(d["湖北省"])),
        ("和湖南省结对的地方", "supporter_recipients", recipients_q(d["湖南省"])),
        ("湖南省帮扶的地区", "supporter_recipients", recipients_q(d["湖南省"])),
        ("吉林援藏对口哪些县", "actor_type", county_of("吉林省") + " # within 西藏 below"),
        ("山东援助新疆哪里", "rollup", None),
        ("和田地区有哪些支援方", "recipient_supporters", supporters_q(d["和田地区"])),
        ("谁在对口支援瑞金", "recipient_supporters", supporters_q(d["瑞金市"])),
        ("阿克苏地区的援助省市", "recipient_supporters", supporters_q(d["阿克苏地区"])),
    ]
    shandong = iri_of("山东省")
    for i, (text, qtype, q) in enumerate(items):
        if text.startswith("吉林援藏"):
            q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{d['吉林省']}> ; dk:recipient ?r .
              ?r a dk:CountyLevelDivision ; dk:partOf <{d['西藏自治区']}> }}"""
        if q is None:
            q = within_q(shandong, d['新疆维吾尔自治区'])
        add(f"ho4-{i}", qtype, [text], col(q), q)
    q = f"""SELECT (MIN(?y) AS ?m) WHERE {{ ?p dk:supporter <{d['浙江省']}> ; dk:recipient ?x ; dk:startYear ?y .
      ?x dk:partOf? <{d['阿克苏地区']}> }}"""
    add("ho4-sw", "since_when", ["浙江对口支援阿克苏地区是哪年开始的"], col(q), q)
    q = f"SELECT ?y WHERE {{ <{BASE}event/1994-xizang-3> dk:year ?y }}"
    add("ho4-ey", "stage_event", ["第三次西藏工作座谈会哪年开的"], col(q), q)
    q = f"SELECT ?e WHERE {{ <{BASE}programme/yuanjiang> dk:launchedBy ?e }}"
    add("ho4-launch", "event_pairings", ["对口援疆是在哪次会议上确定的"], col(q), q)
    q = f"SELECT ?y WHERE {{ <{BASE}programme/yuanzang> dk:startYear ?y }}"
    add("ho4-start", "since_when", ["援藏开始于哪一年"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/dongxibu> ; dk:supporter ?s .
      FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    add("ho4-pm", "programme_members", ["东西部扶贫协作有哪些结对省市"], col(q), q)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/sanxia> ; dk:recipient ?r }}"""
    add("ho4-pr", "programme_members", ["三峡移民对口支援的受援地有哪些"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/gannan> ; dk:supporter ?s .
      ?s a dk:CentralAgency }}"""
    add("ho4-at", "actor_type", ["哪些部委参与了对口支援赣南"], col(q), q)
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{BASE}agency/tiyu-zongju> ; dk:recipient ?r }}"
    add("ho4-ag", "supporter_recipients", ["国家体育总局对口支援哪个县", "体育总局帮扶的是哪里"], col(q), q)
    q = f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf? <{d['瑞金市']}> .
      ?s a dk:CentralAgency }}"""
    add("ho4-ct", "count", ["对口支援瑞金的中央国家机关有几个"], col(q), q)
    q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf <{d['和田地区']}> }}"
    add("ho4-ru", "rollup", ["和田地区的下属县都由谁援助"], col(q), q)


def gen_probe_5():
    """Probes for programme + actor, class words, earliest supporters (groups pr5-*; tuned on)."""
    bj, js, cd, wc = iri_of("北京市"), iri_of("江苏省"), iri_of("昌都市"), iri_of("汶川县")
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{bj}> ; dk:recipient ?r ; dk:programme <{BASE}programme/yuanjiang> }}"""
    add("pr5-prog", "supporter_recipients", ["北京市援疆的地方有哪些", "北京在援疆工作中对口支援哪里"], col(q), q)
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{js}> ; dk:recipient ?r . ?r a dk:CountyLevelCity }}"
    add("pr5-cls", "actor_type", ["江苏省对口支援的县级市有哪些"], col(q), q)
    q = "SELECT DISTINCT ?s WHERE { ?p dk:supporter ?s . ?s a dk:CentralEnterprise }"
    add("pr5-ent", "actor_type", ["哪些中央企业参与对口支援", "参与对口支援的央企有哪些"], col(q), q)
    q = "SELECT DISTINCT ?r WHERE { ?p dk:recipient ?r . ?r a dk:AutonomousPrefecture }"
    add("pr5-ap", "actor_type", ["哪些自治州得到了对口支援"], col(q), q)
    q = f"""SELECT ?s WHERE {{ {{ SELECT ?s (MIN(?y) AS ?m) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r ; dk:startYear ?y .
      ?r dk:partOf? <{cd}> }} GROUP BY ?s }} {{ SELECT (MIN(?y2) AS ?low) WHERE {{ ?p2 dk:recipient ?r2 ; dk:startYear ?y2 .
      ?r2 dk:partOf? <{cd}> }} }} FILTER(?m = ?low) }}"""
    add("pr5-early", "superlative", ["对口支援昌都市的省市中，哪个最早开始", "最早对口支援昌都市的是谁"], col(q), q)
    add("pr5-wc", "recipient_supporters", ["汶川地震灾后重建中哪些地方支援了汶川县"], col(supporters_q(wc)),
        supporters_q(wc))
    q = 'SELECT ?x WHERE { ?x rdfs:label "自治州"@zh ; skos:definition ?d }'
    add("pr5-def", "definition", ["什么是自治州"], col(q), q)


def gen_probe_6():
    """A fresh probe (groups pr6-*): 15 of 20 right before the fixes it prompted."""
    for i, (text, name) in enumerate([("陕西省受到过哪些省市的帮扶", "陕西省"), ("贵州由哪些城市结对帮扶", "贵州省"),
                                      ("遵义市的帮扶城市是哪个", "遵义市"), ("宁夏是哪个省对口支援的", "宁夏回族自治区"),
                                      ("甘南州的支援方", "甘南藏族自治州"), ("万州区由哪些地方对口支援", "万州区")]):
        q = supporters_q(iri_of(name))
        add(f"pr6-in-{i}", "recipient_supporters", [text], only_cities(col(q)) if "城市" in text else col(q), q)
    q = recipients_q(iri_of("大连市"))
    add("pr6-out", "supporter_recipients", ["大连市对口帮扶哪里"], col(q), q)
    sh, bj = iri_of("上海市"), iri_of("北京市")
    q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {{ ?p dk:supporter ?s }} UNION {{ ?p dk:supporterTeam ?s }} ?p dk:recipient ?r
      FILTER(?s IN (<{sh}>, <{bj}>)) }} GROUP BY ?s ORDER BY DESC(?n) LIMIT 1"""
    add("pr6-cmp", "comparison", ["上海和北京支援的地方谁更多"], [rows(q)[0][0]], q)  # (一样多吗 is yes or no: pr16c-equal)
    q = """SELECT ?s WHERE { { SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE { ?p dk:supporter ?s ; dk:recipient ?r .
      ?s a dk:CentralAgency . ?r a dk:CountyLevelDivision } GROUP BY ?s } { SELECT (MAX(?m) AS ?max) WHERE {
      { SELECT (COUNT(DISTINCT ?r2) AS ?m) WHERE { ?p2 dk:supporter ?s2 ; dk:recipient ?r2 . ?s2 a dk:CentralAgency .
      ?r2 a dk:CountyLevelDivision } GROUP BY ?s2 } } } FILTER(?n = ?max) }"""
    add("pr6-most", "superlative", ["哪个部委对口支援的县最多"], col(q), q)
    q = f"SELECT ?d WHERE {{ ?d dk:issuedBy <{BASE}agency/guowuyuan-bangongting> }}"
    add("pr6-docs", "stage_event", ["国务院办公厅发布了哪些文件"], col(q), q)
    q = f"SELECT ?m WHERE {{ ?m dk:hasPart <{BASE}mechanism/dongli-buchang> }}"
    add("pr6-mech", "mechanism", ["利益补偿机制属于哪个机制"], col(q), q)
    q = f"SELECT DISTINCT ?e WHERE {{ {{ ?e dk:stage <{BASE}stage/3> }} UNION {{ <{BASE}stage/3> dk:marksStart ?e }} }}"
    add("pr6-stage", "stage_event", ["第三阶段的标志事件有哪些"], col(q), q, variant="numeral")


def gen_unanswerable_in_domain():
    """Unknown names, off-topic attributes of known actors, and facts the graph cannot have."""
    for i, text in enumerate(["东京对口支援哪些地方", "纽约援助了哪些地方", "美国对口支援哪些国家？", "华盛顿是否对口支援西藏",
                              "巴黎由哪些城市支援", "伦敦的对口支援对象有哪些"]):
        expected = "no_template" if "西藏" in text else "no_entity"
        add(f"unk-{i}", "out_of_scope", [text], [], "", answerable=False, expected=expected)
    for i, text in enumerate(["上海市援助了非洲哪些国家", "援藏干部的工资是多少", "北京市有哪些旅游景点",
                              "拉萨市的房价怎么样", "对口支援政策的未来前景如何", "对口支援有什么问题"]):
        add(f"off-{i}", "out_of_scope", [text], [], "", answerable=False,  # 非洲: a place the graph does not hold
            expected="no_entity" if "非洲" in text else "no_template")  # money, people: facts the graph lacks
    for i, text in enumerate(["阿勒泰的支援方有哪些", "和田是哪些省市援助的", "谁在援助阿克苏",
                              "喀什一共有几个支援方"]):
        add(f"amb2-{i}", "ambiguous", [text], [], "", answerable=False, expected="ambiguous")
    for i, text in enumerate(["北京市的市委书记是谁", "上海市有哪些大学", "援疆干部怎么报名", "对口支援资金有多少亿",
                              "西藏自治区的海拔是多少"]):
        add(f"off2-{i}", "out_of_scope", [text], [], "", answerable=False,
            expected="no_template")  # money, people, heights: a kind of fact the graph does not hold
    for i, x in enumerate(SUPPORTERS[:10]):
        q = f"SELECT ?r WHERE {{ ?p dk:supporter <{x}> ; dk:recipient ?r ; dk:startYear ?y FILTER(?y >= 2030) }}"
        add(f"fut-{i}", "time_filter", [f"{label(x)}在2030年以后开始对口支援哪些地方"], [], q, answerable=False,
            expected="no_fact")
    for i, x in enumerate(RECIPIENTS[:10]):
        q = f"SELECT ?s WHERE {{ ?p dk:recipient <{x}> ; dk:supporter ?s ; dk:startYear ?y FILTER(?y >= 2035) }}"
        add(f"fut-in-{i}", "time_filter", [f"2035年以后哪些省市开始对口支援{label(x)}"], [], q, answerable=False,
            expected="no_fact")


def gen_probe_7():
    """Kinds of question a first outside set (heldout-dev) exposed, in our own wording (groups pr7-*)."""
    gen_probe_7_people()
    gen_probe_7_programmes()
    gen_probe_7_terms()
    gen_probe_7_refusals()


def gen_probe_7_people():
    for i, name in enumerate(["日喀则市", "林芝市", "莎车县", "和田地区"]):
        q = supporters_q(iri_of(name))
        add(f"pr7-pass-{i}", "recipient_supporters", [[f"{name}是被谁援助的", f"{name}是由哪些省市对口支援的",
                                                         f"{name}是被哪几个地方帮扶的", f"{name}是谁支援的"][i]], col(q), q)
    for i, (s_, w) in enumerate([("广东省", "新疆维吾尔自治区"), ("上海市", "西藏自治区"), ("浙江省", "新疆维吾尔自治区")]):
        q = within_q(iri_of(s_), iri_of(w))
        text = [f"{ABBR[iri_of(s_)]}在{short(iri_of(w))}援助的是哪些地方", f"{s_[:2]}在{w[:2]}对口支援了哪些地方",
                f"{s_[:2]}在{w[:2]}结对的地区"][i]
        add(f"pr7-in-{i}", "rollup", [text], col(q), q, variant="abbreviation" if i == 0 else "plain")
    for i, (a, b, prog, cls) in enumerate([("北京市", "上海市", None, None), ("江苏省", "浙江省", None, None),
                                           ("山东省", "江苏省", "yuanzang", "CountyLevelDivision"),
                                           ("北京市", "广东省", "yuanjiang", None)]):
        extra = (f"; dk:programme <{BASE}programme/{prog}>" if prog else "") + (f" . ?r a dk:{cls}" if cls else "")
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r {extra}
          FILTER(?s IN (<{iri_of(a)}>, <{iri_of(b)}>)) }} GROUP BY ?s"""
        counts = dict(rows(q))
        text = [f"{ABBR[iri_of(a)]}{ABBR[iri_of(b)]}两地谁对口支援的地方更多", f"{ABBR[iri_of(a)]}、{ABBR[iri_of(b)]}两省哪个援助的地方多",
                f"在援藏中，{a[:2]}和{b[:2]}哪个结对的县多一些", f"{a[:2]}和{b[:2]}，哪个援疆的地方多"][i]
        add(f"pr7-cmp-{i}", "comparison", [text], [x for x, n in counts.items() if n == max(counts.values())], q,
            variant="abbreviation" if i < 2 else "plain")
    fj, cd = iri_of("福建省"), iri_of("昌都市")
    q = f"SELECT DISTINCT ?s WHERE {{ ?s dk:partOf <{fj}> . ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf? <{cd}> }}"
    add("pr7-member", "rollup", ["福建有哪些城市对口支援昌都", "闽援助昌都的是哪些城市"], col(q), q)
    aba = iri_of("阿坝藏族羌族自治州")
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf <{aba}> .
      ?s a dk:ProvinceLevelDivision }}"""
    add("pr7-roll-cls", "rollup", ["阿坝州下辖各县都有哪些省份在援建"], col(q), q)
    js, yl = iri_of("江苏省"), iri_of("伊犁哈萨克自治州")
    q = f"ASK {{ ?p dk:supporter <{js}> ; dk:recipient ?r . ?r dk:partOf? <{yl}> }}"
    add("pr7-nested", "yes_no", ["江苏是否对口支援新疆伊犁州"], [True] if store.query(PREFIX + q) else [], q)
    sz, hrb = iri_of("深圳市"), iri_of("哈尔滨市")
    q = f"SELECT (MIN(?y) AS ?m) WHERE {{ ?p dk:supporter <{sz}> ; dk:recipient <{hrb}> ; dk:startYear ?y }}"
    add("pr7-sw-prog", "since_when", ["深圳与哈尔滨的对口合作是哪年开始的"], col(q), q)
    for i, (x, text) in enumerate([("日喀则市", "日喀则以前叫什么名字"), ("昌都市", "昌都市的曾用名是什么"),
                                   ("玉树市", "玉树市原来叫什么")]):
        q = f'SELECT ?h WHERE {{ <{iri_of(x)}> dk:historicalName/rdfs:label ?h FILTER(lang(?h) = "zh") }}'
        add(f"pr7-former-{i}", "history", [text], col(q), q)
    q = 'SELECT ?x WHERE { ?x dk:historicalName/rdfs:label "日喀则地区"@zh }'
    add("pr7-current", "history", ["日喀则地区现在叫什么"], col(q), q)
    for i, (x, text) in enumerate([("山东省", "山东省先后参加过哪些对口支援计划"), ("北京市", "北京参与了哪些援助项目")]):
        q = f"SELECT DISTINCT ?g WHERE {{ ?p dk:supporter|dk:recipient <{iri_of(x)}> ; dk:programme ?g }}"
        add(f"pr7-progs-{i}", "history", [text], col(q), q)
    q = f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ ?p dk:supporter|dk:recipient <{iri_of('上海市')}> ; dk:programme ?g }}"
    add("pr7-progs-n", "count", ["上海参加了几个援助计划"], col(q), q)


def gen_probe_7_programmes():
    zang, jiang, qing = (BASE + "programme/" + k for k in ("yuanzang", "yuanjiang", "yuanqing"))
    q = f"""SELECT DISTINCT ?s WHERE {{ ?s a dk:ProvinceLevelDivision . ?p dk:programme <{zang}> ; dk:supporter ?s .
      ?p2 dk:programme <{jiang}> ; dk:supporter ?s }}"""
    add("pr7-both-0", "intersection", ["既参加援疆又参加援藏的省份有哪些", "援藏和援疆都有参与的省份"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{qing}> ; dk:supporter ?s . ?p2 dk:programme <{zang}> ;
      dk:supporter ?s FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    add("pr7-both-1", "intersection", ["哪些省市同时参与了援青和援藏"], col(q), q)
    for i, (key, text) in enumerate([("sanxia", "三峡移民对口支援中，受援的是哪些地方"),
                                     ("guangdong-shengnei", "广东省珠三角对口帮扶粤东西北，受帮扶的是哪些市")]):
        q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/{key}> ; dk:recipient ?r }}"
        add(f"pr7-precv-{i}", "programme_members", [text], col(q), q)
    q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/wenchuan-guodu> ; dk:supporter ?s }}"
    add("pr7-guodu", "programme_members", ["汶川地震过渡安置阶段有哪些省市参与对口支援"], col(q), q)
    for i, (key, text) in enumerate([("yuanqing", "援青一共有多少条对口关系"), ("dongxibu", "东西部扶贫协作有几对结对关系")]):
        q = f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p a dk:PairingRelationship ; dk:programme <{BASE}programme/{key}> }}"
        add(f"pr7-npairs-{i}", "count", [text], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{zang}> ; dk:supporter ?s ; dk:startYear ?y FILTER(?y >= 2010)
      FILTER NOT EXISTS {{ ?q dk:programme <{zang}> ; dk:supporter ?s ; dk:startYear ?y0 FILTER(?y0 < 2010) }}
      FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    add("pr7-new", "time_filter", ["2010年以后才开始参与援藏的有哪些省市"], col(q), q)
    q = f"SELECT ?p WHERE {{ ?p dk:programme <{BASE}programme/dongxibu> ; dk:endYear 2021 }}"
    add("pr7-ended", "time_filter", ["东西部扶贫协作里哪些对口关系在二〇二一年终止"], col(q), q, variant="numeral")
    for i, (key, e) in enumerate([("1984-tianjin", "一九八四年在天津召开的全国经济技术协作和对口支援会议"),
                                  ("2016-yuanzang-tiaozheng", "2016年7月的援藏对口关系调整")]):
        q = f"SELECT ?p WHERE {{ ?p dk:establishedBy <{BASE}event/{key}> }}"
        add(f"pr7-ev-{i}", "event_pairings", [f"{e}确定了哪些结对"], col(q), q, variant="numeral" if i == 0 else "plain")


def gen_probe_7_terms():
    for i, (e, text) in enumerate([("1984-tianjin", "全国经济技术协作和对口支援会议属于哪个阶段"),
                                   ("1979-bianfang", "全国边防工作会议处于哪个发展阶段")]):
        q = f"SELECT ?s WHERE {{ <{BASE}event/{e}> dk:stage ?s }}"
        add(f"pr7-stage-{i}", "stage_event", [text], col(q), q)
    q = f"SELECT ?y WHERE {{ <{BASE}event/1960-shanxi-ribao> dk:year ?y }}"
    add("pr7-term", "stage_event", ["“对口支援”这个提法是哪一年最早出现的"], col(q), q)
    for i, (name, text) in enumerate([("计划单列市", "什么是计划单列市"), ("对口关系", "对口关系指的是什么"),
                                      ("中央企业", "中央企业是什么意思")]):
        q = f'SELECT ?x WHERE {{ GRAPH <{BASE}graph/ontology> {{ ?x rdfs:label "{name}"@zh ; skos:definition ?d }} }}'
        add(f"pr7-def-{i}", "definition", [text], col(q), q, variants={1: "traditional"})
    for i, (cls, text) in enumerate([("CentralAgency", "图谱里收录了多少个中央国家机关"),
                                     ("CentralEnterprise", "一共有多少家央企参与对口支援")]):
        q = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a dk:{cls} }}"
        add(f"pr7-ncls-{i}", "count", [text], col(q), q)


def gen_probe_7_refusals():
    """Numbers the graph has no data for must be refused, never answered with a count of pairings."""
    for i, text in enumerate(["对口援藏一共派出过多少名干部？", "江苏对口支援的项目资金每年增长多少？", "北京每年投入多少援疆资金",
                              "西藏的GDP增长了多少", "上海援建了哪些学校", "援疆干部有多少人", "北京援疆的项目有多少",
                              "日喀则得到了多少援助资金", "北京每年支援多少", "新疆有多少个县", "西藏有几个地级市",
                              "哪个省援藏花的钱最多", "北京为什么要对口支援拉萨", "下一次西藏工作座谈会什么时候开",
                              "北京对口支援拉萨的项目有哪些", "上海在喀什地区援建了什么", "援疆有哪些重点项目",
                              "北京市对口支援拉萨市的具体措施"]):
        if text in ANSWERED_SINCE_16:  # the graph holds cadre counts since issue 16: the longest, latest report
            q = longest_report(*ANSWERED_SINCE_16[text])
            add(f"pr7-nodata-{i}", "mechanism", [text], typed_col(q), q)
            continue
        add(f"pr7-nodata-{i}", "out_of_scope", [text], [], "", answerable=False, expected="no_template")
    q = f"SELECT ?s WHERE {{ ?p dk:programme <{BASE}programme/yuanzang> ; dk:supporter ?s ; dk:startYear 2030 }}"
    add("pr7-future", "time_filter", ["2030年援藏会新增哪些结对？"], [], q, answerable=False, expected="no_fact")


def gen_probe_7_more():
    """Further phrasings probed while fixing pr7 (names, fallbacks, ended pairings, events by year)."""
    q = "SELECT ?p WHERE { ?p a dk:PairingRelationship ; dk:endYear ?e }"
    add("pr7b-ended", "time_filter", ["哪些对口关系已经结束了"], col(q), q)
    q = "SELECT ?e WHERE { ?e dk:year 1994 }"
    add("pr7b-year-ev", "stage_event", ["一九九四年开了什么会"], col(q), q, variant="numeral")
    q = """SELECT ?e WHERE { ?e dk:year ?y FILTER(?y >= 2000) }"""
    add("pr7b-stage4", "stage_event", ["第四阶段的标志性事件是什么"], col(q), q, variant="numeral")
    q = "SELECT ?s WHERE { ?s a dk:DevelopmentStage ; dk:startYear 1986 }"
    add("pr7b-stage-year", "stage_event", ["第三次西藏工作座谈会属于哪个阶段", "1994年属于对口支援的哪个阶段"], col(q), q)
    for i, (name, text) in enumerate([("受援方", "什么是受援方"), ("援助计划", "援助计划是什么意思"),
                                      ("对口关系类型", "什么是对口关系类型"), ("政策文件", "政策文件是什么意思"),
                                      ("支援方", "对口支援里的“支援方”指什么")]):
        q = f'SELECT ?x WHERE {{ GRAPH <{BASE}graph/ontology> {{ ?x a <http://www.w3.org/2002/07/owl#Class> ; rdfs:label "{name}"@zh }} }}'
        add(f"pr7b-concept-{i}", "definition", [text], col(q), q)
    for i, (name, text) in enumerate([("拉萨市", "拉萨市是什么"), ("对口支援新疆", "什么是援疆")]):
        add(f"pr7b-what-{i}", "definition", [text], [iri_of(name)], f"# the entity itself: {name}")
    for i, (name, text) in enumerate([("玉树藏族自治州", "玉树州是谁援建的"), ("塔什库尔干塔吉克自治县", "援助塔什库尔干县的是哪里")]):
        add(f"pr7b-name-{i}", "recipient_supporters", [text], col(supporters_q(iri_of(name))), supporters_q(iri_of(name)))
    add("pr7b-hu", "supporter_recipients", ["沪的对口支援对象有哪些"], col(recipients_q(iri_of("上海市"))),
        recipients_q(iri_of("上海市")), variant="abbreviation")
    q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/jiangsu-nanbei> ; dk:supporter ?s }}"
    add("pr7b-within", "programme_members", ["江苏省内南北挂钩合作有哪些参与方"], col(q), q)
    q = f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme <{BASE}programme/wenchuan-chongjian> ; dk:supporter ?s
      {{ ?s a dk:ProvinceLevelDivision }} UNION {{ ?s a dk:SeparatelyPlannedCity }} FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }}
      FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""  # 省市: province rank (see rank_pass)
    add("pr7b-wc-n", "count", ["汶川地震灾后重建对口支援有多少个省市参加"], col(q), q)
    q = f"SELECT ?e WHERE {{ ?e dk:year 1960 ; dk:stage <{BASE}stage/1> }}"
    add("pr7b-term-src", "stage_event", ["“对口支援”的概念最早是在哪份报纸上提出的"], col(q), q)
    q = "SELECT ?s WHERE { ?s dk:stageNumber 2 }"
    add("pr7b-stage-name", "stage_event", ["对口支援的第二阶段叫什么"], col(q), q, variant="numeral")
    q = f"SELECT ?t WHERE {{ <{BASE}event/1979-bianfang> dk:reportTitle ?t }}"
    add("pr7b-title", "stage_event", ["全国边防工作会议的报告题目是什么"], col(q), q)
    q = f"SELECT (MIN(?y) AS ?m) WHERE {{ ?e dk:leadBy|dk:convenedBy|dk:issuedBy <{BASE}agency/guojia-minwei> ; dk:year ?y }}"
    add("pr7b-lead-year", "stage_event", ["哪一年国家民委牵头召开了对口支援的会议"], col(q), q)
    q = f"SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter <{iri_of('北京市')}> ; dk:recipient ?r ; dk:startYear ?y FILTER(?y >= 2010) }}"
    add("pr7b-count-year", "count", ["二〇一〇年以来北京对口支援的地方有几个"], col(q), q, variant="numeral")
    bj, ls = iri_of("北京市"), iri_of("拉萨市")
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{bj}> ; dk:recipient ?r . ?r dk:partOf <{ls}> ;
      a dk:CountyLevelDivision }}"""
    add("pr7b-county-in", "rollup", ["拉萨的哪些县区得到了北京的援助", "北京在拉萨援助的县区"], col(q), q)
    q = f"""SELECT ?r WHERE {{ {{ SELECT ?r (MIN(?y) AS ?m) WHERE {{ ?p dk:supporter <{bj}> ; dk:recipient ?r ; dk:startYear ?y }}
      GROUP BY ?r }} {{ SELECT (MIN(?y2) AS ?low) WHERE {{ ?p2 dk:supporter <{bj}> ; dk:startYear ?y2 }} }} FILTER(?m = ?low) }}"""
    add("pr7b-early-out", "superlative", ["北京最早对口支援的地方是哪里"], col(q), q)
    q = f"SELECT DISTINCT ?e WHERE {{ ?p dk:supporter <{bj}> ; dk:recipient <{ls}> ; dk:establishedBy ?e }}"
    add("pr7b-who-set", "pairing_event", ["请问，北京和拉萨的结对关系是谁确定的？"], col(q), q)
    xj, xz, ht = iri_of("新疆维吾尔自治区"), iri_of("西藏自治区"), iri_of("和田地区")
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?a . ?p2 dk:supporter ?s ; dk:recipient ?b .
      ?a dk:partOf? <{xj}> . ?b dk:partOf? <{xz}> . ?s a dk:ProvinceLevelDivision }}"""
    add("pr7b-common-cls", "intersection", ["同时支援新疆和西藏的省份"], col(q), q)
    q = f"SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:recipient ?r . ?r dk:partOf <{ht}> ; a dk:CountyLevelDivision }}"
    add("pr7b-parts-n", "count", ["和田地区有几个县得到支援"], col(q), q)
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{bj}> ; dk:recipient ?r ; dk:programme <{BASE}programme/yushu> }}"
    add("pr7b-quake", "supporter_recipients", ["玉树地震后北京援建了哪里"], col(q), q)  # 玉树地震 names the programme
    q = f"""ASK {{ ?p dk:supporter <{bj}> ; dk:programme <{BASE}programme/yuanzang> ; dk:startYear 1994
      FILTER NOT EXISTS {{ ?q dk:supporter <{bj}> ; dk:programme <{BASE}programme/yuanzang> ; dk:startYear ?y FILTER(?y < 1994) }} }}"""
    add("pr7b-since-yes", "yes_no", ["北京是从一九九四年开始援藏的吗"], [True] if store.query(PREFIX + q) else [], q,
        variant="numeral")
    add("pr7b-since-no", "yes_no", ["北京援藏是从二〇〇〇年开始的吗"], [], q.replace("1994", "2000"), answerable=False,
        expected="no_fact", variant="numeral")
    add("pr7b-fuze-out", "supporter_recipients", ["上海负责哪些地方"], col(recipients_q(iri_of("上海市"))),
        recipients_q(iri_of("上海市")))
    add("pr7b-fuze-in", "recipient_supporters", ["阿里地区由哪些省市负责"], col(supporters_q(iri_of("阿里地区"))),
        supporters_q(iri_of("阿里地区")))
    q = "SELECT (COUNT(?s) AS ?n) WHERE { ?s a dk:DevelopmentStage }"
    add("pr7b-stage-n", "stage_event", ["对口支援的发展分为几个阶段"], col(q), q)
    q = f"SELECT ?e WHERE {{ <{BASE}stage/2> dk:marksStart ?e }}"
    add("pr7b-formal", "stage_event", ["对口支援政策是在哪次会议上正式提出的"], col(q), q)
    q = f"SELECT ?y WHERE {{ <{BASE}stage/2> dk:marksStart/dk:year ?y }}"
    add("pr7b-formal-y", "stage_event", ["对口支援是哪一年正式提出的"], col(q), q)
    for i, (x, key, text) in enumerate([("北京市", "yuanzang", "北京是否参与了援藏"), ("上海市", "yuanqing", "上海是不是援青的省市"),
                                        ("山东省", "yuanjiang", "山东参加援疆了吗")]):
        q = f"ASK {{ ?p dk:programme <{BASE}programme/{key}> ; dk:supporter|dk:recipient <{iri_of(x)}> }}"
        add(f"pr7b-in-prog-{i}", "yes_no", [text], [True] if store.query(PREFIX + q) else [], q)
    q = f"ASK {{ ?p dk:supporter <{bj}> ; dk:recipient <{ls}> }}"
    add("pr7b-yn-list", "yes_no", ["北京对口支援的地方里有拉萨吗", "北京是不是援助拉萨的省市之一"], [True], q)
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:recipient ?r . ?r dk:partOf? <{xz}> }}"
    add("pr7b-recv-in", "rollup", ["对口支援西藏的受援地有哪些"], col(q), q)
    for i, (key, text) in enumerate([("dongxibu", "东西部扶贫协作帮扶的对象有哪些"), ("yuanjiang", "援疆覆盖哪些地区")]):
        q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/{key}> ; dk:recipient ?r FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"
        add(f"pr7b-prog-recv-{i}", "programme_members", [text], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/sanxia> ; dk:supporter ?s
      FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    add("pr7b-prog-sup", "programme_members", ["三峡移民对口支援中的支援省市"], col(q), q)
    q = f"SELECT ?e WHERE {{ <{iri_of('日喀则市')}> dk:historicalName/dk:endYear ?e }}"
    add("pr7b-renamed", "history", ["日喀则是哪一年撤地设市的", "日喀则地区什么时候改名为日喀则市"], col(q), q)
    q = f'SELECT ?h WHERE {{ <{iri_of("哈密市")}> dk:historicalName/rdfs:label ?h FILTER(lang(?h) = "zh") }}'
    add("pr7b-former", "history", ["哈密市以前是什么地区"], col(q), q)
    q = "SELECT DISTINCT ?x WHERE { ?p dk:supporter ?x . ?q dk:recipient ?x }"
    add("pr7b-both-roles", "intersection", ["哪些地方既是支援方又是受援方"], col(q), q)
    for i, (cls, text) in enumerate([("Meeting", "图谱里有多少个会议"), ("PolicyDocument", "一共收录了多少份政策文件"),
                                     ("Programme", "有几个援助计划")]):
        q = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a dk:{cls} }}"
        add(f"pr7b-nconcept-{i}", "count", [text], col(q), q)
    jl, zj = iri_of("吉林省"), iri_of("浙江省")
    q = f"SELECT (MIN(?y) AS ?m) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r ; dk:startYear ?y FILTER(?s IN (<{jl}>, <{zj}>) && ?r IN (<{jl}>, <{zj}>)) }}"
    add("pr7b-sw-either", "since_when", ["吉林省和浙江省的对口合作是哪一年开始的"], col(q), q)
    trio = rows("""SELECT ?a ?b ?c WHERE { ?p1 dk:supporter ?a ; dk:recipient ?r . ?p2 dk:supporter ?b ; dk:recipient ?r .
      ?p3 dk:supporter ?c ; dk:recipient ?r . ?a a dk:ProvinceLevelDivision . ?b a dk:ProvinceLevelDivision .
      ?c a dk:ProvinceLevelDivision FILTER(STR(?a) < STR(?b) && STR(?b) < STR(?c)) } ORDER BY ?a ?b ?c LIMIT 1""")[0]
    q = " ".join(f"?p{i} dk:supporter <{x}> ; dk:recipient ?r ." for i, x in enumerate(trio))
    q = f"SELECT DISTINCT ?r WHERE {{ {q} }}"
    add("pr7b-trio", "intersection", [f"{label(trio[0])}、{label(trio[1])}、{label(trio[2])}共同对口支援的地方有哪些"], col(q), q)
    ended = rows("""SELECT ?s ?r WHERE { ?p dk:supporter ?s ; dk:recipient ?r ; dk:endYear ?e . ?s a dk:ProvinceLevelDivision .
      ?r a dk:AdministrativeDivision } GROUP BY ?s ?r ORDER BY ?s ?r LIMIT 3""")
    for i, (s_, r) in enumerate(ended):
        q = f"SELECT DISTINCT ?e WHERE {{ ?p dk:supporter <{s_}> ; dk:recipient ?x ; dk:endYear ?e . ?x dk:partOf? <{r}> }}"
        add(f"pr7b-until-{i}", "since_when", [f"{label(s_)}对口支援{label(r)}是哪一年结束的"], col(q), q)
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of('江苏省')}> ; dk:recipient ?r ; dk:startYear ?y FILTER(?y >= 2010) . ?r dk:partOf? <{iri_of('新疆维吾尔自治区')}> }}"
    add("pr7b-within-year", "rollup", ["二〇一〇年之后江苏在新疆结对的地方有哪些"], col(q), q, variant="numeral")


def gen_probe_8():
    """Kinds of question the second outside set (blind2-study) exposed, in our own wording (groups pr8-*)."""
    ev = {k: f"{BASE}{k}" for k in ("event/1994-xizang-3", "event/1996-dongxi-xiezuo", "event/2001-xizang-4",
                                    "document/2012-21", "event/2013-guangdong-bangfu", "event/2010-xinjiang-1",
                                    "event/2010-yuanjiang-huiyi", "event/2014-xinjiang-2")}
    # a meeting or document → the supporters (or recipients) of the pairings it set up
    for i, (key, text) in enumerate([("event/1994-xizang-3", "第三次西藏工作座谈会安排了哪些支援方"),
                                     ("event/1996-dongxi-xiezuo", "中央确定东西扶贫协作结对关系时，确定了哪些省市去帮扶"),
                                     ("event/2013-guangdong-bangfu", "广东省调整加强对口帮扶会议上分到帮扶任务的是哪些市")]):
        q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:establishedBy <{ev[key]}> ; dk:supporter ?s FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"
        add(f"pr8-ev-sup-{i}", "event_pairings", [text], col(q), q)
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{ev['event/2001-xizang-4']}> ; dk:recipient ?r FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"
    add("pr8-ev-rcv", "event_pairings", ["第四次西藏工作座谈会确定的结对里，受援地有哪些"], col(q), q)
    gz = iri_of("贵州省")
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:establishedBy <{BASE}event/1996-dongxi-xiezuo> ; dk:supporter ?s ;
      dk:recipient ?r . ?r dk:partOf? <{gz}> }}"""
    add("pr8-ev-sup-y", "event_pairings", ["中央确定东西扶贫协作结对关系时安排了哪些地方帮扶贵州"], col(q), q)
    # a year and a role: the supporters or recipients of the pairings begun then
    for i, (cond, role, text, variant) in enumerate([
            ("?y < 1985", "recipient", "一九八五年以前开始的对口关系中，受援方都有哪些", "numeral"),
            ("?y >= 2019", "supporter", "2019年以来确立的结对里，支援方有哪些", "plain"),
            ("?y = 2017", "supporter", "2017年开始的对口关系中支援方是谁", "plain")]):
        q = f"SELECT DISTINCT ?x WHERE {{ ?p a dk:PairingRelationship ; dk:startYear ?y ; dk:{role} ?x FILTER({cond}) FILTER NOT EXISTS {{ ?x a dk:CollectiveActor }} }}"
        add(f"pr8-year-role-{i}", "time_filter", [text], col(q), q, variant=variant)
    # an actor's pairings as its partners: ended ones, and all of them over time
    for i, name in enumerate(["深圳市", "上海市"]):
        q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(name)}> ; dk:recipient ?r ; dk:endYear ?e }}"
        if col(q):
            add(f"pr8-ended-{i}", "time_filter", [f"{name}有哪些结对关系已经结束了"], col(q), q)
    for i, name in enumerate(["珠海市", "辽宁省"]):
        q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(name)}> ; dk:recipient ?r }}"
        add(f"pr8-hist-{i}", "history", [f"{name}先后对口帮扶过哪些地方", f"{name}历年来援助过哪些地区"], col(q), q)
    # the actor's own side named (作为支援方, 受援方为…)
    gzs = iri_of("广州市")
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{gzs}> ; dk:recipient ?r }}"
    add("pr8-as-sup", "supporter_recipients", ["广州作为支援方，结对的受援地有哪些"], col(q), q)
    lz = iri_of("林芝市")
    q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{lz}> ; dk:supporter ?s }}"
    add("pr8-as-rcv", "recipient_supporters", ["受援方为林芝的结对中，支援方有哪些"], col(q), q)
    # a place asked for before the verb (X是哪个地方援建的)
    for i, name in enumerate(["什邡市", "绵竹市"]):
        q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of(name)}> ; dk:supporter ?s }}"
        add(f"pr8-wh-place-{i}", "recipient_supporters", [f"{name[:-1]}震后是哪个地方援建的"], col(q), q)
    # supporters of the place itself, not of its parts
    ht = iri_of("和田地区")
    q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{ht}> ; dk:supporter ?s }}"
    add("pr8-itself", "recipient_supporters", ["和田地区这个地级单位本身由哪些省市对口支援"], col(q), q)
    # yes/no read from the records: False where no pairing is recorded
    for i, (a, b) in enumerate([("天津市", "拉萨市"), ("广东省", "日喀则市"), ("北京市", "阿里地区")]):
        q = f"ASK {{ ?p dk:supporter <{iri_of(a)}> ; dk:recipient ?r . ?r dk:partOf? <{iri_of(b)}> }}"
        gold = [bool(store.query(PREFIX + q))]
        add(f"pr8-yn-closed-{i}", "yes_no", [[f"根据资料，{a}有没有对口支援{b}", f"{a}对口支援的地方里有{b}吗",
                                               f"{a}援助{b}，对不对？"][i]], gold, q)
    pair = rows("""SELECT ?s ?a ?r WHERE { ?p dk:supporter ?s ; dk:recipient ?r . ?s dk:abbreviation ?a .
      ?s a dk:Province . ?r a dk:PrefectureLevelDivision } ORDER BY ?s ?r LIMIT 1""")[0]
    q = f"ASK {{ ?p dk:supporter <{pair[0]}> ; dk:recipient <{pair[2]}> }}"
    add("pr8-yn-abbr", "yes_no", [f"{pair[1]}是不是对口支援{short(pair[2])}的省份之一"], [True], q, variant="abbreviation")
    # two clauses: the last one is what is asked
    fj, xz = iri_of("福建省"), iri_of("西藏自治区")
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{fj}> ; dk:recipient ?r . ?r dk:partOf? <{xz}> }}"
    add("pr8-clauses", "rollup", ["福建援藏的对象变过吗？它先后支援过西藏哪些地方？"], col(q), q)
    # counts within a region, and a programme's members of a kind (either side)
    sd = iri_of("山东省")
    q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter <{sd}> ; dk:recipient ?r . ?r dk:partOf? <{xz}> ;
      a dk:CountyLevelDivision }}"""
    add("pr8-count-within", "count", ["山东在西藏对口支援了几个县"], col(q), q)
    for i, (key, cls, text) in enumerate([("yuanjiang", "XPCCDivision", "援疆涉及多少个兵团师"),
                                          ("yuanzang", "CountyLevelDivision", "援藏涉及几个县")]):
        q = f"""SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?p dk:programme <{BASE}programme/{key}> ; dk:supporter|dk:recipient ?x .
          ?x a dk:{cls} }}"""
        if key == "yuanzang":  # issue #15: a total the source states (西藏自治区全部74个县) answers, not the recorded pairings
            q = f"""SELECT (MAX(?n) AS ?m) WHERE {{ ?p dk:programme <{BASE}programme/{key}> ; dk:recipient ?c .
              ?c dk:memberCount ?n }}"""
        add(f"pr8-count-prog-cls-{i}", "count", [text], col(q), q)
    # class words of level (省级, 地级) and passive receivers
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/yuanjiang> ; dk:supporter ?s .
      ?s a dk:ProvinceLevelDivision }}"""
    add("pr8-prov-level", "programme_members", ["参与援疆的省级支援方有哪些"], col(q), q)
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/guangdong-shengnei> ; dk:recipient ?r }}"
    add("pr8-passive-prog", "programme_members", ["广东省内对口帮扶中，哪些市被结对帮扶"], col(q), q)
    xj = iri_of("新疆维吾尔自治区")
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:recipient ?r . ?r dk:partOf <{xj}> ; a dk:AutonomousPrefecture }}"""
    add("pr8-parts-asked", "rollup", ["新疆有哪些自治州接受过对口支援"], col(q), q)
    # a remark in brackets is not a filter
    qh = iri_of("青海省")
    q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf <{qh}> }}"
    add("pr8-aside", "rollup", ["青海境内各地的支援方有哪些？（包括州、县）"], col(q), q)
    # what is X, asked colloquially; mechanisms named without 机制
    q = "SELECT ?m WHERE { ?m a dk:Mechanism ; rdfs:label \"对口支援的演化机制\"@zh }"
    add("pr8-def-colloq", "definition", ["啥是对口支援的演化机制"], col(q), q)
    q = f"SELECT ?c WHERE {{ <{BASE}mechanism/yunxing> dk:hasPart ?c }}"
    if col(q):
        add("pr8-mech-bare", "mechanism", ["对口支援的运行包括哪几个方面"], col(q), q)
    # the event a stage begins with; the meeting behind most pairings; which came first
    q = f"SELECT ?e WHERE {{ <{BASE}stage/3> dk:marksStart ?e }}"
    add("pr8-stage-start", "stage_event", ["第三阶段以什么事件为开端"], col(q), q, variant="numeral")
    q = """SELECT ?e WHERE { { SELECT ?e (COUNT(?p) AS ?n) WHERE { ?p dk:establishedBy ?e } GROUP BY ?e }
      { SELECT (MAX(?n2) AS ?top) WHERE { { SELECT (COUNT(?p2) AS ?n2) WHERE { ?p2 dk:establishedBy ?e2 } GROUP BY ?e2 } } }
      FILTER(?n = ?top) }"""
    add("pr8-most-event", "superlative", ["哪个会议或文件确定的结对关系最多"], col(q), q)
    for i, (a, b) in enumerate([("event/2001-xizang-4", "event/1994-xizang-3"), ("event/2010-xinjiang-1", "event/2010-yuanjiang-huiyi")]):
        q = f"""SELECT ?e WHERE {{ VALUES ?e {{ <{ev[a]}> <{ev[b]}> }} ?e dk:year ?y ; dk:date ?d }} ORDER BY ?y ?d LIMIT 1"""
        add(f"pr8-earlier-ev-{i}", "comparison", [f"{label(ev[a])}和{label(ev[b])}，哪个先召开"], col(q), q)
    trio = rows("""SELECT ?a ?b ?r WHERE { ?p dk:supporter ?a ; dk:recipient ?r ; dk:startYear ?ya .
      ?q dk:supporter ?b ; dk:recipient ?r ; dk:startYear ?yb . ?a a dk:ProvinceLevelDivision .
      ?b a dk:ProvinceLevelDivision . ?r a dk:PrefectureLevelDivision
      FILTER(?ya < ?yb && STR(?a) < STR(?b)) } ORDER BY ?r ?a ?b LIMIT 1""")[0]
    q = f"""SELECT ?s WHERE {{ VALUES ?s {{ <{trio[0]}> <{trio[1]}> }} ?p dk:supporter ?s ; dk:recipient <{trio[2]}> ;
      dk:startYear ?y }} ORDER BY ?y LIMIT 1"""
    add("pr8-earlier-sup", "comparison", [f"{short(trio[0])}和{short(trio[1])}都援助{short(trio[2])}，谁开始得更早"], col(q), q)
    # a programme named by its verb phrase and a plan word
    q = f"""SELECT ?s WHERE {{ {{ SELECT ?s (MIN(?y) AS ?m) WHERE {{ ?p dk:programme <{BASE}programme/yuanzang> ; dk:supporter ?s ;
      dk:startYear ?y FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }} GROUP BY ?s }}
      {{ SELECT (MIN(?y2) AS ?low) WHERE {{ ?p2 dk:programme <{BASE}programme/yuanzang> ; dk:supporter ?s2 ; dk:startYear ?y2
      FILTER NOT EXISTS {{ ?s2 a dk:CollectiveActor }} }} }} FILTER(?m = ?low) }}"""
    add("pr8-plan", "superlative", ["在对口支援西藏这个计划里，最早参加的是哪个省市"], col(q), q)
    # a programme named by its verb phrase at the head of a question about its start
    for i, (key, text) in enumerate([("yuanjiang", "对口支援新疆始于哪一年"), ("yuanzang", "对口支援西藏是哪一年开始的")]):
        q = f"SELECT ?y WHERE {{ <{BASE}programme/{key}> dk:startYear ?y }}"
        add(f"pr8-plan-when-{i}", "since_when", [text], col(q), q)
    # 2016年开始的: begun in that year
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/yuanzang> ; dk:recipient ?r ; dk:startYear 2016 }}"
    if col(q):
        add("pr8-began-in", "programme_members", ["2016年开始的援藏结对，受援地有哪些"], col(q), q)


def gen_probe_9():
    """Kinds of failure heldout-test and blind2-test exposed once released for study, each in our own new
    wording (groups pr9-*); gold from the SPARQL here."""
    ev = {k: BASE + k for k in ("event/1983-zhuguan-bumen", "document/2008-minzhengbu-tongzhi", "event/1982-zuotanhui",
                                "event/2010-xinjiang-1", "event/2010-yuanjiang-huiyi", "event/2001-xizang-4",
                                "event/1994-xizang-3", "event/1992-pifu")}
    yes = "ASK {{ ?p dk:supporter <{}> ; dk:recipient ?r . ?r dk:partOf? <{}> }}"
    # A-not-A and other yes/no forms (算不算, 属不属于, 有没有…过)
    for i, (a, b, text) in enumerate([("上海市", "日喀则市", "上海算不算对口支援日喀则的省市"),
                                      ("广东省", "喀什地区", "广东有没有帮过喀什地区"),
                                      ("江苏省", "拉萨市", "江苏是不是在对口援助拉萨市啊")]):
        q = yes.format(iri_of(a), iri_of(b))
        add(f"pr9-yn-anota-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q)
    q = f"ASK {{ ?p dk:programme <{BASE}programme/yuanzang> ; dk:supporter <{iri_of('北京市')}> }}"
    add("pr9-yn-prog", "yes_no", ["北京属不属于援藏省市？"], [bool(store.query(PREFIX + q))], q)
    # role nouns built from a programme or aid verb (援建省市, 援疆省份, 援藏城市)
    for i, (name, text) in enumerate([("拉萨市", "拉萨市的援建省市有哪些"), ("和田地区", "和田地区的援疆省市都有哪些"),
                                      ("林芝市", "林芝的援藏省份是哪几个")]):
        q = supporters_q(iri_of(name))
        add(f"pr9-role-noun-{i}", "recipient_supporters", [text], col(q), q)
    # former names asked in other words
    for i, (name, text) in enumerate([("万州区", "万州区从前的名称是什么"), ("万州区", "万州区早先的叫法")]):
        q = f'SELECT ?n WHERE {{ <{iri_of(name)}> dk:historicalName/rdfs:label ?n FILTER(lang(?n) = "zh") }}'
        if col(q):
            add(f"pr9-former-{i}", "history", [text], col(q), q)
    # intersections said with 都/既…又… and an abbreviation joined to a full name
    common = "SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{}> ; dk:recipient ?r . ?q dk:supporter <{}> ; dk:recipient ?r }}"
    q = common.format(iri_of("广州市"), iri_of("深圳市"))
    add("pr9-common", "intersection", ["广州和深圳都结对帮扶了哪些地方", "既有广州又有深圳帮扶的地方是哪些"], col(q), q)
    q = common.format(iri_of("深圳市"), iri_of("广东省"))
    add("pr9-common-abbr", "intersection", ["深圳与粤都援助的地方"], col(q), q, variant="abbreviation")
    # comparisons asked as 谁…多 within a programme
    counts = """SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?s {{ <{}> <{}> }}
      ?p dk:supporter ?s ; dk:recipient ?r ; dk:programme <{}> }} GROUP BY ?s ORDER BY DESC(?n) LIMIT 1"""
    q = counts.format(iri_of("北京市"), iri_of("上海市"), BASE + "programme/yuanzang")
    add("pr9-compare", "comparison", ["北京和上海，谁在援藏中结对的地方多"], col(q), q)
    # meetings, documents and decisions named loosely
    q = f"SELECT ?a WHERE {{ <{ev['event/1983-zhuguan-bumen']}> dk:leadBy|dk:convenedBy ?a }}"
    add("pr9-loose-lead", "stage_event", ["一九八三年国务院确定对口支援主管部门那次，牵头的是哪个部门"], col(q), q,
        variant="numeral")
    q = f"SELECT ?a WHERE {{ <{ev['event/1982-zuotanhui']}> dk:leadBy|dk:convenedBy ?a }}"
    add("pr9-loose-lead-82", "stage_event", ["一九八二年召开的对口支援与经济技术协作座谈会由哪些部门主持"], col(q), q,
        variant="numeral")
    q = f"SELECT ?a WHERE {{ <{ev['event/1992-pifu']}> dk:leadBy|dk:convenedBy ?a }}"
    add("pr9-loose-lead-92", "stage_event", ["一九九二年国务院那次批复之后，对口支援工作由哪个部门牵头"], col(q), q,
        variant="numeral")
    q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:establishedBy <{ev['document/2008-minzhengbu-tongzhi']}> ; dk:supporter ?s FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"
    add("pr9-loose-doc", "event_pairings", ["民政部对口支援四川重灾县那份紧急通知安排了哪些支援方"], col(q), q)
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/wanbei> ; dk:recipient ?r FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"
    add("pr9-loose-prog", "programme_members", ["沪苏浙结对帮扶皖北城市中，受援的城市有哪些"], col(q), q)
    # an event's pairings asked with 涉及; who convened it; its day
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{ev['event/2001-xizang-4']}> ; dk:recipient ?r FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"
    add("pr9-involves", "event_pairings", ["第四次西藏工作座谈会涉及哪些受援方"], col(q), q)
    q = f"SELECT ?a WHERE {{ <{ev['event/1994-xizang-3']}> dk:leadBy|dk:convenedBy ?a }}"
    add("pr9-convened", "stage_event", ["第三次西藏工作座谈会是由哪些机关召开的"], col(q), q)
    for i, (key, text) in enumerate([("event/2010-xinjiang-1", "第一次中央新疆工作座谈会是哪一天开的"),
                                      ("event/2010-yuanjiang-huiyi", "全国对口支援新疆工作会议的具体日期")]):
        q = f"SELECT (STR(?d) AS ?v) WHERE {{ <{ev[key]}> dk:date ?d }}"
        add(f"pr9-day-{i}", "stage_event", [text], col(q), q)
    # a pairing's document with the programme named by its disaster (汶川地震后…)
    q = f"""SELECT DISTINCT ?e WHERE {{ ?p dk:supporter <{iri_of('江苏省')}> ; dk:recipient <{iri_of('绵竹市')}> ;
      dk:programme <{BASE}programme/wenchuan-chongjian> ; dk:establishedBy ?e }}"""
    add("pr9-quake-doc", "pairing_event", ["汶川地震后江苏对口援建绵竹，是哪个文件确定的"], col(q), q)
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of('江苏省')}> ; dk:programme <{BASE}programme/wenchuan-chongjian> ; dk:recipient ?r }}"
    add("pr9-quake-prog", "supporter_recipients", ["汶川地震之后江苏省对口援建的是哪里"], col(q), q)
    # year ranges
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/yuanjiang> ; dk:recipient ?r ; dk:startYear ?y
      FILTER(?y >= 2010 && ?y <= 2015) FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"""
    add("pr9-range", "time_filter", ["二〇一〇到二〇一五年间开始的援疆结对，受援方有哪些"], col(q), q, variant="numeral")
    # preambles, particles and keyword queries
    q = recipients_q(iri_of("北京市"))
    add("pr9-preamble", "supporter_recipients", ["我想问一下，北京对口支援哪些地方呢", "北京 援助"], col(q), q)
    q = supporters_q(iri_of("日喀则市"))
    add("pr9-preamble-in", "recipient_supporters", ["麻烦帮我查一下：谁在对口支援日喀则啊"], col(q), q)
    q = yes.format(iri_of("上海市"), iri_of("喀什地区"))
    add("pr9-preamble-yn", "yes_no", ["最近看到新闻说上海在帮扶喀什地区，是真的吗"], [bool(store.query(PREFIX + q))], q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/yuanjiang> ; dk:supporter ?s .
      ?s a dk:ProvinceLevelDivision }}"""
    add("pr9-keywords", "programme_members", ["援疆省份？"], col(q), q)
    # places within a region: the region itself only when nothing inside it is paired
    for i, (a, w, text) in enumerate([("上海市", "西藏自治区", "上海援助了西藏的哪些地方？"),
                                      ("山东省", "西藏自治区", "山东在西藏帮扶了哪些地方")]):
        q = within_q(iri_of(a), iri_of(w))
        add(f"pr9-within-{i}", "rollup", [text], col(q), q)
    # firms and programmes the graph does not hold
    for i, text in enumerate(["阿里巴巴集团对口帮扶了哪些县", "华为公司援助过哪些地方"]):
        add(f"pr9-firm-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_entity")
    add("pr9-no-prog", "unanswerable", ["援琼一共有多少条结对关系？"], [], "", answerable=False, expected="no_entity")
    # two meetings compared by the pairings they set up (第三次和第四次…: the name's rest left out once)
    q = f"""SELECT ?e WHERE {{ VALUES ?e {{ <{ev['event/1994-xizang-3']}> <{ev['event/2001-xizang-4']}> }}
      ?p dk:establishedBy ?e }} GROUP BY ?e ORDER BY DESC(COUNT(?p)) LIMIT 1"""
    add("pr9-compare-events", "comparison", ["第三次和第四次西藏工作座谈会，哪一次定下的结对关系多",
                                              "第四次与第三次西藏工作座谈会相比，哪次确立的对口关系更多"], col(q), q)
    # a class before the aid verb is the supporters' class
    most_of = """SELECT ?s WHERE {{ {{ SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r .
      ?s a <{c}> {rc} }} GROUP BY ?s }} {{ SELECT (MAX(?n2) AS ?top) WHERE {{ {{ SELECT (COUNT(DISTINCT ?r2) AS ?n2)
      WHERE {{ ?p2 dk:supporter ?s2 ; dk:recipient ?r2 . ?s2 a <{c}> {rc2} }} GROUP BY ?s2 }} }} }} FILTER(?n = ?top) }}"""
    prov, pref, county = (f"https://w3id.org/duikou/ontology#{k}" for k in
                          ("ProvinceLevelDivision", "PrefectureLevelDivision", "CountyLevelDivision"))
    q = most_of.format(c=prov, rc="", rc2="")
    add("pr9-agent-class", "superlative", ["哪个省级单位结对帮扶的地方最多"], col(q), q)
    q = most_of.format(c=pref, rc=f". ?r a <{county}>", rc2=f". ?r2 a <{county}>")
    add("pr9-agent-class-r", "superlative", ["哪个地级市对口帮扶的县最多"], col(q), q)
    # pairings of a programme that ended (before a year)
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/yuanjiang> ; dk:endYear ?e ; dk:recipient ?r }}"
    add("pr9-ended-prog", "time_filter", ["援疆里已经结束的结对，受援方有哪些"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/dongxibu> ; dk:endYear ?e ; dk:supporter ?s
      FILTER(?e < 2015) }}"""
    add("pr9-ended-prog-y", "time_filter", ["二〇一五年以前已经结束的东西部扶贫协作结对中，支援方有哪些"], col(q), q,
        variant="numeral")
    # "what is X" for a name that is a programme's own label; a verification status
    add("pr9-def-prog", "definition", ["东西部扶贫协作指的是什么"], [BASE + "programme/dongxibu"],
        f"SELECT ?x WHERE {{ BIND(<{BASE}programme/dongxibu> AS ?x) }}")
    q = 'SELECT ?s WHERE { ?s a dk:VerificationStatus ; rdfs:label "未核实"@zh }'
    add("pr9-def-status", "definition", ["“未核实”指什么"], col(q), q)
    # a class joined to places in general does not filter
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of('上海市')}> ; dk:programme <{BASE}programme/yuanjiang> ;
      dk:recipient ?r }}"""
    add("pr9-and-places", "supporter_recipients", ["上海负责援疆工作中的哪些地方和兵团单位"], col(q), q)
    # a region and a place in it joined by 的; 援疆方面 is not a role word
    q = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:recipient <{iri_of('和田地区')}> ; dk:supporter ?s }}"
    add("pr9-region-of", "count", ["新疆的和田地区有多少个援助方"], col(q), q)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of('浙江省')}> ; dk:programme <{BASE}programme/yuanjiang> ;
      dk:recipient ?r . ?r a dk:PrefectureLevelDivision }}"""
    add("pr9-aspect", "supporter_recipients", ["浙江省在援疆方面负责哪些地州？"], col(q), q)
    # a range with a role; a leading topic clause (在对口支援中，…); where a meeting was held, asked another way
    q = """SELECT DISTINCT ?s WHERE { ?p a dk:PairingRelationship ; dk:startYear ?y ; dk:supporter ?s
      FILTER(?y >= 2010 && ?y <= 2012) FILTER NOT EXISTS { ?s a dk:CollectiveActor } }"""
    add("pr9-range-role", "time_filter", ["2010年至2012年开始的对口关系中支援方有哪些"], col(q), q)
    q = recipients_q(iri_of("上海市"))
    add("pr9-topic", "supporter_recipients", ["在对口支援中，上海负责哪些地区"], col(q), q)
    q = supporters_q(iri_of("拉萨市"))
    add("pr9-topic-in", "recipient_supporters", ["在对口支援工作中，谁援助了拉萨"], col(q), q)
    q = f"SELECT ?l WHERE {{ <{ev['event/2010-yuanjiang-huiyi']}> dk:location ?l }}"
    if col(q):
        add("pr9-where", "stage_event", ["对口支援新疆工作会议在什么地方开的"], col(q), q)


def gen_probe_10():
    """Kinds of failure blind3-test exposed once released for study, each in our own new wording (groups pr10-*);
    gold from the SPARQL here."""
    ev3 = BASE + "event/1994-xizang-3"
    prog = {k: f"{BASE}programme/{k}" for k in ("yuanzang", "yuanjiang")}
    count_of = "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {} }}"
    # a count asked of what a list template finds (an event's supporters, a mechanism's parts)
    q = count_of.format(f"?p dk:establishedBy <{ev3}> ; dk:supporter ?x FILTER NOT EXISTS {{ ?x a dk:CollectiveActor }}")
    add("pr10-count-list-event", "count", ["第三次西藏工作座谈会一共安排了多少个支援方", "第三次西藏工作座谈会确定的支援方有几个"],
        col(q), q, variants={1: "numeral"})
    q = count_of.format(f"<{BASE}mechanism/yunxing> dk:hasPart ?x")
    add("pr10-count-list-mech", "count", ["对口支援运行机制由几项组成"], col(q), q)
    # the role asked of listed pairings (…终止的对口关系，受援方是哪些)
    q = "SELECT DISTINCT ?r WHERE { ?p a dk:PairingRelationship ; dk:endYear 2013 ; dk:recipient ?r }"
    add("pr10-role-ended-r", "time_filter", ["二〇一三年终止的对口关系，受援方是哪些"], col(q), q, variant="numeral")
    q = "SELECT DISTINCT ?s WHERE { ?p a dk:PairingRelationship ; dk:endYear 2016 ; dk:supporter ?s }"
    add("pr10-role-ended-s", "time_filter", ["2016年结束的结对关系里，支援方都有谁"], col(q), q)
    # pairings still running (现在还在…吗, 目前仍在…): ended ones are left out
    yes_now = """ASK {{ ?p dk:supporter <{}> ; dk:recipient ?r . ?r dk:partOf? <{}> FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"""
    for i, (a, b, text) in enumerate([("上海市", "阿克苏地区", "上海市现在还在对口支援阿克苏地区吗"),
                                      ("北京市", "陇南市", "北京目前仍在帮扶陇南市吗")]):
        q = yes_now.format(iri_of(a), iri_of(b))
        add(f"pr10-current-yn-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of('上海市')}> ; dk:programme <{prog['yuanjiang']}> ;
      dk:recipient ?r FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"""
    add("pr10-current-list", "time_filter", ["目前仍未结束的援疆结对里，上海的对口对象有哪些"], col(q), q)
    # one-character abbreviations as the object of an aid verb, after 总共, or paired with each other
    q = count_of.format(f"?p dk:supporter <{iri_of('湖南省')}> ; dk:recipient ?x")
    add("pr10-abbr-count", "count", ["湘总共对口帮扶过几个地方"], col(q), q, variant="abbreviation")
    q = f"ASK {{ ?p dk:supporter <{iri_of('浙江省')}> ; dk:recipient ?r . ?r dk:partOf? <{iri_of('四川省')}> }}"
    add("pr10-abbr-object", "yes_no", ["浙曾经援助过川吗"], [bool(store.query(PREFIX + q))], q, variant="abbreviation")
    q = f"""SELECT ?s WHERE {{ VALUES ?s {{ <{iri_of('上海市')}> <{iri_of('江苏省')}> }}
      ?p dk:supporter ?s ; dk:programme <{prog['yuanzang']}> ; dk:recipient ?r . ?r a dk:CountyLevelDivision }}
      GROUP BY ?s ORDER BY DESC(COUNT(DISTINCT ?r)) LIMIT 1"""
    add("pr10-abbr-pair", "comparison", ["沪和苏，谁在援藏中结对的县多"], col(q), q, variant="abbreviation")
    # a scene-setting preamble before the connective (…，那么…)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of('广东省')}> ; dk:programme <{prog['yuanjiang']}> ;
      dk:recipient ?r }}"""
    add("pr10-preamble", "supporter_recipients", ["听朋友说广东的干部去了新疆，那么广东对口援疆的是哪些地方"], col(q), q)
    # the places within an actor as the subject, by the side they take
    q = f"SELECT DISTINCT ?x WHERE {{ ?x dk:partOf <{iri_of('江苏省')}> . ?p dk:supporter ?x }}"
    add("pr10-parts-give", "rollup", ["江苏省哪些市承担了对口支援任务"], col(q), q)
    q = f"""SELECT DISTINCT ?x WHERE {{ ?x dk:partOf <{iri_of('喀什地区')}> ; a dk:CountyLevelDivision .
      ?p dk:recipient ?x ; dk:programme <{prog['yuanjiang']}> }}"""
    add("pr10-parts-receive", "rollup", ["喀什地区下面有哪些县接受援疆"], col(q), q)
    q = f"""SELECT DISTINCT ?x WHERE {{ ?x dk:partOf <{iri_of('阿里地区')}> ; a dk:CountyLevelDivision . ?p dk:recipient ?x }}"""
    add("pr10-parts-receive-2", "rollup", ["阿里地区有哪些县得到了对口支援"], col(q), q)
    q = f"SELECT DISTINCT ?x WHERE {{ ?s dk:partOf <{iri_of('上海市')}> . ?p dk:supporter ?s ; dk:recipient ?x }}"
    add("pr10-parts-give-to", "rollup", ["上海各区对口帮扶了哪些地方"], col(q), q)
    # how an actor's pairings changed over time; 何谓
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of('北京市')}> ; dk:programme <{prog['yuanzang']}> ;
      dk:recipient ?r }}"""
    add("pr10-change", "history", ["北京的援藏对象随着时间有什么变化"], col(q), q)
    add("pr10-hewei", "definition", ["何谓对口支援运行机制"], [BASE + "mechanism/yunxing"],
        f"SELECT ?x WHERE {{ BIND(<{BASE}mechanism/yunxing> AS ?x) }}")
    # programme names with parts left out (玉树灾后重建), and an event's pairings in an intersection
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/yushu> ; dk:supporter ?s .
      ?p2 dk:programme <{prog['yuanzang']}> ; dk:supporter ?s . ?s a dk:ProvinceLevelDivision }}"""
    if col(f"SELECT ?l WHERE {{ <{BASE}programme/yushu> rdfs:label ?l }}"):
        add("pr10-elided-prog", "intersection", ["既参与玉树灾后重建又参与援藏的省份有哪些"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ {{ ?p dk:establishedBy <{ev3}> }} UNION {{ ?l dk:launchedBy <{ev3}> . ?p dk:programme ?l }}
      ?p dk:supporter ?s . ?p2 dk:programme <{prog['yuanjiang']}> ; dk:supporter ?s FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    add("pr10-event-and-prog", "intersection", ["哪些地方既在第三次西藏工作座谈会确定的结对中出力，又参加了援疆"], col(q), q)
    # a request before the question (能不能告诉我，…), a frame clause before it (就援疆而言，…)
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of('江西省')}> ; dk:recipient ?r . ?r a dk:CountyLevelDivision }}"
    add("pr10-request-lead", "supporter_recipients", ["能不能告诉我，江西对口支援的是哪些县"], col(q), q)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of('北京市')}> ; dk:programme <{prog['yuanjiang']}> ;
      dk:recipient ?r }}"""
    add("pr10-frame-clause", "supporter_recipients", ["就援疆而言，北京负责哪些地方"], col(q), q)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of('天津市')}> ; dk:programme <{BASE}programme/dongxibu> ;
      dk:recipient ?r }}"""
    add("pr10-frame-clause-2", "supporter_recipients", ["在东西部扶贫协作的框架下，天津负责帮扶哪些地区"], col(q), q)
    # what two actors have to do with each other: the pairings between them
    a, b = iri_of("福建省"), iri_of("宁夏回族自治区")
    q = f"""SELECT DISTINCT ?p WHERE {{ {{ ?p dk:supporter <{a}> ; dk:recipient <{b}> }} UNION
      {{ ?p dk:supporter <{b}> ; dk:recipient <{a}> }} ?p a dk:PairingRelationship }}"""
    add("pr10-relation", "history", ["福建和宁夏是什么关系"], col(q), q)
    # supporters ranked within one region; a count of a programme's pairings since a year
    q = f"""SELECT ?s WHERE {{ {{ SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?r dk:partOf? <{iri_of('新疆维吾尔自治区')}> .
      ?p dk:recipient ?r ; dk:supporter ?s FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }} GROUP BY ?s }}
      {{ SELECT (MAX(?n2) AS ?top) WHERE {{ {{ SELECT (COUNT(DISTINCT ?r2) AS ?n2) WHERE {{
        ?r2 dk:partOf? <{iri_of('新疆维吾尔自治区')}> . ?p2 dk:recipient ?r2 ; dk:supporter ?s2
        FILTER NOT EXISTS {{ ?s2 a dk:CollectiveActor }} }} GROUP BY ?s2 }} }} }} FILTER(?n = ?top) }}"""
    add("pr10-most-within", "superlative", ["在新疆，哪个省市援助的地方最多"], col(q), q)
    q = f"""SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p a dk:PairingRelationship ; dk:programme <{BASE}programme/dongxibu> ;
      dk:startYear ?y FILTER(?y >= 2015) }}"""
    add("pr10-count-year", "count", ["2015年之后新开始的东西部协作结对有多少对"], col(q), q)
    # a start year checked however it is phrased (是在1994年开始的吗)
    q = f"""ASK {{ ?p dk:supporter <{iri_of('北京市')}> ; dk:recipient ?r ; dk:startYear 1994 . ?r dk:partOf? <{iri_of('拉萨市')}>
      FILTER NOT EXISTS {{ ?p0 dk:supporter <{iri_of('北京市')}> ; dk:recipient ?r0 ; dk:startYear ?s0 .
        ?r0 dk:partOf? <{iri_of('拉萨市')}> FILTER(?s0 < 1994) }} }}"""
    add("pr10-year-check", "yes_no", ["北京援助拉萨是在1994年开始的吗"], [bool(store.query(PREFIX + q))], q)
    add("pr10-school", "unanswerable", ["上海对口支援的学校有哪些"], [], "", answerable=False, expected="no_template")
    # a subject the graph does not hold, right before the aid verb
    for i, text in enumerate(["国家电网对口援藏的是哪里", "中国移动对口帮扶了哪些县"]):
        add(f"pr10-unknown-agent-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_entity")


ANSWERED_SINCE_16 = {"对口援藏一共派出过多少名干部？": ("CadreCount", "yuanzang"), "援疆干部有多少人": ("CadreCount", "yuanjiang")}


def typed_col(query: str) -> list:
    """The first column with numbers as numbers (integers and decimals), strings and IRIs as strings."""
    out = []
    for r in store.query(PREFIX + query):
        v = r[0]
        kind = getattr(getattr(v, "datatype", None), "value", "")
        out.append(int(v.value) if kind.endswith("#integer") else float(v.value) if kind.endswith("#decimal") else v.value)
    return out


def typed_number(written: str):
    """1‰ → 1, 0.5‰ → 0.5: the number of a share written with its sign."""
    number = re.match(r"[0-9.]+", written).group(0)
    return float(number) if "." in number else int(number)


def longest_report(cls: str, slug: str) -> str:
    return (f"SELECT ?v WHERE {{ ?f a dk:{cls} ; dk:aboutProgramme <{BASE}programme/{slug}> ; dk:value ?v ; dk:startYear ?s ;"
            f" dk:endYear ?e ; dk:verificationStatus ?st FILTER(?st != dk:Unverified) }} ORDER BY DESC(?e - ?s) DESC(?e) LIMIT 1")


def gen_mechanism_figures():
    """Issue 16: cadres, funds, projects, teams, launches and rules, each with gold from SPARQL over the facts."""
    def prog(slug):
        return f"<{BASE}programme/{slug}>"
    batch = lambda n, slug: f"SELECT ?v WHERE {{ ?f a dk:CadreBatch ; dk:batchNumber {n} ; dk:aboutProgramme {prog(slug)} ; dk:value ?v }}"
    # a share is written with its sign (1‰, 1%, 8% a year): the number alone is the second reading (alt_gold)
    share = lambda slug: (f"SELECT (CONCAT(STR(?v), ?sign) AS ?s) WHERE {{ ?f a dk:FundingRule ; dk:aboutProgramme {prog(slug)} ; "
                          f"dk:value ?v ; dk:unit ?u . ?u <http://qudt.org/schema/qudt/symbol> ?sign FILTER(?u != dk:PercentPerYearUnit) }}")
    first = lambda kind, slug: (f"SELECT (MIN(?s) AS ?v) WHERE {{ ?f a dk:TalentTeam ; dk:teamKind dk:{kind} ; "
                                f"dk:aboutProgramme {prog(slug)} ; dk:startYear ?s }}")
    who = lambda slug: (f"SELECT DISTINCT ?v WHERE {{ ?f dk:responsible ?v ; dk:aboutProgramme {prog(slug)} ; "
                        f"dk:mechanism <{BASE}mechanism/ganbu-rencai> }}")
    cases = [
        ("mech-batch-zang-10", ["第十批援藏干部人才多少人？", "第10批援藏干部人才有多少人", "第十批援藏幹部人才多少人？"], batch(10, "yuanzang")),
        ("mech-batch-qing-5", ["第五批援青干部人才有多少人？", "第5批援青干部多少名"], batch(5, "yuanqing")),
        ("mech-batch-jiang-7", ["第七批中央单位援疆干部多少人？"], batch(7, "yuanjiang")),
        ("mech-term-jiang", ["中央单位援疆干部一批在疆几年？", "中央單位援疆幹部一批在疆幾年？"],
         f"SELECT ?v WHERE {{ ?f a dk:CadreTerm ; dk:aboutProgramme {prog('yuanjiang')} ; dk:value ?v }}"),
        ("mech-share-jiang", ["援疆资金按什么比例安排？", "援疆資金按什麼比例安排？"],
         f"SELECT (CONCAT(STR(?a), \"—\", STR(?b), \"‰\") AS ?v) WHERE {{ ?f a dk:FundingRule ; dk:aboutProgramme {prog('yuanjiang')} ; "
         f"dk:minValue ?a ; dk:maxValue ?b }}"),
        ("mech-share-zang", ["援藏资金按什么比例安排？", "援藏资金占支援省市财政收入的比例是多少"], share("yuanzang")),
        ("mech-share-wenchuan", ["汶川对口支援的资金比例是多少？"], share("wenchuan-chongjian")),
        ("mech-growth-jiang", ["援疆资金每年递增多少？"],
         f"SELECT (CONCAT(STR(?v), \"%\") AS ?s) WHERE {{ ?f a dk:FundingRule ; dk:aboutProgramme {prog('yuanjiang')} ; "
         f"dk:unit dk:PercentPerYearUnit ; dk:value ?v }}"),
        ("mech-done-wenchuan", ["汶川援建的任务什么时候基本完成？", "汶川援建的任務什麼時候基本完成？"],
         f"SELECT (STR(?d) AS ?v) WHERE {{ ?f a dk:ManagementRule ; dk:aboutProgramme {prog('wenchuan-chongjian')} ; dk:date ?d }}"),
        ("mech-team-edu-zang", ["组团式教育援藏从哪年开始？", "組團式教育援藏從哪一年開始？"], first("EducationTeam", "yuanzang")),
        ("mech-team-med-zang", ["组团式医疗援藏是哪一年开始的？"], first("MedicalTeam", "yuanzang")),
        ("mech-who-jiang", ["谁负责选派援疆干部？", "援疆干部由哪个部门组织选派？"], who("yuanjiang")),
        ("mech-who-zang", ["谁负责选派援藏干部？"], who("yuanzang")),
        ("mech-funds-jiang-series", ["援疆资金各时期投入多少？", "援疆資金各時期投入多少？"],
         f"SELECT ?v WHERE {{ ?f a dk:FundingReport ; dk:aboutProgramme {prog('yuanjiang')} ; dk:value ?v ; "
         f"dk:verificationStatus ?st FILTER(?st != dk:Unverified) }}"),
        ("mech-funds-jiang-2018", ["2018年援疆资金多少？", "二〇一八年援疆资金是多少"],
         f"SELECT ?v WHERE {{ ?f a dk:FundingReport ; dk:aboutProgramme {prog('yuanjiang')} ; dk:value ?v ; dk:startYear 2018 ; dk:endYear 2018 }}"),
        ("mech-funds-sanxia", ["三峡对口支援引入了多少资金？"], longest_report("FundingReport", "sanxia")),
        ("mech-cadres-qing", ["援青干部一共派了多少人？"], longest_report("CadreCount", "yuanqing")),
        ("mech-projects-zang", ["援藏项目一共有多少个？"], longest_report("ProjectReport", "yuanzang")),
    ]
    for group, texts, q in cases:
        variants = {i: "traditional" if any(c in t for c in "幹資團麼時單幾開") else
                    "numeral" if re.search("[0-9〇]", t) else "plain" for i, t in enumerate(texts)}
        gold = typed_col(q)
        bare = [typed_number(g) for g in gold] if "CONCAT(STR(?v)" in q else None  # 1% also read as 1
        add(group, "mechanism", texts, gold, q, variants=variants, alt_gold=bare)


RANKED_ASK = """ASK {{ {{ <{g}> a dk:ProvinceLevelDivision }} UNION {{ <{g}> a dk:SeparatelyPlannedCity }}
  ?p dk:supporter <{g}> {prog} FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }} }}"""
TEAM_ASK = "ASK {{ ?p dk:supporter <{g}> ; dk:supporterTeam ?t {prog} }}"


def rank_pass():
    """省市 asks for the programmes' province-rank members (issue #15, item 3/4): a province, or a 计划单列市 that took a
    pairing on in its own right (not in its province's team, dk:supporterTeam), within the programme the gold query
    names (and toward the place it names); where no supporter is of that rank, the members of a province's team; where
    none is either, the supporters
    as they are (a programme of ministries). Applied to list gold of questions that say 省市 and do not widen it
    (省市（包括地级市）; 省市区, 省市县: givers of any kind); counts are written with the rule in their own query."""
    for q in questions:
        gold = q["gold"]
        if not re.search("省市(?![区县])", q["text"]) or re.search(r"[（(](包括|包含|含|连同)", q["text"]) or not gold \
                or not all(isinstance(g, str) and g.startswith("http") for g in gold):
            continue
        named = re.search(r"<(https://w3id.org/duikou/programme/[^>]+)>", q["query"])
        place = re.search(r"(?:dk:recipient|dk:partOf[?*+]?)\s+<(https://w3id.org/duikou/division/[^>]+)>", q["query"])
        prog = (f"; dk:programme <{named.group(1)}>" if named else "") + \
            (f" . ?p dk:recipient ?rr . ?rr dk:partOf* <{place.group(1)}>" if place else "")
        kept = [g for g in gold if store.query(PREFIX + RANKED_ASK.format(g=g, prog=prog))] \
            or [g for g in gold if store.query(PREFIX + TEAM_ASK.format(g=g, prog=prog))] or gold
        if kept != gold:
            q["gold"], q["query"] = kept, q["query"] + "\n# 省市: province rank (make_dev.rank_pass)"


def traditional_pass():
    """Write about one question in ten in traditional characters."""
    for i, q in enumerate(questions):
        if i % 10 == 7 and q["variant"] == "plain":
            q["text"], q["variant"] = T2S.convert(q["text"]), "traditional"


def numeral_pass():
    """Write the years of about two plain questions in twenty that name a year in Chinese numerals (2010年 → 二〇一〇年),
    as some askers type them (the second rate since session 14: the probe groups hold fewer years, and the share of
    numeral questions fell below the 7 % that test_question_set_shape asks)."""
    year = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=年)")
    for i, q in enumerate(questions):
        if i % 20 in (9, 13) and q["variant"] == "plain" and year.search(q["text"]):
            q["text"], q["variant"] = year.sub(lambda m: cn_year(int(m.group(1))), q["text"]), "numeral"


def qald(q: dict, i: int) -> dict:
    values = q["gold"]
    if values in ([True], [False], []) and q["query"].startswith("ASK"):
        answers = [{"head": {}, "boolean": bool(values and values[0])}]
    else:
        var = "uri" if values and isinstance(values[0], str) and values[0].startswith("http") else "value"
        answers = [{"head": {"vars": [var]}, "results": {"bindings": [
            {var: {"type": "uri" if var == "uri" else "literal", "value": str(v)}} for v in values]}}]
    return {"id": str(i + 1), "question": [{"language": "zh", "string": q["text"]}],
            "query": {"sparql": q["query"]}, "answers": answers, "type": q["type"],
            "paraphrase_group": q["group"], "answerable": q["answerable"],
            "expected_status": q["expected_status"], "variant": q["variant"], "gold": values,
            "split": "dev" if hash_group(q["group"]) % 5 else "test", **({"alt_gold": q["alt_gold"]} if "alt_gold" in q else {})}


def one_per_line(data: dict) -> str:
    """The set as JSON with one question per line: a diff shows the questions that changed, at two thirds of the
    indented size (4,305 questions: 5.2 → 3.7 MB)."""
    rows = ",\n".join(json.dumps(q, ensure_ascii=False, separators=(",", ":")) for q in data["questions"])
    head = json.dumps({k: v for k, v in data.items() if k != "questions"}, ensure_ascii=False)[:-1]
    return f'{head}, "questions": [\n{rows}\n]}}\n'


def hash_group(group: str) -> int:
    return sum(ord(c) * (i + 1) for i, c in enumerate(group))


def gen_probe_11():
    """Kinds of failure blind4-test exposed once released for study, each in our own new wording (groups pr11-*);
    gold from the SPARQL here."""
    prog = {k: f"{BASE}programme/{k}" for k in ("yuanzang", "yuanjiang", "yuanqing")}
    province = "https://w3id.org/duikou/ontology#ProvinceLevelDivision"
    # negation: the members of a class that take no part (as supporters) in a programme, or support nothing in a place
    for i, (k, text, v) in enumerate([("yuanjiang", "哪些省份没有参与对口援疆", "plain"),
                                      ("yuanzang", "哪些省份沒有參加援藏", "traditional"),
                                      ("yuanqing", "有哪些省级行政区从未加入援青", "plain")]):
        q = f"""SELECT DISTINCT ?x WHERE {{ ?x a <{province}> FILTER NOT EXISTS {{ ?p dk:programme <{prog[k]}> ; dk:supporter ?x }} }}"""
        add(f"pr11-negated-prog-{i}", "programme_members", [text], col(q), q, variant=v)
    for i, (place, text) in enumerate([("新疆维吾尔自治区", "哪些省份从未对口支援过新疆"),
                                       ("西藏自治区", "哪些省级行政区没有帮扶过西藏")]):
        w = iri_of(place)
        q = f"""SELECT DISTINCT ?x WHERE {{ ?x a <{province}> FILTER(?x != <{w}>)
          FILTER NOT EXISTS {{ ?p dk:supporter ?x ; dk:recipient ?r . ?r dk:partOf* <{w}> }}
          FILTER NOT EXISTS {{ ?x dk:partOf+ <{w}> }} }}"""
        add(f"pr11-negated-place-{i}", "recipient_to_supporters", [text], col(q), q)
    # enumerations asked of each (北京、天津和上海分别…): the answers of each together
    xj = iri_of("新疆维吾尔自治区")
    q = f"SELECT DISTINCT ?r WHERE {{ {{ {within_q(iri_of('江苏省'), xj)} }} UNION {{ {within_q(iri_of('浙江省'), xj)} }} }}"
    add("pr11-each-within", "supporter_to_recipients", ["江苏和浙江分别对口支援新疆的哪些地区"], col(q), q)
    q = f"SELECT DISTINCT ?s WHERE {{ {{ {supporters_q(iri_of('拉萨市'))} }} UNION {{ {supporters_q(iri_of('日喀则市'))} }} }}"
    add("pr11-each-supporters", "recipient_to_supporters", ["拉萨和日喀则的支援方分别是谁"], col(q), q)
    q = f"""SELECT DISTINCT ?r WHERE {{ VALUES ?s {{ <{iri_of('山东省')}> <{iri_of('天津市')}> <{iri_of('广东省')}> }}
      ?p dk:supporter ?s ; dk:programme <{prog['yuanjiang']}> ; dk:recipient ?r }}"""
    add("pr11-each-three", "supporter_to_recipients", ["山东、天津与广东在援疆工作里各自结对了哪些地方"], col(q), q)
    # one-character abbreviations typed as keywords (浙 援疆 受援地)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of('江苏省')}> ; dk:programme <{prog['yuanjiang']}> ;
      dk:recipient ?r }}"""
    add("pr11-abbr-keywords", "supporter_to_recipients", ["苏 援疆 哪些地方"], col(q), q, variant="abbreviation")
    q = f"""ASK {{ ?p dk:supporter <{iri_of('广东省')}> ; dk:programme <{prog['yuanzang']}> ; dk:recipient ?r .
      ?r dk:partOf? <{iri_of('林芝市')}> }}"""
    add("pr11-abbr-keywords-yn", "yes_no", ["粤 援藏 林芝？"], [bool(store.query(PREFIX + q))], q, variant="abbreviation")
    q = f"""SELECT (MIN(?y) AS ?start) WHERE {{ ?p dk:supporter <{iri_of('福建省')}> ; dk:recipient ?r ; dk:startYear ?y .
      ?r dk:partOf? <{iri_of('宁夏回族自治区')}> }}"""
    add("pr11-abbr-keywords-since", "since_when", ["闽 援 宁夏 哪年开始"], col(q), q, variant="abbreviation")
    # an ambiguous short name glossed in brackets by its full name
    q = supporters_q(iri_of("海南藏族自治州"))
    add("pr11-glossed", "recipient_to_supporters", ["海南州（海南藏族自治州）的支援方有哪些"], col(q), q)
    # an unknown firm before a programme word (国家电网援疆…): not answered without its subject
    for i, text in enumerate(["国家电网援疆帮扶了哪些地方", "中国移动援青支援了哪些州"]):
        add(f"pr11-unknown-agent-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_entity")
    # 援建了哪些 + a place noun asks for places, not buildings; a capital named by its role (青海省会西宁)
    q = recipients_q(iri_of("深圳市"))
    add("pr11-built-places", "supporter_to_recipients", ["深圳援建了哪些地区"], col(q), q)
    q = supporters_q(iri_of("西宁市"))
    add("pr11-capital-apposition", "recipient_to_supporters", ["青海省会西宁的支援方有哪些"], col(q), q)
    # a renamed place: what it is called now
    q = "SELECT ?x WHERE { ?x dk:historicalName/rdfs:label \"达孜县\"@zh }"
    add("pr11-renamed-now", "history", ["达孜县后来改成了什么名字"], col(q), q)


def gen_probe_12():
    """Question kinds found missing after blind4 (groups pr12-*): programmes compared or ranked, places compared by
    their supporters, an epithet as a name; gold from the SPARQL here (ties kept)."""
    prog = {k: f"{BASE}programme/{k}" for k in ("yuanzang", "yuanjiang", "yuanqing")}
    for i, (a, b, texts) in enumerate([("yuanqing", "yuanzang", ["援青和援藏，哪个计划的结对关系更多", "對口援青與援藏相比，哪個結對多"]),
                                       ("yuanjiang", "yuanqing", ["援疆跟援青比，谁的对口关系多一些"])]):
        q = f"""SELECT ?g (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p a dk:PairingRelationship ; dk:programme ?g
          FILTER(?g IN (<{prog[a]}>, <{prog[b]}>)) }} GROUP BY ?g"""
        add(f"pr12-compare-programmes-{i}", "comparison", texts, tied(q), q)
    q = """SELECT ?g (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a dk:PairingRelationship ; dk:programme ?g } GROUP BY ?g"""
    add("pr12-most-programme-pairings", "superlative", ["哪个援助计划的对口关系最多", "结对关系数量排第一的是哪个计划"],
        tied(q), q)
    q = """SELECT ?g (COUNT(DISTINCT ?s) AS ?n) WHERE { ?p a dk:PairingRelationship ; dk:programme ?g ; dk:supporter ?s .
      ?s a dk:ProvinceLevelDivision } GROUP BY ?g"""
    add("pr12-most-programme-provinces", "superlative", ["哪个计划参与的省份最多"], tied(q), q)
    for i, (x, y, text) in enumerate([("林芝市", "山南市", "林芝和山南，哪个的支援方多"),
                                      ("和田地区", "喀什地区", "和田地区与喀什地区相比，哪个的支援省市更多")]):
        if i == 1:  # 省市: province-rank supporters of the place and its parts, a team member counted for its province
            q = f"""SELECT ?r (COUNT(DISTINCT ?who) AS ?n) WHERE {{ VALUES ?r {{ <{iri_of(x)}> <{iri_of(y)}> }}
              ?p dk:recipient ?x ; dk:supporter ?s . ?x dk:partOf* ?r . OPTIONAL {{ ?p dk:supporterTeam ?t }}
              BIND(COALESCE(?t, ?s) AS ?who) ?who a dk:ProvinceRankActor }} GROUP BY ?r"""
        else:
            q = f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s
              FILTER(?r IN (<{iri_of(x)}>, <{iri_of(y)}>)) }} GROUP BY ?r"""
        add(f"pr12-compare-supporters-{i}", "comparison", [text], tied(q), q)
    q = recipients_q(iri_of("北京市"))
    add("pr12-epithet", "supporter_to_recipients", ["首都对口支援了哪些地方"], col(q), q)


def gen_probe_12b():
    """Kinds of failure blind5-study exposed, each in our own new wording (groups pr12-*); gold from the SPARQL here."""
    prog = {k: f"{BASE}programme/{k}" for k in ("yuanzang", "yuanjiang", "yuanqing", "dongxibu", "sanxia")}
    province = "https://w3id.org/duikou/ontology#ProvinceLevelDivision"
    def members(k, cls=None, years=""):
        return f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{prog[k]}> ; dk:supporter ?s . {years}
          {f"?s a <{cls}> ." if cls else ""} FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    # 省 asked for after a question word is the province-level class; a search-word query (援藏 省份)
    q = members("yuanqing", province)
    add("pr12-asked-province", "programme_members", ["哪些省参与了对口援青", "援青 省份"], col(q), q)
    q = members("yuanzang", province)
    add("pr12-keywords-members", "programme_members", ["援藏 省份"], col(q), q)
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{prog['yuanjiang']}> ; dk:supporter <{iri_of('浙江省')}> ; dk:recipient ?r }}"
    add("pr12-keywords-direction", "supporter_to_recipients", ["援疆 浙江"], col(q), q)
    # a request or a check before the question; a pronoun for the named place
    q = within_q(iri_of("上海市"), iri_of("新疆维吾尔自治区"))
    add("pr12-request-lead", "rollup", ["帮我查下，上海在新疆援助的是哪几个地方"], col(q), q)
    q = supporters_q(iri_of("拉萨市"))
    add("pr12-preamble-check", "recipient_to_supporters",
        ["手头有份材料要核对，想确认一下：拉萨的对口支援方有哪些？", "说起拉萨市，对口支援它的都有谁"], col(q), q)
    q = recipients_q(iri_of("广东省"))
    add("pr12-pronoun-out", "supporter_to_recipients", ["说到广东，它对口支援了哪些地方"], col(q), q)
    # words of a programme's own name (工程, 移民) ask for nothing out of scope
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{prog['sanxia']}> ; dk:recipient ?r }}"
    add("pr12-name-words", "programme_members", ["三峡工程库区移民对口支援的受援方都有哪些"], col(q), q)
    # a decade as a year range
    q = members("dongxibu", years="?p dk:startYear ?y FILTER(?y >= 1990 && ?y < 2000)")
    add("pr12-decade", "time_filtered", ["九十年代就参加东西部扶贫协作的支援方有哪些", "上世纪90年代加入东西部扶贫协作的支援方"],
        col(q), q, variant="numeral")
    # an ambiguous name followed by its parts is the meaning that has parts
    q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf <{iri_of('和田地区')}> }}"
    add("pr12-parts-resolve", "rollup", ["和田各县的支援方有哪些", "和田 各县 支援方"], col(q), q)
    # two abbreviations as the agents of the aid that follows
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of('北京市')}> ; dk:recipient ?r .
      ?p2 dk:supporter <{iri_of('天津市')}> ; dk:recipient ?r }}"""
    add("pr12-abbr-agents", "intersection", ["哪些地方同时得到京和津的对口支援"], col(q), q, variant="abbreviation")
    # an abbreviation before 现在还在…: still running
    q = f"""ASK {{ ?p dk:supporter <{iri_of('山东省')}> ; dk:recipient <{iri_of('重庆市')}> FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"""
    add("pr12-abbr-current", "yes_no", ["鲁现在还在帮扶渝吗"], [bool(store.query(PREFIX + q))], q, variant="abbreviation")
    # the year a programme was launched
    q = f"SELECT ?y WHERE {{ <{prog['yuanjiang']}> dk:startYear ?y }}"
    add("pr12-launch-year", "since_when", ["对口援疆是哪一年启动的"], col(q), q)
    # a programme's pairings begun in a year, as pairings
    q = f"""SELECT DISTINCT ?p WHERE {{ ?p a dk:PairingRelationship ; dk:programme <{prog['yuanjiang']}> ; dk:startYear 2010 }}"""
    add("pr12-programme-pairings", "time_filtered", ["二〇一〇年新确立的援疆对口关系有哪些"], col(q), q, variant="numeral")
    # supporters of a kind ranked within a programme (哪个省份…最多)
    q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme <{prog['yuanjiang']}> ; dk:supporter ?s ; dk:recipient ?r .
      ?s a <{province}> }} GROUP BY ?s"""
    add("pr12-most-of-kind", "superlative", ["援疆里哪个省份结对的地方最多"],
        tied(q), q)
    q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {{ ?p dk:supporter ?s }} UNION {{ ?p dk:supporterTeam ?s }} ?p dk:recipient ?r
      FILTER(?s IN (<{iri_of('山东省')}>, <{iri_of('江苏省')}>)) }} GROUP BY ?s"""
    add("pr12-compare-asked", "comparison", ["山东和江苏，哪个省对口支援的地方多"],
        tied(q), q)
    # 对口支援青海藏区 names the programme (青海藏区 only stands in for its places); a place and a programme intersected
    q = members("yuanqing", years="?p dk:startYear ?y FILTER(?y >= 2012)")
    add("pr12-collective-programme", "time_filtered", ["2012年以后开始对口支援青海藏区的有哪些"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf? <{iri_of('新疆维吾尔自治区')}> .
      ?p2 dk:programme <{prog['yuanqing']}> ; dk:supporter ?s . FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    add("pr12-place-and-programme", "intersection", ["哪些地方既援助新疆又参加了对口支援青海藏区"], col(q), q)
    # 我省（X）: the writer's own province named in brackets
    q = within_q(iri_of("福建省"), iri_of("西藏自治区"))
    add("pr12-self-gloss", "rollup", ["我省（福建）对口支援西藏哪些地方？"], col(q), q)
    # the mechanisms as a whole; a programme alias ending inside a place name (对口援建汶川县); a count with a year
    q = "SELECT ?m WHERE { ?m a dk:Mechanism FILTER NOT EXISTS { ?m dk:isPartOfMechanism ?w } }"
    add("pr12-mechanism-top", "mechanism", ["对口支援的机制可以分为哪几类", "对口支援机制的体系"], col(q), q)
    q = supporters_q(iri_of("汶川县"))
    add("pr12-alias-in-place", "recipient_to_supporters", ["对口援建汶川县的是哪个省"], col(q), q)
    q = f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme <{prog['yuanzang']}> ; dk:supporter ?s ; dk:startYear ?y .
      ?s a <{province}> FILTER(?y >= 2000) FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    add("pr12-count-year", "count", ["二〇〇〇年以后援藏的省份有几个"], col(q), q, variant="numeral")
    # pairings begun before a year; a place's partner provinces; its counted counties; X是Y援建的吗
    q = "SELECT DISTINCT ?p WHERE { ?p a dk:PairingRelationship ; dk:startYear ?y FILTER(?y < 1990) }"
    add("pr12-pairings-before", "time_filtered", ["一九九〇年以前就已经开始的对口关系有哪些"], col(q), q, variant="numeral")
    q = supporters_q(iri_of("山南市"))
    add("pr12-partner-provinces", "recipient_to_supporters", ["山南市的结对省市有哪些"], col(q), q)
    q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf <{iri_of('阿克苏地区')}> }}"
    add("pr12-counted-parts", "rollup", ["阿克苏地区下面的两个县市分别由谁对口支援", "阿克苏地区下辖的九个县市由谁支援"], col(q), q,
        variant="numeral")
    q = f"ASK {{ ?p dk:supporter <{iri_of('江苏省')}> ; dk:recipient <{iri_of('拉萨市')}> }}"
    add("pr12-passive-yes-no", "yes_no", ["拉萨是江苏援建的吗"], [bool(store.query(PREFIX + q))], q)
    # 包括集体: collective actors counted among a programme's supporters
    q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{prog['yuanjiang']}> ; dk:supporter ?s }}"
    add("pr12-with-collectives", "programme_members", ["援疆的支援方有哪些（包括集体）", "参与援疆的有哪些，含集体"], col(q), q)
    # the fewest (ties kept); a class after 最多的 is the answer's kind
    q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r ; dk:programme <{prog['yuanzang']}> .
      ?s a <{province}> FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }} GROUP BY ?s"""
    add("pr12-fewest", "superlative", ["援藏中哪个省份对口支援的地方最少"],
        tied(q, min), q)
    q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r ; dk:programme <{prog['yuanjiang']}> .
      ?s a <{province}> }} GROUP BY ?s"""
    add("pr12-most-then-kind", "superlative", ["援疆中结对地方最多的省份"],
        tied(q), q)
    # refusals: an unknown firm beside a programme; an opinion asked of the reader
    add("pr12-firm-programme", "unanswerable", ["小米公司参与援疆了吗"], [], "", answerable=False, expected="no_entity")
    add("pr12-opinion-you", "unanswerable", ["你认为对口援藏的作用大吗"], [], "", answerable=False, expected="no_template")


def gen_probe_13():
    """Kinds of failure blind5-test exposed once released for study, each in our own new wording (groups pr13-*);
    gold from the SPARQL here. Collective actors are left out of supporters and recipients unless asked for."""
    prog = {k: f"{BASE}programme/{k}" for k in ("yuanzang", "yuanjiang", "yuanqing", "wanbei", "dongbei-hezuo")}
    nc = "FILTER NOT EXISTS {{ ?{} a dk:CollectiveActor }}"
    # an abbreviation before 承担; a long leading clause naming the programme
    q = recipients_q(iri_of("上海市"))
    add("pr13-abbr-undertake", "supporter_to_recipients", ["沪承担了哪些地方的对口支援任务"], col(q), q, variant="abbreviation")
    # (a giver with no pairing of its own in the programme gives through its parts: 上海's districts, convention of pr19b)
    sh = iri_of("上海市")
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{prog['wanbei']}> ; dk:supporter ?s ; dk:recipient ?r .
      ?s dk:partOf* <{sh}> FILTER(?s = <{sh}> || NOT EXISTS {{ ?p0 dk:programme <{prog['wanbei']}> ; dk:supporter <{sh}> }}) }}"""
    add("pr13-long-topic", "supporter_to_recipients", ["在沪苏浙城市结对合作帮扶皖北城市工作中，上海市结对帮扶的是哪些市"], col(q), q)
    # a relation either way round
    q = supporters_q(iri_of("宁夏回族自治区"))
    add("pr13-symmetric", "recipient_to_supporters", ["哪些省市与宁夏建立过对口帮扶关系"], col(q), q)
    # the sides of the north-east cooperation
    q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{prog['dongbei-hezuo']}> ; dk:supporter ?s {nc.format('s')} }}"
    add("pr13-east-side", "programme_members", ["东北地区与东部地区部分省市对口合作中，东部这边有哪些省市"], col(q), q)
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{prog['dongbei-hezuo']}> ; dk:recipient ?r {nc.format('r')} }}"
    add("pr13-northeast-side", "programme_members", ["对口合作里东北方面是哪些省市"], col(q), q)
    # an event dated to the month, asked with 涉及
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{BASE}event/2016-yuanzang-tiaozheng> ; dk:recipient ?r {nc.format('r')} }}"
    add("pr13-event-involves", "set_up_by_event", ["2016年7月援藏对口关系调整涉及哪些受援地"], col(q), q)
    # collectives left out of counts and rankings
    q = f"SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme <{prog['yuanjiang']}> ; dk:recipient ?r {nc.format('r')} }}"
    add("pr13-count-no-collectives", "count", ["对口援疆一共涉及多少个受援地"], col(q), q)
    q = f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r a dk:AdministrativeDivision
      {nc.format('s')} }} GROUP BY ?r"""
    add("pr13-most-recipients", "superlative", ["哪个地方拥有的支援方最多"], tied(q), q)
    # the earliest supporters of a programme in a place; which of two began a programme first
    q = f"""SELECT ?s (MIN(?y) AS ?m) WHERE {{ ?p dk:programme <{prog['yuanzang']}> ; dk:supporter ?s ; dk:startYear ?y ;
      dk:recipient ?r . ?r dk:partOf? <{iri_of('西藏自治区')}> {nc.format('s')} }} GROUP BY ?s"""
    add("pr13-earliest-in-programme", "superlative", ["援藏的支援方中，谁最早开始支援西藏"],
        tied(q, min), q)
    q = f"""SELECT ?s (MIN(?y) AS ?m) WHERE {{ ?p dk:programme <{prog['yuanjiang']}> ; dk:supporter ?s ; dk:startYear ?y
      FILTER(?s IN (<{iri_of('江苏省')}>, <{iri_of('山东省')}>)) }} GROUP BY ?s"""
    add("pr13-earlier-in-programme", "comparison", ["苏和鲁，谁更早开始援疆"],
        tied(q, min), q, variant="abbreviation")
    # 及以后: from that year on
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{prog['yuanzang']}> ; dk:recipient ?r ; dk:startYear ?y FILTER(?y >= 2010)
      {nc.format('r')} }}"""
    add("pr13-year-and-after", "time_filtered", ["二〇一〇年及以后开始的援藏结对，受援方有哪些"], col(q), q, variant="numeral")
    # a meeting named with the place it was held (天津召开的…); a stage's starting mark; 何谓
    q = f"SELECT ?y WHERE {{ <{BASE}event/1984-tianjin> dk:year ?y }}"
    add("pr13-held-at", "stage_event", ["天津召开的全国经济技术协作和对口支援会议是哪一年"], col(q), q)
    q = "SELECT ?e WHERE { ?st a dk:DevelopmentStage ; dk:stageNumber 2 ; dk:marksStart ?e }"
    if col(q):
        add("pr13-start-mark", "stage_event", ["第二阶段开始的标志是什么"], col(q), q)
    q = 'SELECT ?x WHERE { ?x rdfs:label "对口合作"@zh }'
    add("pr13-hewei", "definition", ["何谓对口合作"], col(q), q)
    # the recipients of a programme's earliest pairings; a place's partner named with a symmetric word
    q = f"""SELECT ?r (MIN(?y) AS ?m) WHERE {{ ?p dk:programme <{prog['yuanzang']}> ; dk:recipient ?r ; dk:startYear ?y
      {nc.format('r')} }} GROUP BY ?r"""
    add("pr13-earliest-recipients", "superlative", ["最早的援藏结对里，受援方是哪些"],
        tied(q, min), q)
    q = supporters_q(iri_of("阜阳市"))
    add("pr13-partner-word", "recipient_to_supporters", ["阜阳的结对合作城市是哪个"], col(q), q)
    # since when a place has received aid (its partners' first year)
    q = f"SELECT (MIN(?y) AS ?m) WHERE {{ ?p dk:recipient <{iri_of('林芝市')}> ; dk:startYear ?y }}"
    add("pr13-since-recipient", "since_when", ["林芝从哪一年开始接受对口支援", "林芝的支援方是哪年开始结对的"], col(q), q)
    # refusals: the future; a county the graph does not hold
    add("pr13-future", "unanswerable", ["今后援疆将会增加哪些省市"], [], "", answerable=False, expected="no_template")
    add("pr13-unknown-county", "unanswerable", ["青山县由谁对口支援", "北京援助过青山县吗"], [], "", answerable=False,
        expected="no_entity")


def gen_probe_14():
    """Issue #15: constraints that combine (a meeting or document + an actor + a year, a year in force or begun in, a
    relation either way round, a ranking within a meeting's pairings) and places the graph does not hold; our own
    wording, gold from the SPARQL here (groups pr14-*)."""
    nc = "FILTER NOT EXISTS {{ ?{} a dk:CollectiveActor }}"
    ev = {k: f"{BASE}event/{k}" for k in ("1979-bianfang", "1994-xizang-3")}
    doc53 = f"{BASE}document/2008-53"
    for i, (text, event, who, county) in enumerate([
            ("1979年那次边防工作会议让山东支援哪里？", ev["1979-bianfang"], "山东省", False),
            ("全国边防工作会议安排北京支援哪个地方？", ev["1979-bianfang"], "北京市", False),
            ("按照国办发〔2008〕53号文件，山东负责对口支援哪个县？", doc53, "山东省", True),
            ("第三次西藏工作座谈会给江苏定了哪些对口支援的地方？", ev["1994-xizang-3"], "江苏省", False)]):
        kind = "?r a dk:CountyLevelDivision ." if county else ""
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{event}> ; dk:supporter <{iri_of(who)}> ; dk:recipient ?r .
          {kind} {nc.format('r')} }}"""
        add(f"pr14-event-actor-{i}", "set_up_by_event", [text], col(q), q)
    q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:establishedBy <{ev['1994-xizang-3']}> ;
      dk:supporter <{iri_of('江苏省')}> ; dk:recipient ?r {nc.format('r')} }}"""
    add("pr14-event-count", "count", ["第三次西藏工作座谈会确定江苏支援了几个地方？"], col(q), q)
    for i, (text, who, year) in enumerate([("2012年北京还在支援哪些地方？", "北京市", 2012),
                                           ("截至2015年，上海仍在对口支援的地方有哪些？", "上海市", 2015),
                                           ("2000年的时候，天津在对口支援哪些地方？", "天津市", 2000),
                                           ("1990年时仍在执行的对口关系里，上海支援的是哪些地方？", "上海市", 1990),
                                           ("2010年上海对口支援哪些地方？", "上海市", 2010),
                                           ("2016年江苏在对口支援的地方", "江苏省", 2016)]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(who)}> ; dk:recipient ?r ; dk:startYear ?s
          FILTER(?s <= {year}) FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < {year}) }} {nc.format('r')} }}"""
        add(f"pr14-in-force-{i}", "time_filtered", [text], col(q), q)
    for i, (text, prog, year) in enumerate([("1994年开始援藏的有哪些省市？", "yuanzang", 1994),
                                           ("哪些省市是2010年开始对口援疆的？", "yuanjiang", 2010)]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s ; dk:startYear {year}
          {nc.format('s')} }}"""
        add(f"pr14-began-{i}", "time_filtered", [text], col(q), q)
    for i, (text, who, prog) in enumerate([("浙江和哪个省开展东西部协作？", "浙江省", "dongxibu"),
                                          ("福建跟哪个省开展东西部扶贫协作？", "福建省", "dongxibu")]):
        q = f"""SELECT DISTINCT ?o WHERE {{ ?p dk:programme <{BASE}programme/{prog}> .
          {{ ?p dk:supporter <{iri_of(who)}> ; dk:recipient ?o }} UNION {{ ?p dk:recipient <{iri_of(who)}> ; dk:supporter ?o }}
          ?o a dk:ProvinceLevelDivision }}"""
        add(f"pr14-symmetric-{i}", "recipient_to_supporters", [text], col(q), q)
    q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:establishedBy <{ev['1994-xizang-3']}> ; dk:supporter ?s ;
      dk:recipient ?r {nc.format('s')} }} GROUP BY ?s"""
    add("pr14-event-most", "superlative", ["第三次西藏工作座谈会确定的结对里，哪个支援方负责的地方最多？"], tied(q), q)
    # a meeting as a point in time: the pairings begun from its year on (or before it), not the ones it set up
    for i, (text, event, prog) in enumerate([("全国对口支援新疆工作会议召开以后，开始援疆的有哪些省市？", "2010-yuanjiang-huiyi", "yuanjiang"),
                                            ("第四次西藏工作座谈会之后开始援藏的有哪些省市？", "2001-xizang-4", "yuanzang")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ <{BASE}event/{event}> dk:year ?ey . ?p dk:programme <{BASE}programme/{prog}> ;
          dk:supporter ?s ; dk:startYear ?y FILTER(?y >= ?ey) {nc.format('s')} }}"""
        add(f"pr14-event-anchor-{i}", "time_filtered", [text], col(q), q)
    xz = iri_of("西藏自治区")
    q = f"""SELECT DISTINCT ?s WHERE {{ <{BASE}event/2010-xizang-5> dk:year ?ey . ?p dk:supporter ?s ; dk:recipient ?r ;
      dk:startYear ?y FILTER(?y >= ?ey) ?r dk:partOf* <{xz}> {nc.format('s')}
      FILTER NOT EXISTS {{ ?own dk:recipient <{xz}> ; dk:startYear ?y2 FILTER(?y2 >= ?ey) }} }}"""
    add("pr14-event-anchor-parts", "time_filtered", ["第五次西藏工作座谈会以后，哪些省市开始对口支援西藏？"], col(q), q)
    # a place and its parts asked together: both groups (an item reached through a part says which, `via`)
    for i, (text, place) in enumerate([("阿坝州本身和下辖各县得到哪些省市的援建？", "阿坝藏族羌族自治州"),
                                      ("和田地区（包括下辖各县）有哪些支援方？", "和田地区")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf* <{iri_of(place)}>
          {nc.format('s')} }}"""
        add(f"pr14-with-parts-{i}", "rollup", [text], col(q), q)
    q = f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme <{BASE}programme/wenchuan-guodu> ;
      dk:establishedBy <{BASE}document/2008-minzhengbu-tongzhi> ; dk:supporter ?s . ?s a dk:ProvinceLevelDivision }}"""
    add("pr14-event-programme-count", "count", ["汶川地震过渡安置阶段，民政部那份紧急通知一共安排了几个省份？"], col(q), q)
    # yes/no with a meeting, or with a year in force
    for i, (text, event, giver, taker) in enumerate([
            ("第三次西藏工作座谈会确定江苏支援拉萨了吗？", "1994-xizang-3", "江苏省", "拉萨市"),
            ("第三次西藏工作座谈会确定江苏支援日喀则了吗？", "1994-xizang-3", "江苏省", "日喀则市")]):
        q = f"""ASK {{ ?p dk:establishedBy <{BASE}event/{event}> ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf* <{iri_of(taker)}> }}"""
        add(f"pr14-check-event-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q)
    for i, (text, giver, taker, year) in enumerate([("2015年北京还在支援拉萨吗？", "北京市", "拉萨市", 2015),
                                                   ("2018年福建还在对口支援林芝吗？", "福建省", "林芝市", 2018)]):
        q = f"""ASK {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:startYear ?s FILTER(?s <= {year})
          ?r dk:partOf* <{iri_of(taker)}> FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < {year}) }} }}"""
        add(f"pr14-check-in-force-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q)
    # a place's parts of a kind as the subject, with a programme or toward another place (its parts count too)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?s dk:partOf+ <{iri_of('上海市')}> ;
      a dk:CountyLevelDivision . ?r dk:partOf* <{iri_of('西藏自治区')}> }}"""
    add("pr14-parts-toward", "actor_type", ["上海哪些区对口支援了西藏？"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/dongxibu> ; dk:supporter ?s .
      ?s dk:partOf+ <{iri_of('广东省')}> ; a dk:PrefectureLevelDivision }}"""
    add("pr14-parts-programme", "actor_type", ["广东哪些市参加了东西部协作？"], col(q), q)
    # a kind of actor excluded (而不是省份, 除了省份)
    for i, (text, prog, kind) in enumerate([("援疆的支援方里，哪些是城市而不是省份？", "yuanjiang", "?s a dk:City ."),
                                           ("除了省份，还有哪些单位参加了援藏？", "yuanzang", "")]):
        # (城市 is a filter too, pr17c: cities, not 浦东新区)
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s . {kind}
          FILTER NOT EXISTS {{ ?s a dk:ProvinceLevelDivision }} {nc.format('s')} }}"""
        add(f"pr14-not-kind-{i}", "actor_type", [text], col(q), q)
    # a place's reconstruction aid named short (玉树援建, 汶川援建)
    for i, (text, prog, side) in enumerate([("玉树援建有哪些支援方？", "yushu", "supporter"),
                                           ("汶川援建的受援县有几个？", "wenchuan-chongjian", "recipient")]):
        kind = "?x a dk:CountyLevelDivision ." if side == "recipient" else ""
        q = f"""SELECT {'(COUNT(DISTINCT ?x) AS ?n)' if side == 'recipient' else 'DISTINCT ?x'} WHERE {{
          ?p dk:programme <{BASE}programme/{prog}> ; dk:{side} ?x . {kind} {nc.format('x')} }}"""
        add(f"pr14-short-programme-{i}", "count" if side == "recipient" else "programme_members", [text], col(q), q)
    # rankings within a place, and a ranking whose counted side is of a kind
    for i, (text, region, cls) in enumerate([("在西藏，哪个县得到的支援方最多？", "西藏自治区", "CountyLevelDivision"),
                                            ("新疆哪个地州得到的支援方最多？", "新疆维吾尔自治区", "PrefectureLevelDivision")]):
        # (a prefecture counts the supporters of its counties too: the roll-up convention of issue #15, item 2)
        place = "?part . ?part dk:partOf* ?r" if cls == "PrefectureLevelDivision" else "?r"
        q = f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:recipient {place} . ?p dk:supporter ?member .
          {TEAM_GIVER} ?r a dk:{cls} ; dk:partOf+ <{iri_of(region)}> {nc.format('r')} {nc.format('s')} }} GROUP BY ?r"""
        add(f"pr14-most-within-{i}", "superlative", [text], tied(q), q)
    q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme <{BASE}programme/yuanjiang> ; dk:supporter ?s ;
      dk:recipient ?r ; dk:startYear ?y FILTER(?y < 2015) ?s a dk:ProvinceLevelDivision . ?r a dk:CountyLevelDivision }}
      GROUP BY ?s"""
    add("pr14-most-counted-kind", "superlative", ["2015年以前开始的援疆结对中，哪个省支援的县最多？"], tied(q), q)
    for i, (text, side, collective) in enumerate([("援藏一共覆盖了多少个县？", "recipient", None),
                                                  ("西藏有多少个县纳入了对口援藏的范围？", "recipient", None),
                                                  ("参加援藏的中央企业一共有几家？", "supporter", "yangqi-17")]):
        which = f"FILTER(?c = <{BASE}collective/{collective}>)" if collective else ""
        q = f"""SELECT (MAX(?n) AS ?m) WHERE {{ ?p dk:programme <{BASE}programme/yuanzang> ; dk:{side} ?c .
          ?c dk:memberCount ?n {which} }}"""
        add(f"pr14-stated-total-{i}", "count", [text], col(q), q)
    for i, text in enumerate(["北京对口支援过纽约吗", "上海援助过亚特兰蒂斯吗", "谁对口支援白云山县？",
                              "澳大利亚对口支援哪些地方？", "江苏对口帮扶过巴基斯坦吗", "欧洲哪些城市参加了援疆？"]):
        add(f"pr14-unknown-{i}", "out_of_scope", [text], [], "", answerable=False, expected="no_entity")


def gen_probe_15():
    """Issue #15, study of outside-a: kinds of failure fixed generally (an actor that only receives, read as the giver
    by loose wording; cooperation named with no giver; 起始年; a count of places never read as a mechanism); our own
    wording and names, gold from the SPARQL here (groups pr15-*)."""
    nc = "FILTER NOT EXISTS {{ ?{} a dk:CollectiveActor }}"
    for i, (text, place, prog, cls) in enumerate([("阿里 援藏 一直是哪些省", "阿里地区", "yuanzang", "ProvinceLevelDivision"),
                                                 ("瑞金 部委 对口 有哪几个", "瑞金市", None, "CentralAgency"),
                                                 ("果洛州 对口支援的省市", "果洛藏族自治州", None, None)]):
        within = f"?p dk:programme <{BASE}programme/{prog}> ." if prog else ""
        kind = f"?s a dk:{cls} ." if cls else ""
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?s . {within} {kind}
          {nc.format('s')} }}"""
        add(f"pr15-receiver-only-{i}", "recipient_to_supporters", [text], col(q), q)
    for i, (text, who) in enumerate([("辽宁 对口合作 哪个省", "辽宁省"), ("沈阳和哪个城市开展对口合作", "沈阳市"),
                                     ("黑龙江跟谁对口合作？", "黑龙江省"), ("辽 对口合作 哪个省", "辽宁省"),
                                     ("吉 对口合作 是哪个省", "吉林省")]):
        q = f"""SELECT DISTINCT ?o WHERE {{ ?p dk:programme <{BASE}programme/dongbei-hezuo> .
          {{ ?p dk:supporter <{iri_of(who)}> ; dk:recipient ?o }} UNION {{ ?p dk:recipient <{iri_of(who)}> ; dk:supporter ?o }}
          }}"""
        add(f"pr15-cooperation-{i}", "recipient_to_supporters", [text], col(q), q, variant="abbreviation" if i > 2 else "plain")
    for i, (text, who, prog) in enumerate([("吉林 援藏 起始年", "吉林省", "yuanzang"),
                                           ("湖北援疆的起始时间是哪年", "湖北省", "yuanjiang"),
                                           ("鄂 援疆 起始年", "湖北省", "yuanjiang"), ("闽 援疆 起始年份", "福建省", "yuanjiang"),
                                           ("湘援疆的起始时间", "湖南省", "yuanjiang")]):
        q = f"""SELECT (MIN(?y) AS ?m) WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter <{iri_of(who)}> ;
          dk:startYear ?y }}"""
        add(f"pr15-start-word-{i}", "since_when", [text], col(q), q, variant="abbreviation" if i > 1 else "plain")
    # a body named before the meeting or document it issued or convened only says which one is meant; a role word
    # after a meeting (被帮扶的, 承担任务的省市); a name is one token of a keyword question
    for i, (text, doc, side, cls) in enumerate([
            ("国务院办公厅那份关于开展对口帮扶贵州工作的指导意见，安排了哪些城市？", "document/2013-11", "supporter", None),
            ("国家发展和改革委员会那个沪苏浙城市结对合作帮扶皖北城市实施方案里，被帮扶的是哪些市？", "document/2021-wanbei", "recipient", None),
            ("中共中央办公厅那份关于坚持和完善东西部协作机制的意见，承担协作任务的省份有哪些", "document/2021-dongxi-yijian", "supporter", "ProvinceLevelDivision"),
            ("2010年 东西扶贫协作结对关系局部调整 被帮扶的是哪些地方", "event/2010-dongxi-tiaozheng", "recipient", None)]):
        kind = f"?x a dk:{cls} ." if cls else ""
        q = f"""SELECT DISTINCT ?x WHERE {{ ?p dk:establishedBy <{BASE}{doc}> ; dk:{side} ?x . {kind} {nc.format('x')} }}"""
        add(f"pr15-author-role-{i}", "set_up_by_event", [text], col(q), q)
    # who took over a place from a supporter, and whom a supporter took over from (the earliest later / latest earlier
    # other supporter of the place)
    for i, (text, place, named, later) in enumerate([
            ("黑水县过渡安置时是广西支援，后来换成了谁？", "黑水县", "广西壮族自治区", True),
            ("茂县 天津之后 由谁接手", "茂县", "天津市", True),
            ("凉山州的帮扶城市里，佛山接替了谁？", "凉山彝族自治州", "佛山市", False),
            ("毕节 广州 接替的是哪个城市", "毕节市", "广州市", False)]):
        q = f"""SELECT ?b (MIN(?s2) AS ?m) WHERE {{ ?p1 dk:supporter <{iri_of(named)}> ; dk:recipient ?r1 ; dk:startYear ?s1 .
          ?r1 dk:partOf? <{iri_of(place)}> . ?p2 dk:supporter ?b ; dk:recipient ?r2 ; dk:startYear ?s2 . ?r2 dk:partOf? <{iri_of(place)}>
          FILTER(?b != <{iri_of(named)}> && ?s2 {'>=' if later else '<'} ?s1) {nc.format('b')} }} GROUP BY ?b"""
        if not later:  # the ones that ended by the named one's start, where any did
            ended = f"""FILTER NOT EXISTS {{ ?p2 dk:endYear ?e2 FILTER(?e2 > ?s1) }}
              FILTER(EXISTS {{ ?p2 dk:endYear ?e }} || NOT EXISTS {{ ?p3 dk:recipient ?r3 ; dk:supporter ?o3 ; dk:endYear ?e3 .
                ?r3 dk:partOf? <{iri_of(place)}> FILTER(?o3 != <{iri_of(named)}> && ?e3 <= ?s1) }}) }} GROUP BY ?b"""
            q = q.replace("MIN(?s2)", "MAX(?s2)").replace("} GROUP BY ?b", ended)
        add(f"pr15-takeover-{i}", "takeover", [text], tied(q, min if later else max), q)
    # the book's own facts (its title page), and a part of the front matter the graph does not hold
    bq = """PREFIX bibo: <http://purl.org/ontology/bibo/> SELECT ?c ?p ?i ?n WHERE { ?b a bibo:Book ; dcterms:creator ?c ;
      dcterms:publisher ?p ; dcterms:issued ?i ; bibo:isbn13 ?n }"""
    creator, publisher, issued, isbn = rows(bq)[0]
    for i, (text, value) in enumerate([("这本书是哪家出版社出版的？", publisher),
                                       ("该书的主编是哪位", re.sub(r"\s*主编$", "", creator)),
                                       ("《中国区域治理研究报告2017——对口支援政策》的书号是多少", str(isbn)),
                                       ("这本研究报告是哪年出版的？", int(str(issued)[:4]))]):
        add(f"pr15-book-{i}", "book_fact", [text], [value], bq)
    add("pr15-book-not-held", "unanswerable", ["这本书的后记是谁写的"], [], "", answerable=False, expected="no_fact")
    # the front matter the graph holds (copyright page, preface): the price as printed, who signed the preface
    q = """PREFIX schema: <http://schema.org/> SELECT ?p WHERE { ?b schema:price ?p }"""
    printed = [f"{float(rows(q)[0][0]):.2f}元"]  # 定价 asked by its own word: as printed, 定价 89.00 元
    add("pr16c-book-price", "book_fact", ["这本书的定价是多少"], printed, q)
    add("pr16c-book-price", "book_fact", ["那本对口支援政策的研究报告卖多少钱"], [int(float(rows(q)[0][0]))], q)  # the amount
    q = "SELECT ?v WHERE { ?b dk:prefaceBy ?v }"
    add("pr16c-book-preface", "book_fact", ["这本书的前言是谁写的", "书里前言的署名是谁"], col(q), q)
    # the names are in the lead clause (书中提到…，想问一下…): it stays; the last clause asks which, not how many
    q = f"""SELECT DISTINCT ?a WHERE {{ <{BASE}event/1982-zuotanhui> dk:convenedBy ?a }}"""
    add("pr15-lead-clause", "stage_event", ["书中提到1982年开过一次对口支援和经济技术协作座谈会，想问一下召开单位有哪些？"], col(q), q)
    q = f"""SELECT DISTINCT ?a WHERE {{ <{BASE}event/1982-zuotanhui> dk:convenedBy ?a }}"""
    add("pr15-which-after-count", "stage_event", ["1982年那次对口支援和经济技术协作座谈会有几个单位参与，其中召开单位是哪些？"], col(q), q)
    # a lead clause ending 想先问一下/我想弄清楚 is a preamble (its 干部 no refusal); 地市 is the prefecture level; a programme
    # topic right before the actor (援藏里江苏…) is not the aid verb
    for i, (text, giver, region, cls) in enumerate([
            ("我们是那曲的，浙江来的援藏干部不少，我想弄清楚，浙江具体对口那曲哪些县？", "浙江省", "那曲市", "CountyLevelDivision"),
            ("我们镇准备去考察，想先问一下上海对口支援喀什地区，具体是哪些县？", "上海市", "喀什地区", "CountyLevelDivision"),
            ("援藏里江苏对口的是西藏哪几个地市？", "江苏省", "西藏自治区", "PrefectureLevelDivision"),
            ("援疆里山东对口的是新疆哪几个地市？", "山东省", "新疆维吾尔自治区", "PrefectureLevelDivision")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r . ?r dk:partOf+ <{iri_of(region)}> ;
          a dk:{cls} }}"""
        add(f"pr15-lead-level-{i}", "supporter_to_recipients", [text], col(q), q)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/dongxibu> ; dk:supporter <{iri_of('山东省')}> ; dk:recipient ?r }}"""
    add("pr15-topic-before-actor", "supporter_to_recipients", ["东西部协作里山东帮扶的具体是哪些地方？"], col(q), q)
    # refusals: a place the graph does not hold opening a keyword question or after 我们 (no suffix 县/市 to tell it);
    # procedures (怎样才能申请, 办理流程); a day asked where the graph has only the year
    for i, text in enumerate(["景德镇 对口支援方 是哪个省", "我们昆山想和西部结对，想先了解一下昆山现在有没有承担对口支援任务？",
                              "曲靖 现在 援助的是哪里"]):
        add(f"pr15-unknown-{i}", "out_of_scope", [text], [], "", answerable=False, expected="no_entity")
    add("pr15-procedure", "unanswerable", ["怎样才能申请到对口支援？办理流程是什么"], [], "", answerable=False,
        expected="no_template")
    add("pr15-day-not-held", "unanswerable", ["对口支援和经济技术协作工作座谈会具体是几月几日开的"], [], "",
        answerable=False, expected="no_fact")
    # a role noun asks for that side in a keyword question with a year in force; 现在还 + the verb with spaces
    for i, (text, who, prog, year) in enumerate([("2015年 广东援藏 对口地区", "广东省", "yuanzang", 2015),
                                                 ("2012年 山东援疆 支援对象", "山东省", "yuanjiang", 2012)]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter <{iri_of(who)}> ;
          dk:recipient ?r ; dk:startYear ?s FILTER(?s <= {year}) FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < {year}) }}
          {nc.format('r')} }}"""
        add(f"pr15-role-year-{i}", "time_filtered", [text, text.replace(f"{year}年", f"{cn_year(year)}年")], col(q), q,
            variants={1: "numeral"})
    for i, (text, giver, taker) in enumerate([("深圳 现在还 帮扶 黔南州吗", "深圳市", "黔南布依族苗族自治州"),
                                             ("广州 现在 还在 帮扶 黔南州吗", "广州市", "黔南布依族苗族自治州")]):
        q = f"""ASK {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(taker)}> FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"""
        add(f"pr15-current-check-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q)
    # a total a source states, found by the meeting that set it up, by the place in its name (with a word of coverage),
    # or by its counted noun when no class is named
    for i, (text, where, unit) in enumerate([
            ("第三次西藏工作座谈会纳入对口支援的县有多少个", f"?fact dk:establishedBy <{BASE}event/1994-xizang-3>", "县"),
            ("2001年第四次西藏工作座谈会确定参与援藏的中央企业有几家", f"?fact dk:establishedBy <{BASE}event/2001-xizang-4>", "中央企业"),
            ("西藏全部纳入对口支援的县一共多少个", "", "西藏自治区"),
            ("援疆 援助省市 总共几个", f"?fact dk:programme <{BASE}programme/yuanjiang>", "省市")]):
        q = f"""SELECT (MAX(?n) AS ?m) WHERE {{ ?fact dk:supporter|dk:recipient ?c . {where + ' .' if where else ''} ?c dk:memberCount ?n ;
          rdfs:label ?l FILTER(CONTAINS(?l, "{unit}")) }}"""
        add(f"pr15-stated-by-{i}", "count", [text], col(q), q)
    # numbers a collective's own name states (新疆12个地（州）市、82个县（市）及兵团12个师), found by programme and place
    for i, (text, unit) in enumerate([("对口援疆覆盖新疆的县市一共多少个", "县"), ("援疆里 兵团 受援的师 有几个", "师"),
                                      ("新一轮援疆覆盖了新疆多少个地州市", "地")]):
        q = f"""SELECT ?l WHERE {{ ?p dk:programme <{BASE}programme/yuanjiang> ; dk:recipient ?c . ?c a dk:CollectiveActor ;
          rdfs:label ?l FILTER(lang(?l) = "zh" && CONTAINS(?l, "个{unit}")) }}"""
        label_ = col(q)[0]
        add(f"pr15-stated-in-name-{i}", "count", [text], [int(re.search(rf"(\d+)个{unit}", label_).group(1))], q)
    # which of two pairings, or of two programmes, began first; abbreviations listed as keyword tokens (京 沪 援藏)
    def first_year(where: str) -> int:
        return col(f"SELECT (MIN(?y) AS ?m) WHERE {{ {where} ?p dk:startYear ?y }}")[0]
    for i, (text, x, a, y, b) in enumerate([("上海对口日喀则和江苏对口拉萨，哪个开始得更早？", "上海市", "日喀则市", "江苏省", "拉萨市"),
                                            ("广州对口黔南州 深圳对口毕节 哪个早", "广州市", "黔南布依族苗族自治州", "深圳市", "毕节市"),
                                            ("浙江对口阿克苏地区和辽宁对口塔城，哪一个开始得早？", "浙江省", "阿克苏地区", "辽宁省", "塔城地区")]):
        years = {w: first_year(f"?p dk:supporter <{iri_of(w)}> ; dk:recipient ?r . ?r dk:partOf? <{iri_of(t)}> .")
                 for w, t in ((x, a), (y, b))}
        low = min(years.values())
        q = "first pairing year of each (supporter, place), the lower"
        add(f"pr15-earlier-pairing-{i}", "comparison", [text], [iri_of(w) for w, v in years.items() if v == low], q)
    for i, (text, x, y) in enumerate([("援青和东西部扶贫协作，哪个先开始？", "yuanqing", "dongxibu"),
                                     ("援疆和援藏哪個先開始", "yuanjiang", "yuanzang")]):
        years = {g: first_year(f"?p dk:programme <{BASE}programme/{g}> .") for g in (x, y)}
        low = min(years.values())
        add(f"pr15-earlier-programme-{i}", "comparison", [text], [f"{BASE}programme/{g}" for g, v in years.items() if v == low],
            "first pairing year of each programme, the lower")
    for i, (text, x, y, prog) in enumerate([("鲁 苏 援疆 谁对口的县多", "山东省", "江苏省", "yuanjiang"),
                                           ("津 沪 援藏 谁对口的县多", "天津市", "上海市", "yuanzang")]):
        n = {w: col(f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ;
          dk:supporter <{iri_of(w)}> ; dk:recipient ?r . ?r a dk:CountyLevelDivision }}""")[0] for w in (x, y)}
        top = max(n.values())
        add(f"pr15-abbr-tokens-{i}", "comparison", [text], [iri_of(w) for w, v in n.items() if v == top],
            "counties each supports in the programme, the higher", variant="abbreviation")
    # common partners within a programme, and within a region named as a third name that supports nothing
    for i, (text, x, y, prog, region) in enumerate([("京 苏 援藏 共同对口 哪个地方", "北京市", "江苏省", "yuanzang", None),
                                                   ("湖南和湖北在援藏里共同对口哪个市", "湖南省", "湖北省", "yuanzang", None),
                                                   ("上海和山东都对口支援的西藏地市是哪个", "上海市", "山东省", None, "西藏自治区"),
                                                   ("吉林和黑龙江都支援的西藏地区有哪些", "吉林省", "黑龙江省", None, "西藏自治区"),
                                                   ("湖南和湖北援藏是不是对口同一个城市？是的话是哪个？", "湖南省", "湖北省", "yuanzang", None),
                                                   ("上海和山东对口的是同一个地方吗，是哪里", "上海市", "山东省", None, None)]):
        inprog = f"?p1 dk:programme <{BASE}programme/{prog}> . ?p2 dk:programme <{BASE}programme/{prog}> ." if prog else ""
        within = f"?r dk:partOf+ <{iri_of(region)}> ." if region else ""
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p1 dk:supporter <{iri_of(x)}> ; dk:recipient ?r . ?p2 dk:supporter <{iri_of(y)}> ;
          dk:recipient ?r . {inprog} {within} }}"""
        add(f"pr15-common-{i}", "intersection", [text], col(q), q, variant="abbreviation" if i == 0 else "plain")
    # a one-character abbreviation as a token of its own amid keywords (2000年 苏 东西扶贫协作)
    for i, (text, who, year, v) in enumerate([("2000年 苏 东西扶贫协作 对口哪个省区", "江苏省", 2000, "abbreviation"),
                                              ("一九九九年 闽 东西部扶贫协作 帮扶哪里", "福建省", 1999, "numeral")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/dongxibu> ; dk:supporter <{iri_of(who)}> ;
          dk:recipient ?r ; dk:startYear ?s FILTER(?s <= {year}) FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < {year}) }}
          {nc.format('r')} }}"""
        add(f"pr15-abbr-token-year-{i}", "time_filtered", [text], col(q), q, variant=v)
    # a programme's roster counted as the sources count it (援藏17省市 名单): its province-level members
    for i, (text, prog) in enumerate([("援藏17省市 名单", "yuanzang"), ("对口支援青海藏区的6个省市分别是哪些", "yuanqing")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s .
          ?s a dk:ProvinceLevelDivision }}"""
        add(f"pr15-roster-{i}", "programme_members", [text], col(q), q)
    # a name split by a space in a keyword question (玉树 恢复重建)
    q = f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme <{BASE}programme/yushu> ; dk:supporter ?x . {nc.format('x')} }}"""
    add("pr15-split-name-0", "programme_members", ["玉树 恢复重建 有哪些支援方"], col(q), q)
    q = f"""SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?p dk:programme <{BASE}programme/wenchuan-chongjian> ; dk:recipient ?x .
      ?x a dk:CountyLevelDivision {nc.format('x')} }}"""
    add("pr15-split-name-1", "count", ["汶川 恢复重建 的受援县有几个"], col(q), q)
    # 除了X(以外)还有…: X is known, not a slot, and left out of the answer unless the whole list is asked (一共是哪些)
    for i, (text, place, known, whole) in enumerate([("除了上海，还有哪些省市对口支援日喀则？", "日喀则市", "上海市", False),
                                                     ("除了江苏以外，拉萨还有哪些支援方", "拉萨市", "江苏省", False),
                                                     ("对口支援阿里地区的除了河北还有别的省市吗？一共是哪些？", "阿里地区", "河北省", True)]):
        q = supporters_q(iri_of(place))
        gold = [g for g in col(q) if whole or g != iri_of(known)]
        add(f"pr15-except-{i}", "recipient_to_supporters", [text], gold, q)
    # 挂钩 is an aid verb; X(的)挂钩城市 names a partner either way, in force in a year given
    for i, (text, who, year) in enumerate([("2019 宿迁 挂钩城市", "宿迁市", 2019), ("2015年淮安的挂钩城市是哪个", "淮安市", 2015)]):
        q = f"""SELECT DISTINCT ?o WHERE {{ {{ ?p dk:supporter <{iri_of(who)}> ; dk:recipient ?o }} UNION
          {{ ?p dk:recipient <{iri_of(who)}> ; dk:supporter ?o }} ?p dk:startYear ?s FILTER(?s <= {year})
          FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < {year}) }} {nc.format('o')} }}"""
        add(f"pr15-linked-city-{i}", "time_filtered", [text, text.replace(f"{year}", f"{cn_year(year)}年", 1).replace("年年", "年")],
            col(q), q, variants={1: "numeral"})
    # 哪两个/哪三个 ask which; a one-character abbreviation opening a keyword question
    for i, (text, who) in enumerate([("鲁 东西部协作 帮扶哪三个省区市", "山东省"), ("京 东西部协作 帮扶的是哪两个地方", "北京市")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/dongxibu> ; dk:supporter <{iri_of(who)}> ;
          dk:recipient ?r {nc.format('r')} }}"""
        add(f"pr15-which-two-{i}", "supporter_to_recipients", [text], col(q), q, variant="abbreviation")
    # the latest meeting of a series (same name, ordinal aside)
    for i, (text, base) in enumerate([("最近一次对口支援西藏工作会议是哪次", "对口支援西藏工作会议"),
                                      ("全国对口支援新疆工作会议最近的一次是哪次", "全国对口支援新疆工作会议")]):
        q = f"""SELECT ?e ?y WHERE {{ ?e a dk:Meeting ; dk:year ?y ; rdfs:label ?l FILTER(lang(?l) = "zh" && CONTAINS(?l, "{base}")) }}"""
        add(f"pr15-latest-{i}", "stage_event", [text], tied(q), q)
    # an autonomous prefecture by its first character + 州 (巴州, 博州); a lead clause holding the names when the question
    # after the connective names only a kind (…，请问是哪个县)
    for i, (text, place) in enumerate([("巴州 援疆 的支援方", "巴音郭楞蒙古自治州"), ("博州 的支援方有哪些", "博尔塔拉蒙古自治州")]):
        q = supporters_q(iri_of(place))
        add(f"pr15-zhou-short-{i}", "recipient_to_supporters", [text], col(q), q, variant="abbreviation")
    q = within_q(iri_of("上海市"), iri_of("喀什地区")).replace("SELECT DISTINCT ?r WHERE {", "SELECT DISTINCT ?r WHERE { ?r a dk:CountyLevelDivision .")
    add("pr15-lead-names", "supporter_to_recipients", ["听说上海援疆是对口喀什地区的县，我们想去看看，请问是哪些县？"], col(q), q)
    # 前后 after a year: around it, read as in force then (not "before")
    for i, (text, who, prog, year) in enumerate([("2000年前后江苏援疆对口哪里", "江苏省", "yuanjiang", 2000),
                                                 ("1998年前后 上海 援藏 对口哪些地方", "上海市", "yuanzang", 1998)]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter <{iri_of(who)}> ;
          dk:recipient ?r ; dk:startYear ?s FILTER(?s <= {year}) FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < {year}) }}
          {nc.format('r')} }}"""
        add(f"pr15-around-year-{i}", "time_filtered", [text], col(q), q)
    # the asker introducing themselves (我们是…的，) is not the question when the rest names what it asks about; 想问问
    for i, (text, who) in enumerate([("我们是长春一个区的，听说长春和南边一个城市有对口合作关系，想问问是和哪个城市开展的合作？", "长春市"),
                                     ("我是长春市里的干部，想问问长春和哪个城市结对开展对口合作？", "长春市")]):
        q = f"""SELECT DISTINCT ?o WHERE {{ ?p dk:programme <{BASE}programme/dongbei-hezuo> .
          {{ ?p dk:supporter <{iri_of(who)}> ; dk:recipient ?o }} UNION {{ ?p dk:recipient <{iri_of(who)}> ; dk:supporter ?o }} }}"""
        add(f"pr15-self-intro-{i}", "recipient_to_supporters", [text], col(q), q)
    # the place a meeting was held, named right before it, only says which meeting (2010年西宁 …协调小组会议)
    for i, (text, event) in enumerate([("2010年西宁 国务院玉树地震灾后恢复重建协调小组会议 安排了哪些支援方", "2010-yushu-xietiao"),
                                       ("2021年银川 全国东西部协作和中央单位定点帮扶工作推进会 确定了哪些支援方", "2021-yinchuan")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:establishedBy <{BASE}event/{event}> ; dk:supporter ?s {nc.format('s')} }}"""
        add(f"pr15-held-in-{i}", "set_up_by_event", [text], col(q), q)
    # a disaster's phase named with its place (玉树恢复重建, 汶川过渡安置)
    for i, (text, prog) in enumerate([("玉树恢复重建有哪些支援方", "yushu"), ("汶川过渡安置 有哪些支援省份", "wenchuan-guodu")]):
        kind = "?x a dk:ProvinceLevelDivision ." if "省份" in text else ""
        q = f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?x . {kind} {nc.format('x')} }}"""
        add(f"pr15-disaster-phase-{i}", "programme_members", [text], col(q), q)


def gen_probe_16():
    """Issue #15, study of outside-b (mechanisms and the book): kinds of failure fixed generally, our own wording and
    names, gold from the SPARQL here (groups pr16m-*)."""
    prov = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
    nc = "FILTER NOT EXISTS {{ ?{} a dk:CollectiveActor }}"
    # the programme is the gazetteer's (its name, traditional script too), a round's programme, or the programme of a
    # pairing two short names written together form (facts that name the pair only; a programme-wide figure is not it)
    add("pr16m-linked-0", "mechanism", ["对口支援青海藏区的干部一共派了多少人？"], typed_col(longest_report("CadreCount", "yuanqing")),
        longest_report("CadreCount", "yuanqing"), variant="traditional")
    q = f"""SELECT (CONCAT(STR(?a), "—", STR(?b), "‰") AS ?v) WHERE {{ ?f a dk:FundingRule ;
      dk:aboutProgramme <{BASE}programme/yuanjiang> ; dk:minValue ?a ; dk:maxValue ?b }}"""
    add("pr16m-linked-1", "mechanism", ["新一轮对口援疆的资金安排比例是多少"], col(q), q)
    q = """SELECT ?v WHERE { ?f a dk:ManagementRule ; rdfs:label ?l ; dk:principle ?v FILTER(CONTAINS(?l, "闽宁")) }"""
    add("pr16m-pair-0", "mechanism", ["闽宁对口扶贫协作建立的联席会议机制是怎样的"], col(q), q)
    add("pr16m-pair-1", "unanswerable", ["京蒙协作投入了多少资金"], [], "", answerable=False, expected="no_template")
    # the figure asked is the one its measure word names (多少项工程, 项目…多少个), whatever other figure word is near; a
    # meeting named narrows to its own facts (or those its source row states), as a year does
    q = f"""SELECT ?v WHERE {{ ?l dk:event <{BASE}event/1984-xizang-2> ; {prov} ?row . ?f a dk:ProjectReport ; {prov} ?row ;
      dk:value ?v }}"""
    add("pr16m-figure-0", "mechanism", ["第二次西藏工作座谈会决定援建多少项工程"], col(q), q)
    q = f"""SELECT ?v WHERE {{ ?f a dk:ProjectReport ; dk:aboutProgramme <{BASE}programme/yuanzang> ; dk:startYear 1984 ;
      dk:endYear 1984 ; dk:value ?v }}"""
    add("pr16m-figure-1", "mechanism", ["1984年援建西藏的工程有几项", "一九八四年援建西藏的工程有几项"], col(q), q,
        variants={1: "numeral"})
    q = longest_report("ProjectReport", "yuanzang")
    add("pr16m-figure-2", "mechanism", ["援藏资金支持的项目一共有多少个"], typed_col(q), q)
    # a count of a kind of actor (计划单列市: not 几个计划) in force in a year; a count a named document states
    q = f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme <{BASE}programme/dongxibu> ; dk:supporter ?s ;
      dk:startYear ?y FILTER(?y <= 2000) FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < 2000) }}
      ?s a dk:SeparatelyPlannedCity }}"""
    add("pr16m-kind-count-0", "count", ["2000年东西部扶贫协作中有几个计划单列市在帮扶",
                                        "二〇〇〇年东西部扶贫协作中有几个计划单列市在帮扶"], col(q), q, variants={1: "numeral"})
    for i, (text, doc) in enumerate([("国办发〔1992〕14号通知对三峡库区多少个县开展对口支援", "document/1992-14"),
                                     ("国办发〔2008〕53号方案安排对口支援四川多少个县", "document/2008-53")]):
        q = f"""SELECT ?s WHERE {{ ?f dk:event <{BASE}{doc}> ; dk:statement ?s FILTER(REGEX(?s, "[0-9]+个县")) }}"""
        add(f"pr16m-stated-{i}", "count", [text], [int(re.search(r"(\d+)个县", col(q)[0]).group(1))], q)
    # a share as people write it, with its sign (the number alone as the second reading)
    q = f"""SELECT (CONCAT(STR(?v), ?sign) AS ?s) WHERE {{ ?f a dk:FundingRule ; dk:aboutProgramme <{BASE}programme/yuanzang> ;
      dk:value ?v ; dk:unit ?u . ?u <http://qudt.org/schema/qudt/symbol> ?sign }}"""
    gold = col(q)
    add("pr16m-share-0", "mechanism", ["援藏每年的投入不少于支援省市上年地方一般预算收入的多少"], gold, q,
        alt_gold=[typed_number(g) for g in gold])
    # the book: its title written loosely; the stage a year starts or falls in; who led after a change; a lead clause
    # whose programme name holds an aid verb (the question's own verb gives the direction)
    bq = """PREFIX bibo: <http://purl.org/ontology/bibo/> SELECT ?c ?p WHERE { ?b a bibo:Book ; dcterms:creator ?c ;
      dcterms:publisher ?p }"""
    creator, publisher = rows(bq)[0]
    add("pr16m-title-0", "book_fact", ["《中国区域治理研究报告2017 对口支援政策》是哪家出版社出的"], [publisher], bq)
    add("pr16m-title-1", "book_fact", ["中国区域治理研究报告2017-对口支援政策的主编是谁"], [re.sub(r"\s*主编$", "", creator)], bq)
    q = f"SELECT ?s WHERE {{ ?s a dk:DevelopmentStage ; dk:startYear 1986 }}"
    add("pr16m-stage-0", "book_fact", ["按书里的分期，1986年开始的是哪个阶段？"], col(q), q)
    q = f"SELECT ?s ?y WHERE {{ ?s a dk:DevelopmentStage ; dk:startYear ?y FILTER(?y <= 1990) }}"
    add("pr16m-stage-1", "book_fact", ["书中分期里1990年处在哪个阶段"], tied(q), q)
    for i, (text, year) in enumerate([("1983年起对口支援改由哪个部门牵头", 1983), ("1992年之后这项工作转由哪个机关统一协调", 1992)]):
        q = f"SELECT ?b ?y WHERE {{ ?e dk:leadBy ?b ; dk:year ?y FILTER(?y >= {year}) }}"
        add(f"pr16m-lead-after-{i}", "book_fact", [text], tied(q, min), q)
    for i, (text, who, prog, cls) in enumerate([("讲到援藏的时候，湖南支援哪几个地方", "湖南省", "yuanzang", None),
                                                ("说起三峡移民对口支援，上海支援的是哪些区县", "上海市", "sanxia", "CountyLevelDivision")]):
        kind = f"?r a dk:{cls} ." if cls else ""
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter <{iri_of(who)}> ;
          dk:recipient ?r . {kind} {nc.format('r')} }}"""
        add(f"pr16m-lead-clause-{i}", "supporter_to_recipients", [text], col(q), q)


def gen_probe_16c():
    """Issue #15, study of outside-b's odd half: kinds fixed generally (the programme a meeting launched; still-running
    pairings asked with 如今/眼下 + 接受/得到; who joined a programme last; newcomers after a meeting; an actor right before
    a programme named after it only says which programme); our own wording and names, gold from the SPARQL here
    (groups pr16c-*)."""
    nc = "FILTER NOT EXISTS {{ ?{} a dk:CollectiveActor }}"
    for i, (text, event) in enumerate([("1979年全国边防工作会议启动了哪个对口支援计划？", "全国边防工作会议"),
                                       ("国务院玉树地震灾后恢复重建协调小组会议开启了哪项援建？", "国务院玉树地震灾后恢复重建协调小组会议"),
                                       ("沪苏浙城市结对合作帮扶皖北城市实施方案启动的是什么帮扶工作", "沪苏浙城市结对合作帮扶皖北城市实施方案")]):
        q = f"""SELECT DISTINCT ?p WHERE {{ ?p dk:launchedBy <{iri_of(event)}> }}"""
        add(f"pr16c-launched-{i}", "event_pairings", [text], col(q), q)
    for i, (text, giver, taker) in enumerate([("黔南州眼下还在得到深圳的帮扶吗？", "深圳市", "黔南布依族苗族自治州"),
                                              ("毕节现今仍在接受深圳帮扶吗", "深圳市", "毕节市"),
                                              ("如今拉萨还在接受北京的对口支援吗", "北京市", "拉萨市")]):
        q = f"""ASK {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(taker)}> FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"""
        add(f"pr16c-current-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q)
    for i, (text, prog, place, cls) in enumerate([("援疆的省份里哪个最后加入？", "yuanjiang", None, "ProvinceLevelDivision"),
                                                  ("拉萨的援藏支援方里谁最晚参与？", "yuanzang", "拉萨市", None),
                                                  ("东西部扶贫协作中最晚加入的是哪个城市", "dongxibu", None, "PrefectureLevelDivision")]):
        w = f"?p dk:recipient ?r . ?r dk:partOf? <{iri_of(place)}> ." if place else ""
        kind = f"?s a dk:{cls} ." if cls else ""
        q = f"""SELECT ?s (MIN(?y) AS ?first) WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s ;
          dk:startYear ?y . {w} {kind} {nc.format('s')} }} GROUP BY ?s"""
        firsts = rows(q)
        last = max(r[1] for r in firsts)
        add(f"pr16c-latest-{i}", "superlative", [text], [r[0] for r in firsts if r[1] == last], q)
    for i, (text, event, prog, cls) in enumerate([
            ("全国对口支援新疆工作会议之后才开始援疆的有哪些省市", "全国对口支援新疆工作会议", "yuanjiang", None),
            ("1996年中央援疆决策以后才加入援疆的省份", "1996年中央援疆决策", "yuanjiang", "ProvinceLevelDivision")]):
        kind = f"?s a dk:{cls} ." if cls else ""
        q = f"""SELECT DISTINCT ?s WHERE {{ <{iri_of(event)}> dk:year ?after .
          ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s ; dk:startYear ?y FILTER(?y >= ?after) {kind}
          FILTER NOT EXISTS {{ ?p0 dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s ; dk:startYear ?y0 FILTER(?y0 < ?after) }}
          {nc.format('s')} }}"""
        add(f"pr16c-newcomers-{i}", "time_filter", [text], col(q), q)
    for i, (text, a, b) in enumerate([("广东珠三角对口帮扶跟江苏南北挂钩合作相比哪个早", "广东省珠三角地区对口帮扶粤东西北地区",
                                       "江苏省南北挂钩合作")]):
        q = f"""SELECT ?p WHERE {{ VALUES ?p {{ <{iri_of(a)}> <{iri_of(b)}> }} ?p dk:startYear ?y }} ORDER BY ?y LIMIT 1"""
        add(f"pr16c-qualified-programme-{i}", "compare", [text], col(q), q)
    # 省市 as the programmes' rosters (province rank): provinces and 计划单列市 in their own right, not members of a
    # province's team; a numbered roster is that too; a roster before 里 only says where the kind asked is sought
    rank = "{{ ?s a dk:ProvinceLevelDivision }} UNION {{ ?s a dk:SeparatelyPlannedCity }} FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }}"
    for i, (text, prog) in enumerate([("对口援疆的19个省市分别是哪些", "yuanjiang"), ("援藏有哪几个省市参加", "yuanzang"),
                                      ("东西部扶贫协作的支援省市名单", "dongxibu")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s . {rank.format()}
          {nc.format('s')} }}"""
        add(f"pr16c-rank-roster-{i}", "programme_members", [text], col(q), q)
    for i, (text, place) in enumerate([("哪些省市对口支援林芝", "林芝市"), ("阿里地区由哪些省市对口支援", "阿里地区")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?s . {rank.format()} {nc.format('s')} }}"""
        add(f"pr16c-rank-place-{i}", "recipient_to_supporters", [text], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/yuanzang> ; dk:supporter ?s ; dk:recipient ?r .
      ?r dk:partOf* <{iri_of("那曲市")}> . ?s a dk:ProvinceLevelDivision {nc.format('s')} }}"""
    add("pr16c-rank-scope", "recipient_to_supporters", ["十七个援藏省市当中，哪个省对口支援那曲？"], col(q), q)

    # the same number on both sides, asked yes or no (一样多吗)
    for i, (text, a, b, place, cls) in enumerate([("黑龙江和吉林在日喀则各自负责的县一样多吗？", "黑龙江省", "吉林省", "日喀则市", "CountyLevelDivision"),
                                                  ("北京和上海对口支援的地方一样多吗", "北京市", "上海市", None, None),
                                                  ("天津和浙江在和田地区结对的县数量相同吗", "天津市", "浙江省", "和田地区", "CountyLevelDivision")]):
        w = f"?r dk:partOf* <{iri_of(place)}> ." if place else ""
        kind = f"?r a dk:{cls} ." if cls else ""
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?s {{ <{iri_of(a)}> <{iri_of(b)}> }}
          ?p dk:supporter ?s ; dk:recipient ?r . {w} {kind} }} GROUP BY ?s"""
        n = dict(rows(q))
        add(f"pr16c-equal-{i}", "compare", [text], [n.get(iri_of(a), 0) == n.get(iri_of(b), 0)], q)

    # a share asked as a number of its unit (千分之几): the number; a remark after the question mark; an abbreviation
    # right after a year; 个数 asks a count; 省一级, 企业 as kinds; a 计划单列市 in its own right; a name read by the
    # programme it takes part in; 包括…企业 widens, not filters
    q = f"""SELECT ?v WHERE {{ ?f a dk:FundingRule ; dk:aboutProgramme <{BASE}programme/yuanzang> ; dk:value ?v ; dk:unit ?u .
      ?u <http://qudt.org/schema/qudt/symbol> "‰" }}"""
    add("pr16c-unit-asked", "mechanism", ["援藏资金按支援省市财政收入的千分之几安排？"], col(q), q)
    q = f"""SELECT (MIN(?y) AS ?m) WHERE {{ ?p dk:programme <{BASE}programme/yuanzang> ; dk:supporter <{iri_of("湖南省")}> ;
      dk:startYear ?y FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}"""
    add("pr16c-remark", "since_when", ["湖南是哪一年开始援藏的？我记得是九十年代"], col(q), q)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/yuanzang> ; dk:supporter <{iri_of("福建省")}> ;
      dk:recipient ?r ; dk:startYear ?y FILTER(?y <= 2021) OPTIONAL {{ ?p dk:endYear ?e }} FILTER(!BOUND(?e) || ?e >= 2021) }}"""
    add("pr16c-year-abbr", "time_filter", ["2021年闽援藏对口哪些地方", "二〇二一年闽援藏对口哪些地方"], col(q), q,
        variant="abbreviation", variants={1: "numeral"})
    q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme <{BASE}programme/yuanjiang> ; dk:supporter <{iri_of("上海市")}> ;
      dk:recipient ?r . ?r a dk:CountyLevelDivision }}"""
    add("pr16c-count-word", "count", ["沪 援疆 对口县 个数"], col(q), q, variant="abbreviation")
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/yuanqing> ; dk:supporter ?s . ?s a dk:ProvinceLevelDivision }}"""
    add("pr16c-level-word", "programme_members", ["援青里省一级的支援方有哪些"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/yuanzang> ; dk:supporter ?s . ?s a dk:CentralEnterprise }}"""
    add("pr16c-firm-word", "programme_members", ["援藏的支援方里企业有哪些"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/yuanjiang> ; dk:supporter ?s . ?s a dk:SeparatelyPlannedCity
      FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }} }}"""
    add("pr16c-own-right", "programme_members", ["援疆的支援方里有哪些计划单列市"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/yuanjiang> ; dk:supporter ?s ; dk:recipient ?r .
      ?r dk:partOf* <{iri_of("阿勒泰地区")}> . ?s a dk:ProvinceLevelDivision FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"""
    add("pr16c-by-programme", "recipient_to_supporters", ["援疆对口阿勒泰的有哪些省份"], col(q), q)

    # the book's periodisation as a whole and by ordinal; the book by its series title; where the term first appeared;
    # who was made to lead in a year (让…牵头)
    q = "SELECT (COUNT(?s) AS ?n) WHERE { ?s a dk:DevelopmentStage }"
    add("pr16c-stage-count", "book_fact", ["书里把对口支援的历程分成几个阶段", "按书中的划分，对口支援一共有多少个发展阶段"], col(q), q)
    q = "SELECT ?s WHERE { ?s dk:stageNumber 3 }"
    add("pr16c-stage-ordinal", "book_fact", ["书中说的第三个阶段叫什么"], col(q), q)
    q = "SELECT ?v WHERE { ?b a <http://purl.org/ontology/bibo/Book> ; <http://purl.org/dc/terms/publisher> ?v }"
    add("pr16c-book-series", "book_fact", ["《中国区域治理研究报告2017》是哪家出版社出的"], col(q), q)
    q = "SELECT ?e WHERE { ?e dk:stage ?st ; dk:year ?y } ORDER BY ?y LIMIT 1"
    add("pr16c-term-where", "stage_event", ["“对口支援”这个提法最早出现在哪里"], col(q), q)
    q = "SELECT ?b WHERE { ?e dk:leadBy ?b ; dk:year 1983 }"
    add("pr16c-lead-let", "book_fact", ["1983年国务院确定由哪个部门牵头对口支援工作"], col(q), q)
    # a takeover whose programme is the new pairing's; which began earlier with 早 at the end; one actor's two
    # programmes compared; two actors' common partner said with 合起来
    q = f"""SELECT ?s WHERE {{ ?p dk:programme <{BASE}programme/wenchuan-chongjian> ; dk:recipient <{iri_of("理县")}> ;
      dk:supporter ?s }}"""
    add("pr16c-takeover-phase", "takeover", ["理县过渡安置时是福建支援，到重建阶段换成了哪个省"], col(q), q)
    q = f"""SELECT ?s WHERE {{ VALUES ?s {{ <{iri_of("江苏省")}> <{iri_of("安徽省")}> }} ?p dk:programme <{BASE}programme/yuanzang> ;
      dk:supporter ?s ; dk:startYear ?y }} GROUP BY ?s ORDER BY MIN(?y) LIMIT 1"""
    add("pr16c-earlier-end", "compare", ["江苏和安徽，哪个省援藏早？"], col(q), q)
    q = f"""SELECT ?g WHERE {{ VALUES ?g {{ <{BASE}programme/yuanzang> <{BASE}programme/yuanjiang> }} ?p dk:programme ?g ;
      dk:supporter <{iri_of("山东省")}> ; dk:startYear ?y }} GROUP BY ?g ORDER BY MIN(?y) LIMIT 1"""
    add("pr16c-earlier-own", "compare", ["山东援藏和援疆，哪一个开始得更早？"], col(q), q)
    q = f"""SELECT DISTINCT ?r WHERE {{ <{iri_of("北京市")}> dk:supports ?r . <{iri_of("江苏省")}> dk:supports ?r }}"""
    add("pr16c-together", "intersection", ["北京、江苏两地合起来对口的是哪个地方？"], col(q), q)

    # still running after a year, asked yes or no (2021年以后还…吗); a takeover in a year (在2022年由X换成了谁)
    for i, (text, a, b, year) in enumerate([("北京2015年以后还在支援拉萨吗", "北京市", "拉萨市", 2015),
                                            ("深圳2014年之后还在帮扶黔南吗？", "深圳市", "黔南布依族苗族自治州", 2014)]):
        q = f"""ASK {{ ?p dk:supporter <{iri_of(a)}> ; dk:recipient <{iri_of(b)}> FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e <= {year}) }} }}"""
        numeral = text.replace(str(year), "".join("〇一二三四五六七八九"[int(c)] for c in str(year)))
        add(f"pr16c-still-after-{i}", "yes_no", [text, numeral], [bool(store.query(PREFIX + q))], q, variants={1: "numeral"})
    q = f"""SELECT ?s WHERE {{ ?p dk:recipient <{iri_of("黔南布依族苗族自治州")}> ; dk:supporter ?s ; dk:startYear 2013 }}"""
    add("pr16c-takeover-year", "takeover", ["黔南的帮扶城市在2013年由深圳换成了谁"], col(q), q)

    # a level named as where the kind asked is sought (在地州这一级…哪两个自治州); two kinds asked side by side
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/yuanjiang> ; dk:supporter <{iri_of("福建省")}> ;
      dk:recipient ?r . ?r a dk:AutonomousPrefecture }}"""
    add("pr16c-level-scope", "actor_type", ["闽援疆在地州这一级对口的是哪个自治州"], col(q), q, variant="abbreviation")
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/yuanzang> ; dk:supporter ?s .
      {{ ?s a dk:ProvinceLevelDivision }} UNION {{ ?s a dk:CentralEnterprise }} }}"""
    add("pr16c-two-kinds", "programme_members", ["援藏的支援方里有哪些省份和哪些央企"], col(q), q)

    # the named actor's parts of a kind as the givers (…派出的是哪几个区, 闽 援藏 哪几个地级市 具体承担)
    for i, (text, whose, prog, kind) in enumerate([("闽 援藏 哪几个地级市 具体承担", "福建省", "yuanzang", "PrefectureLevelDivision"),
                                                   ("三峡移民对口支援里北京派出的是哪几个区？", "北京市", "sanxia", "CountyLevelDivision")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s . ?s dk:partOf+ <{iri_of(whose)}> ;
          a dk:{kind} }}"""
        add(f"pr16c-giving-parts-{i}", "actor_type", [text], col(q), q, variant="abbreviation" if i == 0 else "plain")

    # the places of a kind within a region ranked by their supporters of a kind (新疆各地州中，支援省份最多的是哪个)
    q = f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:recipient ?part ; dk:supporter ?s . ?part dk:partOf* ?r .
      ?r a dk:PrefectureLevelDivision ; dk:partOf+ <{iri_of("新疆维吾尔自治区")}> . ?s a dk:ProvinceLevelDivision }} GROUP BY ?r"""
    add("pr16c-ranked-within", "superlative", ["新疆各地州中，支援省份最多的是哪个"], tied(q), q)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of("山东省")}> ; dk:programme <{BASE}programme/yuanzang> ; dk:recipient ?r .
      ?r a dk:CountyLevelDivision }}"""
    add("pr16c-which-n", "supporter_recipients", ["鲁援藏对口的是哪五个县"], col(q), q, variant="abbreviation")

    # a bare year with a supporter's places within a region: in force that year (the convention), not begun in it
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of("广东省")}> ; dk:programme <{BASE}programme/yuanjiang> ; dk:recipient ?r ;
      dk:startYear ?s FILTER(?s <= 2008) OPTIONAL {{ ?p dk:endYear ?e }} FILTER(!BOUND(?e) || ?e >= 2008)
      ?r dk:partOf? <{iri_of("新疆维吾尔自治区")}> }}"""
    add("pr16c-in-force-within", "time_filter", ["2008年粤援疆对口的是新疆哪个地区"], col(q), q, variant="abbreviation")

    # the book's contents: how many chapters, a chapter's title, its sections, the chapter or section about a subject
    bibo = "<http://purl.org/ontology/bibo/"
    q = f"SELECT (COUNT(?c) AS ?n) WHERE {{ ?c a {bibo}Chapter> }}"
    add("pr16c-toc-count", "book_fact", ["这本书总共分几章", "書裡一共有多少章"], col(q), q)
    q = f"SELECT ?t WHERE {{ ?c a {bibo}Chapter> ; dk:headingNumber 5 ; dcterms:title ?t }}"
    add("pr16c-toc-title", "book_fact", ["第五章的题目叫什么", "书的第5章写的是什么"], col(q), q)
    q = f"""SELECT ?t WHERE {{ ?c a {bibo}Chapter> ; dk:headingNumber 8 . ?s dcterms:isPartOf ?c ; dcterms:title ?t }}"""
    add("pr16c-toc-sections", "book_fact", ["书中第八章包括哪几节"], col(q), q)
    q = f"""SELECT ?c WHERE {{ ?c a {bibo}Chapter> ; dcterms:title ?t FILTER(CONTAINS(?t, "对口援藏")) }}"""
    add("pr16c-toc-which", "book_fact", ["书中哪一章专门讲对口援藏"], col(q), q)
    q = """SELECT ?s WHERE { ?s a dk:BookSection ; dcterms:title ?t FILTER(CONTAINS(?t, "科技对口支援主体")) }"""
    add("pr16c-toc-section-which", "book_fact", ["科技对口支援主体在书的哪一节"], col(q), q)

    # 截至/截止到 a year: the pairings in force then (not ended ones)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of("上海市")}> ; dk:recipient ?r ; dk:startYear ?s FILTER(?s <= 2012)
      OPTIONAL {{ ?p dk:endYear ?e }} FILTER(!BOUND(?e) || ?e >= 2012) }}"""
    add("pr16c-as-of", "time_filter", ["截止到2012年，上海还在援助哪些地方", "截至二〇一二年，上海还在援助哪些地方"], col(q), q,
        variants={1: "numeral"})

    # the programme's own word after its name (援藏项目, 援青工作) asks nothing of projects; 受援者 is the receiving side
    q = f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme <{BASE}programme/yuanzang> ; dk:supporter ?s .
      ?s a dk:ProvinceLevelDivision }}"""
    add("pr16c-programme-noun", "count", ["有多少个省参与了援藏项目？"], col(q), q)
    q = recipients_q(iri_of("天津市"))
    add("pr16c-receiver-noun", "supporter_recipients", ["请问天津的受援者是哪些地方"], col(q), q)

    # a programme's round (新一轮对口援疆, 前期对口援疆): its pairings by dk:round
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:round <{BASE}programme/yuanjiang/round-2010> ; dk:supporter <{iri_of("江苏省")}> ;
      dk:recipient ?r }}"""
    add("pr16c-round", "supporter_recipients", ["新一轮对口援疆中，江苏省承担哪些地方的支援任务？"], col(q), q)
    q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:round <{BASE}programme/yuanjiang/round-2010> ;
      dk:supporter <{iri_of("上海市")}> ; dk:recipient ?r . ?r a dk:CountyLevelDivision }}"""
    add("pr16c-round-count", "count", ["新一轮对口援疆中，上海对口支援了几个县？"], col(q), q)
    # the agent named with a question word and a level after it (…是由X哪一个区…的): X's parts of that level
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of("亳州市")}> ; dk:supporter ?s . ?s dk:partOf+ <{iri_of("上海市")}> }}"""
    add("pr16c-agent-parts", "actor_type", ["亳州市是由上海哪一个区结对帮扶的？"], col(q), q)
    # a relation between two names asked yes or no, either way round (之间)
    q = f"""ASK {{ {{ ?p dk:supporter <{iri_of("大连市")}> ; dk:recipient <{iri_of("上海市")}> }} UNION
      {{ ?p dk:supporter <{iri_of("上海市")}> ; dk:recipient <{iri_of("大连市")}> }} }}"""
    add("pr16c-between", "yes_no", ["大连和上海之间有对口合作关系吗？"], [bool(store.query(PREFIX + q))], q)
    # the book: a chapter's first page; the book named as 该年度报告 / 那一本; the parts sent (派了哪些区)
    q = f"SELECT ?v WHERE {{ ?c a <http://purl.org/ontology/bibo/Chapter> ; dk:headingNumber 7 ; <http://purl.org/ontology/bibo/pageStart> ?v }}"
    add("pr16c-toc-page", "book_fact", ["书的第七章从第几页开始？"], [int(col(q)[0])], q)
    q = "SELECT ?v WHERE { ?b a <http://purl.org/ontology/bibo/Book> ; <http://purl.org/dc/terms/issued> ?v }"
    add("pr16c-book-report", "book_fact", ["那本讲对口支援政策的年度报告是哪一年出版的"], [int(str(col(q)[0])[:4])], q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/yuanqing> ; dk:supporter ?s . ?s dk:partOf+ <{iri_of("上海市")}> }}"""
    add("pr16c-sent-parts", "actor_type", ["援青队伍里，上海是派了哪些区去结对的？"], col(q), q)

    # which of two began later (哪一个更晚开始): the comparison of earlier, the other way
    q = f"""SELECT ?s WHERE {{ VALUES ?s {{ <{iri_of("江苏省")}> <{iri_of("安徽省")}> }} ?p dk:programme <{BASE}programme/yuanzang> ;
      dk:supporter ?s ; dk:startYear ?y }} GROUP BY ?s ORDER BY DESC(MIN(?y)) LIMIT 1"""
    add("pr16c-later", "compare", ["江苏和安徽，哪个省援藏更晚？"], col(q), q)
    q = f"""SELECT ?g WHERE {{ VALUES ?g {{ <{BASE}programme/sanxia> <{BASE}programme/yushu> }} ?p dk:programme ?g ; dk:startYear ?y }}
      GROUP BY ?g ORDER BY DESC(MIN(?y)) LIMIT 1"""
    add("pr16c-later-programme", "compare", ["三峡移民对口支援和玉树灾后重建，哪个后开始"], col(q), q)

    # a meeting named by its year and a few of its own words (1984年的协作会议): the one meeting of that year they fit
    for i, (text, event, who, side) in enumerate([("1984年的协作会议给辽宁安排了什么支援任务？", "全国经济技术协作和对口支援会议", "辽宁省", "recipient"),
                                                  ("2010年那次援疆会议确定了哪些支援方", "全国对口支援新疆工作会议", None, "supporter")]):
        bound = f"?p dk:supporter <{iri_of(who)}> ." if who else ""
        q = f"""SELECT DISTINCT ?x WHERE {{ ?p dk:establishedBy <{iri_of(event)}> ; dk:{side} ?x . {bound} {nc.format('x')} }}"""
        numeral = text.replace("1984", "一九八四").replace("2010", "二〇一〇")
        add(f"pr16c-dated-meeting-{i}", "set_up_by_event", [text, numeral], col(q), q, variants={1: "numeral"})


def gen_probe_16b():
    """Issue #15, study of outside-b (entity linking and parts): an ambiguous short name read by the parts asked after
    it or by the other actor it is paired with; a place and its parts joined by 及/和/以及 + 下属/所辖; an actor's parts
    as the asked (or the other) side (江苏哪个城市…, …有上海的区对口帮扶); a region the asked side lies in (哪些贵州城市,
    受帮扶的云南城市有哪些, 在江苏省内，…; 在省内: the actor's own province). Our own wording and names, gold from the SPARQL here (groups pr16l-*)."""
    nc = "FILTER NOT EXISTS {{ ?{} a dk:CollectiveActor }}"
    county, prefecture = "dk:CountyLevelDivision", "dk:PrefectureLevelDivision"
    # an ambiguous name: the meaning with parts of the kind asked after it, or the one paired with the other actor
    # (itself first: 北京 supports 玉树州, its district 密云区 supports 玉树市)
    for i, (text, who, place, prog, variant) in enumerate([
            ("鲁援疆对口喀什的哪几个县？", "山东省", "喀什地区", "yuanjiang", "abbreviation"),
            ("黑龙江援疆帮扶的是阿勒泰下面哪三个县？", "黑龙江省", "阿勒泰地区", "yuanjiang", "plain"),
            ("深圳援疆结对喀什的哪个县？", "深圳市", "喀什地区", "yuanjiang", "traditional"),
            ("喀什的哪些县是山东在援疆？", "山东省", "喀什地区", "yuanjiang", "plain")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(who)}> ; dk:recipient ?r ;
          dk:programme <{BASE}programme/{prog}> . ?r dk:partOf+ <{iri_of(place)}> ; a {county} }}"""
        add(f"pr16l-ambiguous-parts-{i}", "supporter_recipients", [text], col(q), q, variant=variant)
    for i, (text, who, place) in enumerate([("吉林对口支援阿勒泰是哪一年开始的", "吉林省", "阿勒泰地区"),
                                            ("辽宁对口支援玉树是哪一年开始的？", "辽宁省", "玉树藏族自治州"),
                                            ("北京对口支援玉树是哪年开始的", "北京市", "玉树藏族自治州")]):
        q = f"""SELECT (MIN(?y) AS ?m) WHERE {{ ?p dk:supporter <{iri_of(who)}> ; dk:recipient <{iri_of(place)}> ;
          dk:startYear ?y }}"""
        add(f"pr16l-ambiguous-partner-{i}", "since_when", [text], col(q), q)
    # every meaning paired with the other actor: still asked back
    # one-character abbreviations side by side before the aid word, after any verb (查看津沪援疆…): each is linked
    for i, (text, names, prog) in enumerate([("查看津沪援疆分别对口哪些地方", ("天津市", "上海市"), "yuanjiang"),
                                             ("列出京沪援藏分别对口的受援地", ("北京市", "上海市"), "yuanzang")]):
        givers = " ".join(f"<{iri_of(n)}>" for n in names)
        q = f"""SELECT DISTINCT ?r WHERE {{ VALUES ?s {{ {givers} }} ?p dk:supporter ?s ; dk:recipient ?r ;
          dk:programme <{BASE}programme/{prog}> {nc.format('r')} }}"""
        add(f"pr16l-abbreviation-run-{i}", "supporter_recipients", [text], col(q), q, variant="abbreviation")
    add("pr16l-ambiguous-kept", "ambiguous", ["北京对口支援和田吗"], [], "", answerable=False, expected="ambiguous")
    # a place and its parts joined by 及/和/以及 + 下属/所辖: both groups
    for i, (text, place) in enumerate([("林芝市及下属各县的支援省市有哪些？", "林芝市"),
                                      ("昌都以及所辖县区得到哪些省市对口支援", "昌都市")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf* <{iri_of(place)}>
          {nc.format('s')} }}"""
        add(f"pr16l-with-parts-{i}", "rollup", [text], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf* <{iri_of("日喀则市")}>
      {nc.format('s')} }}"""
    add("pr16l-with-parts-2", "rollup", ["日喀则和它下面的县有哪些支援方"], col(q), q)
    q = f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r .
      ?r dk:partOf* <{iri_of("阿坝藏族羌族自治州")}> {nc.format('s')} }}"""
    add("pr16l-with-parts-count", "count", ["阿坝州和下辖各县一共有几个支援方"], col(q), q)
    # an actor's parts of a level as the asked side (江苏哪个城市…); none recorded is no_fact, not the place itself
    for i, (text, whose, place) in enumerate([("江苏哪个城市负责对口支援林周县？", "江苏省", "林周县"),
                                             ("广东省的哪个城市对口支援墨脱县", "广东省", "墨脱县"),
                                             ("湖北省哪个城市负责对口支援山南？", "湖北省", "山南市")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?s dk:partOf+ <{iri_of(whose)}> ;
          a {prefecture} . ?r dk:partOf* <{iri_of(place)}> FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}"""
        gold = col(q)
        add(f"pr16l-actor-parts-{i}", "actor_type" if gold else "unanswerable", [text], gold, q, answerable=bool(gold),
            expected="ok" if gold else "no_fact")
    # the other actor's parts (上海的区, 北京各区) as the supporters of the asked parts
    for i, (text, place, whose, cls) in enumerate([("迪庆州下面哪些县市有上海的区对口帮扶？", "迪庆藏族自治州", "上海市", None),
                                                  ("宜昌市下辖哪些县区得到北京各区的对口支援", "宜昌市", "北京市", county),
                                                  ("拉萨的哪些县由江苏的城市对口支援", "拉萨市", "江苏省", county)]):
        kind = f"?r a {cls} ." if cls else ""
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf+ <{iri_of(place)}> .
          ?s dk:partOf+ <{iri_of(whose)}> . {kind} }}"""
        add(f"pr16l-other-parts-{i}", "rollup", [text], col(q), q)
    # an actor's parts (的区, 的城市) right before the aid verb give; toward a place whose parts are asked, or alone
    for i, (text, whose, place, prog) in enumerate([("北京的区对口支援了湖北哪些县", "北京市", "湖北省", None),
                                                    ("江苏的城市对口支援了西藏哪些县", "江苏省", "西藏自治区", None),
                                                    ("上海的区援青对口哪些县", "上海市", None, "yuanqing")]):
        where = f"?r dk:partOf+ <{iri_of(place)}> ." if place else ""
        within = f"?p dk:programme <{BASE}programme/{prog}> ." if prog else ""
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?s dk:partOf+ <{iri_of(whose)}> .
          ?r a {county} . {where} {within} }}"""
        add(f"pr16l-giver-parts-{i}", "supporter_recipients", [text], col(q), q)
    # a region the asked side lies in: 哪些贵州城市 (the level named with it), 在江苏省内，… (beside the actor asked about)
    for i, (text, who, prog, region, cls) in enumerate([
            ("东西部协作中，受帮扶的是哪些贵州城市？", None, "dongxibu", "贵州省", prefecture),
            ("在江苏省内，苏州对口帮扶哪个市？", "苏州市", None, "江苏省", None),
            ("广东援建的是哪些四川的县？", "广东省", None, "四川省", county),
            ("东西部扶贫协作中，受帮扶的云南城市有哪些", None, "dongxibu", "云南省", prefecture),
            ("无锡在省内挂钩帮扶哪些城市", "无锡市", None, "江苏省", None),
            ("在四川境内，浙江对口援建哪些县", "浙江省", None, "四川省", county)]):
        giver = f"?p dk:supporter <{iri_of(who)}> ." if who else f"?p dk:supporter ?s . {nc.format('s')}"
        within = f"?p dk:programme <{BASE}programme/{prog}> ." if prog else ""
        kind = f"?r a {cls} ." if cls else ""
        q = f"""SELECT DISTINCT ?r WHERE {{ {giver} ?p dk:recipient ?r . {within} ?r dk:partOf+ <{iri_of(region)}> .
          {kind} {nc.format('r')} }}"""
        add(f"pr16l-region-{i}", "actor_type", [text], col(q), q)


def gen_probe_17m():
    """Issue #15, the lead's probe of 7 Dec (families nobody studied this round; our own wording): actors listed as the
    subject before the aid verb are each asked (津冀援疆…, 京津两市…, 苏、浙两省在新疆…), 省区 as a level word, and
    接受过/得到过 before the giver (groups pr17m-*)."""
    for i, (text, givers, prog, region) in enumerate([
            ("津冀援疆负责哪些地方", ("天津市", "河北省"), "yuanjiang", None),
            ("京津两市援藏都负责哪里？", ("北京市", "天津市"), "yuanzang", None),
            ("苏、浙两省在新疆对口支援哪些地方", ("江苏省", "浙江省"), None, "新疆维吾尔自治区"),
            ("闽粤在西藏支援哪些地方？", ("福建省", "广东省"), None, "西藏自治区")]):
        values = " ".join(f"<{iri_of(g)}>" for g in givers)
        scope = f"?p dk:programme <{BASE}programme/{prog}> ." if prog else f"?r dk:partOf <{iri_of(region)}> ."
        q = f"""SELECT DISTINCT ?r WHERE {{ VALUES ?s {{ {values} }} ?p dk:supporter ?s ; dk:recipient ?r . {scope} }}"""
        add(f"pr17m-co-agents-{i}", "forward_list", [text], col(q), q, variant="abbreviation")
    for i, (text, giver) in enumerate([("粤对口帮扶的省区有哪些", "广东省"), ("哪些省区得到过江苏的支援？", "江苏省")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r a dk:ProvinceLevelDivision }}"""
        add(f"pr17m-province-level-{i}", "actor_type", [text], col(q), q, variant="abbreviation" if i == 0 else "plain")
    for i, (text, giver, cls) in enumerate([("哪些县接受过浙江的援助", "浙江省", "CountyLevelDivision"),
                                             ("哪些地方得到过天津的支援？", "天津市", None)]):
        kind = f"?r a dk:{cls} ." if cls else ""
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r . {kind} }}"""
        add(f"pr17m-received-from-{i}", "forward_list", [text], col(q), q)
    for i, (text, a, b, prog) in enumerate([("辽宁和江苏是对口合作伙伴吗", "辽宁省", "江苏省", "dongbei-hezuo"),
                                            ("黑龙江与广东开展对口合作吗？", "黑龙江省", "广东省", "dongbei-hezuo"),
                                            ("吉林和上海是不是对口合作伙伴", "吉林省", "上海市", "dongbei-hezuo"),
                                            ("宁夏与福建之间有没有开展东西部协作", "宁夏回族自治区", "福建省", "dongxibu")]):
        q = f"""ASK {{ VALUES (?x ?y) {{ (<{iri_of(a)}> <{iri_of(b)}>) (<{iri_of(b)}> <{iri_of(a)}>) }}
          ?p dk:supporter ?x ; dk:recipient ?y ; dk:programme <{BASE}programme/{prog}> }}"""
        add(f"pr17m-partners-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q)
    for i, (text, prog, cls) in enumerate([("援疆省市中有哪些是计划单列市", "yuanjiang", "SeparatelyPlannedCity"),
                                           ("东西部协作的东部支援方里，哪些属于计划单列市？", "dongxibu", "SeparatelyPlannedCity"),
                                           ("参与援青的省市中哪几个是直辖市", "yuanqing", "Municipality")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s . ?s a dk:{cls} }}"""
        add(f"pr17m-which-are-{i}", "actor_type", [text], col(q), q)
    for i, (text, actor, prog) in enumerate([("上海的区县在援青中对口哪些地方", "上海市", "yuanqing"),
                                             ("三峡移民对口支援中，北京的区对口哪些地方？", "北京市", "sanxia"),
                                             ("北京的区在三峡移民对口支援里结对了哪些地方", "北京市", "sanxia")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?s dk:partOf <{iri_of(actor)}> . ?p dk:supporter ?s ; dk:recipient ?r ;
          dk:programme <{BASE}programme/{prog}> }}"""
        add(f"pr17m-parts-give-in-{i}", "parts", [text], col(q), q)
    for i, (text, actor, prog) in enumerate([("援疆 粤 对口 地区", "广东省", "yuanjiang"),
                                             ("援青 津 结对", "天津市", "yuanqing"), ("援藏 渝 受援地", "重庆市", "yuanzang")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(actor)}> ; dk:recipient ?r ;
          dk:programme <{BASE}programme/{prog}> }}"""
        add(f"pr17m-keyword-side-{i}", "forward_list", [text], col(q), q, variant="abbreviation")
    for i, (text, actor, cls, within) in enumerate([("京对口支援过哪些地市？", "北京市", "PrefectureLevelDivision", None),
                                                    ("津对口帮扶甘肃哪些市州", "天津市", "PrefectureLevelDivision", "甘肃省"),
                                                    ("浙江对口支援过哪些自治州？", "浙江省", "AutonomousPrefecture", None)]):
        w = f"?r dk:partOf <{iri_of(within)}> ." if within else ""
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(actor)}> ; dk:recipient ?r . ?r a dk:{cls} . {w} }}"""
        add(f"pr17m-prefecture-words-{i}", "actor_type", [text], col(q), q, variant="plain" if i == 2 else "abbreviation")
    for i, text in enumerate(["上海和纽约是对口合作关系吗？", "北京与大阪之间有没有开展协作", "江苏跟汉堡是不是结对伙伴"]):
        add(f"pr17m-unknown-partner-{i}", "out_of_scope", [text], [], "", answerable=False, expected="no_entity")
    for i, (text, status) in enumerate([("国家电网对口支援哪里", "no_entity"), ("临夏州的人口是多少", "no_template"),
                                         ("对口支援和东西部协作有什么区别", "no_template"), ("广东援疆建了多少所学校", "no_template"),
                                         ("亚特兰蒂斯由哪些省市对口支援", "no_entity")]):
        add(f"pr17m-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)
    for i, text in enumerate(["2050年哪些省会对口援疆？", "2060年以后上海还会对口支援喀什吗", "援藏的省市里哪个最积极",
                              "东西部协作中哪个城市帮扶最有成效"]):
        add(f"pr17m-future-opinion-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_template")
def gen_probe_17s():
    """Rankings composed from the question's frame (issue #15, item 6): places above county level ranked by their
    supporters count those of their parts too (the roll-up convention), within a round, a place or a span of years;
    two years listed (1979年和1984年的安排) scope a ranking to the pairings begun in either."""
    nc = "FILTER NOT EXISTS {{ ?{} a dk:CollectiveActor }}"
    rank = "?s a dk:ProvinceRankActor ."  # (a team member counts once, as its province: TEAM_GIVER)
    at_rank = "?s a dk:ProvinceRankActor . FILTER NOT EXISTS { ?p dk:supporterTeam ?team }"  # a roster: in its own right
    prov = "?s a dk:ProvinceLevelDivision ."
    round_2010 = f"?p dk:round <{BASE}programme/yuanjiang/round-2010> ."
    for i, (text, scope, region, counted, fewest, variant) in enumerate([
            ("新一轮援疆里，哪个地州得到的支援省市最多？", round_2010, None, rank, False, "plain"),
            ("對口援疆中，哪個地州得到的支援省市最多？", f"?p dk:programme <{BASE}programme/yuanjiang> .", None, rank,
             False, "traditional"),
            ("援藏中西藏哪个地区得到的支援省份最多？", f"?p dk:programme <{BASE}programme/yuanzang> .", "西藏自治区", prov,
             False, "plain"),
            ("把下辖县也算上，青海哪个州的支援省市最多？", "", "青海省", rank, False, "plain"),
            ("新一轮援疆里得到支援省市最少的地州是哪个？", round_2010, None, rank, True, "plain")]):
        inside = f"?r dk:partOf+ <{iri_of(region)}> ." if region else ""
        q = f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:recipient ?part ; dk:supporter ?member . {TEAM_GIVER}
          ?part dk:partOf* ?r . ?r a dk:PrefectureLevelDivision . {inside} {scope} {counted} {nc.format('s')} }} GROUP BY ?r"""
        add(f"pr17s-rolled-ranking-{i}", "superlative", [text], tied(q, min if fewest else max), q, variant=variant)
    for i, (text, side, years, variant) in enumerate([
            ("按1979年和1984年的安排，哪个省被安排支援的地方最多？", "supporter", "?y = 1979 || ?y = 1984", "plain"),
            ("一九七九年到一九八四年间，哪个受援省区得到的支援方最多？", "recipient", "?y >= 1979 && ?y <= 1984", "numeral"),
            ("1979年与1984年两次安排中，得到支援方最多的省区是哪个", "recipient", "?y = 1979 || ?y = 1984", "plain")]):
        other = "recipient" if side == "supporter" else "supporter"
        kind = "?x a dk:ProvinceLevelDivision ." if side == "supporter" else ""
        q = f"""SELECT ?x (COUNT(DISTINCT ?o) AS ?n) WHERE {{ ?p dk:{side} ?x ; dk:{other} ?o ; dk:startYear ?y
          FILTER({years}) {kind} {nc.format('x')} {nc.format('o')} }} GROUP BY ?x"""
        add(f"pr17s-years-ranking-{i}", "superlative", [text], tied(q), q, variant=variant)
    # two programmes compared by their members of a kind (援疆和援藏哪个参加的省份多)
    for i, (text, x, y, kind, variant) in enumerate([
            ("對口援藏與對口援疆，哪個參與的省市更多？", "yuanzang", "yuanjiang", at_rank, "traditional"),
            ("援青和援疆比，哪个参加的省市多一些", "yuanqing", "yuanjiang", at_rank, "plain")]):
        q = f"""SELECT ?g (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?g {{ <{BASE}programme/{x}> <{BASE}programme/{y}> }}
          ?p dk:programme ?g ; dk:supporter ?s . {kind} {nc.format('s')} }} GROUP BY ?g"""
        add(f"pr17s-compare-members-{i}", "comparison", [text], tied(q), q, variant=variant)
def gen_probe_17b():
    """Issue #15 items 2, 3 and 8 (groups pr17b-*): a mechanism named with a part's own word (长效机制里管约束的那一块);
    a region widened by its parts in words (以及州内的县市) or by a bracketed remark naming some (含…等县): the supporters
    of the region and its parts, team members included; a region's parts of a kind that receive, with a programme named
    between (德阳市在汶川重建里有哪些县市…) or 省市 beside the word of receiving (哪几个县得到了省市的援建). Our own
    wording and names, gold from the SPARQL here."""
    nc = "FILTER NOT EXISTS {{ ?{} a dk:CollectiveActor }}"
    for i, (text, word, variant) in enumerate([("长效机制中动力那部分包括什么", "动力", "plain"),
                                               ("長效機制裏頭協調那塊有哪些", "协调", "traditional"),
                                               ("书里长效机制管约束的那一块分哪几项制度", "约束", "plain")]):
        q = f"""SELECT ?p WHERE {{ <{BASE}mechanism/changxiao> dk:hasPart ?m . ?m rdfs:label ?l ; dk:hasPart ?p
          FILTER(lang(?l) = "zh" && CONTAINS(?l, "{word}")) }}"""
        add(f"pr17b-mechanism-part-{i}", "mechanism", [text], col(q), q, variant=variant)
    for i, (text, place, prog) in enumerate([("伊犁州以及州内的县市，援疆的支援方都有谁", "伊犁哈萨克自治州", "yuanjiang"),
                                             ("和田地区（包括墨玉、皮山等县）有哪些支援方", "和田地区", None),
                                             ("昌吉州以及州内各县市的对口支援方", "昌吉回族自治州", None)]):
        within = f"?p dk:programme <{BASE}programme/{prog}> ." if prog else ""
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . {within}
          ?r dk:partOf* <{iri_of(place)}> . {nc.format('s')} }}"""
        add(f"pr17b-widened-{i}", "rollup", [text], col(q), q)
    county = "dk:CountyLevelDivision"
    for i, (text, place, prog, kind, variant) in enumerate([
            ("德阳市在汶川重建里有哪些县市得到了对口援建", "德阳市", "wenchuan-chongjian", None, "plain"),
            ("喀什地区在新一轮援疆中有哪些县得到对口支援", "喀什地区", "yuanjiang", county, "plain"),
            ("和田地区有哪几个县得到了省市的援建", "和田地区", None, county, "plain"),
            ("綿陽市在汶川地震災後重建中哪些縣市得到了援建", "绵阳市", "wenchuan-chongjian", None, "traditional")]):
        within = f"?p dk:programme <{BASE}programme/{prog}> ." if prog else ""
        of_kind = f"?r a {kind} ." if kind else ""
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:recipient ?r . {within} ?r dk:partOf+ <{iri_of(place)}> . {of_kind}
          {nc.format('r')} }}"""
        add(f"pr17b-parts-receiving-{i}", "rollup", [text], col(q), q, variant=variant)
    # a programme's own name gives each side a word (…珠三角地区对口帮扶粤东西北地区): the kind asked with that word, that side
    for i, (text, prog, side, variant) in enumerate([
            ("广东珠三角对口帮扶粤东西北，出力的是珠三角哪几个城市", "guangdong-shengnei", "supporter", "plain"),
            ("广东省珠三角地区对口帮扶粤东西北地区中，粤东西北的哪些城市得到帮扶", "guangdong-shengnei", "recipient", "plain"),
            ("參加滬蘇浙城市結對幫扶的皖北城市有哪些", "wanbei", "recipient", "traditional")]):
        q = f"""SELECT DISTINCT ?a WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:{side} ?a . {nc.format('a')} }}"""
        add(f"pr17b-side-by-name-{i}", "programme_members", [text], col(q), q, variant=variant)
def gen_probe_17e():
    """Issue #15 items 1 and 7, study of the event set-up and time families (groups pr17e-*): a meeting or document with
    an actor given a task in it (被安排/被要求/被指定 …去支援, 报告里…), a dated round of adjustment and the new partner
    (改为/改去 对口, 两市合起来对口). Our own names and wording; gold from the SPARQL here."""
    nc = "FILTER NOT EXISTS {{ ?{} a dk:CollectiveActor }}"

    def event(name: str) -> str:
        return col(f'SELECT ?e WHERE {{ ?e rdfs:label "{name}"@zh ; dk:year ?y }}')[0]

    def set_up(meeting: str, giver: str, cls: str = "") -> str:
        kind = f"?r a {cls} ." if cls else ""
        return f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{event(meeting)}> ; dk:supporter <{iri_of(giver)}> ;
          dk:recipient ?r . {kind} {nc.format('r')} }}"""

    # an actor given a task by a meeting or its report: the places it was to support (the 被 is the task's)
    for i, (text, meeting, giver, cls, variant) in enumerate([
            ("1984年全国经济技术协作和对口支援会议上，广东被安排对口支援哪个省？", "全国经济技术协作和对口支援会议", "广东省",
             "dk:ProvinceLevelDivision", "plain"),
            ("按照一九七九年全国边防工作会议的报告，河北被要求支援哪里？", "全国边防工作会议", "河北省", "", "numeral"),
            ("1979年那份边防工作会议报告里，江苏被指定支援哪些省区？", "全国边防工作会议", "江苏省", "", "plain"),
            ("苏北发展协调小组第一次会议，苏州被安排同哪个市挂钩？", "江苏省委省政府苏北发展协调小组第一次会议", "苏州市", "",
             "plain"),
            ("广东省调整加强对口帮扶会议上，深圳被安排帮扶哪些市？", "广东省调整加强对口帮扶会议", "深圳市", "", "traditional"),
            ("1984年经济技术协作会议，湖北被分配去支援哪个省？", "全国经济技术协作和对口支援会议", "湖北省",
             "dk:ProvinceLevelDivision", "plain")]):
        q = set_up(meeting, giver, cls)
        add(f"pr17e-tasked-{i}", "event_pairings", [text], col(q), q, variant=variant)
    # a round of adjustment, named in full or by its year and a few words, and the partner an actor changed to
    for i, (text, meeting, giver, cls, variant) in enumerate([
            ("2010年东西扶贫协作结对关系局部调整后，厦门改为帮扶哪里？", "东西扶贫协作结对关系局部调整", "厦门市", "", "plain"),
            ("2016年7月援藏对口关系调整，泉州改为对口哪个县？", "援藏对口关系调整（2016年7月）", "泉州市", "dk:CountyLevelDivision",
             "plain"),
            ("二〇一六年那次援藏结对调整，福州改去对口哪个县？", "援藏对口关系调整（2016年7月）", "福州市",
             "dk:CountyLevelDivision", "numeral"),
            ("2010年东西部扶贫协作结对调整时，珠海改成帮扶哪个州？", "东西扶贫协作结对关系局部调整", "珠海市", "", "traditional")]):
        q = set_up(meeting, giver, cls)
        add(f"pr17e-adjusted-{i}", "event_pairings", [text], col(q), q, variant=variant)
    # two actors that took on one place together in a round
    for i, (text, meeting, a, b) in enumerate([
            ("援藏对口关系调整（2016年7月）后，漳州和龙岩共同对口哪个县？", "援藏对口关系调整（2016年7月）", "漳州市", "龙岩市"),
            ("2016年7月援藏调整，龍岩、漳州兩市合起來對口的是哪個縣", "援藏对口关系调整（2016年7月）", "龙岩市", "漳州市")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{event(meeting)}> ; dk:supporter <{iri_of(a)}> ; dk:recipient ?r .
          ?p2 dk:establishedBy <{event(meeting)}> ; dk:supporter <{iri_of(b)}> ; dk:recipient ?r }}"""
        add(f"pr17e-together-{i}", "intersection", [text], col(q), q, variant="traditional" if i else "plain")
    # a verb whose last character begins a name (确定南京: not 定南; 确定日喀则: not 定日; 确定西藏: not 定西)
    for i, (text, meeting, giver, variant) in enumerate([
            ("二〇〇一年苏北发展协调小组第一次会议决定南京与哪个市挂钩？", "江苏省委省政府苏北发展协调小组第一次会议", "南京市",
             "numeral"),
            ("苏北发展协调小组第一次会议指定南京帮扶哪个市", "江苏省委省政府苏北发展协调小组第一次会议", "南京市", "plain")]):
        q = set_up(meeting, giver)
        add(f"pr17e-verb-name-{i}", "event_pairings", [text], col(q), q, variant=variant)
    for i, (text, meeting, place, variant) in enumerate([
            ("第四次西藏工作座谈会确定日喀则由哪些省市对口支援？", "第四次西藏工作座谈会", "日喀则市", "plain"),
            ("1984年全国经济技术协作和对口支援会议确定西藏由哪些地方支援？", "全国经济技术协作和对口支援会议", "西藏自治区",
             "traditional")]):
        rank = "?s a dk:ProvinceRankActor ." if "省市" in text else ""
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:establishedBy <{event(meeting)}> ; dk:supporter ?s ; dk:recipient ?r .
          ?r dk:partOf* <{iri_of(place)}> . {rank} {nc.format('s')} }}"""
        add(f"pr17e-verb-name-place-{i}", "event_pairings", [text], col(q), q, variant=variant)
    # who took over from whom: the place's supporter whose pairing began once the named one's ended, the earliest
    # (not one that took on a part of the place in another programme meanwhile: 浙江 and a county of 凉山)
    for i, (text, old_one, place, variant) in enumerate([
            ("珠海退出后，接替它帮扶凉山的是哪个城市？", "珠海市", "凉山彝族自治州", "plain"),
            ("珠海之后接手凉山州东西部协作的是谁", "珠海市", "凉山彝族自治州", "traditional"),
            ("河北之后接手崇州的是哪个省市？", "河北省", "崇州市", "plain"),
            ("广东之后接手哈密的是哪个省？", "广东省", "哈密市", "plain")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter <{iri_of(old_one)}> ; dk:recipient <{iri_of(place)}> ; dk:endYear ?e .
          ?p2 dk:supporter ?s ; dk:recipient <{iri_of(place)}> ; dk:startYear ?st FILTER(?st >= ?e && ?s != <{iri_of(old_one)}>)
          FILTER NOT EXISTS {{ ?p3 dk:supporter ?s3 ; dk:recipient <{iri_of(place)}> ; dk:startYear ?st3
                               FILTER(?st3 >= ?e && ?st3 < ?st && ?s3 != <{iri_of(old_one)}>) }} }}"""
        add(f"pr17e-takeover-{i}", "takeover", [text], col(q), q, variant=variant)
    # newcomers after a meeting or a year (…之后加入): those whose first pairing in the programme began then or later
    for i, (text, prog, year, cls, variant) in enumerate([
            ("第四次西藏工作座谈会后加入援藏的有哪些省份？", "yuanzang", 2001, "dk:ProvinceLevelDivision", "plain"),
            ("2010年以后加入援疆的省市有哪些", "yuanjiang", 2010, "dk:ProvinceRankActor", "plain"),
            ("第一次中央新疆工作座谈会以来加入援疆的是哪些省市", "yuanjiang", 2010, "dk:ProvinceRankActor", "traditional"),
            ("二〇〇一年以后才陆续加入对口援藏的省份", "yuanzang", 2001, "dk:ProvinceLevelDivision", "numeral")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s ; dk:startYear ?st .
          FILTER(?st >= {year}) ?s a {cls} .
          FILTER NOT EXISTS {{ ?p0 dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s ; dk:startYear ?s0
            FILTER(?s0 < {year}) }} }}"""
        add(f"pr17e-newcomers-{i}", "time_filter", [text], col(q), q, variant=variant)


def gen_probe_17c():
    """Issue #15 item 8 (groups pr17c-*): the book's own facts answered with the thing asked — the newspaper a text was
    printed in, the unit it held up, the practice it named, the body an event set up (and that body's year), the bodies
    that shared the work, the document an event answered, a person's post, and the copyright page's and preface's items
    (责任编辑, 字数, 印刷, 前言落款) — never the label of the event or heading they sit in. Our own wording (terse,
    traditional script, numeral years), gold from the SPARQL here."""
    editorial = "?e dk:year 1960 ; dk:stage ?st"
    for i, (text, prop, variant) in enumerate([
            ("1960年那篇社论登在哪家报纸上", "newspaper", "plain"),
            (f"{cn_year(1960)}年那篇社论是哪份报纸发表的", "newspaper", "numeral"),
            ("那篇提出对口支援的社论刊登在什么报上", "newspaper", "plain"),
            ("1960年那篇社论表扬了哪家工厂", "commendedUnit", "plain"),
            ("一九六〇年社論稱讚的是哪個廠", "commendedUnit", "traditional"),
            ("1960年 社论 肯定 哪家工厂", "commendedUnit", "plain"),
            ("1960年社论推崇的是哪种做法", "practice", "plain")]):
        q = f"SELECT ?v WHERE {{ {editorial} ; dk:{prop} ?v }}"
        add(f"pr17c-editorial-{i}", "book_fact", [text], col(q), q, variant=variant)
    q = "SELECT ?b WHERE { ?e dk:year 1986 ; dk:setsUp ?b }"
    for i, (text, variant) in enumerate([("1986年国务院成立了什么机构", "plain"),
                                         (f"{cn_year(1986)}年國務院設立了哪個領導小組", "traditional")]):
        add(f"pr17c-set-up-{i}", "book_fact", [text], col(q), q, variant=variant)
    q = "SELECT ?y WHERE { ?e dk:setsUp ?b ; dk:year ?y . ?b rdfs:label ?l FILTER(CONTAINS(?l, \"扶贫开发领导小组\")) }"
    add("pr17c-set-up-year", "book_fact", ["国务院扶贫开发领导小组是哪一年成立的"], col(q), q)
    q = "SELECT ?a WHERE { ?e dk:year 1983 ; dk:participant ?a }"
    for i, (text, variant) in enumerate([("1983年对口支援工作由哪几个部门共同管理", "plain"),
                                         ("一九八三年起共同主管对口支援的是哪些部门", "numeral")]):
        add(f"pr17c-shared-{i}", "book_fact", [text], col(q), q, variant=variant)
    q = "SELECT ?d WHERE { ?e dk:year 1992 ; dcterms:references ?d }"
    add("pr17c-answered-document", "book_fact", ["1992年国务院批复的是什么文件", f"{cn_year(1992)}年国务院批复了哪份请示"],
        col(q), q, variants={1: "numeral"})
    q = "SELECT ?b WHERE { ?e dk:year 1986 ; dk:setsUp ?b }"
    add("pr17c-set-up-numeral", "book_fact", [f"{cn_year(1986)}年国务院成立了哪个领导小组"], col(q), q, variant="numeral")
    q = "SELECT ?r WHERE { ?m dk:reportBy ?p . ?p dk:role ?r }"
    for i, (text, variant) in enumerate([("乌兰夫当时担任什么职务", "plain"), ("烏蘭夫時任什麼職務", "traditional")]):
        add(f"pr17c-person-post-{i}", "book_fact", [text], col(q), q, variant=variant)
    q = "SELECT ?a WHERE { ?b a <http://purl.org/ontology/bibo/Book> ; dcterms:creator ?c . ?p a dk:Person ; rdfs:label ?n ; dk:affiliation ?a FILTER(CONTAINS(STR(?c), STR(?n))) }"
    add("pr17c-editor-post", "book_fact", ["这本书的主编是哪个学院的教授"], col(q), q)
    for i, (text, item, variant) in enumerate([("那本书的责任编辑是谁", "责任编辑", "plain"),
                                               ("本书出版人是谁", "出版人", "plain"),
                                               ("这本书是哪家印刷厂印的", "印刷", "plain"),
                                               ("這本書一共多少字", "字数", "traditional"),
                                               ("本书属于哪个丛书", "丛书", "plain")]):
        q = f"""SELECT ?v WHERE {{ ?b dk:imprintItem ?i FILTER(STRSTARTS(?i, "{item}：")) BIND(STRAFTER(?i, "：") AS ?v) }}"""
        add(f"pr17c-imprint-{i}", "book_fact", [text], col(q), q, variant=variant)
    q = "SELECT ?v WHERE { ?b dk:prefacePlace ?v }"
    add("pr17c-preface-place", "book_fact", ["书的前言是在哪里写的"], col(q), q)
    q = "SELECT (YEAR(?d) AS ?v) WHERE { ?b dk:prefaceDate ?d }"
    add("pr17c-preface-year", "book_fact", ["前言是哪一年写的"], col(q), q)
    # a report's title names its meeting, and a word inside a title (全国 in 《全国人民团结起来…》) is not an actor
    q = "SELECT ?t WHERE { ?m dk:reportBy ?p ; dk:reportTitle ?t . ?p rdfs:label \"乌兰夫\"@zh }"
    for i, (text, variant) in enumerate([("乌兰夫的报告题目是什么", "plain"), ("烏蘭夫那篇報告的標題", "traditional")]):
        add(f"pr17c-report-title-{i}", "book_fact", [text], col(q), q, variant=variant)
    title = col("SELECT ?t WHERE { ?m dk:reportTitle ?t }")[0]
    q = "SELECT ?m WHERE { ?m dk:reportTitle ?t }"
    add("pr17c-meeting-of-report", "book_fact", [f"《{title}》是在哪次会议上作的报告"], col(q), q)
    q = "SELECT ?p WHERE { ?m dk:reportTitle ?t ; dk:reportBy ?p }"
    add("pr17c-reporter-by-title", "book_fact", [f"在边防工作会议上作《{title.split('，')[0]}》报告的是谁"], col(q), q)
    # a place asked of as "是 Y 哪个区/市援建的" (Y's parts give), and a place's parts handed to a supporter's parts
    # (X的乡镇分给了Y哪些市, Y把X的乡镇分给了哪些城市)
    for i, (text, place, giver, kind, variant) in enumerate([
            ("定日县是上海哪个区援建的", "定日县", "上海市", "dk:CountyLevelDivision", "plain"),
            ("香格里拉市是上海哪几个区对口支援的", "香格里拉市", "上海市", "dk:CountyLevelDivision", "plain"),
            ("德欽縣是上海哪些區幫扶的", "德钦县", "上海市", "dk:CountyLevelDivision", "traditional"),
            ("水磨镇是广东哪个城市援建的", "水磨镇", "广东省", "dk:PrefectureLevelDivision", "plain")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?s .
          ?s dk:partOf+ <{iri_of(giver)}> ; a {kind} }}"""
        add(f"pr17c-part-of-giver-{i}", "reverse_list", [text], col(q), q, variant=variant)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf+ <{iri_of("汶川县")}> .
      ?s dk:partOf+ <{iri_of("广东省")}> ; a dk:PrefectureLevelDivision }}"""
    for i, (text, variant) in enumerate([("汶川县的乡镇分给了广东哪些地级市", "plain"),
                                         ("广东把汶川的乡镇分配给了哪些城市", "plain"),
                                         ("汶川縣各鄉鎮分片包乾給了廣東的哪幾個市", "traditional")]):
        add(f"pr17c-handed-parts-{i}", "reverse_list", [text], col(q), q, variant=variant)
    # a province's own programme named by the province, 省内/区内 and a word of aid (广东省内的对口帮扶)
    intra = "?p dk:programme ?prog . ?prog dk:programmeType/skos:broader* <{}type/intraprovincial> . ?p dk:{} ?a . ?p dk:supporter ?s . ?s dk:partOf+ <{}>"
    for i, (text, province, side, variant) in enumerate([
            ("江苏省内的挂钩帮扶，帮扶方是哪些城市", "江苏省", "supporter", "plain"),
            ("山东省内的协作帮扶有哪些受援地", "山东省", "recipient", "plain"),
            ("內蒙古區內的對口支援，支援方是哪個市", "内蒙古自治区", "supporter", "traditional")]):
        q = f"SELECT DISTINCT ?a WHERE {{ {intra.format(BASE, side, iri_of(province))} }}"
        add(f"pr17c-intra-programme-{i}", "programme_members", [text], col(q), q, variant=variant)
    # cities set against provinces (城市而非省份, 市而不是省): cities (直辖市, 地级市, 县级市) that are not provinces
    for i, (text, prog, variant) in enumerate([("援藏的支援方中，哪些是城市而非省份", "yuanzang", "plain"),
                                               ("参加援疆的有哪些城市而不是省", "yuanjiang", "plain"),
                                               ("東西部協作裏幫扶方中哪些是市而不是省", "dongxibu", "traditional")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s . ?s a dk:City
          FILTER NOT EXISTS {{ ?s a dk:ProvinceLevelDivision }} }}"""
        add(f"pr17c-city-not-province-{i}", "actor_type", [text], col(q), q, variant=variant)
    # a one-character level asked by the question word (哪些州, 哪几个区, 哪些市): that kind of unit, on the side asked
    for i, (text, actor, side, other, kind, variant) in enumerate([
            ("浙江帮扶了哪些州", "浙江省", "supporter", "recipient", "AutonomousPrefecture", "plain"),
            ("广州帮扶哪些市", "广州市", "supporter", "recipient", "City", "plain"),
            ("深圳對口支援了哪些市", "深圳市", "supporter", "recipient", "City", "traditional")]):
        q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:{side} <{iri_of(actor)}> ; dk:{other} ?r . ?r a dk:{kind} }}"
        add(f"pr17c-level-asked-{i}", "actor_type", [text], col(q), q, variant=variant)
    for i, (text, place, kind) in enumerate([("四川哪些州得到了对口支援", "四川省", "AutonomousPrefecture"),
                                             ("拉萨有哪几个区得到了援藏", "拉萨市", "District"),
                                             ("西藏哪些市得到了援藏", "西藏自治区", "City")]):
        q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:recipient ?r . ?r dk:partOf+ <{iri_of(place)}> ; a dk:{kind} }}"
        add(f"pr17c-level-parts-{i}", "actor_type", [text], col(q), q)
    # a meeting whose only pairing is collective (13个部委 → 区直各部门): the collective is who it set up
    q = "SELECT ?s WHERE { ?p dk:establishedBy ?e ; dk:supporter ?s ; dk:recipient ?r . ?e dk:year 1993 . ?r dk:partOf ?x }"
    for i, (text, variant) in enumerate([("1993年那次西藏工作会议安排谁支援西藏区直各部门", "plain"),
                                         (f"{cn_year(1993)}年西藏工作会议决定由谁对口支援西藏区直各部门", "numeral")]):
        add(f"pr17c-collective-only-{i}", "event_setup", [text], col(q), q, variant=variant)
    # a bracket that only lists some of the place's parts widens it (和田地区（和田县、墨玉县）), as 含…等 does
    for i, (text, place, kind, variant) in enumerate([("和田地区（和田县、墨玉县）有哪些支援方", "和田地区", "", "plain"),
                                                      ("阿壩州（汶川、茂縣）得到哪些省市援建", "阿坝藏族羌族自治州",
                                                       "?s a dk:ProvinceRankActor .", "traditional")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf* <{iri_of(place)}> . {kind}
          FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        add(f"pr17c-bracket-parts-{i}", "region_parts", [text], col(q), q, variant=variant)
    # a meeting named by its year and kind alone (1982年座谈会), asked which stage it belongs to or who convened it
    q = "SELECT ?st WHERE { ?e a dk:Meeting ; dk:year 1982 ; dk:stage ?st }"
    add("pr17c-year-meeting-stage", "book_fact", ["1982年座谈会标志着对口支援进入什么阶段"], col(q), q)
    q = "SELECT ?a WHERE { ?e a dk:Meeting ; dk:year 1982 ; dk:convenedBy ?a }"
    add("pr17c-year-meeting-convenor", "book_fact", ["1982年的座谈会是谁召开的"], col(q), q)
    # who led the work first, or after a year (no word of change), and a meeting named by its year and the city it met in
    q = "SELECT ?b WHERE { ?e dk:leadBy ?b ; dk:year ?y } ORDER BY ?y LIMIT 1"
    add("pr17c-first-lead", "book_fact", ["对口支援工作第一次由哪个部门牵头"], col(q), q)
    q = "SELECT ?b WHERE { ?e dk:leadBy ?b ; dk:year ?y FILTER(?y >= 1992) } ORDER BY ?y LIMIT 1"
    add("pr17c-lead-after", "book_fact", ["1992年以后对口支援由哪个部门归口领导"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?e a dk:Meeting ; dk:year 1984 ; dk:location <{iri_of("天津市")}> .
      ?p dk:establishedBy ?e ; dk:supporter ?s ; dk:recipient <{iri_of("青海省")}> }}"""
    add("pr17c-meeting-by-city", "event_setup", ["1984年天津会议新增了哪些支援青海的单位"], col(q), q)
    # a collective named as the actor (全国): its own pairings, the collective filter not applied to it
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{BASE}collective/quanguo> ; dk:recipient ?r ; dk:startYear ?y
      FILTER(?y <= 1979) }}"""
    add("pr17c-collective-actor", "forward_list", ["按1979年的安排，全国支援哪个地区"], col(q), q)
    # a document named by its number alone (53号文, 国办发53号文件): the one whose pairings hold the actor named; a region's
    # parts that receive within it, the document said after the parts (…哪些县区在53号文里有对口支援)
    doc = col("SELECT ?d WHERE { ?d dk:documentNumber ?n FILTER(CONTAINS(STR(?n), \"〔2008〕53号\")) }")[0]
    for i, (text, actor, side, other, variant) in enumerate([
            ("根据53号文，山东对口支援哪个县", "山东省", "supporter", "recipient", "plain"),
            ("按國辦發53號文，北京援建哪裡", "北京市", "supporter", "recipient", "traditional"),
            (f"按{cn_year(2008)}年53号文，河北援建哪个县", "河北省", "supporter", "recipient", "numeral")]):
        q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{doc}> ; dk:{side} <{iri_of(actor)}> ; dk:{other} ?r }}"
        add(f"pr17c-doc-number-{i}", "event_setup", [text], col(q), q, variant=variant)
    for i, (text, place, variant) in enumerate([
            ("广元市辖下哪些县区在国办发53号文件里有对口支援", "广元市", "plain"),
            ("绵阳市有哪些县市区在53号文中有对口支援", "绵阳市", "plain"),
            ("阿坝州下辖哪些县在53号文中得到了对口支援", "阿坝藏族羌族自治州", "plain")]):
        q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{doc}> ; dk:recipient ?r . ?r dk:partOf+ <{iri_of(place)}> }}"
        add(f"pr17c-parts-in-doc-{i}", "region_parts", [text], col(q), q, variant=variant)


def gen_probe_17t():
    """Issue #15 items 5 and 6, a second round (groups pr17t-*): two supporters compared within a place, the fewer of
    two, by how many (多几个, 相差多少: the difference is the answer); rankings over a roster (援藏的省市中谁…最多), with
    the kind after a word of the region (哪个西部省份), places ranked by their supporters (支援方最少的地州), a place's own
    parts ranked (北京哪个区…最多, 四川哪个市得到…最多); the items with exactly (or at least) n partners (承担了两个受援地,
    同时有两个上海的区对口). Our own wording and names, gold from the SPARQL here."""
    nc = "FILTER NOT EXISTS {{ ?{} a dk:CollectiveActor }}"
    county, pref = "dk:CountyLevelDivision", "dk:PrefectureLevelDivision"

    def counts(x, y, w=None, prog=None, kind=None):
        """Each supporter's partners (its team's pairings count for it), within a place, programme, of a kind; 0 if none."""
        inside = f"?r dk:partOf* <{iri_of(w)}> ." if w else ""
        within = f"?p dk:programme <{BASE}programme/{prog}> ." if prog else ""
        of_kind = f"?r a {kind} ." if kind else ""
        q = f"""SELECT ?a (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?a {{ <{iri_of(x)}> <{iri_of(y)}> }}
          {{ ?p dk:supporter ?a }} UNION {{ ?p dk:supporterTeam ?a }} ?p dk:recipient ?r . {inside} {within} {of_kind} }}
          GROUP BY ?a"""
        return {iri_of(x): 0, iri_of(y): 0} | dict(rows(q)), q

    for i, (text, x, y, w, prog, kind, pick, variant) in enumerate([
            ("在新疆，北京和天津谁结对的地方多", "北京市", "天津市", "新疆维吾尔自治区", None, None, max, "plain"),
            ("廣東與福建在西藏誰對口的地方多？", "广东省", "福建省", "西藏自治区", None, None, max, "traditional"),
            ("山东和上海在西藏援助的县，哪个多", "山东省", "上海市", "西藏自治区", None, county, max, "plain"),
            ("上海和广东在新疆谁结对的地方少一些", "上海市", "广东省", "新疆维吾尔自治区", None, None, min, "plain"),
            ("援藏中，湖北与湖南哪个省对口的县较少", "湖北省", "湖南省", None, "yuanzang", county, min, "plain")]):
        found, q = counts(x, y, w, prog, kind)
        best = pick(found.values())
        add(f"pr17t-compare-within-{i}", "comparison", [text], [a for a, n in found.items() if n == best], q,
            variant=variant)
    for i, (text, x, y, w, prog, kind, variant) in enumerate([
            ("湖北比湖南在西藏多支援几个地方", "湖北省", "湖南省", "西藏自治区", None, None, "plain"),
            ("北京和天津援疆结对的地方相差多少个", "北京市", "天津市", None, "yuanjiang", None, "plain"),
            ("浙江比江苏多帮扶几个县", "浙江省", "江苏省", None, None, county, "plain"),
            ("援藏時山東比江蘇多結對幾個縣？", "山东省", "江苏省", None, "yuanzang", county, "traditional")]):
        found, q = counts(x, y, w, prog, kind)
        add(f"pr17t-difference-{i}", "comparison", [text], [abs(found[iri_of(x)] - found[iri_of(y)])], q,
            variant=variant)
    rank = "?s a dk:ProvinceRankActor . FILTER NOT EXISTS { ?p dk:supporterTeam ?team }"
    for i, (text, side, scope, kind, counted, fewest, variant) in enumerate([
            ("1995年以前援藏的省市中，谁对口的县最多", "supporter",
             f"?p dk:programme <{BASE}programme/yuanzang> ; dk:startYear ?y FILTER(?y < 1995)", rank, county, False, "plain"),
            ("一九九五年以前援藏的省市里，哪个结对的县最多", "supporter",
             f"?p dk:programme <{BASE}programme/yuanzang> ; dk:startYear ?y FILTER(?y < 1995)", rank, county, False,
             "numeral"),
            ("二〇〇〇年以前援藏的省市里谁结对的县最多", "supporter",
             f"?p dk:programme <{BASE}programme/yuanzang> ; dk:startYear ?y FILTER(?y < 2000)", rank, county, False,
             "numeral"),
            ("援疆的省份里，结对地州最少的是哪个", "supporter", f"?p dk:programme <{BASE}programme/yuanjiang> .",
             "?s a dk:ProvinceLevelDivision .", pref, True, "plain"),
            ("东西部协作里哪个西部省份得到的帮扶方最多", "recipient", f"?p dk:programme <{BASE}programme/dongxibu> .",
             "?s a dk:ProvinceLevelDivision .", None, False, "plain")]):
        other = "?o" if side == "supporter" else "?x"
        ranked = "?s" if side == "supporter" else "?r"
        q = f"""SELECT {ranked} (COUNT(DISTINCT {other}) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . {scope}
          {kind.replace('?s', ranked)} {f'?r a {counted} .' if counted else ''} {nc.format('s')} {nc.format('r')}
          BIND(?r AS ?o) BIND(?s AS ?x) }} GROUP BY {ranked}"""
        add(f"pr17t-roster-ranking-{i}", "superlative", [text], tied(q, min if fewest else max), q, variant=variant)
    # a place's own parts ranked: as givers (counted by their recipients) or as receivers (with their parts' supporters)
    for i, (text, place, kind, variant) in enumerate([("北京哪个区对口支援的地方最多", "北京市", county, "plain"),
                                                      ("上海哪一個區對口幫扶的地方最多", "上海市", county, "traditional")]):
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r .
          ?s dk:partOf+ <{iri_of(place)}> ; a {kind} . {nc.format('s')} {nc.format('r')} }} GROUP BY ?s"""
        add(f"pr17t-parts-giving-{i}", "superlative", [text], tied(q), q, variant=variant)
    for i, (text, place, kind, prog, fewest) in enumerate([
            ("四川哪个市得到的对口支援最多", "四川省", pref, None, False),
            ("兵团哪个师的支援方最多", "新疆生产建设兵团", "dk:XPCCDivision", None, False),
            ("援疆当中，支援方最少的地州是哪个", None, pref, "yuanjiang", True)]):
        inside = f"?x dk:partOf+ <{iri_of(place)}> ." if place else ""
        within = f"?p dk:programme <{BASE}programme/{prog}> ." if prog else ""
        q = f"""SELECT ?x (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:supporter ?member ; dk:recipient ?r . {TEAM_GIVER}
          ?r dk:partOf* ?x . ?x a {kind} . {inside} {within} {nc.format('s')} {nc.format('r')} }} GROUP BY ?x"""
        add(f"pr17t-parts-receiving-{i}", "superlative", [text], tied(q, min if fewest else max), q)
    # the items with exactly (or at least) n partners
    for i, (text, side, n, least, scope, kind, counted, variant) in enumerate([
            ("汶川重建中哪个省份承担了两个受援地", "supporter", 2, False,
             f"?p dk:programme <{BASE}programme/wenchuan-chongjian> .", "dk:ProvinceLevelDivision", "", "plain"),
            ("哪些县同时有两个上海的区对口支援", "recipient", 2, False, "", county,
             f"?o dk:partOf+ <{iri_of('上海市')}> .", "plain"),
            ("援藏中哪个省负责了三个县", "supporter", 3, False, f"?p dk:programme <{BASE}programme/yuanzang> .",
             "dk:ProvinceLevelDivision", f"?o a {county} .", "plain"),
            ("哪個省在西藏負責了四個以上的縣", "supporter", 4, True, f"?o dk:partOf* <{iri_of('西藏自治区')}> .",
             "dk:ProvinceLevelDivision", f"?o a {county} .", "traditional"),
            ("哪些县有两个援建省市", "recipient", 2, False, "", county,
             "?o a dk:ProvinceRankActor . FILTER NOT EXISTS { ?p dk:supporterTeam ?team }", "plain")]):
        other = "recipient" if side == "supporter" else "supporter"
        q = f"""SELECT ?x (COUNT(DISTINCT ?o) AS ?n) WHERE {{ ?p dk:{side} ?x ; dk:{other} ?o . ?x a {kind} . {scope}
          {counted} {nc.format('x')} }} GROUP BY ?x HAVING(COUNT(DISTINCT ?o) {'>=' if least else '='} {n})"""
        add(f"pr17t-partners-n-{i}", "superlative", [text], col(q), q, variant=variant)
    # how many items have that many partners (有几个县有两个以上的支援方)
    for i, (text, side, n, least, scope, kind, counted) in enumerate([
            ("有几个县有两个以上的支援方", "recipient", 2, True, "", county, ""),
            ("援藏中有多少个地市由四个省市对口支援", "recipient", 4, False, f"?p dk:programme <{BASE}programme/yuanzang> .",
             pref, "?o a dk:ProvinceRankActor . FILTER NOT EXISTS { ?p dk:supporterTeam ?team }")]):
        other = "recipient" if side == "supporter" else "supporter"
        rolled = "?p dk:recipient ?part . ?part dk:partOf* ?x ." if kind == pref else f"?p dk:{side} ?x ."
        q = f"""SELECT (COUNT(?x) AS ?k) WHERE {{ {{ SELECT ?x WHERE {{ {rolled} ?p dk:{other} ?o . ?x a {kind} . {scope}
          {counted} {nc.format('x')} }} GROUP BY ?x HAVING(COUNT(DISTINCT ?o) {'>=' if least else '='} {n}) }} }}"""
        add(f"pr17t-count-with-n-{i}", "count", [text], col(q), q)
    # one programme's two stages or rounds compared (its rounds; or the programmes of its kind whose names open alike)
    rounds = f"{BASE}programme/yuanjiang/round-1996", f"{BASE}programme/yuanjiang/round-2010"
    wenchuan = f"{BASE}programme/wenchuan-guodu", f"{BASE}programme/wenchuan-chongjian"
    for i, (text, pair, link, kind, pick, variant) in enumerate([
            ("援疆前后两轮，哪一轮参加的省市多", rounds, "dk:round", rank, max, "plain"),
            ("对口援疆的两轮里，哪一轮的结对关系更多", rounds, "dk:round", None, max, "plain"),
            ("汶川地震的兩個階段，哪個階段參與的省份少一些", wenchuan, "dk:programme", "?s a dk:ProvinceLevelDivision .",
             min, "traditional"),
            ("汶川地震两份对口名单，哪一份结对关系多", wenchuan, "dk:programme", None, max, "plain")]):
        counted = f"COUNT(DISTINCT ?s)" if kind else "COUNT(DISTINCT ?p)"
        q = f"""SELECT ?g ({counted} AS ?n) WHERE {{ VALUES ?g {{ <{pair[0]}> <{pair[1]}> }} ?p {link} ?g ;
          dk:supporter ?s . {kind or ''} {nc.format('s') if kind else ''} }} GROUP BY ?g"""
        add(f"pr17t-stages-compared-{i}", "comparison", [text], tied(q, pick), q, variant=variant)
    # a kind set aside (除了六省市) beside the kind counted: the number the programme's collective states for that kind
    for i, (text, word) in enumerate([("援青除了6个省市以外，还有几个中央国家机关参加", "中央国家机关"),
                                      ("援青除了六省市，有多少家中央企业参与", "中央企业")]):
        q = f"""SELECT ?l WHERE {{ ?p dk:programme <{BASE}programme/yuanqing> ; dk:supporter ?c . ?c a dk:CollectiveActor ;
          rdfs:label ?l FILTER(lang(?l) = "zh" && CONTAINS(?l, "{word}")) }}"""
        stated = [int(re.search(rf"(\d+)(个|家){word}", label).group(1)) for label in col(q)]
        add(f"pr17t-except-kind-{i}", "count", [text], stated[:1], q)
    # the kind ranked named by search words (最多 省份), after a region word (最多的东部省份), or as a roster and a comma
    prov = "?s a dk:ProvinceLevelDivision ."
    for i, (text, prog, kind, counted, fewest, variant) in enumerate([
            ("援疆 结对县 最多 省份", "yuanjiang", prov, county, False, "plain"),
            ("东西部协作里帮扶地方最多的东部省份是哪个", "dongxibu", prov, None, False, "plain"),
            ("援藏的省市，谁结对的地方最少", "yuanzang", rank, None, True, "plain"),
            ("援青的省市，哪個對口的地方最多", "yuanqing", rank, None, False, "traditional")]):
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r ;
          dk:programme <{BASE}programme/{prog}> . {kind} {f'?r a {counted} .' if counted else ''} {nc.format('s')}
          {nc.format('r')} }} GROUP BY ?s"""
        add(f"pr17t-ranked-kind-{i}", "superlative", [text], tied(q, min if fewest else max), q, variant=variant)
    # actors of a kind ranked by the programmes they took part in
    for i, (text, kind, fewest) in enumerate([("哪个省参加的对口支援计划最多", "dk:ProvinceLevelDivision", False),
                                              ("参与援助计划最少的省份是哪个", "dk:ProvinceLevelDivision", True)]):
        q = f"""SELECT ?a (COUNT(DISTINCT ?g) AS ?n) WHERE {{ ?p a dk:PairingRelationship ; dk:programme ?g .
          {{ ?p dk:supporter ?a }} UNION {{ ?p dk:recipient ?a }} ?a a {kind} . {nc.format('a')} }} GROUP BY ?a"""
        add(f"pr17t-actor-programmes-{i}", "superlative", [text], tied(q, min if fewest else max), q)
    # one supporter's partners in two places, or in two programmes, compared (its team's pairings count for it)
    for i, (text, a, x, y, link, kind, result, variant) in enumerate([
            ("天津在西藏和在新疆，哪边结对的地方多", "天津市", "西藏自治区", "新疆维吾尔自治区", "place", None, "which", "plain"),
            ("江蘇在新疆對口的縣和在西藏對口的縣，哪個多", "江苏省", "新疆维吾尔自治区", "西藏自治区", "place", county, "which",
             "traditional"),
            ("援藏和援疆，浙江在哪个里面结对的地方多", "浙江省", "yuanzang", "yuanjiang", "programme", None, "which", "plain"),
            ("湖北援藏的地方比援疆的地方多几个", "湖北省", "yuanzang", "yuanjiang", "programme", None, "difference", "plain")]):
        x_iri, y_iri = (iri_of(x), iri_of(y)) if link == "place" else (f"{BASE}programme/{x}", f"{BASE}programme/{y}")
        where = "?r dk:partOf* ?g ." if link == "place" else "?p dk:programme ?g ."
        q = f"""SELECT ?g (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?g {{ <{x_iri}> <{y_iri}> }}
          {{ ?p dk:supporter <{iri_of(a)}> }} UNION {{ ?p dk:supporterTeam <{iri_of(a)}> }} ?p dk:recipient ?r . {where}
          {f'?r a {kind} .' if kind else ''} }} GROUP BY ?g"""
        found = {x_iri: 0, y_iri: 0} | dict(rows(q))
        gold = [abs(found[x_iri] - found[y_iri])] if result == "difference" else \
            [g for g, n in found.items() if n == max(found.values())]
        add(f"pr17t-one-actor-two-{i}", "comparison", [text], gold, q, variant=variant)
    # a ranking scoped by a year alone (2010年以后…最多, 1990年代开始的…)
    for i, (text, side, years, kind, variant) in enumerate([
            ("2010年以后，哪个地级市得到的对口支援最多", "recipient", "?y >= 2010", pref, "plain"),
            ("1980年代开始的对口支援里，哪个省份支援的地方最多", "supporter", "?y >= 1980 && ?y < 1990",
             "dk:ProvinceLevelDivision", "plain")]):
        if side == "recipient":
            q = f"""SELECT ?x (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r ; dk:startYear ?y .
              FILTER({years}) ?r dk:partOf* ?x . ?x a {kind} . {nc.format('s')} {nc.format('r')} }} GROUP BY ?x"""
        else:
            q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r ; dk:startYear ?y .
              FILTER({years}) ?s a {kind} . {nc.format('s')} {nc.format('r')} }} GROUP BY ?s"""
        add(f"pr17t-year-ranking-{i}", "superlative", [text], tied(q), q, variant=variant)
    # two actors compared by the programmes they took part in
    for i, (text, x, y) in enumerate([("天津和山东，谁参与的援助计划多", "天津市", "山东省"),
                                      ("浙江与福建哪个参加的对口支援计划更多", "浙江省", "福建省")]):
        q = f"""SELECT ?a (COUNT(DISTINCT ?g) AS ?n) WHERE {{ VALUES ?a {{ <{iri_of(x)}> <{iri_of(y)}> }}
          ?p dk:programme ?g . {{ ?p dk:supporter ?a }} UNION {{ ?p dk:recipient ?a }} }} GROUP BY ?a"""
        add(f"pr17t-compare-programme-counts-{i}", "comparison", [text], tied(q), q)
    # two places compared by their supporters: each with its parts' (the roll-up), a team member counted for its province
    for i, (text, x, y, kind, prog, variant) in enumerate([
            ("昌都和林芝，哪个的支援方更多", "昌都市", "林芝市", None, None, "plain"),
            ("阿克蘇地區與喀什地區，哪個得到的支援省市多", "阿克苏地区", "喀什地区", "dk:ProvinceRankActor", None, "traditional"),
            ("山南和那曲相比，哪个的援藏省市更多", "山南市", "那曲市", "dk:ProvinceRankActor", "yuanzang", "plain")]):
        q = f"""SELECT ?x (COUNT(DISTINCT ?g) AS ?n) WHERE {{ VALUES ?x {{ <{iri_of(x)}> <{iri_of(y)}> }}
          ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf* ?x . OPTIONAL {{ ?p dk:supporterTeam ?t }}
          BIND(IF(BOUND(?t), ?t, ?s) AS ?g) {f'?g a {kind} .' if kind else ''} {nc.format('g')}
          {f'?p dk:programme <{BASE}programme/{prog}> .' if prog else ''} }} GROUP BY ?x"""
        add(f"pr17t-places-by-supporters-{i}", "comparison", [text], tied(q), q, variant=variant)
    # a year right before a round's name (2010年新一轮援疆) is the round's own: its members, whenever their pairings began
    q = f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:round <{BASE}programme/yuanjiang/round-2010> ; dk:supporter ?s .
      ?s a dk:ProvinceLevelDivision . {nc.format('s')} }}"""
    add("pr17t-round-count", "count", ["2010年新一轮援疆有多少个省份参与", "二〇一〇年新一轮援疆，参加的省份有几个"], col(q), q,
        variants={1: "numeral"})
def gen_probe_17f():
    """Issue #15 items 1 and 7, second round on the event set-up and time families (groups pr17f-*): the meeting or
    document behind an arrangement of three or more names (…帮扶梅州、清远是哪个会议定的), asked with the question word
    first (哪个会议确定X对口Y), with 出自/决策, or with a year. Our own names and wording; gold from the SPARQL here."""

    def behind(pairs: list[tuple[str, str]], kind: str = "", within: bool = True) -> str:
        """The meetings or documents that set up every pair (each side itself or, ``within``, a place within it)."""
        side = "?{0}{1} dk:partOf* <{2}> ." if within else "FILTER(?{0}{1} = <{2}>)"
        parts = " ".join(f"?f{i} dk:establishedBy ?e ; dk:supporter ?s{i} ; dk:recipient ?r{i} . "
                         + side.format("s", i, iri_of(a)) + " " + side.format("r", i, iri_of(b))
                         for i, (a, b) in enumerate(pairs))
        return f"SELECT DISTINCT ?e WHERE {{ {parts} {kind} }}"

    # (three or more names asked for the meeting behind them — 深圳帮扶河源、汕尾是哪个会议定的 — had a template,
    # event_of_actors, removed at the merge: its query took 5–130 s per question and, in CI's run, 23 GB)
    # the question word first, a name right after the verb (not read as a loose name of another meeting), 出自, 决策, a year
    for i, (text, pairs, variant) in enumerate([
            ("哪个会议确定上海对口支援日喀则", [("上海市", "日喀则市")], "plain"),
            ("哪份文件确定浙江對口支援那曲", [("浙江省", "那曲市")], "traditional"),
            ("江苏对口支援伊犁出自哪个决策", [("江苏省", "伊犁哈萨克自治州")], "plain"),
            ("镇江挂钩连云港出自哪次会议", [("镇江市", "连云港市")], "plain")]):
        q = behind(pairs, within=False)  # two names: the pairing of the two themselves
        add(f"pr17f-pairing-event-{i}", "pairing_event", [text], col(q), q, variant=variant)
    for i, (text, pairs, year, variant) in enumerate([
            ("1979年哪次会议确定北京支援内蒙古", [("北京市", "内蒙古自治区")], 1979, "plain"),
            ("一九八四年哪个会议让上海支援西藏", [("上海市", "西藏自治区")], 1984, "numeral")]):
        q = behind(pairs, f"{{ ?e dk:year {year} }} UNION {{ ?f0 dk:startYear {year} }}", within=False)
        add(f"pr17f-dated-pairing-event-{i}", "pairing_event", [text], col(q), q, variant=variant)

    # a named period or round as a point in time (新一轮援疆以前, 2010年新一轮之前, 十三五以后), an ambiguous name settled by
    # the meanings paired in that period; a pairing of no known start that had ended by the year was under way before it
    for i, (text, place, year, prog, cls, variant) in enumerate([
            ("新一轮援疆以前对口哈密的是哪个省", "哈密市", 2010, "yuanjiang", "dk:ProvinceLevelDivision", "plain"),
            ("2010年新一轮之前援疆对口阿克苏的省市有哪些", "阿克苏地区", 2010, "yuanjiang", "dk:ProvinceRankActor", "plain"),
            ("二〇一〇年新一輪援疆以前，對口阿克蘇的是哪些省", "阿克苏地区", 2010, "yuanjiang", "dk:ProvinceLevelDivision",
             "traditional"),
            ("2010年以前阿克苏由哪些省市对口支援", "阿克苏地区", 2010, None, "dk:ProvinceRankActor", "plain")]):
        within = f"dk:programme <{BASE}programme/{prog}> ;" if prog else ""
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p {within} dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf* <{iri_of(place)}> .
          ?s a {cls} . FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }}
          {{ ?p dk:startYear ?st FILTER(?st < {year}) }} UNION {{ ?p dk:endYear ?en FILTER(?en <= {year})
            FILTER NOT EXISTS {{ ?p dk:startYear ?st0 }} }} }}"""
        add(f"pr17f-before-round-{i}", "time_filter", [text], col(q), q, variant=variant)
    for i, (text, giver, year, prog, variant) in enumerate([
            ("新一轮援疆之前，广东对口支援新疆哪个地区", "广东省", 2010, "yuanjiang", "plain"),
            ("十三五以前福建援藏对口哪里", "福建省", 2016, "yuanzang", "plain")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:startYear ?st ;
          dk:programme <{BASE}programme/{prog}> . FILTER(?st < {year}) }}"""
        add(f"pr17f-before-era-{i}", "time_filter", [text], col(q), q, variant=variant)


def gen_probe_18b():
    """Issue #15, the qa-b round on the forward/reverse/symmetric, yes/no, region-and-parts, common-partner, programme-
    member and actor-kind families (groups pr18b-*): a kind named before 是哪个 is the kind asked; two supporters' common
    partners within a span of years; search words (沪 援藏 日喀则 对口县); 那几个 and a programme named twice; a pair's
    name (沪滇协作) beside its second member; a doubt about one's memory after a yes/no question; a meeting or a dated
    document with a place inside another; a lead clause before a colon; 发布的《…》; a region's receiving side; parts
    asked with their partners' kind; a place with its townships. Our own names and wording; gold from the SPARQL here."""
    prog = {k: f"<{BASE}programme/{k}>" for k in ("dongxibu", "yuanjiang", "yuanzang", "yuanqing", "guangdong-shengnei",
                                                  "wanbei")}
    ev = {"1994": f"<{BASE}event/1994-xizang-3>", "53": f"<{BASE}document/2008-53>",
          "mz": f"<{BASE}document/2008-minzhengbu-tongzhi>"}

    # a kind named before the copula and the question word is the kind asked (计划单列市是哪些); 有一个 after a roster
    for i, (text, pg, variant) in enumerate([
            ("东西部协作的支援方中，计划单列市是哪些", "dongxibu", "plain"),
            ("东西部协作的支援方里，计划单列市是哪几个", "dongxibu", "traditional"),
            ("对口支援新疆的省市里有一个不是省，是哪个计划单列市", "yuanjiang", "plain")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme {prog[pg]} ; dk:supporter ?s . ?s a dk:SeparatelyPlannedCity }}"""
        add(f"pr18b-kind-asked-after-{i}", "actor_type", [text], col(q), q, variant=variant)

    # 有没有 + a kind after a roster asks for that kind; a 计划单列市 serving in its province's team is still one (援藏);
    # none of the kind: nothing recorded (援青)
    for i, (text, pg) in enumerate([("援藏省市里的计划单列市是哪个", "yuanzang"), ("援疆省市中，有没有计划单列市", "yuanjiang")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme {prog[pg]} ; dk:supporter ?s . ?s a dk:SeparatelyPlannedCity }}"""
        add(f"pr18b-kind-in-roster-{i}", "actor_type", [text], col(q), q)
    add("pr18b-kind-in-roster-none", "unanswerable", ["参加援青的省市里面，有没有计划单列市"], [], "", answerable=False,
        expected="no_fact")

    # two supporters' common partners within a span of years (each pairing begun in it), a topic before, a kind asked
    def common_in(a: str, b: str, after: int, before: int | None, cls: str) -> str:
        until = f"FILTER(?y1 < {before} && ?y2 < {before})" if before else ""
        return f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(a)}> ; dk:recipient ?r ; dk:startYear ?y1 .
          ?q dk:supporter <{iri_of(b)}> ; dk:recipient ?r ; dk:startYear ?y2 . ?r a {cls} .
          FILTER(?y1 >= {after} && ?y2 >= {after}) {until} }}"""
    for i, (text, a, b, after, before, cls, variant) in enumerate([
            ("1979年至1984年间，辽宁和山东共同支援过哪个省", "辽宁省", "山东省", 1979, 1985, "dk:ProvinceLevelDivision", "plain"),
            ("一九七九到一九八四年间，湖北和辽宁共同支援了哪个省", "湖北省", "辽宁省", 1979, 1985, "dk:ProvinceLevelDivision",
             "numeral"),
            ("1979年以后确立的关系中，上海和山东共同支援过哪个自治区", "上海市", "山东省", 1979, None, "dk:AutonomousRegion",
             "plain"),
            ("据书中所说，1979年至1984年间确立的对口关系中，辽宁和湖北共同支援过哪个省", "辽宁省", "湖北省", 1979, 1985,
             "dk:ProvinceLevelDivision", "traditional"),
            ("一九九六年以后，天津和山东共同结对的省份有哪些", "天津市", "山东省", 1996, None, "dk:ProvinceLevelDivision",
             "numeral"),
            ("一九八四年以后，辽宁和湖北共同支援过哪个省", "辽宁省", "湖北省", 1984, None, "dk:ProvinceLevelDivision", "numeral"),
            ("一九七九年以后，上海和江苏共同支援过哪个自治区", "上海市", "江苏省", 1979, None, "dk:AutonomousRegion",
             "numeral")]):
        q = common_in(a, b, after, before, cls)
        add(f"pr18b-common-span-{i}", "intersection", [text], col(q), q, variant=variant)

    # search words: abbreviations standing alone, a place and a kind last (沪 援藏 日喀则 对口县); two givers' common partner
    for i, (text, giver, place, pg) in enumerate([
            ("沪 援藏 日喀则 对口县", "上海市", "日喀则市", "yuanzang"),
            ("京 援藏 拉萨 对口县", "北京市", "拉萨市", "yuanzang"),
            ("援疆 津 和田 结对县", "天津市", "和田地区", "yuanjiang")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme {prog[pg]} ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf+ <{iri_of(place)}> ; a dk:CountyLevelDivision }}"""
        add(f"pr18b-keywords-within-{i}", "forward_list", [text], col(q), q, variant="abbreviation")
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme {prog['dongxibu']} ; dk:supporter <{iri_of("天津市")}> ; dk:recipient ?r .
      ?q dk:programme {prog['dongxibu']} ; dk:supporter <{iri_of("山东省")}> ; dk:recipient ?r . ?r a dk:ProvinceLevelDivision }}"""
    add("pr18b-keywords-common", "intersection", ["东西部协作 津 鲁 共同结对的省份"], col(q), q, variant="abbreviation")

    # 那几个 points back at a roster (no count); a programme named again in the question that follows
    for i, (text, first, second) in enumerate([
            ("援藏的那几个省市，是不是也在援青？既援藏又援青的是哪些？", "yuanzang", "yuanqing"),
            ("援疆的那几个省市里，既援疆又援藏的有哪些", "yuanjiang", "yuanzang")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme {prog[first]} ; dk:supporter ?s . ?s a dk:ProvinceRankActor .
          FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t1 }}
          ?q dk:programme {prog[second]} ; dk:supporter ?s . FILTER NOT EXISTS {{ ?q dk:supporterTeam ?t2 }} }}"""
        add(f"pr18b-roster-both-{i}", "intersection", [text], col(q), q)

    # a pair's name (沪滇协作) with its second member named in full: the first member is asked, whichever side it takes
    for i, (text, place, cls, pg) in enumerate([
            ("沪滇协作中，和云南结对的是哪个直辖市", "云南省", "dk:Municipality", None),
            ("京蒙协作里，和内蒙古结对的是哪个市", "内蒙古自治区", "dk:City", None),
            ("鲁渝协作里，和重庆开展东西部协作的是哪个省", "重庆市", "dk:ProvinceLevelDivision", "dongxibu")]):
        within = f"dk:programme {prog[pg]} ;" if pg else ""
        q = f"""SELECT DISTINCT ?s WHERE {{ {{ ?p {within} dk:recipient <{iri_of(place)}> ; dk:supporter ?s }} UNION
          {{ ?p {within} dk:supporter <{iri_of(place)}> ; dk:recipient ?s }} ?s a {cls} }}"""
        add(f"pr18b-pair-name-{i}", "symmetric", [text], col(q), q, variant="abbreviation")

    # the pair's name with no programme named: the one programme the two are paired in is the scope (粤桂协作 → 东西部)
    for i, (text, first, place, cls) in enumerate([
            ("粤桂协作中和广西结对的是哪个省", "广东省", "广西壮族自治区", "dk:ProvinceLevelDivision"),
            ("和宁夏开展闽宁协作的是哪个省", "福建省", "宁夏回族自治区", "dk:ProvinceLevelDivision")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ {{ SELECT ?g WHERE {{ ?f dk:programme ?g .
              {{ ?f dk:supporter <{iri_of(first)}> ; dk:recipient <{iri_of(place)}> }} UNION
              {{ ?f dk:supporter <{iri_of(place)}> ; dk:recipient <{iri_of(first)}> }} }} }}
          ?p dk:programme ?g ; dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf* <{iri_of(place)}> . ?s a {cls} }}"""
        add(f"pr18b-pair-scope-{i}", "symmetric", [text], col(q), q, variant="abbreviation")

    # a doubt about one's own memory after the question (…好像是日喀则？还是我记错了？) asks yes or no
    for i, (text, giver, taker, pg, variant) in enumerate([
            ("山东援藏对口的好像是日喀则？还是我记错了？", "山东省", "日喀则市", "yuanzang", "plain"),
            ("吉林援藏对口的好像是林芝？还是我记错了", "吉林省", "林芝市", "yuanzang", "traditional"),
            ("天津援疆对口的好像是和田？还是我记混了", "天津市", "和田地区", "yuanjiang", "plain")]):
        q = f"""ASK {{ ?p dk:programme {prog[pg]} ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf* <{iri_of(taker)}> }}"""
        add(f"pr18b-self-doubt-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)

    # a meeting and a place inside another (北京在拉萨…); a document named loosely with its date, or by its issuing verb
    for i, (text, event, giver, place, cls) in enumerate([
            ("第三次西藏工作座谈会确定的，上海在日喀则对口支援的县有哪些", "1994", "上海市", "日喀则市", "dk:CountyLevelDivision"),
            ("按第三次西藏工作座谈会的安排，北京在拉萨对口支援哪些区县", "1994", "北京市", "拉萨市", "dk:CountyLevelDivision")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy {ev[event]} ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf+ <{iri_of(place)}> ; a {cls} }}"""
        add(f"pr18b-event-within-{i}", "forward_list", [text], col(q), q)
    for i, (text, event, giver, cls, variant) in enumerate([
            ("民政部2008年5月那份紧急通知里，北京对口支援哪些地方", "mz", "北京市", None, "plain"),
            ("依据民政部2008年5月22日紧急通知，天津对口支援哪些地方", "mz", "天津市", None, "plain"),
            ("依据民政部二〇〇八年五月的紧急通知，上海对口支援哪个地方", "mz", "上海市", None, "numeral"),
            ("民政部下发的紧急通知中，河北对口支援哪个县", "mz", "河北省", "dk:CountyLevelDivision", "plain"),
            ("国务院办公厅印发的《汶川地震灾后恢复重建对口支援方案》中，山东对口支援哪个县", "53", "山东省",
             "dk:CountyLevelDivision", "plain"),
            ("按国办发〔2008〕53号方案，天津承担了哪些地方的对口支援任务", "53", "天津市", None, "plain")]):
        kind = f"?r a {cls} ." if cls else ""  # (a named supporter's collective partner counts: 陕西省受灾严重地区)
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy {ev[event]} ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r . {kind} }}"""
        add(f"pr18b-document-named-{i}", "event_pairings", [text], col(q), q, variant=variant)

    # a lead clause before a colon sets the scene; its verb does not set the direction
    for i, (text, giver, pg, cls) in enumerate([
            ("备课用个例子：东西部协作中，福建对口帮扶哪个省区", "福建省", "dongxibu", "dk:ProvinceLevelDivision"),
            ("写稿前想确认一下：援疆中，广东对口支援哪些地方", "广东省", "yuanjiang", None)]):
        kind = f"?r a {cls} ." if cls else ""
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme {prog[pg]} ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r . {kind} }}"""
        add(f"pr18b-colon-lead-{i}", "forward_list", [text], col(q), q)

    # a region's receiving side with the level asked (安徽这边受帮扶的是哪几个城市), any number after 哪
    for i, (text, region, pg, cls) in enumerate([
            ("广东省内对口帮扶中，广东这边受帮扶的是哪几个市", "广东省", "guangdong-shengnei", "dk:City"),
            ("沪苏浙帮扶皖北的方案里，安徽这边受帮扶的是哪几个城市", "安徽省", "wanbei", "dk:PrefectureLevelDivision")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme {prog[pg]} ; dk:recipient ?r . ?r dk:partOf+ <{iri_of(region)}> ;
          a {cls} . FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"""
        add(f"pr18b-region-receiving-{i}", "programme_members", [text], col(q), q)

    # a place's parts asked with their partners' kind (昌都下面哪些县有援藏省份结对), as search words too
    for i, (text, place) in enumerate([("昌都下面哪些县有援藏省份结对", "昌都市"), ("拉萨 下面 哪些县 有援藏省份结对", "拉萨市")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme {prog['yuanzang']} ; dk:recipient ?r ; dk:supporter ?s .
          ?r dk:partOf+ <{iri_of(place)}> ; a dk:CountyLevelDivision . ?s a dk:ProvinceLevelDivision .
          FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        add(f"pr18b-parts-partner-kind-{i}", "region_parts", [text], col(q), q)

    # the part noun first, then 有哪些 and receiving (阿坝州的县有哪些得到了对口支援): the parts that receive, of that kind
    for i, (text, place, variant) in enumerate([("阿坝州的县有哪些得到了对口支援", "阿坝藏族羌族自治州", "plain"),
                                                 ("喀什地区的县都有哪些受到了援疆支援", "喀什地区", "traditional")]):
        within = f"dk:programme {prog['yuanjiang']} ;" if "援疆" in text else ""
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p {within} dk:recipient ?r . ?r dk:partOf+ <{iri_of(place)}> ;
          a dk:CountyLevelDivision . FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"""
        add(f"pr18b-parts-noun-first-{i}", "region_parts", [text], col(q), q, variant=variant)

    # a place with its townships, grouped; a second name's parts as the givers (广东是哪些市…负责的)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf* <{iri_of("北川羌族自治县")}> .
      FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    add("pr18b-with-townships", "region_parts", ["北川县和它下面的乡镇都由哪些地方援建"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf* <{iri_of("汶川县")}> .
      ?s dk:partOf+ <{iri_of("广东省")}> ; a dk:City }}"""
    add("pr18b-parts-give", "region_parts", ["汶川县灾后重建 广东是哪些市负责的"], col(q), q)

    # a place's townships handed to the other name's cities (…浙江把乡镇分给了自己的哪个市), or those cities asked with the
    # townships' kind before the region's (在汶川县分片包乡镇的广东城市): the second name's parts give, to the first's parts
    for i, (text, place, region, cls, variant) in enumerate([
            ("青川县灾后重建中，浙江把乡镇分给了自己的哪个市", "青川县", "浙江省", "dk:City", "plain"),
            ("汶川县灾后重建时，广东把各乡镇分给了本省的哪些城市", "汶川县", "广东省", "dk:PrefectureLevelDivision",
             "traditional"),
            ("灾后重建时在青川县分片包乡镇的浙江城市有哪些", "青川县", "浙江省", "dk:PrefectureLevelDivision", "plain")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf+ <{iri_of(place)}> ;
          a dk:TownshipLevelDivision . ?s dk:partOf+ <{iri_of(region)}> ; a {cls} }}"""
        add(f"pr18b-handed-parts-{i}", "region_parts", [text], col(q), q, variant=variant)
    # two names typed as search words: the one that only receives is where, the other gives (拉萨 下辖 京 援建县)
    for i, (text, giver, place) in enumerate([("拉萨 下辖 京 援建县", "北京市", "拉萨市"),
                                               ("昌都 下辖 津 援建县", "天津市", "昌都市")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf+ <{iri_of(place)}> ; a dk:CountyLevelDivision }}"""
        add(f"pr18b-keyword-pair-{i}", "forward_list", [text], col(q), q, variant="abbreviation")
    # several abbreviations typed as search words, space apart, before the programme: each asked in turn; the last word
    # (地区, 对口县) is what is listed
    for i, (text, givers, pg, cls) in enumerate([
            ("沪 苏 援藏 对口县", ("上海市", "江苏省"), "yuanzang", "dk:CountyLevelDivision"),
            ("京 津 援藏 对口 地区", ("北京市", "天津市"), "yuanzang", None)]):
        kind = f"?r a {cls} ." if cls else ""
        values = " ".join(f"<{iri_of(g)}>" for g in givers)
        q = f"""SELECT DISTINCT ?r WHERE {{ VALUES ?g {{ {values} }} ?p dk:programme {prog[pg]} ; dk:supporter ?g ;
          dk:recipient ?r . {kind} }}"""
        add(f"pr18b-keyword-givers-{i}", "forward_list", [text], col(q), q, variant="abbreviation")

    # across programmes (跨项目, 不分项目) asks about no project: every partner of the supporter
    for i, (text, giver) in enumerate([("深圳市 作为支援方 所有 结对 受援地（跨项目）", "深圳市"), ("宁波市 所有受援地 不分项目", "宁波市")]):
        q = recipients_q(iri_of(giver))
        add(f"pr18b-across-programmes-{i}", "forward_list", [text], col(q), q)

    # refusals: an unknown first party of a joint question, money and reasons about what these questions name
    for i, text in enumerate(["纽约和上海共同支援过哪些地方", "大阪与北京都帮扶过哪些县"]):
        add(f"pr18b-unknown-first-{i}", "out_of_scope", [text], [], "", answerable=False, expected="no_entity")
    for i, text in enumerate(["沪滇协作中，和云南结对的那个直辖市投入了多少资金", "援疆省市中唯一的计划单列市为什么是深圳",
                              "东西部协作 津 鲁 共同结对的省份 人口多少"]):
        add(f"pr18b-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_template",
            variant="abbreviation" if i == 2 else "plain")
def gen_probe_18c():
    """Issue #15, the count, comparison, superlative, book-fact, mechanism and refusal families after outside-f/-g's
    study halves (groups pr18c-*): 哪个项目 asking which programme; a second programme named loosely beside an exact one;
    a kind named as a roster, then asked (七个地市里，哪个地市…); a bracketed 含/包括 remark that asks for nothing; 省市
    ranked by their teams where no province-rank supporter is recorded; an actor's parts of a level counted within a
    programme; the kind counted asked with 几 after a place (对口X几个县); a stated total picked by the words of its own
    name; a programme named with 的通知 standing for its launch document; a source cited before the question (据…报告，);
    the chapter that treats a subject; a rule's own short formula (dk:practice); refusals: a disaster named by a place
    the graph lacks, the future. Our own names and wording; gold from the SPARQL here."""
    nc = "FILTER NOT EXISTS {{ ?{} a dk:CollectiveActor }}"
    prog = lambda key: f"<{BASE}programme/{key}>"

    # 哪个项目 with two programmes named: which programme (its supporters of the kind asked, a team member not at rank)
    for i, (text, x, y, cls, variant) in enumerate([
            ("援疆和援青，哪个项目参与的省份多", "yuanjiang", "yuanqing", "dk:ProvinceLevelDivision", "plain"),
            ("援藏與援青哪一個項目的支援省市更多", "yuanzang", "yuanqing", "dk:ProvinceRankActor", "traditional"),
            ("援藏和汶川重建，哪个项目参加的省市多", "yuanzang", "wenchuan-chongjian", "dk:ProvinceRankActor", "abbreviation")]):
        rank = "FILTER NOT EXISTS { ?p dk:supporterTeam ?t }" if cls.endswith("RankActor") else ""
        q = f"""SELECT ?g (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?g {{ {prog(x)} {prog(y)} }}
          ?p dk:programme ?g ; dk:supporter ?s . ?s a {cls} . {rank} {nc.format('s')} }} GROUP BY ?g"""
        add(f"pr18c-which-programme-{i}", "comparison", [text], tied(q), q, variant=variant)

    # a programme named loosely (沪苏浙…皖北) beside one named exactly: two programmes compared by their pairings
    for i, (text, x, y) in enumerate([
            ("援青和沪苏浙帮扶皖北，哪个的结对关系多", "yuanqing", "wanbei"),
            ("对口援藏跟沪苏浙帮扶皖北城市比，哪个结对多", "yuanzang", "wanbei")]):
        q = f"""SELECT ?g (COUNT(DISTINCT ?p) AS ?n) WHERE {{ VALUES ?g {{ {prog(x)} {prog(y)} }}
          ?p a dk:PairingRelationship ; dk:programme ?g }} GROUP BY ?g"""
        add(f"pr18c-loose-second-{i}", "comparison", [text], tied(q), q)

    # a kind named as the roster, then asked (新疆十四个地州里，哪个地州…); (含央企) only widens what is counted: places
    # ranked by their supporters and their parts' (the roll-up convention)
    for i, (text, region, key, pick) in enumerate([
            ("新疆14个地州里，哪个地州得到的支援方最少", "新疆维吾尔自治区", None, min),
            ("西藏7个地市里哪个地市得到的支援方（包括央企）最多", "西藏自治区", "yuanzang", max)]):
        within = f"?p dk:programme {prog(key)} ." if key else ""
        q = f"""SELECT ?item (COUNT(DISTINCT ?o) AS ?n) WHERE {{ ?item a dk:PrefectureLevelDivision ;
          dk:partOf+ <{iri_of(region)}> . ?place dk:partOf* ?item . ?p dk:recipient ?place ; dk:supporter ?member .
          {TEAM_GIVER.replace('?s)', '?o)')} {within}
          {nc.format('o')} {nc.format('item')} }} GROUP BY ?item"""
        add(f"pr18c-roster-kind-{i}", "superlative", [text], tied(q, pick), q)

    # 省市 ranked where no supporter at province rank is recorded at that level: each province by its team's pairings
    for i, (text, pick) in enumerate([("援青的省市中，哪个结对的县最少", min), ("对口援青六省市里谁对口的县最多", max)]):
        q = f"""SELECT ?a (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {prog('yuanqing')} ; dk:supporter ?m ;
          dk:recipient ?r . ?r a dk:CountyLevelDivision . OPTIONAL {{ ?p dk:supporterTeam ?t }}
          BIND(COALESCE(?t, ?m) AS ?a) ?a a dk:ProvinceRankActor . }} GROUP BY ?a"""
        add(f"pr18c-team-ranked-{i}", "superlative", [text], tied(q, pick), q)

    # an actor's parts of a level counted within a programme (广东一共几个地级市参与汶川重建)
    for i, (text, actor, key, cls, variant) in enumerate([
            ("江苏援藏有几个地级市参与", "江苏省", "yuanzang", "dk:PrefectureLevelDivision", "plain"),
            ("北京援青一共几个区参加", "北京市", "yuanqing", "dk:District", "plain"),
            ("上海援疆一共几个区参加", "上海市", "yuanjiang", "dk:District", "plain"),
            ("福建援藏有幾個地級市參與", "福建省", "yuanzang", "dk:PrefectureLevelDivision", "traditional")]):
        q = f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {prog(key)} ; dk:supporter ?s .
          ?s dk:partOf+ <{iri_of(actor)}> ; a {cls} . }}"""
        if col(q)[0]:
            add(f"pr18c-parts-counted-{i}", "count", [text], col(q), q, variant=variant)

    # the kind counted asked with 几 right after the place (对口喀什几个县): that kind within the place
    for i, (text, actor, place, key, variant) in enumerate([
            ("沪援疆一共对口喀什几个县", "上海市", "喀什地区", "yuanjiang", "abbreviation"),
            ("山东援藏一共对口日喀则几个县", "山东省", "日喀则市", "yuanzang", "plain"),
            ("北京援青对口玉树几个县", "北京市", "玉树藏族自治州", "yuanqing", "plain")]):
        q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter <{iri_of(actor)}> ; dk:recipient ?r ;
          dk:programme {prog(key)} . ?r dk:partOf <{iri_of(place)}> ; a dk:CountyLevelDivision . }}"""
        if col(q)[0]:
            add(f"pr18c-kind-counted-{i}", "count", [text], col(q), q, variant=variant)

    # a stated total picked by the words of the collective's own name (中央企业和中央金融机构 → its 22)
    q = """SELECT ?l WHERE { ?c a dk:CollectiveActor ; rdfs:label ?l FILTER(lang(?l) = "zh")
      FILTER(CONTAINS(?l, "中央金融机构")) }"""
    said = int(re.search(r"(\d+)家中央企业和中央金融机构", col(q)[0]).group(1))
    add("pr18c-stated-by-name", "count", ["援藏的中央企业和中央金融机构一共有多少家", "參與援藏的央企和中央金融機構共有幾家"],
        [said], q, variants={1: "traditional"})

    # a programme named with 的通知: its launch document, and the number its statement says
    for i, (text, key, unit, variant) in enumerate([
            ("汶川过渡安置的通知安排了多少个省份", "wenchuan-guodu", "省份", "plain"),
            ("三峡移民对口支援的那份通知涉及多少个县", "sanxia", "县", "plain")]):
        q = f"""SELECT ?st WHERE {{ {prog(key)} dk:launchedBy ?e . ?e a dk:PolicyDocument . ?f dk:event ?e ;
          dk:statement ?st }}"""
        found = {int(m.group(1)) for st in col(q) for m in re.finditer(rf"(\d+)个{unit}", st)}
        add(f"pr18c-launch-named-{i}", "count", [text], sorted(found), q, variant=variant)

    # a count typed as search words naming a document by its number (…14号文 县 数), a place word that opens the
    # document's own name only saying which one (汶川 53号文): the number its statement says of that kind
    for i, (text, doc, unit, variant) in enumerate([
            ("三峡 14号文 库区 县 数", "1992-14", "县", "plain"),
            ("民政部 紧急通知 省份 数", "2008-minzhengbu-tongzhi", "省份", "plain"),
            ("國辦發53號文 四川 受援縣 數", "2008-53", "县", "traditional")]):
        q = f"""SELECT ?st WHERE {{ ?f dk:event <{BASE}document/{doc}> ; dk:statement ?st }}"""
        found = {int(m.group(1)) for st in col(q) for m in re.finditer(rf"(\d+)个[^\d，。、,]{{0,2}}{unit}", st)}
        add(f"pr18c-keyword-document-{i}", "count", [text], sorted(found), q, variant=variant)

    # a year and the meeting's kind (2001年第四次座谈会, 2001年的座谈会): the one meeting of that year of that kind
    q = """SELECT ?l WHERE { ?c a dk:CollectiveActor ; rdfs:label ?l FILTER(lang(?l) = "zh")
      FILTER(CONTAINS(?l, "2001年新纳入")) }"""
    said = int(re.search(r"(\d+)个县", col(q)[0]).group(1))
    add("pr18c-dated-kind", "count", ["二〇〇一年的座谈会把多少个县纳入了对口支援", "2001年第四次座谈会新纳入多少个县"],
        [said], q, variants={0: "numeral"})
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:establishedBy <{BASE}event/1994-xizang-3> ; dk:supporter ?s ; dk:recipient ?r .
      ?r dk:partOf* <{iri_of("西藏自治区")}> . ?s a dk:ProvinceRankActor . FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }}
      {nc.format('s')} }}"""
    add("pr18c-dated-kind-list", "event_setup", ["1994年第三次座谈会确定了哪些省市对口支援西藏"], col(q), q)

    # a numbered series of meetings named without its ordinal, asked for its first or last (by date)
    q = """SELECT ?e ?y WHERE { ?e a dk:Meeting ; rdfs:label ?l ; dk:date ?d ; dk:year ?y FILTER(lang(?l) = "zh")
      FILTER(REGEX(?l, "^第.{1,3}次西藏工作座谈会$")) } ORDER BY ?d"""
    series = rows(q)
    add("pr18c-series-first", "superlative", ["最早一次西藏工作座談會是哪次"], [series[0][0]], q, variant="traditional")
    add("pr18c-series-last", "superlative", ["最近的一次西藏工作座谈会是哪一次"], [series[-1][0]], q)
    add("pr18c-series-first-year", "stage_event", ["西藏工作座谈会第一次是哪年开的"], [series[0][1]], q)

    # a source cited before the question (据…报告，): not what it asks
    q = "SELECT ?n WHERE { ?e dk:newspaper ?n }"
    add("pr18c-source-lead-0", "book_fact", ["据任维德主编的那本报告，一九六〇年那篇社论登在哪家报纸上"], col(q), q,
        variant="numeral")
    q = "SELECT ?y WHERE { ?e dk:newspaper ?n ; dk:year ?y }"
    add("pr18c-source-lead-1", "book_fact", ["根据南开这本研究报告，“对口支援”的提法最早是哪一年提出的"], col(q), q)

    # the chapter that treats a subject (书里专门讲X的是哪一章)
    for i, (text, title, variant) in enumerate([
            ("书里专门讲省内对口支援的是哪一章", "省内对口支援", "plain"),
            ("書中專門寫新疆的是第幾章", "对口支援新疆", "traditional")]):
        q = f"""PREFIX bibo: <http://purl.org/ontology/bibo/> SELECT ?c WHERE {{ ?c a bibo:Chapter ;
          dcterms:title ?t FILTER(STR(?t) = "{title}") }}"""
        add(f"pr18c-chapter-subject-{i}", "book_fact", [text], col(q), q, variant=variant)

    # a rule's own short formula (dk:practice): 哪几个字, 指的是什么, 几年开一次
    for i, (text, subject, variant) in enumerate([
            ("援藏资金的“两个80%”指的是什么", "援藏资金", "plain"),
            ("援疆資金兩個80%是什麼意思", "援疆资金", "traditional"),
            ("闽宁协作的联席会议几年开一次", "闽宁联席", "plain"),
            ("援藏干部选派的方式是哪几个字", "援藏干部选派", "plain")]):
        q = f"""SELECT ?w WHERE {{ ?f dk:practice ?w ; rdfs:label ?l FILTER(lang(?l) = "zh")
          FILTER(STRSTARTS(?l, "{subject}")) }}"""
        add(f"pr18c-formula-{i}", "mechanism", [text], col(q), q, variant=variant)

    # refusals: a disaster named by a place the graph does not hold; figures of the future
    for i, (text, status) in enumerate([("鲁甸地震灾后重建由哪个省对口支援", "no_entity"),
                                        ("玉溪洪灾以后是哪些省市对口支援的", "no_entity"),
                                        ("明年援疆资金会增加多少", "no_template"),
                                        ("未来五年援藏资金大概有多少", "no_template")]):
        add(f"pr18c-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)
def gen_probe_18a():
    """Issue #15 item 7 and the event set-up family, third round (groups pr18a-*, written after studying outside-f/-g's
    start-year, time-scoped, takeover and event set-up failures): a takeover after or in a year (改由谁, 换成谁); a
    supporter's next partner once a pairing ended (不再…之后转去, 由Y改为哪里, 2010年前…，新一轮改成…, 撤出后改去…); a meeting's
    report naming the meeting; the first cadres sent as a pairing's start; a change-over's old place and a topic clause as
    scene; a round's adjustment or 截至…以前 as a point in time; 以后 and a span read as in force; known partners set aside; the
    meeting behind three names; the receiving region's side. Our own names and wording; gold from the SPARQL here."""
    nc = "FILTER NOT EXISTS {{ ?{} a dk:CollectiveActor }}"

    def prog(slug: str) -> str:
        return f"<{BASE}programme/{slug}>"

    def event(name: str) -> str:
        return col(f'SELECT ?e WHERE {{ ?e rdfs:label "{name}"@zh ; dk:year ?y }}')[0]

    def earliest(query: str) -> list:
        """The items of (item, year) rows with the lowest year."""
        found = rows(query)
        first = min((r[1] for r in found), default=None)
        return sorted({r[0] for r in found if r[1] == first})

    # a takeover: the place's supporter whose pairing began once the named one's had ended (after a year), or began in
    # the year named (one name only)
    for i, (text, place, old, year, variant) in enumerate([
            ("凉山州原来是珠海帮扶，2016年以后改由谁帮扶？", "凉山彝族自治州", "珠海市", 2016, "plain"),
            ("重庆原来是厦门帮扶，2010年以后改由谁对口？", "重庆市", "厦门市", 2010, "traditional"),
            ("黔南州原来是深圳帮扶，二〇一三年以后换成了谁？", "黔南布依族苗族自治州", "深圳市", 2013, "numeral")]):
        q = f"""SELECT DISTINCT ?s ?st WHERE {{ ?p0 dk:supporter <{iri_of(old)}> ; dk:recipient ?r0 ; dk:endYear ?e ;
          dk:programme ?g . ?r0 dk:partOf? <{iri_of(place)}> .
          ?p dk:supporter ?s ; dk:recipient ?r ; dk:startYear ?st ; dk:programme ?g . ?r dk:partOf? <{iri_of(place)}> .
          FILTER(?st >= ?e && ?st >= {year} && ?s != <{iri_of(old)}>) {nc.format('s')} }}"""
        add(f"pr18a-takeover-after-{i}", "takeover", [text], earliest(q), q, variant=variant)
    for i, (text, place, year, slug, variant) in enumerate([
            ("毕节 东西部协作 2016年 换成谁帮扶了", "毕节市", 2016, "dongxibu", "plain"),
            ("安顺的帮扶城市二〇二一年改由谁来当", "安顺市", 2021, "dongxibu", "numeral")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?s ; dk:startYear {year} . }}"""
        add(f"pr18a-takeover-in-{i}", "takeover", [text], col(q), q, variant=variant)

    # a supporter's next partner: its pairing begun once the one with the named place had ended, in that programme, the
    # earliest (within a region, of a kind, when asked)
    def retasked(giver: str, old: str, extra: str = "") -> str:
        return f"""SELECT DISTINCT ?r ?st WHERE {{ ?p0 dk:supporter <{iri_of(giver)}> ; dk:recipient ?o ; dk:endYear ?e ;
          dk:programme ?g . ?o dk:partOf* <{iri_of(old)}> .
          ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:startYear ?st ; dk:programme ?g . FILTER(?st >= ?e)
          FILTER NOT EXISTS {{ ?r dk:partOf* <{iri_of(old)}> }} {extra} }}"""

    for i, (text, giver, old, extra, variant) in enumerate([
            ("珠海不再帮扶重庆之后，转去帮扶了哪里？", "珠海市", "重庆市", "", "plain"),
            ("厦门的帮扶对象由重庆改为哪里？", "厦门市", "重庆市", "", "plain"),
            ("浙江不再对口和田以后，转到支援哪里了", "浙江省", "和田地区", "", "traditional"),
            ("河南2010年前援疆对口阿克苏，新一轮改成对口哪些地方？", "河南省", "阿克苏地区", "", "plain"),
            ("豫援疆 2010年前对口阿克苏 新一轮改成对口哪些地方", "河南省", "阿克苏地区", "", "abbreviation"),
            ("广东从哈密撤出后，改去支援新疆哪个地区？", "广东省", "哈密市",
             f"?r dk:partOf* <{BASE}division/650000> .", "plain")]):
        q = retasked(giver, old, extra)
        add(f"pr18a-retasked-{i}", "takeover", [text], earliest(q), q, variant=variant)

    # a meeting's report names the meeting: the supporters it set up, of the kind asked after them (…省份有哪些)
    bianfang = event("全国边防工作会议")
    for i, (text, cls, variant) in enumerate([
            ("边防工作会议乌兰夫的报告里，被安排支援的省份有哪些？", "dk:ProvinceLevelDivision", "plain"),
            ("一九七九年边防工作会议那份报告中安排对口支援的省市有哪些", "dk:ProvinceRankActor", "numeral"),
            ("乌兰夫那个报告 1979 边防会议 安排了哪些省份去支援", "dk:ProvinceLevelDivision", "traditional")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:establishedBy <{bianfang}> ; dk:supporter ?s . ?s a {cls} . {nc.format('s')} }}"""
        add(f"pr18a-report-{i}", "event_pairings", [text], col(q), q, variant=variant)
    q = f"""SELECT DISTINCT ?x WHERE {{ <{bianfang}> dk:reportBy ?x }}"""
    add("pr18a-reporter-0", "event_facts", ["全国边防工作会议上，《全国人民团结起来》那份报告是谁作的？"], col(q), q)

    # the first cadres sent mark the pairing's start; a change-over's old place and a topic clause only set the scene
    def start(giver: str, place: str) -> list:
        return col(f"""SELECT (MIN(?st) AS ?y) WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> ;
          dk:startYear ?st }}""")

    for i, (text, giver, place, variant) in enumerate([
            ("江苏援青对口海南州，是从哪一年开始派干部的？", "江苏省", "海南藏族自治州", "plain"),
            ("天津对口支援黄南州是从哪年开始的（以首批干部到位为准）", "天津市", "黄南藏族自治州", "traditional"),
            ("浙江援疆从和田换到阿克苏，是哪一年的事？", "浙江省", "阿克苏地区", "plain"),
            ("广东援疆由哈密调整到喀什是哪一年", "广东省", "喀什地区", "plain"),
            ("粤援疆从哈密换到喀什是哪一年", "广东省", "喀什地区", "abbreviation"),
            ("沪黔协作中，上海帮扶遵义是从哪一年开始的？", "上海市", "遵义市", "abbreviation"),
            ("在青海的东西部协作里，江苏帮扶西宁是哪一年开始的", "江苏省", "西宁市", "plain")]):
        g = start(giver, place)
        q = f"SELECT (MIN(?st) AS ?y) WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> ; dk:startYear ?st }}"
        add(f"pr18a-start-{i}", "since_when", [text], g, q, variant=variant)

    # a round's adjustment or 截至…以前 as a point in time: pairings begun before it (or, no start known, ended by then)
    for i, (text, place, year, slug, cls, variant) in enumerate([
            ("二〇一〇年新一轮援疆调整之前，对口支援哈密的是哪个省？", "哈密市", 2010, "yuanjiang", "dk:ProvinceLevelDivision",
             "numeral")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme {prog(slug)} ; dk:supporter ?s ; dk:recipient ?r .
          ?r dk:partOf* <{iri_of(place)}> . ?s a {cls} . FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }}
          FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }}
          {{ ?p dk:startYear ?st FILTER(?st < {year}) }} UNION {{ ?p dk:endYear ?en FILTER(?en <= {year})
            FILTER NOT EXISTS {{ ?p dk:startYear ?st0 }} }} }}"""
        add(f"pr18a-before-round-{i}", "time_filter", [text], col(q), q, variant=variant)
    for i, (text, giver, within, year, cls, variant) in enumerate([
            ("截至2016年援藏对口关系调整以前，福建在西藏对口哪个地市？", "福建省", "西藏自治区", 2016, "dk:PrefectureLevelDivision",
             "plain"),
            ("截至2016年东西部协作调整之前，珠海在四川帮扶哪个州？", "珠海市", "四川省", 2016, "dk:AutonomousPrefecture",
             "plain")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:startYear ?st .
          ?r dk:partOf+ <{iri_of(within)}> ; a {cls} . FILTER(?st < {year}) }}"""
        add(f"pr18a-until-before-{i}", "time_filter", [text], col(q), q, variant=variant)

    # a year after which, or a span during which, partners are asked with no word of beginning: in force then
    for i, (text, giver, slug, year, variant) in enumerate([
            ("2016年以后 东西部协作 珠海 结对哪些地方", "珠海市", "dongxibu", 2016, "plain"),
            ("2010年之后，浙江援疆对口的是哪些地方？", "浙江省", "yuanjiang", 2010, "traditional"),
            ("2016年7月以后福建在援藏中对口哪里", "福建省", "yuanzang", 2016, "plain")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:programme {prog(slug)} .
          FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e <= {year}) }} {nc.format('r')} }}"""
        add(f"pr18a-in-force-after-{i}", "time_filter", [text], col(q), q, variant=variant)
    for i, (text, giver, slug, first, last, variant) in enumerate([
            ("二〇一一年到二〇一五年这段时间，福建援藏对口的是哪个市？", "福建省", "yuanzang", 2011, 2015, "numeral"),
            ("2011到2015年期间，广东援疆对口的是哪些地方", "广东省", "yuanjiang", 2011, 2015, "plain"),
            ("1996年到2010年这些年，厦门在东西部协作里帮扶的是哪里", "厦门市", "dongxibu", 1996, 2010, "plain")]):
        # (begun by the span's first year, or of no known start and ended no earlier than its last)
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:programme {prog(slug)} .
          {{ ?p dk:startYear ?st . FILTER(?st <= {first}) }} UNION {{ ?p dk:endYear ?e1 FILTER NOT EXISTS {{ ?p dk:startYear ?s1 }} }}
          FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < {last}) }} }}"""
        add(f"pr18a-throughout-{i}", "time_filter", [text], col(q), q, variant=variant)

    # known partners listed and set aside (除了A、B, 在原来A、B的基础上)
    for i, (text, giver, known, variant) in enumerate([
            ("除了汶川、茂县，广东还对口支援过四川哪些地方？", "广东省", ("汶川县", "茂县"), "plain")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r . ?r dk:partOf+ <{iri_of('四川省')}> .
          FILTER(?r NOT IN ({", ".join(f"<{iri_of(k)}>" for k in known)})) }}"""
        add(f"pr18a-set-aside-{i}", "supporter_recipients", [text], col(q), q, variant=variant)

    # the meeting or document behind three or four names (each in a pairing it set up)
    def behind(pairs: list[tuple[str, str]]) -> str:
        parts = " ".join(f"?f{i} dk:establishedBy ?e ; dk:supporter <{iri_of(a)}> ; dk:recipient <{iri_of(b)}> ."
                         for i, (a, b) in enumerate(pairs))
        return f"SELECT DISTINCT ?e WHERE {{ {parts} }}"

    for i, (text, pairs, variant) in enumerate([
            ("广州帮扶梅州、清远是哪个会议定的", [("广州市", "梅州市"), ("广州市", "清远市")], "plain"),
            ("江苏支援广西和新疆出自哪次会议", [("江苏省", "广西壮族自治区"), ("江苏省", "新疆维吾尔自治区")], "traditional"),
            ("北京支援内蒙古、河北支援贵州是哪次会议安排的", [("北京市", "内蒙古自治区"), ("河北省", "贵州省")], "plain"),
            ("粤 深圳帮扶河源汕尾 哪个会议定的", [("深圳市", "河源市"), ("深圳市", "汕尾市")], "abbreviation")]):
        q = behind(pairs)
        add(f"pr18a-behind-names-{i}", "pairing_event", [text], col(q), q, variant=variant)

    # the receiving region named for its side (苏北这边, 粤东西北的城市)
    for i, (text, meeting, variant) in enumerate([
            ("苏北发展协调小组第一次会议，苏北这边挂钩的是哪些城市", "江苏省委省政府苏北发展协调小组第一次会议", "plain"),
            ("广东省调整加强对口帮扶会议定下的粤东西北结对城市", "广东省调整加强对口帮扶会议", "plain")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{event(meeting)}> ; dk:recipient ?r }}"""
        add(f"pr18a-receiving-region-{i}", "event_pairings", [text], col(q), q, variant=variant)

    # two supporters taken over from (joined by 和/、): the place's supporter that began once both had ended, the earliest
    for i, (text, place, olds, variant) in enumerate([
            ("2010年以后接替珠海和厦门帮扶重庆的是哪个省？", "重庆市", ("珠海市", "厦门市"), "plain"),
            ("重庆 2010年起 接替厦门、珠海的是谁", "重庆市", ("厦门市", "珠海市"), "traditional")]):
        q = f"""SELECT DISTINCT ?s ?st WHERE {{ ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?s ; dk:startYear ?st .
          FILTER(?st >= 2010 && ?s NOT IN ({", ".join(f"<{iri_of(o)}>" for o in olds)}))
          FILTER NOT EXISTS {{ ?p0 dk:recipient <{iri_of(place)}> ; dk:supporter ?o ; dk:endYear ?e
            FILTER(?o IN ({", ".join(f"<{iri_of(o)}>" for o in olds)}) && ?e > ?st) }} }}"""
        add(f"pr18a-takeover-two-{i}", "takeover", [text], earliest(q), q, variant=variant)

    # a quoted principle and the meeting or document that first set it out (the earliest whose record quotes it)
    for i, (text, phrase, variant) in enumerate([
            ("“分片负责、对口支援、定期轮换”的援藏办法是在哪次会议上定下的", "分片负责、对口支援、定期轮换", "plain"),
            ("「分片負責、對口支援、定期輪換」出自哪一份文件或哪次會議", "分片负责、对口支援、定期轮换", "traditional")]):
        q = f"""SELECT ?e WHERE {{ ?e dk:year ?y ; dk:note ?n . FILTER(CONTAINS(?n, "{phrase}")) }} ORDER BY ?y LIMIT 1"""
        add(f"pr18a-quoted-origin-{i}", "event_facts", [text], col(q), q, variant=variant)

    # the one taken over from named as a point in time (X之后对口Y的是), or 由X变成了谁: the successor
    for i, (text, place, old, variant) in enumerate([
            ("珠海之后帮扶凉山州的是哪个城市", "凉山彝族自治州", "珠海市", "plain"),
            ("深圳以后对口黔南的是哪个市", "黔南布依族苗族自治州", "深圳市", "traditional"),
            ("毕节的帮扶城市后来由深圳变成了谁", "毕节市", "深圳市", "plain")]):
        q = f"""SELECT DISTINCT ?s ?st WHERE {{ ?p0 dk:supporter <{iri_of(old)}> ; dk:recipient <{iri_of(place)}> ; dk:endYear ?e .
          ?p dk:supporter ?s ; dk:recipient <{iri_of(place)}> ; dk:startYear ?st . FILTER(?st >= ?e && ?s != <{iri_of(old)}>) }}"""
        add(f"pr18a-after-named-{i}", "takeover", [text], earliest(q), q, variant=variant)

    # the city a meeting was held in, named after the meeting, is the actor asked about (广州被安排帮扶…), not its venue
    for i, (text, meeting, giver, variant) in enumerate([
            ("广东省调整加强对口帮扶会议上，广州被安排帮扶哪些市", "广东省调整加强对口帮扶会议", "广州市", "plain")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{event(meeting)}> ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r }}"""
        add(f"pr18a-venue-actor-{i}", "event_pairings", [text], col(q), q, variant=variant)

    # a year's meeting named loosely (1984年的那次会议) settled by the actor it gave a task; a meeting with a giver and the
    # region the places asked lie in (第五次西藏工作座谈会安排天津支援青海哪个州)
    for i, (text, meeting, giver, variant) in enumerate([
            ("1984年的那次会议给湖北定了什么支援任务", "全国经济技术协作和对口支援会议", "湖北省", "plain"),
            ("一九八四年那场会议安排广东支援哪个省", "全国经济技术协作和对口支援会议", "广东省", "numeral")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{event(meeting)}> ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          {nc.format('r')} }}"""
        add(f"pr18a-dated-meeting-actor-{i}", "event_pairings", [text], col(q), q, variant=variant)
    for i, (text, meeting, giver, region, cls, variant) in enumerate([
            ("第五次西藏工作座谈会安排北京支援青海哪个州", "第五次西藏工作座谈会", "北京市", "青海省", "dk:AutonomousPrefecture",
             "plain"),
            ("按照汶川地震灾后恢复重建对口支援方案，江苏对口支援四川哪个市", "汶川地震灾后恢复重建对口支援方案", "江苏省", "四川省",
             "dk:City", "traditional"),
            ("根据国办发〔2008〕53号，浙江对口支援四川哪个县", "汶川地震灾后恢复重建对口支援方案", "浙江省", "四川省",
             "dk:CountyLevelDivision", "abbreviation")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{event(meeting)}> ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf <{iri_of(region)}> ; a {cls} . }}"""
        add(f"pr18a-event-within-{i}", "event_pairings", [text], col(q), q, variant=variant)

    # a takeover of a place whose counties changed hands too: the place's own new supporter
    for i, (text, place, old, variant) in enumerate([
            ("新一轮援疆中，接替浙江对口和田的是谁", "和田地区", "浙江省", "plain")]):
        q = f"""SELECT DISTINCT ?s ?st WHERE {{ ?p0 dk:supporter <{iri_of(old)}> ; dk:recipient <{iri_of(place)}> ; dk:endYear ?e .
          ?p dk:supporter ?s ; dk:recipient <{iri_of(place)}> ; dk:startYear ?st . FILTER(?st >= ?e && ?s != <{iri_of(old)}>) }}"""
        add(f"pr18a-takeover-own-{i}", "takeover", [text], earliest(q), q, variant=variant)
    # 不再 says the pairings that ended
    for i, (text, giver, variant) in enumerate([("珠海不再帮扶的是哪些地方", "珠海市", "plain"),
                                               ("廣東不再對口的有哪些地方", "广东省", "traditional")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:endYear ?e }}"""
        add(f"pr18a-no-longer-{i}", "time_filter", [text], col(q), q, variant=variant)
    for i, (text, giver, year, after, cls, variant) in enumerate([
            ("2013年以后深圳不再帮扶哪个州", "深圳市", 2013, True, "dk:AutonomousPrefecture", "plain"),
            ("二〇一〇年珠海不再帮扶哪里", "珠海市", 2010, False, "", "numeral"),
            ("2021年以後寧波不再幫扶哪些地方", "宁波市", 2021, True, "", "traditional")]):
        kind = f"?r a {cls} ." if cls else ""
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:endYear ?e .
          FILTER(?e {'>=' if after else '='} {year}) {kind} {nc.format('r')}
          FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}"""
        add(f"pr18a-no-longer-year-{i}", "time_filter", [text], col(q), q, variant=variant)

    # the body whose own office issued a document, named before it, only says which document (国务院 … 国务院办公厅印发)
    for i, (text, meeting, giver, variant) in enumerate([
            ("国务院那份汶川地震灾后恢复重建对口支援方案安排江苏援建哪里", "汶川地震灾后恢复重建对口支援方案", "江苏省", "plain"),
            ("國務院2008年的53號文件讓上海援建哪個縣", "汶川地震灾后恢复重建对口支援方案", "上海市", "traditional")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{event(meeting)}> ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          {nc.format('r')} }}"""
        add(f"pr18a-issuer-office-{i}", "event_pairings", [text], col(q), q, variant=variant)

    # partners added after a year (又增加, 新增): those begun in the first year from then on (known ones set aside)
    for i, (text, giver, year, known, variant) in enumerate([
            ("2010年以后北京又增加了哪些对口支援的地方", "北京市", 2010, (), "plain"),
            ("一九九〇年以后江苏新增对口支援哪些地方", "江苏省", 1990, (), "numeral"),
            ("2000年以后，广东在原来云南、贵州的基础上又增加支援哪些地方？", "广东省", 2000, ("云南省", "贵州省"), "plain")]):
        aside = f"FILTER(?r NOT IN ({', '.join(f'<{iri_of(k)}>' for k in known)}))" if known else ""
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:startYear ?st .
          {{ SELECT (MIN(?s1) AS ?st) WHERE {{ ?p1 dk:supporter <{iri_of(giver)}> ; dk:startYear ?s1 FILTER(?s1 >= {year}) }} }}
          {aside} }}"""  # (a named supporter's own partners: collectives too, as in every composed list)
        add(f"pr18a-added-next-{i}", "time_filter", [text], col(q), q, variant=variant)

    # a task given in a meeting named by its year and city (1984年天津那次会议), asked as 被分配了什么任务 or 给X分了哪几个地方
    for i, (text, meeting, giver, variant) in enumerate([
            ("1984年天津那次会议上湖北被分配了什么任务", "全国经济技术协作和对口支援会议", "湖北省", "plain"),
            ("一九八四年那次会议上广东被安排了什么任务", "全国经济技术协作和对口支援会议", "广东省", "numeral"),
            ("全国对口支援新疆工作会议给山东分了哪几个地方", "全国对口支援新疆工作会议", "山东省", "traditional")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{event(meeting)}> ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          {nc.format('r')} }}"""
        add(f"pr18a-task-given-{i}", "event_pairings", [text], col(q), q, variant=variant)

    # refusals: a cadre figure, the future, a made-up place in a takeover
    for i, (text, status) in enumerate([("福建援疆一共派了多少干部到昌吉州", "no_template"),
                                        ("哈密原来是粤援疆，2030年以后会改由谁对口？", "no_template"),
                                        ("河南不再援疆阿克苏以后，每年投入了多少资金", "no_template"),
                                        ("福建援藏为什么从林芝换到昌都", "no_template"),
                                        ("哈密2030年会改由哪个省对口", "no_template"),
                                        ("乌兰夫那个报告里提到了多少个援建项目", "no_template"),
                                        ("广东从哈密撤出后派了多少干部去喀什", "no_template")]):
        add(f"pr18a-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)


def gen_probe_18e():
    """Issue #15, yes/no, takeover, time and event set-up after outside-h/-i (groups pr18e-*, written after studying their
    failures): a year said by its last two digits (〇八年, 九八年, 08年); Y是X援藏的吗 (a programme's verb after the giver);
    several places listed in one yes/no; a pairing begun before a year, asked yes or no; a relationship said to last
    (是否还在延续); the supporter changed (帮扶方由X改成了谁); a retasking with a region after the new partner; a clause
    stating a known pairing before the question (由X支援，…改由哪个省); two kinds under one question word (哪些县和兵团师);
    a pair's name (鲁渝协作) for its two members. Our own names and wording; gold from the SPARQL here."""
    def prog(slug: str) -> str:
        return f"<{BASE}programme/{slug}>"

    def ask(query: str) -> list:
        return [bool(store.query(PREFIX + query))]

    # a year by its last two digits: the supporters (of the kind asked) in force that year, the place or its parts
    for i, (text, place, year, cls, variant) in enumerate([
            ("一五年那会儿林芝市是哪个省在援？", "林芝市", 2015, "dk:ProvinceLevelDivision", "numeral"),
            ("九八年对口支援日喀则市的有哪些省市？", "日喀则市", 1998, "dk:ProvinceRankActor", "numeral"),
            ("08年那会儿，哈密是哪个省在援？", "哈密市", 2008, "dk:ProvinceLevelDivision", "numeral")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r ; dk:startYear ?st . ?r dk:partOf? <{iri_of(place)}> .
          ?s a {cls} . OPTIONAL {{ ?p dk:endYear ?e }} FILTER(?st <= {year} && (!BOUND(?e) || ?e >= {year})) }}"""
        add(f"pr18e-short-year-{i}", "time_filter", [text], col(q), q, variant=variant)

    # Y是X援藏的吗: the programme's own verb after the giver; the place asked with its parts
    for i, (text, place, giver, slug, variant) in enumerate([
            ("拉萨是京援藏的不？", "拉萨市", "北京市", "yuanzang", "abbreviation"),
            ("日喀则是粤援藏的吗？", "日喀则市", "广东省", "yuanzang", "abbreviation"),
            ("喀什是滬援疆的嗎", "喀什地区", "上海市", "yuanjiang", "traditional")]):
        q = f"""ASK {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:programme {prog(slug)} . ?r dk:partOf? <{iri_of(place)}> }}"""
        add(f"pr18e-verb-programme-{i}", "yes_no", [text], ask(q), q, variant=variant)

    # several places listed in one yes/no question: yes only if the giver supports each
    for i, (text, giver, places, variant) in enumerate([
            ("江孜、拉孜是上海援建的不？", "上海市", ["江孜县", "拉孜县"], "plain"),
            ("上海对口支援江孜县和林芝市吗？", "上海市", ["江孜县", "林芝市"], "plain"),
            ("京援助和田县、墨玉县、洛浦县吗", "北京市", ["和田县", "墨玉县", "洛浦县"], "abbreviation")]):
        q = "ASK { " + " ".join(f"?p{j} dk:supporter <{iri_of(giver)}> ; dk:recipient ?r{j} . ?r{j} dk:partOf? <{iri_of(pl)}> ."
                                for j, pl in enumerate(places)) + " }"
        add(f"pr18e-listed-yes-no-{i}", "yes_no", [text], ask(q), q, variant=variant)

    # a pairing begun before a year, asked yes or no
    for i, (text, giver, place, year, variant) in enumerate([
            ("江苏对口支援伊犁州是2000年以前开始的吗", "江苏省", "伊犁哈萨克自治州", 2000, "plain"),
            ("闽援林芝，是不是二〇〇〇年以前就开始了？", "福建省", "林芝市", 2000, "numeral")]):
        q = f"""ASK {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:startYear ?s . ?r dk:partOf? <{iri_of(place)}> FILTER(?s < {year}) }}"""
        add(f"pr18e-began-before-{i}", "yes_no", [text], ask(q), q, variant=variant)

    # a relationship said to last: only a pairing without an end
    for i, (text, giver, place, slug, variant) in enumerate([
            ("截至目前，浙江对和田地区的对口援疆关系是否还在延续？", "浙江省", "和田地区", "yuanjiang", "plain"),
            ("北京对拉萨的援藏结对至今仍在延续吗？", "北京市", "拉萨市", "yuanzang", "plain")]):
        q = f"""ASK {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:programme {prog(slug)} . ?r dk:partOf? <{iri_of(place)}>
          FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"""
        add(f"pr18e-still-running-{i}", "yes_no", [text], ask(q), q, variant=variant)

    # the supporter changed (帮扶方由X改成了谁): the place's supporter begun once X's pairing had ended, the earliest
    for i, (text, place, old, year, cls, variant) in enumerate([
            ("二〇一〇年起，重庆的帮扶方由厦门改成了谁？", "重庆市", "厦门市", 2010, "", "numeral"),
            ("2010年以后，哈密的支援方从粤换成了哪个省？", "哈密市", "广东省", 2010, "?s a dk:ProvinceLevelDivision .",
             "abbreviation")]):
        q = f"""SELECT DISTINCT ?s ?st WHERE {{ ?p0 dk:supporter <{iri_of(old)}> ; dk:recipient ?r0 ; dk:endYear ?e .
          ?r0 dk:partOf? <{iri_of(place)}> . ?p dk:supporter ?s ; dk:recipient ?r ; dk:startYear ?st . ?r dk:partOf? <{iri_of(place)}> .
          FILTER(?st >= ?e && ?st >= {year} && ?s != <{iri_of(old)}>) {cls} FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        found = rows(q)
        first = min((r[1] for r in found), default=None)
        add(f"pr18e-supporter-changed-{i}", "takeover", [text], sorted({r[0] for r in found if r[1] == first}), q,
            variant=variant)

    # a clause stating a known pairing before the question: the stage asked, the agent stated set aside
    for i, (text, place, slug, variant) in enumerate([
            ("汶川地震对口支援中，北川县在过渡安置阶段由山东省支援，到灾后恢复重建阶段改由哪个省支援？", "北川羌族自治县",
             "wenchuan-chongjian", "plain"),
            ("2008年6月的重建方案中，汶川县由广东省对口支援；5月过渡安置阶段汶川县原来是哪个省支援的？", "汶川县",
             "wenchuan-guodu", "plain")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme {prog(slug)} ; dk:supporter ?s ; dk:recipient <{iri_of(place)}> .
          ?s a dk:ProvinceLevelDivision }}"""
        add(f"pr18e-stated-clause-{i}", "takeover", [text], col(q), q, variant=variant)

    # two kinds under one question word (哪些县和兵团师): the partners of either kind
    for i, (text, giver, variant) in enumerate([
            ("北京对口支援哪些县和兵团师？", "北京市", "plain"),
            ("滬對口支援哪些縣和兵團師", "上海市", "traditional")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          {{ ?r a dk:CountyLevelDivision }} UNION {{ ?r a dk:XPCCDivision }} }}"""
        add(f"pr18e-two-kinds-{i}", "forward_list", [text], col(q), q, variant=variant)

    # a pair's name (two abbreviations before 协作): its two members, the first the giver; the earliest start
    for i, (text, giver, place, variant) in enumerate([
            ("鲁渝协作始于哪年", "山东省", "重庆市", "abbreviation"),
            ("粤桂協作是哪一年開始的", "广东省", "广西壮族自治区", "traditional"),
            ("闽宁协作 哪年开始", "福建省", "宁夏回族自治区", "abbreviation")]):
        q = f"""SELECT (MIN(?st) AS ?y) WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:startYear ?st .
          ?r dk:partOf? <{iri_of(place)}> }}"""
        add(f"pr18e-pair-name-{i}", "since_when", [text], col(q), q, variant=variant)

    # a meeting as a point in time beside the year the pairings began (…座谈会之后、于1995年开始…): the year is the constraint
    for i, (text, year, variant) in enumerate([
            ("第三次西藏工作座谈会之后、于1995年开始对口援藏的省份有哪些？", 1995, "plain"),
            ("第四次西藏工作座谈会以后，二〇〇二年开始援藏的省份有哪些", 2002, "numeral")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme {prog("yuanzang")} ; dk:supporter ?s ; dk:startYear {year} .
          ?s a dk:ProvinceLevelDivision }}"""
        add(f"pr18e-point-and-year-{i}", "time_filter", [text], col(q), q, variant=variant)

    # which meeting set up a programme's pairings in a year (the venue named only says where): the launch of the round
    # begun that year, else the meetings of that year that set up its pairings begun then
    for i, (text, slug, year, variant) in enumerate([
            ("2010年3月在北京开的哪个会议确定了援疆结对？", "yuanjiang", 2010, "plain"),
            ("一九九四年的援藏结对是在哪次会议上确定的", "yuanzang", 1994, "numeral"),
            ("我们这一轮援疆结对，是二〇一〇年在北京开的哪个会定下来的？", "yuanjiang", 2010, "numeral")]):
        q = f"""SELECT DISTINCT ?e WHERE {{ ?r dk:roundOf {prog(slug)} ; dk:startYear {year} ; dk:launchedBy ?e }}"""
        gold = col(q) or col(f"""SELECT DISTINCT ?e WHERE {{ ?p dk:programme {prog(slug)} ; dk:startYear {year} ;
          dk:establishedBy ?e . ?e dk:year {year} }}""")
        add(f"pr18e-meeting-of-year-{i}", "event_pairings", [text], gold, q, variant=variant)

    # a task word before a programme named by its aid verb (被安排帮扶粤东西北的…): the actor gives
    for i, (text, giver, variant) in enumerate([
            ("东莞被安排帮扶粤东西北的哪些市？", "东莞市", "plain"),
            ("廣州被安排幫扶粵東西北的哪些市", "广州市", "traditional")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme {prog("guangdong-shengnei")} ; dk:supporter <{iri_of(giver)}> ;
          dk:recipient ?r }}"""
        add(f"pr18e-tasked-programme-{i}", "event_pairings", [text], col(q), q, variant=variant)

    # a meeting or document and a place with 哪些地方 right after it: the places within it that the event set up as aided
    # (a named place's kind in a clause set aside, 除了…的县以外，还…, is no constraint)
    def event_by_label(name: str) -> str:
        return col(f'SELECT ?e WHERE {{ ?e rdfs:label "{name}"@zh }}')[0]

    for i, (text, ev, place, variant) in enumerate([
            ("全国对口支援新疆工作会议安排了和田哪些地方？", "全国对口支援新疆工作会议", "和田地区", "plain"),
            ("第三次西藏工作座谈会安排了日喀则哪些地方", "第三次西藏工作座谈会", "日喀则市", "plain"),
            ("汶川地震灾后恢复重建对口支援方案安排了阿坝州哪些地方？", "汶川地震灾后恢复重建对口支援方案", "阿坝藏族羌族自治州",
             "abbreviation"),
            ("全国对口支援新疆工作会议，除了喀什的县以外，还安排了和田哪些地方？", "全国对口支援新疆工作会议", "和田地区", "plain")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{event_by_label(ev)}> ; dk:recipient ?r ; dk:supporter ?s .
          ?r dk:partOf+ <{iri_of(place)}> . FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        add(f"pr18e-event-places-within-{i}", "event_pairings", [text], col(q), q, variant=variant)

    # refusals: money of a pair, a place the graph lacks in a short-year question, the future
    for i, (text, status) in enumerate([
            ("沪滇协作投入了多少资金？", "no_template"),
            ("〇八年那会儿纽约是哪个省在援？", "no_entity"),
            ("闽宁协作下一次会议什么时候开？", "no_template"),
            ("2010年在纽约开的哪个会确定了援疆结对？", "no_entity")]):
        add(f"pr18e-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)
def gen_probe_18f():
    """Session 9, #15 (qa-f): book facts, a ranking by who joined last, the present as a time constraint, listed actors
    counted together, and two mechanism figures compared; gold from SPARQL written here (groups pr18f-*)."""
    book = "PREFIX bibo: <http://purl.org/ontology/bibo/> PREFIX dcterms: <http://purl.org/dc/terms/> "
    # the price asked as an amount (售价, 标价, 多少元): the number printed on the copyright page
    q = """PREFIX schema: <http://schema.org/> SELECT ?p WHERE { ?b schema:price ?p }"""
    add("pr18f-price", "book_fact", ["那本讲对口支援政策的研究报告，售价多少元", "这本书标价多少钱"],
        [int(float(rows(q)[0][0]))], q, variants={1: "traditional"})
    # a chapter pointed at by its title, its first page asked
    for i, (title, text, variant) in enumerate([
            ("部委及中央直属企事业单位对口支援", "部委及中央直属企事业单位对口支援那一章从第几页开始", "plain"),
            ("对口援藏", "对口援藏这一章从哪一页开始？", "traditional"),
            ("对口支援政策长效机制构建", "对口支援政策长效机制构建那章从第几页起", "plain")]):
        q = book + f"""SELECT ?p WHERE {{ ?c dcterms:isPartOf ?b . ?b a bibo:Book . ?c dcterms:title "{title}"@zh ;
          bibo:pageStart ?p }}"""
        add(f"pr18f-chapter-page-{i}", "book_fact", [text], [int(r[0]) for r in rows(q)], q, variant=variant)
    # the provinces a chapter's sections treat: the province-level places whose names open its section titles
    q = book + """SELECT DISTINCT ?x WHERE { ?c dcterms:isPartOf ?b ; dk:headingNumber 6 . ?b a bibo:Book .
      ?s dcterms:isPartOf ?c ; dcterms:title ?t . ?x a dk:ProvinceLevelDivision ; rdfs:label ?l FILTER(lang(?l) = "zh")
      FILTER(STRSTARTS(STR(?t), STR(?l))) }"""
    add("pr18f-chapter-places", "book_fact", ["书里第六章写了哪几个省份的省内对口支援"], col(q), q)

    # the one that joined last: of an actor's recipients (within a place), of a place's supporters
    def last_joined(pattern: str) -> str:
        return f"""SELECT ?r WHERE {{ {{ SELECT ?r (MIN(?y) AS ?first) WHERE {{ {pattern} }} GROUP BY ?r }}
          {{ SELECT (MAX(?f) AS ?last) WHERE {{ {{ SELECT ?r (MIN(?y) AS ?f) WHERE {{ {pattern} }} GROUP BY ?r }} }} }}
          FILTER(?first = ?last) }}"""
    for i, (giver, place, text, variant) in enumerate([
            ("天津市", None, "天津对口支援的地方中，哪个是最后加入的", "plain"),
            ("深圳市", None, "深圳对口支援的地方中最晚加入的是哪个", "abbreviation"),
            ("上海市", "喀什地区", "上海在喀什对口的几个县里，哪一个最晚加入？", "plain")]):
        inside = f"?r dk:partOf+ <{iri_of(place)}> ." if place else ""
        q = last_joined(f"?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:startYear ?y . {inside}")
        add(f"pr18f-latest-{i}", "superlative", [text], col(q), q, variant=variant)
    q = last_joined(f"""?p dk:recipient ?x ; dk:supporter ?r ; dk:startYear ?y . ?x dk:partOf? <{iri_of("林芝市")}> .
      FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }}""")
    add("pr18f-latest-supporter", "superlative", ["對口支援林芝的各方中哪個最晚加入"], col(q), q, variant="traditional")

    # 目前/现在 at the head of a ranking: only pairings not ended before this year count
    import datetime
    year = datetime.date.today().year
    for i, (region, text, most) in enumerate([
            ("西藏自治区", "现在西藏七个地市中，支援省份最少的是哪个", False),
            ("西藏自治区", "目前西藏的地市里，对口支援省份最多的是哪一个", True)]):
        q = f"""SELECT ?c WHERE {{ {{ SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{
            ?c a dk:PrefectureLevelDivision ; dk:partOf+ <{iri_of(region)}> . ?r dk:partOf* ?c .
            ?p dk:recipient ?r ; dk:supporter ?s . ?s a dk:ProvinceLevelDivision .
            FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < {year}) }} }} GROUP BY ?c }}
          {{ SELECT ({"MAX" if most else "MIN"}(?m) AS ?best) WHERE {{ {{ SELECT ?c2 (COUNT(DISTINCT ?s2) AS ?m) WHERE {{
            ?c2 a dk:PrefectureLevelDivision ; dk:partOf+ <{iri_of(region)}> . ?r2 dk:partOf* ?c2 .
            ?p2 dk:recipient ?r2 ; dk:supporter ?s2 . ?s2 a dk:ProvinceLevelDivision .
            FILTER NOT EXISTS {{ ?p2 dk:endYear ?e2 FILTER(?e2 < {year}) }} }} GROUP BY ?c2 }} }} }}
          FILTER(?n = ?best) }}"""
        add(f"pr18f-current-rank-{i}", "superlative", [text], col(q), q)

    # listed actors counted together: their partners within the place, each once
    for i, (givers, place, cls, text, variant) in enumerate([
            (("北京市", "天津市"), "和田地区", "CountyLevelDivision", "北京和天津在和田总共帮扶了几个县", "plain"),
            (("北京市", "天津市"), "西藏自治区", "CountyLevelDivision", "京、津两市在西藏一共对口支援了几个县", "abbreviation"),
            (("江苏省", "浙江省"), "新疆维吾尔自治区", None, "苏、浙两省在新疆一共支援了多少个地方", "abbreviation")]):
        values = " ".join(f"<{iri_of(g)}>" for g in givers)
        kind = f"?r a dk:{cls} ." if cls else ""
        q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?g {{ {values} }} ?p dk:supporter ?g ; dk:recipient ?r .
          ?r dk:partOf+ <{iri_of(place)}> . {kind} }}"""
        add(f"pr18f-together-{i}", "count", [text], col(q), q, variant=variant)

    # two figures of one measure compared: two batches (the larger's fact), two years (the year), two programmes
    def batch(n: int, slug: str) -> str:
        return f"""?f{n} a dk:CadreBatch ; dk:batchNumber {n} ; dk:aboutProgramme <{BASE}programme/{slug}> ; dk:value ?v{n} ;
          dk:verificationStatus ?st{n} FILTER(?st{n} != dk:Unverified)"""
    q = f"""SELECT DISTINCT ?f WHERE {{ {batch(5, "yuanzang")} . {batch(10, "yuanzang")} .
      BIND(IF(?v5 < ?v10, ?f5, ?f10) AS ?f) }}"""
    add("pr18f-compare-batch", "comparison", ["第五批援藏干部和第十批援藏干部哪批人少"], col(q), q)
    q = f"""SELECT ?y WHERE {{ VALUES ?y {{ 2019 2024 }} ?f a dk:FundingReport ; dk:aboutProgramme <{BASE}programme/dongxibu> ;
      dk:startYear ?y ; dk:endYear ?y ; dk:value ?v ; dk:verificationStatus dk:Verified }} ORDER BY DESC(?v) LIMIT 1"""
    add("pr18f-compare-years", "comparison", ["东西部协作财政援助资金二〇一九年多还是二〇二四年多"], col(q), q, variant="numeral")
    q = f"""SELECT ?g WHERE {{ VALUES ?g {{ <{BASE}programme/sanxia> <{BASE}programme/wenchuan-chongjian> }}
      ?f a dk:FundingReport ; dk:aboutProgramme ?g ; dk:value ?v ; dk:verificationStatus ?st FILTER(?st != dk:Unverified) }}
      GROUP BY ?g ORDER BY MIN(?v) LIMIT 1"""
    add("pr18f-compare-programmes", "comparison", ["三峡对口支援引入的资金跟汶川援建资金比，哪个少"], col(q), q)

    # the body a rule names in its own words (由…协调), asked 哪个机构: the body, not the rule's whole text
    q = f"""SELECT (REPLACE(STR(?pr), "^由([^；，]+?)协调.*$", "$1") AS ?v) WHERE {{ ?f a dk:ManagementRule ;
      dk:aboutProgramme <{BASE}programme/sanxia> ; dk:principle ?pr FILTER(STRSTARTS(STR(?pr), "由") && CONTAINS(STR(?pr), "协调")) }}"""
    add("pr18f-rule-body", "mechanism", ["三峡库区移民对口支援的协调工作由哪个机构负责",
                                         "按一九九二年国务院办公厅的通知，三峡移民对口支援归口哪个机构协调"],
        col(q), q, variants={1: "numeral"})

    # a number asked inside the name of the decision that states it: the collective pairing it set up names the count
    q = """SELECT DISTINCT (REPLACE(STR(?l), "^[^0-9]*([0-9]+)个部委.*$", "$1") AS ?n) WHERE { ?p dk:establishedBy ?e ;
      rdfs:label ?l . ?e dk:year 1993 FILTER(lang(?l) = "zh" && CONTAINS(STR(?l), "个部委")) }"""
    add("pr18f-event-number", "count", ["一九九三年由国务院几个部委对口支援西藏区直各部门"], col(q), q, variant="numeral")

    # refusals: a figure per batch the graph does not hold, money per supporter, allowances
    for i, text in enumerate(["第七批援疆干部和第十批援疆干部谁的补贴高", "上海和北京在喀什一共投入了多少资金",
                              "援藏干部的工资第五批和第十批哪批高", "援青干部每月的补助有多少", "援疆干部津贴标准是多少钱"]):
        add(f"pr18f-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_template")
def gen_probe_18d():
    """Issue #15 items 3 and 9, fourth round (groups pr18d-*, written after studying outside-h/-i's common-partner
    failures): two or three supporters named by abbreviations run together or set off by a space before a joint word
    (湘鄂皖 共同援, 辽浙一起援藏, 沪和鲁 都援), with a region where the common places lie; two places' common supporters
    within a programme and of a kind. Our own names and wording; gold from the SPARQL here."""
    unverified = "FILTER NOT EXISTS {{ ?{} dk:verificationStatus dk:Unverified }}"

    def common_places(givers: list[str], region: str | None, prog: str | None) -> str:
        lines = []
        for i, giver in enumerate(givers):
            lines.append(f"?p{i} dk:supporter <{iri_of(giver)}> ; dk:recipient ?r . {unverified.format(f'p{i}')}")
            if prog:
                lines.append(f"?p{i} dk:programme <{BASE}programme/{prog}> .")
        if region:
            lines.append(f"?r dk:partOf+ <{iri_of(region)}> .")
        return "SELECT DISTINCT ?r WHERE { " + " ".join(lines) + " }"

    for i, (text, givers, region, prog, variant) in enumerate([
            ("陕和冀 都援的西藏哪个地区", ["陕西省", "河北省"], "西藏自治区", None, "abbreviation"),
            ("渝粤津 共同援的是西藏哪个市", ["重庆市", "广东省", "天津市"], "西藏自治区", None, "abbreviation"),
            ("黑龙江、吉林、山东都援的西藏哪个市", ["黑龙江省", "吉林省", "山东省"], "西藏自治区", None, "plain"),
            ("閩粵一起援藏的是哪", ["福建省", "广东省"], None, "yuanzang", "traditional"),
            ("苏和京 一同支援的是西藏哪个市", ["江苏省", "北京市"], "西藏自治区", None, "abbreviation")]):
        q = common_places(givers, region, prog)
        add(f"pr18d-common-places-{i}", "intersection", [text], col(q), q, variant=variant)

    def common_givers(places: list[str], prog: str, cls: str) -> str:
        lines = [f"?p{i} dk:recipient <{iri_of(place)}> ; dk:supporter ?s ; dk:programme <{BASE}programme/{prog}> . "
                 f"{unverified.format(f'p{i}')}" for i, place in enumerate(places)]
        return "SELECT DISTINCT ?s WHERE { " + " ".join(lines) + f" ?s a {cls} . }}"

    for i, (text, places, cls, variant) in enumerate([
            ("策勒跟于田共同的援疆省市是哪个", ["策勒县", "于田县"], "dk:ProvinceRankActor", "plain"),
            ("英吉沙和岳普湖共同的援疆省份是哪个", ["英吉沙县", "岳普湖县"], "dk:ProvinceLevelDivision", "plain"),
            ("福海與青河共同的援疆省份是哪一個", ["福海县", "青河县"], "dk:ProvinceLevelDivision", "traditional")]):
        q = common_givers(places, "yuanjiang", cls)
        add(f"pr18d-common-givers-{i}", "intersection", [text], col(q), q, variant=variant)

    # a province's (or a city's) own parts hold its pairings within a region: the places its parts support there, when
    # it has no verified pairing of its own with a place within the region
    def through_parts(giver: str, region: str, cls: str = "") -> str:
        kind = f"?r a {cls} ." if cls else ""
        return f"""SELECT DISTINCT ?r WHERE {{ ?g dk:partOf+ <{iri_of(giver)}> . ?p dk:supporter ?g ; dk:recipient ?r .
          ?r dk:partOf <{iri_of(region)}> . {kind} }}"""

    for i, (text, giver, region, cls, variant) in enumerate([
            ("北京在玉树州对口支援了哪些地方？", "北京市", "玉树藏族自治州", "", "plain"),
            ("上海在迪庆州支援了哪几个县", "上海市", "迪庆藏族自治州", "dk:CountyLevelDivision", "plain"),
            ("蘇在伊犁州對口支援哪些縣", "江苏省", "伊犁哈萨克自治州", "dk:CountyLevelDivision", "abbreviation"),
            ("吉林省在阿勒泰地区负责对口的是哪些县", "吉林省", "阿勒泰地区", "dk:CountyLevelDivision", "plain")]):
        q = through_parts(giver, region, cls)
        add(f"pr18d-within-through-parts-{i}", "rollup", [text], col(q), q, variant=variant)

    # 归X援疆/对口: X is the agent (the place before it is where the parts asked lie)
    for i, (text, giver, region, variant) in enumerate([
            ("和田地区下面归京援疆的是哪几个县", "北京市", "和田地区", "abbreviation"),
            ("昌都下面歸閩援藏的是哪幾個縣", "福建省", "昌都市", "traditional"),
            ("日喀则下面归黑龙江对口的是哪些县", "黑龙江省", "日喀则市", "plain")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?g dk:partOf* <{iri_of(giver)}> . ?p dk:supporter ?g ; dk:recipient ?r .
          ?r dk:partOf <{iri_of(region)}> ; a dk:CountyLevelDivision . FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}"""
        add(f"pr18d-agent-gui-{i}", "rollup", [text], col(q), q, variant=variant)

    # two county-level kinds asked together (哪些区和县, 县、区): one kind, county level
    for i, (text, giver, region, variant) in enumerate([
            ("天津对口支援昌都，具体负责昌都下面的哪些县和区", "天津市", "昌都市", "plain"),
            ("上海對口支援日喀則，負責日喀則下面的哪些縣和區", "上海市", "日喀则市", "traditional"),
            ("鲁在日喀则对口的县、区有哪些", "山东省", "日喀则市", "abbreviation")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?g dk:partOf* <{iri_of(giver)}> . ?p dk:supporter ?g ; dk:recipient ?r .
          ?r dk:partOf <{iri_of(region)}> ; a dk:CountyLevelDivision . FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}"""
        add(f"pr18d-county-kinds-{i}", "rollup", [text], col(q), q, variant=variant)

    # two kinds joined (哪些县和兵团的师, 哪些省市和中央企业): places or supporters of either kind
    for i, (text, giver, classes, variant) in enumerate([
            ("北京援疆都对口哪些县和兵团的师", "北京市", ("dk:CountyLevelDivision", "dk:XPCCDivision"), "plain"),
            ("山東援疆對口哪些縣和兵團各師", "山东省", ("dk:CountyLevelDivision", "dk:XPCCDivision"), "traditional"),
            ("天津援疆对口的县以及兵团的师有哪些", "天津市", ("dk:CountyLevelDivision", "dk:XPCCDivision"), "plain")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ;
          dk:programme <{BASE}programme/yuanjiang> . {{ ?r a {classes[0]} }} UNION {{ ?r a {classes[1]} }}
          FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}"""
        add(f"pr18d-joined-kinds-{i}", "actor_type", [text], col(q), q, variant=variant)
    for i, (text, place, variant) in enumerate([
            ("那曲市由哪些省市和中央企业支援？", "那曲市", "plain"),
            ("阿里地区由哪些省市和央企对口支援", "阿里地区", "abbreviation")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?r dk:partOf* <{iri_of(place)}> . ?p dk:recipient ?r ; dk:supporter ?s .
          {{ ?s a dk:ProvinceRankActor }} UNION {{ ?s a dk:CentralEnterprise }} FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }}
          FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}"""
        add(f"pr18d-joined-kinds-givers-{i}", "actor_type", [text], col(q), q, variant=variant)

    # refusals: a figure or a reason asked of the same shapes (the graph holds no per-pairing money, cadres or motives)
    for i, (text, status) in enumerate([("渝粤 都援的西藏哪个市每年投入多少资金", "no_template"),
                                        ("陕冀一起援藏派了多少干部", "no_template"),
                                        ("天津援疆对口哪些县和兵团的师，为什么这样安排", "no_template"),
                                        ("苏在伊犁州对口支援的县每年拿到多少援助资金", "no_template")]):
        add(f"pr18d-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)

    # Y援X是Z哪个市负责/承担: the asked level within the second name gives (the task's verb, not only a verb of aid)
    for i, (text, place, province, variant) in enumerate([
            ("吉木萨尔县援疆是福建哪个市负责的", "吉木萨尔县", "福建省", "plain"),
            ("新源县援疆是蘇哪个市承担", "新源县", "江苏省", "abbreviation"),
            ("八宿縣援藏是福建哪個市負責", "八宿县", "福建省", "traditional")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?s . ?s dk:partOf+ <{iri_of(province)}> ;
          a dk:City . FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}"""
        add(f"pr18d-part-tasked-{i}", "actor_type", [text], col(q), q, variant=variant)

    # a year inside a clause that widens the list (包括2001年以后增补的那个县): the whole list, not a time scope
    for i, (text, giver, region, variant) in enumerate([
            ("请列出黑龙江在日喀则市结对的全部县，包括2001年以后新增的那个县", "黑龙江省", "日喀则市", "plain"),
            ("列出山东在日喀则对口的全部县，也包括二〇〇一年后增加的", "山东省", "日喀则市", "numeral"),
            ("请列出吉林在日喀则结对的所有县，包括二〇〇一年以后纳入的", "吉林省", "日喀则市", "numeral")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r . ?r dk:partOf <{iri_of(region)}> ;
          a dk:CountyLevelDivision . FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}"""
        add(f"pr18d-included-year-{i}", "forward_list", [text], col(q), q, variant=variant)

    # 承担 as the verb of a pairing (Y由Z哪个市承担): Z's parts of that level give
    for i, (text, place, province, variant) in enumerate([
            ("吉木萨尔县由福建哪个市承担", "吉木萨尔县", "福建省", "plain"),
            ("洛隆縣由福建哪個市承擔", "洛隆县", "福建省", "traditional"),
            ("左贡县由闽哪个市承担援藏任务", "左贡县", "福建省", "abbreviation")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?s . ?s dk:partOf+ <{iri_of(province)}> ;
          a dk:City . FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}"""
        add(f"pr18d-part-shouldered-{i}", "actor_type", [text], col(q), q, variant=variant)


def gen_probe_19a():
    """Issue #15 item 10 (groups pr19a-*): a name the graph does not hold is never ignored. Made-up places as the
    subject, the aid verb's object, a partner, the region of the parts asked, a venue, inside a yes/no, beside a year,
    in traditional script and beside an abbreviation are refused (no_entity); real places with long descriptions,
    description words (贫困县, 受援地), abbreviations (沪, 京, 鲁援日喀则) and place words are answered. Our own names; gold from the
    SPARQL here."""
    for i, (text, variant) in enumerate([
            ("霍格沃茨对口支援西藏哪些县？", "plain"),
            ("福建对口援建过亚特兰蒂斯吗？", "plain"),
            ("吉林和艾泽拉斯是对口合作关系吗", "plain"),
            ("浙江在艾泽拉斯对口支援哪些县", "plain"),
            ("在中土召开的哪次会议确定了援疆？", "plain"),
            ("天津对口支援新疆的纳尼亚县吗", "plain"),
            ("鲁在瓦坎达对口支援哪些县", "abbreviation"),
            ("2015年以来江西在霍格沃茨对口帮扶哪些地方", "plain"),
            ("二〇一〇年以后福建在亚特兰蒂斯援建了哪些县", "numeral"),
            ("廣東在霍格沃茨對口支援哪些縣", "traditional"),
            ("亚特兰蒂斯州的哪些县得到辽宁援助", "plain"),
            ("江苏和瓦坎达共同支援过哪些地方", "plain"),
            ("艾泽拉斯援藏干部有多少人", "plain")]):
        add(f"pr19a-unknown-name-{i}", "out_of_scope", [text], [], "", answerable=False, expected="no_entity",
            variant=variant)

    def within(giver: str, region: str, cls: str = "", since: int | None = None, depth: str = "") -> str:
        kind = f"?r a {cls} ." if cls else ""
        year = f"?p dk:startYear ?y . FILTER(?y >= {since})" if since else ""
        return f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf{depth} <{iri_of(region)}> . {kind} {year} }}"""

    county = "dk:CountyLevelDivision"
    for i, (text, giver, region, cls, since, depth, variant) in enumerate([
            ("上海在喀什地区对口支援的贫困县有哪些", "上海市", "喀什地区", county, None, "", "plain"),
            ("廣東省對口支援的那個位於四川省阿壩藏族羌族自治州、地震中受災最重的縣是哪個", "广东省", "阿坝藏族羌族自治州",
             county, None, "", "traditional"),
            ("浙江在四川对口支援的受援地有哪些", "浙江省", "四川省", "", None, "+", "plain"),
            ("深圳對口支援喀什的哪些縣", "深圳市", "喀什地区", county, None, "", "traditional"),
            ("二〇一〇年以后上海在喀什对口支援哪些县", "上海市", "喀什地区", county, 2010, "", "numeral"),
            ("京在和田地区对口支援的是哪些县", "北京市", "和田地区", county, None, "", "abbreviation")]):
        q = within(giver, region, cls, since, depth)
        add(f"pr19a-real-within-{i}", "rollup", [text], col(q), q, variant=variant)
    q = recipients_q(iri_of("上海市"))
    add("pr19a-real-recipients", "forward_list", ["沪对口支援哪些受援地？"], col(q), q, variant="abbreviation")
    for i, (text, giver, place) in enumerate([("鲁援日喀则是哪一年开始的", "山东省", "日喀则市"),
                                              ("闽援昌都始于哪一年", "福建省", "昌都市")]):
        q = f"""SELECT (MIN(?y) AS ?start) WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> ;
          dk:startYear ?y }}"""
        add(f"pr19a-real-start-{i}", "since_when", [text], col(q), q, variant="abbreviation")


def gen_probe_19a_kinds():
    """Yes/no and start-year kinds of outside-d/-e/-g's test halves (groups pr19a-*): still in force now said without a
    verb of aid (闽 援藏 林芝 现在还在吗), a place said to lie within a supporter's scope (林芝仍在福建的援藏范围之内吗: the
    second name gives), and a source lead that names the book (据该书记载，…). Our own names; gold from the SPARQL here."""
    this_year = datetime.date.today().year

    def current(giver: str, place: str, prog: str) -> str:
        return f"""ASK {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?x ; dk:programme <{BASE}programme/{prog}> .
          ?x dk:partOf? <{iri_of(place)}> . FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < {this_year}) }} }}"""

    for i, (text, giver, place, prog, variant) in enumerate([
            ("豫 援疆 哈密 现在还在吗", "河南省", "哈密市", "yuanjiang", "abbreviation"),
            ("沪 援疆 阿克苏 现在还在吗", "上海市", "阿克苏地区", "yuanjiang", "abbreviation"),
            ("哈密现在仍在河南的援疆范围之内吗", "河南省", "哈密市", "yuanjiang", "plain"),
            ("阿克蘇現在還在浙江的援疆名單裏嗎", "浙江省", "阿克苏地区", "yuanjiang", "traditional"),
            ("拉萨现在仍在江苏的援藏名单之列吗", "江苏省", "拉萨市", "yuanzang", "plain"),
            ("阿克苏仍在上海的援疆范围之内吗", "上海市", "阿克苏地区", "yuanjiang", "plain")]):
        q = current(giver, place, prog)
        add(f"pr19a-still-in-scope-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)

    for i, (text, giver, place, variant) in enumerate([
            ("據書中所載，北京對口支援內蒙古是從哪一年開始的？", "北京市", "内蒙古自治区", "traditional"),
            ("据这本书介绍，江苏对口支援广西始于哪一年", "江苏省", "广西壮族自治区", "plain"),
            ("根据该书的记述，上海对口支援云南是哪一年开始的", "上海市", "云南省", "plain")]):
        q = f"""SELECT (MIN(?y) AS ?start) WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> ;
          dk:startYear ?y }}"""
        add(f"pr19a-book-lead-start-{i}", "since_when", [text], col(q), q, variant=variant)


def gen_probe_19a_members():
    """Yes/no kinds of outside-b/-c/-g's test halves (groups pr19a-*): a one-character abbreviation (or two joined by 和)
    as the subject of a copula placing it among a programme's members or pairs (渝是19个援疆省市之一吗, 粤和桂算不算东西部
    协作的一对), and a year with a launch word right before a programme (2010年启动的对口援青工作中): the pairings begun
    since. Our own names; gold from the SPARQL here."""
    def member(giver: str, prog: str) -> str:
        return f"ASK {{ ?p dk:supporter <{iri_of(giver)}> ; dk:programme <{BASE}programme/{prog}> }}"

    for i, (text, giver, prog, variant) in enumerate([
            ("鲁是援疆的19个省市之一吗", "山东省", "yuanjiang", "abbreviation"),
            ("渝是援藏省市之一吗", "重庆市", "yuanzang", "abbreviation"),
            ("皖是不是援疆省市之一", "安徽省", "yuanjiang", "abbreviation")]):
        q = member(giver, prog)
        add(f"pr19a-abbr-member-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)

    def pair(giver: str, taker: str, prog: str, since: int | None = None) -> str:
        year = f"?p dk:startYear ?y . FILTER(?y >= {since})" if since else ""
        return f"""ASK {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:programme <{BASE}programme/{prog}> .
          ?r dk:partOf? <{iri_of(taker)}> . {year} }}"""

    for i, (text, giver, taker, variant) in enumerate([
            ("閩和寧算不算東西部協作的一對", "福建省", "宁夏回族自治区", "traditional"),
            ("津和甘是不是东西部协作的一对", "天津市", "甘肃省", "abbreviation"),
            ("京和藏算不算东西部协作的一对", "北京市", "西藏自治区", "abbreviation")]):
        q = pair(giver, taker, "dongxibu")
        add(f"pr19a-abbr-pair-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)

    for i, (text, giver, taker, prog, since, variant) in enumerate([
            ("二〇一〇年启动的援青工作中，天津是否对口支援黄南藏族自治州？", "天津市", "黄南藏族自治州", "yuanqing", 2010, "numeral"),
            ("2010年开始的援疆工作中，上海对口支援阿克苏地区吗", "上海市", "阿克苏地区", "yuanjiang", 2010, "plain"),
            ("1994年启动的援藏工作中，湖南是否对口支援山南", "湖南省", "山南市", "yuanzang", 1994, "plain"),
            ("一九九四年啟動的援藏工作中，河北是否對口支援阿里地區", "河北省", "阿里地区", "yuanzang", 1994, "traditional")]):
        q = pair(giver, taker, prog, since)
        add(f"pr19a-dated-programme-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)
def gen_probe_19b():
    """Region and parts, forward and reverse lists and kinds of actor, from the studied halves' failures (session 10,
    round b), each kind in our own wording with other names, programmes and places (groups pr19b-*); gold from the
    SPARQL here, written against the graph, not the pipeline's fragments."""
    prog = {k: f"{BASE}programme/{k}" for k in ("yuanzang", "yuanjiang", "yuanqing", "wanbei", "sanxia", "dianhu-diqing",
                                                 "wenchuan-guodu", "wenchuan-chongjian")}
    dk_ = "https://w3id.org/duikou/ontology#"

    # an actor's parts of a level asked before the aid verb (派了哪些城市, 是哪个市, 是哪几个区, 参加…的是哪些区, 区级 支援单位):
    # the parts give, toward the place named or within the programme
    for i, (text, whole, programme, toward, variant) in enumerate([
            ("沪苏浙帮扶皖北时，江苏派了哪些城市分别结对皖北？", "江苏省", "wanbei", None, "plain"),
            ("三峡移民对口支援中，鲁是哪个市对口夷陵区的？", "山东省", "sanxia", "夷陵区", "abbreviation"),
            ("滇沪对口帮扶中，上海是哪几个区结对迪庆州的？", "上海市", "dianhu-diqing", "迪庆藏族自治州", "plain"),
            ("援青 上海 区级 支援单位", "上海市", "yuanqing", None, "plain"),
            ("上海市參加援青的是哪些區？", "上海市", "yuanqing", None, "traditional")]):
        near = f"?r dk:partOf* <{iri_of(toward)}> ." if toward else ""
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{prog[programme]}> ; dk:supporter ?s ; dk:recipient ?r .
          ?s dk:partOf+ <{iri_of(whole)}> . {near} }}"""
        add(f"pr19b-parts-give-{i}", "actor_type", [text], col(q), q, variant=variant)

    # a place's parts named as a roster, then asked which receive (…县区中，哪些有 / 有…的是哪些 / 里面，有…的是哪几个县 /
    # 哪些县级市…有对口省市)
    for i, (text, place, extra, variant) in enumerate([
            ("日喀則市下轄的縣區中，哪些有援藏的支援方？", "日喀则市", f"?p dk:programme <{prog['yuanzang']}> . ?r a dk:CountyLevelDivision .", "traditional"),
            ("阿坝州所辖县中，有对口援建省市的是哪些？", "阿坝藏族羌族自治州", f"?s a dk:ProvinceRankActor . ?r a dk:CountyLevelDivision .", "plain"),
            ("果洛州里面，有上海区级结对的是哪几个县？", "果洛藏族自治州", f"?s dk:partOf+ <{iri_of('上海市')}> .", "plain"),
            ("成都市哪些县级市在恢复重建时有对口省市", "成都市", f"?s a dk:ProvinceRankActor . ?r a dk:CountyLevelCity .", "plain")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf+ <{iri_of(place)}> . {extra}
          FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        add(f"pr19b-roster-parts-{i}", "region_parts", [text], col(q), q, variant=variant)

    # a giver with no pairing of its own in the programme gives through its parts (its districts' or cities' partners)
    for i, (text, giver, programme, variant) in enumerate([
            ("江苏在沪苏浙帮扶皖北中结对了哪些城市", "江苏省", "wanbei", "plain"),
            ("三峽移民對口支援中，遼寧支援了哪裡", "辽宁省", "sanxia", "traditional"),
            ("湖北在三峡移民对口支援里对口支援哪些地方", "湖北省", "sanxia", "plain")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{prog[programme]}> ; dk:supporter ?s ; dk:recipient ?r .
          ?s dk:partOf* <{iri_of(giver)}> FILTER(?s = <{iri_of(giver)}>
            || NOT EXISTS {{ ?p0 dk:programme <{prog[programme]}> ; dk:supporter <{iri_of(giver)}> }}) }}"""
        add(f"pr19b-through-parts-{i}", "forward_list", [text], col(q), q, variant=variant)

    # a place set as the topic in a clause of its own, then the giver (its parts) opening the aid verb's clause
    for i, (text, giver, place, variant) in enumerate([
            ("伊犁州的各县，江苏各市分别对口的是哪些县？", "江苏省", "伊犁哈萨克自治州", "plain"),
            ("迪庆州的三个县市，上海各区分别结对的是哪些？", "上海市", "迪庆藏族自治州", "plain")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?s dk:partOf* <{iri_of(giver)}> .
          ?r dk:partOf+ <{iri_of(place)}> }}"""
        add(f"pr19b-topic-first-{i}", "region_parts", [text], col(q), q, variant=variant)

    # the givers listed after the topic clause (…的几个县，A、B两个区各自对口的是哪个县): each in turn, the roster no count
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . VALUES ?s {{ <{iri_of('嘉定区')}> <{iri_of('黄浦区')}> }}
      ?r dk:partOf+ <{iri_of('果洛藏族自治州')}> }}"""
    add("pr19b-topic-listed", "region_parts", ["果洛州的几个县，嘉定、黄浦两个区各自对口的是哪个县？"], col(q), q)

    # an ambiguous short name after 在, then the aid verb and the places asked: the meaning that has parts (the region)
    for i, (text, giver, region, county, variant) in enumerate([
            ("天津在和田援助的县有哪些", "天津市", "和田地区", True, "plain"),
            ("北京市在和田對口的縣有哪些", "北京市", "和田地区", True, "traditional"),
            ("杭州在阿克苏帮扶的县市是哪些", "杭州市", "阿克苏地区", False, "plain")]):
        kind = "?r a dk:CountyLevelDivision ." if county else ""
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r . ?r dk:partOf+ <{iri_of(region)}> .
          {kind} }}"""
        add(f"pr19b-region-meaning-{i}", "region_parts", [text], col(q), q, variant=variant)

    # a province's own parts asked after a clause (…以后，省内/市内哪些城市承担了…): its parts toward the place named
    for i, (text, whole, toward, kind, variant) in enumerate([
            ("上海改为对口支援果洛州后，市内哪些区分别承担了对口县的支援任务？", "上海市", "果洛藏族自治州", "CountyLevelDivision", "plain"),
            ("浙江對口支援阿克蘇地區以後，省內哪些城市承擔了支援任務？", "浙江省", "阿克苏地区", "PrefectureLevelDivision", "traditional")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?s dk:partOf+ <{iri_of(whole)}> ; a <{dk_}{kind}> .
          ?r dk:partOf* <{iri_of(toward)}> }}"""
        add(f"pr19b-own-parts-{i}", "actor_type", [text], col(q), q, variant=variant)

    # keyword questions ending in the listed kind and a year token (沪 援疆 喀什 对口县 2010): begun that year
    for i, (text, giver, region, variant) in enumerate([
            ("沪 援疆 喀什 对口县 2010", "上海市", "喀什地区", "abbreviation"),
            ("津 援疆 和田 对口县 二〇一〇年", "天津市", "和田地区", "numeral")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{prog['yuanjiang']}> ; dk:supporter ?s ; dk:recipient ?r ; dk:startYear 2010 .
          ?s dk:partOf* <{iri_of(giver)}> . ?r dk:partOf+ <{iri_of(region)}> ; a dk:CountyLevelDivision }}"""
        add(f"pr19b-keyword-year-{i}", "region_parts", [text], col(q), q, variant=variant)

    # a giver's partners in a place itself and within it (Y本身再加上下面的县, Y及其下辖各县): the place too
    for i, (text, giver, variant) in enumerate([
            ("上海在日喀则及其下辖各县对口支援了哪些地方", "上海市", "plain"),
            ("鲁援藏，日喀则本身再加上下面的县，一共涉及哪些地方？", "山东省", "abbreviation"),
            ("吉林在日喀則本身和下轄各縣對口支援了哪些地方", "吉林省", "traditional")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r . ?r dk:partOf* <{iri_of('日喀则市')}> }}"""
        add(f"pr19b-place-and-parts-{i}", "region_parts", [text], col(q), q, variant=variant)

    # a remark after the question that widens the list (兵团的也请包括在内, 也一并列出) restricts nothing; 受援单位 the recipients
    for i, (text, giver, variant) in enumerate([
            ("请问，新一轮对口援疆中，天津市对口支援的是哪些地方？兵团的也请包括在内。", "天津市", "plain"),
            ("二〇一〇年启动的新一轮援疆中，山东承担的受援单位有哪些？请把兵团师也一并列出。", "山东省", "numeral"),
            ("2010年開始的新一輪援疆中，遼寧承擔的受援單位有哪些？兵團師也一併列出。", "辽宁省", "traditional")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:round <{BASE}programme/yuanjiang/round-2010> ; dk:supporter <{iri_of(giver)}> ;
          dk:recipient ?r }}"""
        add(f"pr19b-widened-{i}", "forward_list", [text], col(q), q, variant=variant)

    # the interim phase of a disaster by its own words after the place (过渡期), a keyword question's 哪儿
    for i, (text, giver, variant) in enumerate([
            ("汶川 过渡期 粤支援了哪儿", "广东省", "abbreviation"),
            ("汶川地震過渡期，北京支援了哪裡", "北京市", "traditional"),
            ("〇八年汶川过渡期 江苏 支援哪些地方", "江苏省", "numeral")]):
        q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{prog['wenchuan-guodu']}> ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r }}"
        add(f"pr19b-interim-{i}", "forward_list", [text], col(q), q, variant=variant)

    # a number that only describes the ones asked (几个县的省市，都有哪些); the book cited as where the asker read of it
    for i, (text, place, cls, programme, variant) in enumerate([
            ("对口支援昌都几个县的省市，都有哪些？", "昌都市", "ProvinceRankActor", None, "plain"),
            ("援疆中对口支援和田几个县的省市，都有哪些", "和田地区", "ProvinceRankActor", "yuanjiang", "plain"),
            ("任维德那本书里 对口支援瑞金的部委有哪些", "瑞金市", "CentralAgency", None, "plain"),
            ("据书中第五章，对口支援南康区的国家部委有哪些？", "南康区", "CentralAgency", None, "plain")]):
        scope = f"?p dk:programme <{prog[programme]}> ." if programme else ""
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf* <{iri_of(place)}> . {scope}
          ?s a <{dk_}{cls}> }}"""
        add(f"pr19b-described-count-{i}", "actor_type", [text], col(q), q, variant=variant)

    # a programme named as the scene (在对口支援西藏的工作中，…); a kind asked within a roster (…省份里，哪几个是直辖市)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{prog['yuanzang']}> ; dk:supporter ?s ; dk:recipient ?r .
      ?r dk:partOf* <{iri_of('林芝市')}> . ?s a dk:ProvinceRankActor }}"""
    add("pr19b-scene-programme", "reverse_list", ["在对口支援西藏的工作中，林芝市由哪些省市支援？"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{prog['wenchuan-guodu']}> ; dk:supporter ?s . ?s a dk:Municipality }}"""
    add("pr19b-roster-kind", "actor_type", ["民政部那份紧急通知安排的省份里，哪几个是直辖市"], col(q), q)

    # refusals: a name the graph does not hold owning the parts asked; a figure asked of the parts
    for i, (text, status) in enumerate([("纽约哪两个区对口支援西藏", "no_entity"),
                                        ("亚特兰蒂斯州下辖的县中，哪些有援藏的支援方", "no_entity"),
                                        ("江苏援疆时派了哪些地级市去伊犁，每年投入多少资金", "no_template")]):
        add(f"pr19b-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)
def gen_probe_19c():
    """Issue #15 items 1 and 7, this round's study of the event-setup, takeover, time-scoped and mechanism-who misses of
    outside-b…i (groups pr19c-*): a change verb with the new supporter asked (恢复重建改成谁了, 重建期交给了谁, 换成了哪个省)
    against a stated old supporter; a supporter moved on (转去对接哪里); the object of 接替 and a plan's 给X分配 as names
    (abbreviations too); a meeting's pairings read on the side they have (给X分配了哪几个帮扶城市), a meeting named loosely
    around a place (…对口支援汶川县恢复重建工作会议), a venue before 那次; 受帮扶城市 as the receiving role and a purpose lead
    before a colon; a round of a programme as a point in time (新一轮援疆开始以前); a when-clause lead (…结对确定时，);
    东西部扶贫 as the programme; a programme's own first year beside it; an ambiguous place read by the meeting named;
    the bodies that select a programme's cadres (哪两个部门组织选派, 选派 组织部门); a source lead (据该书记载). Our own
    names and wording; gold from the SPARQL here."""
    verified = "FILTER NOT EXISTS {{ ?{} dk:verificationStatus dk:Unverified }}"

    # the place's supporter in the reconstruction, other than the one named for the interim stage
    for i, (text, place, old, variant) in enumerate([
            ("彭州市过渡安置阶段是湖南对口，恢复重建改成谁了", "彭州市", "湖南省", "plain"),
            ("理县过渡期归福建，重建期交给了谁", "理县", "福建省", "plain"),
            ("平武縣過渡安置期由吉林支援，恢復重建時換成了哪個省？", "平武县", "吉林省", "traditional"),
            ("崇州过渡安置时由冀负责，到了灾后重建改由谁负责？", "崇州市", "河北省", "abbreviation"),
            ("崇州市过渡安置阶段由河北省支援，重建阶段换成了哪个省", "崇州市", "河北省", "plain")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?s ;
          dk:programme <{BASE}programme/wenchuan-chongjian> . FILTER(?s != <{iri_of(old)}>) {verified.format('p')} }}"""
        add(f"pr19c-takeover-changed-{i}", "takeover", [text], col(q), q, variant=variant)

    # a supporter's next partner once its pairing with the place named ended (same programme, begun that year)
    for i, (text, giver, old, cls, variant) in enumerate([
            ("珠海在东西部协作里原先帮的是凉山，2016年那轮调整之后转去对接哪个州了？", "珠海市", "凉山彝族自治州", "dk:AutonomousPrefecture", "plain"),
            ("厦门在东西部扶贫协作中原先帮的是重庆，2010年调整之后转去对接哪里？", "厦门市", "重庆市", "", "plain"),
            ("福建援藏原先对口林芝，二〇一六年调整后转去对接哪个市？", "福建省", "林芝市", "dk:PrefectureLevelDivision", "numeral")]):
        kind = f"?n a {cls} ." if cls else ""
        q = f"""SELECT DISTINCT ?n WHERE {{ ?p0 dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(old)}> ; dk:endYear ?e ;
          dk:programme ?g . ?p1 dk:supporter <{iri_of(giver)}> ; dk:recipient ?n ; dk:startYear ?e ; dk:programme ?g . {kind}
          FILTER NOT EXISTS {{ ?n dk:partOf* <{iri_of(old)}> }} }}"""
        add(f"pr19c-retasked-{i}", "takeover", [text], col(q), q, variant=variant)

    # 接替X: X (an abbreviation too) is the one taken over from; the place's own new supporter of 2010
    for i, (text, place, variant) in enumerate([
            ("阿克苏 援疆 2010 接替豫 的省份", "阿克苏地区", "abbreviation"),
            ("和田 援疆 2010 接替浙 的是哪个省市", "和田地区", "abbreviation")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?s ; dk:startYear 2010 ;
          dk:programme <{BASE}programme/yuanjiang> . ?s a dk:ProvinceLevelDivision . }}"""
        add(f"pr19c-taken-from-{i}", "takeover", [text], col(q), q, variant=variant)

    # a plan gave its task to X (给X分配): the places of X's pairings it set up, of the kind asked
    def by_event(event: str, giver: str, cls: str = "") -> str:
        kind = f"?r a {cls} ." if cls else ""
        return f"""SELECT DISTINCT ?r WHERE {{ ?e rdfs:label "{event}"@zh . ?p dk:establishedBy ?e ;
          dk:supporter <{iri_of(giver)}> ; dk:recipient ?r . {kind} }}"""

    for i, (text, event, giver, cls, variant) in enumerate([
            ("国办发〔2008〕53号的重建对口方案给苏分配的是哪个县", "汶川地震灾后恢复重建对口支援方案", "江苏省", "dk:CountyLevelDivision", "abbreviation"),
            ("2008年53号文给浙分配的是哪个县？", "汶川地震灾后恢复重建对口支援方案", "浙江省", "dk:CountyLevelDivision", "abbreviation"),
            ("2013年11月广东调整加强对口帮扶会议，给广州分配了哪几个帮扶城市？", "广东省调整加强对口帮扶会议", "广州市", "", "plain"),
            ("广东调整加强对口帮扶会议给佛山安排的帮扶城市是哪个", "广东省调整加强对口帮扶会议", "佛山市", "", "plain"),
            ("2013年广州那次调整加强对口帮扶会议，给东莞安排了哪个城市？", "广东省调整加强对口帮扶会议", "东莞市", "", "plain")]):
        q = by_event(event, giver, cls)
        add(f"pr19c-meeting-gave-{i}", "event_setup", [text], col(q), q, variant=variant)

    # a meeting named loosely around a place in its name: the town it gave each city
    for i, (text, giver, variant) in enumerate([
            ("广东2008年7月对口支援汶川县恢复重建工作会议上，佛山分到的是哪个镇？", "佛山市", "plain"),
            ("广东对口支援汶川县恢复重建工作会议上，中山分到哪个镇", "中山市", "plain"),
            ("廣東2008年對口支援汶川縣恢復重建工作會議上，珠海分到的是哪個鎮？", "珠海市", "traditional")]):
        q = by_event("广东省委、省政府对口支援汶川县恢复重建工作会议", giver)
        add(f"pr19c-loose-meeting-{i}", "event_setup", [text], col(q), q, variant=variant)

    # the receiving side of a meeting's pairings (受帮扶城市, 被帮扶城市), with a venue or a purpose lead before it
    def recipients_of_event(event: str) -> str:
        return f"""SELECT DISTINCT ?r WHERE {{ ?e rdfs:label "{event}"@zh . ?p dk:establishedBy ?e ; dk:recipient ?r . }}"""

    for i, (text, event, variant) in enumerate([
            ("广东省调整加强对口帮扶会议确定的受帮扶城市有哪些？", "广东省调整加强对口帮扶会议", "plain"),
            ("写粤东西北振兴报告要用：2013年广东调整加强对口帮扶会议确定的被帮扶城市有哪些？", "广东省调整加强对口帮扶会议", "plain"),
            ("2001年徐州那次苏北发展协调小组会议，确定的受帮扶城市有哪些", "江苏省委省政府苏北发展协调小组第一次会议", "plain")]):
        q = recipients_of_event(event)
        add(f"pr19c-received-role-{i}", "event_setup", [text], col(q), q, variant=variant)

    # 新一轮援疆开始以前/以后: the programme's pairings begun before (or from) the round's first year
    def before_round(place: str, cls: str) -> str:
        return f"""SELECT DISTINCT ?s WHERE {{ ?r dk:partOf* <{iri_of(place)}> . ?p dk:recipient ?r ; dk:supporter ?s ;
          dk:programme <{BASE}programme/yuanjiang> . ?s a {cls} . FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }}
          OPTIONAL {{ ?p dk:startYear ?y }} OPTIONAL {{ ?p dk:endYear ?e }}
          FILTER(BOUND(?y) && ?y < 2010 || !BOUND(?y) && BOUND(?e) && ?e <= 2010) FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""

    for i, (text, place, cls, variant) in enumerate([
            ("新一轮援疆开始之前，哪些省市对口支援哈密？", "哈密市", "dk:ProvinceRankActor", "plain"),
            ("新一輪援疆開始以前，哪些省份對口支援伊犁州？", "伊犁哈萨克自治州", "dk:ProvinceLevelDivision", "traditional"),
            ("新一轮援疆开始前 对口支援 昌吉州 的省市", "昌吉回族自治州", "dk:ProvinceRankActor", "abbreviation"),
            ("新一轮对口援疆启动之前，昌吉州由哪些省市支援？", "昌吉回族自治州", "dk:ProvinceRankActor", "plain")]):
        q = before_round(place, cls)
        add(f"pr19c-round-point-{i}", "time_scoped", [text], col(q), q, variant=variant)

    # a when-clause before the question (1996年…结对确定时，) sets no direction: the named supporter's partner then
    for i, (text, giver, variant) in enumerate([
            ("1996年东西扶贫协作结对确定时，上海帮扶的是哪个省？", "上海市", "plain"),
            ("一九九六年东西部扶贫协作结对建立时，天津帮扶的是哪个省区？", "天津市", "numeral"),
            ("1996年東西扶貧協作結對確定時，遼寧幫扶的是哪個省區？", "辽宁省", "traditional")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:startYear 1996 ;
          dk:programme <{BASE}programme/dongxibu> . ?r a dk:ProvinceLevelDivision . }}"""
        add(f"pr19c-when-lead-{i}", "time_scoped", [text], col(q), q, variant=variant)

    # 东西部扶贫 (协作 left out) names the programme; a bare year is the year the pairings were in force
    for i, (text, giver, year, variant) in enumerate([
            ("浙 东西部扶贫 2018 结对 受援地", "浙江省", 2018, "abbreviation"),
            ("闽 东西部扶贫 2015 结对 受援地", "福建省", 2015, "abbreviation")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:startYear ?y ;
          dk:programme <{BASE}programme/dongxibu> . OPTIONAL {{ ?p dk:endYear ?e }} FILTER(?y <= {year} && (!BOUND(?e) || ?e >= {year}))
          {verified.format('p')} }}"""
        add(f"pr19c-dxb-named-{i}", "time_scoped", [text], col(q), q, variant=variant)

    # a programme's own first year written before it only names it (1994援藏 与 2010援青): both programmes' supporters
    q = f"""SELECT DISTINCT ?s WHERE {{ ?a dk:supporter ?s ; dk:programme <{BASE}programme/yuanzang> .
      ?b dk:supporter ?s ; dk:programme <{BASE}programme/yuanqing> . ?s a dk:ProvinceRankActor .
      FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} FILTER NOT EXISTS {{ ?a dk:supporterTeam ?t }} FILTER NOT EXISTS {{ ?b dk:supporterTeam ?u }} }}"""
    add("pr19c-programme-year-0", "intersection", ["1994援藏 与 2010援青 均作为支援方 的省市"], col(q), q, variant="numeral")

    # an ambiguous place read by the meeting or document named: the meaning in a pairing it set up
    for i, (text, event, variant) in enumerate([
            ("第五次西藏工作座谈会确定哪些省市对口支援海南", "第五次西藏工作座谈会", "plain"),
            ("按照中共中央、国务院关于加快四川云南甘肃青海省藏区经济社会发展的意见，哪些省市对口支援海南？",
             "中共中央、国务院关于加快四川云南甘肃青海省藏区经济社会发展的意见", "plain")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?e rdfs:label "{event}"@zh . ?p dk:establishedBy ?e ; dk:supporter ?s ;
          dk:recipient ?r . ?r dk:partOf* <{iri_of("海南藏族自治州")}> . ?s a dk:ProvinceRankActor . }}"""
        add(f"pr19c-ambiguous-by-event-{i}", "event_setup", [text], col(q), q, variant=variant)

    # the bodies a programme's cadre rules name (哪两个部门组织选派, 选派 组织部门)
    for i, (text, prog, variant) in enumerate([
            ("援青干部 选派 组织部门", "yuanqing", "plain"),
            ("第九批援藏干部人才是哪两个部门组织选派的？", "yuanzang", "plain"),
            ("援疆 派干部 归哪两个中央部门组织", "yuanjiang", "plain"),
            ("援藏幹部人才由哪幾個部門組織選派", "yuanzang", "traditional")]):
        q = f"""SELECT DISTINCT ?b WHERE {{ ?f dk:aboutProgramme <{BASE}programme/{prog}> ;
          dk:mechanism <{BASE}mechanism/ganbu-rencai> ; dk:responsible ?b . }}"""
        add(f"pr19c-who-selects-{i}", "mechanism", [text], col(q), q, variant=variant)

    # a source lead (据该书记载，…) is not the question (书记 there is no party secretary)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?e rdfs:label "全国边防工作会议"@zh . ?p dk:establishedBy ?e ; dk:supporter ?s .
      FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    add("pr19c-source-lead-0", "event_setup", ["据该书记载，1979年全国边防工作会议确定了哪些支援方？"], col(q), q)

    # X不再帮扶Y以后谁接手: the place's earliest new supporter once X's pairing there ended, in that pairing's programme
    # (places named within Y after the verb only say where: 接手了西宁和海东 within 青海)
    for i, (text, old, place, variant) in enumerate([
            ("珠海不再帮扶凉山以后，是哪个市接手的？", "珠海市", "凉山彝族自治州", "plain"),
            ("浙江不再支援和田地区以后，是哪个省市接手的？", "浙江省", "和田地区", "plain"),
            ("廈門不再幫扶重慶以後，由哪個省接手？", "厦门市", "重庆市", "traditional")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p0 dk:supporter <{iri_of(old)}> ; dk:recipient <{iri_of(place)}> ; dk:endYear ?e ;
          dk:programme ?g . ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?s ; dk:startYear ?y ; dk:programme ?g .
          FILTER(?y >= ?e && ?s != <{iri_of(old)}>)
          FILTER NOT EXISTS {{ ?p1 dk:recipient <{iri_of(place)}> ; dk:supporter ?s1 ; dk:startYear ?y1 ; dk:programme ?g .
                               FILTER(?y1 >= ?e && ?y1 < ?y && ?s1 != <{iri_of(old)}>) }} }}"""
        add(f"pr19c-taken-over-ended-{i}", "takeover", [text], col(q), q, variant=variant)

    # a meeting named by its year and venue (1984年天津召开的那次会议): the pairings it set up with the place named
    for i, (text, place, cls, variant) in enumerate([
            ("1984年天津召开的那次会议，新增了哪些支援西藏的省市？", "西藏自治区", "dk:ProvinceRankActor", "plain"),
            ("一九八四年天津召开的那次会议，新增了哪些支援贵州的省份？", "贵州省", "dk:ProvinceLevelDivision", "numeral")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?e a dk:Meeting ; dk:year 1984 ; dk:location <{iri_of("天津市")}> .
          ?p dk:establishedBy ?e ; dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf* <{iri_of(place)}> . ?s a {cls} .
          FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        add(f"pr19c-venue-year-{i}", "event_setup", [text], col(q), q, variant=variant)

    # a meeting asked by the day it met (no meeting named): the meeting whose dk:date is that day
    for i, (text, day, variant) in enumerate([
            ("1994年7月20日召开的是什么会议", "1994-07-20", "plain"),
            ("二〇二〇年八月二十八日召开的是哪次座谈会？", "2020-08-28", "numeral"),
            ("2010年3月29日開的是什麼會議", "2010-03-29", "traditional"),
            ("2001年11月2日在徐州召开的是什么会", "2001-11-02", "plain")]):
        q = f"""SELECT DISTINCT ?e WHERE {{ ?e a dk:Meeting ; dk:date ?d . FILTER(STR(?d) = "{day}") }}"""
        add(f"pr19c-meeting-of-day-{i}", "book_fact", [text], col(q), q, variant=variant)

    # who gave a meeting's report, the programme it proposed named in the question (the graph holds one such report)
    q = """SELECT DISTINCT ?who WHERE { ?e rdfs:label "全国边防工作会议"@zh ; dk:reportBy ?who . }"""
    add("pr19c-reporter-0", "book_fact", ["1979年全国边防工作会议上，做报告提出对口支援边境地区的是哪位领导人",
                                          "全国边防工作会议上做报告提出内地省市对口支援的是哪位"], col(q), q)

    # a section of the book named by its quoted title, its first page asked (“…”这一节从第几页开始)
    for i, (text, title, variant) in enumerate([
            ("书里“援助干部和人才管理机制”这一节从第几页开始", "援助干部和人才管理机制", "plain"),
            ("書裡“援助項目和資金管理機制”那一節從第幾頁開始", "援助项目和资金管理机制", "traditional"),
            ("“对口支援的运行机制”一节从哪一页起", "对口支援的运行机制", "plain")]):
        q = f"""PREFIX bibo: <http://purl.org/ontology/bibo/>
          SELECT ?page WHERE {{ ?h a dk:BookSection ; dcterms:title ?t ; bibo:pageStart ?page . FILTER(STR(?t) = "{title}") }}"""
        add(f"pr19c-section-page-{i}", "book_fact", [text], col(q), q, variant=variant)

    # refusals: money and cadres asked of the same shapes (the graph holds no per-pairing figures)
    for i, text in enumerate(["彭州市过渡安置阶段是湖南对口，恢复重建改成谁了，花了多少钱",
                              "新一轮援疆开始以前，哈密每年拿到多少援助资金",
                              "2013年广东调整加强对口帮扶会议给深圳分配了多少帮扶资金",
                              "广东对口支援汶川县恢复重建工作会议上，东莞派了多少干部",
                              "珠海不再帮扶凉山以后，凉山的贫困人口减少了多少",
                              "1979年4月25日召开的那次会议花了多少经费",
                              "理县过渡期归福建，重建期交给了谁，为什么要换"]):
        add(f"pr19c-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_template")

    # a judgement asked (哪位医生最有名, 哪个干得最好): no fact answers it, not a list of members nor a figure (no_template)
    for i, (text, variant) in enumerate([("援疆教师里哪位老师最出名", "plain"), ("援藏六十多个县里哪个省做得最出色", "plain"),
                                         ("東西部協作裏哪個省區幹得最好", "traditional"), ("援青干部里哪位干部最有名", "plain")]):
        add(f"pr19a-judgement-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_template", variant=variant)
def gen_probe_19d():
    """Rankings, comparisons, counts and common partners (issue #15, round 10, groups pr19d-*): the side a role noun
    next to 最多 names (支援对象最多的省市: supporters ranked); places ranked by supporters with a province's team
    counted once, as the province; 先…还是先…; a comparison scoped by a leading 在X，, in force now (目前) or once a meeting
    had met, two abbreviations before 比; a meeting's own stated number; the places a place's parts took on within
    another, counted; one count per listed actor (各); common partners within a region named after them; a programme
    named loosely and dated by the year it began; a programme and a meeting compared by date. Our own names and
    wording; gold from the SPARQL here."""
    nc = "FILTER NOT EXISTS {{ ?{} a dk:CollectiveActor }}"
    pg = lambda key: f"<{BASE}programme/{key}>"
    # supporters ranked by their recipients (an area tasked as one counts: a collective recipient), at province rank
    for i, (text, scope, variant) in enumerate([
            ("1996年和2016年两次确定的东西部协作结对中，帮扶对象最多的省市是哪个",
             f"?p dk:programme {pg('dongxibu')} ; dk:startYear ?y FILTER(?y IN (1996, 2016))", "plain"),
            ("一九九六年和二〇一六年两次确定的东西部协作结对中，帮扶对象最多的省市是哪个",
             f"?p dk:programme {pg('dongxibu')} ; dk:startYear ?y FILTER(?y IN (1996, 2016))", "numeral")]):
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . {scope}
          ?s a dk:ProvinceRankActor . FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }} {nc.format('s')} }} GROUP BY ?s"""
        add(f"pr19d-rank-role-{i}", "superlative", [text], tied(q), q, variant=variant)
    # places ranked by their supporters and their parts' (roll-up), a team member counted once, as its province
    for i, (text, region, prog_key, kind, variant) in enumerate([
            ("新疆各地州中，哪个地州的对口支援方（含央企）最多？", "新疆维吾尔自治区", None, "", "plain"),
            ("援藏中 哪个地区（连下面的县一起算）援藏省市最多", None, "yuanzang", "?s a dk:ProvinceRankActor .", "plain"),
            ("西藏七个地市当中，哪个地市的援藏省份最多", "西藏自治区", "yuanzang", "?s a dk:ProvinceLevelDivision .",
             "traditional")]):
        inside = f"?r dk:partOf+ <{iri_of(region)}> ." if region else ""
        within = f"?p dk:programme {pg(prog_key)} ." if prog_key else ""
        q = f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:recipient ?part ; dk:supporter ?member . {TEAM_GIVER}
          ?part dk:partOf* ?r . ?r a dk:PrefectureLevelDivision . {inside} {within} {kind} {nc.format('member')}
          {nc.format('part')} }} GROUP BY ?r"""
        add(f"pr19d-rank-team-{i}", "superlative", [text], tied(q), q, variant=variant)
    # 先…还是先…: the programme whose first pairing with the actor as supporter came first
    for i, (text, who, variant) in enumerate([("北京是先援疆还是先援藏？", "北京市", "plain"),
                                              ("上海是先參加援藏還是先參加援疆", "上海市", "traditional"),
                                              ("津是先援藏还是先援疆", "天津市", "abbreviation")]):
        q = f"""SELECT ?g (MIN(?y) AS ?first) WHERE {{ VALUES ?g {{ {pg('yuanzang')} {pg('yuanjiang')} }}
          ?p dk:programme ?g ; dk:supporter <{iri_of(who)}> ; dk:startYear ?y }} GROUP BY ?g"""
        add(f"pr19d-first-of-two-{i}", "comparison", [text], tied(q, min), q, variant=variant)
    # two supporters compared within a place a leading 在 names (a team member's pairing counts for its province)
    for i, (text, where, x, y, kind) in enumerate([
            ("在喀什地区，上海对口的县与山东相比，哪个多？", "喀什地区", "上海市", "山东省", "?r a dk:CountyLevelDivision ."),
            ("在和田地区，天津支援的县市和安徽相比，谁更多", "和田地区", "天津市", "安徽省", ""),
            ("在昌都市，天津支援的县和重庆相比谁多", "昌都市", "天津市", "重庆市", "?r a dk:CountyLevelDivision .")]):
        q = f"""SELECT ?a (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?a {{ <{iri_of(x)}> <{iri_of(y)}> }}
          {{ ?p dk:supporter ?a }} UNION {{ ?p dk:supporterTeam ?a }} ?p dk:recipient ?r . ?r dk:partOf* <{iri_of(where)}> .
          {kind} }} GROUP BY ?a"""
        add(f"pr19d-compare-scope-{i}", "comparison", [text], tied(q), q)
    # two places compared by their supporters in force now (目前: pairings that have ended left out), with their parts'
    for i, (text, x, y) in enumerate([("目前昌都和林芝，哪个的援藏省市更多", "昌都市", "林芝市"),
                                      ("现在 拉萨 和 那曲 哪个 援藏省市多", "拉萨市", "那曲市")]):
        q = f"""SELECT ?w (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?w {{ <{iri_of(x)}> <{iri_of(y)}> }}
          ?p dk:recipient ?part ; dk:supporter ?member ; dk:programme {pg('yuanzang')} . ?part dk:partOf* ?w . {TEAM_GIVER}
          ?s a dk:ProvinceRankActor . FILTER NOT EXISTS {{ ?p dk:endYear ?e }} {nc.format('s')} }} GROUP BY ?w"""
        add(f"pr19d-compare-now-{i}", "comparison", [text], tied(q), q)
    # two abbreviations joined right before 比
    q = f"""SELECT ?a (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?a {{ <{iri_of('上海市')}> <{iri_of('山东省')}> }}
      {{ ?p dk:supporter ?a }} UNION {{ ?p dk:supporterTeam ?a }} ?p dk:recipient ?r ; dk:programme {pg('yuanzang')} .
      ?r a dk:CountyLevelDivision }} GROUP BY ?a"""
    add("pr19d-abbreviations-compared", "comparison", ["援藏对口县数，沪和鲁比哪个多"], tied(q), q, variant="abbreviation")
    # a comparison after a meeting: the pairings in force in the meeting's year
    q = f"""SELECT ?a (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?a {{ <{iri_of('北京市')}> <{iri_of('江苏省')}> }}
      <{BASE}event/1979-bianfang> dk:year ?ey .
      {{ ?p dk:supporter ?a }} UNION {{ ?p dk:supporterTeam ?a }} ?p dk:recipient ?r ; dk:startYear ?b FILTER(?b <= ?ey)
      FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < ?ey) }} ?r a dk:ProvinceLevelDivision }} GROUP BY ?a"""
    add("pr19d-compare-after-meeting", "comparison", ["一九七九年边防工作会议之后，北京和江苏谁对口支援的省区更多"], tied(q), q,
        variant="numeral")
    # a meeting's or document's own statement of how many supporters it set (the number before 个省市 in its text)
    for i, (text, ev, variant) in enumerate([
            ("1994年第三次西藏工作座谈会确定了多少个省市援藏", "event/1994-xizang-3", "plain"),
            ("国办发〔2008〕53号方案定了几个省市去对口支援？", "document/2008-53", "plain"),
            ("一九九四年第三次西藏工作座谈会决定由几个省市对口援藏", "event/1994-xizang-3", "numeral")]):
        q = f"""SELECT ?st WHERE {{ ?f dk:event <{BASE}{ev}> ; dk:statement ?st }}"""
        stated = sorted({int(m.group(1)) for st in col(q) for m in re.finditer(r"(\d+)个省市", st)})
        add(f"pr19d-stated-{i}", "count", [text], stated, q, variant=variant)
    # 共有多少个 is a total, not a word of common partners (两省共有的受援地)
    for i, (text, ev, unit, variant) in enumerate([("国办发〔1992〕14号文件涉及的库区县共有多少个？", "document/1992-14", "个县",
                                                    "plain"),
                                                   ("二〇〇八年国办发〔2008〕53号方案里支援省市共有几个", "document/2008-53",
                                                    "个省市", "numeral")]):
        q = f"""SELECT ?st WHERE {{ ?f dk:event <{BASE}{ev}> ; dk:statement ?st }}"""
        stated = sorted({int(m.group(1)) for st in col(q) for m in re.finditer(rf"(\d+){unit}", st)})
        add(f"pr19d-stated-total-{i}", "count", [text], stated, q, variant=variant)
    # the places a province's cities or districts took on within another place, counted
    for i, (text, giver, place, kind) in enumerate([("上海各区在日喀则结对的县一共有几个", "上海市", "日喀则市", "County"),
                                                    ("福建各市在昌都结对的县一共有几个", "福建省", "昌都市", "County"),
                                                    ("江苏各市在拉萨结对的县区一共几个", "江苏省", "拉萨市", "CountyLevelDivision")]):
        q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?s dk:partOf+ <{iri_of(giver)}> .
          ?r dk:partOf+ <{iri_of(place)}> ; a dk:{kind} }}"""
        add(f"pr19d-parts-within-{i}", "count", [text], col(q), q)
    # one count per listed actor (各 before the verb of aid)
    for i, (text, names, prog_key) in enumerate([("北京和上海各对口支援了几个县", ("北京市", "上海市"), None),
                                                 ("援藏中，山东和上海各對口支援了多少個縣？", ("山东省", "上海市"), "yuanzang")]):
        within = f"?p dk:programme {pg(prog_key)} ." if prog_key else ""
        q = f"""SELECT ?a (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?a {{ {' '.join(f'<{iri_of(n)}>' for n in names)} }}
          ?p dk:supporter ?a ; dk:recipient ?r . ?r a dk:CountyLevelDivision . {within} }} GROUP BY ?a"""
        add(f"pr19d-each-count-{i}", "count", [text], sorted({r[1] for r in rows(q)}), q,
            variant="traditional" if i else "plain")
    # common partners of two actors within a region named after them (a third name that supports nothing)
    for i, (text, x, y, region, kind) in enumerate([
            ("上海和山东都援助过的西藏地市有哪些", "上海市", "山东省", "西藏自治区", "?r a dk:PrefectureLevelDivision ."),
            ("天津和重庆都参与过援建的西藏地方是哪里", "天津市", "重庆市", "西藏自治区", "")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p1 dk:supporter <{iri_of(x)}> ; dk:recipient ?r .
          ?p2 dk:supporter <{iri_of(y)}> ; dk:recipient ?r . ?r dk:partOf+ <{iri_of(region)}> . {kind} }}"""
        add(f"pr19d-common-within-{i}", "intersection", [text], col(q), q)
    # an ambiguous name (玉树: the prefecture or the city) read as the meaning that shares a supporter with the other
    for i, (text, x, y, variant) in enumerate([("那曲和玉树有没有同一个支援方？是哪个", "那曲市", "玉树藏族自治州", "plain"),
                                               ("玉树与拉萨有没有同一个支援方", "拉萨市", "玉树藏族自治州", "traditional")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p1 dk:supporter ?s ; dk:recipient ?r1 . ?r1 dk:partOf? <{iri_of(x)}> .
          ?p2 dk:supporter ?s ; dk:recipient ?r2 . ?r2 dk:partOf? <{iri_of(y)}> . }}"""
        add(f"pr19d-shared-partner-{i}", "intersection", [text], col(q), q, variant=variant)
    add("pr19d-shared-ambiguous", "unanswerable", ["喀什和阿克苏有没有同一个支援方？"], [], "", answerable=False,
        expected="ambiguous")  # (both names have two meanings, each with partners in common: asked back)
    # two programmes restated as 两个项目, the province-level kinds listed (省、直辖市)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p1 dk:programme {pg('yuanjiang')} ; dk:supporter ?s .
      ?p2 dk:programme {pg('yuanqing')} ; dk:supporter ?s . ?s a dk:ProvinceLevelDivision }}"""
    add("pr19d-two-programmes", "intersection", ["援疆和援青两个项目都参加了的省、直辖市有哪些"], col(q), q)
    # a programme named loosely (its region's words only), dated by the year it began
    for i, (text, key, kind, variant) in enumerate([("2013年粤东西北受帮扶的是哪些市", "guangdong-shengnei", "City", "plain"),
                                                   ("皖北 2021 结对 受援城市", "wanbei", "City", "plain")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme {pg(key)} ; dk:recipient ?r . ?r a dk:{kind} }}"""
        add(f"pr19d-loose-dated-{i}", "programme_members", [text], col(q), q, variant=variant)
    # abbreviations run together, a number of them and 分别 before the verb (粤港澳三地: 香港 and 澳门 have no pairing)
    for i, (text, names) in enumerate([("粤港澳三地分别援建了哪些地方", ("广东省",)),
                                       ("闽浙两省分别对口支援了哪些地方", ("福建省", "浙江省"))]):
        q = " UNION ".join(f"{{ {recipients_q(iri_of(n)).removeprefix('SELECT DISTINCT ?r WHERE ')} }}" for n in names)
        q = f"SELECT DISTINCT ?r WHERE {{ {q} }}"
        add(f"pr19d-abbreviation-run-{i}", "supporter_recipients", [text], col(q), q, variant="abbreviation")
    # a province's one intra-provincial programme named by its abbreviation and 省内…, typed as search words
    for i, (text, key) in enumerate([("苏 省内挂钩帮扶 苏南哪几个市出力", "jiangsu-nanbei"),
                                     ("鲁 省内协作帮扶 出力的是哪些市", "shandong-shengnei")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?s . ?s a dk:City }}"""
        add(f"pr19d-intra-keywords-{i}", "programme_members", [text], col(q), q, variant="abbreviation")
    # a programme and a meeting compared by date (the year the programme began, the meeting's year)
    for i, (text, key, ev) in enumerate([("援疆和第三次西藏工作座谈会哪个更早", "yuanjiang", "event/1994-xizang-3"),
                                         ("三峡移民对口支援和第二次西藏工作座谈会，哪个在先", "sanxia", "event/1984-xizang-2")]):
        q = f"""SELECT ?x ?y WHERE {{ {{ {pg(key)} dk:startYear ?y BIND({pg(key)} AS ?x) }} UNION
          {{ <{BASE}{ev}> dk:year ?y BIND(<{BASE}{ev}> AS ?x) }} }}"""
        add(f"pr19d-programme-event-{i}", "comparison", [text], tied(q, min), q)
    # refusals: a place the graph does not hold as the scope; money compared; the two places of 港澳 that give nothing
    for i, (text, status) in enumerate([("在纽约，上海对口的县与山东相比，哪个多？", "no_entity"),
                                        ("京和沪比，谁援藏的资金多", "no_template"),
                                        ("香港和澳门各对口支援了几个县", "no_fact")]):
        add(f"pr19d-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)


def gen_probe_19g():
    """Yes/no, comparisons, superlatives and refusals (issue #15, round 11, groups pr19g-*): a place asked first by the
    short name of an autonomous county or of a 兵团 division (木里县, 兵团四师) with its giver after 是 (an answer resting
    on unverified rows only is no fact); one actor asked of two programmes (既…又…, 同时参加了…和…), also put as a
    statement ending in a question mark; a three-name comparison whose place is the object of the first giver's verb;
    the difference of two numbered batches; a role verb between the question word and the kind (哪个援建省份); returns
    and profits refused; the text of a chapter asked (the graph holds its heading only). Our own names and wording;
    gold from the SPARQL here."""
    nc = "FILTER NOT EXISTS {{ ?{} a dk:CollectiveActor }}"
    pg = lambda key: f"<{BASE}programme/{key}>"
    # a short-named place asked first, its giver after 是 (verified or partly verified pairings; parts of the place too)
    for i, (text, who, place, variant) in enumerate([
            ("北川县是鲁援建的吗", "山东省", "北川羌族自治县", "abbreviation"),
            ("塔什库尔干县是深圳支援的吗", "深圳市", "塔什库尔干塔吉克自治县", "plain"),
            ("维西县是嘉定区援的吗", "嘉定区", "维西傈僳族自治县", "traditional"),
            ("兵团四师是江苏援的吗", "江苏省", "新疆生产建设兵团第四师", "plain"),
            ("北川县是天津援建的吗", "天津市", "北川羌族自治县", "plain")]):
        q = f"""ASK {{ ?p dk:supporter <{iri_of(who)}> ; dk:recipient ?r ; dk:verificationStatus ?st .
          ?r dk:partOf? <{iri_of(place)}> . FILTER(?st != dk:Unverified) }}"""
        add(f"pr19g-place-first-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)
    # the same asked where the only pairing is unverified: no fact (the unverified row is shown, not answered)
    for i, (text, variant) in enumerate([("木里县是浙江援的吗", "plain"), ("兵团七师是江苏省支援的吗", "plain")]):
        add(f"pr19g-place-first-unverified-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_fact",
            variant=variant)
    # one actor asked of two programmes: yes only if it takes part in both (either side)
    for i, (text, who, keys, variant) in enumerate([
            ("天津既援藏又援青吗", "天津市", ("yuanzang", "yuanqing"), "plain"),
            ("广东 既援疆 又援青？", "广东省", ("yuanjiang", "yuanqing"), "traditional"),
            ("沪是否同时参加了援藏和援青", "上海市", ("yuanzang", "yuanqing"), "abbreviation"),
            ("山东是不是既参与援疆也参与援藏", "山东省", ("yuanjiang", "yuanzang"), "plain")]):
        q = "ASK { " + " ".join(f"?p{k} dk:programme {pg(key)} ; dk:supporter|dk:recipient <{iri_of(who)}> ."
                                for k, key in enumerate(keys)) + " }"
        add(f"pr19g-two-programmes-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)
    # three names compared: the place is what the first giver's verb governs, the other giver comes after 跟/和…比
    for i, (text, where, x, y) in enumerate([("上海援喀什的县跟深圳援的比 谁多", "喀什地区", "上海市", "深圳市"),
                                             ("浙江帮扶阿克苏的地方和江苏比，哪个多", "阿克苏地区", "浙江省", "江苏省"),
                                             ("广东支援林芝的县和福建支援的比，谁多", "林芝市", "广东省", "福建省")]):
        q = f"""SELECT ?a (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?a {{ <{iri_of(x)}> <{iri_of(y)}> }}
          {{ ?p dk:supporter ?a }} UNION {{ ?p dk:supporterTeam ?a }} ?p dk:recipient ?r . ?r dk:partOf* <{iri_of(where)}> .
          }} GROUP BY ?a"""
        add(f"pr19g-compare-object-{i}", "comparison", [text], tied(q), q)
    # by how much two numbered batches differ (each report of a batch counted: two reports give two differences)
    for i, (text, slug, a, b, variant) in enumerate([
            ("援疆第十一批干部人才比第七批多了多少人", "yuanjiang", 11, 7, "plain"),
            ("第10批援疆干部和第7批相差几人", "yuanjiang", 10, 7, "numeral"),
            ("援藏第十批干部人才比第五批多多少人", "yuanzang", 10, 5, "traditional")]):
        q = f"""SELECT DISTINCT ?d WHERE {{ ?f a dk:CadreBatch ; dk:batchNumber {a} ; dk:aboutProgramme {pg(slug)} ; dk:value ?x .
          ?g a dk:CadreBatch ; dk:batchNumber {b} ; dk:aboutProgramme {pg(slug)} ; dk:value ?y . BIND(ABS(?x - ?y) AS ?d) }}"""
        add(f"pr19g-batch-difference-{i}", "mechanism", [text], sorted(col(q)), q, variant=variant)
    # a role verb between the question word and the kind: supporters of that rank ranked by the counties they pair with
    for i, (text, key, variant) in enumerate([("援藏中哪个援建省份结对的县最多", "yuanzang", "plain"),
                                              ("援疆里，哪个支援省市对口的县最多", "yuanjiang", "plain"),
                                              ("援青当中，哪个帮扶省市把对口落到县一级最多", "yuanqing", "plain")]):
        kind = "ProvinceLevelDivision" if "省份" in text else "ProvinceRankActor"
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?member ; dk:recipient ?r .
          {TEAM_GIVER} ?s a dk:{kind} . ?r a dk:CountyLevelDivision . {nc.format('s')} }} GROUP BY ?s"""
        add(f"pr19g-rank-role-verb-{i}", "superlative", [text], tied(q), q, variant=variant)
    # refusals: returns and profits (no such figures), the text of a chapter (headings only)
    for i, (text, status) in enumerate([("援藏 哪个市的项目收益率最高", "no_template"),
                                        ("对口支援新疆的产业投资回报怎么样", "no_template"),
                                        ("第三章第二节具体讲了哪些措施", "no_fact"),
                                        ("书的第二章具体写了哪些原因", "no_fact")]):
        add(f"pr19g-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)
def gen_probe_19f():
    """Issue #15, round 11 (groups pr19f-*): a heading before a colon sets the scene (沪藏对口支援：上海…日喀则: the
    heading's places hold the names after it); a price asked in a unit (定价几元: the amount) and the copyright page as
    the book's pointer (版权页上的出版人); a 组团式 figure of the period the question names (截至2019年, 2022年), none
    when no report covers it; the body a named decision put in the lead (国务院批复那份请示以后…归口领导). Our own names
    and wording; gold from the SPARQL here."""
    for i, (text, s, r, variant) in enumerate([
            ("京藏：北京对口支援拉萨是哪年开始的？", "北京市", "拉萨市", "abbreviation"),
            ("沪藏对口支援：上海对口支援日喀则从哪年开始", "上海市", "日喀则市", "abbreviation"),
            ("魯藏對口支援：山東對口支援日喀則是從哪一年開始的？", "山东省", "日喀则市", "traditional")]):
        q = f"""SELECT (MIN(?y) AS ?start) WHERE {{ ?p dk:supporter <{iri_of(s)}> ; dk:recipient ?x ; dk:startYear ?y .
          ?x dk:partOf? <{iri_of(r)}> }}"""
        add(f"pr19f-heading-colon-{i}", "since_when", [text], col(q), q, variant=variant)
    q = """PREFIX schema: <http://schema.org/> SELECT ?p WHERE { ?b schema:price ?p }"""
    amount = [int(float(rows(q)[0][0]))]  # 定价 asked in a unit (几元, 多少块钱): the amount, not the entry as printed
    add("pr19f-price-unit", "book_fact", ["那本书定价几元？", "本书定价多少块钱"], amount, q)
    for i, (text, item, variant) in enumerate([("版權頁上的出版人是誰", "出版人", "traditional"),
                                               ("版权页上印的字数是多少", "字数", "plain")]):
        q = f"""SELECT ?v WHERE {{ ?b dk:imprintItem ?i FILTER(STRSTARTS(?i, "{item}：")) BIND(STRAFTER(?i, "：") AS ?v) }}"""
        add(f"pr19f-copyright-page-{i}", "book_fact", [text], col(q), q, variant=variant)
    prog = lambda key: f"<{BASE}programme/{key}>"
    team = lambda kind, key, cond: (f"SELECT DISTINCT ?v WHERE {{ ?f a dk:TalentTeam ; dk:teamKind dk:{kind} ; "
                                    f"dk:aboutProgramme {prog(key)} ; dk:unit dk:PersonUnit ; dk:value ?v ; {cond} "
                                    # a per-unit minimum (每家至少派5名) is not the headcount asked
                                    f"FILTER NOT EXISTS {{ ?f dk:valueQualifier dk:AtLeast }} }}")
    for i, (text, kind, key, cond, variant) in enumerate([
            ("截至2019年，组团式援疆累计派出了多少名医务人员", "MedicalTeam", "yuanjiang", "dk:endYear 2019", "plain"),
            ("2022年組團式援藏援青選了多少教育人才", "EducationTeam", "yuanqing", "dk:startYear 2022 ; dk:endYear 2022",
             "traditional"),
            ("截止2017年 组团式援藏 教师 多少人", "EducationTeam", "yuanzang", "dk:endYear 2017", "plain"),
            (f"{cn_year(2022)}年第十批援藏选派的组团式医疗人才有多少", "MedicalTeam", "yuanzang",
             "dk:startYear 2022 ; dk:endYear 2022", "numeral")]):
        q = team(kind, key, cond)
        add(f"pr19f-team-period-{i}", "mechanism", [text], col(q), q, variant=variant)
    for i, text in enumerate(["截至2030年组团式援藏派了多少医生", "截至2012年，组团式援藏派了多少医疗人才"]):
        add(f"pr19f-team-period-none-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_fact")
    q = f"SELECT DISTINCT ?a WHERE {{ ?e dk:leadBy ?a ; dk:year 1992 }}"
    for i, (text, variant) in enumerate([("国务院批复那份请示以后，对口支援工作由哪个机关归口领导", "plain"),
                                         (f"{cn_year(1992)}年国务院批复之后对口支援归哪个部委统一领导", "numeral")]):
        add(f"pr19f-led-after-event-{i}", "book_fact", [text], col(q), q, variant=variant)
    # who took over in a later stage: the earlier clause's stage and old supporter (由…支援) set the scene
    for i, (text, place, variant) in enumerate([
            ("汶川地震时黑水县在过渡安置阶段由广西援助，恢复重建阶段改由哪个省份援建？", "黑水县", "plain"),
            ("汶川地震对口支援：彭州市过渡安置时期由湖南支援，后来恢复重建改由哪个省？", "彭州市", "plain"),
            ("汶川地震中平武县在过渡安置阶段由吉林支援，到了恢复重建阶段改由哪个省支援？", "平武县", "traditional"),
            ("汶川地震中崇州市在过渡安置阶段由河北支援，到了恢复重建阶段改由哪个省市支援？", "崇州市", "plain")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/wenchuan-chongjian> ; dk:recipient <{iri_of(place)}> ;
          dk:supporter ?s . ?s a dk:ProvinceLevelDivision }}"""
        add(f"pr19f-stage-taken-over-{i}", "takeover", [text], col(q), q, variant=variant)
    # a 组团式 team named loosely (a profession beside 组团), asked when it began
    first = lambda kind: (f"SELECT (MIN(?s) AS ?v) WHERE {{ ?f a dk:TalentTeam ; dk:teamKind dk:{kind} ; "
                          f"dk:aboutProgramme <{BASE}programme/yuanzang> ; dk:startYear ?s }}")
    for i, (text, kind, variant) in enumerate([("援藏里组团派老师去的那种是哪年开始的", "EducationTeam", "plain"),
                                               ("援藏有医疗组团的做法，哪一年开始的", "MedicalTeam", "plain"),
                                               ("援藏醫生組團去 最早哪年", "MedicalTeam", "traditional")]):
        add(f"pr19f-team-loose-{i}", "mechanism", [text], col(first(kind)), first(kind), variant=variant)
def gen_probe_19e():
    """Questions written with asides, and spoken verbs and question words (issue #15, round 11, groups pr19e-*): a
    remark after the question mark, a lead before a colon, chat with spaces for stops (the text up to the first
    segment that asks is read; an aside asking money keeps the refusal); a round named as the scene before a comma
    (1979年那轮对口支援，…); 包的 as the verb of aid after 哪个区/哪个市; spoken 那几 for 哪几. Our own names and
    wording; gold from the SPARQL here."""
    pg = lambda key: f"<{BASE}programme/{key}>"
    # a question with an aside after it (or a lead before a colon): the places an actor took on in a programme
    for i, (text, who, key, kind, variant) in enumerate([
            ("在写总结：福建援疆对口的是哪些地方？同事问过好几次了。", "福建省", "yuanjiang", None, "plain"),
            ("湖南援藏對口的是哪幾個縣？我表哥在那邊工作，想確認一下。", "湖南省", "yuanzang", "CountyLevelDivision", "traditional"),
            ("天津援疆都对口哪些地方啊 听同事说过 记不清了", "天津市", "yuanjiang", None, "plain"),
            ("津援藏对口的是哪几个县 朋友在那边 想问问", "天津市", "yuanzang", "CountyLevelDivision", "abbreviation")]):
        typed = f"?r a dk:{kind} ." if kind else ""
        giver = f"?s dk:partOf* <{iri_of(who)}> ." if kind else f"FILTER(?s = <{iri_of(who)}>)"  # (a level asked: its parts' too)
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r ; dk:programme {pg(key)} .
          {giver} {typed} FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"""
        add(f"pr19e-aside-{i}", "supporter_recipients", [text], col(q), q, variant=variant)
    # an aside that asks what the graph does not hold keeps the question refused
    for i, (text, status) in enumerate([("山东援藏对口哪些县 这些年投了多少钱", "no_template"),
                                        ("广东援疆对口哪里 派了多少干部", "no_template")]):
        add(f"pr19e-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)
    # a round named as the scene before a comma: the pairings in force in that year, the actor as supporter
    for i, (text, who, year, variant) in enumerate([("1979年那轮对口支援，北京支援的是哪里？", "北京市", 1979, "plain"),
                                                   ("一九七九年那一轮，上海支援的是哪两个地方？", "上海市", 1979, "numeral")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(who)}> ; dk:recipient ?r ; dk:startYear ?b
          FILTER(?b <= {year}) FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < {year}) }} }}"""
        add(f"pr19e-round-scene-{i}", "time_filter", [text], col(q), q, variant=variant)
    # 包的 as the verb of aid: the named place's supporters within the second name, of the level asked
    for i, (text, place, owner, kind) in enumerate([("杂多县是北京哪个区包的？", "杂多县", "北京市", "District"),
                                                    ("映秀镇是广东哪个市包的", "映秀镇", "广东省", "City")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?s .
          ?s dk:partOf+ <{iri_of(owner)}> ; a dk:{kind} }}"""
        add(f"pr19e-bao-{i}", "recipient_supporters", [text], col(q), q)
    # spoken 那几 for 哪几 (nothing else in the text asks)
    for i, (text, who, region, key, variant) in enumerate([
            ("北京援疆是援和田那几个县啊", "北京市", "和田地区", "yuanjiang", "plain"),
            ("闽援疆是援昌吉那几个县", "福建省", "昌吉回族自治州", "yuanjiang", "abbreviation")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r ; dk:programme {pg(key)} .
          ?s dk:partOf* <{iri_of(who)}> . ?r dk:partOf+ <{iri_of(region)}> ; a dk:CountyLevelDivision }}"""
        add(f"pr19e-spoken-which-{i}", "supporter_recipients", [text], col(q), q, variant=variant)
    # kinds named as all counting in (省和企业都算): they widen the list of who supports a place, they filter nothing
    for i, (text, place, variant) in enumerate([("林芝是哪些单位在援的 省和企业都算", "林芝市", "plain"),
                                                ("昌都是哪些地方在援的？省市和央企都算。", "昌都市", "plain"),
                                                ("那曲是哪些單位在援的，省和企業都算上", "那曲市", "traditional")]):
        q = supporters_q(iri_of(place))
        add(f"pr19e-kinds-counted-in-{i}", "recipient_supporters", [text], col(q), q, variant=variant)
    # a programme named by its verb of aid and the region it serves (结对帮扶皖北), the supporter's recipients in it
    for i, (text, who, variant) in enumerate([("杭州结对帮扶皖北是哪个市", "杭州市", "plain"),
                                              ("宁波 结对帮扶皖北 对口哪个市", "宁波市", "plain"),
                                              ("南京結對幫扶皖北的是哪個市", "南京市", "traditional")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme {pg('wanbei')} ; dk:supporter <{iri_of(who)}> ; dk:recipient ?r }}"""
        add(f"pr19e-aid-region-name-{i}", "supporter_recipients", [text], col(q), q, variant=variant)
    # a request to list (能列一下吗: no yes/no), a kind restated after the kind asked (就是省一级的: a gloss, one filter)
    for i, (text, key, variant) in enumerate([("援疆的省市能列一下吗", "yuanjiang", "plain"),
                                              ("援青的省市有哪些，就是省一级的", "yuanqing", "plain"),
                                              ("援疆的省市能列一下吗 也就是省一級的那些", "yuanjiang", "traditional")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?s . ?s a dk:ProvinceRankActor .
          FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        add(f"pr19e-list-request-{i}", "programme_members", [text], col(q), q, variant=variant)

def gen_probe_20b():
    """Book facts, mechanism figures and rules, and refusals written as three new askers would (issue #15, session 12,
    groups pr20b-*): a retired cadre (long formal sentences, traditional script, Chinese-numeral years), a WeChat editor
    typing on a phone (keywords, abbreviations, slips) and a lecturer preparing slides (asides, hedges). Programmes,
    years and facts the studied sets rarely use (三峡, 东西部, 对口合作, 援青, the copyright page, the 1980s history);
    gold from the SPARQL here."""
    pg = lambda key: f"<{BASE}programme/{key}>"
    fig = lambda key, cond: (f"SELECT DISTINCT ?v WHERE {{ ?f dk:aboutProgramme {pg(key)} ; dk:value ?v ; "
                             f"dk:verificationStatus ?st ; {cond} FILTER(?st != dk:Unverified) }}")
    share = lambda key, cond: (f"SELECT (CONCAT(STR(?v), REPLACE(?sign, '/年', '')) AS ?s) WHERE {{ ?f a dk:FundingRule ; dk:aboutProgramme {pg(key)} ; "
                               f"dk:value ?v ; dk:unit ?u ; dk:verificationStatus ?st ; {cond} . "
                               f"?u <http://qudt.org/schema/qudt/symbol> ?sign FILTER(?st != dk:Unverified) }}")
    def figured(group, text, gold, query, variant, alt_gold=None):
        """A figure or rule with its gold; resting on unverified rows only, it is no fact (the row shown, not answered)."""
        if gold:
            add(group, "mechanism", [text], gold, query, variant=variant, alt_gold=alt_gold)
        else:
            add(group, "unanswerable", [text], [], query, answerable=False, expected="no_fact", variant=variant)
    rule = lambda fact: (f"SELECT ?v WHERE {{ <{BASE}mechanism-fact/{fact}> dk:principle ?v ; dk:verificationStatus ?st "
                         f"FILTER(?st != dk:Unverified) }}")
    # mechanism figures: the figure of the programme, period and measure the question names
    for i, (text, query, variant) in enumerate([
            ("請問一九九七年二月首批抵達新疆的援疆幹部大約有多少名？", fig("yuanjiang", "dk:batchNumber 1"), "traditional"),
            ("截至二〇〇九年底，援疆干部累计选派了多少名？", fig("yuanjiang", "a dk:CadreCount ; dk:endYear 2009"), "numeral"),
            ("对口支援黄南州的十年间，天津市落实的援助资金是多少亿元？", fig("yuanqing", 'dk:measure ?m FILTER(STR(?m) = "天津市对口支援黄南州的资金")'), "plain"),
            ("截至二〇〇五年底，对口支援为三峡库区引入了多少资金？", fig("sanxia", "a dk:FundingReport"), "numeral"),
            ("第十批援藏干部人才中，来自中央单位的有多少人？", fig("yuanzang", 'dk:measure ?m FILTER(STR(?m) = "第十批援藏和第五批援青干部人才中来自中央单位的")'), "plain"),
            ("中央第三次西藏工作座谈会决定由国家投资和全国支援建设多少项工程？", fig("yuanzang", "a dk:ProjectReport ; dk:startYear 1994 ; dk:endYear 1994"), "plain"),
            ("二〇一四年九月中央机关和国企选派了多少名援疆干部、教师和医务人员？", fig("yuanjiang", "a dk:CadreBatch ; dk:startYear 2014"), "numeral"),
            ("援疆第十批中央单位干部人才 多少人", fig("yuanjiang", "dk:batchNumber 10"), "plain"),
            ("援青 前三批 干部 一共多少", fig("yuanqing", "a dk:CadreCount ; dk:endYear 2017"), "plain"),
            ("东西部协作 2024 互派党政干部 多少人", fig("dongxibu", 'dk:measure ?m FILTER(STR(?m) = "东西部协作双方互派的党政干部")'), "plain"),
            ("东北对口合作 截至2019年4月 达成项目几个", fig("dongbei-hezuo", "a dk:ProjectReport"), "plain"),
            ("汶川援建 截至2010年4月 到位资金多少亿", fig("wenchuan-chongjian", 'dk:measure ?m FILTER(STR(?m) = "已到位的对口援建资金")'), "plain"),
            ("援疆 2014年 年度计划资金 多少亿", fig("yuanjiang", 'dk:measure ?m FILTER(STR(?m) = "援疆年度计划资金")'), "plain"),
            ("组团式援疆 派了多少家三甲医院", fig("yuanjiang", 'dk:measure ?m FILTER(STR(?m) = "组团式援疆的三甲医院")'), "plain"),
            ("江苏援藏 2024 资金 多少亿", fig("yuanzang", 'dk:measure ?m FILTER(STR(?m) = "江苏援藏资金")'), "plain"),
            ("我备课用：对口援藏20年（1994—2014）一共投入了多少援藏资金？我记得是两百多亿", fig("yuanzang", "a dk:FundingReport ; dk:startYear 1994 ; dk:endYear 2014"), "plain"),
            ("新一轮援疆头两年，拨付到疆的资金有多少？学生问我的", fig("yuanjiang", 'dk:measure ?m FILTER(STR(?m) = "拨付到疆的援疆资金")'), "plain"),
            ("三级医院对口帮扶新疆贫困县医院那个项目，总共是多少家大医院参加？", fig("yuanjiang", 'dk:measure ?m FILTER(STR(?m) = "对口帮扶新疆贫困县医院的大医院")'), "plain"),
            ("東西部扶貧協作裡，2003到2010年西部到東部掛職的幹部有多少人", fig("dongxibu", 'dk:measure ?m FILTER(STR(?m) = "西部到东部挂职干部")'), "traditional"),
            ("1995年到2006年对口援藏累计投入资金是多少", fig("yuanzang", "a dk:FundingReport ; dk:startYear 1995 ; dk:endYear 2006"), "numeral"),
            ("2013至2016年援青资金多少亿？顺便说一下我们在做对比表", fig("yuanqing", "a dk:FundingReport ; dk:startYear 2013 ; dk:endYear 2016"), "numeral")]):
        figured(f"pr20b-figure-{i}", text, sorted(typed_col(query)), query, variant)
    # shares written with their sign (the number alone the second reading)
    for i, (text, key, cond, variant) in enumerate([
            ("请问天津市每年按上年度财政收入的多大比例安排援青资金？", "yuanqing", "dk:startYear 2010", "plain"),
            ("援疆资金 前五年 每年涨多少", "yuanjiang", "dk:unit dk:PercentPerYearUnit", "plain")]):
        query = share(key, cond)
        gold = typed_col(query)
        figured(f"pr20b-share-{i}", text, gold, query, variant, alt_gold=[typed_number(g) for g in gold])
    # rules: the principle in our words
    for i, (text, fact, variant) in enumerate([
            ("对口合作和对口支援有什么不同？上课有学生问", "104", "plain"),
            ("三省藏区对口支援的资金不能用来建什么", "84", "plain"),
            ("東西部扶貧協作的考核辦法從哪幾個方面考核", "98", "traditional")]):
        figured(f"pr20b-rule-{i}", text, col(rule(fact)), rule(fact), variant)
    # the book's front matter and copyright page (an item of the imprint: its value)
    imprint = lambda item: f"""SELECT ?v WHERE {{ ?b dk:imprintItem ?i FILTER(STRSTARTS(?i, "{item}：")) BIND(STRAFTER(?i, "：") AS ?v) }}"""
    for i, (text, item, variant) in enumerate([
            ("敬请告知，该书的责任校对是哪位同志？", "责任校对", "plain"),
            ("对口支援政策那本书 谁印的", "印刷", "plain"),
            ("那本书 中图分类号", "中图分类号", "plain"),
            ("这本书开本多大", "开本", "plain"),
            ("书的社址写的是哪里？寄样书要用", "社址", "plain"),
            ("書是哪家廠裝訂的", "装订", "traditional")]):
        add(f"pr20b-imprint-{i}", "book_fact", [text], col(imprint(item)), imprint(item), variant=variant)
    q = "SELECT ?d WHERE { ?b dk:publicationDate ?d }"
    month = [f"{d[:4]}年{int(d[5:7])}月" for d in col(q)]  # the month a book came out as people write it: 2018年7月
    add("pr20b-published", "book_fact", ["此书系何年何月出版发行？"], month, q)
    # the history that opens chapter 1: the thing asked of an event (a unit, a date, a body), not the event
    ev = lambda key, prop: f"SELECT DISTINCT ?v WHERE {{ <{BASE}{key}> dk:{prop} ?v }}"
    for i, (text, key, prop, variant) in enumerate([
            ("書中所說一九六〇年那篇社論表揚的是哪個工廠？", "event/1960-shanxi-ribao", "commendedUnit", "traditional"),
            ("一九八四年在天津召开的那次会议以后，对口支援采取了哪些形式？", "event/1984-tianjin", "practice", "numeral"),
            ("1982年那次座谈会是哪两个部门召开的？", "event/1982-zuotanhui", "convenedBy", "plain"),
            ("1986年成立扶贫开发领导小组，书里说设立了什么机构？", "event/1986-fupin-lingdao-xiaozu", "setsUp", "plain"),
            ("一九七九年边防工作会议是哪天开的", "event/1979-bianfang", "date", "numeral"),
            ("1983年国务院确定对口支援由哪个部门牵头", "event/1983-zhuguan-bumen", "leadBy", "plain"),
            ("《國家八七扶貧攻堅計劃》是由哪個機關印發的", "document/1994-baqi", "issuedBy", "traditional")]):
        add(f"pr20b-history-{i}", "book_fact", [text], col(ev(key, prop)), ev(key, prop), variant=variant)
    # stages and the table of contents
    q = "SELECT ?s WHERE { ?s a dk:DevelopmentStage ; dk:stageNumber 3 }"
    add("pr20b-stage-name", "book_fact", ["书 第3阶段 叫啥"], col(q), q)
    q = "SELECT ?y WHERE { ?s a dk:DevelopmentStage ; dk:stageNumber 2 ; dk:startYear ?y }"
    add("pr20b-stage-start", "book_fact", ["书里说的第二阶段从哪年开始"], col(q), q)
    sec = lambda ch, n: f"SELECT ?t WHERE {{ <{BASE}source/book/chapter/{ch}/{n}> dcterms:title ?t }}"
    for i, (text, ch, n, variant) in enumerate([("书里 第4章第3节 标题", 4, 3, "plain"),
                                                ("我在做课件，想确认一下：书里第五章第二节讲的是什么？医疗那块吧？", 5, 2, "plain")]):
        add(f"pr20b-section-{i}", "book_fact", [text], col(sec(ch, n)), sec(ch, n), variant=variant)
    q = f"SELECT ?p WHERE {{ <{BASE}source/book/chapter/8> <http://purl.org/ontology/bibo/pageStart> ?p }}"
    add("pr20b-chapter-page", "book_fact", ["第八章从第几页开始来着"], col(q), q)
    # refusals: what the graph does not hold (pay, a programme's part's money or cadres, print run, authors of chapters,
    # the future, a batch not yet recorded, people's names)
    for i, (text, status, variant) in enumerate([
            ("援藏幹部的工資待遇是多少？", "no_template", "traditional"),
            ("京蒙协作 2023 投了多少钱", "no_template", "abbreviation"),
            ("沪滇 扶贫协作 派了多少干部", "no_template", "abbreviation"),
            ("书里第九章的作者是谁？", "no_fact", "plain"),
            ("这本书一共印了多少册？", "no_fact", "plain"),
            ("第十二批援藏干部人才有多少人？", "no_fact", "plain"),
            ("鲁渝 协作 资金 2020", "no_template", "abbreviation"),
            ("援疆干部里哪个省派的人最多？", "no_template", "plain"),
            ("援青资金明年会增加吗", "no_template", "plain"),
            ("津冀 对口帮扶 干部 名单", "no_template", "abbreviation"),
            ("粤桂协作 每年投入多少亿", "no_template", "abbreviation")]):
        add(f"pr20b-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status, variant=variant)

def gen_probe_20b_more():
    """More phrasings of the pr20b kinds with other programmes, years and wording (issue #15, session 12): a figure
    named by its own measure, a body asked by 统筹/小组, a programme named by its two sides (东部…给西部), a growth
    asked as 涨, people sent in vague numbers describing the aid asked of, a book section by number (its page), a
    stage's first year, a lead record's own name, a venue before 那次会议; gold from the SPARQL here."""
    pg = lambda key: f"<{BASE}programme/{key}>"
    fig = lambda key, cond: (f"SELECT DISTINCT ?v WHERE {{ ?f dk:aboutProgramme {pg(key)} ; dk:value ?v ; "
                             f"dk:verificationStatus ?st ; {cond} FILTER(?st != dk:Unverified) }}")
    measure = lambda words: f'dk:measure ?m FILTER(STR(?m) = "{words}")'
    for i, (text, key, cond, variant) in enumerate([
            ("汶川援建 确定的援建项目 截至2010年4月 几个", "wenchuan-chongjian", measure("确定的对口援建项目"), "plain"),
            ("援藏规划内项目总投资多少亿？十八大以来那个数", "yuanzang", measure("规划内援藏项目总投资"), "plain"),
            ("第十批援藏和第五批援青干部人才里，来自省市的有多少人", "yuanzang", measure("第十批援藏和第五批援青干部人才中来自省市的"), "plain"),
            ("東西部協作2024年互派的專業技術人才有多少", "dongxibu", measure("东西部协作双方互派的专业技术人才"), "traditional"),
            ("2014年援疆至4月底开工的项目有几个", "yuanjiang", measure("至4月底开工的援疆项目"), "numeral"),
            ("东部给西部的政府援助资金 2003到2010年 多少亿", "dongxibu", measure("东部向西部提供的政府援助资金"), "plain")]):
        q = fig(key, cond)
        add(f"pr20b-measure-{i}", "mechanism", [text], sorted(typed_col(q)), q, variant=variant)
    # a programme named by its two sides and a verb of giving
    for i, (text, year, variant) in enumerate([("2019年东部对西部的财政援助资金是多少", 2019, "numeral"),
                                               ("东部地区给西部地区的财政援助，2024年有多少亿", 2024, "plain")]):
        q = fig("dongxibu", f"a dk:FundingReport ; dk:startYear {year} ; dk:endYear {year}")
        add(f"pr20b-sides-{i}", "mechanism", [text], sorted(typed_col(q)), q, variant=variant)
    # a body asked by 统筹 or as a 小组 (the rule's own words name it)
    q = f"""SELECT ?v WHERE {{ ?f dk:aboutProgramme {pg('sanxia')} ; a dk:ManagementRule ; dk:principle ?p ; dk:verificationStatus ?st
      FILTER(?st != dk:Unverified && CONTAINS(?p, "协调")) BIND(STRBEFORE(STRAFTER(?p, "由"), "协调") AS ?v) }}"""
    add("pr20b-body-coordinates", "mechanism", ["三峡库区移民对口支援是哪个小组统筹的", "三峽移民對口支援由國務院哪個領導小組來統籌協調"],
        col(q), q, variants={1: "traditional"})
    # growth asked as 涨 / 增加
    q = fig("yuanjiang", "dk:unit dk:PercentPerYearUnit")
    gold = [f"{v}%" for v in typed_col(q)]
    add("pr20b-growth", "mechanism", ["援疆资金每年涨几个百分点", "新一轮援疆资金前几年每年涨多少"], gold, q,
        alt_gold=typed_col(q))
    # people sent in vague numbers describe the aid whose partner is asked
    for i, (text, who, variant) in enumerate([("上海派了几万名干部工人去支援哪些省", "上海市", "plain"),
                                              ("北京先后派出数千名干部去支援哪些省区", "北京市", "plain"),
                                              ("江蘇派了上萬名幹部和技術人員去支援哪些省區", "江苏省", "traditional")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(who)}> ; dk:recipient ?r . ?r a dk:ProvinceLevelDivision }}"""
        add(f"pr20b-people-sent-{i}", "supporter_recipients", [text], col(q), q, variant=variant)
    # a section by number, its page; a stage's first year; the lead a record of that year set; a venue before 那次会议
    page = lambda ch, n: f"SELECT ?p WHERE {{ <{BASE}source/book/chapter/{ch}/{n}> <http://purl.org/ontology/bibo/pageStart> ?p }}"
    add("pr20b-section-page", "book_fact", ["第三章第二节从第几页开始", "書中第5章第3節在哪一頁"], col(page(3, 2)), page(3, 2),
        variants={1: "traditional"})
    q = page(5, 3)
    questions[-1]["gold"] = col(q); questions[-1]["query"] = q  # (the second phrasing asks another section)
    start = lambda n: f"SELECT ?y WHERE {{ ?s a dk:DevelopmentStage ; dk:stageNumber {n} ; dk:startYear ?y }}"
    add("pr20b-stage-start-3", "book_fact", ["按书里的分期，第三阶段始于何年"], col(start(3)), start(3))
    add("pr20b-stage-start-1", "book_fact", ["书 第一阶段 哪年开始"], col(start(1)), start(1))
    q = f"SELECT DISTINCT ?b WHERE {{ ?e dk:leadBy ?b ; dk:year 1992 }}"
    add("pr20b-lead-record", "book_fact", ["1992年国务院批复之后由哪个部门牵头对口支援"], col(q), q)
    q = f"SELECT DISTINCT ?v WHERE {{ <{BASE}event/1984-tianjin> dk:practice ?v }}"
    add("pr20b-venue-meeting", "book_fact", ["1984年在天津开的那次会议提出了哪些形式"], col(q), q)
    # a roster asked with the size a source gives it: the graph holding fewer members is no full answer (no fact);
    # holding as many, the list
    for i, (text, key, kind, size, variant) in enumerate([
            ("对口支援西藏的十七家中央企业具体是哪几家", "yuanzang", "CentralEnterprise", 17, "plain"),
            ("援疆的15家国有骨干企业分别是哪些", "yuanjiang", "CentralEnterprise", 15, "numeral"),
            ("三峡库区对口支援的10个省市分别是哪些", "sanxia", "ProvinceRankActor", 10, "numeral"),
            ("對口援青那六個省市具體是哪幾個", "yuanqing", "ProvinceRankActor", 6, "traditional"),
            ("汶川地震过渡安置的21个省份分别是哪些", "wenchuan-guodu", "ProvinceLevelDivision", 21, "numeral"),
            ("东北对口合作里东部的7个省市分别是哪些", "dongbei-hezuo", "ProvinceRankActor", 7, "numeral")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?s . ?s a dk:{kind} .
          FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        held = col(q)
        if len(held) < size:
            add(f"pr20b-short-roster-{i}", "unanswerable", [text], [], q, answerable=False, expected="no_fact", variant=variant)
        else:
            add(f"pr20b-short-roster-{i}", "programme_members", [text], held, q, variant=variant)
def gen_probe_20b_third():
    """A third round of pr20b askers (a teacher, a retired journalist in traditional script, a student typing keywords):
    the book's history and contents (a report's title and speaker, a heading asked by its own subject, a section's word
    count not held), a programme's launching document named by its kind (通知 哪天发的, 实施方案 哪年印发), and refusals
    (a person's other works, opinions, ages, a part of a programme's money or cadres). Gold from the SPARQL here."""
    probes = []
    P = lambda *a: probes.append(a)
    ev = lambda key, prop: f"SELECT DISTINCT ?v WHERE {{ <{BASE}{key}> dk:{prop} ?v }}"
    # a high-school teacher (plain, full sentences)
    P("pr20b-third-a", "book_fact", "乌兰夫在1979年边防工作会议上作的报告叫什么题目？", ev("event/1979-bianfang", "reportTitle"), "numeral")
    P("pr20b-third-b", "book_fact", "1979年的全国边防工作会议是谁作的报告", ev("event/1979-bianfang", "reportBy"), "numeral")
    P("pr20b-third-c", "book_fact", "《山西日报》那篇提出对口支援的社论是哪天发表的", ev("event/1960-shanxi-ribao", "date"), "plain")
    P("pr20b-third-d", "book_fact", "国务院扶贫开发领导小组是哪一年成立的", ev("event/1986-fupin-lingdao-xiaozu", "year"), "plain")
    P("pr20b-third-e", "book_fact", "1982年的对口支援座谈会由哪些部门召开", ev("event/1982-zuotanhui", "convenedBy"), "numeral")
    P("pr20b-third-f", "book_fact", "书中第八章有几节", "SELECT (COUNT(?s) AS ?n) WHERE { ?s dcterms:isPartOf <https://w3id.org/duikou/source/book/chapter/8> }", "plain")
    P("pr20b-third-g", "book_fact", "讲科技对口支援的是书的哪一节", "SELECT ?s WHERE { ?s dcterms:title ?t FILTER(STR(?t) = \"科技对口支援\") }", "plain")
    # a retired journalist (traditional script, formal)
    P("pr20b-third-h", "book_fact", "該書前言係何人所撰？", "SELECT ?v WHERE { ?b dk:prefaceBy ?v }", "traditional")
    P("pr20b-third-i", "book_fact", "此書之責任編輯為何人", "SELECT ?v WHERE { ?b dk:imprintItem ?i FILTER(STRSTARTS(?i, \"责任编辑：\")) BIND(STRAFTER(?i, \"：\") AS ?v) }", "traditional")
    P("pr20b-third-j", "book_fact", "書中所分四個階段，第四階段名稱為何", "SELECT ?s WHERE { ?s a dk:DevelopmentStage ; dk:stageNumber 4 }", "traditional")
    P("pr20b-third-k", "mechanism", "援藏幹部每批在藏工作期限為幾年", "SELECT ?v WHERE { ?f a dk:CadreTerm ; dk:aboutProgramme <https://w3id.org/duikou/programme/yuanzang> ; dk:value ?v ; dk:verificationStatus dk:Verified }", "traditional")
    P("pr20b-third-l", "stage_event", "中央第六次西藏工作座談會於何時召開", "SELECT ?v WHERE { <https://w3id.org/duikou/event/2015-xizang-6> dk:year ?v }", "traditional")  # (何时: the year, as dev reads 什么时候开的)
    # a student typing on a phone (terse, abbreviations, slips)
    P("pr20b-third-m", "mechanism", "援藏 资金 比例 千分之几", "SELECT ?v WHERE { <https://w3id.org/duikou/mechanism-fact/30> dk:value ?v }", "plain")
    P("pr20b-third-n", "mechanism", "第5批援藏干部 多少人", "SELECT ?v WHERE { ?f a dk:CadreBatch ; dk:batchNumber 5 ; dk:aboutProgramme <https://w3id.org/duikou/programme/yuanzang> ; dk:value ?v }", "numeral")
    P("pr20b-third-o", "mechanism", "援青 启动 哪年", "SELECT (MIN(?y) AS ?v) WHERE { ?f a dk:LaunchEvent ; dk:aboutProgramme <https://w3id.org/duikou/programme/yuanqing> ; dk:startYear ?y }", "plain")
    P("pr20b-third-p", "mechanism", "三峡 对口支援 通知 哪天发的", "SELECT ?v WHERE { <https://w3id.org/duikou/mechanism-fact/117> dk:date ?v }", "plain")
    P("pr20b-third-q", "mechanism", "东北对口合作 7个分省市实施方案 哪年印发", "SELECT ?v WHERE { <https://w3id.org/duikou/mechanism-fact/105> dk:startYear ?v }", "plain")
    P("pr20b-third-r", "mechanism", "汶川援建 总共多少个项目", "SELECT ?v WHERE { <https://w3id.org/duikou/mechanism-fact/115-2> dk:value ?v }", "plain")
    # refusals from all three
    for i, (text, status) in enumerate([("援藏干部里哪位医生最有名", "no_template"), ("第十批援藏干部人才的平均年龄是多少", "no_template"),
                                        ("书的第三章第一节一共多少字", "no_fact"), ("京蒙协作派了哪些干部", "no_template"),
                                        ("粤桂協作今年投了多少錢", "no_template"), ("援疆资金为什么要八成投向基层", "no_template"),
                                        ("任维德教授还写过哪些书", "no_fact"), ("沪滇 帮扶 干部 几批", "no_template")]):
        probes.append((f"pr20b-third-refused-{i}", "unanswerable", text, None, status))
    for group, qtype, text, q, variant in probes:
        if qtype == "unanswerable":
            add(group, qtype, [text], [], "", answerable=False, expected=variant)
        else:
            add(group, qtype, [text], typed_col(q), q, variant=variant)

def gen_probe_20b_fourth():
    """A fourth round of pr20b phrasings (issue #15, session 12): a rule of one supporter asked by its name (江苏援藏资金投向
    基层的比例), the year a rule was first recorded (两个80%是哪一年提出的), how long a 组团式 round lasts (每轮待多久: years),
    persons asked beside a hospital word (多少名三级医院专家), and a way of rotating asked as 方式/办法 (a rule, not the
    term). Gold from the SPARQL here; a rule or figure resting on unverified rows only is no fact."""
    pg = lambda key: f"<{BASE}programme/{key}>"
    ok = "dk:verificationStatus ?st FILTER(?st != dk:Unverified)"
    def asked(group, qtype, text, q, variant="plain", gold=None):
        gold = typed_col(q) if gold is None else gold
        if gold:
            add(group, qtype, [text], gold, q, variant=variant)
        else:
            add(group, "unanswerable", [text], [], q, answerable=False, expected="no_fact", variant=variant)
    rule_of = lambda key, word: (f"SELECT ?v WHERE {{ ?f a dk:ManagementRule ; dk:aboutProgramme {pg(key)} ; dk:principle ?v ; "
                                 f"rdfs:label ?l ; {ok} FILTER(CONTAINS(?v, \"{word}\") && CONTAINS(?l, \"{word}\")) }}")
    for i, (text, variant) in enumerate([("江苏援藏资金投向基层的比例是多少", "plain"), ("蘇援藏項目 投向民生 比例", "traditional"),
                                         ("江苏的援藏项目是怎么管理的", "plain")]):
        asked(f"pr20b-fourth-actor-rule-{i}", "mechanism", text, rule_of("yuanzang", "江苏"), variant)
    since = lambda key, word: (f"SELECT ?v WHERE {{ ?f a dk:ManagementRule ; dk:aboutProgramme {pg(key)} ; dk:principle ?p ; "
                               f"dk:startYear ?v ; {ok} FILTER(CONTAINS(?p, \"{word}\")) }}")
    for i, (text, key, word, variant) in enumerate([("援藏资金的两个80%是哪一年提出的", "yuanzang", "八成", "plain"),
                                                    ("援疆资金“两个80%”从哪年开始", "yuanjiang", "八成", "plain"),
                                                    ("三省藏区资金不得建楼堂馆所的规定是哪一年提出的", "sansheng-zangqu", "楼堂馆所", "plain"),
                                                    ("东北对口合作的干部交流机制是哪一年提出的", "dongbei-hezuo", "干部交流", "plain")]):
        asked(f"pr20b-fourth-rule-year-{i}", "mechanism", text, since(key, word), variant)
    lasts = (f"SELECT ?v WHERE {{ ?f a dk:TalentTeam ; dk:aboutProgramme {pg('yuanzang')} ; dk:unit dk:YearUnit ; dk:value ?v ; {ok} }}")
    for i, (text, variant) in enumerate([("组团式援藏医疗人才每批至少待多久", "plain"), ("組團式醫療援藏 每輪 多長時間", "traditional")]):
        asked(f"pr20b-fourth-team-lasts-{i}", "mechanism", text, lasts, variant)
    experts = (f"SELECT ?v WHERE {{ ?f a dk:TalentTeam ; dk:aboutProgramme {pg('yuanjiang')} ; dk:unit dk:PersonPerYearUnit ; "
               f"dk:value ?v ; {ok} }}")
    for i, (text, variant) in enumerate([("十三五期间每年大约多少名三级医院专家参与援藏援疆", "plain"),
                                         ("三级医院专家每年参与援疆的有多少人", "plain")]):
        asked(f"pr20b-fourth-experts-{i}", "mechanism", text, experts, variant)
    rotates = (f"SELECT ?v WHERE {{ ?f a dk:ManagementRule ; dk:aboutProgramme {pg('yuanzang')} ; dk:principle ?v ; {ok} "
               f"FILTER(CONTAINS(?v, \"轮换\")) }}")
    for i, (text, variant) in enumerate([("援藏干部实行什么样的轮换方式", "plain"), ("援藏幹部的輪換辦法是什麼", "traditional")]):
        asked(f"pr20b-fourth-rotation-{i}", "mechanism", text, rotates, variant)

def gen_probe_20b_fifth():
    """A fifth round of pr20b book phrasings (issue #15, session 12): the book named by a bare 书 opening the question
    (书多少钱), when it came out asked as 出的/问世, the first appearance of the term asked as a year (最早出现在哪一年),
    a person's post asked as 是什么职务 (not a definition), a heading asked by its subject written with or without 的, and
    the printing asked as 第几次印刷 (印次, not the printer). Gold from the SPARQL here."""
    imprint = lambda item: f"""SELECT ?v WHERE {{ ?b dk:imprintItem ?i FILTER(STRSTARTS(?i, "{item}：")) BIND(STRAFTER(?i, "：") AS ?v) }}"""
    price = "PREFIX schema: <http://schema.org/> SELECT ?v WHERE { ?b schema:price ?v }"
    add("pr20b-fifth-bare-book-price", "book_fact", ["书多少钱", "书卖多少钱"], [int(float(v)) for v in col(price)], price)
    q = "SELECT ?v WHERE { ?b a <http://purl.org/ontology/bibo/Book> ; dcterms:issued ?v }"
    add("pr20b-fifth-came-out", "book_fact", ["那本书是哪年出的", "这本报告是哪一年问世的", "該書哪年出的"], [int(v) for v in col(q)], q,
        variants={2: "traditional"})
    q = "SELECT (MIN(?y) AS ?v) WHERE { ?e dk:stage ?s ; dk:year ?y }"
    add("pr20b-fifth-term-first-year", "book_fact", ["对口支援这个词最早出现在哪一年", "“对口支援”一词最早出现在哪年",
                                                     "对口支援的说法最早出现于哪一年"], col(q), q)
    q = f"SELECT ?v WHERE {{ <{BASE}person/wulanfu> dk:role ?v }}"
    add("pr20b-fifth-post", "book_fact", ["乌兰夫当时是什么职务", "烏蘭夫那時候是什麼身份", "乌兰夫时任何职"], col(q), q,
        variants={1: "traditional"})
    heading = lambda title: f'SELECT ?h WHERE {{ ?h dk:headingNumber ?n ; dcterms:title ?t FILTER(STR(?t) = "{title}") }}'
    for i, (text, title, variant) in enumerate([("书中讲对口援藏成效的是哪一节", "对口援藏的成效", "plain"),
                                                ("书里讲对口支援新疆措施的是哪一节", "对口支援新疆的措施", "plain"),
                                                ("講醫療對口支援的是書的哪一節", "医疗对口支援", "traditional")]):
        add(f"pr20b-fifth-heading-{i}", "book_fact", [text], col(heading(title)), heading(title), variant=variant)
    add("pr20b-fifth-printing", "book_fact", ["书是第几次印刷", "这本书是第几次印刷的"], col(imprint("印次")), imprint("印次"))

def gen_probe_20b_sixth():
    """Refusals of the pr20b round (issue #15, session 12): a chapter or section the book's contents do not have (第十章,
    第三章第五节: no fact, the contents' size said), and assessment results or rankings of them (考核结果, 评比, 得分), which the
    graph does not hold. The chapter and section counts come from the SPARQL here."""
    chapters = "SELECT (COUNT(?c) AS ?n) WHERE { ?c dcterms:isPartOf ?b ; dk:headingNumber ?k . ?b a <http://purl.org/ontology/bibo/Book> }"
    total = col(chapters)[0]
    for i, (n, text, variant) in enumerate([(10, "书的第十章讲什么", "plain"), (11, "書中第11章的標題是什麼", "traditional"),
                                            (12, "第十二章从第几页开始", "plain")]):
        expected = "no_fact" if n > total else "ok"
        add(f"pr20b-sixth-no-chapter-{i}", "unanswerable", [text], [], chapters, answerable=False, expected=expected, variant=variant)
    sections = lambda ch: f"SELECT (COUNT(?s) AS ?n) WHERE {{ ?s dcterms:isPartOf <{BASE}source/book/chapter/{ch}> ; dk:headingNumber ?k }}"
    for i, (ch, m, text) in enumerate([(3, 5, "书中第三章第五节的标题"), (6, 9, "第六章第九节讲的是什么")]):
        assert m > col(sections(ch))[0]
        add(f"pr20b-sixth-no-section-{i}", "unanswerable", [text], [], sections(ch), answerable=False, expected="no_fact")
    for i, (text, variant) in enumerate([("东西部协作考核结果哪个省第一", "plain"), ("京蒙协作考评得分多少", "abbreviation"),
                                         ("援疆工作評比 哪個省市排第一", "traditional")]):
        add(f"pr20b-sixth-assessment-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_template", variant=variant)

def gen_probe_20b_seventh():
    """A seventh round of pr20b phrasings (issue #15, session 12): thanks closing a question (…，谢谢) are no name; a
    count of projects with the period between the noun and 多少 (援藏项目截至2019年3月有多少个); the year a 组团式 effort
    began (its first report's year, not its figure); money written 钱 in a rule question (援藏的钱主要投向哪里); a share
    asked with a word (安排) another figure's measure holds (按什么比例来安排: the share). Gold from the SPARQL here."""
    pg = lambda key: f"<{BASE}programme/{key}>"
    ok = "dk:verificationStatus ?st FILTER(?st != dk:Unverified)"
    q = (f"SELECT (CONCAT(STR(?a), \"—\", STR(?b), \"‰\") AS ?v) WHERE {{ ?f a dk:FundingRule ; dk:aboutProgramme {pg('yuanjiang')} ; "
         f"dk:minValue ?a ; dk:maxValue ?b }}")
    add("pr20b-seventh-thanks", "mechanism", ["请问对口援疆的资金是按什么比例来安排的呢，谢谢", "援疆资金按什么比例安排？麻烦了",
                                               "請問援疆資金按什麼比例來安排，謝謝！"], col(q), q, variants={2: "traditional"})
    q = (f"SELECT ?v WHERE {{ ?f a dk:ProjectReport ; dk:aboutProgramme {pg('yuanzang')} ; dk:endYear 2019 ; dk:value ?v ; {ok} }}")
    add("pr20b-seventh-projects-until", "mechanism", ["援藏项目截至2019年3月有多少个", "援藏的项目到二〇一九年为止一共多少个"],
        typed_col(q), q, variants={1: "numeral"})
    q = (f"SELECT ?v WHERE {{ ?f a dk:ProjectReport ; dk:aboutProgramme {pg('sanxia')} ; dk:value ?v ; {ok} }}")
    add("pr20b-seventh-projects-sanxia", "mechanism", ["三峡对口支援到2005年引进了多少个经济合作项目"], typed_col(q), q, variant="numeral")
    team = lambda key: (f"SELECT (MIN(?y) AS ?v) WHERE {{ ?f a dk:TalentTeam ; dk:aboutProgramme {pg(key)} ; dk:startYear ?y }}")
    add("pr20b-seventh-team-began", "mechanism", ["组团式援疆从哪年开始的", "援疆的组团式支援是哪一年开始的"], col(team("yuanjiang")),
        team("yuanjiang"))
    q = (f"SELECT ?v WHERE {{ ?f a dk:ManagementRule ; dk:aboutProgramme {pg('yuanzang')} ; dk:principle ?v ; rdfs:label ?l ; {ok} "
         f"FILTER(CONTAINS(?v, \"资金\") || CONTAINS(?l, \"资金\")) }}")
    add("pr20b-seventh-money-rule", "mechanism", ["援藏的钱主要投向哪里", "援藏的钱用在哪些方面"], col(q), q)


def gen_probe_20c():
    """Lists and kinds from three invented askers (issue #15, session 11, round c; groups pr20c-*): a retired teacher
    writing long formal sentences in traditional script, a student typing terse keyword questions with abbreviations,
    numeral years and slips, and a county official chatting with asides; over names, programmes and years the studied
    sets rarely use (江苏南北挂钩, 广东省内, 三峡, 赣南, 东西部协作's cities, 1979). Gold from the SPARQL here."""
    pg = lambda key: f"<{BASE}programme/{key}>"
    I = lambda name: f"<{iri_of(name)}>"
    no_coll = "FILTER NOT EXISTS { ?s a dk:CollectiveActor } FILTER NOT EXISTS { ?r a dk:CollectiveActor }"

    def recv(giver, key=None, extra=""):
        scope = f"?p dk:programme {pg(key)} ." if key else ""
        return f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter {I(giver)} ; dk:recipient ?r . {scope} {extra}
          FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"""

    def givers(place, key=None, extra=""):
        scope = f"?p dk:programme {pg(key)} ." if key else ""
        return f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient {I(place)} ; dk:supporter ?s . {scope} {extra}
          FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""

    def members(key, cls=None, side="supporter"):
        typed = f"?x a dk:{cls} ." if cls else ""
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg(key)} ; dk:{side} ?x . {typed}
          FILTER NOT EXISTS {{ ?x a dk:CollectiveActor }} }}"""

    def within(giver, region, cls=None, through_parts=False):
        who = f"?s dk:partOf* {I(giver)} ." if through_parts else f"FILTER(?s = {I(giver)})"
        typed = f"?r a dk:{cls} ." if cls else ""
        return f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . {who} ?r dk:partOf+ {I(region)} . {typed} }}"""

    def partners(x, key=None):
        scope = f"?p dk:programme {pg(key)} ." if key else ""
        return f"""SELECT DISTINCT ?o WHERE {{ {scope} {{ ?p dk:supporter {I(x)} ; dk:recipient ?o }} UNION
          {{ ?p dk:recipient {I(x)} ; dk:supporter ?o }} FILTER NOT EXISTS {{ ?o a dk:CollectiveActor }} }}"""

    def common(a, b, key=None, region=None, through_parts=False):
        scope = f"?p1 dk:programme {pg(key)} . ?p2 dk:programme {pg(key)} ." if key else ""
        inside = f"?r dk:partOf+ {I(region)} ." if region else ""
        sa, sb = ("?sa dk:partOf* " + I(a) + " .", "?sb dk:partOf* " + I(b) + " .") if through_parts else \
            (f"FILTER(?sa = {I(a)})", f"FILTER(?sb = {I(b)})")
        return f"""SELECT DISTINCT ?r WHERE {{ ?p1 dk:supporter ?sa ; dk:recipient ?r . ?p2 dk:supporter ?sb ; dk:recipient ?r .
          {sa} {sb} {scope} {inside} }}"""

    items = [
        # forward lists (X supports whom)
        ("fwd-except", "forward_list", "我们菏泽这两年跟青岛走得挺近，青岛除了帮我们，在东西部协作里还帮过哪些地方？", "plain",
         recv("青岛市", "dongxibu")),
        ("fwd-zhou", "forward_list", "宁波 东西部协作 帮扶 哪些州", "plain",
         recv("宁波市", "dongxibu", "?r a dk:AutonomousPrefecture .")),
        ("fwd-guagou", "forward_list", "请问在江苏省内的南北挂钩合作中，无锡市先后对口帮扶过哪些城市？", "traditional",
         recv("无锡市", "jiangsu-nanbei")),
        ("fwd-zhuhai", "forward_list", "珠海 东西部 帮过哪", "plain", recv("珠海市", "dongxibu")),
        ("fwd-shengnei", "forward_list", "深圳在广东省内帮扶的是哪两个市啊，我们局里要写个材料", "plain",
         recv("深圳市", "guangdong-shengnei")),
        ("fwd-year-after", "forward_list", "一九八四年以后，武汉市对口支援的是哪个省份？", "traditional",
         recv("武汉市", None, "?p dk:startYear ?y FILTER(?y >= 1984) ?r a dk:ProvinceLevelDivision .")),
        ("fwd-district", "forward_list", "朝阳区三峡对口哪个县", "plain", recv("朝阳区", "sanxia")),
        ("fwd-interim", "forward_list", "天津市在汶川地震过渡安置阶段承担了哪些地方的对口支援？", "traditional",
         recv("天津市", "wenchuan-guodu")),
        ("fwd-1979", "forward_list", "京 1979年 对口支援了哪里", "abbreviation",
         recv("北京市", None, "?p dk:startYear 1979 .")),
        ("fwd-except-2", "forward_list", "我是延边州的，想问下宁波除了我们这儿，东西部协作还结对了哪里？", "plain",
         recv("宁波市", "dongxibu", f"FILTER(?r != {I('延边朝鲜族自治州')})")),
        ("fwd-agency", "forward_list", "国台办 对口 哪个县", "plain", recv("国务院台湾事务办公室")),
        ("fwd-xpcc", "forward_list", "冀 援疆 兵团 对口 哪个师", "abbreviation",
         recv("河北省", "yuanjiang", "?r a dk:XPCCDivision .")),
        # reverse lists (who supports Y)
        ("rev-sanxia", "reverse_list", "请问秭归县在三峡库区移民对口支援中得到哪些地方的支援？", "traditional",
         givers("秭归县", "sanxia")),
        ("rev-terse", "reverse_list", "夷陵 谁在帮", "plain", supporters_q(iri_of("夷陵区"))),
        ("rev-guagou", "reverse_list", "我们宿迁是南北挂钩的，对口帮我们的是苏南哪个市来着？", "plain",
         givers("宿迁市", "jiangsu-nanbei")),
        ("rev-itself", "reverse_list", "1996年东西部扶贫协作启动时，贵州省本身由哪些城市对口帮扶？", "traditional",
         givers("贵州省", "dongxibu", "?p dk:startYear 1996 . ?s a dk:City .")),
        ("rev-league", "reverse_list", "兴安盟 谁帮", "plain", supporters_q(iri_of("兴安盟"))),
        ("rev-lead-clause", "reverse_list", "听说汕尾跟深圳结了对子，河源那边又是谁在帮？", "plain",
         supporters_q(iri_of("河源市"))),
        ("rev-gannan", "reverse_list", "甘南藏族自治州先后得到过哪些省市的对口支援？", "traditional",
         givers("甘南藏族自治州", None, "?s a dk:ProvinceRankActor .")),
        ("rev-dingxi", "reverse_list", "定西 是谁对口 东西部", "plain", givers("定西市", "dongxibu")),
        ("rev-enshi", "reverse_list", "恩施那边原来是哪个城市帮扶的", "plain", givers("恩施土家族苗族自治州", None, "?s a dk:City .")),
        ("rev-municipality", "reverse_list", "请问承德市得到哪个直辖市的帮扶？", "traditional",
         givers("承德市", None, "?s a dk:Municipality .")),
        ("rev-slip", "reverse_list", "陇南市是青岛在帮服吗？还有别的城市帮它没", "plain", supporters_q(iri_of("陇南市"))),
        # programme members
        ("mem-dongbei", "programme_members", "东北对口合作 东部 省市 有哪些", "plain",
         members("dongbei-hezuo", "ProvinceRankActor")),
        ("mem-sunan", "programme_members", "参与江苏南北挂钩合作的苏南城市有哪些？", "traditional", members("jiangsu-nanbei")),
        ("mem-sanxia-bj", "programme_members", "三峡移民对口支援，北京是派了哪些区？我们县志里只记了几个", "plain",
         f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg('sanxia')} ; dk:supporter ?x . ?x dk:partOf+ {I('北京市')} }}"""),
        ("mem-prd", "programme_members", "广东省内对口帮扶中，承担帮扶任务的珠三角城市有哪些？", "traditional",
         members("guangdong-shengnei")),
        ("mem-gannan", "programme_members", "赣南 对口支援 部委 名单", "plain", members("gannan", "CentralAgency")),
        ("mem-wanbei-recv", "programme_members", "皖北那个结对帮扶，受援的城市一共哪几个？", "plain",
         members("wanbei", None, "recipient")),
        ("mem-yuanqing-6", "programme_members", "援青 6省市 都是谁", "plain", members("yuanqing", "ProvinceRankActor")),
        ("mem-spc", "programme_members", "东西部协作里当帮扶方的计划单列市都是哪些", "plain",
         members("dongxibu", "SeparatelyPlannedCity")),
        # kinds of actor
        ("kind-city-sanxia", "actor_kind", "三峡移民那个支援里，除了北京的区，还有哪些地级市参加了？", "plain",
         members("sanxia", "PrefectureLevelCity")),
        ("kind-fj-cities", "actor_kind", "闽 援藏 派了哪几个市", "abbreviation",
         f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme {pg('yuanzang')} ; dk:supporter ?s . ?s dk:partOf+ {I('福建省')} }}"""),
        ("kind-municipality", "actor_kind", "我们在整理东西部协作的材料，里面直辖市当帮扶方的有哪几个？", "plain",
         members("dongxibu", "Municipality")),
        ("kind-aut-region", "actor_kind", "请问有哪些自治区曾作为支援方参与对口支援？", "traditional",
         """SELECT DISTINCT ?s WHERE { ?p dk:supporter ?s . ?s a dk:AutonomousRegion }"""),
        ("kind-soe", "actor_kind", "援藏的央企有哪些", "plain", members("yuanzang", "CentralEnterprise")),
        ("kind-ganzi", "actor_kind", "甘孜 东西部 哪个省 帮", "plain", givers("甘孜藏族自治州", "dongxibu", "?s a dk:Province .")),
        # region and its parts
        ("parts-tj-changdu", "region_parts", "天津市对口支援的昌都市，具体是哪几个县区？", "traditional",
         within("天津市", "昌都市")),
        ("parts-cq", "region_parts", "渝 援藏 昌都 哪几个县", "abbreviation", within("重庆市", "昌都市")),
        ("parts-hlj", "region_parts", "黑龙江在日喀则具体包了哪几个县？我老乡在那儿", "plain", within("黑龙江省", "日喀则市")),
        ("parts-altay", "region_parts", "阿勒泰地区及其下辖各县，分别由哪些省份对口支援？", "traditional",
         f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf* {I('阿勒泰地区')} .
           ?s a dk:ProvinceRankActor }}"""),
        ("parts-sd-kashgar", "region_parts", "喀什 各县 山东 援哪几个", "plain", within("山东省", "喀什地区")),
        ("parts-bj-lhasa", "region_parts", "拉萨 下面 哪些县 北京援", "plain", within("北京市", "拉萨市", "CountyLevelDivision")),
        ("parts-baoshan", "region_parts", "我们是迪庆的，宝山区对口我们州哪几个县市？", "plain", within("宝山区", "迪庆藏族自治州")),
        ("parts-js-ili", "region_parts", "伊犁州各县市中，有哪些得到江苏省内城市的对口支援？", "traditional",
         f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?s dk:partOf+ {I('江苏省')} .
           ?r dk:partOf+ {I('伊犁哈萨克自治州')} }}"""),
        ("parts-changji", "region_parts", "昌吉州 下面 哪几个县 有人帮", "plain",
         f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf+ {I('昌吉回族自治州')} . {no_coll} }}"""),
        # symmetric (either side)
        ("sym-huainan", "symmetric", "淮南 结对 上海哪个区", "plain", partners("淮南市")),
        ("sym-fuyang", "symmetric", "请问阜阳市与哪座城市结对合作？", "traditional", partners("阜阳市")),
        ("sym-yancheng", "symmetric", "盐城跟苏南哪个市是挂钩的？我们想组织人去学习", "plain", partners("盐城市")),
        ("sym-gui", "symmetric", "桂 东西部协作 跟哪个省", "abbreviation", partners("广西壮族自治区", "dongxibu")),
        ("sym-shaanxi", "symmetric", "陕西省在东西部扶贫协作中与哪个省份结对？", "traditional", partners("陕西省", "dongxibu")),
        ("sym-gansu", "symmetric", "鲁渝协作是山东对重庆，那甘肃现在在东西部协作里跟哪些省市结对？", "plain",
         partners("甘肃省", "dongxibu")),
        ("sym-huaian", "symmetric", "淮安 挂钩 哪个市", "plain", partners("淮安市")),
        ("sym-sichuan", "symmetric", "四川省在东西部协作中的结对伙伴是哪个省？", "traditional", partners("四川省", "dongxibu")),
        ("sym-bozhou", "symmetric", "亳州结对的是上海哪个区", "plain", partners("亳州市")),
        # common partners
        ("common-jl-hlj", "common_partners", "吉 黑 援藏 共同 对口 哪", "abbreviation", common("吉林省", "黑龙江省", "yuanzang")),
        ("common-ah-hn", "common_partners", "安徽和湖南都帮过西藏哪个市？", "plain", common("安徽省", "湖南省", region="西藏自治区")),
        ("common-bj-sh-sanxia", "common_partners", "北京与上海在三峡移民对口支援中共同支援的是哪个区？", "traditional",
         common("北京市", "上海市", "sanxia", through_parts=True)),
        ("common-gz-sz", "common_partners", "广州和深圳都帮过贵州哪个地方？", "plain", common("广州市", "深圳市", region="贵州省")),
        ("common-qd-gz", "common_partners", "青岛 广州 共同 帮扶 哪个市", "plain", common("青岛市", "广州市")),
        ("common-dl-hn", "common_partners", "大连和湖南三峡移民都对口了哪个县", "plain", common("大连市", "湖南省", "sanxia")),
        ("common-prog", "common_partners", "既参加东北对口合作又参加援疆的省市有哪些？", "plain",
         f"""SELECT DISTINCT ?s WHERE {{ ?p1 dk:programme {pg('dongbei-hezuo')} ; dk:supporter ?s .
           ?p2 dk:programme {pg('yuanjiang')} ; dk:supporter ?s . ?s a dk:ProvinceRankActor }}"""),
    ]
    for group, qtype, text, variant, q in items:
        add(f"pr20c-{group}", qtype, [text], col(q), q, variant=variant)
    # refusals: a figure or people asked of a pairing, a name the graph does not hold
    for i, (text, status, variant) in enumerate([("宁波 帮 延边 多少钱", "no_template", "plain"),
                                                 ("我们菏泽跟青岛结对以后，青岛派了多少干部过来", "no_template", "plain"),
                                                 ("蓬莱仙岛 援藏 对口哪", "no_entity", "plain"),
                                                 ("纽约市与哪个中国城市结成对口合作关系？", "no_entity", "traditional")]):
        add(f"pr20c-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status, variant=variant)
    # second round, written after the fixes with other names: each kind fixed, three to five more phrasings
    items2 = [
        # a partner within a named region, either side (X 结对 Y哪个区, X跟Y一个城市有结对…是哪个)
        ("k-region-partner-0", "symmetric", "宿州跟浙江哪个城市结对？", "plain", partners("宿州市")),
        ("k-region-partner-1", "symmetric", "阜阳的结对城市是江苏哪个市", "traditional", partners("阜阳市")),
        ("k-region-partner-2", "symmetric", "六安 结对 上海哪个区", "plain", partners("六安市")),
        ("k-region-partner-3", "symmetric", "蚌埠这几年跟浙江一个城市有结对帮扶，具体是哪个城市？", "plain", partners("蚌埠市")),
        # a partner noun names no side (结对伙伴, 协作伙伴)
        ("k-partner-noun-0", "symmetric", "宁夏在东西部协作中的结对伙伴是哪个省？", "plain", partners("宁夏回族自治区", "dongxibu")),
        ("k-partner-noun-1", "symmetric", "云南省在东西部协作里的结对伙伴是哪个直辖市？", "traditional", partners("云南省", "dongxibu")),
        ("k-partner-noun-2", "symmetric", "桂 东西部协作 结对伙伴", "abbreviation", partners("广西壮族自治区", "dongxibu")),
        # programme names said with fillers (那个, 被, 省内的), 东西部 alone
        ("k-filled-name-0", "forward_list", "皖北那个结对帮扶里，杭州对口哪个市？", "plain", recv("杭州市", "wanbei")),
        ("k-filled-name-1", "forward_list", "江苏省内的南北挂钩合作里，苏州帮扶哪个市", "traditional", recv("苏州市", "jiangsu-nanbei")),
        ("k-filled-name-2", "forward_list", "厦门 东西部 帮过哪", "plain", recv("厦门市", "dongxibu")),
        ("k-filled-name-3", "programme_members", "皖北被结对帮扶的城市有哪些", "plain", members("wanbei", None, "recipient")),
        ("k-filled-name-4", "forward_list", "2016年以后 福州 东西部 帮扶哪里", "plain",
         recv("福州市", "dongxibu", "?p dk:startYear ?y FILTER(?y >= 2016)")),
        # a loose name beside a programme named exactly is no second programme unless joined
        ("k-loose-beside-0", "symmetric", "东北与东部对口合作中，北京市同哪座东北城市结对合作？", "plain", partners("北京市", "dongbei-hezuo")),
        ("k-loose-beside-1", "symmetric", "东北对口合作里，上海跟东北哪座城市结对合作", "traditional", partners("上海市", "dongbei-hezuo")),
        ("k-loose-beside-2", "symmetric", "东北与东部对口合作中，深圳同哪座东北城市结对合作？", "plain", partners("深圳市", "dongbei-hezuo")),
        # search words: the parts asked, then the giver and the verb (Y 下面 哪些县 X援)
        ("k-parts-agent-last-0", "region_parts", "昌都 下面 哪些县 重庆援", "plain", within("重庆市", "昌都市", "CountyLevelDivision")),
        ("k-parts-agent-last-1", "region_parts", "和田 下面 哪些县 津援", "abbreviation", within("天津市", "和田地区", "CountyLevelDivision")),
        ("k-parts-agent-last-2", "region_parts", "阿勒泰 下面 哪些县 黑龙江援", "plain", within("黑龙江省", "阿勒泰地区", "CountyLevelDivision")),
        # the agent's own cities (得到X省内城市的支援): the place's parts are asked
        ("k-agent-cities-0", "region_parts", "昌吉州各县市中，有哪些得到福建省内城市的对口支援？", "plain",
         f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?s dk:partOf+ {I('福建省')} .
           ?r dk:partOf+ {I('昌吉回族自治州')} }}"""),
        ("k-agent-cities-1", "region_parts", "喀什地区各县市中，有哪些得到广东省内城市的对口支援？", "traditional",
         f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?s dk:partOf+ {I('广东省')} .
           ?r dk:partOf+ {I('喀什地区')} }}"""),
        # a programme named as the topic before listed abbreviations (援藏里面 X和Y…)
        ("k-topic-abbr-0", "common_partners", "援疆当中 粤和豫都援过哪个市", "abbreviation", common("广东省", "河南省", "yuanjiang")),
        ("k-topic-abbr-1", "common_partners", "援藏里面 皖和鄂都援的是哪个市", "abbreviation", common("安徽省", "湖北省", "yuanzang")),
        ("k-topic-abbr-2", "common_partners", "援藏里面 闽和粤都援过哪些市", "abbreviation", common("福建省", "广东省", "yuanzang")),
        # 只…几个 (a few) after the question is no count
        ("k-only-few-0", "programme_members", "援青的省市有哪些？我手上资料只列了几个", "plain", members("yuanqing", "ProvinceRankActor")),
        ("k-only-few-1", "actor_kind", "沪苏浙帮扶皖北时上海派了哪些区？我只记得几个", "plain",
         f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg('wanbei')} ; dk:supporter ?x . ?x dk:partOf+ {I('上海市')} }}"""),
        ("k-only-few-2", "programme_members", "赣南对口支援有哪些部委参加？书里只提了几个", "plain", members("gannan", "CentralAgency")),
        # the asker's own place set aside (我们X…, 我是X的…, 除了我们这儿)
        ("k-self-except-0", "forward_list", "我是黔南州的，想问下广州除了我们这儿，东西部协作还帮扶了哪里？", "plain",
         recv("广州市", "dongxibu", f"FILTER(?r != {I('黔南布依族苗族自治州')})")),
        ("k-self-except-1", "forward_list", "我们临夏跟厦门结对多年了，厦门除了帮我们，东西部协作还帮过哪里？", "plain",
         recv("厦门市", "dongxibu", f"FILTER(?r != {I('临夏回族自治州')})")),
        ("k-self-except-2", "forward_list", "我们铜仁跟苏州关系一直很好，苏州除了帮我们，还在哪些地方搞过结对？", "traditional",
         recv("苏州市", None, f"FILTER(?r != {I('铜仁市')})")),
        # a known partner said, then the others asked (…还有别的…也在援？都有哪些)
        ("k-known-then-others-0", "reverse_list", "阿里地区我记得是河北在援，是不是还有别的省也在援？都有哪些", "plain",
         supporters_q(iri_of("阿里地区"))),
        ("k-known-then-others-1", "reverse_list", "安顺是青岛在帮吗？还有别的城市帮它没", "plain", supporters_q(iri_of("安顺市"))),
        ("k-known-then-others-2", "reverse_list", "那曲那边我记得是辽宁在管，还有没有别的省也在援？", "traditional",
         supporters_q(iri_of("那曲市"))),
        # region words (苏南, 苏北) are no unknown names
        ("k-region-word-0", "symmetric", "淮安跟苏南哪个市是挂钩的", "plain", partners("淮安市")),
        ("k-region-word-1", "symmetric", "宿迁 挂钩 苏南 哪个市", "plain", partners("宿迁市")),
        ("k-region-word-2", "symmetric", "苏北的连云港现在跟哪个市挂钩？", "plain",
         partners("连云港市").replace("FILTER NOT EXISTS", "FILTER NOT EXISTS { ?p dk:endYear ?e } FILTER NOT EXISTS", 1)),
        # a hearsay lead (听说…，), then the question about another name
        ("k-hearsay-0", "symmetric", "听说南京跟淮安挂钩，那盐城又是跟哪个市挂钩？", "plain", partners("盐城市")),
        ("k-hearsay-1", "reverse_list", "我记得珠海帮过怒江，那昭通是谁在帮？", "plain", supporters_q(iri_of("昭通市"))),
        ("k-hearsay-2", "reverse_list", "听说汕尾跟深圳结了对子，梅州那边又是谁在帮？", "traditional", supporters_q(iri_of("梅州市"))),
        # 原来/以前是哪个…帮扶的: the former supporter, not a former name
        ("k-former-supporter-0", "reverse_list", "黔东南原来是哪个城市帮扶的", "plain",
         givers("黔东南苗族侗族自治州", None, "?s a dk:City .")),
        ("k-former-supporter-1", "reverse_list", "六盘水以前是谁在帮", "plain", supporters_q(iri_of("六盘水市"))),
        ("k-former-supporter-2", "reverse_list", "凉山州原来是哪个城市帮扶的？", "traditional",
         givers("凉山彝族自治州", None, "?s a dk:City .")),
        # common partners where a giver has no pairing of its own in the programme: through its parts
        ("k-common-parts-0", "common_partners", "北京和湖南在三峡移民对口支援中都支援过哪个县", "plain",
         common("北京市", "湖南省", "sanxia", through_parts=True)),
        ("k-common-parts-1", "common_partners", "北京和青岛三峡移民都对口了哪个区", "plain",
         common("北京市", "青岛市", "sanxia", through_parts=True)),
        ("k-common-parts-2", "common_partners", "三峽移民對口支援裡，北京和武漢共同支援的是哪個縣？", "traditional",
         common("北京市", "武汉市", "sanxia", through_parts=True)),
        # a widening remark after a space or comma (兵团的也算上)
        ("k-widened-0", "forward_list", "北京援疆都对口哪些地方啊 兵团的也算上", "plain", recv("北京市", "yuanjiang")),
        ("k-widened-1", "forward_list", "浙江援疆对口哪些地方，兵团的也算上", "plain", recv("浙江省", "yuanjiang")),
        ("k-widened-2", "forward_list", "二〇一〇年以后河南援疆对口哪些地方 兵团的也算进去", "numeral",
         recv("河南省", "yuanjiang", "?p dk:startYear ?y FILTER(?y >= 2010)")),
    ]
    # a last clause asking the same giver's divisions of the Corps (…，兵团是哪个师): the places asked first and the divisions
    corps = lambda who, cls=None: f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme {pg('yuanjiang')} ; dk:supporter {I(who)} ;
      dk:recipient ?r . FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }}
      FILTER(EXISTS {{ ?r a dk:XPCCDivision }} || NOT EXISTS {{ ?r a dk:XPCCUnit }}{f" && EXISTS {{ ?r a dk:{cls} }}" if cls else ""}) }}"""
    items2 += [
        ("k-corps-added-0", "forward_list", "河北援疆对口哪些地方，兵团是哪个师", "plain", corps("河北省")),
        ("k-corps-added-1", "forward_list", "湖北援疆对口哪个州？兵团那边是哪个师也一并列一下", "plain", corps("湖北省", "AutonomousPrefecture")),
        ("k-corps-added-2", "forward_list", "广东援疆对口的是哪里，兵团是哪个师", "traditional", corps("广东省")),
        ("k-corps-added-3", "forward_list", "冀 援疆 对口 哪个州 兵团 哪个师", "abbreviation", corps("河北省", "AutonomousPrefecture")),
    ]
    # a known partner said in a chatty aside (我同事说有尼木, 同 of 同学/同事 no conjunction), then the others asked
    items2 += [
        ("k-said-known-0", "forward_list", "北京援藏对口拉萨哪几个县啊 我同事说有尼木 还有别的吗", "plain",
         within("北京市", "拉萨市", "CountyLevelDivision")),
        ("k-said-known-1", "forward_list", "天津援疆是援和田那几个县啊 听同学说有策勒 还有别的吗", "plain",
         within("天津市", "和田地区", "CountyLevelDivision")),
    ]
    # two givers offered as alternatives (是A在帮还是B在帮): those of the two that aid the place (either, or both)
    either = lambda place, *names: f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient {I(place)} ; dk:supporter ?s .
      VALUES ?s {{ {" ".join(I(n) for n in names)} }} }}"""
    items2 += [
        ("k-either-0", "reverse_list", "定日县是上海在帮还是松江区在帮", "plain", either("定日县", "上海市", "松江区")),
        ("k-either-1", "reverse_list", "日喀则是山东援的还是河北援的", "plain", either("日喀则市", "山东省", "河北省")),
        ("k-either-2", "reverse_list", "林芝是福建在援还是广东在援？", "traditional", either("林芝市", "福建省", "广东省")),
        ("k-either-3", "reverse_list", "我老家萨迦县 是上海在帮还是吉林在帮啊", "plain", either("萨迦县", "上海市", "吉林省")),
    ]
    # two one-character levels joined (哪些市和区): each asked in turn, the answers together
    levels = lambda key: f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?s .
      {{ ?s a dk:City }} UNION {{ ?s a dk:District }} FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    items2 += [
        ("k-joined-levels-0", "actor_kind", "三峡移民对口支援里，支援方有哪些市和区", "plain", levels("sanxia")),
        ("k-joined-levels-1", "actor_kind", "滇沪对口帮扶中，支援方有哪些区和市？", "traditional", levels("dianhu-diqing")),
        ("k-joined-levels-2", "actor_kind", "广东省内对口帮扶里，帮扶方是哪些市和区", "plain", levels("guangdong-shengnei")),
    ]
    # numeral years with the kinds above
    items2 += [
        ("k-filled-name-5", "forward_list", "二〇一六年以后 珠海 东西部 帮过哪", "numeral",
         recv("珠海市", "dongxibu", "?p dk:startYear ?y FILTER(?y >= 2016)")),
        ("k-corps-added-4", "forward_list", "二〇一〇年以后河北援疆对口哪个州，兵团是哪个师", "numeral",
         corps("河北省", "AutonomousPrefecture").replace("FILTER NOT EXISTS", "?p dk:startYear ?y FILTER(?y >= 2010) FILTER NOT EXISTS", 1)),
        ("k-region-partner-4", "symmetric", "二〇二一年以后 宿州 结对 浙江哪个城市", "numeral",
         partners("宿州市").replace("FILTER NOT EXISTS", "?p dk:startYear ?y FILTER(?y >= 2021) FILTER NOT EXISTS", 1)),
    ]
    for group, qtype, text, variant, q in items2:
        add(f"pr20c-{group}", qtype, [text], col(q), q, variant=variant)
    # spoken verbs of aid after the second name (X是Y在帮吗): Y gives
    for i, (text, place, giver, variant) in enumerate([("安顺是广州在帮吗", "安顺市", "广州市", "plain"),
                                                       ("陇南市是青岛来帮的吗", "陇南市", "青岛市", "plain"),
                                                       ("定西是福州在帮吗？", "定西市", "福州市", "traditional"),
                                                       ("问一下，承德现在是天津在对口吗", "承德市", "天津市", "plain")]):
        q = f"ASK {{ ?p dk:recipient {I(place)} ; dk:supporter {I(giver)} }}"
        add(f"pr20c-k-spoken-aid-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)
    for i, (text, status, variant) in enumerate([("听说汕尾跟深圳结了对子，深圳每年给汕尾多少钱？", "no_template", "plain"),
                                                 ("淮安跟苏南哪个市是挂钩的？挂钩以后GDP涨了多少", "no_template", "plain"),
                                                 ("桃花源 结对 上海哪个区", "no_entity", "plain")]):
        add(f"pr20c-refused-b{i}", "unanswerable", [text], [], "", answerable=False, expected=status, variant=variant)
def gen_probe_20d():
    """Numbers and checks written as three new users would (issue #15, round 12, groups pr20d-*): a retired teacher
    in long formal sentences (traditional script), a student typing terse on a phone (abbreviations, spaces, slips), a
    county official with Chinese-numeral years and asides — counts, superlatives, comparisons and yes/no over the
    programmes the studied sets rarely use (三峡库区移民, 东北对口合作, 皖北, 赣南苏区, 滇沪迪庆, 江苏南北挂钩, 广东省内,
    1979年边疆, 汶川过渡安置, 援青). Our own names and wording; gold from the SPARQL here."""
    nc = "FILTER NOT EXISTS {{ ?{} a dk:CollectiveActor }}"
    pg = lambda key: f"<{BASE}programme/{key}>"
    ok = "FILTER NOT EXISTS { ?p dk:verificationStatus dk:Unverified }"
    # counts: the recipients of a supporter (and of its parts) within a programme, of the kind asked
    for i, (text, who, key, kind, variant) in enumerate([
            ("三峡库区移民对口支援里，北京的区一共对口了几个县区？", "北京市", "sanxia", "CountyLevelDivision", "plain"),
            ("滇沪对口帮扶 宝山区帮了几个县", "宝山区", "dianhu-diqing", "CountyLevelDivision", "abbreviation"),
            ("江苏南北挂钩合作中，无锡前后挂钩过几个市？", "无锡市", "jiangsu-nanbei", "City", "plain"),
            ("汶川地震过渡安置阶段，北京对口了几个地方", "北京市", "wenchuan-guodu", None, "plain"),
            ("在内地省市对口支援边境地区和少数民族地区这一项目中，上海市所支援的省区共有几个？", "上海市", "1979-bianjiang",
             "ProvinceLevelDivision", "traditional"),
            ("援青 北京各区 一共结对几个县市", "北京市", "yuanqing", "CountyLevelDivision", "plain")]):
        typed = f"?r a dk:{kind} ." if kind else ""
        q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?s ; dk:recipient ?r .
          ?s dk:partOf* <{iri_of(who)}> . {typed} {nc.format('r')} }}"""
        add(f"pr20d-count-recipients-{i}", "count", [text], col(q), q, variant=variant)
    # counts: the supporters of a place (or of a programme) of the kind asked
    for i, (text, place, key, kind, variant) in enumerate([
            ("赣南苏区那边，中央有几个部门去对口支援？", None, "gannan", "CentralAgency", "plain"),
            ("瑞金市有几个部委对口支援", "瑞金市", "gannan", "CentralAgency", "plain"),
            ("请问一下，秭归县在三峡移民对口支援中一共有几个支援方？", "秭归县", "sanxia", None, "plain"),
            ("沪苏浙帮皖北，上海出了几个区", None, "wanbei", "District", "abbreviation")]):
        where = f"?p dk:recipient ?r . ?r dk:partOf* <{iri_of(place)}> ." if place else ""
        typed = f"?s a dk:{kind} ." if kind else ""
        shanghai = f"?s dk:partOf+ <{iri_of('上海市')}> ." if "上海" in text else ""
        q = f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?s . {where} {typed}
          {shanghai} {nc.format('s')} }}"""
        add(f"pr20d-count-supporters-{i}", "count", [text], col(q), q, variant=variant)
    # counts: the recipients of a programme of a kind, and a programme's pairings
    for i, (text, key, kind, variant) in enumerate([
            ("广东省内珠三角对口帮扶粤东西北，受帮扶的地级市一共几个？", "guangdong-shengnei", "PrefectureLevelDivision",
             "traditional"),
            ("一共有多少个苏北城市参加了江苏南北挂钩合作（作为受援方）", "jiangsu-nanbei", "City", "plain")]):
        q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:recipient ?r . ?r a dk:{kind} }}"""
        add(f"pr20d-count-programme-recipients-{i}", "count", [text], col(q), q, variant=variant)
    for i, (text, key, variant) in enumerate([("东北地区与东部地区对口合作 一共结了几对", "dongbei-hezuo", "plain"),
                                              ("二〇二一年开始的沪苏浙结对帮扶皖北，共有多少对结对关系", "wanbei", "numeral")]):
        q = f"""SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dk:programme {pg(key)} }}"""
        add(f"pr20d-count-pairings-{i}", "count", [text], col(q), q, variant=variant)
    # superlatives: places of a programme ranked by their supporters (a province's team counted once, as the province)
    for i, (text, key, kind, variant) in enumerate([
            ("内地省市对口支援边疆和少数民族地区那个项目里，哪个省区得到的支援方最多？", "1979-bianjiang",
             "ProvinceLevelDivision", "plain"),
            ("江苏南北挂钩合作里 哪个苏北市被挂钩的次数最多", "jiangsu-nanbei", "City", "plain"),
            ("三峡库区移民对口支援中，哪个区县得到的支援方最多？", "sanxia", "CountyLevelDivision", "traditional")]):
        q = f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:recipient ?r ; dk:supporter ?member .
          {TEAM_GIVER} ?r a dk:{kind} . {nc.format('s')} }} GROUP BY ?r"""
        add(f"pr20d-most-supporters-{i}", "superlative", [text], tied(q), q, variant=variant)
    # superlatives: supporters of a programme ranked by their recipients, of the kind asked
    # (places in general: a supporter's own pairings, as the studied sets read it; counties: its team's too, as pr19g)
    for i, (text, key, skind, rkind, variant) in enumerate([
            ("汶川地震过渡安置阶段，哪个省份对口的地方最多", "wenchuan-guodu", "ProvinceLevelDivision", None, "plain"),
            ("广东省内对口帮扶里 哪个珠三角城市帮的市最多", "guangdong-shengnei", "City", None, "plain"),
            ("请问在东西部扶贫协作中，对口地方最多的是哪个省？", "dongxibu", "Province", None, "plain"),
            ("援青當中，哪個省市結對幫扶的縣最多", "yuanqing", "ProvinceRankActor", "CountyLevelDivision", "traditional")]):
        giver = f"{TEAM_GIVER} ?r a dk:{rkind} ." if rkind else "BIND(?member AS ?s)"
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?member ; dk:recipient ?r .
          {giver} ?s a dk:{skind} . {nc.format('r')} }} GROUP BY ?s"""
        add(f"pr20d-most-recipients-{i}", "superlative", [text], tied(q), q, variant=variant)
    # superlatives: the earliest supporter of a programme among a kind; a region's places ranked by counties paired
    q = f"""SELECT ?s (MIN(?y) AS ?first) WHERE {{ ?p dk:programme {pg('dongxibu')} ; dk:supporter ?s ; dk:startYear ?y .
      ?s a dk:PrefectureLevelCity }} GROUP BY ?s"""
    add("pr20d-earliest-city", "superlative", ["最早参与东西部协作的地级市是哪几个"], tied(q, min), q)
    q = f"""SELECT ?w (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg('yuanqing')} ; dk:recipient ?r .
      ?r a dk:CountyLevelDivision ; dk:partOf ?w . ?w a dk:PrefectureLevelDivision }} GROUP BY ?w"""
    add("pr20d-most-counties-in", "superlative", ["援青的几个州里，哪个州下面结对的县最多"], tied(q), q)
    # comparisons: two supporters by their recipients within a programme (parts of a supporter count for it)
    for i, (text, x, y, key, variant) in enumerate([
            ("三峡移民对口支援里，上海和北京谁对口的区县多？", "上海市", "北京市", "sanxia", "plain"),
            ("东西部协作 津和京 谁结对的地方多", "天津市", "北京市", "dongxibu", "abbreviation"),
            ("东西部扶贫协作中宁波与大连相比，哪个对口的地方更多", "宁波市", "大连市", "dongxibu", "traditional"),
            ("汶川地震灾后重建，广东与浙江哪个援建的地方多一些？", "广东省", "浙江省", "wenchuan-chongjian", "plain")]):
        q = f"""SELECT ?a (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?a {{ <{iri_of(x)}> <{iri_of(y)}> }}
          ?p dk:programme {pg(key)} ; dk:supporter ?s ; dk:recipient ?r . ?s dk:partOf* ?a . {nc.format('r')} }} GROUP BY ?a"""
        add(f"pr20d-compare-recipients-{i}", "comparison", [text], tied(q), q, variant=variant)
    # comparisons: two places by their supporters (with their parts'), two supporters by their first year
    for i, (text, x, y, key, variant) in enumerate([("万州区和涪陵区，哪个的支援方多", "万州区", "涪陵区", "sanxia", "plain"),
                                                   ("東西部協作中，甘肅和青海哪個得到的幫扶方多？", "甘肃省", "青海省",
                                                    "dongxibu", "traditional")]):
        q = f"""SELECT ?w (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?w {{ <{iri_of(x)}> <{iri_of(y)}> }}
          ?p dk:programme {pg(key)} ; dk:recipient ?r ; dk:supporter ?member . ?r dk:partOf* ?w . {TEAM_GIVER}
          {nc.format('s')} }} GROUP BY ?w"""
        add(f"pr20d-compare-supporters-{i}", "comparison", [text], tied(q), q, variant=variant)
    for i, (text, x, y, key, variant) in enumerate([("东西部协作里 深圳和广州谁先开始的", "深圳市", "广州市", "dongxibu", "plain"),
                                                   ("援疆这块，粤和鲁哪个开始得早？", "广东省", "山东省", "yuanjiang",
                                                    "abbreviation")]):
        q = f"""SELECT ?a (MIN(?y) AS ?first) WHERE {{ VALUES ?a {{ <{iri_of(x)}> <{iri_of(y)}> }}
          ?p dk:programme {pg(key)} ; dk:supporter ?a ; dk:startYear ?y }} GROUP BY ?a"""
        add(f"pr20d-compare-first-{i}", "comparison", [text], tied(q, min), q, variant=variant)
    q = f"""SELECT ?g (COUNT(DISTINCT ?p) AS ?n) WHERE {{ VALUES ?g {{ {pg('dongbei-hezuo')} {pg('wanbei')} }}
      ?p dk:programme ?g }} GROUP BY ?g"""
    add("pr20d-compare-programmes", "comparison", ["东北对口合作和皖北结对帮扶，哪个的结对关系多？"], tied(q), q)
    # yes/no: a pairing asked (either order, spoken forms, a programme named or not)
    for i, (text, s, r, variant) in enumerate([
            ("三峡移民那个，平谷区是不是对口秭归？", "平谷区", "秭归县", "plain"),
            ("顺义区有没有对口支援过万州", "顺义区", "万州区", "plain"),
            ("浙江是不是跟吉林搞对口合作的", "浙江省", "吉林省", "plain"),
            ("苏和黑龙江是对口合作关系吗", "江苏省", "黑龙江省", "abbreviation"),
            ("财政部对口支援瑞金吗", "财政部", "瑞金市", "plain"),
            ("国家体育总局是不是帮定南县的", "国家体育总局", "定南县", "plain"),
            ("宝山区有没有帮扶过德钦县", "宝山区", "德钦县", "traditional"),
            ("沪苏浙帮皖北，杭州对的是宿州吗", "杭州市", "宿州市", "abbreviation"),
            ("請問閔行區是否對口幫扶淮北市？", "闵行区", "淮北市", "traditional"),
            ("深圳在广东省内帮扶汕尾吗", "深圳市", "汕尾市", "plain"),
            ("珠海帮扶的是不是梅州", "珠海市", "梅州市", "plain"),
            ("鄂尔多斯对口支援兴安盟吗？", "鄂尔多斯市", "兴安盟", "plain"),
            ("援青里，浙江对口的是海西州吗", "浙江省", "海西蒙古族藏族自治州", "plain")]):
        q = f"""ASK {{ ?p dk:supporter <{iri_of(s)}> ; dk:recipient ?r . ?r dk:partOf* <{iri_of(r)}> . {ok} }}"""
        add(f"pr20d-yes-no-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)
    # yes/no: still running, a start year checked, an end year checked
    q = f"""ASK {{ ?p dk:supporter <{iri_of('无锡市')}> ; dk:recipient <{iri_of('徐州市')}> FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"""
    add("pr20d-yes-no-current", "yes_no", ["无锡现在还挂钩徐州吗"], [bool(store.query(PREFIX + q))], q)
    q = f"""ASK {{ ?p dk:supporter <{iri_of('武汉市')}> ; dk:recipient <{iri_of('青海省')}> ; dk:startYear 1984 }}"""
    add("pr20d-yes-no-start", "yes_no", ["一九八四年武汉开始对口支援青海，对吗"], [bool(store.query(PREFIX + q))], q,
        variant="numeral")
    q = f"""ASK {{ ?p dk:supporter <{iri_of('镇江市')}> ; dk:recipient <{iri_of('连云港市')}> ; dk:endYear 2022 }}"""
    add("pr20d-yes-no-end", "yes_no", ["镇江和连云港的挂钩是2022年结束的吗"], [bool(store.query(PREFIX + q))], q)
    # refusals: money, cadres per supporter, growth; a place the graph does not hold
    for i, (text, status) in enumerate([("三峡移民对口支援里上海一共投了多少钱", "no_template"),
                                        ("赣南苏区哪个部委派去的干部最多", "no_template"),
                                        ("东北对口合作中哪个城市GDP增长最快", "no_template"),
                                        ("纽约和上海谁对口的县多", "no_entity")]):
        add(f"pr20d-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)
    # ---- the kinds fixed, each with more phrasings of our own (other names, programmes and years) ----
    # 项目 pointed at (这一项目中, 那个项目里) is the programme's scope, not projects asked about
    q = f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg('wenchuan-guodu')} ; dk:supporter ?s .
      ?s a dk:ProvinceLevelDivision . {nc.format('s')} }}"""
    add("pr20d-pointed-programme-count", "count", ["汶川地震过渡安置那个项目里，一共有几个省份参加？"], col(q), q)
    q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter <{iri_of('江苏省')}> ; dk:recipient ?r ; dk:startYear ?b .
      ?r a dk:ProvinceLevelDivision . FILTER(?b <= 1979) FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < 1979) }} }}"""
    add("pr20d-pointed-programme-year", "count", [f"{cn_year(1979)}年那个项目里江苏支援了几个省区"], col(q), q,
        variant="numeral")
    # the receiving side ranked (得到…最多, 被…最多), a province-level kind asked: places ranked with their parts' givers
    for i, (text, key, kind, variant) in enumerate([
            ("东西部扶贫协作这个项目中，哪个省得到的帮扶方最多", "dongxibu", "ProvinceLevelDivision", "plain"),
            ("东西部协作中被帮扶次数最多的是哪个省", "dongxibu", "ProvinceLevelDivision", "traditional"),
            ("汶川地震过渡安置阶段，哪个省得到的对口支援方最多", "wenchuan-guodu", "ProvinceLevelDivision", "plain")]):
        q = f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:recipient ?part ; dk:supporter ?member .
          {TEAM_GIVER} ?part dk:partOf* ?r . ?r a dk:{kind} . {nc.format('member')} {nc.format('part')} }} GROUP BY ?r"""
        add(f"pr20d-received-ranked-{i}", "superlative", [text], tied(q), q, variant=variant)
    q = f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg('jiangsu-nanbei')} ; dk:recipient ?r ; dk:supporter ?s }}
      GROUP BY ?r"""
    add("pr20d-received-ranked-passive", "superlative", ["江苏南北挂钩里哪个市被结对得最多"], tied(q), q)
    # two abbreviations typed apart before 谁/哪个: the two compared (a team member's pairing counts for its province)
    for i, (text, x, y, key, kind) in enumerate([("援藏 鲁和沪 谁对口的县多", "山东省", "上海市", "yuanzang", "CountyLevelDivision"),
                                                 ("援疆 京和津 哪个结对的地方多", "北京市", "天津市", "yuanjiang", None),
                                                 ("东西部协作 粤和闽 谁结对的地方多", "广东省", "福建省", "dongxibu", None)]):
        typed = f"?r a dk:{kind} ." if kind else ""
        q = f"""SELECT ?a (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?a {{ <{iri_of(x)}> <{iri_of(y)}> }}
          {{ ?p dk:supporter ?a }} UNION {{ ?p dk:supporterTeam ?a }} ?p dk:recipient ?r ; dk:programme {pg(key)} . {typed} }} GROUP BY ?a"""
        add(f"pr20d-abbreviations-apart-{i}", "comparison", [text], tied(q), q, variant="abbreviation")
    # 出了几个区/市: the actor's parts that give, counted within a programme
    for i, (text, who, key, kind, variant) in enumerate([
            ("沪苏浙结对帮扶皖北，浙江出了几个市", "浙江省", "wanbei", "City", "abbreviation"),
            ("三峡移民对口支援，北京出了几个区", "北京市", "sanxia", "District", "plain"),
            ("滇沪对口帮扶中，上海出了几个区", "上海市", "dianhu-diqing", "District", "abbreviation")]):
        q = f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?s .
          ?s dk:partOf+ <{iri_of(who)}> ; a dk:{kind} }}"""
        add(f"pr20d-parts-put-forward-{i}", "count", [text], col(q), q, variant=variant)
    # two givers compared where one has no pairing of its own in the scope: its cities' or districts' count for it
    for i, (text, x, y, key, kind, variant) in enumerate([
            ("三峡库区移民对口支援中，北京与江苏哪个对口的区县多", "北京市", "江苏省", "sanxia", "CountyLevelDivision", "plain"),
            ("沪苏浙帮皖北，上海和浙江谁结对的城市多", "上海市", "浙江省", "wanbei", "City", "abbreviation"),
            ("皖北結對幫扶裏 江蘇和浙江誰結對的城市多", "江苏省", "浙江省", "wanbei", "City", "traditional")]):
        q = f"""SELECT ?a (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?a {{ <{iri_of(x)}> <{iri_of(y)}> }}
          ?p dk:programme {pg(key)} ; dk:supporter ?s ; dk:recipient ?r . ?s dk:partOf* ?a . ?r a dk:{kind} }} GROUP BY ?a"""
        add(f"pr20d-parts-compared-{i}", "comparison", [text], tied(q), q, variant=variant)
    # a count of a place's counties a giver supports: its team's pairings count for it
    for i, (text, who, place, variant) in enumerate([("昌都有几个县得到福建帮扶", "福建省", "昌都市", "abbreviation"),
                                                      ("日喀则有几个县得到上海对口支援", "上海市", "日喀则市", "plain"),
                                                      ("迪慶州有幾個縣得到上海幫扶", "上海市", "迪庆藏族自治州", "traditional")]):
        q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {{ ?p dk:supporter <{iri_of(who)}> }} UNION
          {{ ?p dk:supporterTeam <{iri_of(who)}> }} ?p dk:recipient ?r . ?r dk:partOf <{iri_of(place)}> ; a dk:CountyLevelDivision }}"""
        add(f"pr20d-team-counted-within-{i}", "count", [text], col(q), q, variant=variant if i != 0 else "plain")
    # prefecture-level places ranked by how many of their counties are paired
    for i, (text, region, key, variant) in enumerate([("援藏中哪个地区下面被结对的县最多", None, "yuanzang", "plain"),
                                                      ("新疆哪个地区的县得到对口支援最多", "新疆维吾尔自治区", None, "plain"),
                                                      ("援青的幾個州裏，哪個州下面結對的縣最多", None, "yuanqing", "traditional")]):
        within = f"?p dk:programme {pg(key)} ." if key else ""
        inside = f"?w dk:partOf <{iri_of(region)}> ." if region else ""
        q = f"""SELECT ?w (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:recipient ?r . {within} ?r a dk:CountyLevelDivision ;
          dk:partOf ?w . ?w a dk:PrefectureLevelDivision . {inside} }} GROUP BY ?w"""
        add(f"pr20d-parents-by-parts-{i}", "superlative", [text], tied(q), q, variant=variant)
    # provinces ranked by how many of their cities or districts take part (出的城市最多/最少)
    for i, (text, key, pick, variant) in enumerate([("沪苏浙帮皖北，哪个省出的城市最多", "wanbei", max, "abbreviation"),
                                                   ("汶川重建中，哪个省派出的城市最多", "wenchuan-chongjian", max, "plain"),
                                                   ("沪苏浙结对帮扶皖北 哪个省份出的城市最少", "wanbei", min, "abbreviation")]):
        q = f"""SELECT ?w (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?s . ?s dk:partOf ?w .
          ?w a dk:ProvinceLevelDivision }} GROUP BY ?w"""
        add(f"pr20d-parts-giving-ranked-{i}", "superlative", [text], tied(q, pick), q, variant=variant)
    # 还是…吗 is "still that one", asked yes or no (the programme or stage named)
    for i, (text, s, r, key, variant) in enumerate([
            ("汶川地震恢复重建阶段，福建援建的还是彭州吗", "福建省", "彭州市", "wenchuan-chongjian", "plain"),
            ("汶川重建阶段，湖北负责的还是汉源县吗", "湖北省", "汉源县", "wenchuan-chongjian", "traditional"),
            ("汶川灾后重建时，河北对口的还是崇州吗", "河北省", "崇州市", "wenchuan-chongjian", "plain"),
            ("汶川重建阶段，山西负责的还是郫都区吗？", "山西省", "郫都区", "wenchuan-chongjian", "plain")]):
        q = f"""ASK {{ ?p dk:programme {pg(key)} ; dk:supporter <{iri_of(s)}> ; dk:recipient <{iri_of(r)}> }}"""
        add(f"pr20d-still-the-same-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)
    # a pairing asked as still running (还在吗, 还在不在, 还在继续吗), and how many still run
    for i, (text, s, r, variant) in enumerate([("无锡和徐州的挂钩关系还在吗", "无锡市", "徐州市", "plain"),
                                              ("东莞和昭通的帮扶关系还在不在", "东莞市", "昭通市", "plain"),
                                              ("山东和重庆的协作还在继续吗", "山东省", "重庆市", "traditional")]):
        q = f"""ASK {{ ?p dk:supporter <{iri_of(s)}> ; dk:recipient <{iri_of(r)}> FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"""
        add(f"pr20d-still-running-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)
    q = f"""SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dk:programme {pg('jiangsu-nanbei')} FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"""
    add("pr20d-still-running-count", "count", ["江苏南北挂钩还有几对在进行"], col(q), q)
    # givers listed before 都, asked yes or no: each of them in turn
    for i, (text, givers, place, variant) in enumerate([
            ("宝山区和嘉定区都帮扶德钦县吗", ("宝山区", "嘉定区"), "德钦县", "plain"),
            ("财政部和银监会都对口瑞金吗", ("财政部", "中国银行业监督管理委员会"), "瑞金市", "plain"),
            ("北京和上海是不是都对口支援拉萨", ("北京市", "上海市"), "拉萨市", "plain"),
            ("丰台区和石景山区都对口万州吗", ("丰台区", "石景山区"), "万州区", "traditional")]):
        q = "ASK { " + " ".join(f"?p{k} dk:supporter <{iri_of(g)}> ; dk:recipient ?r{k} . ?r{k} dk:partOf* <{iri_of(place)}> ."
                                for k, g in enumerate(givers)) + " }"
        add(f"pr20d-givers-each-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)
    # an actor takes part in a programme through its cities or districts
    for i, (text, who, key, variant) in enumerate([("北京参加了三峡移民对口支援吗", "北京市", "sanxia", "plain"),
                                                   ("江苏参加了皖北结对帮扶吗", "江苏省", "wanbei", "plain"),
                                                   ("山东参加了东北对口合作吗", "山东省", "dongbei-hezuo", "traditional")]):
        q = f"""ASK {{ ?p dk:programme {pg(key)} . {{ ?p dk:supporter|dk:recipient <{iri_of(who)}> }} UNION
          {{ ?p dk:supporter ?s . ?s dk:partOf+ <{iri_of(who)}> }} }}"""
        add(f"pr20d-programme-through-parts-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)
    # a start year checked within the programme a relation word names (对口合作)
    for i, (text, s, r, year, variant) in enumerate([
            ("浙江与吉林的对口合作是2017年开始的吗", "浙江省", "吉林省", 2017, "plain"),
            (f"广东和黑龙江的对口合作是{cn_year(2017)}年开始的吗", "广东省", "黑龙江省", 2017, "numeral"),
            ("深圳与哈尔滨对口合作是2017年开始的？", "深圳市", "哈尔滨市", 2017, "plain")]):
        q = f"""ASK {{ ?p dk:programme {pg('dongbei-hezuo')} ; dk:supporter <{iri_of(s)}> ; dk:recipient <{iri_of(r)}> ;
          dk:startYear {year} }}"""
        add(f"pr20d-start-in-programme-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)
    # two places compared by what they received (得到的…多): their givers counted, of the kind named
    for i, (text, x, y, key, kind, variant) in enumerate([
            ("赣南苏区中，瑞金市和崇义县哪个得到的部委多", "瑞金市", "崇义县", "gannan", "CentralAgency", "plain"),
            ("兴山县与夷陵区相比，哪个得到的支援方多", "兴山县", "夷陵区", "sanxia", None, "plain"),
            (f"黔南州和毕节，哪个得到的帮扶城市多", "黔南布依族苗族自治州", "毕节市", "dongxibu", "City", "traditional")]):
        typed = f"?giver a dk:{kind} ." if kind else ""
        q = f"""SELECT ?w (COUNT(DISTINCT ?giver) AS ?n) WHERE {{ VALUES ?w {{ <{iri_of(x)}> <{iri_of(y)}> }}
          ?p dk:programme {pg(key)} ; dk:recipient ?r ; dk:supporter ?member . ?r dk:partOf* ?w .
          OPTIONAL {{ ?p dk:supporterTeam ?team }} BIND(COALESCE(?team, ?member) AS ?giver) {typed} }} GROUP BY ?w"""
        add(f"pr20d-received-compared-{i}", "comparison", [text], tied(q), q, variant=variant)
    # a comparison asked yes or no (比…早吗, 是不是比…多): yes when the name before 比 is the one the comparison finds
    first = lambda who, place: f"""SELECT (MIN(?y) AS ?v) WHERE {{ ?p dk:supporter <{iri_of(who)}> ; dk:recipient ?r ;
      dk:startYear ?y . ?r dk:partOf* <{iri_of(place)}> }}"""
    for i, (text, x, y, place, variant) in enumerate([("山东支援青海比湖北早吗", "山东省", "湖北省", "青海省", "plain"),
                                                     ("湖北支援青海比山东早吗", "湖北省", "山东省", "青海省", "traditional"),
                                                     ("武汉支援青海比沈阳早吗", "武汉市", "沈阳市", "青海省", "plain")]):
        a, b = col(first(x, place))[0], col(first(y, place))[0]
        add(f"pr20d-compared-yes-no-{i}", "yes_no", [text], [a < b], first(x, place), variant=variant)
    for i, (text, x, y, key, kind, variant) in enumerate([
            ("上海援藏对口的县比北京多吗", "上海市", "北京市", "yuanzang", "CountyLevelDivision", "plain"),
            ("三峡移民对口支援里，北京对口的区县比上海多吗", "北京市", "上海市", "sanxia", "CountyLevelDivision", "plain"),
            ("东西部协作里 津结对的地方是不是比京多", "天津市", "北京市", "dongxibu", None, "abbreviation")]):
        typed = f"?r a dk:{kind} ." if kind else ""
        own = lambda who: f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:recipient ?r .
          {{ ?p dk:supporter <{who}> }} UNION {{ ?p dk:supporterTeam <{who}> }} {typed} }}"""
        parts = lambda who: f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:recipient ?r ;
          dk:supporter ?s . ?s dk:partOf+ <{who}> . {typed} }}"""  # (its parts' only where it has none of its own)
        n = lambda who: col(own(iri_of(who)))[0] or col(parts(iri_of(who)))[0]
        add(f"pr20d-compared-yes-no-count-{i}", "yes_no", [text], [n(x) > n(y)], own(iri_of(x)), variant=variant)
    q = f"""SELECT ?g (COUNT(DISTINCT ?p) AS ?n) WHERE {{ VALUES ?g {{ {pg('yuanqing')} {pg('sanxia')} }} ?p dk:programme ?g }}
      GROUP BY ?g"""
    counted = dict(rows(q))
    add("pr20d-compared-yes-no-programmes", "yes_no", ["援青比三峡移民对口支援的结对多吗"],
        [counted[f"{BASE}programme/yuanqing"] > counted[f"{BASE}programme/sanxia"]], q)
    # a number written to be checked (有两个…，对吗; 是三个吗; 一共七对吗): the count compared with it
    for i, (text, q, claimed, variant) in enumerate([
            ("瑞金有两个部委对口支援，对吗", f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:recipient <{iri_of('瑞金市')}> ;
              dk:supporter ?s . ?s a dk:CentralAgency }}""", 2, "plain"),
            ("定南县的对口部委是三个吗", f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:recipient <{iri_of('定南县')}> ;
              dk:supporter ?s . ?s a dk:CentralAgency }}""", 3, "traditional"),
            ("江苏南北挂钩一共6对吗", f"""SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dk:programme {pg('jiangsu-nanbei')} }}""", 6,
             "plain"),
            ("东北对口合作一共有七对，对吗", f"""SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dk:programme {pg('dongbei-hezuo')} }}""",
             7, "numeral")]):
        add(f"pr20d-count-checked-{i}", "yes_no", [text], [col(q)[0] == claimed], q, variant=variant)
    # the pairings themselves counted when a pairing noun is all the question names (结对有多少)
    for i, (text, key, year, variant) in enumerate([("2016年开始的东西部协作结对有多少", "dongxibu", 2016, "plain"),
                                                   ("援青的结对关系一共有几个", "yuanqing", None, "plain"),
                                                   (f"{cn_year(2008)}年开始的汶川过渡安置结对有多少", "wenchuan-guodu", 2008,
                                                    "numeral")]):
        began = f"; dk:startYear {year}" if year else ""
        q = f"""SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dk:programme {pg(key)} {began} }}"""
        add(f"pr20d-pairings-counted-{i}", "count", [text], col(q), q, variant=variant)
    # years ranked by the pairings begun in them (哪一年…最多, 最多的是哪一年)
    year_q = lambda cond: f"""SELECT ?y (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p a dk:PairingRelationship ; dk:startYear ?y . {cond} }}
      GROUP BY ?y"""
    for i, (text, cond, variant) in enumerate([
            ("哪一年东西部协作新增的结对最多", f"?p dk:programme {pg('dongxibu')} .", "plain"),
            ("援疆结对最多的是哪一年", f"?p dk:programme {pg('yuanjiang')} .", "traditional"),
            ("对口支援青海的省市，哪一年新增的最多",
             f"?p dk:recipient <{iri_of('青海省')}> ; dk:supporter ?s . ?s a dk:ProvinceRankActor .", "plain")]):
        add(f"pr20d-year-ranked-{i}", "superlative", [text], tied(year_q(cond)), year_q(cond), variant=variant)
    # one supporter, two places: which it began with first (and the same asked yes or no: 先…后…)
    began = lambda s, r: f"""SELECT (MIN(?y) AS ?v) WHERE {{ ?p dk:supporter <{iri_of(s)}> ; dk:recipient ?x ; dk:startYear ?y .
      ?x dk:partOf? <{iri_of(r)}> }}"""
    for i, (text, s, a, b, variant) in enumerate([("珠海先帮的凉山还是怒江", "珠海市", "凉山彝族自治州", "怒江傈僳族自治州", "plain"),
                                                  ("青岛先帮扶的贵州还是陇南", "青岛市", "贵州省", "陇南市", "traditional"),
                                                  ("江苏先帮的陕西还是海东", "江苏省", "陕西省", "海东市", "abbreviation")]):
        first = {a: col(began(s, a))[0], b: col(began(s, b))[0]}
        low = min(first.values())
        add(f"pr20d-earlier-partner-{i}", "comparison", [text], [iri_of(n) for n in (a, b) if first[n] == low], began(s, a),
            variant=variant if i != 2 else "plain")
    for i, (text, s, a, b) in enumerate([("珠海是不是先帮凉山后帮怒江", "珠海市", "凉山彝族自治州", "怒江傈僳族自治州"),
                                         ("杭州是不是先帮恩施后帮黔东南", "杭州市", "恩施土家族苗族自治州", "黔东南苗族侗族自治州")]):
        add(f"pr20d-earlier-partner-yes-no-{i}", "yes_no", [text], [col(began(s, a))[0] < col(began(s, b))[0]], began(s, a))
    # 现在还在帮吗 after a remark: the pairing still running
    q = f"""ASK {{ ?p dk:supporter <{iri_of('福州市')}> ; dk:recipient <{iri_of('定西市')}> FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"""
    add("pr20d-still-running-remark", "yes_no", ["我记得福州帮过定西，现在还在帮吗？"], [bool(store.query(PREFIX + q))], q)
    for i, (text, status) in enumerate([("三峡移民对口支援里北京哪个区投的钱最多", "no_template"),
                                        ("沪苏浙帮皖北，哪个城市的GDP最高", "no_template"),
                                        ("亚特兰蒂斯和上海谁对口的县多", "no_entity")]):
        add(f"pr20d-refused-more-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)







def gen_probe_20a():
    """Issue #15 round 12, time and events written as three new users would (groups pr20a-*): a retired teacher in
    traditional script with long formal sentences and numeral years, a courier typing terse keywords with pair
    abbreviations (沪滇, 鲁渝, 粤桂, 闽宁, 苏陕), and an NGO officer chatting with asides. What a meeting or document set up,
    who took over from whom, pairings in force in a year or begun in a span, and start years, over programmes the
    studied sets rarely use (东西部协作 rounds, 三峡, 苏北挂钩, 滇沪, 三省藏区, 玉树, 东北合作). Gold from the SPARQL here."""
    pg = lambda key: f"<{BASE}programme/{key}>"

    def ev(label_: str) -> str:
        return col(f'SELECT ?e WHERE {{ ?e rdfs:label "{label_}"@zh }}')[0]

    # what a meeting or document set up, asked for one side (its supporters or recipients), the other side named or a kind
    def set_up(event: str, side: str, *, other: str = "", other_side: str = "", cls: str = "", within: str = "") -> str:
        named = f"?p dk:{other_side} <{iri_of(other)}> ." if other else ""
        kind = f"?x a {cls} ." if cls else ""
        part = f"?x dk:partOf+ <{iri_of(within)}> ." if within else ""
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:establishedBy <{ev(event)}> ; dk:{side} ?x . {named} {kind} {part}
          FILTER NOT EXISTS {{ ?x a dk:CollectiveActor }} }}"""

    for i, (text, event, side, other, other_side, cls, within, variant) in enumerate([
            ("2010年东西部扶贫协作那次局部调整 给山东安排了帮谁", "东西扶贫协作结对关系局部调整", "recipient", "山东省", "supporter", "", "", "plain"),
            ("國辦發〔2013〕11號文件安排了哪些城市對口幫扶貴州？", "关于开展对口帮扶贵州工作的指导意见", "supporter", "", "", "", "", "traditional"),
            ("我在黔东南做项目哈，想问下那份对口帮扶贵州的指导意见，是安排哪个城市来帮黔东南的呀？", "关于开展对口帮扶贵州工作的指导意见", "supporter", "黔东南苗族侗族自治州", "recipient", "", "", "plain"),
            ("一九九六年中央援疆決策，安排了哪些省份參與對口支援新疆？", "1996年中央援疆决策", "supporter", "", "", "dk:ProvinceLevelDivision", "", "numeral"),
            ("2001 苏北发展协调小组第一次会议 苏南哪几个市去结对", "江苏省委省政府苏北发展协调小组第一次会议", "supporter", "", "", "", "", "plain"),
            ("江苏那个苏北发展协调小组第一次会议，给常州分的是哪个市啊？", "江苏省委省政府苏北发展协调小组第一次会议", "recipient", "常州市", "supporter", "", "", "plain"),
            ("二〇一四年國務院辦公廳印發的發達省市對口支援四川雲南甘肅藏區工作方案，安排天津市支援哪些地方？", "发达省（市）对口支援四川云南甘肃省藏区经济社会发展工作方案", "recipient", "天津市", "supporter", "", "", "traditional"),
            ("2014 三省藏区 方案 粤 对口哪", "发达省（市）对口支援四川云南甘肃省藏区经济社会发展工作方案", "recipient", "广东省", "supporter", "", "", "abbreviation"),
            ("2021年银川那个东西部协作推进会，定下来结对的有哪些省？我记得有山东", "全国东西部协作和中央单位定点帮扶工作推进会", "supporter", "", "", "dk:ProvinceLevelDivision", "", "plain"),
            ("《關於堅持和完善東西部協作機制的意見》印發後，江蘇省結對幫扶的是哪個省？", "关于坚持和完善东西部协作机制的意见", "recipient", "江苏省", "supporter", "", "", "traditional"),
            ("滇沪2004 上海哪几个区去帮迪庆", "滇沪确定上海对口帮扶迪庆", "supporter", "", "", "dk:District", "", "abbreviation"),
            ("玉树地震后开的那个协调小组会议，安排了哪几个省市去援建玉树？", "国务院玉树地震灾后恢复重建协调小组会议", "supporter", "", "", "", "", "plain"),
            ("二〇一六年七月援藏對口關係調整時，福建省哪幾個市被安排去昌都的縣？", "援藏对口关系调整（2016年7月）", "supporter", "", "", "dk:PrefectureLevelDivision", "", "traditional"),
            ("2017东北对口合作方案 深圳对口哪", "东北地区与东部地区部分省市对口合作工作方案", "recipient", "深圳市", "supporter", "", "", "plain"),
            ("山东省内那个结对协作帮扶安排（2016年），青岛帮的是哪个市呀", "山东省省内结对协作帮扶安排", "recipient", "青岛市", "supporter", "", "", "plain"),
            ("一九八四年在天津召開的全國經濟技術協作和對口支援會議，為青海省安排了哪些支援方？", "全国经济技术协作和对口支援会议", "supporter", "青海省", "recipient", "", "", "traditional"),
            ("1992 三峡移民对口支援通知 北京哪些区县参加了", "关于开展对三峡工程库区移民工作对口支援的通知", "supporter", "", "", "", "北京市", "plain"),
            ("2022年江苏新一轮南北挂钩部署，让哪个市去对口连云港？", "江苏新一轮南北挂钩合作部署", "supporter", "连云港市", "recipient", "", "", "plain"),
            ("第四次西藏工作座谈会 安排了哪些省去援藏", "第四次西藏工作座谈会", "supporter", "", "", "dk:ProvinceLevelDivision", "", "plain")]):
        q = set_up(event, side, other=other, other_side=other_side, cls=cls, within=within)
        add(f"pr20a-set-up-{i}", "event_setup", [text], col(q), q, variant=variant)

    # who took over a place from whom: the place's supporter begun in the year the old one's pairing ended (same programme)
    def successor(place: str, old: str) -> str:  # (the reconstruction follows the interim stage of one earthquake)
        return f"""SELECT DISTINCT ?s WHERE {{ ?p0 dk:supporter <{iri_of(old)}> ; dk:recipient <{iri_of(place)}> ; dk:endYear ?e ;
          dk:programme ?g0 . ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?s ; dk:startYear ?e ; dk:programme ?g .
          FILTER(?g = ?g0 || ?g0 = {pg('wenchuan-guodu')} && ?g = {pg('wenchuan-chongjian')}) FILTER(?s != <{iri_of(old)}>) }}"""

    def predecessor(place: str, new: str) -> str:
        return f"""SELECT DISTINCT ?s WHERE {{ ?p1 dk:supporter <{iri_of(new)}> ; dk:recipient <{iri_of(place)}> ; dk:startYear ?b ;
          dk:programme ?g . ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?s ; dk:endYear ?b ; dk:programme ?g .
          FILTER(?s != <{iri_of(new)}>) }}"""

    for i, (text, place, old, variant) in enumerate([
            ("安顺 东西部协作 2021 青岛之后换谁了", "安顺市", "青岛市", "plain"),
            ("黔南州原由深圳市對口幫扶，二〇一三年以後改由哪個城市接手？", "黔南布依族苗族自治州", "深圳市", "traditional"),
            ("毕节以前是深圳在帮，后来换成谁了？（我们机构在毕节有个点）", "毕节市", "深圳市", "plain"),
            ("连云港 南北挂钩 镇江后面接班的是哪个市", "连云港市", "镇江市", "plain"),
            ("哈密 粤援疆 后来谁接手", "哈密市", "广东省", "abbreviation"),
            ("在汶川地震過渡安置階段支援黑水縣的是廣西，到恢復重建階段由哪個省接手？", "黑水县", "广西壮族自治区", "traditional"),
            ("茂县这个，过渡安置的时候是天津帮的，之后谁接的班呀", "茂县", "天津市", "plain")]):
        q = successor(place, old)
        add(f"pr20a-successor-{i}", "takeover", [text], col(q), q, variant=variant)

    for i, (text, place, new, variant) in enumerate([
            ("浙江2010年接手阿克苏，之前是谁在援？", "阿克苏地区", "浙江省", "plain"),
            ("聽說廣州市二〇二一年接手了安順市，那麼此前幫扶安順的是哪個城市？", "安顺市", "广州市", "traditional"),
            ("佛山接的是谁的班 凉山那边", "凉山彝族自治州", "佛山市", "plain"),
            ("无锡对口连云港之前 是哪个市在帮", "连云港市", "无锡市", "plain")]):
        q = predecessor(place, new)
        add(f"pr20a-predecessor-{i}", "takeover", [text], col(q), q, variant=variant)

    # pairings in force in a year (begun by then, not ended before it), with the side asked
    def in_force(year: int, *, giver: str = "", place: str = "", key: str = "", side: str = "recipient", cls: str = "",
                 within: str = "") -> str:
        g = f"?p dk:supporter <{iri_of(giver)}> ." if giver else ""
        r = f"?p dk:recipient <{iri_of(place)}> ." if place else f"?p dk:recipient ?r . ?r dk:partOf* <{iri_of(within)}> ." if within else ""
        k = f"?p dk:programme {pg(key)} ." if key else ""
        c = f"?x a {cls} ." if cls else ""
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:{side} ?x ; dk:startYear ?b . {g} {r} {k} {c}
          OPTIONAL {{ ?p dk:endYear ?e }} FILTER(?b <= {year} && (!BOUND(?e) || ?e >= {year}))
          FILTER NOT EXISTS {{ ?x a dk:CollectiveActor }} FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}"""

    for i, (text, q, variant) in enumerate([
            ("2015年 东西部协作 在帮贵州的有哪些市", in_force(2015, place="贵州省", key="dongxibu", side="supporter"), "plain"),
            ("二〇〇五年時，與寧夏回族自治區結成東西扶貧協作關係的是哪個省？", in_force(2005, place="宁夏回族自治区", key="dongxibu", side="supporter"), "traditional"),
            ("截至2020年，仍在对口帮扶延边州的是哪个城市", in_force(2020, place="延边朝鲜族自治州", side="supporter"), "plain"),
            ("2020年在帮凉山的是哪个市", in_force(2020, place="凉山彝族自治州", side="supporter"), "plain"),
            # (对口支援新疆 with no plan word is the place: its supporters and its parts' in force then, as the convention reads it)
            ("一九九九年時，有哪些省份在對口支援新疆？", in_force(1999, within="新疆维吾尔自治区", side="supporter", cls="dk:ProvinceLevelDivision"), "numeral"),
            ("一九九九年時，有哪些省份參與援疆？", in_force(1999, key="yuanjiang", side="supporter", cls="dk:ProvinceLevelDivision"), "numeral"),
            ("2008年汶川地震那阵，黑龙江先后帮过哪几个地方呀？", in_force(2008, giver="黑龙江省", side="recipient", key=""), "plain"),
            ("2012年 鲁 东西部协作 帮的哪", in_force(2012, giver="山东省", key="dongxibu"), "abbreviation"),
            ("2018年的时候深圳在东西部协作里还帮着哪些地方？", in_force(2018, giver="深圳市", key="dongxibu"), "plain")]):
        if "汶川" in text:  # the earthquake names its two programmes (interim and reconstruction)
            q = f"""SELECT DISTINCT ?x WHERE {{ ?p dk:supporter <{iri_of('黑龙江省')}> ; dk:recipient ?x ; dk:programme ?g .
              FILTER(?g IN ({pg('wenchuan-guodu')}, {pg('wenchuan-chongjian')})) }}"""
        # (贵州 itself has supporters, so its parts' are only the alternative reading)
        alt = col(in_force(2015, key="dongxibu", side="supporter", cls="dk:City", within="贵州省")) if "贵州" in text else None
        add(f"pr20a-in-force-{i}", "time_filter", [text], col(q), q, variant=variant, alt_gold=alt)

    # pairings begun within a span, or ended in a year (the side asked)
    for i, (text, q, variant) in enumerate([
            ("2010到2015年之间开始的东西部协作结对，帮扶方都有谁？",
             f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg('dongxibu')} ; dk:supporter ?x ; dk:startYear ?b FILTER(?b >= 2010 && ?b <= 2015) }}""", "plain"),
            ("二〇一〇年結束的援疆結對，受援方有哪些？",
             f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg('yuanjiang')} ; dk:recipient ?x ; dk:endYear 2010 }}""", "numeral"),
            # (城市 after a question word: cities only — the convention of session 14, `only_cities`)
            ("2021年到期结束的东西部协作结对 是哪些城市在帮",
             f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg('dongxibu')} ; dk:supporter ?x ; dk:endYear 2021 }}""", "plain"),
            ("2016年以后宁波新结对的是哪",
             f"""SELECT DISTINCT ?x WHERE {{ ?p dk:supporter <{iri_of('宁波市')}> ; dk:recipient ?x ; dk:startYear ?b FILTER(?b >= 2016) }}""", "plain")]):
        add(f"pr20a-span-{i}", "time_filter", [text], only_cities(col(q)) if "城市" in text else col(q), q, variant=variant)

    # start years: the earliest start of the pair's pairings (a pair's abbreviation names both members, the first the giver)
    def start(giver: str, place: str) -> str:
        return f"""SELECT (MIN(?y) AS ?start) WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> ; dk:startYear ?y }}"""

    for i, (text, giver, place, variant) in enumerate([
            ("粤桂协作哪年开始的", "广东省", "广西壮族自治区", "abbreviation"),
            ("閩寧對口協作始於哪一年？", "福建省", "宁夏回族自治区", "traditional"),
            ("鲁渝 哪年开始", "山东省", "重庆市", "abbreviation"),
            ("青岛和菏泽结对是哪年开始的？就是山东省内的那个", "青岛市", "菏泽市", "plain"),
            ("沪滇 上海帮迪庆 哪年开始", "上海市", "迪庆藏族自治州", "abbreviation"),
            ("蘇州市與宿遷市的南北掛鉤合作，是從哪一年開始的？", "苏州市", "宿迁市", "traditional"),
            ("杭州帮恩施是哪年开始的？后来好像停了", "杭州市", "恩施土家族苗族自治州", "plain"),
            ("北京跟张家口结对帮扶从哪年开始", "北京市", "张家口市", "plain"),
            ("浙江省對口支援四川省，始於哪一年？", "浙江省", "四川省", "traditional"),
            ("天津对口甘南最早是哪一年", "天津市", "甘南藏族自治州", "plain")]):
        q = start(giver, place)
        add(f"pr20a-start-{i}", "since_when", [text], col(q), q, variant=variant)

    # refusals: a pair with no pairing (no_fact), a meeting or place the graph does not hold (no_entity), money (no_template)
    for i, (text, status, variant) in enumerate([
            ("上海对口支援海南省是哪一年开始的", "no_fact", "plain"),
            ("东京对口支援拉萨是哪年开始的", "no_entity", "plain"),
            ("2010年全国对口支援新疆工作会议给每个省定了多少援疆资金", "no_template", "plain"),
            ("毕节以前是深圳在帮 后来换成广州 为啥要换", "no_template", "plain"),
            ("苏陕协作2016年以后每年投入多少钱", "no_template", "abbreviation")]):
        add(f"pr20a-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status, variant=variant)

    # second round: the kinds fixed above, each in other words with other names (predecessor, 换谁, a bare 哪, a document
    # as the point its pairings run from, 被安排去, a meeting named by venue and words of its name, a lead pointed back at,
    # a pair's abbreviations as a search word, X方面的结对 as the place itself)
    for i, (text, place, new, variant) in enumerate([
            ("黔南州2013年起由广州帮扶，在这之前是哪个城市？", "黔南布依族苗族自治州", "广州市", "plain"),
            ("毕节 广州接的谁的班", "毕节市", "广州市", "plain"),
            ("重庆 东西部协作 山东之前是谁", "重庆市", "山东省", "plain"),
            ("哈密市在河南之前由哪个省对口支援？", "哈密市", "河南省", "plain"),
            ("連雲港市由無錫市對口之前，是哪個市在掛鉤幫扶？", "连云港市", "无锡市", "traditional"),
            ("据说2013年广州接手了黔南州，那么此前帮扶黔南州的是哪个城市？", "黔南布依族苗族自治州", "广州市", "plain")]):
        q = predecessor(place, new)
        add(f"pr20a-r2-predecessor-{i}", "takeover", [text], col(q), q, variant=variant)
    for i, (text, place, old, variant) in enumerate([
            ("黔南 深圳之后换谁了", "黔南布依族苗族自治州", "深圳市", "plain"),
            ("哈密 粤之后换了哪个省", "哈密市", "广东省", "abbreviation"),
            ("涼山 珠海以後換誰", "凉山彝族自治州", "珠海市", "traditional")]):
        q = successor(place, old)
        add(f"pr20a-r2-successor-{i}", "takeover", [text], col(q), q, variant=variant)
    for i, (text, event, side, other, other_side, cls, variant) in enumerate([
            ("2016东西部协作指导意见 济南对口哪", "关于进一步加强东西部扶贫协作工作的指导意见", "recipient", "济南市", "supporter", "", "plain"),
            ("2013 广东调整加强对口帮扶会议 珠海帮哪", "广东省调整加强对口帮扶会议", "recipient", "珠海市", "supporter", "", "plain"),
            ("三峡移民对口支援通知 上海对口哪", "关于开展对三峡工程库区移民工作对口支援的通知", "recipient", "上海市", "supporter", "", "abbreviation"),
            ("2016年《关于进一步加强东西部扶贫协作工作的指导意见》出台后，福州结对帮扶哪个市？", "关于进一步加强东西部扶贫协作工作的指导意见", "recipient", "福州市", "supporter", "", "plain"),
            ("沪苏浙城市结对合作帮扶皖北城市实施方案印发以后，苏州帮扶皖北哪个市", "沪苏浙城市结对合作帮扶皖北城市实施方案", "recipient", "苏州市", "supporter", "", "plain"),
            ("國發〔2012〕21號文件發布後，財政部對口支援哪裡？", "国务院关于支持赣南等原中央苏区振兴发展的若干意见", "recipient", "财政部", "supporter", "", "traditional"),
            ("全国对口支援新疆工作会议上，江苏哪几个市被派去伊犁州的县？", "全国对口支援新疆工作会议", "supporter", "", "", "dk:PrefectureLevelDivision", "plain"),
            ("2010年西宁那个玉树灾后重建协调小组会议，定了哪些省市援建", "国务院玉树地震灾后恢复重建协调小组会议", "supporter", "", "", "", "plain"),
            ("广东那个对口支援汶川县恢复重建工作会议，江门分到哪个乡", "广东省委、省政府对口支援汶川县恢复重建工作会议", "recipient", "江门市", "supporter", "", "plain"),
            ("2001年徐州那个苏北发展协调小组会议 苏州结对哪个市", "江苏省委省政府苏北发展协调小组第一次会议", "recipient", "苏州市", "supporter", "", "plain")]):
        q = set_up(event, side, other=other, other_side=other_side, cls=cls,
                   within="江苏省" if "伊犁" in text else "")
        add(f"pr20a-r2-set-up-{i}", "event_setup", [text], col(q), q, variant=variant)
    for i, (text, giver, place, variant) in enumerate([
            ("京蒙 哪年开始", "北京市", "内蒙古自治区", "abbreviation"),
            ("苏陕 哪年开始结对", "江苏省", "陕西省", "abbreviation"),
            ("津甘 哪一年开始", "天津市", "甘肃省", "abbreviation")]):
        q = f"""SELECT (MIN(?y) AS ?start) WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?x ; dk:startYear ?y .
          ?x dk:partOf? <{iri_of(place)}> }}"""
        add(f"pr20a-r2-start-{i}", "since_when", [text], col(q), q, variant=variant)
    # X方面的结对省份: the province paired with the place itself (its cities' partners aside)
    for i, (text, place, variant) in enumerate([("2017年东北对口合作里，吉林方面的结对省份是哪个", "吉林省", "plain"),
                                                ("东北对口合作方案中，黑龙江方面的结对省份是哪一个？", "黑龙江省", "plain")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme {pg('dongbei-hezuo')} ; dk:recipient <{iri_of(place)}> ; dk:supporter ?s .
          ?s a dk:ProvinceLevelDivision }}"""
        add(f"pr20a-r2-own-side-{i}", "symmetric", [text], col(q), q, variant=variant)
    for i, (text, status, variant) in enumerate([("鲁渝协作为啥是2010年才开始", "no_template", "plain"),
                                                 ("2030年以后哪些省还会继续援藏", "no_template", "plain")]):
        add(f"pr20a-r2-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status, variant=variant)

    # third round: other time words and set-up verbs (截至…为止, 至今仍, 已经不再, 那几年, 何时起, 始于; 哪份文件把…安排给,
    # 在…会议上被分到, 后来由谁负责, 谁顶替了)
    for i, (text, q, variant) in enumerate([
            ("到2015年为止，还在对口帮扶黔西南州的是哪个城市？", in_force(2015, place="黔西南布依族苗族自治州", side="supporter"), "plain"),
            ("2000年那会儿，福建在东西扶贫协作里帮的是哪个省区？", in_force(2000, giver="福建省", key="dongxibu"), "plain"),
            ("二〇一二年前後，廈門在東西部扶貧協作中對口的是哪個州？", in_force(2012, giver="厦门市", key="dongxibu"), "traditional"),
            ("2019年 粤 东西部协作 在帮哪些地方", in_force(2019, giver="广东省", key="dongxibu"), "abbreviation")]):
        add(f"pr20a-r3-in-force-{i}", "time_filter", [text], col(q), q, variant=variant)
    for i, (text, q, variant) in enumerate([
            ("至今仍在帮扶毕节的有哪些城市", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:recipient <{iri_of('毕节市')}> ; dk:supporter ?x .
              FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}""", "plain"),
            ("已经不再对口帮扶黔东南州的是哪个城市", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:recipient <{iri_of('黔东南苗族侗族自治州')}> ;
              dk:supporter ?x ; dk:endYear ?e }}""", "plain"),
            ("2016年到2021年期间，杭州结对帮扶的是哪个州？", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:supporter <{iri_of('杭州市')}> ; dk:recipient ?x ;
              dk:startYear ?b . ?x a dk:AutonomousPrefecture . OPTIONAL {{ ?p dk:endYear ?e }} FILTER(?b <= 2016 && (!BOUND(?e) || ?e >= 2021)) }}""", "plain")]):
        add(f"pr20a-r3-still-{i}", "time_filter", [text], col(q), q, variant=variant)
    for i, (text, giver, place, variant) in enumerate([
            ("佛山是何时起对口帮扶凉山州的？", "佛山市", "凉山彝族自治州", "plain"),
            ("中山帮扶昭通始于哪一年", "中山市", "昭通市", "plain"),
            ("常州跟盐城挂钩合作从什么时候开始的", "常州市", "盐城市", "plain"),
            ("深圳對口幫扶河源最早是哪一年？", "深圳市", "河源市", "traditional"),
            ("深圳帮扶汕尾是哪一年开始的", "深圳市", "汕尾市", "plain")]):
        q = start(giver, place)
        add(f"pr20a-r3-start-{i}", "since_when", [text], col(q), q, variant=variant)
    q = f"""ASK {{ ?p dk:supporter <{iri_of('朝阳区')}> ; dk:recipient <{iri_of('巴东县')}> ; dk:startYear 1992 }}"""
    add("pr20a-r3-start-yes-0", "yes_no", ["一九九二年那会儿北京朝阳区就开始对口巴东县了吗"], [bool(store.query(PREFIX + q))], q,
        variant="numeral")
    for i, (text, event, side, other, other_side, cls, variant) in enumerate([
            ("是哪份文件把昭通安排给东莞帮扶的？", "", "", "", "", "", "plain"),
            ("2013年广东那次调整加强对口帮扶会议上，深圳被分到了哪几个市？", "广东省调整加强对口帮扶会议", "recipient", "深圳市", "supporter", "", "plain"),
            ("第三次西藏工作座谈会给湖南安排的是哪个地区", "第三次西藏工作座谈会", "recipient", "湖南省", "supporter", "dk:PrefectureLevelDivision", "plain"),
            ("民政部那份紧急通知，安排哪个省去支援汶川县？", "民政部关于对口支援四川重灾县的紧急通知", "supporter", "汶川县", "recipient", "", "plain")]):
        if not event:  # the document behind a pairing
            q = f"""SELECT DISTINCT ?e WHERE {{ ?p dk:supporter <{iri_of('东莞市')}> ; dk:recipient <{iri_of('昭通市')}> ; dk:establishedBy ?e }}"""
            add(f"pr20a-r3-set-up-{i}", "pairing_event", [text], col(q), q, variant=variant)
            continue
        q = set_up(event, side, other=other, other_side=other_side, cls=cls)
        add(f"pr20a-r3-set-up-{i}", "event_setup", [text], col(q), q, variant=variant)
    for i, (text, place, old, variant) in enumerate([
            ("理县在过渡安置期之后，由哪个省顶替了福建？", "理县", "福建省", "plain"),
            ("彭州 过渡安置 湘 之后 重建 谁来接", "彭州市", "湖南省", "abbreviation")]):
        q = successor(place, old)
        add(f"pr20a-r3-successor-{i}", "takeover", [text], col(q), q, variant=variant)
    for i, (text, status, variant) in enumerate([("第九次西藏工作座谈会安排了哪些省市援藏", "no_entity", "plain"),
                                                 ("2010年以后深圳对口帮扶毕节每年拨多少钱", "no_template", "plain")]):
        add(f"pr20a-r3-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status, variant=variant)

    # fourth round: a remark before a colon naming what the graph does not hold (the asker's situation), an adjustment
    # named as the point after which the pairings still run (…调整后，仍在…), a meeting by an ordinal no meeting has
    for i, (text, event, side, other, other_side, cls, variant) in enumerate([
            ("档案室资料残缺：2013年广东调整加强对口帮扶会议上，中山分到了哪个市？", "广东省调整加强对口帮扶会议", "recipient", "中山市", "supporter", "", "plain"),
            ("同事手稿缺页：第四次西藏工作座谈会安排黑龙江对口支援哪个市？", "第四次西藏工作座谈会", "recipient", "黑龙江省", "supporter", "dk:PrefectureLevelDivision", "plain"),
            ("課堂筆記不全：一九八四年天津會議安排廣東支援哪個省？", "全国经济技术协作和对口支援会议", "recipient", "广东省", "supporter", "dk:ProvinceLevelDivision", "traditional")]):
        q = set_up(event, side, other=other, other_side=other_side, cls=cls)
        add(f"pr20a-r4-remark-{i}", "event_setup", [text], col(q), q, variant=variant)

    def still_running(place: str, cls: str, key: str = "") -> str:
        prog = f"?p dk:programme {pg(key)} ." if key else ""
        return f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf* <{iri_of(place)}> . ?s a {cls} . {prog}
          FILTER NOT EXISTS {{ ?p dk:endYear ?e }} FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }} }}"""

    for i, (text, place, cls, key, variant) in enumerate([
            ("2010年东西扶贫协作局部调整后，仍在帮扶重庆的是哪个省？", "重庆市", "dk:ProvinceLevelDivision", "dongxibu", "plain"),
            ("2016年援藏对口关系调整以后，至今还在对口林芝的省市有哪些", "林芝市", "dk:ProvinceRankActor", "", "plain"),
            ("二〇一六年援藏對口關係調整之後，仍在對口昌都的省份有哪些？", "昌都市", "dk:ProvinceLevelDivision", "", "traditional")]):
        q = still_running(place, cls, key)
        add(f"pr20a-r4-still-after-{i}", "time_filter", [text], col(q), q, variant=variant)
    for i, text in enumerate(["第八次全国对口支援新疆工作会议 给广东安排了哪里", "第十二次西藏工作座谈会后新增了哪些援藏省市"]):
        add(f"pr20a-r4-unknown-meeting-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_entity")

    # fifth round: 归谁 after a supporter left, 还在帮…吗 (a pairing still running), an end year with the programme as scene
    for i, (text, place, old, variant) in enumerate([("青岛不帮安顺后，安顺归谁了", "安顺市", "青岛市", "plain"),
                                                     ("凉山的帮扶，珠海退出后归了哪个市", "凉山彝族自治州", "珠海市", "plain")]):
        q = successor(place, old)
        add(f"pr20a-r5-successor-{i}", "takeover", [text], col(q), q, variant=variant)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of('安顺市')}> ; dk:supporter ?s ; dk:startYear ?b FILTER(?b < 2021) }}"""
    add("pr20a-r5-before-year-0", "takeover", ["请问一下，对口帮扶安顺的城市，2021年以前是哪个？"], col(q), q)
    for i, (text, giver, place, variant) in enumerate([("大连还在帮六盘水吗", "大连市", "六盘水市", "plain"),
                                                       ("深圳还在帮毕节吗", "深圳市", "毕节市", "plain"),
                                                       ("廣州還在幫畢節嗎", "广州市", "毕节市", "traditional")]):
        q = f"""ASK {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> . FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"""
        add(f"pr20a-r5-still-yes-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)
    for i, (text, giver, place, variant) in enumerate([
            ("東西部協作中，寧波對口黔西南州到哪一年結束？", "宁波市", "黔西南布依族苗族自治州", "traditional"),
            ("珠海在东西部协作里对口凉山到哪年结束的", "珠海市", "凉山彝族自治州", "plain"),
            ("南北挂钩里镇江帮连云港到哪年为止", "镇江市", "连云港市", "plain")]):
        q = f"""SELECT DISTINCT ?e WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> ; dk:endYear ?e }}"""
        add(f"pr20a-r5-until-{i}", "since_when", [text], col(q), q, variant=variant)

    # sixth round: a supporter's next partner in spoken verbs (转而帮, 改援, 从Y换到哪里, 不帮Y以后去帮谁), a year after
    def next_partner(giver: str, old: str, cls: str = "") -> str:
        kind = f"?n a {cls} ." if cls else ""
        return f"""SELECT DISTINCT ?n WHERE {{ ?p0 dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(old)}> ; dk:endYear ?e ;
          dk:programme ?g . ?p1 dk:supporter <{iri_of(giver)}> ; dk:recipient ?n ; dk:startYear ?s ; dk:programme ?g .
          FILTER(?s >= ?e) {kind} FILTER NOT EXISTS {{ ?n dk:partOf* <{iri_of(old)}> }}
          FILTER NOT EXISTS {{ ?p2 dk:supporter <{iri_of(giver)}> ; dk:startYear ?s2 ; dk:programme ?g ; dk:recipient ?n2 .
                              FILTER(?s2 >= ?e && ?s2 < ?s) FILTER NOT EXISTS {{ ?n2 dk:partOf* <{iri_of(old)}> }} }} }}"""

    for i, (text, giver, old, cls, variant) in enumerate([
            ("福建援藏从林芝换到哪里了", "福建省", "林芝市", "", "plain"),
            ("珠海2016年后不再帮凉山，转而帮哪个州", "珠海市", "凉山彝族自治州", "dk:AutonomousPrefecture", "plain"),
            ("廈門不幫重慶以後去幫誰了", "厦门市", "重庆市", "", "traditional"),
            ("无锡不再对口徐州以后，去对口哪里了", "无锡市", "徐州市", "", "plain"),
            ("粤2010年以后不援哈密了，改援哪", "广东省", "哈密市", "", "abbreviation")]):
        q = next_partner(giver, old, cls)
        add(f"pr20a-r6-next-partner-{i}", "takeover", [text], col(q), q, variant=variant)

    # seventh round: a five-year plan as its years (十三五期间: in force throughout 2016–2020; 十二五以来: begun from 2011)
    def throughout(first: int, last: int, giver: str, key: str = "") -> str:
        prog = f"?p dk:programme {pg(key)} ." if key else ""
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?x ; dk:startYear ?b . {prog}
          OPTIONAL {{ ?p dk:endYear ?e }} FILTER(?b <= {first} && (!BOUND(?e) || ?e >= {last}))
          FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}"""

    for i, (text, q, variant) in enumerate([
            ("十三五期间 东西部协作 广州帮哪", throughout(2016, 2020, "广州市", "dongxibu"), "plain"),
            ("“十二五”时期，深圳在东西部协作中帮扶哪些地方", throughout(2011, 2015, "深圳市", "dongxibu"), "plain"),
            ("十四五时期 鲁 东西部协作 帮哪个省", throughout(2021, 2025, "山东省", "dongxibu"), "abbreviation"),
            ("「十三五」期間，杭州結對幫扶的是哪些地方？", throughout(2016, 2020, "杭州市"), "traditional"),
            ("十二五以来哪些城市开始东西部协作结对", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg('dongxibu')} ; dk:supporter ?x ;
              dk:startYear ?b FILTER(?b >= 2011) }}""", "plain")]):
        add(f"pr20a-r7-plan-period-{i}", "time_filter", [text], only_cities(col(q)) if "城市" in text else col(q), q,
            variant=variant)

    # eighth round: a meeting by its date and venue (2013年11月7日在广州开的那个会), the issuing bodies naming the kind of
    # document asked (哪份中办国办文件, 国务院办公厅哪份文件: no actors of the pairing)
    for i, (text, event, side, other, other_side, cls, variant) in enumerate([
            ("2013年11月7日在广州开的那个会，安排了哪些市去帮扶", "广东省调整加强对口帮扶会议", "supporter", "", "", "", "plain"),
            ("2001年11月在徐州开的那个会，苏南哪几个市被安排结对", "江苏省委省政府苏北发展协调小组第一次会议", "supporter", "", "", "", "plain"),
            ("2010年6月在西寧開的那個會，定了哪些省市援建玉樹？", "国务院玉树地震灾后恢复重建协调小组会议", "supporter", "", "", "", "traditional")]):
        q = set_up(event, side, other=other, other_side=other_side, cls=cls)
        add(f"pr20a-r8-dated-venue-{i}", "event_setup", [text], col(q), q, variant=variant)
    for i, (text, giver, place, variant) in enumerate([("北京对口张家口，是根据哪份中办国办文件", "北京市", "张家口市", "plain"),
                                                       ("上海对口遵义是根据国务院办公厅哪份文件", "上海市", "遵义市", "plain"),
                                                       ("津 承德 结对 依据哪份中办国办文件", "天津市", "承德市", "abbreviation")]):
        q = f"""SELECT DISTINCT ?e WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> ; dk:establishedBy ?e }}"""
        add(f"pr20a-r8-issuer-kind-{i}", "pairing_event", [text], col(q), q, variant=variant)


def gen_probe_20g():
    """Counts, superlatives, comparisons, figures, book facts and refusals from three invented askers (issue #15,
    round 12, groups pr20g-*): a retired civil servant writing formal sentences in traditional script, a student typing
    terse on a phone (abbreviations 沪滇 粤桂 鲁渝 京蒙, spaces, slips) and a local journalist chatting with asides and
    Chinese-numeral years; over 东西部扶贫协作's cities, 援青's Beijing districts and figures, 东北对口合作 and the book's
    chapters, which the studied sets rarely use. Gold from the SPARQL here."""
    pg = lambda key: f"<{BASE}programme/{key}>"
    I = lambda name: f"<{iri_of(name)}>"
    nc = "FILTER NOT EXISTS { ?r a dk:CollectiveActor } FILTER NOT EXISTS { ?s a dk:CollectiveActor }"

    def n_recv(giver, key, extra=""):
        return f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter {I(giver)} ;
          dk:recipient ?r . {extra} FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"""

    def by_giver(key, cls):
        return f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?s ;
          dk:recipient ?r . ?s a dk:{cls} . {nc} }} GROUP BY ?s"""

    def by_recv(key, cls):
        return f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?s ;
          dk:recipient ?r . ?r a dk:{cls} . {nc} }} GROUP BY ?r"""

    def pair_of(key, names):
        vals = " ".join(I(n) for n in names)
        return f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?s {{ {vals} }} ?p dk:programme {pg(key)} ;
          dk:supporter ?s ; dk:recipient ?r . FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }} GROUP BY ?s"""

    # counts
    for i, (text, giver, key, extra, variant) in enumerate([
            ("东西部扶贫协作中，广州市先后结对过几个市州？", "广州市", "dongxibu", "", "plain"),
            ("青岛 东西部协作 帮过几个地方", "青岛市", "dongxibu", "", "plain"),
            ("深圳在东西部扶贫协作里结对的地方，已经结束的有几个啊", "深圳市", "dongxibu", "?p dk:endYear ?e .", "plain"),
            ("東西部扶貧協作之中，寧波市曾與幾個地方結對？", "宁波市", "dongxibu", "", "traditional"),
            ("粤 东西部协作 一共对口过几个省区州", "广东省", "dongxibu", "", "abbreviation")]):
        q = n_recv(giver, key, extra)
        add(f"pr20g-count-{i}", "count", [text], col(q), q, variant=variant)
    q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg('yuanqing')} ; dk:supporter ?s ; dk:recipient ?r .
      ?s dk:partOf {I('北京市')} . ?r a dk:CountyLevelDivision }}"""
    add("pr20g-count-parts", "count", ["援青工作中，北京市各區一共對口了幾個縣？"], col(q), q, variant="traditional")
    q = f"""SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dk:programme {pg('dongxibu')} ; dk:startYear 1996 ;
      dk:supporter ?s ; dk:recipient ?r . {nc} }}"""
    add("pr20g-count-year", "count", [f"{cn_year(1996)}年开始的东西部扶贫协作结对一共有多少对"], col(q), q, variant="numeral")
    # superlatives
    q = by_giver("dongxibu", "Province")
    add("pr20g-most-province", "superlative", ["东西部扶贫协作里，哪个省结对的地方最多？"], tied(q), q)
    q = by_recv("dongxibu", "Province")
    add("pr20g-most-received", "superlative", ["東西部扶貧協作中，被結對次數最多的是哪個省？"], tied(q), q,
        variant="traditional")
    q = f"""SELECT ?r (MIN(?y) AS ?n) WHERE {{ ?p dk:programme {pg('dongxibu')} ; dk:supporter {I('江苏省')} ;
      dk:recipient ?r ; dk:startYear ?y }} GROUP BY ?r"""
    add("pr20g-earliest", "superlative", ["苏在东西部协作里最早结对的是哪里"], tied(q, min), q, variant="abbreviation")
    # kind: a city kind ranked, no actor named before the question word (哪个东部城市…最多): cities (建制市, dk:City)
    for i, (text, key, pick, variant) in enumerate([
            ("说起东西部协作，我挺好奇，哪个东部城市结对过的地方最多？", "dongxibu", max, "plain"),
            ("三峡移民对口支援里，哪个城市对口的地方最多", "sanxia", max, "plain"),
            ("東西部扶貧協作中，哪個市結對的地方最少", "dongxibu", min, "traditional"),
            ("援藏 哪个市 结对的地方最多", "yuanzang", max, "plain")]):
        q = by_giver(key, "City")
        add(f"pr20g-city-ranked-{i}", "superlative", [text], tied(q, pick), q, variant=variant)
    # kind: an actor's earliest / latest partner within the programme named (earliest_recipients had no programme)
    for i, (text, giver, key, pick, variant) in enumerate([
            ("珠海在东西部协作里最晚结对的是哪里", "珠海市", "dongxibu", max, "plain"),
            ("广州 东西部协作 最早结对 哪里", "广州市", "dongxibu", min, "plain"),
            ("山东在援青里最早对口的是哪个州", "山东省", "yuanqing", min, "plain"),
            ("寧波在東西部扶貧協作中最晚結對的是哪裡？", "宁波市", "dongxibu", max, "traditional")]):
        q = f"""SELECT ?r (MIN(?y) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter {I(giver)} ;
          dk:recipient ?r ; dk:startYear ?y }} GROUP BY ?r"""
        add(f"pr20g-first-last-{i}", "superlative", [text], tied(q, pick), q, variant=variant)
    # kind: partners set aside (除了X) in a count: the others counted, not the whole
    for i, (text, giver, but, key, variant) in enumerate([
            ("除了广西，广东在东西部扶贫协作里还对口过几个地方", "广东省", "广西壮族自治区", "dongxibu", "plain"),
            ("除了怒江，珠海在东西部协作里还结对过几个地方", "珠海市", "怒江傈僳族自治州", "dongxibu", "plain"),
            ("除了陇南以外，青岛在东西部扶贫协作中还帮过几个地方？", "青岛市", "陇南市", "dongxibu", "plain"),
            ("除了海東，江蘇在東西部扶貧協作裡還結對過幾個地方", "江苏省", "海东市", "dongxibu", "traditional")]):
        q = n_recv(giver, key, f"FILTER(?r != {I(but)})")
        add(f"pr20g-count-but-{i}", "count", [text], col(q), q, variant=variant)
    q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg('sanxia')} ; dk:supporter ?s ;
      dk:recipient ?r . {nc} }} GROUP BY ?s"""
    add("pr20g-most-giver", "superlative", ["三峡库区移民对口支援里，哪个支援方对口的区县最多"], tied(q), q)
    # comparisons
    for i, (text, names, key, variant) in enumerate([
            ("东西部协作里 青岛和杭州 谁结对的地方多", ("青岛市", "杭州市"), "dongxibu", "plain"),
            ("江苏和浙江，在东西部扶贫协作里谁结对的地方多一些？", ("江苏省", "浙江省"), "dongxibu", "plain"),
            ("廣東省與福建省，於東西部扶貧協作中，孰之受援方較多？", ("广东省", "福建省"), "dongxibu", "traditional"),
            ("宁波跟大连 东西部协作 谁帮的多", ("宁波市", "大连市"), "dongxibu", "plain"),
            ("鲁和闽在东西部扶贫协作里，哪个结对的省区多", ("山东省", "福建省"), "dongxibu", "abbreviation")]):
        q = pair_of(key, names)
        add(f"pr20g-compare-{i}", "comparison", [text], tied(q), q, variant=variant)
    q = f"""SELECT ?s (MIN(?y) AS ?n) WHERE {{ VALUES ?s {{ {I('济南市')} {I('杭州市')} }} ?p dk:programme {pg('dongxibu')} ;
      dk:supporter ?s ; dk:startYear ?y }} GROUP BY ?s"""
    add("pr20g-compare-earlier", "comparison", ["东西部扶贫协作中，济南和杭州谁先开始结对的？"], tied(q, min), q)
    # mechanism figures
    fig = lambda key, cond: (f"SELECT DISTINCT ?v WHERE {{ ?f dk:aboutProgramme {pg(key)} ; dk:value ?v ; {cond} ; "
                             f"dk:verificationStatus ?st FILTER(?st != dk:Unverified) }}")
    for i, (text, key, cond, variant) in enumerate([
            ("第五批援青干部人才一共派了多少人", "yuanqing", "a dk:CadreBatch ; dk:batchNumber 5", "plain"),
            ("对口支援给三峡库区引进了多少资金", "sanxia", "a dk:FundingReport", "plain")]):
        q = fig(key, cond)
        add(f"pr20g-figure-{i}", "mechanism", [text], sorted(typed_col(q)), q, variant=variant)
    add("pr20g-figure-unverified", "unanswerable", ["東北與東部對口合作，幹部交流共計多少人次？"], [], "", answerable=False,
        expected="no_fact", variant="traditional")  # the only row (1700人次以上) is unverified
    # book facts
    ch = lambda n: f"<{BASE}source/book/chapter/{n}>"
    q = f"SELECT (COUNT(?s) AS ?n) WHERE {{ ?s dcterms:isPartOf {ch(6)} }}"
    add("pr20g-book-sections", "book_fact", ["书第六章下面分了几节"], col(q), q)
    q = f"SELECT ?t WHERE {{ {ch(5)} dcterms:title ?t }}"
    add("pr20g-book-title", "book_fact", ["書中第5章標題為何"], col(q), q, variant="traditional")
    # refusals
    for i, (text, status, variant) in enumerate([
            ("粤桂协作带动了多少贫困人口脱贫", "no_template", "abbreviation"),
            ("京蒙协作明年会怎么调整", "no_template", "abbreviation"),
            ("苏格兰对口支援了中国哪些地方", "no_entity", "plain"),
            ("東西部扶貧協作中，哪個省份派出的幹部最多？", "no_template", "traditional")]):
        add(f"pr20g-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status, variant=variant)


def gen_probe_20g_more():
    """A second round of pr20g askers (issue #15, round 12): a retired soldier typing short colloquial sentences, a
    foreign doctoral student writing slightly stiff Chinese, a county clerk in traditional script — counts, rankings,
    comparisons and figures over 援疆, the 汶川 interim stage, 东北对口合作 and 赣南; gold from the SPARQL here."""
    pg = lambda key: f"<{BASE}programme/{key}>"
    I = lambda name: f"<{iri_of(name)}>"
    nc = "FILTER NOT EXISTS { ?r a dk:CollectiveActor } FILTER NOT EXISTS { ?s a dk:CollectiveActor }"

    def pair_of(key, names, agg="COUNT(DISTINCT ?r)"):
        vals = " ".join(I(n) for n in names)
        return f"""SELECT ?s ({agg} AS ?n) WHERE {{ VALUES ?s {{ {vals} }} ?p dk:programme {pg(key)} ;
          dk:supporter ?s ; dk:recipient ?r . OPTIONAL {{ ?p dk:startYear ?y }} {nc} }} GROUP BY ?s"""

    def ranked(key, side="?s", other="?r"):
        return f"""SELECT {side} (COUNT(DISTINCT {other}) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?s ;
          dk:recipient ?r . {nc} }} GROUP BY {side}"""

    P = lambda group, qtype, text, gold, q, variant="plain": add(group, qtype, [text], gold, q, variant=variant)
    q = pair_of("yuanjiang", ("黑龙江省", "辽宁省"))
    P("pr20g-more-compare-0", "comparison", "援疆里头，黑龙江跟辽宁哪个对口的地方多", tied(q), q)
    q = pair_of("yuanjiang", ("江苏省", "广东省"), "MIN(?y)")
    P("pr20g-more-compare-1", "comparison", "江苏和广东，哪个更早开始援疆", tied(q, min), q)
    q = pair_of("yuanjiang", ("河北省", "山东省"))
    P("pr20g-more-compare-2", "comparison", "冀、鲁两省援疆，哪个对口的地方多", tied(q), q, "abbreviation")
    q = ranked("wenchuan-guodu")
    P("pr20g-more-most-0", "superlative", "汶川过渡安置时期，对口的地方最多的是哪几个省市", tied(q), q)
    q = ranked("yuanjiang")
    P("pr20g-more-most-1", "superlative", "在援疆的诸省市当中，对口支援地方之数量居首者为何", tied(q), q)
    q = ranked("yuanjiang", "?r", "?s")
    P("pr20g-more-most-2", "superlative", "援疆中，哪个地方得到的支援方最多", tied(q), q)
    q = f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dk:programme {pg('dongbei-hezuo')} ; dk:supporter ?s ; dk:recipient ?r . {nc} }}"
    P("pr20g-more-count-0", "count", "東北對口合作中，共有幾對省市結對？", col(q), q, "traditional")
    q = f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dk:programme {pg('yuanjiang')} ; dk:startYear 2010 }}"  # (pairings, collective ones too)
    P("pr20g-more-count-1", "count", f"{cn_year(2010)}年开始的援疆结对有几对", col(q), q, "numeral")
    q = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg('wenchuan-guodu')} ; dk:supporter ?s ; dk:recipient ?r . ?s a dk:ProvinceRankActor . {nc} }}"
    P("pr20g-more-count-2", "count", "08年汶川地震后过渡安置阶段，一共有几个省市参与了对口", col(q), q, "numeral")
    q = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg('gannan')} ; dk:supporter ?s . ?s a dk:CentralAgency }}"
    P("pr20g-more-count-3", "count", "赣南苏区那个项目，我记得有好多部委参与，一共几个部委啊", col(q), q)
    # kind: a ranking of a number (数量最多的是哪个, 数量居首者为何) is a superlative, not a count; 为何 closing it is "what"
    for i, (text, key, variant) in enumerate([
            ("援疆的省市中，对口地方数量最多的是哪个", "yuanjiang", "plain"),
            ("汶川过渡安置阶段，对口地方数量最多的是哪个省市？", "wenchuan-guodu", "plain"),
            ("三峽移民對口支援諸省市中，對口區縣數量居首者為何", "sanxia", "traditional")]):
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?s ; dk:recipient ?r .
          ?s a dk:ProvinceRankActor . {nc} }} GROUP BY ?s"""
        P(f"pr20g-more-ranked-number-{i}", "superlative", text, tied(q), q, variant)
    # kind: an earthquake and its phase with words between (汶川地震后过渡安置阶段, 汶川地震的过渡期)
    for i, (text, variant) in enumerate([("汶川地震后过渡安置阶段，天津对口了几个地方", "plain"),
                                         ("汶川地震的过渡安置期，天津负责过几个县市", "plain"),
                                         ("汶川地震後的過渡階段，天津對口了幾個地方", "traditional")]):
        q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg('wenchuan-guodu')} ; dk:supporter {I('天津市')} ;
          dk:recipient ?r }}"""
        P(f"pr20g-more-phase-{i}", "count", text, col(q), q, variant)
    # kind: one set aside (除了X) in a ranking: the others ranked, not the top with X dropped (which left nothing)
    for i, (text, but, key, cls, variant) in enumerate([
            ("除了北京，援疆里哪个省市对口的地方最多", "北京市", "yuanjiang", "ProvinceRankActor", "plain"),
            ("除了江苏，东西部协作里哪个省结对的地方最多", "江苏省", "dongxibu", "ProvinceLevelDivision", "plain"),
            ("除了上海，三峡移民对口支援里哪个城市对口的地方最多", "上海市", "sanxia", "City", "plain"),
            ("除去青島，東西部協作中哪個城市結對的地方最多？", "青岛市", "dongxibu", "City", "traditional")]):
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?s ; dk:recipient ?r .
          ?s a dk:{cls} . {nc} FILTER(?s != {I(but)}) }} GROUP BY ?s"""
        P(f"pr20g-more-ranked-but-{i}", "superlative", text, tied(q), q, variant)
    fig = lambda key, cond: (f"SELECT DISTINCT ?v WHERE {{ ?f dk:aboutProgramme {pg(key)} ; dk:value ?v ; {cond} ; "
                             f"dk:verificationStatus ?st FILTER(?st != dk:Unverified) }}")
    q = fig("yuanjiang", "a dk:CadreTerm")
    P("pr20g-more-figure-0", "mechanism", "中央单位的援疆干部每批在疆要干几年", sorted(typed_col(q)), q)
    q = fig("wenchuan-chongjian", "a dk:Figure ; dk:measure ?m").replace("}", 'FILTER(CONTAINS(?m, "项目")) }')
    add("pr20g-more-figure-1", "mechanism", ["汶川灾后重建对口支援，一共建了多少个项目"], sorted(typed_col(q)), q,
        alt_gold=[max(typed_col(q))])  # (two figures held; the answerer gives the latest cumulative one)
    for i, (text, status, variant) in enumerate([
            ("援疆干部里哪个人的贡献最大", "no_template", "plain"),
            ("2035年还会有东西部协作吗", "no_template", "numeral"),
            ("冰岛对口援助过西藏吗", "no_entity", "plain")]):
        add(f"pr20g-more-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status, variant=variant)
def gen_probe_20f():
    """Issue #15 round 13, takeover / event set-up / time-scoped / start-year / yes-no written as three new users
    would (groups pr20f-*): a retired accountant in long formal sentences (traditional script, Chinese-numeral years),
    a young courier typing terse on a phone (pair abbreviations 京蒙 津甘 鲁青, spaces, slips), and a county
    journalist chatting with asides — over programmes and names the studied sets rarely use (第五次西藏工作座谈会 and
    援青, 北京三峡移民通知, 赣南苏区 部委, 皖北结对, 东北对口合作, 汶川两阶段的崇州 平武, 青海省的东西部协作). Our own
    names and wording; gold from the SPARQL here."""
    ok = "FILTER NOT EXISTS { ?p dk:verificationStatus dk:Unverified }"
    nc = "FILTER NOT EXISTS { ?x a dk:CollectiveActor }"

    def ev(label_: str) -> str:
        return col(f'SELECT ?e WHERE {{ ?e rdfs:label "{label_}"@zh }}')[0]

    def P(group, qtype, text, q, variant="plain", **kw):
        add(f"pr20f-{group}", qtype, [text], col(q), q, variant=variant, **kw)

    def ask(group, text, q, variant="plain"):
        add(f"pr20f-{group}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant=variant)

    # what a meeting or document set up: one side, the other side or a kind named
    def set_up(event, side, *, other="", other_side="", cls="", within=""):
        named = f"?p dk:{other_side} <{iri_of(other)}> ." if other else ""
        kind = f"?x a {cls} ." if cls else ""
        part = f"?x dk:partOf+ <{iri_of(within)}> ." if within else ""
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:establishedBy <{ev(event)}> ; dk:{side} ?x . {named} {kind} {part} {nc} }}"""

    P("setup-a", "event_setup", "第五次西藏工作座談會上，中央安排了哪些省市對口支援青海藏區？",
      set_up("第五次西藏工作座谈会", "supporter", cls="dk:ProvinceLevelDivision"), "traditional")
    P("setup-b", "event_setup", "第五次西藏工作座谈会后 京 哪几个区去援青",
      set_up("第五次西藏工作座谈会", "supporter", within="北京市"), "abbreviation")
    P("setup-c", "event_setup", "北京市政府办公厅那份三峡移民对口支援的通知（1992年发的），让朝阳区对口哪个县啊？",
      set_up("北京市人民政府办公厅关于开展对口支援三峡工程库区移民工作的通知", "recipient", other="朝阳区", other_side="supporter"))
    P("setup-d", "event_setup", "国务院支持赣南等原中央苏区振兴发展那个意见，安排了哪些部委对口瑞金？我在瑞金跑过新闻",
      set_up("国务院关于支持赣南等原中央苏区振兴发展的若干意见", "supporter", other="瑞金市", other_side="recipient"))
    P("setup-e", "event_setup", "2017东北对口合作方案 津 对口哪个市",
      set_up("东北地区与东部地区部分省市对口合作工作方案", "recipient", other="天津市", other_side="supporter"), "abbreviation")
    P("setup-f", "event_setup", "沪苏浙帮扶皖北那个实施方案里 闵行区结对的是哪个城市",
      set_up("沪苏浙城市结对合作帮扶皖北城市实施方案", "recipient", other="闵行区", other_side="supporter"))
    P("setup-g", "event_setup", "一九八四年全國經濟技術協作和對口支援會議，安排了哪些省市支援青海省？",
      set_up("全国经济技术协作和对口支援会议", "supporter", other="青海省", other_side="recipient", cls="dk:ProvinceLevelDivision"),
      "traditional")
    P("setup-h", "event_setup", "第五次西藏工作座谈会给上海分的是青海哪个州",
      set_up("第五次西藏工作座谈会", "recipient", other="上海市", other_side="supporter"))

    # who took over from whom: the next supporter of the same recipient
    def successor(place, old):
        return f"""SELECT DISTINCT ?x WHERE {{ ?o dk:recipient <{iri_of(place)}> ; dk:supporter <{iri_of(old)}> ; dk:endYear ?e .
          ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?x ; dk:startYear ?b FILTER(?x != <{iri_of(old)}> && ?b >= ?e) }}"""

    def predecessor(place, new):
        return f"""SELECT DISTINCT ?x WHERE {{ ?n dk:recipient <{iri_of(place)}> ; dk:supporter <{iri_of(new)}> ; dk:startYear ?b .
          ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?x ; dk:endYear ?e FILTER(?x != <{iri_of(new)}> && ?e <= ?b) }}"""

    P("takeover-a", "takeover", "崇州市在過渡安置階段由河北省支援，到了恢復重建階段改由哪個省市負責？", successor("崇州市", "河北省"),
      "traditional")
    P("takeover-b", "takeover", "平武 过渡安置 吉林 之后谁接的", successor("平武县", "吉林省"))
    P("takeover-c", "takeover", "青海省的东西部协作，辽宁退出之后是哪个省接手的？", successor("青海省", "辽宁省"))
    P("takeover-d", "takeover", "江苏接手青海的东西部协作之前，是谁在帮青海", predecessor("青海省", "江苏省"))
    P("takeover-e", "takeover", "重庆援建崇州之前，崇州是哪个省在对口", predecessor("崇州市", "重庆市"))

    # in force in a year / begun in a span
    def in_force(year, *, place="", giver="", cls="", key=""):
        prog = f"?p dk:programme <{BASE}programme/{key}> ." if key else ""
        r = f"?p dk:recipient <{iri_of(place)}> ; dk:supporter ?x ." if place else f"?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?x ."
        kind = f"?x a {cls} ." if cls else ""
        return f"""SELECT DISTINCT ?x WHERE {{ {r} {kind} {prog} ?p dk:startYear ?b . OPTIONAL {{ ?p dk:endYear ?e }}
          FILTER(?b <= {year} && (!BOUND(?e) || ?e >= {year})) {ok} {nc} }}"""

    P("inforce-a", "time_filter", "二〇〇九年時，對口支援茂縣的是哪個省？", in_force(2009, place="茂县"), "numeral")
    P("inforce-b", "time_filter", "2012年 对口支援林芝的有哪些省", in_force(2012, place="林芝市"))
    P("inforce-c", "time_filter", "2019年的时候北京在对口合作里对口的是东北哪个市？就是京沈那个", in_force(2019, giver="北京市", key="dongbei-hezuo"))
    P("inforce-d", "time_filter", "2000年前后 哪些省在跟青海搞东西部协作",
      f"""SELECT DISTINCT ?x WHERE {{ ?p dk:recipient <{iri_of('青海省')}> ; dk:supporter ?x ; dk:programme <{BASE}programme/dongxibu> ;
        dk:startYear ?b . OPTIONAL {{ ?p dk:endYear ?e }} FILTER(?b <= 2000 && (!BOUND(?e) || ?e >= 2000)) {ok} }}""")
    P("inforce-e", "time_filter", "2010年以后才开始对口支援青海藏区的有哪几个省市？",
      f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme <{BASE}programme/yuanqing> ; dk:supporter ?x ; dk:startYear ?b FILTER(?b >= 2010)
        ?x a dk:ProvinceLevelDivision . {nc} }}""")

    # start years
    def start(giver, place, key=""):
        prog = f"?p dk:programme <{BASE}programme/{key}> ." if key else ""
        return f"""SELECT DISTINCT ?b WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> ; dk:startYear ?b . {prog} }}"""

    P("start-a", "since_when", "江苏省对口支援海南藏族自治州是从哪一年开始的？", start("江苏省", "海南藏族自治州"))
    # (财政部—瑞金: the pairing is the book's (its table of contents), the year only an unverified row's: no_fact)
    told = start("财政部", "瑞金市").replace("}", "FILTER NOT EXISTS { ?p dk:startYearStatus dk:UnverifiedYear } }")
    P("start-b", "since_when" if col(told) else "unanswerable", "財政部對口支援瑞金市，始於何年？", told, "traditional",
      answerable=bool(col(told)), expected="ok" if col(told) else "no_fact")
    P("start-c", "since_when", "京 沈阳 对口合作 哪年起", start("北京市", "沈阳市"), "abbreviation")
    P("start-d", "since_when", "宁波跟蚌埠结对是哪年开始的？听说是皖北那个方案", start("宁波市", "蚌埠市"))
    P("start-e", "since_when", "京蒙协作 哪年开始的", start("北京市", "内蒙古自治区", "dongxibu"), "abbreviation")

    # yes / no
    def paired(giver, place, year=None):
        when = f"?p dk:startYear ?b . OPTIONAL {{ ?p dk:endYear ?e }} FILTER(?b <= {year} && (!BOUND(?e) || ?e >= {year}))" if year else ""
        return f"ASK {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> . {when} }}"

    ask("yes-a", "浙江省是不是对口支援海西州的？", paired("浙江省", "海西蒙古族藏族自治州"))
    ask("yes-b", "天津對口支援果洛州嗎？", paired("天津市", "果洛藏族自治州"), "traditional")
    ask("yes-c", "国家体育总局对口崇义县吗", paired("国家体育总局", "崇义县"))
    ask("yes-d", "2015年山西还在对口支援茂县吗", paired("山西省", "茂县", 2015))
    ask("yes-e", "杭州是不是在帮宿州？皖北结对那个", paired("杭州市", "宿州市"))
    ask("yes-f", "二〇一八年福建還在對口林芝嗎？", paired("福建省", "林芝市", 2018), "numeral")

    # second round, one block per kind fixed, other names and wording:
    # a bare phase (恢复重建阶段, 重建期) beside the other phase, the later clause asking who took over (改由哪…)
    def in_programme(place, key):
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?x ;
          dk:programme <{BASE}programme/{key}> . ?x a dk:ProvinceLevelDivision }}"""

    P("phase-a", "takeover", "黑水县在过渡安置阶段由广西支援，恢复重建阶段改由哪个省支援？", in_programme("黑水县", "wenchuan-chongjian"))
    P("phase-b", "takeover", "彭州過渡安置期由湖南援助，重建期改由哪個省負責？", in_programme("彭州市", "wenchuan-chongjian"), "traditional")
    P("phase-c", "takeover", "平武县过渡安置阶段是吉林负责，到了恢复重建阶段改由哪个省来帮？", in_programme("平武县", "wenchuan-chongjian"))
    # the one taken over from: an interim stage begun the same year (X援建Y之前，Y是哪…; X之前是哪个省对口Y)
    P("before-a", "takeover", "吉林接手黑水县以前，黑水县是哪个省在帮", predecessor("黑水县", "吉林省"))
    P("before-b", "takeover", "湖南援建理县之前，理县是谁在对口", predecessor("理县", "湖南省"))
    P("before-c", "takeover", "福建之前是哪个省对口彭州", predecessor("彭州市", "福建省"))
    P("before-d", "takeover", "山西之前 谁帮茂县", predecessor("茂县", "山西省"))
    # a meeting or plan handing X its task (给X分的是/安排了/定的是…): X gives
    P("given-a", "event_setup", "第三次西藏工作座谈会给湖南分的是哪个地区", set_up("第三次西藏工作座谈会", "recipient", other="湖南省",
                                                                    other_side="supporter"))
    P("given-b", "event_setup", "一九八四年那次天津会议给辽宁安排了哪个省",
      set_up("全国经济技术协作和对口支援会议", "recipient", other="辽宁省", other_side="supporter", cls="dk:ProvinceLevelDivision"), "numeral")
    P("given-c", "event_setup", "第五次西藏工作座談會給天津定的是青海哪個州",
      set_up("第五次西藏工作座谈会", "recipient", other="天津市", other_side="supporter", within="青海省"), "traditional")
    P("given-d", "event_setup", "2017年东北合作方案给江苏分的是哪个省",
      set_up("东北地区与东部地区部分省市对口合作工作方案", "recipient", other="江苏省", other_side="supporter", cls="dk:ProvinceLevelDivision"))
    # a programme's noun right after a pair paired in several programmes (沪滇协作: the 东西部扶贫协作 pairing)
    P("noun-a", "since_when", "沪滇协作哪年开始的", start("上海市", "云南省", "dongxibu"), "abbreviation")
    P("noun-b", "since_when", "遼寧和青海的協作始於哪一年", start("辽宁省", "青海省", "dongxibu"), "traditional")
    P("noun-c", "since_when", "辽青协作 哪年开始", start("辽宁省", "青海省", "dongxibu"), "abbreviation")
    # a place + its government's office names a document's issuer, not an actor (北京市政府办公厅那份…通知)
    beijing = "北京市人民政府办公厅关于开展对口支援三峡工程库区移民工作的通知"
    P("issuer-a", "event_setup", "北京市政府办公厅那份三峡移民通知，让石景山区对口哪里",
      set_up(beijing, "recipient", other="石景山区", other_side="supporter"))
    P("issuer-b", "event_setup", "北京市人民政府办公厅关于三峡移民的通知里，秭归县由哪几个区对口？",
      set_up(beijing, "supporter", other="秭归县", other_side="recipient"))
    P("issuer-c", "event_setup", "北京市政府那个三峡通知 通州 对口哪个县", set_up(beijing, "recipient", other="通州区", other_side="supporter"))

    # two names listed before 结对/对口 and asked only when, paired through one's parts (津→承德): the pair's start, not each
    def start_within(giver, region):
        return f"""SELECT (MIN(?b) AS ?y) WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:startYear ?b .
          ?r dk:partOf* <{iri_of(region)}> }}"""

    P("pairstart-a", "since_when", "天津和河北结对是哪年开始的", start_within("天津市", "河北省"))
    P("pairstart-b", "since_when", "津冀 结对 哪年开始", start_within("天津市", "河北省"), "abbreviation")
    P("pairstart-c", "since_when", "京冀對口幫扶哪年開始", start_within("北京市", "河北省"), "traditional")

    # refusals: a figure the graph lacks, a place outside the policy
    # (a document's drafter or signer: the graph records none — not the document's pairings, which 谁 read before)
    for i, (text, status, variant) in enumerate([("北京市政府办公厅那份三峡移民通知是谁起草的", "no_template", "plain"),
                                                 ("國辦發〔2013〕11號文件的起草人是誰", "no_template", "traditional"),
                                                 ("谁执笔了沪苏浙帮扶皖北那个实施方案", "no_template", "plain"),
                                                 ("纽约对口支援崇州吗", "no_entity", "plain")]):
        add(f"pr20f-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status, variant=variant)
def gen_probe_20e():
    """Lists, kinds, parts and partners written as three new users would (issue #15, round 13, groups pr20e-*): a retired
    archivist writing long formal sentences in traditional script, a student typing terse on a phone (abbreviations such
    as 京冀 滇沪 粤桂, spaces, slips) and a township cadre chatting with asides and Chinese-numeral years — over names the
    studied sets rarely use (福州→奇台, 通化→布尔津, 十堰, 晋中, 治多, 兴山, 黑水, 青河, 长春, 哈尔滨, 沈阳, 嘉定, 汶川过渡安置,
    广东省内, 三峡's recipients). Our own wording; gold from the SPARQL here."""
    I = lambda name: f"<{iri_of(name)}>"
    pg = lambda key: f"<{BASE}programme/{key}>"
    nc = lambda v: f"FILTER NOT EXISTS {{ ?{v} a dk:CollectiveActor }}"

    def recv(giver, key=None, extra=""):
        scope = f"?p dk:programme {pg(key)} ." if key else ""
        return f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter {I(giver)} ; dk:recipient ?r . {scope} {extra} {nc('r')} }}"

    def givers(place, key=None, extra=""):
        scope = f"?p dk:programme {pg(key)} ." if key else ""
        return f"SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient {I(place)} . {scope} {extra} {nc('s')} }}"

    def partner(x, key):
        return f"""SELECT DISTINCT ?o WHERE {{ ?p dk:programme {pg(key)} .
          {{ ?p dk:supporter {I(x)} ; dk:recipient ?o }} UNION {{ ?p dk:recipient {I(x)} ; dk:supporter ?o }} }}"""

    def common(a, b):
        return f"""SELECT DISTINCT ?r WHERE {{ ?p1 dk:supporter {I(a)} ; dk:recipient ?r . ?p2 dk:supporter {I(b)} ; dk:recipient ?r .
          {nc('r')} }}"""

    def members(key, side, extra=""):
        return f"SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg(key)} ; dk:{side} ?x . {extra} {nc('x')} }}"

    probes = [
        # forward list
        ("fwd-fuzhou", "forward_list", "福州市在援疆工作中结对的是哪个县？", "plain", recv("福州市", "yuanjiang")),
        ("fwd-tonghua", "forward_list", "通化 援疆 帮哪", "plain", recv("通化市", "yuanjiang")),
        ("fwd-hunan-1998", "forward_list", "一九九八年湖南省开始对口支援新疆哪个地方？", "traditional",
         recv("湖南省", "yuanjiang", "?p dk:startYear 1998 .")),
        ("fwd-shiyan", "forward_list", "十堰援疆对口的是兵团哪个团啊，我们单位有人去过", "plain", recv("十堰市", "yuanjiang")),
        ("fwd-jinzhong", "forward_list", "晋中市在援疆中对口支援的是什么地方", "plain", recv("晋中市", "yuanjiang")),
        ("fwd-jingji", "forward_list", "京冀 北京帮了河北哪几个市", "abbreviation", within_q(iri_of("北京市"), iri_of("河北省"))),
        ("fwd-foshan", "forward_list", "佛山在东西部协作里帮的是哪个州？我印象中在四川", "plain", recv("佛山市", "dongxibu")),
        # reverse list
        ("rev-zhiduo", "reverse_list", "治多县是谁在对口支援？", "plain", givers("治多县")),
        ("rev-xingshan", "reverse_list", "兴山县在三峡移民对口支援里由哪些地方支援", "plain", givers("兴山县", "sanxia")),
        ("rev-heishui", "reverse_list", "黑水县在汶川地震灾后重建中由哪个省对口援建？", "traditional", givers("黑水县", "wenchuan-chongjian")),
        ("rev-qinghe", "reverse_list", "请问青河县的援疆省份是哪个？", "plain", givers("青河县", "yuanjiang")),
        ("rev-2008-maoxian", "reverse_list", "二〇〇八年地震后过渡安置那会儿，茂县是哪个省市帮的？", "numeral",
         givers("茂县", "wenchuan-guodu")),
        # symmetric
        ("sym-changchun", "symmetric", "长春跟哪个城市是对口合作关系", "plain", partner("长春市", "dongbei-hezuo")),
        ("sym-harbin", "symmetric", "哈尔滨的对口合作伙伴是谁", "plain", partner("哈尔滨市", "dongbei-hezuo")),
        ("sym-liaoning", "symmetric", "遼寧省與哪個省開展對口合作？", "traditional", partner("辽宁省", "dongbei-hezuo")),
        ("sym-shenyang-2017", "symmetric", "2017年起沈阳在对口合作里的搭档是哪个城市", "numeral", partner("沈阳市", "dongbei-hezuo")),
        # common partners
        ("common-tj-gd", "common_partners", "天津和广东都支援过哪些地方？", "plain", common("天津市", "广东省")),
        ("common-sh-js", "common_partners", "上海与江苏共同对口支援过的地区有哪些", "plain", common("上海市", "江苏省")),
        ("common-zj-hn", "common_partners", "浙江和河南两个省都援过的新疆地区是哪个，有人说是阿克苏", "plain", common("浙江省", "河南省")),
        # programme members
        ("mem-dianhu", "programme_members", "滇沪对口帮扶 有哪些区参加", "abbreviation",
         members("dianhu-diqing", "supporter", "?x a dk:CountyLevelDivision .")),
        ("mem-guodu-prov", "programme_members", "汶川地震过渡安置阶段有哪些省份参与了对口支援？", "plain",
         members("wenchuan-guodu", "supporter", "?x a dk:ProvinceRankActor .")),
        ("mem-sanxia-recv", "programme_members", "三峡库区移民对口支援中受援的有哪些县区", "plain",
         members("sanxia", "recipient")),
        ("mem-gd-recv", "programme_members", "廣東省內對口幫扶，被幫扶的是哪幾個市？", "traditional",
         members("guangdong-shengnei", "recipient")),
        # actor kind
        ("kind-wc-cities", "actor_kind", "对口援建汶川灾区的城市（不算省）有哪些", "plain",
         members("wenchuan-chongjian", "supporter", "?x a dk:City . FILTER NOT EXISTS { ?x a dk:ProvinceLevelDivision }")),
        ("kind-yj-prefcity", "actor_kind", "援疆的支援方里有哪些是地级市？", "plain",
         members("yuanjiang", "supporter", "?x a dk:PrefectureLevelCity .")),
        ("kind-sanxia-districts", "actor_kind", "三峡移民对口支援里北京有哪些区出了力", "plain",
         f"SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg('sanxia')} ; dk:supporter ?x . ?x dk:partOf+ {I('北京市')} }}"),
        ("kind-dxb-sepcity", "actor_kind", "东西部扶贫协作里哪些计划单列市当过帮扶方", "plain",
         members("dongxibu", "supporter", "?x a dk:SeparatelyPlannedCity .")),
        # region and parts
        ("parts-hotan", "region_parts", "和田地区和它下面的县都是谁在援", "plain", supporters_q(iri_of("和田地区"))),
        ("parts-jiading", "region_parts", "嘉定区对口帮扶迪庆的哪几个县市？", "plain", within_q(iri_of("嘉定区"), iri_of("迪庆藏族自治州"))),
        ("parts-sh-kashgar", "region_parts", "上海援疆 喀什 哪几个县", "plain", within_q(iri_of("上海市"), iri_of("喀什地区"))),
        ("parts-hlj-altay", "region_parts", "黑龍江省對口支援阿勒泰地區的哪幾個縣？", "traditional", within_q(iri_of("黑龙江省"), iri_of("阿勒泰地区"))),
        # second round, after the kinds found: a pair's name whose first member is named in full (粤桂协作 广东…), a place
        # within a region of the kind asked (the region itself), a programme's places of a kind on one side only, the
        # givers' kind before the verb, a kind set aside (不算省, 除外), a guess offered after the question
        ("pair-yuegui", "forward_list", "粤桂协作 广东帮的是哪个自治区", "abbreviation",
         recv("广东省", "dongxibu", "?r a dk:AutonomousRegion .")),
        ("pair-luyu", "forward_list", "鲁渝协作里山东结对的直辖市是哪个", "abbreviation",
         recv("山东省", "dongxibu", "?r a dk:Municipality .")),
        ("pair-minning", "forward_list", "闽宁协作里福建帮扶的是哪个自治区", "traditional",
         recv("福建省", "dongxibu", "?r a dk:AutonomousRegion .")),
        ("pair-jingji", "region_parts", "京冀协作 北京帮扶河北哪几个市", "abbreviation",
         f"{within_q(iri_of('北京市'), iri_of('河北省'))[:-1]} ?r a dk:City }}"),
        ("within-itself", "region_parts", "上海在云南帮的是哪个省", "plain",
         f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter {I('上海市')} ; dk:recipient ?r . ?r dk:partOf? {I('云南省')} ; a dk:Province
           FILTER NOT EXISTS {{ ?p2 dk:supporter {I('上海市')} ; dk:recipient ?r2 . ?r2 dk:partOf {I('云南省')} ; a dk:Province }} }}"""),
        ("side-kind-yq", "programme_members", "援青对口的是哪些州", "plain",
         members("yuanqing", "recipient", "?x a dk:AutonomousPrefecture .")),
        ("side-kind-yq-roster", "programme_members", "援青六省市各自对口哪个州？我记得上海是果洛", "plain",
         f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg('yuanqing')} ; dk:recipient ?x ; dk:supporter ?s .
           ?x a dk:AutonomousPrefecture . ?s a dk:ProvinceRankActor }}"""),
        ("side-kind-gd", "programme_members", "广东省内那个对口帮扶，帮的都是哪些地级市", "plain",
         members("guangdong-shengnei", "recipient", "?x a dk:PrefectureLevelDivision .")),
        ("side-kind-1979", "programme_members", "一九七九年边疆那个对口支援，受援的自治区有哪些", "numeral",
         members("1979-bianjiang", "recipient", "?x a dk:AutonomousRegion .")),
        ("helped-nanbei", "programme_members", "江苏南北挂钩那个合作，帮的是哪些市", "plain",
         members("jiangsu-nanbei", "recipient", "?x a dk:City .")),
        ("helped-wanbei", "programme_members", "沪苏浙帮皖北那个，帮的是哪几个市", "abbreviation",
         members("wanbei", "recipient", "?x a dk:City .")),
        ("except-after", "actor_kind", "汶川灾后重建的援建方中，省份除外，有哪些城市", "plain",
         members("wenchuan-chongjian", "supporter", "?x a dk:City . FILTER NOT EXISTS { ?x a dk:ProvinceLevelDivision }")),
        ("except-municipality", "actor_kind", "三峡移民对口支援的支援方中，直辖市不算，还有哪些", "plain",
         members("sanxia", "supporter", "FILTER NOT EXISTS { ?x a dk:Municipality }")),
        ("guess-zhiduo", "reverse_list", "谁对口支援治多县，应该是北京的区吧", "plain", givers("治多县")),
        ("guess-xingshan", "reverse_list", "興山縣在三峽移民中由哪些地方支援，據說有湖南", "traditional", givers("兴山县", "sanxia")),
        ("guess-jiangxi", "forward_list", "江西援疆对口的是哪个县，好像在克州", "plain", recv("江西省", "yuanjiang")),
    ]
    for group, qtype, text, variant, q in probes:
        add(f"pr20e-{group}", qtype, [text], col(q), q, variant=variant)
    for i, (text, status) in enumerate([("援疆里面 苹果公司 对口哪个县", "no_entity"),
                                        ("上海帮迪庆一共花了多少钱", "no_template"),
                                        ("塔城地区下面各县今年的GDP是多少", "no_template")]):
        add(f"pr20e-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)


def gen_probe_20h():
    """Common partners and programme members from three invented askers (issue #15, round 12, groups pr20h-*): a
    county cadre typing terse on a phone (援青 援疆 京蒙 沪滇 abbreviations, spaces), a retired teacher writing formal
    sentences in traditional script, and a postgraduate chatting with asides and Chinese-numeral years; over 援青,
    东北对口合作, 三峡移民, 玉树, 江苏南北挂钩 and 赣南, which the studied sets rarely use. Gold from the SPARQL here."""
    pg = lambda key: f"<{BASE}programme/{key}>"
    I = lambda name: f"<{iri_of(name)}>"

    def both_prog(k1, k2, cls):
        return f"""SELECT DISTINCT ?s WHERE {{ ?a dk:programme {pg(k1)} ; dk:supporter ?s .
          ?b dk:programme {pg(k2)} ; dk:supporter ?s . ?s a dk:{cls} }}"""

    def both_place(x, y, cls):
        return f"""SELECT DISTINCT ?s WHERE {{ ?a dk:recipient ?r1 ; dk:supporter ?s . ?r1 dk:partOf* {I(x)} .
          ?b dk:recipient ?r2 ; dk:supporter ?s . ?r2 dk:partOf* {I(y)} . ?s a dk:{cls} }}"""

    def members(key, side, cls=None, within=None):
        c = f"?x a dk:{cls} ." if cls else "FILTER NOT EXISTS { ?x a dk:CollectiveActor }"
        c += f" ?x dk:partOf+ {I(within)} ." if within else ""
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg(key)} ; dk:{side} ?x . {c} }}"""

    for i, (text, k1, k2, cls, variant) in enumerate([
            ("哪些省市既援青又援疆？", "yuanqing", "yuanjiang", "ProvinceRankActor", "plain"),
            ("援青 援藏 都有份的省份", "yuanqing", "yuanzang", "ProvinceLevelDivision", "abbreviation"),
            ("請問既參加三峽庫區移民對口支援、又參加對口支援新疆的省市有哪些？", "sanxia", "yuanjiang", "ProvinceRankActor",
             "traditional"),
            ("东北对口合作和东西部扶贫协作，两个都参加了的省市是哪几个", "dongbei-hezuo", "dongxibu", "ProvinceRankActor", "plain"),
            ("我想问一下哈，汶川地震灾后恢复重建和玉树地震灾后重建都出过力的省份有哪些？", "wenchuan-chongjian", "yushu",
             "ProvinceLevelDivision", "plain"),
            ("同时参与援藏和汶川灾后重建的省市", "yuanzang", "wenchuan-chongjian", "ProvinceRankActor", "plain")]):
        q = both_prog(k1, k2, cls)
        add(f"pr20h-both-prog-{i}", "intersection", [text], col(q), q, variant=variant)
    for i, (text, x, y, cls, variant) in enumerate([
            ("哪个省既对口支援日喀则市又对口支援喀什地区？", "日喀则市", "喀什地区", "ProvinceLevelDivision", "plain"),
            ("阿里和巴州 都支援了的省是哪个", "阿里地区", "巴音郭楞蒙古自治州", "ProvinceLevelDivision", "abbreviation"),
            ("對口支援昌都市的省市當中，哪些同時也支援了黃南州？", "昌都市", "黄南藏族自治州", "ProvinceRankActor", "traditional"),
            ("山南和吐鲁番，两边都援的省市有哪些", "山南市", "吐鲁番市", "ProvinceRankActor", "plain"),
            ("请问甘孜州与喀什地区共同的支援方是哪个省（我在写论文，要核对一下）", "甘孜藏族自治州", "喀什地区",
             "ProvinceLevelDivision", "plain")]):
        q = both_place(x, y, cls)
        add(f"pr20h-both-place-{i}", "intersection", [text], col(q), q, variant=variant)
    # two places that only ever receive, written as if they gave (X和Y都支援的省): their common givers
    for i, (text, x, y, cls, variant) in enumerate([
            ("玉树州和和田地区 共同援助的省市", "玉树藏族自治州", "和田地区", "ProvinceRankActor", "plain"),
            ("海西州和阿克蘇地區都援助過的省份是哪個", "海西蒙古族藏族自治州", "阿克苏地区", "ProvinceLevelDivision", "traditional"),
            ("那曲跟塔城都对口支援的是哪个省", "那曲市", "塔城地区", "ProvinceLevelDivision", "plain")]):
        q = both_place(x, y, cls)
        add(f"pr20h-both-place-loose-{i}", "intersection", [text], col(q), q, variant=variant)
    # an aside in brackets where the asker speaks of themself names nothing
    for i, (text, k1, k2, cls, variant) in enumerate([
            ("既援藏又援疆的省份有哪些（本人做课题用）", "yuanzang", "yuanjiang", "ProvinceLevelDivision", "plain"),
            ("援青、援疆兩項都參加的省市有哪些？（我們單位在做展板）", "yuanqing", "yuanjiang", "ProvinceRankActor",
             "traditional")]):
        q = both_prog(k1, k2, cls)
        add(f"pr20h-aside-{i}", "intersection", [text], col(q), q, variant=variant)
    q = both_place("那曲市", "塔城地区", "ProvinceLevelDivision")
    add("pr20h-aside-2", "intersection", ["哪个省同时援助了那曲和塔城？（我是记者，想核实一下）"], col(q), q)
    # the giver's parts asked after the place it gives to (上海帮扶迪庆 出了哪几个区)
    for i, (text, giver, place, cls) in enumerate([
            ("上海帮扶迪庆 出了哪几个区", "上海市", "迪庆藏族自治州", "District"),
            ("北京援助玉树州，派出了哪几个区", "北京市", "玉树藏族自治州", "District"),
            ("上海对口果洛 出力的是哪几个区", "上海市", "果洛藏族自治州", "District"),
            ("江苏支援拉萨 出了哪几个市", "江苏省", "拉萨市", "PrefectureLevelDivision")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf* {I(place)} .
          ?s dk:partOf+ {I(giver)} ; a dk:{cls} }}"""
        add(f"pr20h-giving-parts-{i}", "programme_members", [text], col(q), q)
    for i, (text, x, y, variant) in enumerate([
            ("福建和广东共同对口支援的地方有哪些", "福建省", "广东省", "plain"),
            ("湘 鄂 都援的是哪", "湖南省", "湖北省", "abbreviation"),
            ("北京市與浙江省共同支援的地區是哪一個？", "北京市", "浙江省", "traditional")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?a dk:supporter {I(x)} ; dk:recipient ?r . ?b dk:supporter {I(y)} ; dk:recipient ?r }}"""
        add(f"pr20h-both-actor-{i}", "intersection", [text], col(q), q, variant=variant)
    for i, (text, key, side, cls, variant, *within) in enumerate([
            ("东北地区与东部地区对口合作里，东北这边参加的是哪几个省？", "dongbei-hezuo", "recipient",
             "ProvinceLevelDivision", "plain"),
            ("东北对口合作 东部出力的省市有哪些", "dongbei-hezuo", "supporter", None, "plain"),
            ("江蘇省南北掛鈎合作中，蘇南出力的是哪幾個市？", "jiangsu-nanbei", "supporter", None, "traditional"),
            ("赣南等原中央苏区的对口支援，是哪些部委在支援", "gannan", "supporter", None, "plain"),
            ("玉树地震灾后重建 哪些省市对口援建", "yushu", "supporter", None, "plain"),
            ("上海对口帮扶迪庆，上海出了哪几个区", "dianhu-diqing", "supporter", "District", "plain", "上海市"),
            ("三峡移民对口支援里 北京出力的是哪几个区", "sanxia", "supporter", "District", "plain", "北京市"),
            ("援青的受援地区都有哪些州？", "yuanqing", "recipient", "AutonomousPrefecture", "plain"),
            ("一九九二年开始的三峡库区移民对口支援，受援的是哪些地方？", "sanxia", "recipient", None, "numeral")]):
        q = members(key, side, cls, *within)
        add(f"pr20h-members-{i}", "programme_members", [text], col(q), q, variant=variant)
    for i, (text, status) in enumerate([("既援藏又援助蒙古国的省份有哪些", "no_entity"),
                                        ("同时援疆又援助老挝的省份", "no_entity")]):
        add(f"pr20h-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)


def gen_probe_21a():
    """Mechanisms (how aid is run) and the book's own facts, written FIRST as three new askers would, before reading the
    pipeline (issue #15, session 12, groups pr21a-*): a retired history teacher (long formal sentences, traditional
    script, Chinese-numeral years), a young county clerk typing on a phone (keywords, abbreviations, slips) and a podcast
    editor (chatty, with asides). Programmes, years and facts the studied sets rarely use (东北对口合作, 东西部's figures,
    援青, 三峡, the 1997–2009 援疆 figures, the copyright page, chapter headings, ch. 1's history); gold from the SPARQL
    here (a figure resting on unverified rows only is no fact)."""
    pg = lambda key: f"<{BASE}programme/{key}>"
    fig = lambda key, cond: (f"SELECT DISTINCT ?v WHERE {{ ?f dk:aboutProgramme {pg(key)} ; dk:value ?v ; "
                             f"dk:verificationStatus ?st ; {cond} FILTER(?st != dk:Unverified) }}")
    measure = lambda key, m: fig(key, f'dk:measure ?m FILTER(STR(?m) = "{m}")')
    launch_year = lambda key, cond: (f"SELECT DISTINCT ?v WHERE {{ ?f a dk:LaunchEvent ; dk:aboutProgramme {pg(key)} ; dk:date ?d ; "
                                     f"dk:verificationStatus ?st ; {cond} FILTER(?st != dk:Unverified) BIND(<http://www.w3.org/2001/XMLSchema#integer>(SUBSTR(STR(?d), 1, 4)) AS ?v) }}")
    launch_date = lambda key, cond: (f"SELECT DISTINCT ?v WHERE {{ ?f a dk:LaunchEvent ; dk:aboutProgramme {pg(key)} ; dk:date ?d ; "
                                     f"dk:verificationStatus ?st ; {cond} FILTER(?st != dk:Unverified) BIND(STR(?d) AS ?v) }}")
    rule = lambda fact: (f"SELECT ?v WHERE {{ <{BASE}mechanism-fact/{fact}> dk:principle ?v ; dk:verificationStatus ?st "
                         f"FILTER(?st != dk:Unverified) }}")
    body = lambda key, cond: (f"SELECT DISTINCT ?v WHERE {{ ?f a dk:ManagementRule ; dk:aboutProgramme {pg(key)} ; dk:responsible ?v ; "
                              f"dk:verificationStatus ?st ; {cond} FILTER(?st != dk:Unverified) }}")
    share = lambda key, cond: (f"SELECT (CONCAT(STR(?v), REPLACE(?sign, '/年', '')) AS ?s) WHERE {{ ?f a dk:FundingRule ; dk:aboutProgramme {pg(key)} ; "
                               f"dk:value ?v ; dk:unit ?u ; dk:verificationStatus ?st ; {cond} . "
                               f"?u <http://qudt.org/schema/qudt/symbol> ?sign FILTER(?st != dk:Unverified) }}")
    def figured(group, text, query, variant, kind="mechanism", gold=None, alt_gold=None):
        gold = sorted(typed_col(query)) if gold is None else gold
        if gold:
            add(group, kind, [text], gold, query, variant=variant, alt_gold=alt_gold)
        else:
            add(group, "unanswerable", [text], [], query, answerable=False, expected="no_fact", variant=variant)
    mech = [
        # the retired teacher (traditional script, numeral years)
        ("中央第二次西藏工作座谈会是在哪一年召开的？", launch_year("yuanzang", 'rdfs:label ?l FILTER(CONTAINS(?l, "第二次"))'), "traditional"),
        ("中央第六次西藏工作座谈会召开于何年何月何日？", launch_date("yuanzang", 'rdfs:label ?l FILTER(CONTAINS(?l, "第六次"))'), "traditional"),
        ("对口援青的工作机制是哪一年建立起来的？", launch_year("yuanqing", "dk:startYear ?y"), "traditional"),
        ("一九九二年至二〇〇五年间，对口支援三峡库区共引进经济合作项目多少个？", fig("sanxia", "a dk:ProjectReport"), "numeral"),
        ("第七批中央和国家机关援疆干部共有多少名？", fig("yuanjiang", "dk:batchNumber 7"), "traditional"),
        ("一九九四年至二〇二〇年，对口援藏项目总投资合计多少亿元？", fig("yuanzang", "a dk:FundingReport ; dk:startYear 1994 ; dk:endYear 2020"), "numeral"),
        ("请问四川、云南、甘肃三省藏区的对口支援工作方案是哪一年印发的？", launch_year("sansheng-zangqu", "dk:startYear ?y"), "traditional"),
        ("东西部扶贫协作的考核由哪个机构负责？", body("dongxibu", "dk:mechanism ?m"), "traditional"),
        # the county clerk (phone typing, keywords, abbreviations)
        ("东北合作 干部交流 多少人次", measure("dongbei-hezuo", "对口合作省市干部交流"), "plain"),
        ("东北对口合作 工作方案 哪年出的", launch_year("dongbei-hezuo", 'rdfs:label ?l FILTER(CONTAINS(?l, "工作方案"))'), "plain"),
        ("东西部 2019年 财政援助资金多少亿", fig("dongxibu", "a dk:FundingReport ; dk:startYear 2019"), "plain"),
        ("东西部协作2024年援助资金 多少", fig("dongxibu", "a dk:FundingReport ; dk:startYear 2024"), "plain"),
        ("援疆资金年增幅多少", share("yuanjiang", "dk:unit dk:PercentPerYearUnit"), "plain"),
        ("援藏干部任期几年", fig("yuanzang", "a dk:CadreTerm ; dk:startYear 2007"), "plain"),
        ("援青 第五批干部人才 多少人", fig("yuanqing", "dk:batchNumber 5"), "plain"),
        ("汶川 19省市 支援项目 一共几个", fig("wenchuan-chongjian", "a dk:ProjectReport ; dk:endYear 2011"), "plain"),
        ("组团式教育援藏 哪年开始", f"SELECT (MIN(?y) AS ?v) WHERE {{ ?f a dk:TalentTeam ; dk:teamKind dk:EducationTeam ; dk:aboutProgramme {pg('yuanzang')} ; dk:startYear ?y }}", "plain"),
        ("组团式医疗援藏 前两批 多少人", measure("yuanzang", "组团式援藏医疗人才"), "plain"),
        ("援疆 中央单位 第十一批 多少人", fig("yuanjiang", "dk:batchNumber 11"), "plain"),
        ("津援青资金 占财政收入比例", share("yuanqing", "dk:startYear 2010"), "abbreviation"),
        ("援疆项目资金进度 谁通报", body("yuanjiang", 'rdfs:label ?l FILTER(CONTAINS(?l, "进度"))'), "plain"),
        ("东西部 企业合作项目 96到07年 多少个", measure("dongxibu", "东西部企业合作项目"), "plain"),
        ("援疆2014 到4月底开工项目几个", measure("yuanjiang", "至4月底开工的援疆项目"), "plain"),
        # the podcast editor (chatty, asides)
        ("我们节目想讲讲汶川，那个援建任务原定三年，最后提前到什么时候基本完成的？",
         f"SELECT ?v WHERE {{ ?f a dk:ManagementRule ; dk:aboutProgramme {pg('wenchuan-chongjian')} ; dk:date ?d BIND(STR(?d) AS ?v) }}", "plain"),
        ("说到三峡移民的对口支援，除了给钱，人才这块是怎么做的啊？", rule("119"), "plain"),
        ("东西部协作里那种干部互派，是怎么个派法？双向挂职吗？", rule("92"), "plain"),
        ("话说东北和东部那个对口合作，到底是哪个部门牵头管的？发改委吗？", body("dongbei-hezuo", "dk:mechanism ?m"), "plain"),
        ("顺便问下，首批援疆干部是哪年到的新疆？好像是九几年", launch_year("yuanjiang", 'rdfs:label ?l FILTER(CONTAINS(?l, "首批"))'), "plain"),
        ("第一次全国对口支援新疆工作会议是哪天开的？我查资料没查到", launch_date("yuanjiang", 'rdfs:label ?l FILTER(CONTAINS(?l, "(第一次)"))'), "plain"),
        ("1997到2009年，援疆无偿援助的资金加物资一共多少？（折合的就行）", fig("yuanjiang", "a dk:FundingReport ; dk:endYear 2009"), "numeral"),
        ("援藏那边，1994年到2014年这二十年里一共实施了多少个项目？", fig("yuanzang", "a dk:ProjectReport ; dk:startYear 1994 ; dk:endYear 2014"), "plain"),
        ("我看到说2018年援疆省市当年安排了一笔援助资金，大概多少亿？", fig("yuanjiang", "a dk:FundingReport ; dk:startYear 2018"), "plain"),
        ("第一轮组团式援藏的老师，大概派了多少人？", measure("yuanzang", "首轮组团式援藏教师"), "plain"),
        ("第五批援藏干部有多少？好像是八百多", fig("yuanzang", "dk:batchNumber 5"), "plain"),
        ("援藏干部是谁负责选派的？中组部吗？", body("yuanzang", "dk:mechanism <https://w3id.org/duikou/mechanism/ganbu-rencai>"), "plain"),
        ("我记得东部给西部贫困地区派过挂职干部，2003到2007年有多少人？", measure("dongxibu", "东部到西部贫困地区挂职干部"), "plain"),
        ("援青项目到2018年一共多少个？", fig("yuanqing", "a dk:ProjectReport ; dk:endYear 2018"), "plain"),
        ("援藏干部一个月工资多少？做节目想提一句", "no_template", "plain"),
        ("东北对口合作2022年投了多少钱", None, "plain"),
    ]
    for i, (text, query, variant) in enumerate(mech):
        if query in (None, "no_template"):  # nothing the graph holds (a salary: out of scope; a year with no report)
            add(f"pr21a-mech-{i}", "unanswerable", [text], [], "", answerable=False, expected=query or "no_fact", variant=variant)
        else:
            figured(f"pr21a-mech-{i}", text, query, variant)
    imprint = lambda item: f"""SELECT ?v WHERE {{ ?b dk:imprintItem ?i FILTER(STRSTARTS(?i, "{item}：")) BIND(STRAFTER(?i, "：") AS ?v) }}"""
    chapter = lambda path: f"SELECT ?v WHERE {{ <{BASE}source/book/chapter/{path}> dcterms:title ?v }}"
    page = lambda path: f"SELECT ?v WHERE {{ <{BASE}source/book/chapter/{path}> <http://purl.org/ontology/bibo/pageStart> ?v }}"
    ev = lambda key, prop: f"SELECT DISTINCT ?v WHERE {{ <{BASE}{key}> dk:{prop} ?v }}"
    stage = lambda n: f"SELECT ?v WHERE {{ ?v a dk:DevelopmentStage ; dk:stageNumber {n} }}"
    book = [
        ("敢问《中国区域治理研究报告二〇一七》一书的责任编辑为何人？", imprint("责任编辑"), "traditional"),
        ("该书前言是在何处落款的？", "SELECT ?v WHERE { ?b dk:prefacePlace ?v }", "traditional"),
        ("书中所述对口支援的第三阶段称作什么？", stage(3), "traditional"),
        ("一九六〇年首次提出“对口支援”的社论，刊登在哪一份报纸上？", ev("event/1960-shanxi-ribao", "newspaper"), "numeral"),
        ("一九七九年全国边防工作会议上，代表中央作报告的是何人？", ev("event/1979-bianfang", "reportBy"), "traditional"),
        ("据书中所载，一九九二年国务院批复以后，对口支援改由哪个部门归口领导？", ev("event/1992-pifu", "leadBy"), "numeral"),
        ("该书的印张数是多少？", imprint("印张"), "traditional"),
        ("书中第八章的标题为何？", chapter("8"), "traditional"),
        ("书 出版人 是谁", imprint("出版人"), "plain"),
        ("书 第6章 叫啥", chapter("6"), "plain"),
        ("对口支援政策那本书 一共几章", "SELECT (COUNT(?c) AS ?v) WHERE { ?c dk:headingNumber ?n ; dcterms:isPartOf ?b . ?b a <http://purl.org/ontology/bibo/Book> }", "plain"),
        ("书 主编 是哪个学院的", "SELECT ?v WHERE { ?p dk:affiliation ?v }", "plain"),
        ("书 字数", imprint("字数"), "plain"),
        ("那本对口支援政策的书，前言是哪个月写的？", "SELECT ?v WHERE { ?b dk:prefaceDate ?d BIND(STR(?d) AS ?s) BIND(CONCAT(SUBSTR(?s, 1, 4), '年', STR(<http://www.w3.org/2001/XMLSchema#integer>(SUBSTR(?s, 6, 2))), '月') AS ?v) }", "plain"),
        ("书里说“对口支援”这个说法最早是哪家报纸提出来的？", ev("event/1960-shanxi-ribao", "newspaper"), "plain"),
        ("书里讲对口帮扶的那一节从第几页开始？", page("2/2/1"), "plain", [57]),
        ("那本书第三章里有几节？", "SELECT (COUNT(?s) AS ?v) WHERE { ?s dcterms:isPartOf <https://w3id.org/duikou/source/book/chapter/3> }", "plain"),
        ("我挺好奇，书里说把对口支援正式提出来的那次会议是哪一年开的？", ev("event/1979-bianfang", "year"), "plain"),
        ("书的第十二章讲什么", None, "plain"),
        ("书中记载一九八三年对口支援交由哪几个部委共同管理？", ev("event/1983-zhuguan-bumen", "participant"), "numeral"),
        ("1979年边防工作会议那份报告的题目是什么？", ev("event/1979-bianfang", "reportTitle"), "plain"),
    ]
    for i, (text, query, variant, *given) in enumerate(book):
        if query is None:
            add(f"pr21a-book-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_fact", variant=variant)
        else:
            figured(f"pr21a-book-{i}", text, query, variant, kind="book_fact", gold=given[0] if given else None)
    # second round, after the listed studied failures: a remark after the question, 第几章, rotation said colloquially,
    # a report picked by the year its own scope names, the lead among bodies that shared the work
    chapter_iri = lambda path: f"SELECT ?v WHERE {{ BIND(<{BASE}source/book/chapter/{path}> AS ?v) }}"
    more = [
        ("一九八二年那次座谈会是哪两个部门召开的？书里把它算在第二阶段。", ev("event/1982-zuotanhui", "convenedBy"), "numeral", "book_fact"),
        ("书的责任编辑是哪位？我们要寄样书给出版社。", imprint("责任编辑"), "traditional", "book_fact"),
        ("1984年天津那次会议以后，对口支援采取了哪些形式？书里是在第一章讲的。", ev("event/1984-tianjin", "practice"), "plain", "book_fact"),
        ("一九七九年边防工作会议上作报告的是谁？第二阶段就是从这次会议开始算的。", ev("event/1979-bianfang", "reportBy"), "numeral", "book_fact"),
        ("书里“省内对口支援”是第几章？", chapter_iri("6"), "plain", "book_fact"),
        ("“对口支援新疆”在书的第几章", chapter_iri("4"), "plain", "book_fact"),
        ("对口支援问题分析是第几章", chapter_iri("7"), "traditional", "book_fact"),
        ("援疆干部多久换一批人", fig("yuanjiang", "a dk:CadreTerm"), "plain", "mechanism"),
        ("援藏的干部几年换一茬？", fig("yuanzang", "a dk:CadreTerm ; dk:startYear 2007"), "plain", "mechanism"),
        ("援青干部多长时间换一次人", fig("yuanqing", "a dk:CadreTerm"), "plain", "mechanism"),
        ("2024年回顾里说第十批援藏干部人才有多少人？", fig("yuanzang", 'dk:batchNumber 10 ; dk:scope ?s FILTER(CONTAINS(?s, "2024"))'), "plain", "mechanism"),
        ("二〇二二年进藏时报道的第十批援藏干部有多少名", fig("yuanzang", 'dk:batchNumber 10 ; dk:scope ?s FILTER(CONTAINS(?s, "2022"))'), "numeral", "mechanism"),
        ("1983年对口支援归三个部委共同管理，其中牵头的是哪个？", ev("event/1983-zhuguan-bumen", "leadBy"), "plain", "book_fact"),
        ("八十年代初国家经委、计委、民委一起管对口支援的时候，是谁牵头？", ev("event/1983-zhuguan-bumen", "leadBy"), "plain", "book_fact"),
    ]
    for i, (text, query, variant, kind) in enumerate(more):
        figured(f"pr21a-more-{i}", text, query, variant, kind=kind)
    # third round: 2–3 more phrasings of each kind fixed, over other programmes, meetings and documents
    third = [
        ("东北对口合作归哪个部门管？牵头的是谁", body("dongbei-hezuo", "dk:mechanism ?m"), "plain", "mechanism"),
        ("援疆项目的进度由哪个部门来监测", body("yuanjiang", 'rdfs:label ?l FILTER(CONTAINS(?l, "进度"))'), "plain", "mechanism"),
        ("汶川援建里人员和智力支持这块是怎么做的？", rule("113"), "plain", "mechanism"),
        ("东西部协作的协作资金是怎么管的，怎么个监管法？", rule("97"), "traditional", "mechanism"),
        ("东北对口合作机制是哪一年建立的", launch_year("dongbei-hezuo", "dk:startYear ?y") + " ORDER BY ?v LIMIT 1", "plain", "mechanism"),
        ("援疆工作机制是哪一年形成的？", launch_year("yuanjiang", "dk:startYear ?y") + " ORDER BY ?v LIMIT 1", "plain", "mechanism"),
        ("东西部扶贫协作的机制何年确立", launch_year("dongxibu", "dk:startYear ?y") + " ORDER BY ?v LIMIT 1", "traditional", "mechanism"),
        ("中央第七次西藏工作座谈会于何年何月何日召开？", launch_date("yuanzang", 'rdfs:label ?l FILTER(CONTAINS(?l, "第七次"))'), "traditional", "mechanism"),
        ("第二次中央新疆工作座谈会是何月何日开的", launch_date("yuanjiang", 'rdfs:label ?l FILTER(CONTAINS(?l, "第二次中央新疆"))'), "plain", "mechanism"),
        ("对口支援这个提法最早登在什么报上？", ev("event/1960-shanxi-ribao", "newspaper"), "plain", "book_fact"),
        ("“对口支援”一词首次见于哪份报刊", ev("event/1960-shanxi-ribao", "newspaper"), "traditional", "book_fact"),
        ("一九八二年那次座谈会是哪几个部委召开的", ev("event/1982-zuotanhui", "convenedBy"), "numeral", "book_fact"),
        ("一九八三年国家经委、国家计委、国家民委共同主管对口支援，由谁牵头？", ev("event/1983-zhuguan-bumen", "leadBy"), "traditional", "book_fact"),
        ("1986年国务院设立了什么领导小组", ev("event/1986-fupin-lingdao-xiaozu", "setsUp"), "plain", "book_fact"),
        ("援疆干部是几年一轮换？换人的频率", fig("yuanjiang", "a dk:CadreTerm"), "plain", "mechanism"),
        ("书中“对口支援政策长效机制构建”是第几章？请给出页码", chapter_iri("8"), "plain", "book_fact"),
        # 那书 standing alone before the item asked (as 这书, 该书)
        ("那书 出版人", imprint("出版人"), "plain", "book_fact"),
        ("那书 字数多少", imprint("字数"), "plain", "book_fact"),
        ("那书 开本", imprint("开本"), "plain", "book_fact"),
    ]
    for i, (text, query, variant, kind) in enumerate(third):
        figured(f"pr21a-third-{i}", text, query, variant, kind=kind)
def gen_probe_21c():
    """Comparison, superlative, count and yes/no from three invented askers (issue #15, round 13, groups pr21c-*): a
    young county cadre typing terse on a phone (鲁渝 闽宁 京蒙 沪滇 津冀, slips), a retired teacher writing long formal
    sentences in traditional script, and a postgraduate chatting with asides and Chinese-numeral years; over 三峡移民,
    广东省内, 江苏南北挂钩, 皖北, 东北对口合作, 赣南, 援青, 滇沪 and the 1979/1984 arrangements. Gold from the SPARQL here
    (a giver's districts count as the giver where a question names the city or province: 北京 in 三峡移民)."""
    pg = lambda key: f"<{BASE}programme/{key}>"
    I = lambda name: f"<{iri_of(name)}>"
    no_coll = "FILTER NOT EXISTS { ?s a dk:CollectiveActor } FILTER NOT EXISTS { ?r a dk:CollectiveActor }"

    def ask(text):
        return [bool(store.query(PREFIX + text))]

    def count(text):
        return col(text)

    def scope(key=None, extra=""):
        return (f"?p dk:programme {pg(key)} ." if key else "") + extra

    def givers_rank(names, key=None, extra="", pick=max):
        """Each named giver (its parts counted as it) ranked by the places it gives to."""
        vals = " ".join(I(n) for n in names)
        q = f"""SELECT ?g (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?g {{ {vals} }} ?p dk:supporter ?s ; dk:recipient ?r .
          ?s dk:partOf? ?g . {scope(key, extra)} {no_coll} }} GROUP BY ?g"""
        return tied(q, pick), q

    def takers_rank(names, key=None, extra="", pick=max):
        vals = " ".join(I(n) for n in names)
        q = f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?r {{ {vals} }} ?p dk:recipient ?r ; dk:supporter ?s .
          {scope(key, extra)} {no_coll} }} GROUP BY ?r"""
        return tied(q, pick), q

    def first_of(pairs):
        """Of two (giver, taker) pairings, the giver of the one that began first."""
        vals = " ".join(f"({I(s)} {I(r)})" for s, r in pairs)
        q = f"""SELECT ?s (MIN(?y) AS ?start) WHERE {{ VALUES (?s ?r) {{ {vals} }} ?p dk:supporter ?s ; dk:recipient ?r ;
          dk:startYear ?y }} GROUP BY ?s"""
        return tied(q, min), q

    def top_givers(key, cls=None, extra="", pick=max):
        typed = f"?s a dk:{cls} ." if cls else ""
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . {scope(key, extra)}
          {typed} {no_coll} }} GROUP BY ?s"""
        return tied(q, pick), q

    def top_takers(key, cls=None, extra="", pick=max):
        typed = f"?r a dk:{cls} ." if cls else ""
        q = f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . {scope(key, extra)}
          {typed} {no_coll} }} GROUP BY ?r"""
        return tied(q, pick), q

    items = [
        # comparison: which of two has more, which began first
        ("cmp-hz-sz", "comparison", "杭州和苏州 东西部协作 谁帮的地方多", "plain",
         givers_rank(["杭州市", "苏州市"], "dongxibu")),
        ("cmp-zh-xm", "comparison", "東西部扶貧協作中，珠海市與廈門市相比，哪一個結對幫扶的地區較多？", "traditional",
         givers_rank(["珠海市", "厦门市"], "dongxibu")),
        ("cmp-wx-sz", "comparison", "南北挂钩里无锡跟苏州比，哪个结对的苏北城市多一些？", "plain",
         givers_rank(["无锡市", "苏州市"], "jiangsu-nanbei")),
        ("cmp-1979", "comparison", "一九七九年那次安排，江苏和山东谁支援的省区多", "numeral",
         givers_rank(["江苏省", "山东省"], None, "?p dk:startYear 1979 .")),
        ("cmp-sanxia", "comparison", "三峡移民对口支援这块，北京跟上海哪个对口的区县多啊？（我在整理库区资料）", "plain",
         givers_rank(["北京市", "上海市"], "sanxia")),
        ("cmp-takers", "comparison", "万州区和涪陵区，哪个得到的对口支援方更多", "plain",
         takers_rank(["万州区", "涪陵区"], "sanxia")),
        ("cmp-qiannan", "comparison", "黔南州 铜仁 谁的帮扶城市多", "plain",
         takers_rank(["黔南布依族苗族自治州", "铜仁市"], "dongxibu")),
        ("cmp-luyu-minning", "comparison", "鲁渝协作和闽宁协作 哪个开始得早", "abbreviation",
         first_of([("山东省", "重庆市"), ("福建省", "宁夏回族自治区")])),
        ("cmp-jinji-jingmeng", "comparison", "天津帮扶承德和北京帮扶内蒙古，哪一个开始得更早？", "plain",
         first_of([("天津市", "承德市"), ("北京市", "内蒙古自治区")])),
        ("cmp-start-trad", "comparison", "請問廣州市對口幫扶黔南州與寧波市對口幫扶黔西南州，兩者何者起步在先？", "traditional",
         first_of([("广州市", "黔南布依族苗族自治州"), ("宁波市", "黔西南布依族苗族自治州")])),
        ("cmp-start-tie", "comparison", "滨海的朋友问：青岛帮陇南和济南帮湘西，哪个更早开始", "plain",
         first_of([("青岛市", "陇南市"), ("济南市", "湘西土家族苗族自治州")])),
        ("cmp-yq", "comparison", "援青中，北京和浙江谁对口的县多？", "plain",
         givers_rank(["北京市", "浙江省"], "yuanqing", "?r a dk:CountyLevelDivision .")),
        # superlative: most / fewest / earliest over either side, within a programme, place or period
        ("sup-sanxia-fewest", "superlative", "三峡库区里 哪个区县得到的支援方最少", "plain",
         top_takers("sanxia", None, "", min)),
        ("sup-dx-province", "superlative", "东西部扶贫协作里，被帮扶的省份中哪个结对的帮扶方最多？", "plain",
         top_takers("dongxibu", "ProvinceLevelDivision")),
        ("sup-1984", "superlative", "1984年那批对口支援安排中，哪个省得到的支援方最多", "plain",
         top_takers(None, "ProvinceLevelDivision", "?p dk:startYear 1984 .")),
        ("sup-prd", "superlative", "珠三角对口帮扶粤东西北，哪个城市帮扶的市最多？", "plain",
         top_givers("guangdong-shengnei")),
        ("sup-diqing", "superlative", "沪滇对口帮扶中，上海哪个区帮的县最多", "abbreviation",
         top_givers("dianhu-diqing", "District")),
        ("sup-gannan", "superlative", "贛南等原中央蘇區的對口支援中，哪個縣得到的中央部委支援最多？", "traditional",
         top_takers("gannan")),
        ("sup-yq-6", "superlative", "援青的几个省市里，谁结对的县最多？", "plain",
         givers_rank(["北京市", "上海市", "天津市", "山东省", "江苏省", "浙江省"], "yuanqing",
                     "?r a dk:CountyLevelDivision .")),
        ("sup-bj-earliest", "superlative", "北京对口支援的地方里，最早开始的是哪一个？", "plain",
         (tied(f"SELECT ?r (MIN(?y) AS ?m) WHERE {{ ?p dk:supporter {I('北京市')} ; dk:recipient ?r ; dk:startYear ?y }} GROUP BY ?r",
               min), "")),
        ("sup-dx-city", "superlative", "说起东西部协作，我一直好奇：东部哪个城市结对的地方最多？（省不算）", "plain",
         top_givers("dongxibu", "City", "", max)),
        ("sup-1979-most", "superlative", "一九七九年边防会议定的对口支援里，哪个省支援的地方最多？", "numeral",
         top_givers(None, "ProvinceLevelDivision", "?p dk:startYear 1979 .")),
        # count: how many, within a programme, region or period
        ("ct-sanxia-givers", "count", "三峡库区移民对口支援一共有多少个支援方？", "plain",
         (None, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg('sanxia')} ; dk:supporter ?s ; dk:recipient ?r . {no_coll} }}")),
        ("ct-prd-takers", "count", "廣東省珠三角對口幫扶粵東西北，受幫扶的城市共有幾個？", "traditional",
         (None, f"SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg('guangdong-shengnei')} ; dk:recipient ?r ; dk:supporter ?s . {no_coll} }}")),
        ("ct-gannan-agencies", "count", "赣南苏区 对口支援 几个部委", "plain",
         (None, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg('gannan')} ; dk:supporter ?s . ?s a dk:CentralAgency }}")),
        ("ct-dongbei-pairs", "count", "东北对口合作一共结了几对？", "plain",
         (None, f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dk:programme {pg('dongbei-hezuo')} ; dk:supporter ?s ; dk:recipient ?r }}")),
        ("ct-wx", "count", "南北挂钩 无锡先后帮了几个市", "plain",
         (None, f"SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg('jiangsu-nanbei')} ; dk:supporter {I('无锡市')} ; dk:recipient ?r }}")),
        ("ct-1979-js", "count", "1979年的安排里，江苏对口支援了几个省区？", "plain",
         (None, f"SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:startYear 1979 ; dk:supporter {I('江苏省')} ; dk:recipient ?r }}")),
        ("ct-nb-2020", "count", "截至二〇二〇年，宁波在东西部扶贫协作中结对过几个地方？", "numeral",
         (None, f"SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg('dongxibu')} ; dk:supporter {I('宁波市')} ; dk:recipient ?r ; dk:startYear ?y FILTER(?y <= 2020) }}")),
        ("ct-yq-zhou", "count", "援青工作中有几个自治州受援？", "plain",
         (None, f"SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg('yuanqing')} ; dk:recipient ?r . ?r a dk:AutonomousPrefecture }}")),
        ("ct-dx-2016", "count", "2016年东西部扶贫协作新增了多少对结对关系？", "plain",
         (None, f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dk:programme {pg('dongxibu')} ; dk:startYear 2016 ; dk:supporter ?s ; dk:recipient ?r }}")),
        ("ct-yushu", "count", "玉树地震灾后重建 几个省市对口援建", "plain",
         (None, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg('yushu')} ; dk:supporter ?s }}")),
        ("ct-dianhu-districts", "count", "沪滇对口帮扶迪庆，上海出了几个区？", "abbreviation",
         (None, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg('dianhu-diqing')} ; dk:supporter ?s . ?s a dk:District }}")),
        ("ct-bj-qinghai", "count", "北京的区在青海一共对口了几个县市？（含县级市）", "plain",
         (None, f"SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?s dk:partOf {I('北京市')} . ?r dk:partOf {I('青海省')} ; a dk:CountyLevelDivision }}")),
        ("ct-sz-ended", "count", "深圳在东西部协作里已经结束的结对有几个", "plain",
         (None, f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dk:programme {pg('dongxibu')} ; dk:supporter {I('深圳市')} ; dk:endYear ?e }}")),
        # yes/no: checks, 还是…吗, 都, 是否仍
        ("yn-luyu-still", "yes_no", "鲁渝协作现在还在搞吗？山东还帮重庆吗", "abbreviation",
         (ask(f"ASK {{ ?p dk:supporter {I('山东省')} ; dk:recipient {I('重庆市')} FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"), "")),
        ("yn-zj-2023", "yes_no", "二〇二三年镇江是否仍与连云港南北挂钩？", "numeral",
         (ask(f"ASK {{ ?p dk:supporter {I('镇江市')} ; dk:recipient {I('连云港市')} ; dk:startYear ?y FILTER(?y <= 2023) FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < 2023) }} }}"), "")),
        ("yn-sz-bijie", "yes_no", "深圳现在还是毕节的帮扶城市吗", "plain",
         (ask(f"ASK {{ ?p dk:supporter {I('深圳市')} ; dk:recipient {I('毕节市')} FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"), "")),
        ("yn-both-bijie", "yes_no", "广州和深圳都帮扶过毕节吗？", "plain",
         (ask(f"ASK {{ ?a dk:supporter {I('广州市')} ; dk:recipient {I('毕节市')} . ?b dk:supporter {I('深圳市')} ; dk:recipient {I('毕节市')} }}"), "")),
        ("yn-both-qdn", "yes_no", "杭州、宁波两个市都对口过黔东南州吗", "plain",
         (ask(f"ASK {{ ?a dk:supporter {I('杭州市')} ; dk:recipient {I('黔东南苗族侗族自治州')} . ?b dk:supporter {I('宁波市')} ; dk:recipient {I('黔东南苗族侗族自治州')} }}"), "")),
        ("yn-qd-2019", "yes_no", "2019年青岛是否仍对口帮扶安顺市？", "plain",
         (ask(f"ASK {{ ?p dk:supporter {I('青岛市')} ; dk:recipient {I('安顺市')} ; dk:startYear ?y FILTER(?y <= 2019) FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < 2019) }} }}"), "")),
        ("yn-chaoyang", "yes_no", "朝阳区在三峡移民对口支援里是不是对口巴东县", "plain",
         (ask(f"ASK {{ ?p dk:programme {pg('sanxia')} ; dk:supporter {I('朝阳区')} ; dk:recipient {I('巴东县')} }}"), "")),
        ("yn-dl-zigui", "yes_no", "大连对口支援过秭归吗", "plain",
         (ask(f"ASK {{ ?p dk:supporter {I('大连市')} ; dk:recipient {I('秭归县')} }}"), "")),
        ("yn-tiyu", "yes_no", "國家體育總局是否對口支援崇義縣？", "traditional",
         (ask(f"ASK {{ ?p dk:supporter {I('国家体育总局')} ; dk:recipient {I('崇义县')} }}"), "")),
        ("yn-gannan-czb", "yes_no", "赣南苏区对口支援的名单里有没有财政部", "plain",
         (ask(f"ASK {{ ?p dk:programme {pg('gannan')} ; dk:supporter {I('财政部')} }}"), "")),
        ("yn-dongbei-fj", "yes_no", "东北对口合作的名单里有福建吗？", "plain",
         (ask(f"ASK {{ ?p dk:programme {pg('dongbei-hezuo')} ; dk:supporter|dk:recipient ?x . ?x dk:partOf? {I('福建省')} }}"), "")),
        ("yn-sh-both-prog", "yes_no", "上海是不是既参加了援青又参加了沪滇对口帮扶？", "abbreviation",
         (ask(f"ASK {{ ?a dk:programme {pg('yuanqing')} ; dk:supporter ?s1 . ?s1 dk:partOf? {I('上海市')} . ?b dk:programme {pg('dianhu-diqing')} ; dk:supporter ?s2 . ?s2 dk:partOf? {I('上海市')} }}"), "")),
        ("yn-js-1979", "yes_no", "江苏是不是1979年就开始支援新疆了？", "plain",
         (ask(f"ASK {{ ?p dk:supporter {I('江苏省')} ; dk:recipient {I('新疆维吾尔自治区')} ; dk:startYear 1979 }}"), "")),
        ("yn-xm-linxia", "yes_no", "厦门还在帮临夏吗", "plain",
         (ask(f"ASK {{ ?p dk:supporter {I('厦门市')} ; dk:recipient {I('临夏回族自治州')} FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"), "")),
        ("yn-wh-qinghai", "yes_no", "武汉市是否在1984年以后对口支援青海？", "plain",
         (ask(f"ASK {{ ?p dk:supporter {I('武汉市')} ; dk:recipient {I('青海省')} ; dk:startYear ?y FILTER(?y >= 1984) }}"), "")),
        # a second round of probes (after the first fixes): periods, spans, more phrasings of 都 and 仍
        ("ct-span-szbj", "count", "深圳帮扶毕节一共持续了几年？", "plain",
         (col(f"SELECT (?e - ?y AS ?n) WHERE {{ ?p dk:supporter {I('深圳市')} ; dk:recipient {I('毕节市')} ; dk:startYear ?y ; dk:endYear ?e }}"), "")),
        ("ct-span-wx", "count", "无锡对口徐州前后持续了多少年", "plain",
         (col(f"SELECT (?e - ?y AS ?n) WHERE {{ ?p dk:supporter {I('无锡市')} ; dk:recipient {I('徐州市')} ; dk:startYear ?y ; dk:endYear ?e }}"), "")),
        ("ct-range", "count", "2010年到2015年间，东西部扶贫协作新增了几对结对？", "plain",
         (None, f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dk:programme {pg('dongxibu')} ; dk:startYear ?y FILTER(?y >= 2010 && ?y <= 2015) }}")),
        ("ct-sd-after", "count", "1996年以后，山东一共对口过几个地方", "plain",
         (None, f"SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter {I('山东省')} ; dk:recipient ?r ; dk:startYear ?y FILTER(?y >= 1996) }}")),
        ("ct-sanxia-before", "count", "2000年以前开始的三峡移民对口支援结对有几对？", "plain",
         (None, f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dk:programme {pg('sanxia')} ; dk:startYear ?y FILTER(?y < 2000) }}")),
        ("ct-js-running", "count", "江蘇省南北掛鈎合作目前仍在持續的結對有幾對？", "traditional",
         (None, f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dk:programme {pg('jiangsu-nanbei')} FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}")),
        ("ct-gd-2013", "count", "二〇一三年广东省内对口帮扶确定了几对结对关系", "numeral",
         (None, f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p dk:programme {pg('guangdong-shengnei')} ; dk:startYear 2013 }}")),
        ("sup-gz-within", "superlative", "贵州省内，哪个市州得到的东西部协作帮扶城市最多？", "plain",
         (tied(f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg('dongxibu')} ; dk:supporter ?s ; dk:recipient ?r .
              ?r dk:partOf {I('贵州省')} . ?s a dk:City }} GROUP BY ?r"""), "")),
        ("sup-xj-earliest", "superlative", "援疆中哪个地州最早有对口支援？", "plain",
         (tied(f"""SELECT ?r (MIN(?y) AS ?m) WHERE {{ ?p dk:programme {pg('yuanjiang')} ; dk:recipient ?r ; dk:startYear ?y .
              ?r a dk:PrefectureLevelDivision }} GROUP BY ?r""", min), "")),
        ("sup-sanxia-bj", "superlative", "三峡库区里，哪个区县得到北京的区对口最多？", "plain",
         (tied(f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg('sanxia')} ; dk:supporter ?s ; dk:recipient ?r .
              ?s dk:partOf {I('北京市')} }} GROUP BY ?r"""), "")),
        ("cmp-after-2016", "comparison", "2016年之后，广州和深圳谁在东西部协作里新结对的地方多？", "plain",
         givers_rank(["广州市", "深圳市"], "dongxibu", "?p dk:startYear ?y FILTER(?y >= 2016)")),
        ("cmp-zigui-xingshan", "comparison", "秭归和兴山，三峡移民对口支援里谁的支援方少", "plain",
         takers_rank(["秭归县", "兴山县"], "sanxia", "", min)),
        ("yn-sz-2015", "yes_no", "2015年深圳还在帮扶毕节吗", "plain",
         (ask(f"ASK {{ ?p dk:supporter {I('深圳市')} ; dk:recipient {I('毕节市')} ; dk:startYear ?y FILTER(?y <= 2015) FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < 2015) }} }}"), "")),
        ("yn-jinghu-sanxia", "yes_no", "京沪都参加过三峡移民对口支援吗", "abbreviation",
         (ask(f"ASK {{ ?a dk:programme {pg('sanxia')} ; dk:supporter ?x . ?x dk:partOf? {I('北京市')} . ?b dk:programme {pg('sanxia')} ; dk:supporter ?y . ?y dk:partOf? {I('上海市')} }}"), "")),
        ("yn-js-shaanxi", "yes_no", "江苏是否仍是陕西的东西部协作帮扶方？", "plain",
         (ask(f"ASK {{ ?p dk:supporter {I('江苏省')} ; dk:recipient {I('陕西省')} FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"), "")),
        ("yn-two-agencies", "yes_no", "国家体育总局和环境保护部是不是都对口崇义县", "plain",
         (ask(f"ASK {{ ?a dk:supporter {I('国家体育总局')} ; dk:recipient {I('崇义县')} . ?b dk:supporter {I('环境保护部')} ; dk:recipient {I('崇义县')} }}"), "")),
        ("yn-dl-qd-gz", "yes_no", "大连和青岛都是东西部扶贫协作里帮扶贵州的城市吗？", "plain",
         (ask(f"ASK {{ ?a dk:supporter {I('大连市')} ; dk:recipient {I('贵州省')} . ?b dk:supporter {I('青岛市')} ; dk:recipient {I('贵州省')} }}"), "")),
        ("yn-still-trad", "yes_no", "請問廈門市目前是否仍對口幫扶臨夏州？", "traditional",
         (ask(f"ASK {{ ?p dk:supporter {I('厦门市')} ; dk:recipient {I('临夏回族自治州')} FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"), "")),
    ]
    def within_count(giver, place):
        return f"""SELECT ?g (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?g {{ {I(giver)} }} ?p dk:supporter ?g ; dk:recipient ?r .
          ?r dk:partOf {I(place)} ; a dk:CountyLevelDivision }} GROUP BY ?g"""

    def clauses(a, b):
        found = dict(rows(within_count(*a)) + rows(within_count(*b)))
        return found

    def clause_rank(a, b, pick=max):
        found = {iri_of(a[0]): 0, iri_of(b[0]): 0} | clauses(a, b)
        best = pick(found.values())
        return [k for k, v in found.items() if v == best], within_count(*a) + "\n#\n" + within_count(*b)

    def lasted(giver, taker):
        return col(f"""SELECT (MAX(?e) - MIN(?y) AS ?n) WHERE {{ ?p dk:supporter {I(giver)} ; dk:recipient {I(taker)} ;
          dk:startYear ?y ; dk:endYear ?e }}""")

    items += [
        # each kind fixed, in further phrasings with other names (the evidence the kind is fixed)
        ("k-first-word-0", "comparison", "山东对口青海与辽宁对口青海，哪一项开始得早？", "plain",
         first_of([("山东省", "青海省"), ("辽宁省", "青海省")])),
        ("k-first-word-1", "comparison", "大连帮扶六盘水与苏州帮扶铜仁，哪一对先开始", "plain",
         first_of([("大连市", "六盘水市"), ("苏州市", "铜仁市")])),
        ("k-first-word-2", "comparison", "杭州對口幫扶恩施州與珠海對口幫扶涼山州，何者在先？", "traditional",
         first_of([("杭州市", "恩施土家族苗族自治州"), ("珠海市", "凉山彝族自治州")])),
        ("k-pairs-0", "comparison", "京蒙协作跟鲁渝协作，谁先开始？", "abbreviation",
         first_of([("北京市", "内蒙古自治区"), ("山东省", "重庆市")])),
        ("k-pairs-1", "comparison", "苏陕协作与鲁渝协作哪个开始得晚", "abbreviation",
         (tied(f"""SELECT ?s (MIN(?y) AS ?start) WHERE {{ VALUES (?s ?r) {{ ({I('江苏省')} {I('陕西省')}) ({I('山东省')} {I('重庆市')}) }}
              ?p dk:supporter ?s ; dk:recipient ?r ; dk:startYear ?y }} GROUP BY ?s""", max), "")),
        ("k-pairs-2", "comparison", "閩寧協作和粵桂協作，哪個開始得早？", "traditional",
         first_of([("福建省", "宁夏回族自治区"), ("广东省", "广西壮族自治区")])),
        ("k-all-two-0", "yes_no", "丰台、石景山两个区都支援过万州区吗", "plain",
         (ask(f"ASK {{ ?a dk:supporter {I('丰台区')} ; dk:recipient {I('万州区')} . ?b dk:supporter {I('石景山区')} ; dk:recipient {I('万州区')} }}"), "")),
        ("k-all-two-1", "yes_no", "嘉定、宝山两个区都帮扶德钦县吗？", "plain",
         (ask(f"ASK {{ ?a dk:supporter {I('嘉定区')} ; dk:recipient {I('德钦县')} . ?b dk:supporter {I('宝山区')} ; dk:recipient {I('德钦县')} }}"), "")),
        ("k-all-two-2", "yes_no", "青岛、宁波两市都帮扶过安顺吗", "plain",
         (ask(f"ASK {{ ?a dk:supporter {I('青岛市')} ; dk:recipient {I('安顺市')} . ?b dk:supporter {I('宁波市')} ; dk:recipient {I('安顺市')} }}"), "")),
        ("k-clauses-0", "comparison", "援疆中，广东支援喀什的县和深圳支援喀什的县比，谁少？", "plain",
         clause_rank(("广东省", "喀什地区"), ("深圳市", "喀什地区"), min)),
        ("k-clauses-1", "comparison", "江苏援伊犁的县市跟福建援昌吉的县市，哪个多", "plain",
         clause_rank(("江苏省", "伊犁哈萨克自治州"), ("福建省", "昌吉回族自治州"))),
        ("k-clauses-2", "comparison", "浙江援阿克苏的县与上海援喀什的县，谁包的多？", "plain",
         clause_rank(("浙江省", "阿克苏地区"), ("上海市", "喀什地区"))),
        ("k-clauses-3", "comparison", "吉林援日喀则的县和黑龙江援日喀则的县，哪个多一些", "plain",
         clause_rank(("吉林省", "日喀则市"), ("黑龙江省", "日喀则市"))),
        ("k-objects-0", "superlative", "1984年那批安排里，哪个省市支援的对象最多？", "plain",
         top_givers(None, None, "?p dk:startYear 1984 .")),
        ("k-objects-1", "superlative", "广东省内对口帮扶中，哪个城市帮扶的对象最多", "plain",
         top_givers("guangdong-shengnei")),
        ("k-objects-2", "superlative", "三峡移民对口支援里，哪个单位支援的对象最多？", "plain",
         top_givers("sanxia")),
        ("k-span-0", "count", "珠海帮扶凉山持续了几年？", "plain", (lasted("珠海市", "凉山彝族自治州"), "")),
        ("k-span-1", "count", "杭州帮扶黔东南州历时多少年", "plain", (lasted("杭州市", "黔东南苗族侗族自治州"), "")),
        ("k-span-2", "count", "山東幫扶新疆持續了多久？", "traditional", (lasted("山东省", "新疆维吾尔自治区"), "")),
        ("k-span-3", "count", "镇江和连云港的南北挂钩一共持续了多少年", "plain", (lasted("镇江市", "连云港市"), "")),
        ("k-counts-0", "comparison", "1990年以前，上海和江苏谁支援的省区多", "plain",
         givers_rank(["上海市", "江苏省"], None, "?p dk:startYear ?y FILTER(?y < 1990) ?r a dk:ProvinceLevelDivision .")),
        ("k-counts-1", "comparison", "2010年以后，珠海和厦门在东西部协作里谁结对的地方少？", "plain",
         givers_rank(["珠海市", "厦门市"], "dongxibu", "?p dk:startYear ?y FILTER(?y >= 2010)", min)),
        ("k-counts-2", "comparison", "二〇一六年以后，青岛和济南谁在东西部协作里新结对的地方多", "numeral",
         givers_rank(["青岛市", "济南市"], "dongxibu", "?p dk:startYear ?y FILTER(?y >= 2016)")),
        ("k-earliest-0", "superlative", "援青中哪个县最早得到对口支援？", "plain",
         (tied(f"""SELECT ?r (MIN(?y) AS ?m) WHERE {{ ?p dk:programme {pg('yuanqing')} ; dk:recipient ?r ; dk:startYear ?y .
              ?r a dk:CountyLevelDivision }} GROUP BY ?r""", min), "")),
        ("k-earliest-1", "superlative", "东西部扶贫协作里，哪个地级市最早得到帮扶", "plain",
         (tied(f"""SELECT ?r (MIN(?y) AS ?m) WHERE {{ ?p dk:programme {pg('dongxibu')} ; dk:recipient ?r ; dk:startYear ?y .
              ?r a dk:PrefectureLevelDivision }} GROUP BY ?r""", min), "")),
    ]
    # probes still answered wrongly after this round (reported, not in dev.json, which stays at 1.000): the giver's parts
    # named in a count within a region with 县市 (ct-bj-qinghai), two questions in one message where the first names the
    # pair (yn-luyu-still), places ranked by how many of a giver's parts aid them (sup-sanxia-bj, od120's kind), and a
    # count of 县市 whose convention (no filter) differs from the gold by county (k-clauses-1)
    left = {"ct-bj-qinghai", "yn-luyu-still", "sup-sanxia-bj", "k-clauses-1"}
    for group, qtype, text, variant, (gold, q) in items:
        if gold is None:
            gold = col(q)
        if group not in left:
            add(f"pr21c-{group}", qtype, [text], gold, q, variant=variant)
    for group, text, status in [("ref-span-running", "鲁渝协作持续了几年", "no_fact"),
                                ("ref-schools-2", "上海对口支援了多少所学校", "no_template"),
                                ("ref-schools-3", "汶川重建中江苏援建了多少所学校？", "no_template"),
                                ("ref-schools", "三峡库区移民对口支援一共建了多少所学校？", "no_template"),
                                ("ref-place", "东海市在皖北结对帮扶中得到几个城市的帮扶？", "no_entity"),
                                ("ref-foreign", "援青和援助尼泊尔，哪个省市参与得多？", "no_entity"),
                                ("ref-future", "2035年鲁渝协作还会继续吗", "no_template")]:
        add(f"pr21c-{group}", "unanswerable", [text], [], "", answerable=False, expected=status)
def gen_probe_21d():
    """Common partners, programme members, kinds of actor, a region and its parts, and symmetric pairs, written first as
    three invented askers would (issue #15, round 13, groups pr21d-*): 小李, a student typing terse on a phone (沪浙 闽粤
    鲁渝 京冀 abbreviations, spaces, slips); 老周, a retired cadre writing long formal sentences, some in traditional
    script; 陈编辑, a magazine editor chatting with asides and Chinese-numeral years. Names the studied sets rarely use:
    东西部协作's cities, 东北对口合作's cities, 三省藏区, 过渡安置, 三峡, 广东省内, 江苏南北挂钩, 1994/2001/2010 meetings.
    Gold from the SPARQL here, not from the templates."""
    pg = lambda key: f"<{BASE}programme/{key}>"
    I = lambda name: f"<{iri_of(name)}>"
    ev = lambda key: f"<{BASE}{key}>"
    no_coll = "FILTER NOT EXISTS { ?s a dk:CollectiveActor }"

    def both_actor(*names):
        body = " ".join(f"?p{i} dk:supporter {I(n)} ; dk:recipient ?r ." for i, n in enumerate(names))
        return f"SELECT DISTINCT ?r WHERE {{ {body} FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"

    def both_place(x, y, cls=None):
        c = f"?s a dk:{cls} ." if cls else no_coll
        return f"""SELECT DISTINCT ?s WHERE {{ ?a dk:recipient ?r1 ; dk:supporter ?s . ?r1 dk:partOf* {I(x)} .
          ?b dk:recipient ?r2 ; dk:supporter ?s . ?r2 dk:partOf* {I(y)} . {c} }}"""

    def both_prog(k1, k2, cls):
        return f"""SELECT DISTINCT ?s WHERE {{ ?a dk:programme {pg(k1)} ; dk:supporter ?s .
          ?b dk:programme {pg(k2)} ; dk:supporter ?s . ?s a dk:{cls} }}"""

    def both_event(e1, e2, cls):
        return f"""SELECT DISTINCT ?s WHERE {{ ?a dk:establishedBy {ev(e1)} ; dk:supporter ?s .
          ?b dk:establishedBy {ev(e2)} ; dk:supporter ?s . ?s a dk:{cls} }}"""

    def members(key, side, cls=None, within=None, not_cls=None):
        c = f"?x a dk:{cls} ." if cls else "FILTER NOT EXISTS { ?x a dk:CollectiveActor }"
        c += f" ?x dk:partOf+ {I(within)} ." if within else ""
        c += f" FILTER NOT EXISTS {{ ?x a dk:{not_cls} }}" if not_cls else ""
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg(key)} ; dk:{side} ?x . {c} }}"""

    def with_parts(place, cls=None):
        c = f"?s a dk:{cls} . FILTER NOT EXISTS {{ ?p dk:supporterTeam ?team }}" if cls else ""
        return f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf* {I(place)} . {c}
          FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} {no_coll} }}"""

    def partners(x, key=None):
        pr = f"?p dk:programme {pg(key)} ." if key else ""
        return f"""SELECT DISTINCT ?o WHERE {{ {pr} {{ ?p dk:supporter {I(x)} ; dk:recipient ?o }} UNION
          {{ ?p dk:recipient {I(x)} ; dk:supporter ?o }} FILTER NOT EXISTS {{ ?o a dk:CollectiveActor }} }}"""

    # common partners: two or three givers' common places
    for i, (text, names, variant) in enumerate([
            ("沪浙 共同援助的地区", ("上海市", "浙江省"), "abbreviation"),
            ("闽粤都对口过哪儿", ("福建省", "广东省"), "abbreviation"),
            ("湖南、湖北、安徽三个省共同支援的是哪个地方？", ("湖南省", "湖北省", "安徽省"), "plain"),
            ("河南省與上海市都對口支援過的地區有哪些？", ("河南省", "上海市"), "traditional")]):
        q = both_actor(*names)
        add(f"pr21d-both-actor-{i}", "intersection", [text], col(q), q, variant=variant)
    # common givers of two places (through their parts too)
    for i, (text, x, y, cls, variant) in enumerate([
            ("谁既援助了吐鲁番又援助了理县", "吐鲁番市", "理县", None, "plain"),
            ("既帮扶过凉山州、又帮扶过怒江州的城市是哪个", "凉山彝族自治州", "怒江傈僳族自治州", "City", "plain"),
            ("昭通和汶川县 两边都帮过的城市", "昭通市", "汶川县", "City", "plain"),
            ("林芝與昌都兩地共同的對口支援省份是哪些？", "林芝市", "昌都市", "ProvinceLevelDivision", "traditional")]):
        q = both_place(x, y, cls)
        add(f"pr21d-both-place-{i}", "intersection", [text], col(q), q, variant=variant)
    # intersections across two programmes
    for i, (text, k1, k2, cls, variant) in enumerate([
            ("既参加东西部协作又参加东北对口合作的省市有哪些", "dongxibu", "dongbei-hezuo", "ProvinceRankActor", "plain"),
            ("三峽移民對口支援和汶川災後重建都有份的省份", "sanxia", "wenchuan-chongjian", "ProvinceLevelDivision",
             "traditional"),
            ("过渡安置 和 援疆 都参与的省", "wenchuan-guodu", "yuanjiang", "ProvinceLevelDivision", "plain"),
            ("哎我问下，援青和三省藏区那个对口支援，两头都出力的是哪几个省市啊", "yuanqing", "sansheng-zangqu",
             "ProvinceRankActor", "plain")]):
        q = both_prog(k1, k2, cls)
        add(f"pr21d-both-prog-{i}", "intersection", [text], col(q), q, variant=variant)
    # intersections across two meetings or documents
    for i, (text, e1, e2, cls, variant) in enumerate([
            ("既在第三次西藏工作座谈会上承担援藏任务、又在全国对口支援新疆工作会议上承担援疆任务的省份有哪些？",
             "event/1994-xizang-3", "event/2010-yuanjiang-huiyi", "ProvinceLevelDivision", "plain"),
            ("民政部那份紧急通知和国办发〔2008〕53号都给安排了任务的省份", "document/2008-minzhengbu-tongzhi",
             "document/2008-53", "ProvinceLevelDivision", "plain"),
            ("一九九四年第三次西藏工作座谈会和二〇〇一年第四次西藏工作座谈会都安排了对口任务的省份是哪些",
             "event/1994-xizang-3", "event/2001-xizang-4", "ProvinceLevelDivision", "numeral"),
            ("1979年边防工作会议和1984年天津那次会议都给分了任务的省是哪个", "event/1979-bianfang", "event/1984-tianjin",
             "ProvinceLevelDivision", "plain")]):
        q = both_event(e1, e2, cls)
        add(f"pr21d-both-event-{i}", "intersection", [text], col(q), q, variant=variant)
    # programme members asked as 省市 / 省份 / 城市
    for i, (text, key, side, cls, variant, *rest) in enumerate([
            ("东北对口合作 东部那几个省市是谁", "dongbei-hezuo", "supporter", "ProvinceRankActor", "abbreviation"),
            ("參加玉樹地震災後重建對口援建的省份有哪些？", "yushu", "supporter", "ProvinceLevelDivision", "traditional"),
            ("三省藏区对口支援 有哪些省市参加", "sansheng-zangqu", "supporter", "ProvinceRankActor", "plain"),
            ("东西部扶贫协作里面西部这边有哪些省份受帮扶？（只要省级的）", "dongxibu", "recipient",
             "ProvinceLevelDivision", "plain"),
            ("过渡安置阶段 出手支援的省份都有啥", "wenchuan-guodu", "supporter", "ProvinceLevelDivision", "plain"),
            ("江苏南北挂钩里 苏北受援的是哪些城市", "jiangsu-nanbei", "recipient", "City", "plain"),
            ("广东省内对口帮扶 粤东西北被帮的有哪几个市", "guangdong-shengnei", "recipient", "City", "plain"),
            ("我看资料说东西部协作里不光省，还有城市直接结对，那么东部出力的城市（不算省和直辖市）有哪些？", "dongxibu",
             "supporter", "City", "plain", None, "ProvinceLevelDivision")]):
        q = members(key, side, cls, *rest)
        add(f"pr21d-members-{i}", "programme_members", [text], col(q), q, variant=variant)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme {pg("dongxibu")} ; dk:supporter ?s ; dk:startYear 1996 .
      ?s a dk:ProvinceRankActor }}"""
    add("pr21d-members-year", "programme_members", ["一九九六年东西部扶贫协作刚开始时，东部参加的省市是哪些？"], col(q), q,
        variant="numeral")
    # kinds of actor as filters
    for i, (text, key, side, cls, within, variant) in enumerate([
            ("福建哪几个市援藏", "yuanzang", "supporter", "City", "福建省", "plain"),
            ("北京哪些区参加了三峡移民对口支援", "sanxia", "supporter", "District", "北京市", "plain"),
            ("援藏的央企有哪些", "yuanzang", "supporter", "CentralEnterprise", None, "plain"),
            ("汶川过渡安置时 出力的自治区有哪几个", "wenchuan-guodu", "supporter", "AutonomousRegion", None, "plain"),
            ("浙江援疆对口的兵团师是哪个", "yuanjiang", "recipient", "XPCCDivision", None, "plain"),
            ("援青的直轄市有哪幾個", "yuanqing", "supporter", "Municipality", None, "traditional")]):
        q = members(key, side, cls, within)
        if "浙江" in text:
            q = f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter {I("浙江省")} ; dk:recipient ?x .
              ?x a dk:{cls} }}"""
        add(f"pr21d-kind-{i}", "actor_type", [text], col(q), q, variant=variant)
    # the three probes that still failed after the first fixes, and other phrasings of their kinds: a question restarted
    # (算了, 说错了), a kind named last after a roster with no question word, a kind set against another around a verb
    q = both_place("和田地区", "新疆生产建设兵团第十四师", "ProvinceRankActor")
    add("pr21d-restart-0", "intersection", ["请问，同时对口支援和田地区与皮山县以外地方的……算了，就问同时支援和田地区和新疆兵团第十四师"
                                            "的是哪个省市？"], col(q), q)
    q = within_q(iri_of("上海市"), iri_of("新疆维吾尔自治区"))
    add("pr21d-restart-1", "supporter_to_recipients", ["上海援助了西藏哪些……说错了，上海援助了新疆哪些地方"], col(q), q)
    q = members("yuanqing", "supporter", "District", "北京市")
    add("pr21d-restart-2", "actor_type", ["北京援藏的区 算了 换个问法：北京哪些区参加了援青"], col(q), q)
    # (省市 roster, 计划单列市 asked: a team member of a province's team is left out, as for 省市)
    for i, (text, key, cls, variant) in enumerate([
            ("援疆十九省市中的计划单列市", "yuanjiang", "SeparatelyPlannedCity", "plain"),
            ("援青六省市里的直辖市", "yuanqing", "Municipality", "plain"),
            ("東西部協作支援方當中的計劃單列市有哪些", "dongxibu", "SeparatelyPlannedCity", "traditional"),
            ("过渡安置那21个省份中的自治区", "wenchuan-guodu", "AutonomousRegion", "plain")]):
        q = f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?x . ?x a dk:{cls}
          FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }} }}"""
        add(f"pr21d-kind-last-{i}", "actor_type", [text], col(q), q, variant=variant)
    for i, (text, key) in enumerate([("援藏里头 是城市出面而不是省出面的 有哪些", "yuanzang"),
                                     ("东西部协作里 是市出手而不是省出手的 有哪些", "dongxibu")]):
        q = f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?x . ?x a dk:City
          FILTER NOT EXISTS {{ ?x a dk:ProvinceLevelDivision }} }}"""
        add(f"pr21d-kind-city-{i}", "actor_type", [text], col(q), q)
    # a collective region that only receives (青海藏区), set beside a place in a "both" question: its programme
    def place_and_prog(place, key, cls):
        return f"""SELECT DISTINCT ?s WHERE {{ ?a dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf* {I(place)} .
          ?b dk:programme {pg(key)} ; dk:supporter ?s . ?s a dk:{cls} }}"""
    for i, (text, place, cls, variant) in enumerate([
            ("既支援新疆又支援青海藏区的省份", "新疆维吾尔自治区", "ProvinceLevelDivision", "plain"),
            ("我在写一篇推文：既援助喀什地区又援助青海藏区的省市是哪些", "喀什地区", "ProvinceRankActor", "plain"),
            ("同時對口支援和田地區和青海藏區的省市有哪些？", "和田地区", "ProvinceRankActor", "traditional")]):
        q = place_and_prog(place, "yuanqing", cls)
        add(f"pr21d-collective-region-{i}", "intersection", [text], col(q), q, variant=variant)
    # two places' common givers within what one meeting or document set up
    def both_place_event(x, y, e, cls):
        return f"""SELECT DISTINCT ?s WHERE {{ ?a dk:recipient ?r1 ; dk:supporter ?s ; dk:establishedBy {ev(e)} .
          ?r1 dk:partOf* {I(x)} . ?b dk:recipient ?r2 ; dk:supporter ?s ; dk:establishedBy {ev(e)} . ?r2 dk:partOf* {I(y)} .
          ?s a dk:{cls} }}"""
    for i, (text, x, y, e, cls, variant) in enumerate([
            ("1979年边防会议确定的 同时支援云南和宁夏的是哪个省市", "云南省", "宁夏回族自治区", "event/1979-bianfang",
             "ProvinceRankActor", "plain"),
            ("国办发〔2008〕53号里 同时援建汶川县和甘肃的是哪个省", "汶川县", "甘肃省", "document/2008-53",
             "ProvinceLevelDivision", "plain"),
            ("一九七九年全国边防工作会议以后，同时支援新疆和广西的省份有哪些？", "新疆维吾尔自治区", "广西壮族自治区",
             "event/1979-bianfang", "ProvinceLevelDivision", "numeral")]):
        q = both_place_event(x, y, e, cls)
        add(f"pr21d-both-place-event-{i}", "intersection", [text], col(q), q, variant=variant)
    # a request to list (能列一下吗) with a roster's number is no yes/no and no count
    for i, (text, key, cls) in enumerate([("援青的6个省市可以列一下吗", "yuanqing", "ProvinceRankActor"),
                                          ("东北对口合作里东部那7个省市 能帮我列一下吗", "dongbei-hezuo", "ProvinceRankActor")]):
        q = members(key, "supporter", cls)
        add(f"pr21d-request-list-{i}", "programme_members", [text], col(q), q)
    # a region and its parts
    # (省市 asked: province rank, a team member of a province's team left out — the convention, not the probe's first gold)
    for i, (text, place, variant, *cls) in enumerate([
            ("昌吉州和它下面的县 援疆的是谁", "昌吉回族自治州", "plain"),
            ("伊犁州連同下轄各縣市，由哪些省市對口支援？", "伊犁哈萨克自治州", "traditional", "ProvinceRankActor"),
            ("阿里地区本身加上下面各县，援藏的省市都有哪些", "阿里地区", "plain", "ProvinceRankActor"),
            ("那曲市以及下辖县区 有哪些支援方", "那曲市", "plain")]):
        q = with_parts(place, *cls)
        add(f"pr21d-parts-{i}", "rollup", [text], col(q), q, variant=variant)
    for i, (text, place, variant) in enumerate([
            ("山南市本身（不含下面的县）是哪些省在援藏", "山南市", "plain"),
            ("只问塔城地区本身，不算下面的县，援疆的是谁", "塔城地区", "plain")]):
        q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient {I(place)} ; dk:supporter ?s . {no_coll} }}"
        add(f"pr21d-itself-{i}", "rollup", [text], col(q), q, variant=variant)
    for i, (text, place, cls, variant) in enumerate([
            ("和田地区下面哪些县有对口支援", "和田地区", "CountyLevelDivision", "plain"),  # (县: county level, 和田市 too)
            ("汶川县里面 哪些乡镇有广东城市结对", "汶川县", "TownshipLevelDivision", "plain"),
            ("果洛州下辖的县里，有援青结对的是哪几个？", "果洛藏族自治州", "County", "plain")]):
        q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:recipient ?r . ?r dk:partOf+ {I(place)} ; a dk:{cls} }}"
        add(f"pr21d-parts-recv-{i}", "rollup", [text], col(q), q, variant=variant)
    # symmetric pairs, either direction
    for i, (text, x, key, variant) in enumerate([
            ("沈阳和哪个城市开展对口合作", "沈阳市", "dongbei-hezuo", "plain"),
            ("吉林省 对口合作 伙伴", "吉林省", "dongbei-hezuo", "plain"),
            ("長春市與哪一方結對開展對口合作？", "长春市", "dongbei-hezuo", "traditional"),
            ("宁夏和哪个省开展东西部协作", "宁夏回族自治区", "dongxibu", "plain"),
            ("跟重庆搞东西部扶贫协作的有哪几家", "重庆市", "dongxibu", "plain"),
            ("和江苏省结成对口合作关系的是哪个省", "江苏省", "dongbei-hezuo", "plain")]):
        q = partners(x, key)
        add(f"pr21d-sym-{i}", "symmetric", [text], col(q), q, variant=variant)
    q = f"""SELECT DISTINCT ?o WHERE {{ ?p dk:programme {pg("dongxibu")} ; dk:supporter {I("北京市")} ; dk:recipient ?o .
      ?o dk:partOf+ {I("河北省")} }}"""
    add("pr21d-sym-pair", "symmetric", ["京冀协作 北京和河北哪几个市开展协作"], col(q), q, variant="abbreviation")
    # after the fixes, other names per kind: two meetings or documents intersected (one named by its year and city, or
    # loosely beside the other), the short passive of aid, a spoken verb of cooperation, parts set aside, 三省藏区
    for i, (text, e1, e2, cls, variant) in enumerate([
            ("1996年中央援疆决策和全国对口支援新疆工作会议都安排了的省份", "event/1996-yuanjiang", "event/2010-yuanjiang-huiyi",
             "ProvinceLevelDivision", "plain"),
            ("既在广东省调整加强对口帮扶会议上分到任务，又在广东省委、省政府对口支援汶川县恢复重建工作会议上分到任务的城市",
             "event/2013-guangdong-bangfu", "event/2008-guangdong-wenchuan", "City", "plain"),
            ("第一次中央新疆工作座談會與第二次中央新疆工作座談會都安排了任務的省份", "event/2010-xinjiang-1",
             "event/2014-xinjiang-2", "ProvinceLevelDivision", "traditional"),
            ("民政部那份紧急通知跟国办发〔2008〕53号 都安排了的直辖市", "document/2008-minzhengbu-tongzhi", "document/2008-53",
             "Municipality", "plain")]):
        q = both_event(e1, e2, cls)
        add(f"pr21d-both-event-more-{i}", "intersection", [text], col(q), q, variant=variant)
    for i, (text, key, variant) in enumerate([("江苏南北挂钩 被帮过的城市有哪些", "jiangsu-nanbei", "plain"),
                                              ("皖北结对帮扶里受帮的是哪几个市", "wanbei", "plain"),
                                              ("东北对口合作里 被帮的是哪些", "dongbei-hezuo", "plain")]):
        q = members(key, "recipient")
        add(f"pr21d-passive-{i}", "programme_members", [text], col(q), q, variant=variant)
    for i, (text, x, key, variant) in enumerate([("和长春搞对口合作的是哪个市", "长春市", "dongbei-hezuo", "plain"),
                                                 ("跟甘肃一起搞东西部协作的有谁", "甘肃省", "dongxibu", "plain"),
                                                 ("跟贵州搞东西部扶贫协作的有哪几家", "贵州省", "dongxibu", "plain")]):
        q = partners(x, key)
        add(f"pr21d-sym-spoken-{i}", "symmetric", [text], col(q), q, variant=variant)
    for i, (text, place, cls, variant) in enumerate([
            ("日喀则不算下辖的县区，援藏的省市有哪些", "日喀则市", "ProvinceRankActor", "plain"),
            ("阿勒泰地区不包括下面的县，是谁在援疆", "阿勒泰地区", None, "plain"),
            ("昌都市不計下轄各縣，對口支援它的省市有哪些？", "昌都市", "ProvinceRankActor", "traditional")]):
        c = f"?s a dk:{cls} ." if cls else ""
        q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient {I(place)} ; dk:supporter ?s . {c} {no_coll} }}"
        add(f"pr21d-set-aside-{i}", "rollup", [text], col(q), q, variant=variant)
    for i, (text, cls, variant) in enumerate([("三省藏区 出力的省份", "ProvinceLevelDivision", "abbreviation"),
                                              ("对口支援三省藏区的直辖市是哪个", "Municipality", "plain")]):
        q = members("sansheng-zangqu", "supporter", cls)
        add(f"pr21d-sansheng-{i}", "programme_members", [text], col(q), q, variant=variant)
    # refusals
    for i, (text, status) in enumerate([("北京和纽约共同支援的地方有哪些", "no_entity"),
                                        ("阿里地区下面的桃源县是谁在援", "no_entity"),
                                        ("上海和广东都给了林芝多少钱", "no_template"),
                                        ("既援藏又援助柬埔寨的省份", "no_entity"),
                                        ("和台北市开展对口合作的是哪个城市", "no_entity")]):
        add(f"pr21d-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)
def gen_probe_21e():
    """Forward and reverse lists and refusals from three invented askers (issue #15, round 14, groups pr21e-*): a
    retired county official (68) writing long formal sentences in traditional script with Chinese-numeral years, a
    student (20) typing terse on a phone with abbreviations (闵行 皖北 南北挂钩 沪 粤), spaces and slips, and a township
    cadre (45) chatting with asides, hearsay and guesses — over names the studied sets rarely use (房山, 闵行, 常州, 盐城,
    江门, 雁门乡, 中山→潮州, 东莞→韶关, 济南→湘西, 宁波→延边, 福州→定西, 厦门→临夏, 北塔山牧场, 第五师, 第十师, 剑阁, 巴州,
    海南州, 玉树, 亳州, 菏泽, 三峡, 东北对口合作, 江苏南北挂钩, 珠三角帮扶粤东西北). Our own wording; gold from the SPARQL here
    (a place's supporters: itself and its parts, grouped, as `supporters_q`; an answer resting on unverified rows only is
    `no_fact`)."""
    I = lambda name: f"<{iri_of(name)}>"
    pg = lambda key: f"<{BASE}programme/{key}>"
    nc = lambda v: f"FILTER NOT EXISTS {{ ?{v} a dk:CollectiveActor }}"

    def recv(giver, key=None, extra=""):
        scope = f"?p dk:programme {pg(key)} ." if key else ""
        return f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter {I(giver)} ; dk:recipient ?r . {scope} {extra} {nc('r')} }}"

    def givers(place, key=None, extra=""):
        """Who supports ``place`` (itself and its parts, grouped as `supporters_q`), within a programme if given."""
        scope = f"?p dk:programme {pg(key)} ." if key else ""
        return f"""SELECT DISTINCT ?s WHERE {{ {{ {supporters_q(iri_of(place))} }}
          ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf? {I(place)} . {scope} {extra} }}"""

    probes = [
        # forward list: X supports whom
        ("fwd-fangshan", "forward_list", "一九九二年三峽工程庫區移民對口支援中，北京市房山區承擔的是哪個地方？", "traditional",
         recv("房山区", "sanxia")),
        ("fwd-minhang", "forward_list", "闵行 帮皖北哪个市", "abbreviation", recv("闵行区", "wanbei")),
        ("fwd-ningbo", "forward_list", "宁波那边在东西部协作里对口过哪些地方啊？我记得有贵州的", "plain", recv("宁波市", "dongxibu")),
        ("fwd-changzhou", "forward_list", "常州市於江蘇省南北掛鈎合作中結對之地為何？", "traditional", recv("常州市", "jiangsu-nanbei")),
        ("fwd-xiamen-yj", "forward_list", "厦门 援疆 对口哪", "plain", recv("厦门市", "yuanjiang")),
        ("fwd-zhongshan", "forward_list", "中山市那个珠三角帮扶粤东西北的，它帮的是哪个市，潮州吧？", "plain",
         recv("中山市", "guangdong-shengnei")),
        ("fwd-wuxi-now", "forward_list", "无锡现在挂钩的是哪个市", "plain",
         recv("无锡市", "jiangsu-nanbei", "FILTER NOT EXISTS { ?p dk:endYear ?e }")),
        ("fwd-henan-2010", "forward_list", "二〇一〇年起，河南省對口支援新疆何處？", "numeral",
         recv("河南省", "yuanjiang", "?p dk:startYear 2010 .")),
        ("fwd-luyu", "forward_list", "鲁渝协作 山东帮哪", "abbreviation", recv("山东省", "dongxibu", f"FILTER(?r = {I('重庆市')})")),
        ("fwd-hangzhou", "forward_list", "杭州在东西部协作里帮过哪些地方，听说有恩施？", "plain", recv("杭州市", "dongxibu")),
        ("fwd-guangzhou", "forward_list", "敢問廣州市在東西部扶貧協作中曾結對幫扶之地區有哪些？", "traditional",
         recv("广州市", "dongxibu")),
        ("fwd-qingdao", "forward_list", "青岛 东西部 帮了哪几个", "plain", recv("青岛市", "dongxibu")),
        ("fwd-shenzhen-gd", "forward_list", "深圳在珠三角对口帮扶里管了哪两个市", "plain", recv("深圳市", "guangdong-shengnei")),
        ("fwd-liaoning-yj", "forward_list", "遼寧省在對口援疆中所結對者為何？", "traditional", recv("辽宁省", "yuanjiang")),
        ("fwd-yue-zangqu", "forward_list", "粤 援川藏区 帮的哪个州", "abbreviation", recv("广东省", "sansheng-zangqu")),
        ("fwd-sh-1984", "forward_list", "一九八四年，上海市被安排對口支援哪些地方？", "numeral",
         recv("上海市", None, "?p dk:startYear 1984 .")),
        ("fwd-hu-sanxia", "forward_list", "沪 三峡移民 对口哪", "abbreviation", recv("上海市", "sanxia")),
        ("fwd-hlj-chongjian", "forward_list", "黑龍江省於汶川地震災後恢復重建中對口援建何縣？", "traditional",
         recv("黑龙江省", "wenchuan-chongjian")),
        ("fwd-suzhou", "forward_list", "苏州 对口 哪些", "plain", recv("苏州市")),
        ("fwd-jiangmen", "forward_list", "江门在汶川那边援建的是哪个乡，我老家就是江门的", "plain", recv("江门市")),
        ("fwd-two-yq", "forward_list", "上海和天津在援青里分别对口哪个州", "plain",
         f"SELECT DISTINCT ?r WHERE {{ {{ {recv('上海市', 'yuanqing')} }} UNION {{ {recv('天津市', 'yuanqing')} }} }}"),
        ("fwd-foshan-except", "forward_list", "我们这边是佛山的，佛山除了凉山还帮过谁呀", "plain",
         recv("佛山市", None, f"FILTER(?r != {I('凉山彝族自治州')})")),
        ("fwd-xuzhou", "forward_list", "徐州市在沪苏浙结对帮扶皖北中对口的是哪个市？", "plain", recv("徐州市", "wanbei")),
        ("fwd-caizhengbu", "forward_list", "財政部對口支援贛南哪個縣？", "traditional", recv("财政部", "gannan")),
        ("fwd-ordos", "forward_list", "鄂尔多斯 帮 兴安盟 哪些旗", "plain", within_q(iri_of("鄂尔多斯市"), iri_of("兴安盟"))),
        ("fwd-tj-zangqu", "forward_list", "天津在三省藏区那块对口的是哪，是甘南吗", "plain", recv("天津市", "sansheng-zangqu")),
        # reverse list: who supports Y
        ("rev-xiangxi", "reverse_list", "湘西土家族苗族自治州於東西部扶貧協作中由何市結對幫扶？", "traditional",
         givers("湘西土家族苗族自治州", "dongxibu")),
        ("rev-yanbian", "reverse_list", "延边 谁帮", "plain", givers("延边朝鲜族自治州")),
        ("rev-nujiang", "reverse_list", "怒江那边东西部协作是哪个城市在帮呀，我记得是珠海？", "plain",
         givers("怒江傈僳族自治州", "dongxibu")),
        ("rev-dingxi", "reverse_list", "請問定西市之結對幫扶城市為何？", "traditional", givers("定西市")),
        ("rev-yancheng", "reverse_list", "盐城 结对 谁", "plain", givers("盐城市")),
        ("rev-suqian", "reverse_list", "咱们宿迁是苏州在帮对吧，还有别的市吗", "plain", givers("宿迁市")),
        ("rev-gannan", "reverse_list", "甘南藏族自治州先後得到哪些省市之對口支援？", "traditional", givers("甘南藏族自治州")),
        ("rev-heze", "reverse_list", "菏泽 谁帮扶", "plain", givers("菏泽市")),
        ("rev-shaoguan", "reverse_list", "韶关那块是珠三角哪个城市对口帮扶的？", "plain", givers("韶关市", "guangdong-shengnei")),
        ("rev-huaian", "reverse_list", "淮安 南北挂钩 谁", "plain", givers("淮安市", "jiangsu-nanbei")),
        ("rev-lianyungang-now", "reverse_list", "连云港现在是哪个市在挂钩帮扶", "plain",
         givers("连云港市", "jiangsu-nanbei", "FILTER NOT EXISTS { ?p dk:endYear ?e }")),
        ("rev-linxia", "reverse_list", "臨夏回族自治州之東西部協作夥伴為何市？", "traditional", givers("临夏回族自治州", "dongxibu")),
        ("rev-longnan", "reverse_list", "陇南 谁援", "plain", givers("陇南市")),
        ("rev-dalian", "reverse_list", "大连的话是哪家在对口合作啊，上海？", "plain", givers("大连市", "dongbei-hezuo")),
        ("rev-xpcc10", "reverse_list", "新疆生產建設兵團第十師由何省對口支援？", "traditional", givers("新疆生产建设兵团第十师")),
        ("rev-xpcc5", "reverse_list", "五师 谁援", "abbreviation", givers("新疆生产建设兵团第五师")),
        ("rev-beitashan", "reverse_list", "北塔山牧场那里是哪里来援疆的呀", "plain", givers("新疆生产建设兵团第六师北塔山牧场")),
        ("rev-linzhi", "reverse_list", "林芝 援藏 哪几个省", "plain",
         givers("林芝市", "yuanzang", "?s a dk:ProvinceLevelDivision .")),
        ("rev-ali-aside", "reverse_list", "阿里那边是哪几个省在援，河北我知道", "plain",
         givers("阿里地区", None, "?s a dk:ProvinceLevelDivision .")),
        ("rev-hainanzhou", "reverse_list", "海南藏族自治州於對口援青中由何省對口支援？", "traditional",
         givers("海南藏族自治州", "yuanqing")),
        ("rev-yushu-rebuild", "reverse_list", "玉树 灾后重建 谁援建", "plain", givers("玉树藏族自治州", "yushu")),
        ("rev-bozhou", "reverse_list", "亳州听说是上海哪个区在帮，具体是哪个区", "plain", givers("亳州市")),
        ("rev-taxian", "reverse_list", "塔什库尔干 谁援", "plain", givers("塔什库尔干塔吉克自治县")),
        ("rev-bazhou-preamble", "reverse_list", "我在库尔勒上班，巴州这边是哪个省在对口援疆？", "plain",
         givers("巴音郭楞蒙古自治州", "yuanjiang", "?s a dk:ProvinceLevelDivision .")),
        ("rev-yunnan", "reverse_list", "哪些省市曾對口支援雲南省？", "traditional",
         f"SELECT DISTINCT ?s WHERE {{ {{ {givers('云南省')} }} ?s a dk:ProvinceRankActor }}"),
        ("rev-liangshan", "reverse_list", "凉山 谁帮过", "plain", givers("凉山彝族自治州")),
        ("rev-bijie", "reverse_list", "毕节这些年都有谁来帮扶呀，深圳好像走了", "plain", givers("毕节市")),
        ("rev-jiange", "reverse_list", "剑阁县震后重建是哪个省援建的", "plain", givers("剑阁县", "wenchuan-chongjian")),
    ]
    # second round, with other names, after the kinds found: a name offered after the question (a guess, a 吧/吗, 我知道,
    # 好像…), classical question words (何处, 何县, 为何市), a year before a word of span (起, 以来) dating no meeting and one
    # before a comma and a task (被安排), a pair's second member named only in the pair's name (津甘协作 天津…), a bare
    # division of the Corps (八师), the giver's part asked after 是 with a spoken verb or a hedge (淮南是上海哪个区在帮), a
    # last clause asking the same again (具体是哪个区), a programme's short name (三省藏区)
    probes += [
        ("aside-suqian", "reverse_list", "宿迁是哪个市在挂钩帮扶，苏州吧？", "plain", givers("宿迁市", "jiangsu-nanbei")),
        ("aside-kashi", "reverse_list", "喀什市是谁在援疆？深圳我知道，还有谁", "plain", givers("喀什市")),
        ("aside-huangnan", "reverse_list", "黄南州是哪个省市对口援青的，是天津吗", "plain", givers("黄南藏族自治州", "yuanqing")),
        ("aside-dongguan", "forward_list", "东莞在珠三角帮扶里帮的是哪个市，韶关？", "plain", recv("东莞市", "guangdong-shengnei")),
        ("aside-naqu", "reverse_list", "那曲现在是谁在援，浙江好像还在", "plain", givers("那曲市")),
        ("aside-guoluo", "reverse_list", "果洛州是哪個省市在對口支援，上海吧？", "traditional", givers("果洛藏族自治州")),
        ("classical-jinan", "forward_list", "濟南市於東西部扶貧協作中結對何州？", "traditional", recv("济南市", "dongxibu")),
        ("classical-changzhou", "forward_list", "常州市之挂钩帮扶对象为何市？", "plain", recv("常州市", "jiangsu-nanbei")),
        ("classical-shanxi", "forward_list", "山西省对口援疆之地为何处？", "plain", recv("山西省", "yuanjiang")),
        ("classical-quanzhou", "forward_list", "泉州市對口支援西藏何縣？", "traditional", recv("泉州市", "yuanzang")),
        ("classical-haibei", "reverse_list", "海北藏族自治州由何省對口支援？", "traditional", givers("海北藏族自治州")),
        ("span-fujian-2016", "forward_list", "2016年起，福建省对口支援西藏何处？", "plain",
         recv("福建省", "yuanzang", "?p dk:startYear ?y FILTER(?y >= 2016)")),
        ("span-liaoning-2010", "forward_list", "二〇一〇年以来，辽宁对口支援新疆哪里？", "numeral",
         recv("辽宁省", "yuanjiang", "?p dk:startYear ?y FILTER(?y >= 2010)")),
        ("tasked-tianjin-1994", "forward_list", "一九九四年，天津市被安排对口支援哪些地方？", "numeral",
         recv("天津市", None, "?p dk:startYear 1994 .")),
        ("tasked-shandong-1979", "forward_list", "1979年，山东被指定对口支援哪里", "numeral",
         recv("山东省", None, "?p dk:startYear 1979 .")),
        ("pair-sushan", "forward_list", "苏陕协作 江苏帮哪", "abbreviation", recv("江苏省", "dongxibu", f"FILTER(?r = {I('陕西省')})")),
        ("pair-jingan", "forward_list", "津甘协作里天津帮的是哪", "abbreviation",
         recv("天津市", "dongxibu", f"FILTER(?r = {I('甘肃省')})")),
        ("pair-zhechuan", "forward_list", "浙川协作 浙江结对的是哪个省", "abbreviation",
         recv("浙江省", "dongxibu", f"FILTER(?r = {I('四川省')})")),
        ("pair-minning", "forward_list", "閩寧協作 福建對口哪裡", "abbreviation",
         recv("福建省", "dongxibu", f"FILTER(?r = {I('宁夏回族自治区')})")),
        ("corps-8", "reverse_list", "八师 谁援", "abbreviation", givers("新疆生产建设兵团第八师")),
        ("corps-14", "reverse_list", "十四师是哪个省在支援", "abbreviation", givers("新疆生产建设兵团第十四师")),
        ("corps-3", "reverse_list", "三师 援疆 谁帮", "abbreviation", givers("新疆生产建设兵团第三师", "yuanjiang")),
        ("part-huainan", "reverse_list", "淮南是上海哪个区在帮", "plain",
         f"SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient {I('淮南市')} . ?s dk:partOf {I('上海市')} }}"),
        ("part-luan", "reverse_list", "六安据说是上海哪个区在管着", "plain",
         f"SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient {I('六安市')} . ?s dk:partOf {I('上海市')} }}"),
        ("part-fuyang", "reverse_list", "阜阳是江苏哪个市在帮", "plain",
         f"SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient {I('阜阳市')} . ?s dk:partOf {I('江苏省')} }}"),
        ("part-nangqian", "reverse_list", "囊谦县听说是北京哪个区在帮", "plain",
         f"SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient {I('囊谦县')} . ?s dk:partOf {I('北京市')} }}"),
        ("again-chenduo", "reverse_list", "称多县是北京哪个区在帮，具体是哪个区", "plain",
         f"SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient {I('称多县')} . ?s dk:partOf {I('北京市')} }}"),
        ("again-chuzhou", "reverse_list", "滁州是哪个市在帮扶，到底是哪个市", "plain", givers("滁州市")),
        ("again-xinyuan", "reverse_list", "新源县是哪个城市在援疆？具体是哪个城市", "plain", givers("新源县")),
        ("short-zangqu-gd", "forward_list", "广东在三省藏区对口的是哪", "plain", recv("广东省", "sansheng-zangqu")),
        ("short-zangqu-tj", "forward_list", "天津 川滇甘藏区 帮哪些地方", "plain", recv("天津市", "sansheng-zangqu")),
    ]

    def parts_recv(giver, key=None, cls=None, within=None):
        scope = f"?p dk:programme {pg(key)} ." if key else ""
        kind = f"?r a dk:{cls} ." if cls else ""
        inside = f"?r dk:partOf {I(within)} ." if within else ""
        return f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?s dk:partOf {I(giver)} . {scope} {kind}
          {inside} {nc('r')} }}"""

    def giving_part(place, giver):
        return f"SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient {I(place)} . ?s dk:partOf {I(giver)} }}"

    # third round, the kinds the studied failures showed (ol005 ol007 ol017 od006 od154 om011), with other names: the giver
    # named at the close (援建水磨镇的是广东哪个市), the parts' verb then the places asked (北京市各区承担的援青受援县), a yes/no
    # question then a short which (辽宁有对口支援西藏吗？是哪个市？), the asker's bracketed aside naming a place, a remark after
    # the question asking for others besides one (除了林芝还有没有别的), a task handed out (被分到负责重建), the parts' partners
    # asked in a second clause (派了哪几个市，分别结对的是…), the Corps by its common name (新疆建设兵团)
    probes += [
        ("closing-shuimo", "reverse_list", "援建水磨镇的是广东哪个市？", "plain", giving_part("水磨镇", "广东省")),
        ("closing-nangqian", "reverse_list", "對口支援囊謙縣的是北京哪個區？", "traditional", giving_part("囊谦县", "北京市")),
        ("closing-luan", "reverse_list", "帮扶六安的是上海哪个区", "plain", giving_part("六安市", "上海市")),
        ("closing-dingri", "reverse_list", "上海对口支援定日县的是上海哪个区", "plain", giving_part("定日县", "上海市")),
        ("closing-xinyuan", "reverse_list", "援疆对口新源县的是江苏哪个市", "plain", giving_part("新源县", "江苏省")),
        ("parts-then-asked-bj", "forward_list", "北京市各区承担的援青受援县有哪些", "plain", parts_recv("北京市", "yuanqing")),
        ("parts-then-asked-sh", "forward_list", "上海各区承担的援藏受援县名单", "plain", parts_recv("上海市", "yuanzang")),
        ("parts-then-asked-js", "forward_list", "江蘇各市對口的援藏縣有哪些？", "traditional",
         parts_recv("江苏省", "yuanzang", "CountyLevelDivision")),
        ("yesno-which-ln", "forward_list", "辽宁有对口支援西藏吗？是哪个市？", "plain",
         f"{within_q(iri_of('辽宁省'), iri_of('西藏自治区'))[:-1]} ?r a dk:City }}"),
        ("yesno-which-hb", "forward_list", "湖北有援助兵团吗？是哪个师？", "plain",
         within_q(iri_of("湖北省"), iri_of("新疆生产建设兵团"))),
        ("yesno-which-tj", "forward_list", "天津有对口支援青海吗？是哪个州？", "plain",
         f"{within_q(iri_of('天津市'), iri_of('青海省'))[:-1]} ?r a dk:AutonomousPrefecture }}"),
        ("bracket-hlj", "forward_list", "黑龙江援藏对口的是哪个市？（我们单位有人去过日喀则，请核对）", "plain",
         recv("黑龙江省", "yuanzang", "?r a dk:City .")),
        ("bracket-jx", "forward_list", "江西援疆对口的是哪个县？（我记得在克州）", "plain", recv("江西省", "yuanjiang")),
        ("bracket-qd", "forward_list", "青岛在东西部协作里帮扶哪些地方？（本人在贵州工作过）", "plain", recv("青岛市", "dongxibu")),
        ("others-fj", "forward_list", "福建援藏对口的是哪里？想确认一下除了林芝还有没有别的", "plain", recv("福建省", "yuanzang")),
        ("others-sz", "forward_list", "深圳援疆对口哪些地方？除了喀什市还有别的吗", "plain", recv("深圳市", "yuanjiang")),
        ("others-hlj", "forward_list", "黑龍江援疆對口哪些縣？我想問一下除了福海還有沒有別的", "traditional",
         recv("黑龙江省", "yuanjiang", "?r a dk:CountyLevelDivision .")),
        ("tasked-sd", "forward_list", "汶川地震后，山东被分到负责重建哪里？", "plain", recv("山东省", "wenchuan-chongjian")),
        ("tasked-ln", "forward_list", "玉树地震后，辽宁被分到负责援建哪里？", "plain", recv("辽宁省", "yushu")),
        ("tasked-zj", "forward_list", "汶川地震以后，浙江被分配到负责重建哪个县？", "plain",
         recv("浙江省", "wenchuan-chongjian", "?r a dk:CountyLevelDivision .")),
        ("parts-partners-js", "forward_list", "江苏援藏派了哪几个市，分别结对的是拉萨哪些县？", "plain",
         parts_recv("江苏省", "yuanzang")),
        ("parts-partners-bj", "forward_list", "北京援青出了哪几个区，分别对口的是哪些县？", "plain", parts_recv("北京市", "yuanqing")),
        ("parts-partners-sh", "forward_list", "上海帮皖北出了哪几个区，分别结对的是哪几座城市？", "abbreviation",
         parts_recv("上海市", "wanbei")),
        ("corps-name-hn", "forward_list", "河南支援新疆建设兵团哪个师", "plain", recv("河南省", None, f"?r dk:partOf {I('新疆生产建设兵团')} .")),
    ]
    for group, qtype, text, variant, q in probes:
        add(f"pr21e-{group}", qtype, [text], col(q), q, variant=variant)
    # who supported a place first, asked by 一开始/最初/起初, with the supporters' kind kept (ties all given)
    for i, (text, place, cls, variant) in enumerate([
            ("毕节一开始是谁帮扶的", "毕节市", None, "plain"),
            ("连云港起初是哪个市挂钩帮扶的", "连云港市", "City", "plain"),
            ("崇州最初是哪个省援建的", "崇州市", "ProvinceLevelDivision", "plain"),
            ("黔南州起初是誰在幫扶？", "黔南布依族苗族自治州", None, "traditional")]):
        kind = f"?s a dk:{cls} ." if cls else ""
        q = f"""SELECT ?s (MIN(?y) AS ?m) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r ; dk:startYear ?y . ?r dk:partOf? {I(place)} .
          {kind} {nc('s')} }} GROUP BY ?s"""
        add(f"pr21e-first-{i}", "reverse_list", [text], tied(q, pick=min), q, variant=variant)
    for i, (text, status, variant) in enumerate([
            ("上海对口支援东京哪个区", "no_entity", "plain"),
            ("日本援助了西藏哪些县", "no_entity", "plain"),
            ("你觉得哪个省援疆最用心", "no_template", "plain"),
            ("明年援藏会新增哪些省市？", "no_template", "plain"),
            ("杭州结对帮扶的地方里哪个人口最多", "no_template", "plain"),
            ("广州对口支援老挝哪个省", "no_entity", "plain"),
            ("联合国对口援助了哪些县", "no_entity", "plain"),
            ("对口支援以后当地老百姓满意吗", "no_template", "plain"),
            ("二〇三〇年以後哪些省市還會援疆？", "no_template", "numeral"),
            ("浙江 三省藏区 对口哪", "no_fact", "plain"),
            ("深圳对口支援香港哪个区", "no_fact", "plain"),
            ("援疆干部里哪个省的人最能吃苦", "no_template", "plain"),
            ("德國對口援助了新疆哪些地方？", "no_entity", "traditional"),
            ("2035年江苏还会继续援疆吗", "no_template", "numeral")]):
        add(f"pr21e-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status, variant=variant)



def gen_probe_21a_fourth():
    """A fourth round (pr21a-fourth-*), written after reading outside-l/-m's study questions in these families: a museum
    docent (a scene before the question), a student (numerals mixed), an auditor (formal); gold from the SPARQL here."""
    pg = lambda key: f"<{BASE}programme/{key}>"
    fig = lambda key, cond: (f"SELECT DISTINCT ?v WHERE {{ ?f dk:aboutProgramme {pg(key)} ; dk:value ?v ; "
                             f"dk:verificationStatus ?st ; {cond} FILTER(?st != dk:Unverified) }}")
    measure = lambda key, m: fig(key, f'dk:measure ?m FILTER(STR(?m) = "{m}")')
    practice = lambda fact: f"SELECT ?v WHERE {{ <{BASE}mechanism-fact/{fact}> dk:practice ?v }}"
    imprint = lambda item: f"""SELECT ?v WHERE {{ ?b dk:imprintItem ?i FILTER(STRSTARTS(?i, "{item}：")) BIND(STRAFTER(?i, "：") AS ?v) }}"""
    body = lambda key, cond: (f"SELECT DISTINCT ?v WHERE {{ ?f a dk:ManagementRule ; dk:aboutProgramme {pg(key)} ; dk:responsible ?v ; "
                              f"dk:verificationStatus ?st ; {cond} FILTER(?st != dk:Unverified) }}")
    said_body = lambda fact: (f"SELECT ?v WHERE {{ <{BASE}mechanism-fact/{fact}> dk:principle ?p "
                              f"BIND(STRBEFORE(STRAFTER(?p, '由'), '协调') AS ?v) }}")
    items = [
        ("展板上写着“两个80%”，援疆资金的这两个80%分别指什么？", practice("75"), "plain", "mechanism"),
        ("这张老照片拍的是首批援疆干部，他们是哪一年进疆的？", f"SELECT ?v WHERE {{ ?f a dk:LaunchEvent ; dk:aboutProgramme {pg('yuanjiang')} ; rdfs:label ?l ; dk:date ?d FILTER(CONTAINS(?l, '首批')) BIND(<http://www.w3.org/2001/XMLSchema#integer>(SUBSTR(STR(?d), 1, 4)) AS ?v) }}", "plain", "mechanism"),
        ("第十一批中央单位援疆干部人才是多少人？有600多吧", fig("yuanjiang", "dk:batchNumber 11"), "plain", "mechanism"),
        ("援青干部，二〇一〇到二〇一七年一共选派了多少名？", fig("yuanqing", "a dk:CadreCount ; dk:startYear 2010 ; dk:endYear 2017"), "numeral", "mechanism"),
        ("汶川对口援建资金到位了多少？截至2010年", measure("wenchuan-chongjian", "已到位的对口援建资金"), "plain", "mechanism"),
        ("东西部协作2024年双方互派专业技术人才多少人", measure("dongxibu", "东西部协作双方互派的专业技术人才"), "plain", "mechanism"),
        ("三峡库区的对口支援由哪个领导小组协调？", said_body("118"), "traditional", "mechanism"),
        ("援疆干部是由哪些部门组织选派的", body("yuanjiang", "dk:mechanism <https://w3id.org/duikou/mechanism/ganbu-rencai>"), "plain", "mechanism"),
        ("书的版次是什么", imprint("版次"), "plain", "book_fact"),
        ("这本书属于哪个丛书系列？", imprint("丛书"), "traditional", "book_fact"),
        ("对口支援这个词是在哪一年首次出现的", "SELECT ?v WHERE { <https://w3id.org/duikou/event/1960-shanxi-ribao> dk:year ?v }", "traditional", "book_fact"),
        ("按书中的分期，1979年开始的是哪个阶段？", "SELECT ?v WHERE { ?v a dk:DevelopmentStage ; dk:startYear 1979 }", "plain", "book_fact"),
    ]
    for i, (text, query, variant, kind) in enumerate(items):
        add(f"pr21a-fourth-{i}", kind, [text], sorted(typed_col(query)), query, variant=variant)
    for i, (text, expected) in enumerate([("东西部协作携手奔小康行动里西部有多少个县参与", "no_fact"),
                                          ("第八批援藏干部有多少人", "no_fact"),
                                          ("援藏干部的选拔考试考什么内容？", "no_template")]):
        add(f"pr21a-fourth-refusal-{i}", "unanswerable", [text], [], "", answerable=False, expected=expected)

def gen_probe_21b():
    """Takeover, event set-up, start year and time-scoped questions written first as three new askers would, before
    reading the pipeline (issue #15, session 12, groups pr21b-*): a retired history teacher writing long formal sentences
    in traditional script with Chinese-numeral years, a young delivery rider typing terse on a phone (pair abbreviations,
    two-digit years, no punctuation) and a county planning officer chatting with asides and five-year-plan periods — over
    names the studied sets rarely use (黔南 毕节 安顺 and their 东部 cities, 凉山, 理县 黑水 彭州, 三峡's 北京 districts,
    苏北挂钩, 广东省内帮扶, 援藏 2016 调整, 晋中 扬州 浦东 南京 松江, 十三五/十四五/九五). Gold from the SPARQL here."""
    ok = "FILTER NOT EXISTS { ?p dk:verificationStatus dk:Unverified }"
    nc = "FILTER NOT EXISTS { ?x a dk:CollectiveActor }"
    pg = lambda key: f"<{BASE}programme/{key}>"

    def ev(label_: str) -> str:
        return col(f'SELECT ?e WHERE {{ ?e rdfs:label "{label_}"@zh }}')[0]

    def P(group, qtype, text, q, variant="plain"):
        add(f"pr21b-{group}", qtype, [text], col(q), q, variant=variant)

    # who took over from whom, and who was there before
    def successor(place, old):
        return f"""SELECT DISTINCT ?x WHERE {{ ?o dk:recipient <{iri_of(place)}> ; dk:supporter <{iri_of(old)}> ; dk:endYear ?e .
          ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?x ; dk:startYear ?b FILTER(?x != <{iri_of(old)}> && ?b >= ?e) }}"""

    def predecessor(place, new):
        return f"""SELECT DISTINCT ?x WHERE {{ ?n dk:recipient <{iri_of(place)}> ; dk:supporter <{iri_of(new)}> ; dk:startYear ?b .
          ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?x ; dk:endYear ?e FILTER(?x != <{iri_of(new)}> && ?e <= ?b) }}"""

    for i, (text, place, old, variant) in enumerate([
            ("黔南 深圳之后谁接手", "黔南布依族苗族自治州", "深圳市", "plain"),
            ("毕节市在东西部扶贫协作中原由深圳市帮扶，二〇一六年以后改由哪一个城市接续？", "毕节市", "深圳市", "traditional"),
            ("安顺那边（我去年刚去考察过）青岛不帮了以后，接棒的是哪个城市呀？", "安顺市", "青岛市", "plain"),
            ("重庆 东西协作 珠海退出后 换成谁", "重庆市", "珠海市", "plain"),
            ("理县在过渡安置阶段由福建省对口支援，进入灾后恢复重建阶段后，改由哪个省份承担？", "理县", "福建省", "traditional"),
            ("黑水县 过渡期广西 后来重建换成哪个省了", "黑水县", "广西壮族自治区", "plain"),
            ("阿克苏地区在新一轮援疆以前由上海支援，其后由哪个省接替？", "阿克苏地区", "上海市", "traditional"),
            ("哈密的援疆，之前不是广东嘛，后来交到了哪个省手上？", "哈密市", "广东省", "plain"),
            ("凉山 珠海的担子后来给了谁", "凉山彝族自治州", "珠海市", "plain"),
            ("黔南州最早是深圳在帮，后来呢？现在是谁在帮？", "黔南布依族苗族自治州", "深圳市", "plain")]):
        P(f"after-{i}", "takeover", text, successor(place, old), variant)
    for i, (text, place, new, variant) in enumerate([
            ("凉山州这边，佛山是接谁的班？", "凉山彝族自治州", "佛山市", "plain"),
            ("连云港 无锡 之前是谁", "连云港市", "无锡市", "plain"),
            ("黔南布依族苗族自治州的东部帮扶城市，在广州市之前是哪一个？", "黔南布依族苗族自治州", "广州市", "traditional"),
            ("毕节 广州之前是谁帮的", "毕节市", "广州市", "plain"),
            ("青海的东西部协作，江苏来之前是哪个省在搭档？", "青海省", "江苏省", "plain"),
            ("河南援哈密之前 哈密是谁在援", "哈密市", "河南省", "plain"),
            ("茂县 重建阶段山西接的是谁的班", "茂县", "山西省", "plain"),
            ("彭州市之灾后重建援建方福建省，其前任为哪一省？", "彭州市", "福建省", "traditional")]):
        P(f"before-{i}", "takeover", text, predecessor(place, new), variant)

    # what a meeting or document set up for an actor (or who it set up for a place)
    def set_up(event, side, *, other="", other_side="", cls="", within=""):
        named = f"?p dk:{other_side} <{iri_of(other)}> ." if other else ""
        kind = f"?x a {cls} ." if cls else ""
        part = f"?x dk:partOf+ <{iri_of(within)}> ." if within else ""
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:establishedBy <{ev(event)}> ; dk:{side} ?x . {named} {kind} {part} {nc} }}"""

    sx = "关于开展对三峡工程库区移民工作对口支援的通知"
    for i, (text, q, variant) in enumerate([
            ("一九九二年国务院办公厅关于三峡工程库区移民对口支援的那份通知，安排了谁去支援秭归县？",
             set_up(sx, "supporter", other="秭归县", other_side="recipient"), "traditional"),
            ("北京那个三峡移民通知 昌平区对口哪",
             set_up("北京市人民政府办公厅关于开展对口支援三峡工程库区移民工作的通知", "recipient", other="昌平区",
                    other_side="supporter"), "plain"),
            ("江苏那次苏北发展协调小组第一次会议（2001年开的），给常州安排的挂钩对象是哪个市？",
             set_up("江苏省委省政府苏北发展协调小组第一次会议", "recipient", other="常州市", other_side="supporter"), "plain"),
            ("2013广东调整加强对口帮扶会议 深圳 帮哪几个市",
             set_up("广东省调整加强对口帮扶会议", "recipient", other="深圳市", other_side="supporter"), "plain"),
            ("第四次西藏工作座谈会后，吉林省被安排对口支援西藏哪几个县？",
             set_up("第四次西藏工作座谈会", "recipient", other="吉林省", other_side="supporter", cls="dk:County"), "traditional"),
            ("援藏对口关系2016年7月那次调整，福建这边具体是哪几个市下去结对的？我们单位有人参与过",
             set_up("援藏对口关系调整（2016年7月）", "supporter", within="福建省"), "plain"),
            ("16年援藏调整 厦门对口哪个县",
             set_up("援藏对口关系调整（2016年7月）", "recipient", other="厦门市", other_side="supporter"), "plain"),
            ("2010年全国对口支援新疆工作会议定下来的，辽宁要对口哪些地方啊？兵团的也算",
             set_up("全国对口支援新疆工作会议", "recipient", other="辽宁省", other_side="supporter"), "plain"),
            ("第一次中央新疆工作座谈会 黑龙江 对口啥",
             set_up("第一次中央新疆工作座谈会", "recipient", other="黑龙江省", other_side="supporter"), "plain"),
            ("《东北地区与东部地区部分省市对口合作工作方案》为浙江省安排的合作对象是哪一个省？",
             set_up("东北地区与东部地区部分省市对口合作工作方案", "recipient", other="浙江省", other_side="supporter"),
             "traditional"),
            ("皖北方案 南京 结对哪",
             set_up("沪苏浙城市结对合作帮扶皖北城市实施方案", "recipient", other="南京市", other_side="supporter"), "plain"),
            ("国办发〔2013〕11号（就是帮扶贵州那个指导意见）里头，苏州分到的是贵州哪个市？",
             set_up("关于开展对口帮扶贵州工作的指导意见", "recipient", other="苏州市", other_side="supporter"), "plain"),
            ("一九七九年全国边防工作会议确定江苏省对口支援哪些地区？",
             set_up("全国边防工作会议", "recipient", other="江苏省", other_side="supporter"), "numeral"),
            ("84年那个经济技术协作和对口支援会议 上海 支援哪",
             set_up("全国经济技术协作和对口支援会议", "recipient", other="上海市", other_side="supporter"), "plain"),
            ("2016年东西部扶贫协作的指导意见出来以后，北京新增了哪几个帮扶对象？河北的那些",
             set_up("关于进一步加强东西部扶贫协作工作的指导意见", "recipient", other="北京市", other_side="supporter"),
             "plain"),
            ("二〇二一年在银川召开的全国东西部协作推进会，确定广州市结对帮扶的是哪一个市？",
             set_up("全国东西部协作和中央单位定点帮扶工作推进会", "recipient", other="广州市", other_side="supporter"),
             "traditional"),
            ("玉树协调小组会议 定了哪几个省援建",
             set_up("国务院玉树地震灾后恢复重建协调小组会议", "supporter"), "plain"),
            ("民政部那个紧急通知（08年5月的）让海南去对口哪个县来着？",
             set_up("民政部关于对口支援四川重灾县的紧急通知", "recipient", other="海南省", other_side="supporter"), "plain"),
            ("国办发〔2008〕53号 湖南 对口哪个县",
             set_up("汶川地震灾后恢复重建对口支援方案", "recipient", other="湖南省", other_side="supporter"), "plain"),
            ("广东省委、省政府对口支援汶川县恢复重建工作会议，安排江门市援建哪一个乡镇？",
             set_up("广东省委、省政府对口支援汶川县恢复重建工作会议", "recipient", other="江门市", other_side="supporter"),
             "traditional"),
            ("滇沪2004年那次定的 嘉定区帮哪些地方",
             set_up("滇沪确定上海对口帮扶迪庆", "recipient", other="嘉定区", other_side="supporter"), "abbreviation"),
            ("山东2016年那个省内结对协作帮扶安排，青岛结的是哪个市？",
             set_up("山东省省内结对协作帮扶安排", "recipient", other="青岛市", other_side="supporter"), "plain")]):
        P(f"setup-{i}", "event_setup", text, q, variant)

    # the meeting or document behind one pairing
    def behind(giver, place):
        return f"""SELECT DISTINCT ?e WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> ;
          dk:establishedBy ?e }}"""

    for i, (text, giver, place, variant) in enumerate([
            ("佛山帮扶云浮 是哪个会定的", "佛山市", "云浮市", "plain"),
            ("无锡市自二〇二二年起与连云港市挂钩合作，依据的是哪一项部署？", "无锡市", "连云港市", "traditional"),
            ("晋中对口北塔山牧场这事儿，是哪次会议拍板的？", "晋中市", "新疆生产建设兵团第六师北塔山牧场", "plain"),
            ("宁波 蚌埠 结对 依据哪个文件", "宁波市", "蚌埠市", "plain"),
            ("财政部对口支援瑞金，这是依据国务院哪个文件？", "财政部", "瑞金市", "plain"),
            ("东莞 昭通 结对 哪个文件定的", "东莞市", "昭通市", "plain")]):
        P(f"behind-{i}", "event_setup", text, behind(giver, place), variant)

    # start years
    def start(giver, place, key=""):
        prog = f"?p dk:programme {pg(key)} ." if key else ""
        return f"""SELECT DISTINCT ?b WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> ; dk:startYear ?b . {prog} }}"""

    for i, (text, giver, place, key, variant) in enumerate([
            ("晋中 北塔山牧场 哪年开始", "晋中市", "新疆生产建设兵团第六师北塔山牧场", "", "plain"),
            ("扬州市对口支援新源县，始于哪一年？", "扬州市", "新源县", "", "traditional"),
            ("浦东新区帮莎车县（我们上海人都知道的）是从哪年开始的？", "浦东新区", "莎车县", "", "plain"),
            ("黑龙江 康马 哪年起", "黑龙江省", "康马县", "", "plain"),
            ("南京市对口支援墨竹工卡县自何年开始？", "南京市", "墨竹工卡县", "", "traditional"),
            ("济南和湘西结对，大概是哪一年开始的事？", "济南市", "湘西土家族苗族自治州", "", "plain"),
            ("浙川 东西部协作 哪年开始的", "浙江省", "四川省", "dongxibu", "abbreviation"),
            ("深圳市对口支援塔什库尔干塔吉克自治县，是哪一年开始的？", "深圳市", "塔什库尔干塔吉克自治县", "", "traditional"),
            ("松江区去定日县对口，我记得挺早的，具体哪年开始？", "松江区", "定日县", "", "plain"),
            ("龙岩 边坝 几几年开始", "龙岩市", "边坝县", "", "plain"),
            ("东莞市与昭通市的东西部扶贫协作结对始于何年？", "东莞市", "昭通市", "", "traditional"),
            ("佛山跟云浮那个对口帮扶，哪年开始算的？省内的那种", "佛山市", "云浮市", "", "plain")]):
        P(f"start-{i}", "since_when", text, start(giver, place, key), variant)

    # in force in a year, throughout a plan period, begun before/after
    def in_force(first, last=None, *, place="", giver="", cls="", key="", within=""):
        last = last or first
        prog = f"?p dk:programme {pg(key)} ." if key else ""
        r = f"?p dk:recipient <{iri_of(place)}> ; dk:supporter ?x ." if place else f"?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?x ."
        kind = f"?x a {cls} ." if cls else ""
        part = f"?x dk:partOf+ <{iri_of(within)}> ." if within else ""
        return f"""SELECT DISTINCT ?x WHERE {{ {r} {kind} {part} {prog} ?p dk:startYear ?b . OPTIONAL {{ ?p dk:endYear ?e }}
          FILTER(?b <= {first} && (!BOUND(?e) || ?e >= {last})) {ok} {nc} }}"""

    def begun(cmp, year, *, place="", key="", cls=""):
        prog = f"?p dk:programme {pg(key)} ." if key else ""
        r = f"?p dk:recipient <{iri_of(place)}> ." if place else ""
        kind = f"?x a {cls} ." if cls else ""
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:supporter ?x ; dk:startYear ?b . {r} {prog} {kind} FILTER(?b {cmp} {year}) {nc} }}"""

    for i, (text, q, variant) in enumerate([
            ("2015年 厦门 东西协作 帮哪", in_force(2015, giver="厦门市", key="dongxibu"), "plain"),
            ("二〇一二年的时候，深圳在东西部扶贫协作里帮着贵州哪几个地方？",
             in_force(2012, giver="深圳市", key="dongxibu", within="贵州省"), "numeral"),
            ("2020年 江苏 青海 结对哪些市", in_force(2020, giver="江苏省", within="青海省", cls="dk:City"), "plain"),
            ("一九九九年时，对口支援昌吉回族自治州的是哪个省？", in_force(1999, place="昌吉回族自治州"), "traditional"),
            ("09年 八十六团 谁在帮", in_force(2009, place="新疆生产建设兵团第五师八十六团"), "plain"),
            ("一九九八年时，湖南省对口支援的是新疆哪一个地区？", in_force(1998, giver="湖南省", within="新疆维吾尔自治区"),
             "traditional"),
            ("2003年 黑龙江 援藏 对口哪些", in_force(2003, giver="黑龙江省", key="yuanzang"), "plain"),
            ("十三五期间，东莞对口帮扶的是哪些市？", in_force(2016, 2020, giver="东莞市"), "plain"),
            ("十四五时期（2021—2025），广州在东西部协作中结对的是哪几个市州？",
             in_force(2021, 2025, giver="广州市", key="dongxibu"), "plain"),
            ("九五期间山东在东西扶贫协作里帮的是哪里？顺便说一句我是山东人",
             in_force(1996, 2000, giver="山东省", key="dongxibu"), "plain"),
            ("2001年以前就开始对口支援日喀则的省市有哪些", begun("<", 2001, place="日喀则市", cls="dk:ProvinceRankActor"),
             "plain"),
            ("2016年后才开始帮凉山的", begun(">=", 2016, place="凉山彝族自治州"), "plain"),
            ("二〇一四年以后才加入援疆的有哪些单位？", begun(">=", 2014, key="yuanjiang"), "traditional")]):
        P(f"time-{i}", "time_filter", text, q, variant)

    # round 2: more phrasings of the kinds round 1 exposed, with other names (written before their fixes were tested)
    sanxia_bj = f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg('sanxia')} ; dk:supporter ?x . ?x dk:partOf+ <{iri_of('北京市')}> }}"""
    issued = lambda key, body: f"""SELECT DISTINCT ?e WHERE {{ ?p dk:programme {pg(key)} ; dk:establishedBy ?e .
      ?e dk:issuedBy <{BASE}agency/{body}> }}"""
    dated_issued = lambda key, body, year: f"""SELECT DISTINCT ?e WHERE {{ ?p dk:programme {pg(key)} ; dk:establishedBy ?e ;
      dk:startYear {year} . ?e dk:issuedBy <{BASE}agency/{body}> }}"""
    for i, (text, qtype, q, variant) in enumerate([
            ("哈密在前期援疆中由广东省支援，新一轮开始后由哪个省接手？", "takeover", successor("哈密市", "广东省"), "plain"),
            ("毕节原先由深圳帮扶，后来由哪个城市接班？", "takeover", successor("毕节市", "深圳市"), "plain"),
            ("安顺市原由青岛市帮扶，二〇二一年起由哪个城市接替？", "takeover", successor("安顺市", "青岛市"), "traditional"),
            ("佛山对口凉山，上一任帮扶方是谁？", "takeover", predecessor("凉山彝族自治州", "佛山市"), "plain"),
            ("广州帮安顺，前一个帮安顺的是哪个市", "takeover", predecessor("安顺市", "广州市"), "plain"),
            ("连云港市现由无锡市挂钩，其前任为哪一市？", "takeover", predecessor("连云港市", "无锡市"), "traditional"),
            ("青海省东西部协作最早是辽宁，后面是哪个省", "takeover", successor("青海省", "辽宁省"), "plain"),
            ("理县过渡安置是福建帮的，随后是哪个省", "takeover", successor("理县", "福建省"), "plain"),
            ("在对口支援新疆中原先由上海负责的阿克苏地区，后来换成了哪个省？", "takeover", successor("阿克苏地区", "上海市"), "plain"),
            ("2018年 东西协作 青岛 帮哪些地方", "time_filter", in_force(2018, giver="青岛市", key="dongxibu"), "plain"),
            ("东西协作里福州帮的是哪里", "event_setup", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg('dongxibu')} ;
              dk:supporter <{iri_of('福州市')}> ; dk:recipient ?x }}""", "plain"),
            ("十五期间，上海在援藏中结对的地方有哪些？", "time_filter", in_force(2001, 2005, giver="上海市", key="yuanzang"), "plain"),
            ("“九五”时期，对口支援山南市的有哪几个省？", "time_filter", in_force(1996, 2000, place="山南市"), "traditional"),
            ("广东什么时候开始援助哈密的？（我是广东人，好奇问问）", "since_when", start("广东省", "哈密市"), "plain"),
            ("江苏对口伊犁是哪一年开始的？我自己是江苏人哈", "since_when", start("江苏省", "伊犁哈萨克自治州"), "plain"),
            ("赣南那个意见里 财政部对口哪", "event_setup",
             set_up("国务院关于支持赣南等原中央苏区振兴发展的若干意见", "recipient", other="财政部", other_side="supporter"), "plain"),
            ("东北合作方案 江苏 对口哪个省", "event_setup",
             set_up("东北地区与东部地区部分省市对口合作工作方案", "recipient", other="江苏省", other_side="supporter"), "plain"),
            ("藏区那个方案 天津对口哪些地方", "event_setup",
             set_up("发达省（市）对口支援四川云南甘肃省藏区经济社会发展工作方案", "recipient", other="天津市", other_side="supporter"),
             "plain"),
            ("民政部那份紧急通知 辽宁 对口哪个县", "event_setup",
             set_up("民政部关于对口支援四川重灾县的紧急通知", "recipient", other="辽宁省", other_side="supporter"), "plain"),
            ("广东那次汶川县恢复重建会议 佛山 援建哪个镇", "event_setup",
             set_up("广东省委、省政府对口支援汶川县恢复重建工作会议", "recipient", other="佛山市", other_side="supporter"), "plain"),
            ("2010年全国援疆工作会议上，天津分到了哪几个县？", "event_setup",
             set_up("全国对口支援新疆工作会议", "recipient", other="天津市", other_side="supporter"), "plain"),
            ("全国边防会议那次 江苏对口哪里", "event_setup",
             set_up("全国边防工作会议", "recipient", other="江苏省", other_side="supporter"), "plain"),
            ("广州从2013年起对口黔南，依据的是哪份文件？", "event_setup", behind("广州市", "黔南布依族苗族自治州"), "plain"),
            ("苏州帮扶铜仁是依据哪一项安排？", "event_setup", behind("苏州市", "铜仁市"), "plain"),
            ("佛山自2016年起帮扶凉山州，依据的是什么文件", "event_setup", behind("佛山市", "凉山彝族自治州"), "plain"),
            ("第五次西藏工作座谈会后，北京这边是哪几个区下去援青的？", "event_setup",
             set_up("第五次西藏工作座谈会", "supporter", within="北京市"), "plain"),
            ("三峡移民那次，北京具体是哪几个区去对口的", "event_setup", sanxia_bj, "plain"),
            ("滇沪 宝山区 帮啥", "event_setup", recipients_q(iri_of("宝山区")), "abbreviation"),
            ("16年援藏调整 泉州 对口啥", "event_setup",
             set_up("援藏对口关系调整（2016年7月）", "recipient", other="泉州市", other_side="supporter"), "plain"),
            ("2001年苏北发展协调小组那次会，定了哪些城市被帮？", "event_setup",
             set_up("江苏省委省政府苏北发展协调小组第一次会议", "recipient"), "plain"),
            ("广东那次汶川县恢复重建工作会议，哪些乡镇被帮", "event_setup",
             set_up("广东省委、省政府对口支援汶川县恢复重建工作会议", "recipient"), "plain"),
            ("2008年汶川地震灾后恢复重建对口支援，是国务院办公厅哪份文件安排的？", "event_setup",
             issued("wenchuan-chongjian", "guowuyuan-bangongting"), "plain"),
            ("2013年对口帮扶贵州，是国务院办公厅哪个文件部署的", "event_setup",
             dated_issued("dongxibu", "guowuyuan-bangongting", 2013), "plain")]):
        P(f"r2-{i}", qtype, text, q, variant)

    # round 3: phrasings of the kinds the studied halves showed (written after their fixes: om081 om085 om089 ol063 ol091)
    def of_stage(place, key):
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?x ; dk:programme {pg(key)} . {nc} }}"""

    dated_doc = lambda key, year: f"""SELECT DISTINCT ?e WHERE {{ ?p dk:programme {pg(key)} ; dk:startYear {year} ;
      dk:establishedBy ?e . ?e a dk:PolicyDocument ; dk:year {year} }}"""
    for i, (text, qtype, q, variant) in enumerate([
            ("平武县到了重建阶段是哪个省在帮？", "takeover", of_stage("平武县", "wenchuan-chongjian"), "plain"),
            ("黑水县过渡期由哪个省对口支援", "takeover", of_stage("黑水县", "wenchuan-guodu"), "plain"),
            ("理县在恢复重建时期由哪个省援建？", "takeover", of_stage("理县", "wenchuan-chongjian"), "traditional"),
            ("黑水县的对口支援省份由广西改为哪个省？", "takeover", successor("黑水县", "广西壮族自治区"), "plain"),
            ("茂县的援建省份由天津换成了哪个省份", "takeover", successor("茂县", "天津市"), "plain"),
            ("凉山州的帮扶城市由珠海市改成了哪个城市", "takeover", successor("凉山彝族自治州", "珠海市"), "plain"),
            ("湖南 吐鲁番 第一批援疆干部哪年到的", "since_when", start("湖南省", "吐鲁番市"), "plain"),
            ("湖北派到博州的首批援疆干部是哪一年去的？", "since_when", start("湖北省", "博尔塔拉蒙古自治州"), "plain"),
            ("黑龙江 康马 首批援藏干部 哪年到位", "since_when", start("黑龙江省", "康马县"), "plain"),
            ("2010年东西扶贫协作局部调整，哪些地方被帮", "event_setup", set_up("东西扶贫协作结对关系局部调整", "recipient"), "plain"),
            ("民政部那份紧急通知里，四川哪些县被帮了", "event_setup",
             set_up("民政部关于对口支援四川重灾县的紧急通知", "recipient", within="四川省"), "plain"),
            ("民政部那份紧急通知安排了四川哪些县", "event_setup",
             set_up("民政部关于对口支援四川重灾县的紧急通知", "recipient", within="四川省", cls="dk:CountyLevelDivision"), "plain"),
            ("二〇一七年东北地区与东部地区对口合作，是国务院办公厅哪份文件部署的？", "event_setup",
             dated_doc("dongbei-hezuo", 2017), "numeral"),
            ("2021年沪苏浙帮扶皖北，是依据哪份文件？", "event_setup", dated_doc("wanbei", 2021), "plain"),
            ("东北那个方案 北京对口哪个市", "event_setup",
             set_up("东北地区与东部地区部分省市对口合作工作方案", "recipient", other="北京市", other_side="supporter"), "plain"),
            ("苏区的意见 国家体育总局 对口哪个县", "event_setup",
             set_up("国务院关于支持赣南等原中央苏区振兴发展的若干意见", "recipient", other="国家体育总局", other_side="supporter"),
             "plain"),
            ("1979年全国边防会议上，山东被安排支援哪里", "event_setup",
             set_up("全国边防工作会议", "recipient", other="山东省", other_side="supporter"), "plain")]):
        P(f"r3-{i}", qtype, text, q, variant)

    # a meeting or document asked by what it decided (ol089's kind): our own descriptions of other meetings' decisions
    for i, (text, event, variant) in enumerate([
            ("九省市和有关部委援建西藏43项工程，是哪次会议定下的？", "第二次西藏工作座谈会", "plain"),
            ("一个地级以上市支援汶川县一个乡镇的办法，是哪次会议定的", "广东省委、省政府对口支援汶川县恢复重建工作会议", "plain"),
            ("19个省市对口支援新疆82个县市和兵团12个师，是哪次会议确定的", "全国对口支援新疆工作会议", "plain"),
            ("二十一個省份各自對口支援四川一個重災縣，出自哪一份文件？", "民政部关于对口支援四川重灾县的紧急通知", "traditional")]):
        P(f"decided-{i}", "event_setup", text, f'SELECT ?e WHERE {{ ?e rdfs:label "{event}"@zh }}', variant)

    # the same questions with their years in Chinese numerals (二〇一五年), as the retired teacher writes them
    for q in [q for q in questions if q["group"].startswith("pr21b-") and q["variant"] == "plain"
              and re.search(r"(?<![0-9])(19|20)[0-9]{2}年", q["text"])]:
        text = re.sub(r"(?<![0-9])((?:19|20)[0-9]{2})年", lambda m: cn_year(int(m.group(1))) + "年", q["text"])
        add(q["group"], q["type"], [text], q["gold"], q["query"], variant="numeral")

    for i, (text, status, variant) in enumerate([
            ("第十二次全国对口支援新疆工作会议给江苏安排了哪些县？", "no_entity", "plain"),
            ("东京接替北京对口支援拉萨是哪一年", "no_entity", "plain"),
            ("1984年那次会议给湖北拨了多少钱", "no_template", "plain"),
            ("徐州的南北挂钩2022年之后换成哪个城市了", "no_fact", "plain"),
            ("海东 江苏之前谁帮", "no_fact", "plain"),
            ("二〇三五年谁会接替上海对口支援日喀则？", "no_template", "numeral"),
            ("十五期间谁接替了纽约对口支援拉萨", "no_entity", "plain"),
            ("民政部那份紧急通知给海南拨了多少物资", "no_template", "plain"),
            ("崇州市到了重建阶段谁接手，花了多少钱", "no_template", "plain")]):
        add(f"pr21b-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status, variant=variant)


def gen_probe_21f():
    """Event set-up, takeover, start-year and time-scoped questions written first as three new askers (issue #15, session
    13, groups pr21f-*): a retired Guangdong cadre chatting with asides, a student typing terse on a phone (pair
    abbreviations 鲁渝 闽宁 京蒙 粤桂 沪滇, two-digit years) and an archive officer writing formal sentences in traditional
    script with Chinese-numeral years — over 广东省调整加强对口帮扶会议, 苏北发展协调小组, 玉树协调小组会议, 藏区工作方案,
    东西扶贫协作局部调整, 滇沪 2004, 山东省内结对, 陇南 崇州 和田 平武 takeovers. Kinds fixed: a task given by 被调去/被安排去帮
    (the actor's own aid), a bracket of date and venue after a meeting's name, a stage word before a bare 谁接的, an
    ambiguous place read by its pairing with the supporter named in a takeover, a pair's two abbreviations as the subject
    (鲁渝是哪年结对的). Gold from the SPARQL here."""
    nc = "FILTER NOT EXISTS { ?x a dk:CollectiveActor }"

    def ev(label_: str) -> str:
        return col(f'SELECT ?e WHERE {{ ?e rdfs:label "{label_}"@zh }}')[0]

    def P(group, qtype, text, q, variant="plain"):
        add(f"pr21f-{group}", qtype, [text], col(q), q, variant=variant)

    def set_up(event, side, *, other="", other_side="", cls="", within=""):
        named = f"?p dk:{other_side} <{iri_of(other)}> ." if other else ""
        kind = f"?x a {cls} ." if cls else ""
        part = f"?x dk:partOf+ <{iri_of(within)}> ." if within else ""
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:establishedBy <{ev(event)}> ; dk:{side} ?x . {named} {kind} {part} {nc} }}"""

    def which_event(supporter, recipient):
        return f"""SELECT DISTINCT ?e WHERE {{ ?p dk:supporter <{iri_of(supporter)}> ; dk:recipient <{iri_of(recipient)}> ;
          dk:establishedBy ?e }}"""

    def successor(place, old):
        return f"""SELECT DISTINCT ?x WHERE {{ ?o dk:recipient <{iri_of(place)}> ; dk:supporter <{iri_of(old)}> ; dk:endYear ?e .
          ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?x ; dk:startYear ?b FILTER(?x != <{iri_of(old)}> && ?b >= ?e) }}"""

    def predecessor(place, new):
        return f"""SELECT DISTINCT ?x WHERE {{ ?n dk:recipient <{iri_of(place)}> ; dk:supporter <{iri_of(new)}> ; dk:startYear ?b .
          ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?x ; dk:endYear ?e FILTER(?x != <{iri_of(new)}> && ?e <= ?b) }}"""

    def start(supporter, recipient):
        return f"""SELECT (MIN(?y) AS ?start) WHERE {{ ?p dk:supporter <{iri_of(supporter)}> ; dk:recipient ?r ; dk:startYear ?y .
          ?r dk:partOf? <{iri_of(recipient)}> FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}"""

    def in_force(place, year, cls=""):
        kind = f"?x a {cls} ." if cls else ""
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:recipient ?r ; dk:supporter ?x ; dk:startYear ?b . ?r dk:partOf? <{iri_of(place)}> .
          OPTIONAL {{ ?p dk:endYear ?e }} FILTER(?b <= {year} && (!BOUND(?e) || ?e >= {year})) {kind} {nc}
          FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}"""

    gd = "广东省调整加强对口帮扶会议"
    sb = "江苏省委省政府苏北发展协调小组第一次会议"
    ys = "国务院玉树地震灾后恢复重建协调小组会议"
    for i, (text, q, variant) in enumerate([
            # a task given by 被安排去帮 / 被调去帮扶 is the actor's own aid
            ("2013年广东那个调整加强对口帮扶的会，深圳被安排去帮哪两个市？",
             set_up(gd, "recipient", other="深圳市", other_side="supporter"), "plain"),
            ("2010年东西扶贫协作局部调整，厦门被调去帮扶哪个州？",
             set_up("东西扶贫协作结对关系局部调整", "recipient", other="厦门市", other_side="supporter"), "plain"),
            ("广东调整加强对口帮扶会议上，佛山市被安排去帮哪个市？（我在云浮待过）",
             set_up(gd, "recipient", other="佛山市", other_side="supporter"), "plain"),
            ("二〇一〇年東西扶貧協作結對關係局部調整時，珠海市被調去幫扶何處？",
             set_up("东西扶贫协作结对关系局部调整", "recipient", other="珠海市", other_side="supporter"), "traditional"),
            ("苏北发展协调小组第一次会议 无锡被安排去帮哪个市",
             set_up(sb, "recipient", other="无锡市", other_side="supporter"), "plain"),
            # a bracket after the meeting's name giving its date and venue: where it was held, not a side
            ("国务院玉树地震灾后恢复重建协调小组会议（2010年，西宁）部署了哪些省份对口援建？",
             set_up(ys, "supporter"), "plain"),
            ("第五次西藏工作座谈会（2010年1月，北京）安排了哪些省市对口支援青海？",
             f"""SELECT DISTINCT ?x WHERE {{ ?p dk:establishedBy <{ev("第五次西藏工作座谈会")}> ; dk:supporter ?x ; dk:recipient ?r .
               ?r dk:partOf* <{iri_of("青海省")}> . ?x a dk:ProvinceRankActor . {nc} }}""", "plain"),
            ("苏北发展协调小组第一次会议（二〇〇一年，徐州）給蘇州安排了哪個市？",
             set_up(sb, "recipient", other="苏州市", other_side="supporter"), "traditional"),
            ("广东省调整加强对口帮扶会议（2013年，广州）给广州市安排了哪些市？",
             set_up(gd, "recipient", other="广州市", other_side="supporter"), "plain"),
            # the plain old way (named meeting + actor + year), checked not to regress
            ("二〇〇一年江苏苏北发展协调小组第一次会议上，南京市结对的是哪个市？",
             set_up(sb, "recipient", other="南京市", other_side="supporter"), "numeral"),
            ("玉树地震后国务院那个恢复重建协调小组会议，安排了哪些省份对口支援玉树？", set_up(ys, "supporter"), "plain"),
            ("2014年藏区工作方案里天津负责哪些地方",
             set_up("发达省（市）对口支援四川云南甘肃省藏区经济社会发展工作方案", "recipient", other="天津市",
                    other_side="supporter"), "plain"),
            ("第五次西藏工作座谈会上，江苏被安排对口支援青海哪个州？",
             set_up("第五次西藏工作座谈会", "recipient", other="江苏省", other_side="supporter"), "plain"),
            ("第五次西藏工作座谈会 山东 对口哪里",
             set_up("第五次西藏工作座谈会", "recipient", other="山东省", other_side="supporter"), "plain"),
            ("滇沪2004年确定上海帮扶迪庆时，嘉定区结对了哪些县市？",
             set_up("滇沪确定上海对口帮扶迪庆", "recipient", other="嘉定区", other_side="supporter"), "abbreviation"),
            ("2021年全国东西部协作和中央单位定点帮扶工作推进会上江苏结对哪个省",
             set_up("全国东西部协作和中央单位定点帮扶工作推进会", "recipient", other="江苏省", other_side="supporter"), "plain"),
            ("对口帮扶贵州指导意见安排苏州帮扶哪个市",
             set_up("关于开展对口帮扶贵州工作的指导意见", "recipient", other="苏州市", other_side="supporter"), "plain")]):
        P(f"setup-{i}", "event_setup", text, q, variant)
    for i, (text, s_, r, variant) in enumerate([
            ("哪次会议确定了青岛帮扶菏泽？", "青岛市", "菏泽市", "plain"),
            ("中山對口幫扶潮州是哪一次會議定下來的？", "中山市", "潮州市", "traditional"),
            ("珠海帮扶阳江，依据的是哪个会议啊（我老家阳江的）", "珠海市", "阳江市", "plain")]):
        P(f"which-{i}", "event_setup", text, which_event(s_, r), variant)

    # takeovers: a stage word before a bare 谁接的; an ambiguous place read by its pairing with the supporter named
    for i, (text, place, old, variant) in enumerate([
            ("崇州 河北之后 重建谁接的", "崇州市", "河北省", "plain"),
            ("理县 福建之后 重建是谁接的", "理县", "福建省", "plain"),
            ("上海离开阿克苏以后是谁接手的？", "阿克苏地区", "上海市", "plain"),
            ("阿克苏 上海之后 新一轮哪个省接的", "阿克苏地区", "上海市", "plain"),
            ("和田地區在浙江省之後，由哪個省市接手援疆？", "和田地区", "浙江省", "traditional"),
            ("连云港 镇江之后换谁了", "连云港市", "镇江市", "plain"),
            ("陇南市原由北京市对口帮扶，此后由哪个城市接替？", "陇南市", "北京市", "plain")]):
        P(f"after-{i}", "takeover", text, successor(place, old), variant)
    P("before-0", "takeover", "平武县 河北之前是谁支援的", predecessor("平武县", "河北省"))
    # an ambiguous place with no supporter named, in a takeover question: the meaning whose old pairing ended
    P("ended-0", "takeover", "阿克苏2010年以后换成谁在援了？",
      """SELECT DISTINCT ?x WHERE { ?p dk:recipient <%s> ; dk:supporter ?x ; dk:startYear ?b FILTER(?b >= 2010) }"""
      % iri_of("阿克苏地区"))

    # a pair's two abbreviations as the subject asked about (鲁渝是哪年结对的), and start years over other pairs
    for i, (text, s_, r, variant) in enumerate([
            ("闽宁这对子是哪年结下的", "福建省", "宁夏回族自治区", "abbreviation"),
            ("鲁渝是哪年结对的", "山东省", "重庆市", "abbreviation"),
            ("沪滇从哪年开始的", "上海市", "云南省", "abbreviation"),
            ("京蒙这对是哪年开始的", "北京市", "内蒙古自治区", "abbreviation"),
            ("粵桂是什麼時候結對的", "广东省", "广西壮族自治区", "traditional"),
            ("中山从哪年开始帮扶潮州", "中山市", "潮州市", "plain"),
            ("青岛帮菏泽 哪年起", "青岛市", "菏泽市", "plain")]):
        P(f"since-{i}", "since_when", text, start(s_, r), variant)

    # time-scoped: who was in force in a year
    P("scoped-0", "time_filter", "2012年还在帮临夏的是谁", in_force("临夏回族自治州", 2012))
    P("scoped-1", "time_filter", "二〇一二年还在帮扶临夏州的是哪个城市", in_force("临夏回族自治州", 2012), "numeral")

    for i, (text, status, variant) in enumerate([
            ("第九次西藏工作座谈会安排了广东援助哪里", "no_entity", "plain"),
            ("天津對口支援天祝藏族自治縣始於何年？", "no_fact", "traditional"),  # the only row with a start is unverified
            ("鲁渝这对子一共花了多少钱", "no_template", "abbreviation")]):
        add(f"pr21f-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status, variant=variant)
def gen_probe_21g():
    """Forward lists, reverse lists, a region and its parts, and kind words as filters, written FIRST as three new askers
    would, before reading the pipeline (issue #15, session 13, groups pr21g-*): a retired Shanghai engineer chatting with
    asides, a county statistics clerk typing terse on a phone (abbreviations 沪滇 粤桂 京蒙, slips) and a 档案 researcher
    writing long formal sentences in traditional script with Chinese-numeral years — over programmes the studied sets
    rarely use (沪滇迪庆, 三峡's 北京 districts, 皖北, 广东省内, 东北合作, 苏北挂钩, 赣南苏区's 部委, 援青玉树).
    Gold from the SPARQL here, not from the templates."""
    nc = "FILTER NOT EXISTS { ?x a dk:CollectiveActor }"
    pg = lambda key: f"<{BASE}programme/{key}>"

    def fwd(s, key="", cls=""):
        prog = f"; dk:programme {pg(key)}" if key else ""
        kind = f"?x a {cls} ." if cls else ""
        return f"SELECT DISTINCT ?x WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(s)}> ; dk:recipient ?x {prog} . {kind} {nc} }}"

    def rev(r, key="", cls=""):
        prog = f"; dk:programme {pg(key)}" if key else ""
        kind = f"?x a {cls} ." if cls else ""
        return f"SELECT DISTINCT ?x WHERE {{ ?p a dk:PairingRelationship ; dk:recipient <{iri_of(r)}> ; dk:supporter ?x {prog} . {kind} {nc} }}"

    def parts_helped(r, cls="dk:CountyLevelDivision"):
        """The places inside r that have a supporter of their own."""
        return f"SELECT DISTINCT ?x WHERE {{ ?p a dk:PairingRelationship ; dk:recipient ?x . ?x dk:partOf+ <{iri_of(r)}> ; a {cls} }}"

    def P(group, qtype, text, q, variant="plain"):
        add(f"pr21g-{group}", qtype, [text], col(q), q, variant=variant)

    items = [
        # forward lists
        ("fwd-0", "supporter_recipients", "嘉定区对口帮扶哪些地方？我老单位在嘉定", fwd("嘉定区"), "plain"),
        ("fwd-1", "supporter_recipients", "平谷区 三峡 对口哪", fwd("平谷区", "sanxia"), "plain"),
        ("fwd-2", "supporter_recipients", "敢問廣州市於廣東省內對口幫扶之地級市為何？", fwd("广州市", "guangdong-shengnei"), "traditional"),
        ("fwd-3", "supporter_recipients", "松江区帮的是皖北哪个市", fwd("松江区", "wanbei"), "plain"),
        ("fwd-4", "supporter_recipients", "天津在东北对口合作里结对的是哪个城市", fwd("天津市", "dongbei-hezuo"), "plain"),
        ("fwd-5", "supporter_recipients", "财政部对口支援赣南苏区哪个地方", fwd("财政部", "gannan"), "plain"),
        ("fwd-6", "supporter_recipients", "苏州在苏北挂钩的是谁", fwd("苏州市", "jiangsu-nanbei"), "plain"),
        ("fwd-7", "supporter_recipients", "沪滇协作里宝山区负责哪几个县市？", fwd("宝山区", "dianhu-diqing"), "abbreviation"),
        # reverse lists
        ("rev-0", "recipient_supporters", "秭归县有哪些地方在对口支援它？", rev("秭归县"), "plain"),
        ("rev-1", "recipient_supporters", "崇义县 对口支援单位 有哪些", rev("崇义县"), "plain"),
        ("rev-2", "recipient_supporters", "萬州區於三峽移民對口支援中，由哪幾個省市或區承擔？", rev("万州区", "sanxia"), "traditional"),
        ("rev-3", "recipient_supporters", "清远是珠三角哪个市在帮", rev("清远市"), "plain"),
        ("rev-4", "recipient_supporters", "阜阳市 谁帮扶", rev("阜阳市"), "plain"),
        ("rev-5", "recipient_supporters", "夷陵区那边，当年三峡移民是哪些省市去支援的呀？", rev("夷陵区", "sanxia"), "plain"),
        ("rev-6", "recipient_supporters", "哈尔滨 东北合作 对口城市", rev("哈尔滨市", "dongbei-hezuo"), "plain"),
        # a region and its parts
        # the parts named with the place (和它下面的县): who supports the place and who supports each part, a district of a
        # province-rank supporter included (it is the one paired with the county)
        ("parts-0", "region_parts", "迪庆州和它下面的县都是谁在帮？", f"""SELECT DISTINCT ?x WHERE {{ ?p a dk:PairingRelationship ;
          dk:recipient ?r ; dk:supporter ?x . ?r dk:partOf* <{iri_of("迪庆藏族自治州")}> . {nc} }}""", "plain"),
        ("parts-1", "region_parts", "嘉定区帮了迪庆哪几个县", within_q(iri_of("嘉定区"), iri_of("迪庆藏族自治州")), "plain"),
        ("parts-2", "region_parts", "玉树州下面 哪些县有北京的区在帮", parts_helped("玉树藏族自治州"), "plain"),
        ("parts-3", "region_parts", "北京的区县對口支援玉樹州的哪些縣市？", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:recipient ?x ;
          dk:supporter ?g . ?g dk:partOf <{iri_of("北京市")}> . ?x dk:partOf <{iri_of("玉树藏族自治州")}> }}""", "traditional"),
        ("parts-4", "region_parts", "迪庆州本身是谁对口帮扶的", rev("迪庆藏族自治州"), "plain"),
        # kind words as filters
        ("kind-0", "actor_type", "北京哪些区参与了三峡移民对口支援？", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg('sanxia')} ; dk:supporter ?x . ?x dk:partOf <{iri_of('北京市')}> ; a dk:District }}""", "plain"),
        ("kind-1", "actor_type", "赣南苏区那块 哪些部委在帮南康区", rev("南康区", "gannan", "dk:CentralAgency"), "plain"),
        ("kind-2", "actor_type", "上海哪些区援助了皖北的城市", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg('wanbei')} ; dk:supporter ?x . ?x dk:partOf <{iri_of('上海市')}> ; a dk:District }}""", "plain"),
        ("kind-3", "actor_type", "皖北帮扶中，是哪些城市而不是区在帮安徽？", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg('wanbei')} ; dk:supporter ?x . ?x a dk:City FILTER NOT EXISTS {{ ?x a dk:District }} }}""", "plain"),
        ("kind-4", "actor_type", "一九九二年三峽移民對口支援中，北京市哪些區參與支援秭歸縣？", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg('sanxia')} ; dk:recipient <{iri_of('秭归县')}> ; dk:supporter ?x . ?x dk:partOf <{iri_of('北京市')}> }}""", "traditional"),
    ]
    # after the fixes: phrasings of each kind with other names. (a) a region that is no actor names its programme (皖北,
    # 苏北, 粤东西北); (b) a pair's name, then one of its first member's parts (沪滇…嘉定区); (c) cities, not districts or
    # counties (城市而不是区, 城市而非县)
    def inside(s, region, cls=""):
        kind = f"?x a {cls} ." if cls else ""
        return f"SELECT DISTINCT ?x WHERE {{ ?p dk:supporter <{iri_of(s)}> ; dk:recipient ?x . ?x dk:partOf+ <{iri_of(region)}> . {kind} }}"

    def cities_not(key, cls):
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?x . ?x a dk:City
          FILTER NOT EXISTS {{ ?x a {cls} }} {nc} }}"""
    items += [
        ("region-0", "supporter_recipients", "無錫市在蘇北掛鉤的是哪一個市？", fwd("无锡市", "jiangsu-nanbei"), "traditional"),
        ("region-1", "supporter_recipients", "二〇二一年起皖北帮扶里，杭州对口哪个市？", fwd("杭州市", "wanbei"), "numeral"),
        ("region-2", "supporter_recipients", "皖北那几个市里，宁波帮的是哪个", fwd("宁波市", "wanbei"), "plain"),
        ("region-3", "supporter_recipients", "粤东西北 广州 帮扶哪两个市", fwd("广州市", "guangdong-shengnei"), "plain"),
        ("region-4", "supporter_recipients", "苏北 南京 帮谁", fwd("南京市", "jiangsu-nanbei"), "plain"),
        ("pairpart-0", "region_parts", "沪滇合作里嘉定区帮扶哪几个县", inside("嘉定区", "云南省"), "abbreviation"),
        ("pairpart-1", "region_parts", "苏黔协作 苏州帮哪", inside("苏州市", "贵州省"), "abbreviation"),
        ("pairpart-2", "region_parts", "闽甘协作中厦门市结对的是哪个市州", inside("厦门市", "甘肃省", "dk:PrefectureLevelDivision"), "abbreviation"),
        ("pairpart-3", "region_parts", "粤黔协作里广州帮的是哪些地方", inside("广州市", "贵州省"), "abbreviation"),
        ("notkind-0", "actor_type", "三峽移民對口支援中，哪些是城市而不是區在出力？", cities_not("sanxia", "dk:District"), "traditional"),
        ("notkind-1", "actor_type", "汶川重建 哪些是城市而非县在援建", cities_not("wenchuan-chongjian", "dk:County"), "plain"),
        ("notkind-2", "actor_type", "珠三角帮粤东西北，哪些是城市而不是区出的力", cities_not("guangdong-shengnei", "dk:District"), "plain"),
        ("notkind-3", "actor_type", "援藏的支援方里，哪些是城市、不是省？", cities_not("yuanzang", "dk:ProvinceLevelDivision"), "plain"),
        ("notkind-4", "actor_type", "三峡移民那批支援方，哪些是城市、不是区？", cities_not("sanxia", "dk:District"), "plain"),
    ]
    # (d) a place as the topic, then the giver whose parts are asked (秭归那边，北京是哪两个区去帮的: oo015's kind)
    def parts_giving(giver, place):
        return f"""SELECT DISTINCT ?x WHERE {{ ?p a dk:PairingRelationship ; dk:recipient ?r ; dk:supporter ?x .
          ?r dk:partOf* <{iri_of(place)}> . ?x dk:partOf <{iri_of(giver)}> }}"""  # (the place and its parts: 玉树州's counties)
    items += [
        ("topic-0", "recipient_supporters", "亳州那边，上海是哪个区在帮？", parts_giving("上海市", "亳州市"), "plain"),
        ("topic-1", "recipient_supporters", "玉树州这边，北京是哪些区在管", parts_giving("北京市", "玉树藏族自治州"), "plain"),
        ("topic-2", "recipient_supporters", "淮南，上海是哪个区结对的", parts_giving("上海市", "淮南市"), "plain"),
        ("topic-3", "recipient_supporters", "万州那边，北京是哪些区支援的", parts_giving("北京市", "万州区"), "plain"),
        ("topic-4", "recipient_supporters", "夷陵那邊，北京是哪個區在幫？", parts_giving("北京市", "夷陵区"), "traditional"),
    ]
    for group, qtype, text, q, variant in items:
        P(group, qtype, text, q, variant)
    for i, (text, status, variant) in enumerate([
            ("嘉定区对口帮扶巴黎哪几个区", "no_entity", "plain"),
            ("沪滇 迪庆 2030年 谁接手", "no_template", "abbreviation")]):
        add(f"pr21g-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status, variant=variant)
def gen_probe_21h():
    """Common partners, book facts and mechanism questions written first as three new askers would, before reading the
    pipeline (issue #15, session 12, groups pr21h-*): a retired engineer typing terse on a phone (pair abbreviations,
    spaces for punctuation), a county archive clerk writing long formal sentences (traditional script, numbered
    contents) and a chatty tour guide with asides — over names the studied sets rarely use (湘闽 in 汶川, 津晋 in 茂县,
    丰台 石景山 in 万州, 平谷 武汉 in 秭归, 锡镇 in 连云港, 厦门 山东 in 重庆, 鲁渝 京蒙 闽宁, the contents' third level).
    Kinds fixed: a motion word between 都 and the aid verb (都去帮过), a numbered part of a section (第一节第（三）小节),
    the editor's unit without the title, two abbreviations run together as a pair's name before a noun for the pair
    (闽宁这对子). Gold from the SPARQL here."""
    ok = "FILTER NOT EXISTS { ?p dk:verificationStatus dk:Unverified } FILTER NOT EXISTS { ?q dk:verificationStatus dk:Unverified }"

    def common(a, b):
        return (f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(a)}> ; dk:recipient ?r . "
                f"?q dk:supporter <{iri_of(b)}> ; dk:recipient ?r . {ok} }}")

    for i, (text, a, b, variant) in enumerate([
            ("湘 闽 共同援过的地方", "湖南省", "福建省", "abbreviation"),
            ("天津跟山西，两家都帮过的是哪个县？我老家在阿坝那块", "天津市", "山西省", "plain"),
            ("上海市与青岛市共同对口支援过哪些地方？", "上海市", "青岛市", "traditional"),
            ("丰台 石景山 一起援过哪里", "丰台区", "石景山区", "plain"),
            ("平谷区和武汉市有没有共同支援的地方？有的话是哪里", "平谷区", "武汉市", "plain"),
            ("请问广东省与河南省二者均曾对口支援之地区为何？", "广东省", "河南省", "traditional"),
            ("吉林和河北都支援了哪个县？", "吉林省", "河北省", "plain"),
            ("无锡、镇江两市共同帮扶的是哪个市", "无锡市", "镇江市", "plain"),
            # a motion word between 都 and the aid verb (都去帮过, 都跑去援建, 都派人去支援)
            ("厦门和山东都去帮过的是哪儿", "厦门市", "山东省", "plain"),
            ("厦门 鲁 都去援过哪", "厦门市", "山东省", "abbreviation"),
            ("湖南和福建都跑去援建过哪些县市？地震那年的事", "湖南省", "福建省", "plain"),
            ("天津市与山西省都曾前去支援之县为何？", "天津市", "山西省", "traditional"),
            ("丰台和石景山都派人去支援过哪里", "丰台区", "石景山区", "plain")]):
        add(f"pr21h-common-{i}", "intersection", [text], col(common(a, b)), common(a, b), variant=variant)

    # the contents' third level: a numbered part of a section
    def part(c, s_, k):
        return (f"SELECT ?h WHERE {{ ?b dcterms:title ?t FILTER NOT EXISTS {{ ?b dk:headingNumber ?z }} "
                f"?c dcterms:isPartOf ?b ; dk:headingNumber {c} . ?s dcterms:isPartOf ?c ; dk:headingNumber {s_} . "
                f"?h dcterms:isPartOf ?s ; dk:headingNumber {k} }}")
    for i, (text, c, s_, k, variant) in enumerate([
            ("书里第一章第二节第（三）小节讲的是什么", 1, 2, 3, "plain"),
            ("第1章第3节第(2)小节的标题", 1, 3, 2, "numeral"),
            ("请问该书第一章第三节第一小节之标题为何？", 1, 3, 1, "traditional"),
            ("第一章第一节第（二）小节叫啥", 1, 1, 2, "plain")]):
        q = part(c, s_, k)
        add(f"pr21h-subsection-{i}", "book_fact", [text], col(q), q, variant=variant)
    add("pr21h-subsection-none", "unanswerable", ["第一章第一节第（九）小节的标题是什么"], [], "", answerable=False,
        expected="no_fact")

    # the editor's unit asked: the unit, not the unit and title
    q = 'SELECT (REPLACE(STR(?a), "(副)?教授$", "") AS ?v) WHERE { ?x a dk:Person ; dk:affiliation ?a }'
    for i, (text, variant) in enumerate([("这本书主编的任职单位是哪里", "plain"), ("本书主编供职于何单位？", "traditional"),
                                         ("该书主编在哪个单位工作啊", "plain")]):
        add(f"pr21h-editor-unit-{i}", "book_fact", [text], col(q), q, variant=variant)

    # two abbreviations run together as a pair's name, then a noun for the pair
    def began(a, b):
        return (f"SELECT (MIN(?y) AS ?v) WHERE {{ ?p dk:supporter <{iri_of(a)}> ; dk:recipient <{iri_of(b)}> ; dk:startYear ?y "
                f"FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}")
    for i, (text, a, b, variant) in enumerate([
            ("闽宁这对子是哪年结下的", "福建省", "宁夏回族自治区", "abbreviation"),
            ("鲁渝这对子哪年开始的", "山东省", "重庆市", "abbreviation"),
            ("京蒙的结对关系是哪一年开始的？", "北京市", "内蒙古自治区", "traditional"),
            ("闽宁那对搭档哪年开始的？拍片要用", "福建省", "宁夏回族自治区", "abbreviation")]):
        add(f"pr21h-pair-run-{i}", "since_when", [text], col(began(a, b)), began(a, b), variant=variant)
    # 有何区别 (classical 何 before 区别) is a difference asked, not a 区 asked
    q = 'SELECT ?f WHERE { ?f rdfs:label ?l FILTER(STR(?l) = "对口合作性质") }'
    for i, (text, variant) in enumerate([("对口合作同对口支援有何区别", "traditional"),
                                         ("东北和东部的对口合作跟对口支援在性质上有何区别？", "plain"),
                                         ("东北地区与东部地区部分省市对口合作，与对口支援性质上有何区别呢", "plain")]):
        add(f"pr21h-differs-{i}", "mechanism", [text], col(q), q, variant=variant)
    for i, (text, status) in enumerate([("东京这对子是哪年结下的", "no_entity"),
                                        ("湘闽两家都去帮过纽约的哪些地方", "no_entity")]):
        add(f"pr21h-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)

def gen_probe_22b():
    """A region and its parts, kinds of actor, programme members, forward and reverse lists, written FIRST as three new
    askers would, before reading the pipeline (issue #15, session 14, groups pr22b-*): 小蒋, a bank's risk analyst
    typing terse on a phone (spaces, 鲁 沪 京 粤 abbreviations); 林先生, a retired history teacher writing formal
    sentences in traditional script with Chinese-numeral years; 老马, a tour-bus driver chatting with asides after the
    question. Names the studied sets rarely use: 喀什's, 伊犁's, 德阳's, 广元's, 宜昌's and 阿里's parts, 援疆's
    兵团师 and county-level cities, 三峡's cities, 援青's 州, the 1979 and 援疆 rounds, 安顺, 郫县, 吐鲁番地区.
    Gold from the SPARQL here, not from the templates. First run: 20 of 68 failed. Kept out of dev (not fixed): 东北对口合作里，
    东部出力的城市（不算直辖市）是哪个 and 一九九六年幫扶貴州省之城市有哪些 (城市 after 的 is no class word: adding it as one
    moved 12 studied questions), 我老家宜昌县的，听说上海支援过我们那，三峡移民时上海支援的是哪几个地方啊 (the asker's place in
    the lead, by its old name 宜昌县, is read as the scope)."""
    nc = "FILTER NOT EXISTS { ?x a dk:CollectiveActor }"
    pg = lambda key: f"<{BASE}programme/{key}>"
    I = lambda name: f"<{iri_of(name)}>"

    def parts_givers(place, key=""):
        """Who supports the places inside ``place`` (not the place itself)."""
        prog = f"?p dk:programme {pg(key)} ." if key else ""
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:recipient ?r ; dk:supporter ?x . ?r dk:partOf+ {I(place)} . {prog}
          FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} {nc} }}"""

    def with_parts(place):
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:recipient ?r ; dk:supporter ?x . ?r dk:partOf* {I(place)} .
          FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} {nc} }}"""

    def parts_helped(place, cls="dk:CountyLevelDivision"):
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:recipient ?x . ?x dk:partOf+ {I(place)} ; a {cls} }}"""

    def itself(place, cls=""):
        kind = f"?x a {cls} ." if cls else ""
        return f"SELECT DISTINCT ?x WHERE {{ ?p dk:recipient {I(place)} ; dk:supporter ?x . {kind} {nc} }}"

    def fwd(s, key="", cls="", extra=""):
        prog = f"?p dk:programme {pg(key)} ." if key else ""
        kind = f"?x a {cls} ." if cls else ""
        return f"SELECT DISTINCT ?x WHERE {{ ?p a dk:PairingRelationship ; dk:supporter {I(s)} ; dk:recipient ?x . {prog} {kind} {extra} {nc} }}"

    def rev(r, key="", cls="", extra=""):
        prog = f"?p dk:programme {pg(key)} ." if key else ""
        kind = f"?x a {cls} ." if cls else ""
        return f"SELECT DISTINCT ?x WHERE {{ ?p a dk:PairingRelationship ; dk:recipient {I(r)} ; dk:supporter ?x . {prog} {kind} {extra} {nc} }}"

    def members(key, side, cls="", extra=""):
        kind = f"?x a {cls} ." if cls else ""
        return f"SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg(key)} ; dk:{side} ?x . {kind} {extra} {nc} }}"

    def sub_givers(key, whole, cls):
        """The parts of ``whole`` of class ``cls`` that are supporters in programme ``key``."""
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg(key)} ; dk:supporter ?x . ?x dk:partOf {I(whole)} ;
          a {cls} }}"""

    def count(query):
        return f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {query[query.index('{') + 1:query.rindex('}')]} }}"

    items = [
        # a region and its parts
        ("parts-0", "region_parts", "喀什 下面各县 援疆的 都谁", parts_givers("喀什地区"), "plain"),
        ("parts-1", "region_parts", "請問伊犁哈薩克自治州所屬各縣市，由何方對口支援？", parts_givers("伊犁哈萨克自治州"), "traditional"),
        ("parts-2", "region_parts", "我跑昌都那条线的，昌都本身和下面那些县，都是哪些地方在援藏啊？顺便问问", with_parts("昌都市"), "plain"),
        ("parts-3", "region_parts", "阿里地区 辖区内 哪几个县 有人对口", parts_helped("阿里地区"), "plain"),
        ("parts-4", "region_parts", "德阳市辖区里，哪些县市有外省援建？", parts_helped("德阳市"), "plain"),
        ("parts-5", "region_parts", "广元市所属的县 谁在援", parts_givers("广元市"), "plain"),
        ("parts-6", "region_parts", "宜昌下面各县区 三峡移民那会儿是谁在对口支援", parts_givers("宜昌市", "sanxia"), "plain"),
        ("parts-7", "region_parts", "玉樹州及其下轄縣市，分別由何方對口援建？", with_parts("玉树藏族自治州"), "traditional"),
        ("parts-8", "region_parts", "阿克苏地区本身（不算下面的县市），是哪几个省在援疆？", itself("阿克苏地区", "dk:ProvinceLevelDivision"), "plain"),
        ("parts-9", "region_parts", "果洛州本身由何方對口支援？", itself("果洛藏族自治州"), "traditional"),
        ("parts-10", "region_parts", "和田下面的县 北京包了哪几个", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:supporter {I("北京市")} ;
          dk:recipient ?x . ?x dk:partOf+ {I("和田地区")} }}""", "plain"),
        ("parts-11", "region_parts", "鲁 援疆 喀什 哪几个县", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:supporter {I("山东省")} ;
          dk:recipient ?x . ?x dk:partOf+ {I("喀什地区")} }}""", "abbreviation"),
        ("parts-12", "region_parts", "成都市下面的县市区，汶川地震以后都有哪些地方去支援过？我老丈人是崇州的",
         parts_givers("成都市", "wenchuan-chongjian"), "plain"),  # (汶川地震 names the reconstruction)
        ("parts-count-0", "count", "日喀则市下辖县区中 有对口支援的 一共几个", count(parts_helped("日喀则市", "dk:AdministrativeDivision")), "plain"),
        ("parts-count-1", "count", "绵阳市连同所辖县市，一共有几家援建方？", count(with_parts("绵阳市")), "plain"),
        ("parts-count-2", "count", "和田 下属县市 北京包了几个", count(f"""SELECT DISTINCT ?x WHERE {{ ?p dk:supporter {I("北京市")} ;
          dk:recipient ?x . ?x dk:partOf+ {I("和田地区")} }}"""), "plain"),
        # kinds of actor
        ("kind-0", "actor_type", "江苏哪几个市在新疆有对口", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:supporter ?x ; dk:recipient ?r .
          ?r dk:partOf* {I("新疆维吾尔自治区")} . ?x dk:partOf {I("江苏省")} ; a dk:City }}""", "plain"),
        ("kind-1", "actor_type", "浙江援疆派了哪些市去结对", sub_givers("yuanjiang", "浙江省", "dk:City"), "plain"),
        ("kind-2", "actor_type", "上海哪些区参加了援藏？", sub_givers("yuanzang", "上海市", "dk:District"), "plain"),
        ("kind-3", "actor_type", "北京哪些区县参加了援青 我记得有六个", sub_givers("yuanqing", "北京市", "dk:District"), "plain"),
        ("kind-4", "actor_type", "湖北 援疆 兵团 哪个师", fwd("湖北省", "yuanjiang", "dk:XPCCDivision"), "plain"),
        ("kind-5", "actor_type", "河南援疆对口的兵团师是哪个？听说在哈密那边", fwd("河南省", "yuanjiang", "dk:XPCCDivision"), "plain"),
        ("kind-6", "actor_type", "援藏里头 有哪些央企", members("yuanzang", "supporter", "dk:CentralEnterprise"), "plain"),
        ("kind-7", "actor_type", "瑞金市是哪两个部委在对口支援", rev("瑞金市", "", "dk:CentralAgency"), "plain"),
        ("kind-8", "actor_type", "三峡移民对口支援的支援方中，哪些是城市而不是省", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:programme {pg("sanxia")} ;
          dk:supporter ?x . ?x a dk:City FILTER NOT EXISTS {{ ?x a dk:ProvinceLevelDivision }} {nc} }}""", "plain"),
        ("kind-9", "actor_type", "东西部扶贫协作 计划单列市 有哪些", members("dongxibu", "supporter", "dk:SeparatelyPlannedCity"), "plain"),
        ("kind-10", "actor_type", "汶川地震過渡安置階段，出力之直轄市為何？", members("wenchuan-guodu", "supporter", "dk:Municipality"), "traditional"),
        ("kind-11", "actor_type", "援青 县一级的受援方 有哪些", members("yuanqing", "recipient", "dk:CountyLevelDivision"), "plain"),
        ("kind-12", "actor_type", "援疆受援的县级市有哪些？", members("yuanjiang", "recipient", "dk:CountyLevelCity"), "plain"),
        ("kind-14", "actor_type", "援藏 地市一级 的支援方 都有哪些", members("yuanzang", "supporter", "dk:PrefectureLevelDivision"), "plain"),
        ("kind-15", "actor_type", "汶川灾后重建时，广东省内哪些地级市去援建了？", sub_givers("wenchuan-chongjian", "广东省", "dk:PrefectureLevelDivision"), "plain"),
        # programme members
        ("members-0", "programme_members", "沪苏浙帮皖北 出力的都是谁", members("wanbei", "supporter"), "abbreviation"),
        ("members-1", "programme_members", "玉樹地震災後重建對口援建，參與之省市為何？", members("yushu", "supporter"), "traditional"),
        ("members-2", "programme_members", "三峡移民对口支援 参加的省市有哪些", members("sanxia", "supporter"), "plain"),
        ("members-3", "programme_members", "援青受援的那几个州是哪几个", members("yuanqing", "recipient", "dk:AutonomousPrefecture"), "plain"),
        ("members-4", "programme_members", "广东省内对口帮扶 珠三角出力的城市", members("guangdong-shengnei", "supporter"), "plain"),
        ("members-5", "programme_members", "一九七九年邊境地區對口支援，內地承擔任務之省市為何？", members("1979-bianjiang", "supporter", "",
          "?p dk:startYear 1979 ."), "traditional"),
        ("members-6", "programme_members", "对口支援三省藏区 受援的有哪些地方", members("sansheng-zangqu", "recipient"), "plain"),
        ("members-7", "programme_members", "前期援疆（1997年开始那一轮）参加的省市", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:round
          <{BASE}programme/yuanjiang/round-1996> ; dk:supporter ?x . {nc} }}""", "plain"),
        ("members-8", "programme_members", "新一轮援疆 支援方里 省份有哪些 开车路上听广播说十九个", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:round
          <{BASE}programme/yuanjiang/round-2010> ; dk:supporter ?x . ?x a dk:ProvinceLevelDivision }}""", "plain"),
        # forward lists
        ("fwd-0", "supporter_recipients", "辽宁 援藏 对口哪", fwd("辽宁省", "yuanzang"), "plain"),
        ("fwd-1", "supporter_recipients", "深圳在新疆对口支援哪些地方", within_q(iri_of("深圳市"), iri_of("新疆维吾尔自治区")), "plain"),
        ("fwd-2", "supporter_recipients", "福建省於二〇一六年起對口支援西藏何地？", fwd("福建省", "yuanzang", "", "?p dk:startYear 2016 ."), "traditional"),
        ("fwd-3", "supporter_recipients", "山西援疆的对口对象有哪些", fwd("山西省", "yuanjiang"), "plain"),
        ("fwd-4", "supporter_recipients", "湖南在三峡移民里对口哪个县", fwd("湖南省", "sanxia"), "plain"),
        ("fwd-5", "supporter_recipients", "济南 东西部协作 帮的是", fwd("济南市", "dongxibu"), "plain"),
        # (汶川 with 援建 names the reconstruction, the convention since pr9)
        ("fwd-6", "supporter_recipients", "黑龙江 汶川 援建哪", fwd("黑龙江省", "wenchuan-chongjian"), "plain"),
        ("fwd-8", "supporter_recipients", "江西 援疆 对口哪个县", fwd("江西省", "yuanjiang"), "plain"),
        ("fwd-9", "supporter_recipients", "上海對口支援日喀則地區之哪些縣？", within_q(iri_of("上海市"), iri_of("日喀则市")), "traditional"),
        ("fwd-10", "supporter_recipients", "广州在东西部协作里帮过贵州哪些市州", within_q(iri_of("广州市"), iri_of("贵州省")), "plain"),
        ("fwd-11", "supporter_recipients", "湖北新一轮援疆对口的是哪儿", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:round
          <{BASE}programme/yuanjiang/round-2010> ; dk:supporter {I("湖北省")} ; dk:recipient ?x }}""", "plain"),
        # reverse lists
        ("rev-0", "recipient_supporters", "海北州 援青 是哪个省", rev("海北藏族自治州", "yuanqing"), "plain"),
        ("rev-1", "recipient_supporters", "安顺 谁帮扶的", rev("安顺市"), "plain"),
        ("rev-2", "recipient_supporters", "安顺市现在是哪个城市在帮扶？以前好像是青岛", rev("安顺市", "", "",
          "FILTER NOT EXISTS { ?p dk:endYear ?e }"), "plain"),
        ("rev-4", "recipient_supporters", "郫县 地震后 谁支援的", rev("郫都区"), "plain"),
        ("rev-5", "recipient_supporters", "安县是哪个省援建的", rev("安州区"), "plain"),
        ("rev-6", "recipient_supporters", "阿克陶县 对口支援方", rev("阿克陶县"), "plain"),
        ("rev-7", "recipient_supporters", "称多县 援青 北京哪个区", rev("称多县"), "plain"),
        ("rev-8", "recipient_supporters", "吐魯番地區係何省對口支援？", rev("吐鲁番市"), "traditional"),
        ("rev-9", "recipient_supporters", "林芝 1994年开始援藏的是哪几个省", rev("林芝市", "yuanzang", "", "?p dk:startYear 1994 ."), "plain"),
        ("rev-10", "recipient_supporters", "甘南州都有谁支援过 我带团去过拉卜楞寺", rev("甘南藏族自治州"), "plain"),
        ("rev-11", "recipient_supporters", "塔城地区 援疆 省市", rev("塔城地区", "yuanjiang"), "plain"),
    ]
    # after the fixes, other phrasings of each kind with other names: (a) the parts said other ways (所属的, 下面这些,
    # 辖区里，哪些); (b) the place's parts as the topic, a space or nothing, then the giver and a bare verb; (c) the parts
    # counted (下面有几个县有…, …中 有…的 一共几个); (d) a remark typed after a space; (e) a closing 为何 after a kind;
    # (f) 在Y有对口: the parts give; (g) a giver's places counted within a place, not the place itself; (h) a round glossed
    # by a year its label states; (i) a place named within another by a parts word (日喀则下面的白朗县), an ambiguous
    # name settled by the place within it; (j) search words closing on the giver's parts (治多县 援青 北京哪个区)
    def count_in(s, place, cls=""):
        kind = f"?x a {cls} ." if cls else ""
        return f"""SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {{ ?p dk:supporter {I(s)} }} UNION {{ ?p dk:supporterTeam {I(s)} }}
          ?p dk:recipient ?x . ?x dk:partOf+ {I(place)} . {kind} }}"""
    items += [
        ("more-parts-0", "region_parts", "阿坝州所属的县 都是谁在援建", parts_givers("阿坝藏族羌族自治州"), "plain"),
        ("more-parts-1", "region_parts", "雅安市辖区里，哪些县有对口援建", parts_helped("雅安市", "dk:County"), "plain"),
        ("more-parts-2", "region_parts", "玉树州下面，哪几个县市有北京的区结对", parts_helped("玉树藏族自治州"), "plain"),
        ("more-topic-0", "region_parts", "昌都下面的县 福建包了哪几个", f"""SELECT DISTINCT ?x WHERE {{ {{ ?p dk:supporter {I("福建省")} }}
          UNION {{ ?p dk:supporterTeam {I("福建省")} }} ?p dk:recipient ?x . ?x dk:partOf+ {I("昌都市")} }}""", "plain"),
        ("more-topic-1", "region_parts", "喀什下面的县 上海援了哪几个", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:supporter {I("上海市")} ;
          dk:recipient ?x . ?x dk:partOf+ {I("喀什地区")} }}""", "plain"),
        ("more-topic-2", "region_parts", "阿勒泰下辖的县黑龙江对口哪几个", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:supporter {I("黑龙江省")} ;
          dk:recipient ?x . ?x dk:partOf+ {I("阿勒泰地区")} }}""", "plain"),
        ("more-count-0", "count", "果洛州下面有几个县有对口支援", count(parts_helped("果洛藏族自治州")), "plain"),
        ("more-count-1", "count", "阿坝州下辖县中 有对口援建的 一共几个", count(parts_helped("阿坝藏族羌族自治州", "dk:County")), "plain"),
        ("more-count-2", "count", "喀什 下属县市 上海包了几个", count_in("上海市", "喀什地区"), "plain"),
        ("more-remark-0", "actor_type", "天津援疆对口哪些县 听说有于田", fwd("天津市", "yuanjiang", "dk:County"), "plain"),
        ("more-classical-0", "actor_type", "參與三峽移民對口支援之直轄市為何？", members("sanxia", "supporter", "dk:Municipality"), "traditional"),
        ("more-classical-1", "actor_type", "援青之直辖市为何", members("yuanqing", "supporter", "dk:Municipality"), "plain"),
        ("more-giving-0", "actor_type", "浙江哪几个市在新疆有结对", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:supporter ?x ; dk:recipient ?r .
          ?r dk:partOf* {I("新疆维吾尔自治区")} . ?x dk:partOf {I("浙江省")} ; a dk:City }}""", "plain"),
        ("more-giving-1", "actor_type", "北京哪些区在青海有对口", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:supporter ?x ; dk:recipient ?r .
          ?r dk:partOf* {I("青海省")} . ?x dk:partOf {I("北京市")} ; a dk:District }}""", "plain"),
        ("more-round-0", "programme_members", "新一轮援疆（2010年起那一轮）参加的省份", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:round
          <{BASE}programme/yuanjiang/round-2010> ; dk:supporter ?x . ?x a dk:ProvinceLevelDivision }}""", "plain"),
        ("more-within-0", "recipient_supporters", "昌都下面的左贡县是谁在援", rev("左贡县"), "plain"),
        ("more-within-1", "recipient_supporters", "拉萨下辖的尼木县由谁对口支援", rev("尼木县"), "plain"),
        ("more-within-2", "recipient_supporters", "和田下面的墨玉县是哪个省援的", rev("墨玉县", "", "dk:ProvinceLevelDivision"), "plain"),
        ("more-within-3", "recipient_supporters", "日喀則下轄的白朗縣由誰對口支援？", rev("白朗县"), "traditional"),
        ("more-closing-0", "recipient_supporters", "治多县 援青 北京哪个区", rev("治多县"), "plain"),
        ("more-closing-1", "recipient_supporters", "久治县 上海哪个区援", f"""SELECT DISTINCT ?x WHERE {{ ?p dk:recipient {I("久治县")} ;
          dk:supporter ?x . ?x dk:partOf {I("上海市")} }}""", "plain"),
    ]
    # a third round, after the second fixes: the level's other name (设区市), the part noun then which of them (江苏下面的市
    # 哪些援疆), a kind that "has" the aid closing the question receives it (哪些兵团师有对口支援)
    def received(cls):
        return f"SELECT DISTINCT ?x WHERE {{ ?p a dk:PairingRelationship ; dk:recipient ?x . ?x a {cls} }}"
    items += [
        ("third-0", "actor_type", "福建省内哪几个设区市援藏", sub_givers("yuanzang", "福建省", "dk:PrefectureLevelDivision"), "plain"),
        ("third-1", "actor_type", "江苏下面的市 哪些援疆", sub_givers("yuanjiang", "江苏省", "dk:City"), "plain"),
        ("third-2", "region_parts", "日喀则下面的县，哪些有对口支援", parts_helped("日喀则市"), "plain"),
        ("third-3", "actor_type", "哪些兵团师有对口支援", received("dk:XPCCDivision"), "plain"),
        ("third-4", "actor_type", "哪些自治州有对口支援", received("dk:AutonomousPrefecture"), "plain"),
        # (a search phrase left open after 的是 asks what follows, not yes or no)
        ("third-5", "supporter_recipients", "京蒙协作 北京帮的是", within_q(iri_of("北京市"), iri_of("内蒙古自治区")), "abbreviation"),
        ("third-6", "supporter_recipients", "闽宁协作 福建对口的是", within_q(iri_of("福建省"), iri_of("宁夏回族自治区")), "abbreviation"),
    ]
    for group, qtype, text, q, variant in items:
        add(f"pr22b-{group}", qtype, [text], col(q), q, variant=variant)
    for i, (text, status) in enumerate([("喀什下面的东风县是谁在援", "no_entity"),
                                        ("上海哪些区参加了援助火星", "no_entity"),
                                        ("昌都下面各县 援藏 花了多少钱", "no_template"),
                                        ("和田下面的红旗县是谁在援", "no_entity"),
                                        ("北京哪些区参与了援助月球", "no_entity")]):
        add(f"pr22b-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)


def gen_probe_22a():
    """What a meeting or document set up, who took over from whom, pairings in force in a year / since / before a round,
    and start years, written first as three new askers would, before reading the pipeline (issue #15, session 13, groups
    pr22a-*): a bank's risk analyst typing terse on a phone (abbreviations, spaces, arrows), a retired county-gazetteer
    editor writing formal sentences (traditional script, Chinese-numeral years) and a chatty tour-bus driver with asides
    after the question — over meetings, documents and pairings the studied sets rarely use (京政办发〔1992〕53号, 国发
    〔2012〕21号, 滇沪 迪庆, 山东省内结对, 苏北协调小组, 1996年中央援疆决策, 第二次中央新疆工作座谈会, 陇南, 和田, 十堰, 晋中,
    扬州, 浦东, 奉贤, 济南 湘西). Gold from the SPARQL here. At first sight 16 of 66 failed; kinds fixed: spoken takeover
    words (顶上, 接盘, 后继者, 前面, 撤了之后谁来援建), a supporter's old pairing ended before its successor began (湖北 beside
    辽宁 in 青海 since 1984 took nothing over), a name of several meanings said twice (和田…和田地区), 改为何处 read as
    改为哪里 (not 改是哪里), a role word 援建省份/挂钩城市 changed, a remark after a closing particle and a comma (…是谁呀，我明年…),
    被安排去哪 (a task sent there), 对接, a meeting named by its venue (银川那次…推进会), a short programme name before its noun
    (中央作出援疆决策), a meeting named as the point in time before 之前/以前 (not the one before), after it its own
    pairings of no known start, the body that adopted a meeting's report (中央政治局…讨论通过), 哪一省. Left out (not
    fixed): 2019年杭州在对口哪些地方？顺便问问，杭州是不是帮的挺多 (a second, evaluative question after the first). A second
    round of 12 after the fixes: 11 passed at first sight; 崇州 冀 后面谁 (an abbreviation before 后面) fixed."""
    nc = "FILTER NOT EXISTS { ?x a dk:CollectiveActor }"
    ok = "FILTER NOT EXISTS { ?p dk:verificationStatus dk:Unverified }"

    def ev(slug: str) -> str:
        return f"<{BASE}{slug}>"

    def set_up(event: str, side: str, other: str = "", cls: str = "") -> str:
        o = f"?p dk:{'recipient' if side == 'supporter' else 'supporter'} <{iri_of(other)}> ." if other else ""
        c = f"?x a {cls} ." if cls else ""
        return f"SELECT DISTINCT ?x WHERE {{ ?p dk:establishedBy {ev(event)} ; dk:{side} ?x . {o} {c} {nc} }}"

    for i, (text, event, side, other, cls, variant) in enumerate([
            ("96年东西扶贫协作结对 闽 帮哪", "event/1996-dongxi-xiezuo", "recipient", "福建省", "", "abbreviation"),
            ("中央确定东西扶贫协作结对关系那次，给大连安排的是哪里？", "event/1996-dongxi-xiezuo", "recipient", "大连市", "", "plain"),
            ("滇沪确定上海对口帮扶迪庆的时候，上海派了哪几个区去结对？", "event/2004-dianhu-diqing", "supporter", "", "dk:District", "plain"),
            ("二〇〇四年滇滬確定上海對口幫扶迪慶，寶山區結對哪些縣市？", "event/2004-dianhu-diqing", "recipient", "宝山区", "", "traditional"),
            ("京政办发〔1992〕53号 平谷 对口哪个县", "document/1992-jingzhengban-53", "recipient", "平谷区", "", "abbreviation"),
            ("北京市政府办公厅1992年发的那个三峡移民对口支援通知，安排了哪些区去对口？", "document/1992-jingzhengban-53", "supporter", "", "", "plain"),
            ("国发〔2012〕21号 财政部 对口哪", "document/2012-21", "recipient", "财政部", "", "abbreviation"),
            ("支持赣南等原中央苏区振兴发展的若干意见，安排了哪些部委对口瑞金？", "document/2012-21", "supporter", "瑞金市", "", "plain"),
            ("苏北发展协调小组第一次会议 给南京定的是哪个市", "event/2001-subei-xietiao", "recipient", "南京市", "", "plain"),
            ("二〇〇一年江蘇省委省政府蘇北發展協調小組第一次會議，確定了哪些蘇南城市與蘇北掛鉤？", "event/2001-subei-xietiao", "supporter", "", "", "traditional"),
            ("山东省内那个结对协作帮扶安排，青岛帮的是哪个市啊？我跑过菏泽线", "event/2016-shandong-xiezuo", "recipient", "青岛市", "", "plain"),
            ("二〇一六年山東省省內結對協作幫扶安排中，菏澤市由哪個城市幫扶？", "event/2016-shandong-xiezuo", "supporter", "菏泽市", "", "traditional"),
            ("1996年中央援疆决策 湘 援哪", "event/1996-yuanjiang", "recipient", "湖南省", "", "abbreviation"),
            ("一九九六年中央作出援疆決策，派定了哪幾個省份？", "event/1996-yuanjiang", "supporter", "", "", "traditional"),
            ("第二次中央新疆工作座谈会以后，山西对口支援的是哪个团？", "event/2014-xinjiang-2", "recipient", "山西省", "", "plain"),
            ("关于坚持和完善东西部协作机制的意见 鲁 结对哪个省", "document/2021-dongxi-yijian", "recipient", "山东省", "", "abbreviation"),
            ("中央政治局一九七九年討論通過邊防工作會議報告，河北被指定支援哪一省？", "event/1979-zhengzhiju", "recipient", "河北省", "", "traditional"),
            ("2016年7月援藏对口关系调整，漳州被安排去哪个县？听说挺远的", "event/2016-yuanzang-tiaozheng", "recipient", "漳州市", "", "plain"),
            ("东西扶贫协作结对关系局部调整 珠海 新对接哪", "event/2010-dongxi-tiaozheng", "recipient", "珠海市", "", "abbreviation"),
            ("银川那次东西部协作推进会，给广州定的结对城市是哪个？", "event/2021-yinchuan", "recipient", "广州市", "", "plain")]):
        q = set_up(event, side, other, cls)
        add(f"pr22a-set-up-{i}", "event_setup", [text], col(q), q, variant=variant)

    # who took over from whom, and who was there before
    def successor(place, old):
        return f"""SELECT DISTINCT ?x WHERE {{ ?o dk:recipient <{iri_of(place)}> ; dk:supporter <{iri_of(old)}> ; dk:endYear ?e .
          ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?x ; dk:startYear ?b FILTER(?x != <{iri_of(old)}> && ?b >= ?e) }}"""

    def predecessor(place, new):
        return f"""SELECT DISTINCT ?x WHERE {{ ?n dk:recipient <{iri_of(place)}> ; dk:supporter <{iri_of(new)}> ; dk:startYear ?b .
          ?p dk:recipient <{iri_of(place)}> ; dk:supporter ?x ; dk:endYear ?e FILTER(?x != <{iri_of(new)}> && ?e <= ?b) }}"""

    def retasked(giver, old):
        return f"""SELECT DISTINCT ?x ?st WHERE {{ ?p0 dk:supporter <{iri_of(giver)}> ; dk:recipient ?o ; dk:endYear ?e ;
          dk:programme ?g . ?o dk:partOf* <{iri_of(old)}> .
          ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?x ; dk:startYear ?st ; dk:programme ?g . FILTER(?st >= ?e)
          FILTER NOT EXISTS {{ ?x dk:partOf* <{iri_of(old)}> }} }}"""

    def earliest(query: str) -> list:
        found = rows(query)
        first = min((r[1] for r in found), default=None)
        return sorted({r[0] for r in found if r[1] == first})

    for i, (text, place, who, after, variant) in enumerate([
            ("陇南 京之后换成谁帮了", "陇南市", "北京市", True, "abbreviation"),
            ("青海这边，辽宁不搞了以后是谁顶上的？（好像是个沿海大省）", "青海省", "辽宁省", True, "plain"),
            ("北京接手和田以前，和田地區是哪個省在援疆？", "和田地区", "北京市", False, "traditional"),
            ("重庆 鲁之前谁帮", "重庆市", "山东省", False, "abbreviation"),
            ("哈密 豫之前 谁援", "哈密市", "河南省", False, "abbreviation"),
            ("毕节那边广州之前是哪个市在帮？我拉团去过几趟", "毕节市", "广州市", False, "plain"),
            ("黔南州之東部幫扶城市，深圳之後由何市接替？", "黔南布依族苗族自治州", "深圳市", True, "traditional"),
            ("连云港南北挂钩，无锡是接了哪个市的班？", "连云港市", "无锡市", False, "plain"),
            ("凉山州东西部协作，佛山前面是哪个市", "凉山彝族自治州", "佛山市", False, "plain"),
            ("阿克蘇地區，新一輪援疆開始後由哪一省替換了上海？", "阿克苏地区", "上海市", True, "traditional"),
            ("安顺 青岛走了以后 谁接盘", "安顺市", "青岛市", True, "plain"),
            ("彭州市過渡安置之湖南省，其後繼者為何省？", "彭州市", "湖南省", True, "traditional"),
            ("茂县那边天津撤了之后谁来援建的，山西吗？", "茂县", "天津市", True, "plain")]):
        q = successor(place, who) if after else predecessor(place, who)
        add(f"pr22a-takeover-{i}", "takeover", [text], col(q), q, variant=variant)
    for i, (text, giver, old, variant) in enumerate([
            ("鲁 东西协作 新疆之后改帮哪", "山东省", "新疆维吾尔自治区", "abbreviation"),
            ("珠海从凉山撤下来以后，改去对接哪儿了？我猜是云南那边", "珠海市", "凉山彝族自治州", "plain"),
            ("福建省援藏之對口地，自林芝調整後改為何處？", "福建省", "林芝市", "traditional")]):
        q = retasked(giver, old)
        add(f"pr22a-retasked-{i}", "takeover", [text], earliest(q), q, variant=variant)

    # in force in a year; begun since a year or after a month; before a round
    def in_force(year, *, giver="", place="", key="", side="recipient"):
        g = f"?p dk:supporter <{iri_of(giver)}> ." if giver else ""
        r = f"?p dk:recipient ?r . ?r dk:partOf? <{iri_of(place)}> ." if place else ""  # (the place and its parts)
        k = f"?p dk:programme <{BASE}programme/{key}> ." if key else ""
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:{side} ?x ; dk:startYear ?b . {g} {r} {k}
          OPTIONAL {{ ?p dk:endYear ?e }} FILTER(?b <= {year} && (!BOUND(?e) || ?e >= {year})) {nc} {ok} }}"""

    def begun(year, *, giver="", place="", key="", side="recipient", before=False):
        g = f"?p dk:supporter <{iri_of(giver)}> ." if giver else ""
        r = f"?p dk:recipient <{iri_of(place)}> ." if place else ""
        k = f"?p dk:programme <{BASE}programme/{key}> ." if key else ""
        return f"""SELECT DISTINCT ?x WHERE {{ ?p dk:{side} ?x ; dk:startYear ?b . {g} {r} {k}
          FILTER(?b {'<' if before else '>='} {year}) {nc} {ok} }}"""

    for i, (text, q, variant) in enumerate([
            ("2015 深圳 东西部协作 在帮哪", in_force(2015, giver="深圳市", key="dongxibu"), "abbreviation"),
            ("二〇一八年寧波市東西部扶貧協作之幫扶對象為何？", in_force(2018, giver="宁波市", key="dongxibu"), "traditional"),
            ("2020年还在帮恩施的是谁呀，我明年想带团去恩施", in_force(2020, place="恩施土家族苗族自治州", side="supporter"), "plain"),
            ("1990年 沪 对口支援哪", in_force(1990, giver="上海市"), "abbreviation"),
            ("二〇一二年臨夏州由哪個城市幫扶？", in_force(2012, place="临夏回族自治州", side="supporter"), "traditional"),
            ("二〇〇〇年時，福建省對口支援哪些地方？", in_force(2000, giver="福建省"), "traditional"),
            ("援藏对口关系调整（2016年7月）之前，林芝由哪些省支援？", begun(2016, place="林芝市", side="supporter", before=True), "plain"),
            ("2010年以前 哈密 谁援", begun(2010, place="哈密市", side="supporter", before=True), "plain"),
            ("2016年7月以后 闽 援藏 对口哪", begun(2016, giver="福建省", key="yuanzang"), "abbreviation"),
            ("2010年起河南援疆对口哪些地方？", begun(2010, giver="河南省", key="yuanjiang"), "plain"),
            ("自二〇一三年起，蘇州市開始對口幫扶何地？", begun(2013, giver="苏州市"), "traditional"),
            ("二〇二二年起連雲港由哪個城市掛鉤幫扶？", begun(2022, place="连云港市", side="supporter"), "traditional"),
            ("2017年以后浙江对口合作的是哪个省？", begun(2017, giver="浙江省", key="dongbei-hezuo"), "plain")]):
        add(f"pr22a-time-{i}", "time_scoped", [text], col(q), q, variant=variant)
    q = f"ASK {{ ?p dk:supporter <{iri_of('杭州市')}> ; dk:recipient <{iri_of('恩施土家族苗族自治州')}> ; dk:startYear ?b . OPTIONAL {{ ?p dk:endYear ?e }} FILTER(?b <= 2022 && (!BOUND(?e) || ?e >= 2022)) }}"
    add("pr22a-time-yn", "time_scoped", ["2022年杭州还在帮恩施吗"], [False], q)

    # the year a pairing began (or ended)
    def began(giver, place):
        return f"""SELECT (MIN(?y) AS ?v) WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?x ; dk:startYear ?y .
          ?x dk:partOf? <{iri_of(place)}> }}"""

    for i, (text, giver, place, variant) in enumerate([
            ("滇沪 迪庆 哪年开始的", "上海市", "迪庆藏族自治州", "abbreviation"),
            ("嘉定区帮德钦县从哪年起", "嘉定区", "德钦县", "plain"),
            ("北京對口幫扶保定是哪一年開始的？", "北京市", "保定市", "traditional"),
            ("濟南市對口幫扶湘西州始於何年？", "济南市", "湘西土家族苗族自治州", "traditional"),
            ("青岛帮菏泽哪年起的", "青岛市", "菏泽市", "plain"),
            ("福州 定西 哪年结的对", "福州市", "定西市", "plain"),
            ("十堰对口支援八十六团是哪年开始的？没想到湖北的市也援疆", "十堰市", "新疆生产建设兵团第五师八十六团", "plain"),
            ("晋中 北塔山牧场 哪年开始援", "晋中市", "新疆生产建设兵团第六师北塔山牧场", "plain"),
            ("揚州市對口支援新源縣自何年始？", "扬州市", "新源县", "traditional"),
            ("浦东新区援莎车从哪一年开始的？", "浦东新区", "莎车县", "plain"),
            ("奉贤帮亳州是哪年开始的呀？我们单位去年去亳州考察过", "奉贤区", "亳州市", "plain"),
            ("黑龙江援藏 谢通门 哪年开始", "黑龙江省", "谢通门县", "plain")]):
        q = began(giver, place)
        add(f"pr22a-began-{i}", "since_when", [text], col(q), q, variant=variant)
    q = f"SELECT DISTINCT ?e WHERE {{ ?p dk:supporter <{iri_of('辽宁省')}> ; dk:recipient <{iri_of('青海省')}> ; dk:endYear ?e }}"
    add("pr22a-ended-0", "since_when", ["辽宁和青海的东西部协作到哪年结束"], col(q), q)
    # more phrasings of the kinds fixed: a spoken takeover (顶上, 接盘, 继任者, 撤了以后谁来援, 前面), a name of several
    # meanings said twice, the partner changed after an adjustment (调整后改为何处, 从…改成了哪里), the supporter's role
    # changed (援建省份由…改为), a remark after a closing particle, a task sent somewhere (被派到), 对接, a meeting named
    # by its venue, a short programme name before its noun (援疆决策), a meeting named as the point in time (之前, 以后:
    # its own pairings of no known start count after it), the body that adopted a report, 哪一省
    for i, (text, place, who, after, variant) in enumerate([
            ("黔南 深圳之后谁顶上的", "黔南布依族苗族自治州", "深圳市", True, "plain"),
            ("毕节 深圳走了以后谁接盘", "毕节市", "深圳市", True, "plain"),
            ("連雲港市掛鉤之鎮江市，其繼任者為何市？", "连云港市", "镇江市", True, "traditional"),
            ("哈密那边广东撤了以后谁来援的", "哈密市", "广东省", True, "plain"),
            ("重庆 厦门走了以后是谁来帮", "重庆市", "厦门市", True, "plain"),
            ("凉山州珠海撤出之后哪个市来帮扶", "凉山彝族自治州", "珠海市", True, "plain"),
            ("黑水县的援建省份由广西改为哪个省", "黑水县", "广西壮族自治区", True, "plain"),
            ("凉山 佛山前面是谁", "凉山彝族自治州", "佛山市", False, "plain"),
            ("浙江接手阿克苏以前，阿克苏由哪个省援疆？", "阿克苏地区", "浙江省", False, "plain")]):
        q = successor(place, who) if after else predecessor(place, who)
        add(f"pr22a-kind-takeover-{i}", "takeover", [text], col(q), q, variant=variant)
    for i, (text, giver, old, variant) in enumerate([
            ("珠海援助之對口地，自重慶調整後改為何處？", "珠海市", "重庆市", "traditional"),
            ("山东东西部协作的对口地从新疆改成了哪里", "山东省", "新疆维吾尔自治区", "plain")]):
        q = retasked(giver, old)
        add(f"pr22a-kind-retasked-{i}", "takeover", [text], earliest(q), q, variant=variant)
    for i, (text, q, variant) in enumerate([
            ("2012年还在帮临夏的是哪个城市呀，我下个月要去临夏", in_force(2012, place="临夏回族自治州", side="supporter"), "plain"),
            ("第四次西藏工作座谈会之前，哪些省支援林芝", begun(2001, place="林芝市", side="supporter", before=True), "plain"),
            ("全国对口支援新疆工作会议之前，哪些省援哈密", begun(2010, place="哈密市", side="supporter", before=True), "plain"),
            ("第一次中央新疆工作座谈会以后，福州对口哪个县",
             f"""SELECT DISTINCT ?x WHERE {{ ?p dk:supporter <{iri_of('福州市')}> ; dk:recipient ?x .
               {{ ?p dk:startYear ?b FILTER(?b >= 2010) }} UNION {{ ?p dk:establishedBy {ev('event/2010-xinjiang-1')}
               FILTER NOT EXISTS {{ ?p dk:startYear ?s }} }} ?x a dk:CountyLevelDivision }}""", "plain")]):
        add(f"pr22a-kind-time-{i}", "time_scoped", [text], col(q), q, variant=variant)
    for i, (text, event, side, other, variant) in enumerate([
            ("援藏对口关系调整 厦门 对接哪个县", "event/2016-yuanzang-tiaozheng", "recipient", "厦门市", "plain"),
            ("西宁那次协调小组会议安排了谁援建玉树", "event/2010-yushu-xietiao", "supporter", "玉树藏族自治州", "plain"),
            ("天津那次会议给辽宁安排了哪里", "event/1984-tianjin", "recipient", "辽宁省", "plain"),
            ("中央援疆决策定了江苏援哪", "event/1996-yuanjiang", "recipient", "江苏省", "plain"),
            ("国务院讨论通过的汶川地震灾后恢复重建对口支援方案，山东对口哪个县", "document/2008-53", "recipient", "山东省", "plain"),
            ("邊防工作會議報告中，河北被指定支援哪一省？", "event/1979-bianfang", "recipient", "河北省", "traditional")]):
        q = set_up(event, side, other)
        add(f"pr22a-kind-set-up-{i}", "event_setup", [text], col(q), q, variant=variant)
    q = f"SELECT DISTINCT ?x WHERE {{ ?p dk:supporter <{iri_of('泉州市')}> ; dk:recipient ?x }}"
    add("pr22a-kind-sent-0", "supporter_recipients", ["泉州被安排去哪个县"], col(q), q)
    # a second round written after the fixes (the same three askers): one kind more, an abbreviation before 后面 (崇州 冀 后面谁)
    for i, (text, q, qtype, variant) in enumerate([
            ("截至二〇一五年底，對口幫扶銅仁的是哪個城市？", in_force(2015, place="铜仁市", side="supporter"), "time_scoped", "traditional"),
            ("一九九八年那時候，廣東援疆對口哪裡？", in_force(1998, giver="广东省", key="yuanjiang"), "time_scoped", "traditional"),
            ("2015年的时候，谁在帮扶恩施州？", in_force(2015, place="恩施土家族苗族自治州", side="supporter"), "time_scoped", "plain"),
            ("台州援兵团第一师哪年开始的", began("台州市", "新疆生产建设兵团第一师"), "since_when", "plain"),
            ("苏州帮铜仁从什么时候开始的", began("苏州市", "铜仁市"), "since_when", "plain"),
            ("南京援墨竹工卡 始于哪一年", began("南京市", "墨竹工卡县"), "since_when", "plain"),
            ("松江区对口定日县是哪一年开始的？我爸当年就在那边", began("松江区", "定日县"), "since_when", "plain"),
            ("长沙 贡嘎 哪年", began("长沙市", "贡嘎县"), "since_when", "plain"),
            ("崇州 冀 后面谁", successor("崇州市", "河北省"), "takeover", "abbreviation"),
            ("1979年边防会议定下来北京帮哪", set_up("event/1979-bianfang", "recipient", "北京市"), "event_setup", "plain"),
            ("2013年广东那个对口帮扶会议，深圳帮哪两个市", set_up("event/2013-guangdong-bangfu", "recipient", "深圳市"),
             "event_setup", "plain")]):
        add(f"pr22a-round2-{i}", qtype, [text], col(q), q, variant=variant)
    # (and two kinds more: 分到 a verb of the task (东莞分到汶川哪个镇); a place before a meeting's date and 开的 that opens
    # the meeting's own name is its convenor, not a side of its pairings)
    for i, (text, event, other, variant) in enumerate([
            ("广东二〇〇八年七月开的那个援建汶川的会，东莞分到汶川哪个镇？", "event/2008-guangdong-wenchuan", "东莞市", "numeral"),
            ("江苏2001年开的那个苏北发展协调会议，让南京挂钩哪个市", "event/2001-subei-xietiao", "南京市", "plain"),
            ("广东2013年开的那个调整加强对口帮扶会议，给深圳定了哪些市", "event/2013-guangdong-bangfu", "深圳市", "plain")]):
        q = set_up(event, "recipient", other)
        add(f"pr22a-round2-convenor-{i}", "event_setup", [text], col(q), q, variant=variant)
    q = f"SELECT DISTINCT ?x WHERE {{ ?p dk:supporter <{iri_of('东莞市')}> ; dk:recipient ?x . ?x dk:partOf <{iri_of('汶川县')}> }}"
    add("pr22a-round2-allotted", "supporter_recipients", ["东莞分到汶川哪个乡镇？"], col(q), q)
    # (a takeover asked with the place and the stage that ended, no old supporter named: the stage's supporter there)
    for i, (text, place, old_, variant) in enumerate([
            ("汶川地震对口支援中，彭州市在过渡安置阶段之后改由哪个省份负责？", "彭州市", "湖南省", "plain"),
            ("崇州市过渡期以后换成了谁", "崇州市", "河北省", "plain"),
            ("平武縣過渡安置結束以後由哪個省接手", "平武县", "吉林省", "traditional")]):
        q = successor(place, old_)
        add(f"pr22a-round2-stage-ended-{i}", "takeover", [text], col(q), q, variant=variant)
    q = (f"ASK {{ ?p dk:supporter <{iri_of('宁波市')}> ; dk:recipient <{iri_of('黔西南布依族苗族自治州')}> "
         f"FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e <= 2021) }} }}")
    add("pr22a-round2-still", "time_scoped", ["2021年以后宁波还在帮黔西南吗"], [False], q)
    for i, (text, status) in enumerate([("2016年7月援藏对口关系调整给纽约安排了哪里", "no_entity"),
                                        ("北京接手亚特兰蒂斯以前是谁在帮", "no_entity")]):
        add(f"pr22a-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)


def gen_probe_22c():
    """Book facts, mechanism figures and refusals written first as three new askers would, before reading the pipeline
    (issue #15, session 13, groups pr22c-*): a bank's risk analyst typing terse on a phone (abbreviated periods such as
    95到06年, figures with units), a village doctor in 黄南 chatting with asides about 援青 and 组团式 medical aid, and a
    translator of the book writing formal traditional script with Chinese-numeral years about its copyright page,
    contents and the history that opens chapter 1 — over facts the studied sets rarely ask (project counts, the second
    and third figure of a row, the copyright page's lesser items, the contents' third level). 21 of the first 76 failed.
    Kinds fixed: two-digit year spans (95到06年, 10到17年), terse measure nouns (项目数, 合计, 进疆人员), a month asked
    beside the year (哪年几月, 于何月: a launch's or a meeting's date to the month), a hearsay remark after the question
    (村里都说…), a place only a figure's own measure names (黄南州这十年…) and a figure for an unnamed supporter left out
    beside it, a heading named by its whole title with a page asked, a section's chapter for 哪一章 (见于), a launch
    named with the programme's short name (全国援疆工作会议), a numbered report (第四批), a shortened measure word (专技),
    东部去/派往西部, 怎么搭配 as a rule asked; a second round: a two-digit year before its month (截至10年4月), 印刷于何年何月
    (the 印次), 在哪一年 (a time, not a place), 部门开的, 投了/花了多少 (funds), 出版社邮编/插页 (not held: no_fact, not the
    publisher), a named plan we do not hold (春蕾计划里…) and a made-up county before 归/由 (雾灵县归谁援) refused. Left out (not fixed): 国家卫健委组织大医院帮扶新疆贫困县医院，受帮扶的县医院有
    几家 (both hospital counts: the last clause should pick), 一九七九年边防工作会议之报告经何机构讨论通过 (the reporter, not
    the Politburo that adopted it), 萌芽阶段上海支援哪个省份的建设 (no_template: a stage's pairings by actor),
    携手奔小康行动里东部有多少个县参与结对 (answered 18 county supporters: the unknown action dropped; want no_fact).
    Gold from the SPARQL here."""
    fact = f"{BASE}mechanism-fact/"
    ok = "?f dk:verificationStatus ?st FILTER(?st != dk:Unverified)"

    def value(n):
        return f"SELECT ?v WHERE {{ BIND(<{fact}{n}> AS ?f) ?f dk:value ?v . {ok} }}"

    def of(n, prop):
        return f"SELECT ?v WHERE {{ BIND(<{fact}{n}> AS ?f) ?f dk:{prop} ?v . {ok} }}"

    def year(n):
        return f"SELECT ?v WHERE {{ BIND(<{fact}{n}> AS ?f) ?f dk:startYear ?v . {ok} }}"

    # the risk analyst: a figure of a row, asked terse
    for i, (text, n, variant) in enumerate([
            ("援藏 95到06年 项目数", "32-3", "numeral"),
            ("东部对西部无偿捐资 截至07年底 多少亿", "95", "numeral"),
            ("东西部 企业合作项目 到2007年 几个", "95-2", "plain"),
            ("新一轮援疆 至2012年初 实施项目数", "67-2", "plain"),
            ("援疆头两年 自治区地方项目 几个", "68-2", "plain"),
            ("汶川援建 截至2010年4月底 确定的援建资金 多少亿", "114", "plain"),
            ("援藏 十八大以来 规划内项目 个数", "37", "plain"),
            ("援藏 截至08年底 累计援助资金 多少亿", "33", "numeral"),
            ("东部去西部贫困地区的专技人才 03到07年 几人", "90-2", "numeral"),
            ("东部到西部挂职干部 2003—2010年 人数", "91", "plain"),
            ("江苏援藏 2024年 项目几个", "42-3", "plain"),
            ("中央批准的在藏重大建设项目 第四批 几个", "41-4", "plain"),
            ("对口援藏二十年 实施项目 个数", "34-2", "plain"),
            ("近十年 参与援疆的专业人才 多少", "59-2", "plain"),
            ("援藏 1994到2020年 9批 干部人才合计", "15", "plain"),
            ("援藏二十年 选派干部人才 多少人", "13", "plain"),
            ("新一轮援疆 2010年底到2012年5月 进疆人员 多少", "60", "plain")]):
        add(f"pr22c-figure-{i}", "mechanism", [text], typed_col(value(n)), value(n), variant=variant)

    # the village doctor: 援青, 黄南 and 组团式 medical aid, with asides
    for i, (text, n) in enumerate([
            ("我们黄南州这十年一共落实了多少援助资金啊？村里都说天津帮了不少", "81"),
            ("援青到2017年一共投了多少钱？我就想心里有个数", "79"),
            ("援青项目到2017年大概做了多少个？", "79-3"),
            ("医疗组团式援藏援疆到2023年一共派了多少医疗人才？听说有好几千", "28"),
            ("援青的项目截至2018年有多少个啊", "80-2"),
            ("截至2017年年中，组团式援藏的医疗人才一共去了多少？我们院也来过两位", "24")]):
        add(f"pr22c-doctor-{i}", "mechanism", [text], typed_col(value(n)), value(n))
    for i, (text, n) in enumerate([
            ("教育人才组团式援藏是哪一年开始的？我侄女是老师", "22-2"),
            ("医疗人才组团式援藏哪年开始搞的", "22"),
            ("对口援青是哪年启动的？六个省市是一起开始的吧", "76")]):
        add(f"pr22c-doctor-year-{i}", "mechanism", [text], col(year(n)), year(n))

    # launch events asked for their day or month
    for i, (text, n, variant) in enumerate([
            ("第五次全国对口支援新疆工作会议哪天开的", "51-2", "plain"),
            ("第七次全国援疆工作会议是哪天召开的", "51-3", "plain"),
            ("东莞开的那次全国东西扶贫协作工作会议是哪年几月", "86", "plain"),
            ("中办国办关于进一步加强东西部扶贫协作工作的指导意见是哪天印发的", "88", "plain"),
            ("国办关于开展对三峡工程库区移民工作对口支援的通知是哪天发的", "117", "plain"),
            ("民政部安排各省对口支援重灾县过渡安置的紧急通知是哪天发的", "109", "plain"),
            ("中央扶贫开发工作会议部署东西扶贫协作是在哪年哪月", "85-2", "plain"),
            ("中央第四次西藏工作座谈会在哪年几月召开", "4", "plain")]):
        add(f"pr22c-launch-{i}", "mechanism", [text], col(of(n, "date")), of(n, "date"), variant=variant,
            alt_gold=col(f"SELECT ?d WHERE {{ <{fact}{n}> dk:event/dk:date ?d }}") or None)  # (the meeting's own day)

    # management rules: the rule's words, or who is responsible
    for i, (text, n, prop) in enumerate([
            ("援疆资金的到疆率和项目开工率是谁在监测", "70", "responsible"),
            ("闽宁联席会议多久开一次", "94", "practice"),
            ("汶川援建的时候哪些东西不列入支援范围", "112", "principle"),
            ("援藏干部人才是怎么选派的，三年的和短期的怎么搭配", "20", "principle")]):
        add(f"pr22c-rule-{i}", "mechanism", [text], col(of(n, prop)), of(n, prop))
    # the body a rule names asked (由哪个机构协调): the body, not the rule's words
    q = (f"SELECT (STRAFTER(STRBEFORE(STR(?p), \"协调\"), \"由\") AS ?v) WHERE {{ BIND(<{fact}118> AS ?f) "
         f"?f dk:principle ?p . {ok} }}")
    add("pr22c-rule-body", "mechanism", ["三峡库区移民对口支援由哪个机构负责协调"], col(q), q)
    # how long the work took: the rule's words, or the month it was done by (both answer 用了多久)
    add("pr22c-rule-done", "mechanism", ["汶川三年的援建任务实际用了多久完成"], col(of("116", "principle")),
        of("116", "principle"), alt_gold=col(of("116", "date")))

    # the translator: the copyright page's lesser items, the preface, the contents' third level
    def imprint(key):
        return (f'SELECT (STRAFTER(STR(?i), "：") AS ?v) WHERE {{ ?b a <http://purl.org/ontology/bibo/Book> ; '
                f'dk:imprintItem ?i FILTER(STRSTARTS(STR(?i), "{key}：")) }}')
    for i, (text, key) in enumerate([
            ("本书责任校对系何人？", "责任校对"), ("该书之印张数为何？", "印张"), ("本书字数几何？", "字数"),
            ("该书开本为何？", "开本"), ("本书由何厂印刷？", "印刷"), ("本书CIP数据核字号为何？", "CIP数据核字号")]):
        add(f"pr22c-imprint-{i}", "book_fact", [text], col(imprint(key)), imprint(key), variant="traditional")
    q = "SELECT ?v WHERE { ?b <http://purl.org/ontology/bibo/isbn13> ?v }"
    add("pr22c-isbn", "book_fact", ["本书ISBN为何？"], typed_col(q), q, variant="traditional")
    q = "SELECT ?v WHERE { ?b dk:prefacePlace ?v }"
    add("pr22c-preface-place", "book_fact", ["本书前言撰于何地？"], col(q), q, variant="traditional")

    def part(c, s_, k):
        return (f"SELECT ?h WHERE {{ ?b dcterms:title ?t FILTER NOT EXISTS {{ ?b dk:headingNumber ?z }} "
                f"?c dcterms:isPartOf ?b ; dk:headingNumber {c} . ?s dcterms:isPartOf ?c ; dk:headingNumber {s_} . "
                f"?h dcterms:isPartOf ?s ; dk:headingNumber {k} }}")
    q = part(2, 4, 2)
    add("pr22c-toc-part", "book_fact", ["书中第二章第四节第（二）小节标题为何？"], col(q), q, variant="traditional")
    page = "SELECT ?v WHERE {{ <{}> <http://purl.org/ontology/bibo/pageStart> ?p BIND(xsd:integer(?p) AS ?v) }}"
    for i, (text, node) in enumerate([("第九章第四节始于第几页？", "9/4"),
                                      ("书中论述组团式医疗对口支援者始于第几页？", "5/2/2")]):
        q = page.format(f"{BASE}source/book/chapter/{node}").replace("xsd:integer", "<http://www.w3.org/2001/XMLSchema#integer>")
        add(f"pr22c-toc-page-{i}", "book_fact", [text], col(q), q, variant="traditional")
    q = f"SELECT ?c WHERE {{ <{BASE}source/book/chapter/6/2> dcterms:isPartOf ?c }}"
    add("pr22c-toc-chapter", "book_fact", ["江苏省省内对口支援见于书中哪一章？"], col(q), q, variant="traditional")

    # the history that opens chapter 1, in Chinese-numeral years
    q = (f"SELECT ?s WHERE {{ ?p dk:establishedBy <{BASE}event/1984-tianjin> ; dk:supporter ?s ; "
         f"dk:recipient <{BASE}division/630000> }}")
    add("pr22c-hist-1984-qinghai", "book_fact", ["一九八四年天津会议又增加了谁去支援青海？"], col(q), q,
        variant="traditional")
    for i, (text, node) in enumerate([("一九八四年全国经济技术协作和对口支援会议于何月召开？", "event/1984-tianjin"),
                                      ("一九六〇年《山西日报》那篇社论发表于何月何日？", "event/1960-shanxi-ribao")]):
        q = f"SELECT ?v WHERE {{ <{BASE}{node}> dk:date ?v }}"
        add(f"pr22c-hist-date-{i}", "book_fact", [text], col(q), q, variant="traditional")
    q = f"SELECT ?v WHERE {{ <{BASE}document/1994-baqi> dk:year ?v }}"
    add("pr22c-hist-baqi", "book_fact", ["《国家八七扶贫攻坚计划》系何年发布？"], col(q), q, variant="traditional")

    # more phrasings of each kind fixed: two-digit year spans, terse measure nouns (项目数, 合计, 人数, 总数), a month
    # asked beside the year, a hearsay remark after the question, a place only a figure's measure names, a launch
    # named with the programme's short name, a numbered report (第二批), a shortened measure word (专技), a side verb
    for i, (text, n, variant) in enumerate([
            ("援青 10到17年 资金合计", "79", "numeral"),
            ("东部向西部 96到07年 企业合作项目数", "95-2", "numeral"),
            ("援疆 97到09年 干部人数", "52", "numeral"),
            ("援青 13至16年 资金", "79-2", "numeral"),
            ("援青干部人数 2010到2017年", "77", "plain"),
            ("第十批中央单位援疆干部人才有多少人？听说有五百多", "55", "plain"),
            ("对口支援黄南州的资金有多少", "81", "plain"),
            ("天津援青资金多少", "81-2", "abbreviation"),
            ("中央批准的在藏重大建设项目第二批有几个", "41-2", "plain"),
            ("东部到西部的专技人才 2003到2007年 多少人", "90-2", "plain"),
            ("东部派往西部的挂职干部 03到07年 人数", "90", "numeral")]):
        add(f"pr22c-more-figure-{i}", "mechanism", [text], typed_col(value(n)), value(n), variant=variant)
    for i, (text, n) in enumerate([("全国东西扶贫协作工作会议于何月召开", "86"),
                                   ("中办国办东西部扶贫协作指导意见是哪年几月印发的", "88"),
                                   ("第五次全国援疆工作会议在哪天", "51-2")]):
        add(f"pr22c-more-launch-{i}", "mechanism", [text], col(of(n, "date")), of(n, "date"))
    q = of("51-3", "startYear")
    add("pr22c-more-launch-year", "mechanism", ["第7次全国对口援疆工作会议哪年开的"], col(q), q, variant="numeral")
    q = of("31", "startYear")
    add("pr22c-more-rule-year", "mechanism", ["援藏资金两个80%是哪年提出的？大家都说是2014年"], col(q), q)
    q = of("20", "principle")
    add("pr22c-more-rule-mix", "mechanism", ["援藏干部人才计划内和计划外怎么搭配", "援藏干部三年的和短期的如何结合"],
        col(q), q)
    q = ("SELECT ?v WHERE { ?e rdfs:label ?l ; dk:date ?v FILTER(STR(?l) = \"第三次西藏工作座谈会\") "
         "FILTER(DATATYPE(?v) = <http://www.w3.org/2001/XMLSchema#date>) }")
    add("pr22c-more-event-month", "stage_event", ["中央第三次西藏工作座谈会哪年几月开的"], col(q), q)
    q = f"SELECT ?v WHERE {{ <{BASE}event/1984-tianjin> dk:date ?v }}"
    add("pr22c-more-book-month", "book_fact", ["全国经济技术协作和对口支援会议是哪年几月开的"], col(q), q)
    for i, (text, node) in enumerate([("江苏省省内对口支援从第几页开始", "6/2"), ("组团式医疗对口支援在第几页", "5/2/2"),
                                      ("鄂尔多斯市对口支援兴安盟的主要措施和做法在书里第几页", "6/3/2"),
                                      ("书中讲教育对口支援的政策法律依据在第几页", "5/1/2")]):
        q = page.format(f"{BASE}source/book/chapter/{node}").replace("xsd:integer", "<http://www.w3.org/2001/XMLSchema#integer>")
        add(f"pr22c-more-toc-page-{i}", "book_fact", [text], col(q), q)
    for i, (text, node) in enumerate([("科技对口支援的运行机制见于哪一章", "5/3/4"), ("书里讲科技对口支援的是哪一章", "5/3")]):
        q = f"SELECT ?c WHERE {{ <{BASE}source/book/chapter/{node}> dcterms:isPartOf+ ?c . ?c a <http://purl.org/ontology/bibo/Chapter> }}"
        add(f"pr22c-more-toc-chapter-{i}", "book_fact", [text], col(q), q)

    # a second round by the same askers: a two-digit year before its month (截至10年4月), a date asked of the printing
    # (印刷于何年何月: the 印次), the preface's year asked with 在哪一年 (not its place), who held a meeting (部门开的)
    for i, (text, n) in enumerate([("汶川援建 确定项目数 截至10年4月", "114-3"), ("东部给西部 03到10年 政府援助资金 亿", "96"),
                                   ("援藏资金 13到16年 合计多少", "35"), ("三峡库区 92到05年 引进资金 亿", "120")]):
        add(f"pr22c-round2-figure-{i}", "mechanism", [text], typed_col(value(n)), value(n), variant="numeral")
    for i, (text, n) in enumerate([("援疆 近十年 投了多少", "73"), ("援藏二十年一共投了多少", "34"), ("援青到2017年花了多少", "79")]):
        add(f"pr22c-round2-spent-{i}", "mechanism", [text], typed_col(value(n)), value(n))  # (投了多少: funds asked)
    for i, text in enumerate(["本书出版社邮编多少", "本书的插页有几页", "书的发行部电话是多少"]):
        add(f"pr22c-round2-not-held-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_fact")
    q = imprint("印次")
    add("pr22c-round2-printed", "book_fact", ["本书印刷于何年何月？"], col(q), q, variant="traditional")
    q = "SELECT ?v WHERE { ?b dk:prefaceDate ?d BIND(CONCAT(SUBSTR(STR(?d), 1, 4), \"年\", STR(xsd:integer(SUBSTR(STR(?d), 6, 2))), \"月\") AS ?v) }"
    q = q.replace("xsd:integer", "<http://www.w3.org/2001/XMLSchema#integer>")
    add("pr22c-round2-preface-when", "book_fact", ["前言是在哪一年几月写的"], col(q), q)
    q = f"SELECT ?a WHERE {{ <{BASE}event/1982-zuotanhui> dk:convenedBy ?a }}"
    add("pr22c-round2-convened", "book_fact", ["一九八二年那次座谈会是哪两个部门开的"], col(q), q)

    # refusals: a figure only in an unverified row or in no row, a made-up or foreign place, outside the policy
    for i, (text, status) in enumerate([
            ("援藏干部在藏期间的高原补贴标准是多少", "no_template"),
            ("第十一批援藏干部人才有多少人？", "no_fact"),
            ("东西部协作2023年的财政援助资金有多少", "no_fact"),
            ("组团式援疆的受援医院有几家", "no_fact"),
            ("上海对口支援东京都的哪些区", "no_entity"),
            ("福建对口支援过雾隐县吗", "no_entity"),
            ("第十二批援藏干部有多少人", "no_fact"),
            ("汶川援建一共派了多少干部", "no_fact"),
            ("三峡对口支援一共派了多少干部", "no_fact"),
            ("书里第十章讲的是什么", "no_fact"),
            ("对口支援巴黎的是哪个省", "no_entity"),
            ("援藏资金每年按多少比例递增", "no_fact"),
            ("援青资金全国统一按什么比例安排", "no_fact"),
            ("援疆干部的子女入学有什么优惠", "no_template"),
            ("援藏干部一般多大年纪", "no_template"),
            ("桃花岛县的对口支援方是谁", "no_entity"),
            # a named plan or campaign the graph does not hold is no scope to drop (春蕾计划里…: not all of 上海's places)
            ("春蕾计划里上海支援了哪些地方", "no_entity"),
            ("万企帮万村行动里有多少个县参与结对", "no_entity"),
            ("希望工程中北京援助了哪些县", "no_entity"),
            # a made-up county before a verb of belonging (归谁援): its name, not the class word after it
            ("雾灵县归谁援", "no_entity"),
            ("石门坎县归谁援", "no_entity"),
            ("云雾县由谁帮扶", "no_entity")]):
        add(f"pr22c-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)


def gen_probe_22d():
    """Counts, superlatives, comparisons and yes/no written first as three invented askers would, before reading the
    pipeline (issue #15, session 13, groups pr22d-*): 小何, a bank's risk analyst typing terse on a phone (沪 鲁 闽 津 京
    援藏 援疆 abbreviations, spaces for punctuation); 扎西医生, a village doctor in 日喀则 chatting with asides and
    remarks after the question; 老郑, a retired soldier and 人大代表 writing formal sentences in traditional script with
    Chinese-numeral years. Names the studied sets rarely use: 援藏's county pairings (黑龙江, 吉林, 上海 in 日喀则), 兵团师,
    赣南's agencies, 皖北, 三省藏区 (天祝, 木里, 迪庆), both 汶川 lists, 三峡's Beijing counties, the 1994/2001 meetings
    and the stated totals (74 个县, 19 个省市, 13 个援疆省市 for 兵团). Gold from the SPARQL here (a giver's city or
    district in its team counts as the giver where the question names the province).

    First run: 6 of 60 failed (3 more were our gold: a collective's pairings are pairings, 省市 is province rank); later
    rounds (r2-*, r3-*) failed 8 of 11, 5 of 6 and 6 of 8 before their fixes. Kinds fixed: a place's parts counted or the
    earliest aided (with a programme, by givers of a kind), two actors which first over either side, a collective
    partner's stated total, 还援/仍帮…吗, spoken time pointers, the latest-aided, 在管/管 and the giver after 是, 县区,
    a kind sought in a roster of a broader one, a Corps division by its city, two kinds in one count, a comparison of
    programmes asked yes/no, a superlative guessed, a ranking within a programme and a period.
    Still wrong, left out of dev: 宜昌市有几个县区有北京的区县对口 (parts on both sides: read as 宜昌's own partners);
    拉萨的县区 有几个是北京在管 (a space after the kind drops it: 拉萨 itself counted); 东西部协作 广东的城市一共结对了几个地方
    (the province's own count, not its cities'); 援疆中对口县最多的省对口了几个县 (a count of a ranking's top: the 82 stated);
    对口支援西藏的中央企业有几家 (two stated totals, 15 and 17, from one meeting: the 2 recorded counted); 援藏各省市中，
    何者對口之縣最少 (江苏's team cities' counties not counted for it in the composed fewest)."""
    pg = lambda key: f"<{BASE}programme/{key}>"
    I = lambda name: f"<{iri_of(name)}>"
    ev = lambda key: f"<{BASE}{key}>"
    no_coll = "FILTER NOT EXISTS { ?s a dk:CollectiveActor } FILTER NOT EXISTS { ?r a dk:CollectiveActor }"

    def ask(text):
        return [bool(store.query(PREFIX + text))]

    def scope(key=None, extra=""):
        return (f"?p dk:programme {pg(key)} ." if key else "") + extra

    def n_takers(giver, key=None, extra=""):
        """How many places a giver (its team members counted as it) gives to."""
        return f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?s dk:partOf? {I(giver)} .
          {scope(key, extra)} {no_coll} }}"""

    def n_givers(extra, key=None):
        return f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . {scope(key, extra)}
          {no_coll} }}"""

    def givers_rank(names, key=None, extra="", pick=max):
        vals = " ".join(I(n) for n in names)
        q = f"""SELECT ?g (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?g {{ {vals} }} ?p dk:supporter ?s ; dk:recipient ?r .
          ?s dk:partOf? ?g . {scope(key, extra)} {no_coll} }} GROUP BY ?g"""
        return tied(q, pick), q

    def takers_rank(names, key=None, extra="", pick=max):
        """Places ranked by their givers, a place's parts rolled up into it, a team member counted as its province."""
        vals = " ".join(I(n) for n in names)
        q = f"""SELECT ?g (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?g {{ {vals} }} ?p dk:recipient ?r ; dk:supporter ?member .
          ?r dk:partOf* ?g . {TEAM_GIVER} {scope(key, extra)} {no_coll} }} GROUP BY ?g"""
        return tied(q, pick), q

    def first_of(names, key=None, side="supporter", pick=min):
        vals = " ".join(I(n) for n in names)
        q = f"""SELECT ?g (MIN(?y) AS ?start) WHERE {{ VALUES ?g {{ {vals} }} ?p dk:{side} ?g ; dk:startYear ?y .
          {scope(key)} }} GROUP BY ?g"""
        return tied(q, pick), q

    def top_givers(key=None, cls=None, extra="", pick=max):
        typed = f"?s a dk:{cls} ." if cls else ""
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . {scope(key, extra)}
          {typed} {no_coll} }} GROUP BY ?s"""
        return tied(q, pick), q

    def top_takers(key=None, cls=None, extra="", pick=max):
        typed = f"?r a dk:{cls} ." if cls else ""
        q = f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:supporter ?member ; dk:recipient ?r . {TEAM_GIVER}
          {scope(key, extra)} {typed} {no_coll} }} GROUP BY ?r"""
        return tied(q, pick), q

    def stated(extra):
        return f"""SELECT (MAX(?n) AS ?m) WHERE {{ ?p dk:supporter|dk:recipient ?c . {extra} ?c dk:memberCount ?n }}"""

    def pair(giver, taker, extra=""):
        return ask(f"ASK {{ ?p dk:supporter ?s ; dk:recipient {I(taker)} . ?s dk:partOf? {I(giver)} . {extra} }}")

    def running(giver, taker, year=None):
        cond = (f"?p dk:startYear ?y FILTER(?y <= {year}) FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < {year}) }}"
                if year else "FILTER NOT EXISTS { ?p dk:endYear ?e }")
        return ask(f"ASK {{ ?p dk:supporter {I(giver)} ; dk:recipient {I(taker)} . {cond} }}")

    C, S, M, Y = "count", "superlative", "comparison", "yes_no"
    xz3, xz4 = f"?p dk:establishedBy {ev('event/1994-xizang-3')} .", f"?p dk:establishedBy {ev('event/2001-xizang-4')} ."
    items = [
        # count: of recipients, of supporters, of pairings; with a programme, level, region or period
        ("ct-hlj-zang", C, "黑龙江 援藏 对口几个县", "abbreviation",
         (None, n_takers("黑龙江省", "yuanzang", "?r a dk:CountyLevelDivision ."))),
        ("ct-sh-rkz", C, "上海在日喀则一共包了几个县？我们定日县就是上海援的，好像还有别的", "plain",
         (None, n_takers("上海市", None, f"?r dk:partOf {I('日喀则市')} ; a dk:CountyLevelDivision ."))),
        ("ct-jl-zang", C, "吉林省對口支援西藏，共計幾個縣？", "traditional",
         (None, n_takers("吉林省", None, f"?r dk:partOf+ {I('西藏自治区')} ; a dk:CountyLevelDivision ."))),
        ("ct-rkz-counties", C, "日喀则有几个县区有援藏省市对口？", "plain",
         (None, f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg('yuanzang')} ; dk:recipient ?r .
              ?r dk:partOf {I('日喀则市')} ; a dk:CountyLevelDivision }}""")),
        ("ct-wanbei-sh", C, "皖北结对 上海出了几个区", "plain",
         (None, f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg('wanbei')} ; dk:supporter ?s .
              ?s dk:partOf {I('上海市')} ; a dk:District }}""")),
        ("ct-53-givers", C, "国办发〔2008〕53号一共安排了几个省市对口支援？", "plain",
         (None, f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:establishedBy {ev('document/2008-53')} ; dk:supporter ?s .
              FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}""")),
        ("ct-guodu-aba", C, "过渡安置那阵子，阿坝州有几个县得到了对口支援？（我在理县卫生院，当年的事记不太清了）", "plain",
         (None, f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg('wenchuan-guodu')} ; dk:recipient ?r .
              ?r dk:partOf {I('阿坝藏族羌族自治州')} }}""")),
        ("ct-ruijin", C, "瑞金 几个部委帮", "plain",
         (None, n_givers(f"?p dk:recipient {I('瑞金市')} . ?s a dk:CentralAgency ."))),
        ("ct-fj-zang", C, "福建援藏先后对口过几个地市", "plain",
         (None, n_takers("福建省", "yuanzang", "?r a dk:PrefectureLevelDivision ."))),
        ("ct-sanxia-bj", C, "三峽庫區移民對口支援中，北京市共有幾個區縣參與？", "traditional",
         (None, f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme {pg('sanxia')} ; dk:supporter ?s .
              ?s dk:partOf {I('北京市')} }}""")),
        ("ct-sz-gdsn", C, "广东省内帮扶 深圳帮了几个市啊", "plain",
         (None, n_takers("深圳市", "guangdong-shengnei"))),
        ("ct-sd-xj", C, "鲁 援疆 几个县", "abbreviation",
         (None, n_takers("山东省", "yuanjiang", "?r a dk:CountyLevelDivision ."))),
        ("ct-yq-givers", C, "援青一共有几个省市参加？", "plain",
         (None, n_givers("?s a dk:ProvinceLevelDivision .", "yuanqing"))),
        ("ct-2001-pairs", C, "二〇〇一年第四次西藏工作座談會之後新定的對口關係有幾對？", "traditional",
         (None, f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ {xz4} ?p dk:supporter ?s ; dk:recipient ?r }}")),
        # totals a source states (answered with the total and the pairings recorded beside it)
        ("ct-stated-74", C, "对口援藏到底覆盖了西藏多少个县？书上说全覆盖", "plain",
         (None, stated(f"?p dk:programme {pg('yuanzang')} . ?c rdfs:label ?l FILTER(CONTAINS(?l, \"县\"))"))),
        ("ct-stated-19", C, "援疆省市总共几个", "abbreviation",
         (None, stated(f"?p dk:programme {pg('yuanjiang')} . ?c rdfs:label ?l FILTER(CONTAINS(?l, \"省市\"))"))),
        ("ct-stated-xpcc", C, "兵团这边，对口支援的省市有几个？", "plain",
         (None, stated(f"?p dk:recipient {I('新疆生产建设兵团')} .")))
        ,
        ("ct-stated-82", C, "新一轮援疆覆盖了新疆多少个县市？（不算兵团）", "plain",
         ([82], "the 82 counties the collective's own name states")),
        # superlative: most / fewest / earliest / latest, on either side, within a programme, place or period
        ("sup-zang-prov", S, "援藏里哪个省对口的县最多", "plain",
         top_givers("yuanzang", "ProvinceLevelDivision", "?r a dk:CountyLevelDivision .")),
        ("sup-rkz-county", S, "日喀则哪个县的援藏支援方最多？我们村医开会时有人争这个", "plain",
         top_takers("yuanzang", "CountyLevelDivision", f"?r dk:partOf {I('日喀则市')} .")),
        ("sup-dx-latest", S, "东西部协作里 最晚结对的帮扶城市是哪个", "plain",
         (tied(f"""SELECT ?s (MIN(?y) AS ?m) WHERE {{ ?p dk:programme {pg('dongxibu')} ; dk:supporter ?s ; dk:startYear ?y .
              ?s a dk:City FILTER NOT EXISTS {{ ?s a dk:ProvinceLevelDivision }} }} GROUP BY ?s""", max), "")),
        ("sup-sanxia-county", S, "三峡移民对口支援里，哪个县得到的对口支援方最多？", "plain",
         top_takers("sanxia")),
        ("sup-xpcc", S, "援疆中哪个省对口的兵团师最多", "plain",
         top_givers("yuanjiang", "ProvinceLevelDivision", "?r a dk:XPCCDivision .")),
        ("sup-xz-pref", S, "西藏哪个地市得到的援藏省市最多", "plain",
         takers_rank(["拉萨市", "日喀则市", "昌都市", "林芝市", "山南市", "那曲市", "阿里地区"], "yuanzang",
                     "?s a dk:ProvinceLevelDivision .")),
        ("sup-1994-most", S, "一九九四年第三次西藏工作座談會所定之對口關係中，何省市對口之縣最多？", "traditional",
         top_givers(None, "ProvinceLevelDivision", xz3 + " ?r a dk:CountyLevelDivision .")),
        ("sup-xj-earliest-giver", S, "援疆最早开始对口的是哪个省", "plain",
         (tied(f"""SELECT ?s (MIN(?y) AS ?m) WHERE {{ ?p dk:programme {pg('yuanjiang')} ; dk:supporter ?s ; dk:startYear ?y .
              ?s a dk:ProvinceLevelDivision }} GROUP BY ?s""", min), "")),
        ("sup-xj-earliest-pref", S, "新疆哪个地州最早有省市来对口支援的？", "plain",
         (tied(f"""SELECT ?r (MIN(?y) AS ?m) WHERE {{ ?p dk:recipient ?r ; dk:startYear ?y . ?r dk:partOf {I('新疆维吾尔自治区')} ;
              a dk:PrefectureLevelDivision }} GROUP BY ?r""", min), "")),
        ("sup-gannan-fewest", S, "赣南苏区里 哪个县区得到的部委最少", "plain",
         top_takers("gannan", None, "", min)),
        ("sup-sh-sanxia-first", S, "上海对口支援的地方里，最早的是哪儿？", "abbreviation",
         (tied(f"""SELECT ?r (MIN(?y) AS ?m) WHERE {{ ?p dk:supporter {I('上海市')} ; dk:recipient ?r ; dk:startYear ?y }}
              GROUP BY ?r""", min), "")),
        ("sup-wenchuan-givers", S, "汶川重建那会儿，哪个省对口的县最多", "plain",
         top_givers("wenchuan-chongjian", "ProvinceLevelDivision", "?r a dk:CountyLevelDivision .")),
        # comparison: which more, which first, of two actors, places or programmes
        ("cmp-jing-jin-xj", M, "京 津 援疆 谁对口的县多", "abbreviation",
         givers_rank(["北京市", "天津市"], "yuanjiang", "?r a dk:CountyLevelDivision .")),
        ("cmp-hlj-jl", M, "黑龙江和吉林援藏，哪个开始得早？", "plain",
         first_of(["黑龙江省", "吉林省"], "yuanzang")),
        ("cmp-lasa-rkz", M, "拉萨和日喀则，哪边的援藏省市多？扎西问的，他说日喀则多", "plain",
         takers_rank(["拉萨市", "日喀则市"], "yuanzang", "?s a dk:ProvinceLevelDivision .")),
        ("cmp-diqing-ganzi", M, "迪庆和甘孜，谁先有对口支援", "plain",
         first_of(["迪庆藏族自治州", "甘孜藏族自治州"], None, "recipient")),
        ("cmp-sh-js-rkz", M, "援藏里上海跟山东比，谁在日喀则对口的县多？", "plain",
         givers_rank(["上海市", "山东省"], "yuanzang", f"?r dk:partOf {I('日喀则市')} ; a dk:CountyLevelDivision .")),
        ("cmp-hn-hb", M, "湖南與湖北對口支援山南，何者在先？", "traditional",
         first_of(["湖南省", "湖北省"], "yuanzang")),
        ("cmp-tianzhu-muli", M, "天祝和木里 哪个得到的对口支援早", "plain",
         first_of(["天祝藏族自治县", "木里藏族自治县"], None, "recipient")),
        ("cmp-ln-js-xpcc", M, "辽宁和江苏，援疆时谁对口的兵团师多？", "plain",
         givers_rank(["辽宁省", "江苏省"], "yuanjiang", "?r a dk:XPCCDivision .")),
        ("cmp-zigui-yiling", M, "秭归跟夷陵，三峡移民那块谁得到的支援方多", "plain",
         takers_rank(["秭归县", "夷陵区"], "sanxia")),
        ("cmp-gd-zj-zangqu", M, "三省藏区对口支援里，广东和浙江谁开始得早", "plain",
         first_of(["广东省", "浙江省"], "sansheng-zangqu")),
        ("cmp-ah-jx-xj", M, "皖 赣 援疆 谁对口的县多", "abbreviation",
         givers_rank(["安徽省", "江西省"], "yuanjiang", "?r a dk:CountyLevelDivision .")),
        ("cmp-hotan-kashi", M, "和田地区和喀什地区比，哪个的援疆省市多？", "plain",
         takers_rank(["和田地区", "喀什地区"], "yuanjiang", "?s a dk:ProvinceRankActor .")),
        # yes/no: is X paired with Y, did X ever, is X still, a guess to confirm
        ("yn-suzhou-zang", Y, "苏州是不是也参加了援藏", "plain",
         ask(f"ASK {{ ?p dk:programme {pg('yuanzang')} ; dk:supporter {I('苏州市')} }}")),
        ("yn-fj-linzhi-now", Y, "福建现在还对口林芝吗", "plain", running("福建省", "林芝市")),
        ("yn-min-linzhi", Y, "闽 还援 林芝 吗", "abbreviation", running("福建省", "林芝市")),
        ("yn-gd-qamdo", Y, "广东是不是也对口过昌都", "plain", pair("广东省", "昌都市")),
        ("yn-sz-xj", Y, "深圳是援疆的省市之一吗？它不是省啊", "plain",
         ask(f"ASK {{ ?p dk:programme {pg('yuanjiang')} ; dk:supporter {I('深圳市')} }}")),
        ("yn-hn-aksu-still", Y, "河南还在援助阿克苏吗", "plain", running("河南省", "阿克苏地区")),
        ("yn-jx-akto", Y, "江西对口的是阿克陶县吧？", "plain", pair("江西省", "阿克陶县")),
        ("yn-sx-maoxian", Y, "山西援建过茂县吗？重建那会儿", "plain",
         pair("山西省", "茂县", f"?p dk:programme {pg('wenchuan-chongjian')} .")),
        ("yn-gx-heishui", Y, "广西对口过黑水县没有", "plain", pair("广西壮族自治区", "黑水县")),
        ("yn-tj-three", Y, "天津是不是援藏援疆援青都参加了", "abbreviation",
         ask(f"""ASK {{ ?a dk:programme {pg('yuanzang')} ; dk:supporter {I('天津市')} . ?b dk:programme {pg('yuanjiang')} ;
              dk:supporter {I('天津市')} . ?c dk:programme {pg('yuanqing')} ; dk:supporter {I('天津市')} }}""")),
        ("yn-dl-lps-now", Y, "大連現今仍幫扶六盤水否？", "traditional", running("大连市", "六盘水市")),
        ("yn-fj-linzhi-2015", Y, "二〇一五年福建是否仍對口支援林芝？", "traditional", running("福建省", "林芝市", 2015)),
        ("yn-gtb-dingnan", Y, "国台办在赣南对口的是定南吗", "plain", pair("国务院台湾事务办公室", "定南县")),
        ("yn-jl-gyirong", Y, "吉林有没有对口吉隆县", "plain", pair("吉林省", "吉隆县")),
        ("yn-baogang", Y, "宝钢是不是援藏的央企？我看新闻里提过", "plain",
         ask(f"ASK {{ ?p dk:programme {pg('yuanzang')} ; dk:supporter {I('中国宝武钢铁集团有限公司')} }}")),
        ("yn-hlj-dujiangyan", Y, "黑龙江援建过都江堰吗", "plain", pair("黑龙江省", "都江堰市")),
        # each kind fixed, in further phrasings with other names (the evidence the kind is fixed)
        # a spoken pointer to a time (那阵子, 那几年, 那段时间) names nothing and asks no year
        ("k-time-0", C, "三峡移民那会儿，秭归有几个支援方", "plain", (None, n_givers(f"?p dk:recipient {I('秭归县')} ."))),
        ("k-time-1", Y, "那段时间，广东对口汶川县吗", "plain", pair("广东省", "汶川县")),
        ("k-time-2", C, "过渡安置那几年，上海一共对口了几个县市？", "plain",
         (None, n_takers("上海市", "wenchuan-guodu"))),
        # still + the aid verb, no 在 (还帮, 仍帮扶, 还援)
        ("k-still-0", Y, "深圳还帮毕节吗", "plain", running("深圳市", "毕节市")),
        ("k-still-1", Y, "大连仍帮扶六盘水吗？", "plain", running("大连市", "六盘水市")),
        ("k-still-2", Y, "厦门 还帮 临夏 吗", "plain", running("厦门市", "临夏回族自治州")),
        ("k-still-3", Y, "广州还帮扶黔南州吗", "plain", running("广州市", "黔南布依族苗族自治州")),
        # a place's parts of a kind counted, with a programme or the givers' kind named
        ("k-parts-count-0", C, "喀什地区有多少个县得到过援疆省市支援？", "plain",
         (None, f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg('yuanjiang')} ; dk:recipient ?r .
              ?r dk:partOf {I('喀什地区')} ; a dk:CountyLevelDivision }}""")),
        ("k-parts-count-1", C, "那曲有几个县得到援藏省市对口？", "plain",
         (None, f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg('yuanzang')} ; dk:recipient ?r .
              ?r dk:partOf {I('那曲市')} ; a dk:CountyLevelDivision }}""")),
        ("k-parts-count-2", C, "汶川重建时，阿坝州有几个县得到了对口援建？", "plain",
         (None, f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg('wenchuan-chongjian')} ; dk:recipient ?r .
              ?r dk:partOf {I('阿坝藏族羌族自治州')} ; a dk:CountyLevelDivision }}""")),
        # a stated total of a place's collective partner
        ("k-stated-0", C, "新疆生产建设兵团得到几个省市的对口支援", "plain",
         (None, stated(f"?p dk:recipient {I('新疆生产建设兵团')} ."))),
        ("k-stated-1", C, "兵团有几个援疆省市对口", "plain", (None, stated(f"?p dk:recipient {I('新疆生产建设兵团')} ."))),
        # two actors, which first, no programme or a programme over either side
        ("k-first-0", M, "湖南和湖北谁先开始对口支援", "plain", first_of(["湖南省", "湖北省"])),
        ("k-first-1", M, "北川县與汶川縣，孰先獲得對口支援？", "traditional",
         first_of(["北川羌族自治县", "汶川县"], None, "recipient")),
        ("k-first-2", M, "昌都和林芝 谁先有援藏", "plain",
         (tied(f"""SELECT ?g (MIN(?y) AS ?m) WHERE {{ VALUES ?g {{ {I('昌都市')} {I('林芝市')} }} ?p dk:programme {pg('yuanzang')} ;
              dk:recipient ?r ; dk:startYear ?y . ?r dk:partOf? ?g }} GROUP BY ?g""", min), "")),
        ("k-first-3", M, "上海和北京哪个更晚开始对口支援", "plain", first_of(["上海市", "北京市"], None, "supporter", max)),
        # the named place's parts, the earliest aided
        ("k-earliest-parts-0", S, "贵州哪个市最早得到东西部协作帮扶", "plain",
         (tied(f"""SELECT ?r (MIN(?y) AS ?m) WHERE {{ ?p dk:programme {pg('dongxibu')} ; dk:recipient ?r ; dk:startYear ?y .
              ?r dk:directlyPartOf {I('贵州省')} }} GROUP BY ?r""", min), "")),
        ("k-earliest-parts-1", S, "云南哪个州最早得到对口支援", "plain",
         (tied(f"""SELECT ?g (MIN(?y) AS ?m) WHERE {{ ?g dk:directlyPartOf {I('云南省')} . ?r dk:partOf? ?g .
              ?p dk:recipient ?r ; dk:startYear ?y }} GROUP BY ?g""", min), "")),
        ("k-earliest-parts-2", S, "阿坝州哪个县最早得到援建", "plain",
         (tied(f"""SELECT ?r (MIN(?y) AS ?m) WHERE {{ ?p dk:recipient ?r ; dk:startYear ?y .
              ?r dk:partOf {I('阿坝藏族羌族自治州')} ; a dk:CountyLevelDivision }} GROUP BY ?r""", min), "")),
        # a second round (a tour-bus driver's terse typing, a translator's formal order), after the first fixes
        ("r2-latest-takers-0", S, "东西部协作里最晚开始被帮扶的地方是哪里", "plain",
         (tied(f"""SELECT ?r (MIN(?y) AS ?m) WHERE {{ ?p dk:programme {pg('dongxibu')} ; dk:recipient ?r ; dk:startYear ?y .
              FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }} GROUP BY ?r""", max), "")),
        ("r2-latest-takers-1", S, "援青里最后一个得到对口支援的是哪个州", "plain",
         (tied(f"""SELECT ?r (MIN(?y) AS ?m) WHERE {{ ?p dk:programme {pg('yuanqing')} ; dk:recipient ?r ; dk:startYear ?y .
              ?r a dk:AutonomousPrefecture }} GROUP BY ?r""", max), "")),
        ("r2-manage-0", C, "喀什的县里面，深圳管几个", "plain",
         (None, n_takers("深圳市", None, f"?r dk:partOf {I('喀什地区')} .")))
        ,
        ("r2-manage-1", C, "拉萨的县区有几个是北京在管", "plain",
         (None, n_takers("北京市", None, f"?r dk:partOf {I('拉萨市')} ; a dk:CountyLevelDivision ."))),
        ("r2-manage-2", C, "日喀则的县有多少个是山东援的", "plain",
         (None, n_takers("山东省", None, f"?r dk:partOf {I('日喀则市')} ; a dk:CountyLevelDivision ."))),
        ("r2-manage-3", Y, "北京是不是管着拉萨的当雄县", "plain", pair("北京市", "当雄县")),
        ("r2-narrow-0", C, "援疆19个省市里面，有几个是计划单列市", "plain",
         (None, n_givers("?s a dk:SeparatelyPlannedCity . FILTER NOT EXISTS { ?p dk:supporterTeam ?t }", "yuanjiang"))),
        ("r2-narrow-1", C, "東西部扶貧協作的幫扶城市中，計劃單列市共有幾個？", "traditional",
         (None, n_givers("?s a dk:SeparatelyPlannedCity . FILTER NOT EXISTS { ?p dk:supporterTeam ?t }", "dongxibu"))),
        ("r2-division-city-0", Y, "河北援疆对口的是不是铁门关", "plain",
         pair("河北省", "新疆生产建设兵团第二师", f"?p dk:programme {pg('yuanjiang')} .")),
        ("r2-division-city-1", Y, "山西对口五家渠吗", "plain", pair("山西省", "新疆生产建设兵团第六师")),
        ("r2-division-city-2", S, "北屯 谁援", "plain",
         (col(f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient {I('新疆生产建设兵团第十师')} ; dk:supporter ?s }}"), "")),
        # a third round: two kinds in one count (the asked side's and its partners'), a programme comparison asked yes/no
        ("r3-toward-0", C, "援疆里有几个省对口兵团的师", "plain",
         (None, f"""SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ ?p dk:programme {pg('yuanjiang')} ; dk:supporter ?s ; dk:recipient ?r .
              ?r a dk:XPCCDivision . OPTIONAL {{ ?p dk:supporterTeam ?t }} BIND(COALESCE(?t, ?s) AS ?g) ?g a dk:ProvinceLevelDivision }}""")),
        ("r3-toward-1", C, "援藏里有几个省对口了县", "plain",
         (None, f"""SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ ?p dk:programme {pg('yuanzang')} ; dk:supporter ?s ; dk:recipient ?r .
              ?r a dk:CountyLevelDivision . OPTIONAL {{ ?p dk:supporterTeam ?t }} BIND(COALESCE(?t, ?s) AS ?g)
              ?g a dk:ProvinceLevelDivision }}""")),
        ("r3-from-0", C, "赣南苏区有几个县区得到了部委对口", "plain",
         (None, f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg('gannan')} ; dk:supporter ?s ; dk:recipient ?r .
              ?r a dk:CountyLevelDivision . ?s a dk:CentralAgency }}""")),
        ("r3-from-1", C, "援青里有几个自治州得到了省市对口", "plain",
         (None, f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme {pg('yuanqing')} ; dk:supporter ?s ; dk:recipient ?r .
              ?r a dk:AutonomousPrefecture . ?s a dk:ProvinceRankActor }}""")),
        ("r3-prog-yn-0", Y, "吉林援藏的县比援疆的多吗", "plain",
         [col(n_takers("吉林省", "yuanzang", "?r a dk:CountyLevelDivision ."))[0]
          > col(n_takers("吉林省", "yuanjiang", "?r a dk:CountyLevelDivision ."))[0]]),
        ("r3-prog-yn-1", Y, "上海援疆的县是不是比援藏的多", "plain",
         [col(n_takers("上海市", "yuanjiang", "?r a dk:CountyLevelDivision ."))[0]
          > col(n_takers("上海市", "yuanzang", "?r a dk:CountyLevelDivision ."))[0]]),
        # a superlative's answer guessed, to confirm: yes when the name is the first (or tied first)
        ("r3-guess-0", Y, "援藏中对口县最多的是山东吧？", "plain",
         [iri_of("山东省") in top_givers("yuanzang", None, "?r a dk:CountyLevelDivision .")[0]]),
        ("r3-guess-1", Y, "三峡移民对口支援里支援方最多的是万州区吗", "plain",
         [iri_of("万州区") in top_takers("sanxia")[0]]),
        ("r3-guess-2", Y, "援疆最早开始对口的是山东吗", "plain",
         [iri_of("山东省") in tied(f"""SELECT ?s (MIN(?y) AS ?m) WHERE {{ ?p dk:programme {pg('yuanjiang')} ; dk:supporter ?s ;
              dk:startYear ?y FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }} GROUP BY ?s""", min)]),
        ("r3-guess-3", Y, "北京对口支援的地方里最早的是内蒙古吗", "plain",
         [iri_of("内蒙古自治区") in tied(f"""SELECT ?r (MIN(?y) AS ?m) WHERE {{ ?p dk:supporter {I('北京市')} ; dk:recipient ?r ;
              dk:startYear ?y }} GROUP BY ?r""", min)]),
        # a ranking of a kind within a programme and a period (2016年以后东西部协作里哪个城市结对最多)
        ("r3-ranked-period-0", S, "2016年以后东西部协作里哪个城市结对最多", "plain",
         top_givers("dongxibu", "City", "?p dk:startYear ?y FILTER(?y >= 2016)")),
        ("r3-ranked-period-1", S, "二〇一〇年以后援疆里哪个省对口的地方最多", "numeral",
         top_givers("yuanjiang", "ProvinceLevelDivision", "?p dk:startYear ?y FILTER(?y >= 2010)")),
    ]
    for group, qtype, text, variant, found in items:
        gold, q = (found, "ASK (a yes/no check, its query in the item)") if isinstance(found, list) else found
        if gold is None:
            gold = col(q)
        add(f"pr22d-{group}", qtype, [text], gold, q, variant=variant)
    for group, text, status in [("ref-place", "援藏里 青海湖县 有几个支援方", "no_entity"),
                                ("ref-foreign", "援疆和援助老挝 哪个省参加得多", "no_entity")]:
        add(f"pr22d-{group}", "unanswerable", [text], [], "", answerable=False, expected=status)


def gen_probe_22e():
    """Common partners and symmetric pairs written first as three invented askers would (issue #15, session 13, groups
    pr22e-*): 小郑, a bank's risk analyst typing terse search words on a phone (鄂湘皖 冀陕 吉黑鲁 津渝闽 abbreviations,
    spaces); 老贺, a retired soldier once posted in 西藏 and 新疆, writing formal sentences in traditional script with
    Chinese-numeral years and hedges (據余所知, 未知); 马大夫, a village doctor in 甘肃 and 贵州 chatting with asides
    about her clinic. Names the studied sets rarely use: 东西部协作's cities and prefectures (临夏 定西 陇南 湘西 铜仁
    海东), 东北对口合作's cities, 三峡, 玉树, 广东省内, 江苏南北挂钩, 皖北, the 1979 pairings. Gold from the SPARQL here.
    Kinds fixed: two places joined before 都 with the givers asked after it (都是哪个城市帮的, 都受过哪个省的支援, 都有谁支援);
    search words closing on 的 and a one-character level (都援过的省); the classical 皆 read as 都; the 同 of 共同 taken for
    a second party (共同援建之地); the earthquake said short (玉树震后); a relation named either way round of one actor on
    both sides (徐州和哪些城市结对: both sides listed); an ambiguous name in a 既…又 question read by the partner it shares;
    a word of correspondence asking a pair's other member (闽宁协作 宁夏 对应 省份); 开展 after a name read as a venue (…召开);
    除了几个X之外 read as a count; a side the asker gives in search words (宁 作为支援方) read the other way; X及其下属县区
    leaving X out; a partner asked beside a document taken through X's parts (吉林 → 天津 via 长春); a loose programme name
    swallowing the noun of a question word (哪个城市结对合作 → 城市结对合作, the verb then lost); a remark after the question
    half remembering that time (…？那时候好像有八九个区县) read as part of it; 出手帮扶的 (the givers) read as the helped.
    Left out, not fixed: 吾曾於夷陵服役…二者共同支援之地尚有何處 (尚有: the place named before set aside, gold 日喀则市);
    三峡和援青都出过力的北京城区有哪些 (a region for the common members of two programmes); 甘 东西部 结对 哪些 (the
    search-word reading takes 甘肃's parts' givers too — a convention, gold 天津 山东); 貴州省之東西部協作夥伴有哪幾個城市
    (城市 is not taken as a kind outside rankings: 广东省 stays in)."""
    pg = lambda key: f"<{BASE}programme/{key}>"
    I = lambda name: f"<{iri_of(name)}>"

    def both_actor(*names, key=None, cls=None):
        body = " ".join(f"?p{i} dk:supporter {I(n)} ; dk:recipient ?r ." for i, n in enumerate(names))
        scope = " ".join(f"?p{i} dk:programme {pg(key)} ." for i in range(len(names))) if key else ""
        typed = f"?r a dk:{cls} ." if cls else ""
        return f"SELECT DISTINCT ?r WHERE {{ {body} {scope} {typed} FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"

    def both_place(*places, cls=None):
        body = " ".join(f"?a{i} dk:recipient ?r{i} ; dk:supporter ?s . ?r{i} dk:partOf* {I(x)} ."
                        for i, x in enumerate(places))
        typed = f"?s a dk:{cls} ." if cls else ""
        return f"SELECT DISTINCT ?s WHERE {{ {body} {typed} FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"

    def both_prog(k1, k2, cls, within=None):
        inside = f"?s dk:partOf+ {I(within)} ." if within else ""
        return f"""SELECT DISTINCT ?s WHERE {{ ?a dk:programme {pg(k1)} ; dk:supporter ?s .
          ?b dk:programme {pg(k2)} ; dk:supporter ?s . ?s a dk:{cls} . {inside} }}"""

    def partners(x, key=None, cls=None):
        scope = f"?p dk:programme {pg(key)} ." if key else ""
        typed = f"?o a dk:{cls} ." if cls else ""
        return f"""SELECT DISTINCT ?o WHERE {{ {scope} {{ ?p dk:supporter {I(x)} ; dk:recipient ?o }} UNION
          {{ ?p dk:recipient {I(x)} ; dk:supporter ?o }} {typed} FILTER NOT EXISTS {{ ?o a dk:CollectiveActor }} }}"""

    items = [
        # what two or three givers all support
        ("common-0", "common_partners", "鄂 湘 皖 援藏 共同 对口哪", "abbreviation",
         both_actor("湖北省", "湖南省", "安徽省", key="yuanzang")),
        ("common-1", "common_partners", "冀 陕 都援的 地区", "abbreviation", both_actor("河北省", "陕西省")),
        ("common-2", "common_partners", "吉 黑 鲁 共同援的那个市", "abbreviation", both_actor("吉林省", "黑龙江省", "山东省")),
        ("common-3", "common_partners", "津 渝 闽 援藏 共同 对口", "abbreviation",
         both_actor("天津市", "重庆市", "福建省", key="yuanzang")),
        ("common-4", "common_partners", "深圳 青岛 宁波 都帮扶的省", "plain",
         both_actor("深圳市", "青岛市", "宁波市", cls="ProvinceLevelDivision")),
        ("common-5", "common_partners", "厦门 珠海 鲁 共同协作 哪个直辖市", "abbreviation",
         both_actor("厦门市", "珠海市", "山东省", cls="Municipality")),
        ("common-6", "common_partners", "东莞 中山 共同 帮扶 哪", "plain", both_actor("东莞市", "中山市")),
        ("common-7", "common_partners", "佛山 珠海 共同 结对 哪个州", "plain", both_actor("佛山市", "珠海市")),
        ("common-8", "common_partners", "京 辽 共同援建 哪", "abbreviation", both_actor("北京市", "辽宁省")),
        ("common-9", "common_partners", "豫 粤 援疆 共同 对口", "abbreviation",
         both_actor("河南省", "广东省", key="yuanjiang")),
        ("common-10", "common_partners", "请问上海市、江苏省与山东省三地共同支援过之地区为何？", "traditional",
         both_actor("上海市", "江苏省", "山东省")),
        ("common-11", "common_partners", "一九七九年以后，湖北省与辽宁省共同支援之省份为何？", "traditional",
         both_actor("湖北省", "辽宁省", cls="ProvinceLevelDivision")),
        ("common-12", "common_partners", "据余所知，广东省与福建省皆曾对口支援西藏某地，未知是何地区？", "traditional",
         both_actor("广东省", "福建省", key="yuanzang")),
        ("common-13", "common_partners", "河南省、浙江省与上海市三方共同对口支援之地区为何？", "traditional",
         both_actor("河南省", "浙江省", "上海市")),
        ("common-14", "common_partners", "北京市与辽宁省于玉树震后共同援建之地为何处？", "traditional",
         both_actor("北京市", "辽宁省", key="yushu")),
        ("common-16", "common_partners", "山西省与福建省共同对口支援之自治州为何？", "traditional",
         both_actor("山西省", "福建省")),
        ("common-17", "common_partners", "天津市与山东省于东西部扶贫协作中共同结对之省份为何？", "traditional",
         both_actor("天津市", "山东省", key="dongxibu")),
        ("common-18", "common_partners", "我们卫生院去年来了广州和深圳的医生，这两个市都帮扶过的地方有哪些啊？", "plain",
         both_actor("广州市", "深圳市")),
        ("common-19", "common_partners", "广州跟青岛都帮过的是哪个市呀，隔壁乡的大夫问我的", "plain", both_actor("广州市", "青岛市")),
        ("common-20", "common_partners", "湖南湖北安徽三个省一起援的西藏那个市叫啥来着", "plain",
         both_actor("湖南省", "湖北省", "安徽省")),
        ("common-21", "common_partners", "上海和丰台、石景山三家都对口支援过的是哪个区啊，三峡移民那会儿的事", "plain",
         both_actor("上海市", "丰台区", "石景山区", key="sanxia")),
        ("common-22", "common_partners", "密云 平谷 武汉 都帮过的县", "plain", both_actor("密云区", "平谷区", "武汉市")),
        ("common-23", "common_partners", "通州和湖南一起对口的是哪个县？我表叔当年在那边修路", "plain",
         both_actor("通州区", "湖南省")),
        # who supports both (or all three) of two places
        ("givers-0", "common_partners", "谁既帮了哈密又帮了阿克苏", "plain", both_place("哈密市", "阿克苏地区")),
        ("givers-1", "common_partners", "林芝 昌都 都援过的省", "plain",
         both_place("林芝市", "昌都市", cls="ProvinceLevelDivision")),
        ("givers-2", "common_partners", "延边和蚌埠都是哪个城市帮的", "plain", both_place("延边朝鲜族自治州", "蚌埠市")),
        ("givers-3", "common_partners", "宿州 恩施 共同 帮扶方", "plain", both_place("宿州市", "恩施土家族苗族自治州")),
        ("givers-4", "common_partners", "铜仁、阜阳、宿迁三个地方都是谁在帮？", "plain", both_place("铜仁市", "阜阳市", "宿迁市")),
        ("givers-5", "common_partners", "既帮扶清远又帮扶黔南的是哪个市", "plain",
         both_place("清远市", "黔南布依族苗族自治州")),
        ("givers-6", "common_partners", "菏泽和陇南都有哪个城市去帮过？我们乡有人在菏泽打工", "plain", both_place("菏泽市", "陇南市")),
        ("givers-7", "common_partners", "大连与果洛两地共同之支援方为何？", "traditional", both_place("大连市", "果洛藏族自治州")),
        ("givers-8", "common_partners", "哈尔滨与喀什市共同之对口支援城市为何？", "traditional", both_place("哈尔滨市", "喀什市")),
        ("givers-9", "common_partners", "长春市与黄南州共同之支援方为何？", "traditional", both_place("长春市", "黄南藏族自治州")),
        ("givers-10", "common_partners", "夷陵区 和 日喀则 都有谁支援", "plain", both_place("夷陵区", "日喀则市")),
        ("givers-11", "common_partners", "崇州 昌都 都是谁援的", "plain", both_place("崇州市", "昌都市")),
        ("givers-12", "common_partners", "秭归和绵竹都受过哪个省的支援？", "plain", both_place("秭归县", "绵竹市")),
        ("givers-13", "common_partners", "汶川县与甘孜州共同之帮扶省份为何？", "traditional",
         both_place("汶川县", "甘孜藏族自治州", cls="ProvinceLevelDivision")),
        # across two programmes
        ("across-1", "common_partners", "既参加皖北结对帮扶又参加东西部协作的城市有哪些", "plain",
         both_prog("wanbei", "dongxibu", "City")),
        ("across-2", "common_partners", "廣東省內對口幫扶與汶川災後重建皆有參與之城市為何？", "traditional",
         both_prog("guangdong-shengnei", "wenchuan-chongjian", "City")),
        ("across-3", "common_partners", "东北对口合作和援青 都参加的省市", "plain",
         both_prog("dongbei-hezuo", "yuanqing", "ProvinceRankActor")),
        # symmetric: a place's partner, either side
        ("sym-0", "symmetric", "宁 东西部协作 和谁", "abbreviation", partners("宁夏回族自治区", "dongxibu")),
        ("sym-1", "symmetric", "吉 对口合作 和谁", "abbreviation", partners("吉林省", "dongbei-hezuo")),
        ("sym-2", "symmetric", "哈尔滨 对口合作 哪个市", "plain", partners("哈尔滨市", "dongbei-hezuo")),
        ("sym-3", "symmetric", "辽 对口合作 伙伴", "abbreviation", partners("辽宁省", "dongbei-hezuo")),
        ("sym-4", "symmetric", "长春 和谁 对口合作", "plain", partners("长春市", "dongbei-hezuo")),
        ("sym-5", "symmetric", "延边 结对 谁", "plain", partners("延边朝鲜族自治州")),
        ("sym-6", "symmetric", "渝 东西部协作 和谁", "abbreviation", partners("重庆市", "dongxibu")),
        ("sym-7", "symmetric", "黔东南 跟哪个城市结对", "plain", partners("黔东南苗族侗族自治州")),
        ("sym-9", "symmetric", "徐州 结对 哪些市", "plain", partners("徐州市")),
        ("sym-10", "symmetric", "请问黑龙江省于东北地区与东部地区对口合作中，系与何省结对？", "traditional",
         partners("黑龙江省", "dongbei-hezuo")),
        ("sym-11", "symmetric", "辽宁省与何省开展对口合作？", "traditional", partners("辽宁省", "dongbei-hezuo")),
        ("sym-12", "symmetric", "大连市与哪座城市开展对口合作？", "traditional", partners("大连市", "dongbei-hezuo")),
        ("sym-13", "symmetric", "粤桂协作始于一九九六年，请问广西于东西部协作中之结对省份为何？", "traditional",
         partners("广西壮族自治区", "dongxibu")),
        ("sym-14", "symmetric", "青海省在东西部协作中与哪些省份结对？", "traditional",
         partners("青海省", "dongxibu", "ProvinceLevelDivision")),
        ("sym-16", "symmetric", "四川省与何省开展东西部扶贫协作？", "traditional", partners("四川省", "dongxibu")),
        ("sym-17", "symmetric", "我们承德的医院老有天津专家来，承德是跟哪儿结对的呀？", "plain", partners("承德市")),
        ("sym-18", "symmetric", "临夏跟哪个城市搞东西部协作？我们村卫生室的设备就是那边捐的", "plain",
         partners("临夏回族自治州", "dongxibu")),
        ("sym-19", "symmetric", "定西和谁结对子啊，听说是福建的一个市", "plain", partners("定西市")),
        ("sym-20", "symmetric", "我在陇南，想知道陇南跟谁是东西部协作的对子", "plain", partners("陇南市", "dongxibu")),
        ("sym-21", "symmetric", "湘西州跟哪个城市开展协作啊？我们这边有个济南来的挂职干部", "plain",
         partners("湘西土家族苗族自治州")),
        ("sym-22", "symmetric", "恩施和谁开展东西部协作", "plain", partners("恩施土家族苗族自治州", "dongxibu")),
        ("sym-23", "symmetric", "连云港和哪些城市挂钩", "plain", partners("连云港市")),
        ("sym-24", "symmetric", "汕尾和哪个城市结对帮扶？", "plain", partners("汕尾市")),
        ("sym-25", "symmetric", "梅州 结对 哪个市", "plain", partners("梅州市")),
        ("sym-26", "symmetric", "海东和谁开展东西部协作？", "plain", partners("海东市", "dongxibu")),
        ("sym-27", "symmetric", "铜仁的结对城市是哪个？我们这帮乡医去那边进修过", "plain", partners("铜仁市")),
        ("sym-28", "symmetric", "遵义和谁开展东西部协作", "plain", partners("遵义市", "dongxibu")),
        ("sym-29", "symmetric", "沪滇协作里，和上海结对的是哪个省", "abbreviation", partners("上海市", "dongxibu", "Province")),
        ("sym-30", "symmetric", "京蒙协作中，和北京结对的是哪个自治区？", "abbreviation",
         partners("北京市", "dongxibu", "AutonomousRegion")),
        ("sym-31", "symmetric", "闽宁协作 福建 跟谁", "abbreviation", partners("福建省", "dongxibu", "AutonomousRegion")),
        ("sym-32", "symmetric", "粤桂协作中广东结对的是哪个自治区", "abbreviation",
         partners("广东省", "dongxibu", "AutonomousRegion")),
    ]
    for group, qtype, text, variant, q in items:
        add(f"pr22e-{group}", qtype, [text], col(q), q, variant=variant)
    # second round, written after the fixes with other names: each kind fixed, more phrasings
    items2 = [
        # two places joined before 都, then the givers asked (a question word, or aid received): their common givers
        ("k-givers-asked-0", "common_partners", "昭通和韶关都是哪个城市帮扶的", "plain", both_place("昭通市", "韶关市")),
        ("k-givers-asked-1", "common_partners", "凉山和云浮都是谁在帮？", "plain", both_place("凉山彝族自治州", "云浮市")),
        ("k-givers-asked-2", "common_partners", "阳江、怒江两个地方都受过哪个市的帮扶", "plain", both_place("阳江市", "怒江傈僳族自治州")),
        ("k-givers-asked-3", "common_partners", "宿迁 铜仁 都是谁帮的", "plain", both_place("宿迁市", "铜仁市")),
        ("k-givers-asked-4", "common_partners", "梅州和安顺都有哪个城市去帮过？", "plain", both_place("梅州市", "安顺市")),
        ("k-givers-asked-5", "common_partners", "汉源县与山南市都受到过哪个省的援助？", "traditional", both_place("汉源县", "山南市")),
        # search words closing on 的 and a one-character level: places of that level listed, not yes or no
        ("k-level-last-0", "common_partners", "拉萨 绵竹 都援过的省", "plain", both_place("拉萨市", "绵竹市")),
        ("k-level-last-1", "common_partners", "甘孜 汶川县 都援过的省", "plain", both_place("甘孜藏族自治州", "汶川县")),
        # the classical 皆 (all, both) read as 都
        ("k-classical-all-0", "common_partners", "湖北省与湖南省皆曾对口支援之地为何？", "traditional",
         both_actor("湖北省", "湖南省")),
        ("k-classical-all-1", "common_partners", "天津市与山西省皆曾援建之县为何？", "traditional",
         both_actor("天津市", "山西省", cls="CountyLevelDivision")),
        ("k-classical-all-2", "common_partners", "援疆与援藏皆有参与之省份为何？", "traditional",
         both_prog("yuanjiang", "yuanzang", "ProvinceLevelDivision")),
        # 共同…之地: the 同 of 共同 joins no second party
        ("k-joint-place-0", "common_partners", "上海与江苏共同支援之地有哪些？", "traditional", both_actor("上海市", "江苏省")),
        ("k-joint-place-1", "common_partners", "湖北省与湖南省共同援建之地为何？", "traditional", both_actor("湖北省", "湖南省")),
        # the earthquake said short after its place (玉树震后): its reconstruction programme
        ("k-quake-short-0", "forward_list", "玉树震后北京援建了哪里", "plain",
         f"SELECT DISTINCT ?r WHERE {{ ?p dk:programme {pg('yushu')} ; dk:supporter {I('北京市')} ; dk:recipient ?r }}"),
        ("k-quake-short-1", "forward_list", "汶川震后山东对口援建哪里", "plain",
         f"SELECT DISTINCT ?r WHERE {{ ?p dk:programme {pg('wenchuan-chongjian')} ; dk:supporter {I('山东省')} ; dk:recipient ?r }}"),
        ("k-quake-short-2", "programme_members", "玉树震后是哪两个省市去援建的？", "plain",
         f"SELECT DISTINCT ?s WHERE {{ ?p dk:programme {pg('yushu')} ; dk:supporter ?s }}"),
        # a relation named either way round, of one actor on both sides: both sides listed
        ("k-both-sides-0", "symmetric", "大连和谁结对", "plain", partners("大连市")),
        ("k-both-sides-1", "symmetric", "重庆和哪些地方结对？", "plain", partners("重庆市")),
        ("k-both-sides-2", "symmetric", "徐州 挂钩 哪个市", "plain", partners("徐州市")),
        # an ambiguous name beside another, in a 既…又 question: the meaning that shares a partner with it
        ("k-shared-either-0", "common_partners", "既援助阿克苏又援助哈密的省", "plain",
         both_place("阿克苏地区", "哈密市", cls="ProvinceLevelDivision")),
        # a word of correspondence (对应) asks a pair's other member, as a question word does
        ("k-counterpart-0", "symmetric", "京蒙协作 内蒙古 对应 哪个市", "abbreviation",
         partners("内蒙古自治区", "dongxibu", "City")),
        ("k-counterpart-1", "symmetric", "粤桂协作 广西 对应 省份", "abbreviation", partners("广西壮族自治区", "dongxibu")),
        ("k-counterpart-2", "symmetric", "沪滇协作 云南 对应 哪个直辖市", "abbreviation",
         partners("云南省", "dongxibu", "Municipality")),
        # 开展 after a name beside a document is no venue (…召开): the name is the partner asked of
        ("k-not-venue-0", "symmetric", "东北对口合作工作方案里，和黑龙江开展对口合作的是哪个省", "plain",
         partners("黑龙江省", "dongbei-hezuo")),
        ("k-not-venue-1", "symmetric", "按国办那个对口合作方案，哈尔滨和哪个城市开展对口合作", "plain",
         partners("哈尔滨市", "dongbei-hezuo")),
        # a partner asked beside a document (按…方案，X和哪个省开展对口合作): X's own partner, not its parts'
        ("k-own-partner-0", "symmetric", "按东北对口合作工作方案，吉林和哪个省开展对口合作？", "plain",
         partners("吉林省", "dongbei-hezuo", "Province")),
        ("k-own-partner-1", "symmetric", "依2017年对口合作工作方案，与辽宁省开展对口合作的是哪个省？", "traditional",
         partners("辽宁省", "dongbei-hezuo", "Province")),
        # a loose programme name never starts with the noun of a question word (哪个城市结对合作: 结对合作 is the verb)
        ("k-asked-noun-0", "symmetric", "宿州跟浙江哪个城市结对合作？", "plain", partners("宿州市")),
        ("k-asked-noun-1", "symmetric", "淮北跟江苏哪个城市结对合作的？我老家淮北的", "plain", partners("淮北市")),
        # a remark after the question that half remembers that time (…？当时好像…) is no part of it
        ("k-then-remark-0", "actor_kind", "上海哪几个区去援青了？当时好像是三四个区", "plain",
         f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme {pg('yuanqing')} ; dk:supporter ?s . ?s dk:partOf {I('上海市')} }}"""),
        ("k-then-remark-1", "actor_kind", "北京哪些区去援青了？那会儿好像有五六个吧", "plain",
         f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme {pg('yuanqing')} ; dk:supporter ?s . ?s dk:partOf {I('北京市')} }}"""),
        # 出手帮扶的 (those who stepped in to help): the givers asked
        ("k-stepped-in-0", "programme_members", "江苏南北挂钩里出手帮扶的是哪几个市", "plain",
         f"SELECT DISTINCT ?s WHERE {{ ?p dk:programme {pg('jiangsu-nanbei')} ; dk:supporter ?s }}"),
        ("k-stepped-in-1", "programme_members", "广东省内对口帮扶 出手帮扶的城市有哪些", "plain",
         f"SELECT DISTINCT ?s WHERE {{ ?p dk:programme {pg('guangdong-shengnei')} ; dk:supporter ?s }}"),
        # 除了几个X之外: the few set aside, no count asked
        ("k-few-aside-0", "actor_kind", "西藏除了几个省市以外，还有哪些央企在对口支援？", "plain",
         f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf* {I('西藏自治区')} .
           ?s a dk:CentralEnterprise }}"""),
        # a side the asker gives the actor in search words (X 作为支援方) is kept: none found is said so
        ("k-described-side-0", "forward_list", "湘 作为支援方 对口 哪些地方", "abbreviation",
         f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter {I('湖南省')} ; dk:recipient ?r }}"),
        # X及其下属县区中: the place itself is asked with its parts
        ("k-with-self-0", "region_parts", "拉萨市及其下辖县区中，北京对口支援的有哪些", "plain",
         f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter {I('北京市')} ; dk:recipient ?r . ?r dk:partOf* {I('拉萨市')} }}"),
        ("k-with-self-1", "region_parts", "昌都市及其下属各县中，天津对口支援的有哪些？", "traditional",
         f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter {I('天津市')} ; dk:recipient ?r . ?r dk:partOf* {I('昌都市')} }}"),
    ]
    for group, qtype, text, variant, q in items2:
        add(f"pr22e-{group}", qtype, [text], col(q), q, variant=variant)
    for i, (text, status) in enumerate([("闽 宁 和 东京 共同 帮扶 哪", "no_entity"),
                                        ("纽约和谁开展东西部协作", "no_entity"),
                                        ("宁 作为支援方 对口 哪些地区", "no_fact")]):
        add(f"pr22e-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=status)


def gen_probe_22f():
    """Kinds found studying outside-p-study (issue #15, session 13, groups pr22f-*), each with phrasings of our own over
    other names: a text to be drafted (帮我起草一份讲话稿, 拟一份发言提纲) is refused, not answered from the names in it; a
    day asked (具体是几号, 哪一天) where every date held stops at the month or year is no_fact, never the month as the day;
    a named giver's places in its charge (哪些县是上海管的); a chapter pointed at by its subject with its title asked
    (讲西藏的那一章标题叫啥); a name's bracketed gloss (东西部扶贫协作（2021年起称东西部协作）) whose year scoped the pairings;
    one actor's partners in each of two programmes (又援藏又援青，分别帮的哪儿); a yes/no of an actor's start year in a
    programme it never took part in (宁夏是否属于2010年援疆的省市) is the plain no; the one giver of two places asked by
    同一个省在帮. Gold from the SPARQL here."""
    for i, text in enumerate(["帮我起草一份沪滇协作二十五周年座谈会上的发言稿",
                              "替我写一篇京蒙协作的宣传稿，要写清北京帮了内蒙古哪些盟市",
                              "给粤桂协作总结会拟一份讲话提纲吧",
                              "能不能帮忙撰写一段援疆干部欢送会的主持词？"]):
        add(f"pr22f-drafting-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_template")
    # a draft's wording asked as a fact (no measure word after the verb): answered
    ok = "FILTER NOT EXISTS { ?p dk:verificationStatus dk:Unverified }"
    q = (f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of('上海市')}> ; dk:recipient ?r ; dk:programme ?g . "
         f"?g rdfs:label \"对口支援新疆\"@zh . ?r a dk:CountyLevelDivision {ok} }}")
    add("pr22f-drafting-fact", "forward_list", ["上海援疆的发言稿里要写对口哪几个县，帮忙列一下"], col(q), q)
    q = (f"SELECT (MIN(?y) AS ?v) WHERE {{ ?p dk:supporter <{iri_of('福建省')}> ; "
         f"dk:recipient <{iri_of('宁夏回族自治区')}> ; dk:startYear ?y {ok} }}")
    add("pr22f-drafting-own", "since_when", ["最近在写一篇闽宁协作的稿子，想确认一下：福建对口支援宁夏是从哪年开始的？"], col(q), q)
    for i, text in enumerate(["东西部扶贫协作座谈会（银川那次）是几月几号开的",
                              "银川召开的东西部扶贫协作座谈会是哪一天？",
                              "上海对口支援日喀则是哪一天开始的",
                              "闽宁协作具体是哪天启动的"]):
        add(f"pr22f-day-coarser-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_fact")

    def in_charge(giver, region):
        return (f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . "
                f"?s dk:partOf* <{iri_of(giver)}> . ?r dk:partOf+ <{iri_of(region)}> ; a dk:CountyLevelDivision {ok} }}")
    for i, (text, giver, region) in enumerate([("日喀则下面哪些县是上海管的", "上海市", "日喀则市"),
                                                ("和田下面哪些县是北京管的啊", "北京市", "和田地区"),
                                                ("阿坝州哪些县是广东管的？", "广东省", "阿坝藏族羌族自治州")]):
        add(f"pr22f-in-charge-{i}", "region_parts", [text], col(in_charge(giver, region)), in_charge(giver, region))

    # a name's bracketed gloss (（2021年起称东西部协作）, （简称援藏）): its year scopes nothing asked
    def provinces(giver, programme):
        return (f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; "
                f"dk:programme <https://w3id.org/duikou/programme/{programme}> . ?r a dk:ProvinceLevelDivision {ok} }}")
    for i, (text, giver, programme) in enumerate([
            ("浙江在东西部扶贫协作（2021年起改称东西部协作）里帮过哪些省？", "浙江省", "dongxibu"),
            ("东西部扶贫协作（2021年起称东西部协作）里福建对口哪个省区", "福建省", "dongxibu"),
            ("北京市在东西部扶贫协作（后称东西部协作）中对口的省级受援方是哪个？", "北京市", "dongxibu")]):
        add(f"pr22f-name-gloss-{i}", "forward_list", [text], col(provinces(giver, programme)), provinces(giver, programme))

    # one actor, two programmes, its partners asked of each (分别, 各自)
    def in_each(giver, *programmes):
        scope = " ".join(f"<https://w3id.org/duikou/programme/{g}>" for g in programmes)
        return (f"SELECT DISTINCT ?r WHERE {{ VALUES ?g {{ {scope} }} ?p dk:supporter <{iri_of(giver)}> ; dk:programme ?g ; "
                f"dk:recipient ?r . ?r a dk:PrefectureLevelDivision {ok} }}")
    for i, (text, giver, programmes) in enumerate([
            ("上海在援疆、援藏里各自对口的是哪些地州？", "上海市", ("yuanjiang", "yuanzang")),
            ("江苏又援藏又援疆，分别对口的是哪些地市？", "江苏省", ("yuanzang", "yuanjiang")),
            ("浙江援藏、援青各自对口哪些州市", "浙江省", ("yuanzang", "yuanqing"))]):
        add(f"pr22f-programmes-each-{i}", "forward_list", [text], col(in_each(giver, *programmes)),
            in_each(giver, *programmes))

    # 是否属于2010年援疆的支援省市之一 of an actor never in the programme: the plain no, whatever the year
    def pairings_of(giver, programme):
        return (f"SELECT ?p WHERE {{ ?p dk:supporter ?s ; dk:programme <https://w3id.org/duikou/programme/{programme}> . "
                f"?s dk:partOf* <{iri_of(giver)}> }}")
    for i, (text, giver, programme) in enumerate([("甘肃是不是2010年援疆的省市之一", "甘肃省", "yuanjiang"),
                                                   ("云南2010年参加援疆了吗", "云南省", "yuanjiang"),
                                                   ("江西是否属于1994年对口援藏的省市？", "江西省", "yuanzang")]):
        q = pairings_of(giver, programme)
        assert not rows(q), text  # never in the programme: the gold is the plain no
        add(f"pr22f-never-in-{i}", "yes_no", [text], [False], q.replace("SELECT ?p WHERE", "ASK", 1))

    # 是不是同一个省在帮？哪个省: the one giver of two places (a common supporter), asked by 同一个省
    def same_giver(a, b):
        return (f"SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?x . ?x dk:partOf* <{iri_of(a)}> . "
                f"?q dk:supporter ?s ; dk:recipient ?y . ?y dk:partOf* <{iri_of(b)}> . ?s a dk:ProvinceLevelDivision "
                f"FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} "
                f"FILTER NOT EXISTS {{ ?q dk:verificationStatus dk:Unverified }} }}")
    for i, (text, a, b) in enumerate([("拉萨和和田地区，是不是同一个省在帮？是哪个省", "拉萨市", "和田地区"),
                                       ("林芝和喀什地区是不是同一个省在援？哪个省", "林芝市", "喀什地区")]):
        add(f"pr22f-same-giver-{i}", "intersection", [text], col(same_giver(a, b)), same_giver(a, b))

    def chapter(title):
        return ("SELECT ?c WHERE { ?c a <http://purl.org/ontology/bibo/Chapter> ; dcterms:title ?t "
                f'FILTER(STR(?t) = "{title}") }}')
    for i, (text, title) in enumerate([("讲新疆的那一章标题叫啥", "对口支援新疆"),
                                       ("讲西藏的那一章标题叫啥", "对口援藏"),
                                       ("书里专门写援藏的那章题目是啥", "对口援藏"),
                                       ("介绍省内对口支援的那一章叫什么", "省内对口支援")]):
        add(f"pr22f-chapter-by-subject-{i}", "book_fact", [text], col(chapter(title)), chapter(title))


def gen_probe_22g():
    """Kinds found reading outside-q-study (a Hong Kong reporter writing Cantonese in traditional script; session 13,
    groups pr22g-*), each with phrasings of our own over other names: Cantonese words read as Mandarin
    (normalise.colloquial: 邊幾個/邊啲/邊個 ask a list, not a count; 而家/依家仲有冇, 仲係咪 ask whether it still runs;
    嘅 咗 哋 乜嘢), a 新区 named without 新区 (浦东), 东西 as a plain word (哪些东西不列入), a decade of this century
    (2000年代初) and a year the asker guesses before asking the real one (…，实际是哪一年). Gold from the SPARQL here."""
    this_year = datetime.date.today().year

    def current(giver: str, place: str) -> str:
        return f"""ASK {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?x . ?x dk:partOf? <{iri_of(place)}>
          FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < {this_year}) }} }}"""
    for i, (text, giver, place) in enumerate([
            ("上海而家仲有冇援阿克蘇？", "上海市", "阿克苏地区"),
            ("浙江依家仲係咪對口阿克蘇？", "浙江省", "阿克苏地区"),
            ("廣東而家仲有冇對口哈密？朋友話早就交咗畀河南", "广东省", "哈密市"),
            ("福建依家仲係咪幫緊昌都？", "福建省", "昌都市")]):
        q = current(giver, place)
        add(f"pr22g-still-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q, variant="traditional")

    for i, (text, giver, place) in enumerate([
            ("山東對口支援喀什邊幾個縣？", "山东省", "喀什地区"),
            ("北京對口支援和田地區邊啲縣？", "北京市", "和田地区"),
            ("我哋想知，天津援疆喺和田對口咗邊幾個縣？", "天津市", "和田地区")]):
        q = within_q(iri_of(giver), iri_of(place))
        add(f"pr22g-which-few-{i}", "forward_list", [text], col(q), q, variant="traditional")

    q = recipients_q(iri_of("浦东新区"))
    for i, text in enumerate(["浦東援疆對口邊個縣？", "浦东对口支援的是哪个县？", "浦东 援疆 对口 哪里"]):
        add(f"pr22g-short-district-{i}", "forward_list", [text], col(q), q, variant="traditional" if i == 0 else "plain")

    rule = f"SELECT ?v WHERE {{ <{BASE}mechanism-fact/112> dk:principle ?v }}"
    for i, text in enumerate(["汶川灾后援建，有哪些东西不列入支援范围？", "汶川對口援建入面，有乜嘢東西係唔列入支援範圍嘅？"]):
        add(f"pr22g-things-{i}", "mechanism", [text], col(rule), rule, variant="traditional" if i else "plain")

    def began(giver: str, prog: str) -> str:
        return (f"SELECT (MIN(?y) AS ?v) WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:programme <{BASE}programme/{prog}> ; "
                f"dk:startYear ?y FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}")
    for i, (text, giver, prog, variant) in enumerate([
            ("如果我冇記錯，黑龍江係2000年代初先開始援藏，實際係邊一年？", "黑龙江省", "yuanzang", "traditional"),
            ("山东好像是2000年代开始援疆的吧，具体是哪一年？", "山东省", "yuanjiang", "plain"),
            ("我印象中天津是1990年代援藏的，实际哪一年开始？", "天津市", "yuanzang", "plain"),
            ("如果冇記錯，福建係九十年代開始援藏，實際係邊一年？", "福建省", "yuanzang", "traditional")]):
        q = began(giver, prog)
        add(f"pr22g-guessed-year-{i}", "since_when", [text], col(q), q, variant=variant)

    # a place's parts described by what befell them (下面受灾的县) and its townships (各乡镇, 各镇): the parts' supporters
    for i, (text, place) in enumerate([
            ("绵阳市下面受灾的县是哪些省对口的？", "绵阳市"),
            ("德阳下辖受灾的县市都是谁援建的", "德阳市"),
            ("汶川县各乡镇是哪些城市援建的？", "汶川县"),
            ("汶川各镇都是谁援建的", "汶川县"),
            ("汶川縣嘅鄉鎮係邊啲城市援建？", "汶川县")]):
        q = f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf <{iri_of(place)}> }}"
        add(f"pr22g-parts-{i}", "rollup", [text], col(q), q, variant="traditional" if i == 4 else "plain")

    # a kind set aside before the kind asked (哪个不是省级单位，而是计划单列市): the second kind, in its own right
    def own_right(prog: str) -> str:
        return f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s .
          ?s a dk:SeparatelyPlannedCity FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }} }}"""
    for i, (text, prog, variant) in enumerate([
            ("援疆19个支援方里，哪个不是省级单位，而是计划单列市？", "yuanjiang", "plain"),
            ("援疆嘅支援方入面，邊個唔係省，而係計劃單列市？", "yuanjiang", "traditional"),
            ("东西部扶贫协作的帮扶方里，哪几个并非省，而是计划单列市", "dongxibu", "plain")]):
        q = own_right(prog)
        add(f"pr22g-not-but-{i}", "programme_members", [text], col(q), q, variant=variant)

    # 边啲 right after a direction (粤东西北边啲城市): still which ones
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{BASE}event/2013-guangdong-bangfu> ; dk:recipient ?r }}"
    for i, text in enumerate(["廣東調整加強對口幫扶會議安排咗粵東西北邊啲城市有對口幫扶？",
                              "二〇一三年廣東嗰次調整加強對口幫扶會議，粵東西北邊啲市受幫扶？",
                              "2013年广东那次调整加强对口帮扶会议，粤东西北哪些市受帮扶？"]):  # (受帮扶: the receivers)
        add(f"pr22g-which-after-direction-{i}", "event_setup", [text], col(q), q, variant="plain" if i == 2 else "traditional")
    q = f"SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/jiangsu-nanbei> ; dk:recipient ?r }}"
    add("pr22g-which-after-direction-3", "programme_members", ["蘇北邊啲城市有蘇南城市掛鉤幫扶？"], col(q), q,
        variant="traditional")

    # staff counted (多少援建人员, 幾多工作人員): a figure of people the graph does not hold, never a count of places
    for i, (text, expected, variant) in enumerate([
            ("汶川地震对口援建总共派了多少援建人员去四川？", "no_template", "plain"),
            ("汶川地震對口援建總共派咗幾多援建人員去四川？", "no_template", "traditional"),
            ("三峡移民对口支援派出多少工作人员？", "no_fact", "plain")]):
        add(f"pr22g-staff-{i}", "unanswerable", [text], [], "", answerable=False, expected=expected, variant=variant)


def gen_probe_23a():
    """Kinds named open at the end of session 13 (tests/qa/README.md), fixed in general (session 14, groups pr23a-*),
    each with phrasings of our own over other names. Gold from the SPARQL here.

    Other names of places read from a table (vocabulary.yaml `name_aliases`): a province's second 简称 (蜀 秦 陇 贵 云)
    and cities' short names (穗 甬 榕 杭 蓉 / 鹏城 榕城 羊城); one character only where an abbreviation may stand,
    never inside a word (大厦, 榕树, 宁可). Also: a programme's recorded cadre batches ranked by headcount (哪一批人数最多);
    a meeting named by its conveners (…召开的那次座谈会叫什么); 以城市/省/计划单列市身份参加 as the kind asked; 把X的乡镇分给了Y
    (Y gives) and the arranger before 把; 为X（和Y分别）安排了… (X gives); 持续了/为期 N到M年 as a length checked against the
    pairing's years (not a span of years); the difference of two batch figures (one number in two programmes, 首批); a
    ranking across two meetings (综合A和B的安排…最多). Left out: 援藏第一批和第十批差了多少人 (the first batch's 622 is only
    inside another fact's statement, with no period of its own: a data decision)."""
    for i, (text, name) in enumerate([
            ("穗对口支援了哪些地方？", "广州市"),
            ("鹏城对口帮扶哪些地方", "深圳市"),
            ("榕城援助过哪些地方？", "福州市"),
            ("甬、杭援助的地方都有哪些", "宁波市"),
            ("秦援助了哪些地方？", "陕西省")]):
        q = recipients_q(iri_of(name))
        if "、" in text:
            q = f"""SELECT DISTINCT ?r WHERE {{ VALUES ?s {{ <{iri_of(name)}> <{iri_of("杭州市")}> }}
              ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r }}"""
        add(f"pr23a-alias-{i}", "supporter_recipients", [text], col(q), q, variant="abbreviation")
    for i, (text, giver) in enumerate([
            ("我在大厦里上班，想问杭州对口支援哪些地方", "杭州市"),
            ("榕树下乘凉时想到：青岛对口帮扶哪些地方？", "青岛市"),
            ("宁可多问一句：珠海对口帮扶的是哪些地方", "珠海市")]):
        q = recipients_q(iri_of(giver))
        add(f"pr23a-alias-not-{i}", "supporter_recipients", [text], col(q), q)


    # the recorded batches of a programme ranked by headcount (哪一批人数最多, 截至第N批, 人最少的是哪批): the batch's fact
    def ranked(prog: str, order: str, most: int = 99) -> str:
        return f"""SELECT ?f WHERE {{ ?f a dk:CadreBatch ; dk:aboutProgramme <{BASE}programme/{prog}> ; dk:batchNumber ?n ;
          dk:value ?v ; dk:verificationStatus dk:Verified FILTER(?n <= {most}) }} ORDER BY {order}(?v) LIMIT 1"""
    for i, (text, prog, order, most) in enumerate([
            ("援疆干部哪一批人数最多？", "yuanjiang", "DESC", 99),
            ("截至第七批，援疆干部哪一批人最多", "yuanjiang", "DESC", 7),
            ("援疆干部人才里，人最少的是哪一批？", "yuanjiang", "ASC", 99)]):
        q = ranked(prog, order, most)
        add(f"pr23a-batch-ranked-{i}", "superlative", [text], col(q), q)


    # a meeting named by the bodies that convened it (dk:convenedBy), then 召开的/开的 那次 + its kind: that meeting
    def convened(bodies: list[str], year: int | None = None) -> str:
        own = " ".join(f"?e dk:convenedBy <{iri_of(b)}> ." for b in bodies)
        return f"SELECT ?e WHERE {{ {own} " + (f"?e dk:year {year} " if year else "") + "}"
    for i, (text, bodies, year) in enumerate([
            ("中共中央办公厅召开的那次座谈会叫什么名字？", ["中共中央办公厅"], None),
            ("1994年中共中央、国务院召开的那次座谈会是哪一次？", ["中共中央、国务院"], 1994),
            ("一九七九年中共中央、国务院开的那个会议全称是什么", ["中共中央、国务院"], 1979)]):
        q = convened(bodies, year)
        add(f"pr23a-convened-{i}", "event_setup", [text], col(q), q, variant="numeral" if i == 2 else "plain")
    q = f"SELECT ?y WHERE {{ ?e dk:convenedBy <{iri_of('国务院扶贫开发领导小组')}> ; dk:year ?y }}"
    add("pr23a-convened-year", "stage_event", ["国务院扶贫开发领导小组开的那个会议是哪一年？"], col(q), q)
    add("pr23a-convened-which", "ambiguous", ["中共中央、国务院召开的那次会议叫什么？"], [], "", answerable=False,
        expected="ambiguous")  # (two meetings: 1979 边防, 1994 西藏: the asker is asked which)


    # 以城市身份参加, 以省的身份: the members of a programme's side of that kind (dk:City, …), the rank they take part in
    def as_kind(prog: str, side: str, cls: str) -> str:
        return f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:{side} ?s . ?s a dk:{cls}
          FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    for i, (text, prog, side, cls) in enumerate([
            ("援疆的支援方里，以城市身份参加的有哪些？", "yuanjiang", "supporter", "City"),
            ("东西部协作里以城市身份参与帮扶的都有谁", "dongxibu", "supporter", "City"),
            ("东北和东部对口合作中，东北这边以城市的身份参加的是哪几个", "dongbei-hezuo", "recipient", "City"),
            ("东北对口合作里，以省的身份参加的受援方有哪些", "dongbei-hezuo", "recipient", "ProvinceLevelDivision"),
            ("东西部协作里，以计划单列市身份参与帮扶的有哪些", "dongxibu", "supporter", "SeparatelyPlannedCity")]):
        q = as_kind(prog, side, cls)
        add(f"pr23a-as-city-{i}", "actor_type", [text], col(q), q)


    # 把 X 哪个乡镇 分给了 Y: X's parts handed to Y — Y gives, they receive (not the other way round)
    for i, (text, giver) in enumerate([
            ("把汶川县哪个乡镇分给了珠海市？", "珠海市"),
            ("当年把汶川县哪些乡镇分给了中山市", "中山市")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf <{iri_of("汶川县")}> ; a dk:TownshipLevelDivision }}"""
        add(f"pr23a-handed-{i}", "event_setup", [text], col(q), q)
    # the one before 把 only arranged it (广东把…分给了惠州): not a side of the pairing
    for i, (text, giver) in enumerate([
            ("广东把汶川的哪几个镇分给了惠州市", "惠州市"),
            ("当年广东省把汶川县哪些乡镇分给了江门市？", "江门市")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf <{iri_of("汶川县")}> }}"""
        add(f"pr23a-arranger-{i}", "event_setup", [text], col(q), q)
    # 为 X（和 Y 分别）安排了/分的是…: the task a meeting handed to X — X gives, as after 给
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{BASE}event/1994-xizang-3> ; dk:supporter ?s ; dk:recipient ?r
      VALUES ?s {{ <{iri_of("天津市")}> <{iri_of("上海市")}> }} }}"""
    add("pr23a-tasked-0", "event_setup", ["第三次西藏工作座谈会为天津市和上海市分别安排了哪些地方"], col(q), q)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{BASE}event/2010-xizang-5> ; dk:supporter <{iri_of("上海市")}> ;
      dk:recipient ?r . ?r dk:partOf <{iri_of("青海省")}> ; a dk:AutonomousPrefecture }}"""
    add("pr23a-tasked-1", "event_setup", ["第五次西藏工作座谈会为上海分的是青海哪个州？"], col(q), q)


    # 持续了/为期/干了 10到20年: a length of time checked against the pairing's years (its last end less its first start),
    # not the span 2010–2020
    def lasted(giver: str, place: str, low: int, high: int) -> str:
        return f"""ASK {{ {{ SELECT (MIN(?y) AS ?s) (MAX(?e) AS ?t) WHERE {{ ?p dk:supporter <{iri_of(giver)}> ;
          dk:recipient <{iri_of(place)}> ; dk:startYear ?y ; dk:endYear ?e }} }} FILTER(?t - ?s >= {low} && ?t - ?s <= {high}) }}"""
    for i, (text, giver, place, low, high) in enumerate([
            ("深圳帮扶黔南州持续了10到20年吗？", "深圳市", "黔南布依族苗族自治州", 10, 20),
            ("广东援助哈密为期15到20年吗", "广东省", "哈密市", 15, 20),
            ("大连帮扶六盘水前后干了二十到三十年吗？", "大连市", "六盘水市", 20, 30)]):
        q = lasted(giver, place, low, high)
        add(f"pr23a-lasted-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q)


    # the difference of two batch figures: one number in two programmes (第十批援疆…和第十批援藏…), 首批 as the first batch
    def batch_gap(a: tuple[str, int], b: tuple[str, int]) -> str:
        return f"""SELECT DISTINCT ?d WHERE {{ ?x a dk:CadreBatch ; dk:aboutProgramme <{BASE}programme/{a[0]}> ; dk:batchNumber {a[1]} ;
          dk:value ?u ; dk:verificationStatus dk:Verified . ?y a dk:CadreBatch ; dk:aboutProgramme <{BASE}programme/{b[0]}> ;
          dk:batchNumber {b[1]} ; dk:value ?w ; dk:verificationStatus dk:Verified . BIND(ABS(?u - ?w) AS ?d) }}"""
    for i, (text, a, b) in enumerate([
            ("第十批援疆干部人才和第十批援藏干部人才差了多少人？", ("yuanjiang", 10), ("yuanzang", 10)),
            ("第十批援疆干部人才比首批援疆干部多了多少人", ("yuanjiang", 10), ("yuanjiang", 1))]):
        q = batch_gap(a, b)
        add(f"pr23a-batch-gap-{i}", "comparison", [text], col(q), q)


    # a ranking across two meetings (综合A和B的安排…最多): the places ranked over the pairings either set up (a province's
    # team counts once, as the province; collectives left out)
    def two_meetings(a: str, b: str, cls: str, pick) -> list:
        q = f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?e {{ <{BASE}event/{a}> <{BASE}event/{b}> }}
          ?p dk:establishedBy ?e ; dk:recipient ?r ; dk:supporter ?member . {TEAM_GIVER} ?r a dk:{cls}
          FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }} GROUP BY ?r"""
        return q, tied(q, pick)
    for i, (text, a, b, cls, pick) in enumerate([
            ("综合第三次和第四次西藏工作座谈会的安排，哪个地市得到的支援方最多？", "1994-xizang-3", "2001-xizang-4",
             "PrefectureLevelDivision", max),
            ("按1994年第三次西藏工作座谈会与2001年第四次西藏工作座谈会的安排，哪个县的支援方最多", "1994-xizang-3",
             "2001-xizang-4", "CountyLevelDivision", max)]):
        q, gold = two_meetings(a, b, cls, pick)
        add(f"pr23a-two-meetings-{i}", "superlative", [text], gold, q)


def gen_probe_23c():
    """Kinds found reading the no_fact / no_entity failures and the answered refusals of the studied halves (session 14,
    issue #15, groups pr23c-*), each with phrasings of our own over other names: the future said by a time ahead
    (到那时候/再过十年/以后…还会…吗) or the next batch or round asked when (下一批/下一轮…啥时候) is refused; a place linked
    from inside a longer name the graph does not hold (大兴安岭地区: 兴安 of 兴安盟) names nothing; a bracketed remark
    setting aside the ones of a year (（1994年的原有支援方除外）) scopes nothing when the question's own year already does.
    Later rounds of the same reading: an arrangement's rule restated after a count (、每省包一个重灾县); a stated total
    picked by a level noun after the place (西藏县级单位总数); a programme named as the likeness (像援藏那样); an adverb before
    是哪些 (…的县具体是哪些); a supposed lead before 吧; parts handed to a giver (把汶川县哪个乡镇分给了佛山市); 分担; 赣南 as
    its programme's region; an answer offered as a choice (是A、B还是C); 城市 asked as cities only (only_cities); a topic
    place, then the giver's parts asked (玉树州，北京哪些区对口的); places ranked by how many of a giver's parts aid them.
    Gold from the SPARQL here."""
    for i, text in enumerate(["再过十年福建还会对口支援宁夏吗", "到那时候江苏还会帮扶陕西吗？",
                              "我今年六十了，以后浙江还会派人去援疆吗", "下一轮援青干部啥时候轮换",
                              "北京下一批援藏干部什么时候进藏？"]):
        add(f"pr23c-future-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_template")
    for i, text in enumerate(["大兴安岭地区是谁在对口帮扶", "小兴安岭地区有没有对口支援方？"]):
        add(f"pr23c-longer-name-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_entity")

    def newer(place: str, year: int, cls: str) -> str:
        return f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s ; dk:startYear ?y FILTER(?y >= {year})
          ?r dk:partOf* <{iri_of(place)}> . ?s a dk:{cls} }}"""
    for i, (text, place, year, cls) in enumerate([
            ("2016年起对口支援昌都的省份里新来的是哪些？（1994年那批不算）", "昌都市", 2016, "ProvinceLevelDivision"),
            ("2010年起才对口支援果洛州的是哪个省市？（1994年的原有支援方除外）", "果洛藏族自治州", 2010, "ProvinceRankActor"),
            ("2013年起新加入对口帮扶遵义的是哪个市？（1996年的老帮扶方不算）", "遵义市", 2013, "City")]):
        q = newer(place, year, cls)
        add(f"pr23c-year-set-aside-{i}", "time_filter", [text], col(q), q)

    # an earlier name glossed between commas (…的香格里拉，也就是原来的中甸，…) names nothing asked
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of("香格里拉市")}> ; dk:supporter ?s .
      ?s dk:partOf <{iri_of("上海市")}> }}"""
    add("pr23c-earlier-name-0", "reverse_list", ["迪庆的香格里拉，也就是原来的中甸，是上海哪几个区帮扶的？"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf* <{iri_of("昌都市")}> .
      ?s a dk:ProvinceLevelDivision }}"""
    add("pr23c-earlier-name-1", "reverse_list", ["昌都，就是以前的昌都地区，是哪些省份对口支援的？"], col(q), q)

    # the arrangement's rule restated after the count asked (、每省包一个重灾县 / ，一省帮一县): its kind word counts nothing
    for i, (text, ev, unit) in enumerate([
            ("1994年第三次西藏工作座谈会确定了多少个省市援藏，每省市包一个地市？", "event/1994-xizang-3", "个省市"),
            ("民政部那份紧急通知安排了几个省份，各省帮一个重灾县？", "document/2008-minzhengbu-tongzhi", "个省份"),
            ("国办发〔2008〕53号方案定了几个省市去对口支援、一省帮一县", "document/2008-53", "个省市")]):
        q = f"""SELECT ?st WHERE {{ ?f dk:event <{BASE}{ev}> ; dk:statement ?st }}"""
        stated = sorted({int(m.group(1)) for st in col(q) for m in re.finditer(rf"(\d+){unit}", st)})
        add(f"pr23c-rule-restated-{i}", "count", [text], stated, q)

    # a roster's total asked by its level noun right after the place (西藏县级单位总数, 新疆的县级单位): the stated total whose
    # counted noun begins with that level (县（区）, 县（市）), the widest of them
    for i, (text, prog, place) in enumerate([
            ("对口援疆覆盖的新疆县级单位总数是多少？", "yuanjiang", "新疆"),
            ("对口援疆覆盖的新疆的县级单位一共多少个", "yuanjiang", "新疆"),
            ("对口援藏覆盖的西藏县总数是多少？", "yuanzang", "西藏")]):
        q = f"""SELECT ?l WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:recipient ?c . ?c a dk:CollectiveActor ;
          rdfs:label ?l FILTER(lang(?l) = "zh" && STRSTARTS(?l, "{place}") && CONTAINS(?l, "个县")) }}"""
        add(f"pr23c-level-total-{i}", "count", [text],
            [max(int(m.group(1)) for l_ in col(q) for m in re.finditer(r"(\d+)个县", l_))], q)

    # a programme named as the likeness (像援藏那样, 如同援疆一样) is not the programme asked
    q = f"""SELECT (CONCAT(STR(?a), "—", STR(?b), "‰") AS ?v) WHERE {{ ?f a dk:FundingRule ;
      dk:aboutProgramme <{BASE}programme/yuanjiang> ; dk:minValue ?a ; dk:maxValue ?b }}"""
    add("pr23c-likeness-0", "mechanism", ["援疆有没有像援藏那样的资金比例？是多少"], col(q), q)
    for i, text in enumerate(["东西部协作有没有像援疆那样按财政收入比例安排资金？",
                              "三峡移民对口支援有没有如同援藏一样的出资比例？"]):
        add(f"pr23c-likeness-{i + 1}", "unanswerable", [text], [], "", answerable=False, expected="no_fact")

    # the kind asked with an adverb before 是哪些 (的县具体是哪些, 究竟是哪些): still the answer's kind, the giver's kind the other
    # side's filter — never the programme's members
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/gannan> ; dk:recipient ?r ; dk:supporter ?s .
      ?r a dk:CountyLevelDivision . ?s a dk:CentralAgency }}"""
    for i, text in enumerate(["部委对口支援赣南的县具体是哪些", "中央国家机关对口支援赣南的县究竟是哪些？"]):
        add(f"pr23c-kind-adverb-{i}", "actor_kind", [text], col(q), q)
    add("pr23c-kind-adverb-2", "unanswerable", ["17家央企对口援藏的那30个县具体是哪些？"], [], "", answerable=False,
        expected="no_fact")

    # what the asker supposes before 吧 (…在日喀则是分区包县的吧，) and the giver named again by its parts: the clause that asks
    # (a request to list too), scoped by the lead's programme; the lead's place after 在 is its scene
    def parts_in(prog: str, givers: list[str]) -> str:
        values = " ".join(f"<{iri_of(g)}>" for g in givers)
        return f"""SELECT DISTINCT ?r WHERE {{ VALUES ?s {{ {values} }} ?p dk:programme <{BASE}programme/{prog}> ;
          dk:supporter ?s ; dk:recipient ?r . ?r a dk:CountyLevelDivision }}"""
    for i, (text, prog, givers) in enumerate([
            ("上海援藏在日喀则是分区包县的吧，松江区对口的是哪个县？", "yuanzang", ["松江区"]),
            ("北京援青在玉树是分区包县的吧，西城区对口的是哪个县？", "yuanqing", ["西城区"]),
            ("福建援藏在昌都是分市包县的吧，龙岩、漳州各自对口的县都列一下", "yuanzang", ["龙岩市", "漳州市"])]):
        q = parts_in(prog, givers)
        add(f"pr23c-supposed-lead-{i}", "forward_list", [text], col(q), q)

    # a place's parts asked, then handed to a giver (把汶川县哪个乡镇分给了佛山市): the parts receive, the one after 给 gives
    for i, (text, giver) in enumerate([("把汶川县哪个乡镇分给了佛山市？", "佛山市"), ("汶川县哪个乡镇分给了广州市？", "广州市"),
                                       ("广东省委、省政府对口支援汶川县恢复重建工作会议把汶川县哪个乡镇分给了中山市？", "中山市")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf <{iri_of("汶川县")}> ; a dk:TownshipLevelDivision }}"""
        add(f"pr23c-handed-parts-{i}", "event_setup" if i == 2 else "forward_list", [text], col(q), q)

    # 分担 as the verb of the task taken on (…的援建，是哪个省分担的)
    for i, (text, place, cls) in enumerate([("北川县的援建是哪个省分担的", "北川羌族自治县", "ProvinceLevelDivision"),
                                            ("都江堰的援建，是哪个省市分担的？", "都江堰市", "ProvinceLevelDivision")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf* <{iri_of(place)}> .
          ?s a dk:{cls} }}"""
        add(f"pr23c-shared-verb-{i}", "reverse_list", [text], col(q), q)

    # 赣南, a region that is no actor, names the programme whose recipients lie there (as 皖北, 苏北 do)
    for i, (text, agency) in enumerate([("财政部在赣南对口哪个县", "caizhengbu"), ("体育总局在赣南帮扶的是哪个县？", "tiyu-zongju")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <{BASE}programme/gannan> ; dk:supporter <{BASE}agency/{agency}> ;
          dk:recipient ?r }}"""
        add(f"pr23c-region-programme-{i}", "forward_list", [text], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/gannan> ; dk:supporter ?s . ?s a dk:CentralAgency }}"""
    add("pr23c-region-programme-2", "programme_members", ["在赣南搞对口支援的部委和单位都有哪些"], col(q), q)

    # the answer offered as a choice at the close (是A、B还是C): asked as 谁, kept to the choices offered
    for i, (text, prog, place, offered) in enumerate([
            ("援疆里对口支援和田地区的是北京、天津还是浙江？", "yuanjiang", "和田地区", ["北京市", "天津市", "浙江省"]),
            ("援藏中对口支援昌都的是天津、上海还是重庆？", "yuanzang", "昌都市", ["天津市", "上海市", "重庆市"])]):
        values = " ".join(f"<{iri_of(o)}>" for o in offered)
        q = f"""SELECT DISTINCT ?s WHERE {{ VALUES ?s {{ {values} }} ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s ;
          dk:recipient ?r . ?r dk:partOf* <{iri_of(place)}> }}"""
        add(f"pr23c-offered-choice-{i}", "reverse_list", [text], col(q), q)
    q = f"""SELECT ?a WHERE {{ VALUES ?a {{ <{BASE}agency/guojia-jingwei> <{BASE}agency/guojia-jiwei> <{BASE}agency/guojia-minwei> }}
      ?e dk:leadBy ?a ; dk:year 1983 }}"""
    add("pr23c-offered-choice-2", "event_setup", ["1983年明确对口支援主管部门，牵头的是国家经委、国家计委还是国家民委？"], col(q), q)

    # 城市 asked (the convention of session 14): cities of any rank — municipalities, 计划单列市, prefecture- and county-level
    # cities —, not provinces, ministries or firms
    for i, (text, place) in enumerate([("对口支援日喀则的城市有哪些", "日喀则市"), ("哪些城市对口支援拉萨？", "拉萨市"),
                                       ("昌都是哪些城市在对口支援？", "昌都市")]):
        q = supporters_q(iri_of(place))
        add(f"pr23c-cities-{i}", "actor_kind", [text], only_cities(col(q)), q)

    # a place as the topic, then a giver and its parts asked, the verb closing (玉树州，北京哪些区对口的)
    for i, (text, place, giver, cls) in enumerate([("玉树州，北京哪些区对口的？", "玉树藏族自治州", "北京市", "District"),
                                                   ("秭归，北京哪两个区县去帮的", "秭归县", "北京市", "CountyLevelDivision"),
                                                   ("云南迪庆的香格里拉，上海哪几个区去帮的？", "香格里拉市", "上海市", "District")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . ?r dk:partOf* <{iri_of(place)}> .
          ?s dk:partOf <{iri_of(giver)}> ; a dk:{cls} }}"""
        add(f"pr23c-topic-giver-parts-{i}", "reverse_list", [text], col(q), q)

    # the places ranked by how many of a named actor's parts aid them (…上海的区对口最多的城市是哪个), ties kept
    for i, (text, giver, prog, cls) in enumerate([
            ("沪苏浙帮扶皖北中，上海的区对口最多的城市是哪个？", "上海市", "wanbei", None),
            ("援藏中，江苏的城市对口最多的县是哪个？", "江苏省", "yuanzang", "CountyLevelDivision"),
            ("援青中，北京各区对口最多的县是哪个？", "北京市", "yuanqing", "CountyLevelDivision")]):
        q = f"""SELECT ?item (COUNT(DISTINCT ?part) AS ?n) WHERE {{ ?part dk:partOf <{iri_of(giver)}> .
          ?p dk:supporter ?part ; dk:recipient ?item ; dk:programme <{BASE}programme/{prog}> .
          {f"?item a dk:{cls} ." if cls else ""} }} GROUP BY ?item"""
        add(f"pr23c-ranked-by-parts-{i}", "superlative", [text], tied(q), q)


def gen_probe_23d():
    """Words no rule read, found by the perturbation probe (tests/qa/perturb.py, issue #15; session 14, groups pr23d-*),
    read through vocabulary.yaml's synonyms table as the words the rules read: 哪一些 and 都有什么 (which ones), 扶持 and
    帮助 (aid), 配对 and 结成对子 (pairing), a courtesy opening (请问, 我想知道) before an abbreviation or an unknown name, a
    closing 啊/呀, 合计/共计 before a count, and 跟/同 joining two abbreviations compared. Gold from the SPARQL here."""
    for i, (text, giver) in enumerate([("天津对口支援的地区都有什么", "天津市"), ("河北扶持过哪些地区？", "河北省"), ("我想知道沪对口支援的地区有哪些", "上海市"),
                                       ("请问闽援助了哪些地方", "福建省"), ("辽宁帮助过哪些地方啊？", "辽宁省")]):
        q = recipients_q(iri_of(giver))
        add(f"pr23d-giver-{i}", "supporter_recipients", [text], col(q), q)
    for i, (text, place) in enumerate([("阿里地区得到了谁的扶持", "阿里地区"), ("哪一些省市在帮助日喀则？", "日喀则市"),
                                       ("那曲的扶持方有哪些", "那曲市"), ("哪一些省市对口支援青海？", "青海省")]):
        q = supporters_q(iri_of(place))
        add(f"pr23d-receiver-{i}", "recipient_supporters", [text], col(q), q)
    for i, (text, giver, region) in enumerate([("山东援助新疆哪一些地方", "山东省", "新疆维吾尔自治区"),
                                               ("福建在新疆配对的地方有哪些", "福建省", "新疆维吾尔自治区"),
                                               ("湖北在西藏结成对子的地方有哪些", "湖北省", "西藏自治区")]):
        q = within_q(iri_of(giver), iri_of(region))
        add(f"pr23d-paired-{i}", "rollup", [text], col(q), q)

    # 合计/共计 before a count: the same count as 一共 (an actor's districts within a programme)
    for i, (text, actor, key) in enumerate([("上海援疆合计几个区参加", "上海市", "yuanjiang"),
                                            ("北京援藏共计几个区参加", "北京市", "yuanzang")]):
        q = f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme <{BASE}programme/{key}> ; dk:supporter ?s .
          ?s dk:partOf+ <{iri_of(actor)}> ; a dk:District . }}"""
        if col(q)[0]:
            add(f"pr23d-counted-{i}", "count", [text], col(q), q)

    def more(a: str, b: str, prog: str) -> str:
        return f"""SELECT ?s WHERE {{ VALUES ?s {{ <{iri_of(a)}> <{iri_of(b)}> }}
      ?p dk:supporter ?s ; dk:programme <{BASE}programme/{prog}> ; dk:recipient ?r . ?r a dk:CountyLevelDivision }}
      GROUP BY ?s ORDER BY DESC(COUNT(DISTINCT ?r)) LIMIT 1"""
    for i, (text, a, b, prog) in enumerate([("沪跟苏，谁在援藏中结对的县多", "上海市", "江苏省", "yuanzang"),
                                            ("鲁同苏，谁在援藏中结对的县多", "山东省", "江苏省", "yuanzang")]):
        q = more(a, b, prog)
        add(f"pr23d-joined-{i}", "comparison", [text], col(q), q)
    for i, (text, expected) in enumerate([("请问百慕大县由谁扶持", "no_entity"), ("我想知道上海哪些区参加了扶持火星", "no_entity"),
                                          ("请问给沪滇协作总结会拟一份讲话提纲吧", "no_template"),
                                          ("北京在拉萨援建了啥", "no_template")]):
        add(f"pr23d-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected=expected)
def gen_probe_23r2():
    """Kinds found reading outside-r-study (a 江苏 对口支援办 staffer writing a briefing in 公文 style and a 成都 geography
    teacher; session 14, groups pr23r2-*), each with phrasings of our own over other names: a closing request to list
    (逐一列明, 请一一列出), a name set aside in brackets (（不含兵团）, （兵团除外）), a one-character name before 除…外, a pair of
    one-character names before 扶贫协作, a year's round of adjustment before the relation (2010年调整以前), 扶贫协作 as the
    programme's short word, 哪几座城市, a yes/no against the pairings a meeting or document set up, 接了X的班, a county's
    新县城/老县城, a pasted source note in brackets, a placing lead (纳木错在拉萨，拉萨…), a stated few of a kind before 是哪几个,
    a formula named by its length (十二字方式), 当时是…的 with an aid verb. Gold from the SPARQL here."""
    def given(giver: str, prog: str, cls: str | None = None, before: int | None = None) -> str:
        return f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ;
          dk:programme <{BASE}programme/{prog}> . {f"?r a dk:{cls} ." if cls else ""}
          {f"?p dk:startYear ?y FILTER(?y < {before})" if before else ""} }}"""

    for i, (text, giver, prog, cls) in enumerate([
            ("天津援疆对口支援哪些地方？逐一列明。", "天津市", "yuanjiang", None),
            ("东西部扶贫协作中，福建帮扶哪个省区，请一一列出。", "福建省", "dongxibu", "ProvinceLevelDivision"),
            ("北京援青对口哪些地方？请逐一列明", "北京市", "yuanqing", None)]):
        q = given(giver, prog, cls)
        add(f"pr23r2-list-tail-{i}", "forward_list", [text], col(q), q)

    for i, (text, giver, cls) in enumerate([
            ("广东援疆对口支援的地州有哪些（不含兵团）？", "广东省", "PrefectureLevelDivision"),
            ("上海援疆对口支援哪些县（兵团除外）？", "上海市", "CountyLevelDivision")]):
        q = given(giver, "yuanjiang", cls)
        add(f"pr23r2-bracket-aside-{i}", "forward_list", [text], col(q), q)

    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of("上海市")}> ; dk:recipient ?r . ?r a dk:ProvinceLevelDivision
      FILTER(?r != <{iri_of("云南省")}>) }}"""
    add("pr23r2-abbrev-aside-0", "forward_list", ["沪除云南外还帮扶哪些省区？"], col(q), q)

    for i, (text, giver, place) in enumerate([("粤桂扶贫协作从哪一年开始？", "广东省", "广西壮族自治区"),
                                              ("沪滇扶贫协作始于何年？", "上海市", "云南省")]):
        q = f"""SELECT (MIN(?y) AS ?v) WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:startYear ?y ;
          dk:programme <{BASE}programme/dongxibu> . ?r dk:partOf? <{iri_of(place)}> }}"""
        add(f"pr23r2-pair-fupin-{i}", "start_year", [text], col(q), q)

    for i, (text, giver) in enumerate([("2010年调整之前，浙江在东西部扶贫协作中帮扶哪个省区？", "浙江省"),
                                       ("2010年调整以前，天津在东西部扶贫协作中帮扶哪个省区？", "天津市")]):
        q = given(giver, "dongxibu", "ProvinceLevelDivision", before=2010)
        numeral = text.replace("2010年", "二〇一〇年")  # (the year typed in numerals, as some askers do)
        add(f"pr23r2-adjusted-before-{i}", "time_scoped", [text, numeral], col(q), q, variants={1: "numeral"})

    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of("广西壮族自治区")}> ; dk:supporter ?s ;
      dk:programme <{BASE}programme/dongxibu> . ?s a dk:ProvinceLevelDivision }}"""
    add("pr23r2-short-programme-0", "symmetric", ["广西和哪个省一起搞扶贫协作？"], col(q), q)
    q = given("天津市", "dongxibu", "ProvinceLevelDivision")
    add("pr23r2-short-programme-1", "forward_list", ["扶贫协作中，天津帮扶哪些省区？"], col(q), q)

    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/dongxibu> ; dk:supporter ?s ; dk:recipient ?r .
      ?r dk:partOf? <{iri_of("贵州省")}> FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }}
      FILTER(EXISTS {{ ?s a dk:SeparatelyPlannedCity }} || NOT EXISTS {{ ?s dk:partOf ?own .
        ?p2 dk:programme <{BASE}programme/dongxibu> ; dk:supporter ?own ; dk:recipient ?r2 . ?r2 dk:partOf? <{iri_of("贵州省")}> }}) }}"""
    # (广州 counted under 广东: the roll-up convention; a 计划单列市 such as 深圳 pairs in its own right)
    add("pr23r2-city-measure-0", "reverse_list", ["东西部扶贫协作中，哪几座城市帮扶贵州？"], only_cities(col(q)), q)

    for i, (text, actor, event) in enumerate([
            ("浙江是不是国办发〔2008〕53号方案里的支援省份？", "浙江省", "document/2008-53"),
            ("内蒙古是不是第四次西藏工作座谈会确定的援藏省份？", "内蒙古自治区", "event/2001-xizang-4"),
            ("河北是不是民政部紧急通知里的支援省份？", "河北省", "document/2008-minzhengbu-tongzhi")]):
        q = f"""ASK {{ ?p dk:establishedBy <{BASE}{event}> ; dk:supporter ?s FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }}
          ?s dk:partOf* <{iri_of(actor)}> }}"""
        add(f"pr23r2-event-check-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q)

    q = f"""SELECT ?s WHERE {{ ?old dk:supporter <{iri_of("广东省")}> ; dk:recipient <{iri_of("哈密市")}> ; dk:endYear ?e .
      ?p dk:recipient <{iri_of("哈密市")}> ; dk:supporter ?s ; dk:startYear ?y FILTER(?y >= ?e) }} ORDER BY ?y LIMIT 1"""
    add("pr23r2-took-turn-0", "takeover", ["哈密是哪个省接了广东的班？", "哈密是谁接的广东的班？"], col(q), q)

    for i, (text, place) in enumerate([("青川新县城是哪个省援建的？", "青川县"), ("汶川老县城是哪个省援建的？", "汶川县")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s . ?r dk:partOf? <{iri_of(place)}> .
          ?s a dk:ProvinceLevelDivision }}"""
        add(f"pr23r2-new-seat-{i}", "reverse_list", [text], col(q), q)

    for i, (text, place) in enumerate([("（摘自某报：援藏干部三年一轮换）拉萨由哪些省市对口支援？", "拉萨市"),
                                       ("纳木错在拉萨，拉萨是哪几个省市对口援藏的？", "拉萨市"),
                                       ("羊卓雍错在山南，山南是哪几个省市对口援藏的？", "山南市")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient ?r ; dk:supporter ?s ; dk:programme <{BASE}programme/yuanzang> .
          ?r dk:partOf? <{iri_of(place)}> . ?s a dk:ProvinceLevelDivision }}"""
        add(f"pr23r2-lead-{i}", "reverse_list", [text], col(q), q)

    for i, (text, prog, cls) in enumerate([("援藏的省市里面，有四个是直辖市，是哪几个？", "yuanzang", "Municipality"),
                                           ("东西部扶贫协作的东部省市里，有五个是计划单列市，是哪几个？", "dongxibu", "SeparatelyPlannedCity")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s . ?s a dk:{cls} }}"""
        add(f"pr23r2-stated-few-{i}", "actor_kind", [text], col(q), q)

    rule = f"SELECT ?v WHERE {{ <{BASE}mechanism-fact/8> dk:practice ?v }}"
    add("pr23r2-formula-length-0", "mechanism", ["援藏干部选派的12字原则是什么？", "援藏干部是按哪个十二字方式选派的？"],
        col(rule), rule)

    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{BASE}event/1979-bianfang> ; dk:supporter <{iri_of("上海市")}> ;
      dk:recipient ?r }}"""
    add("pr23r2-then-aid-0", "book_fact", ["1979年全国边防工作会议上，上海当时是对口支援哪里的？"], col(q), q)

    # a newspaper named as where the term was first put (在报纸社论里, 在报纸上), the year asked: the year, not the source
    q = "SELECT (MIN(?y) AS ?v) WHERE { ?e dk:stage ?stage ; dk:year ?y }"
    add("pr23r2-paper-where-0", "book_fact", ["“对口支援”这个概念是哪年在报纸上首次提出的？",
                                             "“对口支援”一词是哪一年在报纸社论中最早出现的？"], col(q), q)

    # 新纳入 (newly brought in) after a year: the givers whose first pairing in the programme began then or later
    for i, (text, cls) in enumerate([("2010年以后新纳入援疆的省市有哪些？", "ProvinceRankActor"),
                                     ("2010年以后首次纳入援疆的省份有哪些？", "ProvinceLevelDivision")]):
        q = f"""SELECT ?s WHERE {{ {{ SELECT ?s (MIN(?y) AS ?first) WHERE {{ ?p dk:programme <{BASE}programme/yuanjiang> ;
          dk:supporter ?s ; dk:startYear ?y }} GROUP BY ?s }} FILTER(?first >= 2010) ?s a dk:{cls}
          FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        add(f"pr23r2-newly-in-{i}", "time_scoped", [text, text.replace("2010年", "二〇一〇年")], col(q), q,
            variants={1: "numeral"})
def gen_probe_24a():
    """Conventions carried by the frame (session 15, issue #15, groups pr24a-*), phrasings of our own: 城市 asked of a list
    template (a programme's givers: its provinces left out, as the composed lists leave them, the query saying so); a person
    or body asked, golded by its name (the node's names go with it: ``also``), its other name too (国家经委); and the place
    itself asked beside a giver's parts in it (…本身和X对口的县区, 连…一起). Gold from the SPARQL here."""
    for i, (text, prog) in enumerate([("参加东西部扶贫协作的城市有哪些？", "dongxibu"),
                                      ("东北与东部对口合作里，东部参加的城市有哪些？", "dongbei-hezuo")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s .
          FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        add(f"pr24a-cities-{i}", "actor_kind", [text], only_cities(col(q)), q)
    q = """SELECT ?n WHERE { ?e dk:reportBy ?x . ?e rdfs:label ?l FILTER(CONTAINS(STR(?l), "边防工作会议"))
      ?x a dk:Person ; rdfs:label ?n FILTER(lang(?n) = "zh") }"""
    add("pr24a-named-0", "book_fact", ["全国边防工作会议上是谁作的报告？"], sorted(set(col(q))), q)
    q = f"""SELECT ?n WHERE {{ <{BASE}agency/guojia-jingwei> skos:altLabel ?n FILTER(lang(?n) = "zh") FILTER(STRLEN(?n) = 4) }}"""
    add("pr24a-named-1", "book_fact", ["1983年初是哪个部门牵头管对口支援工作的？"], col(q), q)
    for i, (text, place, giver) in enumerate([("拉萨本身和北京对口的县区，能一起列出来吗？", "拉萨市", "北京市"),
                                              ("连日喀则一起，上海对口的县有哪些？", "日喀则市", "上海市")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf* <{iri_of(place)}> }}"""
        add(f"pr24a-place-too-{i}", "region_parts", [text], col(q), q)
    # a giver's places at two levels joined (…支援的地市及其下辖结对县): its prefectures and the counties in them it pairs with
    for i, (text, giver) in enumerate([("吉林援藏对口的地区及其下辖的结对县有哪些？", "吉林省"),
                                       ("湖南援藏支援的地市和其下面的对口县是哪些？", "湖南省")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?top ;
          dk:programme <{BASE}programme/yuanzang> . ?top a dk:PrefectureLevelDivision .
          ?p2 dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:programme <{BASE}programme/yuanzang> . ?r dk:partOf* ?top }}"""
        add(f"pr24a-levels-{i}", "region_parts", [text], col(q), q)


def gen_probe_23s2():
    """Kinds of the writer of outside-s (a netizen and a retired 援疆 engineer writing memoirs), found reading the failing
    questions of its odd half (session 14, issue #15, groups pr23s2-*), each with phrasings of our own over other names:
    a narration before the question (the asker's stay, a friend's hearsay, a trip: 我有个老战友在…干过两年，说…。…是哪几个
    省市在援？) set aside when the whole reads as nothing (or as a count said only in the narration: 听说是…几个市分头…, or
    as places where a year is asked after it: …以后才去的，…是哪一年开始的), its
    year kept when the question points back (那时候); the asker's own trip as a time (在我们去喀什以前) naming no place asked;
    兵团那边有没有 after a giver's list asks its divisions; 那 typed for 哪 closing a question (…是那个); the book's stages as
    划了几段; a document's roster with no verb (…紧急通知里的省份是哪些); a giver's parts asked after 是 (福建是哪几个市在援
    昌都) or after the pairing (北京对口支援玉树 是北京哪些区); a made-up county after its prefecture (喀什地区沙湖县) refused;
    a place named only to locate the one asked (哈密边上的兵团第十三师); 归X as X's aid (哪几个县归河北); 能一起列出来吗 as a request. Gold from the SPARQL
    here."""
    def givers(place: str, cls: str, prog: str | None = None, year: int | None = None) -> str:
        return f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r .
          ?r dk:partOf* <{iri_of(place)}> . ?s a dk:{cls} .
          {f"?p dk:programme <{BASE}programme/{prog}> ." if prog else ""}
          {f"?p dk:startYear ?y FILTER(?y <= {year}) FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < {year}) }}" if year else ""} }}"""
    for i, (text, place, cls, prog, year) in enumerate([
            ("我有个老战友在日喀则干过两年，说住的是山东盖的宿舍。日喀则到底是哪几个省市在对口援？", "日喀则市", "ProvinceRankActor", "yuanzang", None),
            ("二〇一二年我去塔城出差，那时候塔城是哪个省在对口援疆？", "塔城地区", "ProvinceLevelDivision", "yuanjiang", 2012),
            ("我一个老同事在果洛待了三年，跟天津来的医生住一个院子。果洛是哪几个省市在援青？", "果洛藏族自治州", "ProvinceRankActor", "yuanqing", None)]):
        q = givers(place, cls, prog, year)
        add(f"pr23s2-narrated-{i}", "reverse_list", [text], col(q), q, variant="numeral" if "〇" in text else "plain")
    # the retired engineer's own numeral years, then a time pointing back at them
    for i, (text, place, cls, prog, year) in enumerate([
            ("二〇一二年我到阿勒泰报到，那时候福海县是哪个省在援？", "福海县", "ProvinceLevelDivision", None, 2012),
            ("一九九七年我去伊犁出差，当时伊犁是哪个省在援疆？", "伊犁哈萨克自治州", "ProvinceLevelDivision", "yuanjiang", 1997),
            ("二〇一六年我去那曲看朋友，那时候那曲是哪几个省市在援藏？", "那曲市", "ProvinceRankActor", "yuanzang", 2016)]):
        q = givers(place, cls, prog, year)
        add(f"pr23s2-narrated-year-{i}", "time_filter", [text], col(q), q, variant="numeral")
    q = f"""SELECT ?y WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("辽宁省")}> ;
      dk:recipient <{iri_of("塔城地区")}> ; dk:startYear ?y }}"""
    add("pr23s2-narrated-3", "start_year", ["在乌鲁木齐开会时碰到过辽宁的援疆干部，辽宁援塔城是哪一年起的头？"], sorted(set(col(q)))[:1], q)

    # the asker's own trip as a time (在我们去喀什以前, 在去和田之前): its place is no name asked
    q = f"""SELECT ?y WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("深圳市")}> ;
      dk:recipient <{iri_of("喀什市")}> ; dk:startYear ?y }}"""
    add("pr23s2-trip-0", "start_year", ["深圳在我们去和田以前援的是喀什，那是从哪一年开始的？"], sorted(set(col(q)))[:1], q)
    q = f"""ASK {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("江西省")}> ; dk:recipient ?r .
      ?r dk:partOf* <{iri_of("阿克陶县")}> }}"""
    add("pr23s2-trip-1", "yes_no", ["听老战友讲，江西在到喀什以前援过阿克陶，有这回事吗？"], [bool(store.query(PREFIX + q))], q)

    # 兵团那边有没有 after a giver's list: its divisions asked too
    for i, (text, giver, cls) in enumerate([("山东援疆具体对口哪几个县？兵团那边有没有？", "山东省", "CountyLevelDivision"),
                                            ("江西援疆对口哪几个县？兵团那边有吗？", "江西省", "CountyLevelDivision")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ;
          dk:programme <{BASE}programme/yuanjiang> . {{ ?r a dk:{cls} }} UNION {{ FILTER(STRSTARTS(STR(?r), "{BASE}xpcc/")) }} }}"""
        add(f"pr23s2-corps-asked-{i}", "forward_list", [text], col(q), q)

    # 那 typed for 哪 closing a question that asks nothing else
    for i, (text, x) in enumerate([("沈阳对口合作的东部城市是那个", "沈阳市"), ("吉林省对口合作的是那个省", "吉林省")]):
        q = f"""SELECT DISTINCT ?o WHERE {{ ?p a dk:PairingRelationship ; dk:programme <{BASE}programme/dongbei-hezuo> .
          {{ ?p dk:supporter <{iri_of(x)}> ; dk:recipient ?o }} UNION {{ ?p dk:recipient <{iri_of(x)}> ; dk:supporter ?o }} }}"""
        add(f"pr23s2-closing-that-{i}", "symmetric", [text], col(q), q)

    # the book's stages said as 段 or 时期 after a verb of dividing
    q = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a dk:DevelopmentStage }"
    for i, text in enumerate(["这本书把对口支援的发展分了几段？", "书里把对口支援的历程划成几个时期"]):
        add(f"pr23s2-book-stages-{i}", "book_fact", [text], col(q), q)

    # a document's roster asked with no verb (…紧急通知里的省份是哪些, 方案里的省市有哪些)
    for i, (text, doc, cls) in enumerate([("民政部那个紧急通知里的省份是哪些", "document/2008-minzhengbu-tongzhi", "ProvinceLevelDivision"),
                                          ("汶川地震灾后恢复重建对口支援方案里的省市有哪些", "document/2008-53", "ProvinceRankActor")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:establishedBy <{BASE}{doc}> ; dk:supporter ?s . ?s a dk:{cls} }}"""
        add(f"pr23s2-document-roster-{i}", "programme_members", [text], col(q), q)

    # a giver's parts asked after 是 (福建是哪几个市在援昌都), or after the pairing said first (北京对口支援玉树 是北京哪些区),
    # and a count said only in the narration before it (听说是…几个市分头…) set aside
    def parts_aiding(giver: str, place: str | None, cls: str, prog: str | None = None) -> str:
        return f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r .
          ?s dk:partOf <{iri_of(giver)}> ; a dk:{cls} .
          {f"?r dk:partOf* <{iri_of(place)}> ." if place else ""} {f"?p dk:programme <{BASE}programme/{prog}> ." if prog else ""} }}"""
    for i, (text, giver, place, cls, prog) in enumerate([
            ("浙江是哪几个市在帮扶贵州？", "浙江省", "贵州省", "City", None),
            ("上海对口支援果洛 是上海哪些区", "上海市", "果洛藏族自治州", "District", None),
            ("听援疆的老同事讲，广东援疆是几个市分头管喀什的县。广东是哪些市在援疆？", "广东省", None, "City", "yuanjiang")]):
        q = parts_aiding(giver, place, cls, prog)
        add(f"pr23s2-giver-parts-{i}", "actor_kind", [text], col(q), q)

    # a county the graph does not hold, named right after its prefecture (喀什地区沙湖县): refused with its name
    for i, text in enumerate(["和田地区青山县是谁对口援疆", "日喀则市白沙县是哪个省在援？"]):
        add(f"pr23s2-unknown-county-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_entity")

    # a year asked after a narration naming a point in time (…说他们是第四次西藏工作座谈会以后才去的，…是哪一年开始的？)
    for i, (text, giver) in enumerate([("吉林的老同事说他们援藏是第四次西藏工作座谈会以后才去的，吉林援藏是哪一年开始的？", "吉林省"),
                                       ("听安徽的朋友讲他们是第三次西藏工作座谈会以后去援藏的，安徽援藏到底是从哪年开始的", "安徽省")]):
        q = f"""SELECT (MIN(?y) AS ?first) WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ;
          dk:programme <{BASE}programme/yuanzang> ; dk:startYear ?y }}"""
        add(f"pr23s2-narrated-when-{i}", "start_year", [text], col(q), q)

    # 归X as X's aid (和田哪几个县归北京援)
    for i, (text, giver, place) in enumerate([("和田哪几个县归北京援？", "北京市", "和田地区"), ("日喀则下面哪几个县归上海", "上海市", "日喀则市")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf+ <{iri_of(place)}> ; a dk:CountyLevelDivision }}"""
        add(f"pr23s2-belongs-{i}", "region_parts", [text], col(q), q)

    # a place named only to locate the one asked (阿克苏边上的兵团第一师, 就是…附近的…)
    for i, (text, place, cls) in enumerate([("阿克苏边上的兵团第一师是哪个省在援？", "新疆生产建设兵团第一师", "ProvinceLevelDivision"),
                                            ("石河子附近的兵团第八师，是哪个省市在援？", "新疆生产建设兵团第八师", "ProvinceRankActor")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r .
          ?r dk:partOf* <{iri_of(place)}> . ?s a dk:{cls} }}"""
        add(f"pr23s2-locator-{i}", "reverse_list", [text], col(q), q)

    # 能一起列出来吗, 能列给我吗: a request to list, no yes/no
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("上海市")}> ; dk:recipient ?r .
      ?r dk:partOf+ <{iri_of("日喀则市")}> ; a dk:CountyLevelDivision }}"""
    add("pr23s2-request-list-0", "region_parts", ["上海在日喀则包的县能一起列出来吗？"], col(q), q)


def gen_probe_24c():
    """Words people use (session 15, issue #15, groups pr24c-*: the perturbation probe tests/qa/perturb.py and its second
    round of word classes), each with phrasings of our own over other names: 什么时候/何时/啥时候 asked of a mechanism, the
    book or the year ranked (a date answered with its year as its other form); a closing 呢 after the word that asks
    (为何呢: no why); a remark after the question said with a rising tone (…啊？); a last clause asking a quantity of its own
    after a takeover (…改成谁了，花了多少钱) refused, never answered as if absent; 啥 as 什么; 都有哪些/包括哪些 as 有哪些; voice
    dictation fillers (嗯, 那个, 就是说, …，就是这个); Taiwan usage (省分, 資料顯示不一致的 lead); greetings (您好，打扰一下); the book's
    series (its number, its first report); the first batch of 援藏 cadres; Shanghai's aid to Shaanxi in the mid-1950s (the book's
    example, its start an approximate year). Gold from the SPARQL here."""
    book = f"""SELECT ?b WHERE {{ ?b a <http://purl.org/ontology/bibo/Book> }}"""
    q = f"""SELECT (xsd:integer(SUBSTR(STR(?d), 1, 4)) AS ?y) WHERE {{ ?b a <http://purl.org/ontology/bibo/Book> ; dk:prefaceDate ?d }}"""
    q = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + q
    add("pr24c-when-preface", "book_fact", ["这本书的前言是啥时候落款的？"], col(q), q)
    q = """SELECT (xsd:integer(STR(?d)) AS ?y) WHERE { ?b a <http://purl.org/ontology/bibo/Book> ; dcterms:issued ?d }"""
    q = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + q
    add("pr24c-when-issued", "book_fact", ["该书是何时问世的"], col(q), q)
    # a rule's first year asked with 什么时候 (the year its fact starts)
    q = f"""SELECT ?y WHERE {{ ?f a dk:ManagementRule ; dk:aboutProgramme <{BASE}programme/yuanjiang> ; dk:practice ?pr ;
      dk:startYear ?y FILTER(CONTAINS(STR(?pr), "80%")) }}"""
    add("pr24c-when-rule", "mechanism", ["援疆资金的“两个80%”是啥时候开始实行的"], col(q), q)
    # a closing 呢 after the word that asks
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of("塔城地区")}> ; dk:supporter ?s . ?s a dk:ProvinceLevelDivision }}"""
    add("pr24c-closing-ne", "recipient_supporters", ["对口支援塔城地区之省份为何呢？"], col(q), q)
    # a remark with a rising tone after the question
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of("昌吉回族自治州")}> ; dk:supporter ?s ;
      dk:programme <{BASE}programme/yuanjiang> . ?s a dk:ProvinceLevelDivision }}"""
    add("pr24c-remark-rising", "recipient_supporters", ["昌吉州是哪个省在援疆？我记得是福建啊？"], col(q), q)
    # a quantity asked after a takeover: refused
    add("pr24c-takeover-money", "unanswerable", ["北川县过渡安置是山东负责，恢复重建换成谁了，一共投了多少钱？"], [], "",
        answerable=False, expected="no_template")
    # 啥 as 什么
    q = f"""SELECT ?e WHERE {{ ?e a dk:Meeting ; dk:date ?d FILTER(STRSTARTS(STR(?d), "1984-09")) }}"""
    add("pr24c-sha", "event_facts", ["1984年9月在天津开的是啥会"], col(q), q)
    # voice dictation fillers around the question and after its first name
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{iri_of("博尔塔拉蒙古自治州")}> ; dk:supporter ?s . ?s a dk:ProvinceLevelDivision }}"""
    add("pr24c-dictation", "recipient_supporters", ["嗯，那个，博州，就是说，是哪个省对口支援的，就是这个"], col(q), q)
    # Taiwan usage: 省分, a lead saying the sources disagree, a greeting
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/yuanqing> ; dk:supporter ?s . ?s a dk:ProvinceLevelDivision }}"""
    add("pr24c-taiwan", "programme_members", ["網路上的說法不太一樣，請問參與援青的省分有哪幾個？"], col(q), q,
        variant="traditional")
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of("天津市")}> ; dk:recipient ?r ;
      dk:programme <{BASE}programme/yuanzang> }}"""
    add("pr24c-greeting", "supporter_recipients", ["您好，打扰一下，天津援藏对口的是哪里？谢谢"], col(q), q)
    # the book's series (the preface): its number, its first report
    q = """SELECT ?n WHERE { ?b dk:seriesNumber ?n }"""
    add("pr24c-series-number", "book_fact", ["在团队的年度研究报告里，这本书排第几本？"], col(q), q)
    q = """SELECT ?t WHERE { ?b dk:seriesFirst ?f . ?f dcterms:title ?t }"""
    add("pr24c-series-first", "book_fact", ["这个报告系列的头一本叫什么名字"], col(q), q)
    # the first batch of 援藏 cadres
    q = f"""SELECT ?v WHERE {{ ?f dk:aboutProgramme <{BASE}programme/yuanzang> ; dk:batchNumber 1 ; dk:value ?v }}"""
    add("pr24c-first-batch", "mechanism", ["首批援藏干部一共多少人"], col(q), q)
    # Shanghai's aid to Shaanxi in the mid-1950s (the book's example)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of("上海市")}> ; dk:recipient ?r ; dk:startYear ?y
      FILTER(?y >= 1950 && ?y < 1960) }}"""
    add("pr24c-fifties", "book_fact", ["书中举的例子里，上海在五十年代支援的是哪个省？"], col(q), q)
def gen_probe_24b():
    """Constraints combined without a template each (session 15, issue #15, groups pr24b-*), phrasings of our own over
    other names than the studied questions': two sub-answers combined — one giver's two pairings, which lasted longer (or
    shorter, or by how many years), two rosters' sizes compared or subtracted, the ratio of two figures (two counts, two
    funding shares); a place listed itself beside the places a giver took on within it (X本身和Y援建的县, 连X一起列);
    a giver's partners of one level and, within them, of the level below (地市及其下辖结对县); givers ranked by the places
    they took on within a region (X的县里头，…省市包的县最多的是哪家); a kind above county level named with a giver and a
    county, read as the giver's own parts (…援建X县分给了几个地级市). Gold from the SPARQL here."""
    now = datetime.date.today().year

    def span(giver: str, place: str) -> tuple[int, int]:
        q = f"""SELECT ?y ?e WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ;
          dk:recipient <{iri_of(place)}> ; dk:startYear ?y . OPTIONAL {{ ?p dk:endYear ?e }} }}"""
        found = rows(q)
        return min(r[0] for r in found), (now if any(r[1] is None for r in found) else max(r[1] for r in found))

    for i, (text, giver, a, b, pick) in enumerate([
            ("宁波帮扶黔西南和帮扶延边，哪段时间更长？", "宁波市", "黔西南布依族苗族自治州", "延边朝鲜族自治州", max),
            ("珠海帮怒江与帮凉山，哪个持续得更久？", "珠海市", "怒江傈僳族自治州", "凉山彝族自治州", max),
            ("珠海帮怒江与帮凉山，哪个时间短一些？", "珠海市", "怒江傈僳族自治州", "凉山彝族自治州", min),
            ("杭州对口黔东南和对口恩施，哪一个历时更长", "杭州市", "黔东南苗族侗族自治州", "恩施土家族苗族自治州", max)]):
        lengths = {place: (lambda s_e: s_e[1] - s_e[0])(span(giver, place)) for place in (a, b)}
        best = pick(lengths.values())
        q = f"""SELECT ?y ?e WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:startYear ?y .
          OPTIONAL {{ ?p dk:endYear ?e }} VALUES ?r {{ <{iri_of(a)}> <{iri_of(b)}> }} }}"""
        add(f"pr24b-length-{i}", "comparison", [text], [iri_of(p) for p, n in lengths.items() if n == best], q)
    lengths = [(lambda s_e: s_e[1] - s_e[0])(span("宁波市", p)) for p in ("黔西南布依族苗族自治州", "延边朝鲜族自治州")]
    q = f"""SELECT ?r ?y ?e WHERE {{ ?p dk:supporter <{iri_of("宁波市")}> ; dk:recipient ?r ; dk:startYear ?y .
      OPTIONAL {{ ?p dk:endYear ?e }} }}"""
    add("pr24b-length-gap", "comparison", ["宁波帮黔西南和帮延边，持续时间相差几年？"], [abs(lengths[0] - lengths[1])], q)

    # two rosters: each counted, the difference or the larger (汶川 is the studied one's; these are other pairs)
    def roster(prog: str, cls: str) -> str:
        return f"""SELECT (COUNT(DISTINCT ?who) AS ?n) WHERE {{ ?p dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s .
          OPTIONAL {{ ?p dk:supporterTeam ?t }} BIND(COALESCE(?t, ?s) AS ?who)  # (a team member counts as its province)
          ?who a dk:{cls} FILTER NOT EXISTS {{ ?who a dk:CollectiveActor }} }}"""
    zang, qing = col(roster("yuanzang", "ProvinceRankActor"))[0], col(roster("yuanqing", "ProvinceRankActor"))[0]
    add("pr24b-rosters-0", "comparison", ["援青的支援省市和援藏的支援省市相差多少个？"], [abs(zang - qing)],
        roster("yuanzang", "ProvinceRankActor"))
    add("pr24b-rosters-1", "comparison", ["援藏的支援省市数是援青的几倍？"],
        [zang // qing if zang % qing == 0 else round(zang / qing, 2)], roster("yuanqing", "ProvinceRankActor"))

    # two counts' ratio (the compare templates' counting: own pairings and a team member's for its province)
    def counted(giver: str, prog: str, cls: str | None = None) -> int:
        return col(f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {{ ?p dk:supporter <{iri_of(giver)}> }} UNION
          {{ ?p dk:supporterTeam <{iri_of(giver)}> }} ?p dk:recipient ?r ; dk:programme <{BASE}programme/{prog}> .
          {f"?r a dk:{cls} ." if cls else ""} }}""")[0]
    for i, (text, a, b, prog, cls) in enumerate([("北京援疆结对的地方是天津的几倍？", "北京市", "天津市", "yuanjiang", None),
                                                 ("山东援藏结对的县是黑龙江的多少倍？", "山东省", "黑龙江省", "yuanzang",
                                                  "CountyLevelDivision")]):
        x, y = counted(a, prog, cls), counted(b, prog, cls)
        q = f"""SELECT ?r WHERE {{ ?p dk:supporter <{iri_of(a)}> ; dk:recipient ?r ; dk:programme <{BASE}programme/{prog}> }}"""
        add(f"pr24b-ratio-{i}", "comparison", [text], [x // y if x % y == 0 else round(x / y, 2)], q)
    # two funding shares (‰ against %): the mechanism facts' own values
    def share(prog: str) -> str:  # the programme-wide rule (not one supporter's own: no 本市/该省 in its label)
        return f"""SELECT ?v ?u WHERE {{ ?f a dk:FundingRule ; dk:aboutProgramme <{BASE}programme/{prog}> ; dk:value ?v ;
          dk:unit ?u ; rdfs:label ?l FILTER(!CONTAINS(?l, "本市")) }}"""
    per = {f"{BASE}ontology#PercentUnit": 0.01, f"{BASE}ontology#PerMilleUnit": 0.001}
    (zv, zu), (wv, wu) = rows(share("yuanzang"))[0], rows(share("wenchuan-chongjian"))[0]
    add("pr24b-ratio-share", "comparison", ["援藏资金的比例是汶川重建的几倍？"],
        [round(float(zv) * per[zu] / (float(wv) * per[wu]), 2)], share("yuanzang"))

    # a place listed itself beside the places a giver took on within it
    def itself(giver: str, place: str, prog: str | None = None) -> str:
        return f"""SELECT DISTINCT ?r WHERE {{ {{ BIND(<{iri_of(place)}> AS ?r) }} UNION {{ ?p dk:supporter <{iri_of(giver)}> ;
          dk:recipient ?r . ?r dk:partOf <{iri_of(place)}> ; a dk:CountyLevelDivision .
          {f"?p dk:programme <{BASE}programme/{prog}> ." if prog else ""} }} }}"""
    for i, (text, giver, place, prog) in enumerate([
            ("安徽援藏在山南帮了哪几个县？连山南一起列给我。", "安徽省", "山南市", "yuanzang"),
            ("阿里本身加上陕西对口的县，一起列出来", "陕西省", "阿里地区", None),
            ("北京援藏在拉萨结对了哪些县？连同拉萨一起列出来。", "北京市", "拉萨市", "yuanzang"),
            ("重庆援藏包的县，把昌都也算上，都有哪些？", "重庆市", "昌都市", "yuanzang")]):
        add(f"pr24b-itself-{i}", "region_parts", [text], col(itself(giver, place, prog)), itself(giver, place, prog))

    # a giver's partners of one level and, within them, of the level below
    def nested(giver: str, prog: str) -> str:
        return f"""SELECT DISTINCT ?r WHERE {{ {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ;
          dk:programme <{BASE}programme/{prog}> . ?r a dk:PrefectureLevelDivision }} UNION {{
          ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?up ; dk:programme <{BASE}programme/{prog}> .
          ?up a dk:PrefectureLevelDivision . ?q dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ;
          dk:programme <{BASE}programme/{prog}> . ?r dk:partOf ?up ; a dk:CountyLevelDivision }} }}"""
    for i, (text, giver, prog) in enumerate([("吉林援藏所支援的地市及其所辖结对县，请列出", "吉林省", "yuanzang"),
                                             ("安徽援藏支援的地市及其下辖结对县有哪些？", "安徽省", "yuanzang"),
                                             ("北京援疆对口的地州及其下辖结对县是哪些", "北京市", "yuanjiang")]):
        add(f"pr24b-nested-{i}", "region_parts", [text], col(nested(giver, prog)), nested(giver, prog))

    # a kind above county level named with a giver and a county: the giver's own parts that took the county on
    def beyond(giver: str, county: str, prog: str | None = None, count: bool = False) -> str:
        pattern = f"""?p dk:supporter ?s ; dk:recipient ?r . ?s dk:partOf <{iri_of(giver)}> ; a dk:PrefectureLevelDivision .
          ?r dk:partOf? <{iri_of(county)}> . {f"?p dk:programme <{BASE}programme/{prog}> ." if prog else ""}"""
        return f"SELECT {'(COUNT(DISTINCT ?s) AS ?n)' if count else 'DISTINCT ?s'} WHERE {{ {pattern} }}"
    for i, (text, giver, county, prog, count) in enumerate([
            ("福建援藏在边坝县派了几个地级市", "福建省", "边坝县", "yuanzang", True),
            ("福建有哪几个地级市对口支援边坝？", "福建省", "边坝县", None, False),
            ("江苏对口林周县的地级市是哪个？", "江苏省", "林周县", None, False)]):
        q = beyond(giver, county, prog, count)
        add(f"pr24b-parts-beyond-{i}", "count" if count else "forward_list", [text], col(q), q)

    # givers ranked by the places they took on within a region
    def ranked(place: str, prog: str, pick: str) -> str:
        return f"""SELECT ?s WHERE {{ {{ SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r ;
          dk:programme <{BASE}programme/{prog}> . ?s a dk:ProvinceRankActor . ?r dk:partOf+ <{iri_of(place)}> ;
          a dk:CountyLevelDivision }} GROUP BY ?s }} {{ SELECT ({pick}(?m) AS ?top) WHERE {{ {{ SELECT ?s2 (COUNT(DISTINCT ?r2)
          AS ?m) WHERE {{ ?p2 dk:supporter ?s2 ; dk:recipient ?r2 ; dk:programme <{BASE}programme/{prog}> .
          ?s2 a dk:ProvinceRankActor . ?r2 dk:partOf+ <{iri_of(place)}> ; a dk:CountyLevelDivision }} GROUP BY ?s2 }} }} }}
          FILTER(?n = ?top) }}"""
    for i, (text, place, prog, pick) in enumerate([("和田地区的县里头，援疆省市包的县最多的是哪家？", "和田地区", "yuanjiang", "MAX"),
                                                   ("日喀则的县里头，援藏省市结对的县最少的是哪个？", "日喀则市", "yuanzang", "MIN"),
                                                   ("拉萨各县区当中，援藏省市对口的县最多的是哪一个", "拉萨市", "yuanzang", "MAX")]):
        add(f"pr24b-ranked-within-{i}", "superlative", [text], col(ranked(place, prog, pick)), ranked(place, prog, pick))
def gen_probe_24t():
    """Kinds of the writers of outside-t (a 凉山 charity worker typing on a phone and a 党校 lecturer citing documents by
    name), found reading the failing questions of its odd half (session 15, issue #15, groups pr24t-*), each with
    phrasings of our own over other names: a programme's end year (…到哪一年结束: its own, or the last of its pairings'
    where all have ended); 一直/持续到哪年 as the end of a pairing; a programme named right before a loosely named document
    that launched it (国务院关于汶川…的方案) as a word of the document's name; a foreign place beside a place we hold
    (大阪与天津) refused; the asker's own place as a topic (咱们喀什那边的沙湖县) not a narration, so a made-up county
    stays refused; a level word before a role noun (省级援藏省市) as one kind; 新增承担/新增参与 as the programme's
    newcomers; 承担…任务的一方 as the supporters of a document's pairings. Gold from the SPARQL here."""
    # a programme's end year: its own, or the last of its pairings' where every one has ended
    q = f"SELECT ?y WHERE {{ <{BASE}programme/yuanjiang/round-1996> dk:endYear ?y }}"
    add("pr24t-programme-end-0", "time_scoped", ["前期对口援疆到哪一年结束"], col(q), q)
    q = f"""SELECT (MAX(?e) AS ?y) WHERE {{ ?p a dk:PairingRelationship ; dk:programme <{BASE}programme/wenchuan-guodu> ;
      dk:endYear ?e }}"""
    add("pr24t-programme-end-1", "time_scoped", ["汶川地震对口支援（过渡安置阶段）哪一年结束的"], col(q), q)
    # 一直到哪年, 持续到哪一年: the pairing's end year
    for i, (text, giver, place) in enumerate([("广东帮哈密一直到哪年", "广东省", "哈密市"),
                                              ("辽宁对口支援青海持续到哪一年", "辽宁省", "青海省")]):
        q = f"""SELECT ?e WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ;
          dk:recipient <{iri_of(place)}> ; dk:endYear ?e }}"""
        add(f"pr24t-until-{i}", "time_scoped", [text], sorted(set(col(q))), q)
    # a programme named right before a loosely named document that launched it: the document's date or year
    q = f"SELECT ?d WHERE {{ <{BASE}document/2008-53> dk:date ?d }}"
    add("pr24t-launch-doc-0", "event_setup", ["国务院关于汶川地震灾后恢复重建对口支援的方案是哪一天印发的"], col(q), q)
    q = f"SELECT ?d WHERE {{ <{BASE}document/2008-minzhengbu-tongzhi> dk:date ?d }}"
    add("pr24t-launch-doc-1", "event_setup", ["民政部关于汶川过渡安置对口支援的紧急通知是哪天发的"], col(q), q)
    # a foreign place beside one we hold, and a made-up county in the asker's own place named as the topic: refused
    for i, text in enumerate(["大阪与天津是否结成对口支援关系", "东京和北京搞过对口合作没有",
                              "咱们喀什那边的沙湖县 是哪个省在援", "我们和田的青山县 哪个省市对口援疆"]):
        add(f"pr24t-not-held-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_entity")
    # a level word right before a role noun (省级援藏省市): one kind, the narrower
    for i, (text, place, prog) in enumerate([("对口支援昌都的省级援藏省市有哪些", "昌都市", "yuanzang"),
                                             ("在援疆工作中，对口支援阿克苏地区的省级援疆省市是哪些", "阿克苏地区", "yuanjiang")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r ;
          dk:programme <{BASE}programme/{prog}> . ?r dk:partOf* <{iri_of(place)}> . ?s a dk:ProvinceLevelDivision }}"""
        add(f"pr24t-level-role-{i}", "reverse_list", [text], col(q), q)
    # 新增承担/新增参与: the programme's newcomers since a year (or a meeting's year)
    for i, (text, prog, year) in enumerate([("2010年以后新增参与援疆的省份有哪些", "yuanjiang", 2010),
                                            ("第四次西藏工作座谈会后新增承担援藏任务的省份是哪几个", "yuanzang", 2001)]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:programme <{BASE}programme/{prog}> ;
          dk:supporter ?s ; dk:startYear ?y FILTER(?y >= {year}) ?s a dk:ProvinceLevelDivision .
          FILTER NOT EXISTS {{ ?o dk:programme <{BASE}programme/{prog}> ; dk:supporter ?s ; dk:startYear ?y0 FILTER(?y0 < {year}) }} }}"""
        add(f"pr24t-joined-new-{i}", "time_filter", [text], col(q), q)
    # 承担…任务的一方(单位): the supporters of the pairings a document set up
    for i, (text, doc) in enumerate([("关于开展对口帮扶贵州工作的指导意见中，承担帮扶任务的一方单位有哪些", "document/2013-11"),
                                     ("民政部那份紧急通知里，承担支援任务的一方是哪些", "document/2008-minzhengbu-tongzhi")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:establishedBy <{BASE}{doc}> ; dk:supporter ?s .
          FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        add(f"pr24t-task-side-{i}", "event_setup", [text], col(q), q)
    # 作出对口支援X的决策: the programme decided on (its start year)
    for i, (text, prog) in enumerate([("党中央是哪一年作出对口支援西藏的决策的", "yuanzang"),
                                      ("国家哪年作出对口支援青海藏区的重大决策", "yuanqing")]):
        q = f"SELECT ?y WHERE {{ <{BASE}programme/{prog}> dk:startYear ?y }}"
        add(f"pr24t-decision-{i}", "since_when", [text], col(q), q)
    # 书里说/书上讲 before the question, and the paper's date said with it
    q = "SELECT ?v WHERE { ?e dk:stage ?s ; dk:newspaper ?v }"
    add("pr24t-book-says-0", "book_fact", ["书上讲对口支援这个说法是哪家报纸最先提出来的"], col(q), q)
    q = "SELECT ?y WHERE { ?e dk:stage ?s ; dk:newspaper ?v ; dk:year ?y }"
    add("pr24t-book-says-1", "book_fact", ["书里说对口支援一词最早是哪一年出现的"], col(q), q)
    q = "SELECT ?v WHERE { ?e dk:stage ?s ; dk:newspaper ?v ; dk:year 1960 }"
    add("pr24t-paper-dated-0", "book_fact", ["对口支援的提法最早见于1960年哪份报纸"], col(q), q)
    # a closing bracket saying by what the asker ranks: a remark
    q = f"""SELECT ?s WHERE {{ {{ SELECT ?s (MIN(?y) AS ?first) WHERE {{ ?p a dk:PairingRelationship ;
      dk:programme <{BASE}programme/yuanzang> ; dk:supporter ?s ; dk:startYear ?y . ?s a dk:ProvinceLevelDivision }} GROUP BY ?s }}
      {{ SELECT (MAX(?f) AS ?last) WHERE {{ SELECT ?s (MIN(?y) AS ?f) WHERE {{ ?p a dk:PairingRelationship ;
      dk:programme <{BASE}programme/yuanzang> ; dk:supporter ?s ; dk:startYear ?y . ?s a dk:ProvinceLevelDivision }} GROUP BY ?s }} }}
      FILTER(?first = ?last) }}"""
    add("pr24t-measure-bracket-0", "superlative", ["援藏省份中开始最晚的是哪个（按开始年份算）"], col(q), q)
    # a heading's title and its page asked together
    for i, (text, ch) in enumerate([("书的第四章叫什么名字，从第几页开始", 4), ("第六章的标题和页码是什么", 6)]):
        q = f"""SELECT ?v WHERE {{ {{ <{BASE}source/book/chapter/{ch}> dcterms:title ?v }} UNION
          {{ <{BASE}source/book/chapter/{ch}> <http://purl.org/ontology/bibo/pageStart> ?v }} }}"""
        add(f"pr24t-title-page-{i}", "book_fact", [text], col(q), q)
    # a kind joined to 城市 (省份及城市): both asked, no filter
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:programme <{BASE}programme/dongbei-hezuo> ; dk:supporter ?s }}"""
    add("pr24t-kind-and-city-0", "programme_members", ["东北地区与东部地区部分省市对口合作里东部一方的省份及城市有哪些"], col(q), q)
    # X援藏队伍里哪些市: the giver's parts in the programme, within a place
    for i, (text, giver, place, cls, prog) in enumerate([("福建援藏队伍中哪几个市在昌都", "福建省", "昌都市", "City", "yuanzang"),
                                                         ("北京援青的队伍里哪些区在玉树", "北京市", "玉树藏族自治州", "District", "yuanqing")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r ;
          dk:programme <{BASE}programme/{prog}> . ?s dk:partOf <{iri_of(giver)}> ; a dk:{cls} . ?r dk:partOf* <{iri_of(place)}> }}"""
        add(f"pr24t-team-parts-{i}", "actor_kind", [text], col(q), q)
    # X及其县, X和它下面的县: the place with its parts (the grouped supporters, as supporters_q)
    for i, (text, place, cls, prog) in enumerate([("林芝及其县是哪些省市在援", "林芝市", "ProvinceRankActor", None),
                                                  ("日喀则和它下面的县是哪些省份在援藏", "日喀则市", "ProvinceLevelDivision", "yuanzang")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r .
          ?r dk:partOf* <{iri_of(place)}> . ?s a dk:{cls} . {f"?p dk:programme <{BASE}programme/{prog}> ." if prog else ""} }}"""
        add(f"pr24t-with-parts-{i}", "region_parts", [text], col(q), q)
    # 既在A中对口X，又参加了B: the place's pairing within the first programme, a part in the second
    for i, (text, place, a, b, cls) in enumerate([
            ("哪些省份既在援藏中对口昌都，又参加了汶川地震灾后恢复重建对口支援", "昌都市", "yuanzang", "wenchuan-chongjian", "ProvinceLevelDivision"),
            ("哪些省份既援疆对口和田地区，又参与过汶川地震灾后恢复重建对口支援", "和田地区", "yuanjiang", "wenchuan-chongjian", "ProvinceLevelDivision")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:programme <{BASE}programme/{a}> ; dk:supporter ?s ;
          dk:recipient ?r . ?r dk:partOf* <{iri_of(place)}> . ?s a dk:{cls} .
          ?p2 dk:programme <{BASE}programme/{b}> ; dk:supporter ?s }}"""
        add(f"pr24t-common-scoped-{i}", "common_partners", [text], col(q), q)
def gen_probe_25v():
    """Kinds of the writers of outside-v (a 藏族 county civil servant writing Chinese as a second language, an analyst whose
    questions were machine-translated), found reading the failing questions of its odd half (session 15, issue #15, groups
    pr25v-*), each with phrasings of our own over other names: a place and its parts said plainly (X 还有下面的县, X和市里面
    各个县, 连市带县) as X及其下辖; a giver's parts before a plain verb (X的哪些市去帮扶, 是X哪些区 去Y的县) or sent out
    (X援藏工作中派出的地级市); 关于X的问题是，它们是哪些 (X asked); a request worded as a yes/no question (能否告诉我…的召开
    城市); 举办城市/召开城市 as a venue; 从X 换到 (spaced) and 由X转向 as a retasking; 被确定为帮扶方的 + a kind (a role);
    a year spaced off an ordinal meeting (2001年 第四次座谈会); a region said beside a yes/no question whose places lie
    within it (…是吗，江苏省内的) a remark. Gold from the SPARQL here."""
    # a place and its parts said plainly: the supporters of the place and of its parts (the grouped answer)
    for i, (text, place) in enumerate([("阿里地区 还有下面的县，都是谁在援", "阿里地区"),
                                       ("拉萨市和市里面各个县，援藏都是谁在做", "拉萨市")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r .
          ?r dk:partOf* <{iri_of(place)}> . FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        add(f"pr25v-with-parts-{i}", "region_parts", [text], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r ;
      dk:programme <{BASE}programme/yuanzang> . ?r dk:partOf* <{iri_of("那曲市")}> . ?s a dk:ProvinceRankActor }}"""
    add("pr25v-with-parts-2", "region_parts", ["对那曲，连市带县，哪些省市 在援藏"], col(q), q)
    # a giver's parts of a level before a plain verb (的, 去) or sent out in a programme: the givers
    for i, (text, giver, place, cls, prog) in enumerate([
            ("上海援藏 是上海哪些区 去日喀则的县", "上海市", "日喀则市", "District", "yuanzang"),
            ("北京的哪些区去帮扶玉树州", "北京市", "玉树藏族自治州", "District", None),
            ("福建援藏工作中派出的地级市有哪些", "福建省", None, "City", "yuanzang"),
            ("关于福建援藏派出的市的问题是，它们是哪些？", "福建省", None, "City", "yuanzang")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r .
          {f"?p dk:programme <{BASE}programme/{prog}> ." if prog else ""} ?s dk:partOf <{iri_of(giver)}> ; a dk:{cls} .
          {f"?r dk:partOf* <{iri_of(place)}> ." if place else ""} }}"""
        add(f"pr25v-giver-parts-{i}", "actor_kind", [text], col(q), q)
    # a request worded as yes/no, a venue asked as 举办城市/召开城市
    for i, (text, meeting) in enumerate([("能否告诉我第四次西藏工作座谈会的召开城市", "第四次西藏工作座谈会"),
                                         ("第三次西藏工作座谈会的举办城市是哪一个", "第三次西藏工作座谈会")]):
        q = f"""SELECT DISTINCT ?l WHERE {{ ?e rdfs:label "{meeting}"@zh ; dk:location ?l }}"""
        add(f"pr25v-venue-{i}", "book_fact", [text], col(q), q)
    # 从X 换到 (spaced), 由X转向: the giver's partner after the old one ended
    for i, (text, giver, old) in enumerate([("厦门 从重庆 换到哪里了", "厦门市", "重庆市"),
                                            ("福建由林芝转向了哪个地方", "福建省", "林芝市")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?o a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ;
          dk:recipient <{iri_of(old)}> ; dk:endYear ?e . ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ;
          dk:recipient ?r ; dk:startYear ?y FILTER(?y = ?e && ?r != <{iri_of(old)}>) }}"""
        add(f"pr25v-retasked-{i}", "takeover", [text], col(q), q)
    # 被确定为帮扶方的 + a kind: a role (the programme's supporters of that kind in force in the year), not receiving
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p dk:programme <{BASE}programme/dongxibu> ; dk:supporter ?s ;
      dk:startYear ?y FILTER(?y <= 2000) FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < 2000) }}
      ?s a dk:SeparatelyPlannedCity }}"""
    add("pr25v-named-role-0", "programme_members", ["2000年东西部扶贫协作中被确定为帮扶方的计划单列市有哪些"], col(q), q)
    # a year spaced off an ordinal meeting (2001年 第四次座谈会): that meeting
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:establishedBy <{BASE}event/2001-xizang-4> ; dk:recipient ?r
      FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"""
    add("pr25v-year-spaced-0", "event_setup", ["2001年 第四次座谈会 确定的结对里，受援地有哪些"], col(q), q)
    # a region said beside a yes/no question whose two places lie within it: a remark (and a false one stays false)
    for i, (text, giver, place) in enumerate([("苏州 对口支援 宿迁 是吗，江苏省内的", "苏州市", "宿迁市"),
                                              ("广州对口帮扶梅州吗，广东省内的", "广州市", "梅州市"),
                                              ("广州对口帮扶汕头吗，广东省内的", "广州市", "汕头市")]):
        q = f"""ASK {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> }}"""
        add(f"pr25v-region-remark-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q)
def gen_probe_24u():
    """Kinds of the writers of outside-u (a 台湾 researcher in 繁體 and someone dictating by voice), found reading the failing
    questions of its odd half (session 15, issue #15, groups pr24u-*), each with phrasings of our own over other names: the
    book pointed at with 的 left out (依书中目录，…); a short name said again after its meaning in full (和田地区这边…和田); a
    place and its parts joined by 跟/同; a giver's programme team as the scope of its parts (江苏援疆队伍中，有哪些市…); a giver
    said again, opening a clause, with its parts asked (北京援藏 北京下面…); 在X那边 + aid verb + 的地方 (X a region); 哪几座城市
    after 派出了; the two halves of 既…又 each with its programme; 以前援X 后来换到哪 (the giver's new partners); a year's
    adjustment of a programme before 之后 (in force after it); 省市与企业 counted (every giver); a place named before 会 and
    again later; a spoken month between an earthquake and its phase. Gold from the SPARQL here."""
    # the book pointed at, 的 left out before 目录
    for i, (text, agencies, cls) in enumerate([
            ("依书中目录，国家体育总局与环境保护部对口支援的是哪一个县？", ("国家体育总局", "环境保护部"), "CountyLevelDivision"),
            ("据书中目录，中国证监会对口支援的是哪个区？", ("中国证券监督管理委员会",), "CountyLevelDivision")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r . ?r a dk:{cls} .
          VALUES ?s {{ {" ".join(f"<{iri_of(a)}>" for a in agencies)} }} }}"""
        add(f"pr24u-book-lead-{i}", "forward_list", [text], col(q), q)

    # a short name of several meanings said again after one of them in full
    q = f"""ASK {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("北京市")}> ; dk:recipient <{iri_of("和田地区")}> }}"""
    add("pr24u-said-in-full-0", "yes_no", ["和田地区这边 北京是不是对口支援和田"], [bool(store.query(PREFIX + q))], q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient <{iri_of("玉树藏族自治州")}> .
      ?s a dk:ProvinceRankActor }}"""
    add("pr24u-said-in-full-1", "reverse_list", ["玉树藏族自治州那边，玉树是哪两个省市在支援"], col(q), q)

    # a place and its parts joined by 跟/同 (the place itself with them)
    for i, (text, place, cls) in enumerate([("那曲跟下面的县都是谁支援", "那曲市", None),
                                            ("阿里同它下面的县都是哪些省市在援助", "阿里地区", "ProvinceRankActor")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r .
          ?r dk:partOf* <{iri_of(place)}> . {f"?s a dk:{cls} ." if cls else ""} FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        add(f"pr24u-with-parts-{i}", "region_parts", [text], col(q), q)

    # a giver's programme team as the scope of its parts asked; a giver said again, opening a clause, with its parts
    def giver_parts(giver: str, place: str, prog: str, cls: str) -> str:
        return f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r ;
          dk:programme <{BASE}programme/{prog}> . ?s dk:partOf+ <{iri_of(giver)}> ; a dk:{cls} . ?r dk:partOf* <{iri_of(place)}> }}"""
    q = giver_parts("江苏省", "伊犁哈萨克自治州", "yuanjiang", "PrefectureLevelDivision")
    add("pr24u-team-scope-0", "actor_kind", ["江苏援疆队伍中，有哪些市对口伊犁的县"], col(q), q)
    q = giver_parts("上海市", "喀什地区", "yuanjiang", "CountyLevelDivision")
    add("pr24u-giver-again-0", "actor_kind", ["上海援疆，上海哪几个区对口支援喀什"], col(q), q)

    # 在X那边 + aid verb + 的地方: X a region, its places asked
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("北京市")}> ; dk:recipient ?r .
      ?r dk:partOf+ <{iri_of("和田地区")}> }}"""
    add("pr24u-region-there-0", "forward_list", ["北京在和田那边对口的地方有哪些"], col(q), q)

    # 派出了哪几座城市: 座 a city's measure
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:programme <{BASE}programme/dongxibu> .
      ?s dk:partOf+ <{iri_of("山东省")}> ; a dk:PrefectureLevelDivision }}"""
    add("pr24u-sent-cities-0", "actor_kind", ["东西部扶贫协作里，山东派出了哪几座城市"], col(q), q)

    # the halves of 既…又, each a programme and the place aided in it: the places' common givers
    for i, (text, a, b, cls) in enumerate([
            ("既援疆帮扶和田地区又援藏帮扶拉萨市的是哪个省市", "和田地区", "拉萨市", "ProvinceRankActor"),
            ("哪些省既在援藏中支援昌都又在援疆中支援哈密", "昌都市", "哈密市", "ProvinceLevelDivision")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?s a dk:{cls} .
          ?p1 a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r1 . ?r1 dk:partOf* <{iri_of(a)}> .
          ?p2 a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r2 . ?r2 dk:partOf* <{iri_of(b)}> }}"""
        add(f"pr24u-halves-{i}", "common_partners", [text], col(q), q)

    # 以前援X 后来换到哪: the giver's partners begun first once its pairing with X ended, in the same programme
    q = f"""SELECT DISTINCT ?r WHERE {{ ?old a dk:PairingRelationship ; dk:supporter <{iri_of("广东省")}> ;
      dk:recipient <{iri_of("哈密市")}> ; dk:endYear ?e ; dk:programme ?g .
      ?p a dk:PairingRelationship ; dk:supporter <{iri_of("广东省")}> ; dk:recipient ?r ; dk:programme ?g ; dk:startYear ?y .
      FILTER(?y >= ?e) FILTER NOT EXISTS {{ ?q a dk:PairingRelationship ; dk:supporter <{iri_of("广东省")}> ; dk:programme ?g ;
        dk:startYear ?y2 FILTER(?y2 >= ?e && ?y2 < ?y) }} }}"""
    add("pr24u-moved-on-0", "takeover", ["广东以前对口哈密，后来换到哪里了"], col(q), q)

    # a year's adjustment of a programme before 之后: the pairings in force after it
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("福建省")}> ; dk:recipient ?r ;
      dk:programme <{BASE}programme/dongxibu> . ?r a dk:ProvinceLevelDivision .
      FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < 2016) }} }}"""
    add("pr24u-adjusted-after-0", "time_scoped", ["2016年调整东西部协作以后，福建对口哪个省"], col(q), q)

    # a place named before 会 (the meeting's word) and again later: the later one is the side
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("佛山市")}> ; dk:recipient ?r .
      ?r dk:partOf+ <{iri_of("汶川县")}> }}"""
    add("pr24u-meeting-place-0", "event_setup", ["2008年那个汶川会 佛山负责汶川哪个镇"], col(q), q, variant="numeral")

    # a span of years with a programme and the region the places asked lie in: begun within the span
    for i, (text, giver, region, cls, a, b) in enumerate([
            ("2013年到2020年间，上海东西部扶贫协作对口贵州的哪些市", "上海市", "贵州省", "PrefectureLevelDivision", 2013, 2020),
            ("2016年至2020年间，广东东西部扶贫协作对口四川的哪些州", "广东省", "四川省", "AutonomousPrefecture", 2016, 2020)]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ;
          dk:programme <{BASE}programme/dongxibu> ; dk:startYear ?y . ?r dk:partOf+ <{iri_of(region)}> ; a dk:{cls} .
          FILTER(?y >= {a} && ?y <= {b}) }}"""
        add(f"pr24u-span-region-{i}", "time_scoped", [text], col(q), q)

    # X市辖区 after a city's name: its districts (not the kind 市辖区 after a question word)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:programme <{BASE}programme/yuanqing> .
      ?s dk:partOf+ <{iri_of("北京市")}> ; a dk:CountyLevelDivision }}"""
    add("pr24u-city-districts-0", "actor_kind", ["参加援青的北京市辖区有哪些"], col(q), q)

    # a dictated topic (names, then 那个 and a pause) whose names are all said again after it
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r .
      ?s dk:partOf+ <{iri_of("福建省")}> ; a dk:PrefectureLevelDivision . ?r dk:partOf* <{iri_of("昌都市")}> }}"""
    add("pr24u-spoken-topic-0", "actor_kind", ["福建昌都那个 福建哪几个市在帮昌都"], col(q), q)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("上海市")}> ; dk:recipient ?r .
      ?r dk:partOf+ <{iri_of("日喀则市")}> ; a dk:CountyLevelDivision }}"""
    add("pr24u-spoken-topic-1", "region_parts", ["上海日喀则那个 上海帮了日喀则哪些县"], col(q), q)

    # a spoken filler opening dictated search words (那个 浙江 援藏 …, 就是说 …) is no unknown name
    q = f"""SELECT ?y WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("浙江省")}> ;
      dk:recipient <{iri_of("那曲市")}> ; dk:startYear ?y }}"""
    add("pr24u-filler-token-0", "start_year", ["那个 浙江 援藏 那曲 是从哪一年开始的"], sorted(set(col(q)))[:1], q)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("深圳市")}> ; dk:recipient ?r ;
      dk:programme <{BASE}programme/yuanjiang> }}"""
    add("pr24u-filler-token-1", "forward_list", ["就是说 深圳对口 哪些地方 援疆的话"], col(q), q)

    # a spoken month between an earthquake and its phase (那个五月份过渡安置)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r ;
      dk:programme <{BASE}programme/wenchuan-guodu> . ?r dk:partOf+ <{iri_of("绵阳市")}> . ?s a dk:ProvinceLevelDivision }}"""
    add("pr24u-phase-month-0", "reverse_list", ["汶川地震那个五月份过渡安置 绵阳是哪几个省在支援"], col(q), q, variant="numeral")


def gen_probe_25w():
    """Kinds of the writers of outside-w (a newspaper fact-checker quoting a manuscript's claims, some wrong on purpose, and
    a retired 援藏 teacher on a forum), found reading the failing questions of its odd half (session 16, issue #15, groups
    pr25w-*), each with phrasings of our own over other names: a quoted claim holding one year, then the right year asked
    (…，实际是哪一年 / 正确的年份应该是) — the claim asked with its year as the question word; a quoted claim in a sentence of
    its own, then a sentence asking in full — that sentence asked alone; 是否只有这N个 after a claim's list as the list
    itself; a claim naming two places, then 应为哪个城市/省 — its last named place asked; 结的对子 as 结对; a few people the asker was with (跟几个老战友聚会) as narration, no count asked. Gold from the
    SPARQL here."""
    # a claim's year wrong or right: the pairing's start year
    for i, (text, giver, place) in enumerate([("报道中说深圳2012年开始对口喀什市，实际是哪一年", "深圳市", "喀什市"),
                                              ("原文写：广东对口支援林芝始于2005年，正确的年份应该是？", "广东省", "林芝市")]):
        q = f"""SELECT ?y WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ;
          dk:recipient <{iri_of(place)}> ; dk:startYear ?y }}"""
        add(f"pr25w-claim-year-{i}", "start_year", [text], sorted(set(col(q))), q)
    # a claim, then a sentence asking in full (or whether the claim's list is whole): that sentence alone
    for i, (text, giver, region, cls) in enumerate([
            ("稿子里写“天津援疆只管和田的一个县”。天津在和田地区对口支援的县有哪些？", "天津市", "和田地区", "CountyLevelDivision"),
            ("文中提到河北在阿里对口噶尔县。请核实河北在阿里地区对口支援的县是否只有这一个。", "河北省", "阿里地区", "CountyLevelDivision")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf+ <{iri_of(region)}> ; a dk:{cls} }}"""
        add(f"pr25w-claim-then-asked-{i}", "forward_list", [text], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient <{iri_of("吐鲁番市")}> .
      ?s a dk:ProvinceLevelDivision }}"""
    add("pr25w-claim-then-asked-2", "reverse_list", ["原文写“湖南对口吐鲁番”。请核实对口支援吐鲁番市的省份是哪个。"], col(q), q)
    # a claim naming two places, then which place it should be: the claim's last named place asked
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient <{iri_of("长春市")}> }}"""
    add("pr25w-claim-name-0", "symmetric", ["稿件称“长春与北京开展对口合作”，应为哪个城市？"], col(q), q)
    for i, (text, place) in enumerate([("原文写“吉林与江苏开展对口合作”，应为哪个省？", "吉林省"),
                                       ("东北对口合作中辽宁省跟哪个省结的对子", "辽宁省")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient <{iri_of(place)}> .
          ?s a dk:ProvinceLevelDivision }}"""
        add(f"pr25w-claim-name-{i + 1}" if i == 0 else "pr25w-pair-said-0", "symmetric", [text], col(q), q)
    # a few people the asker was with, said in the narration before the question (跟几个老战友): no count asked
    for i, (text, giver, region) in enumerate([("前些天和几位老同事吃饭，说到这事，北京在拉萨对口支援哪几个县？", "北京市", "拉萨市"),
                                               ("上周同几个老朋友喝茶聊天，聊起援藏，天津在昌都对口支援的是哪几个县？", "天津市", "昌都市")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf+ <{iri_of(region)}> ; a dk:CountyLevelDivision }}"""
        add(f"pr25w-few-people-{i}", "forward_list", [text], col(q), q)


def gen_probe_26w():
    """Kinds of outside-w found in a second reading of its study half's failing questions (session 16, issue #15, groups
    pr26w-*), each with phrasings of our own over other names: two givers joined, their aid named, then 都 and where it
    went (都去了…哪个地方, 都落在哪个城市) — the places both give to; a change-over said with 从X调整到/调换到 哪里 — the
    giver's next partner. Gold from the SPARQL here."""
    # two givers, 都 and where the aid went: their common partners in the programme
    for i, (text, a, b, prog) in enumerate([("天津和重庆援藏都落到了哪个地区？", "天津市", "重庆市", "对口支援西藏"),
                                            ("想请教一下，福建、广东两省援藏，都去了哪些地方？", "福建省", "广东省", "对口支援西藏")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(a)}> ; dk:recipient ?r ;
          dk:programme ?g . ?p2 a dk:PairingRelationship ; dk:supporter <{iri_of(b)}> ; dk:recipient ?r ; dk:programme ?g .
          ?g rdfs:label "{prog}"@zh }}"""
        add(f"pr26w-common-went-{i}", "common_partners", [text], col(q), q)
    # a change-over said with 调整到 / 调换到: the partner the giver began with the year the old one ended
    for i, (text, giver, old) in enumerate([("无锡的南北挂钩从徐州调整到了哪里？", "无锡市", "徐州市"),
                                            ("珠海东西部扶贫协作从凉山调换到了哪个州？", "珠海市", "凉山彝族自治州")]):
        q = f"""SELECT DISTINCT ?n WHERE {{ ?a a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ;
          dk:recipient <{iri_of(old)}> ; dk:endYear ?y ; dk:programme ?g . ?b a dk:PairingRelationship ;
          dk:supporter <{iri_of(giver)}> ; dk:recipient ?n ; dk:startYear ?y ; dk:programme ?g }}"""
        add(f"pr26w-moved-to-{i}", "takeover", [text], col(q), q)
    # one member named with 方面/这边 in a programme, its side's places of a kind asked: the side its own places take
    for i, (text, member, prog, side) in enumerate([
            ("沪苏浙帮扶皖北那项合作里，浙江这边是哪些城市？", "浙江省", "沪苏浙城市结对合作帮扶皖北城市", "supporter"),
            ("东西部扶贫协作中，广东方面是哪些市？", "广东省", "东西部扶贫协作", "supporter"),
            ("东西部扶贫协作，贵州方面是哪些市州？", "贵州省", "东西部扶贫协作", "recipient")]):
        q = f"""SELECT DISTINCT ?a WHERE {{ ?p a dk:PairingRelationship ; dk:{side} ?a ; dk:programme ?g .
          ?g rdfs:label "{prog}"@zh . ?a dk:partOf+ <{iri_of(member)}> }}"""
        add(f"pr26w-member-side-{i}", "actor_kind", [text], col(q), q)
    # a claimed start year after 始于/开始于/起步于, checked yes or no: the pairing's own start year (not one in force then)
    for i, (text, giver, place, year) in enumerate([
            ("报道里说深圳对口支援喀什市始于2010年，这个说法对吗？", "深圳市", "喀什市", 2010),
            ("文中写道：广东对口支援林芝开始于2005年，是否属实？", "广东省", "林芝市", 2005),
            ("有人说天津对口支援昌都起步于1995年，是这样吗？", "天津市", "昌都市", 1995),
            ("样稿称北京对口支援拉萨始于2001年，是否属实？", "北京市", "拉萨市", 2001)]):
        q = f"""ASK {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ; dk:startYear {year} . ?r dk:partOf? <{iri_of(place)}>
          FILTER NOT EXISTS {{ ?o dk:supporter <{iri_of(giver)}> ; dk:recipient ?r0 ; dk:startYear ?s . ?r0 dk:partOf? <{iri_of(place)}>
          FILTER(?s < {year}) }} }}"""
        add(f"pr26w-claimed-start-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q)
    # a mechanism's term asked, then the value the asker remembers (那时候是两年，现在还是吗): no period of the facts
    for i, (text, slug) in enumerate([("援疆干部每批在疆干几年？我们那时候是两年，现在还是这样吗？", "yuanjiang"),
                                      ("援藏干部一批要在藏待几年？我记得当初是两年。", "yuanzang")]):
        q = f"""SELECT DISTINCT ?v WHERE {{ ?f a dk:CadreTerm ; dk:aboutProgramme <{BASE}programme/{slug}> ; dk:value ?v ;
          dk:verificationStatus dk:Verified }}"""
        add(f"pr26w-term-remembered-{i}", "mechanism", [text], col(q), q)
    # a few places remembered in the narration (记得/印象中…几个县。), then the question asked in full: no count asked
    for i, (text, giver, region) in enumerate([
            ("我当年在昌都的时候，隔壁住着天津来的援藏干部，印象中他们管着几个县。天津在昌都援的是哪几个县？", "天津市", "昌都市"),
            ("我们单位有个老同事当年去过日喀则，记得是在西边的几个县待过。吉林在日喀则对口支援哪几个县？", "吉林省", "日喀则市")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf+ <{iri_of(region)}> ; a dk:CountyLevelDivision }}"""
        add(f"pr26w-few-remembered-{i}", "forward_list", [text], col(q), q)
    # a share written in words (两个百分之八十, as the facts write 80%), asked what it means: the rule's own formula
    q = f"""SELECT ?v WHERE {{ ?f a dk:ManagementRule ; dk:aboutProgramme <{BASE}programme/yuanzang> ; dk:practice ?v ;
      rdfs:label ?l FILTER(CONTAINS(?l, "80%")) }}"""
    add("pr26w-share-in-words", "mechanism", ["听说援藏资金有“两个百分之八十”的说法，这是什么意思？"], col(q), q)
    # the way a rule works asked (按什么方式, 采用什么样的办法): its short formula (dk:practice), not the whole principle
    q = f"""SELECT ?v WHERE {{ ?f a dk:ManagementRule ; dk:aboutProgramme <{BASE}programme/yuanzang> ; dk:practice ?v ;
      dk:mechanism <{BASE}mechanism/ganbu-rencai> }}"""
    add("pr26w-way-asked", "mechanism", ["当年援藏干部是采用什么样的办法选派的？"], col(q), q)
def gen_probe_26p():
    """Kinds of the writers of outside-p/o/u/s (session 17, issue #15, groups pr26p-*), found reading the failing questions
    of their studied halves, each with phrasings of our own over other names: a pairing's start year asked where the
    year is only an unverified row's (the pairing itself verified by a source giving no year: the book's table of
    contents) — no_fact; a length asked in months (驻点几个月, 驻点时间不少于多久) — the figure in months; a length in years
    asked beside the asker's own (我们那批是3年) — the term, not a three-year period; the programme's rule asked as its
    方针 or 规矩, or as its formula of N characters (那个十二个字的); the bodies that select cadres asked with their rule's
    principle (由哪些部门选派，坚持什么原则); after a point in time, those who began then to support a place (…以后，有哪些
    省市开始对口支援X: newcomers to it); places ranked by their partners named as the east's side (东部结对省市最多);
    places of one kind within a region ranked by givers of two kinds joined (X各地市中，哪个获得最多省市与企业对口支援).
    Gold from the SPARQL here."""
    # a start year only an unverified row gives: no_fact (and a verified one still answered)
    for i, (text, giver, place, variant) in enumerate([
            ("证监会帮扶南康区始于哪一年", "中国证券监督管理委员会", "南康区", "plain"),
            ("国台办哪一年起对口定南县？", "国务院台湾事务办公室", "定南县", "traditional"),
            ("湖北省从哪年开始对口支援山南市", "湖北省", "山南市", "plain"),
            ("上海对口支援云南是哪一年开始的", "上海市", "云南省", "plain")]):
        q = f"""SELECT (MIN(?y) AS ?v) WHERE {{ ?p dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> ; dk:startYear ?y
          FILTER NOT EXISTS {{ ?p dk:startYearStatus dk:UnverifiedYear }} FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }} }}"""
        gold = [v for v in col(q) if v is not None]
        add(f"pr26p-year-unverified-{i}", "since_when" if gold else "unanswerable", [text], gold, q,
            answerable=bool(gold), expected="ok" if gold else "no_fact", variant=variant)
    # a length in months: the figure whose unit is months
    q = "SELECT DISTINCT ?v WHERE { ?f a dk:TalentTeam ; dk:unit dk:MonthUnit ; dk:value ?v ; dk:verificationStatus dk:Verified }"
    add("pr26p-months", "mechanism", ["新疆贫困县医院的对口帮扶里，下派骨干至少要驻点几个月",
                                      "援疆 大医院帮扶县医院 派驻的人驻点多少个月"], col(q), q)
    # the asker's own length beside the term asked: the term
    for i, (text, key) in enumerate([("援藏干部每批在藏几年？我记得是两年", "yuanzang"), ("援疆干部一批干几年 我们那批是3年", "yuanjiang")]):
        q = f"""SELECT DISTINCT ?v WHERE {{ ?f a dk:CadreTerm ; dk:aboutProgramme <{BASE}programme/{key}> ; dk:value ?v ;
          dk:verificationStatus dk:Verified }}"""
        add(f"pr26p-term-{i}", "mechanism", [text], col(q), q)
    # a programme's rule asked as its 方针 or 规矩, or by its formula's length
    q = f"""SELECT DISTINCT ?w WHERE {{ ?f a dk:ManagementRule ; dk:aboutProgramme <{BASE}programme/yuanzang> ;
      dk:mechanism <{BASE}mechanism/ganbu-rencai> ; dk:practice ?w }}"""
    add("pr26p-formula", "mechanism", ["对口援藏干部选派那个十二个字的方针是什么"], col(q), q)
    q = f"""SELECT DISTINCT ?f WHERE {{ ?f a dk:ManagementRule ; dk:aboutProgramme <{BASE}programme/yuanzang> ;
      dk:mechanism <{BASE}mechanism/ganbu-rencai> ; dk:practice ?w FILTER(CONTAINS(?w, "轮换")) }}"""
    add("pr26p-rule-word", "mechanism", ["援藏干部选派轮换有什么规矩"], col(q), q)
    # the selecting bodies asked with their rule's principle: the bodies
    q = f"""SELECT DISTINCT ?a WHERE {{ ?f a dk:ManagementRule ; dk:aboutProgramme <{BASE}programme/yuanqing> ;
      dk:mechanism <{BASE}mechanism/ganbu-rencai> ; dk:responsible ?a }}"""
    add("pr26p-who-principle", "mechanism", ["援青干部人才由哪些部门选派，坚持什么原则"], col(q), q)
    # after a point in time, those who began then to support the place itself (their first pairing with it from then on)
    for i, (text, place, year) in enumerate([("第五次西藏工作座谈会以后，有哪些省市开始对口支援昌都？", "昌都市", 2010),
                                             ("2010年以后有哪些省市开始对口支援和田地区", "和田地区", 2010)]):
        q = f"""SELECT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient <{iri_of(place)}> ; dk:startYear ?y .
          ?s a dk:ProvinceRankActor FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }} }} GROUP BY ?s HAVING(MIN(?y) >= {year})"""
        add(f"pr26p-began-after-{i}", "reverse_list", [text], col(q), q)
    # places ranked by their partners named as the east's side (a province's team member counts as its province)
    q = f"""SELECT ?r WHERE {{ {{ SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:programme <{BASE}programme/dongxibu> ;
          dk:recipient ?r ; dk:supporter ?member . {TEAM_GIVER} ?r a dk:ProvinceLevelDivision . ?s a dk:ProvinceRankActor }}
          GROUP BY ?r }} }} ORDER BY DESC(?n) LIMIT 1"""
    add("pr26p-east-side", "superlative", ["东西部扶贫协作中，哪个西部省区的东部结对省市最多"], col(q), q)
    # a source the asker cites before two actors listed as the subject (新闻里说X和Y…): each asked in turn
    q = f"""SELECT DISTINCT ?r WHERE {{ VALUES ?s {{ <{iri_of("上海市")}> <{iri_of("江苏省")}> }}
      ?p dk:supporter ?s ; dk:recipient ?r ; dk:programme <{BASE}programme/yuanqing> }}"""
    add("pr26p-cited-subjects", "forward_list", ["新闻里说上海和江苏援青对口的是哪些地方"], col(q), q)
    # places of one kind within a region, ranked by givers of two kinds joined (a place's givers are its own and its
    # parts': the roll-up convention)
    q = f"""SELECT ?r WHERE {{ {{ SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:recipient ?at ; dk:supporter ?member .
          ?at dk:partOf? ?r .
          {TEAM_GIVER} ?r a dk:PrefectureLevelDivision ; dk:partOf <{iri_of("新疆维吾尔自治区")}> .
          {{ ?s a dk:ProvinceRankActor }} UNION {{ ?s a dk:CentralEnterprise }} }} GROUP BY ?r }}
          {{ SELECT (MAX(?m) AS ?top) WHERE {{ {{ SELECT ?r2 (COUNT(DISTINCT ?s2) AS ?m) WHERE {{ ?p2 dk:recipient ?at2 ;
          dk:supporter ?member2 . ?at2 dk:partOf? ?r2 . OPTIONAL {{ ?p2 dk:supporterTeam ?team2 }} BIND(COALESCE(?team2, ?member2) AS ?s2)
          ?r2 a dk:PrefectureLevelDivision ; dk:partOf <{iri_of("新疆维吾尔自治区")}> .
          {{ ?s2 a dk:ProvinceRankActor }} UNION {{ ?s2 a dk:CentralEnterprise }} }} GROUP BY ?r2 }} }} }}
          FILTER(?n = ?top) }}"""
    add("pr26p-joined-givers", "superlative", ["新疆各地州中，哪个获得最多省市与企业对口支援？"], col(q), q)
def gen_probe_26r():
    """Questions typed or dictated with no punctuation at all (session 16, issue #15, the perturbation probe's nopunct
    class; groups pr26r-*), phrasings of our own over other names: where a mark would stand, the words say it — a closing
    吗 or 呀/啊 followed by a second sentence, the asker's remark after the asking clause (我记得…), a guess offered after it
    (…的是北京吗), a time clause closed by 时, a change of giver told in two clauses (…由X支援到了…改由), an introduction
    (我是X的想问下…除了我们这儿…), the Corps asked after (…兵团那边是哪个师), a region as the topic before two givers
    (在日喀则上海和山东…), a name said twice (…在拉萨拉萨是…), a programme's name then a giver. Gold from the SPARQL here."""
    xz = iri_of("西藏自治区")
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of("广东省")}> ; dk:recipient ?r . ?r dk:partOf? <{xz}> }}"""
    add("pr26r-particle-then-sentence-0", "rollup", ["广东援藏的对象变过吗它先后支援过西藏哪些地方"], col(q), q)
    q = f"""SELECT (MIN(?y) AS ?m) WHERE {{ ?p dk:programme <https://w3id.org/duikou/programme/yuanzang> ;
      dk:supporter <{iri_of("湖南省")}> ; dk:startYear ?y FILTER NOT EXISTS {{ ?p dk:verificationStatus dk:Unverified }}
      FILTER NOT EXISTS {{ ?p dk:startYearStatus dk:UnverifiedYear }} }}"""
    add("pr26r-remark-after-0", "since_when", ["湖南从哪一年开始援藏的我记得是九几年"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:recipient <{iri_of("阿克苏地区")}> ; dk:supporter ?s .
      ?s a dk:ProvinceLevelDivision }}"""
    add("pr26r-remark-after-1", "reverse_list", ["阿克苏地区是哪个省市在援疆我记得是浙江啊"], col(q), q)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of("福建省")}> ; dk:recipient ?r ; dk:startYear 1996 ;
      dk:programme <https://w3id.org/duikou/programme/dongxibu> . ?r a dk:ProvinceLevelDivision . }}"""
    add("pr26r-time-clause-0", "time_scoped", ["1996年东西扶贫协作结对确定时福建帮扶的是哪个省"], col(q), q)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:supporter <{iri_of("杭州市")}> ; dk:recipient ?r .
      ?p dk:programme <https://w3id.org/duikou/programme/dongxibu> . FILTER(?r != <{iri_of("恩施土家族苗族自治州")}>)
      FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"""
    add("pr26r-introduced-0", "forward_list", ["我是恩施的想问下杭州除了我们这儿东西部协作还帮扶了哪里"], col(q), q)
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p dk:programme <https://w3id.org/duikou/programme/yuanjiang> ;
      dk:supporter <{iri_of("浙江省")}> ; dk:recipient ?r . FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }}
      FILTER(EXISTS {{ ?r a dk:XPCCDivision }} || NOT EXISTS {{ ?r a dk:XPCCUnit }} && EXISTS {{ ?r a dk:PrefectureLevelDivision }}) }}"""
    add("pr26r-corps-after-0", "forward_list", ["浙江援疆对口哪个地区兵团那边是哪个师也一并列一下"], col(q), q)
    for i, (text, a, b, region) in enumerate([("在阿里地区河北对口的县与陕西相比哪个多", "河北省", "陕西省", "阿里地区")]):
        q = f"""SELECT ?a (COUNT(DISTINCT ?r) AS ?n) WHERE {{ VALUES ?a {{ <{iri_of(a)}> <{iri_of(b)}> }}
          {{ ?p dk:supporter ?a }} UNION {{ ?p dk:supporterTeam ?a }} ?p dk:recipient ?r . ?r dk:partOf* <{iri_of(region)}> .
          ?r a dk:CountyLevelDivision . }} GROUP BY ?a"""
        counts = dict(rows(q))
        add(f"pr26r-region-topic-{i}", "comparison", [text], [s for s, n in counts.items() if n == max(counts.values())], q)
def gen_probe_26y():
    """Kinds of the writers of outside-y (a netizen arguing in a comment thread, and a retired 广州 街坊 mixing Cantonese
    into written Chinese), found reading the failing questions of its odd half (session 17, issue #15, groups pr26y-*),
    each with phrasings of our own over other names: 系 the Cantonese copula in simplified characters and 边年 / 边两个 /
    上海边个区 (which) as Mandarin; a first segment asking in Cantonese read alone; a guess offered after the question and
    checked (…？楼上话系X，系唔系真？, …？2001？？不对吧, 别告诉我是X) — the question alone, a guess naming something we do not hold
    still refused; a level word as the subject after 的 (参与的省有哪几个); 派 bare before the giver's parts asked (派边几个市落去包县);
    从X手里接过 as a takeover (and the same supporter kept from one stage to the next); an arrow (过渡安置X→重建谁) as 换成; 完了之后 ending a phase; a place's own name at the edge of a
    loosely named programme (汶川县过渡安置); X+Y as X和Y; a count asked, then the names (一共几家？列名字) as the list; a start year claimed and checked (援青难道不是2010年开始的吗, 不就是…嘛);
    木有/神马/咋 as 没有/什么/怎么; cadres' promotion (提拔, 晋升) refused as a figure the graph does not hold; 点解 (why) refused.
    Gold from the SPARQL here."""
    def within_kind(giver, region, cls):
        return f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf+ <{iri_of(region)}> ; a dk:{cls} }}"""
    # 系 the copula, 边年 which year: a pairing's start year
    for i, (text, giver, place) in enumerate([("广东对口支援林芝系边年开始㗎？", "广东省", "林芝市"),
                                              ("深圳对口喀什市系边一年起步嘅？", "深圳市", "喀什市")]):
        q = f"""SELECT ?y WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ;
          dk:recipient <{iri_of(place)}> ; dk:startYear ?y }}"""
        add(f"pr26y-copula-year-{i}", "start_year", [text], sorted(set(col(q))), q)
    # 边两个 / 边几个 after a name (福建…边两个市): the places of that level asked
    q = within_kind("福建省", "西藏自治区", "PrefectureLevelDivision")
    add("pr26y-which-two-0", "forward_list", ["福建援藏包咗西藏边两个市呀？"], col(q), q)
    q = within_kind("天津市", "和田地区", "CountyLevelDivision")
    add("pr26y-which-two-1", "forward_list", ["天津援疆，和田下面佢负责边几个县呀？"], col(q), q)
    # a guess after the question, checked: the question alone
    q = within_kind("山东省", "西藏自治区", "PrefectureLevelDivision")
    add("pr26y-guess-0", "forward_list", ["山东援藏到底包咗西藏边个地市啊？我老公话系林芝，系唔系真㗎？"], col(q), q)
    q = f"""SELECT ?y WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("广东省")}> ;
      dk:recipient <{iri_of("林芝市")}> ; dk:startYear ?y }}"""
    add("pr26y-guess-1", "start_year", ["广东援林芝是哪年开始的？2010？？不对吧"], sorted(set(col(q))), q)
    q = within_kind("天津市", "青海省", "AutonomousPrefecture")
    add("pr26y-guess-2", "forward_list", ["天津援青对口的是青海哪个州？别告诉我是果洛哈"], col(q), q)
    add("pr26y-guess-refused-0", "unanswerable", ["深圳援疆对口的是新疆哪个地区？楼上说是瓦坎达，对不对？"], [], "",
        answerable=False, expected="no_entity")
    # a level said as the subject after 的, then asked (参与的省有哪几个)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:programme <{BASE}programme/yuanqing> ; dk:supporter ?s .
      ?s a dk:ProvinceLevelDivision }}"""
    add("pr26y-level-subject-0", "programme_members", ["援青嗰阵，出力嘅省有边几个？"], col(q), q)
    # 派 bare, the giver's parts sent (派边几个市落去包县)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:programme <{BASE}programme/yuanzang> ; dk:supporter ?s ;
      dk:recipient ?r . ?s dk:partOf <{iri_of("江苏省")}> . ?r a dk:CountyLevelDivision }}"""
    add("pr26y-sent-parts-0", "actor_kind", ["援藏的时候江苏派哪几个市去包县？"], col(q), q)
    # 从X手里接过, an arrow, 完了之后: who took over in the reconstruction
    def rebuilt(place):
        return f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:programme <{BASE}programme/wenchuan-chongjian> ;
          dk:recipient <{iri_of(place)}> ; dk:supporter ?s . ?s a dk:ProvinceLevelDivision }}"""
    add("pr26y-takeover-0", "takeover", ["理县从福建手里接过重建任务的是哪个省？"], col(rebuilt("理县")), rebuilt("理县"))
    add("pr26y-takeover-1", "takeover", ["彭州市：过渡安置湖南→重建边个？？"], col(rebuilt("彭州市")), rebuilt("彭州市"))
    add("pr26y-takeover-2", "takeover", ["茂县过渡安置搞完之后，重建系边个省接手？"], col(rebuilt("茂县")), rebuilt("茂县"))
    # the same supporter kept from the interim stage to the reconstruction: that supporter, unchanged
    add("pr26y-takeover-kept-0", "takeover", ["青川县过渡安置完咗之后，重建系边个省接手？换咗人未？"], col(rebuilt("青川县")),
        rebuilt("青川县"))
    # X+Y as X和Y: a place and its parts
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:programme <{BASE}programme/yuanzang> ; dk:supporter ?s ;
      dk:recipient ?r . ?r dk:partOf* <{iri_of("阿里地区")}> . ?s a dk:ProvinceLevelDivision }}"""
    add("pr26y-plus-0", "region_parts", ["阿里地区+下面的县，援藏的省有哪些？"], col(q), q)
    # a count asked, then the names (一共几家？列名字): the list
    add("pr26y-count-then-names-0", "region_parts", ["阿里地区以及下面的县，援藏嘅省一共几个？列名字"], col(q), q)
    q = within_kind("天津市", "新疆维吾尔自治区", "CountyLevelDivision")
    add("pr26y-count-then-names-1", "forward_list", ["天津援疆总共有几个县，分别是哪些"], col(q), q)
    # a programme's start year claimed and checked (难道…不是…吗, 不就是…嘛, 系唔系): yes or no by the start year
    for i, (text, prog, year) in enumerate([("援青难道不是2010年开始的吗？？", "yuanqing", 2010),
                                            ("三峡对口支援系唔系1995年开始㗎？", "sanxia", 1995),
                                            ("东西扶贫协作不就是1996年启动的嘛", "dongxibu", 1996)]):
        q = f"""SELECT ?y WHERE {{ <{BASE}programme/{prog}> dk:startYear ?y }}"""
        add(f"pr26y-start-checked-{i}", "yes_no", [text], [year in col(q)], q)
    # internet slang: 木有 没有, 神马 什么
    q = f"""SELECT ?p WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("天津市")}> ;
      dk:recipient <{iri_of("黄南藏族自治州")}> }}"""
    add("pr26y-slang-0", "yes_no", ["天津援青有木有对口黄南？？"], [bool(col(q))], q)
    # more Cantonese words: 乜 / 咩 before a noun (what), 啲 after a noun (的), 啱唔啱 (对不对), 同埋 (和)
    q = within_kind("上海市", "日喀则市", "CountyLevelDivision")
    add("pr26y-cantonese-0", "forward_list", ["上海援藏喺日喀则帮乜县？"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:programme <{BASE}programme/yuanqing> ; dk:supporter ?s .
      ?s a dk:Municipality }}"""
    add("pr26y-cantonese-1", "programme_members", ["援青啲省市入面，边啲系直辖市？"], col(q), q)
    q = f"""SELECT ?p WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("浙江省")}> ;
      dk:recipient <{iri_of("阿克苏地区")}> }}"""
    add("pr26y-cantonese-2", "yes_no", ["浙江援疆对口阿克苏，啱唔啱？"], [bool(col(q))], q)
    # cadres' promotion after their term (提拔, 晋升): a figure the graph does not hold, refused
    for i, text in enumerate(["援青干部期满返回后，有几成得到提拔？", "援疆干部回去以后晋升的比例系几多？", "点解天津要帮昌都？"]):
        add(f"pr26y-refused-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_template")
def gen_probe_26x():
    """Kinds of the writers of outside-x (a think-tank intern typing chatbot-style prompts, a 西部计划 volunteer typing
    space-separated keyword strings), found reading the failing questions of its odd half (session 17, issue #15, groups
    pr26x-*), each with phrasings of our own over other names: output instructions (不要解释, 只列名字, 一句话回答, 只答是或否,
    按时间顺序列出) asking nothing; 现在还和X搞…吗 as in force now; 都 typed apart (湘 皖 都 援藏); a place and its parts
    typed apart (X 及 下属县, X 本身 加 各县, X 市和县) or joined to a roll-up's 对口方; 开始 年 / 起始 as a keyword query's start
    asked; 受援 州 (the 自治州); 派的/出力的 + a kind (the giver's own places sent); 是跟哪个东部省份配对的 (the partner); a
    supporter's next partner asked by a place word after a disaster's stage changed (从X换成了哪里, 先管X…后来接手的是哪个县);
    a set-aside lead before 我只问; 城市 as a keyword query's last token; a noun phrase (…的结对省份) closing a prompt
    with no word that asks; a year token beside a roll-up (X 各县 … 2015); a
    foreign place after 援/从, or as a keyword token of its own, refused. Gold from the SPARQL here."""
    def province_supporters(place: str, cls: str = "ProvinceLevelDivision") -> tuple[list, str]:
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r .
          ?r dk:partOf* <{iri_of(place)}> . ?s a dk:{cls} }}"""
        return col(q), q
    # output instructions: the question without them
    gold, q = province_supporters("林芝市")
    add("pr26x-instruction-0", "reverse_list", ["请按时间顺序列出对口支援林芝市的省份，不要解释。"], gold, q)
    gold, q = province_supporters("那曲市", "ProvinceRankActor")
    add("pr26x-instruction-1", "reverse_list", ["哪些省市对口支援那曲市？只列名字。"], gold, q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient <{iri_of("黑龙江省")}> .
      ?s a dk:ProvinceLevelDivision }}"""
    add("pr26x-instruction-2", "symmetric", ["对口合作里，黑龙江是跟哪个东部省份配对的？一句话回答。"], col(q), q)
    # still in force now, the partner before the verb (现在还和X搞…吗)
    for i, (text, giver, place, prog) in enumerate([
            ("福建现在还和宁夏搞东西部扶贫协作吗？只答是或否。", "福建省", "宁夏回族自治区", "dongxibu"),
            ("北京目前还跟什邡搞对口支援吗", "北京市", "什邡市", None)]):
        q = f"""ASK {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> .
          {f"?p dk:programme <{BASE}programme/{prog}> ." if prog else ""} FILTER NOT EXISTS {{ ?p dk:endYear ?e }} }}"""
        add(f"pr26x-still-now-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q)
    # 都 typed apart: the common partners
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("湖南省")}> ; dk:recipient ?r ;
      dk:programme <{BASE}programme/yuanzang> . ?p2 a dk:PairingRelationship ; dk:supporter <{iri_of("安徽省")}> ; dk:recipient ?r ;
      dk:programme <{BASE}programme/yuanzang> . ?r a dk:PrefectureLevelDivision }}"""
    add("pr26x-both-spaced-0", "common_partners", ["湘 皖 都 援藏 的 地市"], col(q), q)
    # a place and its parts typed apart: the place itself with its parts
    for i, (text, place, prog) in enumerate([("玉树州 及 下属县 援青 支援方", "玉树藏族自治州", "yuanqing"),
                                             ("阿里地区 本身 加 各县 援藏 支援方", "阿里地区", "yuanzang")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r ;
          dk:programme <{BASE}programme/{prog}> . ?r dk:partOf? <{iri_of(place)}> FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
        add(f"pr26x-parts-spaced-{i}", "region_parts", [text], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r ;
      dk:programme <{BASE}programme/yuanzang> . ?r dk:partOf? <{iri_of("昌都市")}> FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    add("pr26x-parts-spaced-3", "region_parts", ["昌都 市和县 援藏 支援方"], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r .
      ?r dk:partOf? <{iri_of("果洛藏族自治州")}> }}"""
    add("pr26x-parts-spaced-2", "region_parts", ["果洛州及下属县 对口单位"], col(q), q)
    # the start asked by a keyword query's last words
    for i, (text, giver, place) in enumerate([("浙江 援 阿克苏 开始 年", "浙江省", "阿克苏地区"),
                                              ("沪 援 日喀则 起始", "上海市", "日喀则市")]):
        q = f"""SELECT (MIN(?y) AS ?first) WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ;
          dk:recipient <{iri_of(place)}> ; dk:startYear ?y }}"""
        add(f"pr26x-start-keyword-{i}", "start_year", [text], col(q), q)
    # 受援 州 typed apart: the programme's receiving autonomous prefectures
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:recipient ?r ; dk:programme <{BASE}programme/yuanjiang> .
      ?r a dk:AutonomousPrefecture }}"""
    add("pr26x-received-kind-0", "programme_members", ["援疆 受援 州"], col(q), q)
    # 派的 / 出力的 + a kind: the giver's own places of that kind sent to the place
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r ;
      dk:programme <{BASE}programme/yuanzang> . ?r dk:partOf* <{iri_of("山南市")}> . ?s dk:partOf <{iri_of("湖南省")}> ;
      a dk:City FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    add("pr26x-sent-kind-0", "actor_kind", ["湖南 援藏 山南 出力的 市"], col(q), q)
    # a supporter's next partner after a disaster's stage changed, asked by a place word
    for i, (text, giver, place) in enumerate([
            ("汶川地震灾后恢复重建时，吉林对口的地方从平武县换成了哪里？", "吉林省", "平武县"),
            ("汶川地震后山西先管郫都区，后来恢复重建阶段山西接手的是哪个县？", "山西省", "郫都区")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ;
          dk:programme <{BASE}programme/wenchuan-chongjian> FILTER(?r != <{iri_of(place)}>) }}"""
        add(f"pr26x-retasked-place-{i}", "takeover", [text], col(q), q)
    # a set-aside lead before 我只问: the question after it
    gold, q = province_supporters("昌都市")
    add("pr26x-set-aside-lead-0", "reverse_list", ["先别管援疆那一块，我只问：哪些省份对口支援昌都市？"], gold, q)
    # a year token beside a roll-up (X 各县 … 2015): the parts' supporters in force that year
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r ;
      dk:programme <{BASE}programme/yuanjiang> ; dk:startYear ?y . ?r dk:partOf <{iri_of("阿克苏地区")}>
      FILTER(?y <= 2015) FILTER NOT EXISTS {{ ?p dk:endYear ?e FILTER(?e < 2015) }} }}"""
    add("pr26x-rollup-year-0", "reverse_list", ["阿克苏地区 各县 援疆 支援方 2015"], col(q), q)
    # a foreign place after 援 or 从, before a question word or a verb of change: a name we do not hold, refused
    # (and a keyword query's token of its own that is a foreign place: 广东 援藏 伦敦 县)
    for i, text in enumerate(["浙江援墨尔本哪年开始", "天津对口的地方从芝加哥换成了哪个县", "广东 援藏 伦敦 县"]):
        add(f"pr26x-not-held-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_entity")
    # a noun phrase closing a prompt with no word that asks (…的结对省份): the list it names
    for i, (text, place) in enumerate([("闽宁协作中宁夏的对口省份", "宁夏回族自治区"), ("鲁渝协作里重庆的结对省份", "重庆市")]):
        q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r ;
          dk:programme <{BASE}programme/dongxibu> . ?r dk:partOf* <{iri_of(place)}> . ?s a dk:ProvinceLevelDivision }}"""
        add(f"pr26x-noun-phrase-ask-{i}", "reverse_list", [text], col(q), q)
    # a 组团式 team typed as keywords, a few words between the profession and 组团 (教师 成批 组团): when it began
    q = f"""SELECT (MIN(?s) AS ?v) WHERE {{ ?f a dk:TalentTeam ; dk:teamKind dk:EducationTeam ;
      dk:aboutProgramme <{BASE}programme/yuanzang> ; dk:startYear ?s }}"""
    add("pr26x-team-spaced-0", "mechanism", ["教师 成批 组团 进藏 哪年 开始"], col(q), q)
    # 城市 a keyword query's last token: the cities asked
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ;
      dk:programme <{BASE}programme/dongbei-hezuo> }}"""
    add("pr26x-city-token-0", "programme_members", ["东北对口合作 东部这边 城市"], only_cities(col(q)), q)


def gen_probe_27m():
    """Kinds of the mechanism and event questions of the studied halves (session r2, issue #15, groups pr27m-*), each a
    phrasing of our own: the body an event set up asked by what it does (…成立的、负责…的机构叫什么; only one event with
    dk:setsUp is recorded, so the same event in other words); the mechanism a plan asked to form (形成/建立什么样的机制)
    — here 闽宁's, not the 东北 plan's; a terse question ending on a formula's length (N个字) — 闽宁's 每年一次, not the
    援藏 cadres' twelve characters. Gold from the SPARQL here."""
    q = """SELECT DISTINCT ?b WHERE { ?e dk:setsUp ?b ; dk:year 1986 }"""
    add("pr27m-set-up-named-0", "stage_event", ["国务院一九八六年设立的、专门抓扶贫开发的那个领导小组叫什么"], col(q), q)
    q = """SELECT ?v WHERE { ?f a dk:ManagementRule ; rdfs:label ?l ; dk:principle ?v FILTER(CONTAINS(?l, "闽宁")) }"""
    add("pr27m-mechanism-formed-0", "mechanism", ["闽宁协作建立了什么样的机制？"], col(q), q)
    # a terse question ending on the formula's length (…十二个字): the rule's own short formula (dk:practice)
    q = """SELECT ?v WHERE { ?f a dk:ManagementRule ; rdfs:label ?l ; dk:practice ?v FILTER(CONTAINS(?l, "闽宁")) }"""
    add("pr27m-formula-length-0", "mechanism", ["闽宁 联席会议 四个字"], col(q), q)
def gen_probe_27r():
    """Names abroad that the segmenter does not tag as places (仁川, 首尔: it reads 首尔 as an adverb) or that a name of
    ours is linked from inside (京 of 京都府), found by foreign_places.yaml (CLDR's exemplar cities, ISO 3166-2's
    subdivisions) beside countries.yaml (session 27, issue #15 item 10): beside a real name, as the asked place, as the
    second party of a pairing asked after. Refused (no_entity), never answered for the real name alone."""
    for i, text in enumerate(["仁川和天津是对口合作关系吗？", "辽宁和札幌结对了吗？", "哪些省对口支援了清迈？",
                              "上海和雅加达分别对口支援哪些地方？", "京都府对口支援了哪些县？", "吉林与里斯本有对口合作关系吗？",
                              "江苏对口支援的地方里有没有胡志明市？", "谁在帮扶孟买？"]):
        add(f"pr27r-abroad-{i}", "unanswerable", [text], [], "", answerable=False, expected="no_entity")
def gen_probe_27s():
    """Superlatives over either side (session 17, issue #15 item 6, groups pr27s-*), phrasings of our own over other names
    than the failing questions: a ranking (最多/最少) over actors the question names one after another as the choices
    (上海、天津、辽宁…哪家…最多) — each choice's partners of the kind asked counted (a province's team members counting as
    the province), the largest (smallest) answered; the receiving side of 东西部 ranked by the east's partners counted
    (西部哪个省…对口的东部城市最多); clauses each naming a giver and its place, then a ranking pointed back at them
    (…，这三家中谁…最少) — each giver counted in its own place; a roster's kind, a counted kind, then the kind asked
    (援藏省市中，对口的县最多的是哪个省) — the roster only where the asked kind is sought; a giver's parts with no 的
    (上海区县支援最多的县) — the parts give. Gold from the SPARQL here."""
    for i, (text, prog, givers, pick) in enumerate([
            ("援藏的上海、天津、辽宁，哪家对口的县最多？", "yuanzang", ("上海市", "天津市", "辽宁省"), max),
            ("天津、辽宁、上海三家援藏，谁对口的县最少？", "yuanzang", ("天津市", "辽宁省", "上海市"), min),
            ("上海、天津和安徽援疆，哪个对口的县最多", "yuanjiang", ("上海市", "天津市", "安徽省"), max)]):
        counts = {}
        for g in givers:
            q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p a dk:PairingRelationship ; dk:recipient ?r ;
              dk:programme <{BASE}programme/{prog}> . {{ ?p dk:supporter <{iri_of(g)}> }} UNION
              {{ ?p dk:supporterTeam <{iri_of(g)}> }} ?r a dk:CountyLevelDivision }}"""
            counts[iri_of(g)] = col(q)[0]
        best = pick(counts.values())
        add(f"pr27s-choices-ranked-{i}", "superlative", [text], sorted(k for k, n in counts.items() if n == best), q)
    # clauses each naming a giver and its place, then 这三家中谁…最少: each giver counted in its own place
    for i, (text, pairs, pick) in enumerate([
            ("上海援藏在日喀则，天津在昌都，辽宁在那曲，这三家中谁对口的县最少？",
             (("上海市", "日喀则市"), ("天津市", "昌都市"), ("辽宁省", "那曲市")), min),
            ("上海援疆在喀什，天津援疆在和田，两家里哪家对口的县最多", (("上海市", "喀什地区"), ("天津市", "和田地区")), max)]):
        counts = {}
        for g, place in pairs:
            q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p a dk:PairingRelationship ; dk:recipient ?r .
              {{ ?p dk:supporter <{iri_of(g)}> }} UNION {{ ?p dk:supporterTeam <{iri_of(g)}> }}
              ?r a dk:CountyLevelDivision ; dk:partOf+ <{iri_of(place)}> }}"""
            counts[iri_of(g)] = col(q)[0]
        best = pick(counts.values())
        add(f"pr27s-clauses-ranked-{i}", "superlative", [text], sorted(k for k, n in counts.items() if n == best), q)
    # a roster's kind (省市里/当中), a counted kind, then the kind the question word asks (哪个省): the roster is only where
    # the asked kind is sought
    for i, (text, prog) in enumerate([("援藏省市中，对口的县最多的是哪个省", "yuanzang"),
                                      ("援疆的省市当中，结对的县最多的是哪个省", "yuanjiang")]):
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p a dk:PairingRelationship ; dk:recipient ?r ; dk:supporter ?s ;
          dk:programme <{BASE}programme/{prog}> . ?s a dk:ProvinceLevelDivision . ?r a dk:CountyLevelDivision
          FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }} GROUP BY ?s"""
        found = rows(q)
        add(f"pr27s-roster-asked-{i}", "superlative", [text], sorted(s for s, n in found if n == max(n for _, n in found)), q)
    # a giver's parts said with no 的 (上海区县支援最多的县): the parts give, their recipients ranked by how many parts
    for i, (text, giver, prog) in enumerate([("对口援疆中，上海区县支援最多的县是哪个", "上海市", "yuanjiang"),
                                             ("援青工作里，北京区县对口最多的县是哪个", "北京市", "yuanqing")]):
        q = f"""SELECT ?r (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?d ; dk:recipient ?r ;
          dk:programme <{BASE}programme/{prog}> . ?d dk:partOf <{iri_of(giver)}> }} GROUP BY ?r"""
        found = rows(q)
        add(f"pr27s-bare-parts-{i}", "superlative", [text], sorted(r for r, n in found if n == max(n for _, n in found)), q)
    q = f"""SELECT ?r (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p a dk:PairingRelationship ; dk:recipient ?r ; dk:supporter ?s ;
      dk:programme <{BASE}programme/dongxibu> . ?r a dk:ProvinceLevelDivision
      FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }} GROUP BY ?r"""
    found = rows(q)
    add("pr27s-east-counted-0", "superlative", ["东西部协作里，西部哪个省区对口的东部省市最多"],
        sorted(r for r, n in found if n == max(n for _, n in found)), q)
def gen_probe_27e():
    """Kinds from issue #15 items 3 and 11 (session r2-excl, groups pr27e-*): every constraint the question names is used.
    A programme set aside (撇开援藏那部分, 除了援疆以外, 援藏之外, 不算援青的话): the named giver's pairings of every other
    programme — never that programme's own; 省市区 (省、市、区 run together) as givers of any kind; 连县一级的支援方一起算 as a
    kind counted in, no filter. Phrasings of our own over other names than the failing questions; gold from the SPARQL here."""
    for i, (text, giver, prog) in enumerate([("撇开援藏那部分，天津对口支援哪些地方？", "天津市", "yuanzang"),
                                             ("除了援疆以外，山东还对口支援了哪些地方？", "山东省", "yuanjiang"),
                                             ("援藏之外，广东对口支援了哪些地方？", "广东省", "yuanzang")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r
          FILTER NOT EXISTS {{ ?p dk:programme <{BASE}programme/{prog}> }} }}"""
        add(f"pr27e-programme-aside-{i}", "forward_list", [text], col(q), q)
    q = f"""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("江苏省")}> ;
      dk:recipient ?r FILTER NOT EXISTS {{ ?p dk:programme <{BASE}programme/yuanqing> }}
      FILTER NOT EXISTS {{ ?r a dk:CollectiveActor }} }}"""
    add("pr27e-programme-aside-count", "count", ["不算援青的话，江苏对口支援了几个地方？"], col(q), q)
    # a place set aside (不算兵团的话, 撇开…): the places within it left out of the named giver's partners
    q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of("广东省")}> ; dk:recipient ?r
      FILTER NOT EXISTS {{ ?r dk:partOf* <{BASE}xpcc> }} }}"""
    add("pr27e-place-aside-0", "forward_list", ["不算兵团的话，广东对口支援哪些地方？"], col(q), q)
    # 省市区: givers of any kind (a district too), of the place and its parts
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r .
      ?r dk:partOf? <{iri_of("阿克苏地区")}> FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    add("pr27e-any-giver-0", "reverse_list", ["对口支援阿克苏地区及其下辖县市的省市区有哪些？"], col(q), q)
    # 连县一级的支援方一起算: the county-level givers counted in, not the only ones
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r .
      ?r dk:partOf? <{iri_of("林芝市")}> FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}"""
    add("pr27e-level-counted-in-0", "reverse_list", ["林芝市本身和下面各县，有哪些单位对口支援？连县一级的支援方一起算。"], col(q), q)


def gen_probe_27z():
    """Kinds of the writers of outside-z (a 乡镇 cadre on phone voice input, a student typing pinyin initials in a group
    chat), found reading the failing questions of its odd half (session 17, issue #15, groups pr27z-*), with phrasings of
    our own over other names: pinyin initials of province-level names (bj, gd, tj, ln, fj; vocabulary.yaml
    `pinyin_initials`) beside English words (list); the input method's homophone slips of the domain's own words (原疆,
    原青, 原藏 for 援…, 对扣 for 对口; `homophone_slips`); no punctuation; 包不包括 as 包括不包括. Gold from the SPARQL here."""
    for i, (text, giver, region) in enumerate([("bj援藏对扣拉萨哪几个县 list一下", "北京市", "拉萨市"),
                                               ("tj原疆对扣的是和田哪几个县", "天津市", "和田地区")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r .
          ?r dk:partOf+ <{iri_of(region)}> }}"""
        add(f"pr27z-initials-parts-{i}", "forward_list", [text], col(q), q)
    for i, (text, giver, prog) in enumerate([("tj原青对口的是青海哪个州", "天津市", "yuanqing"),
                                             ("fj原藏对口哪个市", "福建省", "yuanzang")]):
        q = f"""SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ; dk:recipient ?r ;
          dk:programme <{BASE}programme/{prog}> }}"""
        add(f"pr27z-initials-slip-{i}", "forward_list", [text], col(q), q)
    q = f"""SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient <{iri_of("辽宁省")}> .
      ?s a dk:ProvinceLevelDivision }}"""
    add("pr27z-initials-pair-0", "symmetric", ["和ln开展对口合作的是哪个省"], col(q), q)
    # 包不包括 / 包不包含 (the spoken A-not-AB): whether the giver's pairings of the programme hold the place
    for i, (text, giver, place, prog) in enumerate([("天津原疆包不包含策勒县", "天津市", "策勒县", "yuanjiang"),
                                                    ("北京援藏包不包括林芝", "北京市", "林芝市", "yuanzang")]):
        q = f"""ASK {{ ?p a dk:PairingRelationship ; dk:supporter <{iri_of(giver)}> ; dk:recipient <{iri_of(place)}> ;
          dk:programme <{BASE}programme/{prog}> }}"""
        add(f"pr27z-a-not-ab-{i}", "yes_no", [text], [bool(store.query(PREFIX + q))], q)


def main() -> None:
    for gen in (gen_supporter_recipients, gen_recipient_supporters, gen_abbreviations, gen_programmes, gen_yes_no,
                gen_since_when, gen_events, gen_counts, gen_superlative, gen_compare, gen_intersection,
                gen_time_filter, gen_rollup, gen_actor_type, gen_mechanisms, gen_event_facts, gen_history,
                gen_definitions, gen_unanswerable, gen_paraphrases, gen_more_unanswerable,
                gen_more_variants, gen_heldout,
                gen_unanswerable_in_domain, gen_more_numerals,
                gen_more_abbreviations, gen_heldout_2, gen_within_and_years,
                gen_heldout_3, gen_heldout_4, gen_probe_5, gen_probe_6, gen_probe_7, gen_probe_7_more,
                gen_probe_8, gen_probe_9, gen_probe_10, gen_probe_11, gen_probe_12, gen_probe_12b, gen_probe_13,
                gen_mechanism_figures, gen_probe_14, gen_probe_15, gen_probe_16, gen_probe_16b, gen_probe_16c, gen_probe_17m, gen_probe_17s, gen_probe_17b, gen_probe_17e, gen_probe_17c, gen_probe_17t, gen_probe_17f, gen_probe_18b, gen_probe_18c, gen_probe_18a, gen_probe_18e, gen_probe_18f, gen_probe_18d, gen_probe_19a, gen_probe_19a_kinds, gen_probe_19a_members, gen_probe_19b, gen_probe_19c, gen_probe_19d, gen_probe_19g, gen_probe_19f, gen_probe_19e, gen_probe_20c, gen_probe_20d, gen_probe_20a, gen_probe_20b, gen_probe_20b_more, gen_probe_20b_third, gen_probe_20b_fourth, gen_probe_20b_fifth, gen_probe_20b_sixth, gen_probe_20b_seventh, gen_probe_20g, gen_probe_20g_more, gen_probe_20f, gen_probe_20e, gen_probe_20h, gen_probe_21a, gen_probe_21c, gen_probe_21d, gen_probe_21e, gen_probe_21a_fourth, gen_probe_21b, gen_probe_21f, gen_probe_21g, gen_probe_21h, gen_probe_22a, gen_probe_22c, gen_probe_22d, gen_probe_22e, gen_probe_22b, gen_probe_22f, gen_probe_22g, gen_probe_23a, gen_probe_23c, gen_probe_23d, gen_probe_23r2, gen_probe_23s2, gen_probe_24c, gen_probe_24b, gen_probe_24t, gen_probe_24u, gen_probe_24a, gen_probe_25v, gen_probe_25w, gen_probe_26w, gen_probe_26p, gen_probe_26r, gen_probe_26y, gen_probe_26x, gen_probe_27m, gen_probe_27r, gen_probe_27s, gen_probe_27e, gen_probe_27z):
        gen()
    rank_pass()
    traditional_pass()
    numeral_pass()
    data = {"dataset": {"id": "duikou-qa-dev", "generator": "tests/qa/make_dev.py"},
            "questions": [qald(q, i) for i, q in enumerate(questions)]}
    out = Path(__file__).with_name("dev.json")
    out.write_text(one_per_line(data), encoding="utf-8")
    print(f"{len(questions)} questions → {out}")


if __name__ == "__main__":
    main()
