"""The SPARQL 1.1 protocol on /sparql, through the test client against the real graph."""
import json

import pyoxigraph as ox
import pytest

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
LABEL = ('SELECT ?label WHERE { <https://w3id.org/duikou/division/540200> '
         '<http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(lang(?label) = "zh") }')
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5"
FORM = "application/x-www-form-urlencoded"


def bindings(response):
    return response.get_json()["results"]["bindings"]


def test_get(client):
    r = client.get("/sparql", query_string={"query": COUNT})
    assert r.status_code == 200
    assert r.mimetype == "application/sparql-results+json"
    assert int(bindings(r)[0]["n"]["value"]) > 1000
    assert r.headers["Access-Control-Allow-Origin"] == "*"


def test_post_form(client):
    r = client.post("/sparql", data={"query": COUNT})
    assert r.status_code == 200 and bindings(r)


def test_post_direct(client):
    r = client.post("/sparql", data=COUNT.encode(), content_type="application/sparql-query")
    assert r.status_code == 200 and bindings(r)


def test_chinese_literals_intact(client):
    for fmt in ("json", "xml", "csv", "tsv"):
        r = client.get("/sparql", query_string={"query": LABEL, "format": fmt})
        assert "日喀则" in r.data.decode("utf-8"), fmt
        assert "charset=utf-8" in r.headers["Content-Type"]


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.2, application/sparql-results+xml;q=0.8", "application/sparql-results+xml"),
    ("*/*", "application/sparql-results+json"),
])
def test_select_negotiation(client, accept, media):
    r = client.get("/sparql", query_string={"query": COUNT}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == media


@pytest.mark.parametrize("accept, media, fmt", [
    ("text/turtle", "text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
    ("application/n-quads", "application/n-quads", ox.RdfFormat.N_QUADS),
    ("application/trig", "application/trig", ox.RdfFormat.TRIG),
])
def test_construct_negotiation(client, accept, media, fmt):
    r = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == media
    assert len(list(ox.parse(r.data, format=fmt))) == 5


def test_describe(client):
    q = "DESCRIBE <https://w3id.org/duikou/division/540200>"
    r = client.get("/sparql", query_string={"query": q})
    assert r.mimetype == "text/turtle" and "日喀则" in r.data.decode()


def test_ask(client):
    r = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
    assert r.get_json() == {"head": {}, "boolean": True}


def test_format_override(client):
    r = client.get("/sparql", query_string={"query": COUNT, "format": "csv"}, headers={"Accept": "application/json"})
    assert r.mimetype == "text/csv"
    r = client.get("/sparql", query_string={"query": CONSTRUCT, "format": "application/n-triples"})
    assert r.mimetype == "application/n-triples"


def test_406_only_when_nothing_fits(client):
    r = client.get("/sparql", query_string={"query": COUNT}, headers={"Accept": "text/turtle"})
    assert r.status_code == 406 and "sparql-results+json" in r.get_json()["message"]
    r = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert r.status_code == 406
    r = client.get("/sparql", query_string={"query": COUNT, "format": "ttl"})
    assert r.status_code == 406


def test_unknown_format_is_400(client):
    assert client.get("/sparql", query_string={"query": COUNT, "format": "docx"}).status_code == 400


def test_syntax_error_has_position(client):
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE {\n  ?s ?p \n"})
    body = r.get_json()
    assert r.status_code == 400 and body["error"] == "query_syntax_error"
    assert body["line"] == 3 and "column" in body and "line 3" in body["message"]
    assert "Traceback" not in r.data.decode()


@pytest.mark.parametrize("kwargs", [
    {"query_string": "query=ASK%7B%7D&query=ASK%7B%7D"},
    {"method": "POST", "data": "ASK {}", "content_type": "text/plain"},
    {"method": "POST", "data": "query=ASK%7B%7D"},
    {"method": "POST", "data": "ASK {}".encode("utf-16"), "content_type": "application/sparql-query; charset=UTF-16"},
    {"method": "POST", "data": b"ASK { ?s ?p \"\xff\xfe\" }", "content_type": "application/sparql-query"},
    {"method": "POST", "data": "query=%FF%FE", "content_type": FORM},
    {"query_string": "query=ASK%7B%7D", "method": "PUT"},
    {"method": "POST", "data": "", "content_type": FORM},
], ids=["two-queries", "text-plain", "untyped-form", "utf16", "bad-utf8-direct", "bad-utf8-form", "put", "no-query"])
def test_bad_requests_are_4xx(client, kwargs):
    r = client.open("/sparql", **{"method": "GET", **kwargs})
    assert 400 <= r.status_code < 500
    assert "Traceback" not in r.data.decode("utf-8", "replace")


@pytest.mark.parametrize("kwargs", [
    {"query_string": {"update": "DROP ALL"}},
    {"method": "POST", "data": {"update": "DROP ALL"}},
    {"method": "POST", "data": "DROP ALL", "content_type": "application/sparql-update"},
    {"query_string": {"query": "DROP ALL"}},
    {"method": "POST", "data": {"query": "INSERT DATA { <http://a> <http://b> <http://c> }"}},
    {"method": "POST", "data": "DELETE WHERE { ?s ?p ?o }", "content_type": "application/sparql-query"},
], ids=["get-update", "form-update", "direct-update", "get-query-drop", "form-query-insert", "direct-query-delete"])
def test_updates_refused_403_and_data_unchanged(client, store, kwargs):
    before = len(store.store)
    r = client.open("/sparql", **{"method": "GET", **kwargs})
    assert r.status_code == 403 and "read-only" in r.get_json()["message"]
    assert len(store.store) == before


def test_update_words_in_strings_are_fine(client):
    q = 'SELECT ?x WHERE { BIND("DROP ALL; INSERT DATA {}" AS ?x) } # INSERT DATA'
    r = client.get("/sparql", query_string={"query": q}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200
    assert [b["x"]["value"] for b in r.get_json()["results"]["bindings"]] == ["DROP ALL; INSERT DATA {}"]


def test_dataset_parameters(client):
    g = "https://w3id.org/duikou/graph/ontology"
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    all_n = int(bindings(client.get("/sparql", query_string={"query": q}))[0]["n"]["value"])
    onto = int(bindings(client.get("/sparql", query_string={"query": q, "default-graph-uri": g}))[0]["n"]["value"])
    assert 0 < onto < all_n
    frm = f"SELECT (COUNT(*) AS ?n) FROM <{g}> WHERE {{ ?s ?p ?o }}"
    assert int(bindings(client.get("/sparql", query_string={"query": frm}))[0]["n"]["value"]) == onto
    named = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = client.get("/sparql", query_string={"query": named, "named-graph-uri": g})
    assert [b["g"]["value"] for b in bindings(r)] == [g]


@pytest.mark.parametrize("params, status", [
    ({"default-graph-uri": "http://example.org/remote.ttl"}, 400),
    ({"named-graph-uri": "file:///etc/passwd"}, 403),
])
def test_dataset_we_do_not_hold_refused(client, params, status):
    r = client.get("/sparql", query_string={"query": "ASK {}", **params})
    assert r.status_code == status


def test_service_refused_by_default(client):
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    r = client.get("/sparql", query_string={"query": q})
    assert r.status_code == 403 and "--service-allow" in r.get_json()["message"]


def test_cors_preflight(client):
    r = client.options("/sparql", headers={"Origin": "http://x", "Access-Control-Request-Method": "POST"})
    assert r.status_code == 204 and r.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in r.headers


def test_errors_carry_cors(client):
    r = client.get("/sparql", query_string={"query": "ASK {"})
    assert r.status_code == 400 and r.headers["Access-Control-Allow-Origin"] == "*"


def test_service_description(client, settings):
    r = client.get("/sparql", headers={"Accept": "text/turtle", "Host": "evil.example"})
    assert r.status_code == 200 and r.mimetype == "text/turtle"
    triples = list(ox.parse(r.data, format=ox.RdfFormat.TURTLE, base_iri="http://localhost/"))
    kinds = {t.object.value for t in triples if t.predicate.value.endswith("#type")}
    assert "http://www.w3.org/ns/sparql-service-description#Service" in kinds
    counts = [int(t.object.value) for t in triples if t.predicate.value == "http://rdfs.org/ns/void#triples"]
    assert max(counts) > 1000 and len(counts) > 2
    # W3C service-description tests: a matching sd:endpoint triple (the configured --public-url, never the
    # Host header: issue #19), SPARQL 1.1 Query supported
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert any(t.predicate.value == sd + "endpoint" and t.object.value == settings.base_url + "/sparql" for t in triples)
    assert b"evil.example" not in r.data
    assert any(t.predicate.value == sd + "supportedLanguage" and t.object.value == sd + "SPARQL11Query"
               for t in triples)


@pytest.mark.parametrize("accept", ["application/ld+json", "application/rdf+xml", "application/n-triples"])
def test_service_description_formats(client, accept):
    r = client.get("/sparql", headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == accept


def test_browser_gets_query_page(client):
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    r = client.get("/sparql", headers={"Accept": browser})
    assert r.status_code == 200 and r.mimetype == "text/html"
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    html = r.data.decode()
    assert "yasgui.min.js" in html and "sparql.js" in html
    assert "https://" not in html.split("<body>")[0].replace("https://w3id.org", "")


def test_query_page_gallery(client):
    html = client.get("/sparql", headers={"Accept": "text/html"}).data.decode()
    config = json.loads(html.split('id="kgqa-config">')[1].split("</script>")[0])
    assert config["endpoint"] == "/sparql" and config["prefixes"]["dk"].startswith("https://w3id.org/duikou/")
    assert len(config["queries"]) >= 8
    assert all(q["title_zh"] and q["title_en"] for q in config["queries"])


def test_trailing_slash(client):
    """/sparql/ is the endpoint too: the same answers, not a page or a redirect."""
    for ask, expected in (("ASK { <https://w3id.org/duikou/division/110000> ?p ?o }", True),
                          ("ASK { <https://w3id.org/duikou/division/999999> ?p ?o }", False)):
        r = client.get("/sparql/", query_string={"query": ask}, headers={"Accept": "application/sparql-results+json"})
        assert r.status_code == 200 and r.get_json()["boolean"] is expected
