"""The warm-up hook of create_app: per-store indexes built once before the web workers fork."""
import sys
import types

from kgqa.web import warm


def test_warm_up_runs_for_an_in_memory_store_only(store, monkeypatch):
    called = []
    module = types.ModuleType("kgqa_warm_probe")
    module.build = called.append
    monkeypatch.setitem(sys.modules, "kgqa_warm_probe", module)
    warm(store, ["kgqa_warm_probe:build"])
    on_disk = types.SimpleNamespace(name="embedded", path="/nowhere")
    warm(on_disk, ["kgqa_warm_probe:build"])
    assert called == [store]
