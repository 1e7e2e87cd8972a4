"""One site: every HTML page shares the header, language switch and footer; the language rule; the home page;
the programme pages and their twins, counted against SPARQL written here; answers that carry their sources."""
from __future__ import annotations

import csv
import io
import re
from urllib.parse import quote

import pytest

from kgqa import programmes
from kgqa.namespaces import BASE
from kgqa.web import create_app
from kgqa.web.site import NAV, choose_lang

PAGES = ["/", "/?q=" + quote("北京对口支援哪些地区？"), "/sparql", "/division/540200", "/ontology", "/programme/",
         "/programme/yuanzang", "/programme/yuanzang.html", "/map", "/network", "/timeline", "/dumps/",
         "/no-such-page", "/division/999999"]
PREFIXES = "PREFIX dk: <https://w3id.org/duikou/ontology#>\n"
YUANZANG = BASE + "programme/yuanzang"


def html(client, path, **headers):
    r = client.get(path, headers={"Accept": "text/html", **headers})
    assert r.mimetype == "text/html", (path, r.status_code, r.mimetype)
    return r, r.get_data(as_text=True)


def count(store, where: str, what: str = "?p") -> int:
    return int(next(iter(store.query(f"{PREFIXES}SELECT (COUNT(DISTINCT {what}) AS ?n) WHERE {{ {where} }}")))["n"].value)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_the_same_header_and_footer(client, path, lang):
    r, text = html(client, path + ("&" if "?" in path else "?") + "lang=" + lang)
    header = text.split('<header class="site">')[1].split("</header>")[0]
    nav = re.findall(r'<a href="([^"]+)"', header.split('class="site-nav">')[1].split("</nav>")[0])
    assert nav == [href for href, _, _ in NAV]
    names = [zh if lang == "zh" else en for _, zh, en in NAV]
    assert all(f">{name}</a>" in header for name in names)
    assert f'<html lang="{lang}">' in text and 'lang="en"' in header and 'lang="zh"' in header  # the switch
    footer = text.split('<footer class="site">')[1]
    assert "CC BY 4.0" in footer and client.application.extensions["kgqa_store"].data_version in footer
    assert 'id="how-to-cite"' in footer


@pytest.mark.parametrize("arg, cookie, accept, expected", [
    (None, None, [], "zh"),
    (None, None, [("en-US", 1.0)], "zh"),                         # chromium's default alone: Chinese
    (None, None, [("en-US", 1), ("en", 0.9)], "zh"),
    (None, None, [("en", 1), ("zh-CN", 0.5)], "en"),              # reads both, prefers English
    (None, None, [("zh-CN", 1), ("en", 0.9)], "zh"),
    (None, "en", [("zh", 1)], "en"),                              # the cookie outranks the browser
    ("zh", "en", [], "zh"),                                       # ?lang= outranks the cookie
    ("fr", "xx", [("en", 1), ("zh", 0.1)], "en"),                 # unknown values are ignored
])
def test_the_language_rule(arg, cookie, accept, expected):
    assert choose_lang(arg, cookie, accept) == expected


def test_the_switch_is_remembered_in_a_cookie(app):
    client = app.test_client()
    r, _ = html(client, "/ontology?lang=en")
    assert "lang=en" in r.headers["Set-Cookie"] and "Cookie" in r.headers["Vary"]
    _, text = html(client, "/programme/")
    assert '<html lang="en">' in text and ">Programmes</a>" in text
    _, text = html(client, "/programme/?lang=zh", **{"Accept-Language": "en"})
    assert '<html lang="zh">' in text


def test_pages_load_nothing_from_other_hosts(client):
    for path in PAGES:
        _, text = html(client, path)
        assert not re.findall(r'<(?:script|link|iframe|img)[^>]+(?:src|href)="(?:https?:)?//', text), path


def test_programme_index_lists_every_programme(client, store):
    _, text = html(client, "/programme/")
    rows = text.split("<tbody>")[1].split("</tbody>")[0].count("<tr>")
    assert rows == count(store, "?p a dk:Programme")
    data = client.get("/programme/", headers={"Accept": "application/json"}).json
    assert len(data["programmes"]) == rows == len(client.get("/programme/index.json").json["programmes"])
    table = list(csv.reader(io.StringIO(client.get("/programme/index.csv").get_data(as_text=True))))
    assert len(table) == rows + 1


