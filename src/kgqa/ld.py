"""Linked-data resource descriptions: which paths are IRIs, content negotiation, and what a page shows.

Plain functions over a :class:`kgqa.store.Store`; the web layer (``kgqa.web.ld``) only parses the request
and renders. Content negotiation is :mod:`kgqa.formats` (shared with /sparql), restricted to pages and graphs.
"""
from __future__ import annotations

import dataclasses
import re
import threading
import weakref
from collections.abc import Callable

import pyoxigraph as ox

from . import formats
from .formats import CONTEXT, serialize  # noqa: F401  (served by kgqa.web.ld)
from .errors import NotFound
from .namespaces import BASE, GRAPH, PREFIXES

# Path prefixes of the IRIs we mint (docs/design.md); anything else is not ours to dereference.
PATH_PREFIXES = ("division/", "xpcc", "agency/", "enterprise/", "institution/", "collective/", "person/",
                 "programme/", "type/", "event/", "document/", "stage/", "mechanism/", "pairing/",
                 "source/", "graph/", "ontology", "mechanism-fact/", "period/", "year/", "dataset/")
INFERRED_GRAPH = str(GRAPH["inferred"])


# The formats an IRI is served in (names from kgqa.formats); a suffix ``.NAME`` or ``?format=NAME`` picks one.
LD_KINDS = (formats.PAGE, formats.GRAPH)
SUFFIXES = ("html",) + tuple(formats.RDF_FORMATS)
ALTERNATES = ("ttl", "jsonld", "nt", "rdf")  # linked from every page and its Link header


def negotiate(accept: str | None, override: str | None = None) -> formats.Format | None:
    """The format to answer with: ``override`` (suffix or ``format=``) or the Accept header (q-values)."""
    return formats.negotiate(accept, LD_KINDS, override)


def iri_for_path(path: str) -> str | None:
    """``/division/540200`` → the IRI ``BASE + division/540200``; None outside our path prefixes."""
    rest = path.lstrip("/")
    if not any(rest == p.rstrip("/") or rest.startswith(p if p.endswith("/") else p + "/") for p in PATH_PREFIXES):
        return None
    try:
        return ox.NamedNode(BASE + rest).value  # a space, <, " … cannot be in an IRI: not ours either
    except ValueError:
        return None


def href(iri: str) -> str | None:
    """Where an IRI is served: ours map to a local path (host-independent), http(s) IRIs stay absolute,
    anything else (urn:, javascript:, …) gets no link at all."""
    if iri.startswith(BASE):
        return "/" + iri[len(BASE):]
    return iri if iri.lower().startswith(("http://", "https://")) else None


def split_suffix(path: str) -> tuple[str, str | None]:
    """``division/540200.ttl`` → (``division/540200``, ``ttl``); no known suffix → (path, None)."""
    stem, dot, ext = path.rpartition(".")
    if dot and ext in SUFFIXES and "/" not in ext:
        return stem, ext
    return path, None


def per_store(build: Callable):
    """Cache ``build(store)`` once per store object and data version (indexes, VoID counts)."""
    cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
    lock = threading.Lock()

    def get(store):
        with lock:
            hit = cache.get(store)
        if hit is not None and hit[0] == store.data_version:
            return hit[1]
        value = build(store)
        with lock:
            cache[store] = (store.data_version, value)
        return value

    get.__wrapped__ = build
    return get


def query_text(template: str, iri: str, page: int = 1, **bound: str) -> str:
    """The query as it would run for ``iri``: PREFIX lines + ``?this`` (and each ``?NAME`` of ``bound``)
    replaced by the serialised IRI (pyoxigraph's serialisation, never the raw path), and ``#PAGE`` by the
    LIMIT (and OFFSET) of page ``page``: for showing and for the editor link."""
    body = template.strip().replace("?this", str(ox.NamedNode(iri)))
    for name, value in bound.items():
        body = re.sub(rf"\?{name}\b", lambda _: str(ox.NamedNode(value)), body)
    body = body.replace(PAGE, f"LIMIT {PAGE_ROWS}" + (f" OFFSET {(page - 1) * PAGE_ROWS}" if page > 1 else ""))
    used = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if re.search(rf"(?<![\w<#/]){p}:", body))
    return used + body + "\n"


# ---------------------------------------------------------------------------------------------------
# Descriptions: what an entity page shows, each part from one query (shown on the page as run)

# The pairing predicates that name an actor, a programme, a type, an event or a unit in a pairing.
PAIRING_LINKS = "dk:supporter|dk:recipient|dk:programme|dk:relationshipType|dk:establishedBy|dk:coversUnit"
PAGE_ROWS = 200    # rows per list on a page (per property for facts and links); ?page=N for the next ones
PAGE = "#PAGE"     # in a query: where its LIMIT (and OFFSET from page 2 on) go

