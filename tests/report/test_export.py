"""Exports other tools open (Inspect eval logs, lm-eval results.json, a long CSV) and the
published JSON Schema of scorecard.json, checked with the real readers of those tools."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pandas as pd
import pytest

from slmtrust.api import schema
from slmtrust.cli import main
from tests.cli.test_bad_input import BROKEN_CARDS, GOOD

REPO = Path(__file__).resolve().parents[2]
COMMITTED = sorted(
    p for folder in ("reference", "parts") for p in (REPO / "results" / folder).glob("*/*/scorecard.json")
)
REFERENCE = sorted(p.parent for p in (REPO / "results" / "reference").glob("*/*/scorecard.json"))


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    """A whole run record (every item in items.jsonl) of the scripted oracle on a tiny suite."""
    from tests.conftest import write_mini_suites

    tmp = tmp_path_factory.mktemp("export")
    suites = write_mini_suites(tmp / "suites")
    args = [
        "run", "model=scripted", "model.options.script=tests.helpers.scripts:guesser", "suite=hallucination",
        "suites.hallucination.options.parts=[answerable_mc]", "progress=false", "efficiency=off",
        f"paths.suites={suites}", f"paths.cache={tmp / 'cache'}", f"paths.results={tmp / 'results'}",
    ]  # fmt: skip
    assert main(args) == 0
    return next((tmp / "results").rglob("scorecard.json")).parent


def items_of(run: Path, suite: str) -> int:
    return sum(json.loads(line)["suite"] == suite for line in (run / "items.jsonl").read_text().splitlines())


def test_long_csv_has_every_figure(run_dir, tmp_path) -> None:
    assert main(["export", str(run_dir), "--format", "long-csv", "--out", str(tmp_path)]) == 0
    frame = pd.read_csv(tmp_path / "scores_long.csv")
    card = json.loads((run_dir / "scorecard.json").read_text())
    dim = card["dimensions"]["hallucination"]
    row = frame[(frame.dimension == "hallucination") & (frame.metric == "score")].iloc[0]
    assert row.value == pytest.approx(dim["score"]) and row.ci_low == pytest.approx(dim["ci"][0]) and row.n == dim["n"]
    assert set(dim["metrics"]) <= set(frame.metric)
    mc1 = frame[frame.metric == "mc1"].iloc[0]
    assert mc1.value == pytest.approx(dim["metrics"]["mc1"]["value"])
    overall = frame[frame.dimension == "overall"].iloc[0]
    assert overall.value == pytest.approx(card["overall"]["score"]) and overall.status == "complete"


def test_lm_eval_results_json_reads_in_lm_eval(run_dir, tmp_path) -> None:
    from lm_eval.utils import make_table

    assert main(["export", str(run_dir), "--format", "lm-eval", "--out", str(tmp_path)]) == 0
    results = json.loads((tmp_path / "results.json").read_text())
    card = json.loads((run_dir / "scorecard.json").read_text())
    dim = card["dimensions"]["hallucination"]
    task = results["results"]["hallucination"]
    assert task["score,none"] == pytest.approx(dim["score"])
    assert task["score_stderr,none"] == pytest.approx((dim["ci"][1] - dim["ci"][0]) / (2 * 1.959964))
    assert task["mc1,none"] == pytest.approx(dim["metrics"]["mc1"]["value"])
    assert results["n-samples"]["hallucination"]["effective"] == dim["n"]
    table = make_table(results)  # lm-eval's own rendering of a results dict
    assert "hallucination" in table and "mc1" in table and f"{dim['metrics']['mc1']['value']:.4f}" in table


def test_inspect_log_opens_with_inspect_ai(run_dir, tmp_path) -> None:
    log_module = pytest.importorskip("inspect_ai.log")
    assert main(["export", str(run_dir), "--format", "inspect", "--out", str(tmp_path)]) == 0
    log = log_module.read_eval_log(str(tmp_path / "hallucination.eval"))
    assert log.status == "success" and log.eval.task == "slmtrust/hallucination"
    assert len(log.samples) == items_of(run_dir, "hallucination") == 40
    values = {
        (r["part"], r["item_id"]): r["value"]
        for r in map(json.loads, (run_dir / "item_scores.jsonl").read_text().splitlines())
    }
    rows = {(r["part"], r["item_id"]): r for r in map(json.loads, (run_dir / "items.jsonl").read_text().splitlines())}
    for sample in log.samples:
        part, item = sample.id.split("/", 1)
        assert sample.scores["slmtrust"].value == pytest.approx(values[(part, item)])
        row = rows[(part, item)]
        lps = row["responses"][0]["logprobs"]
        assert sample.output.completion == row["requests"][0]["continuations"][lps.index(max(lps))]
    card = json.loads((run_dir / "scorecard.json").read_text())
    assert log.results.scores[0].metrics["score"].value == pytest.approx(card["dimensions"]["hallucination"]["score"])


@pytest.mark.parametrize("run", REFERENCE, ids=lambda p: p.parent.name)
def test_inspect_log_of_a_reference_run(run, tmp_path) -> None:
    log_module = pytest.importorskip("inspect_ai.log")
    assert main(["export", str(run), "--format", "inspect", "--out", str(tmp_path)]) == 0
    card = json.loads((run / "scorecard.json").read_text())
    for dim, block in card["dimensions"].items():
        log = log_module.read_eval_log(str(tmp_path / f"{block['suite']['name']}.eval"))
        assert len(log.samples) == items_of(run, block["suite"]["name"])  # the rows kept in the compact export
        assert log.eval.metadata["dimension"] == dim


def test_published_schema_is_current() -> None:
    assert schema.PUBLISHED.read_text() == schema.text(), "run: python -m slmtrust.api.schema"


@pytest.mark.parametrize(
    "path", COMMITTED, ids=lambda p: f"{p.parent.parent.parent.name}/{p.parent.parent.name}/{p.parent.name}"
)
def test_every_committed_scorecard_validates(path: Path) -> None:
    jsonschema.validate(json.loads(path.read_text()), json.loads(schema.PUBLISHED.read_text()))


def test_a_fresh_scorecard_validates(run_dir) -> None:
    jsonschema.validate(json.loads((run_dir / "scorecard.json").read_text()), schema.json_schema())


@pytest.mark.parametrize("name", sorted(BROKEN_CARDS))
def test_schema_rejects_what_the_leaderboard_skips(name: str) -> None:
    patch, _ = BROKEN_CARDS[name]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**GOOD, **patch}, schema.json_schema())
    jsonschema.validate(GOOD, schema.json_schema())


@pytest.mark.parametrize(
    "args,needle",
    [
        (["export", "/nonexistent/run", "--format", "lm-eval"], "no such run folder"),
        (["export", "{run}", "--format", "parquet"], "invalid choice: 'parquet'"),
        (["export", "{run}"], "the following arguments are required: --format"),
        (["export", "{broken}", "--format", "long-csv"], "field 'overall' must be an object"),
    ],
)
def test_export_bad_input(run_dir, tmp_path, capsys, args: list[str], needle: str) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "scorecard.json").write_text(json.dumps({**GOOD, "overall": []}))
    rc = main([a.format(run=run_dir, broken=broken) for a in args])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and len(err) == 1 and needle in err[0], err
