"""/sparql: the SPARQL 1.1 protocol endpoint (read-only). Parse the request, call the core, respond."""
from __future__ import annotations

from urllib.parse import unquote_to_bytes

from flask import Blueprint, Response, current_app, render_template, request

from .. import formats
from ..errors import BadRequest, Forbidden, NotAcceptable, UnsupportedMediaType
from ..named_queries import gallery
from ..namespaces import PREFIXES
from ..sparql import Answer, Endpoint, QueryRequest, serialize_graph
from ..store import description
from . import cache, limits, observability

bp = Blueprint("sparql", __name__)
CORS = {"Access-Control-Allow-Origin": "*"}
PREFLIGHT = {**CORS, "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
             "Access-Control-Allow-Headers": "Content-Type, Accept", "Access-Control-Max-Age": "86400"}
HTML_HEADERS = {"X-Content-Type-Options": "nosniff",
                "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' "
                                           "'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"}
FORM, QUERY, UPDATE = "application/x-www-form-urlencoded", "application/sparql-query", "application/sparql-update"


@bp.record_once
def setup(state) -> None:
    """One Endpoint per app; the embedded store runs queries in killable processes."""
    from ..store.pool import InlineExecutor, ProcessExecutor

    app, settings = state.app, state.app.config["KGQA_SETTINGS"]
    store = app.extensions["kgqa_store"]
    if store.name == "embedded":
        executor = ProcessExecutor(store, settings.heavy_slots, settings.renice_after, settings.renice_to,
                                   settings.query_memory_bytes)
    else:
        executor = InlineExecutor(store)
    app.extensions["kgqa_sparql"] = Endpoint(store, executor, settings)
    cache.setup(app)
    observability.setup(app)


@bp.after_request
def finish(response: Response) -> Response:
    """CORS on every /sparql answer, errors included (read-only, no credentials); log the query's fate."""
    response.headers.setdefault("Access-Control-Allow-Origin", "*")
    observability.finish(response.status_code)
    return response


@bp.route("/sparql/", methods=["GET", "POST", "OPTIONS"])
@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"])
def sparql():
    if request.method == "OPTIONS":
        return Response(status=204, headers=PREFLIGHT)
    observability.start()
    params = read_params()
    queries = params.get("query", [])
    if len(queries) > 1:
        raise BadRequest("give exactly one query parameter")
    if not queries:
        if request.method == "POST":
            raise BadRequest("missing query: send query= or a body of type application/sparql-query")
        observability.forget()
        return service()
    observability.note(query=queries[0])
    return run_query(query_request(queries[0], params))


def read_params() -> dict[str, list[str]]:
    """Query string + body, strictly UTF-8; updates refused (403) before anything else happens."""
    params = decode_form(request.query_string)
    if request.method == "POST":
        merge(params, read_body())
    if "update" in params:
        raise Forbidden("this endpoint is read-only: SPARQL Update is refused")
    return params


def read_body() -> dict[str, list[str]]:
    mimetype = request.mimetype
    if mimetype == UPDATE:
        raise Forbidden("this endpoint is read-only: SPARQL Update is refused")
    if mimetype == FORM:
        return decode_form(limits.read_body())
    if mimetype != QUERY:
        raise UnsupportedMediaType(f"POST a query as {FORM} or {QUERY}, not {mimetype or 'an untyped body'}")
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(f"queries must be UTF-8, not {charset}")
    return {"query": [utf8(limits.read_body())]}


def decode_form(raw: bytes) -> dict[str, list[str]]:
    """``a=1&b=%E4%B8%AD`` → {"a": ["1"], "b": ["中"]}; percent-decoded bytes must be UTF-8 (else 400)."""
    params: dict[str, list[str]] = {}
    for pair in raw.split(b"&"):
        if pair:
            key, _, value = pair.replace(b"+", b" ").partition(b"=")
            params.setdefault(utf8(unquote_to_bytes(key)), []).append(utf8(unquote_to_bytes(value)))
    return params


def utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("the request is not valid UTF-8") from None


def merge(into: dict[str, list[str]], more: dict[str, list[str]]) -> None:
    for key, values in more.items():
        into.setdefault(key, []).extend(values)


def query_request(text: str, params: dict[str, list[str]]) -> QueryRequest:
    override = (params.get("format") or [None])[-1]
    if override and not formats.is_known(override):
        names = ", ".join(f.name for f in formats.FORMATS if f.kind != formats.PAGE)
        raise BadRequest(f"unknown format {override!r}; use one of {names} or a media type")
    accept = request.headers.get("Accept")
    results = formats.negotiate(accept, (formats.RESULTS,), override)
    graph = formats.negotiate(accept, (formats.GRAPH,), override)
    return QueryRequest(text, unique(params.get("default-graph-uri", ())), unique(params.get("named-graph-uri", ())),
                        results and results.name, graph and graph.name)


def unique(graphs) -> tuple[str, ...]:
    """Each graph once, in first-named order: naming a graph twice must not count its triples twice."""
    return tuple(dict.fromkeys(graphs))


def run_query(req: QueryRequest) -> Response:
    answer, cached = cached_answer(req)
    headers = {**CORS, "Vary": "Accept", **({"X-Cache": cached} if cached else {})}
    observability.note(form=answer.form, rows=answer.rows, truncated=answer.truncated)
    settings = current_app.config["KGQA_SETTINGS"]
    if answer.bytes_cut:
        headers["X-SPARQL-MaxBytes"] = str(settings.max_bytes)
    elif answer.truncated:
        headers["X-SPARQL-MaxRows"] = str(settings.max_rows)
    return Response(answer.body, content_type=answer.media_type + "; charset=utf-8", headers=headers)


def cached_answer(req: QueryRequest) -> tuple[Answer, str | None]:
    """The answer and "hit" or "miss", or None when the cache is off or the query not replayable."""
    endpoint, results = current_app.extensions["kgqa_sparql"], cache.of_app()
    if results is None or not cache.replayable(req.text):
        with limits.heavy():
            return endpoint.run(req), None

    def compute():
        with limits.heavy():  # only the request that computes takes a heavy slot; identical ones wait for it
            answer = endpoint.run(req)
        return answer, len(answer.body)

    return results.answer(cache.sparql_key(req, (endpoint.settings.max_rows, endpoint.settings.max_bytes)), compute)


def service() -> Response:
    """GET /sparql without a query: the query page for browsers, the service description for RDF clients."""
    fmt = formats.negotiate(request.headers.get("Accept"), (formats.GRAPH, formats.PAGE),
                            (request.args.get("format") or None))
    if fmt is None:
        raise NotAcceptable("GET /sparql offers text/html and " + ", ".join(description.media_types()))
    if fmt.kind == formats.PAGE:
        return query_page()
    endpoint = current_app.extensions["kgqa_sparql"]
    if "kgqa_graph_counts" not in current_app.extensions:
        current_app.extensions["kgqa_graph_counts"] = description.graph_counts(endpoint.store)
    counts = current_app.extensions["kgqa_graph_counts"]
    body = serialize_graph(description.describe(current_app.config["KGQA_SETTINGS"].base_url + "/sparql", counts), fmt.name, description.PREFIXES)
    return Response(body, content_type=fmt.media_type + "; charset=utf-8", headers={**CORS, "Vary": "Accept"})


def query_page() -> Response:
    settings = current_app.config["KGQA_SETTINGS"]
    html = render_template("sparql.html", gallery=gallery(), prefixes=PREFIXES, max_rows=settings.max_rows,
                           endpoint=settings.base_url + "/sparql",
                           timeout=settings.query_timeout, initial=request.args.get("q", ""))
    return Response(html, content_type="text/html; charset=utf-8", headers={**HTML_HEADERS, "Vary": "Accept"})
