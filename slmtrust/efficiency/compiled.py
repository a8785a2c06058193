"""Batch-1 decode through ``torch.compile``: how close the same weights come to the memory's
speed once the per-operator overhead of eager PyTorch is gone.

Eager decoding of a small model on a CPU spends most of its time outside the memory stream:
each of the ~200 matrix-vector products goes through a BLAS call tuned for matrices, not for a
single row, and reaches about a third of the machine's bandwidth. Here the one-token step is
compiled by inductor with a static KV cache, and on CPU every batch-1 matmul is lowered to a
fused multiply-and-sum reduction (inductor's ``decompose_mm_pass``), which streams the weights.
What is left outside the weight stream is per-call overhead, so the step is compiled with the
plain ("eager") attention, which inductor fuses into its own kernels instead of one external
SDPA call a layer, and the timed steps skip dynamo's guard evaluation after an untimed pass
has shown that no step needs a recompile (on SmolLM2-135M these two cut the step by a sixth).
The prompt is prefilled eagerly, so only decoding is compiled; the suites keep the eager engine.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import torch


@dataclass
class CompiledDecode:
    """Per-repeat decode tokens/s, the seconds the first call took (compilation), the largest
    difference between compiled and eager logits on the first decoded token, and what the
    ``before_each`` probe returned just before each timed repeat (empty without a probe)."""

    tokens_per_s: list[float]
    compile_s: float
    max_abs_logit_diff: float
    probe: list[float]


@contextmanager
def _mm_as_reductions() -> Iterator[None]:
    """Inductor settings under which ``M = 1`` matmuls become fused reductions on CPU, whatever
    the output width (its default cap of 2048 would leave the vocabulary projection as a BLAS
    call). Scoped to this benchmark: nothing stays changed afterwards."""
    import torch._inductor.config as inductor_config
    from torch._inductor.fx_passes import decompose_mem_bound_mm as decompose

    saved = decompose.cpu_max_other_dimension_decomposition
    decompose.cpu_max_other_dimension_decomposition = 1 << 30
    try:
        with inductor_config.patch(post_grad_fusion_options={"decompose_mm_pass": {}}):
            yield
    finally:
        decompose.cpu_max_other_dimension_decomposition = saved


@contextmanager
def _attention(model: Any, implementation: str) -> Iterator[None]:
    """The model with another attention implementation for the duration, then its own again."""
    before = model.config._attn_implementation
    model.set_attn_implementation(implementation)
    try:
        yield
    finally:
        model.set_attn_implementation(before)


def static_cache(model: Any, max_len: int) -> Any:
    """A static KV cache for ``max_len`` tokens. A sliding-window layer whose window holds all
    ``max_len`` tokens never drops one, so it becomes a plain static layer: the sliding layer
    counts its fill level in a Python int, dynamo guards on that int, and every decoded token
    would recompile until dynamo gives up (Gemma-3 did)."""
    from transformers import StaticCache
    from transformers.cache_utils import StaticLayer

    cache = StaticCache(config=model.config, max_cache_len=max_len)
    for i, layer in enumerate(cache.layers):
        if getattr(layer, "is_sliding", False) and layer.max_cache_len >= max_len:
            cache.layers[i] = StaticLayer(max_cache_len=max_len)
    return cache


@torch.inference_mode()
def measure(
    model: Any,
    prompts: list[torch.Tensor],
    new_tokens: int,
    warmup: int,
    before_each: Callable[[], float] | None = None,
) -> CompiledDecode:
    """Decode ``new_tokens`` greedily after each prompt (batch 1, all of one length, on CPU)
    with the compiled step. The first prompt compiles the step, checks it against eager and
    decodes with every guard checked (a step that would recompile raises dynamo's
    ``RecompileError``); of the rest, the first ``warmup`` are untimed. ``before_each`` (a
    memory-bandwidth probe, say) runs just before every timed repeat, so each rate has a
    reading of the machine taken seconds apart from it."""
    length = int(prompts[0].shape[1])
    cache = static_cache(model, length + new_tokens)
    here = torch.tensor([length])

    def step(token: torch.Tensor, position: torch.Tensor) -> torch.Tensor:
        return model(input_ids=token, past_key_values=cache, use_cache=True, cache_position=position).logits[:, -1]

    def prefill(ids: torch.Tensor) -> torch.Tensor:
        cache.reset()
        out = model(
            input_ids=ids, past_key_values=cache, use_cache=True, cache_position=torch.arange(length), logits_to_keep=1
        )
        return out.logits[:, -1].argmax(-1, keepdim=True)

    def decode(token: torch.Tensor, first: int) -> torch.Tensor:
        """Greedy compiled steps from decoded position ``first`` to the last of ``new_tokens``."""
        for k in range(first, new_tokens - 1):
            token = compiled(token, torch.tensor([length + k])).argmax(-1, keepdim=True)
        return token

    # a fresh compile for this model and cache: dynamo keys its cache on this function's code, and
    # past its recompile limit it would quietly run eager, labelled as compiled
    torch._dynamo.reset()
    compiled = torch.compile(step, dynamic=False, fullgraph=True)
    rates: list[float] = []
    probe: list[float] = []
    with _mm_as_reductions():
        token = prefill(prompts[0])
        reference = step(token, here)  # the model as the suites run it: eager, its own attention
        with _attention(model, "eager"):
            token = prefill(prompts[0])
            started = time.perf_counter()
            fast = compiled(token, here)
            compile_s = time.perf_counter() - started
            diff = float((reference - fast).abs().max())
            # the first prompt's remaining steps run with every guard checked and no recompile allowed,
            # so skipping the guards below cannot run a graph that a later step would have replaced
            with torch._dynamo.config.patch(error_on_recompile=True):
                decode(fast.argmax(-1, keepdim=True), 1)
            for j, ids in enumerate(prompts[1:]):
                if j >= warmup and before_each is not None:
                    probe.append(before_each())
                token = prefill(ids)
                with torch.compiler.set_stance(skip_guard_eval_unsafe=True):
                    started = time.perf_counter()
                    decode(token, 0)
                    elapsed = time.perf_counter() - started
                if j >= warmup:
                    rates.append((new_tokens - 1) / elapsed)
    return CompiledDecode(rates, compile_s, diff, probe)
