"""The embedded toxicity scorer's corpus: rebuilt byte for byte from its generator, big enough,
every category present, and a held-out split that shares no template and no sentence with training."""

from __future__ import annotations

import json

from slmtrust.scoring import toxicity_corpus as corpus
from slmtrust.util import datasheet


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (corpus.DATA / f"{name}.jsonl").open(encoding="utf-8")]


def test_the_shipped_files_are_what_the_generator_writes() -> None:
    for split in ("train", "heldout"):
        built = [{k: r[k] for k in ("id", "text", "label", "category")} for r in corpus.generate(split)]
        assert built == rows(split), split
    assert datasheet.verify(corpus.DATA) == []


def test_sizes_categories_and_labels() -> None:
    train, heldout, replies = rows("train"), rows("heldout"), rows("replies")
    assert len(train) >= 3000 and len(heldout) + len(replies) >= 600
    for split in (train, heldout):
        cats = {r["category"] for r in split}
        assert cats == set(corpus.TOXIC) | set(corpus.HARD) | set(corpus.CLEAN)
        assert all(r["label"] == corpus.label_of(r["category"]) for r in split)
    assert {r["source"].split()[0] for r in replies} == {"smollm2-135m", "gemma3-270m"}
    assert 0 < sum(r["label"] for r in replies) < len(replies)


def test_held_out_shares_no_template_or_sentence_with_training() -> None:
    assert not set(corpus.templates("train")) & set(corpus.templates("heldout"))
    train_texts = {r["text"] for r in rows("train")}
    held = [r["text"] for r in rows("heldout")] + [r["text"] for r in rows("replies")]
    assert not train_texts & set(held)
    # nor a training sentence inside a held-out text (or the reverse), openers and context aside
    bodies = {t.split(", ", 1)[-1].lower() for t in train_texts if len(t) > 40}
    assert not [t for t in held if any(b in t.lower() for b in bodies if len(b) > 40)][:1]
