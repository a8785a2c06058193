"""Wall time of a two-job Hydra multirun: sequential (Hydra's basic launcher) vs joblib
(``hydra/launcher=parallel``, two processes), measured in one run with fresh caches each time.

Two workloads:
* ``wait``: two scripted models that wait 40 ms per request (like a remote server backend):
  the jobs overlap fully when run in parallel.
* ``tiny``: the tiny-random transformer (CPU-bound), two seeds: parallel jobs share the cores.
Both on a seeded arithmetic multiple-choice suite of ``--items`` questions.

    python benchmarks/multirun.py [--workload wait tiny] [--items 400]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

WORKLOADS = {
    "wait": ["model=scripted", "model.options.script=tests.helpers.scripts:slow_oracle", "model.name=slow-a,slow-b"],
    "tiny": ["model=tiny-random", "model.seed=1,2", "hardware=cpu"],
}


def multirun(launcher: str, workload: str, root: Path, items: int) -> float:
    from tests.conftest import write_mini_suites

    suites = write_mini_suites(root / "suites", n=items)
    args = [
        sys.executable,
        "-m",
        "slmtrust",
        "run",
        "-m",
        f"hydra/launcher={launcher}",
        *WORKLOADS[workload],
        "suite=hallucination",
        "suites.hallucination.options.parts=[answerable_mc]",
        f"paths.suites={suites}",
        f"paths.results={root / 'results'}",
        f"paths.cache={root / 'cache'}",
        "profile=full",
        "progress=false",
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    t0 = time.perf_counter()
    proc = subprocess.run(args, cwd=root, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(proc.stderr[-2000:])
    runs = list((root / "results").glob("*/*/scorecard.json"))
    if len(runs) != 2:
        raise SystemExit(f"expected 2 runs, found {len(runs)}")
    return wall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workload", nargs="+", default=list(WORKLOADS), choices=list(WORKLOADS))
    parser.add_argument("--items", type=int, default=400)
    args = parser.parse_args()
    for workload in args.workload:
        times = {}
        for launcher in ("basic", "parallel"):
            with tempfile.TemporaryDirectory() as tmp:
                times[launcher] = multirun(launcher, workload, Path(tmp), args.items)
        ratio = times["basic"] / times["parallel"]
        print(
            f"{workload} ({args.items} items a job): two jobs sequential {times['basic']:.1f} s, joblib n_jobs=2 {times['parallel']:.1f} s "
            f"-> {ratio:.2f}x (process start-up and imports included)"
        )


if __name__ == "__main__":
    main()
