"""The values that cross the suite -> engine -> backend boundary.

Suites describe what they want as :class:`Request` objects and never call a model;
the engine batches, de-duplicates and caches them; backends answer with
:class:`Response`. Requests are frozen and hashable so their canonical JSON is a
stable cache key (see :meth:`Request.key`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class Message:
    role: Literal["system", "user", "assistant"]
    content: str


@dataclass(frozen=True)
class GenerationSettings:
    """Decoding settings of a generate request. ``temperature == 0`` means greedy."""

    max_new_tokens: int = 64
    temperature: float = 0.0
    top_p: float = 1.0
    n: int = 1
    seed: int = 0
    stop: tuple[str, ...] = ()

    @property
    def greedy(self) -> bool:
        return self.temperature <= 0.0


@dataclass(frozen=True)
class Request:
    """One question to the model.

    ``kind == "generate"``: produce ``gen.n`` texts after the context.
    ``kind == "score"``: return log P(continuation | context) for each continuation.
    The context is either chat ``messages`` (rendered by the backend's chat
    template, with the generation prompt) or a raw ``prompt``.
    """

    kind: Literal["generate", "score"]
    messages: tuple[Message, ...] | None = None
    prompt: str | None = None
    continuations: tuple[str, ...] = ()
    gen: GenerationSettings = field(default_factory=GenerationSettings)

    def __post_init__(self) -> None:
        if (self.messages is None) == (self.prompt is None):
            raise ValueError("a Request needs exactly one of messages or prompt")
        if self.kind == "score" and not self.continuations:
            raise ValueError("a score Request needs at least one continuation")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if self.kind == "score":
            data.pop("gen")  # generation settings do not affect scoring
        return data

    def key(self) -> str:
        """sha256 of the canonical JSON form: equal requests share one cache entry."""
        text = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(text.encode()).hexdigest()

    def size(self) -> int:
        """A cheap length estimate (characters) used to sort work by length."""
        if self.prompt is not None:
            base = len(self.prompt)
        else:
            base = sum(len(m.content) for m in self.messages or ())
        return base + max((len(c) for c in self.continuations), default=0)


def chat(*turns: str, system: str | None = None) -> tuple[Message, ...]:
    """Messages from alternating user/assistant turns (first turn is the user's)."""
    messages = [Message("system", system)] if system else []
    for i, text in enumerate(turns):
        messages.append(Message("user" if i % 2 == 0 else "assistant", text))
    return tuple(messages)


@dataclass
class Response:
    """A backend's answer. ``error`` is set instead of the payload when a request failed.

    Score responses carry, per continuation, the summed log-probability, the token count,
    whether greedy decoding would produce it, and the log-probability of each token (for
    token-level statistics such as Min-K% Prob)."""

    texts: list[str] | None = None
    logprobs: list[float] | None = None
    token_counts: list[int] | None = None
    is_greedy: list[bool] | None = None
    token_logprobs: list[list[float]] | None = None  # per continuation, one value per token
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Response:
        return cls(**data)

    @property
    def text(self) -> str:
        """The first generated text ('' when the request failed)."""
        return self.texts[0] if self.texts else ""
