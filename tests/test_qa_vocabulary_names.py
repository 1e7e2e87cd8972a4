"""The question words live in one module (src/kgqa/qa/vocabulary.py); a second definition of a name there silently
replaces the first for every rule that reads it (session 14: a redefined DEMONSTRATIVE_FEW broke five dev questions
with no error). Each module-level name of the vocabulary and the modules that read it is defined once."""
from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

QA = Path(__file__).resolve().parents[1] / "src" / "kgqa" / "qa"


def defined_twice(path: Path) -> dict[str, int]:
    names = collections.Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return {name: n for name, n in names.items() if n > 1}


@pytest.mark.parametrize("module", sorted(p.name for p in QA.glob("*.py")))
def test_every_module_level_name_is_defined_once(module):
    assert defined_twice(QA / module) == {}


def test_a_name_defined_twice_is_found(tmp_path):
    source = tmp_path / "v.py"
    source.write_text('import re\nFEW = re.compile("几个")\ndef f():\n    pass\nFEW = re.compile("哪几")\n', encoding="utf-8")
    assert defined_twice(source) == {"FEW": 2}
