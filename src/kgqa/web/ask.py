"""The question form at ``/`` (``/?q=…`` is shareable) and its JSON twin ``GET /api/ask?q=…``."""
from __future__ import annotations

import json
from urllib.parse import quote

from flask import Blueprint, Response, current_app, render_template, request

from ..qa import ask as run_ask
from ..qa.render import EXAMPLES, empty_question

bp = Blueprint("ask", __name__)
MAX_QUESTION = 10_000


def question_arg() -> str:
    return request.args.get("q", "")[:MAX_QUESTION].strip()


def answer_for(question: str) -> dict | None:
    return run_ask(current_app.extensions["kgqa_store"], question) if question else None


@bp.get("/")
def home():
    question = question_arg()
    result = answer_for(question)
    editor = "/sparql?query=" + quote(result["sparql"]) if result and result["sparql"] else None
    return render_template("ask.html", question=question, result=result, examples=EXAMPLES, editor=editor,
                           api="/api/ask?q=" + quote(question) if question else None)


@bp.get("/api/ask")
def api_ask():
    question = question_arg()
    result = answer_for(question) or empty_question()
    body = json.dumps(result, ensure_ascii=False)
    return Response(body, content_type="application/json; charset=utf-8")
