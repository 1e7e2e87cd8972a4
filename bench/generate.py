"""A deterministic, domain-shaped synthetic 对口支援 graph of any size, in N-Triples.

Same IRIs and ontology as ``triples/`` (``https://w3id.org/duikou/``, ``dk:``): provinces with their real
GB/T 2260 codes and names, prefectures, counties and townships (``dk:directlyPartOf`` plus the materialised
transitive ``dk:partOf``, as the build derives it), central agencies and enterprises, programmes, policy
documents, and reified ``dk:PairingRelationship`` nodes shaped like the SHACL shapes ask (one supporter,
one recipient, programme, type, years or ``dk:UnknownYear``, establishedBy, verification status, sources,
``prov:wasDerivedFrom`` a reference row) with the derived ``dk:supports``/``dk:supportedBy``.

Projects with funding and cadre batches have no terms in our ontology: they use bench-only terms under
``dkb:`` (:data:`DKB`). They fill the budget past the pairings, which is how real data would grow.

The same ``--triples``/``--seed`` always give a byte-identical file. Synthetic divisions reuse the real
code pattern; their codes and names are made up (only the provinces, the five 计划单列市 and a few anchors are real).
Supporters are drawn at the real pairings' shares, typed as the build types them (``dk:ProvinceRankActor`` …), and
a team member's pairing names its province (``dk:supporterTeam``) and a programme carries its short names (援疆 …), as
the question templates expect.
"""
from __future__ import annotations

import random
from typing import IO

from .domain import (AGENCIES, ANCHORS, CADRE_TYPES, COUNTY_KINDS, PREF_KINDS, PROGRAMME_SHORT_NAMES, PROGRAMMES,
                     PROVINCES,
                     SECTORS, SEPARATELY_PLANNED, STATUSES, SUPERCLASSES, SUPPORTER_SHARES, SYLLABLES)

BASE = "https://w3id.org/duikou/"
DK = BASE + "ontology#"
DKB = BASE + "bench#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT_SOURCE = "<http://purl.org/dc/terms/source>"
PROV_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
PROV_ENTITY = "<http://www.w3.org/ns/prov#Entity>"
ORGANIZATION = "<http://www.w3.org/ns/org#Organization>"
XSD = "http://www.w3.org/2001/XMLSchema#"


def iri(path: str) -> str:
    return f"<{BASE}{path}>"


def dk(term: str) -> str:
    return f"<{DK}{term}>"


def dkb(term: str) -> str:
    return f"<{DKB}{term}>"


def lit(text: str, lang: str | None = None) -> str:
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"@{lang}' if lang else f'"{text}"'


def typed(value, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


class Writer:
    """Buffers N-Triples lines; ``full`` once the budget is spent (entities are never cut in half)."""

    def __init__(self, out: IO[str], budget: int):
        self.out, self.budget, self.count, self.lines = out, budget, 0, []

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o} .\n")
        self.count += 1
        if len(self.lines) >= 20000:
            self.flush()

    def labels(self, s: str, zh: str, en: str | None = None) -> None:
        self.add(s, LABEL, lit(zh, "zh"))
        if en:
            self.add(s, LABEL, lit(en, "en"))

    def flush(self) -> None:
        self.out.write("".join(self.lines))
        self.lines.clear()

    @property
    def full(self) -> bool:
        return self.count >= self.budget


def place_name(rng: random.Random) -> tuple[str, str]:
    parts = [rng.choice(SYLLABLES) for _ in range(2)]
    return "".join(p[0] for p in parts), "".join(p[1] for p in parts).capitalize()


class Division:
    __slots__ = ("code", "node", "province", "ancestors")

    def __init__(self, code: str, node: str, province: int, ancestors: tuple[str, ...]):
        self.code, self.node, self.province, self.ancestors = code, node, province, ancestors


