"""The efficiency block as its readers see it: one typed view, read one way.

``efficiency.measure`` writes the block (schema ``efficiency/1``, docs/efficiency.md) into the
scorecard, the manifest and a bench record's ``efficiency.json``. The leaderboard, the notebook,
``merge`` and ``compare-variants`` all read it through :meth:`Efficiency.read`, which never
guesses a figure from a key that merely looks like it: a block of another schema, one that was
switched off or one that failed is "not measured", with the reason.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "efficiency/1"  # what efficiency.measure writes


def _number(x: Any) -> float | None:
    if isinstance(x, bool) or not isinstance(x, int | float) or not math.isfinite(x):
        return None
    return float(x)


@dataclass(frozen=True)
class Figure:
    """A repeated measurement: its median, the range over its repeats, and why it is missing."""

    median: float | None = None
    min: float | None = None
    max: float | None = None
    repeats: int = 0
    unit: str = ""
    reason: str | None = None

    @classmethod
    def read(cls, data: Any) -> Figure:
        if not isinstance(data, dict):
            return cls(reason="not recorded")
        repeats = data.get("repeats")
        return cls(
            median=_number(data.get("median")),
            min=_number(data.get("min")),
            max=_number(data.get("max")),
            repeats=repeats if isinstance(repeats, int) and not isinstance(repeats, bool) else 0,
            unit=str(data.get("unit") or ""),
            reason=None if data.get("reason") is None else str(data["reason"]),
        )


@dataclass(frozen=True)
class Efficiency:
    """The figures of one efficiency block that reports use."""

    measured: bool
    reason: str | None = None  # why not measured
    profile: str | None = None  # efficiency=quick|full
    weight_bytes: int | None = None
    decode_tokens_per_s: Figure = Figure()  # batch 1
    throughput_tokens_per_s: dict[str, Figure] = field(default_factory=dict)  # batch size -> figure
    ttft_ms: dict[str, Figure] = field(default_factory=dict)  # prompt length -> figure
    peak_rss_mib: Figure = Figure()
    cuda_max_allocated_mib: Figure = Figure()
    roofline_ratio: Figure = Figure()

    @property
    def peak_memory_mib(self) -> float | None:
        """The GPU's peak allocation on a CUDA run, else the process's peak RSS."""
        if self.cuda_max_allocated_mib.median is not None:
            return self.cuda_max_allocated_mib.median
        return self.peak_rss_mib.median

    @classmethod
    def read(cls, block: Any) -> Efficiency:
        if not isinstance(block, dict) or not block:
            return cls(False, "no efficiency block")
        if block.get("enabled") is False:  # a run's block says enabled; a bench record's has no such key
            return cls(False, str(block.get("reason") or "efficiency was switched off"))
        if block.get("skipped"):
            return cls(False, str(block["skipped"]))
        if block.get("schema") != SCHEMA:
            return cls(False, f"efficiency block of schema {block.get('schema')!r}; this version reads {SCHEMA!r}")
        model = block.get("model") if isinstance(block.get("model"), dict) else {}
        memory = block.get("memory") if isinstance(block.get("memory"), dict) else {}

        def figures(key: str) -> dict[str, Figure]:
            data = block.get(key)
            return {str(k): Figure.read(v) for k, v in data.items()} if isinstance(data, dict) else {}

        def integer(x: Any) -> int | None:
            return x if isinstance(x, int) and not isinstance(x, bool) else None

        return cls(
            measured=True,
            profile=(block.get("settings") or {}).get("name") if isinstance(block.get("settings"), dict) else None,
            weight_bytes=integer(model.get("weight_bytes")),
            decode_tokens_per_s=Figure.read(block.get("decode_tokens_per_s")),
            throughput_tokens_per_s=figures("throughput_tokens_per_s"),
            ttft_ms=figures("ttft_ms"),
            peak_rss_mib=Figure.read(memory.get("peak_rss")),
            cuda_max_allocated_mib=Figure.read(memory.get("cuda_max_allocated")),
            roofline_ratio=Figure.read(block.get("roofline_ratio")),
        )
