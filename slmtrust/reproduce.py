"""The ``reproduce`` command: run a recorded configuration again and diff the scorecards.

By default the response cache is bypassed, so every answer is recomputed by the
model; with greedy settings on the same machine nothing should differ.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from .errors import SlmtrustError


def compare(old: dict[str, Any], new: dict[str, Any], tol: float = 1e-9) -> list[str]:
    """Human-readable differences between two scorecards (empty = identical results)."""
    diffs = []
    for key in ("comparability_key",):
        if old.get(key) != new.get(key):
            diffs.append(f"{key}: {old.get(key)} -> {new.get(key)} (suite data, options or scorers changed)")
    if old["model"].get("fingerprint") != new["model"].get("fingerprint"):
        diffs.append(f"model fingerprint: {old['model'].get('fingerprint')} -> {new['model'].get('fingerprint')}")

    def num(path: str, a: Any, b: Any) -> None:
        if a is None or b is None:
            if a is not b:
                diffs.append(f"{path}: {a} -> {b}")
        elif abs(float(a) - float(b)) > tol:
            diffs.append(f"{path}: {a} -> {b}")

    num("overall.score", old["overall"]["score"], new["overall"]["score"])
    for dim in sorted(set(old["dimensions"]) | set(new["dimensions"])):
        a, b = old["dimensions"].get(dim), new["dimensions"].get(dim)
        if a is None or b is None:
            diffs.append(
                f"dimensions.{dim}: {'missing' if a is None else 'present'} -> {'missing' if b is None else 'present'}"
            )
            continue
        if a.get("status", "scored") != b.get("status", "scored"):
            diffs.append(f"{dim}.status: {a.get('status', 'scored')} -> {b.get('status', 'scored')}")
        num(f"{dim}.score", a["score"], b["score"])
        for i, side in enumerate(("low", "high")):
            num(f"{dim}.ci.{side}", (a["ci"] or [None, None])[i], (b["ci"] or [None, None])[i])
        for metric in sorted(set(a["metrics"]) | set(b["metrics"])):
            ma, mb = a["metrics"].get(metric) or {}, b["metrics"].get(metric) or {}
            num(f"{dim}.{metric}", ma.get("value"), mb.get("value"))
    return diffs


def reproduce(run_dir: Path, use_cache: bool = False, results: str | None = None) -> tuple[Path, list[str]]:
    from omegaconf import OmegaConf

    from .config import RunConfig
    from .runner import execute

    run_dir = Path(run_dir)
    for name in ("config.yaml", "scorecard.json"):
        if not (run_dir / name).is_file():
            raise SlmtrustError(f"{run_dir}: not a run record (missing {name})")
    try:
        recorded = OmegaConf.load(run_dir / "config.yaml")
        cfg = OmegaConf.merge(OmegaConf.structured(RunConfig), recorded)
        old = json.loads((run_dir / "scorecard.json").read_text())
    except Exception as exc:  # noqa: BLE001 - any parse failure is the record's fault
        raise SlmtrustError(f"{run_dir}: unreadable run record ({type(exc).__name__}: {exc})") from None
    cfg.use_cache = use_cache
    if results:
        cfg.paths.results = results
    stamp = time.strftime("%Y%m%d-%H%M%S")
    new_dir = Path(cfg.paths.results) / cfg.model.name / f"{stamp}-reproduce"
    new = execute(cfg, new_dir)
    return new_dir, compare(old, new)


def reproduce_command(args: list[str]) -> int:
    from .cli import parse

    def build(p):
        p.add_argument("run_dir", help="a results/<model>/<timestamp> folder")
        p.add_argument("--use-cache", action="store_true", help="reuse cached responses (default: recompute all)")
        p.add_argument("--results", help="where to write the new run (default: the recorded paths.results)")

    ns = parse("reproduce", args, build)
    try:
        new_dir, diffs = reproduce(Path(ns.run_dir), ns.use_cache, ns.results)
    except SlmtrustError as exc:
        from .cli import fail

        return fail(str(exc))
    print(f"re-run written to {new_dir}")
    if diffs:
        print(f"{len(diffs)} difference(s) from {ns.run_dir}:")
        for d in diffs:
            print(f"  {d}")
        return 1
    print(f"scorecard identical to {ns.run_dir}")
    return 0
