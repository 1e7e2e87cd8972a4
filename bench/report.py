"""Markdown summary (``bench/results/summary.md``) and the latency-vs-size plot from results JSON files."""
from __future__ import annotations

import json
import statistics
from pathlib import Path

RESULTS = Path(__file__).parent / "results"
PLOT = RESULTS / "latency-vs-size.png"
# (system, its floor) for the overhead ratios: each service against the in-process engine it wraps
FLOORS = {"http": "inproc-disk", "http-mem": "inproc", "http-store-mem": "inproc", "http-virtuoso": "virtuoso"}
NOTE = ("Latencies are medians (p95) in ms over repeated runs after a warm-up, results serialised "
        "(SPARQL JSON / N-Triples); throughput is the median of 3 runs of the whole mix (1 where the run says `throughput_repeats` 1: 10^7). "
        "`inproc` is pyoxigraph in memory, `inproc-disk` our on-disk store read-only, `http` our service "
        "with `--store` and `--cache-bytes 0` (every query evaluated), `http-cache` the same with the result "
        "cache on (its default; the measurements repeat identical queries, so nearly every answer is a "
        "cache hit: the cost of the HTTP path, not of the engine), `http-mem` our service loading the data in "
        "memory (cache off), `http-store-mem` our service copying the on-disk store into memory (`--store "
        "--in-memory`, cache off), `http-virtuoso` our service on the Virtuoso backend (no cache on that backend).")
ORDER = ("inproc", "inproc-disk", "http", "http-cache", "http-mem", "http-store-mem", "virtuoso", "http-virtuoso", "rdflib")


def merge(paths: list[Path], since: str | None = None) -> dict:
    """Several runs in one document: per size and system, the median over the runs that measured it (so a
    10^7 run adds a size, and repeated runs of the same sizes give medians of several runs). ``since``: a
    run's ``started``; the runs from it on supersede earlier ones for each size and system they measured
    (what the code measured before a change is not pooled with what it measures after)."""
    docs = [json.loads(path.read_text()) for path in paths]
    if since is not None:
        newer = {(size, name) for one in docs if str(one.get("started")) >= since
                 for size, entry in one["sizes"].items() for name in entry["systems"]}
        for one in docs:
            if str(one.get("started")) < since:
                for size, entry in one["sizes"].items():
                    entry["systems"] = {n: s for n, s in entry["systems"].items() if (size, n) not in newer}
    doc: dict = {"sizes": {}, "runs": []}
    seen: dict[tuple[str, str], list[dict]] = {}
    for one in docs:
        doc.update({k: v for k, v in one.items() if k != "sizes"})
        doc["runs"].append(one.get("started"))
        for size, entry in one["sizes"].items():
            target = doc["sizes"].setdefault(size, {"systems": {}})
            target.update({k: v for k, v in entry.items() if k != "systems"})
            for name, system in entry["systems"].items():
                if "error" not in system or (size, name) not in seen:
                    seen.setdefault((size, name), []).append(system)
    for (size, name), systems in seen.items():
        doc["sizes"][size]["systems"][name] = combine([s for s in systems if "error" not in s] or systems[-1:])
    return doc


def combine(runs: list[dict]) -> dict:
    """One system's runs: medians of medians, throughput and cold starts pooled."""
    if len(runs) == 1:
        return {**runs[0], "runs": 1}
    out = {**runs[-1], "runs": len(runs)}
    for key in ("load_s", "open_s"):
        if all(key in r for r in runs):
            out[key] = statistics.median(r[key] for r in runs)
    if all("memory" in r for r in runs):
        out["memory"] = {k: statistics.median(r["memory"][k] for r in runs) for k in ("rss_mb", "pss_mb")}
    out["cold_start_s"] = [c for r in runs for c in r.get("cold_start_s") or []] or None
    if all("queries" in r for r in runs):
        out["queries"] = {q: pooled([r["queries"].get(q) or {} for r in runs]) for q in runs[-1]["queries"]}
    if all("throughput" in r for r in runs):
        out["throughput"] = {c: [x for r in runs for x in r["throughput"].get(c, [])] for c in runs[-1]["throughput"]}
    qa = [r["qa"] for r in runs if r.get("qa") and "error" not in r["qa"]]
    if qa:
        out["qa"] = {**pooled(qa), **({"throughput": {c: [x for q in qa for x in q["throughput"].get(c, [])]
                                                     for c in qa[-1]["throughput"]}} if "throughput" in qa[-1] else {})}
    return out


