"""Checker: answered questions whose kind or level word (a class of the vocabulary: 兵团师, 县一级, 省市区…) is bound
nowhere in the query — neither its class in the SPARQL nor its words among the understood entities. Each hit is a
candidate for a silently dropped constraint (r2-excl: 对口兵团师一级最多的是哪个省 lost 兵团师 to SCOPE_AFTER's 一级).

    PYTHONPATH=src python3 tests/qa/dropped_kinds.py [set …]      (default: dev and the studied halves)

A hit is not always a fault: a kind that only says where the asked places lie (西藏阿里地区's 地区, 各县 under a named
place) is read as a qualifier on purpose; read each hit."""
import glob, json, os, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def sets(argv):
    if argv:
        return argv
    return ["dev"] + [os.path.basename(p)[:-5] for p in sorted(glob.glob(str(HERE / "outside-*-study.json")))]


def unbound_kinds(qa, text: str, result: dict) -> list[str]:
    from kgqa.qa import compose
    sparql = result.get("sparql") or ""
    held = [(e.get("start"), e.get("end"), e.get("text")) for e in result.get("entities") or []]
    out = []
    for m in qa.gazetteer.link(text):
        if m.kind != "class" or m.ambiguous or m.best[0].iri in compose.GENERIC_CLASSES:
            continue
        if any(c.iri in sparql for c in m.candidates):
            continue
        if any(t and (m.text in t or t in m.text) for _, _, t in held):
            continue
        out.append(m.text)
    return out


def main(argv):
    from functools import lru_cache

    from kgqa.config import load_settings
    from kgqa.qa import qa_for
    from kgqa.qa.evaluate import load_questions as load, text_of
    from kgqa.store import open_store

    qa = lru_cache(maxsize=1)(lambda: qa_for(open_store(load_settings())))
    hits = 0
    for name in sets(argv):
        for q in load(HERE / f"{name}.json"):
            text = text_of(q)
            r = qa().answer(text)
            if r.get("status") != "ok":
                continue
            if words := unbound_kinds(qa(), text, r):
                hits += 1
                print(f"{name} {q.get('id')} {'、'.join(words)} | {text} | {r.get('template')}", flush=True)
    print(f"{hits} answered questions with a kind word bound nowhere")


if __name__ == "__main__":
    main(sys.argv[1:])
