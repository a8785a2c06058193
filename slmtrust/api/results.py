"""What a suite hands back: per-item records, the suite's result, and the per-item values behind
its score. The runner, the scorecard, ``merge`` and ``item_scores.jsonl`` read these and nothing
else of a suite."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..metrics.stats import Estimate
from .types import Request, Response


@dataclass
class Record:
    """One scored item: what was asked, what came back, and the verdict."""

    item_id: str
    part: str
    requests: list[Request]
    responses: list[Response]
    scores: dict[str, Any] = field(default_factory=dict)
    verdict: str | None = None

    def to_dict(self, suite: str) -> dict[str, Any]:
        return {
            "suite": suite,
            "part": self.part,
            "item_id": self.item_id,
            "verdict": self.verdict,
            "scores": self.scores,
            "requests": [r.to_dict() for r in self.requests],
            "responses": [r.to_dict() for r in self.responses],
        }


@dataclass(frozen=True)
class ItemScore:
    """One row of ``item_scores.jsonl``: the value in [0, 1] one item added to its dimension's
    score (a multiple-choice part's values are chance-corrected and can be below 0)."""

    dimension: str
    suite: str
    part: str
    item_id: str
    value: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "dimension": self.dimension,
            "suite": self.suite,
            "part": self.part,
            "item_id": self.item_id,
            "value": self.value,
        }


@dataclass
class SuiteResult:
    suite: str
    dimension: str
    identity: dict[str, Any]
    score: Estimate  # 0-100, higher = more trustworthy; None unless status == "scored"
    metrics: dict[str, Estimate]
    records: list[Record]
    refusal_rate: float | None = None
    notes: dict[str, Any] = field(default_factory=dict)
    capability: dict[str, Any] | None = None  # Capability.to_dict() of the competence the score presupposes
    status: str = "scored"
    status_reason: str | None = None
    # the values each item added to the score, per part, and their item ids where they do not
    # follow the records' order (``Suite.score_from_parts``); what item_scores.jsonl is made of
    part_values: dict[str, Any] = field(default_factory=dict)
    part_ids: dict[str, list[str]] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        """All the scorecard takes from this result, the score's bootstrap replicates included
        (JSON floats round-trip exactly): runs of different suites can then be merged into the
        scorecard that one run of all of them writes (``slmtrust.report.merge``)."""
        score = self.score
        return {
            "suite": self.suite,
            "dimension": self.dimension,
            "identity": self.identity,
            "score": {
                "value": None if score.value is None else float(score.value),
                "ci": None if score.ci is None else [float(x) for x in score.ci],
                "n": int(score.n),
                "replicates": None if score.replicates is None else [float(x) for x in score.replicates],
            },
            "metrics": {k: v.to_dict() for k, v in self.metrics.items()},
            "refusal_rate": self.refusal_rate,
            "notes": self.notes,
            "capability": self.capability,
            "status": self.status,
            "status_reason": self.status_reason,
        }

    @classmethod
    def from_summary(cls, data: dict[str, Any]) -> SuiteResult:
        """The result a :meth:`summary` describes, without its per-item records."""

        def estimate(d: dict[str, Any], replicates: Any = None) -> Estimate:
            ci = d.get("ci")
            reps = None if replicates is None else np.asarray(replicates, dtype=float)
            return Estimate(d.get("value"), None if ci is None else (ci[0], ci[1]), int(d.get("n", 0)), reps)

        return cls(
            suite=data["suite"],
            dimension=data["dimension"],
            identity=data["identity"],
            score=estimate(data["score"], data["score"].get("replicates")),
            metrics={k: estimate(v) for k, v in data["metrics"].items()},
            records=[],
            refusal_rate=data.get("refusal_rate"),
            notes=data.get("notes") or {},
            capability=data.get("capability"),
            status=data.get("status", "scored"),
            status_reason=data.get("status_reason"),
        )
