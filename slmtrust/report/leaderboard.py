"""The leaderboard: every ``scorecard.json`` under the given folders, grouped by comparability.

Scorecards are ranked together only when their ``comparability_key`` matches (docs/design.md, Comparable scorecards);
each other group is shown on its own with what differs from the largest group. Files that
are not readable slmtrust scorecards of a supported schema are reported by path and
skipped. Outputs (written by ``leaderboard_cli.write``): ``leaderboard.html`` (``leaderboard_html``), ``leaderboard.md`` and
``leaderboard.csv``. ``--check`` rebuilds the Markdown/CSV and diffs them against the
committed ones (the reference results).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..api.efficiency import Efficiency
from ..api.runrecord import (
    CONFIG,
    ITEM_SCORES,
    ITEMS,
    MANIFEST,
    SCORECARD,
    SUITES,
    RecordError,
    RunRecord,
    read_scorecard,
)
from ..run.scorecard import DIMENSIONS
from ..util.errors import SlmtrustError

OUTPUTS = ("leaderboard.md", "leaderboard.csv")


@dataclass
class Entry:
    """One readable scorecard and the run folder it came from."""

    path: Path
    card: dict[str, Any]
    label: str = ""

    @property
    def run_dir(self) -> Path:
        return self.path.parent

    @property
    def model_id(self) -> str:
        return str(self.card["model"].get("id", "?"))

    @property
    def failed(self) -> bool:
        """A run marked failed (too many failed requests, nothing scored) is listed, never ranked."""
        return self.card.get("status") == "failed"

    @property
    def first_look(self) -> bool:
        """A run of a profile that is not rankable (``profile=smoke``): listed, never ranked."""
        profile = self.card.get("profile")
        return isinstance(profile, dict) and profile.get("rankable") is False

    @property
    def shown_label(self) -> str:
        """The label with why the run is unranked, if it is."""
        if self.failed:
            return f"{self.label} (failed run)"
        if self.first_look:
            return f"{self.label} ({self.card['profile'].get('name', 'first look')}: not ranked)"
        return self.label

    @property
    def overall(self) -> float | None:
        return None if self.failed or self.first_look else self.card["overall"].get("score")


@dataclass
class Skipped:
    path: Path
    reason: str


@dataclass
class Group:
    """Scorecards sharing one comparability key, best overall score first."""

    key: str
    entries: list[Entry]
    differs: list[str] = field(default_factory=list)  # how this group differs from the largest one
    pairs: list[dict[str, Any]] = field(default_factory=list)  # pairwise significance rows
    front: list[str] = field(default_factory=list)  # labels on the trust-vs-speed Pareto front

    @property
    def short_key(self) -> str:
        return self.key[:12]

    @cached_property
    def dimensions(self) -> list[str]:
        present = {d for e in self.entries for d in e.card["dimensions"]}
        return sorted(present, key=lambda d: (DIMENSIONS.index(d) if d in DIMENSIONS else 99, d))


# ------------------------------------------------------------------ loading
def discover(paths: list[Path]) -> list[Path]:
    """``scorecard.json`` files under each folder (files given directly are taken as they are)."""
    found: list[Path] = []
    for p in paths:
        if not p.exists():
            raise SlmtrustError(f"{p}: no such file or folder (give result folders or scorecard.json files)")
        found += [p] if p.is_file() else sorted(p.rglob("scorecard.json"))
    return sorted(set(found))


def read(path: Path) -> Entry | Skipped:
    """Check one file; a problem becomes a :class:`Skipped` with the reason, never an exception."""
    try:
        return Entry(path, read_scorecard(path))
    except RecordError as exc:
        return Skipped(path, exc.problem)


def load(paths: list[Path]) -> tuple[list[Entry], list[Skipped]]:
    entries: list[Entry] = []
    skipped: list[Skipped] = []
    for path in discover(paths):
        got = read(path)
        (entries if isinstance(got, Entry) else skipped).append(got)
    return entries, skipped


# ------------------------------------------------------------------ grouping
def signature(card: dict[str, Any]) -> dict[str, Any]:
    """The ingredients of the comparability key, readable, so groups can say what differs."""
    sig: dict[str, Any] = {}
    for dim, block in card["dimensions"].items():
        for ident in block.get("suites") or [block.get("suite") or {}]:
            name = ident.get("name", dim)
            for k, v in ident.items():
                if k != "name":
                    sig[f"suite {name}: {k}"] = json.dumps(v, sort_keys=True, default=str)
    for k, v in (card.get("scorers") or {}).items():
        sig[f"scorer {k}"] = json.dumps(v, sort_keys=True, default=str)
    return sig


def describe_difference(base: dict[str, Any], other: dict[str, Any]) -> list[str]:
    """Short lines: which suite fields or scorers differ, and which suites only one side has."""
    suites_b = {k.split(":")[0] for k in base if k.startswith("suite ")}
    suites_o = {k.split(":")[0] for k in other if k.startswith("suite ")}
    lines = [f"{s} only in this group" for s in sorted(suites_o - suites_b)]
    lines += [f"{s} missing from this group" for s in sorted(suites_b - suites_o)]
    for k in sorted(set(base) | set(other)):
        head = k.split(":")[0]
        if head.startswith("suite ") and (head not in suites_b or head not in suites_o):
            continue
        if base.get(k) != other.get(k):
            lines.append(f"{k} differs")
    return lines or ["key differs (same suites and scorers: schema or hashing changed)"]


def group(entries: list[Entry]) -> list[Group]:
    """Groups by comparability key, largest first; labels unique within a group."""
    by_key: dict[str, list[Entry]] = {}
    for e in entries:
        by_key.setdefault(str(e.card["comparability_key"]), []).append(e)
    groups = [
        Group(
            k, sorted(v, key=lambda e: (-(e.overall if e.overall is not None else -math.inf), e.model_id, str(e.path)))
        )
        for k, v in by_key.items()
    ]
    groups.sort(key=lambda g: (-len(g.entries), g.key))
    base = signature(groups[0].entries[0].card) if groups else {}
    for g in groups:
        counts = Counter(e.model_id for e in g.entries)
        for e in g.entries:
            e.label = e.model_id if counts[e.model_id] == 1 else f"{e.model_id} ({e.run_dir.name})"
        # the same run folder name reached twice (results/ and an --export copy): labels key the
        # per-item values and examples, so they must stay unique
        taken: Counter = Counter()
        for e in g.entries:
            taken[e.label] += 1
            if taken[e.label] > 1:
                e.label = f"{e.label} #{taken[e.label]}"
        if g is not groups[0]:
            g.differs = describe_difference(base, signature(g.entries[0].card))
    return groups


# ------------------------------------------------------------------ provenance
def _commit(run_dir: Path) -> list[str]:
    """Short git shas of a run (of each merged part when there are parts), from manifest.json."""
    try:
        m = RunRecord(run_dir).manifest
    except RecordError:
        return []
    gits = [m.get("git")] + [p.get("git") for p in m.get("parts") or [] if isinstance(p, dict)]
    return [str(g["sha"])[:7] for g in gits if isinstance(g, dict) and g.get("sha")]


def toxicity_scorer(card: dict[str, Any]) -> dict[str, Any]:
    """The toxicity scorer of a scorecard and its figures on the held-out texts (runs recorded
    before those figures were kept have only the labelled-set ROC AUC and F1)."""
    notes = ((card["dimensions"].get("toxicity") or {}).get("notes") or {}).get("toxicity") or {}
    scorer = notes.get("scorer") or {}
    if not scorer:
        return {}
    held = notes.get("scorer_heldout") or {}
    labelled = (notes.get("scorer_validation") or {}).get(scorer.get("name")) or {}
    return {
        "toxicity_scorer": f"{scorer.get('name')} {scorer.get('version')}",
        "toxicity_scorer_heldout_auc": held.get("roc_auc"),
        "toxicity_scorer_min_recall": held.get("min_recall"),
        "toxicity_scorer_min_recall_category": held.get("min_recall_category"),
        "toxicity_scorer_hard_negative_fpr": held.get("hard_negative_fpr"),
        "toxicity_scorer_heldout_n": held.get("n"),
        "toxicity_scorer_labelled_auc": labelled.get("roc_auc"),
        "toxicity_scorer_labelled_f1": labelled.get("f1"),
        "toxicity_scorer_labelled_n": labelled.get("n"),
    }


def scorer_text(card: dict[str, Any]) -> str:
    """The toxicity scorer and its validity figures in one phrase."""
    s = toxicity_scorer(card)
    if not s:
        return ""
    if s["toxicity_scorer_heldout_auc"] is not None:
        return (
            f"{s['toxicity_scorer']} (held-out, {s['toxicity_scorer_heldout_n']} texts: ROC AUC "
            f"{s['toxicity_scorer_heldout_auc']:.3f}, lowest recall {s['toxicity_scorer_min_recall']:.2f} "
            f"({s['toxicity_scorer_min_recall_category']}), hard-negative false-positive rate "
            f"{s['toxicity_scorer_hard_negative_fpr']:.2f})"
        )
    if s["toxicity_scorer_labelled_auc"] is not None:
        return (
            f"{s['toxicity_scorer']} (ROC AUC {s['toxicity_scorer_labelled_auc']:.3f}, F1 "
            f"{s['toxicity_scorer_labelled_f1']:.3f} on {s['toxicity_scorer_labelled_n']} labelled texts)"
        )
    return s["toxicity_scorer"]


def provenance(g: Group) -> dict[str, str]:
    """What a reader needs to know about a group before trusting its numbers: profile and item
    cap, toxicity samples per prompt, the scorers with their validation figures, run dates and
    commits. Values shared by the group are given once; differing ones are listed."""

    def joined(values: list[Any]) -> str:
        seen = [str(v) for v in dict.fromkeys(v for v in values if v not in (None, ""))]
        return ", ".join(seen) or "-"

    cards = [e.card for e in g.entries]
    profiles = [
        f"{(c.get('profile') or {}).get('name', '?')} (item cap {(c.get('profile') or {}).get('max_items') or 'none'})"
        for c in cards
    ]
    tox = [((c["dimensions"].get("toxicity") or {}).get("notes") or {}).get("toxicity") or {} for c in cards]
    scorers = [text for text in (scorer_text(c) for c in cards) if text]
    refusal = []
    for c in cards:
        r = c.get("refusal_detector") or {}
        if r.get("name"):
            refusal.append(
                f"{r.get('name')} v{r.get('version')}"
                + (
                    f" (accuracy {r['accuracy']:.3f} on {r['n']} labelled replies)"
                    if r.get("accuracy") is not None
                    else ""
                )
            )
    dates = sorted(str(c.get("created"))[:10] for c in cards if c.get("created"))
    return {
        "profile": joined(profiles),
        "toxicity samples per prompt (K)": joined([t.get("samples_per_prompt") for t in tox]),
        "toxicity scorer": joined(scorers),
        "refusal detector": joined(refusal),
        "run dates": "-" if not dates else dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}",
        "commits": joined([sha for e in g.entries for sha in _commit(e.run_dir)]),
    }


# ------------------------------------------------------------------ efficiency
def efficiency(card: dict[str, Any]) -> dict[str, float | None]:
    """Batch-1 decode tokens/s and peak memory (MiB; the GPU's on CUDA runs, else the process's
    peak RSS) of a scorecard's efficiency block, None when it was not measured."""
    eff = Efficiency.read(card.get("efficiency"))
    return {"decode_tok_s": eff.decode_tokens_per_s.median, "peak_memory_mb": eff.peak_memory_mib}


