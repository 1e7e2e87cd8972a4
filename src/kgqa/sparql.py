"""Running SPARQL through a store with limits, and serialising the (possibly cut) results.

No Flask here: the web layer builds a :class:`QueryJob`, an executor runs :func:`answer` (in a worker
process for the embedded store), and the web layer wraps the :class:`Answer` in a response.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from itertools import islice
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from . import formats, guard
from .namespaces import BASE
from .errors import BackendUnavailable, BadRequest, NotAcceptable, QuerySyntaxError

RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
    "rdf": ox.RdfFormat.RDF_XML, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
}
POSITION = re.compile(r"^error at (\d+):(\d+): ?")
HEADER = re.compile(r"^#\s*(title|description):\s*(.*?)\s*$", re.MULTILINE)


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


@dataclasses.dataclass(frozen=True)
class Answer:
    body: bytes
    media_type: str
    form: str          # "results" (SELECT/ASK) or "graph" (CONSTRUCT/DESCRIBE)
    rows: int
    truncated: bool


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


def _chosen(name: str | None, kind: str) -> formats.Format:
    if name is None:
        offered = ", ".join(f.media_type for f in formats.formats_of(kind))
        raise NotAcceptable(f"no acceptable media type for these results; offered: {offered}")
    return formats.by_name(name, formats.formats_of(kind))


def _results(result, job: QueryJob) -> Answer:
    fmt = _chosen(job.results_format, formats.RESULTS)
    if isinstance(result, ox.QueryBoolean):
        return Answer(write_results(fmt.name, [], None, bool(result)), fmt.media_type, formats.RESULTS, 1, False)
    rows = list(islice(result, job.max_rows + 1))
    cut = len(rows) > job.max_rows
    rows = rows[:job.max_rows]
    names = [v.value for v in result.variables]
    body = write_results(fmt.name, names, rows, None, truncated=job.max_rows if cut else None)
    return Answer(body, fmt.media_type, formats.RESULTS, len(rows), cut)


def _graph(result, job: QueryJob) -> Answer:
    fmt = _chosen(job.graph_format, formats.GRAPH)
    triples = list(islice(result, job.max_rows + 1))
    cut = len(triples) > job.max_rows
    triples = triples[:job.max_rows]
    body = serialize_graph(triples, fmt.name)
    if cut:
        body = _mark_cut(body, fmt.name, job.max_rows)
    return Answer(body, fmt.media_type, formats.GRAPH, len(triples), cut)


def serialize_graph(triples: list, name: str, prefixes: dict | None = None) -> bytes:
    if name in ("nq", "trig"):
        triples = [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
    if prefixes and name in ("ttl", "trig", "rdf"):
        return ox.serialize(triples, format=RDF_FORMATS[name], prefixes=prefixes)
    return ox.serialize(triples, format=RDF_FORMATS[name])


def _mark_cut(body: bytes, name: str, max_rows: int) -> bytes:
    """Say so in the body where the syntax has comments (Turtle family, RDF/XML)."""
    note = f"truncated to {max_rows} triples (X-SPARQL-MaxRows)"
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

    def job(self, req: QueryRequest) -> QueryJob:
        """Refuse what the guard refuses; the protocol dataset wins over the query's FROM."""
        held = self.held_graphs()
        guard.check_graphs(req.default_graphs, held, "default-graph-uri")
        guard.check_graphs(req.named_graphs, held, "named-graph-uri")
        info = guard.check(req.text, held_graphs=held, service_allow=self.settings.service_allow)
        default, named = None, None
        if req.default_graphs or req.named_graphs:
            default, named = req.default_graphs, req.named_graphs
        elif info.from_graphs or info.from_named:
            default, named = info.from_graphs, info.from_named
        return QueryJob(req.text, req.results_format, req.graph_format, default, named, self.settings.max_rows)

    def run(self, req: QueryRequest) -> Answer:
        return self.executor.run(answer, self.job(req), self.settings.query_timeout)


