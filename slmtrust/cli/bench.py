"""``python -m slmtrust bench [OVERRIDES...]``: the efficiency benchmark of one model variant.

Composed by Hydra like ``run`` (``model=...``, ``model.dtype=...``, ``model.quantization=...``,
``hardware=...``, ``efficiency.*``); the whole measurement (``efficiency=full``) unless an
``efficiency=`` override picks another. Writes ``results/<model>/bench-<variant>-<time>/``
with ``config.yaml``, ``efficiency.json`` and ``manifest.json``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from ..efficiency.figures import missing

USAGE = """\
usage: python -m slmtrust bench [OVERRIDES...]

Measures load time, parameters and weight bytes, time to first token, decode tokens/s,
throughput per batch size, peak memory, energy per token (when the machine has a counter),
memory bandwidth and the roofline ratio, each the median of several repeats after a warm-up.

examples:
  python -m slmtrust bench                                   # SmolLM2-135M-Instruct, float32
  python -m slmtrust bench model.dtype=bfloat16
  python -m slmtrust bench model.quantization=int8
  python -m slmtrust bench model=gemma3-270m hardware=cuda
  python -m slmtrust bench efficiency=quick                  # the short measurement of a run
  python -m slmtrust bench efficiency.batch_sizes=[1,8] efficiency.repeats=3

Results go to results/<model>/bench-<dtype>-<quantization>-<time>/efficiency.json.
"""


def variant_name(cfg: Any) -> str:
    dtype = str(getattr(cfg.model.dtype, "value", cfg.model.dtype))
    return f"{dtype}-{cfg.model.quantization}"


def rows(block: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(label, figure) pairs of an efficiency block, in reading order."""
    out = [("load cold (s)", block["load"]["cold_s"]), ("load warm (s)", block["load"]["warm_s"])]
    out += [(f"TTFT {k} ({v['unit']})", v) for k, v in block["ttft_ms"].items()]
    out += [(f"prefill {k} (tokens/s)", v) for k, v in block["prefill_tokens_per_s"].items()]
    out.append(("decode batch 1 (tokens/s)", block["decode_tokens_per_s"]))
    out += [(f"throughput batch {k} (tokens/s)", v) for k, v in block["throughput_tokens_per_s"].items()]
    mem = block["memory"]
    out += [("peak RSS (MiB)", mem["peak_rss"]), ("CUDA max allocated (MiB)", mem["cuda_max_allocated"])]
    out += [("CUDA max reserved (MiB)", mem["cuda_max_reserved"])]
    out += [("energy (J/token)", block["energy_per_token"])]
    out += [
        ("bandwidth copy (GB/s)", block["bandwidth"]["copy"]),
        ("bandwidth read (GB/s)", block["bandwidth"]["read"]),
    ]
    out.append(("roofline ratio", block["roofline_ratio"]))
    older = missing("", "not in this record (written before compiled decode was measured)")
    out.append(("decode compiled (tokens/s)", block.get("compiled_decode_tokens_per_s", older)))
    out.append(("roofline ratio compiled", block.get("compiled_roofline_ratio", older)))
    return out


def render(block: dict[str, Any]) -> Any:
    from rich.table import Table

    m = block["model"]
    title = (
        f"efficiency - {m['id']} {m['dtype']} / {m['quantization']} on {m['device']}: "
        f"{m['parameters'] / 1e6:.1f}M parameters, {m['weight_bytes'] / 2**20:.1f} MiB of weights"
    )
    table = Table(title=title, title_justify="left")
    for col in ("figure", "median", "min", "max", "note"):
        table.add_column(col, justify="left" if col in ("figure", "note") else "right")

    def fmt(x: Any) -> str:
        return "-" if x is None else f"{x:.4g}"

    for label, fig in rows(block):
        table.add_row(label, fmt(fig["median"]), fmt(fig["min"]), fmt(fig["max"]), fig.get("reason", ""))
    hw = block["hardware"]
    table.caption = (
        f"{hw['cpu']} ({hw['cores']} cores, {hw['torch_threads']} torch threads, {hw['cpu_capability']}); "
        f"torch {hw['torch']}; gpu: {(hw['gpu'] or {}).get('name', 'none')}; {block['seconds']} s"
    )
    return table


def bench_command(args: list[str]) -> int:
    if any(a in ("-h", "--help") for a in args):
        print(USAGE, end="")
        return 0
    from ..util.errors import SlmtrustError

    try:
        return _bench(args)
    except SlmtrustError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _bench(args: list[str]) -> int:
    from hydra import compose, initialize_config_dir
    from omegaconf import OmegaConf
    from rich.console import Console

    from ..api.config import CONF_DIR, cache_dir, register
    from ..api.runrecord import RunRecord
    from ..efficiency.measure import Settings, run_benchmark
    from ..models import build_backend
    from ..models.cache import ResponseCache
    from ..run.hydra_app import check_overrides
    from ..util.errors import SlmtrustError
    from ..util.record import manifest

    flags = [a for a in args if a.startswith("-")]
    if flags:
        raise SlmtrustError(f"bench takes Hydra overrides only (key=value); unknown flag {flags[0]}")
    overrides = list(args)
    if not any(o.split("=", 1)[0].lstrip("+~") == "efficiency" for o in overrides):
        overrides.insert(0, "efficiency=full")
    check_overrides(overrides)
    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        cfg = compose("config", overrides=overrides)
    settings = Settings.from_config(cfg.efficiency)
    if not settings.enabled:
        raise SlmtrustError("efficiency.enabled=false: bench would measure nothing; drop the override")
    console = Console(stderr=True)
    cache = ResponseCache(cache_dir(cfg.paths) / "responses.sqlite")

    def load() -> tuple[Any, float]:
        t0 = time.perf_counter()
        backend = build_backend(cfg.model, cfg.hardware, cache_dir(cfg.paths), file_hasher=cache.file_sha256)
        return backend, time.perf_counter() - t0

    if cfg.model.backend != "transformers":
        raise SlmtrustError(
            f"model.backend={cfg.model.backend}: bench measures a local torch model; valid: a model on the "
            "transformers backend (e.g. model=smollm2-135m, model=hf model.path=...)"
        )
    console.print(f"loading {cfg.model.name} ({variant_name(cfg)})")
    backend, cold = load()

    def reload() -> float:
        again, seconds = load()
        del again
        return seconds

    block = run_benchmark(
        backend,
        settings,
        progress=bool(cfg.progress),
        load={
            "cold_s": cold,
            "note": "first load in this process, wall time of building the backend (reads the de-quantised "
            "cache from disk; a GGUF's first-ever load also de-quantises it)",
        },
        reload=reload,
    )
    stamp = time.strftime("%Y%m%d-%H%M%S")
    run_dir = Path(cfg.paths.results) / cfg.model.name / f"bench-{variant_name(cfg)}-{stamp}"
    record = RunRecord(run_dir)
    record.write_config(OmegaConf.to_yaml(cfg, resolve=True))
    record.write_efficiency(block)
    model = {"id": backend.info().id, **{k: v for k, v in backend.info().to_dict().items() if k != "id"}}
    record.write_manifest(manifest(model, [], {"command_kind": "bench", "efficiency": block}))
    cache.close()
    Console().print(render(block))
    console.print(f"bench written to [bold]{run_dir}[/bold]")
    return 0
