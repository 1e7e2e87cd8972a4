"""Every named query in queries/ (the query page's gallery) has a zh | en title and answers."""
import pytest

from kgqa.named_queries import gallery

QUERIES = gallery()


def test_gallery_size():
    assert 8 <= len(QUERIES)


@pytest.mark.parametrize("named", QUERIES, ids=[q["name"] for q in QUERIES])
def test_named_query_runs(client, named):
    r = client.post("/sparql", data={"query": named["query"]}, headers={"Accept": "application/sparql-results+json, text/turtle;q=0.9"})
    assert r.status_code == 200, r.data[:300]
    assert named["title_zh"] and named["title_en"] and named["description"]
    if r.mimetype == "application/sparql-results+json":
        assert r.get_json()["results"]["bindings"]
    else:
        assert r.data.strip()