def pooled(samples: list[dict]) -> dict:
    out = dict(samples[-1])
    for key in ("median_ms", "p95_ms", "first_question_s", "qps_1"):
        values = [s[key] for s in samples if s.get(key) is not None]
        if values:
            out[key] = statistics.median(values)
    return out


def row(cells) -> str:
    return "| " + " | ".join(cells) + " |"


def fmt(value, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, str):
        return " ".join(value.split()).replace("|", "/")[:60]
    return f"{value:.{digits}f}" if value < 100 else f"{value:.0f}"


def median_of(runs: list[dict], key: str):
    values = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(values) if values else None


def throughput(system: dict, clients) -> float | None:
    runs = (system.get("throughput") or {}).get(str(clients))
    return median_of(runs, "qps") if runs else None


def latency(system: dict, query: str):
    return ((system.get("queries") or {}).get(query) or {}).get("median_ms")


def ratio(a, b) -> str:
    return f"{a / b:.2f}×" if a is not None and b else "–"


def size_label(size: str) -> str:
    n = int(size)
    return f"10^{len(str(n)) - 1}" if str(n).strip("0") == "1" else f"{n:,}"


def systems_table(doc: dict, clients: list[int]) -> list[str]:
    head = ["size", "system", "load/open s", "cold start s", "RSS MB", "PSS MB"] + [f"q/s @{c}" for c in clients] \
        + ["runs", "load avg"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for size, entry in sorted(doc["sizes"].items(), key=lambda kv: int(kv[0])):
        store = entry.get("store", {})
        lines.append(f"| {size_label(size)} | on-disk store | {fmt(store.get('build_s'))} (bulk load) | | "
                     f"{fmt(store.get('size_mb'))} on disk | (N-Triples {fmt(store.get('data_mb'))} MB) |"
                     + " |" * (len(clients) + 2))
        for name in ORDER:
            s = entry["systems"].get(name)
            if s is None:
                continue
            if "error" in s:
                lines.append(f"| {size_label(size)} | {name} | error: {fmt(s['error'])} |" + " |" * (5 + len(clients)))
                continue
            mem = s.get("memory") or {}
            cold = s.get("cold_start_s")
            cold = statistics.median([c for c in cold if c is not None]) if cold else None
            load = s.get("load_s", s.get("open_s"))
            lines.append(row([size_label(size), name, fmt(load, 2), fmt(cold, 2), fmt(mem.get("rss_mb")),
                              fmt(mem.get("pss_mb")), *(fmt(throughput(s, c)) for c in clients),
                              str(s.get("runs", 1)), fmt((s.get("loadavg") or [None])[0])]))
    return lines


def query_table(doc: dict, size: str) -> list[str]:
    systems = [n for n in ORDER if "queries" in doc["sizes"][size]["systems"].get(n, {})]
    head = ["query"] + [f"{n} p50 (p95)" for n in systems] + [f"{s}/{f}" for s, f in FLOORS.items()
                                                              if s in systems and f in systems]
    if "http" in systems and "virtuoso" in systems:
        head.append("http/virtuoso")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    entry = doc["sizes"][size]["systems"]
    for query in doc["queries"]:
        cells = [query]
        for n in systems:
            q = entry[n]["queries"].get(query) or {}
            cells.append(f"{fmt(q.get('median_ms'), 2)} ({fmt(q.get('p95_ms'), 2)})" if q.get("median_ms") is not None
                         else ("timeout" if q.get("timeout_s") else fmt(q.get("rows"))))
        cells += [ratio(latency(entry[s], query), latency(entry[f], query)) for s, f in FLOORS.items()
                  if s in systems and f in systems]
        if "http" in systems and "virtuoso" in systems:
            cells.append(ratio(latency(entry["http"], query), latency(entry["virtuoso"], query)))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def qa_lines(doc: dict, clients: list[int]) -> list[str]:
    head = ["size", "system", "first question s", "p50 ms", "p95 ms"] + [f"questions/s @{c}" for c in clients]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for size, entry in sorted(doc["sizes"].items(), key=lambda kv: int(kv[0])):
        for name in ("inproc", "inproc-disk", "http", "http-mem", "http-virtuoso"):
            qa = (entry["systems"].get(name) or {}).get("qa")
            if not qa or "error" in qa:
                continue
            rates = [fmt(throughput(qa, c)) for c in clients] if "throughput" in qa else \
                [fmt(qa.get("qps_1"))] + ["–"] * (len(clients) - 1)
            lines.append(row([size_label(size), name, fmt(qa["first_question_s"], 2), fmt(qa["median_ms"], 2),
                              fmt(qa["p95_ms"], 2), *rates]))
    return lines


def question_lines(doc: dict, system: str = "inproc") -> list[str]:
    """Per question (and the template that answered it): median ms at each size, or the timeout."""
    sizes = sorted(doc["sizes"], key=int)
    per = {s: ((doc["sizes"][s]["systems"].get(system) or {}).get("qa") or {}).get("per_question") or {}
           for s in sizes}
    questions = list(dict.fromkeys(q for s in sizes for q in per[s]))
    if not questions:
        return []
    lines = [row(["question", "template"] + [size_label(s) for s in sizes]), "|" + "---|" * (len(sizes) + 2)]
    for q in questions:
        template = next((per[s][q].get("template") for s in reversed(sizes) if per[s].get(q, {}).get("template")), "")
        cells = [f"> {fmt(per[s][q]['timeout_s'], 0)} s" if "timeout_s" in per[s].get(q, {})
                 else fmt(per[s].get(q, {}).get("median_ms"), 2) for s in sizes]
        lines.append(row([q, str(template), *cells]))
    return lines


def lookup_lines(doc: dict) -> list[str]:
    head = ["size", "index build s", "entries", 'search "阳" p50 ms', 'search "上海" p50 ms', 'search "项目" p50 ms',
            "CONTAINS scan (q02) p50 ms", "CONTAINS + LIMIT 10 (q03) p50 ms"]
    lines = [row(head), "|" + "---|" * len(head)]
    for size, entry in sorted(doc["sizes"].items(), key=lambda kv: int(kv[0])):
        floor = entry["systems"].get("inproc") or {}
        lk = floor.get("lookup")
        if lk and "error" not in lk:
            more = lk.get("searches") or {}  # runs before 30 Nov 05:00 searched "阳" only
            lines.append(row([size_label(size), fmt(lk["build_s"], 2), str(lk["entries"]),
                              fmt(lk["search"]["median_ms"], 2),
                              *(fmt((more.get(q) or {}).get("median_ms"), 2) for q in ("上海", "项目")),
                              fmt(latency(floor, "q02_label_contains"), 2),
                              fmt(latency(floor, "q03_label_contains_limit"), 2)]))
    return lines


def aims(doc: dict) -> list[str]:
    """The issue's aims, checked size by size against what was measured."""
    out = []
    for size, entry in sorted(doc["sizes"].items(), key=lambda kv: int(kv[0])):
        sy, label = entry["systems"], size_label(size)
        for service, floor in (("http", "inproc-disk"), ("http-mem", "inproc")):
            if "queries" in sy.get(service, {}) and "queries" in sy.get(floor, {}):
                heavy = [q for q in doc["queries"] if (latency(sy[floor], q) or 0) >= 1.0]
                ok = [q for q in heavy if (latency(sy[service], q) or 1e9) <= 1.5 * latency(sy[floor], q)]
                out.append(f"- {label}: {service} within 1.5× of {floor} on {len(ok)}/{len(heavy)} non-trivial "
                           f"queries (floor ≥ 1 ms)")
        if "throughput" in sy.get("http", {}) and "throughput" in sy.get("virtuoso", {}):
            ours, theirs = throughput(sy["http"], 4), throughput(sy["virtuoso"], 4)
            verdict = "met" if ours and theirs and ours >= theirs else "missed"
            out.append(f"- {label}: throughput at 4 clients, http (cache off: every query evaluated) {fmt(ours)} q/s "
                       f"vs Virtuoso {fmt(theirs)} q/s: " + verdict)
            if "throughput" in sy.get("http-mem", {}):
                mem = throughput(sy["http-mem"], 4)
                out.append(f"- {label}: throughput at 4 clients, http-mem (the data in memory, cache off) {fmt(mem)} q/s "
                           f"vs Virtuoso {fmt(theirs)} q/s: " + ("met" if mem and theirs and mem >= theirs else "missed"))
            if "throughput" in sy.get("http-cache", {}):
                cached = throughput(sy["http-cache"], 4)
                out.append(f"- {label}: throughput at 4 clients with the result cache on, {fmt(cached)} q/s vs "
                           f"Virtuoso {fmt(theirs)} q/s — the mix repeats the same 14 queries, so after the first "
                           "round every answer is a cache hit: this measures HTTP + a lookup, not the engine")
        qa_in = (sy.get("inproc") or {}).get("qa") or {}
        if qa_in.get("median_ms") is not None:
            slow = [q for q, v in (qa_in.get("per_question") or {}).items() if "timeout_s" in v]
            met = qa_in["median_ms"] < 10 and not slow
            out.append(f"- {label}: QA p50 in-process {fmt(qa_in['median_ms'], 2)} ms (aim < 10)"
                       + (f", {len(slow)}/{len(qa_in['per_question'])} questions over 20 s left out" if slow else "")
                       + (": met" if met else ": missed"))
        for service in ("http", "http-mem"):
            qa_http = (sy.get(service) or {}).get("qa") or {}
            if qa_http.get("throughput"):
                best = max(throughput(qa_http, c) or 0 for c in qa_http["throughput"])
                out.append(f"- {label}: QA over HTTP ({service}) {fmt(best)} questions/s at best (aim > 200): "
                           + ("met" if best > 200 else "missed"))
        cold = [c for c in (sy.get("http") or {}).get("cold_start_s") or [] if c is not None]
        if cold:
            out.append(f"- {label}: cold start with --store {fmt(statistics.median(cold), 2)} s (aim < 2 s)")
    return out


def growth_table(doc: dict, systems: tuple[str, ...] = ("inproc", "http")) -> list[str]:
    """Query × size: median ms of each system, to see at a glance which queries stay flat."""
    sizes = sorted(doc["sizes"], key=int)
    head = ["query"] + [f"{size_label(s)} {n}" for s in sizes for n in systems]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for query in doc["queries"]:
        cells = [fmt(latency(doc["sizes"][s]["systems"].get(n, {}), query), 2) for s in sizes for n in systems]
        lines.append(f"| {query} | " + " | ".join(cells) + " |")
    return lines


def short_table(doc: dict) -> list[str]:
    """The headline per size: data, store, start-up, memory, throughput at 4 clients, QA."""
    head = ["triples", "store build s", "store MB", "cold start s (--store)", "service PSS MB (--store)",
            "q/s @4: floor", "on-disk floor", "http (cache off)", "http (cache hits)", "http in memory", "Virtuoso",
            "http→Virtuoso",
            "QA p50 ms in-process", "QA questions/s over HTTP"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for size, entry in sorted(doc["sizes"].items(), key=lambda kv: int(kv[0])):
        sy, store = entry["systems"], entry.get("store", {})
        http = sy.get("http") or {}
        cold = [c for c in http.get("cold_start_s") or [] if c is not None]
        qa_http = http.get("qa") or {}
        qa_rate = max((throughput(qa_http, c) or 0 for c in qa_http.get("throughput", {})), default=None)
        qa_in = ((sy.get("inproc") or sy.get("inproc-disk") or {}).get("qa") or {}).get("median_ms")
        cells = [size_label(size), fmt(store.get("build_s")), fmt(store.get("size_mb")),
                 fmt(statistics.median(cold) if cold else None, 2), fmt((http.get("memory") or {}).get("pss_mb"))]
        cells += [fmt(throughput(sy.get(n) or {}, 4)) for n in ("inproc", "inproc-disk", "http", "http-cache",
                                                                 "http-mem", "virtuoso", "http-virtuoso")]
        cells += [fmt(qa_in, 2), fmt(qa_rate)]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def update_readme(doc: dict) -> None:
    """Put the short table between the markers of results/README.md (the prose there is written by hand)."""
    readme = RESULTS / "README.md"
    if not readme.exists():
        return
    text = readme.read_text()
    start, end = "<!-- table: written by python -m bench report -->", "<!-- end table -->"
    if start in text and end in text:
        head, _, rest = text.partition(start)
        _, _, tail = rest.partition(end)
        readme.write_text(head + start + "\n" + "\n".join(short_table(doc)) + "\n" + end + tail)


def plot(doc: dict) -> Path | None:
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    panels = [n for n in ("inproc", "http", "virtuoso") if any(n in e["systems"] for e in doc["sizes"].values())]
    fig, axes = plt.subplots(1, len(panels), figsize=(6 * len(panels), 5), sharey=True, squeeze=False)
    sizes = sorted(doc["sizes"], key=int)
    for ax, name in zip(axes[0], panels):
        for i, query in enumerate(doc["queries"]):
            points = [(int(s), latency(doc["sizes"][s]["systems"].get(name, {}), query)) for s in sizes]
            points = [(x, y) for x, y in points if y is not None]
            if points:
                ax.plot(*zip(*points), marker="os^v"[i % 4], color=plt.cm.tab20(i % 20), label=query)
        ax.set(xscale="log", yscale="log", xlabel="triples", title=name)
        ax.grid(True, which="both", alpha=0.3)
    axes[0][0].set_ylabel("median latency, ms")
    axes[0][-1].legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1))
    fig.tight_layout()
    fig.savefig(PLOT, dpi=110)
    plt.close(fig)
    return PLOT


