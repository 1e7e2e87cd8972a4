"""Entity lookup for autocompletion: names, short names, abbreviations (沪), historical names
(日喀则地区), document numbers, GB/T 2260 codes and pinyin (shanghai), ranked.

CJK-aware: a name is matched as a whole string (exact, prefix, inside the name, or the name inside the
query), never split into single characters. The index is a SQLite database, so a search reads the
candidates, not every name: prefixes through the index on the names, a name inside the query through
exact lookups of the query's substrings, a query inside a name through the rarest two-character piece of
the query (every name is indexed by its two-character pieces and its length) — 10^4 … 10^7 triples alike.
A very common piece is bounded: at most ``CANDIDATES`` names of each kind are read (the shortest, which
score highest), so its cost does not grow with the graph. For an
on-disk store it is built by ``kgqa build --store`` into the store's directory (``KGQA_LOOKUP``, keyed by
the data version and this module's source) and every worker opens it read-only, sharing it through the
page cache; for a store in memory it is built in memory, once per store (:func:`index_for`).
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import re
import sqlite3
import threading
import unicodedata
from pathlib import Path

from . import formats
from .ld import ALL_LABELS, BASE, href, local_name, per_store, pick_label
from .memo import FileLock
from .namespaces import sparql_prefixes
from .files import beside, write_atomically

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


SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries(id INTEGER PRIMARY KEY, key TEXT NOT NULL, iri TEXT NOT NULL, name TEXT NOT NULL,
                     kind TEXT NOT NULL, weight REAL NOT NULL);
CREATE TABLE grams(gram TEXT NOT NULL, len INTEGER NOT NULL, id INTEGER NOT NULL);
CREATE TABLE gram_counts(gram TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE things(iri TEXT PRIMARY KEY, zh TEXT NOT NULL, en TEXT NOT NULL, type TEXT) WITHOUT ROWID;
"""
# made after the rows are in (SQLite sorts once instead of inserting into a B-tree row by row)
INDEXES = """CREATE INDEX entries_key ON entries(key); CREATE INDEX entries_iri ON entries(iri);
CREATE INDEX grams_gram ON grams(gram, len, id);"""
# score() in SQL, the same arithmetic in the same order (so the same doubles), times the entry's weight
SCORE = """(CASE WHEN e.key = :q THEN 1.0
      WHEN substr(e.key, 1, :lq) = :q THEN 0.6 + 0.3 * :lq / length(e.key)
      WHEN :lq >= 2 AND instr(e.key, :q) > 0 THEN 0.4 + 0.3 * :lq / length(e.key)
      WHEN length(e.key) >= 2 AND instr(:q, e.key) > 0 THEN 0.3 + 0.3 * length(e.key) / :lq END) * e.weight"""
# Candidates are bounded (top-k): at most :cap names starting with the query, in key order (a name's
# prefixes come before it), and at most :cap containing it, shortest first (a shorter name scores higher),
# so a very common piece reads :cap rows of the index, not every name that holds it.
CANDIDATES = 500
RANKED = f"""WITH cand(id) AS (
  SELECT id FROM (SELECT id FROM entries WHERE key >= :q AND key < :q || char(1114111) ORDER BY key LIMIT :cap)
  UNION SELECT id FROM (SELECT g.id FROM grams g JOIN entries e ON e.id = g.id
                        WHERE g.gram = :gram AND instr(e.key, :q) > 0 ORDER BY g.len LIMIT :cap)
  UNION SELECT id FROM entries WHERE key IN (SELECT value FROM json_each(:inside)))
SELECT e.iri FROM cand JOIN entries e ON e.id = cand.id JOIN things t ON t.iri = e.iri
GROUP BY e.iri ORDER BY MAX({SCORE}) DESC, length(t.zh), e.iri LIMIT :limit"""
FILE_NAME = "KGQA_LOOKUP"


def grams_of(key: str) -> set[str]:
    return {key[i:i + 2] for i in range(len(key) - 1)}


def _rows(store) -> tuple[list[Entry], dict[str, tuple[str, str, str | None]]]:
    """The names (entries, in a fixed order) and, for each entity and type, its zh-first and en-first
    label and its type — read in three passes over the store."""
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
    wanted = {e.iri for e in entries} | set(types.values())
    labels: dict[str, list] = {}
    for r in store.query(ALL_LABELS):
        if r["x"].value in wanted:
            labels.setdefault(r["x"].value, []).append((r["p"].value, r["l"]))
    things = {}
    for iri in wanted:
        found = labels.get(iri, [])
        things[iri] = (pick_label(found, ("zh", "en")) or formats.compact(iri),
                       pick_label(found, ("en", "zh")) or formats.compact(iri), types.get(iri))
    return entries, things


def write_index(con: sqlite3.Connection, store, key: str) -> None:
    entries, things = _rows(store)
    # a fresh file written once and renamed into place when complete: no journal, no syncs until then
    con.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;")
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?)",
                    ((i, e.key, e.iri, e.name, e.kind, e.weight) for i, e in enumerate(entries)))
    con.executemany("INSERT INTO grams VALUES (?, ?, ?)",
                    ((g, len(e.key), i) for i, e in enumerate(entries) for g in grams_of(e.key)))
    con.executemany("INSERT INTO things VALUES (?, ?, ?, ?)", ((i, *t) for i, t in things.items()))
    con.executescript(INDEXES)
    con.execute("INSERT INTO gram_counts SELECT gram, COUNT(*) FROM grams GROUP BY gram")
    con.execute("INSERT INTO meta VALUES ('key', ?)", (key,))
    con.commit()


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def key_for(store) -> str:
    return hashlib.sha256(f"{code_digest()};{store.data_version}".encode()).hexdigest()


