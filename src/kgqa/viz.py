"""Data for the map, network and timeline views: named queries (``queries/viz-*.rq``) run through the
store, shaped into plain dicts. No Flask here; :mod:`kgqa.web.viz` serves these as pages, JSON and CSV.

Values are bound with ``substitutions=`` (a VALUES block on the remote backend), never formatted into
the query text, so every view works on either backend.

Every pairing, every actor and every dated event are read once per data version (:func:`table_for`, kept
in the process and, through a :class:`kgqa.memo.DiskCache`, shared by the workers); a request filters
that table in memory. Only one actor's pairings are queried per request. Above ``detail`` pairings
(``--chart-pairings``) the map and network draw **flows** between regions with counts — provinces for
the whole country, prefectures (else provinces) for one actor's pairings — and the pairings themselves
come one page at a time (``page``, ``limit``); below it every pairing is drawn, as before.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime
import io
import math
import re

from . import geo, memo
from .errors import BadRequest
from .named_queries import load, run
from .namespaces import BASE

FIRST_YEAR = 1979
STATUS = BASE + "ontology#"
PAIRING_COLUMNS = ("pairing", "label", "programme", "programmeLabel", "supporter", "supporterLabel",
                   "recipient", "recipientLabel", "startYear", "endYear", "status", "sources",
                   "supporterLon", "supporterLat", "recipientLon", "recipientLat")
DETAIL = 3000        # pairings drawn one by one at most; above, flows between regions (--chart-pairings)
PAGE_ROWS = 500      # pairings per page of an aggregated view when no ``limit`` is given
MAX_PAGE_ROWS = 10000
KIND_LABELS = {"agency": "中央国家机关", "enterprise": "中央企业", "institution": "事业单位", "xpcc": "新疆生产建设兵团",
               "collective": "集体主体", "division": "行政区划"}


def local_path(iri: str) -> str:
    """https://w3id.org/duikou/X → /X (the entity page on this host); other IRIs unchanged."""
    return "/" + iri[len(BASE):] if iri.startswith(BASE) else iri


# --- parameters -----------------------------------------------------------------------------------

def programme_iri(value: str | None) -> str | None:
    """A programme given as its IRI, its path or its slug (``yuanzang``)."""
    if not value:
        return None
    slug = value[len(BASE):] if value.startswith(BASE) else value.strip("/")
    slug = slug.removeprefix("programme/")
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug):
        raise BadRequest(f"unknown programme {value!r}; give a programme slug such as yuanzang")
    return f"{BASE}programme/{slug}"


def actor_iri(value: str | None) -> str | None:
    """An actor given as its IRI or its path on this host (``/division/540200``)."""
    if not value:
        return None
    path = value[len(BASE):] if value.startswith(BASE) else value.strip("/")
    if not re.fullmatch(r"[a-z]+(/[A-Za-z0-9-]+)*", path):
        raise BadRequest(f"not an actor of this graph: {value!r}")
    return BASE + path


@dataclasses.dataclass(frozen=True)
class Page:
    """Which pairings of a view to list: page ``number`` (from 1) of ``size`` rows."""
    number: int = 1
    size: int = PAGE_ROWS

    def cut(self, rows: list) -> list:
        return rows[(self.number - 1) * self.size:self.number * self.size]


def page_value(page: str | None, limit: str | None) -> Page | None:
    """``page=`` and ``limit=`` checked (400 when malformed); None when neither is given."""
    if not page and not limit:
        return None
    for name, value in (("page", page), ("limit", limit)):
        if value and (not value.isdigit() or int(value) < 1):
            raise BadRequest(f"{name} must be a whole number from 1, not {value!r}")
    size = int(limit) if limit else PAGE_ROWS
    if size > MAX_PAGE_ROWS:
        raise BadRequest(f"limit must be at most {MAX_PAGE_ROWS}, not {size}")
    return Page(int(page) if page else 1, size)


def year_value(value: str | None) -> int | None:
    if not value:
        return None
    if not re.fullmatch(r"[0-9]{4}", value) or not 1949 <= int(value) <= 2100:  # ASCII: "²".isdigit()
        raise BadRequest(f"year must be a year between 1949 and 2100, not {value!r}")
    return int(value)


