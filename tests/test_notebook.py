"""The analysis notebook runs top to bottom on test results and shows their leaderboard."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.test_leaderboard import make_results

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def test_notebook_executes_on_test_results(tmp_path: Path, monkeypatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    results = make_results(tmp_path)
    cards = {
        json.loads(p.read_text())["model"]["id"]: json.loads(p.read_text())
        for p in results.rglob("scorecard.json")
        if p.parent.name == "run" and p.parent.parent.name != "small"
    }
    monkeypatch.setenv("SLMTRUST_RESULTS", str(results))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    nb = nbformat.read(REPO / "notebooks" / "leaderboard.ipynb", as_version=4)
    nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(REPO / "notebooks")}}
    ).execute()
    text = "\n".join(
        o.get("text", "") + json.dumps(o.get("data", {})) for c in nb.cells if c.cell_type == "code" for o in c.outputs
    )
    assert "4 scorecard(s) in 2 comparable group(s)" in text
    assert "skipped " in text and "not valid JSON" in text
    t = cards["truthful"]["overall"]
    assert f"{t['score']:.1f} [{t['ci'][0]:.1f}, {t['ci'][1]:.1f}]" in text  # the leaderboard cell
    assert "Pareto front: truthful, fast-guesser" in text
    figures = [
        o["data"]["application/vnd.plotly.v1+json"]
        for c in nb.cells
        for o in c.get("outputs", [])
        if "application/vnd.plotly.v1+json" in o.get("data", {})
    ]
    assert [f["data"][0]["type"] for f in figures] == ["scatterpolar", "scatter"]
    assert len(figures[0]["data"]) == 3  # one radar trace per model of the largest group
