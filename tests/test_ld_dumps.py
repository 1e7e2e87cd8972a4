"""Dumps: N-Quads and Turtle (gzip) round-trip to the same graph, with version and SHA-256; served."""
from __future__ import annotations

import base64
import gzip
import hashlib
import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kgqa import dumps
from kgqa.cli import main
from kgqa.web import create_app

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib parsing N-Quads


@pytest.fixture(scope="module")
def dump_dir(tmp_path_factory, store):
    out = tmp_path_factory.mktemp("project") / "dumps"
    dumps.write_dumps(store, out)
    return out


def store_dataset(store) -> Dataset:
    quads = [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in store.query(dumps.ALL_QUADS)]
    return Dataset().parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode(), format="nquads")


def test_manifest_has_version_and_checksums(dump_dir, store):
    manifest = dumps.read_manifest(dump_dir)
    assert manifest["version"] == store.data_version
    for name, entry in manifest["files"].items():
        data = (dump_dir / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] and len(data) == entry["bytes"]
        assert base64.b64decode(entry["sha256_base64"]) == hashlib.sha256(data).digest()
    sums = (dump_dir / "SHA256SUMS").read_text().splitlines()
    assert sorted(sums) == sorted(f"{e['sha256']}  {n}" for n, e in manifest["files"].items())


def test_nquads_round_trip(dump_dir, store):
    text = gzip.decompress((dump_dir / "duikou.nq.gz").read_bytes()).decode()
    dumped, original = Dataset().parse(data=text, format="nquads"), store_dataset(store)
    names = lambda ds: {str(g.identifier) for g in ds.graphs() if len(g)}
    assert names(dumped) == names(original) == set(store.graph_names())
    for name in names(original):
        assert isomorphic(dumped.graph(name), original.graph(name)), name


def test_turtle_round_trip(dump_dir, store):
    dumped = Graph().parse(data=gzip.decompress((dump_dir / "duikou.ttl.gz").read_bytes()).decode(), format="turtle")
    union = Graph()
    for g in store_dataset(store).graphs():
        union += g
    assert len(dumped) == len(union) == store.triple_count()
    assert isomorphic(dumped, union)


def test_dumps_are_reproducible(dump_dir, store, tmp_path):
    again = dumps.write_dumps(store, tmp_path)
    assert again == dumps.read_manifest(dump_dir)


def test_dumps_are_served_from_disk(dump_dir, settings, store):
    client = create_app(settings.replace(data_dir=str(dump_dir.parent / "triples")), store=store).test_client()
    index = client.get("/dumps/").json
    assert index["served_from"] == "dumps/" and index["version"] == store.data_version
    r = client.get("/dumps/duikou.nq.gz")
    assert r.status_code == 200 and r.mimetype == "application/gzip"  # N-Quads inside, as the manifest says
    assert index["files"]["duikou.nq.gz"]["media_type"] == "application/n-quads"
    assert r.data == (dump_dir / "duikou.nq.gz").read_bytes()
    assert r.headers["Digest"] == "sha-256=" + index["files"]["duikou.nq.gz"]["sha256_base64"]
    assert client.get("/dumps/duikou.nq.gz", headers={"If-None-Match": r.headers["ETag"]}).status_code == 304
    assert client.get("/dumps/../triples/actors.ttl").status_code == 404
    assert client.get("/dumps/MANIFEST.json").status_code == 404  # only the listed dump files
    void = client.get("/.well-known/void").get_data(as_text=True)
    assert f"{settings.base_url}/dumps/duikou.nq.gz" in void and index["files"]["duikou.ttl.gz"]["sha256"] in void


def test_without_dumps_dir_the_same_bytes_come_from_memory(dump_dir, settings, store, tmp_path):
    client = create_app(settings.replace(data_dir=str(tmp_path / "triples")), store=store).test_client()
    index = client.get("/dumps/").json
    assert index["served_from"] == "memory" and index["files"] == dumps.read_manifest(dump_dir)["files"]
    assert client.get("/dumps/duikou.ttl.gz").data == (dump_dir / "duikou.ttl.gz").read_bytes()


def test_stale_dumps_are_not_served(dump_dir, settings, store, tmp_path):
    stale = tmp_path / "dumps"
    stale.mkdir()
    manifest = {**dumps.read_manifest(dump_dir), "version": "older"}
    (stale / dumps.MANIFEST).write_text(json.dumps(manifest))
    client = create_app(settings.replace(data_dir=str(tmp_path / "triples")), store=store).test_client()
    assert client.get("/dumps/").json["served_from"] == "memory"


def test_cli_dump(tmp_path):
    result = CliRunner().invoke(main, ["dump", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "duikou.nq.gz" in result.output and (tmp_path / "MANIFEST.json").exists()
