"""/map, /network, /timeline: pages that draw the pairings, their data as JSON and CSV, and their SPARQL.

Thin: read the parameters, call :mod:`kgqa.viz`, render. Each page has JSON and CSV twins
(``/map/data.json?programme=yuanzang&year=2010``) and ``/map/query.rq``, the named queries as run.
"""
from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, jsonify, render_template, request

from .. import named_queries, viz
from ..errors import BadRequest
from . import limits
from .cache import cached_page, disk_of_app
from .site import lang_variant

bp = Blueprint("viz", __name__)
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors {ancestors}")
VIEWS = {
    "map": {"title": "对口关系地图", "en": "Map of pairings", "params": ("programme", "year", "actor"),
            "queries": ("viz-pairings", "viz-actors")},
    "network": {"title": "对口关系网络", "en": "Network of pairings", "params": ("programme", "year", "actor"),
                "queries": ("viz-pairings", "viz-actors")},
    "timeline": {"title": "对口关系时间线", "en": "Timeline of pairings and meetings", "params": ("programme", "actor"),
                 "queries": ("viz-pairings", "viz-events")},
}
VIEW_NAMES = "any(map, network, timeline)"
VIEW_PARAMS = ("programme", "year", "actor")  # what the views read: other parameters make no other page
DATA_PARAMS = VIEW_PARAMS + ("page", "limit")  # the JSON and CSV twins, one page of pairings at a time
PAGE_PARAMS = VIEW_PARAMS + ("embed",)


def _store():
    return current_app.extensions["kgqa_store"]


def _params(view: str) -> dict:
    """The view's filters from the query string, checked (400 on a malformed value)."""
    args = request.args
    parsed = {"programme": viz.programme_iri(args.get("programme")), "year": viz.year_value(args.get("year")),
              "actor": viz.actor_iri(args.get("actor"))}
    unused = [k for k, v in parsed.items() if v is not None and k not in VIEWS[view]["params"]]
    if unused:
        raise BadRequest(f"/{view} takes no {', '.join(unused)} parameter")
    return {k: parsed[k] for k in VIEWS[view]["params"]}


def _data(view: str, params: dict, paged: bool = False) -> dict:
    """The view's data; ``paged``: the pairings one page at a time as ``page=``/``limit=`` ask (the JSON
    and CSV twins), with links to the pages before and after."""
    disk = disk_of_app()
    with limits.heavy():  # chart data is heavy work: one of the worker's heavy slots
        if view == "timeline":
            return viz.timeline_data(_store(), **params, disk=disk)
        page = viz.page_value(request.args.get("page"), request.args.get("limit")) if paged else None
        detail = current_app.config["KGQA_SETTINGS"].chart_pairings
        shape = viz.map_data if view == "map" else viz.network_data
        data = shape(_store(), **params, detail=detail, page=page, disk=disk)
    if "page" in data:
        data["page"].update(_page_links(view, params, data["page"]))
    return data


def _page_links(view: str, params: dict, page: dict) -> dict:
    """``first``, ``next`` and ``prev`` pages of the pairings as JSON and CSV URLs (None past the ends)."""
    def at(number: int, fmt: str) -> str:
        return f"/{view}/data.{fmt}" + _query_string(params, page=number, limit=page["size"])

    links = {"json": at(page["number"], "json"), "csv": at(page["number"], "csv")}
    links["next"] = at(page["number"] + 1, "json") if page["number"] < page["pages"] else None
    links["prev"] = at(page["number"] - 1, "json") if page["number"] > 1 else None
    return links


def _queries(view: str, params: dict) -> list[dict]:
    """The named queries behind a view, with the values bound as they are run."""
    names = VIEWS[view]["queries"]
    if params.get("actor"):
        names = ("viz-actor-pairings",) + names[1:]
    shown = []
    for name in names:
        q = named_queries.load(name)
        bindings = {"actor": params.get("actor")} if name == "viz-actor-pairings" else \
            {"programme": params.get("programme")} if name == "viz-pairings" else None
        shown.append({"name": name, "title": q.title, "description": q.description,
                      "text": named_queries.shown(name, bindings)})
    return shown


