"""Batch-1 decode through inductor ahead of time: how close the same weights come to the
memory's speed once the per-operator overhead of eager PyTorch is gone.

Eager decoding of a small model on a CPU spends most of its time outside the memory stream:
each of the ~200 matrix-vector products goes through a BLAS call tuned for matrices, not for a
single row, and reaches about a third of the machine's bandwidth. Here the one-token step with
a static KV cache is exported and compiled by AOTInductor, and on CPU every batch-1 matmul is
lowered to a fused multiply-and-sum reduction (inductor's ``decompose_mm_pass``), which streams
the weights. The step uses the plain ("eager") attention, which inductor fuses into its own
kernels instead of one external SDPA call a layer. Compiled ahead of time, a step is one call
into C++ that reads the model's own weight and cache tensors in place (handed over by
reference, not copied), with none of ``torch.compile``'s per-call work: no guard evaluation,
no Python wrapper, no gathering of ~300 parameters (on SmolLM2-135M that cut the step by 9 %
against ``torch.compile``, measured interleaved). The prompt is prefilled eagerly into the same
cache, so only decoding is compiled; the suites keep the eager engine.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch


@dataclass
class CompiledDecode:
    """Per-repeat decode tokens/s, the seconds that exporting and compiling the step took, the
    largest difference between compiled and eager logits over every step of the first prompt,
    and what the ``before_each`` probe returned just before each timed repeat (empty without a
    probe)."""

    tokens_per_s: list[float]
    compile_s: float
    max_abs_logit_diff: float
    probe: list[float]


def tolerance(logits: torch.Tensor) -> float:
    """The largest logit difference from eager that still counts as the same computation, for
    eager ``logits``: 1e-4 of their largest magnitude in float32, 8e-2 in 16-bit types. Over 63
    decoded tokens of SmolLM2-135M and Gemma-3-270M, the compiled step differed from eager by
    at most 3e-6 of that scale in float32 and 2.3e-2 in bfloat16; a step that wrote every token
    into one cache slot differed by 0.29 to 0.8."""
    return (1e-4 if logits.dtype.itemsize >= 4 else 8e-2) * float(logits.abs().max())


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
    counts its fill level in a Python int, which export bakes into the program as a constant,
    so every compiled step would write the same slot (the check against eager refuses that)."""
    from transformers import StaticCache
    from transformers.cache_utils import StaticLayer

    cache = StaticCache(config=model.config, max_cache_len=max_len)
    for i, layer in enumerate(cache.layers):
        if getattr(layer, "is_sliding", False) and layer.max_cache_len >= max_len:
            cache.layers[i] = StaticLayer(max_cache_len=max_len)
    return cache


class _Step(torch.nn.Module):
    """One decode step over a static cache, in a form ``torch.export`` can trace: the cache's
    tensors are this module's buffers, so the exported program writes them in place."""

    def __init__(self, model: Any, cache: Any):
        super().__init__()
        self.model, self.cache = model, cache
        self.lengths = [  # the fill levels kept in tensors (a sliding layer's is a Python int)
            layer.cumulative_length
            for layer in cache.layers
            if isinstance(getattr(layer, "cumulative_length", None), torch.Tensor)
        ]
        for i, layer in enumerate(cache.layers):
            self.register_buffer(f"keys_{i}", layer.keys, persistent=False)
            self.register_buffer(f"values_{i}", layer.values, persistent=False)
        for i, length in enumerate(self.lengths):
            self.register_buffer(f"length_{i}", length, persistent=False)

    def forward(self, token: torch.Tensor, position: torch.Tensor) -> torch.Tensor:
        # each layer's fill level is set from the position argument: left to be read from its buffer,
        # it was folded into a constant by AOTInductor, and every step wrote the same cache slot
        for length in self.lengths:
            length.copy_(position[0])
        out = self.model(input_ids=token, cache=self.cache, use_cache=True, cache_position=position)
        return out.logits[:, -1]


