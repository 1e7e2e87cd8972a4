"""Kinds found studying outside-p-study: a day asked of a coarser date, a text to be drafted, a chapter by its subject,
a name's bracketed gloss (pure functions; the whole pipeline is checked by dev.json's pr22f-* groups)."""
from kgqa.qa import render
from kgqa.qa.book import subject_pointed
from kgqa.qa.vocabulary import without_asides


def answered(*values):
    return {"status": "ok", "answers": [{"value": v} for v in values], "text": "…", "entities": [{"text": "银川"}]}


def test_a_day_asked_of_a_month_is_no_fact_with_the_month_kept():
    result = render.coarser_than_asked(answered("2016-07"), "银川座谈会具体是几号？")
    assert result["status"] == "no_fact" and result["answers"] == []
    assert result["partial_answers"] == [{"value": "2016-07"}] and "2016年7月" in result["text"]


def test_a_full_day_or_a_month_asked_stays_answered():
    assert render.coarser_than_asked(answered("2010-05-17"), "是哪一天开的")["status"] == "ok"
    assert render.coarser_than_asked(answered("2016-07"), "是哪年几月开的")["status"] == "ok"
    assert render.coarser_than_asked(answered(1994), "国办发几号文")["status"] == "ok"


def test_a_text_to_draft_is_refused_but_the_askers_own_writing_is_not():
    refused = render.drafting_refused(answered(2016), "请帮我起草一份闽宁协作座谈会上的讲话稿")
    assert refused["status"] == "no_template" and refused["answers"] == []
    assert render.drafting_refused(answered(1996), "最近在写一篇稿子，想确认一下：福建对口宁夏哪年开始")["status"] == "ok"
    assert render.drafting_refused(answered(1996), "哪个部门起草了这份文件")["status"] == "ok"


def test_a_chapter_pointed_at_by_its_subject_reads_as_which_chapter():
    assert subject_pointed("讲新疆的那一章标题叫啥") == "讲新疆的是哪一章"
    assert subject_pointed("对口支援新疆那章从第几页开始") == "对口支援新疆那章从第几页开始"


def test_a_names_bracketed_gloss_is_set_aside():
    assert without_asides("山东在东西部扶贫协作（2021年起称东西部协作）中帮过哪些省") == "山东在东西部扶贫协作中帮过哪些省"
    assert without_asides("上海（含各区）对口哪里") == "上海（含各区）对口哪里"
