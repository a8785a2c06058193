"""Suite procedures, looked up by the ``procedure`` field of a suite's YAML.
A new suite that reuses a procedure needs only a data folder and a YAML file."""

from __future__ import annotations

from typing import Any

from ..config import suites_dir
from ..models import resolve
from .base import Record, Suite, SuiteResult

PROCEDURES: dict[str, str] = {
    "hallucination": "slmtrust.suites.hallucination:HallucinationSuite",
}

__all__ = ["PROCEDURES", "Record", "Suite", "SuiteResult", "build_suite"]


def build_suite(cfg: Any, paths: Any, profile: Any, seed: int) -> Suite:
    cls = resolve(cfg.procedure, PROCEDURES, f"suites.{cfg.name}.procedure")
    return cls(cfg, suites_dir(paths), profile, seed)
