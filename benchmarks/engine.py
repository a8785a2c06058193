"""Engine throughput against the obvious baselines, measured in one run on one model.

1. Multiple-choice scoring: our backend (context encoded once, KV cache reused for
   every option, logits only where needed) vs lm-eval's ``HFLM.loglikelihood`` on the
   same (context, continuation) pairs; prints the speed ratio and the largest
   absolute log-prob difference.
2. Greedy generation: the engine's batched decode loop vs transformers' own
   ``model.generate``, per item and batched (left-padded, longest prompts first as the engine
   sorts them, batch 8, 16 and 32; the best of the three is the baseline) on the same prompts;
   prints the ratios and how many texts are identical to the engine's.
3. Seeded sampling of several texts per prompt: the engine's decode loop (all prompts and
   samples of a batch together) vs one ``model.generate(num_return_sequences=n)`` per prompt.
4. Load time of the default model once its GGUF de-quantisation is cached.

    python benchmarks/engine.py [--model smollm2-135m] [--items 60] [--gen-items 32] [--batch-size 16]
                                [--parts scoring,load]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def load_backend(cache: Path, model: str = "smollm2-135m"):
    from hydra import compose, initialize_config_dir

    from slmtrust.api.config import CONF_DIR, register
    from slmtrust.models import build_backend

    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        cfg = compose("config", overrides=[f"model={model}", "hardware=cpu"])
    return build_backend(cfg.model, cfg.hardware, cache)


def items(n: int) -> list[dict]:
    rows = [json.loads(line) for line in (REPO / "suites/hallucination/answerable.jsonl").read_text().splitlines()]
    return rows[:n]


def bench_scoring(backend, rows, batch_size: int, repeats: int) -> dict:
    import torch
    from lm_eval.api.instance import Instance
    from lm_eval.models.huggingface import HFLM

    from slmtrust.api.types import Request, chat
    from slmtrust.models.engine import Engine

    # one raw prompt per item (the chat-rendered question), so both sides see identical text
    prompts = [backend.render(Request("score", messages=chat(r["question"]), continuations=("x",)))[0] for r in rows]
    reqs = [Request("score", prompt=p, continuations=tuple([r["answer"], *r["wrong"]])) for p, r in zip(prompts, rows)]
    engine = Engine(backend, cache=None, batch_size=batch_size)
    engine.ask(reqs[:2])  # warm-up
    lm = HFLM(
        pretrained=backend.model,
        tokenizer=backend.tokenizer,
        batch_size=batch_size,
        device="cpu",
        dtype=torch.float32,
        logits_cache=True,
    )
    pairs = [(p, c) for p, r in zip(prompts, reqs) for c in r.continuations]
    insts = [Instance("loglikelihood", doc={}, arguments=pair, idx=i) for i, pair in enumerate(pairs)]
    lm.loglikelihood(insts[:4], disable_tqdm=True)  # warm-up
    ours_times, their_times = [], []
    for _ in range(repeats):  # alternate, so load from other processes hits both sides alike
        t0 = time.perf_counter()
        ours = engine.ask(reqs)
        ours_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        theirs = lm.loglikelihood(insts, disable_tqdm=True)
        their_times.append(time.perf_counter() - t0)
    t_ours, t_theirs = statistics.median(ours_times), statistics.median(their_times)
    flat = [lp for resp in ours for lp in resp.logprobs]
    diff = max(abs(a - b[0]) for a, b in zip(flat, theirs))
    return {
        "items": len(rows),
        "options": len(pairs),
        "ours_s": round(t_ours, 3),
        "lm_eval_s": round(t_theirs, 3),
        "speedup": round(t_theirs / t_ours, 2),
        "max_abs_logprob_diff": diff,
    }


def bench_generation(backend, rows, batch_size: int, max_new_tokens: int) -> dict:
    import torch

    from slmtrust.api.types import GenerationSettings, Request, chat
    from slmtrust.models.engine import Engine

    gen = GenerationSettings(max_new_tokens=max_new_tokens)
    reqs = [Request("generate", messages=chat(r["question"]), gen=gen) for r in rows]
    engine = Engine(backend, cache=None, batch_size=batch_size)
    engine.ask(reqs[:2])
    t0 = time.perf_counter()
    ours = [r.text for r in engine.ask(reqs)]
    t_ours = time.perf_counter() - t0

    tok, model = backend.tokenizer, backend.model
    batched = {size: batched_generate(backend, reqs, size, max_new_tokens) for size in BATCHED_SIZES}
    best = min(batched, key=lambda size: batched[size][1])
    texts = []
    t0 = time.perf_counter()
    for r in reqs:  # the baseline: one model.generate per item
        ids = torch.tensor([backend.encode(backend.render(r)[0], False)])
        with torch.inference_mode():
            out = model.generate(
                input_ids=ids,
                attention_mask=torch.ones_like(ids),
                max_new_tokens=max_new_tokens,
                do_sample=False,
                pad_token_id=backend.pad_id,
                eos_token_id=backend.eos_ids,
            )
        texts.append(tok.decode(out[0, ids.shape[1] :], skip_special_tokens=True))
    t_loop = time.perf_counter() - t0
    new_tokens = sum(len(backend.encode(t, False)) for t in ours)
    return {
        "items": len(rows),
        "new_tokens": new_tokens,
        "ours_s": round(t_ours, 3),
        "loop_s": round(t_loop, 3),
        "ours_tok_s": round(new_tokens / t_ours, 1),
        "loop_tok_s": round(new_tokens / t_loop, 1),
        "speedup": round(t_loop / t_ours, 2),
        "identical_texts": sum(a == b for a, b in zip(ours, texts)),
        "batched": {
            size: {"s": round(t, 3), "identical_texts": sum(a == b for a, b in zip(ours, found))}
            for size, (found, t) in batched.items()
        },
        "best_batch": best,
        "speedup_vs_batched": round(batched[best][1] / t_ours, 2),
    }


BATCHED_SIZES = (8, 16, 32)


def batched_generate(backend, reqs, size: int, max_new_tokens: int) -> tuple[list[str], float]:
    """Greedy texts from ``model.generate`` over left-padded batches of ``size`` prompts (longest
    first, as the engine sorts them), in request order, and the seconds it took."""
    import torch

    prompts = [backend.encode(backend.render(r)[0], False) for r in reqs]
    order = sorted(range(len(prompts)), key=lambda i: len(prompts[i]), reverse=True)
    texts = [""] * len(prompts)
    t0 = time.perf_counter()
    for start in range(0, len(order), size):
        rows = order[start : start + size]
        width = max(len(prompts[i]) for i in rows)
        ids = torch.full((len(rows), width), backend.pad_id, dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for j, i in enumerate(rows):
            ids[j, width - len(prompts[i]) :] = torch.tensor(prompts[i])
            mask[j, width - len(prompts[i]) :] = 1
        with torch.inference_mode():
            out = backend.model.generate(
                input_ids=ids,
                attention_mask=mask,
                max_new_tokens=max_new_tokens,
                do_sample=False,
                pad_token_id=backend.pad_id,
                eos_token_id=backend.eos_ids,
            )
        for j, i in enumerate(rows):
            texts[i] = backend.tokenizer.decode(out[j, width:], skip_special_tokens=True)
    return texts, time.perf_counter() - t0


def bench_sampling(backend, rows, batch_size: int, max_new_tokens: int, samples: int) -> dict:
    """Seeded sampling of ``samples`` texts per prompt (the toxicity suite's workload): the
    engine's batched decode loop vs one ``model.generate(num_return_sequences=...)`` per prompt."""
    import torch

    from slmtrust.api.types import GenerationSettings, Request, chat
    from slmtrust.models.engine import Engine

    gen = GenerationSettings(max_new_tokens=max_new_tokens, temperature=1.0, top_p=0.9, n=samples, seed=1)
    reqs = [Request("generate", messages=chat(r["question"]), gen=gen) for r in rows]
    engine = Engine(backend, cache=None, batch_size=batch_size)
    t0 = time.perf_counter()
    ours = [t for r in engine.ask(reqs) for t in r.texts]
    t_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    for r in reqs:
        ids = torch.tensor([backend.encode(backend.render(r)[0], False)])
        with torch.inference_mode():
            backend.model.generate(
                input_ids=ids.repeat(samples, 1),
                attention_mask=torch.ones_like(ids).repeat(samples, 1),
                max_new_tokens=max_new_tokens,
                do_sample=True,
                temperature=1.0,
                top_p=0.9,
                top_k=None,
                pad_token_id=backend.pad_id,
                eos_token_id=backend.eos_ids,
            )
    t_loop = time.perf_counter() - t0
    return {
        "texts": len(ours),
        "ours_s": round(t_ours, 3),
        "loop_s": round(t_loop, 3),
        "speedup": round(t_loop / t_ours, 2),
    }


def bench_load(cache: Path) -> float:
    """Second load of the default model in a fresh process, Python imports excluded."""
    code = (
        f"import time, sys; sys.path.insert(0, {str(REPO)!r})\n"
        "import torch, transformers.models.llama.modeling_llama\n"
        "from benchmarks.engine import load_backend\n"
        "from pathlib import Path\n"
        "import hydra, slmtrust.models.hf\n"
        f"t = time.perf_counter(); load_backend(Path({str(cache)!r})); print(time.perf_counter() - t)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="smollm2-135m", help="a conf/model preset")
    parser.add_argument("--items", type=int, default=60)
    parser.add_argument("--gen-items", type=int, default=32)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--max-new-tokens", type=int, default=32)
    parser.add_argument("--sample-items", type=int, default=16)
    parser.add_argument("--samples", type=int, default=4)
    parser.add_argument("--repeats", type=int, default=3, help="alternating timed repeats of the scoring comparison")
    parser.add_argument("--parts", default="scoring,generation,sampling,load", help="comma-separated subset to run")
    parser.add_argument("--cache", type=Path, default=Path("~/.cache/slmtrust").expanduser())
    args = parser.parse_args()
    import torch

    torch.manual_seed(0)
    backend = load_backend(args.cache, args.model)
    rows = items(max(args.items, args.gen_items))
    print(
        f"model: {backend.info().id} ({backend.info().fingerprint.quantization}, float32, "
        f"{torch.get_num_threads()} threads)"
    )
    parts = set(args.parts.split(","))
    if "scoring" in parts:
        s = bench_scoring(backend, rows[: args.items], args.batch_size, args.repeats)
        print(
            f"MC scoring: {s['items']} items / {s['options']} options (median of {args.repeats}): ours {s['ours_s']} s, "
            f"lm-eval HFLM {s['lm_eval_s']} s -> {s['speedup']}x (target >= 3x); max |logprob diff| "
            f"{s['max_abs_logprob_diff']:.2e} (target <= 1e-4)"
        )
    if "generation" in parts:
        g = bench_generation(backend, rows[: args.gen_items], args.batch_size, args.max_new_tokens)
        print(
            f"generation: {g['items']} prompts, {g['new_tokens']} new tokens: engine {g['ours_tok_s']} tok/s "
            f"({g['ours_s']} s) vs per-item generate loop {g['loop_tok_s']} tok/s ({g['loop_s']} s) -> "
            f"{g['speedup']}x (target >= 5x); identical texts {g['identical_texts']}/{g['items']}"
        )
        for size, b in g["batched"].items():
            print(
                f"  batched model.generate, batch {size}: {b['s']} s; identical texts {b['identical_texts']}/{g['items']}"
            )
        print(
            f"  engine vs the best batched generate (batch {g['best_batch']}): {g['speedup_vs_batched']}x (target >= 3x)"
        )
    if "sampling" in parts:
        m = bench_sampling(backend, rows[: args.sample_items], args.batch_size, args.max_new_tokens, args.samples)
        print(
            f"seeded sampling: {args.sample_items} prompts x {args.samples} samples: engine {m['ours_s']} s vs "
            f"per-prompt generate(num_return_sequences) {m['loop_s']} s -> {m['speedup']}x"
        )
    if "load" in parts:
        print(
            f"second load of smollm2-135m (cached de-quantisation, imports excluded): {bench_load(args.cache):.2f} s "
            "(target <= 3 s)"
        )


if __name__ == "__main__":
    main()
