"""The answer contract: statuses, answers, sources, SPARQL, suggestions."""
from __future__ import annotations

import json

import pytest

from kgqa.qa import ask
from kgqa.qa.templates import TEMPLATES_FILE

D = "https://w3id.org/duikou/division/"
KEYS = {"question", "normalized", "status", "interpretation", "entities", "template", "answers", "text", "sparql",
        "sources", "suggestions", "clarify", "timing_ms"}


PREFIXES = ("PREFIX dk: <https://w3id.org/duikou/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            "PREFIX D: <https://w3id.org/duikou/division/> PREFIX prog: <https://w3id.org/duikou/programme/> ")
NOT_COLLECTIVE = "FILTER NOT EXISTS { ?x a dk:CollectiveActor }"  # the documented convention: no collectives


def gold(store, query: str) -> set:
    """The expected answers from independent SPARQL (ASK → {True/False}; SELECT → IRIs, numbers, strings)."""
    result = store.query(PREFIXES + query)
    if query.lstrip().startswith("ASK"):
        return {bool(result)}
    out = set()
    for row in result:
        term = row[0]
        out.add(int(term.value) if getattr(term, "datatype", None) is not None
                and term.datatype.value.endswith("#integer") else term.value)
    return out


def values(result: dict) -> set:
    """What an answer says: its items' IRIs, or their values."""
    return {a["iri"] if "iri" in a else a["value"] for a in result["answers"]}


def bare(answers: list[dict]) -> list[dict]:
    """The answers without each item's own sources (checked in test_contract_keys_and_json)."""
    return [{k: v for k, v in a.items() if k != "sources"} for a in answers]


def test_contract_keys_and_json(store):
    result = ask(store, "北京市对口支援哪些地方？")
    assert set(result) == KEYS
    json.dumps(result, ensure_ascii=False)
    assert result["status"] == "ok" and result["interpretation"].startswith("理解为：")
    assert any(a["iri"] == D + "540100" and a["label"] == "拉萨市" and a["sources"] for a in result["answers"])
    assert result["sources"] and all({"label", "url"} <= set(s) for s in result["sources"])
    assert D + "110000" in result["sparql"]


@pytest.mark.parametrize("question, status", [
    ("今天天气怎么样", "no_entity"),
    ("北京市的人口是多少", "no_template"),
    ("海南有哪些支援方", "ambiguous"),
    ("北京援藏是从二〇〇〇年开始的吗", "no_fact"),
])
def test_statuses_are_distinct(store, question, status):
    result = ask(store, question)
    assert result["status"] == status
    assert result["text"] and result["text"] != "否"
    assert result["suggestions"] or result["clarify"]


def test_yes_no_without_record_is_false_with_its_caveat(store):
    """Both outside question sets read a missing pairing as False; the text keeps the open-world caveat."""
    result = ask(store, "北京市有没有对口支援秭归县")
    assert result["status"] == "ok" and bare(result["answers"]) == [{"value": False}]
    assert result["text"].startswith("否（就图谱的记录而言）") and "没有记录不等于不存在" in result["text"]


def test_clarify_rewrites_the_question(store):
    result = ask(store, "海南有哪些支援方")
    labels = {c["label"] for c in result["clarify"]}
    assert labels == {"海南省", "海南藏族自治州"}
    assert any(c["question"] == "海南省有哪些支援方" for c in result["clarify"])


@pytest.mark.parametrize("question", ["谁支援拉萨市", "拉萨市由哪些省市支援", "给拉萨市提供对口支援的是哪些省市"])
def test_passive_and_active_supporters(store, question):
    result = ask(store, question)
    assert {a["iri"] for a in result["answers"]} >= {D + "110000", D + "320000"}


def test_yes_no_both_orders(store):
    for q in ("北京市是否对口支援拉萨市", "拉萨市是不是由北京对口支援的", "拉薩市是北京市的對口支援對象嗎"):
        result = ask(store, q)
        assert bare(result["answers"]) == [{"value": True}], q


def test_values_years_counts(store):
    assert bare(ask(store, "上海市从哪一年开始对口支援日喀则市？")["answers"]) == [{"value": 1994}]
    assert bare(ask(store, "第三次西藏工作座谈会是哪一年召开的？")["answers"]) == [{"value": 1994}]
    assert values(ask(store, "北京市一共对口支援了多少个地方")) == gold(store, f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ D:110000 dk:supports ?x {NOT_COLLECTIVE} }}")


def test_unverified_facts_are_marked(store):
    result = ask(store, "天津市对口支援哪些地方")
    marked = [a for a in result["answers"] if a.get("unverified")]
    assert marked and "未经核实" in result["text"]


def test_mechanisms_stages_definitions(store):
    assert len(ask(store, "对口支援约束机制包括哪些部分")["answers"]) == 4
    assert len(ask(store, "对口支援分为哪几个阶段")["answers"]) == 4
    assert ask(store, "什么是对口合作")["status"] == "ok"


def test_superlative_and_comparison(store):
    assert ask(store, "哪个省市对口支援的地方最多")["answers"][0]["label"] == "上海市"
    assert ask(store, "北京和上海谁支援的地方多")["answers"][0]["label"] == "上海市"


def test_roll_ups_and_years(store):
    within = ask(store, "江苏援助新疆哪些地方")
    assert within["template"] == "recipients_within" and within["answers"]
    part = ask(store, "北京市是否对口支援西藏自治区")
    assert bare(part["answers"]) == [{"value": True}] and "下辖" in part["text"]
    assert ask(store, "1983年哪个部门牵头负责对口支援")["answers"][0]["label"] == "国家经济委员会"
    filtered = ask(store, "二〇一〇年以后北京市开始对口支援哪些地方")
    assert "2010" in filtered["interpretation"] and "2010" in filtered["sparql"]


def test_entities_follow_the_contract(store):
    result = ask(store, "海南有哪些支援方")
    assert result["entities"] == [{"text": "海南", "iri": None, "type": "actor"}]
    for a in ask(store, "北京和上海谁支援的地方多")["answers"]:
        assert set(a) <= {"label", "iri", "value", "unverified", "year_doubt", "via", "sources"}


