"""Linked-data resource descriptions: which paths are IRIs, content negotiation, and what a page shows.

Plain functions over a :class:`kgqa.store.Store`; the web layer (``kgqa.web.ld``) only parses the request
and renders. Content negotiation is :mod:`kgqa.formats` (shared with /sparql), restricted to pages and graphs.
"""
from __future__ import annotations

import dataclasses
import json
import re
import threading
import weakref
from collections.abc import Callable

import pyoxigraph as ox

from . import formats
from .namespaces import BASE, GRAPH, PREFIXES

# Path prefixes of the IRIs we mint (docs/design.md); anything else is not ours to dereference.
PATH_PREFIXES = ("division/", "xpcc", "agency/", "enterprise/", "institution/", "collective/", "person/",
                 "programme/", "type/", "event/", "document/", "stage/", "mechanism/", "pairing/",
                 "source/", "graph/", "ontology")
INFERRED_GRAPH = str(GRAPH["inferred"])


# The formats an IRI is served in (names from kgqa.formats); a suffix ``.NAME`` or ``?format=NAME`` picks one.
LD_KINDS = (formats.PAGE, formats.GRAPH)
RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD, "nt": ox.RdfFormat.N_TRIPLES,
               "rdf": ox.RdfFormat.RDF_XML, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
SUFFIXES = ("html",) + tuple(RDF_FORMATS)
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


# ---------------------------------------------------------------------------------------------------
# Serialisation

CONTEXT = {p: iri for p, iri in PREFIXES.items()}  # the stable JSON-LD @context: our prefixes, nothing else
TURTLE_PREFIXES = {p: iri for p, iri in PREFIXES.items() if p != "id"}


def compact(iri: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        rest = iri[len(ns):]
        if iri.startswith(ns) and rest and not rest.startswith("/") and ":" not in rest:
            return f"{prefix}:{rest}"
    return iri


def _jsonld_term(term) -> dict:
    if isinstance(term, ox.Literal):
        node = {"@value": term.value}
        if term.language:
            node["@language"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            node["@type"] = compact(term.datatype.value)
        return node
    return {"@id": compact(term.value) if isinstance(term, ox.NamedNode) else "_:" + term.value}


def to_jsonld(triples) -> bytes:
    """Compact JSON-LD with the stable :data:`CONTEXT`: one node per subject, keys as prefixed names."""
    nodes: dict[str, dict] = {}
    for t in sorted(triples, key=str):
        sid = _jsonld_term(t.subject)["@id"]
        node = nodes.setdefault(sid, {"@id": sid})
        if t.predicate.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" and not isinstance(t.object, ox.Literal):
            node.setdefault("@type", []).append(_jsonld_term(t.object)["@id"])
        else:
            node.setdefault(compact(t.predicate.value), []).append(_jsonld_term(t.object))
    doc = {"@context": CONTEXT, "@graph": list(nodes.values())}
    return json.dumps(doc, ensure_ascii=False, indent=1).encode()


def serialize(triples, fmt: str) -> bytes:
    """Triples in the named format (``ttl``, ``jsonld``, ``nt``, ``rdf``)."""
    triples = list(triples)
    if fmt == "jsonld":
        return to_jsonld(triples)
    if fmt == "nt":
        lines = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True)
        return b"".join(sorted(lines))
    return ox.serialize(sorted(triples, key=str), format=RDF_FORMATS[fmt], prefixes=TURTLE_PREFIXES)


def query_text(template: str, iri: str) -> str:
    """The query as it would run for ``iri``: PREFIX lines + ``?this`` replaced by the serialised IRI
    (pyoxigraph's serialisation, never the raw path), for showing and for the editor link."""
    body = template.strip().replace("?this", str(ox.NamedNode(iri)))
    used = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if re.search(rf"(?<![\w<#/]){p}:", body))
    return used + body + "\n"


# ---------------------------------------------------------------------------------------------------
# Descriptions: what an entity page shows, each part from one query (shown on the page as run)

QUERIES = {
    "describe": "CONSTRUCT { ?this ?p ?o . ?s ?q ?this } WHERE { { ?this ?p ?o } UNION { ?s ?q ?this } }",
    "facts": "SELECT ?p ?o ?g WHERE { GRAPH ?g { ?this ?p ?o } } ORDER BY ?p ?o",
    "incoming": "SELECT DISTINCT ?s ?p WHERE { ?s ?p ?this FILTER(isIRI(?s)) } ORDER BY ?p ?s LIMIT 1001",
    "pairings": """SELECT DISTINCT ?pairing ?supporter ?recipient ?programme ?start ?end ?status ?source WHERE {
  ?pairing dk:supporter|dk:recipient|dk:programme|dk:relationshipType|dk:establishedBy|dk:coversUnit ?this ;
      a dk:PairingRelationship ; dk:supporter ?supporter ; dk:recipient ?recipient .
  OPTIONAL { ?pairing dk:programme ?programme } OPTIONAL { ?pairing dk:startYear ?start }
  OPTIONAL { ?pairing dk:endYear ?end } OPTIONAL { ?pairing dk:verificationStatus ?status }
  OPTIONAL { ?pairing dcterms:source ?source }
} ORDER BY ?start ?pairing ?source LIMIT 5000""",
}
KNOWN = "ASK { { ?this ?p ?o } UNION { ?s ?q ?this } UNION { GRAPH ?this { ?a ?b ?c } } }"
GRAPH_SIZE = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?this { ?s ?p ?o } }"
GRAPH_CONTENT = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?this { ?s ?p ?o } }"
LABEL_PROPS = ("http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2000/01/rdf-schema#label")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SOURCE_PROPS = ("http://purl.org/dc/terms/source", "http://www.w3.org/ns/prov#wasDerivedFrom")
SAME = ("http://www.w3.org/2004/02/skos/core#exactMatch", "http://www.w3.org/2002/07/owl#sameAs")
WIKIDATA = "http://www.wikidata.org/entity/"
GB2260 = BASE + "ontology#gb2260Code"
INCOMING_LIMIT = 1000


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
    incoming_truncated: bool
    pairings: list[PairingRow]
    links_out: list[Term]
    queries: dict[str, str]
    graph_size: int | None = None


