"""Metric code on hand-computed cases and against independent implementations."""

from __future__ import annotations

import math

import numpy as np
import pytest

from slmtrust.metrics.stats import bootstrap, ece, mc1, mc2, mean_estimate, option_probs, scipy_mean_ci


def test_mc1_mc2_by_hand() -> None:
    lps = [math.log(0.5), math.log(0.3), math.log(0.2)]
    assert mc1(lps, [0]) == 1.0 and mc1(lps, [1]) == 0.0
    assert mc2(lps, [0]) == pytest.approx(0.5)
    assert mc2(lps, [1, 2]) == pytest.approx(0.5)
    # unnormalised log-likelihoods: p = (0.1, 0.1, 0.2) -> MC2 of option 2 = 0.2 / 0.4
    assert mc2([math.log(0.1), math.log(0.1), math.log(0.2)], [2]) == pytest.approx(0.5)
    assert option_probs([0.0, 0.0]).tolist() == [0.5, 0.5]


def test_mc2_matches_lm_eval() -> None:
    utils = pytest.importorskip("lm_eval.tasks.truthfulqa.utils", reason="lm-eval is the reference implementation")
    rng = np.random.default_rng(0)
    for _ in range(20):
        n_true, n_false = rng.integers(1, 4), rng.integers(1, 5)
        lls = (rng.normal(size=n_true + n_false) * 5 - 10).tolist()
        doc = {"mc2_targets": {"labels": [1] * n_true + [0] * n_false}}
        ref = utils.process_results_mc2(doc, [(ll, False) for ll in lls])["acc"]
        assert mc2(lls, list(range(n_true))) == pytest.approx(ref, abs=1e-9)


def test_ece_by_hand() -> None:
    # two equal-mass bins of 2: confidences (0.2,0.4) acc (0,1) -> |0.5-0.3|; (0.8,1.0) acc (1,1) -> |1-0.9|
    assert ece([0.2, 0.4, 0.8, 1.0], [0, 1, 1, 1], bins=2) == pytest.approx(0.5 * 0.2 + 0.5 * 0.1)
    assert ece([0.9] * 10, [1] * 9 + [0], bins=1) == pytest.approx(0.0, abs=1e-12)  # one bin: acc 0.9 = conf 0.9
    assert ece([0.9] * 10, [1] * 9 + [0]) == pytest.approx(0.18)  # ten bins of one: (9 x 0.1 + 0.9) / 10
    assert ece([1.0] * 4, [0] * 4) == pytest.approx(1.0)


def test_ece_against_sklearn_bins() -> None:
    from sklearn.calibration import calibration_curve

    rng = np.random.default_rng(1)
    conf = rng.uniform(0.25, 1.0, 1000)
    acc = (rng.uniform(size=1000) < conf**1.5).astype(float)
    # sklearn's quantile strategy builds equal-mass bins; weight each by its size
    prob_true, prob_pred = calibration_curve(acc, conf, n_bins=10, strategy="quantile")
    expected = float(np.mean(np.abs(prob_true - prob_pred)))  # 1000 items: every bin holds 100
    assert ece(conf, acc, bins=10) == pytest.approx(expected, abs=1e-9)


def test_bootstrap_matches_scipy_percentile_interval() -> None:
    values = np.random.default_rng(2).integers(0, 2, 300).astype(float)
    ours = mean_estimate(values, resamples=4000, seed=3)
    lo, hi = scipy_mean_ci(values, resamples=4000, seed=3)
    assert ours.value == pytest.approx(values.mean())
    assert ours.ci[0] == pytest.approx(lo, abs=0.02) and ours.ci[1] == pytest.approx(hi, abs=0.02)
    width = 2 * 1.96 * math.sqrt(values.mean() * (1 - values.mean()) / len(values))
    assert ours.ci[1] - ours.ci[0] == pytest.approx(width, rel=0.15)


def test_bootstrap_is_seeded_and_handles_empty() -> None:
    a = bootstrap(50, lambda idx: float(np.mean(idx)), 200, seed=5)
    b = bootstrap(50, lambda idx: float(np.mean(idx)), 200, seed=5)
    assert a.ci == b.ci
    assert bootstrap(0, lambda idx: 0.0).value is None
