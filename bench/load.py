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
before and after (no worker lost or replaced), and RSS. Every request is kept in ``trace`` (start and end
in seconds from the load's start, kind, URL class, status, X-Cache, the worker's pid from ``X-Worker``, the
app's time from ``Server-Timing``, a 5xx's body and Retry-After), with the requests in flight per second,
each worker's longest time without a finished request and what ran on it then (``analysis``), and, for a
server started here, its stderr and the SPARQL queries over 2 s from its query log. Results:
``bench/results/reliability/``.
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
    answer = fetch(base, path, agent, timeout)
    return answer.status, answer.seconds


class Answer:
    """One GET as the client saw it: status, seconds, monotonic start, the headers we read, and the body's
    start for a 5xx (what the service said)."""

    def __init__(self, status, seconds: float, started: float, headers=None, body: str = ""):
        self.status, self.seconds, self.started, self.body = status, seconds, started, body
        headers = headers or {}
        self.cache = headers.get("X-Cache", "")
        self.worker = headers.get("X-Worker", "")
        self.retry_after = headers.get("Retry-After", "")
        timing = headers.get("Server-Timing", "")
        self.app_ms = float(timing.split("dur=")[1]) if "dur=" in timing else None


def fetch(base: str, path: str, agent: str, timeout: float = 60) -> Answer:
    req = urllib.request.Request(base + path, headers={"User-Agent": agent, "Accept": "*/*"})
    start = time.perf_counter()
    started = time.monotonic()
    headers, body = None, ""
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            r.read()
            status, headers = r.status, r.headers
    except urllib.error.HTTPError as exc:
        text = exc.read()
        status, headers = exc.code, exc.headers
        if exc.code >= 500:
            body = text[:300].decode("utf-8", "replace")
    except OSError as exc:
        status = type(exc).__name__
    return Answer(status, time.perf_counter() - start, started, headers, body)


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


def url_class(kind: str, path: str) -> str:
    """What a request asked, coarse enough to group: the SPARQL shape, the fixed page or "actor page",
    the question or the looked-up text."""
    if kind == "pathological":
        return f"pathological-{next(i for i, q in enumerate(PATHOLOGICAL) if urllib.parse.quote_plus(q) in path)}"
    if kind == "sparql":
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(path).query)["query"][0]
        return f"sparql-{next(i for i, q in enumerate(SIMPLE) if q.split('@ACTOR@')[0] in query)}"
    if kind == "page":
        return path if path in PAGES else "actor page"
    return urllib.parse.parse_qs(urllib.parse.urlsplit(path).query)["q"][0]


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples: list[tuple[str, int | str, float, bool]] = []  # kind, status, seconds, pathological
        self.cache: dict[str, dict[str, int]] = {}  # kind → X-Cache value → count
        self.origin = time.monotonic()  # the trace's times are seconds from here (set when the load starts)
        self.trace: list[dict] = []     # one record per request (not sparql_miss, a second view of sparql)

    def add(self, kind, status, seconds, pathological=False, cache=""):
        with self.lock:
            self.samples.append((kind, status, seconds, pathological))
            counts = self.cache.setdefault(kind, {})
            counts[cache or "none"] = counts.get(cache or "none", 0) + 1

    def record(self, kind: str, path: str, client: int, answer: Answer, pathological: bool = False) -> None:
        self.add(kind, answer.status, answer.seconds, pathological, answer.cache)
        start = answer.started - self.origin
        entry = {"start": round(start, 3), "end": round(start + answer.seconds, 3), "kind": kind,
                 "url": url_class(kind, path), "status": answer.status, "cache": answer.cache,
                 "worker": answer.worker, "app_ms": answer.app_ms, "client": client}
        if answer.body or answer.retry_after:
            entry.update(body=answer.body, retry_after=answer.retry_after)
        with self.lock:
            self.trace.append(entry)


def normal_client(base: str, i: int, until: float, rec: Recorder, think: tuple[float, float],
                  actors: list[str]) -> None:
    rng = random.Random(i)
    for _ in range(MAX_REQUESTS_PER_CLIENT):
        if time.monotonic() >= until:
            return
        kind, path = pick(rng, actors)
        answer = fetch(base, path, f"load-client-{i}")
        rec.record(kind, path, i, answer)
        if kind == "sparql" and answer.cache != "hit":  # answered by the engine: the figure a cache cannot flatter
            rec.add("sparql_miss", answer.status, answer.seconds)
        time.sleep(rng.uniform(*think))


