"""/programme/ (the 援助计划 index) and /programme/<slug>: pages a person reads, each with a JSON twin
(``.json`` or ``Accept: application/json``, as datasette does) and a CSV of its table.

Thin: negotiate, call :mod:`kgqa.programmes`, render. RDF clients (Turtle, JSON-LD, … by suffix or Accept)
and ``.html`` (every property of the IRI) get the generic linked-data view of :mod:`kgqa.web.ld`.
"""
from __future__ import annotations

import json

from flask import Blueprint, Response, current_app, render_template, request

from .. import ld, named_queries, programmes, viz
from ..errors import NotAcceptable
from . import ld as ld_pages
from .cache import cached_page
from .site import page_lang, page_langs

bp = Blueprint("programme", __name__)
TWINS = ("json", "csv")


def _store():
    return current_app.extensions["kgqa_store"]


def wanted(suffix: str | None) -> str:
    """``html``, ``json``, ``csv`` — or ``rdf`` for the linked-data view: the suffix, else Accept."""
    if suffix:
        return suffix if suffix in TWINS else "rdf"
    accept = request.headers.get("Accept", "")
    fmt = ld.negotiate(accept)
    if fmt is None:
        return "rdf"  # the linked-data view answers 406
    if fmt.name == "jsonld" and "application/ld+json" not in accept:
        return "json"  # plain application/json: the page's data, not JSON-LD
    return "html" if fmt.name == "html" else "rdf"


def _split(name: str) -> tuple[str, str | None]:
    stem, dot, ext = name.rpartition(".")
    return (stem, ext) if dot and "/" not in ext else (name, None)


def _variant() -> tuple:
    """What a page depends on besides its URL: what is wanted, the RDF format, the language."""
    fmt = ld.negotiate(request.headers.get("Accept"))
    return (wanted(_split(request.path.rpartition("/")[2])[1]), fmt and fmt.name, page_lang())


@bp.get("/programme/")
@bp.get("/programme/index.<ext>")
@cached_page(_variant)
def index(ext: str | None = None):
    kind = "html" if ext == "html" else wanted(ext)
    rows = programmes.summaries(_store())
    if kind == "json":
        return _json({"programmes": rows, "data_version": _store().data_version})
    if kind == "csv":
        columns = ["programme", "slug", "zh", "en", "pairings", "supporters", "recipients", "firstYear", "lastYear",
                   "verifiedPairings", "verifiedShare"]
        return _csv((columns, [[r.get(c) for c in columns] for r in rows]), "programmes.csv")
    if kind != "html":
        raise NotAcceptable("the programme index is offered as text/html, application/json and text/csv")
    query = named_queries.load("programme-summary").text
    return _page("programmes.html", programmes=rows, query=query, twin="/programme/index.json")


@bp.get("/programme/<name>")
@cached_page(_variant)
def programme(name: str):
    slug, suffix = _split(name)
    kind = wanted(suffix)
    iri = programmes.iri_of(slug)
    found = programmes.summaries(_store(), iri) if iri and kind != "rdf" else []
    if not found:
        return ld_pages.entity()  # RDF, .html, or not a programme: the linked-data view (404 there)
    summary, rows = found[0], programmes.pairing_rows(_store(), iri, page_langs())
    if kind == "csv":
        return _csv(programmes.table(rows), f"programme-{slug}.csv")
    data = {**summary, "founding": programmes.founding(_store(), iri), "rows": rows,
            "mechanisms": programmes.mechanisms(_store(), iri)}
    if kind == "json":
        return _json({**data, "data_version": _store().data_version})
    return _page("programme.html", p=data, groups=programmes.by_region(rows), queries=_queries(iri),
                 path="/programme/" + slug, twin=f"/programme/{slug}.json", alternates=ld.ALTERNATES,
                 media_types={n: ld.formats.by_name(n).media_type for n in ld.ALTERNATES})


def _queries(iri: str) -> list[dict]:
    shown = []
    for name in ("programme-summary", "programme-founding", "viz-pairings"):
        q = named_queries.load(name)
        shown.append({"name": name, "title": q.title, "text": named_queries.shown(name, {"programme": iri})})
    return shown


def _page(template: str, twin: str, **context) -> Response:
    body = render_template(template, twin=twin, local_path=viz.local_path, **context)
    links = f'<{twin}>; rel="alternate"; type="application/json"'
    return Response(body, content_type="text/html; charset=utf-8",
                    headers={"Link": links, "Vary": "Accept, Accept-Language, Cookie"})


def _json(data: dict) -> Response:
    return Response(json.dumps(data, ensure_ascii=False), content_type="application/json; charset=utf-8",
                    headers={"Access-Control-Allow-Origin": "*", "Vary": "Accept, Accept-Language, Cookie"})


def _csv(table, filename: str) -> Response:
    return Response(viz.to_csv(table), content_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'inline; filename="{filename}"', "Access-Control-Allow-Origin": "*"})