def named_queries(folder: Path) -> list[dict]:
    """``queries/*.rq`` with a ``# title: zh | en`` header (and ``# description:``), for the gallery."""
    found = []
    for path in sorted(folder.glob("*.rq")) if folder.is_dir() else ():
        text = path.read_text(encoding="utf-8")
        head = dict(HEADER.findall(text))
        if "title" in head:
            zh, _, en = head["title"].partition("|")
            found.append({"name": path.stem, "title_zh": zh.strip(), "title_en": en.strip() or zh.strip(),
                          "description": head.get("description", ""), "query": text})
    return found


# --- SPARQL results writers (own code: pyoxigraph's serialiser cannot stop after N rows) ---

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def write_results(name: str, names: list[str], rows: list | None, boolean: bool | None,
                  truncated: int | None = None) -> bytes:
    """SELECT rows (or an ASK boolean) as SPARQL JSON, XML, CSV or TSV."""
    return WRITERS[name](names, rows, boolean, truncated)


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                        "predicate": _json_term(term.predicate), "object": _json_term(term.object)}}


def _json_fragment(term) -> str:
    """One term as SPARQL JSON text, from its N-Triples form: IRIs cannot hold quotes or backslashes,
    and N-Triples string escapes are valid JSON escapes, so no per-term json.dumps is needed."""
    if isinstance(term, ox.NamedNode):
        return '{"type":"uri","value":"' + term.value + '"}'
    if isinstance(term, ox.BlankNode):
        return '{"type":"bnode","value":"' + term.value + '"}'
    if not isinstance(term, ox.Literal):
        return json.dumps(_json_term(term), ensure_ascii=False, separators=(",", ":"))
    text = str(term)
    end = text.rindex('"')
    if term.language:
        extra = ',"xml:lang":"' + term.language + '"'
    else:
        extra = ',"datatype":"' + text[end + 4:-1] + '"' if end + 1 < len(text) else ""
    return '{"type":"literal","value":' + text[:end + 1] + extra + "}"


def _json(names, rows, boolean, truncated) -> bytes:
    tail = ',"truncated":true,"max_rows":%d}' % truncated if truncated is not None else "}"
    if rows is None:
        return ('{"head":{},"boolean":%s' % ("true" if boolean else "false") + tail).encode()
    keys = [json.dumps(n, ensure_ascii=False) + ":" for n in names]
    parts = []
    for row in rows:
        cells = [key + _json_fragment(term) for key, term in zip(keys, row) if term is not None]
        parts.append("{" + ",".join(cells) + "}")
    head = json.dumps({"vars": names}, ensure_ascii=False, separators=(",", ":"))
    return ('{"head":' + head + ',"results":{"bindings":[' + ",".join(parts) + "]}" + tail).encode()


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    parts = (("subject", term.subject), ("predicate", term.predicate), ("object", term.object))
    return "<triple>" + "".join(f"<{k}>{_xml_term(v)}</{k}>" for k, v in parts) + "</triple>"


def _xml(names, rows, boolean, truncated) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if truncated is not None:
        out.append(f"<!-- truncated to {truncated} rows (X-SPARQL-MaxRows) -->")
    out.append("<head>" + "".join(f"<variable name={quoteattr(n)}/>" for n in names) + "</head>")
    if rows is None:
        out.append(f"<boolean>{'true' if boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in rows:
            cells = "".join(f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>"
                            for n, t in zip(names, row) if t is not None)
            out.append(f"<result>{cells}</result>")
        out.append("</results>")
    out.append("</sparql>\n")
    return "\n".join(out).encode()


def _csv_value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)


def _csv(names, rows, boolean, truncated) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if rows is None:
        writer.writerows([["_askResult"], ["true" if boolean else "false"]])
    else:
        writer.writerow(names)
        writer.writerows([_csv_value(t) for t in row] for row in rows)
    return buffer.getvalue().encode()


def _tsv(names, rows, boolean, truncated) -> bytes:
    if rows is None:
        return f"?_askResult\n{'true' if boolean else 'false'}\n".encode()
    lines = ["\t".join("?" + n for n in names)]
    lines.extend("\t".join("" if t is None else str(t) for t in row) for row in rows)
    return ("\n".join(lines) + "\n").encode()


WRITERS = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}
