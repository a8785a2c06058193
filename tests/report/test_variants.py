"""Quantised variants: int8 is its own model (fingerprint, cache key) and still scores; the
paired bootstrap of compare-variants is checked by hand and against scipy, and a defective
variant moves the difference below zero by more than its interval."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hydra import compose, initialize_config_dir
from scipy import stats as sps

from slmtrust.api.config import CONF_DIR, register
from slmtrust.cli.variants import compare_variants_command
from slmtrust.efficiency.measure import weight_stats
from slmtrust.models import build_backend
from slmtrust.models.scripted import ScriptedBackend
from slmtrust.report.variants import compare, markdown, paired_difference
from slmtrust.run.runner import execute
from slmtrust.util.errors import SlmtrustError
from tests.helpers.scripts import guesser, oracle

MC_ONLY = "suites.hallucination.options.parts=[answerable_mc]"


def tiny_backend(cache, *overrides: str):
    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        cfg = compose("config", overrides=["model=tiny-random", "hardware=cpu", *overrides])
    return build_backend(cfg.model, cfg.hardware, cache)


# ----------------------------------------------------------------- int8 variant
@pytest.fixture(scope="module")
def pair(shared_cache):
    return tiny_backend(shared_cache), tiny_backend(shared_cache, "model.quantization=int8")


def test_int8_is_a_separate_model_that_still_scores(pair, make_cfg, tmp_path) -> None:
    fp32, int8 = pair
    a, b = fp32.info(), int8.info()
    assert b.fingerprint.quantization.endswith("torch-int8-dynamic-linear")
    assert a.fingerprint.weights_sha256 == b.fingerprint.weights_sha256 and a.cache_key() != b.cache_key()
    wa, wb = weight_stats(fp32.model), weight_stats(int8.model)
    assert wa["parameters"] == wb["parameters"]  # same model, counted once
    assert wb["bytes_by_dtype"]["qint8"] > 0  # int8 Linear weights (and a separate int8 head for the tied embedding)
    cfg = make_cfg("suite=hallucination", MC_ONLY)
    execute(cfg, tmp_path / "fp32", backend=fp32)
    card_b = execute(cfg, tmp_path / "int8", backend=int8)
    assert card_b["model"]["fingerprint"]["quantization"] == b.fingerprint.quantization
    assert card_b["dimensions"]["hallucination"]["score"] is not None
    rows_a = [json.loads(x) for x in (tmp_path / "fp32" / "items.jsonl").read_text().splitlines()]
    rows_b = [json.loads(x) for x in (tmp_path / "int8" / "items.jsonl").read_text().splitlines()]
    lp_a = np.array([r["responses"][0]["logprobs"] for r in rows_a])
    lp_b = np.array([r["responses"][0]["logprobs"] for r in rows_b])
    assert not np.array_equal(lp_a, lp_b)  # int8 really changed the arithmetic ...
    assert np.abs(lp_a - lp_b).max() < 0.5  # ... but not the model


@pytest.mark.parametrize(
    "overrides,needle",
    [
        (["model.quantization=int4"], "model.quantization=int4: valid are none"),
        (["model.quantization=int8", "model.dtype=bfloat16"], "needs model.dtype=float32"),
    ],
)
def test_bad_quantization_settings(shared_cache, overrides, needle) -> None:
    with pytest.raises(SlmtrustError, match=needle):
        tiny_backend(shared_cache, *overrides)


# ----------------------------------------------------------------- paired bootstrap
def test_paired_difference_by_hand() -> None:
    ref = {"p": {"a": 1.0, "b": 1.0, "c": 0.0, "d": 0.0}}
    same = paired_difference(ref, ref, resamples=500)
    assert same["diff"] == 0 and same["ci"] == [0.0, 0.0]  # pairing removes all item variance
    # per-item differences 0 and -1 on two shared items: resampled means are 0, -0.5, -1
    two = paired_difference({"p": {"a": 1.0, "b": 1.0}}, {"p": {"a": 1.0, "b": 0.0, "z": 1.0}}, resamples=4000)
    assert two["diff"] == -50.0 and two["n"] == 2 and two["ci"] == [-100.0, 0.0]
    # two parts weigh equally, as in the dimension score: (mean(-1) + mean(0)) / 2
    parts = paired_difference(
        {"x": {"a": 1.0}, "y": {"b": 0.0, "c": 0.0}}, {"x": {"a": 0.0}, "y": {"b": 0.0, "c": 0.0}}
    )
    assert parts["diff"] == -50.0 and parts["reference"] == 50.0 and parts["variant"] == 0.0


def test_paired_difference_agrees_with_scipy() -> None:
    rng = np.random.default_rng(4)
    a = rng.integers(0, 2, 120).astype(float)
    b = np.where(rng.random(120) < 0.15, 1 - a, a)  # the variant flips 15% of items
    ids = [f"i{k}" for k in range(120)]
    ours = paired_difference({"p": dict(zip(ids, a))}, {"p": dict(zip(ids, b))}, resamples=20000, seed=1)
    theirs = sps.bootstrap(
        (a, b),
        lambda x, y: 100 * (np.mean(y) - np.mean(x)),
        paired=True,
        n_resamples=20000,
        method="percentile",
        random_state=np.random.default_rng(2),
    ).confidence_interval
    assert ours["diff"] == pytest.approx(100 * (b.mean() - a.mean()))
    assert ours["ci"][0] == pytest.approx(theirs.low, abs=1.0) and ours["ci"][1] == pytest.approx(theirs.high, abs=1.0)
    unpaired = sps.bootstrap((b,), np.mean, n_resamples=2000, random_state=np.random.default_rng(0)).confidence_interval
    assert ours["ci"][1] - ours["ci"][0] < 100 * (unpaired.high - unpaired.low)  # pairing narrows it


# ----------------------------------------------------------------- the command
def scripted_run(make_cfg, tmp_path, script, name):
    cfg = make_cfg("suite=hallucination", MC_ONLY)
    execute(cfg, tmp_path / name, backend=ScriptedBackend(score_fn=script.score, name=name))
    return tmp_path / name


def test_defective_variant_scores_below_reference_beyond_interval(make_cfg, tmp_path, capsys) -> None:
    good = scripted_run(make_cfg, tmp_path, oracle, "good")
    bad = scripted_run(make_cfg, tmp_path, guesser, "bad")
    result = compare([good, bad], reference=good, resamples=1000)
    ref, var = result["variants"]
    assert ref["is_reference"] and ref["dimensions"]["hallucination"]["diff"] == 0
    d = var["dimensions"]["hallucination"]
    assert d["ci"][1] < 0 and d["diff"] < d["ci"][1] and d["n"] == 40
    assert d["variant"] == pytest.approx(d["scorecard_score"], abs=0.01)  # rebuilt exactly as the suite scores
    out = tmp_path / "report"
    assert compare_variants_command([str(good), str(bad), "--reference", str(good), "--out", str(out)]) == 0
    assert (out / "variants.svg").read_text().lstrip().startswith("<?xml")
    table = (out / "variants.md").read_text()
    assert "hallucination" in table and "(reference)" in table and f"{d['diff']:.1f}" in table
    assert json.loads((out / "variants.json").read_text())["variants"][1]["dimensions"]["hallucination"]["n"] == 40
    assert d["complete"] and "*" not in table.split("\n", 3)[3]


def test_a_dimension_with_unpaired_parts_is_marked_partial(make_cfg, tmp_path) -> None:
    good = scripted_run(make_cfg, tmp_path, oracle, "good")
    bad = scripted_run(make_cfg, tmp_path, guesser, "bad")
    # as if the suite had a part without one value per item: the scorecard's score is not the rebuilt one
    card = json.loads((bad / "scorecard.json").read_text())
    card["dimensions"]["hallucination"]["score"] -= 10
    (bad / "scorecard.json").write_text(json.dumps(card))
    result = compare([good, bad], reference=good, resamples=200)
    d = result["variants"][1]["dimensions"]["hallucination"]
    assert not d["complete"] and result["variants"][0]["dimensions"]["hallucination"]["complete"]
    assert f"{d['variant']:.1f}* ({d['scorecard_score']:.1f})" in markdown(result)


def test_incomparable_runs_and_missing_reference_are_clear_errors(make_cfg, tmp_path, capsys) -> None:
    good = scripted_run(make_cfg, tmp_path, oracle, "good")
    cfg = make_cfg("suite=hallucination", MC_ONLY, "profile.max_items=10")
    execute(cfg, tmp_path / "small", backend=ScriptedBackend(score_fn=oracle.score, name="small"))
    assert compare_variants_command([str(good), str(tmp_path / "small"), "--reference", str(good)]) == 2
    assert "not comparable" in capsys.readouterr().err
    assert compare_variants_command([str(good)]) == 2  # scripted runs have no float32 fingerprint
    assert "--reference" in capsys.readouterr().err
    assert compare_variants_command([str(tmp_path / "nowhere")]) == 2
    assert "no such run folder" in capsys.readouterr().err


def test_efficiency_comes_from_a_bench_of_the_same_variant(make_cfg, tmp_path) -> None:
    good = scripted_run(make_cfg, tmp_path, oracle, "good")
    fig = {"median": 12.5, "min": 12.0, "max": 13.0, "repeats": 3, "unit": "x"}
    block = {  # as ``bench`` writes efficiency.json: the block without a run's "enabled" key
        "schema": "efficiency/1",
        "model": {"id": "good", "dtype": "none", "quantization": "none", "weight_bytes": 2**21},
        "decode_tokens_per_s": fig,
        "throughput_tokens_per_s": {"1": fig, "16": {**fig, "median": 99.0}},
        "ttft_ms": {"128": fig},
        "memory": {"peak_rss": fig},
        "roofline_ratio": fig,
        "settings": {"name": "full"},
    }
    bench = tmp_path / "bench"
    bench.mkdir()
    (bench / "efficiency.json").write_text(json.dumps(block))
    eff = compare([good], reference=good, bench_dirs=[bench])["variants"][0]["efficiency"]
    assert (
        eff["decode_tokens_per_s"] == 12.5 and eff["throughput_b16_tokens_per_s"] == 99.0 and eff["weight_mib"] == 2.0
    )
    alone = compare([good], reference=good)["variants"][0]["efficiency"]
    assert "switched off" in alone["note"]  # the run had efficiency=off and no bench matched
    with pytest.raises(SlmtrustError, match="not a bench record"):
        compare([good], reference=good, bench_dirs=[tmp_path])
