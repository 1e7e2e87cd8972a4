"""Evaluate the pipeline on a question set (QALD-JSON with extra fields): QALD macro P/R/F1,
per-type accuracy, refusal accuracy and latency."""
from __future__ import annotations

import dataclasses
import json
import re
import statistics
from collections import defaultdict
from pathlib import Path

DECIMAL = re.compile(r"-?[0-9]+\.[0-9]+")


@dataclasses.dataclass
class Scored:
    id: str
    type: str
    answerable: bool
    precision: float
    recall: float
    f1: float
    correct: bool
    status: str
    expected_status: str
    ms: float


def load_questions(path: Path) -> list[dict]:
    return json.loads(Path(path).read_text(encoding="utf-8"))["questions"]


def text_of(q: dict, lang: str = "zh") -> str:
    return next(s["string"] for s in q["question"] if s["language"] == lang)


def item_key(a: dict) -> str:
    return a["iri"] if "iri" in a else json.dumps(a["value"], ensure_ascii=False)


def system_set(result: dict) -> set[str]:
    return {item_key(a) for a in result["answers"]}


def system_items(result: dict) -> list[frozenset[str]]:
    """Each answer item as the keys a gold entry may name: its IRI or value, the fact it comes from (``fact``), and the
    same value's other written forms (``also``: an ISBN with and without hyphens, 89.00元 and 89)."""
    return list(dict.fromkeys(frozenset({item_key(a)} | ({a["fact"]} if a.get("fact") else set())
                                        | {json.dumps(v, ensure_ascii=False) for v in a.get("also", ())})
                              for a in result["answers"]))


def gold_set(q: dict) -> set[str]:
    """The gold answers: our ``gold`` list, or else standard QALD ``answers`` (bindings or boolean)."""
    if "gold" in q:
        return {g if isinstance(g, str) and g.startswith("http") else json.dumps(g, ensure_ascii=False)
                for g in q["gold"]}
    out = set()
    for answer in q.get("answers", []):
        if "boolean" in answer:
            out.add(json.dumps(answer["boolean"]))
        for binding in answer.get("results", {}).get("bindings", []):
            for term in binding.values():
                out.add(term["value"] if term["type"] == "uri" else json.dumps(_literal(term["value"]), ensure_ascii=False))
    return out


def _literal(value: str):
    """QALD writes every literal as a string; ours are typed (counts, years and amounts are numbers)."""
    try:
        return int(value)
    except ValueError:
        return float(value) if DECIMAL.fullmatch(value) else value


def prf(gold: set[str], got) -> tuple[float, float, float]:
    """Precision = items matched / items, recall = gold entries covered / gold. An item (a set of keys: its value or
    IRI, and its fact's IRI) matches a gold entry holding any of its keys; plain strings are one-key items."""
    items = [k if isinstance(k, frozenset) else frozenset({k}) for k in got]
    if not gold and not items:
        return 1.0, 1.0, 1.0
    matched = sum(1 for keys in items if keys & gold)
    covered = len(gold & frozenset().union(*items))
    p = matched / len(items) if items else 0.0
    r = covered / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(q: dict, result: dict) -> Scored:
    expected = q.get("expected_status", "ok")
    if q["answerable"]:
        got = system_items(result) if result["status"] == "ok" else []
        # a writer may give a second defensible reading (``alt_gold``): the better of the two counts
        readings = [gold_set(q)] + ([gold_set({"gold": q["alt_gold"]})] if q.get("alt_gold") else [])
        p, r, f = max((prf(gold, got) for gold in readings), key=lambda t: t[2])
        correct = f == 1.0
    else:
        p = r = f = 0.0
        correct = result["status"] != "ok"
    return Scored(q["id"], q["type"], q["answerable"], p, r, f, correct, result["status"], expected,
                  result["timing_ms"])


def evaluate(qa, questions: list[dict]) -> tuple[dict, list[Scored]]:
    scored = [score(q, qa.answer(text_of(q))) for q in questions]
    return summarise(scored), scored


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0


def summarise(scored: list[Scored]) -> dict:
    inscope = [s for s in scored if s.answerable]
    refusals = [s for s in scored if not s.answerable]
    p = statistics.fmean(s.precision for s in inscope) if inscope else 0.0
    r = statistics.fmean(s.recall for s in inscope) if inscope else 0.0
    by_type = defaultdict(list)
    for s in scored:
        by_type[s.type].append(s.correct)
    return {
        "questions": len(scored), "in_scope": len(inscope), "unanswerable": len(refusals),
        "macro_precision": round(p, 4), "macro_recall": round(r, 4),
        "macro_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "mean_f1": round(statistics.fmean(s.f1 for s in inscope), 4) if inscope else 0.0,
        "refusal_accuracy": round(statistics.fmean(s.correct for s in refusals), 4) if refusals else 1.0,
        "refusal_status_exact": round(statistics.fmean(s.status == s.expected_status for s in refusals), 4)
        if refusals else 1.0,
        "per_type": {t: round(statistics.fmean(v), 4) for t, v in sorted(by_type.items())},
        "latency_ms_p50": percentile([s.ms for s in scored], 0.5),
        "latency_ms_p95": percentile([s.ms for s in scored], 0.95),
    }


def by_family(scored: list[Scored]) -> dict:
    """Per question type (family): n, macro F1 over its in-scope questions, accuracy; refusals as one row."""
    groups = defaultdict(list)
    for s in scored:
        groups[s.type if s.answerable else "refusals"].append(s)
    out = {}
    for name, items in sorted(groups.items()):
        inscope = [s for s in items if s.answerable]
        p = statistics.fmean(s.precision for s in inscope) if inscope else 0.0
        r = statistics.fmean(s.recall for s in inscope) if inscope else 0.0
        out[name] = {"n": len(items), "macro_f1": round(2 * p * r / (p + r), 4) if p + r else (None if not inscope else 0.0),
                     "accuracy": round(statistics.fmean(s.correct for s in items), 4)}
    return out


def family_table(families: dict) -> str:
    lines = [f"  {'family':<24} {'n':>4}  {'F1':>5}  {'acc':>5}"]
    for name, row in families.items():
        f1 = "  -  " if row["macro_f1"] is None else f"{row['macro_f1']:.3f}"
        lines.append(f"  {name:<24} {row['n']:>4}  {f1}  {row['accuracy']:.3f}")
    return "\n".join(lines)


def report(summary: dict) -> str:
    lines = [f"questions {summary['questions']} (in scope {summary['in_scope']}, unanswerable {summary['unanswerable']})",
             (f"macro P {summary['macro_precision']:.3f}  R {summary['macro_recall']:.3f}  "
              f"F1 {summary['macro_f1']:.3f}  (mean per-question F1 {summary['mean_f1']:.3f})"),
             f"refusal accuracy {summary['refusal_accuracy']:.3f}  (exact status {summary['refusal_status_exact']:.3f})",
             f"latency p50 {summary['latency_ms_p50']:.2f} ms  p95 {summary['latency_ms_p95']:.2f} ms", "per type:"]
    lines += [f"  {t:<22} {acc:.3f}" for t, acc in summary["per_type"].items()]
    return "\n".join(lines)
