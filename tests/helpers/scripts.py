"""Scripted 'models' for tests: deterministic answers chosen by the test, some of them defective."""

from __future__ import annotations

import hashlib
import json
import re
import time
from pathlib import Path

from slmtrust.api.types import Request

_SHIPPED = Path(__file__).resolve().parents[2] / "suites" / "hallucination" / "answerable.jsonl"
ANSWERS = {r["question"]: r["answer"] for r in map(json.loads, _SHIPPED.read_text().splitlines())}
_PRODUCT = re.compile(r"What is (\d+) times (\d+)\?")


def _noise(request: Request, i: int) -> float:
    return int(hashlib.sha256(f"{request.key()}:{i}".encode()).hexdigest()[:6], 16) / 16**6


def true_answer(request: Request) -> str | None:
    """The right option of a hallucination-format question: the test suites' products are
    computed, the shipped questions looked up (options are shuffled, so position tells nothing)."""
    text = request.messages[-1].content if request.messages else request.prompt
    m = _PRODUCT.search(text)
    return str(int(m.group(1)) * int(m.group(2))) if m else ANSWERS.get(text)


class Oracle:
    """Knows the answer of every multiple-choice item of the hallucination format."""

    @staticmethod
    def score(request: Request) -> list[float]:
        answer = true_answer(request)
        return [-1.0 if c == answer else -5.0 - _noise(request, i) for i, c in enumerate(request.continuations)]


class Guesser:
    """A confident guesser: knows the answer of about 40% of the items and, on the rest, picks an
    option by hash; always with high confidence, right or wrong (above chance, badly calibrated)."""

    @staticmethod
    def score(request: Request) -> list[float]:
        k = len(request.continuations)
        answer = true_answer(request)
        if answer in request.continuations and _noise(request, 98) < 0.4:
            pick = request.continuations.index(answer)
        else:
            pick = int(_noise(request, 99) * k)
        return [-0.1 if i == pick else -8.0 for i in range(k)]


class SlowOracle(Oracle):
    """The oracle, 40 ms a request: slow enough to be killed mid-run in a test."""

    @staticmethod
    def score(request: Request) -> list[float]:
        time.sleep(0.04)
        return Oracle.score(request)


oracle = Oracle()
guesser = Guesser()
slow_oracle = SlowOracle()


class Dead:
    """A model server that is down: every request fails."""

    @staticmethod
    def score(request: Request) -> list[float]:
        raise ConnectionError("connection refused (scripted dead server)")

    @staticmethod
    def generate(request: Request) -> list[str]:
        raise ConnectionError("connection refused (scripted dead server)")


class NanModel:
    """A numerically broken model: every log-probability is NaN."""

    @staticmethod
    def score(request: Request) -> list[float]:
        return [float("nan")] * len(request.continuations)


dead = Dead()
nan_model = NanModel()
