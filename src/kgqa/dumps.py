"""Dumps of the whole graph: N-Quads (every named graph) and Turtle (their union), gzip, with the data
version and SHA-256 of each file in ``MANIFEST.json`` (and a ``SHA256SUMS`` for ``sha256sum -c``).

Written by :func:`write_dumps` (``kgqa dump``) into ``dumps/`` beside ``triples/``; byte-for-byte
reproducible for the same data (sorted statements, gzip without a timestamp).
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
from pathlib import Path

import pyoxigraph as ox

from .ld import TURTLE_PREFIXES

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


def write_dumps(store, out_dir: Path) -> dict:
    """Write ``duikou.nq.gz``, ``duikou.ttl.gz``, ``MANIFEST.json`` and ``SHA256SUMS``; return the manifest."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = {}
    for suffix, media_type, make in ((".nq.gz", "application/n-quads", nquads), (".ttl.gz", "text/turtle", turtle)):
        body, count = make(store)
        data = _gzip(body)
        (out_dir / (NAME + suffix)).write_bytes(data)
        files[NAME + suffix] = _entry(data, media_type, count)
    manifest = {"version": store.data_version, "license": "https://creativecommons.org/licenses/by/4.0/",
                "files": files}
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    (out_dir / "SHA256SUMS").write_text("".join(f"{e['sha256']}  {n}\n" for n, e in sorted(files.items())))
    return manifest


def read_manifest(out_dir: Path) -> dict | None:
    """The manifest of the dumps in ``out_dir``, or None when there are none."""
    path = out_dir / MANIFEST
    if not path.is_file():
        return None
    return json.loads(path.read_text())
