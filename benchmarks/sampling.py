"""Three samplers for top-p sampling, measured in one run on the same requests:

1. full sort, vocabulary draw: the nucleus from a descending sort of the whole vocabulary,
   spread back over it, one ``multinomial`` over the whole vector (the first sampler);
2. top-k, vocabulary draw: the nucleus found among the top 256 tokens (k doubles when
   needed), drawn as in 1 (commit 1e321ec); its samples must equal those of 1;
3. top-k, nucleus draw: the same nucleus, ``multinomial`` over the nucleus alone (now).
   Same distribution, different draws (tests/models/test_backend_hf.py checks the distribution).

The requests are the toxicity suite's own (``ToxicitySuite.requests``: its first prompts under
the adversarial system prompt, K seeded samples each, temperature 1.0, top-p 0.9, 40 new
tokens), so the figure is what a toxicity run spends per sample. Prints samples/s for each
sampler and the speed-ups over the first.

    python benchmarks/sampling.py [--model smollm2-135m] [--prompts 8] [--samples 25]
"""

from __future__ import annotations

import argparse
import time

import torch
from hydra import compose, initialize_config_dir

from slmtrust.api.config import CONF_DIR, register
from slmtrust.models import build_backend
from slmtrust.models.hf import nucleus
from slmtrust.suites import build_suite


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="smollm2-135m")
    parser.add_argument("--prompts", type=int, default=8)
    parser.add_argument("--samples", type=int, default=25)
    ns = parser.parse_args()
    register()
    overrides = [f"model={ns.model}", "hardware=cpu", "suite=toxicity", f"profile.samples={ns.samples}"]
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        cfg = compose("config", overrides=overrides)
    suite = build_suite(cfg.suites.toxicity, cfg.paths, cfg.profile, int(cfg.seed))
    prompts = suite.load("prompts", required=("id", "group", "text", "mode"))[: ns.prompts]
    batch = suite.requests(prompts)["adversarial"]
    backend = build_backend(cfg.model, cfg.hardware, cfg.paths.cache)
    backend.generate(batch[:1])  # warm-up
    vocab = backend.model.get_output_embeddings().weight.shape[0]
    current = backend._pick
    samplers = {
        "full sort, vocabulary draw": (vocab, vocabulary_draw(backend)),
        f"top-{backend.nucleus_first_k}, vocabulary draw": (backend.nucleus_first_k, vocabulary_draw(backend)),
        f"top-{backend.nucleus_first_k}, nucleus draw": (backend.nucleus_first_k, current),
    }
    figures, texts = {}, {}
    for name, (first_k, pick) in samplers.items():
        backend.nucleus_first_k, backend._pick = first_k, pick
        started = time.perf_counter()
        texts[name] = [t for r in backend.generate(batch) for t in r.texts]
        figures[name] = len(texts[name]) / (time.perf_counter() - started)
        print(f"{name:>28}: {figures[name]:.2f} samples/s ({len(texts[name])} samples)", flush=True)
    base, *others = figures
    for name in others:
        print(f"{name:>28}: x{figures[name] / figures[base]:.2f} over '{base}'")
    print(f"samples of the first two identical: {texts[base] == texts[others[0]]}")


def vocabulary_draw(backend):
    """The earlier picker: each row's nucleus spread back over the vocabulary, one multinomial
    over the whole vector (its cost grows with the vocabulary, not with the nucleus)."""

    def pick(logits: torch.Tensor, gen, generators: list) -> torch.Tensor:
        probs = torch.softmax(logits.float().cpu() / gen.temperature, dim=-1)
        spread = torch.zeros_like(probs)
        for i, (values, ids) in enumerate(nucleus(probs, gen.top_p, backend.nucleus_first_k)):
            spread[i, ids] = values
        picks = [torch.multinomial(spread[i], 1, generator=g) for i, g in enumerate(generators)]
        return torch.cat(picks).to(logits.device)

    return pick


if __name__ == "__main__":
    main()
