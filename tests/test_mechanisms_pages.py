"""The programme pages' 机制 queries (queries/programme-mechanism-*.rq, ?programme bound) and the mechanism
entity pages, which list their facts per programme."""
from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from kgqa.named_queries import FOLDER, gallery, load
from kgqa.namespaces import sparql_prefixes

P = sparql_prefixes()
ID = "https://w3id.org/duikou/"
PROGRAMME_QUERIES = sorted(p.stem for p in FOLDER.glob("programme-mechanism-*.rq"))
CLASSES = {"programme-mechanism-launches": "dk:LaunchEvent", "programme-mechanism-rules": "dk:ManagementRule",
           "programme-mechanism-cadres": "dk:CadreBatch, dk:CadreCount, dk:CadreTerm, dk:TalentTeam",
           "programme-mechanism-funding": "dk:FundingRule, dk:FundingReport, dk:ProjectReport"}

FACT_VARS = {"programme-mechanism-launches": "launch", "programme-mechanism-cadres": "fact",
             "programme-mechanism-funding": "fact", "programme-mechanism-rules": None}


def test_the_programme_page_queries_exist():
    assert set(PROGRAMME_QUERIES) == set(CLASSES)


@pytest.mark.parametrize("name", PROGRAMME_QUERIES)
def test_programme_query_has_headers_and_projects_the_programme(name):
    q = load(name)
    zh, en = q.titles
    assert zh and en and zh != en and q.description
    projection = re.search(r"SELECT(.*?)WHERE", q.text, re.S).group(1)
    assert "?programme" in projection.split()


@pytest.mark.parametrize("name", PROGRAMME_QUERIES)
@pytest.mark.parametrize("slug", ["yuanzang", "yuanjiang", "wenchuan-chongjian"])
def test_bound_to_a_programme_it_lists_exactly_that_programmes_facts(store, name, slug):
    programme = ox.NamedNode(ID + "programme/" + slug)
    rows = list(store.query(load(name).text, substitutions={"programme": programme}))
    expected = {r["f"].value for r in store.query(P + f"""SELECT DISTINCT ?f WHERE {{
        VALUES ?c {{ {CLASSES[name].replace(",", "")} }} ?f a ?c ; dk:aboutProgramme <{programme.value}> }}""")}
    assert all(r["programme"] == programme for r in rows) and bool(rows) == bool(expected)
    fact_var = FACT_VARS[name]
    if fact_var:
        assert {r[fact_var].value for r in rows} == expected
    else:
        assert len(rows) == len(expected)
    for r in rows:  # every row carries its sources and its status
        assert r["sources"].value and r["status"].value in ("已核实", "部分核实", "未核实")


def test_funding_rows_carry_typed_amounts_and_years_for_a_chart(store):
    rows = list(store.query(load("programme-mechanism-funding").text,
                            substitutions={"programme": ox.NamedNode(ID + "programme/yuanjiang")}))
    amounts = [r for r in rows if r["unit"].value == "亿元"]
    assert amounts
    for r in amounts:
        assert r["value"].datatype.value.endswith(("#integer", "#decimal"))
        assert int(r["start"].value) <= int(r["end"].value)


def test_conflicting_reports_query_finds_the_tenth_batch(store):
    rows = list(store.query(load("mechanism-conflicting-reports").text))
    pairs = {(int(r["value"].value), int(r["otherValue"].value)) for r in rows if r["unit"].value == "人"}
    assert (2114, 2117) in pairs


def test_mechanism_queries_are_in_the_gallery():
    names = {q["name"] for q in gallery()}
    assert set(PROGRAMME_QUERIES) | {"mechanism-conflicting-reports", "mechanism-facts-per-programme"} <= names


def test_a_mechanism_page_lists_its_facts_per_programme(client, store):
    expected = {r["f"].value for r in store.query(P + """SELECT ?f WHERE {
        ?f dk:mechanism <https://w3id.org/duikou/mechanism/xiangmu-zijin> ;
           dk:aboutProgramme <https://w3id.org/duikou/programme/yuanjiang> }""")}
    html = client.get("/mechanism/xiangmu-zijin", headers={"Accept": "text/html"}).get_data(as_text=True)
    section = re.search(r'<section id="mechanism-facts">(.*?)</section>', html, re.S).group(1)
    block = re.search(r'programme/yuanjiang"[^>]*>[^<]*</a> \((\d+)\)</h3>\s*<ul>(.*?)</ul>', section, re.S)
    assert int(block.group(1)) == len(expected)
    assert {ID + h for h in re.findall(r'href="/(mechanism-fact/[^"]+)"', block.group(2))} == expected


@pytest.mark.parametrize("path", ["/mechanism-fact/17", "/period/2022-2025", "/year/2022", "/dataset/mechanism-figures"])
def test_new_iris_dereference(client, path):
    assert client.get(path, headers={"Accept": "text/turtle"}).status_code == 200
