"""Efficiency on the target hardware (docs/efficiency.md).

``figures``: one shape for every figure (median, min, max, or null with the reason).
``machine``: what the hardware is and what it can do (description, memory bandwidth probe,
energy counters, peak memory). ``measure``: load, TTFT, decode and batched throughput of a
loaded model (``slmtrust.cli.bench`` is ``python -m slmtrust bench``). Nothing is imported here, so the
command's ``--help`` stays instant (``measure`` imports torch).
"""
