"""Every named query in queries/ (the query page's gallery) has a zh | en title and answers."""
import pytest

from kgqa.named_queries import gallery

QUERIES = gallery()


def test_gallery_is_every_titled_query_in_the_folder():
    """The gallery lists each file of queries/ that has a ``# title:`` header, with that title, and no other."""
    import re

    from kgqa.config import DATA_ROOT

    titled = {}
    for path in sorted((DATA_ROOT / "queries").glob("*.rq")):
        head = re.search(r"^#\s*title:\s*(.+?)\s*$", path.read_text(encoding="utf-8"), re.M)
        if head:
            titled[path.stem] = head.group(1).split("|")[0].strip()
    assert len(titled) >= 8
    assert {q["name"]: q["title_zh"] for q in QUERIES} == titled


@pytest.mark.parametrize("named", QUERIES, ids=[q["name"] for q in QUERIES])
def test_named_query_runs(client, named):
    r = client.post("/sparql", data={"query": named["query"]}, headers={"Accept": "application/sparql-results+json, text/turtle;q=0.9"})
    assert r.status_code == 200, r.data[:300]
    assert named["title_zh"] and named["title_en"] and named["description"]
    if r.mimetype == "application/sparql-results+json":
        assert r.get_json()["results"]["bindings"]
    else:
        assert r.data.strip()
