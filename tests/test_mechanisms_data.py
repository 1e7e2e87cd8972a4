"""Mechanisms as data: every row of data/reference/mechanisms.csv is in the served graph with its status
and sources; figures are typed numbers with units; conflicting reports stay separate facts."""
from __future__ import annotations

import csv
from collections import defaultdict

import pyoxigraph as ox
import pytest

from kgqa.build.mechanisms import MECHANISMS, TABLE
from kgqa.build.sources import STATUSES, read_sources
from kgqa.namespaces import sparql_prefixes

from .conftest import ROOT

P = sparql_prefixes()
DK = "https://w3id.org/duikou/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
ROWS = list(csv.DictReader(open(ROOT / "data" / "reference" / TABLE, encoding="utf-8", newline="")))
CREDIBLE = read_sources(ROOT).is_credible


def row_facts(store) -> dict[int, list[dict]]:
    """row number → its facts, each {fact, status, mechanism, sources, programmes}."""
    facts: dict[str, dict] = {}
    for s in store.query(P + """
        SELECT ?fact ?row ?status ?mechanism ?src ?programme WHERE {
          ?fact prov:wasDerivedFrom ?row ; dk:verificationStatus ?status ; dk:mechanism ?mechanism ;
                dcterms:source ?src ; dk:aboutProgramme ?programme .
          FILTER(CONTAINS(STR(?row), "/mechanisms.csv/row/"))
        }"""):
        f = facts.setdefault(s["fact"].value, {"row": int(s["row"].value.rsplit("/", 1)[1]), "sources": set(),
                                                "programmes": set(), "status": s["status"].value,
                                                "mechanism": s["mechanism"].value})
        f["sources"].add(s["src"].value)
        f["programmes"].add(s["programme"].value)
    by_row = defaultdict(list)
    for iri, f in facts.items():
        by_row[f["row"]].append(dict(f, fact=iri))
    return by_row


@pytest.fixture(scope="module")
def facts(store):
    return row_facts(store)


def test_the_reference_table_has_105_verified_or_partial_rows():
    assert sum(r["status"] in ("verified", "partial") for r in ROWS) == 105


@pytest.mark.parametrize("n", range(1, len(ROWS) + 1), ids=lambda n: f"row{n}")
def test_every_row_is_in_the_graph_with_its_status_mechanism_and_sources(facts, n):
    row = ROWS[n - 1]
    found = facts.get(n)
    assert found, f"{TABLE} row {n} ({row['subject']}) is not in the graph"
    credible = {u.strip() for u in row["source_urls"].split("|") if u.strip() and CREDIBLE(u.strip())}
    cited = set().union(*(f["sources"] for f in found))
    for f in found:
        assert f["status"] == DK + STATUSES[row["status"]]
        assert f["sources"], f["fact"]
    assert any(f["mechanism"].endswith(MECHANISMS[row["mechanism"]]) for f in found)
    assert credible <= cited, f"row {n}: credible URLs not cited: {credible - cited}"
    urls = {s for s in cited if not s.startswith("https://w3id.org/duikou/")}
    assert all(CREDIBLE(u) for u in urls), f"row {n} cites a URL off the allowlist: {urls}"
    if row["status"] in ("verified", "partial"):
        assert credible or any(s.endswith("/copies") for s in cited)
    if not credible:  # unverified rows: an evidence record naming the original outlet
        assert any(s.endswith("/copies") for s in cited)


def test_every_figure_is_a_typed_number_with_its_unit(store):
    bad = list(store.query(P + """
        SELECT ?f ?v WHERE { ?f a dk:Figure . OPTIONAL { ?f dk:value ?v } OPTIONAL { ?f dk:minValue ?min } OPTIONAL { ?f dk:unit ?u }
          FILTER(!BOUND(?u) || (!BOUND(?v) && !BOUND(?min)) || (BOUND(?v) && DATATYPE(?v) NOT IN (xsd:integer, xsd:decimal))) }"""))
    assert bad == []
    figures = next(iter(store.query(P + "SELECT (COUNT(?f) AS ?n) WHERE { ?f a dk:Figure }")))["n"]
    assert int(figures.value) > 80


def test_money_is_also_a_schema_monetary_amount_in_yuan(store):
    rows = list(store.query(P + """
        SELECT ?v ?yuan WHERE { ?f a dk:FundingReport ; dk:value ?v ; schema:value ?yuan ; schema:currency "CNY" }"""))
    assert rows
    for r in rows:
        assert float(r["yuan"].value) == pytest.approx(float(r["v"].value) * 1e8)


