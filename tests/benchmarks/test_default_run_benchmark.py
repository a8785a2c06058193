"""benchmarks/default_run.py counts what it claims on a tiny model: prompt tokens of every
request, positions read (padding apart) and positions decoded, time inside the model."""

from __future__ import annotations

import pytest


@pytest.mark.slow
def test_token_accounting_on_tiny_random(shared_cache) -> None:
    from benchmarks.default_run import measure, table

    found = measure("tiny-random", "smoke", ["misinformation", "fairness"], [], shared_cache)
    gen, score = found["suites"]
    assert found["parameters"] > 0 and found["matmul_gflops"] > 0
    for row in (gen, score):
        assert row["model_calls"] > 0 and row["prompt_tokens"] > 0
        assert 0 < row["computed"] <= row["computed_padded"]
        assert 0 < row["model_s"] <= row["wall_s"] and row["bound_s"] > 0
    # misinformation generates answers; fairness only scores options (no decode step)
    assert gen["generated"] > 0 and score["generated"] == 0
    # a scored option's tokens are read once each, the context once for all its options
    assert score["computed"] <= score["prompt_tokens"]
    assert "| **all** |" in table(found)
