"""Every question text of ``tests/qa/*.json`` (issue 18): the same answers before and after a query change.

    python3 -m bench.qasets dump OUT.json               # each distinct text answered on our data (triples/)
    python3 -m bench.qasets diff BEFORE.json AFTER.json # the texts whose status, template, answers or text differ

Run ``dump`` once with the old code (``PYTHONPATH=<old checkout>/src``) and once with the new one, then ``diff``:
a query's shape may change, what it answers may not. ``all_questions()`` is also ``bench.questions --set all``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

SETS = Path(__file__).resolve().parent.parent / "tests" / "qa"


def all_questions() -> list[str]:
    """The distinct question texts (zh) of every set in ``tests/qa/``, in file order."""
    texts = []
    for path in sorted(SETS.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")).get("questions", []):
            texts += [s["string"] for s in item.get("question", []) if s.get("language") == "zh"]
    return list(dict.fromkeys(texts))


def outcome(result: dict) -> dict:
    """What an answer says, without its timing: status, template, text, answers and the sources (each answer's too)."""
    return {"status": result.get("status"), "template": result.get("template"), "text": result.get("text"),
            "answers": [a.get("iri", a.get("value")) for a in result.get("answers", [])],
            "sources": result.get("sources"), "answer_sources": [a.get("sources") for a in result.get("answers", [])]}


def dump(out: str) -> None:
    from kgqa.config import load_settings
    from kgqa.qa import ask
    from kgqa.store import open_store

    store = open_store(load_settings())
    found = {q: outcome(ask(store, q)) for q in all_questions()}
    Path(out).write_text(json.dumps(found, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(found)} questions answered into {out}")


def diff(before: str, after: str) -> int:
    old, new = (json.loads(Path(p).read_text(encoding="utf-8")) for p in (before, after))
    changed = [q for q in old.keys() | new.keys() if old.get(q) != new.get(q)]
    for q in sorted(changed):
        print(f"{q}\n  before {json.dumps(old.get(q), ensure_ascii=False)}\n  after  {json.dumps(new.get(q), ensure_ascii=False)}")
    print(f"{len(changed)} of {len(old.keys() | new.keys())} questions differ")
    return 1 if changed else 0


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    sys.exit(dump(*args) if command == "dump" else diff(*args))
