"""Re-run the gold SPARQL of a QALD question set against the current ``triples/`` and report (or, with
``--write``, store) the questions whose gold changed. For the hand-written sets (heldout-*, blind2-*),
whose gold queries were written by their authors: after the data changes, their answers follow the data.

    python tests/qa/refresh_gold.py tests/qa/blind2-study.json [--write]

Only ids and counts are printed, so the unseen sets can be refreshed without being read.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pyoxigraph as ox

from kgqa.config import PROJECT_ROOT
from kgqa.qa.evaluate import gold_set
from kgqa.store.embedded import EmbeddedStore, data_files


def results_json(store, sparql: str) -> dict:
    """The query's results as SPARQL 1.1 JSON (a dict), as the sets store them."""
    result = store.query(sparql)
    return json.loads(result.serialize(format=ox.QueryResultsFormat.JSON))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    store = EmbeddedStore.from_files(data_files(PROJECT_ROOT / "triples", PROJECT_ROOT / "ontology" / "duikou.ttl"))
    for path in args.files:
        data = json.loads(path.read_text(encoding="utf-8"))
        changed = []
        for q in data["questions"]:
            sparql = (q.get("query") or {}).get("sparql")
            if not sparql:
                continue
            new = [results_json(store, sparql)]
            if gold_set({**q, "answers": new}) != gold_set(q):
                changed.append(q["id"])
                q["answers"] = new
        print(f"{path}: {len(changed)} gold answers changed {changed}")
        if args.write and changed:
            path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
