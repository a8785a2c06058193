"""The efficiency benchmark on tiny-random: every figure present or null with a reason,
internally consistent, written into the run record; bad settings give one-line errors."""

from __future__ import annotations

import json
import time

import pytest
import torch
from hydra import compose, initialize_config_dir

from slmtrust.api.config import CONF_DIR, register
from slmtrust.cli.bench import bench_command, rows
from slmtrust.efficiency import machine
from slmtrust.efficiency.measure import Settings, prompt_batch, run_benchmark, timed_generate, weight_stats
from slmtrust.models import build_backend
from slmtrust.run.runner import execute
from slmtrust.util.errors import SlmtrustError

SMALL = [
    "efficiency=quick",
    "efficiency.prompt_lengths=[16,max]",
    "efficiency.max_prompt_tokens=48",
    "efficiency.decode_tokens=6",
    "efficiency.batch_sizes=[1,2]",
    "efficiency.bandwidth_mb=8",
    "efficiency.repeats=3",
]


def compose_cfg(*overrides: str):
    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        return compose("config", overrides=["model=tiny-random", "hardware=cpu", *SMALL, *overrides])


@pytest.fixture(scope="module")
def tiny(shared_cache):
    cfg = compose_cfg()
    return build_backend(cfg.model, cfg.hardware, shared_cache)


@pytest.fixture(scope="module")
def block(tiny):
    calls = []

    def reload() -> float:
        calls.append(1)
        return 0.5 + len(calls)  # the benchmark only aggregates what reload reports

    settings = Settings.from_config(compose_cfg("efficiency.warm_load=true").efficiency)
    result = run_benchmark(tiny, settings, progress=False, load={"cold_s": 2.0}, reload=reload)
    result["_reload_calls"] = len(calls)
    return result


def test_every_figure_present_with_median_inside_min_max(block) -> None:
    figures = rows(block)
    assert len(figures) >= 14
    for label, fig in figures:
        assert {"median", "min", "max", "repeats", "unit"} <= set(fig), label
        if fig["median"] is None:
            assert fig["reason"], f"{label} is null without a reason"
        else:
            assert fig["min"] <= fig["median"] <= fig["max"], label
    assert set(block["ttft_ms"]) == {"16", "max"} and block["ttft_ms"]["max"]["prompt_tokens"] == 48
    assert set(block["throughput_tokens_per_s"]) == {"1", "2"}
    assert block["decode_tokens_per_s"]["repeats"] == 3
    assert block["load"]["warm_s"]["median"] == 2.5 and block["_reload_calls"] == 3  # medians of 1.5, 2.5, 3.5
    assert block["load"]["cold_s"]["median"] == 2.0
    assert block["memory"]["cuda_max_allocated"]["reason"] == "not a CUDA run"
    hw = block["hardware"]
    assert hw["cpu"] and hw["torch"] == torch.__version__ and isinstance(hw["cpu_flags"], list)


def test_figures_are_plausible_and_consistent(block, tiny) -> None:
    weights = weight_stats(tiny.model)
    assert block["model"]["parameters"] == sum(p.numel() for p in tiny.model.parameters())
    assert block["model"]["weight_bytes"] == 4 * block["model"]["parameters"]  # float32, tied embeddings once
    assert weights["weight_bytes"] == block["model"]["weight_bytes"]
    assert block["memory"]["peak_rss"]["median"] * 2**20 >= block["model"]["weight_bytes"]
    bw = block["bandwidth"]
    assert bw["copy"]["median"] > 0 and bw["read"]["median"] > 0
    roof = block["roofline_ratio"]
    expected = block["model"]["weight_bytes"] * block["decode_tokens_per_s"]["median"] / (roof["bandwidth_gb_s"] * 1e9)
    assert roof["median"] == pytest.approx(expected, rel=1e-2)
    assert block["throughput_gain_vs_batch1"]["1"] == 1.0


