"""Efficiency on the target hardware (DESIGN §6, issue 7).

``machine``: what the hardware is and what it can do (description, memory bandwidth probe,
energy counters, peak memory). ``measure``: load, TTFT, decode and batched throughput of a
loaded model, each a median over repeats after a warm-up. ``command``: ``python -m slmtrust bench``.
"""

from .figures import figure, missing
from .measure import Settings, measure_for_run, run_benchmark

__all__ = ["Settings", "figure", "measure_for_run", "missing", "run_benchmark"]
