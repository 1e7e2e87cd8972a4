"""Entity lookup: Chinese names, short names, abbreviations, historical names, pinyin, codes; ranked,
CJK-aware, built once per store, fast."""
from __future__ import annotations


import pytest

from kgqa import lookup
from kgqa.namespaces import BASE

CASES = [
    ("上海市", "division/310000", "name"),
    ("上海", "division/310000", "short name"),
    ("沪", "division/310000", "abbreviation"),
    ("shanghai", "division/310000", "pinyin"),
    ("Shang Hai", "division/310000", "pinyin"),
    ("日喀则地区", "division/540200", "historical name"),
    ("日喀则", "division/540200", "short name"),
    ("540200", "division/540200", "GB/T 2260 code"),
    ("財政部", "agency/caizhengbu", "name"),                 # traditional characters
    ("国办发〔2013〕11号", "document/2013-11", "short name"),
    ("援藏", "programme/yuanzang", "short name"),
    ("xinjiang", "division/650000", "pinyin"),
    ("上海市对口支援哪些地方", "division/310000", "name"),      # a name inside a question
]


@pytest.fixture(scope="module")
def index(store):
    return lookup.index_for(store)


@pytest.mark.parametrize("query,first,kind", CASES, ids=[c[0] for c in CASES])
def test_first_result(index, query, first, kind):
    top = index.search(query, limit=5)[0]
    assert top["iri"] == BASE + first and top["kind"] == kind and top["path"] == "/" + first


def test_ranked_exact_before_prefix(index):
    results = index.search("新疆", limit=10)
    assert results[0]["iri"] == BASE + "division/650000" and results[0]["match"] == "exact"
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)


def test_no_single_character_splitting(index):
    """'上海' matches names holding the whole word, never names that merely share 上 or 海."""
    results = index.search("上海", limit=50)
    assert results and all("上海" in r["matched"] for r in results)
    assert all("上海" not in r["label"] for r in index.search("海上", limit=50))


def test_empty_and_junk_queries(index):
    assert index.search("") == [] and index.search("   ") == [] and index.search("<script>") == []


def test_built_once_per_store(store):
    assert lookup.index_for(store) is lookup.index_for(store)


def test_api(client):
    r = client.get("/api/lookup", query_string={"q": "沪", "limit": 3})
    assert r.status_code == 200 and r.mimetype == "application/json"
    body = r.json
    assert body["query"] == "沪" and len(body["results"]) <= 3 and body["took_ms"] < 50
    assert body["results"][0]["label"] == "上海市" and body["results"][0]["type"]["label"] == "直辖市"
    assert client.get("/api/lookup", query_string={"q": "x", "limit": "many"}).status_code == 400
    assert client.get("/api/lookup").json["results"] == []


def test_labels_follow_accept_language(client):
    zh = client.get("/api/lookup", query_string={"q": "caizhengbu"}).json["results"][0]
    en = client.get("/api/lookup", query_string={"q": "caizhengbu"}, headers={"Accept-Language": "en"}).json["results"][0]
    assert zh["label"] == "财政部" and en["label"] == "Ministry of Finance"
    assert zh["type"]["label"] == "中央国家机关" and en["type"]["label"] == "central agency"
