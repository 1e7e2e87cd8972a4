"""The ontology page: classes as a hierarchy, properties and named individuals, zh + en, from graph/ontology."""
from __future__ import annotations

import dataclasses

import pyoxigraph as ox

from .ld import RDF_TYPE, Term, labels_for, local_name, query_text, run_about, term
from .namespaces import BASE, GRAPH

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
    table = _term_table(run_about(store, ONTOLOGY_TERMS, ONTOLOGY_GRAPH))
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
