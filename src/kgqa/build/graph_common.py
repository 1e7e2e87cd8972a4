"""Helpers shared by the graph builder's parts.

Every pairing and dated event gets ``dcterms:source``: a part of the book, a credible URL, or an
evidence record naming the original outlet of a copy whose URL we do not publish.
"""
from __future__ import annotations

import dataclasses
import re

from pypinyin import lazy_pinyin
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from ..errors import BuildError
from ..namespaces import ID

STATUS = {"verified": "Verified", "partial": "PartiallyVerified", "unverified": "Unverified"}
STATUS_RANK = {"Verified": 0, "PartiallyVerified": 1, "Unverified": 2}
ETHNIC_SUFFIXES = ("蒙古族", "藏族", "回族", "维吾尔", "哈萨克", "柯尔克孜", "土家族", "苗族", "布依族", "傈僳族",
                   "朝鲜族", "彝族", "羌族", "塔吉克", "侗族", "壮族", "蒙古", "傈僳", "土家")
# Conventional one-syllable short forms beyond the rule of :func:`short_forms` (克孜勒苏州 → 克州).
SHORT_FORMS = {"653000": ["克州"], "652800": ["巴州"], "652700": ["博州"]}


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
            if base.endswith(ethnic) and len(base) >= len(ethnic) + 2:  # 内蒙古 keeps its 蒙古
                base, changed = base[: -len(ethnic)], True
    return base if base != name and len(base) >= 2 else None


def short_forms(code: str, name: str) -> list[str]:
    """Every short name of a division: :func:`short_name` and, for an autonomous prefecture, the usual
    place + 州 (果洛藏族自治州 → 果洛, 果洛州), plus the conventional ones in :data:`SHORT_FORMS`."""
    short = short_name(name)
    forms = [short] if short else []
    if short and name.endswith("自治州"):
        forms.append(short + "州")
    return forms + [f for f in SHORT_FORMS.get(code, []) if f not in forms]


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
    cover_status: dict = dataclasses.field(default_factory=dict)   # covered unit → its own status
    rounds: list = dataclasses.field(default_factory=list)          # programme round keys
    notes: list = dataclasses.field(default_factory=list)
    team: str | None = None          # the province whose team the supporter served in (厦门市 in Fujian's)


