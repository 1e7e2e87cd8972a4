"""Entity lookup: Chinese names, short names, abbreviations, historical names, pinyin, codes; ranked,
CJK-aware, built once per store, fast."""
from __future__ import annotations

import sqlite3

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


# --- the index reads candidates, not every name: the same results as scoring every name --------------

def rule(key: str, q: str) -> tuple[str, float] | None:
    """The ranking rule as documented, written out here rather than taken from ``lookup`` (so the index is
    checked against the rule, not against itself): a whole name 1.0; a name starting with the query
    0.6–0.9; a name holding it (two characters or more) 0.4–0.7; a name inside the query 0.3–0.6 —
    each rising with the share of the longer string covered."""
    if key == q:
        return "exact", 1.0
    if key[:len(q)] == q:
        return "prefix", 0.6 + 0.3 * len(q) / len(key)
    if len(q) >= 2 and key.find(q) >= 0:
        return "substring", 0.4 + 0.3 * len(q) / len(key)
    if len(key) >= 2 and q.find(key) >= 0:
        return "in query", 0.3 + 0.3 * len(key) / len(q)
    return None


def test_the_rule_on_names_we_know():
    assert rule("上海市", "上海市") == ("exact", 1.0)
    assert rule("上海市", "上海") == ("prefix", pytest.approx(0.8))
    assert rule("日喀则市", "喀则") == ("substring", pytest.approx(0.55))
    assert rule("上海市", "上海市对口支援新疆") == ("in query", pytest.approx(0.4))
    assert rule("上海市", "海") is None  # one character inside a name is no match
    for key, q in (("上海市", "上海"), ("日喀则市", "喀则"), ("上海市", "上海市对口支援新疆"), ("新疆", "疆")):
        assert lookup.score(key, q) == (rule(key, q) and (rule(key, q)[0], pytest.approx(rule(key, q)[1])))


def linear_search(index, query: str, limit: int, lang: str = "zh") -> list[tuple]:
    """The reference: every name scored by the rule above, best name per entity, ranked as documented."""
    q = lookup.normalise(query, index.convert)[:100]
    if not q:
        return []
    con = index.con
    things = {iri: (zh, en) for iri, zh, en in con.execute("SELECT iri, zh, en FROM things")}
    best: dict[str, tuple] = {}
    for key, iri, name, kind, weight in con.execute("SELECT key, iri, name, kind, weight FROM entries ORDER BY id"):
        hit = rule(key, q)
        if hit and (iri not in best or hit[1] * weight > best[iri][0]):
            best[iri] = (hit[1] * weight, hit[0], name, kind)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], len(things[kv[0]][0]), kv[0]))[:limit]
    return [(iri, things[iri][0 if lang == "zh" else 1], name, how, kind, round(s, 4))
            for iri, (s, how, name, kind) in ranked]


def shown(results: list[dict]) -> list[tuple]:
    return [(r["iri"], r["label"], r["matched"], r["match"], r["kind"], r["score"]) for r in results]


