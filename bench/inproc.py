"""In-process engines, each measured in a subprocess of its own (so its memory is its own).

``inproc`` is pyoxigraph in memory, ``inproc-disk`` our on-disk store opened read-only, ``rdflib`` rdflib's
own engine. A query's time includes serialising its results (SPARQL JSON or N-Triples bytes): that is the
floor an HTTP endpoint can approach. Run as ``python -m bench.inproc ENGINE DATA STORE`` → JSON on stdout.
"""
from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from pathlib import Path

from .measure import Policy, load_queries, memory_mb, summary, time_calls

QUESTIONS = ["北京市对口支援哪些地方？", "谁对口支援日喀则市？", "对口支援西藏是哪一年开始的？",
             "上海市对口支援了多少个地方？", "北京市是否对口支援拉萨市？", "哪些地方对口支援新疆维吾尔自治区？",
             "拉萨市由哪个省市对口支援？", "对口支援新疆始于哪一年？"]
RDFLIB_POLICY = Policy(min_runs=3, max_runs=10, min_time=0.3, slow=1.0, slow_runs=0)


class QueryTimeout(Exception):
    pass


def open_oxigraph(engine: str, data: Path, store_path: Path):
    import pyoxigraph as ox

    t0 = time.perf_counter()
    if engine == "inproc":
        store = ox.Store()
        store.bulk_load(path=str(data), format=ox.RdfFormat.N_TRIPLES)
    else:
        store = ox.Store.read_only(str(store_path))
    return store, time.perf_counter() - t0


def oxigraph_runner(store):
    import pyoxigraph as ox

    def run(text: str) -> tuple[None, int]:
        """(rows, bytes): rows are counted by the HTTP pass, not here."""
        result = store.query(text, use_default_graph_as_union=True)
        if isinstance(result, ox.QueryTriples):
            return None, len(result.serialize(format=ox.RdfFormat.N_TRIPLES))
        return None, len(result.serialize(format=ox.QueryResultsFormat.JSON))
    return run


def rdflib_runner(data: Path):
    import rdflib

    t0 = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(str(data), format="nt")
    load = time.perf_counter() - t0

    def run(text: str) -> tuple[int, int]:
        result = graph.query(text)
        body = result.serialize(format="nt" if result.type in ("CONSTRUCT", "DESCRIBE") else "json")
        return len(result), len(body)
    return run, load, len(graph)


def alarm(seconds: int):
    def handler(signum, frame):
        raise QueryTimeout()
    signal.signal(signal.SIGALRM, handler)
    signal.alarm(seconds)


def per_query(run, policy: Policy, timeout: int) -> dict:
    out = {}
    for q in load_queries():
        alarm(timeout)
        try:
            stats, (rows, size) = time_calls(lambda: run(q.text), policy)
            out[q.name] = {**stats, "bytes": size}
        except QueryTimeout:
            out[q.name] = {"median_ms": None, "timeout_s": timeout}
        finally:
            signal.alarm(0)
        print(f"  {q.name}: {out[q.name].get('median_ms')}", file=sys.stderr)
    return out


