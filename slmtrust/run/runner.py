"""One evaluation run: build suites, load the model, answer through the engine, write the record."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from omegaconf import OmegaConf

from .. import __version__
from ..api.config import answer_settings, cache_dir, check, suites_dir
from ..api.results import ItemScore, SuiteResult
from ..api.runrecord import RunRecord
from ..models import Backend, build_backend
from ..models.cache import ResponseCache
from ..models.engine import Engine
from ..suites import build_suite
from ..util.errors import describe
from ..util.record import manifest
from . import itemscores, runlog, scorecard
from .progress import Plan, RunProgress, rehearse

log = logging.getLogger(__name__)


def execute(cfg: Any, run_dir: Path, backend: Backend | None = None, console: Any = None) -> dict[str, Any]:
    """Run every configured suite against the model and write ``run_dir``; returns the scorecard."""
    from ..efficiency.measure import Settings

    started = time.time()
    Settings.from_config(cfg.get("efficiency"))  # a bad efficiency setting fails now, not after the suites
    check(cfg)
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    RunRecord(run_dir).write_config(OmegaConf.to_yaml(cfg, resolve=True))
    suites = [build_suite(s, cfg.paths, cfg.profile, int(cfg.seed)) for s in cfg.suites.values()]
    with runlog.captured(run_dir):
        if console is not None and not cfg.profile.rankable:
            console.print(
                f"[yellow]profile={cfg.profile.name}: at most {cfg.profile.max_items} items a suite part, a first "
                "look; its figures are not comparable with quick or full runs and are never ranked[/yellow]"
            )
        cache = ResponseCache(cache_dir(cfg.paths) / "responses.sqlite")
        if backend is None:
            backend = build_backend(cfg.model, cfg.hardware, cache_dir(cfg.paths), file_hasher=cache.file_sha256)
        info = backend.info()
        display = None
        if cfg.progress and console is not None:
            display = RunProgress(console, [s.name for s in suites], plans(cfg))
        engine = Engine(
            backend,
            cache if cfg.use_cache else None,
            int(cfg.hardware.batch_size),
            display,
            settings=answer_settings(cfg),
            generate_rows=int(cfg.hardware.generate_rows),
        )
        try:
            results, item_rows, timings = run_suites(suites, engine, display)
        finally:
            if display is not None:
                display.close()
        return finish(cfg, run_dir, backend, info, engine, cache, results, item_rows, timings, started, console)


def run_suites(
    suites: list[Any], engine: Engine, display: RunProgress | None
) -> tuple[list[SuiteResult], list[ItemScore], dict[str, float]]:
    """Each suite through the engine, in order; its results, item-score rows and wall times."""
    results: list[SuiteResult] = []
    timings: dict[str, float] = {}
    item_rows: list[ItemScore] = []
    for index, suite in enumerate(suites):
        t0 = time.perf_counter()
        if display is not None:
            display.start_suite(index)
        result = suite.run(engine.ask)
        results.append(result)
        item_rows += itemscores.rows(result)
        timings[suite.name] = round(time.perf_counter() - t0, 3)
        if display is not None:
            display.end_suite(suite_line(results[-1], suite.dimension))
    return results, item_rows, timings


def suite_line(result: SuiteResult, dimension: str) -> str:
    """``hallucination (hallucination): 400 items, 1,112 requests, 0 failed``."""
    answers = sum(len(rec.responses) for rec in result.records)
    failed = failed_count(result)
    return f"[bold]{result.suite}[/bold] ({dimension}): {len(result.records):,} items, {answers:,} requests, " + (
        f"[red]{failed:,} failed[/red]" if failed else "0 failed"
    )


def failed_count(result: SuiteResult) -> int:
    """Requests of the suite's records that came back as errors."""
    return sum(resp.error is not None for rec in result.records for resp in rec.responses)


def failed_requests(results: list[SuiteResult]) -> dict[str, int]:
    """Failed requests per dimension, for the summary table."""
    out: dict[str, int] = {}
    for r in results:
        out[r.dimension] = out.get(r.dimension, 0) + failed_count(r)
    return out


def plans(cfg: Any) -> list[Plan | None]:
    """Each suite's rehearsed size (slmtrust.run.progress): a fresh copy of the suite answered by
    stand-ins, with a token bootstrap, so the real suite object is untouched."""
    profile = OmegaConf.merge(cfg.profile, {"bootstrap_resamples": 2})
    out: list[Plan | None] = []
    for s in cfg.suites.values():
        try:
            rehearsal = build_suite(s, cfg.paths, profile, int(cfg.seed))
        except Exception:  # noqa: BLE001 - the real build already succeeded; a plan is optional
            out.append(None)
            continue
        out.append(rehearse(rehearsal.run))
    return out


