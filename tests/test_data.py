"""The served graph holds every reference row and every seed pairing, each with its source."""
from __future__ import annotations

import csv
from urllib.parse import urlsplit

import pyoxigraph as ox
import pytest
import yaml

from kgqa.build.sources import REFERENCE_TABLES, STATUSES
from kgqa.namespaces import sparql_prefixes

from .conftest import ROOT

P = sparql_prefixes()
P_DK = "https://w3id.org/duikou/ontology#"


def rows(table):
    with open(ROOT / "data" / "reference" / table, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("table", REFERENCE_TABLES)
def test_every_reference_row_gives_pairings_with_its_status(store, table):
    expected = {i: STATUSES[r["status"].strip().lower()] for i, r in enumerate(rows(table), start=1)}
    found = {}
    for s in store.query(P + """
        SELECT ?row ?status WHERE {
          ?p a dk:PairingRelationship ; prov:wasDerivedFrom ?row ; dk:verificationStatus ?status .
        }"""):
        if f"/{table}/row/" in s["row"].value:
            found.setdefault(int(s["row"].value.rsplit("/", 1)[1]), set()).add(s["status"].value.split("#")[1])
    assert sorted(found) == sorted(expected)
    rank = ["Verified", "PartiallyVerified", "Unverified"]
    for n, status in expected.items():   # the same or better (a book source can verify a row)
        assert all(rank.index(s) <= rank.index(status) for s in found[n]), (table, n)


def test_every_pairing_and_event_cites_a_source(store):
    missing = [s["x"].value for s in store.query(P + """
        SELECT ?x WHERE {
          { ?x a dk:PairingRelationship } UNION { ?x a dk:Meeting } UNION { ?x a dk:PolicyDocument }
          UNION { ?x a dk:AdministrativeEvent }
          FILTER NOT EXISTS { ?x dcterms:source ?s }
        }""")]
    assert missing == []


def test_only_credible_sites_are_cited(store):
    allowed = [l.strip() for l in (ROOT / "data" / "curated" / "credible-domains.txt").read_text().splitlines()
               if l.strip() and not l.startswith("#")]
    cited = {s["s"].value for s in store.query(P + "SELECT DISTINCT ?s WHERE { ?x dcterms:source ?s FILTER(!STRSTARTS(STR(?s), STR(id:))) }")}
    assert cited, "some URLs are cited"
    bad = [u for u in cited if not u.startswith("urn:") and not any(
        (urlsplit(u).hostname or "") == d or (urlsplit(u).hostname or "").endswith("." + d) for d in allowed)]
    assert bad == []


def supporters(store, programme, year=None):
    # pyoxigraph binds only variables in the projection, so ?prog and ?year are projected too.
    query = """SELECT DISTINCT ?s ?prog ?year WHERE {
        ?p dk:programme ?prog ; dk:supporter ?s . ?s a dk:AdministrativeDivision .
        OPTIONAL { ?p dk:startYear ?y } FILTER(!BOUND(?year) || ?y = ?year) }"""
    import pyoxigraph as ox

    bind = {"prog": ox.NamedNode(f"https://w3id.org/duikou/programme/{programme}")}
    if year:
        bind["year"] = ox.Literal(str(year), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    return {s["s"].value for s in store.query(P + query, substitutions=bind)}


def province_level(iris):
    return {i for i in iris if i.endswith("0000") or i.endswith("/440300")}


XINJIANG_2010 = {"北京市", "天津市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省", "浙江省",
                 "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "深圳市"}


def test_nineteen_supporters_of_the_2010_xinjiang_round(store):
    # The 19 援疆 supporters fixed by the March 2010 national conference (data/reference/*.md, part B).
    graph = province_level(supporters(store, "yuanjiang", 2010))
    labels = {next(iter(store.query(P + f"SELECT ?l WHERE {{ <{iri}> rdfs:label ?l FILTER(LANG(?l) = 'zh') }}")))["l"].value
              for iri in graph}
    assert labels == XINJIANG_2010


def test_seventeen_tibet_supporters_and_six_qinghai(store):
    provinces = {s for s in supporters(store, "yuanzang") if s.endswith("0000")}
    # 17 today; 四川 appears only in the weak 1994 roster (unverified row), kept but not counted here
    assert len(provinces - {"https://w3id.org/duikou/division/510000"}) == 17
    assert len(province_level(supporters(store, "yuanqing"))) == 6


def test_both_wenchuan_lists_are_kept(store):
    counts = {s["doc"].value.rsplit("/", 1)[1]: int(s["n"].value) for s in store.query(P + """
        SELECT ?doc (COUNT(?p) AS ?n) WHERE { ?p dk:establishedBy ?doc .
          FILTER(?doc IN (id:document\\/2008-53, id:document\\/2008-minzhengbu-tongzhi)) } GROUP BY ?doc""")}
    assert counts == {"2008-minzhengbu-tongzhi": 23, "2008-53": 20}


SEED_1979 = [("110000", "150000"), ("130000", "520000"), ("320000", "450000"), ("320000", "650000"),
             ("370000", "630000"), ("310000", "530000"), ("310000", "640000")]
SEED_1984 = [("310000", "650000"), ("310000", "540000"), ("440000", "520000"), ("420000", "630000"),
             ("210000", "630000"), ("420100", "630000"), ("210100", "630000")]


@pytest.mark.parametrize("year,pairs", [(1979, SEED_1979), (1984, SEED_1984)])
def test_seed_pairings_cite_the_book(store, year, pairs):
    got = {(s["s"].value.rsplit("/", 1)[1], s["r"].value.rsplit("/", 1)[1]) for s in store.query(P + f"""
        SELECT ?s ?r WHERE {{ ?p dk:programme id:programme\\/1979-bianjiang ; dk:startYear {year} ;
          dk:supporter ?s ; dk:recipient ?r ; dcterms:source ?src . ?src a dk:BookPart ; dk:bookChapter 1 }}""")}
    assert set(pairs) <= got


def test_national_support_for_tibet_in_1979(store):
    assert store.query(P + """ASK { ?p dk:supporter id:collective\\/quanguo ; dk:recipient id:division\\/540000 ;
        dk:startYear 1979 }""")


def test_codes_and_qids_match_the_reference_table(store):
    graph = {s["c"].value: (s["q"].value.rsplit("/", 1)[1] if s["q"] else "") for s in store.query(P + """
        SELECT ?c ?q WHERE { ?d dk:gb2260Code ?c OPTIONAL { ?d skos:exactMatch ?q FILTER(STRSTARTS(STR(?q), STR(wd:))) } }""")}
    for r in rows("admin-ids.csv"):
        assert r["gb2260_code"] in graph, r["name"]
        assert graph[r["gb2260_code"]] == r["wikidata_qid"], r["name"]


def test_historical_names_resolve_to_current_divisions(store):
    hits = {s["d"].value for s in store.query(P + 'SELECT ?d WHERE { ?d skos:hiddenLabel "日喀则地区"@zh }')}
    assert hits == {"https://w3id.org/duikou/division/540200"}


def test_every_named_thing_has_a_label_and_a_class(store):
    """A division known only by a former name (色尼区 for 那曲县) is still a labelled, typed node of its own."""
    q = P + """SELECT DISTINCT ?x WHERE { ?x dk:historicalName|skos:hiddenLabel|skos:altLabel ?n
      FILTER NOT EXISTS { ?x rdfs:label ?l } }"""
    assert [r["x"].value for r in store.query(q)] == []
    q = P + "SELECT DISTINCT ?x WHERE { ?x dk:historicalName ?n FILTER NOT EXISTS { ?x a dk:AdministrativeDivision } }"
    assert [r["x"].value for r in store.query(q)] == []


def test_what_row_notes_state_is_on_the_pairings(store):
    """A row's notes may say "Ended 2010" (the table has no end-year column) or that its start year is from
    memory; data/curated/programmes.yaml ``from_notes`` carries it to dk:endYear / dk:UnverifiedYear of
    every pairing derived from that row."""
    noted = yaml.safe_load((ROOT / "data" / "curated" / "programmes.yaml").read_text(encoding="utf-8"))["from_notes"]
    assert noted
    for where, spec in noted.items():
        table, line = where.rsplit(":", 1)
        row = rows(table)[int(line) - 2]
        assert spec["says"] in row["notes"], where
        facts = [(s["end"] and int(s["end"].value), s["status"] and s["status"].value) for s in store.query(P + """
            SELECT ?row ?end ?status WHERE { ?p prov:wasDerivedFrom ?row
              OPTIONAL { ?p dk:endYear ?end } OPTIONAL { ?p dk:startYearStatus ?status } }""",
            substitutions={"row": ox.NamedNode(
                f"https://w3id.org/duikou/source/reference/{table}/row/{int(line) - 1}")})]
        assert facts, where
        for end, status in facts:
            assert end == spec.get("end", end), where
            assert spec.get("start") != "unverified" or status == P_DK + "UnverifiedYear", where


def test_every_inverse_property_holds_both_ways(store):
    """For each owl:inverseOf pair of the ontology, no statement lacks its inverse in the served graph."""
    pairs = [(r["p"], r["q"]) for r in store.query(P + "SELECT ?p ?q WHERE { ?p owl:inverseOf ?q }")]
    assert len(pairs) >= 4
    for p, q in pairs:
        missing = list(store.query(P + """SELECT ?p ?q ?s ?o WHERE {
            { ?s ?p ?o FILTER(isIRI(?o)) FILTER NOT EXISTS { ?o ?q ?s } }
            UNION { ?s ?q ?o FILTER(isIRI(?o)) FILTER NOT EXISTS { ?o ?p ?s } } } LIMIT 3""",
            substitutions={"p": p, "q": q}))
        assert not missing, (p.value, q.value, [(m["s"].value, m["o"].value) for m in missing])