QUERIES = {
    "describe": "CONSTRUCT { ?this ?p ?o . ?s ?q ?this } WHERE { { ?this ?p ?o } UNION { ?s ?q ?this } }",
    # every fact; a page shows facts_query's, one branch per property (from the counts below): one sort of
    # every fact by property and value took 0.9 s for a province at 10^7, each property's own sort ~30 ms
    "facts": "SELECT ?p ?o ?g WHERE { GRAPH ?g { ?this ?p ?o } } ORDER BY ?p ?o",
    "facts_count": "SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?this ?p ?o } } GROUP BY ?p ORDER BY ?p",
    # how many resources link here, per property (the pairings listed below left out)
    "incoming": """SELECT ?p (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?s ?p ?this FILTER(isIRI(?s))
  FILTER NOT EXISTS { ?s a dk:PairingRelationship ; %s ?this }
} GROUP BY ?p ORDER BY ?p""" % PAIRING_LINKS,
    # one page of the resources linking here (run per property, ?p bound to each the counts name)
    "incoming_by": """SELECT DISTINCT ?s WHERE {
  ?s ?p ?this FILTER(isIRI(?s))
  FILTER NOT EXISTS { ?s a dk:PairingRelationship ; %s ?this }
} ORDER BY ?s #PAGE""" % PAIRING_LINKS,
    # one page of the pairings that name ?this (a subquery, and the type a FILTER: joined, pyoxigraph walked
    # every pairing, 0.4 s at 10^6), then their details
    "pairings": """SELECT DISTINCT ?pairing ?supporter ?recipient ?programme ?start ?end ?status ?source WHERE {
  { SELECT DISTINCT ?pairing ?start WHERE {
      ?pairing %s ?this FILTER EXISTS { ?pairing a dk:PairingRelationship }
      OPTIONAL { ?pairing dk:startYear ?start } } ORDER BY ?start ?pairing #PAGE }
  ?pairing dk:supporter ?supporter ; dk:recipient ?recipient .
  OPTIONAL { ?pairing dk:programme ?programme }
  OPTIONAL { ?pairing dk:endYear ?end } OPTIONAL { ?pairing dk:verificationStatus ?status }
  OPTIONAL { ?pairing dcterms:source ?source }
} ORDER BY ?start ?pairing ?source""" % PAIRING_LINKS,
    "pairings_total": """SELECT (COUNT(DISTINCT ?pairing) AS ?n) WHERE {
  ?pairing %s ?this FILTER EXISTS { ?pairing a dk:PairingRelationship } }""" % PAIRING_LINKS,
    # a mechanism's facts (launch events, rules, figures), listed per programme
    "mechanism_facts": """SELECT ?fact ?programme ?status WHERE {
  ?fact dk:mechanism ?this ; dk:aboutProgramme ?programme ; dk:verificationStatus ?status
} ORDER BY ?programme ?fact LIMIT 5000""",
}
# a property's branch of facts_query
FACTS_OF = "{ SELECT (?prop AS ?p) ?o ?g WHERE { GRAPH ?g { ?this ?prop ?o } } ORDER BY ?o #PAGE }"
KNOWN = "ASK { { ?this ?p ?o } UNION { ?s ?q ?this } UNION { GRAPH ?this { ?a ?b ?c } } }"
GRAPH_SIZE = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?this { ?s ?p ?o } }"
GRAPH_CONTENT = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?this { ?s ?p ?o } }"
LABEL_PROPS = ("http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2000/01/rdf-schema#label")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SOURCE_PROPS = ("http://purl.org/dc/terms/source", "http://www.w3.org/ns/prov#wasDerivedFrom")
SAME = ("http://www.w3.org/2004/02/skos/core#exactMatch", "http://www.w3.org/2002/07/owl#sameAs")
WIKIDATA = "http://www.wikidata.org/entity/"
GB2260 = BASE + "ontology#gb2260Code"


@dataclasses.dataclass(frozen=True)
class Term:
    """A value ready to print: text, plus a link for IRIs (local path for ours), lang or datatype."""
    text: str
    href: str | None = None
    iri: str | None = None
    note: str | None = None


@dataclasses.dataclass
class Fact:
    predicate: Term
    value: Term
    graph: str
    sources: list[int]  # 1-based indexes into Description.sources; empty for inferred facts


@dataclasses.dataclass
class PairingRow:
    pairing: Term
    supporter: Term
    recipient: Term
    programme: Term | None
    start: str
    end: str
    status: Term | None
    sources: list[Term]