# --- pairings and actors --------------------------------------------------------------------------

def actors(store) -> dict[str, dict]:
    """Every actor in a pairing, by IRI, with label, kind, level, coordinates and region codes."""
    found = {}
    for row in run(store, "viz-actors"):
        row["href"] = local_path(row["actor"])
        found[row["actor"]] = row
    return found


def pairings(store, programme: str | None = None, actor: str | None = None) -> list[dict]:
    """Pairings (of one programme, or touching one actor or its parts), each once, sources as a list."""
    if actor:
        rows = run(store, "viz-actor-pairings", {"actor": actor})
    else:
        rows = run(store, "viz-pairings", {"programme": programme})
    found: dict[str, dict] = {}
    for row in rows:
        p = found.setdefault(row["pairing"], _pairing(row))
        if "role" in row and row["role"] not in p["roles"]:
            p["roles"].append(row["role"])
    return list(found.values())


def _pairing(row: dict) -> dict:
    p = {k: v for k, v in row.items() if k not in ("actor", "role")}
    p["sources"] = row.get("sources", "").split()
    p["status"] = row.get("status", "").removeprefix(STATUS)
    p["href"] = local_path(row["pairing"])
    p["roles"] = []
    return p


def in_force(pairing: dict, year: int | None) -> bool:
    """Started by ``year`` and not ended before it; a pairing of unknown start counts only without a year."""
    if year is None:
        return True
    start, end = pairing.get("startYear"), pairing.get("endYear")
    return start is not None and start <= year and (end is None or end >= year)


def programmes(rows: list[dict]) -> list[dict]:
    """The programmes among ``rows``, largest first: IRI, slug, label, number of pairings."""
    counts: dict[str, dict] = {}
    for p in rows:
        entry = counts.setdefault(p["programme"], {"programme": p["programme"], "label": p.get("programmeLabel", ""),
                                                   "slug": p["programme"].rpartition("/")[2], "pairings": 0})
        entry["pairings"] += 1
    return sorted(counts.values(), key=lambda e: (-e["pairings"], e["slug"]))


def _with_actors(rows: list[dict], people: dict[str, dict]) -> list[dict]:
    for p in rows:
        for end in ("supporter", "recipient"):
            a = people.get(p[end], {})
            p[end + "Label"] = a.get("label", p[end])
            p[end + "Href"] = local_path(p[end])
            p[end + "Lon"], p[end + "Lat"] = a.get("lon"), a.get("lat")
        p["placed"] = None not in (p["supporterLon"], p["recipientLon"])
    return rows


# --- read once per data version ------------------------------------------------------------------

@dataclasses.dataclass
class Table:
    """Every pairing (actors joined, in the named query's order), every actor, every dated event."""
    pairings: list[dict]
    people: dict[str, dict]
    events: list[dict]


def _table(store) -> Table:
    people = actors(store)
    return Table(_with_actors(pairings(store), people), people, run(store, "viz-events"))


def _queries_read() -> str:
    return "".join(load(name).text for name in ("viz-actors", "viz-pairings", "viz-events"))


table_for = memo.once_per_version(_table, "viz-table", _queries_read)


# --- the three views ------------------------------------------------------------------------------

def _selection(store, table: Table, programme: str | None, actor: str | None) -> tuple[list[dict], list[dict]]:
    """The pairings in scope (all, or one actor's) and, among them, those of ``programme``."""
    everything = _with_actors(pairings(store, actor=actor), table.people) if actor else table.pairings
    if not programme:
        return everything, everything
    return everything, [p for p in everything if p["programme"] == programme]


def map_data(store, programme: str | None = None, year: int | None = None, actor: str | None = None, *,
             detail: int = DETAIL, page: Page | None = None, disk=None) -> dict:
    """Pairings in force (of a programme, in a year, of an actor and its parts) with both ends placed
    where the graph allows; over ``detail`` of them, flows between regions and one page of pairings."""
    table = table_for(store, disk)
    everything, chosen = _selection(store, table, programme, actor)
    people = table.people
    rows = [p for p in chosen if in_force(p, year)]
    placed = [p for p in rows if p["placed"]]
    regions = {_region(people[p["recipient"]]) for p in placed} - {None}
    data = {"actor": actor, "actorLabel": people.get(actor, {}).get("label") if actor else None,
            "programme": programme, "year": year, "years": year_range(everything),
            "programmes": programmes(everything), "pairings": rows,
            "counts": {"pairings": len(rows), "lines": len(placed), "unplaced": len(rows) - len(placed),
                       "regions": len(regions)},
            "recipientRegions": sorted(regions),
            "supporterRegions": sorted({people[p["supporter"]].get("province") for p in placed} - {None})}
    return _bounded(data, rows, people, "prefecture" if actor else "province", detail, page)


