"""The analysis notebook runs top to bottom on test results and shows their leaderboard, and the
committed copy carries the outputs of the reference results (stale outputs fail)."""

from __future__ import annotations

import copy
import importlib.util
import json
import os
from pathlib import Path

import pytest

from tests.report.test_leaderboard import make_results

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def builder():
    spec = importlib.util.spec_from_file_location("build_notebook", REPO / "scripts" / "build_notebook.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def texts(nb) -> list[str]:
    """What a reader sees of each code cell, images as their kind only (PNG bytes vary with fonts)."""
    out = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for o in cell.outputs:
            data = o.get("data", {})
            out.append(
                o.get("text", "")
                + data.get("text/html", "")
                + ("<png>" if "image/png" in data else "")
                + json.dumps(data.get("application/vnd.plotly.v1+json", {}).get("data", []), sort_keys=True)
            )
    return out


@pytest.fixture(scope="module")
def nb_tools():
    pytest.importorskip("nbformat")
    pytest.importorskip("nbclient")
    pytest.importorskip("matplotlib")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    return builder()


def test_notebook_executes_on_test_results(tmp_path: Path, nb_tools) -> None:
    results = make_results(tmp_path)
    cards = {
        json.loads(p.read_text())["model"]["id"]: json.loads(p.read_text())
        for p in results.rglob("scorecard.json")
        if p.parent.name == "run" and p.parent.parent.name != "small"
    }
    nb = nb_tools.execute(nb_tools.build(), results=results)
    text = "\n".join(texts(nb))
    assert "4 scorecard(s) in 2 comparable group(s)" in text
    assert "skipped " in text and "not valid JSON" in text
    t = cards["truthful"]["overall"]
    assert f"{t['score']:.1f} [{t['ci'][0]:.1f}, {t['ci'][1]:.1f}]" in text  # the leaderboard cell
    assert "Pareto set: " in text and {"truthful", "fast-guesser"} <= set(
        text.split("Pareto set: ")[1].split("\n")[0].split(", ")
    )
    figures = [
        o["data"]["application/vnd.plotly.v1+json"]
        for c in nb.cells
        for o in c.get("outputs", [])
        if "application/vnd.plotly.v1+json" in o.get("data", {})
    ]
    assert [f["data"][0]["type"] for f in figures] == ["scatterpolar", "scatter"]
    assert len(figures[0]["data"]) == 3  # one radar trace per model of the largest group, overlaid
    assert "error_y" in figures[1]["data"][0] and figures[1]["data"][1]["mode"] == "markers"  # no Pareto line
    assert text.count("<png>") == 2  # a static copy of each chart


def test_committed_notebook_is_executed_and_current(nb_tools) -> None:
    import nbformat

    committed = nbformat.read(REPO / "notebooks" / "leaderboard.ipynb", as_version=4)
    assert [c.source for c in committed.cells] == [c.source for c in nb_tools.build().cells], (
        "notebooks/leaderboard.ipynb differs from scripts/build_notebook.py: run python scripts/build_notebook.py"
    )
    assert any(c.get("outputs") for c in committed.cells if c.cell_type == "code"), "committed without outputs"
    fresh = nb_tools.execute(copy.deepcopy(committed))  # on results/reference, the notebook's default
    assert texts(fresh) == texts(committed), "stale outputs: run python scripts/build_notebook.py"
