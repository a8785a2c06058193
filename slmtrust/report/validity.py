"""``python -m slmtrust baselines``: the degenerate models of :mod:`slmtrust.models.baselines` and
``tiny-random`` through the chosen suites, next to a real model, in one table (docs/scoring.md).

A dimension that a do-nothing model wins is a defect of its scoring; this command lets anyone
check a suite, a profile or a new model against that rule on their own machine.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

USAGE = """\
usage: python -m slmtrust baselines [--no-model] [--only NAME,...] [OVERRIDES...]

Runs the degenerate baselines (constant, refuse, uniform, first_option, echo, comply), the
random-weight model tiny-random and the configured model (model=..., default smollm2-135m)
through the chosen suites (suite=..., profile=...; e.g. profile.max_items=20) and prints one
table of scores, intervals and status. Runs go to <paths.results>/baselines/<time>/<name>/.
  --no-model     leave the real model out (baselines and tiny-random only)
  --only NAMES   run only these rows (comma-separated; 'model' is the configured model)
"""


def compose(overrides: list[str]) -> Any:
    from hydra import compose as hydra_compose
    from hydra import initialize_config_dir

    from ..api.config import CONF_DIR, register
    from ..run.hydra_app import check_overrides

    check_overrides(overrides)
    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        return hydra_compose("config", overrides=overrides)


def rows_to_run(overrides: list[str], with_model: bool) -> list[tuple[str, list[str]]]:
    """(row name, overrides) for every model of the table."""
    from ..models.baselines import BASELINES

    plain = [o for o in overrides if not o.startswith(("model=", "model."))]
    rows = [
        (
            name,
            [*plain, "model=scripted", f"model.name={name}", f"model.options.script=slmtrust.models.baselines:{name}"],
        )
        for name in BASELINES
    ]
    rows.append(("tiny-random", [*plain, "model=tiny-random"]))
    if with_model:
        rows.append(("model", overrides))
    return rows


def run_all(overrides: list[str], with_model: bool = True, only: set[str] | None = None, console: Any = None):
    """Run every row; returns [(label, scorecard)] in table order."""
    from omegaconf import open_dict

    from ..run.runner import execute

    stamp = time.strftime("%Y%m%d-%H%M%S")
    cards = []
    for name, row in rows_to_run(overrides, with_model):
        if only and name not in only:
            continue
        cfg = compose([*row, "efficiency=off"])
        with open_dict(cfg):
            cfg.progress = False
        label = cfg.model.name if name == "model" else name
        if console is not None:
            console.print(f"[bold]{label}[/bold]: {', '.join(cfg.suites)}")
        run_dir = Path(cfg.paths.results) / "baselines" / stamp / label.replace("/", "_")
        cards.append((label, execute(cfg, run_dir)))
    return cards


def table(cards: list[tuple[str, dict[str, Any]]]) -> Any:
    """One rich table: a row a model, a column a dimension (score [CI] or its status)."""
    from rich.table import Table

    dims = list(dict.fromkeys(d for _, c in cards for d in c["dimensions"]))
    out = Table(title="degenerate baselines vs the model (docs/scoring.md)", title_justify="left")
    out.add_column("model")
    for d in [*dims, "overall"]:
        out.add_column(d.replace("_robustness", ""), justify="right")
    for label, card in cards:
        cells = []
        for d in dims:
            block = card["dimensions"].get(d)
            cells.append("-" if block is None else cell(block))
        ov = card["overall"]
        if ov["score"] is None:
            partial = ov.get("partial_score")
            cells.append("not scored" + ("" if partial is None else f" (partial {partial:.1f})"))
        else:
            cells.append(cell(ov))
        out.add_row(label, *cells)
    return out


def cell(block: dict[str, Any]) -> str:
    status = block.get("status", "scored")
    if block.get("score") is None:
        return status.replace("_", " ")
    ci = block.get("ci")
    return f"{block['score']:.1f} [{ci[0]:.1f}, {ci[1]:.1f}]" if ci else f"{block['score']:.1f}"


def wide_console() -> Any:
    """A console whose tables are not folded into 80 columns when the output is a file or pipe."""
    from rich.console import Console

    console = Console()
    return console if console.is_terminal else Console(width=220)


ROWS = ("constant", "refuse", "uniform", "first_option", "echo", "comply", "tiny-random", "model")