# --- flows between regions, pages of pairings ----------------------------------------------------

def _bounded(data: dict, rows: list[dict], people: dict, level: str, detail: int, page: Page | None) -> dict:
    """Over ``detail`` pairings: the flows between regions at ``level`` and one page of the pairings (the
    first unless ``page`` says otherwise); at most ``detail``: every pairing, or the page asked for."""
    data["aggregated"] = len(rows) > detail
    if data["aggregated"]:
        data["level"] = level
        data["flows"] = flows(rows, people, level)
        page = page or Page()
    if page is not None:
        data["pairings"] = page.cut(rows)
        data["page"] = {"number": page.number, "size": page.size, "total": len(rows),
                        "pages": max(1, math.ceil(len(rows) / page.size))}
    return data


def region_of(actor: dict | None, level: str) -> str | None:
    """The GB/T 2260 code of the province (``level`` province) or of the prefecture, else the province,
    an actor lies in; None for an actor without a place (an agency, an enterprise)."""
    if not actor:
        return None
    return actor.get("province") if level == "province" else actor.get("prefecture") or actor.get("province")


def flows(rows: list[dict], people: dict[str, dict], level: str) -> list[dict]:
    """Pairings counted by (supporter's region, recipient's region), largest first. An end without a
    region is grouped by its kind (``agency``, ``enterprise`` …), without coordinates."""
    found: dict[tuple[str, str], dict] = {}
    places = _places(people, level)
    for p in rows:
        ends = [_end(people.get(p[e]), level, places) for e in ("supporter", "recipient")]
        flow = found.setdefault((ends[0]["id"], ends[1]["id"]), {
            "from": ends[0]["id"], "fromLabel": ends[0]["label"], "fromLon": ends[0]["lon"], "fromLat": ends[0]["lat"],
            "to": ends[1]["id"], "toLabel": ends[1]["label"], "toLon": ends[1]["lon"], "toLat": ends[1]["lat"],
            "fromHref": ends[0]["href"], "toHref": ends[1]["href"], "count": 0, "programmes": {}})
        flow["count"] += 1
        flow["programmes"][p["programme"]] = flow["programmes"].get(p["programme"], 0) + 1
    for flow in found.values():
        flow["programme"] = max(flow["programmes"].items(), key=lambda kv: (kv[1], kv[0]))[0]
        flow["placed"] = None not in (flow["fromLon"], flow["toLon"])
    return sorted(found.values(), key=lambda f: (-f["count"], f["from"], f["to"]))


def _end(actor: dict | None, level: str, places: dict[str, dict]) -> dict:
    code = region_of(actor, level)
    if code is None:
        kind = (actor or {}).get("kind") or "collective"
        return {"id": kind, "label": KIND_LABELS.get(kind, kind), "lon": None, "lat": None, "href": None}
    return places[code]


def _places(people: dict[str, dict], level: str) -> dict[str, dict]:
    """Each region's label, href and point: a province's from the base map, a prefecture's from the
    actor that is the prefecture, else the mean of its actors' points."""
    points: dict[str, list] = {}
    found: dict[str, dict] = {}
    named = {a.get("gb2260"): a for a in people.values() if a.get("gb2260")}
    for a in people.values():
        code = region_of(a, level)
        if code is None:
            continue
        if a.get("lon") is not None:
            points.setdefault(code, []).append((float(a["lon"]), float(a["lat"])))
        if code not in found:
            label = named.get(code, {}).get("label") or (a.get("prefectureLabel") if code == a.get("prefecture") else None)
            found[code] = {"id": code, "label": label or geo.provinces().get(code, (code,))[0],
                           "href": "/division/" + code, "lon": None, "lat": None}
    for code, place in found.items():
        centre = geo.provinces().get(code, (None, None))[1]
        own = named.get(code, {})
        if centre is None and own.get("lon") is not None:
            centre = (float(own["lon"]), float(own["lat"]))
        if centre is None and points.get(code):
            xs, ys = zip(*points[code])
            centre = (sum(xs) / len(xs), sum(ys) / len(ys))
        if centre is not None:
            place["lon"], place["lat"] = round(centre[0], 5), round(centre[1], 5)
    return found