def throughput(run, clients: int, duration: float) -> dict:
    """Threads cycling through the mix for ``duration`` s: completed queries per second."""
    texts = [q.text for q in load_queries()]
    done, lat, lock, stop = [0], [], threading.Lock(), time.perf_counter() + duration

    def loop(k: int) -> None:
        i = k * max(1, len(texts) // clients)
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            run(texts[i % len(texts)])
            with lock:
                done[0] += 1
                lat.append(time.perf_counter() - t0)
            i += 1

    t0 = time.perf_counter()
    threads = [threading.Thread(target=loop, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    return {"qps": done[0] / wall, **{k: v for k, v in summary(lat).items() if k in ("median_ms", "p95_ms")}}


def bounded(fn, seconds: float):
    """``fn()`` in a daemon thread; QueryTimeout after ``seconds`` (pyoxigraph cannot be interrupted: the
    thread runs on, and the worker ends with ``os._exit`` once it has printed its results)."""
    box: list = []
    thread = threading.Thread(target=lambda: box.append(fn()), daemon=True)
    thread.start()
    thread.join(seconds)
    if not box:
        raise QueryTimeout()
    return box[0]


def qa_timings(store_obj, repeats: int = 5, limit: float = 20.0) -> dict | None:
    """Question answering in-process (``kgqa.qa.ask``), each question bounded by ``limit`` seconds. The first
    question builds the gazetteer (in memory) or loads the one saved with the store (on disk)."""
    try:
        from kgqa.qa import ask
    except ImportError:
        return None
    t0 = time.perf_counter()
    bounded(lambda: ask(store_obj, "北京市对口支援哪些地方？"), 300)  # builds the gazetteer
    setup = time.perf_counter() - t0
    samples, answered, per_question = [], 0, {}
    for question in QUESTIONS:
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            try:
                result = bounded(lambda: ask(store_obj, question), limit)
            except QueryTimeout:
                per_question[question] = {"timeout_s": limit}
                break
            times.append(time.perf_counter() - t0)
            answered += bool(result.get("answers"))
        if times:
            samples += times
            per_question[question] = {"template": result.get("template"), "status": result.get("status"),
                                      **summary(times)}
    return {"first_question_s": setup, **summary(samples), "answered": answered, "asked": len(samples),
            "qps_1": len(samples) / sum(samples) if samples else None, "per_question": per_question}


def lookup_timings(store_obj) -> dict | None:
    """The entity lookup index (kgqa.lookup, SQLite: candidates through the name and two-character-piece
    indexes) against the CONTAINS scan it replaces: built once (in memory here; ``kgqa build --store``
    saves it with the store), then searched for one character, a common name and a word in 6 % of names."""
    try:
        from kgqa.lookup import build_index
    except ImportError:
        return None
    try:
        t0 = time.perf_counter()
        index = build_index(store_obj)
        built = time.perf_counter() - t0
        stats, found = time_calls(lambda: index.search("阳", limit=10), Policy(min_runs=3, max_runs=20))
        more = {q: time_calls(lambda q=q: index.search(q, limit=10), Policy(min_runs=3, max_runs=20))[0]
                for q in ("上海", "项目")}
    except Exception as exc:  # another engineer's module, in progress: record, don't fail the run
        return {"error": f"{type(exc).__name__}: {exc}"[:200]}
    return {"build_s": built, "entries": index.size, "search": stats, "searches": more, "results": len(found)}


def main(engine: str, data: str, store_path: str, clients: str, duration: float, timeout: int,
         slow_runs: int = 2, repeats: int = 3) -> dict:
    out = {"engine": engine}
    if engine == "rdflib":
        run, load, count = rdflib_runner(Path(data))
        out.update(load_s=load, triples=count, memory=memory_mb(os.getpid()))
        out["queries"] = per_query(run, RDFLIB_POLICY, timeout)
        return out
    store, load = open_oxigraph(engine, Path(data), Path(store_path))
    out.update(open_s=load, triples=len(store), memory=memory_mb(os.getpid()))
    run = oxigraph_runner(store)
    out["queries"] = per_query(run, Policy(slow_runs=slow_runs), timeout)
    out["throughput"] = {c: [throughput(run, int(c), duration) for _ in range(repeats)] for c in clients.split(",")
                         if int(c) > 0}
    from kgqa.store.embedded import EmbeddedStore

    # on disk, as the service opens it: the gazetteer saved with the store (kgqa.qa.persist) is loaded
    qa_store = EmbeddedStore.open_read_only(store_path, store) if engine == "inproc-disk" else EmbeddedStore(store, "bench")
    out["qa"] = qa_timings(qa_store, repeats=5 if out["throughput"] else 1)
    out["lookup"] = lookup_timings(EmbeddedStore(store, "bench")) if engine == "inproc" else None
    out["memory_after"] = memory_mb(os.getpid())
    return out


if __name__ == "__main__":
    engine, data, store_path, clients, duration, timeout = sys.argv[1:7]
    slow = int(sys.argv[7]) if len(sys.argv) > 7 else 2
    repeats = int(sys.argv[8]) if len(sys.argv) > 8 else 3
    print(json.dumps(main(engine, data, store_path, clients, float(duration), int(timeout), slow, repeats),
                     ensure_ascii=False), flush=True)
    os._exit(0)  # a question past its deadline may still be running in a thread
