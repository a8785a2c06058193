"""Statistics shared by every suite: seeded percentile bootstrap over items, and the
multiple-choice and calibration metrics of docs/design.md, Metric definitions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats as sps
from scipy.special import logsumexp


@dataclass
class Estimate:
    """A statistic with its 95% interval, its sample size and its bootstrap replicates."""

    value: float | None
    ci: tuple[float, float] | None
    n: int
    replicates: np.ndarray | None = None

    def to_dict(self, digits: int = 4) -> dict:
        def r(x):
            return None if x is None or not np.isfinite(x) else round(float(x), digits)

        return {"value": r(self.value), "ci": None if self.ci is None else [r(self.ci[0]), r(self.ci[1])], "n": self.n}


def bootstrap(
    n: int,
    statistic: Callable[[np.ndarray], float],
    resamples: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
) -> Estimate:
    """Percentile bootstrap of ``statistic(indices)`` over ``n`` items (resampled with
    replacement, seeded). ``statistic`` gets an index array and returns a float (NaN when
    undefined on a resample; such resamples are dropped)."""
    if n == 0:
        return Estimate(None, None, 0)
    value = float(statistic(np.arange(n)))
    if not np.isfinite(value):
        return Estimate(None, None, n)
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, n, size=(resamples, n))
    reps = np.array([statistic(d) for d in draws], dtype=float)
    reps = reps[np.isfinite(reps)]
    if reps.size == 0:
        return Estimate(value, None, n)
    alpha = (1 - confidence) / 2
    lo, hi = np.quantile(reps, [alpha, 1 - alpha])
    return Estimate(value, (float(lo), float(hi)), n, reps)


def mean_estimate(values: Sequence[float], resamples: int = 1000, seed: int = 0) -> Estimate:
    """Mean of per-item values (e.g. 0/1 correctness) with a bootstrap interval."""
    arr = np.asarray(values, dtype=float)
    return bootstrap(len(arr), lambda idx: arr[idx].mean() if len(idx) else np.nan, resamples, seed)


def scipy_mean_ci(values: Sequence[float], resamples: int = 1000, seed: int = 0) -> tuple[float, float]:
    """The same percentile interval computed by scipy, for cross-checks in tests."""
    res = sps.bootstrap(
        (np.asarray(values, dtype=float),),
        np.mean,
        n_resamples=resamples,
        method="percentile",
        random_state=np.random.default_rng(seed),
    )
    return float(res.confidence_interval.low), float(res.confidence_interval.high)


# --------------------------------------------------------------- multiple choice
def top_set(logprobs: Sequence[float], tol: float = 1e-9) -> np.ndarray:
    """Indices of the options tied for the highest log-likelihood."""
    lp = np.asarray(logprobs, dtype=float)
    return np.flatnonzero(lp >= lp.max() - tol)


def mc1(logprobs: Sequence[float], correct: Sequence[int]) -> float:
    """MC1 = 1 if the highest-likelihood option is a correct one (docs/scoring.md). A tie never
    counts as a win: a set of k tied options that holds j correct ones earns j/k, what picking
    one of them at random earns. (Ties used to go to the first option, which a model with equal
    log-probabilities for every option turned into MC1 = 1 when the right option came first.)"""
    top = top_set(logprobs)
    return float(np.isin(top, list(correct)).mean())


def chance_mc1(n_options: int, n_correct: int = 1) -> float:
    """What a model that picks an option at random earns on one item."""
    return n_correct / max(1, n_options)


def mc2(logprobs: Sequence[float], correct: Sequence[int]) -> float:
    """MC2 = sum of p_i over true options / sum over all options, p_i = exp(loglik_i)."""
    lp = np.asarray(logprobs, dtype=float)
    mask = np.zeros(len(lp), dtype=bool)
    mask[list(correct)] = True
    return float(np.exp(logsumexp(lp[mask]) - logsumexp(lp)))


def option_probs(logprobs: Sequence[float]) -> np.ndarray:
    """Likelihoods renormalised over the options (the model's confidence in each)."""
    lp = np.asarray(logprobs, dtype=float)
    return np.exp(lp - logsumexp(lp))


def length_normalised(logprobs: Sequence[float], lengths: Sequence[int]) -> list[float]:
    """Per-token log-likelihood (lm-eval's acc_norm uses bytes; we use tokens, as docs/design.md, Metric definitions)."""
    return [lp / max(1, n) for lp, n in zip(logprobs, lengths)]


def ece(confidence: Sequence[float], correct: Sequence[float], bins: int = 10) -> float:
    """Expected calibration error with ``bins`` equal-mass bins:
    ECE = sum_b |B_b|/n * |acc(B_b) - conf(B_b)| (docs/design.md, Metric definitions)."""
    conf = np.asarray(confidence, dtype=float)
    acc = np.asarray(correct, dtype=float)
    n = len(conf)
    if n == 0:
        return float("nan")
    order = np.argsort(conf, kind="stable")
    total = 0.0
    for chunk in np.array_split(order, min(bins, n)):
        if len(chunk):
            total += len(chunk) / n * abs(acc[chunk].mean() - conf[chunk].mean())
    return float(total)
