"""What every backend provides: ``info()``, ``generate(batch)`` and ``score(batch)``."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from ..api.types import Request, Response


@dataclass(frozen=True)
class Fingerprint:
    """What makes two loads of a model the same model (docs/design.md, Comparable scorecards)."""

    weights_sha256: str
    dtype: str
    quantization: str
    chat_template: str  # sha256 of the template text used, or "none"


# Bumped whenever a backend's answers to the same request change (decoding, sampling, payload
# fields), so a cache written by an older slmtrust is not served as if it were current.
# 2: seeded sampling by per-row generators in one decode loop; score responses carry token_logprobs.
# 3: a sampled row draws from its top-p nucleus alone (same distribution, different draws).
RESPONSE_VERSION = 3


@dataclass
class ModelInfo:
    id: str
    backend: str
    source: str
    fingerprint: Fingerprint
    parameters: int | None = None
    device: str = "cpu"
    system_prompt: str | None = None
    load_seconds: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def cache_key(self) -> str:
        """Everything that changes a model's answers: the cache is keyed by this."""
        parts = {
            "backend": self.backend,
            "fingerprint": asdict(self.fingerprint),
            "system_prompt": self.system_prompt,
            "device": self.device.split(":")[0],
            "responses": RESPONSE_VERSION,
        }
        return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Backend(Protocol):
    def info(self) -> ModelInfo: ...

    def generate(self, batch: Sequence[Request]) -> list[Response]: ...

    def score(self, batch: Sequence[Request]) -> list[Response]: ...
