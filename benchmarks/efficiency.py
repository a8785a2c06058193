"""Efficiency of one model at several precisions, measured in one run on this machine.

Each variant runs ``python -m slmtrust bench`` in its own process (so peak RSS belongs to that
variant alone) and the figures are read back from its ``efficiency.json``. Prints, per variant:
decode tokens/s at batch 1, the roofline ratio (weight bytes x decode tokens/s / measured
memory bandwidth), the same two for the compiled decode step (``efficiency.compiled_decode``,
on in the full profile; its ratio pairs each repeat with a bandwidth probe run just before
it), the throughput gain of the largest batch over batch 1, peak RSS and weight bytes; then
each variant's ratios against the first one (the float32 baseline of this run).

    python benchmarks/efficiency.py [--model smollm2-135m] [--variants float32,bfloat16,int8]
                                    [--out results/bench-efficiency] [-- extra bench overrides]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VARIANTS = {
    "float32": ["model.dtype=float32", "model.quantization=none"],
    "bfloat16": ["model.dtype=bfloat16", "model.quantization=none"],
    "float16": ["model.dtype=float16", "model.quantization=none"],
    "int8": ["model.dtype=float32", "model.quantization=int8"],
}


def bench(model: str, variant: str, out: Path, extra: list[str]) -> tuple[dict, float]:
    cmd = [sys.executable, "-m", "slmtrust", "bench", f"model={model}", *VARIANTS[variant]]
    cmd += [f"paths.results={out}", "progress=false", *extra]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        sys.exit(f"bench {variant} failed:\n{done.stderr[-2000:]}")
    dtype, quant = (o.split("=", 1)[1] for o in VARIANTS[variant])
    runs = sorted((out / model).glob(f"bench-{dtype}-{quant}-*"), key=lambda p: p.stat().st_mtime)
    return json.loads((runs[-1] / "efficiency.json").read_text()), wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="smollm2-135m")
    parser.add_argument("--variants", default="float32,bfloat16,int8")
    parser.add_argument("--out", type=Path, default=REPO / "results" / "bench-efficiency")
    parser.add_argument("extra", nargs="*", help="more bench overrides, e.g. efficiency.repeats=3")
    ns = parser.parse_args()
    names = ns.variants.split(",")
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        sys.exit(f"error: --variants: unknown {unknown}; valid: {', '.join(VARIANTS)}")
    results = {}
    for name in names:
        print(f"measuring {ns.model} {name} ...", flush=True)
        results[name], wall = bench(ns.model, name, ns.out, ns.extra)
        results[name]["_wall_s"] = wall
    base = results[names[0]]
    print()
    header = f"{'variant':<10} {'decode tok/s':>18} {'roofline':>18} {'best batch gain':>16} {'peak RSS MiB':>13}"
    print(header + f" {'weights MiB':>12} {'bandwidth GB/s':>15} {'wall s':>7}")

    def pair(fig: dict, digits: int) -> str:
        if fig is None or fig["median"] is None:
            return "-"
        return f"{fig['median']:.{digits}f} [{fig['min']:.{digits}f},{fig['max']:.{digits}f}]"

    for name, r in results.items():
        d, rf = r["decode_tokens_per_s"], r["roofline_ratio"]
        top = max(r["throughput_gain_vs_batch1"], key=int)
        print(
            f"{name:<10} {d['median']:>7.2f} [{d['min']:.2f},{d['max']:.2f}] {rf['median']:>7.3f} "
            f"[{rf['min']:.2f},{rf['max']:.2f}] {'b' + top + ' x' + str(r['throughput_gain_vs_batch1'][top]):>16} "
            f"{r['memory']['peak_rss']['median']:>13.0f} {r['model']['weight_bytes'] / 2**20:>12.1f} "
            f"{rf['bandwidth_gb_s']:>15.2f} {r['_wall_s']:>7.0f}"
        )
    head = f"{'compiled decode tok/s':>24} {'compiled roofline':>20} {'paired probe GB/s':>20} {'compile s':>10}"
    print(f"\n{'variant':<10} {head}")
    for name, r in results.items():
        fast, ratio = r.get("compiled_decode_tokens_per_s"), r.get("compiled_roofline_ratio") or {}
        why = (fast or {}).get("reason", "")
        compile_s = (fast or {}).get("compile_s")
        print(
            f"{name:<10} {pair(fast, 2):>24} {pair(ratio, 3):>20} {pair(ratio.get('bandwidth_gb_s'), 1):>20} "
            f"{'-' if compile_s is None else compile_s:>10} {why}"
        )
    print(f"\nratios against {names[0]} (measured in this run):")
    for name, r in list(results.items())[1:]:
        speed = r["decode_tokens_per_s"]["median"] / base["decode_tokens_per_s"]["median"]
        rss = r["memory"]["peak_rss"]["median"] / base["memory"]["peak_rss"]["median"]
        weights = r["model"]["weight_bytes"] / base["model"]["weight_bytes"]
        print(f"  {name}: decode speed x{speed:.2f}, peak RSS x{rss:.2f}, weight bytes x{weights:.2f}")
    hw = base["hardware"]
    print(
        f"\nhardware: {hw['cpu']}, {hw['cores']} cores, {hw['torch_threads']} torch threads, {hw['cpu_capability']}, "
        f"flags {' '.join(hw['cpu_flags'])}; torch {hw['torch']}; energy: {base['energy_per_token'].get('reason') or 'measured'}"
    )


if __name__ == "__main__":
    main()
