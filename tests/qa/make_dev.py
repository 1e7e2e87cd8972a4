"""Generate tests/qa/dev.json: questions over the graph with gold answers from SPARQL written here,
independently of the pipeline's templates (run: python tests/qa/make_dev.py).

Phrasings are deliberately varied (active/passive, short/long names, abbreviations, traditional
script, Chinese numerals); every phrasing of one fact shares a paraphrase group, and the split
(dev/test) is by group.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
from kgqa.store.embedded import EmbeddedStore, data_files  # noqa: E402

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
        expected="ok", variant="plain", variants: dict | None = None):
    for i, text in enumerate(phrasings):
        v = (variants or {}).get(i, variant)
        if v == "traditional":
            text = T2S.convert(text)
        questions.append({"group": group, "type": qtype, "text": text, "gold": gold, "query": query,
                          "answerable": answerable, "expected_status": expected, "variant": v})


def recipients_q(x: str) -> str:
    return f"SELECT DISTINCT ?r WHERE {{ ?p a dk:PairingRelationship ; dk:supporter <{x}> ; dk:recipient ?r }}"


def supporters_q(x: str) -> str:
    return f"SELECT DISTINCT ?s WHERE {{ ?p a dk:PairingRelationship ; dk:recipient <{x}> ; dk:supporter ?s }}"


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
        add(f"yn-{i}", "yes_no", forms, [True], q, variants={1: "traditional"} if i % 5 == 0 else None)
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
        add(f"yn-no-{i}", "yes_no", [f"{label(s)}有没有对口支援过{label(r)}"], [], q, answerable=False,
            expected="no_fact")


def gen_since_when():
    for i, (s, r, start) in enumerate(rng.sample(PAIRS, 12)):
        q = f"SELECT (MIN(?y) AS ?start) WHERE {{ ?p dk:supporter <{s}> ; dk:recipient <{r}> ; dk:startYear ?y }}"
        forms = [f"{label(s)}从哪一年开始对口支援{label(r)}？", f"{short(s)}什么时候开始援助{short(r)}的"]
        add(f"sw-{i}", "since_when", forms, [start], q)


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
        q = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?p dk:recipient <{x}> ; dk:supporter ?s }}"
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
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r
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
        gq = f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{r}> ; dk:supporter ?s . ?s a dk:CentralAgency }}"
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
            gq = f'SELECT ?d WHERE {{ <{x}> skos:definition ?d FILTER(lang(?d) = "zh") }}'
            add(f"def-{key}", "definition", [f"什么是{names[key]}？", f"{names[key]}是什么意思"], [d], gq)


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
        q = f"SELECT (MIN(?y) AS ?start) WHERE {{ ?p dk:supporter <{s}> ; dk:recipient <{r}> ; dk:startYear ?y }}"
        add(f"pp-sw-{i}", "since_when", [f"{short(s)}援{short(r)}是从哪年起的", f"{label(s)}啥时候开始援建{label(r)}"],
            [start], q)
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
            add(f"yn-no-{i}", "yes_no", [f"{label(s)}是否对口支援{label(r)}"], [], q, answerable=False,
                expected="no_fact")


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
        q = f"SELECT (MIN(?y) AS ?start) WHERE {{ ?p dk:supporter <{s_}> ; dk:recipient <{r}> ; dk:startYear ?y }}"
        add(f"ho-sw-{i}", "since_when", [sw_forms[i % 4].format(s=label(s_), r=label(r))], [start], q)
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
        gq = f"SELECT DISTINCT ?s WHERE {{ ?p dk:recipient <{r}> ; dk:supporter ?s . ?s a dk:CentralAgency }}"
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
        q = f"""SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r
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
        gq = f'SELECT ?d WHERE {{ <{BASE}{key}> skos:definition ?d FILTER(lang(?d) = "zh") }}'
        form = ["{n}指的是什么", "请解释一下{n}", "{n}的含义是什么"][i]
        add(f"ho2-def-{i}", "definition", [form.format(n=name)], col(gq), gq)
    for i, g in enumerate(["yuanqing", "sansheng-zangqu"]):
        prog = BASE + "programme/" + g
        inner = f"?p dk:programme <{prog}> ; dk:supporter ?s ; dk:recipient ?r FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }}"
        counts = rows(f"SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {inner} }} GROUP BY ?s")
        best = max(n for _, n in counts)
        add(f"ho2-sup-{i}", "superlative", [[f"{short(prog)}里哪个支援方负责的地方最多", f"{label(prog)}中援助最多地方的是谁"][i]],
            [s_ for s_, n in counts if n == best], inner)


