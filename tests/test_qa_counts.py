"""Item 3 of issue #18: a count is the engine's COUNT of the list it counts (kgqa.qa.counting), never the list
fetched and counted in Python: the same number as the list's items (with the pipeline's own filters: pairings
that have ended, a place under another counted place), and the true total when the list is longer than what an
answer shows."""
from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest

from kgqa.qa import compose, counting, render
from kgqa.qa.answers import as_dicts, without_parts
from kgqa.qa.pipeline import QA
from kgqa.qa.templates import load_templates, term

from .test_qa_pipeline import gold

D = "https://w3id.org/duikou/division/"
P = "https://w3id.org/duikou/programme/"
SLOT_VALUES = {"actor": [D + "110000", D + "310000", D + "650000", D + "540000", D + "540200", D + "653100"],
               "programme": [P + "yuanzang", P + "yuanjiang", P + "dongxibu"]}


class Listed:
    """A query's solutions read once, so that a test can see how many rows it gave."""

    def __init__(self, solutions):
        self.variables = solutions.variables
        self.rows = list(solutions)

    def __iter__(self):
        return iter(self.rows)


class Counting:
    """The store, recording how many rows each SELECT of items (?item: a list, or a list's first rows) gave."""

    def __init__(self, store):
        self.inner, self.sizes = store, []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def query(self, text, **kwargs):
        found = self.inner.query(text, **kwargs)
        if isinstance(found, ox.QuerySolutions):
            found = Listed(found)
            if ox.Variable("item") in found.variables:
                self.sizes.append(len(found.rows))
        return found


@pytest.fixture(scope="module")
def qa(store):
    return QA(store)


def listed_items(qa, t, values: dict, flags: set) -> int:
    """The items of a count template's list, filtered the way the pipeline filters a list's rows."""
    plain = dataclasses.replace(t, answer="entity")
    text = plain.query_text(qa.templates.prefixes, set(values) | flags)
    solutions = qa.store.query(text, substitutions={k: term(v) for k, v in values.items()})
    rows = as_dicts(solutions, [v.value for v in solutions.variables], values.get("x"))
    if t.prune == "parts":
        rows = without_parts(rows, qa.parents)
    if "current" in flags:
        rows = qa.current_only(rows)
    return len({r["item"].value for r in rows})


def counted(qa, t, values: dict, flags: set) -> int:
    text = t.query_text(qa.templates.prefixes, set(values) | flags)
    rows = list(qa.store.query(text, substitutions={k: term(v) for k, v in values.items()}))
    assert len(rows) <= 1, t.name
    return int(rows[0]["total"].value) if rows else 0


def test_every_count_template_counts_the_items_of_its_list(qa):
    checked = set()
    for t in load_templates().templates:
        kinds = set(t.slots.values())
        if t.answer != "count" or not kinds <= {"actor", "programme"} or len(t.slots) != 1:
            continue
        (name, kind), = t.slots.items()
        for value in SLOT_VALUES[kind]:
            for flags in (set(), {"current"}):
                expected = listed_items(qa, t, {name: value}, flags)
                assert counted(qa, t, {name: value}, flags) == expected, (t.name, value, flags)
                checked.add(t.name) if expected else None
    assert {"count_recipients", "count_supporters", "count_supporters_parts", "count_actor_pairings",
            "count_programme_supporters", "count_programme_recipients"} <= checked


def test_a_count_that_prunes_parts_finds_them_before_it_counts(qa):
    """count_supporters_parts leaves out a place whose province or city is also counted: those are found from the
    list's distinct items (counting.items_query, one reading of the list) and left out by a FILTER, not by a MINUS
    that reads the whole list again (slow at scale: its join with every part of each listed province) — the same
    total, facts and sampled facts as the MINUS form."""
    from kgqa.qa.pipeline import Binding

    from .support import Spy

    spied = QA(Spy(qa.store))
    t, checked = load_templates().by_name("count_supporters_parts"), 0
    for value in SLOT_VALUES["actor"]:
        for flags in (set(), {"current"}):
            spied.store.texts.clear()
            text, rows = spied.count_rows(Binding(t, {}, {"x": value}), flags)
            assert spied.store.texts and not any("MINUS" in q for q in spied.store.texts)
            assert "MINUS" in text  # (the query shown finds the places itself: it gives the same count on its own)
            minus = list(qa.store.query(text, substitutions={"x": term(value)}))
            figures = [[[r[k].value for k in ("total", "factsCounted", "unverifiedFacts")] for r in found]
                       for found in (rows[:1], minus)]
            assert figures[0] == figures[1], (value, flags)  # (no row: no item, either way)
            total = int(rows[0]["total"].value) if rows else 0
            assert total == listed_items(qa, t, {"x": value}, flags)
            checked += total > 0
    assert checked


