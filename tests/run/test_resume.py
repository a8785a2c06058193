"""A run killed with SIGKILL resumes from the cache: nothing recomputed, nothing lost,
and the same scorecard as an uninterrupted run. Then `reproduce` on the record."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from slmtrust.report.reproduce import compare
from slmtrust.util import datasheet

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]


def cli(*args: str, cache: Path, results: Path, suites: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "slmtrust",
        "run",
        "model=scripted",
        "model.options.script=tests.helpers.scripts:slow_oracle",
        "suite=hallucination",
        "suites.hallucination.options.parts=[answerable_mc]",
        "hardware.batch_size=2",
        "progress=false",
        f"paths.suites={suites}",
        f"paths.cache={cache}",
        f"paths.results={results}",
        *args,
    ]


def cached_rows(cache: Path) -> int:
    db = cache / "responses.sqlite"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return con.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def only_run(results: Path) -> Path:
    runs = [p.parent for p in results.rglob("scorecard.json")]
    assert len(runs) == 1, runs
    return runs[0]


def test_sigkill_then_resume(tmp_path, mini_suites) -> None:
    cache, results = tmp_path / "cache", tmp_path / "results"
    proc = subprocess.Popen(
        cli(cache=cache, results=results, suites=mini_suites),
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.time() + 60
    while cached_rows(cache) < 8 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = cached_rows(cache)
    assert 8 <= done_before < 40, "killed mid-way"
    assert not list(results.rglob("scorecard.json")), "no scorecard from the killed run"

    resumed = subprocess.run(
        cli(cache=cache, results=tmp_path / "resumed", suites=mini_suites),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert resumed.returncode == 0, resumed.stderr
    run_dir = only_run(tmp_path / "resumed")
    engine = json.loads((run_dir / "manifest.json").read_text())["engine"]
    assert engine["cache_hits"] == done_before and engine["model_calls"] == 40 - done_before

    fresh = subprocess.run(
        cli(cache=tmp_path / "cache2", results=tmp_path / "fresh", suites=mini_suites),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert fresh.returncode == 0, fresh.stderr
    a = json.loads((run_dir / "scorecard.json").read_text())
    b = json.loads((only_run(tmp_path / "fresh") / "scorecard.json").read_text())
    assert compare(a, b) == []

    # reproduce: re-runs from the record with fresh model calls and finds no difference
    rep = subprocess.run(
        [sys.executable, "-m", "slmtrust", "reproduce", str(run_dir), "--results", str(tmp_path / "rep")]
        + ["--allow-code", "tests.helpers.scripts:slow_oracle"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert rep.returncode == 0 and "identical" in rep.stdout, rep.stdout + rep.stderr


def test_malformed_suite_line_is_one_line_error(tmp_path, mini_suites) -> None:
    path = mini_suites / "hallucination" / "answerable.jsonl"
    lines = path.read_text().splitlines()
    lines[4] = lines[4][:-5]
    path.write_text("\n".join(lines) + "\n")
    datasheet.refresh(path.parent)  # the hashes follow the edit: the line itself is what is bad
    proc = subprocess.run(
        cli(cache=tmp_path / "c", results=tmp_path / "r", suites=mini_suites),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    err = proc.stderr.strip().splitlines()
    assert len(err) == 1 and f"{path}:5: invalid JSON" in err[0], proc.stderr


def test_missing_model_path_is_one_line_error(tmp_path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "slmtrust",
            "run",
            "model=hf",
            f"model.path={tmp_path}/nope",
            f"paths.cache={tmp_path}/c",
            f"paths.results={tmp_path}/r",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [f"error: model.path={tmp_path}/nope: no such file or directory"]


def test_multirun_writes_one_run_per_job(tmp_path, mini_suites) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "slmtrust",
            "run",
            "-m",
            "model=scripted",
            "model.name=oracle,guesser",
            "model.options.script=tests.helpers.scripts:oracle",
            "suite=hallucination",
            "suites.hallucination.options.parts=[answerable_mc]",
            "progress=false",
            f"paths.suites={mini_suites}",
            f"paths.cache={tmp_path / 'c'}",
            f"paths.results={tmp_path / 'r'}",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    cards = sorted((tmp_path / "r").glob("*/*/scorecard.json"))
    assert [c.parent.parent.name for c in cards] == ["guesser", "oracle"]
    assert all(json.loads(c.read_text())["dimensions"]["hallucination"]["n"] == 40 for c in cards)
