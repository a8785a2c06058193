"""Where the default run's time goes, suite by suite, against what this machine could do.

Runs each suite of the chosen selection (default: the six of ``suite=all`` at
``profile=quick``) on one loaded model, nothing cached, and prints per suite:

- model calls (requests answered by the backend);
- prompt tokens: every request's context once, plus every option of a score request;
- tokens computed: the positions the model was fed to read prompts (padding excluded; after
  the backend's own reuse: a batch's shared prefix once, a context once for all its options
  and samples), and with padding;
- generated tokens: the positions fed while decoding (one per live row per step);
- wall time, the part of it spent inside the backend (the rest is the suite's own work:
  scorers, detectors, bootstrap), and the wall time's ratio to the compute bound: 2 x parameters x (tokens computed +
  generated) / the fp32 matmul FLOP/s measured here at the start of the same run.

A ratio near 1 means the suite is as fast as its token count allows; a large one points at
overhead (Python, padding, small batches) rather than arithmetic.

    python benchmarks/default_run.py [--model smollm2-135m] [--profile quick]
        [--suites hallucination,sycophancy,...] [OVERRIDE ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEFAULT_SUITES = ("hallucination", "sycophancy", "misinformation", "toxicity", "fairness", "privacy")


def matmul_flops(size: int = 1024, repeats: int = 10) -> float:
    """Best fp32 FLOP/s of a square matmul on this machine (the arithmetic bound)."""
    import torch

    a, b = torch.randn(size, size), torch.randn(size, size)
    torch.mm(a, b)  # warm-up
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        torch.mm(a, b)
        best = min(best, time.perf_counter() - start)
    return 2 * size**3 / best


@dataclass
class Tally:
    """Token counts of one suite, filled by the hooks below."""

    model_calls: int = 0
    prompt_tokens: int = 0
    computed: int = 0
    computed_padded: int = 0
    generated: int = 0
    model_s: float = 0.0  # time inside the backend's score/generate

    def total(self) -> int:
        return self.computed + self.generated


def instrument(backend: Any, tally: list[Tally]) -> None:
    """Count, into ``tally[0]``, the prompt tokens of every request the backend gets and the
    positions its model is fed (a forward pre-hook: width 1 with a cache is a decode step)."""
    for kind in ("score", "generate"):
        method = getattr(backend, kind)

        def counted(batch, _method=method, _kind=kind):
            t = tally[0]
            t.model_calls += len(batch)
            for request in batch:
                text, special = backend.render(request)
                t.prompt_tokens += len(backend.encode(text, special))
                if _kind == "score":
                    t.prompt_tokens += sum(len(backend.encode(c, False)) for c in request.continuations)
            start = time.perf_counter()
            try:
                return _method(batch)
            finally:
                t.model_s += time.perf_counter() - start

        setattr(backend, kind, counted)

    reading = [False]  # inside _encode_contexts: a forward there reads prompts, whatever its width
    encode_contexts = backend._encode_contexts

    def contexts(*args, **kwargs):
        reading[0] = True
        try:
            return encode_contexts(*args, **kwargs)
        finally:
            reading[0] = False

    backend._encode_contexts = contexts

    def hook(_module, args, kwargs):
        ids = kwargs.get("input_ids", args[0] if args else None)
        if ids is None:
            return
        t = tally[0]
        rows, width = ids.shape
        if not reading[0] and width == 1 and kwargs.get("use_cache"):  # a decode step
            t.generated += rows
            return
        mask = kwargs.get("attention_mask")
        real = int(mask[:, -width:].sum()) if mask is not None else rows * width
        t.computed += real
        t.computed_padded += rows * width

    backend.model.register_forward_pre_hook(hook, with_kwargs=True)


def measure(model: str, profile: str, suites: list[str], extra: list[str], cache: Path | None = None) -> dict[str, Any]:
    """The figures of each suite; ``cache`` is the model cache folder (default: ``paths.cache``)."""
    from slmtrust.api.config import cache_dir
    from slmtrust.models import build_backend
    from slmtrust.report.validity import compose
    from slmtrust.run.runner import execute

    flops = matmul_flops()
    base = [f"model={model}", f"profile={profile}", "use_cache=false", "progress=false", "efficiency=off", *extra]
    if cache is not None:
        base.append(f"paths.cache={cache}")
    cfg = compose(base)
    backend = build_backend(cfg.model, cfg.hardware, cache_dir(cfg.paths))
    params = int(backend.info().parameters or sum(p.numel() for p in backend.model.parameters()))
    tally = [Tally()]
    instrument(backend, tally)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in suites:
            tally[0] = Tally()
            start = time.perf_counter()
            execute(compose([*base, f"suite={name}", f"paths.results={tmp}"]), Path(tmp) / name, backend=backend)
            wall = time.perf_counter() - start
            t = tally[0]
            bound = 2 * params * t.total() / flops
            figures = {**asdict(t), "model_s": round(t.model_s, 2)}
            rows.append({"suite": name, **figures, "wall_s": round(wall, 2), "bound_s": round(bound, 2)})
    return {
        "model": model,
        "profile": profile,
        "parameters": params,
        "matmul_gflops": round(flops / 1e9, 1),
        "suites": rows,
    }


def table(found: dict[str, Any]) -> str:
    head = "| suite | model calls | prompt tokens | computed (padded) | generated | wall | in the model | bound | wall / bound |"
    lines = [head, "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    keys = ("model_calls", "prompt_tokens", "computed", "computed_padded", "generated", "model_s", "wall_s", "bound_s")
    total = dict.fromkeys(keys, 0.0)
    for r in [*found["suites"], None]:
        if r is None:
            r = {"suite": "**all**", **total}
        else:
            for k in total:
                total[k] += r[k]
        ratio = r["wall_s"] / r["bound_s"] if r["bound_s"] else float("nan")
        lines.append(
            f"| {r['suite']} | {r['model_calls']:,.0f} | {r['prompt_tokens']:,.0f} | {r['computed']:,.0f} "
            f"({r['computed_padded']:,.0f}) | {r['generated']:,.0f} | {r['wall_s']:.1f} s | {r['model_s']:.1f} s "
            f"| {r['bound_s']:.1f} s | {ratio:.1f}x |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="smollm2-135m")
    parser.add_argument("--profile", default="quick")
    parser.add_argument("--suites", default=",".join(DEFAULT_SUITES))
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("overrides", nargs="*", help="Hydra overrides for every suite run")
    args = parser.parse_args()
    found = measure(args.model, args.profile, args.suites.split(","), args.overrides)
    print(
        f"{found['model']}, profile={found['profile']}, {found['parameters']:,} parameters; "
        f"fp32 matmul {found['matmul_gflops']} GFLOP/s measured in this run"
    )
    print(table(found))
    if args.json:
        print(json.dumps(found, indent=2))


if __name__ == "__main__":
    main()
