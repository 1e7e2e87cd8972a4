"""The operating mechanisms as data: data/reference/mechanisms.csv + data/curated/mechanisms.yaml →
triples/mechanisms.ttl.

Each reference row becomes one or more facts (launch events, funding rules and reports, project
reports, cadre batches, counts and terms, 组团式 teams, management rules) carrying the row's
programme(s), mechanism, verification status and sources: the row's credible URLs, or an evidence
record naming the original outlet when the row's pages are copies we do not cite. The curated file
gives each row its typed shape; two reports of one figure stay two facts, each with its own source.
"""
from __future__ import annotations

import csv
import dataclasses
from collections import Counter
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, TIME, XSD

from ..errors import BuildError
from ..namespaces import DK, SCHEMA
from .graph_common import date_literal, iri
from .sources import ReferenceRow, _yaml

QB = Namespace("http://purl.org/linked-data/cube#")
TABLE = "mechanisms.csv"
CURATED = "mechanisms.yaml"
COLUMNS = ("programme", "mechanism", "fact_type", "subject", "value", "unit", "year_or_period",
           "statement_zh", "status", "source_urls", "notes")
MECHANISMS = {"启动机制": "mechanism/qidong", "干部人才管理": "mechanism/ganbu-rencai", "项目资金管理": "mechanism/xiangmu-zijin"}
CLASSES = ("LaunchEvent", "FundingRule", "FundingReport", "ProjectReport", "CadreBatch", "CadreCount", "CadreTerm",
           "TalentTeam", "ManagementRule")
# a figure's or event's mechanism follows its kind; a rule's is its row's
MECHANISM_OF_CLASS = {"LaunchEvent": "mechanism/qidong", "FundingRule": "mechanism/xiangmu-zijin",
                      "FundingReport": "mechanism/xiangmu-zijin", "ProjectReport": "mechanism/xiangmu-zijin",
                      "CadreBatch": "mechanism/ganbu-rencai", "CadreCount": "mechanism/ganbu-rencai",
                      "CadreTerm": "mechanism/ganbu-rencai", "TalentTeam": "mechanism/ganbu-rencai"}
UNITS = {"yi-yuan": ("HundredMillionYuan", "亿元"), "person": ("PersonUnit", "人"), "person-time": ("PersonTimeUnit", "人次"),
         "person-per-year": ("PersonPerYearUnit", "人/年"), "item": ("ItemUnit", "个"),
         "institution": ("InstitutionUnit", "家"), "year": ("YearUnit", "年"), "month": ("MonthUnit", "个月"), "permille": ("PerMilleUnit", "‰"),
         "percent": ("PercentUnit", "%"), "percent-per-year": ("PercentPerYearUnit", "%/年")}
QUALIFIERS = {"approximately": "Approximately", "at-least": "AtLeast", "nearly": "Nearly"}
KINDS = {"medical": ("MedicalTeam", "医疗人才“组团式”支援"), "education": ("EducationTeam", "教育人才“组团式”支援")}
DATASET = "dataset/mechanism-figures"
YI = Decimal(100_000_000)


@dataclasses.dataclass
class MechanismReport:
    rows: int
    by_status: dict[str, int]
    facts: int
    left_out: list[str]          # "file:line: reason" for each row not in the graph (none today)


def read_mechanism_rows(root: Path) -> list[ReferenceRow]:
    path = root / "data" / "reference" / TABLE
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    missing = [c for c in COLUMNS if rows and c not in rows[0]]
    if missing:
        raise BuildError(f"data/reference/{TABLE}: missing columns {missing}")
    return [ReferenceRow(TABLE, i, r) for i, r in enumerate(rows, start=1)]


def number(raw, where: str) -> Literal:
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        raise BuildError(f"{where}: value {raw!r} is not a number")
    if isinstance(raw, int):
        return Literal(raw, datatype=XSD.integer)
    return Literal(Decimal(str(raw)), datatype=XSD.decimal)


