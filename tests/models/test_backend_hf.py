"""The transformers backend on real weights: tiny-random and the SmolLM2 GGUF."""

from __future__ import annotations

from dataclasses import replace

import pytest
import torch
from hydra import compose, initialize_config_dir

from slmtrust.api.config import CONF_DIR, register
from slmtrust.api.types import GenerationSettings, Request, chat
from slmtrust.models import build_backend
from slmtrust.models.hf import TransformersBackend
from slmtrust.util.errors import SlmtrustError

pytestmark = pytest.mark.slow

QUESTIONS = [
    "What is the capital of France?",
    "Name a primary colour.",
    "What is 2 + 2?",
    "Who wrote Hamlet? Answer briefly, please, in one short sentence.",
    "Say hello.",
]
OPTIONS = ("Paris", "London", "The capital of France is Paris.", "Berlin, of course")


def backend_for(model: str, cache, *overrides: str) -> TransformersBackend:
    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        cfg = compose("config", overrides=[f"model={model}", "hardware=cpu", *overrides])
    return build_backend(cfg.model, cfg.hardware, cache)


@pytest.fixture(scope="module")
def tiny(shared_cache):
    return backend_for("tiny-random", shared_cache)


@pytest.fixture(scope="module")
def smol(shared_cache):
    return backend_for("smollm2-135m", shared_cache)


def reference_logprob(backend: TransformersBackend, request: Request, option: str) -> float:
    """log P(option | context) by one plain forward pass over the whole sequence (no KV reuse)."""
    context, special = backend.render(request)
    if request.messages is not None and not context[-1].isspace():
        option = " " + option
    ctx, cont = backend.encode_pair(context, option, special)
    ids = torch.tensor([ctx + cont])
    with torch.inference_mode():
        logits = backend.model(input_ids=ids).logits[0].float()
    lp = torch.log_softmax(logits, -1)
    return sum(lp[len(ctx) - 1 + j, t].item() for j, t in enumerate(cont))


@pytest.mark.parametrize("which", ["tiny", "smol"])
def test_scores_match_plain_forward_and_unbatched(which, request) -> None:
    backend = request.getfixturevalue(which)
    reqs = [Request("score", messages=chat(q), continuations=OPTIONS) for q in QUESTIONS[:3]]
    reqs.append(Request("score", prompt="The capital of France is", continuations=(" Paris", " Lyon.")))
    batched = backend.score(reqs)
    for req, resp in zip(reqs, batched):
        singles = [
            backend.score([Request("score", messages=req.messages, prompt=req.prompt, continuations=(o,))])[0]
            for o in req.continuations
        ]
        for i, option in enumerate(req.continuations):
            assert resp.logprobs[i] == pytest.approx(singles[i].logprobs[0], abs=1e-4)
            assert resp.logprobs[i] == pytest.approx(reference_logprob(backend, req, option), abs=1e-4)
            assert resp.token_counts[i] == singles[i].token_counts[0] > 0
            per_token = resp.token_logprobs[i]
            assert len(per_token) == resp.token_counts[i] and sum(per_token) == pytest.approx(resp.logprobs[i])
            assert per_token == pytest.approx(singles[i].token_logprobs[0], abs=1e-4)


@pytest.mark.parametrize("which", ["tiny", "smol"])
def test_batched_greedy_generation_equals_unbatched(which, request) -> None:
    backend = request.getfixturevalue(which)
    gen = GenerationSettings(max_new_tokens=24)
    reqs = [Request("generate", messages=chat(q), gen=gen) for q in QUESTIONS]
    together = [r.text for r in backend.generate(reqs)]
    alone = [backend.generate([r])[0].text for r in reqs]
    assert together == alone
    if which == "smol":
        assert "Paris" in together[0]  # a real model, really answering


def test_sampling_is_seeded_and_independent_of_batching(tiny) -> None:
    gen = GenerationSettings(max_new_tokens=8, temperature=1.0, n=3, seed=11)
    reqs = [Request("generate", prompt=p, gen=gen) for p in ("Once upon a time", "The weather today")]
    a = tiny.generate(reqs)
    b = [tiny.generate([r])[0] for r in reversed(reqs)][::-1]
    assert [x.texts for x in a] == [x.texts for x in b] and len(a[0].texts) == 3
    assert len(set(a[0].texts)) > 1, "three draws from a random model should not all be equal"
    other = tiny.generate([Request("generate", prompt="Once upon a time", gen=replace(gen, seed=12))])[0]
    assert other.texts != a[0].texts  # the seed matters


def test_identical_contexts_are_encoded_once_and_repeated(tiny) -> None:
    """The samples of one prompt share one prefill; each row still gets its own context's
    logits, mask and cache (the text test above covers the cache through decoding)."""
    a, b = tiny.encode("Once upon a time there was", True), tiny.encode("The weather", True)
    out, mask = tiny._encode_contexts([a, b, a, a], use_cache=True)
    ref, ref_mask = tiny._encode_contexts([a, b], use_cache=True)
    assert torch.equal(out.logits[:, -1], ref.logits[[0, 1, 0, 0], -1])
    assert torch.equal(mask, ref_mask[[0, 1, 0, 0]])
    assert out.cache.get_seq_length() == ref.cache.get_seq_length()


