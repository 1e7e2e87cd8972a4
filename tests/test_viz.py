"""The map, network and timeline data: counts checked against SPARQL written here, independently of
queries/viz-*.rq; the pages, their CSV/JSON twins and SPARQL; the same data through remote-style binding."""
from __future__ import annotations

import csv
import datetime
import io
import json
import re

import pyoxigraph as ox
import pytest

from kgqa import geo, named_queries, viz
from kgqa.config import PROJECT_ROOT
from kgqa.namespaces import BASE
from kgqa.store.remote import bind

PREFIXES = """PREFIX dk: <https://w3id.org/duikou/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>
"""
THIS_YEAR = datetime.date.today().year
# An end "has a place" when it, or something it is part of or matches, has coordinates.
PLACED = """?p dk:{end} ?{end} . ?{end} (dk:directlyPartOf|skos:closeMatch)* ?{end}At . ?{end}At schema:longitude [] ."""


def count(store, where: str, what: str = "?p") -> int:
    text = f"{PREFIXES}SELECT (COUNT(DISTINCT {what}) AS ?n) WHERE {{ {where} }}"
    return int(next(iter(store.query(text)))["n"].value)


def in_force(year: int) -> str:
    return f"?p dk:startYear ?s . OPTIONAL {{ ?p dk:endYear ?e }} FILTER(?s <= {year} && (!BOUND(?e) || ?e >= {year}))"


def pairing(programme: str | None = None) -> str:
    where = "?p a dk:PairingRelationship ."
    return where + (f" ?p dk:programme <{BASE}programme/{programme}> ." if programme else "")


# --- named queries --------------------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted((PROJECT_ROOT / "queries").glob("viz-*.rq")), ids=lambda p: p.stem)
def test_named_query_has_header_and_runs(store, path):
    q = named_queries.load(path.stem)
    zh, sep, en = q.title.partition("|")
    assert sep and zh.strip() and en.strip() and q.description
    assert list(store.query(q.text))


# --- map ------------------------------------------------------------------------------------------

def test_map_counts_every_pairing_and_draws_the_placed_ones(client, store):
    data = client.get("/map/data.json").get_json()
    assert data["counts"]["pairings"] == count(store, pairing())
    placed = pairing() + PLACED.format(end="supporter") + PLACED.format(end="recipient")
    assert data["counts"]["lines"] == count(store, placed)
    assert data["counts"]["unplaced"] == data["counts"]["pairings"] - data["counts"]["lines"]
    assert all(p["placed"] == (p["supporterLon"] is not None and p["recipientLon"] is not None)
               for p in data["pairings"])


@pytest.mark.parametrize("programme,year", [("yuanzang", 2010), ("dongxibu", 2016), ("dongxibu", 2021),
                                            (None, 1996), ("yuanjiang", None), (None, 2008)])
def test_map_filters_by_programme_and_year(client, store, programme, year):
    query = {k: v for k, v in (("programme", programme), ("year", year)) if v}
    data = client.get("/map/data.json", query_string=query).get_json()
    where = pairing(programme) + (in_force(year) if year else "")
    assert data["counts"]["pairings"] == count(store, where) > 0
    assert {p["programme"] for p in data["pairings"]} <= {f"{BASE}programme/{programme}"} if programme else True


def test_map_of_one_actor(client, store):
    data = client.get("/map/data.json?actor=/division/540000&year=2016").get_json()
    touching = f"?p a dk:PairingRelationship ; dk:supporter|dk:recipient ?x . ?x dk:partOf* <{BASE}division/540000>"
    assert data["counts"]["pairings"] == count(store, touching + " . " + in_force(2016)) > 0
    assert data["actorLabel"] == "西藏自治区"


def test_map_base_has_every_province_and_each_recipient_prefecture(client, store):
    geo = client.get("/map/regions.json").get_json()
    codes = {f["properties"]["adcode"] for f in geo["features"]}
    provinces = [f for f in geo["features"] if f["properties"]["level"] == "province"]
    assert len(provinces) == 34
    recipients = count(store, """?p dk:recipient/dk:partOf ?pref . ?pref a dk:PrefectureLevelDivision ;
                                 dk:gb2260Code ?code""", "?code")
    assert len(geo["features"]) - 34 >= recipients
    data = client.get("/map/data.json").get_json()
    assert set(data["recipientRegions"]) <= codes and set(data["supporterRegions"]) <= codes


def test_renamed_prefectures_join_the_2014_map_by_name(client):
    geo = client.get("/map/regions.json").get_json()
    names = {f["properties"]["adcode"]: f["properties"]["name"] for f in geo["features"]}
    assert names.get("540400") == "林芝" and names.get("540200") == "日喀则"