def _headers(embed: bool = False) -> dict:
    return {"Content-Security-Policy": CSP.format(ancestors="'self'" if embed else "'none'"),
            "X-Content-Type-Options": "nosniff"}


def _query_string(params: dict, **extra) -> str:
    short = {k: (v.rpartition("/")[2] if k == "programme" else viz.local_path(v) if k == "actor" else v)
             for k, v in params.items() if v is not None}
    query = urlencode({**short, **extra})
    return "?" + query if query else ""


def _page(view: str):
    params = _params(view)
    embed = request.args.get("embed") == "1"
    data = _data(view, params)
    links = [f'<{request.path}/data.{fmt}{_query_string(params)}>; rel="alternate"; type="{kind}"'
             for fmt, kind in (("json", "application/json"), ("csv", "text/csv"))]
    body = render_template(f"viz_{view}.html", view=view, info=VIEWS[view], views=VIEWS, params=params,
                           data=data, queries=_queries(view, params), embed=embed,
                           qs=_query_string(params), local_path=viz.local_path)
    return Response(body, content_type="text/html; charset=utf-8",
                    headers={**_headers(embed), "Link": ", ".join(links)})


@bp.route("/map")
@cached_page(lang_variant, params=PAGE_PARAMS)
def map_page():
    return _page("map")


@bp.route("/network")
@cached_page(lang_variant, params=PAGE_PARAMS)
def network_page():
    return _page("network")


@bp.route("/timeline")
@cached_page(lang_variant, params=PAGE_PARAMS)
def timeline_page():
    return _page("timeline")


@bp.route(f"/<{VIEW_NAMES}:view>/data.json")
@cached_page(params=DATA_PARAMS)
def data_json(view: str):
    data = _data(view, _params(view), paged=True)
    response = jsonify(data)
    response.headers["Access-Control-Allow-Origin"] = "*"
    _link_pages(response, data)
    return response


def _link_pages(response: Response, data: dict) -> None:
    links = [f'<{data["page"][rel]}>; rel="{rel}"' for rel in ("next", "prev") if data.get("page", {}).get(rel)]
    if links:
        response.headers["Link"] = ", ".join(links)


@bp.route(f"/<{VIEW_NAMES}:view>/data.csv")
@cached_page(params=DATA_PARAMS)
def data_csv(view: str):
    params = _params(view)
    data = _data(view, params, paged=True)
    table = viz.timeline_table(data) if view == "timeline" else viz.pairing_table(data)
    name = f"{view}-{(params.get('programme') or 'all').rpartition('/')[2]}.csv"
    response = Response(viz.to_csv(table), content_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'inline; filename="{name}"',
                                 "Access-Control-Allow-Origin": "*"})
    if "page" in data:
        response.headers["X-Total-Count"] = str(data["page"]["total"])
        _link_pages(response, {"page": {rel: data["page"][rel] and data["page"][rel].replace("/data.json", "/data.csv")
                                        for rel in ("next", "prev")}})
    return response


@bp.route(f"/<{VIEW_NAMES}:view>/query.rq")
def query_text(view: str):
    """The view's named queries as run, one after another, each under its title."""
    parts = [f"# --- {q['name']}.rq ---\n{q['text'].rstrip()}\n" for q in _queries(view, _params(view))]
    return Response("\n".join(parts), content_type="text/plain; charset=utf-8",
                    headers={"Access-Control-Allow-Origin": "*"})


@bp.route("/map/regions.json")
@cached_page()
def regions():
    """The base map: provinces plus the prefectures that pairings reach (ECharts compressed GeoJSON)."""
    response = jsonify(viz.base_map(_store(), disk_of_app()))
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response