def pathological_client(base: str, i: int, until: float, rec: Recorder) -> None:
    for n in range(MAX_REQUESTS_PER_CLIENT):
        if time.monotonic() >= until:
            return
        path = sparql_path(PATHOLOGICAL[i % 2])
        answer = fetch(base, path, f"load-pathological-{i}")
        rec.record("pathological", path, -1 - i, answer, True)
        if answer.status == 429:
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
        answer = fetch(base, sparql_path(simple_query(rng, actors)), "load-idle")
        if answer.status == 200:
            times.append(answer.seconds)
            hits += answer.cache == "hit"
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


def start_server(args: list[str], log: Path | None = None) -> tuple[subprocess.Popen, str]:
    """The server on a free loopback port; its stderr (gunicorn's and our warnings) to ``log`` if given."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # this interpreter and the kgqa on its path (PYTHONPATH), not whichever `kgqa` script is installed
    proc = subprocess.Popen([sys.executable, "-m", "kgqa.cli", "serve", "--host", "127.0.0.1", "--port", str(port), *ONE_ADDRESS, *args],
                            stdout=subprocess.DEVNULL, stderr=log.open("ab") if log else subprocess.DEVNULL,
                            start_new_session=True)
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


BUSY_LOOP = "import time\nend = time.monotonic() + {seconds}\nwhile time.monotonic() < end:\n    pass\n"


def contend(processes: int, seconds: float) -> list[subprocess.Popen]:
    """``processes`` busy loops at nice 0 for ``seconds``: the other jobs of a shared machine (test suites
    at nice 0 beside our nice-19 server) during the load's first seconds, when every cache is cold."""
    return [subprocess.Popen([sys.executable, "-c", BUSY_LOOP.format(seconds=seconds)],
                             preexec_fn=lambda: os.setpriority(os.PRIO_PROCESS, 0, 0))
            for _ in range(processes)]


def run_load(base: str, clients: int, duration: float, think: tuple[float, float], pathological: int,
             actors: list[str]) -> Recorder:
    rec = Recorder()
    rec.origin = time.monotonic()
    until = time.monotonic() + duration
    threads = [threading.Thread(target=normal_client, args=(base, i, until, rec, think, actors))
               for i in range(clients)]
    threads += [threading.Thread(target=pathological_client, args=(base, i, until, rec)) for i in range(pathological)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=duration + 120)
    return rec


def in_flight_per_second(trace: list[dict]) -> list[dict]:
    """Per second of the load: requests running at its start (per worker), started and finished in it."""
    last = int(max((r["end"] for r in trace), default=0)) + 1
    seconds = [{"t": t, "in_flight": 0, "started": 0, "finished": 0, "by_worker": {}} for t in range(last)]
    for r in trace:
        seconds[int(r["start"])]["started"] += 1
        seconds[int(r["end"])]["finished"] += 1
        for t in range(int(r["start"]) + 1, int(r["end"]) + 1):
            if r["start"] <= t < r["end"]:
                seconds[t]["in_flight"] += 1
                workers = seconds[t]["by_worker"]
                workers[r["worker"]] = workers.get(r["worker"], 0) + 1
    return seconds


def longest_gaps(trace: list[dict]) -> list[dict]:
    """Per worker, the longest time in which none of its requests finished (a stall), and what was
    running on it when that began: the requests that started before and ended after."""
    gaps = []
    for worker in sorted({r["worker"] for r in trace if r["worker"]}):
        ends = sorted(r["end"] for r in trace if r["worker"] == worker and r["kind"] != "pathological")
        if len(ends) < 2:
            continue
        width, begin = max((b - a, a) for a, b in zip(ends, ends[1:]))
        running = sorted((r for r in trace if r["worker"] == worker and r["start"] <= begin < r["end"]),
                         key=lambda r: r["start"])
        gaps.append({"worker": worker, "began_s": begin, "seconds": round(width, 3),
                     "running_when_it_began": running})
    return gaps


