"""One shape for every efficiency figure: the median over repeats with min and max, or null
with the reason it is missing. Readers can rely on every key being present."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Any


def figure(values: Sequence[float], unit: str, digits: int = 4) -> dict[str, Any]:
    """Median, min and max of the repeats (after warm-up), with the unit and repeat count."""
    vals = [float(v) for v in values]
    if not vals:
        return missing(unit, "no repeat was measured")
    return {
        "median": round(statistics.median(vals), digits),
        "min": round(min(vals), digits),
        "max": round(max(vals), digits),
        "repeats": len(vals),
        "unit": unit,
    }


def missing(unit: str, reason: str) -> dict[str, Any]:
    """A figure that could not be measured here, and why."""
    return {"median": None, "min": None, "max": None, "repeats": 0, "unit": unit, "reason": reason}


def single(value: float | None, unit: str, reason: str = "", digits: int = 4) -> dict[str, Any]:
    """A figure measured once (a count, a size): median = min = max."""
    if value is None:
        return missing(unit, reason or "not available")
    v = round(float(value), digits)
    return {"median": v, "min": v, "max": v, "repeats": 1, "unit": unit}
