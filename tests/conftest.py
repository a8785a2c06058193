from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hydra import compose, initialize_config_dir

from slmtrust.api.config import CONF_DIR, register
from slmtrust.util import datasheet

REPO = Path(__file__).resolve().parents[1]


def write_suite_folder(folder: Path, files: dict[str, list[dict]], generator: str = "tests") -> Path:
    """A suite folder written by a test: one JSONL file per part plus a minimal, refreshed datasheet."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in files.items():
        (folder / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (folder / "datasheet.yaml").write_text(
        f"name: {folder.name}\nversion: '1'\nlicence: CC-BY-4.0\ndescription: test fixture\n"
        f"sources: [tests]\ngenerator: {generator}\n"
    )
    datasheet.refresh(folder)
    return folder


def write_mini_suites(root: Path, n: int = 40) -> Path:
    """A small hallucination-format suite written by the test (seeded), with its datasheet."""
    rng = random.Random(7)
    rows = []
    for i in range(n):
        a, b = rng.randint(2, 40), rng.randint(2, 40)
        wrong = rng.sample([x for x in range(4, 1600) if x != a * b], 3)
        rows.append(
            {
                "id": f"mini-{i:03d}",
                "domain": "arithmetic",
                "question": f"What is {a} times {b}?",
                "answer": str(a * b),
                "aliases": [str(a * b)],
                "wrong": [str(w) for w in wrong],
            }
        )
    write_suite_folder(root / "hallucination", {"answerable": rows}, "tests/conftest.py")
    return root


@pytest.fixture
def mini_suites(tmp_path: Path) -> Path:
    return write_mini_suites(tmp_path / "suites")


@pytest.fixture
def make_cfg(tmp_path: Path, mini_suites: Path):
    """Compose the real conf/ with test paths; extra overrides as arguments."""

    def make(*overrides: str, suites: Path | None = None):
        register()
        base = [
            f"paths.suites={suites or mini_suites}",
            f"paths.cache={tmp_path / 'cache'}",
            f"paths.results={tmp_path / 'results'}",
            "progress=false",
            "efficiency=off",  # measured in tests/efficiency/test_efficiency.py; keeps suite tests fast
        ]
        with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
            return compose("config", overrides=[*base, *overrides])

    return make


@pytest.fixture
def run_tiny_random(make_cfg, tmp_path: Path, shared_cache: Path):
    """Run one shipped suite end to end on tiny-random (3 items a part); returns the scorecard and item rows."""

    def run(suite: str, *overrides: str) -> tuple[dict, list[dict]]:
        from slmtrust.run.runner import execute

        cfg = make_cfg(
            f"suite={suite}",
            "model=tiny-random",
            "hardware=cpu",
            "profile.max_items=3",
            f"paths.cache={shared_cache}",
            *overrides,
            suites=REPO / "suites",
        )
        card = execute(cfg, tmp_path / "tiny")
        items = [json.loads(line) for line in (tmp_path / "tiny" / "items.jsonl").read_text().splitlines()]
        return card, items

    return run


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory) -> Path:
    """One model cache for the whole session, so the GGUF is de-quantised once."""
    import os

    env = os.environ.get("SLMTRUST_TEST_CACHE")
    return Path(env) if env else tmp_path_factory.mktemp("model-cache")