@dataclasses.dataclass
class Description:
    iri: str
    label: str
    labels: list[Term]
    types: list[Term]
    facts: list[Fact]
    sources: list[Term]
    incoming: list[tuple[Term, Term]]
    pairings: list[PairingRow]
    links_out: list[Term]
    queries: dict[str, str]
    graph_size: int | None = None
    mechanism_facts: list[tuple[Term, list[tuple[Term, Term]]]] = dataclasses.field(default_factory=list)
    page: int = 1     # this page of every list (PAGE_ROWS rows each, per property for facts and links)
    pages: int = 1    # pages of the longest list
    pairings_total: int = 0
    incoming_total: int = 0
    # (property, values, "facts" or "incoming") for each property with more values than a page
    longer: list[tuple[Term, int, str]] = dataclasses.field(default_factory=list)


def run_about(store, template: str, iri: str, page: int = 1, **bound: str):
    """Run exactly the text the page shows (``?this`` inlined as a serialised IRI: pyoxigraph only
    substitutes projected variables, and a remote engine would need the text anyway)."""
    return store.query(query_text(template, iri, page, **bound))


def exists(store, iri: str) -> bool:
    return bool(run_about(store, KNOWN, iri))


def resource_triples(store, iri: str) -> list[ox.Triple]:
    """The RDF served for an IRI: every triple about it and every triple pointing at it; for a named
    graph (``graph/NAME``) its content, as the Graph Store Protocol would give it."""
    if iri.startswith(str(GRAPH)):
        return list(run_about(store, GRAPH_CONTENT, iri))
    return list(run_about(store, QUERIES["describe"], iri))


def local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1] or iri


def pick_label(candidates: list[tuple[str, ox.Literal]], langs: tuple[str, ...]) -> str | None:
    """zh → en → untagged by default (``langs`` from Accept-Language); prefLabel before rdfs:label."""
    for lang in langs:
        for prop in LABEL_PROPS:
            for p, lit in candidates:
                if p == prop and (lit.language or "").split("-")[0] == lang:
                    return lit.value
    for p, lit in candidates:
        if not lit.language:
            return lit.value
    return candidates[0][1].value if candidates else None


ALL_LABELS = ("SELECT ?x ?p ?l WHERE { VALUES ?p { " + " ".join(f"<{p}>" for p in LABEL_PROPS)
              + " } ?x ?p ?l FILTER(isIRI(?x) && isLiteral(?l)) }")


# (IRI, property) pairs in one VALUES block: two VALUES blocks made pyoxigraph scan every triple (4 s at 10^6)
SOME_LABELS = "SELECT ?x ?p ?l WHERE { VALUES (?x ?p) { %s } ?x ?p ?l FILTER(isLiteral(?l)) }"
LABELS_AT_ONCE = 400  # IRIs per query when labels are fetched for a page


def _label_table(store) -> dict[str, list]:
    table: dict[str, list] = {}
    for r in store.query(ALL_LABELS):
        table.setdefault(r["x"].value, []).append((r["p"].value, r["l"]))
    return table


label_table = per_store(_label_table)  # one query per store: pages then look labels up in memory


def keeps_label_table(store) -> bool:
    """Every label read once and kept per process only for a store loaded in memory from our files (10^4
    triples). An on-disk, copied (``--in-memory``) or remote store may hold millions of labels: its pages
    fetch the labels they show."""
    return (store.name == "embedded" and getattr(store, "path", None) is None
            and getattr(store, "home", None) is None)


def _labels_of(store, iris: set[str]) -> dict[str, list]:
    """The labels of ``iris`` only, a few hundred IRIs per query (IRIs serialised by pyoxigraph, which
    refuses an invalid one; such an IRI simply has no label)."""
    nodes = []
    for i in sorted(iris):
        try:
            nodes.append(str(ox.NamedNode(i)))
        except ValueError:
            continue
    table: dict[str, list] = {}
    for start in range(0, len(nodes), LABELS_AT_ONCE):
        pairs = " ".join(f"({n} <{p}>)" for n in nodes[start:start + LABELS_AT_ONCE] for p in LABEL_PROPS)
        for r in store.query(SOME_LABELS % pairs):
            table.setdefault(r["x"].value, []).append((r["p"].value, r["l"]))
    return table


def labels_for(store, iris, langs: tuple[str, ...]) -> dict[str, str]:
    """Labels for many IRIs (zh → en → untagged, or as ``langs`` say); no label: the prefixed name."""
    wanted = {i for i in iris if i}
    table = label_table(store) if keeps_label_table(store) else _labels_of(store, wanted)
    return {i: pick_label(table.get(i, []), langs) or formats.compact(i) for i in wanted}