def finish(
    cfg: Any,
    run_dir: Path,
    backend: Backend,
    info: Any,
    engine: Engine,
    cache: ResponseCache,
    results: list[SuiteResult],
    item_rows: list[ItemScore],
    timings: dict[str, float],
    started: float,
    console: Any,
) -> dict[str, Any]:
    """Write the suites' records, measure efficiency, build and write the scorecard."""
    # the suites' records first: hours of answers must survive whatever happens to the efficiency block
    record = RunRecord(run_dir)
    record.write_items(rec.to_dict(r.suite) for r in results for rec in r.records)
    record.write_item_scores(item_rows)
    record.write_suites([r.summary() for r in results])
    # the efficiency block (docs/efficiency.md); efficiency=off / efficiency.enabled=false skips it
    if console is not None and cfg.efficiency.enabled:
        console.print(f"[bold]efficiency[/bold] ({cfg.efficiency.name})")
    efficiency = run_efficiency(cfg, backend, console)
    model = {"id": info.id, **{k: v for k, v in info.to_dict().items() if k != "id"}}
    identities = [r.identity for r in results]
    meta = {
        "slmtrust_version": __version__,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "run_dir": str(run_dir),
        "profile": OmegaConf.to_container(cfg.profile, resolve=True),
        "seeds": {"run": int(cfg.seed), "model": int(cfg.model.seed)},
        "efficiency": efficiency,
    }
    from ..scoring import refusal

    detector = {"name": "slmtrust.refusal", "version": refusal.VERSION}
    meta["refusal_detector"] = refusal.labelled_report(suites_dir(cfg.paths)) or {**detector, "n": 0}
    scorers = {"refusal": detector}
    scorers.update({r.suite: r.identity["scorer"] for r in results if r.identity.get("scorer")})
    card = scorecard.build(model, results, meta, scorers=scorers)
    failures = failed_suites(results, float(cfg.max_error_share))
    card["status"] = "failed" if failures else "complete"
    card["failures"] = failures
    extra = {
        "seeds": meta["seeds"],
        "timings_s": {**timings, "total": round(time.time() - started, 3)},
        "engine": vars(engine.stats),
        "cache": str(cache.path) if cfg.use_cache else None,
        "comparability_key": card["comparability_key"],
        "efficiency": efficiency,
    }
    record.write_manifest(manifest(model, identities, extra))
    record.write_scorecard(card)
    cache.close()
    if console is not None:
        console.print(scorecard.render_table(card, failed_requests(results)))
    return card


def failed_suites(results: list[SuiteResult], max_error_share: float) -> list[dict[str, Any]]:
    """Suites whose figures cannot be trusted because the model did not answer: more than
    ``max_error_share`` of their requests failed (a dead server, a crashing backend), or no item
    was scored at all. A run with any of them is marked failed, exits non-zero and is not ranked."""
    out = []
    for r in results:
        answers = [resp for rec in r.records for resp in rec.responses]
        errors = [a.error for a in answers if a.error is not None]
        if not answers or r.score.n == 0:
            reason = "no item was scored" + (f" ({len(errors)} of {len(answers)} requests failed)" if errors else "")
        elif len(errors) > max_error_share * len(answers):
            reason = f"{len(errors)} of {len(answers)} requests failed (more than {max_error_share:.0%})"
        else:
            continue
        if errors:
            reason += f"; first error: {errors[0][:160]}"
        out.append({"suite": r.suite, "reason": reason})
    return out


def run_efficiency(cfg: Any, backend: Backend, console: Any = None) -> dict[str, Any]:
    """The efficiency block, or a block that says why it is missing: a failure here (an odd
    model, a bad setting only the loaded model reveals) must not cost the suites' results."""
    from ..efficiency.measure import measure_for_run

    try:
        return measure_for_run(cfg, backend, progress=bool(cfg.progress))
    except Exception as exc:  # noqa: BLE001 - reported in the scorecard and on the console, not swallowed
        reason = f"efficiency failed: {describe(exc)}"
        log.warning("%s", reason)
        if console is not None:
            console.print(f"[yellow]{reason}; the suites' results are kept[/yellow]")
        return {"enabled": True, "skipped": reason}