@pytest.mark.parametrize("question", ["上海一共派出过多少名援藏干部？", "江苏对口支援的项目资金每年增长多少？",
                                      "北京每年支援多少", "新疆有多少个县", "哪个省援藏花的钱最多", "北京为什么要对口支援拉萨",
                                      "北京对口支援拉萨的项目有哪些", "上海在喀什地区援建了什么"])
def test_numbers_and_reasons_the_graph_lacks_are_refused(store, question):
    """Never a count of pairings for a question about money, people or reasons."""
    result = ask(store, question)
    assert result["status"] == "no_template" and not result["answers"]
    assert "图谱" in result["text"] and result["suggestions"]


def test_a_year_no_template_can_use_is_not_dropped(store):
    result = ask(store, "二〇三〇年援藏会新增哪些结对？")
    assert result["status"] != "ok" and not result["answers"]


def test_definitions_answer_the_term_itself(store):
    result = ask(store, "什么是计划单列市？")
    assert bare(result["answers"]) == [{"label": "计划单列市", "iri": "https://w3id.org/duikou/ontology#SeparatelyPlannedCity"}]
    assert "副省级城市" in result["text"]
    assert ask(store, "對口關係指的是什麼？")["answers"][0]["iri"].endswith("ontology#PairingRelationship")


def test_passive_region_and_two_programmes(store):
    assert {a["label"] for a in ask(store, "日喀则是被谁援助的")["answers"]} >= {"上海市", "山东省"}
    within = ask(store, "粤在新疆对口援助的是哪些地方？")
    assert within["template"] == "recipients_within" and {a["label"] for a in within["answers"]} >= {"喀什地区"}
    both = ask(store, "援疆和援藏都参加了的省份有哪些？")
    assert both["template"] == "common_programme_supporters"
    assert values(both) == gold(store, "SELECT DISTINCT ?x WHERE { ?a dk:supporter ?x ; dk:programme prog:yuanjiang . "
                                       "?b dk:supporter ?x ; dk:programme prog:yuanzang . ?x a dk:ProvinceLevelDivision }")
    more = ask(store, "京沪两地谁对口支援的地方更多")
    counts = {iri: len(gold(store, f"SELECT DISTINCT ?x WHERE {{ <{iri}> dk:supports ?x {NOT_COLLECTIVE} }}"))
              for iri in (D + "110000", D + "310000")}
    assert more["template"] == "compare" and values(more) == {max(counts, key=counts.get)}


def test_programme_intersections_count_each_programme_in_its_own_right(store):
    """省市 in both (or all three) programmes: each programme's supporters found apart, each by a pairing of its own
    not taken on as a member of a province's team (templates.rank_filtered in every subquery, not only the outer)."""
    own = "FILTER NOT EXISTS {{ ?{0} dk:supporterTeam ?t{0} }}"
    def in_own_right(*progs: str) -> set:
        return gold(store, "SELECT DISTINCT ?x WHERE { ?x a dk:ProvinceRankActor " + NOT_COLLECTIVE + " " + " ".join(
            f"?p{i} dk:supporter ?x ; dk:programme prog:{p} . " + own.format(f"p{i}") for i, p in enumerate(progs)) + "}")
    both = ask(store, "哪些省市既援藏又援疆？")
    assert both["template"] == "common_programme_supporters"
    assert values(both) == in_own_right("yuanzang", "yuanjiang") != set()
    three = ask(store, "援藏 援疆 援青 三项都参加的省市")
    assert values(three) == in_own_right("yuanzang", "yuanjiang", "yuanqing") != set()
    assert values(three) < values(both)


def test_the_team_rule_stays_in_its_own_subquery():
    from kgqa.qa.templates import rank_filtered
    text = ("SELECT ?item WHERE { { SELECT DISTINCT ?item WHERE { ?p2 dk:programme ?y ; dk:supporter ?item . ?item a ?cls . } }\n"
            "  { SELECT DISTINCT ?item WHERE { ?p3 dk:programme ?z ; dk:supporter ?item . ?item a ?cls . } }\n"
            "  ?fact dk:supporter ?item . ?item a ?cls . }")
    ruled = rank_filtered(text).split("\n")
    assert [[f for f in ("?p2", "?p3", "?fact") if f"{{ {f} dk:supporterTeam" in line] for line in ruled] == [["?p2"], ["?p3"], ["?fact"]]
    members = rank_filtered(text, members=True).split("\n")  # (each branch binds the group's pairing and supporter)
    assert [[f for f in ("?p2", "?p3", "?fact") if f"{{ {f} dk:supporter ?item ; dk:supporterTeam" in line] for line in members] \
        == [["?p2"], ["?p3"], ["?fact"]]


def test_names_stages_and_counts_of_kinds(store):
    assert bare(ask(store, "日喀则市以前叫什么？")["answers"]) == [{"value": "日喀则地区"}]
    assert bare(ask(store, "“对口支援”这个说法最早是哪一年出现的？")["answers"]) == [{"value": 1960}]
    assert ask(store, "第三次西藏工作座谈会属于哪个阶段")["answers"][0]["iri"].endswith("stage/3")
    assert values(ask(store, "图谱收录了多少个中央国家机关")) == gold(store, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a dk:CentralAgency }")
    programmes = ask(store, "山东省先后参加过哪些对口支援项目？")
    assert programmes["template"] == "actor_programmes" and all("/programme/" in a["iri"] for a in programmes["answers"])


def test_yes_no_about_programmes_and_start_years(store):
    assert bare(ask(store, "北京是否参与了援藏")["answers"]) == [{"value": True}]
    assert bare(ask(store, "北京是从1994年开始援藏的吗")["answers"]) == [{"value": True}]
    late = ask(store, "北京援藏是从2000年开始的吗")
    assert late["status"] == "no_fact" and late["text"] != "否"
    assert ask(store, "对口支援里的“支援方”指什么")["answers"][0]["iri"].endswith("ontology#Supporter")


def test_loosely_named_meetings_and_elided_names(store):
    led = ask(store, "一九八三年国务院明确对口支援主管部门时，由哪个部门牵头？")
    assert led["template"] == "event_lead" and led["entities"][0]["type"] == "event"
    notice = ask(store, "民政部那份对口支援四川重灾县的紧急通知，让哪些省份去支援？")
    assert notice["template"] == "event_supporters" and values(notice) == gold(store, (
        "SELECT DISTINCT ?x WHERE { ?p dk:establishedBy <https://w3id.org/duikou/document/2008-minzhengbu-tongzhi> ; "
        "dk:supporter ?x . ?x a dk:ProvinceLevelDivision }"))
    assert ask(store, "东西扶贫协作结对关系有哪些")["entities"][0]["type"] == "programme"  # not a loose event
    both = ask(store, "第三次和第四次西藏工作座谈会，哪次确立的对口关系更多？")
    assert both["template"] == "compare_events" and len(both["answers"]) == 1


