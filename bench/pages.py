"""Entity pages in-process (issue 18): what one page render costs on a big store, and where the time goes.

    python3 -m bench.pages bench/scratch/store-1000000 --sample 40             # on disk, as `--store`
    python3 -m bench.pages bench/scratch/store-10000000 --in-memory --sample 40  # as `--store --in-memory`

The pages are those of actors drawn (seeded) from the data's supporters and recipients, as ``bench.load``
draws them, plus the load's fixed entity pages. Each is rendered ``--repeat`` times (median) through the Flask test client with
the page cache off (what a web worker does on a miss); the queries it runs are timed apart by wrapping
the store's ``query`` (query text head, rows read, seconds; those of the last render). Prints p50/p95 of the render and the
slowest queries; ``--json`` writes everything.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import random
import statistics
import sys
import time
from pathlib import Path

FIXED = ["/division/110000", "/division/540200", "/division/650000"]  # bench.load's entity pages
ACTORS = ("SELECT DISTINCT ?a WHERE { { ?a <https://w3id.org/duikou/ontology#supports> ?x } UNION "
          "{ ?x <https://w3id.org/duikou/ontology#supports> ?a } }")
BASE = "https://w3id.org/duikou"


class TimedStore:
    """The store with every query timed: (first words of the query, rows, seconds) per call."""

    def __init__(self, store):
        self._store, self.calls = store, []

    def __getattr__(self, name):
        return getattr(self._store, name)

    def query(self, sparql, **kwargs):
        start = time.perf_counter()
        result = self._store.query(sparql, **kwargs)
        boolean = not hasattr(result, "__iter__")  # ASK
        rows = [result] if boolean else list(result)
        self.calls.append((" ".join(sparql.split())[:90], len(rows), time.perf_counter() - start))
        return result if boolean else Replay(result, rows)


@dataclasses.dataclass
class Replay:
    """A result already read, iterable again, with the original's ``variables``."""
    original: object
    rows: list

    def __iter__(self):
        return iter(self.rows)

    def __getattr__(self, name):
        return getattr(self.original, name)


def open_store(path: str, in_memory: bool):
    from kgqa.store.embedded import EmbeddedStore

    if in_memory:
        return EmbeddedStore.copy_into_memory(path)
    return EmbeddedStore.open_read_only(path)


def sample_paths(store, n: int, seed: int) -> list[str]:
    actors = sorted(r["a"].value for r in store.query(ACTORS))
    rng = random.Random(seed)
    drawn = rng.sample(actors, min(n, len(actors)))
    return FIXED + [a.removeprefix(BASE) for a in drawn]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store")
    parser.add_argument("--in-memory", action="store_true", help="copy the store into memory first")
    parser.add_argument("--sample", type=int, default=40, help="actors drawn besides the fixed pages")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--accept", default="text/html")
    parser.add_argument("--repeat", type=int, default=3, help="renders per page; its median is the page's time")
    parser.add_argument("--json", type=Path, help="write the measurements here")
    args = parser.parse_args(argv)

    from kgqa.config import load_settings
    from kgqa.web import create_app

    t0 = time.perf_counter()
    store = TimedStore(open_store(args.store, args.in_memory))
    opened = time.perf_counter() - t0
    paths = sample_paths(store, args.sample, args.seed)
    settings = load_settings(environ={"KGQA_CACHE_BYTES": "0", "KGQA_CACHE_DISK_BYTES": "0"})
    client = create_app(settings, store=store).test_client()
    pages = []
    for path in paths:
        runs = []
        for _ in range(args.repeat):
            store.calls = []
            start = time.perf_counter()
            r = client.get(path, headers={"Accept": args.accept})
            runs.append(time.perf_counter() - start)
        seconds = statistics.median(runs)
        pages.append({"path": path, "status": r.status_code, "bytes": len(r.data), "s": round(seconds, 4),
                      "queries": [(q, n, round(s, 4)) for q, n, s in store.calls]})
        print(f"{seconds * 1000:9.1f} ms {r.status_code} {len(r.data):9d} B {len(store.calls):3d} queries "
              f"{sum(n for _, n, _ in store.calls):7d} rows  {path}", file=sys.stderr)
    times = [p["s"] for p in pages]
    out = {"store": args.store, "in_memory": args.in_memory, "open_s": round(opened, 1), "accept": args.accept,
           "pages": len(pages), "p50_ms": round(statistics.median(times) * 1000, 1),
           "p95_ms": round(percentile(times, 0.95) * 1000, 1), "max_ms": round(max(times) * 1000, 1),
           "mean_queries": round(statistics.mean(len(p["queries"]) for p in pages), 1),
           "mean_bytes": round(statistics.mean(p["bytes"] for p in pages)), "detail": pages}
    slowest = sorted(((s, n, q, p["path"]) for p in pages for q, n, s in p["queries"]), reverse=True)[:12]
    print(json.dumps({k: v for k, v in out.items() if k != "detail"}))
    for s, n, q, path in slowest:
        print(f"{s * 1000:9.1f} ms {n:7d} rows  {path}  {q}")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1))
    return out


if __name__ == "__main__":
    main()
