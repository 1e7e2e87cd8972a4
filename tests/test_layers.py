"""The layers stay one-way (docs/design.md, "Modules and who calls whom"): the import-linter contracts in
.importlinter, checked on the package's real import graph."""
from __future__ import annotations

import pytest

from kgqa.config import PROJECT_ROOT

importlinter = pytest.importorskip("importlinter.cli")


def test_import_contracts_are_kept(capsys):
    assert importlinter.lint_imports(config_filename=str(PROJECT_ROOT / ".importlinter")) == 0, capsys.readouterr().out
