"""Do our TruthfulQA MC1/MC2 equal lm-eval's? One model, one TruthfulQA-schema file, three ways:

1. ``ours``: slmtrust's ``truthfulqa_mc`` adapter through our engine and transformers backend;
2. ``lm-eval``: lm-eval's own ``truthfulqa_mc1``/``truthfulqa_mc2`` task code (included from the
   installed package, pointed at the local file) run by lm-eval's ``HFLM`` on the same weights;
3. ``bridge``: the same lm-eval tasks run through our engine (``suite=lm_eval``).

Prints the per-item maximum absolute differences and the three means.

    python benchmarks/lm_eval_agreement.py [--model tiny-random|smollm2-135m] [--data FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
FIXTURE = REPO / "tests" / "fixtures" / "public" / "truthfulqa" / "multiple_choice.jsonl"


def compose(*overrides: str) -> Any:
    from hydra import compose as hydra_compose
    from hydra import initialize_config_dir

    from slmtrust.config import CONF_DIR, register

    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        return hydra_compose("config", overrides=list(overrides))


def agreement(model: str, data: Path, cache: Path, workdir: Path) -> dict[str, Any]:
    import lm_eval
    import torch
    from lm_eval.models.huggingface import HFLM
    from lm_eval.tasks import TaskManager

    from slmtrust.models import build_backend
    from slmtrust.runner import execute
    from slmtrust.suites.public import _stable_id
    from tests.lm_eval_tasks import write_truthfulqa_tasks

    base = [f"model={model}", "hardware=cpu", "use_cache=false", "progress=false", "profile=full"]
    base += [f"paths.results={workdir / 'results'}", f"paths.cache={cache}"]
    mcfg = compose(*base)
    backend = build_backend(mcfg.model, mcfg.hardware, cache)
    tasks = write_truthfulqa_tasks(workdir / "tasks", data)
    questions = [json.loads(line)["question"] for line in data.read_text().splitlines() if line.strip()]

    card = execute(
        compose(*base, "suite=truthfulqa_mc", f"suites.truthfulqa_mc.options.path={data}"),
        workdir / "ours",
        backend=backend,
    )
    lines = (workdir / "ours" / "items.jsonl").read_text().splitlines()
    records = {r["item_id"]: r["scores"] for r in map(json.loads, lines)}
    ours = [records[_stable_id("tqa", q)] for q in questions]

    lm = HFLM(pretrained=backend.model, tokenizer=backend.tokenizer, batch_size=4, device="cpu", dtype=torch.float32)
    out = lm_eval.simple_evaluate(
        model=lm,
        tasks=["slm_tqa_mc1", "slm_tqa_mc2"],
        task_manager=TaskManager(include_path=str(tasks), include_defaults=False),
        log_samples=True,
        bootstrap_iters=0,
        verbosity="ERROR",
    )
    theirs = {t: {s["doc_id"]: float(s["acc"]) for s in out["samples"][f"slm_tqa_{t}"]} for t in ("mc1", "mc2")}

    bridge_cfg = compose(
        *base,
        "suite=lm_eval",
        "suites.lm_eval.options.tasks=[slm_tqa_mc1,slm_tqa_mc2]",
        f"suites.lm_eval.options.include_path={tasks}",
        "suites.lm_eval.dimension=misinformation",
    )
    bridged = execute(bridge_cfg, workdir / "bridge", backend=backend)
    bm = bridged["dimensions"]["misinformation"]["metrics"]
    metrics = card["dimensions"]["misinformation"]["metrics"]
    return {
        "model": model,
        "items": len(ours),
        "max_item_diff_mc1": max(abs(o["mc1"] - theirs["mc1"][i]) for i, o in enumerate(ours)),
        "max_item_diff_mc2": max(abs(o["mc2"] - theirs["mc2"][i]) for i, o in enumerate(ours)),
        "ours": {"mc1": metrics["mc1"]["value"], "mc2": metrics["mc2"]["value"]},
        "lm_eval": {t: out["results"][f"slm_tqa_{t}"]["acc,none"] for t in ("mc1", "mc2")},
        "bridge": {t: bm[f"slm_tqa_{t}/acc"]["value"] for t in ("mc1", "mc2")},
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="tiny-random")
    parser.add_argument("--data", type=Path, default=FIXTURE)
    args = parser.parse_args()
    cache = Path(os.environ.get("SLMTRUST_CACHE", "~/.cache/slmtrust")).expanduser()
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(agreement(args.model, args.data.resolve(), cache, Path(tmp)), indent=2))


if __name__ == "__main__":
    main()
