"""Do our public adapters give lm-eval's numbers? TruthfulQA MC1/MC2 (one model, one
TruthfulQA-schema file) three ways:

1. ``ours``: slmtrust's ``truthfulqa_mc`` adapter through our engine and transformers backend;
2. ``lm-eval``: lm-eval's own ``truthfulqa_mc1``/``truthfulqa_mc2`` tasks, unmodified (their
   6-shot prompt, choices and metric code, included from the installed package) but for the
   data location (the local file), run by lm-eval's ``HFLM`` on the same weights;
3. ``bridge``: the same lm-eval tasks run through our engine (``suite=lm_eval``).

``ours`` uses the adapter's default prompt, which is read from the same installed task, so the
per-item differences are zero up to floating point. And CrowS-Pairs: our ``crows_pairs``
adapter against lm-eval's unmodified ``crows_pairs_english``, per pair (which sentence is likelier,
and the log-likelihood gap); BBQ: our ``bbq`` adapter against lm-eval's unmodified
``bbq_multiple_choice``, per item (correct or not, stereotyped answer or not), then accuracy and
the two bias scores; Anthropic's sycophancy sets: our ``anthropic_sycophancy`` against lm-eval's
``sycophancy_on_nlp_survey``, per item. Prints the per-item differences and the means.

    python benchmarks/lm_eval_agreement.py [--model tiny-random|smollm2-135m] [--data FILE] [--crows FILE] [--bbq FOLDER] [--sycophancy FILE]
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

    from slmtrust.api.config import CONF_DIR, register

    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        return hydra_compose("config", overrides=list(overrides))


class Harness:
    """One model loaded once, run two ways: through our engine (a suite, its per-item scores read
    back from items.jsonl) and by lm-eval's ``HFLM`` on the same weights (tasks from a folder)."""

    def __init__(self, model: str, cache: Path, workdir: Path) -> None:
        from slmtrust.models import build_backend

        self.model, self.workdir = model, workdir
        self.base = [f"model={model}", "hardware=cpu", "use_cache=false", "progress=false", "profile=full"]
        self.base += ["efficiency=off", f"paths.results={workdir / 'results'}", f"paths.cache={cache}"]
        cfg = compose(*self.base)
        self.backend = build_backend(cfg.model, cfg.hardware, cache)

    def ours(self, name: str, *overrides: str) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
        """(scorecard, item id -> per-item scores) of one run of ours."""
        from slmtrust.run.runner import execute

        card = execute(compose(*self.base, *overrides), self.workdir / name, backend=self.backend)
        lines = (self.workdir / name / "items.jsonl").read_text().splitlines()
        return card, {r["item_id"]: r["scores"] for r in map(json.loads, lines)}

    def lm_eval(self, tasks: list[str], include: Path) -> dict[str, Any]:
        """lm-eval's ``simple_evaluate`` output (with per-sample logs) for tasks in ``include``."""
        import lm_eval
        import torch
        from lm_eval.models.huggingface import HFLM
        from lm_eval.tasks import TaskManager

        model, tokenizer = self.backend.model, self.backend.tokenizer
        lm = HFLM(pretrained=model, tokenizer=tokenizer, batch_size=4, device="cpu", dtype=torch.float32)
        return lm_eval.simple_evaluate(
            model=lm,
            tasks=tasks,
            task_manager=TaskManager(include_path=str(include), include_defaults=False),
            log_samples=True,
            bootstrap_iters=0,
            verbosity="ERROR",
        )


def task_version(out: dict[str, Any], task: str, name: str) -> str:
    return f"{name} (version {out['configs'][task].get('metadata', {}).get('version')})"


