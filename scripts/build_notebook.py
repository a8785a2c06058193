"""Write notebooks/leaderboard.ipynb and execute it on the reference results, so the committed
copy carries its outputs (tables, plotly figures as JSON, and static PNGs that GitHub renders).

    python scripts/build_notebook.py            # rewrite and execute
    pytest tests/report/test_notebook.py        # fails when the committed outputs are stale
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "notebooks" / "leaderboard.ipynb"

CELLS = [
    (
        "markdown",
        """# slmtrust results: leaderboard, radar, trust vs efficiency

Loads every `scorecard.json` under `SLMTRUST_RESULTS` (default `../results/reference`, the committed
reference results; point it at your own `results/` folder to analyse your runs) into pandas, rebuilds
the leaderboard table of each comparability group, and draws the models' radars and trust against
decode speed with the Pareto set. Every chart is drawn twice: interactively with plotly, and as a
static image (matplotlib PNG) that renders where plotly does not, e.g. on GitHub.

The committed copy is executed by `python scripts/build_notebook.py`; `tests/report/test_notebook.py`
executes it again and fails when the committed outputs are stale.""",
    ),
    (
        "code",
        """import io
import os
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import matplotlib.ticker
import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from IPython.display import Image, display

from slmtrust.report import leaderboard as lb

pio.renderers.default = "plotly_mimetype"  # figures as JSON only: no copy of plotly.js in the notebook


def show_png(fig) -> None:
    \"\"\"A static copy of a matplotlib figure (no timestamp in the file).\"\"\"
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    display(Image(data=buf.getvalue(), format="png"))


RESULTS = Path(os.environ.get("SLMTRUST_RESULTS", "../results/reference"))
entries, skipped = lb.load([RESULTS])
for s in skipped:
    print(f"skipped {s.path.name}: {s.reason}")
groups = lb.group(entries)
print(f"{len(entries)} scorecard(s) in {len(groups)} comparable group(s)")""",
    ),
    (
        "markdown",
        """## One row a scorecard

A flat frame of every scorecard: overall and per-dimension scores with their intervals and statuses,
plus the efficiency figures when the scorecard has them. Only rows of the same `group` may be compared.""",
    ),
    (
        "code",
        """for g in groups:
    g.front = lb.pareto_front([(e.label, lb.efficiency(e.card)["decode_tok_s"], e.overall) for e in g.entries])
df = pd.concat([lb.table(g) for g in groups], ignore_index=True)
df[["group", "rank", "model", "overall", "overall_ci_low", "overall_ci_high", "decode_tok_s", "peak_memory_mb"]]""",
    ),
    (
        "markdown",
        """## The leaderboard table of the largest group

Score with its 95% interval (or the reason a dimension has none), best overall first, as in `leaderboard.md`.""",
    ),
    (
        "code",
        """main = df[df["group"] == groups[0].short_key]
dims = groups[0].dimensions
shown = pd.DataFrame({"model": main["model"], "overall": [lb.fmt_overall(r) for _, r in main.iterrows()]})
for d in dims:
    shown[d] = [lb.fmt_dimension(r, d) for _, r in main.iterrows()]
shown["decode tok/s"] = main["decode_tok_s"].map(lb.fmt_number)
shown.set_index("model")""",
    ),
    (
        "markdown",
        """## Radar: the dimension scores of every model, overlaid

Each axis is one dimension on the 0-100 scale; a dimension that is not measurable is a gap.""",
    ),
    (
        "code",
        """labels = [d.replace("_", " ") for d in dims]
radar = go.Figure()
for _, row in main.iterrows():
    r = [row[d] for d in dims]
    radar.add_trace(go.Scatterpolar(r=r + r[:1], theta=labels + labels[:1], fill="toself", name=row["model"], opacity=0.7))
radar.update_layout(polar={"radialaxis": {"range": [0, 100]}}, height=450)
radar.show()

angles = np.linspace(0, 2 * np.pi, len(dims), endpoint=False).tolist()
fig, ax = plt.subplots(figsize=(6, 6), subplot_kw={"projection": "polar"})
for _, row in main.iterrows():
    r = [np.nan if row[d] is None else row[d] for d in dims]
    ax.plot(angles + angles[:1], r + r[:1], label=row["model"])
    ax.fill(angles + angles[:1], r + r[:1], alpha=0.2)
