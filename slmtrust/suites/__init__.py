"""Suite procedures, looked up by the ``procedure`` field of a suite's YAML.
A new suite that reuses a procedure needs only a data folder and a YAML file."""

from __future__ import annotations

from typing import Any

from ..api.config import suites_dir
from ..api.registry import REGISTRY
from .base import Suite

__all__ = ["Suite", "build_suite"]


def build_suite(cfg: Any, paths: Any, profile: Any, seed: int) -> Suite:
    cls = REGISTRY.resolve("procedure", cfg.procedure, f"suites.{cfg.name}.procedure")
    return cls(cfg, suites_dir(paths), profile, seed)