def test_compiled_decode_is_measured_agrees_with_eager_and_leaves_inductor_as_it_was(tiny) -> None:
    from torch._inductor.fx_passes import decompose_mem_bound_mm

    cap = decompose_mem_bound_mm.cpu_max_other_dimension_decomposition
    settings = Settings.from_config(compose_cfg("efficiency.compiled_decode=true", "efficiency.repeats=2").efficiency)
    result = run_benchmark(tiny, settings, progress=False)
    fast, eager = result["compiled_decode_tokens_per_s"], result["decode_tokens_per_s"]
    assert fast["repeats"] == 2 and fast["min"] > 0 and fast["compile_s"] > 0
    assert fast["max_abs_logit_diff_vs_eager"] < 1e-3  # the compiled step computes the same logits
    ratio, weights = result["compiled_roofline_ratio"], result["model"]["weight_bytes"]
    probe = ratio["bandwidth_gb_s"]  # one probe a timed repeat, paired with it
    assert probe["repeats"] == 2 and probe["min"] > 0
    low, high = weights * fast["min"] / (probe["max"] * 1e9), weights * fast["max"] / (probe["min"] * 1e9)
    rounding = 5e-5  # the block keeps four decimals
    assert low * 0.999 - rounding <= ratio["min"] <= ratio["median"] <= ratio["max"] <= high * 1.001 + rounding
    assert eager["median"] > 0
    assert decompose_mem_bound_mm.cpu_max_other_dimension_decomposition == cap


def test_compiled_decode_runs_the_probe_just_before_each_timed_repeat(tiny) -> None:
    from slmtrust.efficiency import compiled

    ids = [prompt_batch(tiny.tokenizer, 1, 16, seed=i, vocab_size=len(tiny.tokenizer)) for i in range(4)]
    calls: list[float] = []

    def probe() -> float:
        calls.append(float(len(calls) + 1))
        return calls[-1]

    result = compiled.measure(tiny.model, ids, 8, warmup=1, before_each=probe)
    assert len(result.tokens_per_s) == 2  # 4 prompts: one compiles, one warms up, two are timed
    assert result.probe == calls == [1.0, 2.0]  # warm-up repeats are not probed


def test_compiled_step_reads_the_models_own_weights_and_cache(tiny) -> None:
    """The roofline counts the model's weight bytes, so the compiled step must stream the model's
    own tensors, not a copy: doubling the final norm's weight in place doubles its logits."""
    import tempfile
    from pathlib import Path

    from slmtrust.efficiency import compiled

    model, position = tiny.model, torch.tensor([16])
    cache = compiled.static_cache(model, 24)
    ids = prompt_batch(tiny.tokenizer, 1, 16, seed=5, vocab_size=len(tiny.tokenizer))
    with torch.no_grad():
        model(input_ids=ids, cache=cache, use_cache=True, cache_position=torch.arange(16))
        token = ids[:, :1]
        with compiled._mm_as_reductions(), tempfile.TemporaryDirectory() as folder:
            runner = compiled._compile(model, cache, token, position, Path(folder))
        before = runner(token, position)
        assert int(cache.layers[0].cumulative_length) == 17  # the step advanced the model's cache
        eager = model(input_ids=torch.cat([ids, token], 1), use_cache=False).logits[:, -1]
        norm = model.model.norm.weight
        norm.mul_(2)
        try:
            after = runner(token, position)
        finally:
            norm.div_(2)
    assert torch.allclose(before, eager, atol=1e-5)
    assert torch.allclose(after, 2 * before, rtol=1e-4, atol=1e-6)
    assert float(compiled.tolerance(torch.tensor([[-20.0, 3.0]]))) == pytest.approx(2e-3)  # 1e-4 x 20
    assert float(compiled.tolerance(torch.tensor([[-20.0, 3.0]], dtype=torch.bfloat16))) == pytest.approx(1.6)