def term(node, labels: dict[str, str]) -> Term:
    if isinstance(node, ox.NamedNode):
        return Term(labels.get(node.value) or formats.compact(node.value), href(node.value), node.value)
    if isinstance(node, ox.Literal):
        note = node.language or (None if node.datatype.value.endswith("#string") else formats.compact(node.datatype.value))
        return Term(node.value, note=note)
    return Term("[" + node.value + "]")


def links_out(facts: list[tuple]) -> list[Term]:
    """Wikidata and other exact matches, and the GB/T 2260 code, as links leaving our graph."""
    out = []
    for p, o, _ in facts:
        if p.value in SAME and isinstance(o, ox.NamedNode):
            qid = o.value[len(WIKIDATA):] if o.value.startswith(WIKIDATA) else None
            url = f"https://www.wikidata.org/wiki/{qid}" if qid else href(o.value)
            out.append(Term(f"Wikidata {qid}" if qid else o.value, url, o.value))
        elif p.value == GB2260:
            out.append(Term(f"GB/T 2260 {o.value}"))
    return out


def _optional(row, name: str, labels) -> Term | None:
    return term(row[name], labels) if row[name] is not None else None


def _pairing_rows(rows, labels) -> list[PairingRow]:
    grouped: dict[str, PairingRow] = {}
    for r in rows:
        key = r["pairing"].value
        if key not in grouped:
            grouped[key] = PairingRow(term(r["pairing"], labels), term(r["supporter"], labels),
                                      term(r["recipient"], labels), _optional(r, "programme", labels),
                                      r["start"].value if r["start"] else "", r["end"].value if r["end"] else "",
                                      _optional(r, "status", labels), [])
        if r["source"] is not None:
            grouped[key].sources.append(term(r["source"], labels))
    return list(grouped.values())


def _iris(*rows_and_vars) -> set[str]:
    out = set()
    for rows, names in rows_and_vars:
        for r in rows:
            out.update(r[n].value for n in names if isinstance(r[n], ox.NamedNode))
    return out


