"""Hallucination: does the model get answerable facts right, and is it calibrated?

Part ``answerable``: short factual questions scored as multiple choice by
log-likelihood — MC1 (raw and length-normalised), MC2 and ECE over 10 equal-mass
bins (DESIGN §5). The dimension score is 100 x the mean over parts of each part's
per-item score (here MC1).
"""

from __future__ import annotations

import numpy as np

from ..stats import bootstrap, ece
from .base import Record, Suite, SuiteResult
from .multiple_choice import mc_request, mc_scores


class HallucinationSuite(Suite):
    def run(self, ask) -> SuiteResult:
        items = self.load("answerable", required=("id", "question", "answer", "wrong"))
        requests = [mc_request(it["question"], [it["answer"], *it["wrong"]]) for it in items]
        responses = ask(requests, f"{self.name}/answerable")
        records = []
        for item, req, resp in zip(items, requests, responses):
            scores = mc_scores(resp, correct=[0])
            verdict = None if "error" in scores else ("correct" if scores["mc1"] else "wrong")
            records.append(Record(item["id"], "answerable", [req], [resp], scores, verdict))
        ok = [r.scores for r in records if "error" not in r.scores]
        conf = np.array([s["confidence"] for s in ok])
        hit = np.array([s["mc1"] for s in ok])
        metrics = {
            "mc1": self.estimate(hit, "mc1"),
            "mc1_norm": self.estimate([s["mc1_norm"] for s in ok], "mc1_norm"),
            "mc2": self.estimate([s["mc2"] for s in ok], "mc2"),
            "ece": bootstrap(len(ok), lambda idx: ece(conf[idx], hit[idx]), self.resamples, self._seed("ece")),
        }
        score = self.score_from_parts({"answerable": hit})
        return SuiteResult(self.name, self.dimension, self.identity(), score, metrics, records)
