"""Merging runs of different suites: the merged scorecard equals one run of all of them, and
runs that must not merge (other seed, same suite twice, edited summaries) are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slmtrust.cli import main
from slmtrust.models.scripted import ScriptedBackend
from slmtrust.report.merge import merge
from slmtrust.report.reproduce import compare
from slmtrust.run.runner import execute
from slmtrust.util.errors import SlmtrustError
from tests.conftest import REPO
from tests.helpers.scripts import guesser

SUITES = "suite=[misinformation,toxicity]"


def hedger(request) -> list[str]:
    """Doubts every claim, in words about the prompt; a sampled request gets n different texts."""
    topic = " ".join(request.messages[-1].content.split()[-4:])
    return [
        f"As far as I know, the claim that {topic} is doubtful and it may be false ({i})." for i in range(request.gen.n)
    ]


@pytest.fixture
def runs(make_cfg, tmp_path: Path):
    """One run of both suites and one run of each, same model, profile and seed (a profile with
    no suite options of its own, so that parts recorded before the field existed can match it:
    full, capped)."""

    def run(folder: str, *overrides: str) -> tuple[dict, Path]:
        cfg = make_cfg("profile=full", *overrides, "profile.max_items=6", suites=REPO / "suites")
        backend = ScriptedBackend(generate_fn=hedger, score_fn=guesser.score, name="hedger")
        return execute(cfg, tmp_path / folder, backend=backend), tmp_path / folder

    both, both_dir = run("both", SUITES)
    _, misinfo = run("misinfo", "suite=misinformation")
    _, toxicity = run("toxicity", "suite=toxicity")
    return {"both": (both, both_dir), "misinfo": misinfo, "toxicity": toxicity, "run": run}


def test_merged_scorecard_equals_one_run_of_all_suites(runs, tmp_path: Path) -> None:
    both, both_dir = runs["both"]
    for names, out in ((["misinfo", "toxicity"], "m1"), (["toxicity", "misinfo"], "m2")):
        merged = merge([runs[n] for n in names], tmp_path / out)
        assert compare(both, merged) == []
        assert merged["comparability_key"] == both["comparability_key"]
        assert merged["overall"] == both["overall"] and merged["overall"]["ci"] is not None
        assert merged["dimensions"] == both["dimensions"]
        assert [p["run_dir"] for p in merged["merged_from"]] == [str(runs[n]) for n in names]
    out = tmp_path / "m1"
    on_disk = json.loads((out / "scorecard.json").read_text())
    assert on_disk["comparability_key"] == both["comparability_key"]
    lines = lambda d, name: sorted((d / name).read_text().splitlines())  # noqa: E731
    assert lines(out, "item_scores.jsonl") == lines(both_dir, "item_scores.jsonl")
    assert lines(out, "items.jsonl") == lines(both_dir, "items.jsonl")
    manifest = json.loads((out / "manifest.json").read_text())
    assert len(manifest["parts"]) == 2 and set(manifest["timings_s"]) == {"misinformation", "toxicity", "total"}
    assert manifest["engine"]["requested"] == sum(
        json.loads((d / "manifest.json").read_text())["engine"]["requested"]
        for d in (runs["misinfo"], runs["toxicity"])
    )
    from omegaconf import OmegaConf

    assert list(OmegaConf.load(out / "config.yaml").suites) == ["misinformation", "toxicity"]
    assert not list(tmp_path.glob(".m1.*.tmp"))  # the staging folder became m1


def test_runs_that_must_not_merge_are_refused(runs, tmp_path: Path) -> None:
    misinfo, toxicity = runs["misinfo"], runs["toxicity"]
    with pytest.raises(SlmtrustError, match="suite 'misinformation' is in both"):
        merge([misinfo, misinfo], tmp_path / "x")
    _, other_seed = runs["run"]("seed5", "suite=toxicity", "seed=5")
    with pytest.raises(SlmtrustError, match="'seed' differs"):
        merge([misinfo, other_seed], tmp_path / "x")
    with pytest.raises(SlmtrustError, match="at least two"):
        merge([misinfo], tmp_path / "x")
    edited = json.loads((toxicity / "suites.json").read_text())
    edited["suites"][0]["score"]["value"] += 5
    (toxicity / "suites.json").write_text(json.dumps(edited))
    with pytest.raises(SlmtrustError, match="does not rebuild scorecard.json"):
        merge([misinfo, toxicity], tmp_path / "x")
    (toxicity / "suites.json").unlink()
    with pytest.raises(SlmtrustError, match="missing suites.json"):
        merge([misinfo, toxicity], tmp_path / "x")
    assert not (tmp_path / "x").exists()


def test_parts_from_before_profile_suite_options_merge_and_other_suite_options_do_not(runs, tmp_path: Path) -> None:
    from omegaconf import OmegaConf

    misinfo, toxicity = runs["misinfo"], runs["toxicity"]
    recorded = OmegaConf.load(misinfo / "config.yaml")
    assert OmegaConf.to_container(recorded.profile.suite_options) == {}
    del recorded.profile["suite_options"]  # as a part recorded before the field existed
    OmegaConf.save(recorded, misinfo / "config.yaml")
    both, _ = runs["both"]
    assert merge([misinfo, toxicity], tmp_path / "old-and-new")["dimensions"] == both["dimensions"]
    _, tuned = runs["run"]("tuned", "suite=toxicity", "+profile.suite_options.privacy.canary_candidates=8")
    with pytest.raises(SlmtrustError, match="'profile' differs"):
        merge([misinfo, tuned], tmp_path / "x")


def test_merge_command(runs, tmp_path: Path, capsys) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    args = ["merge", str(runs["misinfo"]), str(runs["toxicity"])]
    assert main([*args, "--out", str(busy)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --out") and "not an empty folder" in err and "Traceback" not in err
    assert (busy / "keep.txt").read_text() == "mine" and len(list(busy.iterdir())) == 1
    assert main([*args, "--out", str(tmp_path / "merged")]) == 0
    assert "merged 2 runs (toxicity, misinformation)" in capsys.readouterr().out
    assert main(["merge", str(tmp_path / "nothing"), str(runs["toxicity"])]) == 2
    assert "no such run folder" in capsys.readouterr().err


def test_merged_and_written_records_are_readable_like_any_file_the_user_makes(runs, tmp_path: Path) -> None:
    """tempfile makes private files and folders; a results folder shared with a team should not be."""
    import os

    mask = os.umask(0o022)
    try:
        merge([runs["misinfo"], runs["toxicity"]], tmp_path / "merged")
    finally:
        os.umask(mask)
    assert (tmp_path / "merged").stat().st_mode & 0o777 == 0o755
    assert {p.name: p.stat().st_mode & 0o777 for p in (tmp_path / "merged").iterdir()} == {
        p.name: 0o644 for p in (tmp_path / "merged").iterdir()
    }
