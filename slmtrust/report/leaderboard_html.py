"""The leaderboard as one self-contained HTML page (jinja2, autoescape on).

Charts are drawn in the browser by plotly.js, whose source the ``plotly`` package ships;
it is inlined into the page so the file works offline and makes no network request.
Figures are passed as plain JSON specs (``|tojson`` escapes ``<``, ``>`` and ``&``), and
every model-provided string is escaped by jinja2, so model output cannot run as code.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from .. import __version__
from ..metrics.catalog import describe
from .leaderboard import (
    Board,
    Group,
    decode_range,
    efficiency,
    fmt_dimension,
    fmt_number,
    fmt_overall,
    fmt_p,
    fmt_score,
    precision,
    provenance,
    score_fields,
    scorer_text,
    toxicity_scorer,
)

MAX_RADARS = 24  # radars per group (the best models); a page with 1,000 radars helps nobody
MAX_OVERLAID = 6  # up to this many models share one radar; more are drawn as small multiples
MAX_DRILL_MODELS = 8


def _radar(g: Group) -> list[dict[str, Any]]:
    """One polar trace a model (the best first); a dimension without a score is a gap."""
    dims = g.dimensions
    out = []
    for e in g.entries[:MAX_RADARS]:
        r = [e.card["dimensions"].get(d, {}).get("score") for d in dims]
        out.append({"label": e.label, "theta": [*dims, dims[0]] if dims else [], "r": [*r, r[0]] if r else []})
    return out


def _scatter(g: Group) -> dict[str, Any] | None:
    """Overall score against decode speed, with the overall's 95% interval and the range of the
    speed over its repeats as error bars; the Pareto set is flagged (a marker, not a line:
    nothing lies between two models)."""
    pts = []
    for e in g.entries:
        eff = efficiency(e.card)
        if eff["decode_tok_s"] is None or e.overall is None:
            continue
        lo, hi = (e.card["overall"].get("ci") or [None, None])[:2]
        x_lo, x_hi = decode_range(e.card)
        pts.append(
            {
                "label": e.label,
                "x": eff["decode_tok_s"],
                "x_minus": None if x_lo is None else max(0.0, eff["decode_tok_s"] - x_lo),
                "x_plus": None if x_hi is None else max(0.0, x_hi - eff["decode_tok_s"]),
                "y": e.overall,
                "y_minus": None if lo is None else max(0.0, e.overall - lo),
                "y_plus": None if hi is None else max(0.0, hi - e.overall),
                "front": e.label in g.front,
            }
        )
    return {"points": pts} if pts else None


def _metrics(g: Group, dim: str) -> tuple[list[str], list[dict[str, Any]], list[dict[str, Any]]]:
    """A dimension's sub-metrics as rows (one a metric, a column a model): the models' labels
    and scores, the headline rows, and the breakdown rows (per type, task, strength...) that the
    page folds. Each row carries the catalogue's label, direction and definition."""
    entries = g.entries[:MAX_DRILL_MODELS]
    blocks = [(e.card["dimensions"].get(dim) or {}) for e in entries]
    ids: list[str] = []
    for block in blocks:
        ids += [k for k, m in (block.get("metrics") or {}).items() if isinstance(m, dict) and k not in ids]
    infos = {i: describe(i) for i in ids}
    headline, detail = [], []
    for metric_id, info in infos.items():
        cells = []
        for block in blocks:
            m = (block.get("metrics") or {}).get(metric_id)
            cells.append(metric_cell(m) if isinstance(m, dict) else "-")
        row = {
            "id": metric_id,
            "label": info.label,
            "breakdown": info.breakdown,
            "arrow": info.arrow,
            "better": info.better,
            "definition": info.definition,
            "cells": cells,
        }
        (headline if info.headline else detail).append(row)
    models = [
        {"label": e.label, "score": fmt_score(b.get("score"), *(b.get("ci") or [None, None]))}
        for e, b in zip(entries, blocks)
    ]
    return models, headline, detail


