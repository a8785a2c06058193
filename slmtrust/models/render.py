"""Chat rendering shared by the backends that do not own a tokenizer (OpenAI-compatible servers,
lm-eval model types): the configured system prompt, and the plain ``User:/Assistant:`` text of
the transformers backend (imported lazily: that module loads torch)."""

from __future__ import annotations

from collections.abc import Sequence

from ..api.types import Message


def with_system(messages: Sequence[Message], system_prompt: str | None) -> list[Message]:
    """``messages`` with ``model.system_prompt`` first, unless they bring a system message of their own."""
    out = list(messages)
    if system_prompt and (not out or out[0].role != "system"):
        out.insert(0, Message("system", system_prompt))
    return out


def plain_chat(messages: Sequence[Message]) -> str:
    """The transformers backend's template-free rendering, so every backend scores the same text."""
    from .hf import plain_chat as hf_plain_chat

    return hf_plain_chat(list(messages))