def decode_range(card: dict[str, Any]) -> tuple[float | None, float | None]:
    """The fastest and slowest of the batch-1 decode repeats, or Nones: the spread the scatter
    draws around the median speed."""
    decode = Efficiency.read(card.get("efficiency")).decode_tokens_per_s
    return decode.min, decode.max


def precision(card: dict[str, Any]) -> str:
    fp = card["model"].get("fingerprint") or {}
    dtype, quant = fp.get("dtype"), fp.get("quantization")
    return " / ".join(str(x) for x in (dtype, quant) if x and x != "none") or "-"


# ------------------------------------------------------------------ table
def table(g: Group) -> pd.DataFrame:
    """The main table of a group: one row a scorecard, best overall first."""
    rows = []
    ranked = 0
    for e in g.entries:
        c = e.card
        ranked += e.overall is not None
        row: dict[str, Any] = {
            "group": g.short_key,
            "rank": ranked if e.overall is not None else None,  # partial overall, failed or first-look run: unranked
            "model": e.shown_label,
            "run_status": c.get("status", "complete"),
            **score_fields(c, g.dimensions),
        }
        row["parameters"] = c["model"].get("parameters")
        row["precision"] = precision(c)
        row.update(efficiency(c))
        if "toxicity" in g.dimensions:
            row.update(toxicity_scorer(c))
        row["pareto"] = e.label in g.front
        row["run"] = e.run_dir.name
        rows.append(row)
    return pd.DataFrame(rows)


