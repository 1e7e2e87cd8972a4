"""The development question set and the quality floor (CI fails below it)."""
from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest

from kgqa.qa import qa_for
from kgqa.qa.evaluate import Scored, by_family, evaluate, load_questions

DEV = Path(__file__).parent / "qa" / "dev.json"
HELDOUT = Path(__file__).parent / "qa" / "heldout-test.json"
BLIND2_STUDY = Path(__file__).parent / "qa" / "blind2-study.json"
BLIND2_TEST = Path(__file__).parent / "qa" / "blind2-test.json"
BLIND3_TEST = Path(__file__).parent / "qa" / "blind3-test.json"
BLIND4_TEST = Path(__file__).parent / "qa" / "blind4-test.json"
BLIND5_STUDY = Path(__file__).parent / "qa" / "blind5-study.json"
BLIND5_TEST = Path(__file__).parent / "qa" / "blind5-test.json"
BLIND6_TEST = Path(__file__).parent / "qa" / "blind6-test.json"
OUTSIDE_A = Path(__file__).parent / "qa" / "outside-a.json"
OUTSIDE_B_STUDY = Path(__file__).parent / "qa" / "outside-b-study.json"
OUTSIDE_C_STUDY = Path(__file__).parent / "qa" / "outside-c-study.json"
OUTSIDE_D_STUDY = Path(__file__).parent / "qa" / "outside-d-study.json"
OUTSIDE_E_STUDY = Path(__file__).parent / "qa" / "outside-e-study.json"
OUTSIDE_F_STUDY = Path(__file__).parent / "qa" / "outside-f-study.json"
OUTSIDE_G_STUDY = Path(__file__).parent / "qa" / "outside-g-study.json"
OUTSIDE_H_STUDY = Path(__file__).parent / "qa" / "outside-h-study.json"
OUTSIDE_I_STUDY = Path(__file__).parent / "qa" / "outside-i-study.json"
OUTSIDE_J_STUDY = Path(__file__).parent / "qa" / "outside-j-study.json"
OUTSIDE_K_STUDY = Path(__file__).parent / "qa" / "outside-k-study.json"
OUTSIDE_L_STUDY = Path(__file__).parent / "qa" / "outside-l-study.json"
OUTSIDE_M_STUDY = Path(__file__).parent / "qa" / "outside-m-study.json"
OUTSIDE_N_STUDY = Path(__file__).parent / "qa" / "outside-n-study.json"
OUTSIDE_O_STUDY = Path(__file__).parent / "qa" / "outside-o-study.json"
OUTSIDE_P_STUDY = Path(__file__).parent / "qa" / "outside-p-study.json"
OUTSIDE_Q_STUDY = Path(__file__).parent / "qa" / "outside-q-study.json"
OUTSIDE_R_STUDY = Path(__file__).parent / "qa" / "outside-r-study.json"  # (studied session 14: 0.720 → 0.915 / 1.000; session 15: 0.970)
OUTSIDE_S_STUDY = Path(__file__).parent / "qa" / "outside-s-study.json"  # (studied session 14: 0.558 → 0.839 / 1.000; session 15: 0.930)
OUTSIDE_U_STUDY = Path(__file__).parent / "qa" / "outside-u-study.json"  # (studied session 15: 0.757 → 0.928 / 0.923)
OUTSIDE_T_STUDY = Path(__file__).parent / "qa" / "outside-t-study.json"  # (studied session 15, pr24t: 0.828 → 0.960 / 1.000)
OUTSIDE_V_STUDY = Path(__file__).parent / "qa" / "outside-v-study.json"  # (studied session 15, pr25v: 0.857 → 0.986 / 1.000)
OUTSIDE_W_STUDY = Path(__file__).parent / "qa" / "outside-w-study.json"  # (studied session 15, pr25w: 0.646 → 0.791 / 1.000; 0.802 before one fix was reverted; session 16: 0.893)
OUTSIDE_X_STUDY = Path(__file__).parent / "qa" / "outside-x-study.json"  # (studied session 16, st-x: 0.719 → 0.892 / 0.909)
OUTSIDE_Y_STUDY = Path(__file__).parent / "qa" / "outside-y-study.json"  # (studied session 16, st-y: 0.744 → 0.940 / 1.000)
OUTSIDE_Z_STUDY = Path(__file__).parent / "qa" / "outside-z-study.json"  # (scored once on the end code of session 16, then st-z: 0.811 → 0.871 / 1.000)
OUTSIDE_B_TEST = Path(__file__).parent / "qa" / "outside-b-test.json"
OUTSIDE_C_TEST = Path(__file__).parent / "qa" / "outside-c-test.json"
OUTSIDE_D_TEST = Path(__file__).parent / "qa" / "outside-d-test.json"
OUTSIDE_E_TEST = Path(__file__).parent / "qa" / "outside-e-test.json"
OUTSIDE_F_TEST = Path(__file__).parent / "qa" / "outside-f-test.json"
OUTSIDE_G_TEST = Path(__file__).parent / "qa" / "outside-g-test.json"
# Floors set just under the measured figures. dev.json (generated, studied): F1 1.000, refusals 1.000.
# heldout-test.json (written blind; unseen figures 0.734 → 0.766, studied since the pr9 round): F1 0.978,
# refusals 1.000. blind2-study.json (studied after its untouched run of 0.733): F1 0.998, refusals 1.000.
# blind2-test.json (unseen figure 0.802 / 0.941, studied since pr9): F1 0.958, refusals 1.000.
# blind3-test.json (unseen figure 0.791 / 0.955, studied since pr10): F1 0.951, refusals 1.000.
# blind4-test.json (unseen figure 0.832 / 0.941 after pr10, studied since pr11): F1 0.915, refusals 1.000;
# 0.950 after pr13, 0.974 after issue #15 (a place with its parts asked together). blind3-test.json: 0.969 after
# issue #15 (a count a source states). blind5-study.json (unseen figure 0.880 / 1.000, studied in pr12): F1 1.000, refusals 1.000.
# blind5-test.json (unseen figure 0.891 / 0.944 after pr12, studied in pr13): F1 1.000, refusals 1.000.
# blind6-test.json (unseen figure 0.967 / 1.000 after pr13; studied since issue #15, so no longer a measure):
# F1 0.967, refusals 1.000, kept as regression like the other studied sets. None of these sets measures
# generalisation any more: the measures are new outside sets, scored once (tests/qa/README.md).
# outside-a.json (issue #15: first sight 0.540 / 0.526; studied since, so no longer a measure): F1 0.891, refusals 0.684
# (the six refusals missed are facts only in unverified rows, which we answer marked 未核实: see tests/qa/README.md);
# 0.907 / 0.947 after session 6 (an answer resting on unverified rows alone is no answer). Session 6 studied the odd
# halves of outside-b/-c/-d (first sight of the whole sets 0.512, 0.613, 0.631): outside-b-study 0.623 → 0.904 / 0.900,
# outside-c-study → 0.774 / 1.000, outside-d-study → 0.799 / 1.000; outside-a 0.927 / 0.947. outside-e (first sight
# 0.717 / 0.833) had its odd half studied last: outside-e-study 0.820 / 1.000; its even half stays unread. Their even halves stay unread (never floors here).
# Session 7 (kinds fixed generally, each with our own phrasings in make_dev.py): outside-a 0.931 / 0.947, outside-b-study
# 0.931 / 0.900, outside-c-study 0.927, outside-d-study 0.870 (0.883 before event_of_actors was removed), outside-e-study 0.907 (refusals 1.000). outside-f and
# outside-g (first sight 0.728 / 0.789 and 0.635 / 0.824) were measures then. Session 8 studied their odd halves
# (outside-f-study 0.664 → 0.979, outside-g-study 0.671 → 0.988 / 0.889), then scored outside-h and -i once (first
# sight 0.716 / 0.818 and 0.691 / 0.958) and studied their odd halves (0.676 → 0.885, 0.688 → 0.895, refusals 1.000);
# outside-a 0.957, b-study 1.000, d-study 0.948, e-study 0.966. The even halves (-test) stay unread: never floors here.
# Session 10 opened the even halves of b–g for study (their first figures recorded before): b-test 0.880 → 0.969,
# c-test 0.747 → 0.956, d-test 0.726 → 0.842 / 0.909, e-test 0.822 → 0.977 / 0.778, f-test 0.820 → 0.929 / 0.778,
# g-test 0.720 → 0.946; h-study 0.936, i-study 0.922; scored outside-j and -k once (first sight 0.764 / 0.909 and
# 0.663 / 0.765) and studied their odd halves (0.817 → 0.913, 0.681 → 0.852, refusals 1.000). The even halves of h–k
# stay unread: never floors here.
# The pr20 rounds (7 Dec, kinds probed with our own new phrasings first, then fixed): outside-a 0.987, c-study 0.969,
# c-test 0.968, d-test 0.868, e-test 0.995, f-test 0.945 / 0.889, g-test 0.952, j-study 0.953, k-study 0.917,
# b-study refusals 1.000; then scored outside-l and -m once (first sight 0.700 / 0.824 and 0.785 / 0.941, commit
# 7cf68b2). Their halves are not studied yet (no floors); the even halves of h–m stay unread: never floors here.
# Sessions 12–13 studied the odd halves of l–o (l-study 0.913 / 1.000, m-study 0.954, n-study 0.865 / 0.900, o-study
# 0.875 / 0.727) and raised d-test to 0.921 / 1.000, h-study 0.962, i-study 0.956, k-study 0.985; outside-p and -q were
# scored once (0.759 / 0.680 and 0.723 / 0.900); a short round on their odd halves took p-study 0.758 → 0.826 / 0.750
# and q-study 0.737 → 0.923 / 0.923. Even halves of h–q: never floors.
# Latency is measured by `kgqa eval` and the benchmark, not asserted here.
F1_FLOOR = 0.99
REFUSAL_FLOOR = 0.98
HELDOUT_F1_FLOOR = 0.97
HELDOUT_REFUSAL_FLOOR = 0.99
BLIND_FLOORS = {BLIND2_STUDY: (0.99, 0.99), BLIND2_TEST: (0.96, 0.99), BLIND3_TEST: (0.96, 0.99),
                BLIND4_TEST: (0.97, 0.99), BLIND5_STUDY: (0.99, 0.99), BLIND5_TEST: (0.99, 0.99),
                BLIND6_TEST: (0.97, 0.99), OUTSIDE_A: (0.98, 0.94), OUTSIDE_B_STUDY: (0.99, 0.99),
                OUTSIDE_C_STUDY: (0.96, 0.99), OUTSIDE_D_STUDY: (0.94, 0.99), OUTSIDE_E_STUDY: (0.96, 0.99),
                OUTSIDE_F_STUDY: (0.99, 0.99), OUTSIDE_G_STUDY: (0.98, 0.88), OUTSIDE_H_STUDY: (0.95, 0.99),
                OUTSIDE_I_STUDY: (0.94, 0.99), OUTSIDE_J_STUDY: (0.95, 0.99), OUTSIDE_K_STUDY: (0.97, 0.99),
                OUTSIDE_L_STUDY: (0.92, 0.99), OUTSIDE_M_STUDY: (0.98, 0.99), OUTSIDE_N_STUDY: (0.91, 0.99),
                OUTSIDE_O_STUDY: (0.93, 0.90), OUTSIDE_P_STUDY: (0.89, 0.82), OUTSIDE_Q_STUDY: (0.94, 0.92), OUTSIDE_R_STUDY: (0.96, 0.99), OUTSIDE_S_STUDY: (0.97, 0.99), OUTSIDE_U_STUDY: (0.95, 0.92),
                OUTSIDE_T_STUDY: (0.95, 0.99), OUTSIDE_V_STUDY: (0.98, 0.99), OUTSIDE_W_STUDY: (0.88, 0.99), OUTSIDE_X_STUDY: (0.88, 0.90), OUTSIDE_Y_STUDY: (0.93, 0.99), OUTSIDE_Z_STUDY: (0.86, 0.99),
                OUTSIDE_B_TEST: (0.96, 0.99), OUTSIDE_C_TEST: (0.96, 0.99), OUTSIDE_D_TEST: (0.93, 0.99),
                OUTSIDE_E_TEST: (0.99, 0.77), OUTSIDE_F_TEST: (0.97, 0.99), OUTSIDE_G_TEST: (0.95, 0.99)}