def queries_from(index) -> list[str]:
    """Every name's first one, two and three characters, a piece from its middle, the name with a tail, plus
    the test cases and queries that find nothing."""
    keys = [k for (k,) in index.con.execute("SELECT DISTINCT key FROM entries ORDER BY id")]
    out = {c[0] for c in CASES} | {"", "zz", "上海市对口支援新疆哪些地方", "沪苏", "市", "项目", "阿坝州", "11"}
    for k in keys[::7]:
        out |= {k[:1], k[:2], k[:3], k[1:3], k[len(k) // 2:], k + "的"}
    return sorted(out)


def test_candidates_rank_like_scoring_every_name(index):
    queries = queries_from(index)
    assert len(queries) > 1000
    for q in queries:
        assert shown(index.search(q, limit=20)) == linear_search(index, q, 20), q


def test_labels_in_english_rank_like_scoring_every_name(index):
    for q in ("shanghai", "财政", "援", "日喀则"):
        assert shown(index.search(q, limit=10, langs=("en",))) == linear_search(index, q, 10, "en")


@pytest.fixture(scope="module")
def disk(tmp_path_factory):
    from pathlib import Path

    from kgqa.indexes import build_store as create_store
    from kgqa.store.embedded import EmbeddedStore

    root = Path(__file__).resolve().parent.parent
    path = tmp_path_factory.mktemp("lookup") / "store"
    create_store(path, root / "triples", root / "ontology" / "duikou.ttl")
    return EmbeddedStore.open_read_only(str(path))


def test_the_store_build_saves_the_index_and_workers_open_it(disk, index):
    saved = lookup.path_for(disk)
    assert saved.exists() and lookup.saved_key(saved) == lookup.key_for(disk)
    opened = lookup.index_for(disk)
    assert opened.path == saved and opened.size == index.size
    for q in ("上海", "沪", "xinjiang", "日喀则地区", "540200"):
        assert shown(opened.search(q)) == shown(index.search(q))


def test_an_index_of_other_data_is_not_used(disk):
    saved = lookup.path_for(disk)
    con = sqlite3.connect(saved)
    con.execute("UPDATE meta SET value = 'another data version' WHERE key = 'key'")
    con.commit()
    con.close()
    assert lookup.saved_key(saved) != lookup.key_for(disk)
    fresh = lookup.open_index(disk)  # rebuilt and saved again under this store's key
    assert lookup.saved_key(saved) == lookup.key_for(disk) and shown(fresh.search("上海"))[0][1] == "上海市"


def test_an_index_serves_after_a_fork(index):
    import os

    index.search("上海")
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os._exit(0 if shown(index.search("上海"))[0][1] == "上海市" else 1)
    assert os.waitpid(pid, 0)[1] == 0


def test_a_very_common_piece_reads_a_bounded_number_of_names(index, monkeypatch):
    """Top-k: the work for the commonest two-character piece stops growing once the candidates are capped."""
    gram, n = index.con.execute("SELECT gram, n FROM gram_counts ORDER BY n DESC, gram LIMIT 1").fetchone()
    assert n > 200

    def work(cap: int) -> tuple[int, list]:
        monkeypatch.setattr(lookup, "CANDIDATES", cap)
        steps = [0]
        index.con.set_progress_handler(lambda: steps.__setitem__(0, steps[0] + 1) or 0, 50)
        try:
            found = shown(index.search(gram, limit=3))
        finally:
            index.con.set_progress_handler(None, 0)
        return steps[0], found

    capped, everything = work(10), work(10**6)
    assert capped[0] * 4 < everything[0]
    assert capped[1][0] == everything[1][0] and len(capped[1]) == 3


@pytest.fixture(scope="module")
def endpoint(app):
    """Our own /sparql on a loopback port: a remote endpoint for the remote backend."""
    from .support import loopback_app

    with loopback_app(app) as base:
        yield f"{base}/sparql"


def test_a_remote_endpoints_index_is_built_once_by_kgqa_index(endpoint, settings, index, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from kgqa import cli
    from kgqa.qa import persist
    from kgqa.store.remote import RemoteStore

    result = CliRunner().invoke(cli.main, ["index", "--backend", "sparql", "--endpoint", endpoint,
                                           "--cache-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    worker = RemoteStore.from_settings(settings.replace(backend="sparql", endpoint=endpoint, cache_dir=str(tmp_path)))
    saved = lookup.path_for(worker)
    assert saved.parent.parent == tmp_path and saved.is_file() and persist.path_for(worker).is_file()
    monkeypatch.setattr(lookup, "build_index", lambda store: pytest.fail("a worker built its own index"))
    opened = lookup.open_index(worker)
    assert opened.path == saved
    for q in ("上海", "沪", "xinjiang", "540200"):
        assert shown(opened.search(q)) == shown(index.search(q))


def test_kgqa_index_needs_a_folder(settings):
    from click.testing import CliRunner

    from kgqa import cli

    result = CliRunner().invoke(cli.main, ["index", "--backend", "embedded", "--store", ""])
    assert result.exit_code == 1 and "no folder for saved indexes" in result.output
