"""The OpenAI-compatible backend against a real HTTP server on 127.0.0.1 (tests/helpers/openai_server.py):
chat and completion generation, log-likelihoods from echoed prompt log-probs (hand-computed),
retries over dropped connections and 5xx, one-line errors for timeouts, 4xx and servers without
log-probabilities, and a whole suite run through the model=openai config."""

from __future__ import annotations

from pathlib import Path

import pytest
from hydra import compose, initialize_config_dir

from slmtrust.api.config import CONF_DIR, register
from slmtrust.api.types import GenerationSettings, Request, chat
from slmtrust.models import build_backend
from slmtrust.run.runner import execute
from slmtrust.util.errors import SlmtrustError
from tests.helpers.openai_server import FakeServer, RealModel, token_logprob

REPO = Path(__file__).resolve().parents[2]
FAST = ("model.options.backoff_s=0.01", "model.options.timeout_s=2")


def backend(url: str, *overrides: str):
    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        cfg = compose("config", overrides=["model=openai", f"model.options.base_url={url}", *FAST, *overrides])
    return build_backend(cfg.model, cfg.hardware, None)


def test_generate_chat_completion_and_samples() -> None:
    with FakeServer() as server:
        b = backend(server.url)
        chat_req = Request("generate", messages=chat("Hello there"), gen=GenerationSettings(n=3, temperature=1.0))
        raw_req = Request("generate", prompt="Once upon a time", gen=GenerationSettings(stop=("\n",)))
        a, c = b.generate([chat_req, raw_req])
    assert a.texts == ["reply to: Hello there"] * 3 and c.texts == ["after:  upon a time"]
    sent = {tuple(sorted(r)) for r in server.requests}
    assert any("messages" in keys for keys in sent) and any("prompt" in keys for keys in sent)
    assert any(r.get("stop") == ["\n"] for r in server.requests)


def test_score_sums_the_continuation_token_logprobs() -> None:
    with FakeServer() as server:
        b = backend(server.url)
        raw, chatted = b.score(
            [
                Request("score", prompt="The cat", continuations=(" sat on the mat", " ran")),
                Request("score", messages=chat("Hi"), continuations=("Hello there",)),
            ]
        )
        # a context ending in a space: the server's token " 493021" straddles the boundary and is the continuation's
        (pin,) = b.score([Request("score", prompt="my PIN is ", continuations=("493021",))])
    assert pin.logprobs == pytest.approx([token_logprob(" 493021")]) and pin.token_counts == [1]
    assert pin.token_logprobs == [[pytest.approx(token_logprob(" 493021"))]]
    words = lambda *ws: sum(token_logprob(" " + w) for w in ws)  # noqa: E731
    assert raw.logprobs == pytest.approx([words("sat", "on", "the", "mat"), words("ran")])
    assert raw.token_counts == [4, 1] and raw.is_greedy == [True, True]
    assert [sum(t) for t in raw.token_logprobs] == pytest.approx(raw.logprobs)
    # chat contexts are scored as plain "User: Hi\nAssistant:" text, the reply after one space
    assert chatted.logprobs == pytest.approx([words("Hello", "there")])
    sent = [r for r in server.requests if "Assistant:" in r["prompt"]]  # requests run concurrently: any order
    assert len(sent) == 1 and sent[0]["prompt"].endswith("Assistant: Hello there") and sent[0]["echo"] is True


def test_dropped_connections_and_5xx_are_retried() -> None:
    with FakeServer(drop_first=1, fail_first=2) as server:
        (resp,) = backend(server.url, "model.options.retries=3").generate([Request("generate", prompt="Hi")])
    assert resp.error is None and resp.texts == ["after: Hi"] and len(server.requests) == 4


def test_failures_end_as_one_line_errors() -> None:
    with FakeServer(fail_first=100) as server:
        (resp,) = backend(server.url, "model.options.retries=2").generate([Request("generate", prompt="Hi")])
    assert "HTTP 500: model worker crashed retry later (after 3 tries)" in resp.error and "\n" not in resp.error
    assert len(server.requests) == 3
    with FakeServer(delay_s=0.5) as server:
        (resp,) = backend(server.url, "model.options.retries=1", "model.options.timeout_s=0.1").generate(
            [Request("generate", prompt="Hi")]
        )
    assert "no answer within 0.1 s (after 2 tries)" in resp.error
    with FakeServer() as server:
        (resp,) = backend(server.url, "model.options.model=missing-model").generate([Request("generate", prompt="Hi")])
    assert "HTTP 404" in resp.error and "missing-model" in resp.error and len(server.requests) == 1  # not retried


def test_server_without_logprobs_fails_scoring_once_and_still_generates() -> None:
    with FakeServer(logprobs=False) as server:
        b = backend(server.url)
        first = b.score([Request("score", prompt="A", continuations=(" b",))])[0]
        asked = len(server.requests)
        second = b.score([Request("score", prompt="C", continuations=(" d",))])[0]
        gen = b.generate([Request("generate", prompt="Hi")])[0]
    assert "returns no prompt log-probabilities" in first.error and "\n" not in first.error
    assert second.error == first.error and len(server.requests) == asked + 1  # no second scoring call
    assert gen.texts == ["after: Hi"]


def test_bad_base_url_is_a_config_error() -> None:
    with pytest.raises(SlmtrustError, match="model.options.base_url"):
        backend("localhost:8000")


def test_suite_runs_through_the_server(make_cfg, tmp_path) -> None:
    fixture = REPO / "tests" / "fixtures" / "public" / "truthfulqa" / "multiple_choice.jsonl"
    with FakeServer() as server:
        cfg = make_cfg(
            "model=openai",
            f"model.options.base_url={server.url}",
            *FAST,
            "suite=truthfulqa_mc",
            f"suites.truthfulqa_mc.options.path={fixture}",
            suites=REPO / "suites",
        )
        card = execute(cfg, tmp_path / "run")
    dim = card["dimensions"]["misinformation"]
    assert dim["n"] == 12 and card["model"]["backend"] == "openai" and dim["metrics"]["mc2"]["n"] == 12
    assert len(server.requests) == 12 * (3 + 4)  # one echo call per option (3 for MC1, 4 for MC2)


@pytest.mark.slow
def test_real_model_behind_the_server_gives_our_backends_answers(shared_cache) -> None:
    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        cfg = compose("config", overrides=["model=tiny-random", "hardware=cpu"])
    tiny = build_backend(cfg.model, cfg.hardware, shared_cache)
    scores = [
        Request("score", prompt="The capital of France is", continuations=(" Paris", " London", " a big city")),
        Request("score", prompt="Two plus two equals", continuations=(" four",)),
    ]
    gens = [Request("generate", messages=chat("Say something."), gen=GenerationSettings(max_new_tokens=8))]
    with FakeServer(model=RealModel(tiny)) as server:
        remote = backend(server.url, "model.options.concurrency=2")
        for ours, theirs in zip(tiny.score(scores), remote.score(scores)):
            assert theirs.logprobs == pytest.approx(ours.logprobs, abs=1e-4)
            assert theirs.token_counts == ours.token_counts
        assert remote.generate(gens)[0].texts == tiny.generate(gens)[0].texts