def agreement(model: str, data: Path, cache: Path, workdir: Path) -> dict[str, Any]:
    from slmtrust.suites.public import _stable_id
    from tests.helpers.lm_eval_tasks import write_truthfulqa_tasks

    h = Harness(model, cache, workdir)
    tasks = write_truthfulqa_tasks(workdir / "tasks", data)
    questions = [json.loads(line)["question"] for line in data.read_text().splitlines() if line.strip()]
    card, records = h.ours("ours", "suite=truthfulqa_mc", f"suites.truthfulqa_mc.options.path={data}")
    ours = [records[_stable_id("tqa", q)] for q in questions]
    out = h.lm_eval(["slm_tqa_mc1", "slm_tqa_mc2"], tasks)
    theirs = {t: {s["doc_id"]: float(s["acc"]) for s in out["samples"][f"slm_tqa_{t}"]} for t in ("mc1", "mc2")}
    bridged, _ = h.ours(
        "bridge",
        "suite=lm_eval",
        "suites.lm_eval.options.tasks=[slm_tqa_mc1,slm_tqa_mc2]",
        f"suites.lm_eval.options.include_path={tasks}",
        "suites.lm_eval.dimension=misinformation",
    )
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


CROWS = REPO / "tests" / "fixtures" / "public" / "crows_pairs" / "test.jsonl"


def crows_agreement(model: str, data: Path, cache: Path, workdir: Path) -> dict[str, Any]:
    """Our ``crows_pairs`` adapter against lm-eval's unmodified ``crows_pairs_english`` on one
    file: per pair, whether the more stereotyping sentence is the likelier one (lm-eval's
    ``pct_stereotype``) and the absolute log-likelihood gap (its ``likelihood_diff``)."""
    from tests.helpers.lm_eval_tasks import write_crows_pairs_task

    h = Harness(model, cache, workdir)
    rows = [json.loads(line) for line in data.read_text().splitlines() if line.strip()]
    card, records = h.ours("ours-crows", "suite=crows_pairs", f"suites.crows_pairs.options.path={data}")
    ours = [records[f"crows-{r.get('id', i)}"] for i, r in enumerate(rows)]
    out = h.lm_eval(["slm_crows"], write_crows_pairs_task(workdir / "crows", data))
    theirs = {s["doc_id"]: s for s in out["samples"]["slm_crows"]}
    metrics = card["dimensions"]["fairness"]["metrics"]
    return {
        "model": model,
        "items": len(ours),
        "stereotype_choice_disagreements": sum(
            int(o["stereo_more_likely"]) != int(theirs[i]["pct_stereotype"]) for i, o in enumerate(ours)
        ),
        "max_item_diff_likelihood_diff": max(
            abs(abs(o["gap"]) - float(theirs[i]["likelihood_diff"])) for i, o in enumerate(ours)
        ),
        "ours": {"pct_stereotype": metrics["pairs_stereo_share"]["value"]},
        "lm_eval": {
            "pct_stereotype": out["results"]["slm_crows"]["pct_stereotype,none"],
            "likelihood_diff": out["results"]["slm_crows"]["likelihood_diff,none"],
        },
        "lm_eval_task": task_version(out, "slm_crows", "crows_pairs_english"),
    }


BBQ = REPO / "tests" / "fixtures" / "public" / "bbq"


def bbq_agreement(model: str, folder: Path, cache: Path, workdir: Path) -> dict[str, Any]:
    """Our ``bbq`` adapter against lm-eval's unmodified ``bbq_multiple_choice`` on a folder of
    category files in BBQ's schema: per item, correctness and whether the chosen answer is the
    biased one; then accuracy and the bias scores."""
    from tests.helpers.lm_eval_tasks import write_bbq_task

    files = sorted(folder.glob("*.jsonl"))
    rows = [json.loads(line) for f in files for line in f.read_text().splitlines() if line.strip()]
    h = Harness(model, cache, workdir)
    card, records = h.ours(
        "ours-bbq",
        "suite=bbq",
        f"suites.bbq.options.path={folder}",
        f"suites.bbq.options.categories=[{','.join(f.stem for f in files)}]",
    )
    out = h.lm_eval(["slm_bbq"], write_bbq_task(workdir / "bbq", files))
    theirs = {s["doc_id"]: s for s in out["samples"]["slm_bbq"]}
    compared, acc_diff, biased_diff = 0, 0, 0
    for i, row in enumerate(rows):
        ours = records.get(f"{row['category']}-{row['example_id']}")
        if ours is None:  # left out by our adapter (stereotyped answer unclear)
            continue
        compared += 1
        acc_diff += abs(float(ours["mc1"]) - float(theirs[i]["acc"])) > 1e-9
        their_biased = theirs[i]["disamb_bias_score"][1]  # (acc, n_biased, n_non_unknown, mask)
        biased_diff += int(ours["biased"] or 0) != int(their_biased)
    metrics = card["dimensions"]["fairness"]["metrics"]
    result = out["results"]["slm_bbq"]
    keys = ("acc", "accuracy_amb", "accuracy_disamb", "disamb_bias_score", "amb_bias_score")
    ours_keys = ("bbq_accuracy", "bbq_accuracy_ambiguous", "bbq_accuracy_disambiguated", "bbq_s_dis", "bbq_s_amb")
    return {
        "model": model,
        "items": len(rows),
        "compared": compared,
        "accuracy_disagreements": acc_diff,
        "biased_answer_disagreements": biased_diff,
        "ours": {k: metrics[m]["value"] for k, m in zip(keys, ours_keys)},
        "lm_eval": {k: result[f"{k},none"] for k in keys},
        "lm_eval_task": task_version(out, "slm_bbq", "bbq_multiple_choice"),
    }


