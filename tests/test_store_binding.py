"""How values reach a query (kgqa.store.binding): VALUES blocks where the planner uses them, the answers of
pyoxigraph's substitutions, and never a string the user typed in the query text."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kgqa.namespaces import sparql_prefixes
from kgqa.store.binding import bind, groups_using
from kgqa.store.embedded import EmbeddedStore

P = sparql_prefixes()
D = "https://w3id.org/duikou/division/"
LHASA, BEIJING = ox.NamedNode(D + "540100"), ox.NamedNode(D + "110000")
PROVINCE = ox.NamedNode("https://w3id.org/duikou/ontology#ProvinceRankActor")

# each shape where a block goes, or must not go: a UNION branch, an OPTIONAL, a FILTER NOT EXISTS, a subquery
# projecting the name, one not projecting it (its own ?x), a VALUES data block of the query's own
SHAPES = [
    "SELECT DISTINCT ?item ?x ?cls WHERE { ?part dk:partOf* ?x . ?f dk:recipient ?part ; dk:supporter ?item . "
    "{ ?item a ?cls } UNION { ?f dk:supporterTeam ?t } }",
    "SELECT ?item ?x ?l WHERE { ?f dk:supporter ?item ; dk:recipient ?r . OPTIONAL { ?r dk:partOf ?x . ?r rdfs:label ?l } }",
    "SELECT ?item ?x WHERE { ?f dk:supporter ?item ; dk:recipient ?r . FILTER NOT EXISTS { ?r dk:partOf* ?x } }",
    "SELECT ?item ?x ?n WHERE { { SELECT ?item ?x (COUNT(?f) AS ?n) WHERE { ?f dk:recipient ?x ; dk:supporter ?item } "
    "GROUP BY ?item ?x } }",
    "SELECT ?item ?x WHERE { ?f dk:recipient ?x ; dk:supporter ?item . { SELECT DISTINCT ?item WHERE { "
    "?g dk:supporter ?item ; dk:recipient ?x FILTER(?x != <https://w3id.org/duikou/division/540100>) } } }",
    "SELECT ?item ?x ?k WHERE { VALUES ?k { 1 2 } ?f dk:recipient ?x ; dk:supporter ?item }",
]


def substituted(store, text, values):
    return rows(store.store.query(text, use_default_graph_as_union=True,
                                  substitutions={ox.Variable(k): v for k, v in values.items()}))


def rows(result):
    return sorted(tuple(str(s[v]) for v in result.variables) for s in result)


@pytest.mark.parametrize("shape", SHAPES)
def test_blocks_where_used_give_what_substitutions_give(store, shape):
    values = {"x": LHASA, "cls": PROVINCE} if "?cls" in shape else {"x": LHASA}
    text = P + shape
    expected = substituted(store, text, values)
    assert expected  # not vacuous
    assert rows(store.store.query(bind(text, values), use_default_graph_as_union=True)) == expected
    assert rows(store.query(text, substitutions=values)) == expected  # the embedded backend's own path


def test_a_union_branch_gets_the_value_an_exists_does_not():
    union, _, _, _, own, data = SHAPES
    where = {at: names for at, names in groups_using(union, ["x", "cls"])}
    assert list(where.values()) == [["cls"]] and union[:min(where)].endswith("{")  # the branch ?item a ?cls
    assert groups_using(SHAPES[2], ["x"]) == []  # only the outer block: FILTER NOT EXISTS sees it
    assert groups_using(own, ["x"]) == []  # the subquery's ?x is its own
    assert groups_using(data, ["x"]) == []  # a data block is not a group
    assert "VALUES ?x { <" + D + "540100> }" in bind(union, {"x": LHASA})


def test_a_subquery_wrapper_takes_no_block():
    text = SHAPES[3]
    bound = bind(text, {"x": LHASA})
    assert "{ SELECT" in " ".join(bound.split())  # the '{' before SELECT holds nothing else
    assert bound.count("VALUES ?x") == 2  # the outermost group and the subquery's WHERE group


class Recording:
    """A pyoxigraph store that keeps the text of every query it is given."""

    def __init__(self, inner):
        self.inner, self.texts = inner, []

    def query(self, text, **kwargs):
        self.texts.append(text)
        return self.inner.query(text, **kwargs)

    def __getattr__(self, name):
        return getattr(self.inner, name)


@pytest.fixture()
def recorded(store):
    spy = Recording(store.store)
    return EmbeddedStore(spy, store.data_version), spy


def test_a_string_stays_a_substitution(recorded):
    store, spy = recorded
    evil = ox.Literal('x" } UNION { ?s ?p ?o } #')
    solutions = list(store.query(P + "SELECT ?v ?x WHERE { ?s rdfs:label ?l FILTER(?l != ?v) } LIMIT 1",
                                 substitutions={"v": evil, "x": BEIJING}))
    assert solutions and solutions[0]["v"] == evil and solutions[0]["x"] == BEIJING
    assert "UNION" not in spy.texts[-1] and "x\\\"" not in spy.texts[-1]
    assert f"<{D}110000>" in spy.texts[-1]  # the IRI is written in


HOSTILE = ['北京对口支援哪些地区？" } UNION { ?s ?p ?o } #', "拉萨市}由哪个省市对口支援？' ; DROP ALL ;",
           "谁对口支援<http://evil.example/x>拉萨市？", '上海市对口支援哪些地方？\\u0022 } FILTER(true) {',
           "哪些省市对口支援日喀则？ } UNION { SELECT * WHERE { ?a ?b ?c } }"]


@pytest.mark.parametrize("question", HOSTILE)
def test_a_hostile_question_never_reaches_the_query_text(recorded, question):
    from kgqa.qa import ask

    store, spy = recorded
    answer = ask(store, question)
    assert spy.texts  # the names in it were linked and queried
    for text in spy.texts + [answer.get("sparql") or ""]:
        for piece in ("?s ?p ?o", "DROP ALL", "evil.example", "\\u0022", "FILTER(true)", "?a ?b ?c", "' ;"):
            assert piece not in text, (piece, text)