def gen_unanswerable_in_domain():
    """Unknown names, off-topic attributes of known actors, and facts the graph cannot have."""
    for i, text in enumerate(["东京对口支援哪些地方", "纽约援助了哪些地方", "美国对口支援哪些国家？", "华盛顿是否对口支援西藏",
                              "巴黎由哪些城市支援", "伦敦的对口支援对象有哪些"]):
        expected = "no_template" if "西藏" in text else "no_entity"
        add(f"unk-{i}", "out_of_scope", [text], [], "", answerable=False, expected=expected)
    for i, text in enumerate(["上海市援助了非洲哪些国家", "援藏干部的工资是多少", "北京市有哪些旅游景点",
                              "拉萨市的房价怎么样", "对口支援政策的未来前景如何", "对口支援有什么问题"]):
        add(f"off-{i}", "out_of_scope", [text], [], "", answerable=False,
            expected="no_entity" if text.startswith("对口支援") else "no_template")
    for i, x in enumerate(SUPPORTERS[:10]):
        q = f"SELECT ?r WHERE {{ ?p dk:supporter <{x}> ; dk:recipient ?r ; dk:startYear ?y FILTER(?y >= 2030) }}"
        add(f"fut-{i}", "time_filter", [f"{label(x)}在2030年以后开始对口支援哪些地方"], [], q, answerable=False,
            expected="no_fact")


def traditional_pass():
    """Write about one question in ten in traditional characters."""
    for i, q in enumerate(questions):
        if i % 10 == 7 and q["variant"] == "plain":
            q["text"], q["variant"] = T2S.convert(q["text"]), "traditional"


def qald(q: dict, i: int) -> dict:
    values = q["gold"]
    if values in ([True], []) and q["query"].startswith("ASK"):
        answers = [{"head": {}, "boolean": bool(values)}]
    else:
        var = "uri" if values and isinstance(values[0], str) and values[0].startswith("http") else "value"
        answers = [{"head": {"vars": [var]}, "results": {"bindings": [
            {var: {"type": "uri" if var == "uri" else "literal", "value": str(v)}} for v in values]}}]
    return {"id": str(i + 1), "question": [{"language": "zh", "string": q["text"]}],
            "query": {"sparql": q["query"]}, "answers": answers, "type": q["type"],
            "paraphrase_group": q["group"], "answerable": q["answerable"],
            "expected_status": q["expected_status"], "variant": q["variant"], "gold": values,
            "split": "dev" if hash_group(q["group"]) % 5 else "test"}


def hash_group(group: str) -> int:
    return sum(ord(c) * (i + 1) for i, c in enumerate(group))


def main() -> None:
    for gen in (gen_supporter_recipients, gen_recipient_supporters, gen_abbreviations, gen_programmes, gen_yes_no,
                gen_since_when, gen_events, gen_counts, gen_superlative, gen_compare, gen_intersection,
                gen_time_filter, gen_rollup, gen_actor_type, gen_mechanisms, gen_event_facts, gen_history,
                gen_definitions, gen_unanswerable, gen_paraphrases, gen_more_unanswerable,
                gen_more_variants, gen_heldout,
                gen_unanswerable_in_domain, gen_more_numerals,
                gen_more_abbreviations, gen_heldout_2):
        gen()
    traditional_pass()
    data = {"dataset": {"id": "duikou-qa-dev", "generator": "tests/qa/make_dev.py"},
            "questions": [qald(q, i) for i, q in enumerate(questions)]}
    out = Path(__file__).with_name("dev.json")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(questions)} questions → {out}")


if __name__ == "__main__":
    main()