SYCOPHANCY = REPO / "tests" / "fixtures" / "public" / "sycophancy" / "sycophancy_on_nlp_survey.jsonl"


def sycophancy_agreement(model: str, data: Path, cache: Path, workdir: Path) -> dict[str, Any]:
    """Our ``anthropic_sycophancy`` adapter against lm-eval's unmodified ``sycophancy_on_nlp_survey``
    on one file in Anthropic's schema: per item, whether the choice matching the user's view is
    the likelier one (lm-eval's ``acc``, our ``matches_user``)."""
    from slmtrust.suites.public import _stable_id
    from tests.helpers.lm_eval_tasks import write_sycophancy_task

    h = Harness(model, cache, workdir)
    questions = [json.loads(line)["question"] for line in data.read_text().splitlines() if line.strip()]
    card, records = h.ours(
        "ours-syco",
        "suite=anthropic_sycophancy",
        f"suites.anthropic_sycophancy.options.path={data.parent}",
        "suites.anthropic_sycophancy.options.sets=[nlp_survey]",
    )
    ours = [records[_stable_id("nlp_survey", q)] for q in questions]
    out = h.lm_eval(["slm_syco"], write_sycophancy_task(workdir / "syco", data))
    theirs = {s["doc_id"]: float(s["acc"]) for s in out["samples"]["slm_syco"]}
    metrics = card["dimensions"]["sycophancy"]["metrics"]
    return {
        "model": model,
        "items": len(ours),
        "max_item_diff": max(abs(o["matches_user"] - theirs[i]) for i, o in enumerate(ours)),
        "ours": {"sycophancy_rate": metrics["sycophancy_rate[nlp_survey]"]["value"]},
        "lm_eval": {"acc": out["results"]["slm_syco"]["acc,none"]},
        "lm_eval_task": task_version(out, "slm_syco", "sycophancy_on_nlp_survey"),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="tiny-random")
    parser.add_argument("--data", type=Path, default=FIXTURE, help="a TruthfulQA multiple_choice file")
    parser.add_argument("--crows", type=Path, default=CROWS, help="a CrowS-Pairs file")
    parser.add_argument("--bbq", type=Path, default=BBQ, help="a folder of BBQ category files")
    parser.add_argument("--sycophancy", type=Path, default=SYCOPHANCY, help="a sycophancy_on_nlp_survey file")
    args = parser.parse_args()
    cache = Path(os.environ.get("SLMTRUST_CACHE", "~/.cache/slmtrust")).expanduser()
    with tempfile.TemporaryDirectory() as tmp:
        found = {
            "truthfulqa": agreement(args.model, args.data.resolve(), cache, Path(tmp) / "tqa"),
            "crows_pairs": crows_agreement(args.model, args.crows.resolve(), cache, Path(tmp) / "crows"),
            "bbq": bbq_agreement(args.model, args.bbq.resolve(), cache, Path(tmp) / "bbq"),
            "sycophancy": sycophancy_agreement(args.model, args.sycophancy.resolve(), cache, Path(tmp) / "syco"),
        }
        print(json.dumps(found, indent=2))


if __name__ == "__main__":
    main()
