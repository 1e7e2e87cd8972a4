"""Pairing questions composed from the frame: every named constraint becomes a fragment with a bound value."""
from __future__ import annotations

import re

import pytest

from kgqa.qa import ask, compose, qa_for
from kgqa.qa.normalise import normalise
from kgqa.qa.pipeline import without_preamble

D = "https://w3id.org/duikou/division/"


def frame_of(store, question):
    qa = qa_for(store)
    text = without_preamble(normalise(question))
    mentions = qa.without_qualifiers(text, qa.by_context(text, qa.gazetteer.link(text)))
    return qa.frame_of(text, mentions, {})


def test_a_meeting_an_actor_and_its_role_are_all_bound(store):
    plan = compose.plan(frame_of(store, "1979年那次边防工作会议让山东支援哪里？"))
    assert plan.asked == "recipient" and plan.actor == D + "370000"
    assert plan.event.endswith("event/1979-bianfang") and plan.year is None  # 1979年 names the meeting's own year
    query = compose.sparql(plan)
    assert "?event" in query and "?actor" in query and not re.search(r"<https?:|\b1979\b", query)


@pytest.mark.parametrize("question, kind", [("2012年北京还在支援哪些地方？", "in_force"),
                                            ("2000年的时候，天津在对口支援哪些地方？", "in_force"),
                                            ("1994年开始援藏的有哪些省市？", "began"),
                                            ("2010年以后北京开始对口支援哪些地方？", "after")])
def test_the_kind_of_time_constraint_is_kept(store, question, kind):
    plan = compose.plan(frame_of(store, question))
    assert plan is not None and plan.year[0] == kind


@pytest.mark.parametrize("question", ["北京和上海都支援过哪些地方？", "北京对口支援拉萨吗？", "第三阶段有哪些标志事件？",
                                      "北京每年支援多少", "下一轮援藏结对会怎么调整？"])
def test_what_the_fragments_cannot_express_is_not_composed(store, question):
    assert compose.plan(frame_of(store, question)) is None


def test_in_force_answers_leave_out_pairings_begun_later_or_ended_before(store):
    result = ask(store, "2000年的时候，天津在对口支援哪些地方？")
    assert result["status"] == "ok" and result["template"] == "composed"
    later = ask(store, "2020年的时候，天津在对口支援哪些地方？")
    assert {a["iri"] for a in result["answers"]} != {a["iri"] for a in later["answers"]}
    assert "2000年仍在执行" in result["interpretation"] and "FILTER NOT EXISTS { ?fact dk:endYear" in result["sparql"]


def test_a_ranking_is_never_answered_by_a_plain_list(store):
    """A template that lists a meeting's supporters leaves 最多 unused: the composed ranking answers instead."""
    result = ask(store, "第三次西藏工作座谈会确定的结对里，哪个支援方负责的地方最多？")
    assert result["status"] == "ok" and result["template"] == "composed"
    assert "COUNT(DISTINCT ?other)" in result["sparql"] and "最多" in result["text"]


def test_a_count_the_source_states_is_answered_with_its_source_and_the_recorded_count(store):
    """Item 5 of issue #15: the collective pairing's stated total (西藏自治区全部74个县), beside the counties recorded."""
    result = ask(store, "援藏一共覆盖了多少个县？")
    assert result["status"] == "ok" and result["template"] == "stated_total"
    assert result["answers"] == [{"value": 74}] and result["sources"]
    recorded = int(re.search(r"有(\d+)个", result["text"]).group(1))
    assert 0 < recorded < 74


def test_a_place_with_its_parts_is_grouped_and_each_item_says_which_part(store):
    """Item 2 of issue #15: the place's own partners and its parts' partners, in one answer; `via` names the parts."""
    result = ask(store, "阿坝州本身和下辖各县得到哪些省市的援建？")
    assert result["status"] == "ok" and "本身：" in result["text"] and "下辖地方：" in result["text"]
    through = [a for a in result["answers"] if a.get("via")]
    assert through and all(isinstance(v, str) and v for a in through for v in a["via"])
    assert any(a["label"] == "广东省" and "汶川县" in a["via"] for a in through)


def test_a_total_is_not_an_intersection(store):
    """一共有 is a total, not 共有 (two places' common partners)."""
    assert "common" not in frame_of(store, "西藏自治区一共有哪些支援方？").cues


def test_a_meeting_named_but_not_linked_is_reported_not_dropped(store):
    """Item 11 of issue #15: 1990年的协作会议 names a meeting the graph does not hold (no meeting that year); answering
    the supporters of 湖北 would drop it, so the answer is not ok and says which words it could not use."""
    result = ask(store, "1990年的协作会议给湖北安排了什么支援任务？")
    assert result["status"] == "no_template" and "协作会议" in result["text"]


def test_a_meeting_named_by_its_year_and_words(store):
    """Item 1 of issue #15: 1984年的协作会议 is the one meeting of 1984 whose name holds 协作; the places it gave 湖北 are
    those of its pairings with 湖北 as supporter (independent SPARQL)."""
    result = ask(store, "1984年的协作会议给湖北安排了什么支援任务？")
    expected = {r["r"].value for r in store.query("""PREFIX dk: <https://w3id.org/duikou/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?r WHERE { ?e a dk:Meeting ; dk:year 1984 ; rdfs:label ?l FILTER(CONTAINS(?l, "协作"))
          ?p dk:establishedBy ?e ; dk:supporter <https://w3id.org/duikou/division/420000> ; dk:recipient ?r }""")}
    assert result["status"] == "ok" and expected and {a["iri"] for a in result["answers"]} == expected


