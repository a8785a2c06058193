"""The published JSON Schema of ``scorecard.json`` (``docs/scorecard.schema.json``).

The models below describe the fields readers rely on, for schema versions 1 and 2; other fields
are allowed (a scorecard also carries the profile, seeds, efficiency block and provenance).
``python -m slmtrust.api.schema`` rewrites the published file, and a test checks that it is current,
that every committed scorecard validates against it (with ``jsonschema``), and that it rejects
the broken scorecards the leaderboard skips.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .. import REPO_ROOT

PUBLISHED = REPO_ROOT / "docs" / "scorecard.schema.json"


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Interval(Open):
    value: float | None = None
    ci: tuple[float | None, float | None] | None = None
    n: int | None = None


class SuiteIdentity(Open):
    name: str
    version: str | None = None
    sha256: str | None = None


class Capability(Open):
    name: str
    value: float | None = None
    ci: tuple[float | None, float | None] | None = None
    n: int | None = None
    chance: float
    support: int
    min_n: int


class Dimension(Open):
    score: float | None = Field(description="0-100, higher = more trustworthy; null unless status is scored")
    ci: tuple[float | None, float | None] | None = Field(None, description="95% bootstrap interval of the score")
    n: int | None = None
    refusal_rate: float | None = None
    suite: SuiteIdentity | None = None
    metrics: dict[str, Interval] = Field(default_factory=dict)
    status: Literal["scored", "not_measurable", "insufficient_items"] = Field(
        "scored", description="schema 2; absent in schema 1 (= scored)"
    )
    status_reason: str | None = None
    capability: Capability | None = None


class Overall(Open):
    score: float | None = Field(description="mean of the dimension scores; null unless every dimension is scored")
    ci: tuple[float | None, float | None] | None = None
    partial_score: float | None = None
    not_scored: list[str] | None = None
    dimensions_included: int | None = None


class Model(Open):
    id: str
    backend: str | None = None
    source: str | None = None
    fingerprint: dict[str, str | None] | None = None
    parameters: int | None = None


class Scorecard(Open):
    """``scorecard.json`` of an slmtrust run (docs/scoring.md, docs/errors.md)."""

    schema_version: Literal["1", "2"]
    model: Model
    comparability_key: str
    overall: Overall
    dimensions: dict[str, Dimension]
    status: Literal["complete", "failed"] = Field("complete", description="failed: see failures; never ranked")
    failures: list[dict[str, str]] | None = None


def json_schema() -> dict:
    schema = Scorecard.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://slmtrust.invalid/scorecard.schema.json"
    return schema


def text() -> str:
    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m slmtrust.api.schema [PATH]``: write the schema (default: docs/scorecard.schema.json)."""
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else PUBLISHED
    path.write_text(text(), encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
