"""``python -m slmtrust compare-variants RUN_DIR...``: how much trust a quantised or
lower-precision variant gives up against the float32 reference, next to what it saves.

Runs must share a ``comparability_key`` (same suites, items, options and scorers). For each
dimension the difference variant - reference is computed on the items both runs answered,
with a PAIRED percentile bootstrap: one resample of item ids is applied to both runs, within
each suite part, so item difficulty cancels out and the interval reflects only how the
variant's answers differ. The dimension score is rebuilt from the per-item values the suites
themselves fed into it (``item_scores.jsonl``, written by every run): 100 x mean over parts of
each part's mean. Parts with no one-to-one item values (e.g. sycophancy pushback) cannot be
paired; a dimension missing some is marked ``complete: false`` and its rebuilt score differs
from the scorecard's, which is shown beside it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..api.efficiency import Efficiency
from ..api.runrecord import EFFICIENCY, ITEM_SCORES, SCORECARD, RecordError, RunRecord
from ..util.errors import SlmtrustError

Parts = dict[str, dict[str, float]]  # part -> item id -> per-item value in [0, 1]


@dataclass
class Variant:
    run_dir: Path
    card: dict[str, Any]
    items: dict[str, Parts]  # dimension -> parts

    @property
    def label(self) -> str:
        fp = self.card["model"].get("fingerprint", {})
        quant = str(fp.get("quantization", "none"))
        short = "int8" if "int8" in quant else ("gguf" if quant.startswith("gguf") and "int8" not in quant else quant)
        return f"{self.card['model']['id']} {fp.get('dtype', '?')} {short}"


def load_variant(run_dir: Path) -> Variant:
    record = RunRecord.load(run_dir, need=(SCORECARD, ITEM_SCORES))
    card, values = record.scorecard, record.item_scores
    items: dict[str, Parts] = {}
    for dim, rows in values.items():
        parts: Parts = defaultdict(dict)
        for (suite, part, item_id), value in rows.items():
            parts[f"{suite}/{part}"][item_id] = value
        items[dim] = dict(parts)
    return Variant(record.run_dir, card, items)


def paired_difference(
    ref: Parts, var: Parts, resamples: int = 2000, seed: int = 0, confidence: float = 0.95
) -> dict[str, Any]:
    """Score difference (variant - reference, 0-100 scale) on shared item ids, with a paired,
    part-stratified percentile bootstrap interval."""
    pairs = []
    for part in sorted(set(ref) & set(var)):
        shared = sorted(set(ref[part]) & set(var[part]))
        if shared:
            pairs.append((np.array([ref[part][i] for i in shared]), np.array([var[part][i] for i in shared])))
    if not pairs:
        return {"diff": None, "ci": None, "n": 0, "reference": None, "variant": None}
    rng = np.random.default_rng(seed)
    reps = np.zeros(resamples)
    for a, b in pairs:
        idx = rng.integers(0, len(a), size=(resamples, len(a)))
        reps += (b[idx] - a[idx]).mean(axis=1)
    reps = 100 * reps / len(pairs)
    ref_score = 100 * float(np.mean([a.mean() for a, _ in pairs]))
    var_score = 100 * float(np.mean([b.mean() for _, b in pairs]))
    alpha = (1 - confidence) / 2
    lo, hi = np.quantile(reps, [alpha, 1 - alpha])
    return {
        "diff": var_score - ref_score,
        "ci": [float(lo), float(hi)],
        "n": int(sum(len(a) for a, _ in pairs)),
        "reference": ref_score,
        "variant": var_score,
    }


def pick_reference(variants: list[Variant], reference: Path | None) -> Variant:
    if reference is not None:
        for v in variants:
            if v.run_dir.resolve() == Path(reference).resolve():
                return v
        return load_variant(Path(reference))
    for v in variants:
        fp = v.card["model"].get("fingerprint", {})
        if fp.get("dtype") == "float32" and "int8" not in str(fp.get("quantization")):
            return v
    raise SlmtrustError("no float32 run among the run dirs; name the reference with --reference RUN_DIR")


def load_benches(bench_dirs: list[Path]) -> list[dict[str, Any]]:
    """Efficiency blocks written by ``python -m slmtrust bench`` (``<dir>/efficiency.json``)."""
    out = []
    for folder in bench_dirs:
        record = RunRecord(Path(folder))
        if not record.has(EFFICIENCY):
            raise SlmtrustError(f"--bench {folder}: not a bench record (missing {EFFICIENCY})")
        try:
            out.append(record.efficiency)
        except RecordError as exc:
            raise SlmtrustError(f"--bench {exc}") from None
    return out


def efficiency_for(card: dict[str, Any], benches: list[dict[str, Any]]) -> dict[str, Any]:
    """The latest bench of the same model variant (id, dtype, quantisation), else the run's own block."""
    fp = card["model"].get("fingerprint", {})
    for block in reversed(benches):
        m = block["model"]
        if (m["id"], m["dtype"], m["quantization"]) == (card["model"]["id"], fp.get("dtype"), fp.get("quantization")):
            return block
    return card.get("efficiency") or {}