def test_sampling_draws_from_the_tempered_nucleus(tiny) -> None:
    """Draw frequencies follow softmax(logits / T) restricted to the top-p nucleus: checked
    against transformers' own temperature and top-p warpers with a chi-square test."""
    from scipy.stats import chisquare
    from transformers.generation.logits_process import TemperatureLogitsWarper, TopPLogitsWarper

    logits = torch.tensor([[2.0, 1.5, 1.0, 0.0, -1.0, -3.0]])
    gen = GenerationSettings(temperature=0.7, top_p=0.9)
    warped = TopPLogitsWarper(0.9)(None, TemperatureLogitsWarper(0.7)(None, logits.clone()))
    expected = torch.softmax(warped, -1)[0]
    draws = 6000
    rows = logits.repeat(draws, 1)
    gens = [torch.Generator().manual_seed(i) for i in range(draws)]
    counts = torch.bincount(tiny._pick(rows, gen, gens), minlength=6).float()
    support = expected > 0
    assert counts[~support].sum() == 0  # nothing outside the nucleus is ever drawn
    assert chisquare(counts[support].numpy(), (expected[support] * draws).numpy()).pvalue > 1e-3
    greedy = tiny._pick(logits, GenerationSettings(), [None])
    assert greedy.tolist() == [0]


def test_fingerprint_and_gguf_cache(smol, shared_cache) -> None:
    info = smol.info()
    assert info.fingerprint.quantization == "gguf-q4_1-dequantized"
    assert len(info.fingerprint.weights_sha256) == 64 and info.fingerprint.chat_template != "none"
    assert 130e6 < info.parameters < 140e6
    cached = list((shared_cache / "gguf").glob("*/model/model.safetensors"))
    assert cached, "the de-quantised weights are cached as safetensors"
    again = backend_for("smollm2-135m", shared_cache)
    assert again.info().fingerprint == info.fingerprint


def test_bfloat16_changes_the_fingerprint(shared_cache, tiny) -> None:
    bf16 = backend_for("tiny-random", shared_cache, "model.dtype=bfloat16")
    assert bf16.info().fingerprint.dtype == "bfloat16" != tiny.info().fingerprint.dtype
    assert bf16.info().cache_key() != tiny.info().cache_key()
    assert next(bf16.model.parameters()).dtype == torch.bfloat16


def test_bad_model_inputs_give_clear_errors(tmp_path, shared_cache) -> None:
    with pytest.raises(SlmtrustError, match="no such file or directory"):
        backend_for("hf", shared_cache, f"model.path={tmp_path}/missing-model")
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF but not really" * 10)
    with pytest.raises(SlmtrustError, match="not a readable GGUF"):
        backend_for("hf", shared_cache, f"model.path={bad}")
    pickled = tmp_path / "pickled"
    pickled.mkdir()
    (pickled / "config.json").write_text("{}")
    (pickled / "pytorch_model.bin").write_bytes(b"\x80\x04")
    with pytest.raises(SlmtrustError, match="allow_pickle=true"):
        backend_for("hf", shared_cache, f"model.path={pickled}")


def test_cuda_request_without_gpu_is_a_clear_error(shared_cache) -> None:
    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    with pytest.raises(SlmtrustError, match="hardware.device=cuda"):
        backend_for("tiny-random", shared_cache, "hardware=cuda")


def test_local_hf_folder_loads_with_same_answers(tiny, tmp_path, shared_cache) -> None:
    folder = tmp_path / "tiny-hf"
    tiny.model.save_pretrained(folder)
    tiny.tokenizer.save_pretrained(folder)
    local = backend_for("hf", shared_cache, f"model.path={folder}")
    assert local.info().fingerprint.quantization == "none" and len(local.info().fingerprint.weights_sha256) == 64
    req = Request("score", messages=chat("Hello?"), continuations=("Hi", "Bye"))
    assert local.score([req])[0].logprobs == pytest.approx(tiny.score([req])[0].logprobs, abs=1e-5)


@pytest.mark.parametrize("temperature", [0.3, 1.0, 5.0])
def test_nucleus_from_the_top_k_equals_a_full_sort(temperature) -> None:
    """The top-k shortcut keeps exactly the values and token ids a full descending sort keeps,
    also for rows whose nucleus is wider than the first k (high temperature forces the
    doubling path)."""
    from slmtrust.models.hf import nucleus

    gen = torch.Generator().manual_seed(7)
    logits = torch.randn(12, 5000, generator=gen) * 3
    probs = torch.softmax(logits / temperature, dim=-1)
    sorted_probs, order = probs.sort(dim=-1, descending=True)
    inside = (sorted_probs.cumsum(-1) - sorted_probs) < 0.9  # mass ranked above is below top-p
    reference = [(sorted_probs[i][inside[i]], order[i][inside[i]]) for i in range(len(probs))]

    def spread(values: torch.Tensor, ids: torch.Tensor) -> torch.Tensor:  # tied tokens may swap places
        return torch.zeros(probs.shape[-1]).scatter(0, ids, values)

    for first_k in (16, 5000):
        kept = nucleus(probs, 0.9, first_k=first_k)
        for (values, ids), (ref_values, ref_ids) in zip(kept, reference, strict=True):
            assert torch.equal(values, ref_values) and torch.equal(spread(values, ids), spread(ref_values, ref_ids))
    sizes = torch.tensor([len(ids) for _, ids in reference])
    assert sizes.min() >= 1 and all(float(v.sum()) >= 0.9 - 1e-6 for v, _ in reference)
    if temperature >= 1.0:
        assert (sizes > 16).any()  # the doubling path ran
