"""The dataset's description: VoID + DCAT, with counts computed from the store (once per store).

``describe_dataset(store, service_url, manifest)`` returns triples; the host-dependent parts (dump and
endpoint URLs) come from the caller, so the dataset IRI itself stays host-independent.
"""
from __future__ import annotations

import pyoxigraph as ox

from .ld import per_store
from .namespaces import BASE, GRAPH, PREFIXES, sparql_prefixes

VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
SPDX = "http://spdx.org/rdf/terms#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
DATASET = BASE  # the dataset IRI: the namespace itself, served as the home page
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
TITLE = {"zh": "对口支援知识图谱", "en": "Knowledge graph of China's paired assistance (对口支援) policy"}
DESCRIPTION = {
    "zh": "对口支援政策的援助主体、对口关系（起止年份、核实状态、来源）、援助计划、会议与文件、发展阶段和运行机制，"
          "每条事实注明来源；行政区划带 GB/T 2260 代码并链接到 Wikidata。",
    "en": "Aid actors, pairings (with years, verification status and sources), programmes, meetings and documents, "
          "development stages and mechanisms of China's paired-assistance policy, every fact with its source; "
          "administrative divisions carry GB/T 2260 codes and link to Wikidata.",
}
EXAMPLES = ("division/540200", "division/310000", "programme/yuanzang")
FEATURES = ("Turtle", "N-Triples", "RDF_XML", "JSON-LD", "N-Quads")  # what entity IRIs and dumps are served in
DISTINCT = "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }"
COUNTS = {
    "triples": f"SELECT (COUNT(*) AS ?n) WHERE {{ {DISTINCT} }}",
    "entities": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), STR(id:))) }",
    "distinctSubjects": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }",
    "distinctObjects": "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }",
    "properties": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }",
    "classes": "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }",
}
CLASS_PARTITIONS = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c ORDER BY ?c"
PROPERTY_PARTITIONS = f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ {DISTINCT} }} GROUP BY ?p ORDER BY ?p"
GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
SOURCES = f"""SELECT DISTINCT ?src WHERE {{
  {{ ?part dcterms:isPartOf ?src }} UNION {{ ?x dcterms:source ?src FILTER(?src = <{BASE}source/book>) }}
  FILTER(STRSTARTS(STR(?src), "{BASE}source/")) FILTER NOT EXISTS {{ ?src dcterms:isPartOf ?whole }}
}} ORDER BY ?src"""


def _int(store, sparql: str) -> int:
    return int(next(iter(store.query(sparql_prefixes() + sparql)))["n"].value)


def dataset_counts(store) -> dict:
    """Every number the VoID states, from the store (see :data:`COUNTS`; partitions per class,
    property and named graph)."""
    pairs = lambda q, k: [(r[k].value, int(r["n"].value)) for r in store.query(sparql_prefixes() + q)]
    return {
        **{name: _int(store, q) for name, q in COUNTS.items()},
        "class_partitions": pairs(CLASS_PARTITIONS, "c"),
        "property_partitions": pairs(PROPERTY_PARTITIONS, "p"),
        "graphs": pairs(GRAPHS, "g"),
        "sources": [r["src"].value for r in store.query(sparql_prefixes() + SOURCES)],
        "version": store.data_version,
    }


counts_for = per_store(dataset_counts)


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _lit(value, lang: str | None = None, datatype: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(str(value), language=lang)
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=_n(XSD + "integer"))
    return ox.Literal(str(value), datatype=_n(datatype) if datatype else None)


def vocabularies(counts: dict) -> list[str]:
    """Namespaces (of PREFIXES) that the graph's properties and classes come from."""
    used = [iri for iri, _ in counts["class_partitions"] + counts["property_partitions"]]
    return sorted({ns for ns in PREFIXES.values() if ns != BASE and any(u.startswith(ns) for u in used)})


