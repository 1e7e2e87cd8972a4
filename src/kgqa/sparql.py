"""Running SPARQL through a store with limits, and serialising the (possibly cut) results.

No Flask here: the web layer builds a :class:`QueryJob`, an executor runs :func:`answer` (in a worker
process for the embedded store), and the web layer wraps the :class:`Answer` in a response.
"""
from __future__ import annotations

import dataclasses
import re

import pyoxigraph as ox

from . import formats, guard
from .errors import AnswerTooLarge, BackendUnavailable, BadRequest, NotAcceptable, QuerySyntaxError
from .namespaces import BASE

RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
TSV = ox.QueryResultsFormat.TSV
RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
    "rdf": ox.RdfFormat.RDF_XML, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
}
POSITION = re.compile(r"^error at (\d+):(\d+): ?")


@dataclasses.dataclass(frozen=True)
class QueryJob:
    """One query to run: its text, dataset, the formats negotiated for each result kind, the row cap."""
    text: str
    results_format: str | None = "json"
    graph_format: str | None = "ttl"
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    max_rows: int = 10000
    base_iri: str | None = BASE
    max_bytes: int = 64 * 2**20


@dataclasses.dataclass(frozen=True)
class Answer:
    body: bytes
    media_type: str
    form: str          # "results" (SELECT/ASK) or "graph" (CONSTRUCT/DESCRIBE)
    rows: int
    truncated: bool
    bytes_cut: bool = False  # cut at --max-bytes (then ``truncated`` too)


def execute(store, sparql: str, **kwargs):
    """Run ``sparql``; a syntax error becomes :class:`QuerySyntaxError` (400) with its line and column."""
    try:
        return store.query(sparql, **kwargs)
    except SyntaxError as exc:
        raise syntax_error(str(exc)) from None
    except OSError:
        raise BackendUnavailable("the query could not be evaluated (a SERVICE call or the store failed)") from None
    except RuntimeError as exc:
        raise BadRequest(f"the query cannot be evaluated: {str(exc)[:200]}") from None


def syntax_error(message: str) -> QuerySyntaxError:
    m = POSITION.match(message)
    if not m:
        return QuerySyntaxError(f"SPARQL syntax error: {message}")
    line, column = int(m.group(1)), int(m.group(2))
    rest = message[m.end():]
    rest = rest if len(rest) <= 200 else rest[:200].rsplit(",", 1)[0] + ", …"
    return QuerySyntaxError(f"SPARQL syntax error at line {line}, column {column}: {rest}",
                            detail={"line": line, "column": column})


def answer(store, job: QueryJob) -> Answer:
    """Run ``job`` and serialise at most ``job.max_rows`` rows (or triples) in the negotiated format."""
    result = execute(store, job.text, default_graphs=job.default_graphs, named_graphs=job.named_graphs,
                     base_iri=job.base_iri)
    try:
        if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
            return _results(result, job)
        return _graph(result, job)
    except OSError:  # evaluation is lazy: a SERVICE call or a read can fail while we iterate
        raise BackendUnavailable("the query could not be evaluated (a SERVICE call or the store failed)") from None
    except RuntimeError as exc:  # pyoxigraph: a well-formed query it cannot evaluate (e.g. unknown function)
        raise BadRequest(f"the query cannot be evaluated: {str(exc)[:200]}") from None
    except SyntaxError:  # only a remote store's results are parsed lazily: their fault, not the query's
        raise BackendUnavailable("the store sent results that could not be read") from None


def _chosen(name: str | None, kind: str) -> formats.Format:
    if name is None:
        offered = ", ".join(f.media_type for f in formats.formats_of(kind))
        raise NotAcceptable(f"no acceptable media type for these results; offered: {offered}")
    return formats.by_name(name, formats.formats_of(kind))


def _results(result, job: QueryJob) -> Answer:
    fmt = _chosen(job.results_format, formats.RESULTS)
    native = RESULT_FORMATS[fmt.name]
    if isinstance(result, ox.QueryBoolean):
        return Answer(result.serialize(format=native), fmt.media_type, formats.RESULTS, 1, False)
    tsv, rows, cut = cut_tsv(result, job.max_rows, job.max_bytes)
    body = tsv if fmt.name == "tsv" else _reserialize(tsv, native, job.max_bytes)
    if len(body) > job.max_bytes:  # the format is wordier than TSV: fewer rows fit
        return _results_within(tsv, fmt, job, rows)
    if cut:
        body = _mark_results_cut(body, fmt.name, cut, job)
    return Answer(body, fmt.media_type, formats.RESULTS, rows, bool(cut), cut == "bytes")


