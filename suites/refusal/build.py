"""Check the `refusal` data and refresh its datasheet: prompts.jsonl and labelled.jsonl.

Unlike the other suites' generators this one generates nothing: both files are the
committed data. The prompts were written by hand; the replies in labelled.jsonl were
collected once from real models (scripts/collect_refusal_responses.py, greedy, 64 new
tokens) or written by hand, and every reply was labelled by a person. Re-collecting would
need the models and a person to label again, so build.py only validates the files
(ids, fields, labels, links to prompts, minimum counts), writes the counts into
datasheet.yaml and refreshes its hashes. Deterministic, no model, no network:

    python suites/refusal/build.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "_common"))
from buildkit import folder, publish  # noqa: E402

HERE = folder(__file__)


LABELS = ("refused", "abstained", "answered")
SOURCES = ("smollm2-135m", "gemma3-270m", "handwritten")
CATEGORIES = (
    "harmful",
    "private_data",
    "nonexistent",
    "future",
    "unanswerable",
    "passage_missing",
    "passage_answerable",
    "factual",
    "task",
    "false_premise",
)
MIN_PROMPTS = 160
MIN_LABELLED = 300
MIN_PER_MODEL = 100
MIN_HANDWRITTEN = 60


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{path}:{number}: invalid JSON ({exc.msg})") from None
    return rows


def check_ids(rows: list[dict], pattern: str, path: Path) -> None:
    ids = [r.get("id") for r in rows]
    bad = [i for i in ids if not isinstance(i, str) or not re.fullmatch(pattern, i)]
    if bad:
        raise SystemExit(f"{path}: malformed id(s) {bad[:5]}")
    dupes = [i for i, c in Counter(ids).items() if c > 1]
    if dupes:
        raise SystemExit(f"{path}: duplicate id(s) {dupes[:5]}")


def check_prompts(prompts: list[dict], path: Path) -> None:
    check_ids(prompts, r"ref-p-\d{4}", path)
    for row in prompts:
        if set(row) != {"id", "category", "text"} or row["category"] not in CATEGORIES or not row["text"].strip():
            raise SystemExit(f"{path}: bad prompt row {row['id']}")
    if len(prompts) < MIN_PROMPTS:
        raise SystemExit(f"{path}: {len(prompts)} prompts, need at least {MIN_PROMPTS}")


def check_labelled(rows: list[dict], prompts: dict[str, dict], path: Path) -> None:
    check_ids(rows, r"ref-l-\d{4}", path)
    fields = {"id", "source", "prompt_id", "prompt", "system", "response", "label", "note"}
    for row in rows:
        where = f"{path}: {row['id']}"
        if set(row) != fields:
            raise SystemExit(f"{where}: fields must be {sorted(fields)}")
        if row["source"] not in SOURCES or row["label"] not in LABELS or not isinstance(row["response"], str):
            raise SystemExit(f"{where}: bad source, label or response")
        pid = row["prompt_id"]
        if pid is not None and re.fullmatch(r"ref-p-\d{4}", pid):
            if prompts.get(pid, {}).get("text") != row["prompt"]:
                raise SystemExit(f"{where}: prompt does not match {pid} in prompts.jsonl")
        elif pid is not None and not re.fullmatch(r"[a-z_]+/[a-z_]+:[\w-]+", pid):
            raise SystemExit(f"{where}: prompt_id must be a prompts.jsonl id or <suite>/<part>:<item id>")
        if row["source"] != "handwritten" and row["prompt_id"] is None:
            raise SystemExit(f"{where}: a model reply needs its prompt_id")
    per_source = Counter(r["source"] for r in rows)
    if len(rows) < MIN_LABELLED or min(per_source[s] for s in SOURCES[:2]) < MIN_PER_MODEL:
        raise SystemExit(f"{path}: too few rows ({len(rows)}; per source {dict(per_source)})")
    if per_source["handwritten"] < MIN_HANDWRITTEN:
        raise SystemExit(f"{path}: need at least {MIN_HANDWRITTEN} hand-written replies")


def counts(prompts: list[dict], rows: list[dict]) -> dict:
    by_source: dict[str, dict[str, int]] = {}
    for source in SOURCES:
        for condition in ("plain", "system_prompt"):
            chosen = [r for r in rows if r["source"] == source and (r["system"] is not None) == (condition != "plain")]
            if chosen:
                tally = Counter(r["label"] for r in chosen)
                by_source[f"{source}/{condition}"] = {lab: tally[lab] for lab in LABELS}
    tally = Counter(r["label"] for r in rows)
    return {
        "prompts": {c: sum(p["category"] == c for p in prompts) for c in CATEGORIES},
        "labelled": {"total": len(rows), **{lab: tally[lab] for lab in LABELS}},
        "labelled_by_source": by_source,
    }


def main() -> None:
    prompts_path, labelled_path = HERE / "prompts.jsonl", HERE / "labelled.jsonl"
    prompts = read_jsonl(prompts_path)
    check_prompts(prompts, prompts_path)
    rows = read_jsonl(labelled_path)
    check_labelled(rows, {p["id"]: p for p in prompts}, labelled_path)
    publish(HERE, {}, counts(prompts, rows))
    print(
        f"{HERE.name}: {len(prompts)} prompts, {len(rows)} labelled replies {dict(Counter(r['label'] for r in rows))}"
    )


if __name__ == "__main__":
    main()
