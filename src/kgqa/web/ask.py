"""The question form at ``/`` (``/?q=…`` is shareable) and its JSON twin ``GET /api/ask?q=…``.

Both go through the page cache: an answer depends only on the data and the question, so a repeated question
is served from memory (``X-Cache: hit``; its ``timing_ms`` is that of the run that computed it)."""
from __future__ import annotations

import json
from urllib.parse import quote

from flask import Blueprint, Response, current_app, render_template, request

from ..qa import ask as run_ask
from ..qa.render import EXAMPLES, empty_question
from .cache import cached_page

bp = Blueprint("ask", __name__)
MAX_QUESTION = 10_000


def question_arg() -> str:
    return request.args.get("q", "")[:MAX_QUESTION].strip()


def answer_for(question: str) -> dict | None:
    return run_ask(current_app.extensions["kgqa_store"], question) if question else None


@bp.get("/")
@cached_page(params=("q",))
def home():
    question = question_arg()
    result = answer_for(question)
    editor = "/sparql?q=" + quote(result["sparql"]) if result and result["sparql"] else None
    return render_template("ask.html", question=question, result=result, examples=EXAMPLES, editor=editor,
                           api="/api/ask?q=" + quote(question) if question else None, network=network_for(result))


ACTOR_PATHS = ("division/", "xpcc", "agency/", "enterprise/", "institution/", "collective/")


def network_for(result: dict | None) -> str | None:
    """The embedded network of the question's actor, when the answer is a set of its partners."""
    if not result or result["status"] != "ok" or sum(1 for a in result["answers"] if a.get("iri")) < 2:
        return None
    actors = [e["iri"] for e in result["entities"]
              if e["iri"].startswith(tuple("https://w3id.org/duikou/" + p for p in ACTOR_PATHS))]
    return f"/network?actor={quote(actors[0], safe='')}&embed=1" if len(actors) == 1 else None


@bp.get("/api/ask")
@cached_page(params=("q",))
def api_ask():
    question = question_arg()
    result = answer_for(question) or empty_question()
    body = json.dumps(result, ensure_ascii=False)
    return Response(body, content_type="application/json; charset=utf-8")