def test_compiled_decode_is_null_with_reason_when_off_or_failing(tiny, monkeypatch) -> None:
    from slmtrust.efficiency import compiled

    off = run_benchmark(tiny, Settings.from_config(compose_cfg().efficiency), progress=False)
    assert off["compiled_decode_tokens_per_s"]["median"] is None
    assert "compiled_decode=false" in off["compiled_roofline_ratio"]["reason"]

    def broken(*args, **kwargs):
        raise RuntimeError("inductor cannot lower this op\nlong trace")

    monkeypatch.setattr(compiled, "measure", broken)
    settings = Settings.from_config(compose_cfg("efficiency.compiled_decode=true").efficiency)
    failed = run_benchmark(tiny, settings, progress=False)["compiled_decode_tokens_per_s"]
    assert failed["median"] is None
    assert failed["reason"] == "compiled decode failed: RuntimeError: inductor cannot lower this op"

    def disagrees(*args, **kwargs):  # the check against eager: a ValueError, not a RuntimeError
        raise ValueError("the compiled step's logits differ from eager decoding by up to 0.18 over 7 steps")

    monkeypatch.setattr(compiled, "measure", disagrees)
    failed = run_benchmark(tiny, settings, progress=False)["compiled_roofline_ratio"]
    assert failed["median"] is None and failed["reason"].startswith("compiled decode failed: ValueError: the compiled")


def test_tokens_per_second_agrees_with_an_outside_wall_clock(tiny) -> None:
    ids = prompt_batch(tiny.tokenizer, 2, 24, seed=3, vocab_size=len(tiny.tokenizer))
    timed_generate(tiny.model, ids, 4, "cpu")  # warm-up
    t0 = time.perf_counter()
    timing = timed_generate(tiny.model, ids, 12, "cpu")
    outside = time.perf_counter() - t0
    reported = timing.rows * timing.new_tokens / timing.total_s
    assert reported == pytest.approx(2 * 12 / outside, rel=0.2)
    assert 0 < timing.ttft_s < timing.total_s


def test_greedy_loop_matches_transformers_generate(tiny) -> None:
    """The timed loop does the same work as HF generate (same tokens), so its speed is the model's."""
    ids = prompt_batch(tiny.tokenizer, 1, 20, seed=5, vocab_size=len(tiny.tokenizer))
    with torch.inference_mode():
        out = tiny.model(input_ids=ids, use_cache=True)
        past, nxt, mine = out.cache, out.logits[:, -1].argmax(-1, keepdim=True), []
        for _ in range(8):
            mine.append(int(nxt))
            out = tiny.model(input_ids=nxt, cache=past, use_cache=True)
            past, nxt = out.cache, out.logits[:, -1].argmax(-1, keepdim=True)
        ref = tiny.model.generate(ids, max_new_tokens=8, min_new_tokens=8, do_sample=False, pad_token_id=0)
    assert mine == ref[0, 20:].tolist()


