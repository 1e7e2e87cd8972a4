"""What the answerer reads once per process, not once per question (issue 18: the per-question cost over HTTP):
the mechanism facts, even when a graph holds none, and whether a named entity is in a pairing with a collective."""
from __future__ import annotations

import io

import pytest

from bench.generate import generate
from kgqa.qa import mechanisms, pipeline
from kgqa.qa.pipeline import QA
from kgqa.store.embedded import EmbeddedStore

from .support import Spy

QUESTIONS = ["哪些地方对口支援新疆维吾尔自治区？", "对口支援西藏是哪一年开始的？", "北京市对口支援哪些地方？"]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """A generated graph: programmes and pairings, no mechanism facts and no collective actors."""
    path = tmp_path_factory.mktemp("read-once") / "bench.nt"
    out = io.StringIO()
    generate(out, 20_000)
    path.write_text(out.getvalue(), encoding="utf-8")
    return EmbeddedStore.from_files([path])


@pytest.mark.parametrize("which", ["synthetic", "store"])
def test_each_question_asked_again_reads_neither_again_and_answers_the_same(which, request):
    spy = Spy(request.getfixturevalue(which))
    qa = QA(spy)
    first = [qa.answer(q) for q in QUESTIONS]
    assert all(a["status"] == "ok" for a in first), [(a["question"], a["status"]) for a in first]
    read = len(spy.texts)
    again = [qa.answer(q) for q in QUESTIONS]
    later = spy.texts[read:]
    assert spy.texts.count(mechanisms.FACTS_QUERY) <= 1
    assert pipeline.WITH_COLLECTIVE not in later and mechanisms.FACTS_QUERY not in later
    assert [a["answers"] for a in again] == [a["answers"] for a in first]


def test_the_collective_check_kept_is_the_graphs_answer(store):
    qa = QA(store)
    with_one = [r["v"].value for r in store.query(
        "SELECT DISTINCT ?v WHERE { ?p ?role ?v ; <https://w3id.org/duikou/ontology#supporter>|"
        "<https://w3id.org/duikou/ontology#recipient> ?c . ?c a <https://w3id.org/duikou/ontology#CollectiveActor> "
        "FILTER(isIRI(?v)) } LIMIT 3")]
    without = ["https://w3id.org/duikou/division/110000", "https://w3id.org/duikou/division/540200"]
    assert with_one
    for _ in range(2):  # looked up, then kept
        assert [qa.with_collective(v) for v in with_one] == [True] * len(with_one)
    for v in without:
        expected = bool(store.query(pipeline.WITH_COLLECTIVE, substitutions={"v": pipeline.term(v)}))
        assert qa.with_collective(v) is expected and qa.with_collective(v) is expected


def test_warm_reads_before_the_fork_what_a_first_question_would_read(synthetic):
    spy = Spy(synthetic)
    qa = pipeline.warm(spy)
    assert pipeline.qa_for(spy) is qa and mechanisms.FACTS_QUERY in spy.texts  # the examples read the facts
    read = len(spy.texts)
    assert qa.answer("哪些省市对口支援喀什地区？")["status"] == "ok"
    assert mechanisms.FACTS_QUERY not in spy.texts[read:]


def test_the_sources_of_many_facts_are_read_in_one_query_each_as_read_alone(store):
    from kgqa.qa import render

    facts = [r["p"].value for r in store.query(
        "SELECT ?p WHERE { ?p a <https://w3id.org/duikou/ontology#PairingRelationship> } ORDER BY ?p LIMIT 100")]
    spy = Spy(store)
    index = render.SourceIndex(spy, set())
    index.read(facts)
    assert len(spy.texts) == 1 and len(facts) == 100
    alone = render.SourceIndex(store, set())
    assert [index.of(f) for f in facts] == [alone.of(f) for f in facts] and len(spy.texts) == 1
    assert any(index.of(f) for f in facts)
