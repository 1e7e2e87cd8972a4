"""The build: reproducible, reasoned, validated; bad sources are refused with a clear message."""
from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from kgqa.build import BuildError, build, check
from kgqa.build.validate import validate
from kgqa.namespaces import DK, ID

from .conftest import ROOT


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory) -> Path:
    """A full build (HermiT included) into a temporary folder."""
    if shutil.which("java") is None:
        pytest.skip("HermiT needs Java (scripts/test installs default-jre-headless)")
    out = tmp_path_factory.mktemp("triples")
    report = build(ROOT, out)
    assert report.reasoning.reasoner.startswith("HermiT")
    return out


def test_committed_triples_are_what_the_build_makes(fresh_build):
    committed = sorted(p.name for p in (ROOT / "triples").glob("*.ttl"))
    assert committed == sorted(p.name for p in fresh_build.glob("*.ttl"))
    differing = [n for n in committed if not filecmp.cmp(ROOT / "triples" / n, fresh_build / n, shallow=False)]
    assert differing == [], "triples/ is stale: run `kgqa build` and commit the result"


def test_reasoner_materialises_supports_and_defined_classes(fresh_build):
    g = Graph().parse(fresh_build / "inferred.ttl")
    beijing, lhasa = ID["division/110000"], ID["division/540100"]
    assert (beijing, DK.supports, lhasa) in g
    assert (lhasa, DK.supportedBy, beijing) in g
    assert (beijing, RDF.type, DK.Supporter) in g
    assert (lhasa, RDF.type, DK.Recipient) in g
    assert (ID["division/653125"], DK.partOf, ID["division/650000"]) in g   # 莎车县 ⊂ 新疆 (transitive)


def test_committed_triples_conform_to_the_shapes():
    assert check(ROOT) == []


def copy_project(tmp_path: Path) -> Path:
    for name in ("data", "ontology"):
        shutil.copytree(ROOT / name, tmp_path / name)
    return tmp_path


@pytest.mark.parametrize("column,bad,message", [
    ("start_year", "199x", "is not a year"),
    ("programme", "不存在的计划", "is not mapped"),
    ("recipient", "查无此地", "cannot resolve"),
    ("status", "maybe", "status"),
])
def test_a_broken_reference_row_fails_the_build_clearly(tmp_path, column, bad, message):
    import csv

    root = copy_project(tmp_path)
    table = root / "data" / "reference" / "pairings-other.csv"
    rows = list(csv.DictReader(table.open(encoding="utf-8")))
    rows[4][column] = bad
    with table.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(BuildError) as err:
        build(root, tmp_path / "out", use_reasoner=False)
    assert message in err.value.message
    if column != "programme":
        assert "pairings-other.csv:6" in err.value.message
    assert not (tmp_path / "out").exists()


def shapes_and_ontology():
    return (Graph().parse(ROOT / "ontology" / "shapes.ttl"), Graph().parse(ROOT / "ontology" / "duikou.ttl"))


def pairing_graph(**changes) -> Graph:
    p, g = URIRef(ID["pairing/test/x"]), Graph()
    g.add((p, RDF.type, DK.PairingRelationship))
    g.add((p, RDFS.label, Literal("测试", lang="zh")))
    for prop, value in {DK.supporter: ID["division/110000"], DK.recipient: ID["division/540100"],
                        DK.programme: ID["programme/yuanzang"], DK.relationshipType: ID["type/interprovincial"],
                        DK.verificationStatus: DK.Verified, DK.startYear: Literal(1994),
                        DCTERMS.source: ID["source/book"]}.items():
        g.add((p, prop, value))
    for prop, value in changes.items():
        g.remove((p, DK[prop] if prop != "source" else DCTERMS.source, None))
        if value is not None:
            for v in value if isinstance(value, list) else [value]:
                g.add((p, DK[prop] if prop != "source" else DCTERMS.source, v))
    return g


@pytest.mark.parametrize("changes,message", [
    ({}, None),
    ({"supporter": [ID["division/110000"], ID["division/310000"]]}, "exactly one supporter"),
    ({"recipient": None}, "exactly one recipient"),
    ({"source": None}, "at least one source"),
    ({"startYear": None}, "start year or an explicit 'unknown'"),
    ({"verificationStatus": None}, "verification status"),
    ({"endYear": Literal(1990)}, "end year is before start year"),
])
def test_shapes_catch_bad_pairings(changes, message):
    shapes, onto = shapes_and_ontology()
    violations = validate({"test": pairing_graph(**changes)}, shapes, onto)
    if message is None:
        assert violations == []
    else:
        assert any(message in v.message for v in violations), violations
        assert all(v.file == "triples/test.ttl" for v in violations)