def shown(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def figure_text(spec: dict) -> str:
    """62 亿元 at-least → 62亿元以上; a range → 3—6‰."""
    unit = UNITS[spec["unit"]][1]
    if "min" in spec:
        return f"{shown(spec['min'])}—{shown(spec['max'])}{unit}"
    text = f"{shown(spec['value'])}{unit}"
    return {"approximately": f"约{text}", "at-least": f"{text}以上", "nearly": f"近{text}"}.get(spec.get("qualifier"), text)


def period_text(start: int, end: int | None) -> str:
    if end is None:
        return f"{start}年起"
    return f"{start}年" if start == end else f"{start}—{end}年"


class MechanismsMixin:
    """Part of :class:`GraphBuilder`: the mechanism facts (graph ``mechanisms``)."""

    def emit_mechanism_facts(self) -> MechanismReport:
        rows = read_mechanism_rows(self.src.root)
        curated = _yaml(self.src.root / "data" / "curated" / CURATED)
        entries = {e["subject"]: e for e in curated.get("facts", [])}
        unknown = set(entries) - {r.fields["subject"] for r in rows}
        if unknown:
            raise BuildError(f"data/curated/{CURATED}: no reference row has the subject {sorted(unknown)[0]!r}")
        g = self.graph("mechanisms")
        self.emit_mechanism_table(g, curated.get("mechanisms", {}))
        facts, left_out = 0, []
        for row in rows:
            entry = entries.get(row.fields["subject"])
            if entry is None:
                raise BuildError(f"{row.where}: no entry for subject {row.fields['subject']!r} in data/curated/{CURATED}")
            facts += self.emit_row_facts(g, row, entry)
        self.mechanism_report = MechanismReport(len(rows), dict(Counter(r.fields["status"] for r in rows)), facts, left_out)
        return self.mechanism_report

    def emit_mechanism_table(self, g: Graph, definitions: dict) -> None:
        g.bind("qb", QB)
        g.bind("time", TIME)
        table = iri(f"source/reference/{TABLE}")
        g.add((table, RDF.type, PROV.Entity))
        g.add((table, RDFS.label, Literal(f"项目参考表 {TABLE}（机制事实，每行附来源网址）", lang="zh")))
        g.add((table, RDFS.label, Literal(f"Project reference table {TABLE} (mechanism facts, each row with its sources)", lang="en")))
        dataset = iri(DATASET)
        g.add((dataset, RDF.type, QB.DataSet))
        g.add((dataset, RDFS.label, Literal("对口支援机制数字（资金、项目、干部人才）", lang="zh")))
        g.add((dataset, RDFS.label, Literal("Figures of the paired-assistance mechanisms (funds, projects, cadres)", lang="en")))
        g.add((dataset, QB.structure, DK.MechanismFigures))
        g.add((dataset, DCTERMS.source, table))
        for key, text in definitions.items():
            for lang in ("zh", "en"):
                g.add((iri(key), SKOS.definition, Literal(text[lang], lang=lang)))

    def emit_row_facts(self, g: Graph, row: ReferenceRow, entry: dict) -> int:
        row_node = self.emit_row(row)
        if row.fields.get("notes", "").strip():
            g.add((row_node, DK.note, Literal(row.fields["notes"].strip(), lang="en")))
        sources = self.row_sources(row, row_node)
        base = {k: v for k, v in entry.items() if k != "also"}
        specs = [base] + [{**{k: v for k, v in base.items() if k in ("programmes", "period")}, **s}
                          for s in entry.get("also", [])]
        for n, spec in enumerate(specs, start=1):
            node = iri(f"mechanism-fact/{row.number}" + (f"-{n}" if n > 1 else ""))
            self.emit_fact(g, node, row, row_node, spec, self.fact_sources(row, sources, spec))
        return len(specs)

    def fact_sources(self, row: ReferenceRow, sources: list[URIRef], spec: dict) -> list[URIRef]:
        """A fact cites its row's sources, or the one report it comes from (``source: N``) when credible."""
        if "source" not in spec:
            return sources
        url = row.urls[int(spec["source"]) - 1]
        return [URIRef(url)] if self.src.is_credible(url) else [s for s in sources if str(s) not in row.urls]

    def emit_fact(self, g: Graph, node: URIRef, row: ReferenceRow, row_node: URIRef, spec: dict,
                  sources: list[URIRef]) -> None:
        where = f"data/curated/{CURATED}: {row.fields['subject']}"
        klass = spec.get("class")
        if klass not in CLASSES:
            raise BuildError(f"{where}: class {klass!r} is not one of {CLASSES}")
        if "unit" in spec and spec["unit"] not in UNITS:
            raise BuildError(f"{where}: unit {spec['unit']!r} is not one of {sorted(UNITS)}")
        g.add((node, RDF.type, DK[klass]))
        g.add((node, RDFS.label, Literal(self.fact_label(spec, row), lang="zh")))
        for programme in self.fact_programmes(row, spec):
            g.add((node, DK.aboutProgramme, iri(programme)))
        g.add((node, DK.mechanism, iri(MECHANISM_OF_CLASS.get(klass, MECHANISMS[row.fields["mechanism"]]))))
        g.add((node, DK.statement, Literal(row.fields["statement_zh"], lang="zh")))
        g.add((node, DK.verificationStatus, DK[row.status]))
        g.add((node, PROV.wasDerivedFrom, row_node))
        for s in sources:
            g.add((node, DCTERMS.source, s))
        self.emit_period(g, node, spec, where)
        if "unit" in spec:
            self.emit_figure(g, node, spec, where)
        self.emit_details(g, node, spec)

    def fact_label(self, spec: dict, row: ReferenceRow) -> str:
        when = period_text(*self.period_of(spec))
        if spec.get("label"):
            return f"{spec['label']}（{spec['date']}）" if spec.get("date") else spec["label"]
        if "unit" in spec:
            return f"{spec.get('measure', row.fields['subject'])}：{figure_text(spec)}（{when}）"
        if spec.get("kind") and spec.get("date"):
            return f"{KINDS[spec['kind']][1]}启动（{spec['date']}年）"
        if spec.get("date"):
            return f"{row.fields['subject']}（{spec['date']}）"
        return row.fields["subject"]

    def fact_programmes(self, row: ReferenceRow, spec: dict) -> list[str]:
        if spec.get("programmes"):
            return list(spec["programmes"])
        out = []
        for name in row.fields["programme"].split("+"):
            if name.strip() not in self.programme_by_reference:
                raise BuildError(f"{row.where}: programme {name!r} is not a reference of data/curated/programmes.yaml")
            out.append(self.programme_by_reference[name.strip()])
        return out

    @staticmethod
    def period_of(spec: dict) -> tuple[int, int | None]:
        start, end = spec["period"]
        return int(start), (int(end) if end is not None else None)

    def emit_period(self, g: Graph, node: URIRef, spec: dict, where: str) -> None:
        if "period" not in spec:
            raise BuildError(f"{where}: no period")
        start, end = self.period_of(spec)
        g.add((node, DK.startYear, Literal(start)))
        if end is not None:
            g.add((node, DK.endYear, Literal(end)))
        key = f"period/{start}" if start == end else f"period/{start}-{end if end is not None else ''}"
        interval = iri(key)
        g.add((node, DK.period, interval))
        g.add((interval, RDF.type, TIME.Interval))
        g.add((interval, RDFS.label, Literal(period_text(start, end), lang="zh")))
        for prop, year in ((TIME.hasBeginning, start), (TIME.hasEnd, end)):
            if year is not None:
                instant = iri(f"year/{year}")
                g.add((interval, prop, instant))
                g.add((instant, RDF.type, TIME.Instant))
                g.add((instant, TIME.inXSDgYear, Literal(str(year), datatype=XSD.gYear)))

    def emit_figure(self, g: Graph, node: URIRef, spec: dict, where: str) -> None:
        g.add((node, RDF.type, QB.Observation))
        g.add((node, QB.dataSet, iri(DATASET)))
        g.add((node, DK.unit, DK[UNITS[spec["unit"]][0]]))
        if "min" in spec:
            g.add((node, DK.minValue, number(spec["min"], where)))
            g.add((node, DK.maxValue, number(spec["max"], where)))
        else:
            value = number(spec.get("value"), where)
            g.add((node, DK.value, value))
            if spec["unit"] == "yi-yuan":
                g.add((node, SCHEMA.currency, Literal("CNY")))
                g.add((node, SCHEMA.value, Literal(Decimal(str(spec["value"])) * YI, datatype=XSD.decimal)))
        if spec.get("qualifier"):
            g.add((node, DK.valueQualifier, DK[QUALIFIERS[spec["qualifier"]]]))
        if spec.get("measure"):
            g.add((node, DK.measure, Literal(spec["measure"], lang="zh")))

    def emit_details(self, g: Graph, node: URIRef, spec: dict) -> None:
        if spec.get("date"):
            g.add((node, DK.date, date_literal(spec["date"])))  # no dk:year: that marks dated events (meetings…)
        if spec.get("date_end"):
            g.add((node, DK.endDate, date_literal(spec["date_end"])))
        for field, prop in (("scope", DK.scope), ("base", DK.base), ("principle", DK.principle), ("practice", DK.practice)):
            if spec.get(field):
                g.add((node, prop, Literal(spec[field], lang="zh")))
        if spec.get("batch"):
            g.add((node, DK.batchNumber, Literal(int(spec["batch"]))))
        if spec.get("kind"):
            g.add((node, DK.teamKind, DK[KINDS[spec["kind"]][0]]))
        if spec.get("event"):
            g.add((node, DK.event, iri(spec["event"])))
        for key in spec.get("responsible", []):
            g.add((node, DK.responsible, self.actor_iri(key)))
