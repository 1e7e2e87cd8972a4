"""Dumps of the whole graph: N-Quads (every named graph) and Turtle (their union), gzip, with the data
version and SHA-256 of each file in ``MANIFEST.json`` (and a ``SHA256SUMS`` for ``sha256sum -c``).

Written by :func:`write_dumps` (``kgqa dump``) into ``dumps/`` beside ``triples/``; byte-for-byte
reproducible for the same data (sorted statements, gzip without a timestamp), so the service can serve
the same bytes from memory when ``dumps/`` is missing or older than the data it serves.
"""
from __future__ import annotations

import base64
import dataclasses
import gzip
import hashlib
import io
import json
from pathlib import Path

import pyoxigraph as ox

from .formats import TURTLE_PREFIXES
from .ld import per_store

NAME = "duikou"
MANIFEST = "MANIFEST.json"
ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
UNION = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


def dumps_dir(settings) -> Path:
    """``dumps/`` beside the data folder (``triples/``)."""
    return Path(settings.data_dir).resolve().parent / "dumps"


def _gzip(data: bytes) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as f:
        f.write(data)
    return out.getvalue()


def nquads(store) -> tuple[bytes, int]:
    quads = [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in store.query(ALL_QUADS)]
    lines = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)
    return b"".join(sorted(set(lines))), len(set(lines))


def turtle(store) -> tuple[bytes, int]:
    triples = sorted(set(store.query(UNION)), key=str)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES), len(triples)


def _entry(data: bytes, media_type: str, statements: int) -> dict:
    digest = hashlib.sha256(data)
    return {"media_type": media_type, "encoding": "gzip", "bytes": len(data), "statements": statements,
            "sha256": digest.hexdigest(), "sha256_base64": base64.b64encode(digest.digest()).decode()}


@dataclasses.dataclass(frozen=True)
class Dumps:
    manifest: dict
    data: dict[str, bytes]


def make_dumps(store) -> Dumps:
    """Both dumps in memory, with their manifest (version, bytes, SHA-256)."""
    files, data = {}, {}
    for suffix, media_type, make in ((".nq.gz", "application/n-quads", nquads), (".ttl.gz", "text/turtle", turtle)):
        body, count = make(store)
        data[NAME + suffix] = _gzip(body)
        files[NAME + suffix] = _entry(data[NAME + suffix], media_type, count)
    manifest = {"version": store.data_version, "license": "https://creativecommons.org/licenses/by/4.0/",
                "files": files}
    return Dumps(manifest, data)


dumps_for = per_store(make_dumps)  # what the service serves when dumps/ is missing or stale


def write_dumps(store, out_dir: Path) -> dict:
    """Write ``duikou.nq.gz``, ``duikou.ttl.gz``, ``MANIFEST.json`` and ``SHA256SUMS``; return the manifest."""
    out_dir.mkdir(parents=True, exist_ok=True)
    dumps = make_dumps(store)
    for name, data in dumps.data.items():
        (out_dir / name).write_bytes(data)
    files = dumps.manifest["files"]
    (out_dir / MANIFEST).write_text(json.dumps(dumps.manifest, indent=2, ensure_ascii=False) + "\n")
    (out_dir / "SHA256SUMS").write_text("".join(f"{e['sha256']}  {n}\n" for n, e in sorted(files.items())))
    return dumps.manifest


def read_manifest(out_dir: Path) -> dict | None:
    """The manifest of the dumps in ``out_dir``, or None when there are none."""
    path = out_dir / MANIFEST
    if not path.is_file():
        return None
    return json.loads(path.read_text())


def current_manifest(store, out_dir: Path) -> tuple[dict, bool]:
    """The manifest of the dumps to serve, and whether they are the files in ``out_dir`` (True) or
    made in memory (False) because ``out_dir`` has none for this data version."""
    on_disk = read_manifest(out_dir)
    if on_disk is not None and on_disk.get("version") == store.data_version:
        return on_disk, True
    return dumps_for(store).manifest, False