def _region(actor: dict) -> str | None:
    """The map region a recipient lights up: its prefecture when it lies within one, else its province."""
    return actor.get("prefecture") or actor.get("province")


def year_range(rows: list[dict]) -> list[int]:
    years = [p["startYear"] for p in rows if "startYear" in p]
    return [min(years + [FIRST_YEAR]), max(years + [datetime.date.today().year])]


def network_data(store, programme: str | None = None, year: int | None = None, actor: str | None = None, *,
                 detail: int = DETAIL, page: Page | None = None, disk=None) -> dict:
    """Actors as nodes, pairings as links (one per pairing), for the whole graph or one actor's pairings;
    over ``detail`` pairings, regions as nodes and flows as links, and one page of pairings."""
    table = table_for(store, disk)
    everything, chosen = _selection(store, table, programme, actor)
    people = table.people
    rows = [p for p in chosen if in_force(p, year)]
    if len(rows) > detail:
        return _network_flows(rows, people, actor, programme, year, everything, detail, page)
    nodes: dict[str, dict] = {}
    for p in rows:
        for end in ("supporter", "recipient"):
            a = people.get(p[end], {"label": p[end], "kind": "collective"})
            node = nodes.setdefault(p[end], {"id": p[end], "label": a["label"], "kind": a.get("kind"),
                                             "href": local_path(p[end]), "supports": 0, "receives": 0,
                                             "programmes": {}})
            node["supports" if end == "supporter" else "receives"] += 1
            node["programmes"][p["programme"]] = node["programmes"].get(p["programme"], 0) + 1
    for node in nodes.values():
        node["programme"] = max(node.pop("programmes").items(), key=lambda kv: (kv[1], kv[0]))[0]
    parts = sorted({p[role.partition("-")[0]] for p in rows for role in p["roles"] if role.endswith("-part")})
    if parts and actor not in nodes:
        label = people.get(actor, {}).get("label", actor)
        nodes[actor] = {"id": actor, "label": label, "kind": "division", "href": local_path(actor),
                        "supports": 0, "receives": 0, "programme": None}
    data = {"actor": actor, "actorLabel": people.get(actor, {}).get("label") if actor else None,
            "programme": programme, "year": year, "years": year_range(everything),
            "programmes": programmes(everything), "nodes": list(nodes.values()), "pairings": rows,
            "partOf": [{"part": part, "whole": actor} for part in parts],
            "counts": {"nodes": len(nodes), "links": len(rows), "partOf": len(parts)}}
    return _bounded(data, rows, people, "", detail, page)


def _network_flows(rows: list[dict], people: dict, actor: str | None, programme: str | None, year: int | None,
                   everything: list[dict], detail: int, page: Page | None) -> dict:
    """Regions (or kinds of actor) as nodes, the flows between them as links."""
    level = "prefecture" if actor else "province"
    data = {"actor": actor, "actorLabel": people.get(actor, {}).get("label") if actor else None,
            "programme": programme, "year": year, "years": year_range(everything),
            "programmes": programmes(everything), "partOf": []}
    data = _bounded(data, rows, people, level, detail, page)
    nodes: dict[str, dict] = {}
    for f in data["flows"]:
        for end, role in (("from", "supports"), ("to", "receives")):
            node = nodes.setdefault(f[end], {"id": f[end], "label": f[end + "Label"], "kind": "region",
                                             "href": f[end + "Href"], "supports": 0, "receives": 0,
                                             "programme": f["programme"]})
            node[role] += f["count"]
    data["nodes"] = list(nodes.values())
    data["counts"] = {"nodes": len(nodes), "links": len(rows), "flows": len(data["flows"]), "partOf": 0}
    return data


