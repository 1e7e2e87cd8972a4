"""The layers stay one-way (docs/design.md, "Modules and who calls whom"): the import-linter contracts in
.importlinter, checked on the package's real import graph."""
from __future__ import annotations

import pytest

from kgqa.config import PROJECT_ROOT

importlinter = pytest.importorskip("importlinter.cli")


def test_import_contracts_are_kept(capsys):
    assert importlinter.lint_imports(config_filename=str(PROJECT_ROOT / ".importlinter")) == 0, capsys.readouterr().out


def test_every_module_has_a_layer():
    """A new top-level module or package is placed in the layers contract, not left outside every rule."""
    import configparser
    import pkgutil

    import kgqa

    config = configparser.ConfigParser()
    config.read(PROJECT_ROOT / ".importlinter", encoding="utf-8")
    layers = config["importlinter:contract:layers"]["layers"]
    named = {m.strip() for line in layers.splitlines() for m in line.replace("|", ":").split(":") if m.strip()}
    modules = {f"kgqa.{m.name}" for m in pkgutil.iter_modules(kgqa.__path__) if m.name != "__main__"}
    assert modules - named == set()
