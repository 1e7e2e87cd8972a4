"""Load test (issue 7): 50 concurrent clients for 2 minutes mixing SPARQL, linked-data pages, questions
and lookups, while two more clients keep sending pathological queries. Loopback only, bounded.

    python3 -m bench.load                       # starts `kgqa serve` on a free port, 120 s, 50 clients
    python3 -m bench.load --duration 30 --clients 20 --url http://127.0.0.1:8000   # an existing server

Each client is a user: its own User-Agent (so its own budget), a request, then a think time of
0.2–1.0 s. Simple queries are about an actor drawn from the served data's actors, so a result cache
answers few of them; ``X-Cache`` is counted per kind and the simple queries the engine answered (not a
cache hit) get percentiles of their own (``sparql_miss``). First an idle baseline (one client, the same
kind of simple queries); then the load. Recorded:
latency percentiles per kind, statuses, unexpected 5xx (any 5xx to a normal client; the pathological
clients expect 503 at --query-timeout and 429 once their budget is spent), the server's worker pids
before and after (no worker lost or replaced), and RSS. Results: ``bench/results/reliability/``.
"""
from __future__ import annotations

import argparse
import ipaddress
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from bench.measure import memory_of
from bench.measure import tree_pids as tree

RESULTS = Path(__file__).resolve().parent / "results" / "reliability"
MAX_REQUESTS_PER_CLIENT = 100_000
BASE = "https://w3id.org/duikou"  # entity IRIs are served at their path under BASE
D, DK, RDFS = "https://w3id.org/duikou/division/", "https://w3id.org/duikou/ontology#", "http://www.w3.org/2000/01/rdf-schema#"
# Simple queries about one actor, drawn from the data's actors (351 in triples/: ≈ 1 400 different
# queries), so that a result cache cannot answer most of them from memory; X-Cache is recorded.
SIMPLE = ["ASK { <@ACTOR@> ?p ?o }",
          f"SELECT ?l WHERE {{ <@ACTOR@> <{RDFS}label> ?l }}",
          f"SELECT ?r WHERE {{ <@ACTOR@> <{DK}supports> ?r }} LIMIT 20",
          f"SELECT ?s WHERE {{ ?s <{DK}supports> <@ACTOR@> }} LIMIT 20"]
ACTORS_QUERY = (f"SELECT DISTINCT ?a WHERE {{ {{ ?a <{DK}supports> ?x }} UNION {{ ?x <{DK}supports> ?a }} }} "
                "ORDER BY ?a")
FALLBACK_ACTORS = [f"{D}110000", f"{D}310000", f"{D}540000", f"{D}650000"]
PATHOLOGICAL = ["SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?n",
                "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d FILTER(REGEX(STR(?a), STR(?d))) } ORDER BY ?b ?d"]
QUESTIONS = ["北京对口支援哪些地区？", "哪些省市对口援疆？", "上海市对口支援日喀则市吗", "谁对口支援拉萨市？",
             "援藏是哪一年开始的？", "江苏对口支援哪些地方"]
PAGES = ["/division/110000", "/division/540200", "/programme/yuanzang", "/division/650000", "/ontology",
         "/map/data.json", "/timeline/data.json", "/network/data.json", "/map", "/map/regions.json"]
LOOKUPS = ["上海", "拉萨", "xinjiang", "援", "日喀则地区", "110000"]


def loopback(url: str) -> str:
    host = urllib.parse.urlsplit(url).hostname or ""
    if not ipaddress.ip_address(socket.gethostbyname(host)).is_loopback:
        raise SystemExit(f"refusing a non-loopback target: {host}")
    return url.rstrip("/")


def request(base: str, path: str, agent: str, timeout: float = 60) -> tuple[int | str, float]:
    status, seconds, _ = fetch(base, path, agent, timeout)
    return status, seconds


def fetch(base: str, path: str, agent: str, timeout: float = 60) -> tuple[int | str, float, str]:
    """(status, seconds, X-Cache header or "") of one GET."""
    req = urllib.request.Request(base + path, headers={"User-Agent": agent, "Accept": "*/*"})
    start = time.perf_counter()
    cache = ""
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            r.read()
            status, cache = r.status, r.headers.get("X-Cache", "")
    except urllib.error.HTTPError as exc:
        exc.read()
        status = exc.code
    except OSError as exc:
        status = type(exc).__name__
    return status, time.perf_counter() - start, cache


