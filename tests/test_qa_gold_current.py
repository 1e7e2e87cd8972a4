"""The hand-written question sets store their gold answers next to the SPARQL their authors wrote; after
the data changes, `tests/qa/refresh_gold.py --write` brings them up to date. This keeps them honest:
every stored gold equals its query's result on the current triples (checked by id, never printed)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgqa.qa.evaluate import gold_set

from .qa.refresh_gold import results_json

SETS = sorted(p for p in (Path(__file__).parent / "qa").glob("*.json")
              if p.name.startswith(("heldout", "blind")))


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_stored_gold_is_the_gold_query_result_on_current_data(store, path):
    stale = [q["id"] for q in json.loads(path.read_text(encoding="utf-8"))["questions"]
             if (q.get("query") or {}).get("sparql")
             and gold_set({**q, "answers": [results_json(store, q["query"]["sparql"])]}) != gold_set(q)]
    assert not stale, f"{len(stale)} stale gold answers: run tests/qa/refresh_gold.py {path.name} --write"
