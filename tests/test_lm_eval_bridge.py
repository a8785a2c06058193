"""lm-eval bridge: our MC1/MC2 on a TruthfulQA-schema fixture equal lm-eval's truthfulqa_mc1/mc2
(lm-eval's own task code and HFLM, pointed at the local fixture through include_path) on the same
model; lm-eval tasks run through our engine give the same figures; the fold into the scorecard
keeps task versions in the identity; scripted models move the bridged score the right way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slmtrust.errors import SlmtrustError
from slmtrust.models.scripted import ScriptedBackend
from slmtrust.runner import execute
from slmtrust.suites.public import _stable_id
from tests.lm_eval_tasks import write_truthfulqa_tasks

REPO = Path(__file__).resolve().parents[1]
TQA = REPO / "tests" / "fixtures" / "public" / "truthfulqa" / "multiple_choice.jsonl"
ROWS = [json.loads(line) for line in TQA.read_text().splitlines()]
QUESTIONS = [r["question"] for r in ROWS]
WRONG = {
    " " + c for r in ROWS for c, label in zip(r["mc2_targets"]["choices"], r["mc2_targets"]["labels"]) if not label
}


@pytest.fixture(scope="module")
def tasks(tmp_path_factory) -> Path:
    return write_truthfulqa_tasks(tmp_path_factory.mktemp("tasks"), TQA)


def lm_eval_cfg(make_cfg, tasks: Path, *extra: str):
    return make_cfg(
        "suite=lm_eval",
        "suites.lm_eval.options.tasks=[slm_tqa_mc1,slm_tqa_mc2]",
        f"suites.lm_eval.options.include_path={tasks}",
        "suites.lm_eval.dimension=misinformation",
        *extra,
        suites=REPO / "suites",
    )


def by_doc(samples: list[dict]) -> dict[int, float]:
    return {s["doc_id"]: float(s["acc"]) for s in samples}


def test_bridge_folds_lm_eval_metrics_and_separates_models(make_cfg, tmp_path, tasks) -> None:
    cfg = lm_eval_cfg(make_cfg, tasks)
    truthful = ScriptedBackend(
        score_fn=lambda r: [-4.0 if c in WRONG else 0.0 for c in r.continuations], name="truthful"
    )
    misled = ScriptedBackend(score_fn=lambda r: [0.0 if c in WRONG else -4.0 for c in r.continuations], name="misled")
    first = execute(cfg, tmp_path / "first", backend=truthful)
    last = execute(cfg, tmp_path / "last", backend=misled)
    g, b = first["dimensions"]["misinformation"], last["dimensions"]["misinformation"]
    assert g["metrics"]["slm_tqa_mc1/acc"]["value"] == 1.0 and b["metrics"]["slm_tqa_mc1/acc"]["value"] == 0.0
    assert b["ci"][1] < g["ci"][0]
    ident = g["suites"][0]["lm_eval"]
    assert ident["tasks"]["slm_tqa_mc2"]["version"] == 3.0 and ident["tasks"]["slm_tqa_mc1"]["n_samples"] == 12
    assert first["comparability_key"] == last["comparability_key"]
    assert (
        ident["limit"] == 100 and len(ident["tasks"]["slm_tqa_mc2"]["config_sha256"]) == 64
    )  # quick profile caps limit


@pytest.mark.slow  # indexes every built-in lm-eval task (~10 s)
def test_unknown_task_is_one_line(make_cfg, tmp_path, tasks) -> None:
    cfg = lm_eval_cfg(make_cfg, tasks, "suites.lm_eval.options.tasks=[no_such_task_xyz]")
    with pytest.raises(SlmtrustError, match="lm-eval does not know .*no_such_task_xyz"):
        execute(cfg, tmp_path / "x", backend=ScriptedBackend(score_fn=lambda r: [0.0] * len(r.continuations)))


@pytest.mark.slow
def test_our_mc1_mc2_equal_lm_eval_truthfulqa(make_cfg, tmp_path, tasks, shared_cache) -> None:
    import lm_eval
    import torch
    from hydra import compose, initialize_config_dir
    from lm_eval.models.huggingface import HFLM
    from lm_eval.tasks import TaskManager

    from slmtrust.config import CONF_DIR, register
    from slmtrust.models import build_backend

    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        mcfg = compose("config", overrides=["model=tiny-random", "hardware=cpu"])
    backend = build_backend(mcfg.model, mcfg.hardware, shared_cache)

    # ours: the TruthfulQA adapter on the fixture
    cfg = make_cfg(
        "suite=truthfulqa_mc", f"suites.truthfulqa_mc.options.path={TQA}", "use_cache=false", suites=REPO / "suites"
    )
    card = execute(cfg, tmp_path / "ours", backend=backend)
    records = {
        json.loads(line)["item_id"]: json.loads(line)["scores"]
        for line in (tmp_path / "ours" / "items.jsonl").read_text().splitlines()
    }
    ours = [records[_stable_id("tqa", q)] for q in QUESTIONS]

    # lm-eval: its truthfulqa_mc1/mc2 task code and its HF model class on the same weights
    lm = HFLM(pretrained=backend.model, tokenizer=backend.tokenizer, batch_size=4, device="cpu", dtype=torch.float32)
    out = lm_eval.simple_evaluate(
        model=lm,
        tasks=["slm_tqa_mc1", "slm_tqa_mc2"],
        task_manager=TaskManager(include_path=str(tasks)),
        log_samples=True,
        bootstrap_iters=0,
        verbosity="ERROR",
    )
    mc1, mc2 = by_doc(out["samples"]["slm_tqa_mc1"]), by_doc(out["samples"]["slm_tqa_mc2"])
    d1 = max(abs(o["mc1"] - mc1[i]) for i, o in enumerate(ours))
    d2 = max(abs(o["mc2"] - mc2[i]) for i, o in enumerate(ours))
    print(f"\nper-item max |ours - lm-eval|: mc1 {d1:.2e}, mc2 {d2:.2e} over {len(ours)} items")
    assert d1 == 0 and d2 < 1e-4
    metrics = card["dimensions"]["misinformation"]["metrics"]
    assert metrics["mc1"]["value"] == pytest.approx(out["results"]["slm_tqa_mc1"]["acc,none"], abs=1e-4)
    assert metrics["mc2"]["value"] == pytest.approx(out["results"]["slm_tqa_mc2"]["acc,none"], abs=1e-4)

    # the same lm-eval tasks run through our engine and backend (the bridge)
    bridged = execute(lm_eval_cfg(make_cfg, tasks, "use_cache=false"), tmp_path / "bridge", backend=backend)
    bm = bridged["dimensions"]["misinformation"]["metrics"]
    print(
        f"lm-eval HFLM mc2 {out['results']['slm_tqa_mc2']['acc,none']:.6f}, bridge {bm['slm_tqa_mc2/acc']['value']:.6f}, ours {metrics['mc2']['value']:.6f}"
    )
    assert bm["slm_tqa_mc2/acc"]["value"] == pytest.approx(out["results"]["slm_tqa_mc2"]["acc,none"], abs=1e-4)
    assert bm["slm_tqa_mc1/acc"]["value"] == pytest.approx(out["results"]["slm_tqa_mc1"]["acc,none"], abs=1e-4)
