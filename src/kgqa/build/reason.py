"""OWL reasoning with HermiT (through owlready2) and the materialisation the queries rely on.

HermiT checks that ontology + data are consistent, realises the defined classes (dk:Supporter,
dk:Recipient) and infers property values (the inverse and chained dk:supports / dk:supportedBy,
dk:supporterIn / dk:recipientIn, the transitive dk:partOf). owlready2 loads N-Triples, so the
graph is handed over as an N-Triples file. The superclass closure of every typed resource is
added afterwards (HermiT reports only the most specific types).
"""
from __future__ import annotations

import dataclasses
import shutil
import tempfile
import time
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from ..errors import BuildError
from ..namespaces import BASE, DK, PREFIXES

OUR_PREDICATES = {DK.supports, DK.supportedBy, DK.supporterIn, DK.recipientIn, DK.partOf}
OUR_CLASSES_PREFIX = str(DK)
NON_OWL2_DATATYPES = {XSD.date, XSD.gYear, XSD.gYearMonth}


@dataclasses.dataclass
class ReasoningReport:
    seconds: float
    reasoner: str
    inferred: int


def _ours(term) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(BASE)


def run_hermit(ontology: Graph, data: Graph) -> Graph:
    """HermiT's inferences about our resources, as a graph. Raises BuildError if inconsistent."""
    if shutil.which("java") is None:
        raise BuildError("the OWL reasoner needs Java (HermiT runs on the JVM); install a JRE, "
                         "or build with --no-reason to derive without the consistency check")
    import owlready2

    # HermiT accepts only the OWL 2 datatype map: dates and years (xsd:date, gYear, gYearMonth) are
    # not in it, and the reasoning needs none of them.
    merged = Graph()
    for triple in ontology + data:
        datatype = getattr(triple[2], "datatype", None)
        if datatype not in NON_OWL2_DATATYPES:
            merged.add(triple)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kg.nt"
        merged.serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load()
        before = set(world.as_rdflib_graph())
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=True, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            raise BuildError(f"the reasoner found the ontology and data inconsistent: {exc}") from None
        after = set(world.as_rdflib_graph())
    inferred = Graph()
    for s, p, o in after - before:
        if not _ours(s):
            continue
        if p == RDF.type and _ours(o) and str(o).startswith(OUR_CLASSES_PREFIX):
            inferred.add((s, p, o))
        elif p in OUR_PREDICATES and _ours(o):
            inferred.add((s, p, o))
    return inferred


def derive(ontology: Graph, data: Graph) -> Graph:
    """The same inferences by direct derivation (used to cross-check HermiT, and without Java)."""
    out = Graph()
    for pairing in data.subjects(RDF.type, DK.PairingRelationship):
        sup, rec = data.value(pairing, DK.supporter), data.value(pairing, DK.recipient)
        out.add((sup, DK.supporterIn, pairing))
        out.add((rec, DK.recipientIn, pairing))
        out.add((sup, DK.supports, rec))
        out.add((rec, DK.supportedBy, sup))
        out.add((sup, RDF.type, DK.Supporter))
        out.add((rec, RDF.type, DK.Recipient))
    parents = {s: o for s, o in data.subject_objects(DK.directlyPartOf)}
    for child in parents:
        node, seen = parents[child], set()
        while node is not None and node not in seen:
            out.add((child, DK.partOf, node))
            seen.add(node)
            node = parents.get(node)
    return out


def superclass_closure(ontology: Graph, data: Graph) -> Graph:
    """rdf:type for every named superclass of every type a resource of ours has."""
    supers: dict[URIRef, set[URIRef]] = {}
    for cls in set(ontology.subjects(RDF.type, OWL.Class)):
        if isinstance(cls, URIRef):
            supers[cls] = {c for c in ontology.transitive_objects(cls, RDFS.subClassOf) if isinstance(c, URIRef)}
    out = Graph()
    for s, cls in data.subject_objects(RDF.type):
        for sup in supers.get(cls, ()):
            if sup != cls and _ours(s):
                out.add((s, RDF.type, sup))
    return out


def inverse_closure(ontology: Graph, data: Graph) -> Graph:
    """Both directions of every owl:inverseOf pair of the ontology (dk:hasPart ↔ dk:isPartOfMechanism …),
    so a query may follow either property."""
    out = Graph()
    for p, q in ontology.subject_objects(OWL.inverseOf):
        for a, b in ((p, q), (q, p)):
            for s, o in data.subject_objects(a):
                if isinstance(o, URIRef):
                    out.add((o, b, s))
    return out


def type_hierarchy(data: Graph) -> Graph:
    """skos:broaderTransitive between relationship types, so queries can roll types up."""
    out = Graph()
    for concept in set(data.subjects(SKOS.broader, None)):
        for ancestor in data.transitive_objects(concept, SKOS.broader):
            if ancestor != concept:
                out.add((concept, SKOS.broaderTransitive, ancestor))
    return out


def materialise(ontology: Graph, data: Graph, use_reasoner: bool = True) -> tuple[Graph, ReasoningReport]:
    start = time.perf_counter()
    derived = derive(ontology, data)
    if use_reasoner:
        hermit = run_hermit(ontology, data)
        # owlready2 keeps inverse properties and transitive closures implicit, so HermiT's report is
        # checked on what it states explicitly: the property chain, its inverse and class realisation.
        checked = {DK.supports, DK.supportedBy, RDF.type}
        missing = Graph()
        for s, p, o in derived:
            if p in checked and (s, p, o) not in hermit:
                missing.add((s, p, o))
        if len(missing):
            sample = next(iter(missing))
            raise BuildError(f"HermiT did not infer {len(missing)} expected triples, e.g. {sample}")
        inferred = hermit + derived
        name = "HermiT (owlready2)"
    else:
        inferred, name = derived, "direct derivation (no reasoner)"
    inferred += superclass_closure(ontology, data + inferred)
    inferred += inverse_closure(ontology, data + inferred)
    inferred += type_hierarchy(data)
    inferred -= data
    for prefix, ns in PREFIXES.items():
        inferred.bind(prefix, ns)
    return inferred, ReasoningReport(time.perf_counter() - start, name, len(inferred))