def analyse(rec: Recorder) -> dict:
    """What the trace says about the tail: the slowest requests, each worker's longest stall and what ran
    then, and every 5xx to a normal client with what the service said (body, Retry-After)."""
    trace = sorted(rec.trace, key=lambda r: r["start"])
    normal = [r for r in trace if r["kind"] != "pathological"]
    slowest = sorted(normal, key=lambda r: r["start"] - r["end"])[:20]
    errors = [r for r in normal if not (isinstance(r["status"], int) and r["status"] < 500)]
    return {"slowest_normal": slowest, "stalls_per_worker": longest_gaps(trace), "normal_5xx": errors,
            "pathological": [r for r in trace if r["kind"] == "pathological"]}


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
            "analysis": analyse(rec), "in_flight_per_second": in_flight_per_second(rec.trace),
            "trace": sorted(rec.trace, key=lambda r: r["start"]),
            "pass": {"no_unexpected_5xx": not unexpected and not patho_unexpected,
                     "p95_under_3x_idle": ratio is not None and ratio < 3.0,
                     "no_worker_lost": meta["workers_before"] == meta["workers_after"]}}


def slow_queries(path: Path, origin: float, over_ms: float = 2000) -> list[dict]:
    """The service's query log (every /sparql request: its end time, duration, status) for the queries
    slower than ``over_ms``, with their start on the trace's clock (seconds from the load's start)."""
    slow = []
    try:
        lines = path.read_text().splitlines()
    except OSError:
        return slow
    for line in lines:
        record = json.loads(line)
        if record.get("duration_ms", 0) >= over_ms:
            end = record["time"] - origin
            slow.append({**record, "start_s": round(end - record["duration_ms"] / 1000, 3), "end_s": round(end, 3)})
    return slow


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
    parser.add_argument("--contend", type=float, nargs=2, default=(0, 0), metavar=("PROCESSES", "SECONDS"),
                        help="busy loops at nice 0 during the load's first SECONDS (a shared machine's cold start)")
    args = parser.parse_args(argv)
    args.duration = min(args.duration, 3600)
    proc = None
    logs = Path(__file__).resolve().parent / "scratch"
    server_log, query_log = logs / "load-server.log", logs / "load-query.jsonl"
    if args.url:
        base = loopback(args.url)
    else:
        logs.mkdir(parents=True, exist_ok=True)
        for f in (server_log, query_log):
            f.unlink(missing_ok=True)
        proc, base = start_server(args.serve_args.split() + ["--query-log", str(query_log)], server_log)
    try:
        warm_up(base)
        actors = actors_of(base)
        idle = idle_baseline(base, actors)
        pids_before = children(proc.pid) if proc else []
        rss_before = rss_mb(tree(proc.pid)) if proc else None
        loadavg_before = os.getloadavg()
        started, started_epoch = time.monotonic(), time.time()
        busy = contend(int(args.contend[0]), args.contend[1])
        rec = run_load(base, args.clients, args.duration, tuple(args.think), args.pathological, actors)
        for loop in busy:
            loop.wait()
        elapsed = time.monotonic() - started
        meta = {"time": time.strftime("%Y-%m-%dT%H:%M:%S"), "started_epoch": round(started_epoch, 3), "clients": args.clients,
                "pathological_clients": args.pathological, "duration_s": round(elapsed, 1),
                "think_s": list(args.think), "cpus": os.cpu_count(), "serve_args": args.serve_args,
                "actors": len(actors), "loadavg_before": loadavg_before, "loadavg_after": os.getloadavg(),
                "contention": {"busy_loops_nice_0": len(busy), "seconds": args.contend[1]},
                "workers_before": pids_before, "workers_after": children(proc.pid) if proc else [],
                "rss_mb_before": rss_before, "rss_mb_after": rss_mb(tree(proc.pid)) if proc else None,
                "still_healthy": request(base, "/healthz", "load-check")[0] == 200}
    finally:
        if proc:
            stop_server(proc)
    result = summarise(rec, idle, meta)
    if proc:
        result["server_log"] = server_log.read_text(errors="replace").splitlines()[-200:]
        result["slow_queries"] = slow_queries(query_log, meta["started_epoch"])
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"load-{time.strftime('%Y%m%d-%H%M%S')}{'-' + args.label if args.label else ''}.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps({k: result[k] for k in ("requests", "throughput_rps", "idle_simple_sparql", "load", "x_cache",
                                              "statuses", "p95_ratio_simple_sparql", "p95_ratio_simple_sparql_engine", "pass")}, ensure_ascii=False, indent=1))
    print(json.dumps([{k: g[k] for k in ("worker", "began_s", "seconds")} | {"running": [
        (r["kind"], r["url"], r["start"], r["end"], r["status"]) for r in g["running_when_it_began"]]}
        for g in result["analysis"]["stalls_per_worker"]], ensure_ascii=False))
    print(f"written: {path}")
    return result


if __name__ == "__main__":
    main()
