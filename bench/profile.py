"""Where the service's time goes: py-spy samples our server (all its processes) under the query mix.

``python -m bench.profile STORE [--clients 4] [--seconds 15] [--only q06,q13] [--questions]`` prints the functions
holding the most samples (inclusive, then by our own code only) and writes the raw stacks beside the
results. STORE is an on-disk store (``kgqa serve --store``) or a directory of N-Triples (``bench/scratch/dir-N``:
``kgqa serve --data-dir``, the data in memory, as the ``http-mem`` system); ``--in-memory`` serves a store
with ``--store --in-memory`` (the ``http-store-mem`` system); ``--questions`` asks ``bench.inproc``'s questions
(``GET /api/ask``, as ``bench run`` measures questions/s) instead of the SPARQL mix. Needs ``py-spy`` (pip) and ptrace rights (root, or CAP_SYS_PTRACE).
"""
from __future__ import annotations

import argparse
import collections
import re
import subprocess
import threading
import urllib.parse
from pathlib import Path

from . import loadgen
from .inproc import QUESTIONS
from .measure import load_queries
from .run import RESULTS, WORK
from .systems import kgqa_server


def record(store: Path, clients: int, seconds: float, only: tuple[str, ...], out: Path,
           in_memory: bool = False, questions: bool = False) -> None:
    queries = load_queries(only=only)
    WORK.mkdir(exist_ok=True)
    data_dir = not (store / "CURRENT").exists()  # RocksDB's marker file: otherwise a data directory
    server = kgqa_server(WORK / "profile.log", **({"data_dir": store} if data_dir else
                                                  {"store": store, "in_memory": in_memory}))
    try:
        if server.ready(queries[0]) is None:
            raise SystemExit("the server did not start")
        if questions:
            asked = ["/api/ask?q=" + urllib.parse.quote(q) for q in QUESTIONS]
            loadgen.qa(server.url, QUESTIONS, [], 0, repeats=2)  # warm up: the gazetteer, each question twice
            drive = (loadgen._get_load, (server.url, asked, clients, seconds, 20.0))
        else:
            loadgen.per_query(server.url, queries, loadgen.Policy(min_runs=2, max_runs=3, min_time=0))  # warm up
            drive = (loadgen.throughput, (server.url, queries, clients, seconds))
        spy = subprocess.Popen(["py-spy", "record", "--pid", str(server.proc.pid), "--subprocesses",
                                "--rate", "250", "--duration", str(int(seconds)), "--format", "raw",
                                "--output", str(out), "--nonblocking"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        load = threading.Thread(target=drive[0], args=drive[1])
        load.start()
        load.join()
        spy.wait(timeout=seconds + 60)
    finally:
        server.stop()


# Where a sample's time goes: the first rule matching a frame, from the leaf up, names it.
CATEGORIES = (
    ("query evaluation, eager part (pyoxigraph)", ("EmbeddedStore.query", "execute (kgqa/sparql.py")),
    ("lazy evaluation + native serialisation (pyoxigraph)", ("cut_tsv", "write_results", "serialize_graph",
                                                             "_json", "_xml", "_csv", "_tsv")),
    ("query guard (tokenise, check)", ("kgqa/guard.py",)),
    ("IPC with the query process (pickle, pipe)", ("multiprocessing/connection.py", "pickle", "child_main",
                                                   "serve_one", "QueryProcess.call")),
    ("question answering", ("kgqa/qa/",)),
    ("content negotiation, params", ("kgqa/formats.py", "sparql_endpoint.py")),
    ("logging, observability", ("observability", "logging/")),
    ("Flask / Werkzeug", ("flask/", "werkzeug/")),
    ("gunicorn (HTTP parsing, sockets)", ("gunicorn/",)),
)


def category(frames: list[str]) -> str:
    for frame in reversed(frames):
        for name, marks in CATEGORIES:
            if any(m in frame for m in marks):
                return name
    return "other: " + (frames[-1].split(" (")[0] if frames else "?")


def anonymise(raw: Path) -> None:
    """Drop this machine's paths from the recorded stacks (interpreter prefix, checkout), keeping the
    module paths that say where the time goes."""
    text = re.sub(r"/[^\s;\"()]*?/(site-packages|lib/python3\.\d+)/", r"<\1>/", raw.read_text())
    text = re.sub(r"\"/\S*/bin/(python[\d.]*)", r'"\1', text)
    raw.write_text(text.replace(str(Path(__file__).resolve().parents[1]) + "/", ""))


def summarise(raw: Path, top: int = 12) -> str:
    """On-CPU samples of all the server's processes, by category, then the hottest leaf functions."""
    by_category, leaves, total = collections.Counter(), collections.Counter(), 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        frames = [f for f in stack.split(";") if not f.startswith(("process ", "thread "))]
        total += int(count)
        by_category[category(frames)] += int(count)
        leaves[frames[-1] if frames else "?"] += int(count)
    lines = [f"on-CPU samples: {total}", "by category:"]
    lines += [f"{100 * n / max(total, 1):5.1f}%  {name}" for name, n in by_category.most_common(top)]
    lines += ["hottest functions (self):"]
    lines += [f"{100 * n / max(total, 1):5.1f}%  {name}" for name, n in leaves.most_common(top)]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("store", type=Path)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--only", default="", help="query name prefixes, comma-separated (default: the mix)")
    parser.add_argument("--in-memory", action="store_true", help="a store served with --store --in-memory "
                        "(the http-store-mem system)")
    parser.add_argument("--questions", action="store_true", help="ask the questions over HTTP, not the SPARQL mix")
    args = parser.parse_args()
    only = tuple(p for p in args.only.split(",") if p)
    name = (f"profile-{args.store.name}" + ("-in-memory" if args.in_memory else "") + ("-questions" if args.questions else "")
            + ("-" + "-".join(only) if only else ""))
    out = RESULTS / f"{name}.raw.txt"
    RESULTS.mkdir(exist_ok=True)
    record(args.store, args.clients, args.seconds, only, out, args.in_memory, args.questions)
    anonymise(out)
    text = summarise(out)
    (RESULTS / f"{name}.txt").write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