def test_a_count_never_reads_its_list(store):
    spy = Counting(store)
    qa = QA(spy)
    for question, query in [
        ("北京市一共对口支援了多少个地方", "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?p dk:supporter D:110000 ; dk:recipient ?r }"),
        ("汶川地震灾后恢复重建对口支援一共有多少对对口关系？",
         "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a dk:PairingRelationship ; dk:programme prog:wenchuan-chongjian }"),
    ]:
        spy.sizes.clear()
        total, = gold(store, query)
        answer = qa.answer(question)
        assert answer["answers"][0]["value"] == total > 10
        assert max(spy.sizes, default=0) < total, question  # no query listed as many rows as there are items


def test_a_count_of_a_longer_list_than_an_answer_shows_is_the_true_total(store, monkeypatch):
    """A list template asked how many (…一共安排了多少个支援方): only the list's first rows are read, for the
    sentence; the number is the COUNT of all of them (it used to be the number of answers shown)."""
    monkeypatch.setattr(render, "MAX_ANSWERS", 3)
    spy = Counting(store)
    answer = QA(spy).answer("第三次西藏工作座谈会一共安排了多少个支援方")
    total, = gold(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?p dk:establishedBy ?e ; dk:supporter ?s . "
                         "?e rdfs:label \"第三次西藏工作座谈会\"@zh FILTER NOT EXISTS { ?s a dk:CollectiveActor } }")
    assert answer["template"] == "event_supporters" and answer["answers"] == [{"value": total}] and total > 3
    assert answer["text"].startswith(f"共{total}个：") and f"等{total}项" in answer["text"]
    assert spy.sizes and max(spy.sizes) <= 3 and "COUNT" in answer["sparql"]
    shown = list(store.query(answer["sparql"]))  # the query shown gives the number
    assert int(shown[0]["total"].value) == total


def test_a_count_bound_for_a_remote_engine_gives_the_same_row(qa):
    """The remote backend binds values with VALUES blocks (kgqa.store.binding.bind, the outermost group first):
    the COUNT's subqueries project the bound names, so its row is the same, and so are the sampled facts (their
    query has its own LIMIT, not a subquery's)."""
    from kgqa.store.remote import bind

    def read(solutions):
        return sorted(tuple(str(v) for v in s) for s in solutions)

    templates, checked = load_templates(), 0
    for name, flags in [("count_recipients", set()), ("count_supporters_parts", {"current"}),
                        ("count_supporters", {"current"})]:
        t = templates.by_name(name)
        for text in (t.query_text(templates.prefixes, {"x"} | flags), t.sample_text(templates.prefixes, {"x"} | flags)):
            for x in SLOT_VALUES["actor"]:
                expected = read(qa.store.store.query(text, use_default_graph_as_union=True,  # pyoxigraph's substitutions
                                                     substitutions={ox.Variable("x"): term(x)}))
                assert len(expected) < counting.SAMPLE  # the whole list's facts (a longer one: the engine's first)
                assert read(qa.store.query(bind(text, {"x": term(x)}))) == expected, (name, x)
                checked += bool(expected)
    assert checked >= 12


def test_no_list_query_uses_the_count_wrappers_own_names():
    texts = [t.sparql for t in load_templates().templates] + [compose.sparql(p) for p in compose.shapes()]
    assert not [n for n in counting.OWN for text in texts if f"?{n}" in text]
