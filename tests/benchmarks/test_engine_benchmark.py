"""benchmarks/engine.py's batched ``model.generate`` baseline: every request gets its own text
back, in request order, and the comparison's figures are the ones it prints."""

from __future__ import annotations

import pytest


@pytest.mark.slow
def test_batched_generate_baseline(shared_cache) -> None:
    import torch

    from benchmarks.engine import BATCHED_SIZES, batched_generate, bench_generation, items, load_backend
    from slmtrust.api.types import Request, chat

    backend = load_backend(shared_cache, "tiny-random")
    found = bench_generation(backend, items(5), batch_size=2, max_new_tokens=6)
    assert set(found["batched"]) == set(BATCHED_SIZES) and found["best_batch"] in BATCHED_SIZES
    best = found["batched"][found["best_batch"]]["s"]
    assert best == min(b["s"] for b in found["batched"].values())
    assert found["speedup_vs_batched"] == pytest.approx(best / found["ours_s"], rel=0.05, abs=0.01)

    # each row "generates" the token whose id is its prompt's length, so a text handed to the
    # wrong request shows whatever the numerics; the prompts' order is one the sorting changes
    def echo_length(input_ids, attention_mask, **_):
        assert bool((attention_mask[:, -1] == 1).all())  # left-padded: every prompt ends in the last column
        return torch.cat([input_ids, attention_mask.sum(-1, keepdim=True)], dim=1)

    reqs = [Request("generate", messages=chat(" ".join(["fact"] * (3 * i + 1)))) for i in (2, 0, 4, 1, 3)]
    expected = [backend.tokenizer.decode([len(backend.encode(backend.render(r)[0], False))]) for r in reqs]
    assert len(set(expected)) == len(reqs)
    backend.model.generate = echo_length
    texts, seconds = batched_generate(backend, reqs, 2, 6)
    assert seconds > 0 and texts == expected
