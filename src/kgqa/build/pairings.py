"""Pairings from the book and the reference tables: resolution, merging, sources and triples."""
from __future__ import annotations

import dataclasses
import re

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from ..errors import BuildError
from ..namespaces import DK
from .graph_common import Pairing, iri
from .sources import ReferenceRow


class PairingsMixin:
    """Part of :class:`GraphBuilder`: one pairing per supporter/recipient pair of each row."""

    def add_pairing(self, pairing: Pairing) -> None:
        existing = self.pairings.get(pairing.iri)
        if existing is None:
            self.pairings[pairing.iri] = pairing
            return
        same_row = set(existing.derived_from) & set(pairing.derived_from)
        if existing.origin == pairing.origin and not same_row:
            n = 2
            while (alt := URIRef(f"{pairing.iri}-{n}")) in self.pairings:
                n += 1
            self.pairings[alt] = dataclasses.replace(pairing, iri=alt)
            return
        # The same pairing from two sources (book and reference): one node, all sources, the better status.
        rank = {"Verified": 0, "PartiallyVerified": 1, "Unverified": 2}
        if rank[pairing.status] < rank[existing.status]:
            existing.notes.append(f"参考表标为{ {'PartiallyVerified': '部分核实', 'Unverified': '未核实'}[existing.status] }；书中明确列出这一对口关系。")
            existing.status = pairing.status
        for field in ("sources", "derived_from", "established_by", "covers", "notes", "types"):
            merged = getattr(existing, field) + [x for x in getattr(pairing, field) if x not in getattr(existing, field)]
            setattr(existing, field, merged)
        existing.start = existing.start or pairing.start
        existing.end = existing.end or pairing.end

    def pairing_iri(self, programme: str, supporter: str, recipient: str) -> URIRef:
        prog = programme.split("/", 1)[1]
        return iri(f"pairing/{prog}/{self.actor_local(supporter)}--{self.actor_local(recipient)}")

    def pairings_from_book(self) -> None:
        for i, item in enumerate(self.src.book.get("pairings", []), start=1):
            where = f"data/curated/book.yaml pairings[{i}]"
            sup = self.resolve(item["supporter"], where=where)
            rec = self.resolve(item["recipient"], where=where)
            for s in sup:
                for r in rec:
                    self.add_pairing(Pairing(
                        iri=self.pairing_iri(item["programme"], s, r), programme=item["programme"],
                        supporter=s, recipient=r, origin="book", start=item.get("start"),
                        year_status="ApproximateYear" if item.get("year_status") == "approximate" else None,
                        types=[item["type"]] if item.get("type") else [],
                        established_by=list(item.get("established_by", [])),
                        sources=[self.book_part(item["source"])],
                        notes=[item["note"]] if item.get("note") else []))

    def pairings_from_reference(self) -> None:
        established = self.src.programmes.get("established_by", {})
        from_notes = self.src.programmes.get("from_notes", {})
        covers = self.src.actors.get("covers", {})
        for row in self.src.rows:
            f = row.fields
            programme = self.programme_by_reference.get(f["programme"].strip())
            if programme is None:
                raise BuildError(f"{row.where}: programme {f['programme']!r} is not mapped in data/curated/programmes.yaml")
            if f["established_by"].strip() not in established:
                raise BuildError(f"{row.where}: established_by {f['established_by']!r} is not mapped in data/curated/programmes.yaml")
            supporters = self.resolve(f["supporter"], where=row.where)
            if f["recipient"] in covers:
                spec = covers[f["recipient"]]
                recipients, covered = [spec["recipient"]], list(spec.get("covers", []))
            else:
                recipients, covered = self.resolve(f["recipient"], f["recipient_parent"], row.where), []
            row_node = self.emit_row(row)
            sources = self.row_sources(row, row_node)
            start, end = row.year("start_year"), row.year("end_year") if "end_year" in f else None
            noted = self.from_notes(row, from_notes.get(f"{row.table}:{row.number + 1}"))
            end = end if end is not None else noted.get("end")
            for s in supporters:
                for r in recipients:
                    self.add_pairing(Pairing(
                        iri=self.pairing_iri(programme, s, r), programme=programme, supporter=s, recipient=r,
                        origin=row.table.removesuffix(".csv"), start=start, end=end, status=row.status,
                        year_status="UnverifiedYear" if noted.get("start") == "unverified" else None,
                        established_by=list(established[f["established_by"].strip()]), sources=list(sources),
                        derived_from=[row_node], covers=covered,
                        notes=[f["notes"].strip()] if f.get("notes", "").strip() else []))

    @staticmethod
    def from_notes(row: ReferenceRow, spec: dict | None) -> dict:
        """What the row states only in its notes (data/curated/programmes.yaml ``from_notes``)."""
        if not spec:
            return {}
        if spec["says"] not in row.fields.get("notes", ""):
            raise BuildError(f"{row.where}: notes no longer say {spec['says']!r} (from_notes in "
                             "data/curated/programmes.yaml)")
        if spec.get("start") not in (None, "unverified"):
            raise BuildError(f"{row.where}: from_notes start must be 'unverified', not {spec['start']!r}")
        return {"end": int(spec["end"]) if "end" in spec else None, "start": spec.get("start")}

    def emit_row(self, row: ReferenceRow) -> URIRef:
        g = self.graph(row.table.removesuffix(".csv"))
        node = iri(f"source/reference/{row.table}/row/{row.number}")
        g.add((node, RDF.type, DK.ReferenceRow))
        g.add((node, RDFS.label, Literal(f"参考表 {row.table} 第{row.number}行", lang="zh")))
        g.add((node, DCTERMS.isPartOf, iri(f"source/reference/{row.table}")))
        return node

    def row_sources(self, row: ReferenceRow, row_node: URIRef) -> list[URIRef]:
        g = self.graph(row.table.removesuffix(".csv"))
        credible = [URIRef(u) for u in row.urls if self.src.is_credible(u)]
        withheld = [u for u in row.urls if not self.src.is_credible(u)]
        out = list(credible)
        if withheld or not credible:
            node = URIRef(f"{row_node}/copies")
            g.add((node, RDF.type, DK.EvidenceRecord))
            g.add((node, RDFS.label, Literal(
                f"转载副本{len(withheld)}份（所在网站不在可信来源名单，网址不予引用；原出处见本行说明）"
                if withheld else "参考表未列出来源网址", lang="zh")))
            g.add((node, DCTERMS.isPartOf, row_node))
            if row.fields.get("notes", "").strip():
                g.add((node, DK.note, Literal(row.fields["notes"].strip(), lang="en")))
            out.append(node)
        return out

    def label_of(self, key: str) -> str:
        if key.startswith("div:"):
            return self.table.get(key[4:]).name
        return self.actors[key]["zh"]

    def emit_pairings(self) -> None:
        prog_labels = {p["key"]: p["label"]["zh"] for p in self.src.programmes.get("programmes", []) + self.src.book.get("programmes", [])}
        prog_types = {p["key"]: p["type"] for p in self.src.programmes.get("programmes", []) + self.src.book.get("programmes", [])}
        for node, p in sorted(self.pairings.items()):
            g = self.graph(p.origin)
            sup, rec = self.actor_iri(p.supporter), self.actor_iri(p.recipient)
            g.add((node, RDF.type, DK.PairingRelationship))
            prog = prog_labels.get(p.programme)
            if prog is None:
                raise BuildError(f"pairing {node}: programme {p.programme} is not defined")
            g.add((node, RDFS.label, Literal(f"{self.label_of(p.supporter)}—{self.label_of(p.recipient)}（{prog}）", lang="zh")))
            g.add((node, DK.supporter, sup))
            g.add((node, DK.recipient, rec))
            g.add((node, DK.programme, iri(p.programme)))
            types = p.types or ([
                "type/central-unit"] if p.supporter.startswith(("agency/", "enterprise/", "collective/yangqi")) else [prog_types[p.programme]])
            for t in types:
                g.add((node, DK.relationshipType, iri(t)))
            if p.start is not None:
                g.add((node, DK.startYear, Literal(int(p.start))))
            if p.year_status or p.start is None:
                g.add((node, DK.startYearStatus, DK[p.year_status or "UnknownYear"]))
            if p.end is not None:
                g.add((node, DK.endYear, Literal(int(p.end))))
            for e in p.established_by:
                g.add((node, DK.establishedBy, iri(e)))
            g.add((node, DK.verificationStatus, DK[p.status]))
            for s in p.sources:
                g.add((node, DCTERMS.source, s))
            for d in p.derived_from:
                g.add((node, PROV.wasDerivedFrom, d))
            for c in p.covers:
                g.add((node, DK.coversUnit, self.actor_iri(c)))
            for note in p.notes:
                lang = "zh" if re.search(r"[\u4e00-\u9fff]", note) and not re.search(r"[A-Za-z]{4}", note) else "en"
                g.add((node, DK.note, Literal(note, lang=lang)))

