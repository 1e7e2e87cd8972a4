"""Running one W3C query-evaluation case through kgqa's query layer (kgqa.sparql.answer + writers)."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pyoxigraph as ox

from kgqa.errors import BadRequest, QuerySyntaxError
from kgqa.sparql import QueryJob, answer

from .manifest import QueryCase

RDF_BY_SUFFIX = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".rdf": ox.RdfFormat.RDF_XML}
RESULTS_BY_SUFFIX = {".srx": ("xml", ox.QueryResultsFormat.XML), ".srj": ("json", ox.QueryResultsFormat.JSON),
                     ".tsv": ("tsv", ox.QueryResultsFormat.TSV), ".csv": ("csv", ox.QueryResultsFormat.CSV)}


XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + "integer": int, XSD + "decimal": lambda v: Decimal(v).normalize(), XSD + "double": float,
           XSD + "float": float, XSD + "boolean": lambda v: {"true": True, "1": True, "false": False, "0": False}[v]}
RS = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"


class SuiteStore:
    """The test's dataset as the W3C suite defines it: qt:data in the default graph, qt:graphData as
    named graphs named by their file IRIs; the query's own FROM is left to the engine."""

    name = "embedded"

    def __init__(self, case: QueryCase):
        self.store = ox.Store()
        for path in case.data:
            self.store.load(path=str(path), format=RDF_BY_SUFFIX[path.suffix], base_iri=path.as_uri())
        for path in case.graph_data:
            self.store.load(path=str(path), format=RDF_BY_SUFFIX[path.suffix], base_iri=path.as_uri(),
                            to_graph=ox.NamedNode(path.as_uri()))

    def query(self, text, *, default_graphs=None, named_graphs=None, base_iri=None, **_):
        return self.store.query(text, base_iri=base_iri)


def run_case(case: QueryCase) -> None:
    """Raise AssertionError when kgqa's answer differs from the expected one."""
    text = case.query.read_text(encoding="utf-8")
    if case.kind != "eval":
        return check_syntax(case, text)
    store = SuiteStore(case)
    suffix = case.result.suffix
    if suffix == ".csv":  # lossy: compared as text, as the suite intends
        got = answer(store, QueryJob(text, results_format="csv", base_iri=case.query.as_uri()))
        assert got.body.decode().splitlines() == case.result.read_text(encoding="utf-8").splitlines()
    elif suffix in RESULTS_BY_SUFFIX:
        name, fmt = RESULTS_BY_SUFFIX[suffix]
        got = answer(store, QueryJob(text, results_format=name, graph_format=None, base_iri=case.query.as_uri()))
        expected = ox.parse_query_results(path=str(case.result), format=fmt)
        assert normal(ox.parse_query_results(got.body, format=fmt)) == normal(expected)
    else:
        expected = list(ox.parse(path=str(case.result), format=RDF_BY_SUFFIX[suffix], base_iri=case.result.as_uri()))
        if any(t.object.value == RS + "ResultSet" for t in expected):
            got = answer(store, QueryJob(text, results_format="json", graph_format=None, base_iri=case.query.as_uri()))
            assert normal(ox.parse_query_results(got.body, format=ox.QueryResultsFormat.JSON)) == result_set(expected)
            return
        got = answer(store, QueryJob(text, results_format=None, graph_format="nt", base_iri=case.query.as_uri()))
        assert graph_key(ox.parse(got.body, format=ox.RdfFormat.N_TRIPLES)) == graph_key(expected)


def check_syntax(case: QueryCase, text: str) -> None:
    job = QueryJob(text, base_iri=case.query.as_uri())
    try:
        answer(SuiteStore(case), job)
    except QuerySyntaxError:
        assert case.kind == "negative-syntax", "valid query refused"
        return
    except BadRequest:  # parsed, but cannot be evaluated here (e.g. an unknown extension function)
        pass
    assert case.kind == "positive-syntax", "invalid query accepted"


def term_key(term) -> str:
    """Blank nodes compare equal to each other (a multiset check, not full isomorphism); numbers
    compare by value within their datatype ("1.0" and "1" as xsd:decimal are the same result)."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return "_:"
    if isinstance(term, ox.Literal) and term.datatype.value in NUMERIC:
        try:
            return f"{NUMERIC[term.datatype.value](term.value)!r}^^{term.datatype.value}"
        except (ArithmeticError, ValueError, KeyError):
            pass
    return str(term)


def normal(results):
    if isinstance(results, ox.QueryBoolean):
        return bool(results)
    names = [v.value for v in results.variables]
    return sorted(names), Counter(tuple(sorted((n, term_key(row[n])) for n in names)) for row in results)


def graph_key(triples) -> Counter:
    return Counter((term_key(t.subject), term_key(t.predicate), term_key(t.object)) for t in triples)


def result_set(triples) -> tuple:
    """Expected SELECT results written in the DAWG result-set vocabulary (rs:ResultSet in Turtle)."""
    by_subject: dict = {}
    for t in triples:
        by_subject.setdefault(t.subject, []).append(t)
    names = sorted(t.object.value for t in triples if t.predicate.value == RS + "resultVariable")
    rows = Counter()
    for t in triples:
        if t.predicate.value == RS + "solution":
            row = {}
            for b in (x.object for x in by_subject.get(t.object, []) if x.predicate.value == RS + "binding"):
                props = {x.predicate.value: x.object for x in by_subject[b]}
                row[props[RS + "variable"].value] = props[RS + "value"]
            rows[tuple(sorted((n, term_key(row.get(n))) for n in names))] += 1
    return names, rows