def metric_cell(m: dict[str, Any]) -> str:
    """``0.312 [0.281, 0.344] (n=400)``."""
    v, ci = m.get("value"), m.get("ci") or [None, None]
    text = "-" if v is None else f"{v:.3f}" + (f" [{ci[0]:.3f}, {ci[1]:.3f}]" if None not in ci else "")
    return text + (f" (n={m['n']})" if m.get("n") is not None else "")


def two_lines(cell: str) -> tuple[str, str]:
    """``38.1 [35.4, 40.7]`` as the score and its interval, shown on two lines so that the
    main table fits a laptop screen; a status (``not measurable``) has no interval."""
    main, sep, rest = cell.partition(" [")
    return main, f"[{rest}" if sep else ""


def _group_view(board: Board, g: Group, index: int) -> dict[str, Any]:
    dims = g.dimensions
    rows = []
    ranked = 0
    for e in g.entries:
        c = e.card
        eff = efficiency(c)
        flat = score_fields(c, dims)
        ranked += e.overall is not None
        rows.append(
            {
                "rank": ranked if e.overall is not None else "-",  # partial overall, failed or first look: unranked
                "label": e.shown_label,
                "run": str(e.run_dir),
                "overall": (c["overall"].get("score"), *two_lines(fmt_overall(flat))),
                "dims": [
                    ((c["dimensions"].get(d) or {}).get("score"), *two_lines(fmt_dimension(flat, d))) for d in dims
                ],
                "params": (c["model"].get("parameters"), fmt_number(c["model"].get("parameters"), 0)),
                "precision": precision(c),
                "decode": (eff["decode_tok_s"], fmt_number(eff["decode_tok_s"])),
                "memory": (eff["peak_memory_mb"], fmt_number(eff["peak_memory_mb"], 0)),
                "front": e.label in g.front,
            }
        )
    drill = []
    for d in dims:
        models, headline, detail = _metrics(g, d)
        pairs = [p for p in g.pairs if p["dimension"] == d]
        ex = [
            {"label": e.label, "items": board.examples.get(f"{g.short_key}/{e.label}", {}).get(d, [])}
            for e in g.entries[:MAX_DRILL_MODELS]
        ]
        drill.append(
            {
                "dimension": d,
                "models": models,
                "headline": headline,
                "detail": detail,
                "pairs": pairs,
                "examples": ex,
            }
        )
    return {
        "index": index,
        "key": g.key,
        "short_key": g.short_key,
        "differs": g.differs,
        "provenance": provenance(g),
        "dims": dims,
        "dim_notes": {"toxicity": _scorer_note(g)} if "toxicity" in dims else {},
        "rows": rows,
        "radar": _radar(g),
        "radar_overlaid": len(g.entries) <= MAX_OVERLAID,
        "radar_cut": max(0, len(g.entries) - MAX_RADARS),
        "scatter": _scatter(g),
        "drill": drill,
    }


def _scorer_note(g: Group) -> tuple[str, str]:
    """(short line, full phrase) under the toxicity header: how far the scorer behind the column
    can be trusted, on the held-out texts."""
    card = next((e.card for e in g.entries if toxicity_scorer(e.card)), None)
    if card is None:
        return "", ""
    first, full = toxicity_scorer(card), scorer_text(card)
    if first.get("toxicity_scorer_heldout_auc") is not None:
        return (
            f"scorer AUC {first['toxicity_scorer_heldout_auc']:.2f}, "
            f"FPR {first['toxicity_scorer_hard_negative_fpr']:.2f}",
            full,
        )
    if first.get("toxicity_scorer_labelled_auc") is not None:
        return f"scorer AUC {first['toxicity_scorer_labelled_auc']:.2f}", full
    return "", full


def render(board: Board) -> str:
    from plotly.offline import get_plotlyjs

    env = Environment(loader=PackageLoader("slmtrust.report", "templates"), autoescape=select_autoescape(default=True))
    env.filters["pvalue"] = fmt_p
    template = env.get_template("leaderboard.html.j2")
    return template.render(
        groups=[_group_view(board, g, i) for i, g in enumerate(board.groups, 1)],
        skipped=board.skipped,
        n_cards=sum(len(g.entries) for g in board.groups),
        version=__version__,
        plotly_js=get_plotlyjs(),
        max_drill=MAX_DRILL_MODELS,
    )