def _compile(model: Any, cache: Any, token: torch.Tensor, position: torch.Tensor, folder: Path) -> Any:
    """The step exported with the model's plain attention and compiled by AOTInductor into
    ``folder``, loaded with the model's parameters and the cache's tensors as its constants by
    reference (``user_managed``), so the weights it streams are the model's own."""
    step = _Step(model, cache).eval()
    with _attention(model, "eager"):
        program = torch.export.export(step, (token, position), strict=True)
    path = torch._inductor.aoti_compile_and_package(
        program,
        package_path=str(folder / "step.pt2"),
        inductor_configs={"aot_inductor.package_constants_in_so": False},
    )
    runner = torch._inductor.aoti_load_package(path, run_single_threaded=True)
    tensors = dict(step.named_parameters()) | dict(step.named_buffers())
    runner.load_constants(
        {name: tensors[name] for name in runner.get_constant_fqns()}, check_full_update=True, user_managed=True
    )
    return runner


@torch.no_grad()
def measure(
    model: Any,
    prompts: list[torch.Tensor],
    new_tokens: int,
    warmup: int,
    before_each: Callable[[], float] | None = None,
) -> CompiledDecode:
    """Decode ``new_tokens`` greedily after each prompt (batch 1, all of one length, on CPU)
    with the compiled step. The first prompt compiles the step and is decoded untimed; its
    logits at every step are checked against the eager model (its own attention) run over the
    prompt and the decoded tokens, so a step that mishandles the cache raises ``ValueError``
    instead of being timed. Of the remaining prompts the first ``warmup`` are untimed.
    ``before_each`` (a memory-bandwidth probe, say) runs just before every timed repeat, so each
    rate has a reading of the machine taken seconds apart from it."""
    length = int(prompts[0].shape[1])
    cache = static_cache(model, length + new_tokens)

    def prefill(ids: torch.Tensor) -> torch.Tensor:
        cache.reset()
        out = model(input_ids=ids, cache=cache, use_cache=True, cache_position=torch.arange(length), logits_to_keep=1)
        return out.logits[:, -1].argmax(-1, keepdim=True)

    first = prefill(prompts[0])  # also allocates the cache's tensors, which the compiled step then owns
    with _mm_as_reductions(), tempfile.TemporaryDirectory(prefix="slmtrust-step-") as folder:
        started = time.perf_counter()
        runner = _compile(model, cache, first, torch.tensor([length]), Path(folder))
        compile_s = time.perf_counter() - started

    def decode(token: torch.Tensor) -> list[torch.Tensor]:
        """Greedy compiled steps after the prompt; the logits of each step."""
        logits = []
        for k in range(new_tokens - 1):
            logits.append(runner(token, torch.tensor([length + k])))
            token = logits[-1].argmax(-1, keepdim=True)
        return logits

    checked = decode(first)
    tokens = [first] + [step.argmax(-1, keepdim=True) for step in checked[:-1]]
    whole = torch.cat([prompts[0], *tokens], dim=1)
    eager = model(input_ids=whole, use_cache=False, logits_to_keep=len(tokens)).logits[0]
    diff, allowed = float((eager - torch.cat(checked)).abs().max()), tolerance(eager)
    if not diff <= allowed:
        raise ValueError(
            f"the compiled step's logits differ from eager decoding by up to {diff:.3g} over {len(checked)} steps "
            f"(tolerance {allowed:.3g}): it does not compute the model's step, so it is not timed"
        )
    rates: list[float] = []
    probe: list[float] = []
    for j, ids in enumerate(prompts[1:]):
        if j >= warmup and before_each is not None:
            probe.append(before_each())
        token = prefill(ids)
        started = time.perf_counter()
        decode(token)
        elapsed = time.perf_counter() - started
        if j >= warmup:
            rates.append((new_tokens - 1) / elapsed)
    return CompiledDecode(rates, compile_s, diff, probe)
