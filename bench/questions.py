"""Questions in-process on a big store (issue 18): each question's answer time, p50/p95 over all of them.

    python3 -m bench.questions bench/scratch/store-1000000 --json OUT.json                # on disk, as `--store`
    python3 -m bench.questions bench/scratch/store-10000000 --in-memory --json OUT.json   # as `--store --in-memory`

The questions are ``bench.load``'s, ``bench.inproc``'s and the first question of each template family in
``tests/qa/dev.json`` (``--set load,inproc,dev``), or every distinct text of ``tests/qa/*.json`` (``--set all``). The gazetteer is loaded first (not timed); each question is
asked once to warm up, then ``--repeat`` times (median), each bounded at ``--limit`` seconds (one that overruns is
recorded as such and left out of p50/p95). ``--slow MS`` also prints the queries of each question slower than MS.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from .inproc import QUESTIONS as INPROC
from .inproc import QueryTimeout, bounded
from .load import QUESTIONS as LOAD
from .measure import pct
from .pages import TimedStore

class Timed(TimedStore):
    """:class:`bench.pages.TimedStore` with each query's head read after its PREFIX lines."""

    def query(self, sparql, **kwargs):
        result = super().query(sparql, **kwargs)
        body = "\n".join(line for line in sparql.splitlines() if not line.lstrip().upper().startswith("PREFIX"))
        self.calls[-1] = (" ".join(body.split())[:120],) + self.calls[-1][1:]
        return result


DEV = Path(__file__).resolve().parent.parent / "tests" / "qa" / "dev.json"


def dev_questions() -> list[str]:
    """The first question of each template family in the development set."""
    seen, out = set(), []
    for item in json.loads(DEV.read_text(encoding="utf-8"))["questions"]:
        if item.get("type") not in seen:
            seen.add(item.get("type"))
            out.append(item["question"][0]["string"])
    return out


def questions(sets: list[str]) -> list[str]:
    from .qasets import all_questions

    chosen = {"load": LOAD, "inproc": INPROC, "dev": dev_questions() if "dev" in sets else [],
              "all": all_questions() if "all" in sets else []}
    return list(dict.fromkeys(q for name in sets for q in chosen[name]))


def time_question(store, question: str, repeat: int, limit: float) -> dict:
    from kgqa.qa import ask

    times, result = [], {}
    for _ in range(repeat + 1):  # the first run warms up
        store.calls.clear()
        t0 = time.perf_counter()
        try:
            result = bounded(lambda: ask(store, question), limit)
        except QueryTimeout:
            return {"timeout_s": limit}
        times.append(time.perf_counter() - t0)
    slowest = sorted(store.calls, key=lambda c: -c[2])[:3]
    return {"status": result.get("status"), "template": result.get("template"),
            "median_ms": statistics.median(times[1:] or times) * 1000, "first_ms": times[0] * 1000,
            "slowest_queries": [{"head": h, "rows": n, "ms": s * 1000} for h, n, s in slowest]}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.questions", description=__doc__.split("\n")[0])
    ap.add_argument("store", help="an on-disk store (bench/scratch/store-SIZE)")
    ap.add_argument("--in-memory", action="store_true", help="copy the store into memory first (as --in-memory)")
    ap.add_argument("--set", default="load,inproc,dev",
                    help="question sets: load, inproc, dev, all (every distinct text of tests/qa/*.json)")
    ap.add_argument("--from-file", default=None, help="the questions of this file (one a line) instead of --set")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per question after the warm-up (0: one run, "
                                                         "timed: a question's first answer)")
    ap.add_argument("--limit", type=float, default=120.0, help="seconds one answer may take")
    ap.add_argument("--json", default=None, help="write the results here")
    args = ap.parse_args(argv)

    from kgqa.qa import ask
    from kgqa.store.embedded import EmbeddedStore

    t0 = time.perf_counter()
    inner = EmbeddedStore.copy_into_memory(args.store) if args.in_memory else EmbeddedStore.open_read_only(args.store)
    store = Timed(inner)
    ask(store, "北京市对口支援哪些地方？")  # the gazetteer
    opened = time.perf_counter() - t0
    per = {}
    chosen = (Path(args.from_file).read_text(encoding="utf-8").split("\n") if args.from_file
              else questions(args.set.split(",")))
    for q in filter(None, chosen):
        per[q] = time_question(store, q, args.repeat, args.limit)
        print(f"{per[q].get('median_ms', float('nan')):9.0f} ms  {per[q].get('status')} {per[q].get('template')} {q}",
              flush=True)
    ms = [p["median_ms"] for p in per.values() if "median_ms" in p]
    out = {"store": args.store, "in_memory": args.in_memory, "open_s": opened, "load_average": os.getloadavg(),
           "p50_ms": statistics.median(ms), "p95_ms": pct(ms, 95), "max_ms": max(ms),
           "timeouts": sum("timeout_s" in p for p in per.values()), "questions": per}
    print(f"p50 {out['p50_ms']:.0f} ms, p95 {out['p95_ms']:.0f} ms, max {out['max_ms']:.0f} ms over {len(ms)} "
          f"questions ({out['timeouts']} over {args.limit:.0f} s); load average {out['load_average'][0]:.1f}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1))
    sys.stdout.flush()
    os._exit(0)  # a question over its limit runs on in a daemon thread that pyoxigraph cannot stop


if __name__ == "__main__":
    main()