@pytest.fixture(scope="module")
def questions():
    return load_questions(DEV)


@pytest.fixture(scope="module")
def summary(store, questions):
    return evaluate(qa_for(store), questions)[0]


def test_question_set_shape(questions):
    assert len(questions) >= 250
    variants = collections.Counter(q["variant"] for q in questions)
    share = {k: v / len(questions) for k, v in variants.items()}
    assert share["traditional"] >= 0.08 and share["abbreviation"] >= 0.07 and share["numeral"] >= 0.07
    assert 0.08 <= sum(not q["answerable"] for q in questions) / len(questions) <= 0.15
    assert all({"id", "question", "answers", "type", "paraphrase_group", "answerable", "gold"} <= set(q)
               for q in questions)


def test_quality_floor(summary):
    assert summary["macro_f1"] >= F1_FLOOR
    assert summary["refusal_accuracy"] >= REFUSAL_FLOOR


def test_heldout_floor(store):
    summary = evaluate(qa_for(store), load_questions(HELDOUT))[0]
    assert summary["macro_f1"] >= HELDOUT_F1_FLOOR
    assert summary["refusal_accuracy"] >= HELDOUT_REFUSAL_FLOOR


@pytest.mark.parametrize("path", list(BLIND_FLOORS), ids=lambda p: p.stem)
def test_blind_floor(store, path):
    f1, refusals = BLIND_FLOORS[path]
    summary = evaluate(qa_for(store), load_questions(path))[0]
    assert summary["macro_f1"] >= f1
    assert summary["refusal_accuracy"] >= refusals