@pytest.mark.parametrize("question,template,query", [
    ("浙江算不算援疆省份？", "programme_check", "ASK { ?p dk:supporter D:330000 ; dk:programme prog:yuanjiang }"),
    ("玉树州的援建省市有哪几个", "composed",  # the place and its parts (issue #15, item 2); 省市 at province rank
     f"""SELECT DISTINCT ?x WHERE {{ ?p dk:recipient ?r ; dk:supporter ?x . ?r dk:partOf* D:632700 .
       FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }} {{ ?x a dk:ProvinceLevelDivision }} UNION {{ ?x a dk:SeparatelyPlannedCity }}
       {NOT_COLLECTIVE} }}"""),
    ("既被广州帮扶又被深圳帮扶的地方有哪些？", "common_recipients",
     "SELECT DISTINCT ?x WHERE { D:440100 dk:supports ?x . D:440300 dk:supports ?x }"),
    ("全国边防工作会议是哪一天召开的？", "event_date",
     'SELECT (STR(?d) AS ?x) WHERE { ?e rdfs:label "全国边防工作会议"@zh ; dk:date ?d }'),
    ("2010年至2012年开始的对口关系中支援方有哪些", "pairing_supporters_after",
     f"SELECT DISTINCT ?x WHERE {{ ?p a dk:PairingRelationship ; dk:supporter ?x ; dk:startYear ?y "
     f"FILTER(?y >= 2010 && ?y <= 2012) {NOT_COLLECTIVE} }}"),
    ("在对口支援中，上海负责哪些地区", "recipients_of", f"SELECT DISTINCT ?x WHERE {{ D:310000 dk:supports ?x {NOT_COLLECTIVE} }}"),
    ("浙江省在援疆方面负责哪些地州？", "recipients_of",  # 地州: prefecture-level units only (no XPCC division)
     "SELECT DISTINCT ?x WHERE { ?p dk:supporter D:330000 ; dk:programme prog:yuanjiang ; dk:recipient ?x . "
     "?x a dk:PrefectureLevelDivision }"),
])
def test_cue_families_and_ranges(store, question, template, query):
    result = ask(store, question)
    assert result["status"] == "ok" and result["template"] == template
    assert values(result) == gold(store, query)


def test_unknown_firms_and_programmes_are_refused(store):
    assert ask(store, "腾讯公司对口帮扶了哪些县？")["status"] == "no_entity"
    assert ask(store, "援琼一共有多少条结对关系？")["status"] != "ok"
    assert ask(store, "哪些中央企业集团参与援藏")["status"] == "ok"


@pytest.mark.parametrize("question,template,query", [
    ("湖北省哪些市承担了对口支援任务？", "parts_supporting", "SELECT DISTINCT ?x WHERE { ?x dk:partOf D:420000 ; dk:supports ?r }"),
    ("和田地区下面有哪些县接受援疆？", "parts_receiving",
     "SELECT DISTINCT ?x WHERE { ?x dk:partOf D:653200 . ?p dk:recipient ?x ; dk:programme prog:yuanjiang }"),
    ("北京各区对口帮扶了哪些地方？", "parts_recipients",
     f"SELECT DISTINCT ?x WHERE {{ ?d dk:partOf D:110000 ; dk:supports ?x {NOT_COLLECTIVE} }}"),
    ("对口支援喀什地区各县的省市有哪些？", "rollup_supporters",  # 省市: province rank, not in a province's team
     f"""SELECT DISTINCT ?x WHERE {{ ?c dk:partOf D:653100 . ?p dk:supporter ?x ; dk:recipient ?c .
       FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }} {{ ?x a dk:ProvinceLevelDivision }} UNION {{ ?x a dk:SeparatelyPlannedCity }}
       {NOT_COLLECTIVE} }}"""),
])
def test_parts_of_an_actor_by_their_side(store, question, template, query):
    result = ask(store, question)
    assert result["status"] == "ok" and result["template"] == template
    assert values(result) == gold(store, query)


@pytest.mark.parametrize("question,query", [
    # an ambiguous short name: the meaning with the parts asked after it, or the one paired with the other actor
    ("黑龙江援疆帮扶的是阿勒泰下面哪三个县？",
     "SELECT DISTINCT ?x WHERE { ?p dk:supporter D:230000 ; dk:recipient ?x . ?x dk:partOf D:654300 ; a dk:CountyLevelDivision }"),
    ("吉林对口支援阿勒泰是哪一年开始的",
     "SELECT (MIN(?y) AS ?m) WHERE { ?p dk:supporter D:220000 ; dk:recipient D:654300 ; dk:startYear ?y }"),
    # a place and its parts joined by 及 + 下属: both groups
    ("林芝市及下属各县的支援省市有哪些？",  # 省市: province rank, not a member of a province's team
     f"""SELECT DISTINCT ?x WHERE {{ ?p dk:supporter ?x ; dk:recipient ?r . ?r dk:partOf* D:540400 .
       FILTER NOT EXISTS {{ ?p dk:supporterTeam ?t }} {{ ?x a dk:ProvinceLevelDivision }} UNION {{ ?x a dk:SeparatelyPlannedCity }}
       {NOT_COLLECTIVE} }}"""),
    # an actor's parts as the asked side, or as the other side
    ("江苏哪个城市负责对口支援林周县？", "SELECT DISTINCT ?x WHERE { ?p dk:supporter ?x ; dk:recipient D:540121 . "
                                        "?x dk:partOf D:320000 ; a dk:PrefectureLevelDivision }"),
    ("宜昌市下辖哪些县区得到北京各区的对口支援", "SELECT DISTINCT ?x WHERE { ?p dk:supporter ?s ; dk:recipient ?x . "
                                               "?x dk:partOf+ D:420500 ; a dk:CountyLevelDivision . ?s dk:partOf D:110000 }"),
    # a region the asked side lies in
    ("东西部协作中，受帮扶的是哪些贵州城市？", "SELECT DISTINCT ?x WHERE { ?p dk:programme prog:dongxibu ; dk:recipient ?x . "
                                             "?x dk:partOf D:520000 ; a dk:PrefectureLevelDivision }"),
    ("深圳在省内对口帮扶哪两个市", "SELECT DISTINCT ?x WHERE { ?p dk:supporter D:440300 ; dk:recipient ?x . ?x dk:partOf+ D:440000 }"),
])
def test_names_read_by_their_context(store, question, query):
    result = ask(store, question)
    assert result["status"] == "ok" and values(result) == gold(store, query)


