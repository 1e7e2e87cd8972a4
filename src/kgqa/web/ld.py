"""Linked data over HTTP: entity pages with content negotiation, /ontology, /.well-known/void, /dumps/,
/api/lookup. Thin: parse the request, call :mod:`kgqa.ld` (or lookup, void, dumps), render.

Entity routes are registered only under the IRI path prefixes of docs/design.md, so the other
blueprints' paths (/sparql, /api/*, /, /healthz, /static/*) never reach them.
"""
from __future__ import annotations

import functools
import hashlib
import time
from pathlib import Path

from flask import (
    Blueprint,
    Response,
    current_app,
    jsonify,
    render_template,
    request,
    send_from_directory,
)

from .. import dumps, ld, lookup, ontology_page, void
from ..errors import BadRequest, NotAcceptable, NotFound
from .cache import cached_page
from .site import page_langs

bp = Blueprint("ld", __name__)
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; connect-src 'self'; frame-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
LANGS = ("zh", "en")
# Page text by language (kgqa.web.site.choose_lang picks one; zh by default).
UI = {
    "zh": {"ontology": "本体", "dumps": "下载", "licence": "数据许可：", "not_found": "未找到",
           "not_found_text": "本图谱中没有这个 IRI 的资源。", "links_out": "外部链接", "graph_size": "本命名图中的三元组数",
           "facts": "事实", "property": "属性", "value": "值", "source": "来源", "inferred": "推理得出", "sources": "来源",
           "pairings": "对口关系", "network": "关系网络", "timeline": "时间线", "map": "地图", "supporter": "支援方", "recipient": "受援方", "programme": "援助计划", "start": "起始年份",
           "end": "结束年份", "status": "核实状态", "details": "详情", "incoming": "指向本资源的链接", "subject": "主体",
           "longer": "共 {n} 条，本页显示第 {first}–{last} 条", "page_of": "第 {page} 页，共 {pages} 页",
           "previous": "上一页", "next": "下一页", "complete_rdf": "完整描述（机器可读）",
           "sparql": "生成本页的 SPARQL 查询",
           "open_editor": "在编辑器中打开", "run": "运行", "formats": "其他格式", "version": "版本", "hierarchy": "类层级", "classes": "类",
           "object_properties": "对象属性", "datatype_properties": "数据属性", "individuals": "个体",
           "parent": "上位类", "superProperty": "上位属性", "domain": "定义域", "range": "值域", "inverse": "逆属性",
           "mechanism_facts": "各援助计划中的实例"},
    "en": {"ontology": "Ontology", "dumps": "Dumps", "licence": "Data licence:", "not_found": "Not found",
           "not_found_text": "This graph has no resource with this IRI.", "links_out": "Links out",
           "graph_size": "Triples in this named graph", "facts": "Facts", "property": "Property", "value": "Value",
           "source": "Source", "inferred": "inferred", "sources": "Sources", "pairings": "Pairings", "network": "Network", "timeline": "Timeline", "map": "Map", "supporter": "Supporter",
           "recipient": "Recipient", "programme": "Programme", "start": "Start", "end": "End", "status": "Status",
           "details": "details", "incoming": "Links to this resource", "subject": "Subject",
           "longer": "{n} in all; rows {first}–{last} on this page", "page_of": "page {page} of {pages}",
           "previous": "previous", "next": "next", "complete_rdf": "Complete description (for machines)",
           "sparql": "The SPARQL behind this page",
           "open_editor": "open in editor", "run": "run", "formats": "Other formats", "version": "version", "hierarchy": "Class hierarchy",
           "classes": "Classes", "object_properties": "Object properties", "datatype_properties": "Datatype properties",
           "individuals": "Individuals", "parent": "subclass of", "superProperty": "subproperty of", "domain": "domain",
           "range": "range", "inverse": "inverse of", "mechanism_facts": "Instances per programme"},
}


def _store():
    return current_app.extensions["kgqa_store"]


def _langs() -> tuple[str, ...]:
    return page_langs()


