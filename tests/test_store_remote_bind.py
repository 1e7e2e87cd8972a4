"""Bound values (VALUES blocks, kgqa.store.binding) behave like pyoxigraph's substitutions, FILTERs included: the
remote backend sends them, and the embedded one runs IRIs and numbers that way."""
from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from kgqa.namespaces import sparql_prefixes
from kgqa.store.remote import bind

P = sparql_prefixes()
XSD_INT = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
BEIJING = ox.NamedNode("https://w3id.org/duikou/division/110000")

CASES = [
    ("SELECT ?r ?s WHERE { ?p dk:supporter ?s ; dk:recipient ?r }", {"s": BEIJING}),
    ("SELECT ?p ?y WHERE { ?p dk:startYear ?start FILTER(?start >= ?y) }", {"y": ox.Literal("2016", datatype=XSD_INT)}),
    ("SELECT ?p ?s ?y { ?p dk:supporter ?s ; dk:startYear ?start . FILTER(?start < ?y) }  # WHERE omitted, '{' in comment",
     {"s": BEIJING, "y": ox.Literal("2000", datatype=XSD_INT)}),
    ('SELECT ?l ?s WHERE { ?s rdfs:label ?l FILTER(?l != "{ not a group }"@zh) }', {"s": BEIJING}),
    ("ASK WHERE { ?s dk:supports ?r }", {"s": BEIJING, "r": ox.NamedNode("https://w3id.org/duikou/division/540100")}),
    ("CONSTRUCT { ?s dk:supports ?r } WHERE { ?s dk:supports ?r }", {"s": BEIJING}),
]


def rows(result):
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, ox.QuerySolutions):
        return sorted(tuple(str(s[v]) for v in result.variables) for s in result)
    return sorted(str(t) for t in result)


@pytest.mark.parametrize("query,values", CASES)
def test_bound_text_gives_what_substitutions_give(store, query, values):
    expected = rows(store.store.query(P + query, use_default_graph_as_union=True,
                                      substitutions={ox.Variable(k): v for k, v in values.items()}))
    got = rows(store.store.query(bind(P + query, values), use_default_graph_as_union=True))
    assert got == expected
    assert expected  # the case is not vacuous


def test_hostile_literal_stays_one_value(store):
    evil = ox.Literal('x" } ; DROP ALL ; SELECT * { "')
    text = bind(P + "SELECT ?l WHERE { ?s rdfs:label ?l FILTER(?l = ?v) }", {"v": evil})
    assert rows(store.store.query(text, use_default_graph_as_union=True)) == []


def test_values_reach_every_subquery_that_projects_them(store):
    """A remote engine evaluates a subquery before the outer VALUES block joins it: the block is repeated in every
    subquery that projects a bound name, so a FILTER or a LIMIT inside sees the value (pairings_after gave no rows)."""
    query = ("SELECT ?p ?y WHERE { { SELECT ?p ?y WHERE { ?p a dk:PairingRelationship ; dk:startYear ?s FILTER(?s >= ?y) } "
             "LIMIT 3 } "
             "{ SELECT * WHERE { ?p dk:supporter ?a } } }")
    values = {"y": ox.Literal("2010", datatype=XSD_INT)}
    expected = rows(store.store.query(P + query, use_default_graph_as_union=True,
                                      substitutions={ox.Variable(k): v for k, v in values.items()}))
    assert expected and rows(store.store.query(bind(P + query, values), use_default_graph_as_union=True)) == expected


def test_every_question_template_bound_remotely_gives_what_substitutions_give(store):
    """Every template bound by VALUES blocks gives what pyoxigraph's ``substitutions=`` give — except where a bound
    name is read in a BIND (``{ BIND(?x AS ?actor) } UNION …``: the pre-binding does not reach a nested group's
    BIND, and there the query with its values written into the text is the meaning) — and the embedded backend's
    ``substitutions=`` runs it that way."""
    from kgqa.qa.templates import display_query, load_templates, term

    templates, checked = load_templates(), 0
    sample = {"year": 2010, "actor": "https://w3id.org/duikou/division/110000",
              "programme": "https://w3id.org/duikou/programme/yuanzang"}
    for t in templates.templates:
        if not set(t.slots.values()) <= set(sample):
            continue
        subs = {name: term(sample[kind]) for name, kind in t.slots.items()}
        for flags in (set(), {"current"}):
            text = t.query_text(templates.prefixes, set(subs) | flags)
            got = store.store.query(bind(text, subs), use_default_graph_as_union=True)
            if any(re.search(rf"BIND\(\s*\?{name}\b", text) for name in subs):  # read in a BIND: written into the text
                written = store.store.query(display_query(text, {name: sample[kind] for name, kind in t.slots.items()}),
                                            use_default_graph_as_union=True)
                names = [v.value for v in written.variables]
                expected = sorted(tuple(str(s[v]) for v in names) for s in written)
                assert sorted(tuple(str(s[v]) for v in names) for s in got) == expected, t.name
            else:
                expected = rows(store.store.query(text, use_default_graph_as_union=True,  # pyoxigraph's own substitutions
                                                  substitutions={ox.Variable(k): v for k, v in subs.items()}))
                assert rows(got) == expected, t.name
            assert rows(store.query(text, substitutions=subs)) == rows(store.store.query(
                bind(text, subs), use_default_graph_as_union=True)), t.name
            checked += bool(expected)
    assert checked >= 100