def test_ambiguous_names_asked_back_only_when_context_leaves_several(store):
    assert ask(store, "北京对口支援和田吗")["status"] == "ambiguous"  # 北京 supports all three 和田
    assert ask(store, "深圳到喀什有多远？")["status"] == "ambiguous"  # not about aid: no pairing decides
    assert ask(store, "湖北省哪个城市负责对口支援山南？")["status"] == "no_fact"  # not 山南 itself


def test_answer_kind_fits_the_question(store):
    counted = ask(store, "对口支援协调机制包含几项内容？")
    assert bare(counted["answers"]) == [{"value": 5}] and "数量" in counted["interpretation"]
    sides = ask(store, "二〇一〇年终止的结对关系，支援方是哪些？")
    assert sides["answers"] and all("/pairing/" not in a["iri"] for a in sides["answers"])
    assert bare(ask(store, "福建现在还在对口支援林芝吗？")["answers"]) == [{"value": False}]


def test_preambles_abbreviations_and_unknown_subjects(store):
    assert ask(store, "看到报道说天津的援疆干部出发了，那么天津在新疆对口支援哪些地方？")["status"] == "ok"
    assert ask(store, "鄂一共对口支援过几个地方？")["status"] == "ok"
    assert bare(ask(store, "鲁曾经对口帮扶过渝吗？")["answers"]) == [{"value": True}]
    assert ask(store, "中国石油对口援藏的是哪个县？")["status"] == "no_entity"
    assert ask(store, "内地对口援藏的是哪些省市？")["status"] == "ok"


def test_collectives_are_left_out_unless_asked_for(store):
    """Collective actors (…（集体）) are not listed among supporters unless the question says 包括集体; the
    interpretation says they were left out only where the question's entity has such a partner."""
    collective = "https://w3id.org/duikou/collective/"
    plain, included = ask(store, "援藏的支援方有哪些"), ask(store, "援藏的支援方有哪些（包括集体）")
    assert plain["status"] == included["status"] == "ok"
    assert not [a for a in plain["answers"] if a["iri"].startswith(collective)]
    extra = [a for a in included["answers"] if a["iri"].startswith(collective)]
    assert extra and {a["iri"] for a in plain["answers"]} == {a["iri"] for a in included["answers"]} - {a["iri"] for a in extra}
    assert "不含集体主体" in plain["interpretation"] and "不含集体主体" not in included["interpretation"]
    assert "CollectiveActor" in plain["sparql"] and "CollectiveActor" not in included["sparql"]
    assert "不含集体主体" not in ask(store, "拉萨由谁支援")["interpretation"]


@pytest.mark.parametrize("question", [
    "北京对口支援过纽约吗", "上海援助过亚特兰蒂斯吗", "谁对口支援白云山县？", "澳大利亚对口支援哪些地方？",
    "哪些省市在非洲开展对口支援？", "江苏对口帮扶过巴基斯坦吗", "联合国的支援方有哪些",
    "雾灵县归谁援", "春蕾计划里上海支援了哪些地方", "万企帮万村行动里有多少个县参与结对",
])
def test_a_place_the_graph_does_not_hold_is_never_dropped(store, question):
    """Item 10 of issue #15: a country, a continent or an unknown place-like name makes the question no_entity,
    not a question answered as if the word were not there."""
    assert ask(store, question)["status"] == "no_entity"


@pytest.mark.parametrize("question, status", [
    ("天津援疆都对口哪些地方 在亚特兰蒂斯那边", "no_entity"), ("天津对口支援哪些地方？亚特兰蒂斯的", "no_entity"),
    ("北京对口支援哪些县？只看纳尼亚省的", "no_entity"), ("天津对口支援哪些地方啊 只算1950年以前的", "no_fact"),
])
def test_a_tail_after_the_question_is_never_dropped(store, question, status):
    """A text read as a question and a tail (a remark, a name, a constraint): the head alone is tried only when the
    whole text has no shape at all — a name we do not hold or a constraint in the tail is never dropped."""
    assert ask(store, question)["status"] == status


@pytest.mark.parametrize("question", [
    "首尔和北京是对口合作关系吗？", "北京和首尔分别对口支援哪些地方？", "京都府对口支援哪里？", "巴伐利亚和上海结对了吗？",
    "上海对口支援哪些地方？东京那边也有吗？", "北京和青云县分别对口支援哪些地方？", "湖北对口支援温哥华的哪些县？",
])
def test_cities_and_regions_abroad_are_refused(store, question):
    """Item 10 of issue #15: a city or region abroad (foreign_places.yaml: CLDR's cities, ISO 3166-2's subdivisions),
    which the segmenter may not tag as a place (首尔) or inside which a name of ours is linked (京 of 京都府, 青 of 青云县),
    beside a real name, as the asked place or in a question after the question, makes the question no_entity."""
    assert ask(store, question)["status"] == "no_entity"


@pytest.mark.parametrize("question", [
    "浙江对口支援哪些地方？我以前在大阪住过。", "参加东北地区与东部地区部分省市对口合作的东部省市有哪些？",
    "吉林省与哪个东部省份结成对口合作？", "我在美国留学，想问北京对口支援哪些地方？",
])
def test_a_place_abroad_in_an_aside_or_a_word_like_one_is_no_name_asked(store, question):
    """The asker's own remark (我以前在大阪住过) names no place asked; 东部省 (a subdivision abroad) is left out of
    foreign_places.yaml with its short form 东部, a word of our questions."""
    assert ask(store, question)["status"] == "ok"


@pytest.mark.parametrize("question", [
    "内蒙古对口支援哪些地方？", "延边朝鲜族自治州的支援方有哪些", "计划单列市是什么？", "北京市对口支援民族地区吗",
    "青海省会西宁得到哪些省市支援？",
])
def test_words_inside_names_and_descriptions_are_not_unknown_places(store, question):
    assert ask(store, question)["status"] != "no_entity"