def _reserialize(tsv: bytes, native, max_bytes: int) -> bytes:
    """TSV re-read by pyoxigraph into another format. Its reader refuses a line over its buffer (a row
    of ≈ 16 MiB): that answer is refused (503) rather than failing as our bug (it used to be a 500)."""
    try:
        return ox.parse_query_results(tsv, format=TSV).serialize(format=native)
    except MemoryError:
        raise AnswerTooLarge("a result row is too large to be written in this format; ask for "
                             "text/tab-separated-values, or select less (e.g. SUBSTR)") from None


def _results_within(tsv: bytes, fmt: formats.Format, job: QueryJob, rows: int) -> Answer:
    """Halve the rows until the re-serialised answer fits ``job.max_bytes`` (a few re-serialisations)."""
    lines = tsv.split(b"\n")
    while rows > 0:
        rows //= 2
        body = _reserialize(b"\n".join(lines[:rows + 1]) + b"\n", RESULT_FORMATS[fmt.name], job.max_bytes)
        if len(body) <= job.max_bytes - 200:  # room for the truncation mark
            return Answer(_mark_results_cut(body, fmt.name, "bytes", job), fmt.media_type, formats.RESULTS,
                          rows, True, True)
    raise AnswerTooLarge("not even one result row fits --max-bytes in this format")


class _Enough(Exception):
    """Raised from inside pyoxigraph's serialiser to stop it once the row cap is passed."""


class _LineCounter:
    """A file-like sink for TSV results (one line per row) that stops after ``limit`` lines or past
    ``max_bytes`` bytes, whichever comes first (``stopped``: "rows" or "bytes")."""

    def __init__(self, limit: int, max_bytes: int = 2**62):
        self.parts: list[bytes] = []
        self.lines, self.limit, self.stopped = 0, limit, ""
        self.bytes, self.max_bytes = 0, max_bytes

    def write(self, chunk) -> int:
        chunk = bytes(chunk)
        self.parts.append(chunk)
        self.lines += chunk.count(b"\n")
        self.bytes += len(chunk)
        if self.lines > self.limit or self.bytes > self.max_bytes:
            self.stopped = "rows" if self.lines > self.limit else "bytes"
            raise _Enough
        return len(chunk)

    def flush(self) -> None:
        pass


def cut_tsv(solutions, max_rows: int, max_bytes: int = 2**62) -> tuple[bytes, int, str]:
    """SELECT results as TSV (pyoxigraph's serialiser, lossless: one line per row), stopping the query
    after ``max_rows`` rows or ``max_bytes`` bytes; TSV is then re-read by pyoxigraph for the negotiated
    format, so every format costs native serialisation only. Returns (tsv, rows, cut) with cut "" (whole),
    "rows" or "bytes"."""
    sink = _LineCounter(max_rows + 1, max_bytes)  # + the header line
    try:
        solutions.serialize(sink, format=TSV)
    except _Enough:
        pass
    data = b"".join(sink.parts)
    if not sink.stopped:
        return data, max(data.count(b"\n") - 1, 0), ""
    if sink.stopped == "bytes":
        data = data[:data.rfind(b"\n", 0, max_bytes + 1) + 1]  # whole rows within the cap (maybe none)
        if not data:  # not even the header line fits
            raise AnswerTooLarge("the result's header alone is over --max-bytes")
        return data, data.count(b"\n") - 1, "bytes"
    head = b"\n".join(data.split(b"\n", max_rows + 1)[:max_rows + 1]) + b"\n"
    return head, max_rows, "rows"


def _mark_results_cut(body: bytes, name: str, cut: str, job: QueryJob) -> bytes:
    """Say so in the body where the format has room: a JSON member, an XML comment."""
    member, limit = ("max_rows", job.max_rows) if cut == "rows" else ("max_bytes", job.max_bytes)
    header = "X-SPARQL-MaxRows" if cut == "rows" else "X-SPARQL-MaxBytes"
    if name == "json" and body.rstrip().endswith(b"}"):
        return body.rstrip()[:-1] + b',"truncated":true,"%s":%d}' % (member.encode(), limit)
    if name == "xml":
        note = f"<!-- truncated to {limit} {cut} ({header}) --><head>".encode()
        return body.replace(b"<head>", note, 1)
    return body


