"""Suite data: every folder carries a valid datasheet whose hashes match the bytes, and
every seeded generator rebuilds its files byte for byte."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from slmtrust.util import datasheet

SUITES = Path(__file__).resolve().parents[2] / "suites"
FOLDERS = sorted(p.parent.name for p in SUITES.glob("*/datasheet.yaml"))


def test_there_are_suites() -> None:
    assert "hallucination" in FOLDERS


@pytest.mark.parametrize("name", FOLDERS)
def test_datasheet_is_complete_and_current(name: str) -> None:
    sheet = datasheet.load(SUITES / name)
    assert sheet["name"] == name and sheet["licence"] and sheet["sources"]
    assert datasheet.verify(SUITES / name) == []


@pytest.mark.parametrize("name", [n for n in FOLDERS if (SUITES / n / "build.py").is_file()])
def test_generator_rebuilds_identical_files(name: str, tmp_path: Path) -> None:
    copy = tmp_path / "suites"
    shutil.copytree(SUITES, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = yaml.safe_load((copy / name / "datasheet.yaml").read_text())["files"]
    proc = subprocess.run(
        [sys.executable, str(copy / name / "build.py")], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    after, _ = datasheet.folder_hashes(copy / name)
    assert after == before


def test_verify_catches_an_edit(tmp_path: Path) -> None:
    copy = tmp_path / "hallucination"
    shutil.copytree(SUITES / "hallucination", copy)
    target = next(copy.glob("*.jsonl"))
    target.write_text(target.read_text().replace("?", "?!", 1))
    problems = datasheet.verify(copy)
    assert any(target.name in p for p in problems) and any("stale" in p for p in problems)