@pytest.mark.parametrize("question, word", [
    ("江苏在亚特兰蒂斯对口支援哪些县？", "亚特兰蒂斯"), ("上海对口支援新疆的亚特兰蒂斯县吗？", "亚特兰蒂斯"),
    ("广东在2010年以后对口支援霍格沃茨的哪些县？", "霍格沃茨"), ("江苏和瓦坎达共同支援过哪些地方", "瓦坎达"),
    ("鲁在瓦坎达对口支援哪些县", "瓦坎达"), ("艾泽拉斯援藏干部有多少人", "艾泽拉斯"),
])
def test_a_name_left_over_after_linking_is_refused_and_named(store, question, word):
    """Item 10 of issue #15, in general: a name-like word no mention, cue or vocabulary word covers, standing where a
    name stands, is never dropped: no_entity, and the answer says which words (not_understood, interpretation, text)."""
    result = ask(store, question)
    assert result["status"] == "no_entity" and result["answers"] == []
    assert result["not_understood"] == [word] and word in result["interpretation"] and word in result["text"]


@pytest.mark.parametrize("question", [
    "上海在喀什地区对口支援的贫困县有哪些", "沪对口支援哪些受援地？", "京在和田地区对口支援的是哪些县",
    "廣東省對口支援的那個位於四川省阿壩藏族羌族自治州、地震中受災最重的縣是哪個", "玉树州（玉树藏族自治州）的对口支援方分别是谁？",
    "江苏南北挂钩里，先后结对苏北城市最多的是哪个苏南市？", "新一轮援疆里，北京和天津谁对口的县市多？",
])
def test_descriptions_abbreviations_and_place_words_are_not_left_over_names(store, question):
    result = ask(store, question)
    assert result["status"] != "no_entity" and "not_understood" not in result


def test_the_terms_first_use_is_answered_from_the_graph(store):
    """No label substring and no newspaper written into the template: the earliest dated event, its own label."""
    result = ask(store, "对口支援这个说法最早是哪一年出现的？")
    assert result["status"] == "ok" and bare(result["answers"]) == [{"value": 1960}]
    assert "《山西日报》" in result["text"] and result["sources"]
    assert "山西日报" not in TEMPLATES_FILE.read_text(encoding="utf-8")


@pytest.mark.parametrize("question, giver, taker", [
    ("闽 还援 林芝 吗", "350000", "540400"), ("深圳还帮毕节吗", "440300", "520500"), ("大连仍帮扶六盘水吗？", "210200", "520200")])
def test_a_pairing_asked_as_still_running_that_ended_says_when(store, question, giver, taker):
    """还援/还帮/仍帮扶 …吗 asks whether the pairing still runs (no 在 needed): no, and the year its recorded pairing
    ended, not "no record" (there is one)."""
    ended = gold(store, f"SELECT (MAX(?e) AS ?m) WHERE {{ ?p dk:supporter D:{giver} ; dk:recipient D:{taker} ; dk:endYear ?e }}")
    result = ask(store, question)
    assert result["status"] == "ok" and bare(result["answers"]) == [{"value": False}]
    assert f"{ended.pop()}年结束" in result["text"] and "没有" not in result["text"]


def first_year_tie(store) -> str:
    """Two provinces whose first pairings began in the same year (from the graph): 甲和乙哪个更晚开始对口支援."""
    rows = list(store.query(PREFIXES + """SELECT ?a ?b WHERE {
        { SELECT ?s (MIN(?y) AS ?first) WHERE { ?p dk:supporter ?s ; dk:startYear ?y . ?s a dk:ProvinceLevelDivision } GROUP BY ?s }
        { SELECT ?t (MIN(?z) AS ?first) WHERE { ?q dk:supporter ?t ; dk:startYear ?z . ?t a dk:ProvinceLevelDivision } GROUP BY ?t }
        ?s rdfs:label ?a . ?t rdfs:label ?b . FILTER(lang(?a) = "zh" && lang(?b) = "zh" && STR(?a) < STR(?b)) }
        ORDER BY ?a ?b LIMIT 1"""))
    return f"{rows[0]['a'].value}和{rows[0]['b'].value}哪个更晚开始对口支援"


@pytest.mark.parametrize("question", ["黑龙江与吉林援藏孰早", first_year_tie])
def test_two_compared_by_their_first_year_that_tie_are_said_as_one(store, question):
    result = ask(store, question if isinstance(question, str) else question(store))
    assert result["status"] == "ok" and len(result["answers"]) == 2
    assert "同在" in result["text"] and "不分先后" in result["text"]


def test_the_total_stated_for_a_places_collective_partner_answers_its_count(store):
    """Item 5 of issue #15: 兵团的对口支援省市有几个 answers the 13 a source states for the collective paired with 兵团,
    and says how many province-rank supporters of 兵团 and its parts are recorded one by one."""
    stated = gold(store, "SELECT ?n WHERE { ?p dk:recipient <https://w3id.org/duikou/xpcc> ; dk:supporter ?c . "
                         "?c dk:memberCount ?n }")
    recorded = gold(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?p dk:recipient ?r ; dk:supporter ?s . "
                           "?r dk:partOf? <https://w3id.org/duikou/xpcc> . ?s a dk:ProvinceRankActor "
                           "FILTER NOT EXISTS { ?p dk:supporterTeam ?t } }")
    result = ask(store, "兵团这边，对口支援的省市有几个？")
    assert result["status"] == "ok" and values(result) == stated
    assert "逐一记录" in result["text"] and f"有{recorded.pop()}个" in result["text"]


@pytest.mark.parametrize("question", ["过渡安置那阵子，阿坝州有几个县得到了对口支援？", "那几年福建援藏对口哪里"])
def test_a_spoken_pointer_to_a_time_is_neither_a_name_nor_a_year_asked(store, question):
    result = ask(store, question)
    assert result["status"] == "ok" and "not_understood" not in result and "起始年份" not in result["interpretation"]


