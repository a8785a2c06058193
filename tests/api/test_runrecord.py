"""The run record: what a run writes is what its readers get back, and each kind of damage is one
clear line naming the file (and line) instead of a traceback or a silently shortened result."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from slmtrust.api.runrecord import (
    CONFIG,
    ITEM_SCORES,
    ITEMS,
    MANIFEST,
    RUN_FILES,
    SCHEMA_VERSION,
    SCORECARD,
    SUITES,
    RecordError,
    RunRecord,
)

REFERENCE = sorted((Path(__file__).resolve().parents[2] / "results" / "parts").glob("*/*/suites.json"))


@pytest.fixture()
def run(tmp_path: Path) -> Path:
    """A copy of a committed schema-2 part (it holds every file a run writes)."""
    source = next(p.parent for p in REFERENCE if json.loads(p.read_text())["schema_version"] == SCHEMA_VERSION)
    shutil.copytree(source, tmp_path / "run")
    return tmp_path / "run"


def test_a_committed_record_loads_whole(run: Path) -> None:
    record = RunRecord.load(run)
    assert record.scorecard["schema_version"] == SCHEMA_VERSION
    assert record.config["profile"]["name"] == record.scorecard["profile"]["name"]
    assert [s["suite"] for s in record.suites] == [i["name"] for i in record.manifest["suites"]]
    rows = [json.loads(line) for line in (run / ITEM_SCORES).read_text().splitlines()]
    assert sum(len(v) for v in record.item_scores.values()) == len(
        {(r["suite"], r["part"], r["item_id"]) for r in rows}
    )
    assert all(isinstance(row["item_id"], str | int) for row in record.items())


@pytest.mark.parametrize("name", RUN_FILES)
def test_load_rejects_a_missing_file(run: Path, name: str) -> None:
    (run / name).unlink()
    with pytest.raises(RecordError) as err:
        RunRecord.load(run)
    assert str(err.value).startswith(f"{run}: not a complete run record, missing {name}")
    assert "\n" not in str(err.value)
    RunRecord.load(run, need=[n for n in RUN_FILES if n != name])  # a reader that does not need it is served


@pytest.mark.parametrize("name", [SCORECARD, SUITES])
@pytest.mark.parametrize("version", ["3", "0", None])
def test_load_rejects_a_schema_version_it_does_not_read(run: Path, name: str, version: str | None) -> None:
    data = json.loads((run / name).read_text())
    data["schema_version"] = version
    (run / name).write_text(json.dumps(data))
    with pytest.raises(RecordError) as err:
        RunRecord.load(run)
    assert err.value.path == run / name
    assert f"schema_version {version!r}" in str(err.value) or "no schema_version" in str(err.value)


def test_a_schema_1_scorecard_is_readable_but_its_suites_file_is_not(run: Path) -> None:
    """The leaderboard reads schema-1 scorecards (older reference runs); merge rebuilds
    scorecards from suites.json, which only the current definitions can do."""
    for name in (SCORECARD, SUITES):
        data = json.loads((run / name).read_text())
        data["schema_version"] = "1"
        (run / name).write_text(json.dumps(data))
    assert RunRecord.load(run, need=[SCORECARD]).scorecard["schema_version"] == "1"
    with pytest.raises(RecordError, match=f"schema_version '1', this slmtrust reads '{SCHEMA_VERSION}'"):
        RunRecord.load(run, need=[SUITES])


@pytest.mark.parametrize(
    "name,line,problem",
    [
        (ITEMS, '{"suite": "s", "part"', "not valid JSON"),
        (ITEMS, "[1, 2]", "expected a JSON object, got list"),
        (ITEMS, '{"suite": "s", "part": "p"}', "missing field(s) item_id"),
        (ITEM_SCORES, '{"dimension": "d", "suite": "s", "part": "p", "item_id": "1"}', "missing field(s) value"),
        (ITEM_SCORES, '{"dimension": "d", "suite": "s", "part": "p", "item_id": "1", "value": "x"}', "'value'"),
    ],
)
def test_load_rejects_a_malformed_line_naming_file_and_line(run: Path, name: str, line: str, problem: str) -> None:
    lines = (run / name).read_text().splitlines()
    lines.insert(1, line)
    (run / name).write_text("\n".join(lines) + "\n")
    with pytest.raises(RecordError) as err:
        RunRecord.load(run)
    message = str(err.value)
    assert err.value.path == run / name and problem in message and "\n" not in message
    if "line" in err.value.problem:
        assert err.value.problem.startswith("line 2: ")


@pytest.mark.parametrize(
    "name,content,problem",
    [
        (SCORECARD, "{not json", "not valid JSON (line 1"),
        (SCORECARD, '{"schema_version": "2"}', "missing field(s) model, comparability_key, overall, dimensions"),
        (MANIFEST, "[]", "expected a JSON object, got list"),
        (CONFIG, "a: [1, 2", "not a readable YAML mapping"),
        (CONFIG, "- 1\n- 2\n", "expected a YAML mapping, got list"),
        (SUITES, '{"schema_version": "2", "suites": {}}', "'suites' must be a list of objects"),
    ],
)
def test_load_rejects_a_damaged_file(run: Path, name: str, content: str, problem: str) -> None:
    (run / name).write_text(content)
    with pytest.raises(RecordError) as err:
        RunRecord.load(run)
    assert err.value.path == run / name and problem in err.value.problem, str(err.value)


def test_binary_garbage_is_a_record_error(run: Path) -> None:
    for name in (ITEMS, SCORECARD):
        data = (run / name).read_bytes()
        (run / name).write_bytes(b"\xff\xfe" + data)
        with pytest.raises(RecordError, match="not UTF-8 text"):
            RunRecord.load(run)
        (run / name).write_bytes(data)
    RunRecord.load(run)


def test_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="no such run folder"):
        RunRecord.load(tmp_path / "nowhere")


def test_what_is_written_reads_back(run: Path, tmp_path: Path) -> None:
    source = RunRecord.load(run)
    copy = RunRecord(tmp_path / "copy")
    copy.write_config((run / CONFIG).read_text())
    copy.write_manifest(source.manifest)
    copy.write_scorecard(source.scorecard)
    copy.write_suites(source.suites)
    copy.write_items(source.items())
    copy.write_item_scores(source.item_score_rows())
    again = RunRecord.load(copy.run_dir)
    assert again.config == source.config and again.manifest == source.manifest
    assert again.scorecard == source.scorecard and again.suites == source.suites
    assert list(again.items()) == list(source.items()) and again.item_scores == source.item_scores
    for name in (SCORECARD, SUITES, ITEMS, ITEM_SCORES):  # same bytes: the writers are the runner's
        assert (copy.run_dir / name).read_bytes() == (run / name).read_bytes(), name


def test_an_invalid_scorecard_is_never_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="missing field"):
        RunRecord(tmp_path).write_scorecard({"schema_version": SCHEMA_VERSION})
    assert not (tmp_path / SCORECARD).exists()
