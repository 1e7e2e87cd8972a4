"""How values reach a query, measured (issue 18): each slow question query under each way of binding.

    python3 -m bench.binding record bench/scratch/store-1000000 OUT.json Q1 Q2 …   # each question's queries over 30 ms
    python3 -m bench.binding retime bench/scratch/store-1000000 OUT.json [MODES] [LIMIT_S]

``record`` asks the questions (through ``kgqa.qa.ask``) and keeps the text and the bound values of every
query slower than 30 ms. ``retime`` runs each recorded query once per mode on a fresh read of the store:
``subs`` (pyoxigraph's ``substitutions=``), ``values`` (one VALUES block opening the outermost group and each
subquery projecting the names: the remote backend's binding before 7 Dec), ``where`` (``kgqa.store.binding.bind``:
also each group mentioning a name, not within EXISTS), ``const`` (the IRIs written in as constants, a rough
rewrite: projection as ``(term AS ?x)``; some shapes fail to parse). Prints one JSON line per query: [ms, rows]
per mode. ``ONLY='q1|q2'`` in the environment keeps those questions.
"""
from __future__ import annotations

import json
import os
import re
import signal
import sys
import time

import pyoxigraph as ox


class Rows(list):
    def __init__(self, result):
        super().__init__(result)
        self.variables = result.variables


def record(path: str, out: str, questions: list[str]) -> None:
    from kgqa.qa import ask
    from kgqa.store.embedded import EmbeddedStore

    store, log = EmbeddedStore.open_read_only(path), []
    query = store.query

    def timed(text, **kwargs):
        t0 = time.perf_counter()
        result = query(text, **kwargs)
        result = Rows(result) if isinstance(result, ox.QuerySolutions) else result
        subs = {k: str(v) for k, v in (kwargs.get("substitutions") or {}).items()}
        log.append({"text": text, "subs": subs, "s": time.perf_counter() - t0})
        return result

    store.query = timed
    ask(store, "北京市对口支援哪些地方？")  # the gazetteer
    kept = []
    for q in questions:
        log.clear()
        ask(store, q)
        kept += [{"question": q, **c} for c in sorted(log, key=lambda c: -c["s"])[:3] if c["s"] > 0.03]
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(kept, fh, ensure_ascii=False, indent=1)


def term(text: str):
    if text.startswith("<"):
        return ox.NamedNode(text[1:-1])
    m = re.fullmatch(r'"(.*)"\^\^<(.*)>', text)
    return ox.Literal(m.group(1), datatype=ox.NamedNode(m.group(2))) if m else ox.Literal(text.strip('"'))


class Written:
    """A value already serialised (what ``str(term)`` gave when it was recorded)."""

    def __init__(self, text: str):
        self.text = text

    def __str__(self):
        return self.text


def outermost_only(text: str, values: dict) -> str:
    """The binding before 7 Dec: one block opening the outermost group and each subquery projecting a name."""
    from kgqa.store.binding import where_group_start
    from kgqa.guard import TOKEN

    inserts, depth, projecting = [(where_group_start(text), list(values))], 0, None
    for m in TOKEN.finditer(text):
        kind, tok = m.lastgroup, m.group()
        if kind == "name" and tok.upper() == "SELECT" and depth > 0:
            projecting = set()
        elif projecting is not None and kind == "var":
            projecting.add(tok[1:])
        elif projecting is not None and tok == "*":
            projecting = None
        elif tok == "{":
            if projecting and projecting & set(values):
                inserts.append((m.end(), [n for n in values if n in projecting]))
            projecting, depth = None, depth + 1
        elif tok == "}":
            depth -= 1
    for at, names in sorted(inserts, reverse=True):
        block = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(values[n] for n in names)}) }}"
        text = f"{text[:at]}\n  {block}\n{text[at:]}"
    return text


def constants(text: str, values: dict) -> str:
    from kgqa.guard import TOKEN

    out, in_select, in_group = [], False, False
    for m in TOKEN.finditer(text):
        kind, tok = m.lastgroup, m.group()
        word = tok.upper() if kind == "name" else ""
        in_select = (in_select or word == "SELECT") and not (word == "WHERE" or tok == "{")
        in_group = (in_group or word == "GROUP") and not (word in ("HAVING", "ORDER", "LIMIT") or tok == "}")
        if kind == "var" and tok[1:] in values:
            out.append(f"({values[tok[1:]]} AS {tok})" if in_select else "" if in_group else values[tok[1:]])
        else:
            out.append(tok)
    return "".join(out)


def bound(mode: str, text: str, subs: dict):
    from kgqa.store.binding import bind

    if mode == "subs":
        return text, {ox.Variable(k): term(v) for k, v in subs.items()}
    if mode == "values":
        return outermost_only(text, subs), None
    if mode == "where":
        return bind(text, {k: Written(v) for k, v in subs.items()}), None
    return constants(text, subs), None


def retime(path: str, src: str, modes: list[str], limit: float) -> None:
    store = ox.Store.read_only(path)
    only = [q for q in os.environ.get("ONLY", "").split("|") if q]
    seen = set()

    def alarm(*_):
        raise TimeoutError()

    signal.signal(signal.SIGALRM, alarm)
    for item in json.load(open(src, encoding="utf-8")):
        key = (item["text"], tuple(sorted(item["subs"].items())))
        if key in seen or not item["subs"] or (only and item["question"] not in only):
            continue
        seen.add(key)
        row = {"question": item["question"], "recorded_ms": round(item["s"] * 1000)}
        for mode in modes:
            text, subs = bound(mode, item["text"], item["subs"])
            signal.alarm(int(limit))
            t0 = time.perf_counter()
            try:
                result = store.query(text, use_default_graph_as_union=True, **({"substitutions": subs} if subs else {}))
                n = len(list(result)) if isinstance(result, ox.QuerySolutions) else bool(result)
                row[mode] = [round((time.perf_counter() - t0) * 1000), n]
            except TimeoutError:
                row[mode] = [f">{limit:g} s", None]
            except SyntaxError as exc:
                row[mode] = ["error", str(exc)[:60]]
            finally:
                signal.alarm(0)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    os._exit(0)  # a query over its limit cannot be stopped


if __name__ == "__main__":
    if sys.argv[1] == "record":
        record(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        retime(sys.argv[2], sys.argv[3], (sys.argv[4] if len(sys.argv) > 4 else "subs,values,where").split(","),
               float(sys.argv[5]) if len(sys.argv) > 5 else 60.0)