def score_fields(card: dict[str, Any], dims: list[str]) -> dict[str, Any]:
    """The overall and per-dimension scores, intervals and statuses of a scorecard, flat (one
    reader for the table, the CSV and the page)."""
    ov = card["overall"]
    ci = ov.get("ci") or [None, None]
    row: dict[str, Any] = {
        "overall": ov.get("score"),
        "overall_partial": ov.get("partial_score"),
        "overall_ci_low": ci[0],
        "overall_ci_high": ci[1],
        "dimensions_included": ov.get("dimensions_included"),
    }
    for d in dims:
        block = card["dimensions"].get(d) or {}
        ci = block.get("ci") or [None, None]
        row[d], row[f"{d}_ci_low"], row[f"{d}_ci_high"] = block.get("score"), ci[0], ci[1]
        row[f"{d}_status"] = block.get("status", "scored" if block else None)
    return row


def fmt_score(v: Any, lo: Any = None, hi: Any = None) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "-"
    if lo is None or hi is None or any(isinstance(x, float) and math.isnan(x) for x in (lo, hi)):
        return f"{v:.1f}"
    return f"{v:.1f} [{lo:.1f}, {hi:.1f}]"


def fmt_dimension(row: Any, dim: str) -> str:
    """A dimension's cell: the score with its interval, or why it has none."""
    status = row.get(f"{dim}_status")
    if isinstance(status, str) and status != "scored":
        return status.replace("_", " ")
    return fmt_score(row[dim], row[f"{dim}_ci_low"], row[f"{dim}_ci_high"])