def sizes(total: int) -> dict[str, int]:
    """Entity counts for a budget: geography grows up to China's real magnitudes, then stops."""
    counties = max(60, min(2850, total // 60))
    return {"counties": counties, "prefectures": max(40, min(333, counties // 8)),
            "townships": min(40000, total // 80) if total >= 50000 else 0,
            "enterprises": max(20, min(5000, total // 400)), "documents": max(20, min(3000, total // 2000)),
            "pairings": max(60, total // 90)}


class Generator:
    def __init__(self, out: IO[str], total: int, seed: int):
        self.w, self.total, self.seed = Writer(out, total), total, seed
        self.n = sizes(total)
        self.provinces: list[Division] = []
        self.prefectures: list[Division] = []
        self.counties: list[Division] = []
        self.separately_planned: list[Division] = []
        self.pairings: list[tuple[str, Division]] = []
        self.supports: set[tuple[str, str]] = set()

    def rng(self, part: str) -> random.Random:
        return random.Random(f"{self.seed}-{part}")

    def run(self) -> dict[str, int]:
        for step in (self.provinces_, self.prefectures_, self.counties_, self.townships_, self.organisations_,
                     self.programmes_, self.documents_, self.pairings_, self.activities_):
            step()
        self.w.flush()
        return {"triples": self.w.count, **self.n}

    def division(self, code: str, cls: str, zh: str, en: str, parents: tuple[str, ...], prov: int,
                 path: str | None = None) -> Division:
        node = iri(path or f"division/{code}")
        w = self.w
        w.add(node, RDF_TYPE, dk(cls))
        self.inferred_types(node, *SUPERCLASSES.get(cls, ()), "AdministrativeDivision")
        w.labels(node, zh, en)
        w.add(node, f"<{SKOS}prefLabel>", lit(zh, "zh"))
        if path is None:
            w.add(node, dk("gb2260Code"), lit(code))
        if parents:
            w.add(node, dk("directlyPartOf"), parents[0])
        for parent in parents:
            w.add(node, dk("partOf"), parent)
        return Division(code, node, prov, parents)

    def inferred_types(self, node: str, *classes: str) -> None:
        for cls in (*classes, "AidActor"):
            self.w.add(node, RDF_TYPE, dk(cls))
        self.w.add(node, RDF_TYPE, ORGANIZATION)

    def provinces_(self) -> None:
        for i, (code, zh, en, cls, _) in enumerate(PROVINCES):
            d = self.division(code, cls, zh, en, (), i)
            self.w.add(d.node, f"<{SKOS}altLabel>", lit(zh[:2], "zh"))
            self.provinces.append(d)

    def prefectures_(self) -> None:
        rng, used = self.rng("prefecture"), {a[0] for a in ANCHORS + SEPARATELY_PLANNED}
        west = [i for i, p in enumerate(PROVINCES) if p[4] == "W"]
        by_code = {p[0]: i for i, p in enumerate(PROVINCES)}
        for cls, places in (("PrefectureLevelCity", ANCHORS), ("SeparatelyPlannedCity", SEPARATELY_PLANNED)):
            for code, zh, en in places:
                prov = self.provinces[by_code[code[:2] + "0000"]]
                self.prefectures.append(self.division(code, cls, zh, en, (prov.node,), prov.province))
        self.separately_planned = self.prefectures[len(ANCHORS):]
        seq = {i: 0 for i in range(len(PROVINCES))}
        while len(self.prefectures) < self.n["prefectures"]:
            i = len(self.prefectures)
            pi = i % 31 if i < 40 else (rng.choice(west) if rng.random() < 0.6 else rng.randrange(31))
            seq[pi] += 1
            code = f"{PROVINCES[pi][0][:2]}{seq[pi]:02d}00"
            if seq[pi] > 99 or code in used:
                continue
            zh, en = place_name(rng)
            cls, zs, es = rng.choice(PREF_KINDS)
            prov = self.provinces[pi]
            self.prefectures.append(self.division(code, cls, zh + zs, f"{en} {es}", (prov.node,), pi))

    def counties_(self) -> None:
        rng, seq = self.rng("county"), {}
        while len(self.counties) < self.n["counties"]:
            i = len(self.counties)
            pref = self.prefectures[i % len(self.prefectures) if i < len(self.prefectures)
                                    else rng.randrange(len(self.prefectures))]
            seq[pref.code] = seq.get(pref.code, 0) + 1
            if seq[pref.code] > 99:
                continue
            zh, en = place_name(rng)
            cls, zs, es = rng.choice(COUNTY_KINDS)
            code = f"{pref.code[:4]}{seq[pref.code]:02d}"
            self.counties.append(self.division(code, cls, zh + zs, f"{en} {es}", (pref.node, *pref.ancestors),
                                               pref.province))

    def townships_(self) -> None:
        rng = self.rng("township")
        for i in range(self.n["townships"]):
            county = self.counties[rng.randrange(len(self.counties))]
            zh, en = place_name(rng)
            kind = rng.choice([("镇", "Town"), ("乡", "Township")])
            self.division("", "TownshipLevelDivision", zh + kind[0], f"{en} {kind[1]}",
                          (county.node, *county.ancestors), county.province,
                          path=f"division/{county.code}-{en.lower()}{i}")

    def organisations_(self) -> None:
        w, rng = self.w, self.rng("enterprise")
        for slug, zh, en in AGENCIES:
            w.add(iri(f"agency/{slug}"), RDF_TYPE, dk("CentralAgency"))
            self.inferred_types(iri(f"agency/{slug}"))
            w.labels(iri(f"agency/{slug}"), zh, en)
        for i in range(self.n["enterprises"]):
            node, (zh, en) = iri(f"enterprise/e{i}"), place_name(rng)
            w.add(node, RDF_TYPE, dk("CentralEnterprise"))
            self.inferred_types(node)
            w.labels(node, f"中国{zh}集团有限公司", f"China {en} Group")
        for slug, zh, en in SECTORS:
            node = iri(f"bench/sector/{slug}")
            w.add(node, RDF_TYPE, dkb("Sector"))
            w.labels(node, zh, en)

    def programmes_(self) -> None:
        w = self.w
        for slug, zh, en, kind, start, _ in PROGRAMMES:
            node = iri(f"programme/{slug}")
            w.add(node, RDF_TYPE, dk("Programme"))
            w.labels(node, zh, en)
            for short in PROGRAMME_SHORT_NAMES[slug]:
                w.add(node, f"<{SKOS}altLabel>", lit(short, "zh"))
            w.add(node, dk("programmeType"), iri(f"type/{kind}"))
            w.add(node, dk("startYear"), typed(start, "integer"))

    def documents_(self) -> None:
        w, rng = self.w, self.rng("document")
        for i in range(self.n["documents"]):
            node, year = iri(f"document/bench-{i}"), rng.randrange(1992, 2024)
            prog = PROGRAMMES[i % len(PROGRAMMES)]
            w.add(node, RDF_TYPE, dk("PolicyDocument"))
            w.labels(node, f"关于做好{prog[1]}工作的通知（{year}年第{i}号）", f"Notice {i} on {prog[2]} ({year})")
            w.add(node, dk("year"), typed(year, "integer"))
            w.add(node, dk("date"), typed(f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}", "date"))
            w.add(node, dk("issuedBy"), iri(f"agency/{AGENCIES[rng.randrange(len(AGENCIES))][0]}"))
            w.add(node, dk("verificationStatus"), dk("Verified"))
            w.add(node, DCT_SOURCE, iri(f"source/bench/document/{i}"))

    def supporter(self, rng: random.Random, slug: str) -> tuple[str, str, str, str | None]:
        """(node, key, zh label, team) of a supporter, drawn at the real pairings' shares (``SUPPORTER_SHARES``): an
        eastern province, a 计划单列市, one of an eastern province's prefectures or counties (in two of five pairings as a
        member of its province's team: the team's node, else None), an agency or an enterprise."""
        share, r = SUPPORTER_SHARES, rng.random()
        east = [p for p in self.provinces if PROVINCES[p.province][4] == "E"]
        if r < share["province-yuanzang" if slug == "yuanzang" else "province"]:
            p = rng.choice(east)
            return p.node, p.code, PROVINCES[p.province][1], None
        if r < (edge := share["province"] + share["separately-planned"]):
            d = rng.choice(self.separately_planned)
            return d.node, d.code, next(c[1] for c in SEPARATELY_PLANNED if c[0] == d.code), None
        if r < (edge := edge + share["division"]):
            pool = [d for d in self.prefectures[len(ANCHORS) + len(SEPARATELY_PLANNED):] + self.counties[:400]
                    if PROVINCES[d.province][4] == "E"] or east
            d = rng.choice(pool)
            team = self.provinces[d.province].node if d.ancestors and rng.random() < share["team-member"] else None
            return d.node, d.code, f"支援方{d.code}", team
        if r < edge + share["agency"]:
            slug_, zh, _ = AGENCIES[rng.randrange(len(AGENCIES))]
            return iri(f"agency/{slug_}"), slug_, zh, None
        e = rng.randrange(self.n["enterprises"])
        return iri(f"enterprise/e{e}"), f"e{e}", f"企业{e}", None

    def recipients(self, rng: random.Random, targets: list[str]) -> list[Division]:
        codes = {t[:2] for t in targets}
        pool = [d for d in self.prefectures + self.counties[:600] if d.code[:2] in codes] or self.counties
        return [rng.choice(pool) for _ in range(rng.choice([1, 1, 1, 2, 3]))]

    def pairings_(self) -> None:
        rng, seen, row = self.rng("pairing"), set(), 0
        anchors = [("yuanzang", "110000", "540100"), ("yuanzang", "310000", "540200"),
                   ("yuanjiang", "110000", "653200"), ("yuanjiang", "310000", "653100")]
        for slug, sup, rec in anchors:
            prov = next(p for p in self.provinces if p.code == sup)
            target = next(p for p in self.prefectures if p.code == rec)
            self.pairing(rng, slug, (prov.node, sup, PROVINCES[prov.province][1], None), target, row, seen)
            row += 1
        while len(self.pairings) < self.n["pairings"]:
            prog = PROGRAMMES[row % len(PROGRAMMES)]
            sup = self.supporter(rng, prog[0])
            for rec in self.recipients(rng, prog[5]):
                self.pairing(rng, prog[0], sup, rec, row, seen)
            row += 1

    def pairing(self, rng, slug: str, sup: tuple[str, str, str, str | None], rec: Division, row: int,
                seen: set) -> None:
        w, prog = self.w, next(p for p in PROGRAMMES if p[0] == slug)
        key = f"pairing/{slug}/{sup[1]}--{rec.code}"
        n = 2
        while key in seen:
            key, n = f"pairing/{slug}/{sup[1]}--{rec.code}-{n}", n + 1
        seen.add(key)
        node = iri(key)
        w.add(node, RDF_TYPE, dk("PairingRelationship"))
        w.add(node, RDF_TYPE, PROV_ENTITY)
        w.add(node, LABEL, lit(f"{sup[2]}—{rec.code}（{prog[1]}）", "zh"))
        for p, o in ((dk("supporter"), sup[0]), (dk("recipient"), rec.node),
                     (dk("programme"), iri(f"programme/{slug}")),
                     (dk("relationshipType"), iri(f"type/{prog[3]}")),
                     (dk("verificationStatus"), dk(rng.choice(STATUSES))),
                     (dk("establishedBy"), iri(f"document/bench-{rng.randrange(self.n['documents'])}")),
                     (PROV_DERIVED, iri(f"source/bench/row/{row}")), (DCT_SOURCE, iri(f"source/bench/row/{row}"))):
            w.add(node, p, o)
        if sup[3]:
            w.add(node, dk("supporterTeam"), sup[3])
        self.years(rng, node, prog[4])
        if rng.random() < 0.3:
            w.add(node, DCT_SOURCE, iri(f"source/bench/evidence/{rng.randrange(10000)}"))
        self.derive(node, sup[0], rec.node)
        self.pairings.append((node, rec))

    def derive(self, pairing: str, supporter: str, recipient: str) -> None:
        """What the build derives from a pairing: supports/supportedBy, the inverses, Supporter/Recipient."""
        w = self.w
        w.add(supporter, dk("supporterIn"), pairing)
        w.add(recipient, dk("recipientIn"), pairing)
        for actor, cls in ((supporter, "Supporter"), (recipient, "Recipient")):
            if (actor, cls) not in self.supports:
                self.supports.add((actor, cls))
                w.add(actor, RDF_TYPE, dk(cls))
        if (supporter, recipient) not in self.supports:
            self.supports.add((supporter, recipient))
            w.add(supporter, dk("supports"), recipient)
            w.add(recipient, dk("supportedBy"), supporter)

    def years(self, rng: random.Random, node: str, first: int) -> None:
        if rng.random() < 0.05:
            self.w.add(node, dk("startYearStatus"), dk("UnknownYear"))
            return
        start = rng.randrange(first, 2023)
        self.w.add(node, dk("startYear"), typed(start, "integer"))
        if rng.random() < 0.6:
            self.w.add(node, dk("endYear"), typed(start + rng.choice([3, 5, 5, 10]), "integer"))

    def activities_(self) -> None:
        """Projects (80 %) and cadre batches (20 %) under random pairings until the budget is spent."""
        w, rng, n_project, n_batch = self.w, self.rng("activity"), 0, 0
        while not w.full:
            pairing, rec = self.pairings[rng.randrange(len(self.pairings))]
            if rng.random() < 0.2:
                self.batch(rng, n_batch, pairing)
                n_batch += 1
            else:
                self.project(rng, n_project, pairing, rec)
                n_project += 1
        self.n.update(projects=n_project, cadre_batches=n_batch)

    def project(self, rng: random.Random, i: int, pairing: str, rec: Division) -> None:
        w, (slug, zh, en) = self.w, SECTORS[rng.randrange(len(SECTORS))]
        node = iri(f"bench/project/{i}")
        w.add(node, RDF_TYPE, dkb("Project"))
        w.labels(node, f"{zh}援建项目{i}", f"{en} project {i}")
        w.add(node, dkb("underPairing"), pairing)
        w.add(node, dkb("locatedIn"), rec.node)
        w.add(node, dkb("sector"), iri(f"bench/sector/{slug}"))
        w.add(node, dkb("fundingAmount"), typed(f"{rng.lognormvariate(6.5, 1.3):.2f}", "decimal"))
        w.add(node, dk("year"), typed(rng.randrange(1995, 2025), "integer"))
        if rng.random() < 0.4:
            w.add(node, dkb("implementedBy"), iri(f"enterprise/e{rng.randrange(self.n['enterprises'])}"))

    def batch(self, rng: random.Random, i: int, pairing: str) -> None:
        w, node = self.w, iri(f"bench/cadre-batch/{i}")
        w.add(node, RDF_TYPE, dkb("CadreBatch"))
        w.add(node, dkb("underPairing"), pairing)
        w.add(node, dkb("batchNumber"), typed(rng.randrange(1, 12), "integer"))
        w.add(node, dk("year"), typed(rng.randrange(1995, 2025), "integer"))
        w.add(node, dkb("cadreCount"), typed(rng.randrange(3, 400), "integer"))
        w.add(node, dkb("cadreType"), lit(rng.choice(CADRE_TYPES), "zh"))


def generate(out: IO[str], total: int, seed: int = 42) -> dict[str, int]:
    """Write about ``total`` triples (a few more: entities are whole) to ``out``; return the counts."""
    return Generator(out, total, seed).run()
