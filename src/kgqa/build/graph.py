"""Curated sources → RDF graphs, one per output file in triples/.

Every pairing and dated event gets ``dcterms:source``: a part of the book, a credible URL, or an
evidence record naming the original outlet of a copy whose URL we do not publish.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from ..namespaces import DK, PREFIXES
from .actors import ActorsMixin
from .divisions import DivisionTable
from .events import EventsMixin
from .graph_common import Pairing, iri
from .mechanisms import MechanismReport, MechanismsMixin
from .pairings import PairingsMixin
from .sources import Sources


# the parts of the book outside its chapters, as book.yaml cites them and the contents list them: path under source/book/
BOOK_MATTER = {"前言": "front/preface", "版权页": "front/copyright-page", "后记": "back/afterword"}

class GraphBuilder(ActorsMixin, EventsMixin, PairingsMixin, MechanismsMixin):
    """Turns :class:`Sources` into named graphs. ``build()`` returns {file name: Graph}."""

    def __init__(self, sources: Sources, table: DivisionTable | None = None):
        self.src = sources
        self.table = table or DivisionTable()
        self.graphs: dict[str, Graph] = {}
        self.pairings: dict[URIRef, Pairing] = {}
        self.actors: dict[str, dict] = {}         # key → definition (agencies, xpcc, collectives, townships)
        self.used_divisions: set[str] = set()
        self.keys_defined: set[str] = set()
        self.aliases: dict[str, list[str]] = {}   # surface name → actor keys
        self.programme_by_reference: dict[str, str] = {}
        self.withheld_rows: list[dict] = []       # reference rows left out of the graph, with the reason
        self.demoted_rows: list[dict] = []        # verified rows read as partial (only unattributed copies)
        self.mechanism_report: MechanismReport | None = None

    # ---------------------------------------------------------------- helpers
    def graph(self, name: str) -> Graph:
        if name not in self.graphs:
            g = Graph()
            for prefix, ns in PREFIXES.items():
                g.bind(prefix, ns)
            self.graphs[name] = g
        return self.graphs[name]

    def book_part(self, cite: dict) -> URIRef:
        if not str(cite["page"]).isdigit():  # the front matter, cited by its name: 前言, 版权页
            return self.front_matter(str(cite["page"]))
        chapter, page = int(cite["chapter"]), int(cite["page"])
        node = iri(f"source/book/ch{chapter}/p{page}")
        g = self.graph("book")
        if (node, RDF.type, DK.BookPart) not in g:
            title = self.src.book["book"]["title"]
            how = "（据目录）" if cite.get("toc") else ""
            g.add((node, RDF.type, DK.BookPart))
            g.add((node, RDFS.label, Literal(f"《{title}》第{chapter}章，第{page}页{how}", lang="zh")))
            g.add((node, RDFS.label, Literal(f"Ren Weide (ed.), 2018, ch. {chapter}, p. {page}"
                                             + (" (table of contents)" if cite.get("toc") else ""), lang="en")))
            g.add((node, DCTERMS.isPartOf, iri("source/book")))
            g.add((node, DK.bookChapter, Literal(chapter)))
            g.add((node, DK.bookPage, Literal(page)))
        return node

    def front_matter(self, name: str) -> URIRef:
        """A part of the book outside its chapters (the preface, the copyright page, the afterword), named as the book
        names it."""
        path = BOOK_MATTER[name]
        node = iri(f"source/book/{path}")
        g = self.graph("book")
        if (node, RDF.type, DK.BookPart) not in g:
            g.add((node, RDF.type, DK.BookPart))
            g.add((node, RDFS.label, Literal(f"《{self.src.book['book']['title']}》{name}", lang="zh")))
            g.add((node, RDFS.label, Literal(f"Ren Weide (ed.), 2018, {path.split('/')[1]}", lang="en")))
            g.add((node, DCTERMS.isPartOf, iri("source/book")))
            if path.startswith("front/"):
                g.add((node, DK.bookChapter, Literal(0)))
        return node

    def evidence(self, key: str, text: str, notes_file: str) -> URIRef:
        node = iri(f"source/evidence/{key}")
        g = self.graph("programmes")
        g.add((node, RDF.type, DK.EvidenceRecord))
        g.add((node, RDFS.label, Literal(text, lang="zh")))
        g.add((node, DCTERMS.isPartOf, iri(f"source/reference/{notes_file}")))
        return node

    def cite_urls(self, g: Graph, node: URIRef, urls: list[str]) -> list[URIRef]:
        cited = []
        for url in urls:
            if self.src.is_credible(url):
                ref = URIRef(url)
                g.add((node, DCTERMS.source, ref))
                cited.append(ref)
        return cited

    # ---------------------------------------------------------------- all
    def build(self) -> dict[str, Graph]:
        self.load_actor_definitions()
        for t in ("book", "programmes", "actors"):
            self.graph(t)
        self.emit_programmes()
        self.emit_rounds()
        self.emit_book()
        self.pairings_from_book()
        self.pairings_from_reference()
        self.emit_pairings()
        self.emit_mechanism_facts()
        self.emit_actors()
        return self.graphs


def write_graphs(graphs: dict[str, Graph], out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, g in sorted(graphs.items()):
        path = out_dir / f"{name}.ttl"
        header = "# Generated by `kgqa build` from data/ — do not edit; edit the sources and rebuild.\n"
        path.write_text(header + g.serialize(format="turtle"), encoding="utf-8")
        written.append(path)
    return written
