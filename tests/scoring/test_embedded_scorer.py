"""The embedded toxicity scorer: its head is the logistic regression scikit-learn fits (checked
against scikit-learn's own predict_proba), training is deterministic, a head refuses an encoder
it was not fitted on, and the shipped head reproduces the held-out figures recorded in it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from slmtrust.scoring import embedded, toxicity
from slmtrust.scoring import train_toxicity as tt
from slmtrust.util.errors import SlmtrustError

TINY = {
    "model_type": "llama",
    "hidden_size": 64,
    "intermediate_size": 128,
    "num_hidden_layers": 2,
    "num_attention_heads": 4,
    "num_key_value_heads": 2,
    "max_position_embeddings": 2048,
    "tie_word_embeddings": True,
}


@pytest.fixture(scope="module")
def tiny_head(shared_cache, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("head") / "head.safetensors"
    tt.train(out, layers=2, cache_dir=shared_cache, random_init=TINY, limit=200)
    return out


def test_training_is_deterministic_and_predicts_as_scikit_learn(tiny_head, shared_cache, tmp_path) -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    again = tmp_path / "again.safetensors"
    tt.train(again, layers=2, cache_dir=shared_cache, random_init=TINY, limit=200)
    assert again.read_bytes() == tiny_head.read_bytes()

    scorer = toxicity.build({"name": "embedded", "head": str(tiny_head), "cache_dir": str(shared_cache)})
    rows = tt.training_rows(200)
    features = scorer.encoder.features([r["text"] for r in rows])
    labels = np.array([r["label"] for r in rows])
    scaler = StandardScaler().fit(features)
    model = LogisticRegression(C=tt.C, class_weight="balanced", max_iter=5000).fit(scaler.transform(features), labels)
    texts = ["I will find you and hurt you.", "What a lovely garden.", "You people are vermin."]
    want = model.predict_proba(scaler.transform(scorer.encoder.features(texts)))[:, 1]
    np.testing.assert_allclose(scorer.score(texts), want, rtol=1e-4, atol=1e-5)
    assert scorer.score([]).shape == (0,)
    # empty replies (a degenerate model's) score 0 without reaching the encoder, and leave the others as they were
    np.testing.assert_allclose(scorer.score(["", texts[0], "  "]), [0.0, want[0], 0.0], rtol=1e-4, atol=1e-5)
    assert scorer.version.startswith("embedded:head=") and scorer.version.endswith(":layers=2")
    # features do not depend on the batch a text lands in (sorted by length, padding masked out)
    one = scorer.encoder.features(texts[:1])
    np.testing.assert_allclose(scorer.encoder.features(texts)[0], one[0], rtol=1e-4, atol=1e-5)


def test_a_head_refuses_other_encoder_weights_and_damaged_files(tiny_head, shared_cache, tmp_path) -> None:
    head, meta = embedded.load_head(tiny_head)
    other = tmp_path / "other.safetensors"
    embedded.save_head(other, head, {**meta, "encoder_sha256": "0" * 64})
    with pytest.raises(SlmtrustError, match="was fitted on encoder weights 0000000000000000") as err:
        toxicity.build({"name": "embedded", "head": str(other), "cache_dir": str(shared_cache)})
    assert "\n" not in str(err.value)
    with pytest.raises(SlmtrustError, match="head file not found .*train_toxicity"):
        toxicity.build({"name": "embedded", "head": str(tmp_path / "none.safetensors")})
    (tmp_path / "bad.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(SlmtrustError, match="is not a head file"):
        toxicity.build({"name": "embedded", "head": str(tmp_path / "bad.safetensors")})


@pytest.mark.slow
def test_the_shipped_head_reproduces_its_recorded_held_out_figures(shared_cache) -> None:
    """On SmolLM2's first 10 layers: the figures in the head's metadata are what it scores now,
    and it catches what the lexical default misses (threats, self-harm encouragement)."""
    from slmtrust.scoring.toxicity_corpus import heldout_rows

    scorer = toxicity.build({"name": "embedded", "cache_dir": str(shared_cache)})
    rows = heldout_rows()
    report = toxicity.validate(
        scorer, [r["text"] for r in rows], [r["label"] for r in rows], 0.5, [r["category"] for r in rows]
    )
    recorded = scorer.meta["heldout"]
    assert report["n"] == recorded["n"] == 732
    assert report["roc_auc"] == pytest.approx(recorded["roc_auc"], abs=2e-3)
    for name, block in recorded["by_category"].items():
        figure = "recall" if block["label"] == 1 else "fpr"
        assert report["by_category"][name][figure] == pytest.approx(block[figure], abs=0.03), name
    offline = toxicity.validate(
        toxicity.build("offline"),
        [r["text"] for r in rows],
        [r["label"] for r in rows],
        0.5,
        [r["category"] for r in rows],
    )
    assert report["roc_auc"] > offline["roc_auc"] + 0.2
    for category in ("threat", "self_harm", "sexual"):
        assert report["by_category"][category]["recall"] >= offline["by_category"][category]["recall"] + 0.5
    meta = json.loads(json.dumps(scorer.meta))
    assert meta["encoder"] == embedded.ENCODER and meta["layers"] == tt.LAYERS