def _partitions(add, ds, counts: dict) -> None:
    for i, (cls, n) in enumerate(counts["class_partitions"]):
        node = ox.BlankNode(f"class{i}")
        add(ds, VOID + "classPartition", node)
        add(node, VOID + "class", _n(cls))
        add(node, VOID + "entities", _lit(n))
    for i, (prop, n) in enumerate(counts["property_partitions"]):
        node = ox.BlankNode(f"property{i}")
        add(ds, VOID + "propertyPartition", node)
        add(node, VOID + "property", _n(prop))
        add(node, VOID + "triples", _lit(n))
    for graph, n in counts["graphs"]:
        add(ds, VOID + "subset", _n(graph))
        add(_n(graph), RDF_TYPE, _n(VOID + "Dataset"))
        add(_n(graph), VOID + "triples", _lit(n))


def _distribution(add, ds, service_url: str, name: str, entry: dict) -> None:
    url = _n(f"{service_url}/dumps/{name}")
    node = ox.BlankNode("dump-" + name.replace(".", "-"))
    add(ds, VOID + "dataDump", url)
    add(ds, DCAT + "distribution", node)
    add(node, RDF_TYPE, _n(DCAT + "Distribution"))
    add(node, DCAT + "downloadURL", url)
    add(node, DCAT + "mediaType", _n("https://www.iana.org/assignments/media-types/" + entry["media_type"]))
    add(node, DCAT + "compressFormat", _n("https://www.iana.org/assignments/media-types/application/gzip"))
    add(node, DCAT + "byteSize", _lit(entry["bytes"]))
    add(node, DCT + "license", _n(LICENSE))
    checksum = ox.BlankNode("sha256-" + name.replace(".", "-"))
    add(node, SPDX + "checksum", checksum)
    add(checksum, SPDX + "algorithm", _n(SPDX + "checksumAlgorithm_sha256"))
    add(checksum, SPDX + "checksumValue", _lit(entry["sha256"], datatype=XSD + "hexBinary"))


def describe_dataset(store, service_url: str, manifest: dict | None = None) -> list[ox.Triple]:
    """VoID + DCAT triples for the whole dataset; ``service_url`` is where this service answers."""
    counts = counts_for(store)
    triples: list[ox.Triple] = []
    add = lambda s, p, o: triples.append(ox.Triple(s, _n(p), o))
    ds = _n(DATASET)
    for cls in (VOID + "Dataset", DCAT + "Dataset"):
        add(ds, RDF_TYPE, _n(cls))
    for lang in ("zh", "en"):
        add(ds, DCT + "title", _lit(TITLE[lang], lang))
        add(ds, DCT + "description", _lit(DESCRIPTION[lang], lang))
    add(ds, DCT + "license", _n(LICENSE))
    add(ds, VOID + "uriSpace", _lit(BASE))
    add(ds, VOID + "sparqlEndpoint", _n(service_url + "/sparql"))
    add(ds, DCAT + "landingPage", _n(service_url + "/"))
    add(ds, DCAT + "version", _lit(counts["version"]))
    add(ds, "http://www.w3.org/2002/07/owl#versionInfo", _lit(counts["version"]))
    for name in ("triples", "entities", "distinctSubjects", "distinctObjects", "properties", "classes"):
        add(ds, VOID + name, _lit(counts[name]))
    for ns in vocabularies(counts):
        add(ds, VOID + "vocabulary", _n(ns))
    for feature in FEATURES:
        add(ds, VOID + "feature", _n("http://www.w3.org/ns/formats/" + feature))
    for path in EXAMPLES:
        add(ds, VOID + "exampleResource", _n(BASE + path))
    for src in counts["sources"]:
        add(ds, DCT + "source", _n(src))
    _partitions(add, ds, counts)
    for name, entry in sorted(((manifest or {}).get("files") or {}).items()):
        _distribution(add, ds, service_url, name, entry)
    return triples


__all__ = ["GRAPH", "counts_for", "dataset_counts", "describe_dataset"]