def _graph(result, job: QueryJob) -> Answer:
    fmt = _chosen(job.graph_format, formats.GRAPH)
    triples, cut = take_triples(result, job.max_rows, job.max_bytes // 2)  # room for the syntax around terms
    body = serialize_graph(triples, fmt.name)
    while len(body) > job.max_bytes and triples:  # a wordy format (RDF/XML, JSON-LD): fewer triples fit
        triples, cut = triples[:len(triples) // 2], "bytes"
        body = serialize_graph(triples, fmt.name)
    if cut:
        body = _mark_cut(body, fmt.name, cut, job)
    return Answer(body, fmt.media_type, formats.GRAPH, len(triples), bool(cut), cut == "bytes")


def take_triples(result, max_rows: int, max_bytes: int) -> tuple[list, str]:
    """At most ``max_rows`` triples whose terms add up to at most ``max_bytes``; cut "", "rows" or "bytes"."""
    triples, size = [], 0
    for triple in result:
        size += len(str(triple))
        if size > max_bytes:
            return triples, "bytes"
        if len(triples) == max_rows:
            return triples, "rows"
        triples.append(triple)
    return triples, ""


def serialize_graph(triples: list, name: str, prefixes: dict | None = None) -> bytes:
    if name in ("nq", "trig"):
        triples = [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
    if prefixes and name in ("ttl", "trig", "rdf"):
        return ox.serialize(triples, format=RDF_FORMATS[name], prefixes=prefixes)
    return ox.serialize(triples, format=RDF_FORMATS[name])


def _mark_cut(body: bytes, name: str, cut: str, job: QueryJob) -> bytes:
    """Say so in the body where the syntax has comments (Turtle family, RDF/XML)."""
    note = (f"truncated to {job.max_rows} triples (X-SPARQL-MaxRows)" if cut == "rows"
            else f"truncated to {job.max_bytes} bytes (X-SPARQL-MaxBytes)")
    if name in ("ttl", "nt", "nq", "trig"):
        return f"# {note}\n".encode() + body
    if name == "rdf" and body.startswith(b"<?xml"):
        head, _, rest = body.partition(b"?>")
        return head + b"?>\n" + f"<!-- {note} -->".encode() + rest
    return body


def run_to_bytes(store, sparql: str, fmt: str, max_rows: int = 10**9) -> bytes:
    """For the CLI: run a query in-process and serialise it in ``fmt`` (our short format names)."""
    chosen = formats.by_name(fmt)
    if chosen is None or chosen.kind == formats.PAGE:
        raise BadRequest(f"unknown format {fmt!r}")
    job = QueryJob(sparql, results_format=_name_in(fmt, formats.RESULTS),
                   graph_format=_name_in(fmt, formats.GRAPH), max_rows=max_rows)
    return answer(store, job).body


def _name_in(fmt: str, kind: str) -> str | None:
    found = formats.by_name(fmt, formats.formats_of(kind))
    return found.name if found else None



@dataclasses.dataclass(frozen=True)
class QueryRequest:
    """A protocol request, already decoded: the query, the protocol dataset, the negotiated formats."""
    text: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    results_format: str | None = "json"
    graph_format: str | None = "ttl"


class Endpoint:
    """The SPARQL service without HTTP: checks a request, runs it through an executor with limits."""

    def __init__(self, store, executor, settings):
        self.store, self.executor, self.settings = store, executor, settings
        self._graphs: frozenset[str] | None = None

    def held_graphs(self) -> frozenset[str]:
        if self._graphs is None:
            self._graphs = frozenset(self.store.graph_names())
        return self._graphs

    def job(self, req: QueryRequest) -> "CheckedJob":
        """What a query process needs to check and run ``req``: the protocol dataset is checked here
        (cheap), the query's text by the guard in the query process (see :func:`check_and_answer`)."""
        held = self.held_graphs()
        guard.check_graphs(req.default_graphs, held, "default-graph-uri")
        guard.check_graphs(req.named_graphs, held, "named-graph-uri")
        return CheckedJob(req, held, tuple(self.settings.service_allow), self.settings.max_rows,
                          self.settings.max_bytes)

    def run(self, req: QueryRequest) -> Answer:
        return self.executor.run(check_and_answer, self.job(req), self.settings.query_timeout, key=hash(req))


@dataclasses.dataclass(frozen=True)
class CheckedJob:
    """A request with what the guard needs: the graphs held and the SERVICE allow list."""
    request: QueryRequest
    held: frozenset[str]
    service_allow: tuple[str, ...]
    max_rows: int
    max_bytes: int


def check_and_answer(store, checked: CheckedJob) -> Answer:
    """The guard, then the query: in the query process, so that the pre-check of a long text costs the
    web worker nothing (no thread, no GIL) and stops at the query timeout like the query itself."""
    req = checked.request
    info = guard.check(req.text, held_graphs=checked.held, service_allow=checked.service_allow)
    default, named = None, None
    if req.default_graphs or req.named_graphs:
        default, named = req.default_graphs, req.named_graphs
    elif info.from_graphs or info.from_named:  # each graph once: FROM <g> FROM <g> is still one graph
        default, named = tuple(dict.fromkeys(info.from_graphs)), tuple(dict.fromkeys(info.from_named))
    job = QueryJob(req.text, req.results_format, req.graph_format, default, named, checked.max_rows,
                   max_bytes=checked.max_bytes)
    return answer(store, job)