def write_report(paths: list[Path] | None = None, since: str | None = None, to: Path | None = None) -> Path:
    """Write the markdown summary of ``paths`` (default: latest.json) to ``to``. Without ``to`` this is
    the project's ``summary.md`` and the short table in results/README.md is updated too; with ``to``
    (what ``bench run`` does: ``run-STAMP.md`` beside its JSON) nothing else is touched."""
    doc = merge(paths or [RESULTS / "latest.json"], since)
    clients = doc.get("clients", [1, 4, 8])
    m, v = doc.get("machine", {}), doc.get("versions", {})
    out = [f"# Benchmark results (runs {', '.join(str(r) for r in doc['runs'])})", "",
           f"Machine: {m.get('cpu')}, {m.get('cores')} cores, {m.get('memory_gb')} GB, {m.get('platform')}. ",
           "Versions: " + ", ".join(f"{k} {val}" for k, val in v.items()) + ".", "",
           NOTE, "", "## Systems", ""]
    out += systems_table(doc, clients)
    out += ["", "## In short", ""] + short_table(doc)
    out += ["", "## How latency grows (median ms)", ""] + growth_table(doc, ("inproc", "inproc-disk", "http"))
    out += ["", "## Aims", ""] + aims(doc)
    out += ["", "## Question answering", "", "In-process rows: one thread (questions/s @1 only); `first question` "
            "includes the gazetteer: built from the store in memory (`inproc`, `http-mem`), loaded from the file "
            "saved with the on-disk store by its build (`inproc-disk`, `http`; runs before 30 Nov 02:00 built it "
            "there too).", ""] + qa_lines(doc, clients)
    out += ["", "Per question, in-process (median ms):", ""] + question_lines(doc)
    out += ["", "## Label index (kgqa.lookup) against CONTAINS, in-process", ""] + lookup_lines(doc)
    for size in sorted(doc["sizes"], key=int):
        if any("queries" in s for s in doc["sizes"][size]["systems"].values()):
            out += ["", f"## Queries at {size_label(size)} triples", ""] + query_table(doc, size)
    image = plot(doc) if to is None else None  # the plot is the project's, like summary.md
    if image:
        out += ["", f"![latency against size]({image.name})"]
    if to is None:
        update_readme(doc)
    path = to or RESULTS / "summary.md"
    path.write_text("\n".join(out) + "\n")
    return path