def _run(store, template: str, iri: str):
    """Run exactly the text the page shows (``?this`` inlined as a serialised IRI: pyoxigraph only
    substitutes projected variables, and a remote engine would need the text anyway)."""
    return store.query(query_text(template, iri))


def exists(store, iri: str) -> bool:
    return bool(_run(store, KNOWN, iri))


def resource_triples(store, iri: str) -> list[ox.Triple]:
    """The RDF served for an IRI: every triple about it and every triple pointing at it; for a named
    graph (``graph/NAME``) its content, as the Graph Store Protocol would give it."""
    if iri.startswith(str(GRAPH)):
        return list(_run(store, GRAPH_CONTENT, iri))
    return list(_run(store, QUERIES["describe"], iri))


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


def _label_table(store) -> dict[str, list]:
    table: dict[str, list] = {}
    for r in store.query(ALL_LABELS):
        table.setdefault(r["x"].value, []).append((r["p"].value, r["l"]))
    return table


label_table = per_store(_label_table)  # one query per store: pages then look labels up in memory


def labels_for(store, iris, langs: tuple[str, ...]) -> dict[str, str]:
    """Labels for many IRIs (zh → en → untagged, or as ``langs`` say); no label: the prefixed name."""
    table = label_table(store)
    return {i: pick_label(table.get(i, []), langs) or compact(i) for i in {i for i in iris if i}}


def term(node, labels: dict[str, str]) -> Term:
    if isinstance(node, ox.NamedNode):
        return Term(labels.get(node.value) or compact(node.value), href(node.value), node.value)
    if isinstance(node, ox.Literal):
        note = node.language or (None if node.datatype.value.endswith("#string") else compact(node.datatype.value))
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


def describe(store, iri: str, langs: tuple[str, ...] = ("zh", "en")) -> Description | None:
    """Everything the HTML page of ``iri`` shows; None if the graph never mentions it."""
    if not exists(store, iri):
        return None
    facts = [(r["p"], r["o"], r["g"].value) for r in _run(store, QUERIES["facts"], iri)]
    incoming = list(_run(store, QUERIES["incoming"], iri))
    pairings = list(_run(store, QUERIES["pairings"], iri))
    names = {iri} | {p.value for p, _, _ in facts} | {o.value for _, o, _ in facts if isinstance(o, ox.NamedNode)}
    names |= _iris((incoming, ("s", "p")), (pairings, ("pairing", "supporter", "recipient", "programme", "status", "source")))
    labels = labels_for(store, names, langs)
    return _assemble(store, iri, facts, incoming, pairings, labels)


def _assemble(store, iri, facts, incoming, pairings, labels) -> Description:
    shown = {r["pairing"].value for r in pairings}
    sources = sorted({o.value for p, o, _ in facts if p.value in SOURCE_PROPS}, key=lambda s: labels.get(s, s))
    refs = list(range(1, len(sources) + 1))
    label_facts = list(dict.fromkeys(Term(o.value, note=o.language) for p, o, _ in facts
                                     if p.value in LABEL_PROPS and isinstance(o, ox.Literal)))
    rows = [Fact(term(p, labels), term(o, labels), g, [] if g == INFERRED_GRAPH or p.value in SOURCE_PROPS else refs)
            for p, o, g in facts if p.value != RDF_TYPE]
    types = sorted({o.value for p, o, _ in facts if p.value == RDF_TYPE and isinstance(o, ox.NamedNode)})
    size = None
    if iri.startswith(str(GRAPH)):
        size = int(next(iter(_run(store, GRAPH_SIZE, iri)))["n"].value)
    return Description(
        iri=iri, label=labels[iri], labels=label_facts, types=[term(ox.NamedNode(t), labels) for t in types],
        facts=rows, sources=[term(ox.NamedNode(s), labels) for s in sources],
        incoming=[(term(r["s"], labels), term(r["p"], labels)) for r in incoming[:INCOMING_LIMIT]
                  if r["s"].value not in shown],
        incoming_truncated=len(incoming) > INCOMING_LIMIT, pairings=_pairing_rows(pairings, labels),
        links_out=links_out(facts), queries=_queries(iri), graph_size=size)


