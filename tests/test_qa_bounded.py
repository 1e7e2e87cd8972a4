"""Bounded answers: a list over MAX_ANSWERS gives its first items, the total, and links to every item (the
query's whole result as CSV from /sparql, the query in the editor); a short list is whole, as before."""
from __future__ import annotations

import csv
import io

from kgqa.qa import render

QUESTION = "北京对口支援哪些地区？"


def test_a_short_list_is_whole(client):
    answer = client.get("/api/ask", query_string={"q": QUESTION}).get_json()
    assert answer["status"] == "ok" and len(answer["answers"]) > 3 and "more" not in answer


def test_a_long_list_gives_its_first_items_the_total_and_the_rest(settings, store, monkeypatch):
    from kgqa.web import create_app

    client = create_app(settings.replace(cache_bytes=0), store=store).test_client()  # every answer computed
    whole = client.get("/api/ask", query_string={"q": QUESTION}).get_json()
    monkeypatch.setattr(render, "MAX_ANSWERS", 3)
    cut = client.get("/api/ask", query_string={"q": QUESTION}).get_json()
    assert cut["answers"] == whole["answers"][:3] and cut["more"]["total"] == len(whole["answers"])
    assert cut["more"]["shown"] == 3 and cut["text"] == whole["text"]
    rows = list(csv.DictReader(io.StringIO(client.get(cut["more"]["csv"]).get_data(as_text=True))))
    assert {r["item"] for r in rows} == {a["iri"] for a in whole["answers"]}
    assert client.get(cut["more"]["editor"], headers={"Accept": "text/html"}).status_code == 200
    page = client.get("/", query_string={"q": QUESTION}).get_data(as_text=True)
    assert f"共 {cut['more']['total']} 项" in page and cut["more"]["csv"].replace("&", "&amp;") in page
