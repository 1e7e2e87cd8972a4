"""Sources carry their outlet as data: an evidence record standing for copies whose notes name the original
outlet has that outlet as ``dcterms:publisher`` (what answers and pages show beside an item)."""
from __future__ import annotations

import csv

import pyoxigraph as ox
import pytest

from kgqa.config import PROJECT_ROOT

PUBLISHER = ox.NamedNode("http://purl.org/dc/terms/publisher")
ROWS = [(path.name, number, row) for path in sorted((PROJECT_ROOT / "data" / "reference").glob("pairings-*.csv"))
        for number, row in enumerate(csv.DictReader(path.open(encoding="utf-8")), start=1)
        if int(row.get("copies_withheld") or 0) and (row.get("copy_outlet") or "").strip()]


def test_some_rows_name_an_outlet():
    assert len(ROWS) >= 10


@pytest.mark.parametrize("table,number,row", ROWS, ids=[f"{t}:{n}" for t, n, _ in ROWS])
def test_the_copies_record_names_its_outlet(store, table, number, row):
    record = ox.NamedNode(f"https://w3id.org/duikou/source/reference/{table}/row/{number}/copies")
    publishers = {q.object.value for q in store.store.quads_for_pattern(record, PUBLISHER, None)}
    assert publishers == {row["copy_outlet"].strip()}
