"""The question form at ``/`` (``/?q=…`` is shareable) and its twins ``GET /api/ask?q=…`` (JSON) and
``GET /api/ask.csv?q=…`` (the answer table). Without a question, ``/`` is the home page: the programmes as
cards with example questions, the dataset's size and version, and how to cite it.

All go through the page cache: an answer depends only on the data and the question, so a repeated question
is served from memory (``X-Cache: hit``; its ``timing_ms`` is that of the run that computed it)."""
from __future__ import annotations

import datetime
import hashlib
import json
from urllib.parse import quote

from flask import Blueprint, Response, current_app, render_template, request

from .. import programmes, viz
from ..qa import ask as run_ask
from ..qa.render import EXAMPLES, empty_question
from .cache import cached_page
from .site import SITE_URL, citation, lang_variant, page_lang

bp = Blueprint("ask", __name__)
MAX_QUESTION = 10_000
CARDS = 8            # programme cards on the home page (the largest); the rest are one click away
CSV_COLUMNS = ("label", "iri", "value", "unverified", "sources")


def question_arg() -> str:
    return request.args.get("q", "")[:MAX_QUESTION].strip()


def answer_for(question: str) -> dict | None:
    return run_ask(_store(), question) if question else None


def _store():
    return current_app.extensions["kgqa_store"]


@bp.get("/")
@cached_page(lang_variant, params=("q",))
def home():
    question = question_arg()
    result = answer_for(question)
    if result is None:
        return render_template("ask.html", question="", result=None, examples=EXAMPLES, **home_context())
    editor = "/sparql?q=" + quote(result["sparql"]) if result["sparql"] else None
    permalink = request.host_url + "?q=" + quote(question)
    return render_template("ask.html", question=question, result=result, examples=EXAMPLES, editor=editor,
                           api="/api/ask?q=" + quote(question), csv="/api/ask.csv?q=" + quote(question),
                           permalink=permalink, cite=cite(result, permalink), network=network_for(result))


def home_context() -> dict:
    """The programme cards (largest first) with example questions, and the dataset's size and version."""
    store = _store()
    rows = programmes.summaries(store)
    short = programmes.short_names(store)
    cards = [{**r, "short": short.get(r["programme"], r["zh"]),
              "examples": programmes.example_questions(r, short.get(r["programme"], r["zh"]))} for r in rows[:CARDS]]
    size = {"triples": store.triple_count(), "pairings": sum(r["pairings"] for r in rows), "programmes": len(rows)}
    return {"cards": cards, "more": len(rows) - len(cards), "size": size, "version": store.data_version,
            "bibtex": dataset_bibtex(store.data_version)}


def dataset_bibtex(version: str) -> str:
    return (f"@misc{{duikou-kg-{version[:8]},\n  title = {{对口支援知识图谱 (Paired-assistance knowledge graph)}},\n"
            f"  howpublished = {{\\url{{{SITE_URL}}}}},\n  note = {{Data version {version}; licence CC BY 4.0}},\n"
            f"  year = {{{datetime.date.today().year}}}\n}}")


def answer_sources(result: dict) -> list[dict]:
    """Every source of the answer, once, in the order the items cite them."""
    seen, out = set(), []
    for s in [s for a in result["answers"] for s in a.get("sources", [])] + result.get("sources", []):
        key = (s["label"], s.get("url"))
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def cite(result: dict, permalink: str) -> dict:
    """"Cite this answer": plain text and BibTeX with the data version, the SPARQL and the sources."""
    version = _store().data_version
    sources = [s.get("url") or s["label"] for s in answer_sources(result)]
    key = "duikou-answer-" + hashlib.sha256((version + result["question"]).encode()).hexdigest()[:8]
    today = datetime.date.today().isoformat()
    plain = (f"“{result['question']}” 对口支援知识图谱问答，数据版本 {version}，{permalink}（{today} 访问）。"
             f" 来源：{'；'.join(sources) or '无'}。")
    sparql = (result["sparql"] or "").replace("\n", " ")
    bibtex = (f"@misc{{{key},\n  title = {{{result['question']}}},\n  author = {{{{对口支援知识图谱}}}},\n"
              f"  howpublished = {{\\url{{{permalink}}}}},\n  note = {{Data version {version}; accessed {today}; "
              f"SPARQL: {sparql}; sources: {'; '.join(sources)}}},\n  year = {{{datetime.date.today().year}}}\n}}")
    return {"plain": plain, "bibtex": bibtex, "dataset": citation(version, page_lang())}


ACTOR_PATHS = ("division/", "xpcc", "agency/", "enterprise/", "institution/", "collective/")


def network_for(result: dict | None) -> str | None:
    """The embedded network of the question's actor, when the answer is a set of its partners."""
    if not result or result["status"] != "ok" or sum(1 for a in result["answers"] if a.get("iri")) < 2:
        return None
    actors = [e["iri"] for e in result["entities"]
              if e["iri"].startswith(tuple("https://w3id.org/duikou/" + p for p in ACTOR_PATHS))]
    return f"/network?actor={quote(actors[0], safe='')}&embed=1" if len(actors) == 1 else None


@bp.get("/api/ask")
@cached_page(params=("q",), share=True)  # computed once per data version for every worker (seconds at 10^7)
def api_ask():
    question = question_arg()
    result = answer_for(question) or empty_question()
    body = json.dumps(result, ensure_ascii=False)
    return Response(body, content_type="application/json; charset=utf-8")


@bp.get("/api/ask.csv")
@cached_page()
def api_ask_csv():
    """The answer items as a table: label, IRI, value, unverified, sources (URLs or labels, space-separated)."""
    result = answer_for(question_arg()) or empty_question()
    rows = [[a.get("label"), a.get("iri"), a.get("value"), bool(a.get("unverified")),
             " ".join(s.get("url") or s["label"] for s in a.get("sources", []))] for a in result["answers"]]
    return Response(viz.to_csv((list(CSV_COLUMNS), rows)), content_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'inline; filename="answer.csv"', "Access-Control-Allow-Origin": "*"})