@dataclasses.dataclass
class _Lists:
    """One page of an entity's lists, as read (terms not yet labelled), with the counts that page them."""
    head: list[tuple]                 # the first page of facts: names, types, sources, links out
    facts: list[tuple]                # this page's facts
    fact_counts: dict[str, int]       # values per property (the types left out)
    incoming: list[tuple]             # (subject, property) linking here, this page's
    incoming_counts: dict[str, int]
    pairings: list                    # rows of this page's pairings
    pairings_total: int
    facts_query: str | None

    @property
    def pages(self) -> int:
        counts = (*self.fact_counts.values(), *self.incoming_counts.values(), self.pairings_total)
        return max([1, *(-(-n // PAGE_ROWS) for n in counts)])


def describe(store, iri: str, langs: tuple[str, ...] = ("zh", "en"), page: int = 1) -> Description | None:
    """What page ``page`` of the HTML page of ``iri`` shows: every list bounded to PAGE_ROWS rows (facts and
    links per property) with its total; None if the graph never mentions it. Raises NotFound past the last
    page."""
    if not exists(store, iri):
        return None
    lists = _read_lists(store, iri, page)
    if page > lists.pages:
        raise NotFound(f"page {page} of a resource with {lists.pages} page(s)")
    mechanism = list(run_about(store, QUERIES["mechanism_facts"], iri))
    labels = labels_for(store, _names(iri, lists, mechanism), langs)
    described = _assemble(store, iri, page, lists.head, lists.facts, lists.incoming, lists.pairings, labels)
    if lists.facts_query is not None:
        described.queries["facts"] = query_text(lists.facts_query, iri, page)
    described.page, described.pages, described.pairings_total = page, lists.pages, lists.pairings_total
    described.incoming_total = sum(lists.incoming_counts.values())
    described.longer = [(term(ox.NamedNode(p), labels), n, kind)
                        for kind, per in (("facts", lists.fact_counts), ("incoming", lists.incoming_counts))
                        for p, n in per.items() if n > PAGE_ROWS]
    if mechanism:
        described.mechanism_facts = _per_programme(mechanism, labels)
        listed = {r["fact"].value for r in mechanism}
        described.incoming = [(s, p) for s, p in described.incoming if s.iri not in listed]
    return described


def _read_lists(store, iri: str, page: int) -> _Lists:
    """Counts first (the engine's COUNT per property, of the pairings), then only this page's rows."""
    skip = (page - 1) * PAGE_ROWS
    fact_counts = {r["p"].value: int(r["n"].value) for r in run_about(store, QUERIES["facts_count"], iri)}
    head = _facts(store, iri, fact_counts, 1)
    facts = head if page == 1 else _facts(store, iri, fact_counts, page)
    shown = facts_query([p for p, n in fact_counts.items() if n > skip])
    fact_counts.pop(RDF_TYPE, None)  # the types head every page (the first PAGE_ROWS): not a list that pages
    counts = {r["p"].value: int(r["n"].value) for r in run_about(store, QUERIES["incoming"], iri)}
    incoming = [(r["s"], ox.NamedNode(prop)) for prop, n in counts.items() if n > skip
                for r in run_about(store, QUERIES["incoming_by"], iri, page, p=prop)]
    total = int(next(iter(run_about(store, QUERIES["pairings_total"], iri)))["n"].value)
    pairings = list(run_about(store, QUERIES["pairings"], iri, page)) if total > skip else []
    return _Lists(head, facts, fact_counts, incoming, counts, pairings, total, shown)


def _names(iri: str, lists: _Lists, mechanism) -> set[str]:
    """Every IRI the page prints, to be labelled."""
    facts = lists.head + lists.facts
    names = {iri} | {p.value for p, _, _ in facts} | {o.value for _, o, _ in facts if isinstance(o, ox.NamedNode)}
    names |= set(lists.fact_counts) | set(lists.incoming_counts) | {s.value for s, _ in lists.incoming}
    names |= _iris((lists.pairings, ("pairing", "supporter", "recipient", "programme", "status", "source")))
    return names | _iris((mechanism, ("fact", "programme", "status")))


def facts_query(properties) -> str | None:
    """The facts of ``properties`` a page shows (a template: ``?this`` and ``#PAGE`` as in QUERIES): for each
    property one page of its values, ordered by property and value; None if no property is left."""
    branches = [FACTS_OF.replace("?prop", str(ox.NamedNode(p))) for p in properties]
    if not branches:
        return None
    return "SELECT ?p ?o ?g WHERE {\n  " + "\n  UNION ".join(branches) + "\n} ORDER BY ?p ?o"


def _facts(store, iri: str, counts: dict[str, int], page: int) -> list[tuple]:
    query = facts_query([p for p, n in counts.items() if n > (page - 1) * PAGE_ROWS])
    if query is None:
        return []
    return [(r["p"], r["o"], r["g"].value) for r in store.query(query_text(query, iri, page))]


def _per_programme(rows, labels) -> list[tuple[Term, list[tuple[Term, Term]]]]:
    grouped: dict[str, list] = {}
    for r in rows:
        grouped.setdefault(r["programme"].value, []).append((term(r["fact"], labels), term(r["status"], labels)))
    return sorted(((term(ox.NamedNode(p), labels), facts) for p, facts in grouped.items()), key=lambda x: x[0].text)


def _assemble(store, iri, page, head, facts, incoming, pairings, labels) -> Description:
    """``head``: the first page of facts (names, types, sources, links out); ``facts``: this page's."""
    sources = sorted({o.value for p, o, _ in head if p.value in SOURCE_PROPS}, key=lambda s: labels.get(s, s))
    refs = list(range(1, len(sources) + 1))
    label_facts = list(dict.fromkeys(Term(o.value, note=o.language) for p, o, _ in head
                                     if p.value in LABEL_PROPS and isinstance(o, ox.Literal)))
    rows = [Fact(term(p, labels), term(o, labels), g, [] if g == INFERRED_GRAPH or p.value in SOURCE_PROPS else refs)
            for p, o, g in facts if p.value != RDF_TYPE]
    types = sorted({o.value for p, o, _ in head if p.value == RDF_TYPE and isinstance(o, ox.NamedNode)})
    size = None
    if iri.startswith(str(GRAPH)):
        size = int(next(iter(run_about(store, GRAPH_SIZE, iri)))["n"].value)
    return Description(
        iri=iri, label=labels[iri], labels=label_facts, types=[term(ox.NamedNode(t), labels) for t in types],
        facts=rows, sources=[term(ox.NamedNode(s), labels) for s in sources],
        incoming=[(term(s, labels), term(p, labels)) for s, p in incoming], pairings=_pairing_rows(pairings, labels),
        links_out=links_out(head), queries=_queries(iri, page), graph_size=size)


def _queries(iri: str, page: int) -> dict[str, str]:
    queries = {k: query_text(q, iri, page) for k, q in QUERIES.items()}
    if iri.startswith(str(GRAPH)):
        queries["describe"] = query_text(GRAPH_CONTENT, iri)
    return queries