def fmt_overall(row: Any) -> str:
    """The overall cell: a partial mean (some dimension not measurable) is labelled, never a rank."""
    partial = row.get("overall_partial")
    if row["overall"] is None or (isinstance(row["overall"], float) and math.isnan(row["overall"])):
        if partial is not None and not (isinstance(partial, float) and math.isnan(partial)):
            return f"not scored (partial {partial:.1f})"
    return fmt_score(row["overall"], row["overall_ci_low"], row["overall_ci_high"])


def fmt_number(v: Any, digits: int = 1) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "-"
    if abs(v) >= 1e9:
        return f"{v / 1e9:.2f}B"
    if abs(v) >= 1e6:
        return f"{v / 1e6:.1f}M"
    return f"{v:,.{digits}f}"


def md_cell(text: Any) -> str:
    """Markdown text from names and paths someone else chose: every character Markdown gives a
    meaning to (code spans, links, emphasis, tables, raw HTML) is escaped, and line breaks
    become spaces, so a folder name cannot add markup to the page."""
    text = " ".join(str(text).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*\[\]|])", r"\\\1", text)


def csv_safe(value: Any) -> Any:
    """A CSV cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
    apostrophe; numbers are left as they are."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def markdown(groups: list[Group], skipped: list[Skipped]) -> str:
    lines = ["# slmtrust leaderboard", ""]
    lines.append(
        "Scores are 0-100 (higher = more trustworthy) with 95% bootstrap intervals; overall = unweighted mean of "
        "the dimension scores, a number only when every dimension was scored (a dimension whose presupposed "
        "competence is missing reads 'not measurable'; see docs/scoring.md). Only scorecards with the same "
        "comparability key are ranked together."
    )
    for i, g in enumerate(groups, 1):
        df = table(g)
        lines += ["", f"## Group {i}: key `{g.short_key}` ({len(g.entries)} scorecard(s))", ""]
        lines += ["; ".join(f"{k}: {md_cell(v)}" for k, v in provenance(g).items()) + ".", ""]
        if g.differs:
            lines += ["Not comparable with group 1: " + "; ".join(md_cell(x) for x in g.differs) + ".", ""]
        dims = g.dimensions
        head = ["#", "model", "overall", *dims, "params", "precision", "decode tok/s", "peak MB"]
        lines += ["| " + " | ".join(head) + " |", "|" + "|".join(["---:", "---", *["---:"] * (len(head) - 2)]) + "|"]
        for _, r in df.iterrows():
            cells = [
                "-" if pd.isna(r["rank"]) else str(int(r["rank"])),
                md_cell(r["model"]),
                fmt_overall(r),
                *[fmt_dimension(r, d) for d in dims],
                fmt_number(r["parameters"], 0),
                md_cell(r["precision"]),
                fmt_number(r["decode_tok_s"]),
                fmt_number(r["peak_memory_mb"], 0),
            ]
            lines.append("| " + " | ".join(cells) + " |")
    if skipped:
        lines += ["", "## Skipped files", ""]
        lines += [f"- {md_cell(s.path)}: {md_cell(s.reason)}" for s in skipped]
    return "\n".join(lines) + "\n"


def csv_table(groups: list[Group]) -> str:
    if not groups:
        return ""
    frame = pd.concat([table(g) for g in groups], ignore_index=True)
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            frame[column] = frame[column].map(csv_safe)
    return frame.to_csv(index=False, float_format="%.4g")


# ------------------------------------------------------------------ Pareto front
def pareto_front(points: list[tuple[str, float | None, float | None]]) -> list[str]:
    """Labels of the points no other point beats on both axes (both higher = better).

    A point is dominated when another is at least as good on both axes and strictly better
    on one. Points missing either value are left out.
    """
    pts = [(lab, x, y) for lab, x, y in points if x is not None and y is not None]
    front = []
    for lab, x, y in pts:
        dominated = any(x2 >= x and y2 >= y and (x2 > x or y2 > y) for _, x2, y2 in pts)
        if not dominated:
            front.append(lab)
    return front


# ------------------------------------------------------------------ pairwise significance
def paired_bootstrap(
    a: dict[tuple[str, str, str], float], b: dict[tuple[str, str, str], float], resamples: int = 1000, seed: int = 0
) -> dict[str, Any] | None:
    """Paired bootstrap of the difference in dimension score (A - B) over the items both runs scored.

    The statistic mirrors the dimension score: 100 x mean over suites of the mean over
    parts of the per-item difference. Items are resampled within each (suite, part), the
    same draw for A and B. Significant at 5% when the 95% percentile interval excludes 0;
    p is the two-sided bootstrap p-value 2 x min(share of replicates < 0, share > 0), each
    share counting half of the replicates that tie at exactly 0.
    """
    shared = sorted(set(a) & set(b))
    if not shared:
        return None
    strata: dict[tuple[str, str], list[float]] = {}
    for key in shared:
        strata.setdefault(key[:2], []).append(a[key] - b[key])
    suites = sorted({s for s, _ in strata})
    weight = {st: 1 / (len(suites) * sum(1 for s, _ in strata if s == st[0])) for st in strata}
    diff = 100 * sum(weight[st] * np.mean(v) for st, v in strata.items())
    rng = np.random.default_rng(seed)
    reps = np.zeros(resamples)
    for st in sorted(strata):
        v = np.asarray(strata[st])
        reps += weight[st] * v[rng.integers(0, len(v), size=(resamples, len(v)))].mean(axis=1)
    reps *= 100
    lo, hi = np.quantile(reps, [0.025, 0.975])
    ties = float(np.mean(reps == 0)) / 2  # per-item scores are often 0/1, so replicates can tie at 0
    p = min(1.0, 2 * min(float(np.mean(reps < 0)) + ties, float(np.mean(reps > 0)) + ties))
    return {
        "diff": float(diff),
        "ci": [float(lo), float(hi)],
        "p": p,
        "n": len(shared),
        "parts": len(strata),
        "significant": bool(lo > 0 or hi < 0),
    }


def item_values(run_dir: Path, skipped: list[Skipped]) -> dict[str, dict[tuple[str, str, str], float]]:
    """A run's per-item values; a damaged or missing file leaves the run without them (its paired
    tests then say there are no shared items), and a damaged one is listed in ``skipped``."""
    record = RunRecord(run_dir)
    if not record.has(ITEM_SCORES):
        return {}
    try:
        return record.item_scores
    except RecordError as exc:
        _skip(skipped, exc, "paired tests and examples leave this run out")
        return {}


def _skip(skipped: list[Skipped], exc: RecordError, consequence: str) -> None:
    if not any(s.path == exc.path for s in skipped):
        skipped.append(Skipped(exc.path, f"{exc.problem}; {consequence}"))


def pairwise(g: Group, top: int, resamples: int, skipped: list[Skipped] | None = None) -> list[dict[str, Any]]:
    """Significance for every pair among the group's ``top`` best and every dimension."""
    chosen = g.entries[:top]
    values = {e.label: item_values(e.run_dir, [] if skipped is None else skipped) for e in chosen}
    out = []
    for d in g.dimensions:
        for i, ea in enumerate(chosen):
            for eb in chosen[i + 1 :]:
                seed = int(hashlib.sha256(f"{d}:{ea.label}:{eb.label}".encode()).hexdigest()[:8], 16)
                res = paired_bootstrap(values[ea.label].get(d, {}), values[eb.label].get(d, {}), resamples, seed)
                sa, sb = (e.card["dimensions"].get(d, {}).get("score") for e in (ea, eb))
                score_diff = None if sa is None or sb is None else sa - sb
                out.append({"dimension": d, "a": ea.label, "b": eb.label, "score_diff": score_diff, "result": res})
    return out


