"""Data for the map, network and timeline views: named queries (``queries/viz-*.rq``) run through the
store, shaped into plain dicts. No Flask here; :mod:`kgqa.web.viz` serves these as pages, JSON and CSV.

Values are bound with ``substitutions=`` (a VALUES block on the remote backend), never formatted into
the query text, so every view works on either backend.
"""
from __future__ import annotations

import csv
import datetime
import io
import re

from . import geo
from .errors import BadRequest
from .named_queries import run
from .namespaces import BASE

FIRST_YEAR = 1979
STATUS = BASE + "ontology#"
PAIRING_COLUMNS = ("pairing", "label", "programme", "programmeLabel", "supporter", "supporterLabel",
                   "recipient", "recipientLabel", "startYear", "endYear", "status", "sources",
                   "supporterLon", "supporterLat", "recipientLon", "recipientLat")


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


# --- the three views ------------------------------------------------------------------------------

def _selection(store, programme: str | None, actor: str | None) -> tuple[list[dict], list[dict]]:
    """The pairings in scope (all, or one actor's) and, among them, those of ``programme``."""
    everything = pairings(store, actor=actor)
    if actor or not programme:
        return everything, [p for p in everything if not programme or p["programme"] == programme]
    return everything, pairings(store, programme)


def map_data(store, programme: str | None = None, year: int | None = None, actor: str | None = None) -> dict:
    """Pairings in force (of a programme, in a year, of an actor and its parts) with both ends placed
    where the graph allows."""
    everything, chosen = _selection(store, programme, actor)
    people = actors(store)
    rows = _with_actors([p for p in chosen if in_force(p, year)], people)
    placed = [p for p in rows if p["placed"]]
    regions = {_region(people[p["recipient"]]) for p in placed} - {None}
    return {"actor": actor, "actorLabel": people.get(actor, {}).get("label") if actor else None,
            "programme": programme, "year": year, "years": year_range(everything),
            "programmes": programmes(everything), "pairings": rows,
            "counts": {"pairings": len(rows), "lines": len(placed), "unplaced": len(rows) - len(placed),
                       "regions": len(regions)},
            "recipientRegions": sorted(regions),
            "supporterRegions": sorted({people[p["supporter"]].get("province") for p in placed} - {None})}


def _region(actor: dict) -> str | None:
    """The map region a recipient lights up: its prefecture when it lies within one, else its province."""
    return actor.get("prefecture") or actor.get("province")


def year_range(rows: list[dict]) -> list[int]:
    years = [p["startYear"] for p in rows if "startYear" in p]
    return [min(years + [FIRST_YEAR]), max(years + [datetime.date.today().year])]


def network_data(store, programme: str | None = None, year: int | None = None, actor: str | None = None) -> dict:
    """Actors as nodes, pairings as links (one per pairing), for the whole graph or one actor's pairings."""
    everything, chosen = _selection(store, programme, actor)
    people = actors(store)
    rows = _with_actors([p for p in chosen if in_force(p, year)], people)
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
    return {"actor": actor, "actorLabel": people.get(actor, {}).get("label") if actor else None,
            "programme": programme, "year": year, "years": year_range(everything),
            "programmes": programmes(everything), "nodes": list(nodes.values()), "pairings": rows,
            "partOf": [{"part": part, "whole": actor} for part in parts],
            "counts": {"nodes": len(nodes), "links": len(rows), "partOf": len(parts)}}


def timeline_data(store, programme: str | None = None, actor: str | None = None) -> dict:
    """Per year from 1979 to this year and per programme: pairings started and dated meetings, documents
    and events; with ``actor``, also each of its pairings' start and end."""
    everything, rows = _selection(store, programme, actor)
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
    events = events_by_year(store, years, programme, {p["programme"] for p in rows} if actor else None)
    data = {"actor": actor, "programme": programme, "programmes": programmes(everything), "years": years,
            "series": series, "events": events,
            "counts": {"pairings": len(rows), "dated": sum(1 for p in rows if p.get("startYear") in index),
                       "events": sum(len(e["items"]) for e in events)}}
    if actor:
        people = actors(store)
        data["actorLabel"] = people.get(actor, {}).get("label")
        data["pairings"] = _with_actors(sorted(rows, key=lambda p: (p.get("startYear", 9999), p["pairing"])), people)
    return data


def events_by_year(store, years: list[int], programme: str | None, among: set[str] | None) -> list[dict]:
    """Meetings, documents and events in ``years`` (of one programme, or linked to one of ``among``)."""
    found: dict[str, dict] = {}
    for row in run(store, "viz-events"):  # unbound: a bound ?programme would also tag unlinked events
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

def base_map(store) -> dict:
    """Provinces (vendored china.json) plus every prefecture a pairing reaches (from china-cities.json,
    decoded, re-keyed by the current GB/T 2260 code), as one GeoJSON FeatureCollection."""
    wanted = {}
    for a in actors(store).values():
        if a.get("prefecture") and a.get("level") != "province":
            wanted[a["prefecture"]] = a.get("prefectureLabel", "")
    return geo.base_map(tuple(sorted(wanted.items())))