def test_energy_is_null_with_reason_without_counters(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(machine, "POWERCAP", tmp_path / "no-powercap")
    meter = machine.EnergyMeter("cpu")
    assert meter.read() is None and meter.source is None and "RAPL" in meter.reason


def test_rapl_counter_is_read_in_joules_across_a_wrap(tmp_path, monkeypatch) -> None:
    zone = tmp_path / "intel-rapl:0"
    zone.mkdir()
    (zone / "max_energy_range_uj").write_text("1000000\n")
    (zone / "energy_uj").write_text("900000\n")
    (tmp_path / "intel-rapl:0:0").mkdir()  # a sub-zone (core) must not be counted twice
    monkeypatch.setattr(machine, "POWERCAP", tmp_path)
    meter = machine.EnergyMeter("cpu")
    assert meter.source and "1 zone" in meter.source
    (zone / "energy_uj").write_text("950000\n")
    assert meter.read() == pytest.approx(0.05)
    (zone / "energy_uj").write_text("100000\n")  # wrapped: 50000 to the limit + 100000
    assert meter.read() == pytest.approx(0.2)


@pytest.mark.parametrize(
    "override,needle",
    [
        ("efficiency.batch_sizes=[1,0]", "efficiency.batch_sizes=0: must be an integer >= 1"),
        ("efficiency.repeats=0", "efficiency.repeats=0: must be an integer >= 1"),
        ("efficiency.prompt_lengths=[long]", "efficiency.prompt_lengths=long"),
        ("efficiency.enabled=false", "bench would measure nothing"),
        ("hardware.device=tpu", "hardware.device"),
        ("hardware=cuda" if not torch.cuda.is_available() else "model.quantization=int8 hardware=cuda", "cuda"),
        ("model.quantization=int4", "model.quantization=int4: valid are none"),
    ],
)
def test_bad_settings_are_one_line_errors(override, needle, capsys, tmp_path) -> None:
    code = bench_command(
        ["model=tiny-random", f"paths.results={tmp_path}", "progress=false", *SMALL, *override.split()]
    )
    err = capsys.readouterr().err.strip()
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert code == 2 and len(errors) == 1 and err.endswith(errors[0]) and "Traceback" not in err, err
    assert needle in errors[0], err
    assert not list(tmp_path.rglob("efficiency.json"))


def test_prompt_longer_than_the_context_is_refused(tiny) -> None:
    settings = Settings.from_config(compose_cfg("efficiency.prompt_lengths=[4096]").efficiency)
    with pytest.raises(SlmtrustError, match="exceeds the model's context"):
        run_benchmark(tiny, settings, progress=False)


def test_run_writes_the_block_into_scorecard_and_manifest(make_cfg, tiny, tmp_path) -> None:
    cfg = make_cfg("suite=hallucination", "suites.hallucination.options.parts=[answerable_mc]", *SMALL)
    card = execute(cfg, tmp_path / "run", backend=tiny)
    eff = card["efficiency"]
    assert eff["enabled"] and eff["model"]["weight_bytes"] > 0 and eff["settings"]["name"] == "quick"
    assert eff["load"]["warm_s"]["reason"].startswith("warm load not measured")
    on_disk = json.loads((tmp_path / "run" / "scorecard.json").read_text())
    manifest = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert on_disk["efficiency"]["decode_tokens_per_s"]["median"] > 0
    assert manifest["efficiency"]["roofline_ratio"] == on_disk["efficiency"]["roofline_ratio"]
    off = execute(
        make_cfg("suite=hallucination", "suites.hallucination.options.parts=[answerable_mc]"),
        tmp_path / "off",
        backend=tiny,
    )
    assert off["efficiency"] == {"enabled": False, "reason": "switched off (efficiency.enabled=false)"}


def test_a_failing_efficiency_block_keeps_the_suites_results(make_cfg, tiny, tmp_path, monkeypatch) -> None:
    from slmtrust.efficiency import measure

    def broken(*args, **kwargs):
        raise MemoryError("no room for the batch-16 prompts")

    monkeypatch.setattr(measure, "measure_for_run", broken)
    cfg = make_cfg("suite=hallucination", "suites.hallucination.options.parts=[answerable_mc]", *SMALL)
    card = execute(cfg, tmp_path / "run", backend=tiny)
    assert card["efficiency"] == {
        "enabled": True,
        "skipped": "efficiency failed: MemoryError: no room for the batch-16 prompts",
    }
    assert card["dimensions"]["hallucination"]["score"] is not None
    on_disk = json.loads((tmp_path / "run" / "scorecard.json").read_text())
    assert on_disk["efficiency"] == card["efficiency"]
    assert (tmp_path / "run" / "items.jsonl").stat().st_size > 0 and (tmp_path / "run" / "suites.json").is_file()


def test_a_bad_efficiency_setting_fails_before_any_suite_runs(make_cfg, tiny, tmp_path) -> None:
    cfg = make_cfg("suite=hallucination", *SMALL, "efficiency.batch_sizes=[0]")
    with pytest.raises(SlmtrustError, match="efficiency.batch_sizes"):
        execute(cfg, tmp_path / "run", backend=tiny)
    assert not (tmp_path / "run").exists()


def test_bench_command_writes_a_record(tmp_path, capsys) -> None:
    code = bench_command(
        [
            "model=tiny-random",
            "hardware=cpu",
            *SMALL,
            "efficiency.repeats=1",
            f"paths.results={tmp_path}",
            "progress=false",
        ]
    )
    assert code == 0
    (folder,) = list((tmp_path / "tiny-random").glob("bench-float32-none-*"))
    data = json.loads((folder / "efficiency.json").read_text())
    assert data["load"]["warm_s"]["reason"] and data["model"]["id"] == "tiny-random"
    assert (folder / "config.yaml").is_file() and (folder / "manifest.json").is_file()
    assert "decode batch 1" in capsys.readouterr().out


def test_efficiency_group_follows_the_profile_and_can_be_switched_off() -> None:
    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        quick, full = compose("config").efficiency, compose("config", overrides=["profile=full"]).efficiency
        off = compose("config", overrides=["profile=full", "efficiency=off"]).efficiency
    assert (quick.name, full.name, off.enabled) == ("quick", "full", False)
    assert list(full.prompt_lengths) == [128, 512, "max"] and list(full.batch_sizes) == [1, 4, 16]
    assert Settings.from_config(quick).repeats >= 2 and Settings.from_config(full).warm_load


@pytest.fixture(scope="module")
def tiny_gemma3():
    """A random two-layer Gemma-3 (one sliding-window layer, one full), built from its config:
    the architecture whose sliding cache made dynamo recompile every decoded token."""
    from transformers import Gemma3ForCausalLM, Gemma3TextConfig

    torch.manual_seed(0)
    config = Gemma3TextConfig(
        vocab_size=128,
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=1,
        head_dim=16,
        sliding_window=64,
        layer_types=["sliding_attention", "full_attention"],
        max_position_embeddings=256,
    )
    return Gemma3ForCausalLM(config).eval()


def test_sliding_layers_within_their_window_are_static_and_compute_the_same_logits(tiny_gemma3) -> None:
    from transformers import DynamicCache
    from transformers.cache_utils import StaticLayer

    from slmtrust.efficiency import compiled

    cache = compiled.static_cache(tiny_gemma3, 40)
    assert all(type(layer) is StaticLayer for layer in cache.layers)
    assert not any(type(layer) is StaticLayer for layer in compiled.static_cache(tiny_gemma3, 100).layers[:1])
    ids = torch.randint(0, 128, (1, 20), generator=torch.Generator().manual_seed(1))
    with torch.inference_mode():
        static = tiny_gemma3(input_ids=ids, cache=cache, use_cache=True, cache_position=torch.arange(20))
        dynamic = tiny_gemma3(input_ids=ids, cache=DynamicCache(config=tiny_gemma3.config), use_cache=True)
        assert torch.allclose(static.logits, dynamic.logits, atol=1e-5)
        nxt = static.logits[:, -1:].argmax(-1)
        step = tiny_gemma3(input_ids=nxt, cache=cache, use_cache=True, cache_position=torch.tensor([20]))
        again = tiny_gemma3(input_ids=torch.cat([ids, nxt], 1), use_cache=False)
        assert torch.allclose(step.logits[:, -1], again.logits[:, -1], atol=1e-5)


def test_compiled_decode_of_a_sliding_window_model_agrees_with_eager(tiny_gemma3) -> None:
    from slmtrust.efficiency import compiled

    ids = [torch.randint(0, 128, (1, 16), generator=torch.Generator().manual_seed(i)) for i in range(3)]
    result = compiled.measure(tiny_gemma3, ids, 12, warmup=1)  # 11 steps a prompt, each checked against eager
    assert len(result.tokens_per_s) == 1 and result.tokens_per_s[0] > 0
    assert result.max_abs_logit_diff < 1e-4


def test_compiled_decode_refuses_a_step_that_disagrees_with_eager(tiny_gemma3, monkeypatch) -> None:
    """Gemma-3's own sliding-window cache counts its fill level in a Python int, which export
    bakes into the program: every compiled step would write the same cache slot. The check of
    the first prompt's steps against eager must stop that step from being timed."""
    from transformers import StaticCache

    from slmtrust.efficiency import compiled

    monkeypatch.setattr(compiled, "static_cache", lambda model, n: StaticCache(config=model.config, max_cache_len=n))
    ids = [torch.randint(0, 128, (1, 16), generator=torch.Generator().manual_seed(i)) for i in range(3)]
    with pytest.raises(ValueError, match="differ from eager decoding"):
        compiled.measure(tiny_gemma3, ids, 12, warmup=1)
    assert tiny_gemma3.config._attn_implementation != "eager"  # the model's own attention is back


def test_cuda_branches_read_torch_cuda_and_nvml(monkeypatch) -> None:
    """No GPU here or in CI, so the CUDA branches of the machine readings run against
    stand-ins for torch.cuda and NVML: each reading must come from the call it names."""
    import sys
    from types import SimpleNamespace

    calls: list[str] = []
    cuda = torch.cuda
    monkeypatch.setattr(cuda, "is_available", lambda: True)
    props = SimpleNamespace(name="Stand-in H200", total_memory=141 * 2**30, major=9, minor=0)
    monkeypatch.setattr(cuda, "get_device_properties", lambda i: props)
    monkeypatch.setattr(machine.shutil, "which", lambda name: None)
    monkeypatch.setattr(cuda, "max_memory_allocated", lambda: 3 * 2**20)
    monkeypatch.setattr(cuda, "max_memory_reserved", lambda: 4 * 2**20)
    monkeypatch.setattr(cuda, "reset_peak_memory_stats", lambda: calls.append("reset"))
    monkeypatch.setattr(cuda, "synchronize", lambda: calls.append("sync"))
    monkeypatch.setattr(cuda, "current_device", lambda: 0)
    millijoules = iter([1_000_000, 1_000_000, 1_250_500])
    nvml = SimpleNamespace(
        nvmlInit=lambda: calls.append("init"),
        nvmlDeviceGetHandleByIndex=lambda i: f"gpu{i}",
        nvmlDeviceGetTotalEnergyConsumption=lambda handle: next(millijoules),
    )
    monkeypatch.setitem(sys.modules, "pynvml", nvml)

    gpu = machine.gpu_description()
    assert gpu == {"name": "Stand-in H200", "memory_gb": 141.0, "capability": "9.0"} | {
        "cuda_runtime": torch.version.cuda,
        "driver": None,
    }
    machine.reset_peak_memory("cuda:0")
    peak = machine.peak_memory("cuda:0")
    assert (peak["cuda_max_allocated_bytes"], peak["cuda_max_reserved_bytes"]) == (3 * 2**20, 4 * 2**20)
    assert machine.peak_memory("cpu")["cuda_max_allocated_bytes"] is None
    meter = machine.EnergyMeter("cuda")
    assert meter.source.startswith("nvml") and meter.reason == ""
    assert meter.read() == pytest.approx(1000.0) and meter.read() == pytest.approx(1250.5)  # mJ counter, in J
    machine._sync("cuda")
    assert calls == ["reset", "init", "sync"]

    monkeypatch.setitem(sys.modules, "pynvml", None)  # not installed
    missing = machine.EnergyMeter("cuda")
    assert missing.source is None and "nvidia-ml-py" in missing.reason and missing.read() is None
