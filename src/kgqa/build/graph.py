"""Curated sources → RDF graphs, one per output file in triples/.

Every pairing and dated event gets ``dcterms:source``: a part of the book, a credible URL, or an
evidence record naming the original outlet of a copy whose URL we do not publish.
"""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from pypinyin import lazy_pinyin
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from ..errors import BuildError
from ..namespaces import BIBO, DK, ID, PREFIXES, SCHEMA, WD
from .divisions import DivisionTable, strip_parenthetical
from .sources import ReferenceRow, Sources

STATUS = {"verified": "Verified", "partial": "PartiallyVerified", "unverified": "Unverified"}
ETHNIC_SUFFIXES = ("蒙古族", "藏族", "回族", "维吾尔", "哈萨克", "柯尔克孜", "土家族", "苗族", "布依族", "傈僳族",
                   "朝鲜族", "彝族", "羌族", "塔吉克", "侗族", "壮族", "蒙古", "傈僳", "土家")
SHORT_FORMS = {"653000": ["克州"], "652800": ["巴州"], "652700": ["博州"], "654000": ["伊犁州"],
               "652300": ["昌吉州"], "513300": ["甘孜州"], "513200": ["阿坝州"], "513400": ["凉山州"]}


def iri(key: str) -> URIRef:
    return URIRef(ID[key])


def zh_en(g: Graph, node, prop, labels: dict | None) -> None:
    for lang in ("zh", "en"):
        if labels and labels.get(lang):
            g.add((node, prop, Literal(labels[lang], lang=lang)))


