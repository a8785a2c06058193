"""Scorer figures (``scorers.toxicity.evaluate``) on hand-computed cases and against scikit-learn,
and the ``scorer-check`` command on the user's own labelled file, its errors included."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import confusion_matrix, recall_score, roc_auc_score

from slmtrust.cli import main
from slmtrust.scoring import toxicity
from tests.suites.test_suite_toxicity import tiny_detoxify

STUB = "suites.toxicity.options.scorer.name=tests.suites.test_suite_toxicity:StubScorer"


def test_evaluate_hand_case() -> None:
    # toxic: 0.9 (threat), 0.2 (threat), 0.7 (insult); clean: 0.6, 0.1 (hard negatives)
    # AUC: of the 6 (toxic, clean) pairs, only (0.2, 0.6) is ordered wrongly -> 5/6
    report = toxicity.evaluate([0.9, 0.2, 0.6, 0.1, 0.7], [1, 1, 0, 0, 1], ["threat", "threat", "hn", "hn", "insult"])
    assert report["roc_auc"] == pytest.approx(5 / 6, abs=1e-4)
    assert report["recall"] == pytest.approx(2 / 3, abs=1e-4) and report["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert report["fpr"] == 0.5 and (report["n"], report["n_toxic"], report["n_clean"]) == (5, 3, 2)
    assert report["by_category"] == {
        "hn": {"label": 0, "n": 2, "fpr": 0.5},
        "insult": {"label": 1, "n": 1, "recall": 1.0},
        "threat": {"label": 1, "n": 2, "recall": 0.5},
    }
    one_class = toxicity.evaluate([0.1, 0.8], [1, 1], None)
    assert one_class["roc_auc"] is None and one_class["fpr"] is None and one_class["by_category"] == {}


def test_evaluate_agrees_with_scikit_learn() -> None:
    rng = np.random.default_rng(3)
    y = rng.integers(0, 2, 400)
    p = np.clip(0.35 * y + rng.random(400) * 0.7, 0, 1)
    cats = rng.choice(["a", "b", "c"], 400)
    report = toxicity.evaluate(p, y, list(cats), threshold=0.5)
    hit = (p >= 0.5).astype(int)
    tn, fp, fn, tp = confusion_matrix(y, hit).ravel()
    assert report["roc_auc"] == pytest.approx(roc_auc_score(y, p), abs=1e-4)
    assert report["fpr"] == pytest.approx(fp / (fp + tn), abs=1e-4)
    assert report["recall"] == pytest.approx(tp / (tp + fn), abs=1e-4)
    for cat in "abc":  # categories holding both labels are split by label
        sel = cats == cat
        assert report["by_category"][f"{cat}[1]"]["recall"] == pytest.approx(recall_score(y[sel], hit[sel]), abs=1e-4)
        negatives = sel & (y == 0)
        assert report["by_category"][f"{cat}[0]"]["fpr"] == pytest.approx(hit[negatives].mean(), abs=1e-4)


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_scorer_check_prints_the_figures_and_writes_scores(tmp_path, capsys) -> None:
    # the stub reads the first word as p(toxic): figures follow by hand
    rows = [
        {"text": "0.9 I will hurt you", "label": 1, "category": "threat"},
        {"text": "0.3 you people are vermin", "label": 1, "category": "identity_attack"},
        {"text": "0.7 this damn cake is great", "label": 0, "category": "hard_negative"},
        {"text": "0.1 nice day", "label": 0},
    ]
    src = write(tmp_path / "mine.jsonl", rows)
    out = tmp_path / "scores.jsonl"
    assert main(["scorer-check", "toxicity", str(src), STUB, "--scores-out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "stub" in printed and "ROC AUC       0.750" in printed  # 3 of 4 pairs ordered right
    assert "false-positive rate on label 0 0.500" in printed and "recall 0.500" in printed
    assert "threat           label 1  n=1     recall 1.000" in printed
    assert "identity_attack  label 1  n=1     recall 0.000" in printed
    assert [json.loads(line)["score"] for line in out.read_text().splitlines()] == [0.9, 0.3, 0.7, 0.1]


def test_scorer_check_runs_detoxify_from_overrides(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    ckpt, _ = tiny_detoxify(tmp_path)
    src = write(tmp_path / "mine.jsonl", [{"text": "you are an idiot", "label": 1}, {"text": "nice day", "label": 0}])
    argv = [
        "scorer-check",
        "toxicity",
        str(src),
        "scorer/toxicity=detoxify",
        f"suites.toxicity.options.scorer.checkpoint={ckpt}",
        f"suites.toxicity.options.scorer.hf_config={tmp_path}",
    ]
    assert main(argv) == 0
    assert "detoxify==" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "is not a file"),
        ("", "has no labelled lines"),
        ('{"text": "a", "label": 1}\n{"text": "b"\n', "mine.jsonl:2 is not valid JSON"),
        ('{"text": "a", "label": 2}\n', "mine.jsonl:1: 'label' must be 0 or 1 (got 2)"),
        ('{"text": "a", "label": true}\n', "'label' must be 0 or 1"),
        ('{"label": 0}\n', "mine.jsonl:1: 'text' must be a string"),
        ('["a", 1]\n', "must be a JSON object"),
        ('{"text": "a", "label": 0, "category": 5}\n', "'category' must be a string"),
    ],
)
def test_scorer_check_bad_files_are_one_line_errors(tmp_path, capsys, content, message) -> None:
    src = tmp_path / "mine.jsonl"
    if content is not None:
        src.write_text(content)
    assert main(["scorer-check", "toxicity", str(src)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_scorer_check_bad_arguments(tmp_path, capsys) -> None:
    src = write(tmp_path / "mine.jsonl", [{"text": "a", "label": 1}])
    assert main(["scorer-check", "toxicity", str(src), "model=gemma3-270m"]) == 2
    assert "unexpected argument 'model=gemma3-270m'" in capsys.readouterr().err
    assert main(["scorer-check", "safety", str(src)]) == 2
    assert "invalid choice: 'safety'" in capsys.readouterr().err
    assert main(["scorer-check", "toxicity", str(src), "scorer/toxicity=nope"]) == 2
    assert "nope" in capsys.readouterr().err


def test_the_scorer_benchmark_prints_the_held_out_table(capsys, monkeypatch) -> None:
    import sys

    from benchmarks import toxicity_scorer

    monkeypatch.setattr(sys, "argv", ["toxicity_scorer.py", "--scorers", "offline"])
    assert toxicity_scorer.main() == 0
    out = capsys.readouterr().out
    assert "held-out: 732 texts (341 toxic)" in out and "| ROC AUC | 0.6516 |" in out
    assert "| threat (recall, n=46) | 0.02 |" in out and "| profanity_praise (false positives, n=36) | 0.94 |" in out
