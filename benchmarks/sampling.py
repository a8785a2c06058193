"""Sampled generation with the top-p nucleus found among the top k tokens vs a full sort of
the vocabulary, measured in one run on the same requests.

The requests are the toxicity suite's own (``ToxicitySuite.requests``: its first prompts under
the adversarial system prompt, K seeded samples each, temperature 1.0, top-p 0.9, 40 new
tokens), so the figure is what a toxicity run spends per sample. Prints samples/s for both
pickers, their ratio and whether every sampled text is identical (it must be: same kept
tokens, same per-sample generators).

    python benchmarks/sampling.py [--model smollm2-135m] [--prompts 8] [--samples 25]
"""

from __future__ import annotations

import argparse
import time

from hydra import compose, initialize_config_dir

from slmtrust.config import CONF_DIR, register
from slmtrust.models import build_backend
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
    figures, texts = {}, {}
    for name, first_k in (("full sort", vocab), (f"top-{backend.nucleus_first_k} first", backend.nucleus_first_k)):
        backend.nucleus_first_k = first_k
        started = time.perf_counter()
        texts[name] = [t for r in backend.generate(batch) for t in r.texts]
        figures[name] = len(texts[name]) / (time.perf_counter() - started)
        print(f"{name:>16}: {figures[name]:.2f} samples/s ({len(texts[name])} samples)", flush=True)
    base, fast = figures.values()
    same = len(set(map(tuple, texts.values()))) == 1
    print(f"speed-up: x{fast / base:.2f}; identical samples: {same}")


if __name__ == "__main__":
    main()
