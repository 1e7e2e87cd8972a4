"""SHACL validation (pyshacl) with one line per violation: file, subject, message."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

SH = "http://www.w3.org/ns/shacl#"


@dataclasses.dataclass(frozen=True)
class Violation:
    file: str
    subject: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.subject}: {self.message}"


def validate(graphs: dict[str, Graph], shapes: Graph, ontology: Graph) -> list[Violation]:
    """Validate the union of ``graphs`` (name → graph) against ``shapes``."""
    import pyshacl

    data = Graph()
    for g in graphs.values():
        data += g
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology,
                                           inference="none", advanced=True, allow_warnings=True)
    if conforms:
        return []
    out = []
    for result in report.subjects(RDF.type, URIRef(SH + "ValidationResult")):
        focus = report.value(result, URIRef(SH + "focusNode"))
        message = report.value(result, URIRef(SH + "resultMessage")) or report.value(result, URIRef(SH + "sourceConstraintComponent"))
        where = next((name for name, g in graphs.items() if (focus, None, None) in g), "?")
        out.append(Violation(f"triples/{where}.ttl", str(focus), str(message)))
    return sorted(set(out), key=lambda v: (v.file, v.subject, v.message))


def load_triples_dir(path: Path) -> dict[str, Graph]:
    graphs = {}
    for file in sorted(path.glob("*.ttl")):
        graphs[file.stem] = Graph().parse(file, format="turtle")
    return graphs
