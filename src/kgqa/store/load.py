"""``kgqa load --endpoint URL``: put our named graphs into any SPARQL 1.1 store over SPARQL Update.

Each file becomes its graph (as in the embedded store): ``DROP SILENT GRAPH`` then ``INSERT DATA`` in
chunks. Triples touching blank nodes travel in one ``INSERT {...} WHERE {}`` per graph, so each blank
node stays one node.
For large loads a server's own bulk loader is faster (Virtuoso: ``ld_dir`` + ``rdf_loader_run()``).
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from ..errors import BackendUnavailable
from .embedded import FORMATS, graph_for

CHUNK = 2000


def graph_quads(path: Path) -> dict[str, list[ox.Quad]]:
    """The file's quads by graph IRI (N-Quads/TriG name their graphs; other files get graph/NAME)."""
    fmt = FORMATS[path.suffix]
    target = None if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG) else graph_for(path)
    graphs: dict[str, list[ox.Quad]] = {}
    for quad in ox.parse(path=str(path), format=fmt, base_iri=path.as_uri()):
        graph = target if target is not None else quad.graph_name
        graphs.setdefault(str(graph.value), []).append(quad)
    return graphs


def update_requests(graph: str, quads: list[ox.Quad], chunk: int = CHUNK) -> Iterator[str]:
    yield f"DROP SILENT GRAPH <{graph}>"
    with_bnodes = [q for q in quads if _has_bnode(q)]
    plain = [q for q in quads if not _has_bnode(q)]
    for i in range(0, len(plain), chunk):
        yield f"INSERT DATA {{ GRAPH <{graph}> {{\n{_lines(plain[i:i + chunk])}\n}} }}"
    if with_bnodes:  # a template (not INSERT DATA, which some stores refuse with blank nodes): one solution
        yield f"INSERT {{ GRAPH <{graph}> {{\n{_lines(with_bnodes)}\n}} }} WHERE {{}}"


def _lines(quads: list[ox.Quad]) -> str:
    return "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)


def _has_bnode(quad: ox.Quad) -> bool:
    return isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)


def post_update(url: str, update: str, timeout: float = 120.0) -> None:
    body = urllib.parse.urlencode({"update": update}).encode()
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        raise BackendUnavailable(f"{url} refused the update (HTTP {exc.code}); does it allow SPARQL Update?") from None
    except OSError as exc:
        raise BackendUnavailable(f"{url} could not be reached ({type(exc).__name__})") from None


def load_endpoint(update_url: str, files: Iterable[Path], post=post_update) -> dict:
    """Load ``files`` into the store behind ``update_url``; returns graph and triple counts."""
    graphs, triples = 0, 0
    for path in files:
        for graph, quads in graph_quads(path).items():
            for update in update_requests(graph, quads):
                post(update_url, update)
            graphs, triples = graphs + 1, triples + len(quads)
    return {"graphs": graphs, "triples": triples}
