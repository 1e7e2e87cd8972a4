"""Audit the graph against its sources: rerun the counts of the data audit (issue 20).

For every row of the reference tables (the repository copy in data/reference/), the pairings derived from
it in triples/ and whether each matches the row in every field (supporter, recipient, programme, start
year, end year, status) as data/curated reads the row (an end year or replacement its notes state, the
programme its source names, partial when only unattributed copies support it); the pairings that start
before their programme; the pairings that come from no row and no book page; the sources cited, by
domain::

    python -m kgqa.build.audit [--json] [--source ../shared/reference]     # or scripts/audit-data
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from ..namespaces import sparql_prefixes
from .pairings import ENDS_IN_NOTES
from .sources import REFERENCE_TABLES, STATUSES, read_sources

ROOT = Path(__file__).resolve().parents[3]
ID = "https://w3id.org/duikou/"
DK = "https://w3id.org/duikou/ontology#"
RANK = {"Verified": 0, "PartiallyVerified": 1, "Unverified": 2}
FIELDS = ("supporter", "recipient", "programme", "start_year", "end_year", "status")

PAIRINGS = sparql_prefixes() + """
SELECT ?p ?row ?field ?value WHERE {
  ?p a dk:PairingRelationship .
  OPTIONAL { ?p prov:wasDerivedFrom ?row }
  { ?p dk:supporter ?x . ?x rdfs:label|skos:altLabel|skos:hiddenLabel ?value BIND("supporter" AS ?field) }
  UNION { ?p dk:recipient ?x . ?x rdfs:label|skos:altLabel|skos:hiddenLabel ?value BIND("recipient" AS ?field) }
  UNION { ?p dk:programme ?value BIND("programme" AS ?field) }
  UNION { ?p dk:startYear ?value BIND("start_year" AS ?field) }
  UNION { ?p dk:endYear ?value BIND("end_year" AS ?field) }
  UNION { ?p dk:verificationStatus ?value BIND("status" AS ?field) }
  UNION { ?p dcterms:source ?value BIND("source" AS ?field) }
  UNION { ?p dcterms:source ?b . ?b a dk:BookPart BIND("book" AS ?field) BIND(?b AS ?value) }
}"""


def open_store(triples: Path):
    from ..store.embedded import EmbeddedStore, data_files

    return EmbeddedStore.from_files(data_files(triples, ROOT / "ontology" / "duikou.ttl"))


def graph_pairings(store) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for s in store.query(PAIRINGS):
        p = out.setdefault(s["p"].value, collections.defaultdict(set))
        if s["row"] is not None:
            p["row"].add(s["row"].value)
        p[s["field"].value].add(s["value"].value)
    return out


def names_match(text: str, labels: set[str]) -> bool:
    """The row's name (possibly a list or with a parenthetical) names one of the actor's labels."""
    text = re.sub(r"[（(].*?[)）]", "", text).strip() or text
    return any(label and (label == text or label in text or text in label) for label in labels)


def row_node(table: str, number: int) -> str:
    return f"{ID}source/reference/{table}/row/{number}"


def expected(row, curated: dict, programmes: dict) -> dict:
    """What the graph should say for a row: its columns, as data/curated reads them (an end year its notes
    state, the programme its source names, partial when only unattributed copies support it)."""
    f, noted = row.fields, curated.get("from_notes", {}).get(row.key, {})
    end = (f.get("end_year") or "").strip() or str(noted.get("end", ""))
    status = STATUSES[f["status"].strip().lower()]
    if status == "Verified" and not row.urls and row.copies_withheld and not row.copy_outlet:
        status = "PartiallyVerified"
    by = f["established_by"].strip()
    return {"programme": curated.get("programme_by_established", {}).get(by) or programmes.get(f["programme"].strip(), "?"),
            "start_year": f["start_year"].strip(), "end_year": end, "status": status,
            "needs_end": bool(ENDS_IN_NOTES.search(f.get("notes", ""))) and not noted.get("no_end")}


def compare(row, pairing: dict, want: dict, names: dict) -> dict[str, bool]:
    f = row.fields
    status = next(iter(pairing["status"]), "#?").rsplit("#", 1)[1]
    named = {k: f[k].strip() in names or names_match(f[k], pairing[k]) for k in ("supporter", "recipient")}
    return {
        **named,
        "programme": {ID + want["programme"]} == pairing["programme"],
        "start_year": ({want["start_year"]} if want["start_year"] else set()) == pairing["start_year"],
        "end_year": ({want["end_year"]} if want["end_year"] else set()) == pairing["end_year"]
                    and not (want["needs_end"] and not pairing["end_year"]),
        # the same, or better only where a book page supports the pairing too
        "status": RANK.get(status, 9) == RANK[want["status"]] or (RANK.get(status, 9) < RANK[want["status"]] and bool(pairing["book"])),
    }


EARLY = sparql_prefixes() + """SELECT ?p WHERE { ?p a dk:PairingRelationship ; dk:startYear ?s ; dk:programme ?g .
  ?g dk:startYear ?gs FILTER(?s < ?gs - IF(EXISTS { ?p dk:startYearStatus dk:ApproximateYear }, 1, 0)) }"""


def audit(root: Path = ROOT, triples: Path | None = None, source: Path | None = None) -> dict:
    triples = triples or root / "triples"
    src = read_sources(root)
    curated = src.programmes
    report_path = triples / "build-report.json"
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.exists() else {}
    programmes = {ref: p["key"] for p in curated.get("programmes", [])
                  for ref in ([p["reference"]] if isinstance(p.get("reference"), str) else p.get("reference") or [])}
    store = open_store(triples)
    pairings = graph_pairings(store)
    by_row = collections.defaultdict(list)
    for iri, p in pairings.items():
        for r in p["row"]:
            by_row[r].append(p)
    withheld = {w["row"] for w in report.get("withheld", [])} | {f"data/reference/{k}" for k in curated.get("withheld", {})}
    names = {**src.actors.get("names", {}), **src.actors.get("covers", {})}
    mismatches, examples = collections.Counter(), collections.defaultdict(list)
    rows_matched = rows_without = pairings_matched = in_graph_though_withheld = 0
    for row in src.rows:
        derived = by_row.get(row_node(row.table, row.number), [])
        if f"data/reference/{row.key}" in withheld:
            in_graph_though_withheld += len(derived)
            continue
        if not derived:
            rows_without += f"data/reference/{row.key}" not in withheld
            continue
        want, ok = expected(row, curated, programmes), True
        for p in derived:
            wrong = [field for field, same in compare(row, p, want, names).items() if not same]
            pairings_matched += not wrong
            ok = ok and not wrong
            for field in wrong:
                mismatches[field] += 1
                if row.key not in examples[field] and len(examples[field]) < 5:
                    examples[field].append(row.key)
        rows_matched += ok
    sourceless = [iri for iri, p in pairings.items() if not p["row"] and not p["book"]]
    return {
        "reference_rows": len(src.rows),
        "rows_withheld": len(withheld),
        "rows_without_pairings": rows_without,
        "pairings_from_rows_to_withhold": in_graph_though_withheld,
        "rows_matched_in_every_field": rows_matched,
        "pairings": len(pairings),
        "pairings_from_rows": sum(1 for p in pairings.values() if p["row"]),
        "pairings_from_the_book_only": sum(1 for p in pairings.values() if p["book"] and not p["row"]),
        "pairings_without_a_row_or_book_page": sorted(sourceless),
        "pairings_from_rows_matched_in_every_field": pairings_matched,
        "mismatches_by_field": {f: mismatches[f] for f in FIELDS},
        "pairings_starting_before_their_programme": sorted(r["p"].value for r in store.query(EARLY)),
        "mismatch_examples": dict(examples),
        "cited_urls_by_domain": domains(u for p in pairings.values() for u in p["source"] if not u.startswith(ID)),
        "copies_withheld": sum(r.copies_withheld for r in src.rows),
        **({"research_urls_by_domain": research_domains(source)} if source else {}),
    }


def domains(urls) -> dict[str, int]:
    hosts = collections.Counter()
    for url in set(urls):
        host = (urlsplit(url).hostname or "?").lower()
        hosts[host[4:] if host.startswith("www.") else host] += 1
    return dict(sorted(hosts.items(), key=lambda kv: (-kv[1], kv[0])))


def research_domains(source: Path) -> dict[str, int]:
    """URLs of the research tables (mirror copies included), by host: what the repository copy withholds."""
    urls = []
    for table in REFERENCE_TABLES:
        with open(source / table, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                urls += [u.strip() for u in r["source_urls"].split("|") if u.strip()]
    return domains(urls)


def render(result: dict) -> str:
    lines = [f"reference rows: {result['reference_rows']} (withheld {result['rows_withheld']}, "
             f"without pairings {result['rows_without_pairings']}; pairings still in the graph from rows to "
             f"withhold {result['pairings_from_rows_to_withhold']}); matched in every field: "
             f"{result['rows_matched_in_every_field']}",
             f"pairings: {result['pairings']} ({result['pairings_from_rows']} from rows, "
             f"{result['pairings_from_the_book_only']} from the book only, "
             f"{len(result['pairings_without_a_row_or_book_page'])} from neither)",
             f"pairings from rows matched in every field: {result['pairings_from_rows_matched_in_every_field']}",
             "mismatching pairings by field: " + ", ".join(f"{k} {v}" for k, v in result["mismatches_by_field"].items()),
             f"pairings starting before their programme: {len(result['pairings_starting_before_their_programme'])}"]
    for field, rows in result["mismatch_examples"].items():
        lines.append(f"  {field}: e.g. {', '.join(rows)}")
    lines.append(f"copies withheld (URLs not cited): {result['copies_withheld']}")
    lines.append("cited URLs by domain: " + ", ".join(f"{h} {n}" for h, n in result["cited_urls_by_domain"].items()))
    if "research_urls_by_domain" in result:
        lines.append("research tables' URLs by domain: " + ", ".join(
            f"{h} {n}" for h, n in result["research_urls_by_domain"].items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the counts as JSON")
    ap.add_argument("--triples", type=Path, default=None, help="folder of triples (default triples/)")
    ap.add_argument("--source", type=Path, default=None,
                    help="the research tables (e.g. ../shared/reference), to count their URLs by domain too")
    args = ap.parse_args(argv)
    result = audit(ROOT, args.triples, args.source)
    sys.stdout.write((json.dumps(result, ensure_ascii=False, indent=1) if args.json else render(result)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
