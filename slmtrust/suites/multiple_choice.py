"""Multiple choice by log-likelihood, shared by every suite that asks one (docs/scoring.md):
each option is scored as the assistant's reply to the question. Options are put in an order
seeded by the item id (recorded with the item), so no fixed position holds the right answer,
and a tie between options earns what a random pick among them would (:func:`slmtrust.metrics.stats.mc1`)."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..api.types import Message, Request, Response, chat
from ..metrics.stats import length_normalised, mc1, mc2, option_probs


def shuffled(item_id: str, options: Sequence[str], correct: Sequence[int], salt: str = "options"):
    """(options in a seeded order, the correct ones' new indices, order) where ``order[i]`` is the
    original index of the option now at position i. The order depends only on the item id and
    ``salt``, so every model and every run sees the same layout."""
    order = list(range(len(options)))
    seed = int(hashlib.sha256(f"{salt}:{item_id}".encode()).hexdigest()[:8], 16)
    random.Random(seed).shuffle(order)
    return [options[i] for i in order], [order.index(c) for c in correct], order


def mc_request(question: str, options: Sequence[str], system: str | None = None) -> Request:
    return Request("score", messages=chat(question, system=system), continuations=tuple(options))


def mc_request_from(messages: tuple[Message, ...], options: Sequence[str]) -> Request:
    return Request("score", messages=messages, continuations=tuple(options))


def mc_scores(response: Response, correct: Sequence[int]) -> dict[str, Any]:
    """Per-item MC figures: MC1 (raw and length-normalised), MC2, and the model's
    confidence (renormalised probability of its top option) for calibration."""
    if response.error or not response.logprobs:
        return {"error": response.error or "no log-probabilities"}
    lps = response.logprobs
    probs = option_probs(lps)
    norm = length_normalised(lps, response.token_counts or [1] * len(lps))
    return {
        "mc1": mc1(lps, correct),
        "mc1_norm": mc1(norm, correct),
        "mc2": mc2(lps, correct),
        "choice": int(np.argmax(lps)),
        "confidence": float(probs.max()),
        "probs": [round(float(p), 6) for p in probs],
    }