def test_a_kind_sought_in_a_roster_of_a_broader_kind_is_the_one_counted(store):
    """援疆19个省市里有几个是计划单列市: the narrower kind says both (the 省市 only name the roster); a kind set apart
    (不是省级单位的) keeps both."""
    expected = gold(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?p dk:programme prog:yuanjiang ; dk:supporter ?s . "
                           "?s a dk:SeparatelyPlannedCity FILTER NOT EXISTS { ?p dk:supporterTeam ?t } }")
    result = ask(store, "援疆19个省市里面，有几个是计划单列市")
    assert result["status"] == "ok" and values(result) == expected
    assert values(ask(store, "19个援疆省市里，唯一一个不是省级单位的是谁？")) == {D + "440300"}


@pytest.mark.parametrize("question, division", [("河北援疆对口的是不是铁门关", "2"), ("山西对口五家渠吗", "6")])
def test_a_division_of_the_corps_is_named_by_its_city(store, question, division):
    """师市合一: 铁门关, 五家渠 name the division (第二师铁门关市), never dropped from the yes/no question."""
    result = ask(store, question)
    assert result["status"] == "ok" and f"https://w3id.org/duikou/xpcc/{division}" in {e["iri"] for e in result["entities"]}


@pytest.mark.parametrize("question, actor", [("徐州和哪些城市结对", "320300"), ("大连和谁结对", "210200")])
def test_a_relation_named_either_way_round_lists_both_sides(store, question, actor):
    """结对 names no side: an actor that gives in one programme and receives in another has both partners listed."""
    either = (f"SELECT DISTINCT ?x WHERE {{ {{ ?p dk:supporter D:{actor} ; dk:recipient ?x }} UNION "
              f"{{ ?p dk:recipient D:{actor} ; dk:supporter ?x }} {NOT_COLLECTIVE} }}")
    result = ask(store, question)
    assert result["status"] == "ok" and values(result) == gold(store, either)


@pytest.mark.parametrize("question, a, b", [("延边和蚌埠都是哪个城市帮的", "222400", "340300"),
                                            ("秭归和绵竹都受过哪个省的支援？", "420527", "510683")])
def test_two_places_then_the_givers_asked_are_their_common_givers(store, question, a, b):
    both = (f"SELECT DISTINCT ?x WHERE {{ ?p dk:recipient ?r ; dk:supporter ?x . ?r dk:partOf? D:{a} . "
            f"?q dk:recipient ?t ; dk:supporter ?x . ?t dk:partOf? D:{b} }}")
    result = ask(store, question)
    assert result["status"] == "ok" and values(result) == gold(store, both)


def test_a_programmes_comparison_asked_yes_or_no_is_about_the_first_programme(store):
    """吉林援藏的县比援疆的多吗: the two compared are the programmes, so the one before 比 (援藏) is the subject."""
    count = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {{ ?p dk:programme prog:{} ; dk:supporter D:220000 ; dk:recipient ?r . " \
            "?r a dk:CountyLevelDivision }}"
    more = gold(store, count.format("yuanzang")).pop() > gold(store, count.format("yuanjiang")).pop()
    result = ask(store, "吉林援藏的县比援疆的多吗")
    assert result["status"] == "ok" and bare(result["answers"]) == [{"value": more}]


def test_a_count_of_one_kind_by_its_partners_kind_keeps_both(store):
    """援疆里有几个省对口兵团的师: the provinces (their teams' pairings counted for them) whose partners are divisions."""
    expected = gold(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?p dk:programme prog:yuanjiang ; dk:supporter ?s ; "
                           "dk:recipient ?r . ?r a dk:XPCCDivision . OPTIONAL { ?p dk:supporterTeam ?t } "
                           "BIND(COALESCE(?t, ?s) AS ?g) ?g a dk:ProvinceLevelDivision }")
    result = ask(store, "援疆里有几个省对口兵团的师")
    assert result["status"] == "ok" and values(result) == expected and "兵团" in result["interpretation"]


@pytest.mark.parametrize("question, guess, expected", [
    ("援藏中对口县最多的是山东吧？", "370000", True), ("三峡移民对口支援里支援方最多的是万州区吗", "500101", False)])
def test_a_superlatives_answer_guessed_is_checked_against_the_ranking(store, question, guess, expected):
    """…最多的是X吧/吗: the ranking asked, then yes when X is first (or tied first), no with the ranking's answer."""
    result = ask(store, question)
    assert result["status"] == "ok" and bare(result["answers"]) == [{"value": expected}]
    assert result["text"].startswith("是" if expected else "否")


@pytest.mark.parametrize("question, place, old", [
    ("青海这边，辽宁不搞了以后是谁顶上的？", "630000", "210000"), ("安顺 青岛走了以后 谁接盘", "520400", "370200"),
    ("茂县那边天津撤了之后谁来援建的，山西吗？", "513223", "120000"), ("崇州 冀 后面谁", "510184", "130000"),
    ("彭州市過渡安置之湖南省，其後繼者為何省？", "510182", "430000"),
])
def test_a_takeover_said_in_spoken_words_asks_the_successor(store, question, place, old):
    """The supporter of the place whose pairing began once the named one's there had ended (湖北, beside 辽宁 in 青海
    since 1984, took nothing over)."""
    expected = gold(store, f"""SELECT DISTINCT ?x WHERE {{ ?o dk:recipient D:{place} ; dk:supporter D:{old} ; dk:endYear ?e .
      ?p dk:recipient D:{place} ; dk:supporter ?x ; dk:startYear ?b FILTER(?x != D:{old} && ?b >= ?e) }}""")
    result = ask(store, question)
    assert result["status"] == "ok" and expected and values(result) == expected


def test_a_name_of_several_meanings_said_twice_is_one_place(store):
    """浙江接手阿克苏以前，阿克苏…: both 阿克苏 settle to 阿克苏地区 and count once (its supporters before 浙江)."""
    result = ask(store, "浙江接手阿克苏以前，阿克苏是哪个省在帮")
    assert result["status"] == "ok" and values(result) == {D + "310000", D + "410000"}


