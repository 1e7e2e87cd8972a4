"""A/B: one server config, the mix at N clients for D seconds, twice; prints q/s and load.

``PYTHONPATH=<checkout>/src nice -n 19 python3 bench/results/ab-20261207.py 1000000 mem 4 20``
(run once with the old checkout's src, once with the new one; the stores are bench/scratch's)."""
import sys, os, time, json
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.systems import kgqa_server
from bench.measure import load_queries
from bench import loadgen
W = Path(__file__).resolve().parents[1] / "scratch"
size, mode, clients, dur = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
qs = load_queries()
kw = {"mem": {"store": W / f"store-{size}", "in_memory": True}, "disk": {"store": W / f"store-{size}"}}[mode]
s = kgqa_server(W / f"ab-{mode}-{os.getpid()}.log", **kw)
try:
    print("ready", s.ready(qs[0]), flush=True)
    loadgen.throughput(s.url, qs, clients, dur / 2)  # warm-up pass
    for i in range(2):
        r = loadgen.throughput(s.url, qs, clients, dur)
        print(mode, size, clients, "q/s", round(r["qps"], 2), "load", [round(x, 1) for x in os.getloadavg()], flush=True)
    print("memory", s.memory(), flush=True)
finally:
    s.stop()
