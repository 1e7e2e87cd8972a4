"""The book's and the reference notes' programmes, meetings, documents, stages, types and mechanisms."""
from __future__ import annotations


from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from ..namespaces import BIBO, DK, SCHEMA
from .graph_common import STATUS, date_literal, iri, zh_en


class EventsMixin:
    """Part of :class:`GraphBuilder`: everything that is not an actor or a pairing."""

    @staticmethod
    def emit_heading(g: Graph, parent: URIRef, node: URIRef, heading: dict, cls: URIRef, prefix: str) -> None:
        """A chapter or section of the book's contents: its title (the book's own heading), number and first page."""
        g.add((node, RDF.type, cls))
        g.add((node, DCTERMS.isPartOf, parent))
        g.add((parent, DCTERMS.hasPart, node))
        g.add((node, DCTERMS.title, Literal(heading["title"], lang="zh")))
        g.add((node, RDFS.label, Literal(f"{prefix} {heading['title']}".strip(), lang="zh")))
        g.add((node, DK.headingNumber, Literal(heading["n"])))
        g.add((node, BIBO.pageStart, Literal(str(heading["page"]))))

    def emit_book(self) -> None:
        g, b = self.graph("book"), self.src.book
        book = iri("source/book")
        meta = b["book"]
        g.add((book, RDF.type, BIBO.Book))
        g.add((book, RDFS.label, Literal(f"《{meta['title']}》", lang="zh")))
        g.add((book, DCTERMS.title, Literal(meta["title"], lang="zh")))
        g.add((book, DCTERMS.creator, Literal(f"{meta['editor']} 主编", lang="zh")))
        g.add((book, DCTERMS.publisher, Literal(meta["publisher"], lang="zh")))
        g.add((book, DCTERMS.issued, Literal(str(meta["year"]), datatype=XSD.gYear)))
        g.add((book, BIBO.isbn13, Literal(meta["isbn"])))
        g.add((book, OWL.sameAs, URIRef(f"urn:isbn:{meta['isbn']}")))
        if printed := meta.get("isbn_printed"):  # ISBN 978-7-5203-2827-2 (copyright page): the form people write
            g.add((book, BIBO.isbn, Literal(printed)))
        if price := meta.get("price"):  # 定价 89.00 元 (copyright page)
            g.add((book, SCHEMA.price, Literal(price["amount"], datatype=XSD.decimal)))
            g.add((book, SCHEMA.priceCurrency, Literal(price["currency"])))
        if preface := meta.get("preface"):  # the preface is signed 杨龙, 2018年1月于南开大学
            g.add((book, DK.prefaceBy, Literal(preface["signed_by"], lang="zh")))
            g.add((book, DK.prefaceDate, date_literal(preface["date"])))
            if preface.get("place"):
                g.add((book, DK.prefacePlace, Literal(preface["place"], lang="zh")))
        if series := meta.get("series"):  # 我们团队的第二本研究报告 (preface): its number in the series, and the first report
            g.add((book, DK.seriesNumber, Literal(int(series["number"]))))
            if first := series.get("first"):
                node = iri("source/book/series/1")
                g.add((node, RDF.type, BIBO.Document))
                g.add((node, RDFS.label, Literal(f"《{first['title']}》", lang="zh")))
                g.add((node, DCTERMS.title, Literal(first["title"], lang="zh")))
                g.add((node, DCTERMS.issued, Literal(str(first["issued"]), datatype=XSD.gYear)))
                g.add((node, DCTERMS.publisher, Literal(first["publisher"], lang="zh")))
                g.add((node, DCTERMS.source, self.front_matter(series["source"]["page"])))
                g.add((book, DK.seriesFirst, node))
        if published := meta.get("published"):  # 2018年7月第1版
            g.add((book, DK.publicationDate, date_literal(published["date"])))
        for item, said in meta.get("imprint", {}).get("items", {}).items():  # 责任编辑：…, 字数：…
            g.add((book, DK.imprintItem, Literal(f"{item}：{said}", lang="zh")))
        for ch in b.get("chapters", []):  # the contents: chapters, their sections and subsections, with their pages
            numeral = "一二三四五六七八九十"
            chapter = f"第{numeral[ch['n'] - 1]}章"
            self.emit_heading(g, book, iri(f"source/book/chapter/{ch['n']}"), ch, BIBO.Chapter, chapter)
            for sec in ch.get("sections", []):  # labelled with their place in the contents (第二章 二（二）): their
                node = iri(f"source/book/chapter/{ch['n']}/{sec['n']}")  # titles may be a term's own name (对口合作)
                section = f"{chapter} {numeral[sec['n'] - 1]}"
                self.emit_heading(g, iri(f"source/book/chapter/{ch['n']}"), node, sec, DK.BookSection, section)
                for part in sec.get("parts", []):
                    self.emit_heading(g, node, iri(f"source/book/chapter/{ch['n']}/{sec['n']}/{part['n']}"), part,
                                      DK.BookSection, f"{section}（{numeral[part['n'] - 1]}）")
        for item in b.get("matter", []):  # 前言 (1), 后记 (343): the contents' items outside the chapters, with their page
            node = self.front_matter(item["title"])
            g.add((node, DCTERMS.title, Literal(item["title"], lang="zh")))
            g.add((node, BIBO.pageStart, Literal(str(item["page"]))))
        for t in b.get("typology", []):
            self.emit_type(g, t)
        for s in b.get("stages", []):
            node = iri(f"stage/{s['n']}")
            g.add((node, RDF.type, DK.DevelopmentStage))
            zh_en(g, node, RDFS.label, {"zh": f"第{'一二三四'[s['n'] - 1]}阶段：{s['label']['zh']}", "en": f"Stage {s['n']}: {s['label']['en']}"})
            g.add((node, DK.stageNumber, Literal(s["n"])))
            g.add((node, DK.startYear, Literal(s["start"])))
            zh_en(g, node, DCTERMS.description, s.get("summary"))
            zh_en(g, node, DK.note, s.get("period"))
            if s.get("start_note"):
                g.add((node, DK.note, Literal(s["start_note"], lang="zh")))
            if s.get("marked_by"):
                g.add((node, DK.marksStart, iri(s["marked_by"])))
            g.add((node, DK.verificationStatus, DK[STATUS[s.get("status", "verified")]]))
            g.add((node, DCTERMS.source, self.book_part(s["source"])))
        for p in b.get("people", []):
            node = iri(p["key"])
            g.add((node, RDF.type, DK.Person))
            zh_en(g, node, RDFS.label, p["label"])
            g.add((node, DK.role, Literal(p["role"], lang="zh")))
            if p.get("affiliation"):
                g.add((node, DK.affiliation, Literal(p["affiliation"], lang="zh")))
            g.add((node, DCTERMS.source, self.book_part(p["source"])))
        for e in b.get("events", []):
            self.emit_event(g, e, self.book_part(e["source"]))
        for d in b.get("documents", []):
            self.emit_document(g, d, self.book_part(d["source"]))
        for p in b.get("programmes", []):
            self.emit_programme(g, p, self.book_part(p["source"]))
        for m in b.get("mechanisms", []):
            self.emit_mechanism(g, m, None)

    def emit_type(self, g: Graph, t: dict) -> None:
        node = iri(t["key"])
        g.add((node, RDF.type, DK.RelationshipType))
        g.add((node, SKOS.inScheme, DK.RelationshipTypeScheme))
        zh_en(g, node, RDFS.label, t["label"])
        zh_en(g, node, SKOS.prefLabel, t["label"])
        zh_en(g, node, SKOS.definition, t.get("definition"))
        for alt in t.get("alt", []):
            g.add((node, SKOS.altLabel, Literal(alt, lang="zh")))
        broader = t.get("broader")
        for b in [broader] if isinstance(broader, str) else broader or []:
            g.add((node, SKOS.broader, iri(b)))
        if not broader:
            g.add((DK.RelationshipTypeScheme, SKOS.hasTopConcept, node))
        if t.get("source"):
            g.add((node, DCTERMS.source, self.book_part(t["source"])))
        if t.get("document"):
            g.add((node, DCTERMS.source, iri(t["document"])))

    def emit_event(self, g: Graph, e: dict, source: URIRef | None) -> URIRef:
        node = iri(e["key"])
        g.add((node, RDF.type, DK[e.get("class", "Meeting")]))
        zh_en(g, node, RDFS.label, e["label"])
        g.add((node, DK.date, date_literal(e["date"])))
        g.add((node, DK.year, Literal(int(str(e["date"])[:4]))))
        if e.get("location"):
            g.add((node, DK.location, self.actor_iri(self.resolve(e["location"], where=e["key"])[0])))
        for prop, field in ((DK.convenedBy, "convened_by"), (DK.participant, "participants")):
            for k in e.get(field, []):
                g.add((node, prop, self.actor_iri(k)))
        if e.get("lead_by"):
            g.add((node, DK.leadBy, self.actor_iri(e["lead_by"])))
        if e.get("report_by"):
            g.add((node, DK.reportBy, iri(e["report_by"])))
        if e.get("report_title"):  # the report's title names the meeting it was given at (《…》这个报告是谁作的)
            g.add((node, DK.reportTitle, Literal(e["report_title"], lang="zh")))
            g.add((node, SKOS.hiddenLabel, Literal(e["report_title"], lang="zh")))
        if e.get("stage"):
            g.add((node, DK.stage, iri(f"stage/{e['stage']}")))
        for field, prop in (("newspaper", DK.newspaper), ("commended", DK.commendedUnit), ("practice", DK.practice)):
            for said in [e[field]] if isinstance(e.get(field), str) else e.get(field, []):  # a printed text's paper
                g.add((node, prop, Literal(said, lang="zh")))  # and example, a practice
        if e.get("sets_up"):  # the body the event set up (an actor of actors.yaml)
            g.add((node, DK.setsUp, self.actor_iri(e["sets_up"])))
        for d in e.get("documents", []):
            g.add((node, DCTERMS.references, iri(d)))
        zh_en(g, node, DCTERMS.description, e.get("summary"))
        if e.get("cites"):
            g.add((node, DCTERMS.bibliographicCitation, Literal(e["cites"], lang="zh")))
        for note in (e.get("date_note"), e.get("note")):
            if note:
                g.add((node, DK.note, Literal(note, lang="zh")))
        self.attach_sources(g, node, e, source)
        return node

    def attach_sources(self, g: Graph, node: URIRef, item: dict, source: URIRef | None) -> None:
        g.add((node, DK.verificationStatus, DK[STATUS[item.get("status", "verified")]]))
        cited = [source] if source else []
        for s in cited:
            g.add((node, DCTERMS.source, s))
        cited += self.cite_urls(g, node, item.get("sources", []))
        if item.get("evidence") or not cited:
            text = item.get("evidence") or "项目参考表说明"
            g.add((node, DCTERMS.source, self.evidence(item["key"].replace("/", "-"), text, "notes")))

    def emit_document(self, g: Graph, d: dict, source: URIRef | None) -> None:
        node = iri(d["key"])
        g.add((node, RDF.type, DK.PolicyDocument))
        zh_en(g, node, RDFS.label, d["label"])
        if d.get("number"):
            g.add((node, DK.documentNumber, Literal(d["number"], lang="zh")))
            g.add((node, SKOS.altLabel, Literal(d["number"], lang="zh")))
        if d.get("date"):
            g.add((node, DK.date, date_literal(d["date"])))
        year = d.get("year") or int(str(d["date"])[:4])
        g.add((node, DK.year, Literal(int(year))))
        for k in d.get("issued_by", []):
            g.add((node, DK.issuedBy, self.actor_iri(k)))
        if d.get("stage"):
            g.add((node, DK.stage, iri(f"stage/{d['stage']}")))
        zh_en(g, node, DCTERMS.description, d.get("summary"))
        for note in (d.get("date_note"), d.get("note")):
            if note:
                g.add((node, DK.note, Literal(note, lang="zh")))
        self.attach_sources(g, node, d, source)

    def emit_programme(self, g: Graph, p: dict, source: URIRef | None) -> None:
        node = iri(p["key"])
        g.add((node, RDF.type, DK.Programme))
        zh_en(g, node, RDFS.label, p["label"])
        for alt in p.get("alt", []):
            g.add((node, SKOS.altLabel, Literal(alt, lang="zh")))
        g.add((node, DK.programmeType, iri(p["type"])))
        if p.get("start"):
            g.add((node, DK.startYear, Literal(int(p["start"]))))
        if p.get("launched_by"):
            g.add((node, DK.launchedBy, iri(p["launched_by"])))
        for note in (p.get("start_note"), p.get("note")):
            if note:
                g.add((node, DK.note, Literal(note, lang="zh")))
        if source:
            g.add((node, DCTERMS.source, source))
        refs = p.get("reference") or []
        for ref in [refs] if isinstance(refs, str) else refs:
            self.programme_by_reference[ref] = p["key"]
        if refs and not source:
            for table in ("pairings-tibet-xinjiang.csv", "pairings-other.csv"):
                if any(r.table == table and r.fields["programme"] in ([refs] if isinstance(refs, str) else refs) for r in self.src.rows):
                    g.add((node, DCTERMS.source, iri(f"source/reference/{table}")))

    def emit_rounds(self) -> None:
        """Rounds (phases) of a programme, each launched by its own meeting or decision."""
        g = self.graph("programmes")
        for r in self.src.programmes.get("rounds", []):
            node = iri(r["key"])
            g.add((node, RDF.type, DK.ProgrammeRound))
            zh_en(g, node, RDFS.label, r["label"])
            g.add((node, DK.roundOf, iri(r["programme"])))
            g.add((node, DK.startYear, Literal(int(r["start"]))))
            if r.get("end"):
                g.add((node, DK.endYear, Literal(int(r["end"]))))
            if r.get("launched_by"):
                g.add((node, DK.launchedBy, iri(r["launched_by"])))
            if r.get("note"):
                g.add((node, DK.note, Literal(r["note"], lang="zh")))
            g.add((node, DCTERMS.source, iri(f"source/reference/{r['source']}")))

    def emit_mechanism(self, g: Graph, m: dict, parent: URIRef | None) -> None:
        node = iri(m["key"])
        g.add((node, RDF.type, DK[m.get("class", "MechanismComponent")]))
        zh_en(g, node, RDFS.label, m["label"])
        for alt in m.get("alt", []):
            g.add((node, SKOS.altLabel, Literal(alt, lang="zh")))
        g.add((node, DCTERMS.source, self.book_part(m["source"])))
        if parent is not None:
            g.add((parent, DK.hasPart, node))
        for part in m.get("parts", []):
            self.emit_mechanism(g, part, node)

    def emit_programmes(self) -> None:
        g, p = self.graph("programmes"), self.src.programmes
        for table in ("pairings-tibet-xinjiang.csv", "pairings-other.csv"):
            node = iri(f"source/reference/{table}")
            g.add((node, RDF.type, PROV.Entity))
            g.add((node, RDFS.label, Literal(f"项目参考表 {table}（每行附来源网址）", lang="zh")))
            g.add((node, RDFS.label, Literal(f"Project reference table {table} (each row with its sources)", lang="en")))
        for notes in ("notes", "README.md"):
            node = iri(f"source/reference/{notes}")
            g.add((node, RDF.type, PROV.Entity))
            g.add((node, RDFS.label, Literal("项目参考表的研究说明（data/reference/*.md）", lang="zh")))
        for item in p.get("events", []):
            self.emit_event(g, item, None)
        for item in p.get("documents", []):
            self.emit_document(g, item, None)
        for item in p.get("programmes", []):
            self.emit_programme(g, item, None)