@pytest.mark.parametrize("question, event, side, other", [
    ("银川那次东西部协作推进会，给广州定的结对城市是哪个？", "event/2021-yinchuan", "recipient", "440100"),
    ("一九九六年中央作出援疆决策，派定了哪几个省份？", "event/1996-yuanjiang", "supporter", None),
    ("中央政治局一九七九年讨论通过边防工作会议报告，河北被指定支援哪一省？", "event/1979-bianfang", "recipient", "130000"),
    ("2016年7月援藏对口关系调整，漳州被安排去哪个县？听说挺远的", "event/2016-yuanzang-tiaozheng", "recipient", "350600"),
])
def test_a_meeting_named_loosely_sets_up_the_pairings_asked(store, question, event, side, other):
    """By its venue (dk:location), by its words around a programme's short name, beside the body that adopted its
    report (not a side of the pairings), and a task sent somewhere (被安排去哪): the pairings it set up."""
    given = f"?p dk:{'supporter' if side == 'recipient' else 'recipient'} D:{other} ." if other else ""
    expected = gold(store, f"""SELECT DISTINCT ?x WHERE {{ ?p dk:establishedBy <https://w3id.org/duikou/{event}> ;
      dk:{side} ?x . {given} {NOT_COLLECTIVE} }}""")
    result = ask(store, question)
    assert result["status"] == "ok" and expected and values(result) == expected


def test_a_meeting_as_the_point_in_time(store):
    """Before it (之前 is no predecessor cue there): pairings begun earlier; after it: begun since, or set up by it
    with no start recorded (第二次中央新疆工作座谈会 → 山西's regiment)."""
    before = ask(store, "第四次西藏工作座谈会之前，哪些省支援林芝")
    assert before["status"] == "ok" and values(before) == gold(store, """SELECT DISTINCT ?x WHERE {
      ?p dk:recipient ?r ; dk:supporter ?x ; dk:startYear ?b . ?r dk:partOf? D:540400 . ?x a dk:ProvinceLevelDivision
      FILTER(?b < 2001) }""")
    after = ask(store, "第二次中央新疆工作座谈会以后，山西对口支援的是哪个团？")
    assert after["status"] == "ok" and values(after) == gold(store, """SELECT DISTINCT ?x WHERE {
      ?p dk:supporter D:140000 ; dk:recipient ?x ; dk:establishedBy <https://w3id.org/duikou/event/2014-xinjiang-2> }""")


def test_a_start_year_its_source_gives_roughly_is_said_to_be_one(store):
    """A year answer resting on a pairing whose start year is approximate (dk:ApproximateYear: the source gives a
    period, such as the book's 50年代中期) says so; the same question over a pairing with an exact year does not."""
    rows = list(store.query(PREFIXES + """SELECT ?sl ?rl ?status WHERE {
        ?p dk:supporter ?s ; dk:recipient ?r ; dk:startYear ?y . OPTIONAL { ?p dk:startYearStatus ?status }
        ?s rdfs:label ?sl . ?r rdfs:label ?rl . FILTER(lang(?sl) = "zh" && lang(?rl) = "zh")
        FILTER NOT EXISTS { ?q dk:supporter ?s ; dk:recipient ?r . FILTER(?q != ?p) } } ORDER BY ?sl ?rl"""))
    rough = [r for r in rows if r["status"] is not None and r["status"].value.endswith("#ApproximateYear")]
    exact = [r for r in rows if r["status"] is None][:3]
    assert rough and exact
    for row in rough:
        answer = ask(store, f"{row['sl'].value}从哪一年开始对口支援{row['rl'].value}？")
        assert answer["status"] == "ok" and "约数" in answer["text"], answer["text"]
        assert [a.get("year_doubt") for a in answer["answers"]] == [["approximate"]], answer["answers"]  # the JSON says it too
    for row in exact:
        answer = ask(store, f"{row['sl'].value}从哪一年开始对口支援{row['rl'].value}？")
        assert answer["status"] == "ok" and "约数" not in answer["text"], answer["text"]
        assert all("year_doubt" not in a for a in answer["answers"]), answer["answers"]


def test_an_item_resting_on_a_rough_or_unverified_start_year_carries_year_doubt(store):
    """year_doubt in the JSON (["approximate"], ["unverified"]): on a year answer, on a list bounded by a year, and on a
    ranking by first start year (哪个省最早对口支援Y, the query reading the status of every pairing at the item's year, not
    the one fact it shows) — for every pairing of the graph whose start year is approximate or unverified."""
    rows = list(store.query(PREFIXES + """SELECT ?sl ?rl ?y ?status ?s ?r WHERE {
        ?p dk:supporter ?s ; dk:recipient ?r ; dk:startYear ?y ; dk:startYearStatus ?status .
        FILTER(?status IN (dk:ApproximateYear, dk:UnverifiedYear)) FILTER NOT EXISTS { ?s a dk:CollectiveActor }
        ?s rdfs:label ?sl . ?r rdfs:label ?rl . FILTER(lang(?sl) = "zh" && lang(?rl) = "zh")
        FILTER NOT EXISTS { ?q dk:supporter ?s ; dk:recipient ?r . FILTER(?q != ?p) } } ORDER BY ?sl ?rl"""))
    named = {"ApproximateYear": "approximate", "UnverifiedYear": "unverified"}
    assert {r["status"].value.split("#")[1] for r in rows} == set(named)
    for row in rows:
        sl, rl, year, doubt = row["sl"].value, row["rl"].value, int(row["y"].value), named[row["status"].value.split("#")[1]]
        when = ask(store, f"{sl}从哪一年开始对口支援{rl}？")
        # an approximate year is answered and flagged; a year only an unverified row gives is withheld (no_fact) and the
        # record shown beside the refusal carries the flag
        shown = when["answers"] if doubt == "approximate" else when.get("unverified_answers", [])
        assert when["status"] == ("ok" if doubt == "approximate" else "no_fact"), when
        assert [(a.get("value"), a.get("year_doubt")) for a in shown] == [(year, [doubt])], when
        # the earliest supporters of the recipient: the supporter is among them when no other began before it
        first = gold(store, f"""SELECT (MIN(?y) AS ?first) WHERE {{ ?p dk:recipient <{row['r'].value}> ; dk:startYear ?y ;
            dk:supporter ?x . {NOT_COLLECTIVE} }}""")
        if first == {year}:
            ranked = ask(store, f"哪些单位最早对口支援{rl}？")
            found = {a["iri"]: a for a in ranked["answers"]}
            assert ranked["status"] == "ok" and doubt in found[row["s"].value].get("year_doubt", []), ranked
    verified = ask(store, "上海市从哪一年开始对口支援日喀则市？")  # an exact year: no field
    assert verified["answers"] and all("year_doubt" not in a for a in verified["answers"])