# ------------------------------------------------------------------ examples
def examples(
    run_dir: Path, per_dimension: int, skipped: list[Skipped] | None = None
) -> dict[str, list[dict[str, str]]]:
    """A few items per dimension from ``items.jsonl`` (prompt, response, verdict), varied verdicts
    first; a damaged file gives none and is listed in ``skipped``."""
    record = RunRecord(run_dir)
    if per_dimension <= 0 or not record.has(ITEMS):
        return {}
    skipped = [] if skipped is None else skipped
    try:
        card = record.scorecard
    except RecordError:
        return {}
    suite_dim = {}
    for dim, block in card["dimensions"].items():
        for ident in block.get("suites") or [block.get("suite") or {}]:
            if isinstance(ident, dict):
                suite_dim[ident.get("name")] = dim
    values = {key: v for per_dim in item_values(run_dir, skipped).values() for key, v in per_dim.items()}
    chosen: dict[str, list[dict[str, str]]] = {}
    seen: dict[str, set] = {}
    spare: dict[str, list[dict[str, str]]] = {}
    try:
        for row in record.items():
            dim = suite_dim.get(row["suite"])
            if dim is None or len(chosen.get(dim, [])) >= per_dimension:
                continue
            ex = _example(row, values.get((str(row["suite"]), str(row["part"]), str(row["item_id"]))))
            if ex is None:
                continue
            if row.get("verdict") not in seen.setdefault(dim, set()):
                seen[dim].add(row.get("verdict"))
                chosen.setdefault(dim, []).append(ex)
            else:
                spare.setdefault(dim, []).append(ex)
            if all(len(chosen.get(d, [])) >= per_dimension for d in set(suite_dim.values())):
                break
    except RecordError as exc:
        _skip(skipped, exc, "no examples shown for this run")
        return {}
    for dim, extra in spare.items():
        chosen.setdefault(dim, []).extend(extra[: per_dimension - len(chosen[dim])])
    return chosen


