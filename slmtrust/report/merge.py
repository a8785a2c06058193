"""``python -m slmtrust merge``: runs of different suites on one model become one run record.

docs/design.md, Scale runs one job per (model, suite) on a cluster; a CPU too slow for a whole
full-profile run in one sitting does the same over several. Each job writes its own
run folder. Every suite's bootstrap is seeded by the run seed and the suite's own
name, never by which other suites ran, so the parts' ``suites.json`` (summaries with
bootstrap replicates) rebuild exactly the scorecard that one run of all those suites
writes: same comparability key, dimension scores, intervals and overall score. The
merged folder's ``config.yaml`` names every suite, so ``reproduce`` re-runs it in one go.

Only runs of the same model (config and weight fingerprint), profile and seed merge,
and no suite may appear twice. Each part's summaries must rebuild its own scorecard,
which catches a ``suites.json`` that does not belong to its folder.
"""

from __future__ import annotations

import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from omegaconf import OmegaConf
from omegaconf.errors import OmegaConfBaseException

from ..api.config import ProfileConfig
from ..api.efficiency import Efficiency
from ..api.results import SuiteResult
from ..api.runrecord import CONFIG, ITEM_SCORES, ITEMS, MANIFEST, SCHEMA_VERSION, SCORECARD, SUITES, RunRecord
from ..run import scorecard
from ..util.errors import SlmtrustError
from ..util.record import staging_name

SAME_CONFIG = ("model", "profile", "seed")  # config.yaml fields every part must share


@dataclass
class Part:
    """One run folder to merge, read and checked."""

    record: RunRecord
    results: list[SuiteResult]

    @property
    def run_dir(self) -> Path:
        return self.record.run_dir

    @property
    def config(self) -> dict[str, Any]:
        return self.record.config

    @property
    def card(self) -> dict[str, Any]:
        return self.record.scorecard

    @property
    def manifest(self) -> dict[str, Any]:
        return self.record.manifest

    @property
    def suites(self) -> list[str]:
        return [r.suite for r in self.results]


def read_part(run_dir: Path) -> Part:
    record = RunRecord.load(run_dir, need=(CONFIG, MANIFEST, SCORECARD, SUITES))
    card = record.scorecard
    if card.get("schema_version") != SCHEMA_VERSION:
        raise SlmtrustError(
            f"{record.path(SCORECARD)}: schema_version {card.get('schema_version')!r}, this slmtrust merges "
            f"{SCHEMA_VERSION!r}"
        )
    try:
        results = [SuiteResult.from_summary(s) for s in record.suites]
    except Exception as exc:  # noqa: BLE001 - any parse failure is the record's fault
        raise SlmtrustError(f"{record.path(SUITES)}: unreadable suite summary ({type(exc).__name__}: {exc})") from None
    part = Part(record, results)
    rebuilt = scorecard.build(card["model"], results, {}, card.get("scorers"))
    from .reproduce import compare

    diffs = compare(card, rebuilt)
    if diffs:
        raise SlmtrustError(f"{record.run_dir}: {SUITES} does not rebuild {SCORECARD} ({diffs[0]})")
    return part


def _setting(config: dict[str, Any], key: str) -> Any:
    """A config.yaml field as parts compare it: the profile with the schema's defaults filled in,
    so a part recorded before a profile field existed (``suite_options``) equals a later part
    that leaves the field at its default."""
    value = config.get(key)
    if key != "profile" or not isinstance(value, dict):
        return value
    try:
        return OmegaConf.to_container(OmegaConf.merge(OmegaConf.structured(ProfileConfig), value))
    except OmegaConfBaseException:  # a field this version does not know: compared as written
        return value


def check_compatible(parts: list[Part]) -> None:
    """One model, profile and seed; every suite once."""
    first = parts[0]
    owner: dict[str, Path] = {}
    for part in parts:
        for key in SAME_CONFIG:
            if _setting(part.config, key) != _setting(first.config, key):
                raise SlmtrustError(
                    f"{part.run_dir}/config.yaml: '{key}' differs from {first.run_dir}; only runs of one model, "
                    f"profile and seed merge"
                )
        if part.card["model"].get("fingerprint") != first.card["model"].get("fingerprint"):
            raise SlmtrustError(
                f"{part.run_dir}: model fingerprint {part.card['model'].get('fingerprint')} differs from "
                f"{first.run_dir} ({first.card['model'].get('fingerprint')})"
            )
        for suite in part.suites:
            if suite in owner:
                raise SlmtrustError(
                    f"suite '{suite}' is in both {owner[suite]} and {part.run_dir}; give each suite once"
                )
            owner[suite] = part.run_dir


