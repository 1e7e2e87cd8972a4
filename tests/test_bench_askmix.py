"""The askmix summary names the texts that set a window: the slowest answers and every failed request."""
from __future__ import annotations

from bench.askmix import summarise


def test_a_window_names_its_slowest_and_failed_texts():
    samples = [(True, 200, "MISS", 0.020, "北京市对口支援哪些地方？"),
               (True, 200, "MISS", 4.500, "天津和重庆都对口支援的地区是哪个"),
               (False, 200, "HIT", 0.002, "北京市对口支援哪些地方？"),
               (True, "TimeoutError", "", 60.0, "哈密地区广东之后谁接手")]
    out = summarise(samples, wall=64.0, clients=2)
    assert out["slowest"][0] == {"text": "天津和重庆都对口支援的地区是哪个", "status": 200, "first": True, "ms": 4500.0}
    assert [s["text"] for s in out["slowest"]] == ["天津和重庆都对口支援的地区是哪个", "北京市对口支援哪些地方？",
                                                   "北京市对口支援哪些地方？"]
    assert out["failed"] == [{"text": "哈密地区广东之后谁接手", "status": "TimeoutError", "first": True, "ms": 60000.0}]
    assert out["statuses"] == {"200": 3, "TimeoutError": 1}


def test_the_steady_state_asks_the_draw_round_and_round_every_text_a_repeat():
    from bench.askmix import Sequence

    warm = Sequence(list(dict.fromkeys(["甲", "乙", "甲", "丙"])))
    assert [warm.take() for _ in range(4)] == [("甲", True), ("乙", True), ("丙", True), None]
    steady = Sequence(["甲", "乙", "甲", "丙"], cyclic=True)
    steady.seen |= warm.seen
    assert [steady.take() for _ in range(6)] == [("甲", False), ("乙", False), ("甲", False), ("丙", False),
                                                 ("甲", False), ("乙", False)]
    assert Sequence([], cyclic=True).take() is None