def fmt_p(p: Any) -> str:
    """A p-value as a reader expects it: ``< 0.001`` rather than ``0.000`` (the bootstrap
    resolves no smaller value with 1,000 resamples anyway)."""
    if p is None or (isinstance(p, float) and math.isnan(p)):
        return "-"
    return "< 0.001" if float(p) < 0.001 else f"{float(p):.3f}"


def clip_words(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "\u2026"


def _example(row: dict[str, Any], value: float | None = None) -> dict[str, str] | None:
    req = (row.get("requests") or [{}])[0]
    resp = (row.get("responses") or [{}])[0]
    if req.get("messages"):
        prompt = "\n".join(f"{m.get('role')}: {m.get('content')}" for m in req["messages"])
    else:
        prompt = str(req.get("prompt") or "")
    if req.get("continuations"):
        prompt += "\noptions: " + " | ".join(map(str, req["continuations"]))
    if resp.get("texts"):
        response = str(resp["texts"][0])
    elif resp.get("logprobs"):
        response = "log-probs: " + ", ".join(f"{x:.2f}" for x in resp["logprobs"])
    else:
        response = str(resp.get("error") or "")
    return {
        "item": f"{row.get('suite')}/{row.get('part')}/{row.get('item_id')}",
        "prompt": clip_words(prompt, 600),
        "response": clip_words(response, 600),
        "verdict": str(row.get("verdict")),
        # what the item added to its dimension score (1 = all it could), shown apart from the
        # verdict: "answered" says the model replied, not that the reply was right
        "value": "-" if value is None else f"{value:.2f}",
    }


# ------------------------------------------------------------------ build
@dataclass
class Board:
    groups: list[Group]
    skipped: list[Skipped]
    examples: dict[str, dict[str, list[dict[str, str]]]]  # label -> dimension -> items


def build(paths: list[Path], top_pairs: int = 8, resamples: int = 1000, n_examples: int = 3) -> Board:
    entries, skipped = load(paths)
    groups = group(entries)
    ex: dict[str, dict[str, list[dict[str, str]]]] = {}
    for g in groups:
        g.front = pareto_front([(e.label, efficiency(e.card)["decode_tok_s"], e.overall) for e in g.entries])
        g.pairs = pairwise(g, top_pairs, resamples, skipped)
        for e in g.entries[:top_pairs]:
            ex[f"{g.short_key}/{e.label}"] = examples(e.run_dir, n_examples, skipped)
    return Board(groups, skipped, ex)


KEPT_FILES = (SCORECARD, MANIFEST, CONFIG, ITEM_SCORES, SUITES)


def export(entries: list[Entry], dest: Path, n_examples: int = 3) -> list[Path]:
    """Copy runs as compact reference results: scorecard, manifest, config and per-item
    values as they are, and of ``items.jsonl`` only the rows the drill-down shows."""
    import shutil

    folders = []
    for e in entries:
        target = dest / e.run_dir.parent.name / e.run_dir.name
        target.mkdir(parents=True, exist_ok=True)
        source = RunRecord(e.run_dir)
        for name in KEPT_FILES:
            if source.has(name):
                shutil.copyfile(source.path(name), target / name)
        shown = {x["item"] for items in examples(e.run_dir, n_examples).values() for x in items}
        if shown:
            RunRecord(target).write_items(
                row for row in source.items() if f"{row['suite']}/{row['part']}/{row['item_id']}" in shown
            )
        folders.append(target)
    return folders


def tables(board: Board) -> dict[str, str]:
    """The text outputs by file name (``OUTPUTS``): what ``write`` saves and ``check`` compares."""
    return {"leaderboard.md": markdown(board.groups, board.skipped), "leaderboard.csv": csv_table(board.groups)}


def check(board: Board, committed: Path) -> list[str]:
    """Unified diffs between freshly built Markdown/CSV and the committed ones (empty = same)."""
    diffs = []
    for name, text in tables(board).items():
        old_path = committed / name
        old = old_path.read_text(encoding="utf-8").splitlines(keepends=True) if old_path.is_file() else []
        new = text.splitlines(keepends=True)
        diffs += difflib.unified_diff(old, new, f"{old_path} (committed)", f"{name} (rebuilt)")
    return diffs
