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


def test_other_solutions_are_read_by_name():
    rows = as_dicts([{"item": term(D + "110000"), "fact": None}], ["item", "fact"], "urn:default")
    assert rows == [{"item": term(D + "110000"), "fact": "urn:default"}]
