"""Pairings from the book and the reference tables: resolution, merging, sources and triples."""
from __future__ import annotations

import dataclasses
import re

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from ..errors import BuildError
from ..namespaces import DK
from .graph_common import STATUS, STATUS_RANK, Pairing, iri
from .sources import ReferenceRow

# A row's notes that state an end or a replacement: each must become an end year (the table's
# end_year column or ``from_notes``) or be acknowledged in ``from_notes`` with ``no_end`` (why not).
ENDS_IN_NOTES = re.compile(r"(?i)\bended\b|\breplaced\b|\bswitched\b|\bmoved\b|\btook over\b|\bno longer\b|"
                           r"\b(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d\b")
UNATTRIBUTED_NOTE = "此行的来源只有未注明原出处的转载副本（unattributed copy），故记为部分核实。"


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
        rank = STATUS_RANK
        dated = existing if existing.start is not None else pairing if pairing.start is not None else None
        dated_by = (dated.status, dated.year_status) if dated is not None else None  # (before the merge lifts them)
        if rank[pairing.status] < rank[existing.status]:
            existing.notes.append(f"参考表标为{ {'PartiallyVerified': '部分核实', 'Unverified': '未核实'}[existing.status] }；书中明确列出这一对口关系。")
            existing.status = pairing.status
        existing.cover_status = {**pairing.cover_status, **existing.cover_status}
        for field in ("sources", "derived_from", "established_by", "covers", "rounds", "notes", "types"):
            merged = getattr(existing, field) + [x for x in getattr(pairing, field) if x not in getattr(existing, field)]
            setattr(existing, field, merged)
        existing.start = existing.start or pairing.start
        if dated_by is not None and dated_by[0] == "Unverified" and existing.status != "Unverified":
            # a pairing lifted by a source that gives no start year (the book's table of contents names 体育总局—崇义,
            # no year): its year is still only the unverified row's, and is marked so (not a verified year)
            existing.year_status = dated_by[1] or "UnverifiedYear"
        existing.end = existing.end or pairing.end
        existing.team = existing.team or pairing.team

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
        for row in self.src.rows:
            f = row.fields
            if self.is_withheld(row):
                continue
            by = f["established_by"].strip()
            if by not in established:
                raise BuildError(f"{row.where}: established_by {f['established_by']!r} is not mapped in data/curated/programmes.yaml")
            programme = self.row_programme(row)
            supporters = self.resolve(f["supporter"], where=row.where)
            recipients, covered, cover_status = self.row_recipients(row)
            row_node = self.emit_row(row)
            sources = self.row_sources(row, row_node)
            status, status_notes = self.row_status(row)
            noted = self.from_notes(row, from_notes.get(row.key))
            start, end, year_status = self.row_years(row, noted)
            notes = ([f["notes"].strip()] if f.get("notes", "").strip() else []) + noted.get("notes", []) + status_notes
            for s in supporters:
                for r in recipients:
                    self.add_pairing(Pairing(
                        iri=self.pairing_iri(programme, s, r), programme=programme, supporter=s, recipient=r,
                        origin=row.table.removesuffix(".csv"), start=start, end=end, status=status,
                        year_status=year_status, established_by=list(established[by]), sources=list(sources),
                        derived_from=[row_node], covers=covered, cover_status=dict(cover_status),
                        rounds=self.rounds_for(programme, by, row.where), notes=list(notes),
                        team=team_of(s, f.get("supporter_level", ""))))

    def row_programme(self, row: ReferenceRow) -> str:
        """The programme a row's source names: by its established_by text where programmes.yaml says so
        (``programme_by_established``: 滇沪对口帮扶 rows listed under the 2014 三省藏区 plan), else its column."""
        by = row.fields["established_by"].strip()
        override = self.src.programmes.get("programme_by_established", {}).get(by)
        programme = override or self.programme_by_reference.get(row.fields["programme"].strip())
        if programme is None:
            raise BuildError(f"{row.where}: programme {row.fields['programme']!r} is not mapped in data/curated/programmes.yaml")
        return programme

    def row_recipients(self, row: ReferenceRow) -> tuple[list[str], list[str], dict]:
        """Recipients, covered sub-units and each covered unit's own status (actors.yaml ``covers``)."""
        f, covers = row.fields, self.src.actors.get("covers", {})
        if f["recipient"] not in covers:
            return self.resolve(f["recipient"], f["recipient_parent"], row.where), [], {}
        spec = covers[f["recipient"]]
        covered = list(spec.get("covers", []))
        statuses = {k: STATUS[v] for k, v in (spec.get("status") or {}).items()}
        unknown = set(statuses) - set(covered)
        if unknown:
            raise BuildError(f"{row.where}: covers status for {sorted(unknown)} which the entry does not cover")
        return [spec["recipient"]], covered, {c: statuses.get(c, row.status) for c in covered}

    def is_withheld(self, row: ReferenceRow) -> bool:
        """Rows left out of the graph (programmes.yaml ``withheld``), recorded for the build report."""
        spec = self.src.programmes.get("withheld", {}).get(row.key)
        if spec is None:
            return False
        if spec["says"] not in row.fields.get("notes", ""):
            raise BuildError(f"{row.where}: notes no longer say {spec['says']!r} (withheld in data/curated/programmes.yaml)")
        self.withheld_rows.append({"row": row.where, "supporter": row.fields["supporter"], "recipient": row.fields["recipient"],
                                   "status": row.status, "reason": spec["reason"]})
        return True

    def row_status(self, row: ReferenceRow) -> tuple[str, list[str]]:
        """A verified row whose only evidence is copies naming no outlet is partially verified."""
        if row.status == "Verified" and not row.urls and row.copies_withheld and not row.copy_outlet:
            self.demoted_rows.append({"row": row.where, "supporter": row.fields["supporter"],
                                      "recipient": row.fields["recipient"], "from": "Verified", "to": "PartiallyVerified",
                                      "reason": "only unattributed copies"})
            return "PartiallyVerified", [UNATTRIBUTED_NOTE]
        return row.status, []

    def rounds_for(self, programme: str, by: str, where: str) -> list[str]:
        """The rounds of ``programme`` whose established_by strings include the row's (programmes.yaml ``rounds``)."""
        rounds = [r for r in self.src.programmes.get("rounds", []) if r["programme"] == programme]
        if not rounds:
            return []
        keys = [r["key"] for r in rounds if by in r.get("established_by", [])]
        if not keys:
            raise BuildError(f"{where}: established_by {by!r} names no round of {programme} (rounds in data/curated/programmes.yaml)")
        return keys

    def row_years(self, row: ReferenceRow, noted: dict) -> tuple[int | None, int | None, str | None]:
        """Start, end (the column, else what the notes state) and how sure the start is: from the notes
        (``from_notes`` start), or approximate when established_by says 约<start>年."""
        start = row.year("start_year")
        end = row.year("end_year") if "end_year" in row.fields else None
        end = end if end is not None else noted.get("end")
        self.check_stated_end(row, end, noted)
        year_status = {"unverified": "UnverifiedYear", "approximate": "ApproximateYear"}.get(noted.get("start"))
        if year_status is None and start is not None and f"约{start}年" in row.fields["established_by"]:
            year_status = "ApproximateYear"
        return start, end, year_status

    @staticmethod
    def check_stated_end(row: ReferenceRow, end: int | None, noted: dict) -> None:
        """Notes that state an end or a replacement need an end year, or from_notes ``no_end`` saying why not."""
        match = ENDS_IN_NOTES.search(row.fields.get("notes", ""))
        if match and end is None and not noted.get("no_end"):
            raise BuildError(f"{row.where}: the notes state an end or a replacement ({match.group(0)!r}) but the pairing has "
                             "no end year: add it under from_notes in data/curated/programmes.yaml (end: YEAR, or no_end: why)")

    @staticmethod
    def from_notes(row: ReferenceRow, spec: dict | None) -> dict:
        """What the row states only in its notes (data/curated/programmes.yaml ``from_notes``)."""
        if not spec:
            return {}
        if spec["says"] not in row.fields.get("notes", ""):
            raise BuildError(f"{row.where}: notes no longer say {spec['says']!r} (from_notes in "
                             "data/curated/programmes.yaml)")
        if spec.get("start") not in (None, "unverified", "approximate"):
            raise BuildError(f"{row.where}: from_notes start must be 'unverified' or 'approximate', not {spec['start']!r}")
        return {"end": int(spec["end"]) if "end" in spec else None, "start": spec.get("start"),
                "no_end": spec.get("no_end"), "notes": [spec["note"]] if spec.get("note") else []}

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
        withheld = row.copies_withheld + sum(1 for u in row.urls if not self.src.is_credible(u))
        out = list(credible)
        if withheld or not credible:
            node = URIRef(f"{row_node}/copies")
            g.add((node, RDF.type, DK.EvidenceRecord))
            g.add((node, RDFS.label, Literal(self.copies_label(withheld, row.copy_outlet), lang="zh")))
            if withheld and not row.copy_outlet:
                g.add((node, RDFS.label, Literal(f"unattributed copy ({withheld} seen; URLs not cited)", lang="en")))
            elif withheld:  # the original outlet the notes name for the copies, as data (shown beside answers)
                g.add((node, DCTERMS.publisher, Literal(row.copy_outlet, lang="zh")))
            g.add((node, DCTERMS.isPartOf, row_node))
            if row.fields.get("notes", "").strip():
                g.add((node, DK.note, Literal(row.fields["notes"].strip(), lang="en")))
            out.append(node)
        return out

    @staticmethod
    def copies_label(withheld: int, outlet: str) -> str:
        if not withheld:
            return "参考表未列出来源网址"
        where = f"原出处：{outlet}" if outlet else "未注明原出处（unattributed copy）"
        return f"转载副本{withheld}份（{where}；所在网站不在可信来源名单，网址不予引用）"

    def label_of(self, key: str) -> str:
        if key.startswith("div:"):
            return self.table.get(key[4:]).name
        return self.actors[key]["zh"]

    def emit_coverage(self, g, node: URIRef, p: Pairing) -> None:
        """Each covered unit: a record with its own status; the plain dk:coversUnit only when that status is
        no weaker than the pairing's."""
        for c in p.covers:
            status = p.cover_status.get(c, p.status)
            unit = self.actor_iri(c)
            record = URIRef(f"{node}/covers/{self.actor_local(c)}")
            g.add((node, DK.coverage, record))
            g.add((record, RDF.type, DK.CoveredUnit))
            g.add((record, RDFS.label, Literal(f"覆盖{self.label_of(c)}", lang="zh")))
            g.add((record, DK.coveredUnit, unit))
            g.add((record, DK.verificationStatus, DK[status]))
            for s in p.sources:
                g.add((record, DCTERMS.source, s))
            if STATUS_RANK[status] <= STATUS_RANK[p.status]:
                g.add((node, DK.coversUnit, unit))

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
            for r in p.rounds:
                g.add((node, DK.round, iri(r)))
            if p.team:
                g.add((node, DK.supporterTeam, self.actor_iri(p.team)))
            self.emit_coverage(g, node, p)
            for note in p.notes:
                lang = "zh" if re.search(r"[\u4e00-\u9fff]", note) and not re.search(r"[A-Za-z]{4}", note) else "en"
                g.add((node, DK.note, Literal(note, lang=lang)))


TEAM = re.compile(r"\((\w+) team\)")


def team_of(supporter: str, level: str) -> str | None:
    """The reference's supporter level says when a city or district served in its province's team (prefecture-level
    city (Fujian team)): the province, by the supporter's own code (350200 → 350000); None when it served in its own
    right (sub-provincial city (计划单列市), province)."""
    if not TEAM.search(level) or not supporter.startswith("div:"):
        return None
    return f"div:{supporter[4:6]}0000"
