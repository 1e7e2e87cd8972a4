"""Linked-data pages on a store too big to hold every label in memory: an on-disk store fetches the labels
a page shows, and a page's pairings are found from the entity, not by walking every pairing."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgqa import ld
from kgqa.store.disk import create_store
from kgqa.store.embedded import EmbeddedStore

ROOT = Path(__file__).resolve().parent.parent
D = "https://w3id.org/duikou/"
PAGES = [D + "division/110000", D + "division/540200", D + "division/650000", D + "programme/yuanzang",
         D + "agency/caizhengbu"]
# the query as it was, one flat join (slow at scale; the same rows)
FLAT_PAIRINGS = """SELECT DISTINCT ?pairing ?supporter ?recipient ?programme ?start ?end ?status ?source WHERE {
  ?pairing dk:supporter|dk:recipient|dk:programme|dk:relationshipType|dk:establishedBy|dk:coversUnit ?this ;
      a dk:PairingRelationship ; dk:supporter ?supporter ; dk:recipient ?recipient .
  OPTIONAL { ?pairing dk:programme ?programme } OPTIONAL { ?pairing dk:startYear ?start }
  OPTIONAL { ?pairing dk:endYear ?end } OPTIONAL { ?pairing dk:verificationStatus ?status }
  OPTIONAL { ?pairing dcterms:source ?source }
} ORDER BY ?start ?pairing ?source LIMIT 5000"""


@pytest.fixture(scope="module")
def disk(tmp_path_factory):
    path = tmp_path_factory.mktemp("ld") / "store"
    create_store(path, ROOT / "triples", ROOT / "ontology" / "duikou.ttl")
    return EmbeddedStore.open_read_only(str(path))


def rows(result) -> list[tuple]:
    return [tuple(None if t is None else t.value for t in r) for r in result]


def test_only_a_store_in_memory_keeps_every_label(store, disk):
    assert ld.keeps_label_table(store) and not ld.keeps_label_table(disk)


@pytest.mark.parametrize("langs", [("zh", "en"), ("en", "zh")])
def test_labels_fetched_per_page_are_the_labels_of_the_table(store, disk, langs):
    iris = {r["s"].value for r in store.query("SELECT DISTINCT ?s WHERE { ?s a ?t } LIMIT 900")}
    iris |= {D + "division/000000", "not an iri", ""}  # unknown, invalid, empty: named by their compact form
    expected = ld.labels_for(store, iris, langs)
    assert ld.labels_for(disk, iris, langs) == expected
    assert len(iris) > 2 * ld.LABELS_AT_ONCE and sum(v != D for v in expected.values()) > 800


@pytest.mark.parametrize("iri", PAGES)
def test_pairings_from_the_entity_are_the_pairings_of_the_flat_join(store, iri):
    found = rows(ld.run_about(store, ld.QUERIES["pairings"], iri))
    assert found == rows(ld.run_about(store, FLAT_PAIRINGS, iri))
    if iri.endswith(("110000", "540200", "yuanzang")):
        assert found


@pytest.mark.parametrize("iri", PAGES)
def test_a_page_from_disk_is_the_page_from_memory(store, disk, iri):
    assert ld.describe(disk, iri) == ld.describe(store, iri)
