"""Questions over HTTP with a realistic mix (issue 18): every distinct question text of ``tests/qa/*.json``,
drawn with repeats (Zipf), from N loopback clients, the result cache on or off.

    python3 -m bench.askmix bench/scratch/store-1000000 --in-memory --cache on --clients 1,4,8 --seconds 20
    python3 -m bench.askmix STORE --in-memory --cache off --json OUT.json
    python3 -m bench.askmix STORE --in-memory --warm-up --draws 10000 --clients 1,4,8,16 --seconds 20   # steady state

One draw of ``--draws`` texts (seeded: every run asks the same sequence) is shared by the clients, which take
the next text in turn. Each request is classed *first* (its text not asked before in this run: the engine
answers it, cache or not) or *repeat*; questions per second, the latency of each class and ``X-Cache`` are
recorded per client count, with the load average and the texts that set the window (the five slowest answers,
every failed request: a timeout, a 5xx). Every request is bounded by ``--limit`` seconds.

``--warm-up`` measures what a running service sees: first every distinct text of the draw is asked once (by the
largest client count; its questions per second recorded as ``warm_up``: the engine answers each), then each client
count asks the draw from its start, round and round (every text a repeat: the steady state of a service whose
askers repeat themselves, answered from the result cache when it is on).
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import threading
import time
import urllib.parse
from pathlib import Path

from .loadgen import Client
from .measure import Query, pct
from .qasets import all_questions
from .systems import kgqa_server

RESULTS = Path(__file__).resolve().parent / "results" / "questions"
SCRATCH = Path(__file__).resolve().parent / "scratch"


def zipf_draw(texts: list[str], draws: int, s: float = 1.0, seed: int = 18) -> list[str]:
    """``draws`` texts, the k-th most popular (a seeded shuffle decides which) with weight 1/k^s."""
    rng = random.Random(seed)
    ranked = texts[:]
    rng.shuffle(ranked)
    weights = [1 / (k ** s) for k in range(1, len(ranked) + 1)]
    return rng.choices(ranked, weights=weights, k=draws)


class Sequence:
    """The shared draw: the next text, and whether it was asked before in this run (``cyclic``: from the start
    again after the last, for the steady state)."""

    def __init__(self, texts: list[str], cyclic: bool = False):
        self.texts, self.next, self.seen, self.lock = texts, 0, set(), threading.Lock()
        self.cyclic = cyclic

    def take(self) -> tuple[str, bool] | None:
        with self.lock:
            if self.next >= len(self.texts):
                if not self.cyclic or not self.texts:
                    return None
                self.next = 0
            text = self.texts[self.next]
            self.next += 1
            first = text not in self.seen
            self.seen.add(text)
            return text, first


def ask(client: Client, text: str) -> tuple[int | str, str, float]:
    started = time.perf_counter()
    for attempt in (0, 1):
        if client.conn is None:
            client.conn = http.client.HTTPConnection(client.host, client.port, timeout=client.timeout)
        try:
            client.conn.request("GET", "/api/ask?q=" + urllib.parse.quote(text))
            response = client.conn.getresponse()
            response.read()
            return response.status, response.getheader("X-Cache", ""), time.perf_counter() - started
        except (http.client.HTTPException, OSError) as exc:
            client.close()
            if attempt:
                return type(exc).__name__, "", time.perf_counter() - started
    raise AssertionError("unreachable")


def run(url: str, sequence: Sequence, clients: int, seconds: float, limit: float) -> dict:
    samples, lock, stop = [], threading.Lock(), time.perf_counter() + seconds

    def loop() -> None:
        client = Client(url, timeout=limit)
        while time.perf_counter() < stop and (item := sequence.take()) is not None:
            status, cache, took = ask(client, item[0])
            with lock:
                samples.append((item[1], status, cache, took, item[0]))
        client.close()

    t0 = time.perf_counter()
    threads = [threading.Thread(target=loop, daemon=True) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 2 * limit)
    wall = time.perf_counter() - t0
    return summarise(samples, wall, clients)


def summarise(samples: list, wall: float, clients: int) -> dict:
    ok = [s for s in samples if s[1] == 200]
    out = {"clients": clients, "wall_s": round(wall, 2), "requests": len(samples),
           "qps": round(len(ok) / wall, 2), "load_average": os.getloadavg(), "statuses": {}, "x_cache": {}}
    for s in samples:
        out["statuses"][str(s[1])] = out["statuses"].get(str(s[1]), 0) + 1
        out["x_cache"][s[2] or "none"] = out["x_cache"].get(s[2] or "none", 0) + 1
    for name, first in (("first", True), ("repeat", False)):
        ms = [s[3] * 1000 for s in ok if s[0] is first]
        out[name] = {"n": len(ms), **({"p50_ms": round(pct(ms, 50), 1), "p95_ms": round(pct(ms, 95), 1),
                                        "max_ms": round(max(ms), 1)} if ms else {})}
    return {**out, **named_outliers(samples)}


def named_outliers(samples: list, slowest: int = 5) -> dict:
    """Which texts set the window: the ``slowest`` answered ones and every one that failed (a timeout, a 5xx)."""
    def named(s) -> dict:
        return {"text": s[4], "status": s[1], "first": s[0], "ms": round(s[3] * 1000, 1)}
    answered = sorted((s for s in samples if s[1] == 200), key=lambda s: s[3], reverse=True)
    return {"slowest": [named(s) for s in answered[:slowest]],
            "failed": [named(s) for s in samples if s[1] != 200]}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.askmix", description=__doc__.split("\n")[0])
    ap.add_argument("store", help="an on-disk store (bench/scratch/store-SIZE)")
    ap.add_argument("--in-memory", action="store_true", help="serve it with --in-memory")
    ap.add_argument("--cache", choices=("on", "off"), default="on", help="the result cache (default on, 32 MiB)")
    ap.add_argument("--clients", default="1,4,8")
    ap.add_argument("--seconds", type=float, default=20.0, help="per client count")
    ap.add_argument("--draws", type=int, default=200_000, help="texts drawn (Zipf, s=1) for the whole run")
    ap.add_argument("--limit", type=float, default=60.0, help="seconds one request may take")
    ap.add_argument("--warm-up", action="store_true",
                    help="ask each distinct text of the draw once first, then measure the steady state (see above)")
    ap.add_argument("--label", default="")
    ap.add_argument("--json", default=None, help="default: bench/results/questions/askmix-STAMP[-LABEL].json")
    args = ap.parse_args(argv)

    texts = all_questions()
    draw = zipf_draw(texts, args.draws)
    sequence = Sequence(draw, cyclic=args.warm_up)
    counts = [int(c) for c in args.clients.split(",")]
    SCRATCH.mkdir(exist_ok=True)
    server = kgqa_server(SCRATCH / "askmix-server.log", store=Path(args.store), in_memory=args.in_memory,
                         cache_bytes=None if args.cache == "on" else 0)
    out = {"store": args.store, "in_memory": args.in_memory, "cache": args.cache, "texts": len(texts),
           "zipf_s": 1.0, "draws": args.draws, "warm_up": None, "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
           "load_average_before": os.getloadavg(), "runs": []}
    try:
        out["ready_s"] = server.ready(Query("ask", "ASK {}", "ASK"))
        Client(server.url).get("/api/ask?q=" + urllib.parse.quote("北京市对口支援哪些地方？"))
        if args.warm_up:  # every distinct text of the draw once, as many at once as the most clients
            distinct = Sequence(list(dict.fromkeys(draw)))
            out["warm_up"] = run(server.url, distinct, max(counts), 1e9, args.limit)
            sequence.seen |= distinct.seen
            print(json.dumps({"warm_up": {k: out["warm_up"][k] for k in ("clients", "qps", "requests", "wall_s", "first",
                                                                       "statuses", "load_average")}},
                             ensure_ascii=False), flush=True)
        for clients in counts:
            result = run(server.url, sequence, clients, args.seconds, args.limit)
            out["runs"].append(result)
            print(json.dumps({k: result[k] for k in ("clients", "qps", "requests", "first", "repeat", "statuses",
                                                     "load_average", "failed")}, ensure_ascii=False), flush=True)
            print(json.dumps({"slowest": result["slowest"][:1]}, ensure_ascii=False), flush=True)
    finally:
        server.stop()
    out["distinct_asked"] = len(sequence.seen)
    path = Path(args.json) if args.json else RESULTS / (
        f"askmix-{time.strftime('%Y%m%d-%H%M%S')}{'-' + args.label if args.label else ''}.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1))
    print(f"written: {path}")


if __name__ == "__main__":
    main()