def _queries(iri: str) -> dict[str, str]:
    queries = {k: query_text(q, iri) for k, q in QUERIES.items()}
    if iri.startswith(str(GRAPH)):
        queries["describe"] = query_text(GRAPH_CONTENT, iri)
    return queries


# ---------------------------------------------------------------------------------------------------
# The ontology page: classes as a hierarchy, properties, and named individuals, zh + en

ONTOLOGY_GRAPH = str(GRAPH["ontology"])
ONTOLOGY_TERMS = """SELECT ?term ?p ?o WHERE { GRAPH ?this { ?term ?p ?o FILTER(isIRI(?term)) } }"""
OWL = "http://www.w3.org/2002/07/owl#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SHOWN = {"label": RDFS + "label", "definition": "http://www.w3.org/2004/02/skos/core#definition",
         "parent": RDFS + "subClassOf", "superProperty": RDFS + "subPropertyOf", "domain": RDFS + "domain",
         "range": RDFS + "range", "inverse": OWL + "inverseOf", "equivalent": OWL + "equivalentClass", "type": RDF_TYPE}
KINDS = {OWL + "Class", OWL + "ObjectProperty", OWL + "DatatypeProperty"}


@dataclasses.dataclass
class OntologyTerm:
    iri: str
    name: str
    labels: dict[str, str]
    definitions: dict[str, str]
    links: dict[str, list[Term]]  # parent, superProperty, domain, range, inverse, equivalent, type
    children: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class OntologyPage:
    iri: str
    title: dict[str, str]
    description: dict[str, str]
    version: str
    classes: dict[str, OntologyTerm]
    roots: list[str]
    object_properties: list[OntologyTerm]
    datatype_properties: list[OntologyTerm]
    individuals: list[OntologyTerm]
    query: str


def _term_table(rows) -> dict[str, dict[str, list]]:
    table: dict[str, dict[str, list]] = {}
    for r in rows:
        table.setdefault(r["term"].value, {}).setdefault(r["p"].value, []).append(r["o"])
    return table


def _by_lang(values) -> dict[str, str]:
    return {(v.language or ""): v.value for v in values or () if isinstance(v, ox.Literal)}


def _ontology_terms(table: dict, labels: dict[str, str]) -> dict[str, OntologyTerm]:
    terms = {}
    for iri, props in table.items():
        if iri.startswith(BASE + "ontology#"):
            links = {k: [term(o, labels) for o in props.get(p, ()) if isinstance(o, ox.NamedNode)]
                     for k, p in SHOWN.items() if k not in ("label", "definition")}
            terms[iri] = OntologyTerm(iri, local_name(iri), _by_lang(props.get(SHOWN["label"])),
                                      _by_lang(props.get(SHOWN["definition"])), links)
    return terms


def _kind(t: OntologyTerm) -> str | None:
    """owl:Class, owl:ObjectProperty or owl:DatatypeProperty; None for an individual."""
    return next((k.iri for k in t.links["type"] if k.iri in KINDS), None)


def _class_tree(classes: dict[str, OntologyTerm]) -> list[str]:
    """Fill each class's children; return the roots (no superclass of ours)."""
    for iri, cls in classes.items():
        for parent in cls.links["parent"]:
            if parent.iri in classes:
                classes[parent.iri].children.append(iri)
    return sorted(i for i, c in classes.items() if not any(p.iri in classes for p in c.links["parent"]))


def describe_ontology(store, langs: tuple[str, ...] = ("zh", "en")) -> OntologyPage:
    """The ontology from graph/ontology: every dk: term with zh/en labels, definitions and hierarchy."""
    table = _term_table(_run(store, ONTOLOGY_TERMS, ONTOLOGY_GRAPH))
    iris = {o.value for props in table.values() for vs in props.values() for o in vs if isinstance(o, ox.NamedNode)}
    terms = _ontology_terms(table, labels_for(store, iris | set(table), langs))
    by_kind = lambda kind: sorted((t for t in terms.values() if _kind(t) == kind), key=lambda t: t.name)
    classes = {t.iri: t for t in by_kind(OWL + "Class")}
    meta = table.get(BASE + "ontology", {})
    return OntologyPage(
        iri=BASE + "ontology", title=_by_lang(meta.get("http://purl.org/dc/terms/title")),
        description=_by_lang(meta.get("http://purl.org/dc/terms/description")),
        version=next((v.value for v in meta.get(OWL + "versionInfo", ())), ""),
        classes=classes, roots=_class_tree(classes), object_properties=by_kind(OWL + "ObjectProperty"),
        datatype_properties=by_kind(OWL + "DatatypeProperty"), individuals=by_kind(None),
        query=query_text(ONTOLOGY_TERMS, ONTOLOGY_GRAPH))


def ontology_triples(store) -> list[ox.Triple]:
    """The OWL ontology itself (graph/ontology), for Turtle, RDF/XML and the other serialisations."""
    rows = store.query(query_text("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?this { ?s ?p ?o } }", ONTOLOGY_GRAPH))
    return list(rows)
