"""Query pre-checks (kgqa.guard): updates, outbound requests, nesting — decided on tokens, not regexes."""
import pytest

from kgqa import guard
from kgqa.errors import BadRequest, Forbidden

HELD = {"https://w3id.org/duikou/graph/actors", "http://example.org/g"}


def check(text, allow=()):
    return guard.check(text, held_graphs=HELD, service_allow=allow)


@pytest.mark.parametrize("text", [
    "INSERT DATA { <a> <b> <c> }",
    "PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }",
    "drop all",
    "CLEAR DEFAULT",
    "LOAD <http://example.org/data.ttl>",
    "SELECT * { ?s ?p ?o } ; DROP ALL",
    "WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "COPY DEFAULT TO <http://x/>",
    "SELECT * { ?s ?p \"x\" } \n DELETE DATA { <a> <b> <c> }",
])
def test_updates_refused(text):
    with pytest.raises(Forbidden):
        check(text)


@pytest.mark.parametrize("text", [
    'SELECT * { ?s ?p "INSERT DATA { <a> <b> <c> }" }',
    "SELECT * { ?s ?p '''DROP ALL\n CLEAR GRAPH''' }",
    "# DELETE WHERE { ?s ?p ?o }\nSELECT * { ?s ?p ?o }",
    "SELECT ?insert ?drop { ?insert ?drop ?load }",
    "PREFIX ex: <http://example.org/> SELECT * { ?s ex:delete ex:load }",
    "SELECT * { ?s <http://example.org/DROP> ?o }",
    'SELECT * { ?s ?p "\\u0022 } DROP ALL" }',
    'SELECT * { ?s ?p "say \\"DELETE\\"" }',
    "SELECT * { ?s ?p ?o FILTER(?o = \"SERVICE <http://evil/>\") }",
])
def test_update_words_in_strings_comments_names_are_fine(text):
    check(text)


def test_service_needs_allow_list():
    q = "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }"
    with pytest.raises(Forbidden):
        check(q)
    assert check(q, allow=("https://query.wikidata.org/",)).services == ("https://query.wikidata.org/sparql",)


@pytest.mark.parametrize("text", [
    "PREFIX w: <https://evil.example/> SELECT * { SERVICE w:sparql { ?s ?p ?o } }",
    "SELECT * { SERVICE SILENT <https://evil.example/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE ?endpoint { ?s ?p ?o } }",
    "BASE <https://evil.example/> SELECT * { SERVICE <sparql> { ?s ?p ?o } }",
    "SELECT * { service <file:///etc/passwd> { ?s ?p ?o } }",
    "PREFIX ex: <http://example.org/> SELECT * { ?s ex:a\\#b ?o SERVICE <https://evil.example/> { } }",
    "PREFIX x: <http://x.org/#> SELECT * { ?s x:p ?o SERVICE <https://evil.example/> { } }",
    "SELECT * { ?s ?p 1SERVICE <https://evil.example/> { } }",
])
def test_service_forms_refused(text):
    with pytest.raises(Forbidden):
        check(text, allow=("https://query.wikidata.org/",))


def test_prefixed_service_resolved_against_allow_list():
    q = "PREFIX wd: <https://query.wikidata.org/> SELECT * { SERVICE wd:sparql { ?s ?p ?o } }"
    assert check(q, allow=("https://query.wikidata.org/",)).services == ("https://query.wikidata.org/sparql",)


def test_from_graphs_we_hold():
    info = check("SELECT * FROM <http://example.org/g> FROM NAMED <https://w3id.org/duikou/graph/actors> { ?s ?p ?o }")
    assert info.from_graphs == ("http://example.org/g",)
    assert info.from_named == ("https://w3id.org/duikou/graph/actors",)


@pytest.mark.parametrize("text, error", [
    ("SELECT * FROM <http://example.org/remote.ttl> { ?s ?p ?o }", BadRequest),
    ("SELECT * FROM NAMED <http://example.org/remote.ttl> { ?s ?p ?o }", BadRequest),
    ("SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }", Forbidden),
    ("PREFIX f: <file:///etc/> SELECT * FROM f:passwd { ?s ?p ?o }", Forbidden),
])
def test_from_refused(text, error):
    with pytest.raises(error):
        check(text)


def test_dataset_parameters_checked():
    guard.check_graphs(["http://example.org/g"], HELD, "default-graph-uri")
    with pytest.raises(BadRequest):
        guard.check_graphs(["http://example.org/other"], HELD, "default-graph-uri")
    with pytest.raises(Forbidden):
        guard.check_graphs(["file:///etc/passwd"], HELD, "named-graph-uri")


def test_depth_checked_before_parsing():
    check("SELECT * " + "{" * 30 + " ?s ?p ?o " + "}" * 30)
    with pytest.raises(BadRequest, match="nesting"):
        check("SELECT * " + "{" * 3000 + "}" * 3000)
    with pytest.raises(BadRequest, match="nesting"):
        check("SELECT * { FILTER(" + "(" * 100 + "1" + ")" * 100 + ") }")


def test_brackets_in_strings_do_not_count():
    check('SELECT * { ?s ?p "' + "{" * 500 + '" }')


def test_tokenizer_is_linear_on_big_input():
    import time

    text = "SELECT * { " + '?s ?p "x\\"y" . ' * 20000 + "}"
    start = time.perf_counter()
    check(text)
    assert time.perf_counter() - start < 10   # linear, not catastrophic backtracking (a safety check, not a speed target)