def date_literal(raw: str) -> Literal:
    raw = str(raw)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        return Literal(raw, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", raw):
        return Literal(raw, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", raw):
        return Literal(raw, datatype=XSD.gYear)
    raise BuildError(f"date {raw!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


def slug(text: str) -> str:
    return "".join(lazy_pinyin(text, errors="ignore")).lower()


def short_name(name: str) -> str | None:
    """新疆维吾尔自治区 → 新疆, 甘孜藏族自治州 → 甘孜, 北京市 → 北京; None when nothing sensible is left."""
    base = name
    for suffix in ("特别行政区", "自治区", "自治州", "自治县", "地区", "省", "市", "县", "区", "盟", "旗"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
            break
    changed = True
    while changed:
        changed = False
        for ethnic in ETHNIC_SUFFIXES:
            if base.endswith(ethnic) and len(base) > len(ethnic):
                base, changed = base[: -len(ethnic)], True
    return base if base != name and len(base) >= 2 else None


@dataclasses.dataclass
class Pairing:
    iri: URIRef
    programme: str
    supporter: str
    recipient: str
    origin: str                       # output file (graph) name
    start: int | None = None
    end: int | None = None
    year_status: str | None = None
    status: str = "Verified"
    types: list = dataclasses.field(default_factory=list)
    established_by: list = dataclasses.field(default_factory=list)
    sources: list = dataclasses.field(default_factory=list)     # URIRefs
    derived_from: list = dataclasses.field(default_factory=list)
    covers: list = dataclasses.field(default_factory=list)
    notes: list = dataclasses.field(default_factory=list)


class GraphBuilder:
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

    # ---------------------------------------------------------------- helpers
    def graph(self, name: str) -> Graph:
        if name not in self.graphs:
            g = Graph()
            for prefix, ns in PREFIXES.items():
                g.bind(prefix, ns)
            self.graphs[name] = g
        return self.graphs[name]

    def book_part(self, cite: dict) -> URIRef:
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

    # ---------------------------------------------------------------- actors
    def register_alias(self, name: str, key: str) -> None:
        keys = self.aliases.setdefault(name, [])
        if key not in keys:
            keys.append(key)

    def load_actor_definitions(self) -> None:
        a = self.src.actors
        for group, klass in (("agencies", "CentralAgency"), ("enterprises", "CentralEnterprise"),
                             ("xpcc", "XPCCDivision"), ("collectives", "CollectiveActor")):
            for item in a.get(group, []):
                item = dict(item, klass=item.get("class", klass))
                self.actors[item["key"]] = item
                for name in [item["zh"], *item.get("alt", [])]:
                    self.register_alias(name, item["key"])

    def resolve(self, name: str, context: str = "", where: str = "") -> list[str]:
        """A source's name → actor keys (``div:CODE`` or a defined key)."""
        name = name.strip()
        names = self.src.actors.get("names", {})
        if name in names:
            return list(names[name])
        if name in self.actors:
            return [name]
        for candidate in (name, strip_parenthetical(name)):
            if candidate in self.aliases and len(self.aliases[candidate]) == 1:
                return list(self.aliases[candidate])
            code = self.table.find(candidate, context)
            if code:
                return [f"div:{code}"]
        for prefix in sorted((n for n in self.table.by_name if name.startswith(n) and n != name), key=len, reverse=True):
            code = self.table.find(name[len(prefix):], prefix + context)
            if code and prefix in [self.table.names[c] for c in self.table.ancestors(code)]:
                return [f"div:{code}"]
        if name.endswith(("乡", "镇")) and context:
            county = self.table.find(context.split("/")[-1], context)
            if county:
                key = f"town:{county}:{name}"
                self.actors[key] = {"key": key, "zh": name, "klass": "TownshipLevelDivision", "parent": f"div:{county}"}
                return [key]
        raise BuildError(f"{where}: cannot resolve {name!r} (context {context!r}); "
                         "add it to data/curated/actors.yaml under names")

    def actor_iri(self, key: str) -> URIRef:
        if key.startswith("div:"):
            code = key[4:]
            self.table.get(code)
            self.used_divisions.add(code)
            return iri(f"division/{code}")
        if key.startswith("town:"):
            _, county, name = key.split(":", 2)
            return iri(f"division/{county}-{slug(name)}")
        if key not in self.actors:
            raise BuildError(f"actor key {key!r} is not defined in data/curated/actors.yaml")
        return iri(key)

    def actor_local(self, key: str) -> str:
        return str(self.actor_iri(key))[len(str(ID)):].replace("division/", "").replace("/", "-")

    def emit_actors(self) -> None:
        g = self.graph("actors")
        for row in self.src.admin_ids:
            self.used_divisions.add(row["gb2260_code"])
        codes = set(self.used_divisions)
        for code in list(codes):
            codes.update(self.table.ancestors(code))
        qids = {r["gb2260_code"]: r["wikidata_qid"] for r in self.src.admin_ids if r.get("wikidata_qid")}
        abbreviations = {str(k): v for k, v in self.src.actors.get("abbreviations", {}).items()}
        later_names = {str(k): v for k, v in self.src.actors.get("later_names", {}).items()}
        for code in sorted(codes):
            d = self.table.get(code)
            node = iri(f"division/{code}")
            g.add((node, RDF.type, DK[d.klass]))
            g.add((node, RDFS.label, Literal(d.name, lang="zh")))
            g.add((node, SKOS.prefLabel, Literal(d.name, lang="zh")))
            g.add((node, DK.gb2260Code, Literal(code)))
            short = short_name(d.name)
            for alt in ([short] if short else []) + SHORT_FORMS.get(code, []):
                g.add((node, SKOS.altLabel, Literal(alt, lang="zh")))
            if code in later_names:
                g.add((node, SKOS.altLabel, Literal(later_names[code], lang="zh")))
            if code in abbreviations:
                g.add((node, DK.abbreviation, Literal(abbreviations[code], lang="zh")))
            g.add((node, DK.pinyin, Literal(slug(short or d.name))))
            if d.parent:
                g.add((node, DK.directlyPartOf, iri(f"division/{d.parent}")))
            if code in qids:
                g.add((node, SKOS.exactMatch, WD[qids[code]]))
            coords = self.table.coordinates(code)
            if coords:
                g.add((node, SCHEMA.longitude, Literal(round(coords[0], 5))))
                g.add((node, SCHEMA.latitude, Literal(round(coords[1], 5))))
        self.emit_historical_names(g)
        for key, item in sorted(self.actors.items()):
            node = self.actor_iri(key)
            g.add((node, RDF.type, DK[item["klass"]]))
            g.add((node, RDFS.label, Literal(item["zh"], lang="zh")))
            g.add((node, SKOS.prefLabel, Literal(item["zh"], lang="zh")))
            if item.get("en"):
                g.add((node, RDFS.label, Literal(item["en"], lang="en")))
            for alt in item.get("alt", []):
                g.add((node, SKOS.altLabel, Literal(alt, lang="zh")))
            g.add((node, DK.pinyin, Literal(slug(item.get("alt", [item["zh"]])[0] if item["klass"] != "CollectiveActor" else item["zh"]))))
            parent = item.get("parent") or item.get("part_of")
            if parent is None and key.startswith("xpcc/"):
                parent = "xpcc"
            if parent:
                g.add((node, DK.directlyPartOf, self.actor_iri(parent)))
            if item.get("city"):
                g.add((node, SKOS.closeMatch, self.actor_iri(item["city"])))
            if item.get("count"):
                g.add((node, DK.memberCount, Literal(int(item["count"]))))
            if item.get("note"):
                g.add((node, DK.note, Literal(item["note"], lang="zh")))
            if item.get("succeeded_by"):
                g.add((self.actor_iri(item["succeeded_by"]), DK.precededBy, node))
        for row in self.src.wikidata_extra:
            keys = self.aliases.get(row["name"]) or [f"div:{c}" for c in self.table.by_name.get(row["name"], [])]
            if len(keys) == 1 and (keys[0] in self.actors or keys[0][4:] in codes):
                g.add((self.actor_iri(keys[0]), SKOS.exactMatch, WD[row["qid"].strip()]))

    def emit_historical_names(self, g: Graph) -> None:
        for item in self.src.actors.get("historical_names", []):
            code = str(item["code"])
            self.table.get(code)
            node = iri(f"division/{code}/name/{slug(item['name'])}")
            owner = iri(f"division/{code}")
            g.add((owner, DK.historicalName, node))
            g.add((owner, SKOS.hiddenLabel, Literal(item["name"], lang="zh")))
            g.add((node, RDF.type, DK.HistoricalName))
            g.add((node, RDFS.label, Literal(item["name"], lang="zh")))
            if item.get("until"):
                g.add((node, DK.endYear, Literal(int(item["until"]))))
            if item.get("former_code"):
                g.add((node, DK.formerCode, Literal(str(item["former_code"]))))
            g.add((node, DK.verificationStatus, DK[STATUS[item["status"]]]))
            g.add((node, DCTERMS.source, self.evidence(f"name-{code}-{slug(item['name'])}", item["evidence"], "README.md")))

    # ---------------------------------------------------------------- book
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
        if e.get("report_title"):
            g.add((node, DK.reportTitle, Literal(e["report_title"], lang="zh")))
        if e.get("stage"):
            g.add((node, DK.stage, iri(f"stage/{e['stage']}")))
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

    # ---------------------------------------------------------------- programmes, events (reference)
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

    # ---------------------------------------------------------------- pairings
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
            for s in supporters:
                for r in recipients:
                    self.add_pairing(Pairing(
                        iri=self.pairing_iri(programme, s, r), programme=programme, supporter=s, recipient=r,
                        origin=row.table.removesuffix(".csv"), start=start, end=end, status=row.status,
                        established_by=list(established[f["established_by"].strip()]), sources=list(sources),
                        derived_from=[row_node], covers=covered,
                        notes=[f["notes"].strip()] if f.get("notes", "").strip() else []))

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

    # ---------------------------------------------------------------- all
    def build(self) -> dict[str, Graph]:
        self.load_actor_definitions()
        for t in ("book", "programmes", "actors"):
            self.graph(t)
        self.emit_programmes()
        self.emit_book()
        self.pairings_from_book()
        self.pairings_from_reference()
        self.emit_pairings()
        self.emit_actors()
        return self.graphs


def write_graphs(graphs: dict[str, Graph], out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, g in sorted(graphs.items()):
        path = out_dir / f"{name}.ttl"
        header = f"# Generated by `kgqa build` from data/ — do not edit; edit the sources and rebuild.\n"
        path.write_text(header + g.serialize(format="turtle"), encoding="utf-8")
        written.append(path)
    return written
