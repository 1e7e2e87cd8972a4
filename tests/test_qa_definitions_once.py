"""Every name in the question answerer is defined once.

Several engineers add vocabulary, queries and templates to the same modules at once; when two of them pick the same
name, Python keeps the later module-level definition and YAML the later mapping key, silently, and the first one's
behaviour is gone (a `takeover` cue pattern and a `NUMBER_ASKED` pattern were lost that way in one merge). These tests
make such a merge fail instead.
"""
from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest
import yaml

QA = Path(__file__).resolve().parents[1] / "src" / "kgqa" / "qa"
MAKE_DEV = Path(__file__).resolve().parent / "qa" / "make_dev.py"


def module_level_names(path: Path) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            counts[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
    return counts


class _DuplicateKeys(yaml.SafeLoader):
    found: list

    def construct_mapping(self, node, deep=False):
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        for key, n in collections.Counter(map(str, keys)).items():
            if n > 1:
                self.found.append((key, node.start_mark.line + 1))
        return super().construct_mapping(node, deep=deep)


def duplicate_keys(path: Path) -> list:
    loader = _DuplicateKeys(path.read_text(encoding="utf-8"))
    loader.found = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    return loader.found


@pytest.mark.parametrize("path", sorted(QA.glob("*.py")) + [MAKE_DEV], ids=lambda p: p.name)
def test_a_module_defines_each_name_once(path):
    twice = sorted(name for name, n in module_level_names(path).items() if n > 1)
    assert not twice, f"{path.name} defines {twice} more than once: the later silently replaces the earlier"


@pytest.mark.parametrize("path", sorted(QA.glob("*.yaml")), ids=lambda p: p.name)
def test_a_yaml_file_has_each_key_once_per_mapping(path):
    assert not duplicate_keys(path), f"{path.name}: keys given twice in one mapping (key, line): {duplicate_keys(path)}"


def test_the_checks_see_a_repeat(tmp_path):
    """The two readers themselves find what they are for (a check that cannot fail protects nothing)."""
    module = tmp_path / "m.py"
    module.write_text("A = 1\ndef f():\n    A = 3\nA = 2\n", encoding="utf-8")
    assert module_level_names(module)["A"] == 2
    document = tmp_path / "v.yaml"
    document.write_text("cues:\n  takeover: [a]\n  other: [b]\n  takeover: [c]\n", encoding="utf-8")
    assert [key for key, _ in duplicate_keys(document)] == ["takeover"]
