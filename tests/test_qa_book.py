"""The seed book's own facts answered with the thing asked (issue #15 item 8): the newspaper, the factory, the body set
up, the copyright page's items, never the label of the event or heading they sit in."""
from __future__ import annotations

import pytest

from kgqa.qa import ask

PREFIXES = "PREFIX dk: <https://w3id.org/duikou/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "


def values(store, query: str) -> set:
    return {row[0].value for row in store.query(PREFIXES + query)}


@pytest.mark.parametrize("question, query", [
    ("1960年那篇社论登在哪家报纸上", "SELECT ?v WHERE { ?e dk:year 1960 ; dk:newspaper ?v }"),
    ("一九六〇年的社論表揚了哪個工廠？", "SELECT ?v WHERE { ?e dk:year 1960 ; dk:commendedUnit ?v }"),
    ("那本书的责任编辑是谁",
     'SELECT ?v WHERE { ?b dk:imprintItem ?i FILTER(STRSTARTS(?i, "责任编辑：")) BIND(STRAFTER(?i, "：") AS ?v) }'),
    ("乌兰夫当时担任什么职务", 'SELECT ?v WHERE { ?p rdfs:label "乌兰夫"@zh ; dk:role ?v }'),
])
def test_the_thing_asked_not_the_event(store, question, query):
    answer = ask(store, question)
    expected = values(store, query)
    assert answer["status"] == "ok" and expected
    assert {a["value"] for a in answer["answers"]} == expected
    assert all("iri" not in a for a in answer["answers"])  # a value, not the event it belongs to


def test_a_body_set_up_is_the_actor_and_its_year_the_events(store):
    body = ask(store, "1986年国务院成立了什么机构")
    assert body["status"] == "ok" and [a["iri"] for a in body["answers"]] == \
        sorted(values(store, "SELECT ?b WHERE { ?e dk:year 1986 ; dk:setsUp ?b }"))
    year = ask(store, "扶贫开发领导小组是哪一年成立的")
    assert year["status"] == "ok" and [a["value"] for a in year["answers"]] == [1986]


def test_an_event_fact_needs_the_event_or_its_year(store):
    """哪个计划参与的省份最多 has 计划 in it, not a document asked of an event: the event templates do not fit."""
    answer = ask(store, "哪个计划参与的省份最多")
    assert answer["template"] != "event_document"


def test_a_word_inside_a_report_title_is_not_an_actor(store):
    answer = ask(store, "在边防工作会议上作《全国人民团结起来》报告的是谁")
    assert answer["status"] == "ok" and [a["label"] for a in answer["answers"]] == ["乌兰夫"]
    assert not any(e["iri"].endswith("collective/quanguo") for e in answer["entities"])
