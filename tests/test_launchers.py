"""Scale-out through Hydra launchers: the launcher configs compose and build their launcher
objects; a joblib multirun of two jobs writes two runs that share one response cache; and the
cache keeps every row intact when several processes write to it at once."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hydra import compose, initialize_config_dir
from hydra.utils import instantiate

from slmtrust.api.config import CONF_DIR, register
from slmtrust.api.types import Response
from slmtrust.models.cache import ResponseCache

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("launcher", "target", "field", "value"),
    [
        ("parallel", "JoblibLauncher", "n_jobs", 2),
        ("slurm", "SlurmLauncher", "timeout_min", 240),
        ("submitit_local", "LocalLauncher", "timeout_min", 60),
    ],
)
def test_launcher_configs_compose_and_build(launcher: str, target: str, field: str, value: int) -> None:
    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        cfg = compose("config", overrides=[f"hydra/launcher={launcher}", "model=tiny-random"], return_hydra_config=True)
    assert cfg.hydra.launcher[field] == value
    built = instantiate(cfg.hydra.launcher)
    assert type(built).__name__ == target


def test_ray_launcher_composes_and_builds_when_installed() -> None:
    pytest.importorskip(
        "hydra_plugins.hydra_ray_launcher", reason="hydra-ray-launcher lives in its own venv (pip install '.[ray]')"
    )
    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        overrides = ["hydra/launcher=ray", "+hydra.launcher.ray.init.num_cpus=2", "model=tiny-random"]
        cfg = compose("config", overrides=overrides, return_hydra_config=True)
    assert cfg.hydra.launcher.ray.init.num_cpus == 2
    assert type(instantiate(cfg.hydra.launcher)).__name__ == "RayLauncher"


def _writer(path: str, worker: int, rounds: int) -> None:
    cache = ResponseCache(path)
    for r in range(rounds):
        shared = [(f"shared-{r}-{i}", Response(texts=[f"same answer {r}-{i}"])) for i in range(20)]
        own = [(f"w{worker}-{r}-{i}", Response(logprobs=[-float(i), -1.5], token_counts=[1, 2])) for i in range(20)]
        cache.put_many(f"model-{worker}", shared + own)
    cache.close()


def test_cache_is_safe_under_concurrent_writers(tmp_path: Path) -> None:
    path = tmp_path / "responses.sqlite"
    ResponseCache(path).close()
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(path), w, 15)) for w in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = db.execute("SELECT key, response FROM responses").fetchall()
    assert len(rows) == 15 * 20 + 3 * 15 * 20  # shared keys once, every worker's own keys
    for key, text in rows:
        data = json.loads(text)
        if key.startswith("shared"):
            assert data == {"texts": [f"same answer {key.split('-', 1)[1]}"]}
        else:
            assert data["logprobs"][0] == -float(key.rsplit("-", 1)[1]) and data["token_counts"] == [1, 2]


@pytest.mark.slow
def test_joblib_multirun_writes_two_runs_sharing_the_cache(tmp_path: Path, mini_suites: Path) -> None:
    results, cache = tmp_path / "results", tmp_path / "cache"
    args = [
        sys.executable,
        "-m",
        "slmtrust",
        "run",
        "-m",
        "hydra/launcher=parallel",
        "model=scripted",
        "model.options.script=tests.helpers.scripts:oracle,tests.helpers.scripts:guesser",
        "suite=hallucination",
        "suites.hallucination.options.parts=[answerable_mc]",
        f"paths.suites={mini_suites}",
        f"paths.results={results}",
        f"paths.cache={cache}",
        "progress=false",
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Joblib.Parallel(n_jobs=2" in proc.stdout + proc.stderr  # the jobs really went through joblib
    cards = sorted(results.glob("scripted/*/scorecard.json"))
    assert len(cards) == 2, proc.stdout[-2000:]
    scores = sorted(json.loads(c.read_text())["dimensions"]["hallucination"]["score"] for c in cards)
    assert scores[1] == 100.0 and scores[0] < 100.0  # the oracle and the guesser, one run each
    db = sqlite3.connect(cache / "responses.sqlite")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT COUNT(DISTINCT model) FROM responses").fetchone()[0] == 2
    assert db.execute("SELECT COUNT(*) FROM responses").fetchone()[0] == 2 * 40
