"""The build: curated sources (data/) → validated triples (triples/), with reasoning.

``build(root)`` is the plain function behind ``kgqa build``; it raises :class:`BuildError` with a
message naming the file and row when the sources are bad, and refuses to write invalid data.
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from rdflib import Graph

from ..errors import BuildError
from .graph import GraphBuilder, write_graphs
from .mechanisms import MechanismReport
from .reason import ReasoningReport, materialise
from .sources import read_sources
from .validate import Violation, load_triples_dir, validate

__all__ = ["build", "BuildReport", "check", "BuildError"]


@dataclasses.dataclass
class BuildReport:
    files: list[Path]
    triples: int
    pairings: int
    reasoning: ReasoningReport
    withheld: list[dict] = dataclasses.field(default_factory=list)
    demoted: list[dict] = dataclasses.field(default_factory=list)
    report_file: Path | None = None
    mechanisms: MechanismReport | None = None


REPORT_FILE = "build-report.json"


def write_report(builder: GraphBuilder, out_dir: Path) -> Path:
    """``triples/build-report.json``: the reference rows left out of the graph and those read as weaker
    than their table says, each with the reason; deterministic, so it is committed with the triples."""
    rows = builder.src.rows
    report = {
        "reference_rows": len(rows),
        "rows_in_graph": len(rows) - len(builder.withheld_rows),
        "pairings": len(builder.pairings),
        "copies_withheld": sum(r.copies_withheld for r in rows),
        "withheld": builder.withheld_rows,
        "demoted": builder.demoted_rows,
    }
    path = out_dir / REPORT_FILE
    path.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def ontology_graph(root: Path) -> Graph:
    return Graph().parse(root / "ontology" / "duikou.ttl", format="turtle")


def shapes_graph(root: Path) -> Graph:
    return Graph().parse(root / "ontology" / "shapes.ttl", format="turtle")


def build(root: Path, out_dir: Path | None = None, use_reasoner: bool = True) -> BuildReport:
    out_dir = out_dir or root / "triples"
    ontology = ontology_graph(root)
    builder = GraphBuilder(read_sources(root))
    graphs = builder.build()
    data = Graph()
    for g in graphs.values():
        data += g
    inferred, report = materialise(ontology, data, use_reasoner)
    graphs["inferred"] = inferred
    violations = validate(graphs, shapes_graph(root), ontology)
    if violations:
        lines = "\n".join(str(v) for v in violations[:50])
        raise BuildError(f"{len(violations)} SHACL violations; nothing written:\n{lines}")
    files = write_graphs(graphs, out_dir)
    report_file = write_report(builder, out_dir)
    return BuildReport(files, sum(len(g) for g in graphs.values()), len(builder.pairings), report,
                       builder.withheld_rows, builder.demoted_rows, report_file, builder.mechanism_report)


def check(root: Path, triples_dir: Path | None = None) -> list[Violation]:
    """Validate the triples already in triples/ (what ``kgqa validate`` runs)."""
    graphs = load_triples_dir(triples_dir or root / "triples")
    return validate(graphs, shapes_graph(root), ontology_graph(root))
