"""Media types ↔ serialisations, Accept negotiation and our RDF writers: tables plus pure functions (no Flask)."""
from __future__ import annotations

import dataclasses
import json

import pyoxigraph as ox

from .namespaces import PREFIXES

RESULTS, GRAPH, PAGE = "results", "graph", "page"


@dataclasses.dataclass(frozen=True)
class Format:
    name: str          # our short name, also accepted by ``format=``
    kind: str          # RESULTS (SELECT/ASK), GRAPH (CONSTRUCT/DESCRIBE) or PAGE
    media_types: tuple[str, ...]  # the first is the one we answer with
    aliases: tuple[str, ...] = ()

    @property
    def media_type(self) -> str:
        return self.media_types[0]


# Server preference: within a kind, earlier rows win ties.
FORMATS: tuple[Format, ...] = (
    Format("json", RESULTS, ("application/sparql-results+json", "application/json"), ("srj",)),
    Format("xml", RESULTS, ("application/sparql-results+xml", "application/xml", "text/xml"), ("srx",)),
    Format("csv", RESULTS, ("text/csv",)),
    Format("tsv", RESULTS, ("text/tab-separated-values",)),
    Format("ttl", GRAPH, ("text/turtle", "application/x-turtle"), ("turtle",)),
    Format("nt", GRAPH, ("application/n-triples", "text/plain"), ("ntriples", "n-triples")),
    Format("jsonld", GRAPH, ("application/ld+json", "application/json"), ("json-ld", "json")),
    Format("rdf", GRAPH, ("application/rdf+xml", "application/xml", "text/xml"), ("rdfxml", "rdf-xml", "xml")),
    Format("nq", GRAPH, ("application/n-quads",), ("nquads", "n-quads")),
    Format("trig", GRAPH, ("application/trig",)),
    Format("html", PAGE, ("text/html", "application/xhtml+xml")),
)


def formats_of(kind: str) -> tuple[Format, ...]:
    return tuple(f for f in FORMATS if f.kind == kind)


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``text/turtle;q=0.5, */*;q=0.1`` → [("text/turtle", 0.5), ("*/*", 0.1)]; malformed q counts as 0."""
    ranges = []
    for part in (header or "").split(","):
        media, _, params = part.partition(";")
        media = media.strip().lower()
        if media:
            ranges.append((media, _q(params)))
    return ranges


def _q(params: str) -> float:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "q":
            try:
                return min(max(float(value.strip()), 0.0), 1.0)
            except ValueError:
                return 0.0
    return 1.0


def match(media_type: str, ranges: list[tuple[str, float]]) -> tuple[int, float]:
    """(specificity, q) of the most specific range matching ``media_type``: 2 exact, 1 ``type/*``,
    0 ``*/*``; (-1, 0) if none matches."""
    major = media_type.split("/")[0] + "/*"
    for specificity, candidate in ((2, media_type), (1, major), (0, "*/*")):
        hits = [q for r, q in ranges if r == candidate]
        if hits:
            return specificity, max(hits)
    return -1, 0.0


def quality(fmt: Format, ranges: list[tuple[str, float]]) -> float:
    """A format's q: that of its most specific match over all its media types (so an explicit
    ``text/turtle;q=0`` excludes Turtle even when ``*/*`` is also accepted)."""
    return max(match(m, ranges) for m in fmt.media_types)[1]


def negotiate(accept: str | None, kinds: tuple[str, ...], override: str | None = None) -> Format | None:
    """The best format of ``kinds`` for ``accept`` (or the ``format=`` override); None: nothing fits.
    No Accept header means ``*/*``."""
    candidates = [f for kind in kinds for f in formats_of(kind)]
    if override:
        return by_name(override, candidates)
    ranges = parse_accept(accept) or [("*/*", 1.0)]
    best, best_q = None, 0.0
    for fmt in candidates:
        q = quality(fmt, ranges)
        if q > best_q:
            best, best_q = fmt, q
    return best


def by_name(value: str, candidates: list[Format] | tuple[Format, ...] = FORMATS) -> Format | None:
    """A ``format=`` value: our name, an alias or a media type."""
    value = value.strip().lower()
    for fmt in candidates:
        if value == fmt.name or value in fmt.aliases or value in fmt.media_types:
            return fmt
    return None


def is_known(value: str) -> bool:
    return by_name(value) is not None


# ---------------------------------------------------------------------------------------------------
# Writing RDF: stable prefixes, sorted output (byte-identical for the same triples)

RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD, "nt": ox.RdfFormat.N_TRIPLES,
               "rdf": ox.RdfFormat.RDF_XML, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}

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
