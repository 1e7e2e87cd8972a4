"""Links out: every division of the reference table carries its GB/T 2260 code, every QID there is
linked to Wikidata, and no division links to a QID the table does not give; pages show both."""
from __future__ import annotations

import csv

import pytest

from kgqa.config import PROJECT_ROOT
from kgqa.namespaces import BASE

ROWS = list(csv.DictReader((PROJECT_ROOT / "data" / "reference" / "admin-ids.csv").open(encoding="utf-8")))
WD = "http://www.wikidata.org/entity/"
CODE = f"SELECT ?code WHERE {{ ?d <{BASE}ontology#gb2260Code> ?code }}"
MATCHES = ("SELECT ?d ?m WHERE { ?d <http://www.w3.org/2004/02/skos/core#exactMatch>|<http://www.w3.org/2002/07/owl#sameAs> ?m "
           f'FILTER(STRSTARTS(STR(?m), "{WD}")) }}')


def division(row) -> str:
    return f"{BASE}division/{row['gb2260_code']}"


@pytest.fixture(scope="module")
def matches(store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in store.query(MATCHES):
        out.setdefault(r["d"].value, set()).add(r["m"].value[len(WD):])
    return out


@pytest.mark.parametrize("row", ROWS, ids=[r["name"] for r in ROWS])
def test_division_carries_its_code(store, row):
    codes = [r["code"].value for r in store.query(CODE.replace("?d", f"<{division(row)}>"))]
    assert codes == [row["gb2260_code"]]


@pytest.mark.parametrize("row", [r for r in ROWS if r["wikidata_qid"]], ids=lambda r: r["name"])
def test_qid_is_linked(matches, row):
    assert matches.get(division(row)) == {row["wikidata_qid"]}


def test_no_division_links_to_an_unlisted_qid(matches):
    listed = {division(r): r["wikidata_qid"] for r in ROWS if r["wikidata_qid"]}
    for iri, qids in matches.items():
        if iri.startswith(BASE + "division/"):
            assert qids == {listed.get(iri)}, iri


def test_pages_show_the_links(client):
    for row in [r for r in ROWS if r["wikidata_qid"]][:40:7]:
        text = client.get("/division/" + row["gb2260_code"]).get_data(as_text=True)
        assert f'href="https://www.wikidata.org/wiki/{row["wikidata_qid"]}"' in text
        assert f"GB/T 2260 {row['gb2260_code']}" in text