def flat(coordinates) -> list[float]:
    return coordinates if isinstance(coordinates[0], float) else [x for part in coordinates for x in flat(part)]


def test_compressed_geometry_round_trips():
    provinces = json.loads((geo.VENDOR / "china.json").read_text(encoding="utf-8"))["features"]
    for feature in provinces[:5]:
        back = geo.decode_geometry(geo.encode_geometry(feature["geometry"]))
        before, after = flat(feature["geometry"]["coordinates"]), flat(back["coordinates"])
        assert len(before) == len(after) and max(abs(a - b) for a, b in zip(before, after)) < 1e-3


# --- network --------------------------------------------------------------------------------------

def test_network_whole_graph(client, store):
    data = client.get("/network/data.json").get_json()
    assert data["counts"]["links"] == count(store, pairing())
    ends = "?p a dk:PairingRelationship ; dk:supporter|dk:recipient ?a"
    assert data["counts"]["nodes"] == count(store, ends, "?a")
    assert data["partOf"] == []


@pytest.mark.parametrize("actor", ["division/540000", "division/310000", "division/653100", "xpcc"])
def test_network_of_one_actor_and_its_parts(client, store, actor):
    data = client.get("/network/data.json", query_string={"actor": "/" + actor}).get_json()
    touching = f"?p a dk:PairingRelationship ; dk:supporter|dk:recipient ?x . ?x dk:partOf* <{BASE}{actor}>"
    assert data["counts"]["links"] == count(store, touching) > 0
    ends = f"{touching} . ?p dk:supporter|dk:recipient ?a"
    own = count(store, f"?p dk:supporter|dk:recipient <{BASE}{actor}>")
    assert data["counts"]["nodes"] == count(store, ends, "?a") + (0 if own else 1)
    assert data["counts"]["partOf"] == count(store, f"{touching} FILTER(?x != <{BASE}{actor}>)", "?x")


def test_network_year_and_programme_filters(client, store):
    data = client.get("/network/data.json?programme=yuanjiang&year=2015").get_json()
    assert data["counts"]["links"] == count(store, pairing("yuanjiang") + in_force(2015))


# --- timeline -------------------------------------------------------------------------------------

def test_timeline_counts_pairings_started_and_events_per_year(client, store):
    data = client.get("/timeline/data.json").get_json()
    assert data["years"][0] == 1979 and data["years"][-1] == THIS_YEAR
    dated = f"?p a dk:PairingRelationship ; dk:startYear ?y FILTER(?y >= 1979 && ?y <= {THIS_YEAR})"
    assert sum(sum(s["started"]) for s in data["series"]) == count(store, dated)
    events = f"""VALUES ?t {{ dk:Meeting dk:PolicyDocument dk:AdministrativeEvent }}
                 ?e a ?t ; dk:year ?y FILTER(?y >= 1979 && ?y <= {THIS_YEAR})"""
    assert data["counts"]["events"] == count(store, events, "?e")
    yuanzang = next(s for s in data["series"] if s["slug"] == "yuanzang")
    where = pairing("yuanzang") + "?p dk:startYear 1994"
    assert yuanzang["started"][1994 - 1979] == count(store, where)


def test_timeline_of_one_actor(client, store):
    data = client.get("/timeline/data.json?actor=/division/310000").get_json()
    touching = f"?p a dk:PairingRelationship ; dk:supporter|dk:recipient ?x . ?x dk:partOf* <{BASE}division/310000>"
    assert len(data["pairings"]) == data["counts"]["pairings"] == count(store, touching)
    assert data["actorLabel"] == "上海市"
    starts = [p["startYear"] for p in data["pairings"] if "startYear" in p]
    assert starts == sorted(starts)


def test_timeline_csv_has_a_row_per_year_and_programme(client):
    data = client.get("/timeline/data.json?programme=dongxibu").get_json()
    rows = list(csv.DictReader(io.StringIO(client.get("/timeline/data.csv?programme=dongxibu").text)))
    started = [r for r in rows if r["kind"] == "pairings-started"]
    assert sum(int(r["count"]) for r in started) == sum(sum(s["started"]) for s in data["series"])


# --- CSV, SPARQL, parameters, pages ---------------------------------------------------------------

def test_csv_twin_has_a_row_per_pairing(client):
    response = client.get("/map/data.csv?programme=yuanzang&year=2010")
    assert response.content_type.startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    data = client.get("/map/data.json?programme=yuanzang&year=2010").get_json()
    assert len(rows) == data["counts"]["pairings"]
    assert rows[0].keys() == set(viz.PAIRING_COLUMNS)


