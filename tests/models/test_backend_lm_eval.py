"""The lm-eval model backend: wiring on lm-eval's own dummy model, and on its ``hf`` model over the
tiny-random weights it gives the log-likelihoods of our transformers backend."""

from __future__ import annotations

import pytest
from hydra import compose, initialize_config_dir

from slmtrust.api.config import CONF_DIR, register
from slmtrust.api.types import GenerationSettings, Request, chat
from slmtrust.models import build_backend
from slmtrust.util.errors import SlmtrustError


def build(*overrides: str, cache=None):
    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        cfg = compose("config", overrides=["hardware=cpu", *overrides])
    return build_backend(cfg.model, cfg.hardware, cache)


def test_dummy_model_through_the_backend() -> None:
    # chat_template=none: the dummy model's own template needs a tokenizer from the hub
    b = build("model=lm_eval", "model.options.model=dummy", "model.chat_template=none")
    (s,) = b.score([Request("score", prompt="Q: 1+1?\nA:", continuations=(" 2", " 3", " 4"))])
    assert len(s.logprobs) == 3 and all(lp <= 0 for lp in s.logprobs) and len(s.token_counts) == 3
    (g,) = b.generate([Request("generate", messages=chat("Hi"), gen=GenerationSettings(n=2, temperature=1.0))])
    assert g.texts == ["lol", "lol"]  # lm-eval's dummy model answers "lol" to everything
    assert b.info().backend == "lm_eval" and b.info().extra["lm_eval_model"] == "dummy"
    other = build(
        "model=lm_eval", "model.options.model=dummy", "model.chat_template=none", "model.options.model_args='x=1'"
    )
    assert other.info().cache_key() != b.info().cache_key()


def test_unknown_model_type_is_one_line() -> None:
    with pytest.raises(SlmtrustError, match="lm-eval has no model type 'no-such-model'"):
        build("model=lm_eval", "model.options.model=no-such-model")


@pytest.mark.slow
def test_hf_model_type_matches_our_backend(tmp_path, shared_cache) -> None:
    tiny = build("model=tiny-random", cache=shared_cache)
    folder = tmp_path / "tiny-hf"
    tiny.model.save_pretrained(folder)
    tiny.tokenizer.save_pretrained(folder)
    wrapped = build("model=lm_eval", "model.options.model=hf", f"model.options.model_args='pretrained={folder}'")
    reqs = [
        Request("score", prompt="The capital of France is", continuations=(" Paris", " London", " a city in Europe")),
        Request("score", prompt="2 + 2 =", continuations=(" 4", " five")),
    ]
    for ours, theirs in zip(tiny.score(reqs), wrapped.score(reqs)):
        assert theirs.logprobs == pytest.approx(ours.logprobs, abs=1e-4)
    (g,) = wrapped.generate([Request("generate", prompt="Hello", gen=GenerationSettings(max_new_tokens=5))])
    assert isinstance(g.texts[0], str) and len(g.texts) == 1
