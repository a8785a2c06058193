"""The ``export`` command: a run folder in the formats other tools of the field open.

* ``long-csv``: one row per (run, dimension, metric) with value, interval, n and status, for
  pandas, R or a spreadsheet (text cells neutralised as in the leaderboard CSV);
* ``lm-eval``: a ``results.json`` in lm-evaluation-harness's layout (``results`` per task with
  ``<metric>,none`` and ``<metric>_stderr,none``, ``configs``, ``versions``, ``n-shot``,
  ``n-samples``, ``higher_is_better``, ``config``), one task per suite;
* ``inspect``: one Inspect eval log per suite (``<suite>.eval``), written with inspect-ai's own
  classes (``pip install 'slmtrust[export]'``), with a sample per item (input, output, per-item
  value as the score, verdict and part in the metadata), so ``inspect view`` and
  ``inspect_ai.log.read_eval_log`` open it.

Each reads the run record through ``api.runrecord.RunRecord``, as the leaderboard does. The standard error reported to lm-eval is derived from the bootstrap
interval, (high - low) / (2 x 1.96), since slmtrust does not compute a closed-form one.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from ..api.runrecord import ITEM_SCORES, ITEMS, MANIFEST, SCORECARD, RecordError, RunRecord
from ..util.errors import SlmtrustError

FORMATS = ("long-csv", "lm-eval", "inspect")
Z95 = 1.959964


def read_run(run_dir: Path) -> dict[str, Any]:
    """The scorecard of a run folder, checked; one line naming the file when it is unusable."""
    return RunRecord.load(run_dir, need=(SCORECARD,)).scorecard


def _suite_name(block: dict[str, Any], dim: str) -> str:
    return str((block.get("suite") or {}).get("name") or dim)


# ------------------------------------------------------------------ long CSV
def long_rows(card: dict[str, Any], run: str) -> list[dict[str, Any]]:
    """Every figure of a scorecard as one row: the overall score, each dimension's score and
    capability, and each sub-metric."""
    base = {"run": run, "model": card["model"].get("id"), "comparability_key": card["comparability_key"]}
    ov = card["overall"]
    ci = ov.get("ci") or [None, None]
    rows = [
        {
            **base,
            "dimension": "overall",
            "metric": "score",
            "value": ov.get("score"),
            "ci_low": ci[0],
            "ci_high": ci[1],
            "n": None,
            "status": card.get("status", "complete"),
        }
    ]
    for dim, block in card["dimensions"].items():
        status = block.get("status", "scored")
        ci = block.get("ci") or [None, None]
        rows.append(
            {
                **base,
                "dimension": dim,
                "metric": "score",
                "value": block.get("score"),
                "ci_low": ci[0],
                "ci_high": ci[1],
                "n": block.get("n"),
                "status": status,
            }
        )
        cap = block.get("capability")
        if isinstance(cap, dict):
            ci = cap.get("ci") or [None, None]
            rows.append(
                {
                    **base,
                    "dimension": dim,
                    "metric": f"capability:{cap.get('name')}",
                    "value": cap.get("value"),
                    "ci_low": ci[0],
                    "ci_high": ci[1],
                    "n": cap.get("n"),
                    "status": status,
                }
            )
        for name, m in (block.get("metrics") or {}).items():
            m = m if isinstance(m, dict) else {"value": m}
            ci = m.get("ci") or [None, None]
            rows.append(
                {
                    **base,
                    "dimension": dim,
                    "metric": name,
                    "value": m.get("value"),
                    "ci_low": ci[0],
                    "ci_high": ci[1],
                    "n": m.get("n"),
                    "status": status,
                }
            )
    return rows


def write_long_csv(run_dir: Path, out: Path) -> Path:
    import pandas as pd

    from ..util.record import atomic_write_text
    from .leaderboard import csv_safe

    frame = pd.DataFrame(long_rows(read_run(run_dir), Path(run_dir).name))
    frame["n"] = frame["n"].astype("Int64")
    for column in ("run", "model", "comparability_key", "dimension", "metric", "status"):
        frame[column] = frame[column].map(csv_safe)
    path = out / "scores_long.csv"
    atomic_write_text(path, frame.to_csv(index=False))
    return path


# ------------------------------------------------------------------ lm-eval results.json
def stderr(ci: Any) -> float | None:
    if not (isinstance(ci, list) and len(ci) == 2 and None not in ci):
        return None
    return (float(ci[1]) - float(ci[0])) / (2 * Z95)


def lm_eval_results(card: dict[str, Any], manifest: dict[str, Any] | None = None) -> dict[str, Any]:
    """lm-eval's ``results.json`` layout for a scorecard: a task per suite, its 0-100 score as
    ``score`` (higher is better), each sub-metric as it is (direction not declared: null)."""
    results, configs, versions, n_shot, n_samples, better = {}, {}, {}, {}, {}, {}
    for dim, block in card["dimensions"].items():
        task = _suite_name(block, dim)
        row: dict[str, Any] = {
            "alias": task,
            "score,none": block.get("score"),
            "score_stderr,none": stderr(block.get("ci")),
        }
        for name, m in (block.get("metrics") or {}).items():
            m = m if isinstance(m, dict) else {"value": m}
            row[f"{name},none"] = m.get("value")
            row[f"{name}_stderr,none"] = stderr(m.get("ci"))
        results[task] = row
        suite = block.get("suite") or {}
        configs[task] = {
            "task": task,
            "tag": [dim],
            "dataset_path": f"slmtrust:suites/{task}",
            "output_type": "slmtrust",
            "metadata": {
                "version": suite.get("version"),
                "sha256": suite.get("sha256"),
                "status": block.get("status", "scored"),
                "status_reason": block.get("status_reason"),
            },
        }
        versions[task] = suite.get("version")
        n_shot[task] = 0
        n = int(block.get("n") or 0)
        n_samples[task] = {"original": n, "effective": n}
        better[task] = {"score": True, **{name: None for name in block.get("metrics") or {}}}
    model = card["model"]
    git = (manifest or {}).get("git") or {}
    return {
        "results": results,
        "group_subtasks": {},
        "configs": configs,
        "versions": versions,
        "n-shot": n_shot,
        "higher_is_better": better,
        "n-samples": n_samples,
        "config": {
            "model": f"slmtrust/{model.get('backend', '?')}",
            "model_args": f"id={model.get('id')},source={model.get('source')}",
            "model_num_parameters": model.get("parameters"),
            "model_dtype": (model.get("fingerprint") or {}).get("dtype"),
            "batch_size": None,
            "device": model.get("device"),
            "limit": (card.get("profile") or {}).get("max_items"),
            "bootstrap_iters": (card.get("profile") or {}).get("bootstrap_resamples"),
            "random_seed": (card.get("seeds") or {}).get("run"),
        },
        "git_hash": git.get("sha"),
        "date": time.time(),
        "model_name": model.get("id"),
        "slmtrust": {
            "comparability_key": card["comparability_key"],
            "overall": card["overall"],
            "version": card.get("slmtrust_version"),
        },
    }


def write_lm_eval(run_dir: Path, out: Path) -> Path:
    from ..util.record import write_json

    card = read_run(run_dir)
    record = RunRecord(Path(run_dir))
    try:
        manifest = record.manifest if record.has(MANIFEST) else None
    except RecordError:
        manifest = None  # only the git hash is read from it
    path = out / "results.json"
    write_json(path, lm_eval_results(card, manifest))
    return path


# ------------------------------------------------------------------ Inspect eval logs
def _messages(request: dict[str, Any]) -> Any:
    from inspect_ai.model import ChatMessageAssistant, ChatMessageSystem, ChatMessageUser

    kinds = {"system": ChatMessageSystem, "user": ChatMessageUser, "assistant": ChatMessageAssistant}
    if request.get("messages"):
        return [kinds[m["role"]](content=str(m["content"])) for m in request["messages"] if m.get("role") in kinds]
    return str(request.get("prompt") or "")


def _output_text(row: dict[str, Any]) -> str:
    """What the model said: generated text, or for a log-likelihood request its most likely option."""
    texts = []
    for req, resp in zip(row.get("requests") or [], row.get("responses") or []):
        if resp.get("texts"):
            texts.append(str(resp["texts"][0]))
        elif resp.get("logprobs") and req.get("continuations"):
            lps = resp["logprobs"]
            texts.append(str(req["continuations"][max(range(len(lps)), key=lps.__getitem__)]))
        elif resp.get("error"):
            texts.append(f"[error: {resp['error']}]")
    return "\n---\n".join(texts)


def inspect_logs(run_dir: Path, card: dict[str, Any]) -> dict[str, Any]:
    """One inspect-ai ``EvalLog`` per suite of the run."""
    try:
        from inspect_ai.log import (
            EvalConfig,
            EvalDataset,
            EvalLog,
            EvalMetric,
            EvalResults,
            EvalSample,
            EvalScore,
            EvalSpec,
        )
        from inspect_ai.model import ModelOutput
        from inspect_ai.scorer import Score
    except ImportError as exc:
        raise SlmtrustError(f"--format inspect needs inspect-ai (pip install 'slmtrust[export]'): {exc}") from None
    record = RunRecord(Path(run_dir))
    values = record.item_scores if record.has(ITEM_SCORES) else {}
    items = list(record.items()) if record.has(ITEMS) else []
    model = f"slmtrust/{card['model'].get('id')}"
    created = str(card.get("created") or time.strftime("%Y-%m-%dT%H:%M:%S%z"))
    logs = {}
    for dim, block in card["dimensions"].items():
        suite = _suite_name(block, dim)
        rows = [r for r in items if r["suite"] == suite]
        per_item = values.get(dim, {})
        samples = []
        for row in rows:
            request = (row.get("requests") or [{}])[0]
            value = per_item.get((suite, str(row.get("part")), str(row["item_id"])))
            samples.append(
                EvalSample(
                    id=f"{row.get('part')}/{row['item_id']}",
                    epoch=1,
                    input=_messages(request),
                    target="",
                    output=ModelOutput.from_content(model, _output_text(row)),
                    scores={} if value is None else {"slmtrust": Score(value=value, explanation=row.get("verdict"))},
                    metadata={
                        "part": row.get("part"),
                        "verdict": row.get("verdict"),
                        "scores": row.get("scores") or {},
                    },
                )
            )
        metrics = {} if block.get("score") is None else {"score": EvalMetric(name="score", value=float(block["score"]))}
        for name, m in (block.get("metrics") or {}).items():
            v = m.get("value") if isinstance(m, dict) else m
            if isinstance(v, int | float) and not isinstance(v, bool):
                metrics[name] = EvalMetric(name=name, value=float(v))
        suite_id = block.get("suite") or {}
        logs[suite] = EvalLog(
            status="error" if card.get("status") == "failed" else "success",
            eval=EvalSpec(
                created=created,
                task=f"slmtrust/{suite}",
                task_version=str(suite_id.get("version") or 0),
                dataset=EvalDataset(
                    name=suite,
                    location=f"suites/{suite}",
                    samples=int(block.get("n") or len(samples)),
                    sample_ids=[s.id for s in samples],
                ),
                model=model,
                config=EvalConfig(),
                metadata={
                    "dimension": dim,
                    "comparability_key": card["comparability_key"],
                    "status": block.get("status", "scored"),
                    "status_reason": block.get("status_reason"),
                    "suite_sha256": suite_id.get("sha256"),
                },
            ),
            results=EvalResults(
                total_samples=int(block.get("n") or len(samples)),
                completed_samples=len(samples),
                scores=[EvalScore(name="slmtrust", scorer="slmtrust", metrics=metrics)],
            ),
            samples=samples,
        )
    return logs


def write_inspect(run_dir: Path, out: Path) -> list[Path]:
    from inspect_ai.log import write_eval_log

    paths = []
    for suite, log in inspect_logs(run_dir, read_run(run_dir)).items():
        path = out / f"{suite}.eval"
        write_eval_log(log, str(path))
        paths.append(path)
    return paths
