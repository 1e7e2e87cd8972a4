"""One benchmark run: for each size, generate the data, build the on-disk store, measure each system.

Results go to ``bench/results/run-STAMP.json`` (rewritten after every system, so a run cut short keeps what
it measured) and ``bench/results/latest.json``; :mod:`bench.report` turns them into markdown and a plot.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from . import loadgen
from .generate import generate
from .inproc import QUESTIONS
from .measure import Policy, dir_size_mb, load_queries, machine, versions
from .systems import Virtuoso, kgqa_server

HERE = Path(__file__).parent
WORK = HERE / "scratch"
RESULTS = HERE / "results"
SYSTEMS = ("inproc", "inproc-disk", "http", "http-cache", "http-mem", "http-store-mem", "rdflib", "virtuoso",
           "http-virtuoso")
RDFLIB_MAX = 100_000      # rdflib's engine is 45–800x slower: reference figures at small sizes only
HTTP_MEM_MAX = 1_000_000  # an in-memory copy per worker: ~4 GB each at 10^7


class Run:
    def __init__(self, sizes: list[int], systems: list[str], clients: list[int], duration: float,
                 cold_starts: int, timeout: int, slow_runs: int = 2, throughput_repeats: int = 3,
                 rebuild_store: bool = False, questions_only: bool = False):
        self.sizes, self.systems, self.slow_runs = sizes, systems, slow_runs
        self.rebuild_store = rebuild_store  # build the on-disk store even when one of the same data exists
        self.questions_only = questions_only  # services: start-up and questions, not the SPARQL mix
        self.repeats = max(1, throughput_repeats)  # throughput measurements per client count
        self.clients = [c for c in clients if c > 0]  # none: latency only (for the largest sizes)
        self.duration, self.cold_starts, self.timeout = duration, cold_starts, timeout
        self.queries = load_queries()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        self.path = RESULTS / f"run-{stamp}.json"
        self.doc = {"started": stamp, "machine": machine(), "versions": versions(), "clients": clients,
                    "questions_only": questions_only,
                    "duration_s": duration, "throughput_repeats": self.repeats, "queries": {q.name: q.title for q in self.queries}, "sizes": {}}

    def save(self) -> None:
        RESULTS.mkdir(exist_ok=True)
        text = json.dumps(self.doc, ensure_ascii=False, indent=1)
        self.path.write_text(text)
        (RESULTS / "latest.json").write_text(text)

    def log(self, message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    def run(self) -> Path:
        for size in self.sizes:
            self.size(size)
        return self.path

    def size(self, size: int) -> None:
        entry = self.doc["sizes"].setdefault(str(size), {"systems": {}})
        data, store = prepare_data(size, entry, self.log, self.rebuild_store)
        self.save()
        virtuoso = Virtuoso(WORK / "virtuoso-db", data.parent)
        try:
            for system in self.systems:
                if system == "rdflib" and size > RDFLIB_MAX or system == "http-mem" and size > HTTP_MEM_MAX:
                    continue
                if system == "http-virtuoso" and virtuoso.server is None:
                    continue
                self.log(f"{size}: {system}")
                entry["systems"][system] = self.system(system, data, store, WORK / f"dir-{size}", virtuoso)
                self.save()
        finally:
            virtuoso.stop()

    def system(self, system: str, data: Path, store: Path, data_dir: Path, virtuoso: Virtuoso) -> dict:
        try:
            if system in ("inproc", "inproc-disk", "rdflib"):
                result = self.inproc(system, data, store)
            elif system == "virtuoso":
                result = self.virtuoso(virtuoso, data)
            else:
                result = self.service(system, store, data_dir, virtuoso)
        except Exception as exc:  # a failed system is recorded and the run goes on
            result = {"error": f"{type(exc).__name__}: {exc}"}
            self.log(f"  failed: {result['error']}")
        result["loadavg"] = os.getloadavg()  # the machine is shared: how busy it was
        return result

    def inproc(self, engine: str, data: Path, store: Path) -> dict:
        args = [sys.executable, "-m", "bench.inproc", engine, str(data), str(store),
                ",".join(map(str, self.clients or [0])), str(self.duration), str(self.timeout), str(self.slow_runs), str(self.repeats)]
        proc = subprocess.run(args, stdout=subprocess.PIPE, cwd=HERE.parent, timeout=6 * 3600)
        if proc.returncode:
            return {"error": f"exit {proc.returncode}"}
        return json.loads(proc.stdout.decode().strip().splitlines()[-1])

    def endpoint(self, url: str) -> dict:
        out = {"queries": loadgen.per_query(url, self.queries, Policy(slow_runs=self.slow_runs))}
        out["throughput"] = {str(c): [loadgen.throughput(url, self.queries, c, self.duration) for _ in range(self.repeats)]
                             for c in self.clients}
        return out

    def service(self, system: str, store: Path, data_dir: Path, virtuoso: Virtuoso) -> dict:
        kwargs = {"http": {"store": store}, "http-cache": {"store": store, "cache_bytes": None},
                  "http-mem": {"data_dir": data_dir}, "http-store-mem": {"store": store, "in_memory": True},
                  "http-virtuoso": {"endpoint": virtuoso.url}}[system]
        log = WORK / f"{system}.log"
        starts = []
        cached = system == "http-cache"  # the same service as http: its start-up and questions are http's
        for _ in range(0 if cached else self.cold_starts - 1):
            server = kgqa_server(log, **kwargs)
            try:
                starts.append(server.ready(self.queries[0]))
            finally:
                server.stop()
        server = kgqa_server(log, **kwargs)
        try:
            starts.append(server.ready(self.queries[0]))
            if starts[-1] is None:
                return {"error": "did not start", "cold_start_s": starts}
            memory_idle = server.memory()
            sparql = {} if self.questions_only else self.endpoint(server.url)
            out = {"cold_start_s": starts, **sparql, "memory_idle": memory_idle}
            if not cached:
                out["qa"] = loadgen.qa(server.url, QUESTIONS, self.clients, self.duration,
                                       repeats=5 if self.clients else 1, throughput_repeats=self.repeats)
            out["memory"] = server.memory()
        finally:
            server.stop()
        return out

    def virtuoso(self, virtuoso: Virtuoso, data: Path) -> dict:
        started = virtuoso.start(self.queries[0])
        if started is None:
            virtuoso.stop()
            return {"error": "virtuoso did not start"}
        out = {"start_s": started, **virtuoso.load(data)}
        self.log(f"  virtuoso loaded {out['triples']} triples in {out['load_s']:.1f}s")
        out.update(self.endpoint(virtuoso.url))
        out["memory"] = virtuoso.memory()
        return out


def prepare_data(size: int, entry: dict, log, rebuild: bool = False) -> tuple[Path, Path]:
    """The N-Triples file, a folder holding only it (for ``--data-dir``) and the on-disk store: the store of an
    earlier run is reused when it holds the same data (its ``KGQA_VERSION`` is the data's digest), unless
    ``rebuild``; its build figures are those of the run that built it (``store-SIZE.json``), marked ``reused``."""
    from kgqa.indexes import build_store as create_store

    WORK.mkdir(exist_ok=True)
    folder = WORK / f"dir-{size}"
    data = WORK / f"dk-{size}.nt"
    if not data.exists():
        log(f"{size}: generating")
        t0 = time.perf_counter()
        with open(str(data) + ".tmp", "w", encoding="utf-8") as fh:
            entry["generated"] = generate(fh, size)
        Path(str(data) + ".tmp").rename(data)
        entry["generate_s"] = time.perf_counter() - t0
    folder.mkdir(exist_ok=True)
    link = folder / "bench.nt"
    if link.is_symlink() and link.resolve() != data.resolve():  # left by a moved scratch folder
        link.unlink()
    if not link.exists():
        link.symlink_to(data.resolve())
    store = WORK / f"store-{size}"
    built = WORK / f"store-{size}.json"
    if not rebuild and (found := reusable(store, folder, built)) is not None:
        log(f"{size}: reusing the on-disk store {store} (data version {found['version']}, built in "
            f"{found['build_s']:.1f} s by an earlier run; --rebuild-store to build it again)")
        entry["store"] = {**found, "reused": True}
        return data, store
    log(f"{size}: building the on-disk store")
    t0 = time.perf_counter()
    info = create_store(store, folder, None)
    entry["store"] = {"build_s": time.perf_counter() - t0, "size_mb": dir_size_mb(store),
                      "data_mb": data.stat().st_size / 2**20, **info}
    built.write_text(json.dumps(entry["store"]))
    return data, store


def reusable(store: Path, folder: Path, built: Path) -> dict | None:
    """The build record of ``store`` when it holds exactly the data in ``folder``, else None. The indexes saved
    in it are keyed by the data and the code that shapes them, so a stale one is rebuilt where it is read."""
    from kgqa.store.embedded import data_files, digest

    try:
        version = (store / "KGQA_VERSION").read_text().strip()
        record = json.loads(built.read_text())
    except (OSError, ValueError):
        return None
    if version != digest(data_files(folder, None)) or record.get("version") != version:
        return None
    return record
