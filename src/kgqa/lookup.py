"""Entity lookup for autocompletion: names, short names, abbreviations (沪), historical names
(日喀则地区), document numbers, GB/T 2260 codes and pinyin (shanghai), ranked.

CJK-aware: a name is matched as a whole string (exact, prefix, inside the name, or the name inside the
query), never split into single characters. The index is built once per store (:func:`index_for`).
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata

from .ld import BASE, href, labels_for, local_name, per_store
from .namespaces import sparql_prefixes

# How much a match on each kind of name counts.
KINDS = {
    "http://www.w3.org/2004/02/skos/core#prefLabel": ("name", 1.0),
    "http://www.w3.org/2000/01/rdf-schema#label": ("name", 1.0),
    "http://www.w3.org/2004/02/skos/core#altLabel": ("short name", 0.95),
    BASE + "ontology#abbreviation": ("abbreviation", 0.95),
    BASE + "ontology#documentNumber": ("document number", 0.95),
    BASE + "ontology#historicalName": ("historical name", 0.85),
    "http://www.w3.org/2004/02/skos/core#hiddenLabel": ("historical name", 0.85),
    BASE + "ontology#gb2260Code": ("GB/T 2260 code", 0.9),
    BASE + "ontology#pinyin": ("pinyin", 1.0),
}
NAMES = sparql_prefixes() + """
SELECT ?e ?p ?name WHERE {
  { ?e ?p ?name VALUES ?p { %s } }
  UNION { ?e dk:historicalName ?h . ?h rdfs:label ?name BIND(dk:historicalName AS ?p) }
  FILTER(isIRI(?e) && isLiteral(?name) && STRSTARTS(STR(?e), STR(id:)))
  FILTER(!STRSTARTS(STR(?e), "https://w3id.org/duikou/source/") && !CONTAINS(STR(?e), "/name/"))
}""".replace("%s", " ".join(f"<{p}>" for p in KINDS if not p.endswith("historicalName")))
# Asserted types only (the inferred superclasses would all tie); the first listed that applies wins.
TYPES = sparql_prefixes() + """
SELECT DISTINCT ?e ?t WHERE { GRAPH ?g { ?e a ?t } FILTER(?g != <https://w3id.org/duikou/graph/inferred>)
  FILTER(STRSTARTS(STR(?e), STR(id:)) && !STRSTARTS(STR(?e), "https://w3id.org/duikou/source/")) }"""
PRIOR = {"division/": 1.0, "xpcc": 0.95, "agency/": 0.95, "enterprise/": 0.95, "institution/": 0.95,
         "programme/": 0.95, "collective/": 0.9, "person/": 0.9, "event/": 0.9, "document/": 0.9,
         "type/": 0.85, "stage/": 0.85, "mechanism/": 0.85, "ontology": 0.7, "pairing/": 0.5}
PUNCT = re.compile(r"[\s·•・'’\-_.,，、()（）]+")


def _t2s():
    try:
        import opencc
    except ImportError:  # optional: traditional characters then only match themselves
        return lambda text: text
    return opencc.OpenCC("t2s").convert


def normalise(text: str, convert=lambda t: t) -> str:
    """NFKC, lower case, traditional → simplified, no spaces or punctuation (so 'Shang Hai' = shanghai)."""
    return PUNCT.sub("", convert(unicodedata.normalize("NFKC", text)).lower())


@dataclasses.dataclass(frozen=True)
class Entry:
    key: str
    iri: str
    name: str
    kind: str
    weight: float


def score(key: str, q: str) -> tuple[str, float] | None:
    """How well normalised query ``q`` matches name ``key``; whole strings only."""
    if key == q:
        return "exact", 1.0
    if key.startswith(q):
        return "prefix", 0.6 + 0.3 * len(q) / len(key)
    if len(q) >= 2 and q in key:
        return "substring", 0.4 + 0.3 * len(q) / len(key)
    if len(key) >= 2 and key in q:
        return "in query", 0.3 + 0.3 * len(key) / len(q)
    return None


class LookupIndex:
    def __init__(self, entries: list[Entry], labels: dict[str, dict], types: dict[str, str], type_labels: dict):
        self.entries = entries
        self.exact: dict[str, list[Entry]] = {}
        for e in entries:
            self.exact.setdefault(e.key, []).append(e)
        self.labels, self.types, self.type_labels = labels, types, type_labels  # labels, type_labels: by language
        self.convert = _t2s()

    def search(self, query: str, limit: int = 10, langs: tuple[str, ...] = ("zh", "en")) -> list[dict]:
        q = normalise(query, self.convert)[:100]
        if not q:
            return []
        best: dict[str, tuple[float, str, Entry]] = {}
        for e in self.entries:
            hit = score(e.key, q)
            if hit and (e.iri not in best or hit[1] * e.weight > best[e.iri][0]):
                best[e.iri] = (hit[1] * e.weight, hit[0], e)
        lang = langs[0] if langs and langs[0] in self.labels else "zh"
        ranked = sorted(best.values(), key=lambda b: (-b[0], len(self.labels["zh"][b[2].iri]), b[2].iri))
        return [self._result(s, how, e, lang) for s, how, e in ranked[:limit]]

    def _result(self, s: float, how: str, e: Entry, lang: str) -> dict:
        t = self.types.get(e.iri)
        return {"iri": e.iri, "path": href(e.iri), "label": self.labels[lang][e.iri], "matched": e.name,
                "match": how, "kind": e.kind, "score": round(s, 4),
                "type": {"iri": t, "label": self.type_labels[lang].get(t)} if t else None}


def _prior(iri: str) -> float:
    rest = iri[len(BASE):]
    return next((w for p, w in PRIOR.items() if rest.startswith(p)), 0.6)


def build_index(store) -> LookupIndex:
    convert = _t2s()
    entries, seen = [], set()
    for r in store.query(NAMES):
        iri, name, prop = r["e"].value, r["name"].value, r["p"].value
        kind, weight = KINDS[prop]
        key = normalise(name, convert)
        if key and (key, iri, kind) not in seen:
            seen.add((key, iri, kind))
            entries.append(Entry(key, iri, name, kind, weight * _prior(iri)))
    types: dict[str, str] = {}
    for r in store.query(TYPES):
        types.setdefault(r["e"].value, r["t"].value)
    orders = {"zh": ("zh", "en"), "en": ("en", "zh")}
    labels = {lang: labels_for(store, {e.iri for e in entries}, order) for lang, order in orders.items()}
    type_labels = {lang: labels_for(store, set(types.values()), order) for lang, order in orders.items()}
    return LookupIndex(entries, labels, types, type_labels)


index_for = per_store(build_index)
__all__ = ["LookupIndex", "build_index", "index_for", "local_name", "normalise"]
