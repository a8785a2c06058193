"""A backend whose answers are plain Python functions of the request.

Tests use it to drive suites end to end in milliseconds and to build deliberately
defective models (always agrees, always leaks...). From a config, name the script
as ``model.options.script=package.module:object`` where the object has
``generate(request) -> list[str]`` and ``score(request) -> list[float]``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any

from ..api.types import Request, Response
from .base import Fingerprint, ModelInfo

GenerateFn = Callable[[Request], list[str]]
ScoreFn = Callable[[Request], list[float]]


class ScriptedBackend:
    def __init__(
        self,
        model_cfg: Any = None,
        hardware_cfg: Any = None,
        cache_dir: Any = None,
        file_hasher: Any = None,
        *,
        generate_fn: GenerateFn | None = None,
        score_fn: ScoreFn | None = None,
        name: str | None = None,
    ):
        script_name = name or "scripted"
        if model_cfg is not None:
            from ..api.registry import load_object

            script_path = (model_cfg.options or {}).get("script")
            if script_path:
                script = load_object(script_path, "model.options.script")
                generate_fn = generate_fn or getattr(script, "generate", None)
                score_fn = score_fn or getattr(script, "score", None)
                script_name = f"{model_cfg.name}:{script_path}"
        self.generate_fn = generate_fn
        self.score_fn = score_fn
        self.calls = 0
        sha = hashlib.sha256(script_name.encode()).hexdigest()
        self._info = ModelInfo(
            id=model_cfg.name if model_cfg is not None else script_name,
            backend="scripted",
            source=script_name,
            fingerprint=Fingerprint(sha, "none", "none", "none"),
            parameters=0,
        )

    def info(self) -> ModelInfo:
        return self._info

    def generate(self, batch: Sequence[Request]) -> list[Response]:
        if self.generate_fn is None:
            raise NotImplementedError("this scripted backend has no generate function")
        self.calls += len(batch)
        return [Response(texts=list(self.generate_fn(r))[: r.gen.n]) for r in batch]

    def score(self, batch: Sequence[Request]) -> list[Response]:
        if self.score_fn is None:
            raise NotImplementedError("this scripted backend has no score function")
        self.calls += len(batch)
        out = []
        for r in batch:
            lps = [float(x) for x in self.score_fn(r)]
            counts = [max(1, len(c.split())) for c in r.continuations]
            out.append(
                Response(
                    logprobs=lps,
                    token_counts=counts,
                    is_greedy=[lp == max(lps) for lp in lps],
                    token_logprobs=[[lp / n] * n for lp, n in zip(lps, counts)],  # words as tokens
                )
            )
        return out
