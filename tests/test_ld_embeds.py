"""Entity pages with pairings embed that actor's network and link its timeline and map."""
from __future__ import annotations

import re
from html import unescape


def test_entity_page_embeds_the_actor_network(client):
    html = client.get("/division/650000", headers={"Accept": "text/html"}).get_data(as_text=True)
    frames = re.findall(r'<iframe[^>]*src="([^"]+)"', html)
    assert len(frames) == 1 and "embed=1" in frames[0]
    embed = client.get(unescape(frames[0]))
    assert embed.status_code == 200
    assert "frame-ancestors 'self'" in embed.headers["Content-Security-Policy"]
    for view in ("/timeline?actor=", "/map?actor="):
        link = re.search(r'href="(' + re.escape(view) + r'[^"]+)"', html).group(1)
        assert client.get(unescape(link)).status_code == 200


def test_pages_without_pairings_embed_nothing(client, store):
    page = client.get("/stage/2", headers={"Accept": "text/html"})
    html = page.get_data(as_text=True)
    label = next(iter(store.query('SELECT ?l WHERE { <https://w3id.org/duikou/stage/2> '
                                  '<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(LANG(?l) = "zh") }')))[0].value
    assert page.status_code == 200 and label in html  # the stage's own page …
    assert "<iframe" not in html  # … without a network
