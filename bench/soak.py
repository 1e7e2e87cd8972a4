"""Soak test (issue 7): 10 clients for 10 minutes against one server; memory and file descriptors
sampled every 10 s over the whole process tree (master, workers, query zygotes and processes).

    python3 -m bench.soak                          # starts `kgqa serve`, 10 clients, 600 s
    python3 -m bench.soak --duration 120 --clients 5

Pass: memory (RSS summed over the tree) at the end within 10 % of the first sample after warm-up
(PSS is recorded too; it also grows as forked processes copy shared pages on write, which is no leak),
and no growth of open file descriptors (the peak of the second half of the run at most 4 above the peak
of the first: sockets in flight come and go). Results: ``bench/results/reliability/soak-*.json``.
"""
from __future__ import annotations

import argparse
import json
import threading
import time
from pathlib import Path

from bench.load import (
    RESULTS,
    Recorder,
    actors_of,
    children,
    fds,
    normal_client,
    pss_mb,
    rss_mb,
    start_server,
    stop_server,
    tree,
    warm_up,
)


def sample(pid: int, started: float) -> dict:
    pids = tree(pid)
    return {"t": round(time.monotonic() - started, 1), "rss_mb": rss_mb(pids), "pss_mb": pss_mb(pids), "fds": fds(pids),
            "processes": len(pids), "workers": children(pid)}


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--duration", type=float, default=600.0)
    parser.add_argument("--think", type=float, nargs=2, default=(0.05, 0.3), metavar=("MIN", "MAX"))
    parser.add_argument("--serve-args", default="")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    args.duration = min(args.duration, 4 * 3600)
    proc, base = start_server(args.serve_args.split())
    samples, rec = [], Recorder()
    try:
        warm_up(base)
        actors = actors_of(base)
        started = time.monotonic()
        until = started + args.duration
        threads = [threading.Thread(target=normal_client, args=(base, 1000 + i, until, rec, tuple(args.think),
                                                               actors))
                   for i in range(args.clients)]
        for t in threads:
            t.start()
        time.sleep(min(30, args.duration / 4))  # after warm-up under load: the reference point
        while time.monotonic() < until:
            samples.append(sample(proc.pid, started))
            time.sleep(min(10, max(until - time.monotonic(), 0)))
        for t in threads:
            t.join(timeout=120)
        samples.append(sample(proc.pid, started))
    finally:
        stop_server(proc)
    first, last = samples[0], samples[-1]
    growth = (last["rss_mb"] - first["rss_mb"]) / first["rss_mb"]
    half = len(samples) // 2  # open fds move with requests in flight: compare the peaks of each half
    fd_growth = max(s["fds"] for s in samples[half:]) - max(s["fds"] for s in samples[:max(half, 1)])
    statuses: dict[str, int] = {}
    served = [s for s in rec.samples if s[0] != "sparql_miss"]  # that list repeats some of the others
    for _, status, _, _ in served:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    result = {"time": time.strftime("%Y-%m-%dT%H:%M:%S"), "clients": args.clients, "duration_s": args.duration,
              "requests": len(served), "statuses": statuses, "x_cache": rec.cache, "rss_growth": round(growth, 4),
              "fd_growth": fd_growth, "samples": samples,
              "pss_growth": round((last["pss_mb"] - first["pss_mb"]) / first["pss_mb"], 4),
              "pass": {"memory_growth_under_10pct": growth < 0.10, "no_fd_leak": fd_growth <= 4,
                       "no_5xx": not [s for s in statuses if not s.isdigit() or int(s) >= 500],
                       "same_workers": first["workers"] == last["workers"]}}
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"soak-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "samples"}, ensure_ascii=False, indent=1))
    print(f"written: {path}")
    return result


if __name__ == "__main__":
    main()
