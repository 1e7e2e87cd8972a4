"""A non-editable install serves the same files: the wheel carries triples/, ontology/ and queries/ as
data files (``<prefix>/share/kgqa``), where kgqa.config.DATA_ROOT looks when there is no checkout."""
from __future__ import annotations

import subprocess
import sys
import zipfile

from kgqa.config import PROJECT_ROOT


def test_the_wheel_carries_the_served_files(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(PROJECT_ROOT), "--no-deps",
                    "-q", "-w", str(tmp_path)], check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("kgqa-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    served = {f"{folder}/{p.name}" for folder, pattern in (("triples", "*.ttl"), ("ontology", "*.ttl"), ("queries", "*.rq"))
              for p in (PROJECT_ROOT / folder).glob(pattern)}
    assert served and all(any(n.endswith("/data/share/kgqa/" + s) for n in names) for s in served), \
        sorted(s for s in served if not any(n.endswith("/data/share/kgqa/" + s) for n in names))
    assert any(n.endswith("kgqa/qa/templates.yaml") for n in names)
