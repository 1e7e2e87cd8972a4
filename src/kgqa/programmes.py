"""Programmes (援藏, 援疆, …) as a reader sees them: each in figures, what set it up, its pairings grouped by
the recipient's province, and the mechanism queries bound to it. Plain functions over a store; the web
layer (``kgqa.web.programme``) renders them as pages, JSON and CSV.

The figures come from named queries (``queries/programme-*.rq``) so the page can show the SPARQL behind it.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from . import ld, named_queries, viz
from .namespaces import BASE

PREFIX = BASE + "programme/"
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
STATUS = BASE + "ontology#"
MECHANISM_QUERIES = "programme-mechanism-*.rq"   # each takes ?programme; shown as a table on the page
MECHANISM_FOLDER = named_queries.FOLDER
TABLE_COLUMNS = ("region", "supporter", "supporterLabel", "recipient", "recipientLabel", "startYear", "endYear",
                 "status", "pairing", "sources")


def iri_of(slug: str) -> str | None:
    """``yuanzang`` → the programme's IRI; None for anything that cannot be a slug."""
    return PREFIX + slug if SLUG.match(slug or "") else None


def summaries(store, programme: str | None = None) -> list[dict]:
    """Each programme (or one): labels, pairings, supporters, recipients, first and last start year,
    verified pairings and their share, and its slug."""
    rows = named_queries.run(store, "programme-summary", {"programme": programme} if programme else None)
    for r in rows:
        r["slug"] = r["programme"].removeprefix(PREFIX)
        r["verifiedShare"] = round(r["verifiedPairings"] / r["pairings"], 3) if r["pairings"] else None
    return rows


def founding(store, programme: str) -> list[dict]:
    """The meetings and documents that launched the programme or established its pairings, oldest first."""
    rows = named_queries.run(store, "programme-founding", {"programme": programme})
    for r in rows:
        r["launched"] = r.get("launched") == "true"
        r["href"] = ld.href(r["event"])
    return rows


def pairing_rows(store, programme: str, langs: tuple[str, ...] = ("zh", "en")) -> list[dict]:
    """The programme's pairings, one row each, with the recipient's province as ``region``; sorted by region,
    recipient, start year."""
    people = viz.actors(store)
    rows = viz.pairings(store, programme)
    provinces = {_province(people.get(p["recipient"], {})) for p in rows} - {None}
    iris = provinces | {p[end] for p in rows for end in ("supporter", "recipient")} | {STATUS + p["status"] for p in rows
                                                                                         if p["status"]}
    labels = ld.labels_for(store, iris | {s for p in rows for s in p["sources"]}, langs)
    out = []
    for p in rows:
        recipient = people.get(p["recipient"], {})
        region = _province(recipient)
        prefecture = BASE + "division/" + str(recipient["prefecture"]) if recipient.get("prefecture") else None
        out.append({"region": region, "regionLabel": labels.get(region, "") if region else "",
                    "prefecture": prefecture, "prefectureLabel": recipient.get("prefectureLabel", ""),
                    "supporter": p["supporter"], "supporterLabel": labels[p["supporter"]],
                    "recipient": p["recipient"], "recipientLabel": labels[p["recipient"]],
                    "startYear": p.get("startYear"), "endYear": p.get("endYear"),
                    "status": p["status"], "statusLabel": labels.get(STATUS + p["status"], p["status"]),
                    "pairing": p["pairing"], "sources": [source_entry(s, labels) for s in p["sources"]]})
    return sorted(out, key=lambda r: (r["region"] or "~", r["prefecture"] or "", r["recipientLabel"], r["startYear"] or 0,
                                      r["supporterLabel"]))


def _province(actor: dict) -> str | None:
    code = actor.get("province")
    return BASE + "division/" + str(code) if code else None


def source_entry(iri: str, labels: dict[str, str]) -> dict:
    """A source for display: our evidence records by their label, a web page by its site."""
    return {"iri": iri, "text": source_text(iri, labels.get(iri, iri)), "href": ld.href(iri)}


def source_text(iri: str, label: str | None = None) -> str:
    """What a source is called beside a fact: a web page by its site (``www.gov.cn``), our records by their
    label, cut before a long explanation in brackets unless the brackets name the original outlet (原出处)."""
    if not iri.startswith(BASE):
        return urlsplit(iri).hostname or iri
    label = label or iri
    return label if "原出处：" in label or len(label) <= 24 else label.split("（")[0]


def by_region(rows: list[dict]) -> list[dict]:
    """Rows grouped by the recipient's province — or, when every recipient is in one province (援藏), by its
    prefecture (a province-level recipient stays under the province): [{region, label, rows}]."""
    one_province = len({r["region"] for r in rows}) == 1
    groups: dict[str | None, dict] = {}
    for r in rows:  # sorted by province, then prefecture
        key, label = (r["prefecture"], r["prefectureLabel"]) if one_province and r["prefecture"] else \
            (r["region"], r["regionLabel"])
        groups.setdefault(key, {"region": key, "label": label, "rows": []})["rows"].append(r)
    return list(groups.values())


def mechanisms(store, programme: str, folder: Path | None = None) -> list[dict]:
    """Every ``programme-mechanism-*.rq`` in ``folder`` (default MECHANISM_FOLDER) run with ?programme bound:
    title, columns, rows and the query as run."""
    tables = []
    for path in sorted((folder or MECHANISM_FOLDER).glob(MECHANISM_QUERIES)):
        q = named_queries.parse(path.stem, path.read_text(encoding="utf-8"))
        result = store.query(q.text, substitutions=named_queries.terms({"programme": programme}))
        columns = [v.value for v in result.variables]
        rows = [[_cell(t) for t in row] for row in result]
        zh, en = q.titles
        tables.append({"name": q.name, "title_zh": zh or q.name, "title_en": en or q.name,
                       "columns": columns, "rows": rows, "text": named_queries.shown_text(q.text, {"programme": programme})})
    return tables


def _cell(term) -> dict | None:
    if term is None:
        return None
    value = term.value
    return {"text": value, "href": ld.href(value) if type(term).__name__ == "NamedNode" else None}


def table(rows: list[dict]) -> tuple[list[str], list[list]]:
    """The pairing rows as a flat table (CSV): sources joined by spaces."""
    body = [[r["regionLabel"] if c == "region" else " ".join(s["iri"] for s in r["sources"]) if c == "sources"
             else r.get(c) for c in TABLE_COLUMNS] for r in rows]
    return list(TABLE_COLUMNS), body


SHORT_NAMES = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dk: <https://w3id.org/duikou/ontology#>
SELECT ?programme ?name WHERE { ?programme a dk:Programme ; rdfs:label|skos:altLabel ?name FILTER(LANG(?name) = "zh") }"""


def short_names(store) -> dict[str, str]:
    """Each programme's shortest Chinese name (援藏 rather than 对口支援西藏): what people type in questions."""
    names = [(row["programme"].value, row["name"].value) for row in store.query(SHORT_NAMES)]
    owners: dict[str, set] = {}
    for iri, name in names:
        owners.setdefault(name, set()).add(iri)
    for iri, name in names:  # 汶川 is in two programmes' names: asking about it is ambiguous
        owners[name] |= {other for other, longer in names if name in longer}
    best: dict[str, str] = {}
    for iri, name in names:
        if len(owners[name]) == 1 and (iri not in best or (len(name), name) < (len(best[iri]), best[iri])):
            best[iri] = name
    return best


def example_questions(summary: dict, short: str) -> list[str]:
    """Questions about one programme that the answerer understands (tests ask each of them)."""
    return [f"{short}有哪些支援方？", f"{short}从哪一年开始？"]
