"""Reading W3C test manifests (rdflib) into plain test cases."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

from kgqa.config import PROJECT_ROOT

SUITE = PROJECT_ROOT.parent / "shared" / "w3c-sparql11"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
QUERY_MANIFESTS = ("aggregates", "bind", "bindings", "cast", "construct", "exists", "functions", "grouping",
                   "negation", "project-expression", "property-path", "subquery", "syntax-query", "csv-tsv-res",
                   "json-res")


@dataclasses.dataclass
class QueryCase:
    id: str            # folder/name, the pytest id and the key in known_failures
    kind: str          # "eval", "positive-syntax", "negative-syntax"
    query: Path
    data: list[Path]
    graph_data: list[Path]
    result: Path | None


def path_of(node) -> Path:
    return Path(str(node).removeprefix("file://"))


def entries(graph: Graph, manifest: URIRef) -> list:
    lists = list(graph.objects(manifest, MF.entries))
    return list(Collection(graph, lists[0])) if lists else []


def query_cases() -> list[QueryCase]:
    cases = []
    for folder in QUERY_MANIFESTS:
        path = SUITE / folder / "manifest.ttl"
        if path.exists():
            cases += _folder_cases(folder, path)
    return cases


def _folder_cases(folder: str, path: Path) -> list[QueryCase]:
    g = Graph().parse(path, format="turtle", publicID=path.as_uri())
    kinds = {MF.QueryEvaluationTest: "eval", MF.CSVResultFormatTest: "eval",
             MF.PositiveSyntaxTest11: "positive-syntax", MF.NegativeSyntaxTest11: "negative-syntax"}
    cases = []
    for test in entries(g, URIRef(path.as_uri())):
        kind = next((k for t, k in kinds.items() if (test, RDF.type, t) in g), None)
        if kind is None:
            continue
        action = g.value(test, MF.action)
        query = g.value(action, QT.query) if kind == "eval" else action
        result = g.value(test, MF.result)
        cases.append(QueryCase(f"{folder}/{str(test).rsplit('#', 1)[-1]}", kind, path_of(query),
                               [path_of(d) for d in g.objects(action, QT.data)],
                               [path_of(d) for d in g.objects(action, QT.graphData)],
                               path_of(result) if result is not None else None))
    return cases


@dataclasses.dataclass
class HttpRequest:
    method: str
    path: str
    headers: dict
    body: str | None
    expected_status: set[int]      # acceptable status classes: 2, 3, 4
    expected_boolean: bool | None
    expected_format: str | None


@dataclasses.dataclass
class ProtocolCase:
    id: str
    graphs: dict[str, Path]        # graph IRI → N-Triples file
    requests: list[HttpRequest]


def protocol_cases() -> list[ProtocolCase]:
    path = SUITE / "protocol" / "manifest.ttl"
    if not path.exists():
        return []
    g = Graph().parse(path, format="turtle", publicID=path.as_uri())
    cases = []
    for test in entries(g, URIRef(path.as_uri())):
        graphs = {str(g.value(d, RDFS.label)): path_of(g.value(d, UT.graph)) for d in g.objects(test, UT.graphData)}
        requests = list(Collection(g, g.value(g.value(test, MF.action), HT.requests)))
        cases.append(ProtocolCase(str(test).rsplit("#", 1)[-1], graphs, [_request(g, r) for r in requests]))
    return cases


def _request(g: Graph, req) -> HttpRequest:
    headers = {}
    header_list = g.value(req, HT.headers)
    for h in Collection(g, header_list) if header_list is not None else ():
        headers[str(g.value(h, HT.fieldName))] = str(g.value(h, HT.fieldValue))
    body = g.value(req, HT.body)
    resp = g.value(req, HT.resp)
    statuses = {int(str(s).rsplit("StatusCode", 1)[-1][0]) for s in g.objects(resp, MF.expectedStatus)}
    boolean = g.value(resp, MF.expectedBoolean)
    fmt = g.value(resp, MF.expectedFormat)
    return HttpRequest(str(g.value(req, HT.methodName)), str(g.value(req, HT.absolutePath)), headers,
                       str(g.value(body, CNT.chars)) if body is not None else None, statuses,
                       None if boolean is None else boolean.toPython(), None if fmt is None else str(fmt))
