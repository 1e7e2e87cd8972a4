"""The repository's copy of the reference pairing tables: citable URLs only.

The research tables (``../shared/reference/pairings-*.csv``) list every page a fact was seen on, many of
them mirror copies on spam, adult or bare-IP hosts. The copy in ``data/reference/`` keeps the URLs on
credible sites (``data/curated/credible-domains.txt``) and, for the others, only how many copies were
seen (``copies_withheld``) and the original outlet the row's notes name (``copy_outlet``, empty when they
name none: an unattributed copy). The research notes (``pairings-*.md``) are copied with every mirror
host or URL replaced by "a mirror copy". The build reads the copy; this module derives it::

    python -m kgqa.build.reference_copy ../shared/reference      # or scripts/reference-copy
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from .sources import REFERENCE_TABLES, read_allowlist

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_SOURCE = Path("../shared/reference")
NEW_COLUMNS = ("copies_withheld", "copy_outlet")

# Outlets the notes name in English, → their Chinese names.
ENGLISH_OUTLETS = {"Xinhua": "新华社", "China News": "中国新闻网", "China Daily": "中国日报",
                   "People's Daily": "人民日报", "Gannan TV": "甘南电视台"}
# Chinese outlet names: a run of characters ending in a newspaper/site/broadcaster suffix, or named ones.
CHINESE_OUTLET = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:日报|晚报|晨报|周刊|时报|政协报|新闻网|网|广播电视台|电视台)|新华社|南方周末|当代陕西")
# Mentions that look like an outlet but are not one (a hedge, a description of the copy).
NOT_OUTLETS = (re.compile(r"[\u4e00-\u9fff]+-type"),)
# Where the notes name the outlet only by reference to another row ("Same source", "The same article"), or
# name an outlet for another fact than the copy: read by a person, recorded here (table:line → outlet).
OUTLET_BY_ROW = {
    "pairings-tibet-xinjiang.csv:67": "当代陕西",   # "The same article" as the row above
    "pairings-tibet-xinjiang.csv:69": "新华社",     # "Same source" as the row above (Xinhua 2018)
    "pairings-tibet-xinjiang.csv:50": "",          # the copy is "a 2009 corporate post"; 南方周末 is about another fact
}


NOTES = tuple(t.replace(".csv", ".md") for t in REFERENCE_TABLES)
# A host or URL written in the notes' prose (with or without a scheme; bare IP addresses too).
HOST_IN_TEXT = re.compile(r"(?:https?://)?(?:\d{1,3}(?:\.\d{1,3}){3}|(?:[a-z0-9-]+\.)+(?:com|cn|net|org|tv|cc|info|xyz|top|"
                          r"th|in|wiki|io|me|co|site|club|vip))(?:/[^\s|),;，）`]*)?", re.I)
MIRROR = "a mirror copy"


def is_credible(url: str, allowlist: tuple[str, ...]) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in allowlist)


def outlets_named(notes: str) -> list[str]:
    """The original outlets a row's notes name, in order (Chinese names)."""
    for pattern in NOT_OUTLETS:
        notes = pattern.sub("", notes)
    found = [m.group(0) for m in CHINESE_OUTLET.finditer(notes)]
    found += [zh for en, zh in ENGLISH_OUTLETS.items() if re.search(rf"\b{re.escape(en)}\b", notes)]
    return list(dict.fromkeys(found))


def derive_row(row: dict, allowlist: tuple[str, ...], key: str = "") -> dict:
    urls = [u.strip() for u in (row.get("source_urls") or "").split("|") if u.strip()]
    kept = [u for u in urls if is_credible(u, allowlist)]
    withheld = len(urls) - len(kept)
    out = {}
    for column, value in row.items():
        if column == "source_urls":
            out[column] = " | ".join(kept)
            out["copies_withheld"] = str(withheld)
            named = OUTLET_BY_ROW[key] if key in OUTLET_BY_ROW else "、".join(outlets_named(row.get("notes") or ""))
            out["copy_outlet"] = named if withheld else ""
        else:
            out[column] = value
    return out


def scrub_notes(text: str, allowlist: tuple[str, ...]) -> str:
    """The notes with every host or URL that is not on a credible site replaced by "a mirror copy"."""
    def replace(m: re.Match) -> str:
        url = m.group(0) if "://" in m.group(0) else "http://" + m.group(0)
        return m.group(0) if is_credible(url, allowlist) else MIRROR
    return HOST_IN_TEXT.sub(replace, text)


def derive(source: Path, target: Path, allowlist: tuple[str, ...]) -> dict[str, int]:
    """Write ``target/T`` for each reference table ``source/T`` (and its notes); return copies withheld per table."""
    for notes in NOTES:
        (target / notes).write_text(scrub_notes((source / notes).read_text(encoding="utf-8"), allowlist), encoding="utf-8")
    counts = {}
    for table in REFERENCE_TABLES:
        with open(source / table, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        derived = [derive_row(r, allowlist, f"{table}:{line}") for line, r in enumerate(rows, start=2)]
        with open(target / table, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(derived[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(derived)
        counts[table] = sum(int(r["copies_withheld"]) for r in derived)
    return counts


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else ROOT / DEFAULT_SOURCE
    if not all((source / t).exists() for t in REFERENCE_TABLES):
        sys.stderr.write(f"{source}: no reference tables there (give the folder as the first argument)\n")
        return 2
    allowlist = read_allowlist(ROOT / "data" / "curated" / "credible-domains.txt")
    for table, n in derive(source, ROOT / "data" / "reference", allowlist).items():
        sys.stdout.write(f"data/reference/{table}: {n} copies withheld (URLs not on a credible site)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