def scored(qid, type_, answerable, f1, status="ok"):
    return Scored(qid, type_, answerable, f1, f1, f1, f1 == 1.0 if answerable else status != "ok", status,
                  "ok" if answerable else "no_entity", 1.0)


def test_by_family_scores_each_type_and_the_refusals_apart():
    rows = [scored("a", "count", True, 1.0), scored("b", "count", True, 0.0), scored("c", "yes_no", True, 1.0),
            scored("d", "unanswerable", False, 0.0, "no_entity"), scored("e", "unanswerable", False, 0.0, "ok")]
    families = by_family(rows)
    assert families["count"] == {"n": 2, "macro_f1": 0.5, "accuracy": 0.5}
    assert families["yes_no"] == {"n": 1, "macro_f1": 1.0, "accuracy": 1.0}
    assert families["refusals"] == {"n": 2, "macro_f1": None, "accuracy": 0.5}


def test_eval_by_family_prints_the_table_and_keeps_the_summary(tmp_path, questions):
    from click.testing import CliRunner

    from kgqa.cli import main

    picked = [next(q for q in questions if q["type"] == "count"), next(q for q in questions if not q["answerable"])]
    path = tmp_path / "two.json"
    path.write_text(json.dumps({"questions": picked}, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(path), "--by-family", "--json"], catch_exceptions=False)
    summary = json.loads(result.output)
    assert summary["questions"] == 2 and {"macro_f1", "refusal_accuracy", "per_type", "latency_ms_p50"} <= set(summary)
    assert set(summary["by_family"]) == {"count", "refusals"} and summary["by_family"]["refusals"]["n"] == 1
    text = CliRunner().invoke(main, ["eval", str(path), "--by-family"], catch_exceptions=False).output
    assert "by family:" in text and "refusals" in text.split("by family:")[1]