def test_a_comparison_marks_an_item_by_the_tally_of_what_it_counted(store):
    """Two supporters compared (江苏和浙江谁在新疆结对的地方多): each side's count rests on its pairings in the place; the
    text says how many of them are unverified, and the winner is marked unverified only when all of them are — the
    tally read against independent SPARQL, not the one fact the comparison shows."""
    def tally(actor: str) -> tuple[int, int]:
        row = next(iter(store.query(PREFIXES + f"""SELECT (COUNT(DISTINCT ?p) AS ?n) (COUNT(DISTINCT ?u) AS ?d) WHERE {{
            {{ ?p dk:supporter D:{actor} }} UNION {{ ?p dk:supporterTeam D:{actor} }} ?p dk:recipient ?r . ?r dk:partOf? D:650000 .
            OPTIONAL {{ ?p dk:verificationStatus dk:Unverified BIND(?p AS ?u) }} }}""")))
        return int(row["n"].value), int(row["d"].value)
    result = ask(store, "江苏和浙江谁在新疆结对的地方多")
    assert result["status"] == "ok" and result["template"] == "compare"
    for actor, label in (("320000", "江苏省"), ("330000", "浙江省")):
        counted, doubted = tally(actor)
        assert counted and (f"{label}" in result["text"])
        said = f"所据{counted}条对口关系中{doubted}条未核实"
        assert (said in result["text"]) == bool(doubted), (said, result["text"])
        for a in result["answers"]:
            if a["iri"] == D + actor:
                assert bool(a.get("unverified")) == (doubted == counted), a


def test_a_comparison_item_is_unverified_only_when_all_its_counted_facts_are():
    """answers.compare with a tally: a side whose sampled fact would say unverified, but most of whose pairings are not,
    is not marked (render reads _unverified: all, some, none); a side resting only on unverified pairings is."""
    from pyoxigraph import Literal, NamedNode

    from kgqa.qa.answers import compare, difference

    def row(actor: str, value: int, counted: int, doubted: int) -> dict:
        return {"actor": NamedNode(D + actor), "value": Literal(str(value), datatype=NamedNode(
            "http://www.w3.org/2001/XMLSchema#integer")), "x": NamedNode(D + "320000"), "y": NamedNode(D + "330000"),
            "pairsCounted": Literal(str(counted)), "pairsDoubted": Literal(str(doubted)), "fact": "urn:fact:" + actor}
    some = compare([row("320000", 6, 6, 1), row("330000", 4, 5, 1)], {D + "320000": "江苏省", D + "330000": "浙江省"})
    assert [a["_unverified"] for a in some] == ["some"] and "江苏省6个（所据6条对口关系中1条未核实）" in some[0]["text"]
    every = compare([row("320000", 1, 1, 1), row("330000", 0, 0, 0)], {})
    assert [a["_unverified"] for a in every] == ["all"]
    apart = difference([row("320000", 6, 6, 0), row("330000", 4, 5, 0)], {})
    assert apart[0]["_unverified"] == "none" and "未核实" not in apart[0]["text"]


@pytest.mark.parametrize("question,giver,programme", [
    ("撇开援藏那部分，天津对口支援哪些地方？", "120000", "yuanzang"),
    ("除了援疆以外，山东还对口支援了哪些地方？", "370000", "yuanjiang"),
    ("援藏之外，广东对口支援了哪些地方？", "440000", "yuanzang"),
])
def test_a_programme_set_aside_is_left_out_not_required(store, question, giver, programme):
    """r2-excl (#15 items 3, 11): a programme named to be set aside (撇开…那部分, 除了…以外, …之外) leaves its pairings out;
    it is never the filter. The words setting it aside ask nothing (那部分 is no parts asked)."""
    result = ask(store, question)
    assert result["status"] == "ok" and json.dumps(result, ensure_ascii=False)  # (nothing unserialisable left on it)
    assert values(result) == gold(store, f"SELECT DISTINCT ?r WHERE {{ ?p dk:supporter D:{giver} ; dk:recipient ?r "
                                         f"FILTER NOT EXISTS {{ ?p dk:programme prog:{programme} }} }}")


def test_a_yes_no_with_bu_suan_sets_nothing_aside(store):
    """算不算东西部协作的一对: 不算 inside 算不算 is a yes/no question, not a programme set aside."""
    result = ask(store, "京和藏算不算东西部协作的一对")
    assert result["status"] == "ok" and result["template"] == "yes_no"


def test_a_kind_at_a_level_after_an_aid_verb_is_counted_not_scope(store):
    """对口兵团师一级最多的是哪个省: the kind an aid verb takes at a level (一级) is the partners counted — never dropped as the
    scope of the asked kind (SCOPE_AFTER's 一级 holds for 在地州这一级对口的是哪两个自治州)."""
    result = ask(store, "援疆省市里，对口兵团师一级最多的是哪个省？")
    assert result["status"] == "ok" and "XPCCDivision" in result["sparql"]
    scoped = ask(store, "苏援疆在地州这一级对口的是哪两个自治州")
    assert scoped["status"] == "ok" and "AutonomousPrefecture" in scoped["sparql"]


def test_a_level_counted_in_is_no_filter(store):
    """要连区县一级的援助方一起算: the county-level givers counted in too, not the only ones asked."""
    result = ask(store, "林芝市本身和下面各县，有哪些单位对口支援？连县一级的支援方一起算。")
    assert result["status"] == "ok" and "CountyLevelDivision" not in result["sparql"]
    assert values(result) == gold(store, f"SELECT DISTINCT ?s WHERE {{ ?p dk:supporter ?s ; dk:recipient ?r . "
                                         f"?r dk:partOf? D:540400 FILTER NOT EXISTS {{ ?s a dk:CollectiveActor }} }}")


def test_a_place_set_aside_leaves_its_places_out(store):
    """不算兵团的话，北京对口支援哪些地方: the place set aside (兵团) leaves out the partners within it — it is not the region
    the answer lies in."""
    result = ask(store, "不算兵团的话，北京对口支援哪些地方？")
    assert result["status"] == "ok"
    assert values(result) == gold(store, "SELECT DISTINCT ?r WHERE { ?p dk:supporter D:110000 ; dk:recipient ?r "
                                         "FILTER NOT EXISTS { ?r dk:partOf* <https://w3id.org/duikou/xpcc> } }")
