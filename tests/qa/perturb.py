"""Perturbation probe (issue #15): dev questions with one word swapped for a synonym, or a filler added.

For a seeded sample of dev questions (answerable ones of every type, and every refusal), each word class the pipeline
reads (aid verbs, question words, quantity words, time words, kind words, fillers, connectors, the order of two
joined names) gives variants by ONE substitution from the lists below. A variant's gold is its source question's
gold, so only substitutions that keep the meaning are listed (市 for 省 is not). A variant fails when its source
scores F1 1 (or is refused) and it does not (or is answered). Failures are counted by the substituted word.

    PYTHONPATH=src python3 tests/qa/perturb.py [--answerable 1500] [--out /tmp/perturb.json] [--show 3]
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from kgqa.qa.evaluate import load_questions, score, text_of  # noqa: E402

# types whose aid verb may be part of a programme's or mechanism's own name (对口支援西藏是哪一年开始的): no verb swaps
NAMED_TYPES = {"mechanism", "definition", "book_fact", "stage_event", "event_setup", "since_when", "history",
               "event_facts", "set_up_by_event", "pairing_event", "event_pairings"}

# (class, word, replacements, lookbehind-free guard: a regex the text right AFTER the word must not match)
RULES: list[tuple[str, str, tuple[str, ...], str | None]] = [
    # aid verbs, longest first; a verb as part of a role noun (支援方) is swapped too (援助方 is a word of ours)
    ("aid_verb", "对口支援", ("对口帮扶", "结对帮扶", "对口援助", "对口扶持"), None),
    ("aid_verb", "对口帮扶", ("对口支援", "结对帮扶", "定点帮扶", "对口扶持"), None),
    ("aid_verb", "结对帮扶", ("对口帮扶", "结对支援", "配对帮扶"), None),
    ("aid_verb", "支援", ("援助", "帮扶", "扶持", "帮助"), "[藏疆青]"),
    ("aid_verb", "帮扶", ("支援", "扶持", "帮助", "援助"), None),
    ("aid_verb", "援助", ("支援", "帮扶", "扶持"), None),
    ("pair_verb", "结对", ("配对", "结成对子"), "帮扶|关系|子"),
    # question words
    ("wh", "有哪些", ("都有哪些", "都有什么", "有哪一些", "包括哪些"), None),
    ("wh", "哪些", ("哪一些", "哪几个"), "个"),
    ("wh", "哪个", ("哪一个",), None),
    ("wh", "哪一个", ("哪个",), None),
    ("wh", "哪里", ("哪儿", "什么地方", "何处"), None),
    ("wh", "什么", ("啥",), "时候|时间"),
    ("wh", "是谁", ("是哪个", "是哪一方"), None),
    # quantity words
    ("count", "多少个", ("几个", "多少"), None),
    ("count", "几个", ("多少个",), None),
    ("count", "一共", ("总共", "共计", "合计"), None),
    ("count", "总共", ("一共",), None),
    # time words
    ("time", "哪一年", ("哪年", "什么时候", "何时", "啥时候", "几几年", "哪个年份"), None),
    ("time", "哪年", ("哪一年", "什么时候", "何时", "几几年"), None),
    ("time", "什么时候", ("何时", "哪一年", "啥时候", "什么时间"), None),
    ("time", "何时", ("什么时候", "哪一年"), None),
    # kind words (same extension only)
    ("kind", "省份", ("省区",), None),  # (省 alone may exclude the municipalities 省份 covers: not used)
    ("kind", "城市", ("市",), None),
    ("kind", "区县", ("县区",), None),
    ("kind", "地方", ("地区",), None),
]
# the text right BEFORE the word must not end so (哪几个 is no count; 受援助 is 受援 + 助)
BEFORE = {"几个": "[哪那这]$", "多少个": "[哪那这]$", "支援": "受$", "援助": "受$"}
PREFIXES = ("请问", "麻烦问下，", "想了解一下，", "我想知道")
SUFFIXES = ("呢", "啊", "呀")
CONNECTORS = ("和", "跟", "与", "同", "及")
FINAL = re.compile("[？?。！!]*$")


def spans(text: str, entities: list[dict]) -> list[tuple[int, int]]:
    out = []
    for e in entities:
        word = e.get("text") or ""
        if e.get("type") != "class" and word:
            out += [(m.start(), m.end()) for m in re.finditer(re.escape(word), text)]
    return out


def inside(i: int, j: int, taken: list[tuple[int, int]]) -> bool:
    return any(i < b and a < j for a, b in taken)


def variants(q: dict, text: str, entities: list[dict], rng: random.Random, per_class: int) -> list[dict]:
    taken = spans(text, entities)
    out: dict[str, dict] = {}

    def add(cls: str, word: str, repl: str, new: str) -> None:
        if new != text and new not in out:
            out[new] = {"class": cls, "word": word, "repl": repl, "text": new}

    by_class: dict[str, list] = collections.defaultdict(list)
    for cls, word, repls, guard in RULES:
        if cls in ("aid_verb", "pair_verb") and q["type"] in NAMED_TYPES:
            continue
        for m in re.finditer(re.escape(word), text):
            i, j = m.span()
            if inside(i, j, taken):
                continue
            if guard and re.match(guard, text[j:]) or word in BEFORE and re.search(BEFORE[word], text[:i]):
                continue
            for r in repls:
                by_class[cls].append((word, r, text[:i] + r + text[j:]))
            break
    for cls, items in by_class.items():
        for word, r, new in rng.sample(items, min(per_class, len(items))):
            add(cls, word, r, new)
    # fillers
    body = FINAL.sub("", text)
    end = text[len(body):] or "？"
    for p in rng.sample(PREFIXES, 2):
        add("filler", "^", p, p + text)
    if not re.search("[吗呢啊呀嘛么吧]$", body):
        s = rng.choice(SUFFIXES)
        add("filler", "$", s, body + s + end)
    if body.endswith("吗"):
        add("filler", "吗", "嘛", body[:-1] + "嘛" + end)
    # connectors between two names (never inside one: 和田, 大同)
    for m in re.finditer("[和跟与同及]", text):
        i = m.start()
        if inside(i, i + 1, taken) or not inside(i - 1, i, taken) or not inside(i + 1, i + 2, taken):
            continue
        for c in rng.sample([c for c in CONNECTORS if c != m.group()], 2):
            add("connector", m.group(), c, text[:i] + c + text[i + 1:])
        # the two names the connector joins, swapped
        left = max((s for s in taken if s[1] == i), key=lambda s: s[1] - s[0], default=None)
        right = max((s for s in taken if s[0] == i + 1), key=lambda s: s[1] - s[0], default=None)
        if left and right and q["type"] not in ("comparison", "compare", "takeover"):
            a, b = text[left[0]:left[1]], text[right[0]:right[1]]
            add("order", "A和B", "B和A", text[:left[0]] + b + m.group() + a + text[right[1]:])
        break
    return list(out.values())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", default=str(ROOT / "tests/qa/dev.json"))
    ap.add_argument("--answerable", type=int, default=1500)
    ap.add_argument("--per-class", type=int, default=3)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--out", default="/tmp/perturb.json")
    ap.add_argument("--show", type=int, default=2, help="examples printed per failing word")
    args = ap.parse_args()

    from kgqa.config import load_settings
    from kgqa.qa import qa_for
    from kgqa.store import open_store

    qa = qa_for(open_store(load_settings({})))
    rng = random.Random(args.seed)
    qs = load_questions(Path(args.dev))
    answerable = [q for q in qs if q["answerable"]]
    refusals = [q for q in qs if not q["answerable"]]
    sample = sorted(rng.sample(answerable, min(args.answerable, len(answerable))), key=lambda q: int(q["id"])
                    if q["id"].isdigit() else 0) + refusals
    t0 = time.time()
    rows, tried = [], 0
    for q in sample:
        text = text_of(q)
        base = qa.answer(text)
        if not score(q, base).correct:
            continue  # only sources the pipeline gets right
        for v in variants(q, text, base.get("entities") or [], rng, args.per_class):
            tried += 1
            got = qa.answer(v["text"])
            s = score(q, got)
            rows.append({**v, "id": q["id"], "type": q["type"], "answerable": q["answerable"], "source": text,
                         "ok": s.correct, "status": got["status"], "f1": round(s.f1, 3)})
    Path(args.out).write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    fails = [r for r in rows if not r["ok"]]
    print(f"{len(sample)} sources, {tried} variants, {len(fails)} failing "
          f"({sum(not r['answerable'] for r in fails)} refusals answered), {time.time() - t0:.0f} s")
    by_class = collections.Counter(r["class"] for r in fails)
    tried_class = collections.Counter(r["class"] for r in rows)
    for cls, n in sorted(tried_class.items(), key=lambda kv: -by_class[kv[0]]):
        print(f"{cls:<10} {by_class[cls]:>4} / {n}")
    by_word = collections.Counter((r["class"], r["word"], r["repl"]) for r in fails)
    tried_word = collections.Counter((r["class"], r["word"], r["repl"]) for r in rows)
    for (cls, w, r), n in by_word.most_common():
        stats = collections.Counter(x["status"] for x in fails if (x["class"], x["word"], x["repl"]) == (cls, w, r))
        print(f"  {cls:<10} {w}→{r:<8} {n:>4} / {tried_word[(cls, w, r)]:<4} {dict(stats)}")
        for x in [x for x in fails if (x["class"], x["word"], x["repl"]) == (cls, w, r)][:args.show]:
            print(f"        {x['id']} {x['type']}: {x['text']}  [{x['status']} {x['f1']}]")


if __name__ == "__main__":
    main()
