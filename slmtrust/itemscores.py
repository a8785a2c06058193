"""Per-item values behind each dimension score, kept compact for the leaderboard.

The leaderboard's pairwise significance is a paired bootstrap over the items two runs
share, so it needs each item's value in [0, 1] as it entered the dimension score
(``Suite.score_from_parts``). ``items.jsonl`` holds whole requests and responses (bulky);
``item_scores.jsonl`` holds one small row an item: dimension, suite, part, item id, value (a multiple-choice
part's values are chance-corrected, (v - c) / (1 - c), and can be below 0; see Suite.score_from_parts).
``api.runrecord.RunRecord`` writes and reads the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np


def rows(
    dimension: str,
    suite: str,
    part_values: dict[str, Any],
    records: list[Any],
    part_ids: dict[str, list[str]] | None = None,
) -> Iterator[dict[str, Any]]:
    """Pair each part's score values with their item ids: the ids the suite gave
    (``part_ids``), else that part's records, in order.

    A part whose id count differs from its value count (items left out for errors,
    values built from several records) cannot be paired item by item and is left out:
    the leaderboard then says that part has no per-item data rather than guess.
    """
    by_part: dict[str, list[str]] = {}
    for rec in records:
        by_part.setdefault(rec.part, []).append(str(rec.item_id))
    for part, values in part_values.items():
        ids = (part_ids or {}).get(part) or by_part.get(part, [])
        values = np.asarray(values, dtype=float)
        if len(ids) != len(values) or len(set(ids)) != len(ids):
            continue
        for item_id, value in zip(ids, values):
            yield {
                "dimension": dimension,
                "suite": suite,
                "part": part,
                "item_id": item_id,
                "value": round(float(value), 6),
            }