def test_shapes_catch_shared_codes_and_missing_zh_labels():
    shapes, onto = shapes_and_ontology()
    g = Graph()
    for key in ("division/110000", "division/999999"):
        g.add((ID[key], RDF.type, DK.Province))
        g.add((ID[key], DK.gb2260Code, Literal("110000")))
    g.add((ID["division/110000"], RDFS.label, Literal("Beijing", lang="en")))
    messages = {v.message for v in validate({"test": g}, shapes, onto)}
    assert "two entities share a GB/T 2260 code" in messages
    assert "every entity has a zh label" in messages


def test_an_unquoted_comma_in_a_curated_table_is_refused(tmp_path):
    root = copy_project(tmp_path)
    book = root / "data" / "curated" / "book.yaml"
    book.write_text(book.read_text(encoding="utf-8").replace('en: "Umbrella term for paired assistance, paired',
                                                             'en: Umbrella term for paired assistance, paired'), encoding="utf-8")
    with pytest.raises(BuildError) as err:
        build(root, tmp_path / "out", use_reasoner=False)
    assert "book.yaml" in err.value.message and "has no value" in err.value.message


def programme_graph(pairing_start: int, programme_start: int, round_start: int | None = None, approximate=False) -> Graph:
    g = pairing_graph(startYear=Literal(pairing_start), programme=ID["programme/test"])
    g.add((ID["programme/test"], DK.startYear, Literal(programme_start)))
    if round_start is not None:
        g.add((ID["programme/test/round"], DK.startYear, Literal(round_start)))
        g.add((ID["programme/test/round"], DK.roundOf, ID["programme/test"]))
        g.add((ID["pairing/test/x"], DK.round, ID["programme/test/round"]))
    if approximate:
        g.add((ID["pairing/test/x"], DK.startYearStatus, DK.ApproximateYear))
    return g


@pytest.mark.parametrize("args,message", [
    ((1997, 1996), None),
    ((1997, 2010), "a pairing starts before its programme"),
    ((2009, 1996, 2010), "a pairing starts before its round"),
    ((2009, 1996, 2010, True), None),            # an approximate year may fall one year early
    ((2008, 1996, 2010, True), "a pairing starts before its round"),
])
def test_shapes_catch_pairings_older_than_their_programme_or_round(args, message):
    shapes, onto = shapes_and_ontology()
    messages = {v.message for v in validate({"test": programme_graph(*args)}, shapes, onto)}
    assert (message in messages) if message else not any("starts before" in m for m in messages), messages


def rewrite_row(root: Path, table: str, line: int, **changes) -> None:
    import csv

    path = root / "data" / "reference" / table
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    rows[line - 2].update(changes)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def test_a_note_stating_an_end_without_an_end_year_fails_the_build(tmp_path):
    root = copy_project(tmp_path)
    rewrite_row(root, "pairings-tibet-xinjiang.csv", 48, notes="Ended 2019 when another province took over.")
    with pytest.raises(BuildError) as err:
        build(root, tmp_path / "out", use_reasoner=False)
    assert "pairings-tibet-xinjiang.csv:48" in err.value.message and "no end year" in err.value.message


def test_a_row_of_a_programme_with_rounds_must_name_its_round(tmp_path):
    root = copy_project(tmp_path)
    programmes = root / "data" / "curated" / "programmes.yaml"
    text = programmes.read_text(encoding="utf-8")
    programmes.write_text(text.replace(', "1997年起的前期援疆安排(年份未核实)"]', ']'), encoding="utf-8")
    with pytest.raises(BuildError) as err:
        build(root, tmp_path / "out", use_reasoner=False)
    assert "names no round of programme/yuanjiang" in err.value.message


def test_the_build_report_lists_withheld_rows_with_the_reason(fresh_build):
    import json

    report = json.loads((fresh_build / "build-report.json").read_text(encoding="utf-8"))
    assert report == json.loads((ROOT / "triples" / "build-report.json").read_text(encoding="utf-8"))
    assert {w["row"] for w in report["withheld"]} == {f"data/reference/pairings-other.csv:{n}" for n in range(107, 114)}
    assert all(w["reason"] for w in report["withheld"] + report["demoted"])


def test_shapes_catch_coverage_records_and_rounds_without_their_facts():
    shapes, onto = shapes_and_ontology()
    g = Graph()
    g.add((ID["pairing/test/x/covers/1"], RDF.type, DK.CoveredUnit))
    g.add((ID["programme/test/round"], RDF.type, DK.ProgrammeRound))
    messages = {v.message for v in validate({"test": g}, shapes, onto)}
    assert {"a coverage record names exactly one unit", "a coverage record has exactly one verification status",
            "a coverage record cites at least one source", "a round belongs to one programme",
            "a round has one start year"} <= messages