def test_a_second_reading_counts_when_it_fits_better():
    from kgqa.qa.evaluate import score

    q = {"id": "x", "type": "forward_list", "answerable": True, "gold": ["http://a", "http://b"],
         "alt_gold": ["http://a", "http://b", "http://c"]}
    result = {"status": "ok", "answers": [{"iri": "http://a"}, {"iri": "http://b"}, {"iri": "http://c"}], "timing_ms": 1}
    assert score(q, result).f1 == 1.0  # the alternative reading matches exactly
    assert score({**q, "alt_gold": []}, result).f1 == pytest.approx(0.8)  # the main gold alone: P 2/3, R 1
    partial = {**result, "answers": [{"iri": "http://a"}]}
    assert score(q, partial).f1 == pytest.approx(2 / 3)  # the better of 2/3 (gold) and 1/2 (alt)


def test_an_item_matches_a_gold_naming_its_value_or_its_fact():
    """A mechanism answer item names the fact it comes from; a gold may hold either the value or that fact's IRI."""
    from kgqa.qa.evaluate import score

    fact = "https://w3id.org/duikou/mechanism-fact/53"
    result = {"status": "ok", "answers": [{"value": 3, "fact": fact}], "timing_ms": 1}
    by_value = {"id": "v", "type": "mechanism", "answerable": True, "gold": [3]}
    by_fact = {**by_value, "gold": [fact]}
    assert score(by_value, result).f1 == 1.0 and score(by_fact, result).f1 == 1.0
    assert score({**by_value, "gold": [4]}, result).f1 == 0.0  # neither its value nor its fact
    assert score({**by_value, "gold": ["https://w3id.org/duikou/mechanism-fact/54"]}, result).f1 == 0.0
    assert score(by_fact, {**result, "answers": [{"value": 3}]}).f1 == 0.0  # an item naming no fact matches by value only
    # precision counts items, recall gold entries: a second item of another fact with the same value is still right
    # for a value gold, and half wrong for a fact gold
    two = {**result, "answers": [{"value": 3, "fact": fact}, {"value": 3, "fact": fact + "-2"}]}
    assert score(by_value, two).f1 == 1.0
    assert (score(by_fact, two).precision, score(by_fact, two).recall) == (0.5, 1.0)
    # one item covering two gold entries (its value and its fact) covers both
    assert score({**by_value, "gold": [3, fact]}, result).recall == 1.0