ax.set_xticks(angles)
ax.set_xticklabels(labels)
ax.set_ylim(0, 100)
ax.legend(loc="upper right", bbox_to_anchor=(1.3, 1.1))
show_png(fig)""",
    ),
    (
        "markdown",
        """## Trust vs efficiency

Overall score (with its 95% interval) against decode tokens/s at batch 1 (with the range of its
repeats), on the whole 0-100 score axis. A model is in the Pareto set when no other model in the group
is both faster and more trustworthy; the set is marked, not joined by a line.""",
    ),
    (
        "code",
        """pts = main.dropna(subset=["decode_tok_s", "overall"]).copy()
ranges = {e.label: lb.decode_range(e.card) for e in groups[0].entries}
pts["x_lo"] = [pts.loc[i, "decode_tok_s"] - (ranges[m][0] or pts.loc[i, "decode_tok_s"]) for i, m in zip(pts.index, pts["model"])]
pts["x_hi"] = [(ranges[m][1] or pts.loc[i, "decode_tok_s"]) - pts.loc[i, "decode_tok_s"] for i, m in zip(pts.index, pts["model"])]
front = pts[pts["pareto"]]
scatter = go.Figure([
    go.Scatter(
        x=pts["decode_tok_s"], y=pts["overall"], text=pts["model"], mode="markers+text", textposition="top center", name="models",
        error_y={"type": "data", "symmetric": False, "array": pts["overall_ci_high"] - pts["overall"], "arrayminus": pts["overall"] - pts["overall_ci_low"]},
        error_x={"type": "data", "symmetric": False, "array": pts["x_hi"], "arrayminus": pts["x_lo"]},
    ),
    go.Scatter(x=front["decode_tok_s"], y=front["overall"], mode="markers", name="Pareto set", marker={"symbol": "diamond-open", "size": 16}),
])
scatter.update_layout(xaxis={"title": "decode tokens/s, batch 1 (log)", "type": "log"}, yaxis={"title": "overall trust score", "range": [0, 100]}, height=450)
print("Pareto set:", ", ".join(front["model"]))
scatter.show()

fig, ax = plt.subplots(figsize=(7, 4))
ax.errorbar(pts["decode_tok_s"], pts["overall"], yerr=[pts["overall"] - pts["overall_ci_low"], pts["overall_ci_high"] - pts["overall"]],
            xerr=[pts["x_lo"], pts["x_hi"]], fmt="o", capsize=3)
ax.scatter(front["decode_tok_s"], front["overall"], s=160, facecolors="none", edgecolors="#c0392b", marker="D", label="Pareto set")
for _, p in pts.iterrows():
    ax.annotate(p["model"], (p["decode_tok_s"], p["overall"]), textcoords="offset points", xytext=(0, 8), ha="center")
ax.set_xscale("log")
ax.xaxis.set_major_formatter(matplotlib.ticker.ScalarFormatter())
ax.xaxis.set_minor_formatter(matplotlib.ticker.ScalarFormatter())
ax.set_ylim(0, 100)
ax.set_xlabel("decode tokens/s, batch 1 (log)")
ax.set_ylabel("overall trust score")
ax.legend()
show_png(fig)""",
    ),
]


def build() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [
        nbformat.v4.new_markdown_cell(src) if kind == "markdown" else nbformat.v4.new_code_cell(src)
        for kind, src in CELLS
    ]
    return nb


def execute(nb: nbformat.NotebookNode, results: Path | None = None) -> nbformat.NotebookNode:
    import os

    env_before = os.environ.get("SLMTRUST_RESULTS")
    if results is not None:
        os.environ["SLMTRUST_RESULTS"] = str(results)
    try:
        NotebookClient(
            nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
        ).execute()
    finally:
        if results is not None:
            if env_before is None:
                os.environ.pop("SLMTRUST_RESULTS", None)
            else:
                os.environ["SLMTRUST_RESULTS"] = env_before
    for i, cell in enumerate(nb.cells):  # stable ids and no timings: a rebuild gives the same file
        cell["id"] = f"cell-{i}"
        cell.get("metadata", {}).pop("execution", None)
    return nb


if __name__ == "__main__":
    nb = execute(build())
    nbformat.write(nb, NOTEBOOK)
    print(f"wrote {NOTEBOOK}")
