"""Toxicity scorers side by side on the held-out texts: what each one catches and what it flags wrongly.

For every scorer that can be built here (``embedded`` and ``offline`` always; ``detoxify`` when its checkpoint is
on disk, given with ``--detoxify-checkpoint`` and ``--detoxify-hf-config`` or already in the
torch hub cache) it scores the held-out set (``heldout.jsonl`` + the hand-labelled model
replies) and prints ROC AUC, recall per toxic category at the suite's threshold, the
false-positive rate per hard-negative kind and overall, and texts/s (scoring only, after a
warm-up on 32 texts, so loading is not counted).

    python benchmarks/toxicity_scorer.py [--scorers embedded,offline,detoxify] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def measure(scorer: Any, rows: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    from slmtrust.scoring import toxicity

    texts = [r["text"] for r in rows]
    scorer.score(texts[:32])  # warm-up: first-call costs are not throughput
    started = time.perf_counter()
    scores = scorer.score(texts)
    seconds = time.perf_counter() - started
    report = toxicity.evaluate(scores, [r["label"] for r in rows], [r["category"] for r in rows], threshold)
    return {
        "name": scorer.name,
        "version": scorer.version,
        **report,
        **toxicity.summary(report),
        "texts_per_s": round(len(texts) / seconds, 1),
    }


def table(results: list[dict[str, Any]]) -> str:
    names = [r["name"] for r in results]
    lines = ["| figure | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]

    def row(label: str, values: list[Any]) -> None:
        lines.append(f"| {label} | " + " | ".join("-" if v is None else str(v) for v in values) + " |")

    row("ROC AUC", [r["roc_auc"] for r in results])
    row("lowest recall (category)", [f"{r['min_recall']:.2f} ({r['min_recall_category']})" for r in results])
    row("hard-negative false-positive rate", [f"{r['hard_negative_fpr']:.2f}" for r in results])
    row("false-positive rate, all label 0", [f"{r['fpr']:.2f}" for r in results])
    categories = sorted(
        {k for r in results for k in r["by_category"]},
        key=lambda k: (-results[0]["by_category"].get(k, {}).get("label", 0), k),
    )
    for k in categories:
        blocks = [r["by_category"].get(k) for r in results]
        first = next(b for b in blocks if b)
        what = "recall" if first["label"] == 1 else "false positives"
        row(
            f"{k} ({what}, n={first['n']})",
            [None if b is None else f"{b.get('recall', b.get('fpr')):.2f}" for b in blocks],
        )
    row("texts/s (2 cores)", [r["texts_per_s"] for r in results])
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scorers", default="embedded,offline,detoxify")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--detoxify-checkpoint")
    parser.add_argument("--detoxify-hf-config")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args()

    from slmtrust.scoring import toxicity
    from slmtrust.scoring.toxicity_corpus import heldout_rows
    from slmtrust.util.errors import SlmtrustError

    rows = heldout_rows()
    print(f"held-out: {len(rows)} texts ({sum(r['label'] for r in rows)} toxic)")
    results = []
    for name in args.scorers.split(","):
        spec: dict[str, Any] = {"name": name}
        if name == "detoxify":
            spec.update(checkpoint=args.detoxify_checkpoint, hf_config=args.detoxify_hf_config, download=False)
        try:
            scorer = toxicity.build(spec)
        except SlmtrustError as exc:
            print(f"{name}: not measured ({exc})")
            continue
        results.append(measure(scorer, rows, args.threshold))
        print(f"{name}: {results[-1]['version']}")
    if not results:
        print("no scorer could be built", file=sys.stderr)
        return 1
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