def test_query_text_shows_the_bound_values(client):
    text = client.get("/map/query.rq?programme=yuanzang").text
    assert "# --- viz-pairings.rq ---" in text and "# --- viz-actors.rq ---" in text
    assert f"VALUES ?programme {{ <{BASE}programme/yuanzang> }}" in text
    text = client.get("/network/query.rq?actor=/division/540000").text
    assert f"VALUES ?actor {{ <{BASE}division/540000> }}" in text


@pytest.mark.parametrize("url", ["/map?year=abc", "/map?year=1800", '/map/data.json?programme=a"b',
                                 "/network?actor=javascript:alert(1)", "/timeline?year=2016",
                                 "/timeline/data.json?year=2010", "/network/data.json?actor=/division/54%3E"])
def test_malformed_parameters_are_400(client, url):
    assert client.get(url).status_code == 400


@pytest.mark.parametrize("url", ["/map", "/network", "/timeline", "/network?actor=/division/540000",
                                 "/timeline?actor=/division/310000&programme=yuanzang", "/map?year=2016"])
def test_pages_render_with_their_twins_and_sparql(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.text
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert 'rel="alternate"' in response.headers["Link"]
    assert "<pre>" in html and "/data.csv" in html and "/query.rq" in html
    assert "<script>" not in html and " onclick=" not in html  # CSP: no inline script or handler
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)="(https?:)?//|action="(https?:)?//', html)  # no load from another host


@pytest.mark.parametrize("url", ["/network?actor=/division/540000&embed=1", "/map?actor=/division/540200&embed=1",
                                 "/timeline?actor=/division/310000&embed=1"])
def test_embed_can_be_framed_by_our_own_pages(client, url):
    response = client.get(url)
    assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]
    assert 'class="viz embed"' in response.text and "<h1>" not in response.text


def test_links_point_at_entity_pages(client):
    data = client.get("/network/data.json?actor=/division/540000").get_json()
    assert all(n["href"].startswith("/") and not n["href"].startswith("//") for n in data["nodes"])
    assert viz.local_path(BASE + "division/540000") == "/division/540000"
    assert viz.local_path("http://example.org/x") == "http://example.org/x"


# --- the remote backend's binding -----------------------------------------------------------------

class ValuesBound:
    """A store that binds the way the remote backend does (a VALUES block appended to the query)."""

    name = "sparql"

    def __init__(self, inner):
        self.inner = inner

    def query(self, text, *, substitutions=None, **kwargs):
        return self.inner.query(bind(text, substitutions), **kwargs)


@pytest.mark.parametrize("call", [
    lambda s: viz.map_data(s, programme=f"{BASE}programme/yuanzang", year=2012),
    lambda s: viz.network_data(s, actor=f"{BASE}division/540000"),
    lambda s: viz.timeline_data(s, programme=f"{BASE}programme/dongxibu"),
    lambda s: viz.timeline_data(s, actor=f"{BASE}division/310000"),
], ids=["map", "network", "timeline", "timeline-actor"])
def test_remote_style_binding_gives_the_same_data(store, call):
    assert call(ValuesBound(store)) == call(store)


def test_substituted_value_is_a_term_not_text(store):
    assert named_queries.run(store, "viz-pairings", {"programme": BASE + "programme/x"}) == []
    with pytest.raises(ValueError):  # never spliced into the text: an IRI that could close it is refused
        named_queries.run(store, "viz-pairings", {"programme": BASE + 'programme/x> } # "'})
    assert isinstance(named_queries._terms({"programme": BASE + "programme/x"})["programme"], ox.NamedNode)


@pytest.fixture(scope="module")
def remote(app):
    """The remote backend, pointed at our own endpoint served on loopback."""
    from kgqa.store.remote import RemoteStore

    from .support import loopback_app

    with loopback_app(app) as base:
        yield RemoteStore(f"{base}/sparql", 20.0)


@pytest.mark.parametrize("call", [
    lambda s: viz.map_data(s, programme=f"{BASE}programme/yuanjiang"),
    lambda s: viz.network_data(s, actor=f"{BASE}division/310000", year=2016),
    lambda s: viz.timeline_data(s, actor=f"{BASE}division/540000"),
], ids=["map", "network", "timeline"])
def test_views_work_on_the_remote_backend(store, remote, call):
    assert call(remote) == call(store)


# --- at scale: flows between regions, pages of pairings, one table per data version -----------------

IN_PROVINCE = "?{end} (dk:directlyPartOf|skos:closeMatch)* ?{end}Prov . ?{end}Prov a dk:ProvinceLevelDivision ; dk:gb2260Code \"{code}\" ."


