"""Reading the curated sources in data/: YAML tables, the reference CSVs and the domain allowlist."""
from __future__ import annotations

import csv
import dataclasses
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from ..errors import BuildError

REFERENCE_TABLES = ("pairings-tibet-xinjiang.csv", "pairings-other.csv")
REQUIRED_COLUMNS = ("programme", "supporter", "recipient", "recipient_parent", "start_year",
                    "established_by", "status", "source_urls", "copies_withheld", "copy_outlet", "notes")
STATUSES = {"verified": "Verified", "partially verified": "PartiallyVerified", "partial": "PartiallyVerified",
            "unverified": "Unverified"}


@dataclasses.dataclass(frozen=True)
class ReferenceRow:
    table: str
    number: int          # 1-based data row number (the header is row 0)
    fields: dict

    @property
    def where(self) -> str:
        return f"data/reference/{self.table}:{self.number + 1}"  # line in the file

    def year(self, column: str) -> int | None:
        raw = (self.fields.get(column) or "").strip()
        if not raw:
            return None
        if not raw.isdigit() or not 1900 <= int(raw) <= 2100:
            raise BuildError(f"{self.where}: {column} {raw!r} is not a year")
        return int(raw)

    @property
    def status(self) -> str:
        raw = (self.fields.get("status") or "").strip().lower()
        if raw not in STATUSES:
            raise BuildError(f"{self.where}: status {raw!r} is not one of {sorted(STATUSES)}")
        return STATUSES[raw]

    @property
    def urls(self) -> list[str]:
        """The citable URLs (the repository copy keeps no others; see scripts/reference-copy)."""
        return [u.strip() for u in (self.fields.get("source_urls") or "").split("|") if u.strip()]

    @property
    def copies_withheld(self) -> int:
        """How many copies on sites we do not cite the research saw for this row."""
        raw = (self.fields.get("copies_withheld") or "0").strip()
        if not raw.isdigit():
            raise BuildError(f"{self.where}: copies_withheld {raw!r} is not a count")
        return int(raw)

    @property
    def copy_outlet(self) -> str:
        """The original outlet the notes name for those copies ("" when they name none)."""
        return (self.fields.get("copy_outlet") or "").strip()

    @property
    def key(self) -> str:
        """``table:line`` as the curated tables write it (data/curated/programmes.yaml)."""
        return f"{self.table}:{self.number + 1}"


@dataclasses.dataclass
class Sources:
    root: Path
    book: dict
    actors: dict
    programmes: dict
    wikidata_extra: list[dict]
    admin_ids: list[dict]
    rows: list[ReferenceRow]
    credible: tuple[str, ...]

    def is_credible(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.credible)


def _yaml(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
    except yaml.YAMLError as exc:
        raise BuildError(f"{path}: not valid YAML: {exc}") from None
    empty = _keys_without_value(data)
    if empty:
        raise BuildError(f"{path}: key {empty[0]!r} has no value (an unquoted comma inside {{…}}? quote the text)")
    return data


def _keys_without_value(node) -> list[str]:
    if isinstance(node, dict):
        return [str(k) for k, v in node.items() if v is None] + [x for v in node.values() for x in _keys_without_value(v)]
    if isinstance(node, list):
        return [x for v in node for x in _keys_without_value(v)]
    return []


def _csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_reference(path: Path) -> list[ReferenceRow]:
    rows = _csv(path)
    if rows:
        missing = [c for c in REQUIRED_COLUMNS if c not in rows[0]]
        if missing:
            raise BuildError(f"data/reference/{path.name}: missing columns {missing}")
    return [ReferenceRow(path.name, i, r) for i, r in enumerate(rows, start=1)]


def read_allowlist(path: Path) -> tuple[str, ...]:
    """credible-domains.txt: one domain or host a line; ``# …`` comments (whole lines or after a name)."""
    names = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(n for n in names if n)


def read_sources(root: Path) -> Sources:
    data = root / "data"
    credible = read_allowlist(data / "curated" / "credible-domains.txt")
    extra = data / "curated" / "wikidata-extra.csv"
    rows = [r for t in REFERENCE_TABLES for r in read_reference(data / "reference" / t)]
    return Sources(
        root=root,
        book={**_yaml(data / "curated" / "book.yaml"), **_yaml(data / "curated" / "book-toc.yaml")},
        actors=_yaml(data / "curated" / "actors.yaml"),
        programmes=_yaml(data / "curated" / "programmes.yaml"),
        wikidata_extra=_csv(extra) if extra.exists() else [],
        admin_ids=_csv(data / "reference" / "admin-ids.csv"),
        rows=rows,
        credible=credible,
    )