def efficiency_summary(block: dict[str, Any]) -> dict[str, Any]:
    eff = Efficiency.read(block)
    if not eff.measured:
        return {"note": eff.reason}
    top = max(eff.throughput_tokens_per_s, key=int, default=None)
    return {
        "weight_mib": None if eff.weight_bytes is None else round(eff.weight_bytes / 2**20, 1),
        "decode_tokens_per_s": eff.decode_tokens_per_s.median,
        f"throughput_b{top}_tokens_per_s": None if top is None else eff.throughput_tokens_per_s[top].median,
        "ttft_ms": {k: v.median for k, v in eff.ttft_ms.items()},
        "peak_rss_mib": eff.peak_rss_mib.median,
        "roofline_ratio": eff.roofline_ratio.median,
        "efficiency_profile": eff.profile,
    }


def compare(
    run_dirs: list[Path],
    reference: Path | None = None,
    resamples: int = 2000,
    seed: int = 0,
    bench_dirs: list[Path] | None = None,
) -> dict:
    variants = [load_variant(p) for p in run_dirs]
    benches = load_benches(bench_dirs or [])
    ref = pick_reference(variants, reference)
    keys = {v.card["comparability_key"] for v in [ref, *variants]}
    if len(keys) > 1:
        raise SlmtrustError(
            "the runs are not comparable (different comparability_key: suites, items, options or scorers differ); "
            "run every variant with the same suite= and profile= settings"
        )
    out = {"reference": str(ref.run_dir), "reference_label": ref.label, "resamples": resamples, "variants": []}
    for v in variants:
        dims = {}
        for dim in sorted(set(ref.items) | set(v.items)):
            d = paired_difference(ref.items.get(dim, {}), v.items.get(dim, {}), resamples, seed)
            d["scorecard_score"] = (v.card["dimensions"].get(dim) or {}).get("score")
            # every part of the dimension had per-item values iff the rebuilt score is the scorecard's
            d["complete"] = (
                d["variant"] is not None
                and d["scorecard_score"] is not None
                and abs(d["variant"] - d["scorecard_score"]) < 0.05
            )
            dims[dim] = d
        out["variants"].append(
            {
                "run_dir": str(v.run_dir),
                "label": v.label,
                "is_reference": v is ref,
                "fingerprint": v.card["model"].get("fingerprint"),
                "dimensions": dims,
                "efficiency": efficiency_summary(efficiency_for(v.card, benches)),
            }
        )
    return out


def markdown(result: dict[str, Any]) -> str:
    lines = [
        f"Reference: {result['reference_label']} ({result['reference']}); differences are variant - reference "
        f"on shared items, 95% paired bootstrap ({result['resamples']} resamples).",
        "",
        "A score marked * is rebuilt from the parts with per-item values only; the scorecard's own score "
        "follows in brackets.",
        "",
        "| variant | dimension | score | diff vs reference [95% CI] | n | decode tok/s | weights MiB | peak RSS MiB "
        "| roofline |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def f(x: Any, d: int = 1) -> str:
        return "-" if x is None else f"{x:.{d}f}"

    for v in result["variants"]:
        eff = v["efficiency"]
        for dim, d in v["dimensions"].items():
            ci = d["ci"]
            diff = "(reference)" if v["is_reference"] else f"{f(d['diff'])} [{f(ci and ci[0])}, {f(ci and ci[1])}]"
            score = f(d["variant"]) if d["complete"] else f"{f(d['variant'])}* ({f(d['scorecard_score'])})"
            lines.append(
                f"| {v['label']} | {dim} | {score} | {diff} | {d['n']} | {f(eff.get('decode_tokens_per_s'))} "
                f"| {f(eff.get('weight_mib'))} | {f(eff.get('peak_rss_mib'), 0)} | {f(eff.get('roofline_ratio'), 2)} |"
            )
    return "\n".join(lines) + "\n"


def plot(result: dict[str, Any], path: Path) -> None:
    """Left: each variant's difference per dimension with its paired interval. Right: decode
    tokens/s against the mean score over dimensions."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    variants = [v for v in result["variants"] if not v["is_reference"]]
    dims = sorted({d for v in result["variants"] for d in v["dimensions"]})
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 0.6 * max(3, len(dims) * max(1, len(variants))) + 1.5))
    y = 0
    ticks, labels = [], []
    for dim in dims:
        for v in variants:
            d = v["dimensions"].get(dim, {})
            if d.get("diff") is not None:
                lo, hi = d["ci"]
                left.errorbar(d["diff"], y, xerr=[[d["diff"] - lo], [hi - d["diff"]]], fmt="o", capsize=3)
            ticks.append(y)
            labels.append(f"{dim}\n{v['label']}")
            y += 1
    left.axvline(0, color="grey", lw=1)
    left.set_yticks(ticks, labels, fontsize=8)
    left.set_xlabel(f"score difference vs {result['reference_label']} (95% paired CI)")
    for v in result["variants"]:
        scores = [d["variant"] for d in v["dimensions"].values() if d.get("variant") is not None]
        speed = v["efficiency"].get("decode_tokens_per_s")
        if scores and speed:
            right.scatter(speed, np.mean(scores))
            right.annotate(v["label"], (speed, np.mean(scores)), fontsize=8)
    right.set_xlabel("decode tokens/s (batch 1)")
    right.set_ylabel("mean dimension score (0-100)")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
