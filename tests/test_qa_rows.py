"""Query rows read by position (kgqa.qa.answers.as_dicts) are the rows read by name, for every template."""
from __future__ import annotations

from kgqa.qa.answers import as_dicts
from kgqa.qa.templates import load_templates, term

D = "https://w3id.org/duikou/division/"
VALUES = {"x": D + "110000", "y": D + "540100"}


def by_name(solutions, variables, default_fact):
    rows = []
    for s in solutions:
        row = {v: s[v] for v in variables if s[v] is not None}
        if "facts" in row:
            rows += [{**row, "fact": f} for f in row.pop("facts").value.split()]
            continue
        row["fact"] = row["fact"].value if "fact" in row else default_fact
        rows.append(row)
    return rows


def test_rows_by_position_equal_rows_by_name(store):
    templates = load_templates()
    checked = 0
    for t in templates.templates:
        if set(t.slots.values()) - {"actor"} or len(t.slots) > 2:
            continue
        values = dict(zip(t.slots, VALUES.values()))
        text = t.query_text(templates.prefixes, set(values))
        subs = {k: term(v) for k, v in values.items()}
        solutions = list(store.query(text, substitutions=subs))
        variables = [v.value for v in store.query(text, substitutions=subs).variables]
        assert as_dicts(solutions, variables, values.get("x")) == by_name(solutions, variables, values.get("x")), t.name
        checked += bool(solutions)
    assert checked >= 10


# templates that group an answer's facts (?facts), and the same question asked one row per fact
PLAIN = {
    "recipients_of": "?fact dk:supporter ?x ; dk:recipient ?item .",
    "supporters_of": "?fact dk:recipient ?x ; dk:supporter ?item . FILTER NOT EXISTS { ?item a dk:CollectiveActor }",
    "supporters_of_parts": "?r dk:partOf ?x . ?fact dk:recipient ?r ; dk:supporter ?item . "
                           "FILTER NOT EXISTS { ?item a dk:CollectiveActor }",
    "programme_supporters": "?fact dk:programme ?x ; dk:supporter ?item . FILTER NOT EXISTS { ?item a dk:CollectiveActor }",
    "class_supporters": "?fact dk:supporter ?item . ?item a ?cls .",
}
P = "https://w3id.org/duikou/programme/"
O = "https://w3id.org/duikou/ontology#"
ASKED = {"programme_supporters": (P + "yuanjiang", P + "yuanzang", P + "dongxibu", P + "sanxia"),
         "class_supporters": (O + "ProvinceLevelDivision", O + "CentralEnterprise", O + "City", O + "District")}
SLOT = {"class_supporters": "cls"}  # the slot a template's grouped query is asked with (else x)


def test_grouped_facts_are_the_facts_one_row_each(store):
    templates = load_templates()
    grouped = {t.name: t for t in templates.templates if "?facts" in t.sparql}
    assert set(grouped) == set(PLAIN)
    for name, pattern in PLAIN.items():
        slot = SLOT.get(name, "x")
        for x in ASKED.get(name, (D + "110000", D + "650000", D + "540200", D + "310000")):
            text = grouped[name].query_text(templates.prefixes, {slot})
            solutions = store.query(text, substitutions={slot: term(x)})
            rows = as_dicts(solutions, [v.value for v in solutions.variables], x)
            plain = store.query(templates.prefixes + f"SELECT DISTINCT ?item ?fact ?{slot} WHERE {{ {pattern} }}",
                                substitutions={slot: term(x)})
            expected = {(s["item"].value, s["fact"].value) for s in plain}
            assert {(r["item"].value, r["fact"]) for r in rows} == expected, (name, x)
            assert len(rows) == len(expected)


def test_other_solutions_are_read_by_name():
    rows = as_dicts([{"item": term(D + "110000"), "fact": None}], ["item", "fact"], "urn:default")
    assert rows == [{"item": term(D + "110000"), "fact": "urn:default"}]