def test_our_graph_is_drawn_pairing_by_pairing(client, store):
    for view in ("map", "network"):
        data = client.get(f"/{view}/data.json").get_json()
        assert data["aggregated"] is False and "flows" not in data and "page" not in data
        assert len(data["pairings"]) == count(store, pairing())


@pytest.mark.parametrize("flow", [("110000", "540000"), ("310000", "650000"), ("440000", "540000")])
def test_flows_between_provinces_equal_independent_counts(store, flow):
    data = viz.map_data(store, detail=10)
    assert data["aggregated"] and data["level"] == "province"
    assert sum(f["count"] for f in data["flows"]) == data["counts"]["pairings"] == count(store, pairing())
    where = ("?p a dk:PairingRelationship ; dk:supporter ?s ; dk:recipient ?r . "
             + IN_PROVINCE.format(end="s", code=flow[0]) + IN_PROVINCE.format(end="r", code=flow[1]))
    found = next(f for f in data["flows"] if (f["from"], f["to"]) == flow)
    assert found["count"] == count(store, where) > 0
    assert found["placed"] and found["toHref"] == "/division/" + flow[1]


def test_flows_of_one_actor_are_between_prefectures(store):
    actor = f"{BASE}division/540000"
    data = viz.network_data(store, actor=actor, detail=5)
    assert data["aggregated"] and data["level"] == "prefecture"
    assert sum(f["count"] for f in data["flows"]) == data["counts"]["links"] == len(viz.pairings(store, actor=actor))
    lhasa = [f for f in data["flows"] if f["to"] == "540100"]
    into_lhasa = ("?p a dk:PairingRelationship ; dk:recipient ?r . ?r (dk:directlyPartOf|skos:closeMatch)* "
                  f"<{BASE}division/540100>")
    assert sum(f["count"] for f in lhasa) == count(store, into_lhasa) > 0
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["540100"]["receives"] == sum(f["count"] for f in lhasa)


@pytest.fixture()
def small_charts(settings, store, tmp_path):
    from kgqa.web import create_app

    app = create_app(settings.replace(chart_pairings=20, cache_dir=str(tmp_path)), store=store)
    app.config["TESTING"] = True
    return app.test_client()


def test_over_the_limit_the_pairings_come_in_pages(small_charts, store):
    first = small_charts.get("/map/data.json?limit=50").get_json()
    total = count(store, pairing())
    assert first["aggregated"] and first["page"]["total"] == total and len(first["pairings"]) == 50
    rows, url = [], "/map/data.json?limit=50"
    while url:
        page = small_charts.get(url).get_json()
        rows += [p["pairing"] for p in page["pairings"]]
        url = page["page"]["next"]
    assert len(rows) == len(set(rows)) == total
    csv_page = small_charts.get("/map/data.csv?page=2&limit=50")
    assert csv_page.headers["X-Total-Count"] == str(total) and 'rel="next"' in csv_page.headers["Link"]
    assert [r["pairing"] for r in csv.DictReader(io.StringIO(csv_page.get_data(as_text=True)))] == rows[50:100]


@pytest.mark.parametrize("url", ["/map/data.json?page=0", "/network/data.json?limit=x",
                                 "/map/data.csv?limit=100000"])
def test_malformed_pages_are_400(client, url):
    assert client.get(url).status_code == 400


def test_the_table_is_read_once_per_data_version(store, monkeypatch):
    from kgqa.store.embedded import EmbeddedStore

    runs = []
    real = viz.run
    monkeypatch.setattr(viz, "run", lambda s, name, *a: runs.append(name) or real(s, name, *a))
    own = EmbeddedStore(store.store, "table-v1")
    for _ in range(3):
        viz.map_data(own, year=2010), viz.network_data(own), viz.timeline_data(own), viz.base_map(own)
    assert sorted(runs) == ["viz-actors", "viz-events", "viz-pairings"]
    own._version = "table-v2"
    viz.map_data(own)
    assert runs.count("viz-actors") == 2


def test_a_remote_stores_table_is_reused_for_a_while(store, monkeypatch):
    from kgqa import memo

    class Remote(ValuesBound):
        data_version = "remote:test"

    runs, real = [], viz.run
    monkeypatch.setattr(viz, "run", lambda s, name, *a: runs.append(name) or real(s, name, *a))
    remote = Remote(store)
    viz.map_data(remote), viz.network_data(remote)
    assert runs.count("viz-actors") == 1
    monkeypatch.setattr(memo, "REMOTE_SECONDS", 0.0)  # its data may have changed behind the URL: read again
    viz.map_data(remote), viz.map_data(remote)
    assert runs.count("viz-actors") == 3
