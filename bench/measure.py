"""Timing, statistics, memory and machine facts shared by the runners."""
from __future__ import annotations

import os
import platform
import re
import statistics
import subprocess
import time
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

QUERY_DIR = Path(__file__).with_name("queries")
GRAPH_FORMS = re.compile(r"^\s*(CONSTRUCT|DESCRIBE)\b", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Query:
    name: str
    text: str
    title: str

    @property
    def graph(self) -> bool:
        return bool(GRAPH_FORMS.search(self.text))


def load_queries(folder: Path = QUERY_DIR, only: tuple[str, ...] = ()) -> list[Query]:
    out = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        title = re.search(r"^# title: (.*)$", text, re.MULTILINE)
        if not only or path.stem.startswith(only):
            out.append(Query(path.stem, text, title.group(1) if title else path.stem))
    return out


@dataclass(frozen=True)
class Policy:
    """One warm-up, then runs until at least ``min_runs`` and ``min_time`` s, at most ``max_runs``; a
    warm-up slower than ``slow`` s leaves ``slow_runs`` more runs only."""
    min_runs: int = 5
    max_runs: int = 40
    min_time: float = 0.5
    slow: float = 2.0
    slow_runs: int = 2


def pct(samples: list[float], p: float) -> float | None:
    if not samples:
        return None
    xs = sorted(samples)
    return xs[max(0, min(len(xs) - 1, round(p / 100 * (len(xs) - 1))))]


def summary(samples: list[float]) -> dict:
    """Milliseconds: median, p95, min and the number of samples."""
    ms = [s * 1000 for s in samples]
    return {"median_ms": statistics.median(ms) if ms else None, "p95_ms": pct(ms, 95),
            "min_ms": min(ms) if ms else None, "n": len(ms)}


def time_calls(call, policy: Policy) -> tuple[dict, object]:
    """Time ``call()`` (returns something describing the result) under ``policy``."""
    t0 = time.perf_counter()
    result = call()
    warm = time.perf_counter() - t0
    runs = policy.slow_runs if warm > policy.slow else policy.max_runs
    samples, start = [], time.perf_counter()
    while len(samples) < runs and (len(samples) < policy.min_runs or time.perf_counter() - start < policy.min_time):
        t0 = time.perf_counter()
        result = call()
        samples.append(time.perf_counter() - t0)
    return {**summary(samples or [warm]), "warmup_ms": warm * 1000}, result


def tree_pids(root: int) -> list[int]:
    """``root`` and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, ()))
    return out


def memory_of(pids: list[int]) -> dict:
    """RSS and PSS (shared pages split between sharers) summed over ``pids``, in MB."""
    rss = pss = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                key, _, value = line.partition(":")
                if key in ("Rss", "Pss"):
                    kb = int(value.split()[0])
                    rss, pss = (rss + kb, pss) if key == "Rss" else (rss, pss + kb)
        except OSError:
            continue
    return {"rss_mb": rss / 1024, "pss_mb": pss / 1024}


def memory_mb(root: int) -> dict:
    """:func:`memory_of` a process tree, with its size."""
    pids = tree_pids(root)
    return {**memory_of(pids), "processes": len(pids)}


def dir_size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = Path("/proc/meminfo").read_text().split()[1]
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(int(mem) / 2**20, 1),
            "platform": platform.platform(), "python": platform.python_version()}


def versions() -> dict:
    out = {}
    for name in ("pyoxigraph", "rdflib", "Flask", "gunicorn", "kgqa"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    try:
        line = subprocess.run(["virtuoso-t", "-?"], capture_output=True, text=True, timeout=10)
        found = re.search(r"Version (\S+)", line.stdout + line.stderr)
        out["virtuoso"] = found.group(1) if found else None
    except (OSError, subprocess.SubprocessError):
        out["virtuoso"] = None
    try:
        out["git"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                    cwd=Path(__file__).parent, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        out["git"] = None
    return out