def test_programme_page_counts_match_sparql(client, store):
    where = f"?p a dk:PairingRelationship ; dk:programme <{YUANZANG}>"
    pairings = count(store, where)
    supporters = count(store, where + " ; dk:supporter ?s", "?s")
    provinces = count(store, where + " ; dk:recipient ?r . ?r dk:partOf* ?prov . ?prov a dk:ProvinceLevelDivision",
                      "?prov")
    _, text = html(client, "/programme/yuanzang")
    section = text.split('id="pairings"')[1].split("</section>")[0]
    assert section.count("<tr>") - section.count("<thead>") == pairings
    prefectures = count(store, where + " ; dk:recipient ?r . ?r dk:partOf* ?pre . ?pre a dk:PrefectureLevelDivision",
                        "?pre")
    above = count(store, where + " ; dk:recipient ?r FILTER NOT EXISTS { ?r dk:partOf* ?pre . "
                  "?pre a dk:PrefectureLevelDivision }", "?r")  # a province or a collective: under the province
    assert provinces == 1 and section.count("<h3") == prefectures + min(above, 1)  # all in Tibet: by prefecture
    _, text2 = html(client, "/programme/dongxibu")
    spread = count(store, "?p dk:programme <%sprogramme/dongxibu> ; dk:recipient ?r . ?r dk:partOf* ?prov . "
                   "?prov a dk:ProvinceLevelDivision" % BASE, "?prov")
    assert text2.split('id="pairings"')[1].split("</section>")[0].count("<h3") == spread > 1
    figures = dict(re.findall(r"<dt>([^<]+)</dt><dd>(\d+)", text))
    assert int(figures["对口关系"]) == pairings and int(figures["支援方"]) == supporters
    assert 'src="/map?programme=yuanzang&amp;embed=1"' in text and 'src="/timeline?programme=yuanzang&amp;embed=1"' in text
    assert "第三次西藏工作座谈会" in text.split('id="founding"')[1].split("</section>")[0]
    data = client.get("/programme/yuanzang.json").json
    assert len(data["rows"]) == pairings == data["pairings"] and data["supporters"] == supporters
    assert client.get("/programme/yuanzang", headers={"Accept": "application/json"}).json == data
    table = list(csv.DictReader(io.StringIO(client.get("/programme/yuanzang.csv").get_data(as_text=True))))
    assert len(table) == pairings and all(row["pairing"].startswith(BASE + "pairing/") for row in table)


def test_programme_iris_still_serve_rdf(client):
    ttl = client.get("/programme/yuanzang", headers={"Accept": "text/turtle"})
    assert ttl.mimetype == "text/turtle" and b"dk:Programme" in ttl.data
    jsonld = client.get("/programme/yuanzang", headers={"Accept": "application/ld+json"})
    assert jsonld.mimetype == "application/ld+json" and "@context" in jsonld.json
    assert client.get("/programme/yuanzang.ttl").mimetype == "text/turtle"
    assert client.get("/programme/nothing-here", headers={"Accept": "text/html"}).status_code == 404


def test_programme_mechanisms_run_each_named_query(settings, store, tmp_path, monkeypatch):
    client = create_app(settings, store=store).test_client()
    _, text = html(client, "/programme/yuanzang")
    assert 'id="mechanisms"' not in text or list(programmes.MECHANISM_FOLDER.glob(programmes.MECHANISM_QUERIES))
    (tmp_path / "programme-mechanism-test.rq").write_text(
        "# title: 测试机制 | Test mechanism\nPREFIX dk: <https://w3id.org/duikou/ontology#>\n"
        "SELECT ?programme ?recipient (COUNT(?p) AS ?n) WHERE { ?p dk:programme ?programme ; dk:recipient ?recipient }"
        " GROUP BY ?programme ?recipient", encoding="utf-8")
    monkeypatch.setattr(programmes, "MECHANISM_FOLDER", tmp_path)
    client = create_app(settings, store=store).test_client()
    _, text = html(client, "/programme/yuanzang")
    section = text.split('id="mechanisms"')[1].split("</section>")[0]
    assert "测试机制" in section and "<th scope=\"col\">recipient</th>" in section
    recipients = count(store, f"?p dk:programme <{YUANZANG}> ; dk:recipient ?r", "?r")
    assert section.split("<tbody>")[1].count("<tr>") == recipients


def test_home_page_cards_and_examples(client, store):
    _, text = html(client, "/")
    cards = text.split('id="programmes"')[1].split("</section>")[0]
    assert cards.count('class="card"') == min(8, count(store, "?p a dk:Programme"))
    assert 'href="/programme/yuanzang"' in cards and 'href="/map?programme=yuanzang"' in cards
    assert 'role="combobox"' in text and 'aria-controls="q-suggestions"' in text
    assert "如何引用 / How to cite" in text and str(store.triple_count()) in text


def test_home_page_example_questions_are_answered(client):
    _, text = html(client, "/")
    cards = text.split('id="programmes"')[1].split("</section>")[0]
    questions = re.findall(r'class="card-questions">(.*?)</ul>', cards, re.S)
    asked = [q for block in questions for q in re.findall(r">([^<>]+？)</a>", block)]
    assert len(asked) >= 8
    for q in asked:
        assert client.get("/api/ask", query_string={"q": q}).json["status"] == "ok", q


def test_answer_items_carry_their_sources_and_can_be_kept(client, store):
    q = "北京对口支援哪些地区？"
    result = client.get("/api/ask", query_string={"q": q}).json
    assert all(a["sources"] for a in result["answers"])
    for a in result["answers"]:
        keys = [(s["label"], s["url"]) for s in a["sources"]]
        assert len(keys) == len(set(keys))
    _, text = html(client, "/?q=" + quote(q))
    items = text.split('<ol class="answers">')[1].split("</ol>")[0].split("<li><span class=\"item\">")[1:]
    assert len(items) == len(result["answers"]) and all('class="item-sources"' in i for i in items)
    table = list(csv.DictReader(io.StringIO(client.get("/api/ask.csv", query_string={"q": q}).get_data(as_text=True))))
    assert [row["label"] for row in table] == [a["label"] for a in result["answers"]]
    assert 'rel="bookmark"' in text and "?q=" + quote(q) in text
    cite = text.split('id="cite"')[1].split("</details>")[0]
    assert store.data_version in cite and "@misc{duikou-answer-" in cite and "SELECT" in cite


def test_dumps_index_is_a_page_for_browsers_and_json_for_clients(client):
    _, text = html(client, "/dumps/")
    assert 'href="/dumps/duikou.nq.gz"' in text
    assert client.get("/dumps/").json["files"] and client.get("/dumps/index.json").json["files"]