def actors_of(base: str) -> list[str]:
    """The actors of the served data (IRIs in pairings); a few fixed ones if the query fails."""
    req = urllib.request.Request(base + sparql_path(ACTORS_QUERY), headers={"Accept": "text/csv",
                                                                          "User-Agent": "load-setup"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            found = [line.strip() for line in r.read().decode().splitlines()[1:] if line.strip()]
    except OSError:
        found = []
    return found or FALLBACK_ACTORS


def simple_query(rng: random.Random, actors: list[str]) -> str:
    return rng.choice(SIMPLE).replace("@ACTOR@", rng.choice(actors))


def page_path(rng: random.Random, actors: list[str]) -> str:
    """Half the time a fixed page or chart (popular pages), half an actor's page."""
    if rng.random() < 0.5:
        return rng.choice(PAGES)
    return rng.choice(actors).removeprefix(BASE)


def sparql_path(query: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": query})


def pick(rng: random.Random, actors: list[str]) -> tuple[str, str]:
    """(kind, path) for a normal client: 40 % simple SPARQL, 25 % pages, 20 % questions, 15 % lookups."""
    r = rng.random()
    if r < 0.40:
        return "sparql", sparql_path(simple_query(rng, actors))
    if r < 0.65:
        return "page", page_path(rng, actors)
    if r < 0.85:
        return "question", "/api/ask?" + urllib.parse.urlencode({"q": rng.choice(QUESTIONS)})
    return "lookup", "/api/lookup?" + urllib.parse.urlencode({"q": rng.choice(LOOKUPS)})


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples: list[tuple[str, int | str, float, bool]] = []  # kind, status, seconds, pathological
        self.cache: dict[str, dict[str, int]] = {}  # kind → X-Cache value → count

    def add(self, kind, status, seconds, pathological=False, cache=""):
        with self.lock:
            self.samples.append((kind, status, seconds, pathological))
            counts = self.cache.setdefault(kind, {})
            counts[cache or "none"] = counts.get(cache or "none", 0) + 1


def normal_client(base: str, i: int, until: float, rec: Recorder, think: tuple[float, float],
                  actors: list[str]) -> None:
    rng = random.Random(i)
    for _ in range(MAX_REQUESTS_PER_CLIENT):
        if time.monotonic() >= until:
            return
        kind, path = pick(rng, actors)
        status, seconds, cache = fetch(base, path, f"load-client-{i}")
        rec.add(kind, status, seconds, cache=cache)
        if kind == "sparql" and cache != "hit":  # answered by the engine: the figure a cache cannot flatter
            rec.add("sparql_miss", status, seconds)
        time.sleep(rng.uniform(*think))


def pathological_client(base: str, i: int, until: float, rec: Recorder) -> None:
    for n in range(MAX_REQUESTS_PER_CLIENT):
        if time.monotonic() >= until:
            return
        status, seconds = request(base, sparql_path(PATHOLOGICAL[i % 2]), f"load-pathological-{i}")
        rec.add("pathological", status, seconds, True)
        if status == 429:
            time.sleep(1.0)


def percentiles(values: list[float]) -> dict:
    if not values:
        return {"n": 0}
    ordered = sorted(values)
    at = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"n": len(values), "p50_ms": round(at(0.50) * 1000, 2), "p95_ms": round(at(0.95) * 1000, 2),
            "p99_ms": round(at(0.99) * 1000, 2), "max_ms": round(ordered[-1] * 1000, 2),
            "mean_ms": round(statistics.fmean(values) * 1000, 2)}


def idle_baseline(base: str, actors: list[str], requests: int = 200) -> dict:
    """One client, no think time, the same kind of simple queries (its own draw: few repeats)."""
    rng, times, hits = random.Random(-1), [], 0
    for _ in range(requests):
        status, seconds, cache = fetch(base, sparql_path(simple_query(rng, actors)), "load-idle")
        if status == 200:
            times.append(seconds)
            hits += cache == "hit"
    return {**percentiles(times), "cache_hits": hits}


def children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return sorted(int(p) for p in out.split())


def rss_mb(pids: list[int]) -> float:
    return round(memory_of(pids)["rss_mb"], 1)


def pss_mb(pids: list[int]) -> float:
    """Proportional set size: pages shared by the forked processes counted once in all."""
    return round(memory_of(pids)["pss_mb"], 1)


def fds(pids: list[int]) -> int:
    return sum(len(os.listdir(f"/proc/{p}/fd")) for p in pids if os.path.isdir(f"/proc/{p}/fd"))


# Every simulated client connects from 127.0.0.1: the per-address limits (which would count them as one
# client) are lifted; each client's own budget (IP + User-Agent) still applies. Later --serve-args win.
ONE_ADDRESS = ("--address-threads", "1024", "--address-query-seconds", "1e9", "--address-errors", "1000000000")


def start_server(args: list[str]) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # this interpreter and the kgqa on its path (PYTHONPATH), not whichever `kgqa` script is installed
    proc = subprocess.Popen([sys.executable, "-m", "kgqa.cli", "serve", "--host", "127.0.0.1", "--port", str(port), *ONE_ADDRESS, *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600  # a store copied into memory (--in-memory) at 10^6: about a minute
    while time.monotonic() < deadline:
        if request(base, "/healthz", "load-setup", timeout=2)[0] == 200:
            return proc, base
        time.sleep(0.2)
    stop_server(proc)
    raise SystemExit("the server did not start")


def stop_server(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=15)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=15)


def warm_up(base: str) -> None:
    """Build the indexes the first question, page and lookup would (not part of any measurement)."""
    for path in [sparql_path(SIMPLE[0].replace("@ACTOR@", FALLBACK_ACTORS[0]))] + PAGES + [
                 "/api/ask?q=" + urllib.parse.quote(QUESTIONS[0]),
                                                    "/api/lookup?q=" + urllib.parse.quote(LOOKUPS[0])]:
        for _ in range(4):  # each worker builds its own (the charts' table at 10^7: minutes, once)
            request(base, path, "load-warmup", timeout=600)


def run_load(base: str, clients: int, duration: float, think: tuple[float, float], pathological: int,
             actors: list[str]) -> Recorder:
    rec = Recorder()
    until = time.monotonic() + duration
    threads = [threading.Thread(target=normal_client, args=(base, i, until, rec, think, actors))
               for i in range(clients)]
    threads += [threading.Thread(target=pathological_client, args=(base, i, until, rec)) for i in range(pathological)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=duration + 120)
    return rec


def summarise(rec: Recorder, idle: dict, meta: dict) -> dict:
    served = [s for s in rec.samples if s[0] != "sparql_miss"]
    normal = [s for s in served if not s[3]]
    statuses: dict[str, int] = {}
    for kind, status, _, patho in served:
        key = f"{'pathological' if patho else 'normal'}:{status}"
        statuses[key] = statuses.get(key, 0) + 1
    by_kind = {k: percentiles([s for kind, st, s, _ in normal if kind == k and st == 200])
               for k in ("sparql", "page", "question", "lookup")}
    by_kind["sparql_miss"] = percentiles([s for kind, st, s, _ in rec.samples if kind == "sparql_miss" and st == 200])
    unexpected = [st for _, st, _, _ in normal if not (isinstance(st, int) and st < 500)]
    patho_unexpected = [st for _, st, _, p in served if p and st not in (200, 429, 503)]
    ratio = by_kind["sparql"].get("p95_ms", 0) / idle["p95_ms"] if idle.get("p95_ms") else None
    miss_ratio = by_kind["sparql_miss"].get("p95_ms", 0) / idle["p95_ms"] if idle.get("p95_ms") else None
    return {**meta, "idle_simple_sparql": idle, "load": by_kind, "statuses": statuses,
            "x_cache": {k: v for k, v in rec.cache.items() if k != "sparql_miss"},
            "requests": len(served), "throughput_rps": round(len(served) / meta["duration_s"], 1),
            "unexpected_5xx_or_errors": len(unexpected), "pathological_unexpected": len(patho_unexpected),
            "p95_ratio_simple_sparql": round(ratio, 2) if ratio else None,
            "p95_ratio_simple_sparql_engine": round(miss_ratio, 2) if miss_ratio else None,
            "pass": {"no_unexpected_5xx": not unexpected and not patho_unexpected,
                     "p95_under_3x_idle": ratio is not None and ratio < 3.0,
                     "no_worker_lost": meta["workers_before"] == meta["workers_after"]}}


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="an already running server (loopback); default: start one")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--pathological", type=int, default=2)
    parser.add_argument("--duration", type=float, default=120.0)
    parser.add_argument("--think", type=float, nargs=2, default=(0.2, 1.0), metavar=("MIN", "MAX"))
    parser.add_argument("--serve-args", default="", help="extra `kgqa serve` flags, e.g. '--workers 4'")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--label", default="", help="added to the result file's name, e.g. 'cache-off'")
    args = parser.parse_args(argv)
    args.duration = min(args.duration, 3600)
    proc = None
    if args.url:
        base = loopback(args.url)
    else:
        proc, base = start_server(args.serve_args.split())
    try:
        warm_up(base)
        actors = actors_of(base)
        idle = idle_baseline(base, actors)
        pids_before = children(proc.pid) if proc else []
        rss_before = rss_mb(tree(proc.pid)) if proc else None
        loadavg_before = os.getloadavg()
        started = time.monotonic()
        rec = run_load(base, args.clients, args.duration, tuple(args.think), args.pathological, actors)
        elapsed = time.monotonic() - started
        meta = {"time": time.strftime("%Y-%m-%dT%H:%M:%S"), "clients": args.clients,
                "pathological_clients": args.pathological, "duration_s": round(elapsed, 1),
                "think_s": list(args.think), "cpus": os.cpu_count(), "serve_args": args.serve_args,
                "actors": len(actors), "loadavg_before": loadavg_before, "loadavg_after": os.getloadavg(),
                "workers_before": pids_before, "workers_after": children(proc.pid) if proc else [],
                "rss_mb_before": rss_before, "rss_mb_after": rss_mb(tree(proc.pid)) if proc else None,
                "still_healthy": request(base, "/healthz", "load-check")[0] == 200}
    finally:
        if proc:
            stop_server(proc)
    result = summarise(rec, idle, meta)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"load-{time.strftime('%Y%m%d-%H%M%S')}{'-' + args.label if args.label else ''}.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps({k: result[k] for k in ("requests", "throughput_rps", "idle_simple_sparql", "load", "x_cache",
                                              "statuses", "p95_ratio_simple_sparql", "p95_ratio_simple_sparql_engine", "pass")}, ensure_ascii=False, indent=1))
    print(f"written: {path}")
    return result


if __name__ == "__main__":
    main()
