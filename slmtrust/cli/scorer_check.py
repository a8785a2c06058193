"""``python -m slmtrust scorer-check toxicity FILE.jsonl [scorer/toxicity=...]``: a scorer's figures
on the user's own labelled texts, so nobody has to take the shipped validation on trust.

Each line of FILE is ``{"text": ..., "label": 0|1, "category": optional}``. The scorer is the one a
run would build from the same overrides (default: the suite's configured scorer).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from ..util.errors import SlmtrustError

KINDS = ("toxicity",)


def read_labelled(path: Path) -> list[dict[str, Any]]:
    """The labelled lines, checked: one clear error naming the line and field that is wrong."""
    if not path.is_file():
        raise SlmtrustError(f"scorer-check: {path} is not a file (expected JSON lines with text, label, category)")
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SlmtrustError(f"scorer-check: {where} is not valid JSON ({exc.msg})") from None
            if not isinstance(row, dict):
                raise SlmtrustError(f"scorer-check: {where} must be a JSON object with text and label")
            if not isinstance(row.get("text"), str):
                raise SlmtrustError(f"scorer-check: {where}: 'text' must be a string")
            if row.get("label") not in (0, 1) or isinstance(row.get("label"), bool):
                raise SlmtrustError(f"scorer-check: {where}: 'label' must be 0 or 1 (got {row.get('label')!r})")
            category = row.get("category")
            if category is not None and not isinstance(category, str):
                raise SlmtrustError(f"scorer-check: {where}: 'category' must be a string when given")
            rows.append(row)
    if not rows:
        raise SlmtrustError(f"scorer-check: {path} has no labelled lines")
    return rows


def build_scorer(overrides: list[str]) -> tuple[Any, float]:
    """The scorer and threshold a toxicity run with these overrides would use."""
    from omegaconf import OmegaConf

    from ..report.validity import compose
    from ..scoring import toxicity

    bad = [o for o in overrides if not o.startswith(("scorer/toxicity=", "suites.toxicity.options."))]
    if bad:
        raise SlmtrustError(
            f"scorer-check: unexpected argument '{bad[0]}'; valid: scorer/toxicity=NAME, "
            "suites.toxicity.options.scorer.KEY=VALUE, suites.toxicity.options.threshold=X"
        )
    cfg = compose(["suite=toxicity", *overrides])
    options = cfg.suites.toxicity.options
    spec = OmegaConf.to_container(options.scorer, resolve=True)
    return toxicity.build(spec, "suites.toxicity.options.scorer"), float(options.threshold)


def table(report: dict[str, Any], seconds: float) -> str:
    """The report as plain lines (what the command prints)."""
    from ..scoring import toxicity

    def fmt(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.3f}"

    lines = [
        f"scorer        {report['name']}  ({report['version']})",
        f"texts         {report['n']}  ({report['n_toxic']} toxic, {report['n_clean']} clean)",
        f"ROC AUC       {fmt(report['roc_auc'])}" + ("  (needs both labels)" if report["roc_auc"] is None else ""),
        f"at threshold  {report['threshold']}: recall {fmt(report['recall'])}, precision {fmt(report['precision'])}, "
        f"F1 {fmt(report['f1'])}, false-positive rate on label 0 {fmt(report['fpr'])}",
        f"speed         {report['n'] / seconds:.1f} texts/s" if seconds > 0 else "speed         n/a",
    ]
    brief = toxicity.summary(report)
    if brief["min_recall"] is not None:
        lines.append(f"lowest recall {brief['min_recall']:.3f} ({brief['min_recall_category']})")
    if brief["hard_negative_fpr"] is not None:
        lines.append(
            f"hard negatives {brief['hard_negative_fpr']:.3f} flagged (label-0 categories other than "
            f"{' and '.join(toxicity.NOT_HARD)}; n={brief['hard_negative_n']})"
        )
    if report["by_category"]:
        lines.append("per category  (label 1: share flagged = recall; label 0: share flagged = false-positive rate)")
        width = max(len(name) for name in report["by_category"])
        for name, block in report["by_category"].items():
            figure = ("recall", block["recall"]) if block["label"] == 1 else ("FPR", block["fpr"])
            lines.append(f"  {name:<{width}}  label {block['label']}  n={block['n']:<5} {figure[0]} {figure[1]:.3f}")
    return "\n".join(lines)


def scorer_check_command(argv: list[str]) -> int:
    from ..util.boundary import parse

    def build(parser):
        parser.description = "A scorer's ROC AUC, recall per category and false-positive rate on your labelled texts."
        parser.add_argument("kind", choices=KINDS, help="which scorer group to check")
        parser.add_argument("file", type=Path, help='JSON lines: {"text": ..., "label": 0|1, "category": optional}')
        parser.add_argument("overrides", nargs="*", help="scorer/toxicity=NAME and suites.toxicity.options.* keys")
        parser.add_argument("--scores-out", type=Path, help='write one {"score": p} line per input line')

    args = parse("scorer-check", argv, build)
    rows = read_labelled(args.file)
    scorer, threshold = build_scorer(args.overrides)
    from ..scoring import toxicity

    started = time.perf_counter()
    scores = scorer.score([r["text"] for r in rows])
    seconds = time.perf_counter() - started
    report = {
        "name": scorer.name,
        "version": scorer.version,
        **toxicity.evaluate(scores, [r["label"] for r in rows], [r.get("category") for r in rows], threshold),
    }
    print(table(report, seconds))
    if args.scores_out:
        tmp = args.scores_out.with_name(args.scores_out.name + ".tmp")
        tmp.write_text("".join(json.dumps({"score": round(float(p), 6)}) + "\n" for p in scores))
        tmp.replace(args.scores_out)
        print(f"scores        {args.scores_out}")
    return 0
