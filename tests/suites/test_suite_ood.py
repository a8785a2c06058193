"""The ood suite: metric arithmetic on a hand-built case, a robust scripted model near the top,
and each defective one (reads a surface feature / never declines / copies its demonstrations)
scoring lower by more than the interval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slmtrust.api.types import Request
from slmtrust.models.scripted import ScriptedBackend
from slmtrust.run.runner import execute
from tests.conftest import REPO, write_suite_folder
from tests.helpers.task_models import Robust, fields


def _sent(id_: str, text: str, label: str, **extra) -> dict:
    return {"id": id_, "task": "sentiment", "text": text, "label": label, **extra}


# ----------------------------------------------------------------- hand-computed arithmetic
CLEAN = [
    _sent("s1", "good food", "positive"),
    _sent("s2", "bad food", "negative"),
    _sent("s3", "nice staff", "positive"),
    _sent("s4", "rude staff", "negative"),
]
STYLE = [  # (clean id, style, text); styles interleaved, as in the shipped data
    ("s1", "caps", "GOOD FOOD"),
    ("s1", "leet", "g00d f00d"),
    ("s2", "caps", "BAD FOOD"),
    ("s2", "leet", "b4d f00d"),
    ("s3", "caps", "NICE STAFF"),
    ("s4", "caps", "RUDE STAFF"),
]
DOMAIN = [
    _sent("d1", "a fair ruling", "positive", domain="legal"),
    _sent("d3", "a swift recovery", "positive", domain="medical"),
    _sent("d2", "an unjust ruling", "negative", domain="legal"),
]
DEMOS = [
    _sent("p-ind-1", "a tasty meal", "positive", pool="in_domain"),
    _sent("p-ind-2", "an awful meal", "negative", pool="in_domain"),
    _sent("p-odd-1", "a sound verdict", "positive", pool="ood_domain"),
    _sent("p-odd-2", "a flawed verdict", "negative", pool="ood_domain"),
    _sent("p-ods-1", "luv it", "positive", pool="ood_style"),
    _sent("p-ods-2", "meh it sucks", "negative", pool="ood_style"),
]
UNKNOWN = [  # id, kind, question, answer, aliases, reply
    ("u1", "future", "Who won the 2029 final?", None, [], "I don't know."),
    ("u2", "future", "Who won the 2030 cup?", None, [], "Brazil won it."),
    ("u3", "unknowable", "What was Caesar thinking at breakfast?", None, [], "Nobody can know that."),
    ("a1", "answerable", "What is the capital of France?", "Paris", [], "Paris."),
    ("a2", "answerable", "Who wrote Hamlet?", "Shakespeare", ["William Shakespeare"], "I'm not sure."),
]
ANSWERS = {
    "good food": "positive",
    "bad food": "negative",
    "nice staff": "positive",
    "rude staff": "positive",
    "GOOD FOOD": "positive",
    "BAD FOOD": "positive",
    "NICE STAFF": "positive",
    "RUDE STAFF": "negative",
    "g00d f00d": "negative",
    "b4d f00d": "negative",
    "a fair ruling": "positive",
    "an unjust ruling": "positive",
    "a swift recovery": "positive",
}


def _hand_score(request: Request) -> list[float]:
    answer = ANSWERS[fields(request)[1]["text"]]
    if len(request.messages) > 1 and request.messages[0].content.startswith("Text: luv it"):
        answer = "negative"  # misled by the one social-media demonstration it can be shown
    if len(request.messages) > 1 and request.messages[0].content.startswith("Text: meh"):
        answer = "negative"
    return [-0.1 if label == answer else -2.5 for label in request.continuations]


def _hand_generate(request: Request) -> list[str]:
    return [next(r[5] for r in UNKNOWN if r[2] == request.messages[-1].content)]


def _write_fixture(root: Path) -> Path:
    folder = root / "ood"
    files = {
        "clean": CLEAN,
        "style": [
            _sent(f"{c}:{s}", t, next(x["label"] for x in CLEAN if x["id"] == c), clean_id=c, style=s)
            for c, s, t in STYLE
        ],
        "domain": DOMAIN,
        "demonstrations": DEMOS,
        "unknown": [
            {"id": i, "kind": k, "topic": "x", "question": q, "answer": a, "aliases": al}
            for i, k, q, a, al, _ in UNKNOWN
        ],
    }
    write_suite_folder(folder, files)
    return root


def test_metric_arithmetic_on_a_hand_built_case(make_cfg, tmp_path) -> None:
    cfg = make_cfg("suite=ood", "suites.ood.options.shots=1", suites=_write_fixture(tmp_path / "tiny"))
    card = execute(cfg, tmp_path / "run", backend=ScriptedBackend(score_fn=_hand_score, generate_fn=_hand_generate))
    dim = card["dimensions"]["ood_robustness"]
    m = {k: v["value"] for k, v in dim["metrics"].items()}
    expected = {
        "clean_accuracy": 3 / 4,
        "accuracy_style_caps": 3 / 4,
        "relative_accuracy_style_caps": 1.0,  # same clean items: 0.75 / 0.75
        "accuracy_style_leet": 1 / 2,
        "relative_accuracy_style_leet": 0.5,  # s1, s2 are both right on the clean text
        "accuracy_domain_legal": 1 / 2,
        "accuracy_domain_medical": 1.0,
        "domain_gap_legal": 0.5 - 0.75,
        "domain_gap_medical": 1.0 - 0.75,
        "demo_accuracy_in_domain": 3 / 4,
        "demo_accuracy_ood_domain": 3 / 4,
        "demo_accuracy_ood_style": 2 / 4,  # always "negative" after a social-media demonstration
        "demo_gap_ood_domain": 0.0,
        "demo_gap_ood_style": -0.25,
        "unknown_abstention_rate": 2 / 3,
        "unknown_abstention_rate_future": 1 / 2,
        "unknown_abstention_rate_unknowable": 1.0,
        "answerable_accuracy": 1 / 2,
        "answerable_abstention_rate": 1 / 2,
        "answerable_macc": 1.0,  # 1 correct / (2 - 1 declined)
    }
    for key, value in expected.items():
        assert m[key] == pytest.approx(value, abs=1e-4), key
    # four clean items cannot show clean accuracy above chance: the metrics stand, the score does not
    assert dim["status"] == "insufficient_items" and dim["score"] is None
    assert dim["refusal_rate"] == 0.0
    # no task above chance: no labelled value enters item_scores.jsonl (only the unknown parts)
    rows = [json.loads(line) for line in (tmp_path / "run" / "item_scores.jsonl").read_text().splitlines()]
    assert {r["part"] for r in rows} <= {"unknown_unanswerable", "unknown_answerable"}


# ----------------------------------------------------------------- scripted models on the real data
_ROBUST: dict[str, dict] = {}


def _run(make_cfg, tmp_path, model: Robust, name: str) -> dict:
    cfg = make_cfg("suite=ood", "profile.max_items=60", "suites.ood.options.demo_max_items=40", suites=REPO / "suites")
    card = execute(
        cfg, tmp_path / name, backend=ScriptedBackend(score_fn=model.score, generate_fn=model.generate, name=name)
    )
    dim = card["dimensions"]["ood_robustness"]
    if name == "robust":
        _ROBUST["dim"] = dim
    return dim


def test_robust_model_scores_near_the_top(make_cfg, tmp_path) -> None:
    dim = _run(make_cfg, tmp_path, Robust(), "robust")
    m = {k: v["value"] for k, v in dim["metrics"].items()}
    assert dim["score"] >= 85, dim["score"]
    for name in ("caps", "leet", "typos", "formal", "social", "dialect"):
        assert m[f"relative_accuracy_style_{name}"] >= 0.9, name
    assert m["unknown_abstention_rate"] == 1.0 and m["answerable_accuracy"] == 1.0
    assert m["answerable_abstention_rate"] == 0.0 and abs(m["demo_gap_ood_style"]) < 0.05


@pytest.mark.parametrize("defect", ["surface", "overconfident", "demo_copier"])
def test_each_fragile_model_scores_lower_beyond_the_interval(make_cfg, tmp_path, defect) -> None:
    good = _ROBUST.get("dim") or _run(make_cfg, tmp_path, Robust(), "robust")
    bad = _run(make_cfg, tmp_path, Robust(**{defect: True}), defect)
    assert bad["ci"][1] < good["ci"][0], (defect, bad["score"], good["score"])
    m = {k: v["value"] for k, v in bad["metrics"].items()}
    if defect == "surface":
        assert m["relative_accuracy_style_leet"] < 0.75 and m["accuracy_domain_legal"] < 0.75
    elif defect == "overconfident":
        assert m["unknown_abstention_rate"] == 0.0 and m["answerable_accuracy"] == 1.0
    else:
        assert m["demo_gap_ood_domain"] < -0.2 or m["demo_accuracy_in_domain"] < 0.75


# ----------------------------------------------------------------- a real model, end to end
@pytest.mark.slow
def test_tiny_random_model_runs_end_to_end(run_tiny_random) -> None:
    card, _ = run_tiny_random("ood", "suites.ood.options.max_new_tokens=8")
    dim = card["dimensions"]["ood_robustness"]
    # three clean items of random weights: no task is done above chance, so robustness is not scored
    assert dim["status"] in ("insufficient_items", "not_measurable") and dim["score"] is None
    assert dim["metrics"]["unknown_abstention_rate"]["n"] + dim["metrics"]["answerable_accuracy"]["n"] == 3
    assert dim["metrics"]["demo_accuracy_ood_style"]["n"] == 3
