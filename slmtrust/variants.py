"""``python -m slmtrust compare-variants RUN_DIR...``: how much trust a quantised or
lower-precision variant gives up against the float32 reference, next to what it saves.

Runs must share a ``comparability_key`` (same suites, items, options and scorers). For each
dimension the difference variant - reference is computed on the items both runs answered,
with a PAIRED percentile bootstrap: one resample of item ids is applied to both runs, within
each suite part, so item difficulty cancels out and the interval reflects only how the
variant's answers differ. The dimension score is rebuilt from per-item values exactly as the
suites do (100 x mean over parts of each part's mean), using :data:`ITEM_VALUE`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import SlmtrustError

# The per-item value each suite part feeds into its dimension score (see the suites' run()).
ITEM_VALUE: dict[tuple[str, str], str] = {
    ("hallucination", "answerable_mc"): "mc1",
    ("hallucination", "answerable_gen"): "correct",
    ("hallucination", "nonexistent"): "value",
    ("hallucination", "grounded"): "value",
}
FALLBACK_KEYS = ("value", "mc1", "correct")

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


def item_value(suite: str, part: str, scores: Mapping[str, Any]) -> float | None:
    keys = (ITEM_VALUE[(suite, part)],) if (suite, part) in ITEM_VALUE else FALLBACK_KEYS
    for key in keys:
        value = scores.get(key)
        if isinstance(value, bool | int | float) and np.isfinite(float(value)):
            return float(value)
    return None


def load_variant(run_dir: Path) -> Variant:
    run_dir = Path(run_dir)
    for name in ("scorecard.json", "items.jsonl"):
        if not (run_dir / name).is_file():
            raise SlmtrustError(f"{run_dir}: not a run record (missing {name})")
    try:
        card = json.loads((run_dir / "scorecard.json").read_text())
        rows = [json.loads(line) for line in (run_dir / "items.jsonl").read_text().splitlines() if line.strip()]
    except (json.JSONDecodeError, OSError) as exc:
        raise SlmtrustError(f"{run_dir}: unreadable run record ({exc})") from None
    dimension_of = {s["name"]: dim for dim, block in card["dimensions"].items() for s in block.get("suites", [])}
    items: dict[str, Parts] = defaultdict(lambda: defaultdict(dict))
    for row in rows:
        dim = dimension_of.get(row["suite"])
        value = item_value(row["suite"], row["part"], row.get("scores") or {})
        if dim is not None and value is not None:
            items[dim][f"{row['suite']}/{row['part']}"][str(row["item_id"])] = value
    return Variant(run_dir, card, {d: dict(p) for d, p in items.items()})


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
        path = Path(folder) / "efficiency.json"
        if not path.is_file():
            raise SlmtrustError(f"--bench {folder}: not a bench record (missing efficiency.json)")
        out.append(json.loads(path.read_text()))
    return out


def efficiency_for(card: dict[str, Any], benches: list[dict[str, Any]]) -> dict[str, Any]:
    """The latest bench of the same model variant (id, dtype, quantisation), else the run's own block."""
    fp = card["model"].get("fingerprint", {})
    for block in reversed(benches):
        m = block["model"]
        if (m["id"], m["dtype"], m["quantization"]) == (card["model"]["id"], fp.get("dtype"), fp.get("quantization")):
            return block
    return card.get("efficiency") or {}


def efficiency_summary(eff: dict[str, Any]) -> dict[str, Any]:
    if not eff or "model" not in eff:
        return {"note": eff.get("reason") or eff.get("skipped") or "no efficiency block in this run"}
    tput = eff["throughput_tokens_per_s"]
    top = max(tput, key=int)
    return {
        "weight_mib": round(eff["model"]["weight_bytes"] / 2**20, 1),
        "decode_tokens_per_s": eff["decode_tokens_per_s"]["median"],
        f"throughput_b{top}_tokens_per_s": tput[top]["median"],
        "ttft_ms": {k: v["median"] for k, v in eff["ttft_ms"].items()},
        "peak_rss_mib": eff["memory"]["peak_rss"]["median"],
        "roofline_ratio": eff["roofline_ratio"]["median"],
        "efficiency_profile": eff["settings"]["name"],
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
            dims[dim] = paired_difference(ref.items.get(dim, {}), v.items.get(dim, {}), resamples, seed)
            dims[dim]["scorecard_score"] = (v.card["dimensions"].get(dim) or {}).get("score")
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
            lines.append(
                f"| {v['label']} | {dim} | {f(d['variant'])} | {diff} | {d['n']} | {f(eff.get('decode_tokens_per_s'))} "
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


def compare_variants_command(args: list[str]) -> int:
    from .cli import fail, parse

    def build(p):
        p.add_argument("run_dirs", nargs="+", type=Path, help="results/<model>/<timestamp> folders, one per variant")
        p.add_argument("--reference", type=Path, help="the reference run (default: the float32 one)")
        p.add_argument("--bench", type=Path, nargs="*", default=[], help="bench folders to take efficiency from")
        p.add_argument("--out", type=Path, default=Path("results/variants"), help="where to write the report")
        p.add_argument("--resamples", type=int, default=2000)
        p.add_argument("--seed", type=int, default=0)

    ns = parse("compare-variants", args, build)
    if ns.resamples < 100:
        return fail(f"--resamples={ns.resamples}: use at least 100")
    try:
        result = compare(ns.run_dirs, ns.reference, ns.resamples, ns.seed, ns.bench)
    except SlmtrustError as exc:
        return fail(str(exc))
    from .record import atomic_write_text, write_json

    ns.out.mkdir(parents=True, exist_ok=True)
    write_json(ns.out / "variants.json", result)
    table = markdown(result)
    atomic_write_text(ns.out / "variants.md", table)
    plot(result, ns.out / "variants.svg")
    print(table, end="")
    print(f"written: {ns.out / 'variants.md'}, {ns.out / 'variants.json'}, {ns.out / 'variants.svg'}")
    return 0
