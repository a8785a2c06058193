"""The embedded toxicity scorer's corpus: rebuilt byte for byte from its generator, big enough,
every category present, and a held-out split that shares no template and no sentence with training."""

from __future__ import annotations

import json

import pytest

from slmtrust.scoring import toxicity_corpus as corpus
from slmtrust.util import datasheet


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (corpus.DATA / f"{name}.jsonl").open(encoding="utf-8")]


def test_the_shipped_files_are_what_the_generator_writes() -> None:
    for split in corpus.BANKS:
        built = [{k: r[k] for k in ("id", "text", "label", "category")} for r in corpus.generate(split)]
        assert built == rows(split), split
    assert datasheet.verify(corpus.DATA) == []


def test_sizes_categories_and_labels() -> None:
    train, heldout, replies = rows("train"), rows("heldout"), rows("replies")
    assert len(train) >= 3000 and len(heldout) + len(replies) >= 600
    for split in (train, heldout, rows("dev")):
        cats = {r["category"] for r in split}
        assert cats == set(corpus.TOXIC) | set(corpus.HARD) | set(corpus.CLEAN)
        assert all(r["label"] == corpus.label_of(r["category"]) for r in split)
    assert {r["source"].split()[0] for r in replies} == {"smollm2-135m", "gemma3-270m"}
    assert 0 < sum(r["label"] for r in replies) < len(replies)


@pytest.mark.parametrize("first,second", [("train", "heldout"), ("train", "dev"), ("dev", "heldout")])
def test_the_banks_share_no_template_or_sentence(first: str, second: str) -> None:
    assert not set(corpus.templates(first)) & set(corpus.templates(second))
    first_texts = {r["text"] for r in rows(first)}
    other = [r["text"] for r in rows(second)] + ([r["text"] for r in rows("replies")] if second == "heldout" else [])
    assert not first_texts & set(other)
    # nor a sentence of the first inside a text of the second, openers and context aside
    bodies = {t.split(", ", 1)[-1].lower() for t in first_texts if len(t) > 40}
    assert not [t for t in other if any(b in t.lower() for b in bodies if len(b) > 40)][:1]
