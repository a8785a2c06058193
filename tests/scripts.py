"""Scripted 'models' for tests: deterministic answers chosen by the test, some of them defective."""

from __future__ import annotations

import hashlib
import time

from slmtrust.types import Request


def _noise(request: Request, i: int) -> float:
    return int(hashlib.sha256(f"{request.key()}:{i}".encode()).hexdigest()[:6], 16) / 16**6


class Oracle:
    """Knows the answer: option 0 of every multiple-choice item is the true one in our suites."""

    @staticmethod
    def score(request: Request) -> list[float]:
        return [-1.0 if i == 0 else -5.0 - _noise(request, i) for i in range(len(request.continuations))]


class Guesser:
    """A confident guesser: picks an option by hash, with high confidence whether right or wrong."""

    @staticmethod
    def score(request: Request) -> list[float]:
        k = len(request.continuations)
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
