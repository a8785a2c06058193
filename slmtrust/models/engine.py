"""The engine: the only path from a suite's requests to a model.

It de-duplicates requests, answers what it can from the on-disk cache, groups
the rest by kind and generation settings, sorts each group by length (longest
first, so padding is small and memory trouble shows at once), sends batches to
the backend, and commits each batch to the cache before starting the next one.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ..api.types import Request, Response
from .base import Backend
from .cache import ResponseCache

log = logging.getLogger(__name__)


class Reporter(Protocol):
    """Who is told of the engine's work (slmtrust.run.progress.RunProgress on a terminal)."""

    def begin(self, desc: str, requests: Sequence[Request], computed: Sequence[Request]) -> None:
        """A suite asked for ``requests``; ``computed`` (unique, not cached) go to the model."""

    def advance(self, batch: Sequence[Request]) -> None:
        """``batch`` has been answered by the model."""

    def end(self) -> None:
        """The phase is answered."""


@dataclass
class EngineStats:
    requested: int = 0  # requests asked for by suites (with duplicates)
    unique: int = 0  # after de-duplication
    cache_hits: int = 0
    model_calls: int = 0  # requests actually sent to the backend
    errors: int = 0


class Engine:
    def __init__(
        self,
        backend: Backend,
        cache: ResponseCache | None = None,
        batch_size: int = 8,
        reporter: Reporter | None = None,
        settings: dict | None = None,
        generate_rows: int = 32,
    ):
        """``batch_size`` requests go to the backend at once; a generate batch takes more while
        its rows (requests x samples) stay within ``generate_rows``, because a decode step costs
        nearly the same for 1 row as for 16 on a CPU (it reads every weight once either way).
        ``reporter`` is told of every phase and batch (None: nobody). ``settings``: the configuration that can change an answer (``config.answer_settings``);
        it keys the cache together with the backend's fingerprint of the loaded model."""
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        if generate_rows < 1:
            raise ValueError(f"generate_rows must be >= 1, got {generate_rows}")
        self.backend = backend
        self.cache = cache
        self.batch_size = batch_size
        self.generate_rows = generate_rows
        self.reporter = reporter
        self.model_key = backend.info().cache_key()
        if settings is not None:
            blob = json.dumps(settings, sort_keys=True, default=str)
            self.model_key = hashlib.sha256(f"{self.model_key}\0{blob}".encode()).hexdigest()
        self.stats = EngineStats()

    def cache_key(self, request: Request) -> str:
        return hashlib.sha256(f"{self.model_key}\0{request.key()}".encode()).hexdigest()

    def ask(self, requests: Sequence[Request], desc: str = "model") -> list[Response]:
        """Responses for ``requests``, in the same order."""
        keys = [self.cache_key(r) for r in requests]
        unique = dict(zip(keys, requests))
        self.stats.requested += len(requests)
        self.stats.unique += len(unique)
        done = self.cache.get_many(list(unique)) if self.cache else {}
        self.stats.cache_hits += len(done)
        todo = [(k, r) for k, r in unique.items() if k not in done]
        if self.reporter is not None:
            self.reporter.begin(desc, requests, [r for _, r in todo])
        try:
            if todo:
                done.update(self._compute(todo))
        finally:
            if self.reporter is not None:
                self.reporter.end()
        return [done[k] for k in keys]

    def _compute(self, todo: list[tuple[str, Request]]) -> dict[str, Response]:
        groups: dict[tuple, list[tuple[str, Request]]] = defaultdict(list)
        for key, request in todo:
            gen = request.gen if request.kind == "generate" else None
            groups[(request.kind, gen)].append((key, request))
        out: dict[str, Response] = {}
        for (kind, gen), members in groups.items():
            members.sort(key=lambda kr: kr[1].size(), reverse=True)
            size = self.batch_size if gen is None else max(self.batch_size, self.generate_rows // gen.n)
            for start in range(0, len(members), size):
                batch = members[start : start + size]
                answers = self._call(kind, [r for _, r in batch])
                pairs = list(zip((k for k, _ in batch), answers))
                if self.cache:
                    self.cache.put_many(self.model_key, pairs)
                out.update(pairs)
                if self.reporter is not None:
                    self.reporter.advance([r for _, r in batch])
        return out

    def _call(self, kind: str, batch: list[Request]) -> list[Response]:
        """One backend call; if the batch fails, retry item by item so one bad request
        costs only its own answer (recorded as an error, never cached)."""
        method = self.backend.generate if kind == "generate" else self.backend.score
        self.stats.model_calls += len(batch)
        try:
            answers = method(batch)
        except Exception as exc:  # noqa: BLE001 - isolate the failing request below
            if len(batch) == 1:
                log.warning("request failed: %s", exc)
                self.stats.errors += 1
                return [Response(error=f"{type(exc).__name__}: {exc}")]
            return [a for r in batch for a in self._call(kind, [r])]
        if len(answers) != len(batch):
            raise RuntimeError(f"backend returned {len(answers)} responses for {len(batch)} requests")
        answers = [checked(a) for a in answers]
        self.stats.errors += sum(a.error is not None for a in answers)
        return answers


def checked(answer: Response) -> Response:
    """A score answer with a NaN or infinite log-probability is an error (never cached, never
    averaged into a score): it comes from a broken model or a numerical fault, not an opinion."""
    import math

    if answer.error is None and answer.logprobs is not None and not all(math.isfinite(x) for x in answer.logprobs):
        return Response(error="backend returned a non-finite log-probability")
    return answer