def timeline_data(store, programme: str | None = None, actor: str | None = None, *, disk=None) -> dict:
    """Per year from 1979 to this year and per programme: pairings started and dated meetings, documents
    and events; with ``actor``, also each of its pairings' start and end."""
    table = table_for(store, disk)
    everything, rows = _selection(store, table, programme, actor)
    years = list(range(FIRST_YEAR, datetime.date.today().year + 1))
    index = {y: i for i, y in enumerate(years)}
    series = []
    for prog in programmes(rows):
        mine = [p for p in rows if p["programme"] == prog["programme"]]
        started = [0] * len(years)
        for p in mine:
            if p.get("startYear") in index:
                started[index[p["startYear"]]] += 1
        series.append({**prog, "started": started, "undated": sum("startYear" not in p for p in mine)})
    events = events_by_year(table.events, years, programme, {p["programme"] for p in rows} if actor else None)
    data = {"actor": actor, "programme": programme, "programmes": programmes(everything), "years": years,
            "series": series, "events": events,
            "counts": {"pairings": len(rows), "dated": sum(1 for p in rows if p.get("startYear") in index),
                       "events": sum(len(e["items"]) for e in events)}}
    if actor:
        data["actorLabel"] = table.people.get(actor, {}).get("label")
        data["pairings"] = sorted(rows, key=lambda p: (p.get("startYear", 9999), p["pairing"]))
    return data


def events_by_year(events: list[dict], years: list[int], programme: str | None, among: set[str] | None) -> list[dict]:
    """Meetings, documents and events (the rows of ``viz-events``, run unbound: a bound ?programme would
    also tag unlinked events) in ``years``, of one programme, or linked to one of ``among``."""
    found: dict[str, dict] = {}
    for row in events:
        linked = row.get("programme")
        if (programme and linked != programme) or (among is not None and linked not in among):
            continue
        if row["year"] not in years:
            continue
        e = found.setdefault(row["event"], {"event": row["event"], "label": row.get("label", row["event"]),
                                            "kind": row["kind"], "year": row["year"], "date": row.get("date"),
                                            "href": local_path(row["event"]), "programmes": []})
        if linked and linked not in e["programmes"]:
            e["programmes"].append(linked)
    by_year: dict[int, list] = {}
    for e in found.values():
        by_year.setdefault(e["year"], []).append(e)
    return [{"year": y, "items": items} for y, items in sorted(by_year.items())]


# --- tables (CSV) ---------------------------------------------------------------------------------

def pairing_table(data: dict) -> tuple[list[str], list[list]]:
    rows = [[_cell(p.get(c)) for c in PAIRING_COLUMNS] for p in data["pairings"]]
    return list(PAIRING_COLUMNS), rows


def timeline_table(data: dict) -> tuple[list[str], list[list]]:
    """Long format: one row per year and programme with pairings started, plus one per event."""
    header = ["year", "kind", "programme", "programmeLabel", "count", "item", "itemLabel"]
    rows = [[y, "pairings-started", s["programme"], s["label"], n, "", ""]
            for s in data["series"] for y, n in zip(data["years"], s["started"]) if n]
    rows += [[e["year"], e["kind"], " ".join(e["programmes"]), "", 1, e["event"], e["label"]]
             for year in data["events"] for e in year["items"]]
    return header, sorted(rows, key=lambda r: (r[0], r[1], r[2]))


def _cell(value) -> str:
    if value is None:
        return ""
    return " ".join(value) if isinstance(value, list) else str(value)


def to_csv(table: tuple[list[str], list[list]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table[0])
    writer.writerows(table[1])
    return buffer.getvalue()


# --- the base map ---------------------------------------------------------------------------------

def base_map(store, disk=None) -> dict:
    """Provinces (vendored china.json) plus every prefecture a pairing reaches (from china-cities.json,
    decoded, re-keyed by the current GB/T 2260 code), as one GeoJSON FeatureCollection."""
    wanted = {}
    for a in table_for(store, disk).people.values():
        if a.get("prefecture") and a.get("level") != "province":
            wanted[a["prefecture"]] = a.get("prefectureLabel", "")
    return geo.base_map(tuple(sorted(wanted.items())))
