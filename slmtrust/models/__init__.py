"""Backends, looked up by name. Heavy libraries are imported only when a backend is built,
so ``--help`` and ``list`` stay instant. Add a backend: one module + one line here
(or give ``model.backend`` as ``package.module:Class``)."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from ..errors import SlmtrustError
from .base import Backend, Fingerprint, ModelInfo

BACKENDS: dict[str, str] = {
    "transformers": "slmtrust.models.hf:TransformersBackend",
    "scripted": "slmtrust.models.scripted:ScriptedBackend",
    # ecosystem: OpenAI-compatible servers and any lm-eval model type
    "openai": "slmtrust.models.openai_compat:OpenAIBackend",
    "lm_eval": "slmtrust.models.lm_eval_backend:LmEvalBackend",
}

__all__ = ["BACKENDS", "Backend", "Fingerprint", "ModelInfo", "build_backend", "resolve"]


def resolve(spec: str, table: dict[str, str], what: str) -> Any:
    """``name`` from ``table`` or a ``module:attr`` path -> the object it names."""
    target = table.get(spec, spec)
    if ":" not in target:
        raise SlmtrustError(f"unknown {what} '{spec}'; valid: {', '.join(sorted(table))} or 'package.module:Class'")
    module, _, attr = target.partition(":")
    try:
        return getattr(import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        raise SlmtrustError(f"{what} '{spec}' cannot be loaded: {exc}") from exc


def build_backend(model_cfg: Any, hardware_cfg: Any, cache_dir: Any, file_hasher: Any = None) -> Backend:
    cls = resolve(model_cfg.backend, BACKENDS, "model.backend")
    return cls(model_cfg, hardware_cfg, cache_dir=cache_dir, file_hasher=file_hasher)
