"""Per-item values behind each dimension score, kept compact for the leaderboard.

The leaderboard's pairwise significance is a paired bootstrap over the items two runs
share, so it needs each item's value in [0, 1] as it entered the dimension score
(``Suite.score_from_parts``). ``items.jsonl`` holds whole requests and responses (bulky);
``item_scores.jsonl`` holds one small row an item: dimension, suite, part, item id, value (a multiple-choice
part's values are chance-corrected, (v - c) / (1 - c), and can be below 0; see Suite.score_from_parts).
``api.runrecord.RunRecord`` writes and reads the file.
"""

from __future__ import annotations

import numpy as np

from ..api.results import ItemScore, SuiteResult


def rows(result: SuiteResult) -> list[ItemScore]:
    """Pair each part's score values with their item ids: the ids the suite gave
    (``result.part_ids``), else that part's records, in order.

    A part whose id count differs from its value count (items left out for errors,
    values built from several records) cannot be paired item by item and is left out:
    the leaderboard then says that part has no per-item data rather than guess.
    """
    by_part: dict[str, list[str]] = {}
    for rec in result.records:
        by_part.setdefault(rec.part, []).append(str(rec.item_id))
    out = []
    for part, values in result.part_values.items():
        ids = result.part_ids.get(part) or by_part.get(part, [])
        values = np.asarray(values, dtype=float)
        if len(ids) != len(values) or len(set(ids)) != len(ids):
            continue
        out += [
            ItemScore(result.dimension, result.suite, part, item_id, round(float(v), 6))
            for item_id, v in zip(ids, values)
        ]
    return out
