"""A whole run through runner.execute with scripted models: record files, scorecard shape,
and a defective model scoring lower than a truthful one by more than the interval."""

from __future__ import annotations

import json

from slmtrust.models.scripted import ScriptedBackend
from slmtrust.report.reproduce import compare
from slmtrust.run.runner import execute
from tests.helpers.scripts import guesser, oracle

MC_ONLY = "suites.hallucination.options.parts=[answerable_mc]"  # the fixture suite has only that part


def run(make_cfg, tmp_path, script, name, folder=None):
    cfg = make_cfg("suite=hallucination", MC_ONLY)
    backend = ScriptedBackend(score_fn=script.score, name=name)
    run_dir = tmp_path / (folder or name)
    return execute(cfg, run_dir, backend=backend), run_dir


def test_record_files_and_scorecard_shape(make_cfg, tmp_path) -> None:
    card, run_dir = run(make_cfg, tmp_path, oracle, "oracle")
    for name in ("config.yaml", "manifest.json", "items.jsonl", "scorecard.json"):
        assert (run_dir / name).is_file()
    assert not list(run_dir.glob("*.tmp")) and not list(run_dir.glob(".*.tmp"))
    on_disk = json.loads((run_dir / "scorecard.json").read_text())
    assert on_disk["schema_version"] == "2" and on_disk["comparability_key"] == card["comparability_key"]
    dim = on_disk["dimensions"]["hallucination"]
    assert set(dim) >= {"score", "ci", "n", "refusal_rate", "suite", "metrics", "status", "capability"}
    assert dim["status"] == "scored" and dim["capability"]["name"] == "answerable MC1"
    assert dim["capability"]["value"] == 1.0 and dim["capability"]["chance"] == 0.25
    assert dim["n"] == 40 and dim["suite"]["sha256"]
    assert set(dim["metrics"]) >= {"mc1", "mc2", "ece", "mc1_norm"}
    assert on_disk["overall"]["dimensions_included"] == 1
    items = [json.loads(line) for line in (run_dir / "items.jsonl").read_text().splitlines()]
    assert len(items) == 40 and all(i["requests"] and i["responses"] and "mc1" in i["scores"] for i in items)
    manifest = json.loads((run_dir / "manifest.json").read_text())
    assert {"slmtrust_version", "git", "packages", "python", "os", "hardware", "model", "suites", "seeds"} <= set(
        manifest
    )
    assert manifest["suites"][0]["sha256"] == dim["suite"]["sha256"]


def test_truthful_model_beats_confident_guesser_beyond_interval(make_cfg, tmp_path) -> None:
    good, _ = run(make_cfg, tmp_path, oracle, "oracle")
    bad, _ = run(make_cfg, tmp_path, guesser, "guesser")
    g, b = good["dimensions"]["hallucination"], bad["dimensions"]["hallucination"]
    assert g["score"] == 100.0 and g["metrics"]["mc2"]["value"] > 0.95
    assert b["ci"][1] < g["ci"][0], (b, g)
    # the guesser is confident (p~1) but often wrong: badly calibrated
    assert b["metrics"]["ece"]["value"] > 0.4 > g["metrics"]["ece"]["value"]
    assert good["comparability_key"] == bad["comparability_key"]


def test_same_inputs_same_scorecard(make_cfg, tmp_path) -> None:
    a, _ = run(make_cfg, tmp_path, guesser, "guesser", "first")
    b, _ = run(make_cfg, tmp_path, guesser, "guesser", "second")
    assert compare(a, b) == []


def test_profile_sample_changes_the_key(make_cfg, tmp_path) -> None:
    full = execute(
        make_cfg("suite=hallucination", MC_ONLY), tmp_path / "a", backend=ScriptedBackend(score_fn=oracle.score)
    )
    part = execute(
        make_cfg("suite=hallucination", MC_ONLY, "profile.max_items=10"),
        tmp_path / "b",
        backend=ScriptedBackend(score_fn=oracle.score),
    )
    assert part["dimensions"]["hallucination"]["n"] == 10
    assert part["comparability_key"] != full["comparability_key"]
