"""``python -m bench``: generate data, run the benchmark, write the report and the plot."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def size(text: str) -> int:
    return int(float(text))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write a synthetic graph as N-Triples")
    gen.add_argument("--triples", type=size, required=True, help="size, e.g. 1e5")
    gen.add_argument("--seed", type=int, default=42)
    gen.add_argument("--out", default="-", help="output .nt file ('-': stdout)")
    run = sub.add_parser("run", help="measure the systems at each size; results in bench/results/")
    run.add_argument("--sizes", default="1e4,1e5,1e6", help="comma-separated sizes (default 1e4,1e5,1e6)")
    run.add_argument("--systems", default="", help="comma-separated, from: inproc, inproc-disk, http, http-cache, http-mem, http-store-mem, "
                     "rdflib, virtuoso, http-virtuoso (default: all)")
    run.add_argument("--clients", default="1,4,8", help="concurrent clients for the throughput phase (0: skip it)")
    run.add_argument("--slow-runs", type=int, default=2, help="timed runs after the warm-up of a query slower "
                     "than 2 s (0: the warm-up only)")
    run.add_argument("--duration", type=float, default=3.0, help="seconds per throughput measurement (x3)")
    run.add_argument("--throughput-repeats", type=int, default=3, help="throughput measurements per client "
                     "count, median reported (default 3; 1 at 10^7, where one pass of the mix takes a minute)")
    run.add_argument("--cold-starts", type=int, default=3, help="server starts timed per system")
    run.add_argument("--timeout", type=int, default=300, help="seconds one in-process query may take")
    run.add_argument("--questions-only", action="store_true", help="services: measure start-up and the questions "
                     "over HTTP only (not the SPARQL mix)")
    run.add_argument("--rebuild-store", action="store_true", help="build the on-disk store even when the one "
                     "in bench/scratch holds the same data (by default it is reused)")
    rep = sub.add_parser("report", help="markdown summary and plot from a results file")
    rep.add_argument("results", nargs="*", help="results JSON files (default: bench/results/latest.json)")
    rep.add_argument("--since", default=None, help="a run's start (e.g. 20261130-020727): runs from it on "
                     "supersede earlier ones for the sizes and systems they measured")
    args = parser.parse_args(argv)
    if args.command == "generate":
        generate_file(args)
    elif args.command == "run":
        run_all(args)
    else:
        from .report import write_report

        print(write_report([Path(p) for p in args.results] or None, args.since))


def generate_file(args) -> None:
    from .generate import generate

    if args.out == "-":
        counts = generate(sys.stdout, args.triples, args.seed)
    else:
        with open(args.out, "w", encoding="utf-8") as fh:
            counts = generate(fh, args.triples, args.seed)
    print(counts, file=sys.stderr)


def run_all(args) -> None:
    from .report import write_report
    from .run import SYSTEMS, Run

    systems = [s for s in args.systems.split(",") if s] or list(SYSTEMS)
    unknown = set(systems) - set(SYSTEMS)
    if unknown:
        raise SystemExit(f"unknown systems: {sorted(unknown)}; choose from {SYSTEMS}")
    run = Run([size(s) for s in args.sizes.split(",")], systems, [int(c) for c in args.clients.split(",")],
              args.duration, args.cold_starts, args.timeout, args.slow_runs, args.throughput_repeats,
              args.rebuild_store, args.questions_only)
    path = run.run()
    print(path)
    # this run's own summary beside its JSON; summary.md and the README table change only by `bench report`
    print(write_report([path], to=path.with_suffix(".md")))


if __name__ == "__main__":
    main()
