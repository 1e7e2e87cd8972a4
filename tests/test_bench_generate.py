"""The benchmark's synthetic graph: deterministic, our ontology's terms, pairings shaped as the shapes ask."""
from __future__ import annotations

import io
import re

import pyoxigraph as ox
import pytest
from rdflib import Graph

from bench.generate import DK, DKB, generate
from bench.measure import load_queries
from kgqa.config import PROJECT_ROOT

SIZE = 2000  # the smallest graph: geography and pairings only


def graph_text(size: int = SIZE, seed: int = 42) -> str:
    out = io.StringIO()
    generate(out, size, seed)
    return out.getvalue()


@pytest.fixture(scope="module")
def text() -> str:
    return graph_text()


@pytest.fixture(scope="module")
def store(text) -> ox.Store:
    store = ox.Store()
    store.load(text.encode(), format=ox.RdfFormat.N_TRIPLES)
    return store


def test_same_size_and_seed_give_the_same_bytes(text):
    assert graph_text() == text
    assert graph_text(seed=7) != text


def test_size_is_reached_without_duplicates():
    lines = graph_text(10_000).splitlines()
    assert 10_000 <= len(lines) < 10_020
    assert len(set(lines)) == len(lines)


def test_dk_terms_are_declared_in_the_ontology(store):
    ontology = (PROJECT_ROOT / "ontology" / "duikou.ttl").read_text(encoding="utf-8")
    declared = set(re.findall(r"^dk:(\w+) a ", ontology, re.MULTILINE))
    used = {t.value for q in store for t in (q.predicate, q.object)
            if isinstance(t, ox.NamedNode) and t.value.startswith(DK)}
    terms = {iri.removeprefix(DK) for iri in used}
    assert terms - declared == set()


def test_bench_only_terms_are_few_and_under_dkb(store):
    used = {q.predicate.value for q in store if q.predicate.value.startswith(DKB)}
    assert used <= {DKB + t for t in ("underPairing", "locatedIn", "sector", "fundingAmount", "implementedBy",
                                      "batchNumber", "cadreCount", "cadreType")}


def test_pairings_conform_to_the_shapes(text):
    from pyshacl import validate

    data = Graph().parse(data=text, format="nt")
    shapes = Graph().parse(PROJECT_ROOT / "ontology" / "shapes.ttl")
    ontology = Graph().parse(PROJECT_ROOT / "ontology" / "duikou.ttl")
    conforms, _, report = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none")
    assert conforms, report[:2000]


def test_every_query_of_the_mix_answers_on_a_small_graph():
    store = ox.Store()
    store.load(graph_text(10_000).encode(), format=ox.RdfFormat.N_TRIPLES)
    for query in load_queries():
        result = store.query(query.text)
        assert list(result), query.name