def _api_langs() -> tuple[str, ...]:
    """For the lookup API: ``?lang=``, else plain Accept-Language (a client asking for English gets it)."""
    first = request.args.get("lang")
    if first not in LANGS:
        first = request.accept_languages.best_match(LANGS, default="zh")
    return (first,) + tuple(lang for lang in LANGS if lang != first)


def _format(suffix: str | None):
    fmt = ld.negotiate(request.headers.get("Accept"), suffix or request.args.get("format"))
    if fmt is None:
        if suffix or request.args.get("format"):
            raise BadRequest(f"unknown format; use one of {', '.join(ld.SUFFIXES)}")
        raise NotAcceptable("no acceptable representation; offered: text/html, "
                            + ", ".join(ld.formats.by_name(n).media_type for n in ld.ALTERNATES))
    return fmt


def _alternates(path: str) -> str:
    links = [f'<{path}.{n}>; rel="alternate"; type="{ld.formats.by_name(n).media_type}"' for n in ld.ALTERNATES]
    return ", ".join([f'<{path}>; rel="alternate"; type="text/html"'] + links)


def _rdf(body: bytes, fmt, path: str) -> Response:
    headers = {"Vary": "Accept", "Link": _alternates(path), "Access-Control-Allow-Origin": "*"}
    return Response(body, content_type=fmt.media_type + "; charset=utf-8", headers=headers)


def _html(template: str, status: int = 200, path: str | None = None, **context) -> Response:
    media_types = {n: ld.formats.by_name(n).media_type for n in ld.ALTERNATES}
    body = render_template(template, langs=_langs(), ui=UI[_langs()[0]], alternates=ld.ALTERNATES,
                           media_types=media_types, base=ld.BASE, path=path, **context)
    headers = {"Vary": "Accept, Accept-Language", "Content-Language": _langs()[0]}
    if path:
        headers["Link"] = _alternates(path)
    return Response(body, status=status, content_type="text/html; charset=utf-8", headers=headers)


@bp.after_request
def security_headers(response: Response) -> Response:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    if request.path != "/api/lookup" and not request.path.startswith("/dumps/"):
        response.vary.add("Accept")
    if response.mimetype == "text/html":
        response.headers["Content-Security-Policy"] = CSP
        response.headers.setdefault("Referrer-Policy", "same-origin")
    if response.status_code == 200 and not response.direct_passthrough and "ETag" not in response.headers:
        response.add_etag()  # pages and graphs change only with the data: let clients revalidate
        response.make_conditional(request)
    return response


def _variant() -> tuple[str, str]:
    """What a page depends on besides its URL: the negotiated format, and the language for HTML."""
    suffix = ld.split_suffix(request.path)[1]
    fmt = ld.negotiate(request.headers.get("Accept"), suffix or request.args.get("format"))
    if fmt is None:
        return ("?" + request.headers.get("Accept", ""), "")
    return (fmt.name, _langs()[0] if fmt.name == "html" else "")


@functools.lru_cache(maxsize=1)
def _code() -> str:
    """The code that shapes an entity page, for the key of a page shared on disk: another version of it
    never reads a page saved by this one."""
    here = Path(__file__).resolve().parent
    parts = (here.parent / "ld.py", here / "ld.py", here / "templates" / "entity.html", here / "templates" / "base.html")
    return hashlib.sha256(b"".join(p.read_bytes() for p in parts)).hexdigest()[:16]


def _entity_variant() -> tuple:
    return (*_variant(), ld.PAGE_ROWS, _code())