def merged_scorers(parts: list[Part]) -> dict[str, Any]:
    """The parts' scorer identities; one name in two versions is an error."""
    out: dict[str, Any] = {}
    for part in parts:
        for name, identity in (part.card.get("scorers") or {}).items():
            if name in out and out[name] != identity:
                raise SlmtrustError(f"{part.run_dir}: scorer '{name}' is {identity}, another part used {out[name]}")
            out[name] = identity
    return out


def efficiency_block(parts: list[Part]) -> tuple[dict[str, Any] | None, Path | None]:
    """The first part's measured efficiency block (parts usually switch it off but one)."""
    for part in parts:
        block = part.card.get("efficiency")
        if Efficiency.read(block).measured:
            return block, part.run_dir
    return parts[0].card.get("efficiency"), None


def merge(run_dirs: list[Path], out: Path) -> dict[str, Any]:
    """Write the merged run folder ``out`` (new or empty) and return its scorecard."""
    if len(run_dirs) < 2:
        raise SlmtrustError("merge needs at least two run folders")
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise SlmtrustError(f"--out {out}: exists and is not an empty folder; name a new one")
    parts = [read_part(Path(d)) for d in run_dirs]
    check_compatible(parts)
    first = parts[0]
    results = [r for part in parts for r in part.results]
    efficiency, efficiency_from = efficiency_block(parts)
    merged_from = [
        {
            "run_dir": str(p.run_dir),
            "created": p.card.get("created"),
            "git": p.manifest.get("git"),
            "suites": p.suites,
        }
        for p in parts
    ]
    meta = {
        "slmtrust_version": first.card.get("slmtrust_version"),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "run_dir": str(out),
        "profile": first.card.get("profile"),
        "seeds": first.card.get("seeds"),
        "efficiency": efficiency,
        "refusal_detector": first.card.get("refusal_detector"),
        "merged_from": merged_from,
    }
    card = scorecard.build(first.card["model"], results, meta, merged_scorers(parts))
    config = {**first.config, "suites": {k: v for p in parts for k, v in (p.config.get("suites") or {}).items()}}

    out.parent.mkdir(parents=True, exist_ok=True)
    staging = staging_name(out)
    staging.mkdir()
    try:
        from omegaconf import OmegaConf

        merged = RunRecord(staging)
        merged.write_config(OmegaConf.to_yaml(OmegaConf.create(config)))
        merged.write_items(row for p in parts if p.record.has(ITEMS) for row in p.record.items())
        merged.write_item_scores(row for p in parts if p.record.has(ITEM_SCORES) for row in p.record.item_score_rows())
        merged.write_suites([r.summary() for r in results])
        merged.write_manifest(merged_manifest(parts, card, efficiency_from))
        merged.write_scorecard(card)
        if out.exists():
            out.rmdir()
        staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return card


def merged_manifest(parts: list[Part], card: dict[str, Any], efficiency_from: Path | None) -> dict[str, Any]:
    """The first part's manifest (versions, machine, model) with the suites, timings and
    engine counts of all parts, and per part what ran it and where."""
    timings: dict[str, float] = {}
    engine: dict[str, Any] = {}
    for p in parts:
        for name, seconds in (p.manifest.get("timings_s") or {}).items():
            timings[name] = round(timings.get(name, 0.0) + float(seconds), 3)
        for name, count in (p.manifest.get("engine") or {}).items():
            if isinstance(count, int | float):
                engine[name] = engine.get(name, 0) + count
    return {
        **parts[0].manifest,
        "command": sys.argv,
        "suites": [r.identity for p in parts for r in p.results],
        "timings_s": timings,
        "engine": engine,
        "comparability_key": card["comparability_key"],
        "efficiency": card.get("efficiency"),
        "efficiency_from": None if efficiency_from is None else str(efficiency_from),
        "parts": [
            {
                "run_dir": str(p.run_dir),
                "git": p.manifest.get("git"),
                "command": p.manifest.get("command"),
                "hardware": p.manifest.get("hardware"),
                "packages": p.manifest.get("packages"),
                "timings_s": p.manifest.get("timings_s"),
                "engine": p.manifest.get("engine"),
            }
            for p in parts
        ],
    }
