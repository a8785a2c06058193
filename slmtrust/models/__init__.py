"""Backends, looked up by name. Heavy libraries are imported only when a backend is built,
so ``--help`` and ``list`` stay instant. Add a backend: one module + one line in
``api/registry.py`` (or give ``model.backend`` as ``package.module:Class``)."""

from __future__ import annotations

from typing import Any

from ..api.registry import REGISTRY
from .base import Backend, Fingerprint, ModelInfo

__all__ = ["Backend", "Fingerprint", "ModelInfo", "build_backend"]


def build_backend(model_cfg: Any, hardware_cfg: Any, cache_dir: Any, file_hasher: Any = None) -> Backend:
    cls = REGISTRY.resolve("backend", model_cfg.backend, "model.backend")
    return cls(model_cfg, hardware_cfg, cache_dir=cache_dir, file_hasher=file_hasher)
