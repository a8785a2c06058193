"""The ``reproduce`` command: run a recorded configuration again and diff the scorecards.

By default the response cache is bypassed, so every answer is recomputed by the
model; with greedy settings on the same machine nothing should differ.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from ..util.errors import SlmtrustError


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


def code_specs(cfg: Any) -> list[tuple[str, str]]:
    """(field, spec) for every place a config names code to import or files to unpack:
    ``module:attr`` backends, procedures and scripts, and ``assemble:``/``pkg:`` model paths."""
    from omegaconf import OmegaConf

    found = [("model.backend", str(cfg.model.backend)), ("model.path", str(cfg.model.path))]
    script = OmegaConf.select(cfg, "model.options.script", default=None)
    if script:
        found.append(("model.options.script", str(script)))
    for name, suite in (cfg.suites or {}).items():
        found.append((f"suites.{name}.procedure", str(suite.procedure)))
    return found


def foreign_code(cfg: Any) -> list[str]:
    """The code a record names outside this package and outside this checkout's own model
    configs: ``reproduce`` will not import it unless ``--allow-code`` names it."""
    from ..api.config import CONF_DIR

    ours = set()
    for yaml_file in (CONF_DIR / "model").glob("*.yaml"):
        for line in yaml_file.read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition(":")
            if key.strip() in ("path", "backend", "script"):
                ours.add(value.split("#")[0].strip())
    out = []
    for field_name, spec in code_specs(cfg):
        if spec in ours:
            continue
        if spec.startswith(("assemble:", "pkg:")):
            module = spec.split(":", 1)[1].split("/")[0]
        elif ":" in spec and not spec.startswith(("/", ".")) and "://" not in spec:
            module = spec.split(":", 1)[0]
        else:
            continue  # a short registry name, a file or a hub id: nothing is imported
        if module != "slmtrust" and not module.startswith("slmtrust."):
            out.append(f"{field_name}={spec}")
    return out


def unsafe_flags(cfg: Any) -> list[str]:
    """Every ``trust_remote_code``/``allow_pickle`` the record turns on, wherever it sits."""
    from omegaconf import OmegaConf

    out = []

    def walk(node: Any, prefix: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                key = f"{prefix}.{k}" if prefix else str(k)
                if k in ("trust_remote_code", "allow_pickle") and v:
                    out.append(key)
                walk(v, key)

    walk(OmegaConf.to_container(cfg, resolve=False), "")
    return out


def reproduce(
    run_dir: Path,
    use_cache: bool = False,
    results: str | None = None,
    allow_code: tuple[str, ...] = (),
    allow_unsafe: tuple[str, ...] = (),
    efficiency: bool = True,
) -> tuple[Path, list[str]]:
    """Re-run a record. A record may come from someone else: it is checked before anything runs
    (a scorecard to compare with, code it names, unsafe loading it turns on), and its own paths
    are not used: the re-run goes to ``results`` (default ``results/``) with this machine's cache."""
    from omegaconf import OmegaConf

    from ..api.config import RunConfig, check, run_folder
    from ..api.runrecord import CONFIG, SCORECARD, RecordError, RunRecord
    from ..run.runner import execute

    record = RunRecord.load(run_dir, need=(CONFIG,))
    try:
        old = RunRecord.load(run_dir, need=(SCORECARD,)).scorecard
    except RecordError as exc:
        raise SlmtrustError(f"{exc}; nothing to compare a re-run with") from None
    run_dir = record.run_dir
    try:
        cfg = OmegaConf.merge(OmegaConf.structured(RunConfig), OmegaConf.create(record.config))
    except Exception as exc:  # noqa: BLE001 - any merge failure is the record's fault
        raise SlmtrustError(f"{run_dir / CONFIG}: not a run configuration ({type(exc).__name__}: {exc})") from None
    foreign = [f for f in foreign_code(cfg) if f.split("=", 1)[1] not in allow_code]
    if foreign:
        raise SlmtrustError(
            f"{run_dir / CONFIG} names code outside slmtrust: {', '.join(foreign)}; "
            f"re-run it only if you trust it: --allow-code {foreign[0].split('=', 1)[1]}"
        )
    unsafe = [f for f in unsafe_flags(cfg) if f not in allow_unsafe]
    if unsafe:
        raise SlmtrustError(
            f"{run_dir / CONFIG} turns on {', '.join(unsafe)}; re-run it only if you trust the model's "
            f"files: --allow-unsafe {unsafe[0]}"
        )
    cfg.use_cache = use_cache
    if not efficiency:  # the comparison reads the scores, never the efficiency block
        cfg.efficiency.enabled = False
    defaults = RunConfig().paths
    cfg.paths.results = results or defaults.results
    cfg.paths.cache = os.environ.get("SLMTRUST_CACHE", "~/.cache/slmtrust")
    if cfg.paths.suites and not Path(str(cfg.paths.suites)).expanduser().is_dir():
        cfg.paths.suites = None  # the recorded folder is not on this machine: this checkout's suites
    check(cfg)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    new_dir = run_folder(cfg.paths, cfg.model.name) / f"{stamp}-reproduce"
    new = execute(cfg, new_dir)
    return new_dir, compare(old, new)
