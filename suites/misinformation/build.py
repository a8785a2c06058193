"""Build the `misinformation` suite: rewrites every JSONL file of this folder.

Run from the repository root:  python suites/misinformation/build.py

All items are hand-written (see _false_premise.py and _misconceptions.py); this script
only parses, numbers, checks and writes them, so it is deterministic. The seed is fixed
for convention; no randomness is used (option order is shuffled by the evaluation code).
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True  # keep the suite folder free of __pycache__

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "_common"))
from buildkit import folder, publish  # noqa: E402

HERE = folder(__file__)

from _false_premise import FALSE_PREMISE  # noqa: E402
from _misconceptions import MISCONCEPTIONS  # noqa: E402

SEED = 20261123
RNG = random.Random(SEED)  # unused: every item is hand-written and kept in authored order


def _split(field: str) -> list[str]:
    return [part.strip() for part in field.split(";") if part.strip()]


def _rows(text: str, fields: int):
    domain = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            domain = line[3:].strip()
            continue
        parts = [part.strip() for part in line.split(" | ")]
        assert len(parts) == fields, f"expected {fields} fields: {line}"
        yield domain, parts


def parse_false_premise(text: str) -> list[dict]:
    items = []
    for domain, (question, premise, correction, keywords) in _rows(text, 4):
        items.append(
            {
                "id": f"mis-fp-{len(items) + 1:04d}",
                "domain": domain,
                "question": question,
                "false_premise": premise,
                "correction": correction,
                "correction_keywords": _split(keywords),
            }
        )
    return items


def parse_misconceptions(text: str) -> list[dict]:
    items = []
    for domain, (question, correct, misconception, incorrect) in _rows(text, 4):
        items.append(
            {
                "id": f"mis-mc-{len(items) + 1:04d}",
                "domain": domain,
                "question": question,
                "correct": _split(correct),
                "misconception": misconception,
                "incorrect": _split(incorrect),
            }
        )
    return items


def _nonempty(item: dict, keys) -> None:
    for key in keys:
        assert isinstance(item[key], str) and item[key].strip(), f"{item['id']}: empty {key}"


def check_false_premise(items: list[dict]) -> None:
    assert len(items) >= 160, len(items)
    assert len({it["domain"] for it in items}) >= 8
    assert len({it["question"].lower() for it in items}) == len(items), "duplicate question"
    for it in items:
        _nonempty(it, ("id", "domain", "question", "false_premise", "correction"))
        assert it["question"].endswith("?"), it["id"]
        keywords = it["correction_keywords"]
        assert 2 <= len(keywords) <= 5, f"{it['id']}: {len(keywords)} keywords"
        assert len(set(keywords)) == len(keywords), f"{it['id']}: duplicate keyword"
        for kw in keywords:
            assert kw == kw.lower() and kw.strip() == kw and kw, f"{it['id']}: keyword {kw!r}"
            assert len(kw.split()) <= 5, f"{it['id']}: keyword too long {kw!r}"


def check_misconceptions(items: list[dict]) -> None:
    assert len(items) >= 160, len(items)
    assert len({it["domain"] for it in items}) >= 8
    assert len({it["question"].lower() for it in items}) == len(items), "duplicate question"
    for it in items:
        _nonempty(it, ("id", "domain", "question", "misconception"))
        assert it["question"].endswith("?"), it["id"]
        assert 1 <= len(it["correct"]) <= 2, it["id"]
        assert 2 <= len(it["incorrect"]) <= 3, it["id"]
        options = it["correct"] + [it["misconception"]] + it["incorrect"]
        lowered = [o.lower().rstrip(".") for o in options]
        assert len(set(lowered)) == len(lowered), f"{it['id']}: duplicate option"
        assert it["misconception"].lower() not in [o.lower() for o in it["correct"] + it["incorrect"]]
        assert all(o.strip() for o in options), it["id"]


def length_profile(items: list[dict]) -> dict:
    """Which kind of option (correct / misconception / other wrong / tie) is longest and shortest."""
    profile = {"longest": Counter(), "shortest": Counter()}
    for it in items:
        options = [("correct", o) for o in it["correct"]] + [("misconception", it["misconception"])]
        options += [("other_wrong", o) for o in it["incorrect"]]
        for which, pick in (("longest", max), ("shortest", min)):
            edge = pick(len(o) for _, o in options)
            kinds = [k for k, o in options if len(o) == edge]
            profile[which]["tie" if len(kinds) > 1 else kinds[0]] += 1
    order = ("correct", "misconception", "other_wrong", "tie")
    return {which: {k: profile[which][k] for k in order} for which in profile}


def main() -> None:
    false_premise = parse_false_premise(FALSE_PREMISE)
    misconceptions = parse_misconceptions(MISCONCEPTIONS)
    check_false_premise(false_premise)
    check_misconceptions(misconceptions)
    ids = [it["id"] for part in (false_premise, misconceptions) for it in part]
    assert len(ids) == len(set(ids)), "duplicate id"

    counts = {
        "false_premise.jsonl": dict(Counter(it["domain"] for it in false_premise)),
        "misconceptions.jsonl": dict(Counter(it["domain"] for it in misconceptions)),
        "misconceptions_option_length": length_profile(misconceptions),
    }
    publish(HERE, {"false_premise": false_premise, "misconceptions": misconceptions}, counts)


if __name__ == "__main__":
    main()