def test_a_count_that_keeps_collectives_is_valid_sparql(store):
    """包括集体 leaves the collective filters as comments: the closing braces must not follow them on their line (a
    count of a meeting's pairings with collectives kept raised a SPARQL SyntaxError)."""
    plan = compose.plan(frame_of(store, "第三次西藏工作座谈会确定江苏支援了几个地方？"))
    assert plan is not None and plan.aggregate == "count"
    assert not re.search(r"#\[!collectives\][^\n]*\}[ \t]*\}", compose.sparql(plan))  # (its own brace only)
    answer = ask(store, "第三次西藏工作座谈会确定江苏支援了几个地方？包括集体")
    assert answer["status"] == "ok" and isinstance(answer["answers"][0]["value"], int)


def test_a_meeting_whose_pairings_are_all_collective_answers_the_collective(store):
    """1993年…决定由谁来对口支援西藏区直各部门: the meeting set up one collective pairing; it is the answer, not no_fact."""
    answer = ask(store, "1993年那次西藏工作会议安排谁支援西藏区直各部门")
    assert answer["status"] == "ok"
    assert [a["iri"] for a in answer["answers"]] == ["https://w3id.org/duikou/collective/guowuyuan-13-buwei"]


def test_a_tie_tells_the_counts_and_its_verdict_once(store):
    result = ask(store, "山东和上海在西藏援助的县，哪个多")
    assert {a["iri"] for a in result["answers"]} == {D + "370000", D + "310000"}
    assert result["text"].count("两者相同") == 1 and result["text"].count("山东省") == 1


def test_by_how_many_answers_the_difference_with_both_counts(store):
    more = ask(store, "北京和天津援疆结对的地方相差多少个")
    counts = [int(n) for n in re.findall(r"(\d+)个", more["text"])[:2]]
    assert [a["value"] for a in more["answers"]] == [abs(counts[0] - counts[1])] and "北京市" in more["text"] and "天津市" in more["text"]


def test_the_fewer_of_two_counts_one_without_partners_as_zero(store):
    result = ask(store, "援藏中，湖北与湖南哪个省对口的县较少")
    assert [a["iri"] for a in result["answers"]] == [D + "420000"] and "湖北省0个" in result["text"]


@pytest.mark.parametrize("question, aggregate, n, asked", [
    ("汶川重建中哪个省份承担了两个受援地", "exactly", 2, "supporter"),
    ("哪些县同时有两个上海的区对口支援", "exactly", 2, "recipient"),
    ("有没有哪个地市由五个以上的省市支援", "at_least", 5, "recipient")])
def test_a_number_of_partners_keeps_the_items_with_that_many(store, question, aggregate, n, asked):
    plan = compose.plan(frame_of(store, question))
    assert (plan.aggregate, plan.n, plan.asked) == (aggregate, n, asked)
    assert "HAVING" in compose.sparql(plan) and not re.search(r"\b[25]\b", compose.sparql(plan))


def test_a_named_places_own_parts_are_ranked(store):
    givers = compose.plan(frame_of(store, "江苏哪个市对口支援的县最多"))
    assert (givers.asked, givers.under, givers.within) == ("supporter", D + "320000", None)
    takers = compose.plan(frame_of(store, "青海哪个州的支援方最多"))
    assert (takers.asked, takers.within, takers.aggregate) == ("recipient", D + "630000", "most") and takers.rolled


@pytest.mark.parametrize("question, pair", [
    ("援疆前后两轮，哪一轮参加的省市多", ("programme/yuanjiang/round-1996", "programme/yuanjiang/round-2010")),
    ("汶川地震的两个对口名单，哪一个参加的省份多", ("programme/wenchuan-guodu", "programme/wenchuan-chongjian"))])
def test_one_programmes_two_stages_or_rounds_are_compared(store, question, pair):
    result = ask(store, question)
    assert result["template"] == "compare_programme_members"
    assert all(p in result["sparql"] for p in pair) and len(result["answers"]) >= 1


def test_a_stated_total_beside_the_recorded_ones_at_province_rank(store):
    """省市 recorded one by one: a province-rank city in its province's team is not one of them (the rank convention)."""
    result = ask(store, "新一轮援疆一共几个省市")
    q = """PREFIX dk: <https://w3id.org/duikou/ontology#> SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {
      ?p dk:round <https://w3id.org/duikou/programme/yuanjiang/round-2010> ; dk:supporter ?s . ?s a dk:ProvinceRankActor
      FILTER NOT EXISTS { ?p dk:supporterTeam ?t } }"""
    recorded = int(next(iter(store.query(q)))["n"].value)
    assert result["template"] == "stated_total" and f"有{recorded}个" in result["text"]


def test_a_kind_set_aside_is_not_the_kind_counted(store):
    result = ask(store, "援青除了六省市还有多少个中央国家机关参与")
    assert result["template"] == "stated_total" and "中央国家机关有" in result["text"]