def _page_number() -> int:
    """``?page=N`` (1 when absent): which page of an entity's long lists to show."""
    raw = request.args.get("page", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= 10**6:
        raise BadRequest("page must be a whole number from 1")
    return int(raw)


@cached_page(_entity_variant, params=("format", "page"), share=True)
def entity(**_):
    path, suffix = ld.split_suffix(request.path)
    store, whole = _store(), ld.iri_for_path(request.path)
    if suffix and whole and ld.exists(store, whole):
        path, suffix = request.path, None  # the IRI itself ends in ".ttl" etc.
    iri = ld.iri_for_path(path)
    fmt, page = _format(suffix), _page_number()  # the page of the HTML lists; the RDF is complete
    if fmt.name == "html":
        description = ld.describe(store, iri, _langs(), page) if iri else None
        if description is None:
            return _html("notfound.html", 404, iri=iri, request_path=request.path)
        return _html("entity.html", path=path, d=description, rows=ld.PAGE_ROWS)
    if not iri or not ld.exists(store, iri):
        raise NotFound(f"no resource {request.path} in this graph")
    return _rdf(ld.serialize(ld.resource_triples(store, iri), fmt.name), fmt, path)


for _prefix in ld.PATH_PREFIXES:
    if _prefix == "ontology":
        continue
    _bare = "/" + _prefix.rstrip("/")
    if not _prefix.endswith("/"):
        bp.add_url_rule(_bare, "entity-" + _prefix, entity)
        bp.add_url_rule(_bare + ".<ext>", "entity-" + _prefix + "-ext", entity)
    bp.add_url_rule(_bare + "/<path:rest>", "entity-" + _prefix.rstrip("/") + "-path", entity)


@bp.get("/ontology")
@bp.get("/ontology.<ext>")
@cached_page(_variant, params=("format",))
def ontology(ext: str | None = None):
    fmt = _format(ext)
    store = _store()
    if fmt.name == "html":
        return _html("ontology.html", path="/ontology", o=ontology_page.describe_ontology(store, _langs()))
    return _rdf(ld.serialize(ontology_page.ontology_triples(store), fmt.name), fmt, "/ontology")


@bp.get("/.well-known/void")
@bp.get("/.well-known/void.<ext>")
def well_known_void(ext: str | None = None):
    fmt = ld.negotiate(request.headers.get("Accept"), ext or request.args.get("format"))
    fmt = ld.formats.by_name("ttl") if fmt is None or fmt.name == "html" else fmt
    store = _store()
    manifest = dumps.current_manifest(store, _dumps_dir())[0]
    triples = void.describe_dataset(store, current_app.config["KGQA_SETTINGS"].base_url, manifest)
    return _rdf(ld.serialize(triples, fmt.name), fmt, "/.well-known/void")


def _dumps_dir() -> Path:
    return dumps.dumps_dir(current_app.config["KGQA_SETTINGS"])


@bp.get("/dumps/")
@bp.get("/dumps/index.json")
def dumps_index():
    """The manifest: JSON for clients (and at ``index.json``), a page for browsers."""
    manifest, on_disk = dumps.current_manifest(_store(), _dumps_dir())
    index = {**manifest, "served_from": "dumps/" if on_disk else "memory"}
    if request.path.endswith(".json") or request.accept_mimetypes.best_match(["application/json", "text/html"]) \
            != "text/html":
        return jsonify(index)
    return _html("dumps.html", index=index, void="/.well-known/void")


@bp.get("/dumps/<name>")
def dump_file(name: str):
    store = _store()
    manifest, on_disk = dumps.current_manifest(store, _dumps_dir())
    entry = manifest["files"].get(name)
    if entry is None:
        raise NotFound(f"no dump named {name}")
    if on_disk:
        response = send_from_directory(_dumps_dir(), name, mimetype="application/gzip", max_age=3600)
    else:
        response = Response(dumps.dumps_for(store).data[name], mimetype="application/gzip")
    response.set_etag(entry["sha256"])
    response.headers["Digest"] = "sha-256=" + entry["sha256_base64"]
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response.make_conditional(request)


@bp.get("/api/lookup")
def api_lookup():
    query = request.args.get("q", "")
    try:
        limit = min(max(int(request.args.get("limit", 10)), 1), 50)
    except ValueError:
        raise BadRequest("limit must be a number from 1 to 50") from None
    started = time.perf_counter()
    index = lookup.index_for(_store())
    results = index.search(query, limit=limit, langs=_api_langs())
    took = round((time.perf_counter() - started) * 1000, 3)
    response = jsonify({"query": query, "results": results, "took_ms": took})
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response
