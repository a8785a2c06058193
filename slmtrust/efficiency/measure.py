"""Load, time-to-first-token, decode and batched throughput of a loaded transformers model.

Conventions (docs/efficiency.md, chosen to compare with llama-bench and serving tools):

* prompts are seeded random ids from the ordinary vocabulary, so lengths are exact;
* generation is greedy with a fixed output length (end-of-sequence is ignored);
* TTFT = wall time of the prefill forward pass and the first token's argmax;
* decode tokens/s at batch 1 = (new tokens - 1) / (end-to-end - TTFT), i.e. 1 / TPOT;
* throughput at batch b = b x new tokens / end-to-end (prefill included);
* prefill tokens/s at length L = L / TTFT(L) (llama-bench pp512 at L = 512);
* every figure is the median over ``repeats`` after ``warmup`` untimed runs, with min and max;
* roofline ratio = weight bytes x decode tokens/s / measured memory bandwidth.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import torch

from ..api.efficiency import SCHEMA
from ..util.errors import SlmtrustError, describe
from . import machine
from .figures import figure, missing, single


@dataclass(frozen=True)
class Settings:
    """Validated ``efficiency`` config (see conf/efficiency/*.yaml)."""

    name: str = "quick"
    enabled: bool = True
    warmup: int = 1
    repeats: int = 2
    prompt_lengths: tuple[int | str, ...] = (128, 512)
    max_prompt_tokens: int = 2048
    decode_tokens: int = 16
    batch_sizes: tuple[int, ...] = (1, 4)
    bandwidth_mb: int = 128
    warm_load: bool = False
    compiled_decode: bool = False

    @classmethod
    def from_config(cls, cfg: Any) -> Settings:
        if cfg is None:
            return cls()
        get = cfg.get if hasattr(cfg, "get") else lambda k, d=None: getattr(cfg, k, d)
        raw = {k: get(k, getattr(cls, k)) for k in cls.__dataclass_fields__}
        settings = cls(
            name=str(raw["name"]),
            enabled=bool(raw["enabled"]),
            warmup=_int(raw["warmup"], "efficiency.warmup", 0),
            repeats=_int(raw["repeats"], "efficiency.repeats", 1),
            prompt_lengths=tuple(_length(v) for v in raw["prompt_lengths"]),
            max_prompt_tokens=_int(raw["max_prompt_tokens"], "efficiency.max_prompt_tokens", 2),
            decode_tokens=_int(raw["decode_tokens"], "efficiency.decode_tokens", 2),
            batch_sizes=tuple(_int(b, "efficiency.batch_sizes", 1) for b in raw["batch_sizes"]),
            bandwidth_mb=_int(raw["bandwidth_mb"], "efficiency.bandwidth_mb", 1),
            warm_load=bool(raw["warm_load"]),
            compiled_decode=bool(raw["compiled_decode"]),
        )
        if not settings.prompt_lengths:
            raise SlmtrustError("efficiency.prompt_lengths is empty; give token counts and/or max, e.g. [128,512,max]")
        if not settings.batch_sizes:
            raise SlmtrustError("efficiency.batch_sizes is empty; give positive integers, e.g. [1,4,16]")
        return settings


def _int(value: Any, name: str, least: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = None
    if number is None or number < least or str(value).strip() != str(number):
        raise SlmtrustError(f"{name}={value}: must be an integer >= {least}")
    return number


def _length(value: Any) -> int | str:
    if str(value) == "max":
        return "max"
    return _int(value, "efficiency.prompt_lengths", 1)


# --------------------------------------------------------------------------- model facts
def weight_stats(model: torch.nn.Module) -> dict[str, Any]:
    """Parameter count and bytes of the weights as they sit in memory, each storage counted
    once (tied embeddings share one); dynamic-int8 Linear layers count their packed int8
    weight and float bias. A quantised copy of a tied output layer counts its bytes but not
    its parameters again (the model has them once). Also the dtypes present, by bytes."""
    seen: set[int] = set()
    params = 0
    total = 0
    by_dtype: dict[str, int] = {}

    tied = bool(getattr(getattr(model, "config", None), "tie_word_embeddings", False))
    output = model.get_output_embeddings() if tied and hasattr(model, "get_output_embeddings") else None

    def add(t: torch.Tensor, is_param: bool, key: Any = None) -> None:
        nonlocal params, total
        key = key if key is not None else t.untyped_storage().data_ptr()
        if key in seen:
            return
        seen.add(key)
        size = t.numel() * t.element_size()
        total += size
        if is_param:
            params += t.numel()
        by_dtype[str(t.dtype).replace("torch.", "")] = by_dtype.get(str(t.dtype).replace("torch.", ""), 0) + size

    for module in model.modules():
        for p in module.parameters(recurse=False):
            add(p.detach(), True)
        packed = getattr(module, "_packed_params", None)
        if packed is not None and hasattr(module, "weight") and callable(module.weight):
            add(module.weight(), module is not output, key=("weight", id(module)))  # unpacked copies: key by module
            bias = module.bias()
            if bias is not None:
                add(bias, True, key=("bias", id(module)))
    return {"parameters": params, "weight_bytes": total, "bytes_by_dtype": by_dtype}


def prompt_batch(tokenizer: Any, rows: int, length: int, seed: int, vocab_size: int) -> torch.Tensor:
    """Seeded random token ids from the ordinary vocabulary (no special tokens): exact lengths."""
    special = set(getattr(tokenizer, "all_special_ids", []) or [])
    usable = torch.tensor([i for i in range(min(len(tokenizer), vocab_size)) if i not in special])
    gen = torch.Generator().manual_seed(seed)
    return usable[torch.randint(0, len(usable), (rows, length), generator=gen)]


@dataclass
class Timing:
    """One timed greedy generation: prefill + first token, and the whole call."""

    ttft_s: float
    total_s: float
    rows: int
    new_tokens: int


@torch.inference_mode()
def timed_generate(model: Any, ids: torch.Tensor, new_tokens: int, device: str) -> Timing:
    """Greedy generation of exactly ``new_tokens`` per row with the KV cache, timed inside."""
    ids = ids.to(device)
    machine._sync(device)
    t0 = time.perf_counter()
    out = model(input_ids=ids, use_cache=True, logits_to_keep=1)
    nxt = out.logits[:, -1].argmax(-1, keepdim=True)
    machine._sync(device)
    first = time.perf_counter() - t0
    past = out.cache
    for _ in range(new_tokens - 1):
        out = model(input_ids=nxt, cache=past, use_cache=True)
        past = out.cache
        nxt = out.logits[:, -1].argmax(-1, keepdim=True)
    machine._sync(device)
    return Timing(first, time.perf_counter() - t0, int(ids.shape[0]), new_tokens)


def _repeat(fn: Callable[[int], Timing], warmup: int, repeats: int, tick: Callable[[], None]) -> list[Timing]:
    for i in range(warmup):
        fn(i)
    out = []
    for i in range(repeats):
        out.append(fn(warmup + i))
        tick()
    return out


# --------------------------------------------------------------------------- the benchmark
def run_benchmark(
    backend: Any,
    settings: Settings,
    progress: bool = True,
    load: dict[str, Any] | None = None,
    reload: Callable[[], float] | None = None,
) -> dict[str, Any]:
    """Measure a loaded transformers backend; returns the ``efficiency`` block.

    ``load`` carries the cold load time measured by the caller; ``reload`` (when given and
    ``settings.warm_load``) loads the model again and returns the seconds it took."""
    from tqdm.auto import tqdm

    model, tokenizer, device = backend.model, backend.tokenizer, str(backend.device)
    info = backend.info()
    vocab = (
        int(model.get_input_embeddings().weight.shape[0]) if hasattr(model, "get_input_embeddings") else len(tokenizer)
    )
    context = int(getattr(backend, "max_length", settings.max_prompt_tokens))
    lengths = []
    for item in settings.prompt_lengths:
        n = min(settings.max_prompt_tokens, context - 1) if item == "max" else int(item)
        if n > context - 1:
            raise SlmtrustError(f"efficiency.prompt_lengths: {n} tokens exceeds the model's context ({context})")
        lengths.append((str(item), n))
    base_len = lengths[0][1]
    if base_len + settings.decode_tokens > context:
        raise SlmtrustError(f"efficiency.decode_tokens={settings.decode_tokens}: prompt + output exceed the context")
    r, w = settings.repeats, settings.warmup
    steps = len(lengths) * r + len(settings.batch_sizes) * r + r + (r if settings.warm_load and reload else 0)
    steps += r if settings.compiled_decode else 0
    bar = tqdm(total=steps, desc=f"efficiency {info.id}", unit="run", disable=not progress, leave=False)

    def tick() -> None:
        bar.update(1)

    started = time.perf_counter()
    hardware = machine.describe(device)
    machine.reset_peak_memory(device)
    weights = weight_stats(model)

    ttft, prefill = {}, {}
    for label, n in lengths:
        bar.set_postfix_str(f"ttft {n}")
        ids = [prompt_batch(tokenizer, 1, n, seed=1000 + i, vocab_size=vocab) for i in range(w + r)]
        runs = _repeat(lambda i, ids=ids: timed_generate(model, ids[i], 1, device), w, r, tick)
        ttft[label] = figure([t.ttft_s * 1000 for t in runs], "ms") | {"prompt_tokens": n}
        prefill[label] = figure([n / t.ttft_s for t in runs], "tokens/s") | {"prompt_tokens": n}

    meter = machine.EnergyMeter(device)
    energy: list[float] = []
    throughput: dict[str, Any] = {}
    decode_runs: list[Timing] = []
    for b in settings.batch_sizes:
        bar.set_postfix_str(f"batch {b}")
        ids = [prompt_batch(tokenizer, b, base_len, seed=2000 + i, vocab_size=vocab) for i in range(w + r)]

        def one(i: int, ids=ids, b=b) -> Timing:
            before = meter.read()
            timing = timed_generate(model, ids[i], settings.decode_tokens, device)
            after = meter.read()
            if b == 1 and i >= w and before is not None and after is not None:
                energy.append((after - before) / settings.decode_tokens)
            return timing

        runs = _repeat(one, w, r, tick)
        if b == 1:
            decode_runs = runs
        throughput[str(b)] = figure([t.rows * t.new_tokens / t.total_s for t in runs], "tokens/s")
    if not decode_runs:  # batch 1 not among the batch sizes: measure decode on its own
        ids = [prompt_batch(tokenizer, 1, base_len, seed=2000 + i, vocab_size=vocab) for i in range(w + r)]
        decode_runs = _repeat(lambda i: timed_generate(model, ids[i], settings.decode_tokens, device), w, r, tick)
    else:
        for _ in range(r):
            tick()
    decode = [(t.new_tokens - 1) / (t.total_s - t.ttft_s) for t in decode_runs]
    memory = machine.peak_memory(device)
    # after the memory reading, so the probe's two buffers are not counted as the model's peak
    bar.set_postfix_str("bandwidth")
    bandwidth = machine.memory_bandwidth(device, settings.bandwidth_mb, r, w)
    for _ in range(r):  # the probe counts as r steps
        tick()

    compiled_fig, compiled_ratio = _compiled_decode(
        model, tokenizer, device, settings, base_len, vocab, bar, weights["weight_bytes"]
    )

    warm: list[float] = []
    if settings.warm_load and reload is not None:
        for _ in range(r):
            bar.set_postfix_str("warm load")
            warm.append(reload())
            tick()
    bar.close()

    best_bw = max(bandwidth["copy"]["median"], bandwidth["read"]["median"])
    roofline = [weights["weight_bytes"] * d / (best_bw * 1e9) for d in decode]
    batch1 = throughput.get("1", {}).get("median")
    gains = {b: round(fig["median"] / batch1, 3) if batch1 else None for b, fig in throughput.items() if fig["median"]}
    load = load or {}
    cold = load.get("cold_s", getattr(info, "load_seconds", None))
    energy_fig = (
        figure(energy, "J/token")
        | {
            "source": meter.source,
            "note": f"energy of a batch-1 run ({base_len}-token prompt prefill + {settings.decode_tokens} new tokens) "
            "divided by the new tokens",
        }
        if energy
        else missing("J/token", meter.reason or "energy counter returned nothing")
    )
    return {
        "schema": SCHEMA,
        "settings": asdict(settings),
        "model": {
            "id": info.id,
            "dtype": info.fingerprint.dtype,
            "quantization": info.fingerprint.quantization,
            "device": device,
            "parameters": weights["parameters"],
            "weight_bytes": weights["weight_bytes"],
            "bytes_by_dtype": weights["bytes_by_dtype"],
        },
        "load": {
            "cold_s": single(cold, "s", "load time not recorded by the backend"),
            "cold_note": load.get("note", "first load in this process (includes reading the model cache from disk)"),
            "warm_s": figure(warm, "s")
            if warm
            else missing("s", f"warm load not measured (efficiency={settings.name}, warm_load=false)"),
        },
        "ttft_ms": ttft,
        "prefill_tokens_per_s": prefill,
        "decode_tokens_per_s": figure(decode, "tokens/s")
        | {"batch": 1, "prompt_tokens": base_len, "new_tokens": settings.decode_tokens},
        "throughput_tokens_per_s": throughput,
        "throughput_gain_vs_batch1": gains,
        "memory": {
            "peak_rss": single(memory["peak_rss_bytes"] / 2**20, "MiB")
            | {"note": "process lifetime high-water mark (ru_maxrss)"},
            "cuda_max_allocated": single(
                None if memory["cuda_max_allocated_bytes"] is None else memory["cuda_max_allocated_bytes"] / 2**20,
                "MiB",
                "not a CUDA run",
            ),
            "cuda_max_reserved": single(
                None if memory["cuda_max_reserved_bytes"] is None else memory["cuda_max_reserved_bytes"] / 2**20,
                "MiB",
                "not a CUDA run",
            ),
        },
        "energy_per_token": energy_fig,
        "bandwidth": bandwidth,
        "roofline_ratio": figure(roofline, "ratio")
        | {
            "formula": "weight_bytes x decode tokens/s (batch 1) / max(copy, read) bandwidth median",
            "bandwidth_gb_s": round(best_bw, 3),
        },
        "compiled_decode_tokens_per_s": compiled_fig,
        "compiled_roofline_ratio": compiled_ratio,
        "hardware": hardware,
        "seconds": round(time.perf_counter() - started, 2),
    }


def _compiled_decode(
    model: Any,
    tokenizer: Any,
    device: str,
    settings: Settings,
    length: int,
    vocab: int,
    bar: Any,
    weight_bytes: int,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Batch-1 decode with the step compiled (efficiency/compiled.py) and its roofline ratio,
    or both null with the reason.

    The ratio pairs every timed repeat with a bandwidth probe run just before it: on a shared
    machine the bandwidth drifts between runs (docs/efficiency.md), and a ratio of two readings
    taken seconds apart cancels most of that drift. This comes after the peak-memory reading,
    so the probe's buffers do not count as the model's memory."""

    def null(reason: str) -> tuple[dict[str, Any], dict[str, Any]]:
        return missing("tokens/s", reason), missing("ratio", reason)

    if not settings.compiled_decode:
        return null(f"not measured (efficiency={settings.name}, compiled_decode=false)")
    if device != "cpu":
        return null(f"compiled decode is measured on CPU only (device {device})")
    from . import compiled

    def probe() -> float:
        reading = machine.memory_bandwidth(device, settings.bandwidth_mb, 1, 1)
        return max(reading["copy"]["median"], reading["read"]["median"])

    bar.set_postfix_str("compiled decode (compiling)")
    w, r = settings.warmup, settings.repeats
    ids = [prompt_batch(tokenizer, 1, length, seed=3000 + i, vocab_size=vocab) for i in range(1 + w + r)]
    try:
        result = compiled.measure(model, ids, settings.decode_tokens, w, before_each=probe)
    except Exception as exc:  # noqa: BLE001 - export and inductor fail in many ways, the check against eager
        # with a ValueError; a compiled figure that cannot be had is null with its reason, never a lost run
        return null(f"compiled decode failed: {describe(exc)}")
    finally:
        bar.update(r)
    fig = figure(result.tokens_per_s, "tokens/s") | {
        "batch": 1,
        "prompt_tokens": length,
        "new_tokens": settings.decode_tokens,
        "compile_s": round(result.compile_s, 2),
        "max_abs_logit_diff_vs_eager": result.max_abs_logit_diff,
        "how": "the one-token step with a static KV cache exported and compiled by AOTInductor, reading the "
        "model's weights in place; batch-1 matmuls lowered to fused multiply-sum reductions; plain attention; "
        "every step of the first prompt checked against eager, then timed; prompt prefilled eagerly",
    }
    ratios = [weight_bytes * rate / (gb_s * 1e9) for rate, gb_s in zip(result.tokens_per_s, result.probe)]
    ratio = figure(ratios, "ratio") | {
        "formula": "per repeat: weight_bytes x compiled decode tokens/s / max(copy, read) bandwidth of a probe "
        "run just before that repeat; median over repeats",
        "bandwidth_gb_s": figure(result.probe, "GB/s"),
    }
    return fig, ratio


def measure_for_run(cfg: Any, backend: Any, progress: bool = False) -> dict[str, Any]:
    """The efficiency block of a run's scorecard (short in the quick profile)."""
    settings = Settings.from_config(cfg.get("efficiency") if hasattr(cfg, "get") else None)
    if not settings.enabled:
        return {"enabled": False, "reason": "switched off (efficiency.enabled=false)"}
    if not isinstance(getattr(backend, "model", None), torch.nn.Module):
        return {"enabled": True, "skipped": f"backend '{backend.info().backend}' has no torch model to measure"}
    return {"enabled": True, **run_benchmark(backend, settings, progress=progress)}
