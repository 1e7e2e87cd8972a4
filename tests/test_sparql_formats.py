"""Content negotiation: the table and the pure functions in kgqa.formats."""
import pytest

from kgqa import formats
from kgqa.formats import GRAPH, PAGE, RESULTS, negotiate


@pytest.mark.parametrize("accept, kind, expected", [
    (None, RESULTS, "json"),
    ("*/*", GRAPH, "ttl"),
    ("application/sparql-results+xml", RESULTS, "xml"),
    ("text/csv;q=0.5, text/tab-separated-values", RESULTS, "tsv"),
    ("text/*", RESULTS, "xml"),  # text/xml is one of its types; earlier rows win ties
    ("application/json", RESULTS, "json"),
    ("application/json", GRAPH, "jsonld"),
    ("application/rdf+xml;q=0.9, text/turtle;q=0.2", GRAPH, "rdf"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", RESULTS, "xml"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", GRAPH, "rdf"),
    ("application/n-quads", GRAPH, "nq"),
    ("application/trig, */*;q=0.1", GRAPH, "trig"),
    ("text/turtle;q=0, */*", GRAPH, "nt"),
    ("TEXT/TURTLE", GRAPH, "ttl"),
], ids=lambda v: str(v))
def test_negotiate(accept, kind, expected):
    assert negotiate(accept, (kind,)).name == expected


@pytest.mark.parametrize("accept", ["text/turtle", "image/png", "application/json;q=0", "text/csv;q=bogus"])
def test_nothing_fits_results(accept):
    """No results format is acceptable: an RDF type, an image, JSON refused with q=0, a broken q-value."""
    assert negotiate(accept, (RESULTS,)) is None
    assert negotiate(accept + ", */*;q=0.1", (RESULTS,)) is not None  # the same with a fallback fits


def test_zero_q_excludes():
    assert negotiate("application/sparql-results+json;q=0, */*", (RESULTS,)).name == "xml"
    assert negotiate("application/sparql-results+json;q=0, application/json;q=0", (RESULTS,)) is None


def test_override_beats_accept():
    assert negotiate("text/csv", (RESULTS,), "xml").name == "xml"
    assert negotiate("text/csv", (GRAPH,), "xml").name == "rdf"
    assert negotiate(None, (GRAPH,), "application/n-triples").name == "nt"
    assert negotiate(None, (RESULTS,), "ttl") is None


def test_browser_prefers_page_over_rdf():
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert negotiate(browser, (GRAPH, PAGE)).name == "html"
    assert negotiate("*/*", (GRAPH, PAGE)).name == "ttl"


def test_parse_accept():
    assert formats.parse_accept("a/b;q=0.5, c/d ; level=1, e/f;q=x") == [("a/b", 0.5), ("c/d", 1.0), ("e/f", 0.0)]


def test_table_is_consistent():
    names = [f.name for f in formats.FORMATS]
    assert len(names) == len(set(names))
    assert all(f.media_type.count("/") == 1 for f in formats.FORMATS)