class LookupIndex:
    """Searches one index database. A connection per process (SQLite connections do not survive a fork),
    shared by its threads (read-only)."""

    def __init__(self, path: Path | None = None, image: bytes | None = None):
        self.path, self.image = path, image  # a file (on-disk store) or a serialised in-memory database
        self._con: sqlite3.Connection | None = None
        self._pid = None
        self._lock = threading.Lock()
        self.convert = _t2s()

    @property
    def con(self) -> sqlite3.Connection:
        if self._con is None or self._pid != os.getpid():
            with self._lock:
                if self._con is None or self._pid != os.getpid():
                    if self.path is not None:
                        con = read_only(self.path)
                    else:
                        con = sqlite3.connect(":memory:", check_same_thread=False)
                        con.deserialize(self.image)
                    self._con, self._pid = con, os.getpid()
        return self._con

    @property
    def size(self) -> int:
        return self.con.execute("SELECT COUNT(*) FROM entries").fetchone()[0]

    def search(self, query: str, limit: int = 10, langs: tuple[str, ...] = ("zh", "en")) -> list[dict]:
        q = normalise(query, self.convert)[:100]
        if not q:
            return []
        con = self.con
        pieces, rarest = grams_of(q), None
        if pieces:
            counts = dict(con.execute("SELECT gram, n FROM gram_counts WHERE gram IN (SELECT value FROM json_each(?))",
                                      (json.dumps(sorted(pieces)),)))
            rarest = min(counts, key=lambda g: (counts[g], g)) if len(counts) == len(pieces) else None
        inside = sorted({q[i:j] for i in range(len(q)) for j in range(i + 2, len(q) + 1)} - {q})
        iris = [r[0] for r in con.execute(RANKED, {"q": q, "lq": len(q), "gram": rarest, "inside": json.dumps(inside),
                                                   "limit": limit, "cap": max(CANDIDATES, limit)})]
        lang = 0 if not langs or langs[0] != "en" else 1  # the zh-first or the en-first label
        return [self._result(q, iri, lang) for iri in iris]

    def _result(self, q: str, iri: str, lang: int) -> dict:
        """The entity's best-scoring name (the first of equals, as they were read from the store)."""
        best = None
        for key, name, kind, weight in self.con.execute(
                "SELECT key, name, kind, weight FROM entries WHERE iri = ? ORDER BY id", (iri,)):
            hit = score(key, q)
            if hit and (best is None or hit[1] * weight > best[0]):
                best = (hit[1] * weight, hit[0], name, kind)
        s, how, name, kind = best
        zh, en, t, type_zh, type_en = self.con.execute(
            "SELECT t.zh, t.en, t.type, c.zh, c.en FROM things t LEFT JOIN things c ON c.iri = t.type WHERE t.iri = ?",
            (iri,)).fetchone()
        return {"iri": iri, "path": href(iri), "label": (zh, en)[lang], "matched": name,
                "match": how, "kind": kind, "score": round(s, 4),
                "type": {"iri": t, "label": (type_zh, type_en)[lang]} if t else None}


def read_only(path: Path) -> sqlite3.Connection:
    """A saved index, opened read-only and immutable (no locks: nothing writes it once it is in place)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def _prior(iri: str) -> float:
    rest = iri[len(BASE):]
    return next((w for p, w in PRIOR.items() if rest.startswith(p)), 0.6)


def build_index(store) -> LookupIndex:
    """An index of ``store`` built in memory (a store held in memory, or one whose directory has none)."""
    con = sqlite3.connect(":memory:")
    write_index(con, store, key_for(store))
    image = con.serialize()
    con.close()
    return LookupIndex(image=image)


def path_for(store) -> Path | None:
    return beside(store, FILE_NAME)


def saved_key(path: Path) -> str | None:
    try:
        con = read_only(path)
        try:
            return con.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()[0]
        finally:
            con.close()
    except (sqlite3.Error, TypeError):
        return None


def save_index(store, path: Path) -> bool:
    """Build the index into ``path`` (a temporary file renamed over it); False if it cannot be written."""
    def write(tmp: Path) -> None:
        con = sqlite3.connect(tmp)
        try:
            write_index(con, store, key_for(store))
        finally:
            con.close()

    return write_atomically(path, write, errors=(sqlite3.Error,))


def open_index(store) -> LookupIndex:
    """The store's index: the one saved in the store's directory under the current key (an on-disk store,
    one copied into memory, or a remote endpoint's folder in ``--cache-dir``), else built and saved there
    when the directory is writable — by one process: the others wait on a file lock and open its file."""
    path = path_for(store)
    if path is None:
        return build_index(store)
    with FileLock(path.with_name(path.name + ".lock")):
        if saved_key(path) == key_for(store) or save_index(store, path):
            return LookupIndex(path=path)
    return build_index(store)


def write_for_store(store_path: Path) -> dict:
    """Build and save the index of the on-disk store at ``store_path`` (``kgqa build --store``)."""
    import time

    from .store.embedded import EmbeddedStore

    started = time.perf_counter()
    store = EmbeddedStore.open_read_only(str(store_path))
    written = save_index(store, path_for(store))
    return {"written": written, "seconds": round(time.perf_counter() - started, 3)}


index_for = per_store(open_index)
__all__ = ["LookupIndex", "build_index", "index_for", "local_name", "normalise"]
