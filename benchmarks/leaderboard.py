"""Leaderboard build time over many scorecards (target: 1,000 scorecards in under 10 s).

Writes N seeded synthetic run folders (scorecard.json in the schema-1 shape with eight
dimensions, an efficiency block on most, item_scores.jsonl of 800 items on every run) in
five comparability groups, then times in one process:

* baseline: reading and parsing every scorecard.json (json.load), nothing else;
* build: discovery, checks, grouping, Pareto fronts, pairwise paired bootstraps among the
  8 best of each group (1,000 resamples), examples;
* write: leaderboard.md, .csv and the self-contained .html (plotly.js inlined).

    python benchmarks/leaderboard.py [--n 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from slmtrust.cli.leaderboard import write  # noqa: E402
from slmtrust.report import leaderboard as lb  # noqa: E402
from slmtrust.run.scorecard import DIMENSIONS  # noqa: E402

ITEMS_PER_DIM = 100


def synthetic(root: Path, n: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    keys = [f"{k:064x}" for k in range(5)]
    for i in range(n):
        skill = rng.random()
        dims, rows = {}, []
        for d in DIMENSIONS:
            values = [float(rng.random() < 0.3 + 0.6 * skill) for _ in range(ITEMS_PER_DIM)]
            score = 100 * sum(values) / len(values)
            dims[d] = {
                "score": round(score, 2),
                "ci": [round(max(0, score - 9), 2), round(min(100, score + 9), 2)],
                "n": ITEMS_PER_DIM,
                "refusal_rate": 0.0,
                "suite": {"name": d, "version": "1", "sha256": "0" * 64},
                "suites": [{"name": d, "version": "1", "sha256": "0" * 64, "items_sha256": keys[i % 5]}],
                "metrics": {"accuracy": {"value": score / 100, "ci": [0.1, 0.9], "n": ITEMS_PER_DIM}},
            }
            rows += [
                {"dimension": d, "suite": d, "part": "p", "item_id": str(j), "value": v} for j, v in enumerate(values)
            ]
        overall = sum(b["score"] for b in dims.values()) / len(dims)
        card = {
            "schema_version": "1",
            "model": {
                "id": f"model-{i:04d}",
                "parameters": rng.choice([135, 270, 500, 1500]) * 10**6,
                "fingerprint": {"dtype": "float32", "quantization": "none"},
            },
            "comparability_key": keys[i % 5],
            "overall": {
                "score": round(overall, 2),
                "ci": [round(overall - 3, 2), round(overall + 3, 2)],
                "dimensions_included": 8,
            },
            "dimensions": dims,
            "scorers": {"refusal": {"name": "slmtrust.refusal", "version": "2"}},
            "efficiency": None
            if i % 7 == 0
            else {
                "decode_tokens_per_s": {"median": round(rng.uniform(5, 200), 1)},
                "peak_memory_mb": round(rng.uniform(300, 4000)),
            },
        }
        run = root / f"model-{i:04d}" / "run"
        run.mkdir(parents=True)
        (run / "scorecard.json").write_text(json.dumps(card))
        (run / "item_scores.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--keep", type=Path, default=None, help="write the synthetic results and outputs here")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="slmtrust-board-"))
    try:
        synthetic(root / "results", args.n)
        t0 = time.perf_counter()
        cards = [json.loads(p.read_text()) for p in sorted((root / "results").rglob("scorecard.json"))]
        t_read = time.perf_counter() - t0
        t0 = time.perf_counter()
        board = lb.build([root / "results"])
        t_build = time.perf_counter() - t0
        t0 = time.perf_counter()
        written = write(board, root / "out")
        t_write = time.perf_counter() - t0
        total = t_build + t_write
        size = sum(p.stat().st_size for p in written) / 2**20
        print(
            f"scorecards: {len(cards)} in {len(board.groups)} groups; pairwise tests: {sum(len(g.pairs) for g in board.groups)}"
        )
        print(f"baseline (read + parse every scorecard.json): {t_read:.2f} s")
        print(f"build (check, group, fronts, paired bootstraps, examples): {t_build:.2f} s")
        print(f"write (md + csv + html): {t_write:.2f} s; outputs {size:.1f} MiB")
        print(
            f"leaderboard total: {total:.2f} s = {total / t_read:.1f}x the baseline; target < 10 s: {'met' if total < 10 else 'NOT met'}"
        )
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
