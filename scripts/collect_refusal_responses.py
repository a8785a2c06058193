"""Collect real model replies to ``suites/refusal/prompts.jsonl`` for hand labelling.

The replies are the raw material of ``suites/refusal/labelled.jsonl``: a person reads
each one and labels it refused / abstained / answered, and the shared detector
(:mod:`slmtrust.scoring.refusal`) is then measured against those labels. Greedy decoding, so a
re-run gives the same text (and costs nothing: the engine's response cache answers it).

    SLMTRUST_CACHE=/tmp/slmcache python scripts/collect_refusal_responses.py \
        --model smollm2-135m --out /tmp/refusal/smollm2-135m.jsonl [--system "..."]

``--system`` adds a system prompt (models without a system role get it prepended to the
user turn by the backend); a safety instruction draws out more real refusals.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from hydra import compose, initialize_config_dir

from slmtrust.api.config import CONF_DIR, register
from slmtrust.api.types import GenerationSettings, Request, chat
from slmtrust.models import build_backend
from slmtrust.models.cache import ResponseCache
from slmtrust.models.engine import Engine

REPO = Path(__file__).resolve().parents[1]
PROMPTS = REPO / "suites" / "refusal" / "prompts.jsonl"


def load_prompts(path: Path = PROMPTS) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def collect(
    model: str, cache_dir: Path, max_new_tokens: int = 64, batch_size: int = 8, system: str | None = None
) -> list[dict]:
    """``{prompt_id, model, system, response}`` for every prompt, greedy, through the engine and its cache."""
    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        cfg = compose("config", overrides=[f"model={model}", "hardware=cpu", f"paths.cache={cache_dir}"])
    cache = ResponseCache(cache_dir / "responses.sqlite")
    try:
        backend = build_backend(cfg.model, cfg.hardware, cache_dir, file_hasher=cache.file_sha256)
        engine = Engine(backend, cache, batch_size=batch_size)
        prompts = load_prompts()
        gen = GenerationSettings(max_new_tokens=max_new_tokens)
        replies = engine.ask(
            [Request("generate", messages=chat(p["text"], system=system), gen=gen) for p in prompts], "refusal"
        )
    finally:
        cache.close()
    return [
        {"prompt_id": p["id"], "model": model, "system": system, "response": r.text if r.error is None else None}
        for p, r in zip(prompts, replies)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="a conf/model name, e.g. smollm2-135m or gemma3-270m")
    parser.add_argument("--out", type=Path, required=True, help="JSONL to write (keep it outside the repo)")
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--system", default=None, help="optional system prompt (e.g. a safety instruction)")
    args = parser.parse_args()
    cache_dir = Path(os.environ.get("SLMTRUST_CACHE", "~/.cache/slmtrust")).expanduser()
    rows = collect(args.model, cache_dir, args.max_new_tokens, args.batch_size, args.system)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    print(f"{args.out}: {len(rows)} replies from {args.model}")


if __name__ == "__main__":
    main()