def test_two_reports_of_one_figure_stay_two_facts_with_their_own_sources(store):
    """第十批援藏干部人才: 2114 (2022 report) and 2117 (2024 review); 1995—2006 援藏资金: 62 and 88 亿元."""
    batch = {(int(r["v"].value), r["src"].value) for r in store.query(P + """
        SELECT ?v ?src WHERE { ?f a dk:CadreBatch ; dk:batchNumber 10 ; dk:aboutProgramme <https://w3id.org/duikou/programme/yuanzang> ;
                                  dk:value ?v ; dcterms:source ?src }""")}
    assert {v for v, _ in batch} == {2114, 2117}
    assert len({s for _, s in batch}) == 2
    funds = {r["v"].value: r["src"].value for r in store.query(P + """
        SELECT ?v ?src WHERE { ?f a dk:FundingReport ; dk:startYear 1995 ; dk:endYear 2006 ; dk:value ?v ; dcterms:source ?src }""")}
    assert set(funds) == {"62", "88"} and funds["62"] != funds["88"]


def test_mechanism_nodes_link_to_their_facts_programmes_and_events(store):
    for key in MECHANISMS.values():
        n = next(iter(store.query(P + "SELECT ?m (COUNT(?f) AS ?n) WHERE { ?f dk:mechanism ?m } GROUP BY ?m",
                                  substitutions={"m": ox.NamedNode(f"https://w3id.org/duikou/{key}")})))["n"]
        assert int(n.value) >= 20, key
    assert bool(store.query(P + """ASK { ?f a dk:LaunchEvent ; dk:event <https://w3id.org/duikou/event/1994-xizang-3> ;
                                        dk:aboutProgramme <https://w3id.org/duikou/programme/yuanzang> ; dk:date "1994-07"^^xsd:gYearMonth }"""))
    defined = {r["m"].value for r in store.query(P + "SELECT ?m WHERE { ?m skos:definition ?d FILTER(lang(?d) = 'zh') }")}
    assert {f"https://w3id.org/duikou/{k}" for k in MECHANISMS.values()} <= defined


def test_periods_are_time_intervals_with_year_instants(store):
    rows = list(store.query(P + """PREFIX time: <http://www.w3.org/2006/time#>
        SELECT ?s ?b WHERE { ?f a dk:MechanismFact ; dk:startYear ?s ; dk:period ?p . ?p a time:Interval ;
          time:hasBeginning/time:inXSDgYear ?b }"""))
    assert rows and all(str(r["s"].value) == r["b"].value for r in rows)


def test_each_figure_comes_from_one_reference_row(store):
    """A figure is one report's number: none is derived from several rows (no totals over overlapping periods)."""
    multi = list(store.query(P + """
        SELECT ?f WHERE { ?f a dk:Figure ; prov:wasDerivedFrom ?r1 , ?r2 FILTER(?r1 != ?r2) }"""))
    assert multi == []


@pytest.fixture()
def data_copy(tmp_path):
    import shutil
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path


def graph_of(root):
    from kgqa.build.graph import GraphBuilder
    return GraphBuilder(read_sources(root)).build()


@pytest.mark.parametrize("old, new, message", [
    ("value: 2114, unit: person", 'value: "2114", unit: person', "is not a number"),
    ("value: 2114, unit: person", "value: 2114, unit: heads", "unit 'heads'"),
    ("{subject: 第十批援藏干部人才, class: CadreBatch", "{subject: 第十批援藏干部人材, class: CadreBatch", "no reference row has the subject"),
])
def test_bad_curated_rows_stop_the_build_naming_the_row(data_copy, old, new, message):
    from kgqa.errors import BuildError
    path = data_copy / "data" / "curated" / "mechanisms.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(BuildError, match=message):
        graph_of(data_copy)


def test_a_new_reference_row_needs_its_curated_shape(data_copy):
    from kgqa.errors import BuildError
    path = data_copy / "data" / "reference" / TABLE
    with open(path, "a", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerow(["对口支援西藏(援藏)", "干部人才管理", "cadre_batch", "第十二批援藏干部人才", "2000", "人", "2028",
                                 "示例", "verified", "", ""])
    with pytest.raises(BuildError, match=r"mechanisms.csv:122: no entry for subject '第十二批援藏干部人才'"):
        graph_of(data_copy)
