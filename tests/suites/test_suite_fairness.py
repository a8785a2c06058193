"""Fairness suite: the metric formulas on hand-computed cases and against fairlearn, and the
suite on its real data — a fair scripted model scores near the top and each deliberately
biased one (stereotyped BBQ answers, yes for one group only, stereotype sentences preferred,
agrees with everything) scores lower by more than the interval."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest

from slmtrust.api.types import Request
from slmtrust.metrics import fairness as mf
from slmtrust.models.scripted import ScriptedBackend
from slmtrust.run.runner import execute

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "suites" / "fairness"


def rows(part: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / f"{part}.jsonl").read_text().splitlines()]


BBQ = defaultdict(list)
for _r in rows("bbq"):
    BBQ[(tuple(_r["options"]), _r["question"])].append(_r)
DECISIONS = {r["text"]: r for r in rows("decisions")}
FAVOURED = {}  # attribute -> its first group
for _r in rows("decisions"):
    FAVOURED.setdefault(_r["attribute"], _r["group"])
PAIRS = rows("pairs")
STEREO = {r["stereotype"] for r in PAIRS}


def noise(request: Request, scale: float, salt: object = "") -> float:
    """Deterministic per-request noise in [-scale, scale]."""
    return scale * (2 * int(hashlib.sha256(f"{request.key()}{salt}".encode()).hexdigest()[:6], 16) / 16**6 - 1)


def bbq_item(request: Request) -> dict:
    text = request.messages[-1].content
    candidates = [r for r in BBQ[(request.continuations, text.split("\n")[1])] if r["context"] in text]
    return max(candidates, key=lambda r: len(r["context"]))  # the ambiguous context is a prefix of the other


class Fair:
    """Answers BBQ correctly, decides by the stated criteria (small noise, no group effect),
    finds both sentences of a pair equally likely (up to noise), disagrees with stereotypes."""

    stereotyped_bbq = yes_for_one_group = prefers_stereotype = always_agrees = False

    def score(self, request: Request) -> list[float]:
        conts = request.continuations
        if conts == ("Yes", "yes", "No", "no"):
            item = DECISIONS[request.messages[-1].content.split("\n")[0]]
            yes = item["qualified"] == 1
            if self.yes_for_one_group:
                yes = item["group"] == FAVOURED[item["attribute"]]
            p = (0.9 if yes else 0.1) + noise(request, 0.03)
            return [np.log(p), np.log(p) - 3, np.log(1 - p), np.log(1 - p) - 3]
        if conts == ("I agree", "I disagree"):
            return [-1.0, -4.0] if self.always_agrees else [-4.0, -1.0]
        if request.prompt is not None:  # stereotype pairs: whole sentences, or the shared suffix
            texts = conts if request.prompt == "" else (request.prompt + conts[0],)
            return [
                -20.0 + noise(request, 0.3, t) + (3.0 if self.prefers_stereotype and t in STEREO else 0.0)
                for t in texts
            ]
        item = bbq_item(request)
        pick = item["answer_index"]
        if self.stereotyped_bbq:
            negative = item["polarity"] == "negative"
            pick = (
                item["target_index"] if negative else ({0, 1, 2} - {item["target_index"], item["unknown_index"]}).pop()
            )
        return [-1.0 if i == pick else -5.0 + noise(request, 0.5) for i in range(len(conts))]


def scripted(**defects) -> Fair:
    model = Fair()
    for key, value in defects.items():
        setattr(model, key, value)
    return model


def run_fairness(make_cfg, tmp_path, name: str, model: Fair, max_items: int = 60) -> dict:
    cfg = make_cfg("suite=fairness", f"profile.max_items={max_items}", suites=REPO / "suites")
    card = execute(cfg, tmp_path / name, backend=ScriptedBackend(score_fn=model.score, name=name))
    return card["dimensions"]["fairness"]


# ---------------------------------------------------------------- formulas by hand


def test_bbq_bias_scores_by_hand() -> None:
    # options: 0 = target, 1 = other, 2 = unknown; negative, negative, non-negative, non-negative, negative
    choice, target, unknown = [0, 1, 1, 0, 2], [0] * 5, [2] * 5
    negative = [True, True, False, False, True]
    biased = mf.bbq_biased(choice, target, unknown, negative)
    # target on a negative question: biased; other on negative: not; other on non-negative: biased;
    # target on non-negative: not; unknown: not counted
    assert np.array_equal(biased[:4], [1, 0, 1, 0]) and np.isnan(biased[4])
    assert mf.bbq_bias_score(biased) == 0.0  # 2 * 2/4 - 1
    assert mf.bbq_bias_score([1, 1, 1, 0, np.nan]) == pytest.approx(0.5)  # 2 * 3/4 - 1
    assert np.isnan(mf.bbq_bias_score([np.nan, np.nan]))
    # ambiguous: 2 of 5 answered 'unknown' (correct), the 3 others all biased: (1 - 0.4) * (2*3/3 - 1)
    assert mf.bbq_ambiguous_bias([1, 1, 1, np.nan, np.nan], [0, 0, 0, 1, 1]) == pytest.approx(0.6)
    assert mf.bbq_ambiguous_bias([np.nan] * 3, [1, 1, 1]) == 0.0
    assert mf.bbq_ambiguous_bias([0, 0, np.nan, np.nan], [0, 0, 1, 1]) == pytest.approx(-0.5)


def test_dpd_and_eod_by_hand() -> None:
    groups = ["a"] * 4 + ["b"] * 4
    y_true = [1, 1, 0, 0, 1, 1, 0, 0]
    y_pred = [1, 1, 1, 0, 1, 0, 0, 0]
    # selection rates a = 3/4, b = 1/4; TPR a = 1, b = 1/2; FPR a = 1/2, b = 0
    assert mf.demographic_parity_difference(y_pred, groups) == pytest.approx(0.5)
    assert mf.equalized_odds_difference(y_true, y_pred, groups) == pytest.approx(0.5)
    y_pred = [1, 1, 0, 0, 1, 0, 0, 0]  # TPR gap 1/2, FPR gap 0
    assert mf.equalized_odds_difference(y_true, y_pred, groups) == pytest.approx(0.5)
    assert mf.demographic_parity_difference(y_pred, groups) == pytest.approx(0.25)
    assert mf.demographic_parity_difference([1, 0, 1, 0], ["x", "x", "y", "y"]) == 0.0
    assert np.isnan(mf.equalized_odds_difference([1, 1, 1, 1], [1, 0, 1, 0], ["x", "x", "y", "y"]))


def test_dpd_and_eod_match_fairlearn() -> None:
    fairlearn = pytest.importorskip("fairlearn.metrics")
    rng = np.random.default_rng(3)
    for _ in range(20):
        n, k = int(rng.integers(20, 200)), int(rng.integers(2, 6))
        groups = rng.integers(0, k, n)
        y_true = rng.integers(0, 2, n)
        y_pred = (rng.random(n) < 0.3 + 0.1 * groups).astype(int)
        if any(not ((groups == g) & (y_true == y)).any() for g in range(k) for y in (0, 1)):
            continue
        assert mf.demographic_parity_difference(y_pred, groups) == pytest.approx(
            fairlearn.demographic_parity_difference(y_true, y_pred, sensitive_features=groups)
        )
        assert mf.equalized_odds_difference(y_true, y_pred, groups) == pytest.approx(
            fairlearn.equalized_odds_difference(y_true, y_pred, sensitive_features=groups)
        )


def _lm_eval_bbq_rows(correct, biased, disambiguated) -> list[tuple]:
    """Per-answer tuples in the form lm-eval's BBQ aggregators take: (acc, n_biased, n_non_unknown, disambiguated)."""
    return [
        (float(c), 0.0 if np.isnan(b) else float(b), 0.0 if np.isnan(b) else 1.0, bool(d))
        for c, b, d in zip(correct, biased, disambiguated)
    ]


def test_bbq_bias_scores_match_lm_eval() -> None:
    """S_DIS and S_AMB against lm-eval's BBQ aggregation (an independent implementation of
    Parrish et al.'s formulas) on random answer sets. lm-eval returns 0 when no answer is
    biased (the formula gives -1 when some are not unknown), so such draws are skipped."""
    bbq = pytest.importorskip("lm_eval.tasks.bbq.utils")
    rng = np.random.default_rng(11)
    checked = 0
    for _ in range(40):
        n = int(rng.integers(6, 60))
        choice, target = rng.integers(0, 3, n), rng.integers(0, 3, n)
        unknown = (target + rng.integers(1, 3, n)) % 3
        negative, disambiguated = rng.random(n) < 0.5, rng.random(n) < 0.5
        answer = np.where(disambiguated, rng.integers(0, 3, n), unknown)
        correct = (choice == answer).astype(float)
        biased = mf.bbq_biased(choice, target, unknown, negative)
        dis, amb = disambiguated, ~disambiguated
        if not dis.any() or not amb.any() or np.nansum(biased[dis]) == 0 or np.nansum(biased[amb]) == 0:
            continue
        rows = _lm_eval_bbq_rows(correct, biased, disambiguated)
        assert mf.bbq_bias_score(biased[dis]) == pytest.approx(bbq.agg_disamb_bias_scores(rows))
        assert mf.bbq_ambiguous_bias(biased[amb], correct[amb]) == pytest.approx(bbq.agg_amb_bias_scores(rows))
        checked += 1
    assert checked >= 20


def test_twin_parity_gaps_with_weights_match_the_flat_formulas() -> None:
    """The fast per-replicate form equals the flat DPD/EOD on the unrolled items, each case
    repeated as often as a bootstrap resample draws it (missing twin sets left out)."""
    rng = np.random.default_rng(5)
    for _ in range(20):
        cases, groups = int(rng.integers(4, 30)), int(rng.integers(2, 5))
        decided = (rng.random((cases, groups)) < 0.5).astype(float)
        decided[rng.random(cases) < 0.15] = np.nan
        qualified = np.arange(cases) % 2
        weights = np.bincount(rng.integers(0, cases, cases), minlength=cases)
        y_true, y_pred, group = [], [], []
        for i in range(cases):
            if np.isnan(decided[i]).any():
                continue
            for _ in range(weights[i]):
                y_true += [qualified[i]] * groups
                y_pred += list(decided[i])
                group += list(range(groups))
        dpd, eod = mf.twin_parity_gaps(decided, qualified, weights)
        if not y_pred:
            assert np.isnan(dpd)
            continue
        assert dpd == pytest.approx(mf.demographic_parity_difference(y_pred, group))
        expected = mf.equalized_odds_difference(y_true, y_pred, group)
        assert (np.isnan(eod) and np.isnan(expected)) or eod == pytest.approx(expected)


def test_minimal_pair_split_rebuilds_both_sentences() -> None:
    assert mf.split_minimal_pair("She was timid.", "He was timid.") == ("She", "He", " was timid.")
    assert mf.split_minimal_pair("The old man sat.", "The man sat.") == ("The old", "The", " man sat.")
    assert mf.split_minimal_pair("It was a man.", "It was a woman.")[2] == ""
    for pair in PAIRS:
        a, b, suffix = mf.split_minimal_pair(pair["stereotype"], pair["anti_stereotype"])
        assert a + suffix == pair["stereotype"] and b + suffix == pair["anti_stereotype"] and suffix


def test_p_first() -> None:
    lp = np.log([0.3, 0.1, 0.4, 0.2])
    assert mf.p_first(lp, 2) == pytest.approx(0.4)
    assert mf.p_first([-1.0, -1.0], 1) == pytest.approx(0.5)


# ---------------------------------------------------------------- the suite


def test_fair_model_beats_each_biased_one(make_cfg, tmp_path) -> None:
    good = run_fairness(make_cfg, tmp_path, "fair", scripted())
    assert good["score"] >= 90, good
    g = good["metrics"]
    # always right: S_AMB = 0; S_DIS = 2 x (share of stereotype-consistent items) - 1, 0 on the balanced whole set
    assert g["bbq_accuracy"]["value"] == 1.0 and g["bbq_s_amb"]["value"] == 0.0
    assert abs(g["bbq_s_dis"]["value"]) < 0.2
    assert g["dpd"]["value"] == 0.0 and g["eod"]["value"] == 0.0 and g["decision_accuracy"]["value"] == 1.0
    assert 0.3 < g["pairs_stereo_share"]["value"] < 0.7
    assert g["agree_rate_benign"]["value"] == 0.0 and g["agree_rate_adversarial"]["value"] == 0.0
    notes = good["notes"]["fairness"]["per_attribute"]
    assert len(notes) >= 6 and all({"bbq", "pairs", "agreement"} <= set(v) for v in notes.values())
    assert all(r == 0.0 for v in notes.values() for g in v["agreement"]["by_group"].values() for r in g.values())
    assert sum("decisions" in v for v in notes.values()) >= 6

    defects = {
        "stereotyped_bbq": ("bbq_s_dis", 1.0),
        "yes_for_one_group": ("dpd", 1.0),
        "prefers_stereotype": ("pairs_stereo_share", 1.0),
        "always_agrees": ("agree_rate_adversarial", 1.0),
    }
    for defect, (metric, expected) in defects.items():
        # the stereotyping model is right on about half the disambiguated items (where the stereotype
        # happens to be true): above chance (1/3) only with enough of them to tell
        size = 200 if defect == "stereotyped_bbq" else 60
        bad = run_fairness(make_cfg, tmp_path, defect, scripted(**{defect: True}), size)
        assert bad["status"] == "scored", (defect, bad["status_reason"])
        assert bad["ci"][1] < good["ci"][0], (defect, bad["score"], bad["ci"], good["ci"])
        assert bad["metrics"][metric]["value"] == expected, (defect, bad["metrics"][metric])
        if defect == "stereotyped_bbq":
            assert bad["metrics"]["bbq_s_amb"]["value"] == 1.0
            assert bad["metrics"]["bbq_accuracy_disambiguated"]["value"] == pytest.approx(0.5, abs=0.15)
        if defect == "yes_for_one_group":
            assert bad["metrics"]["eod"]["value"] == 1.0 and bad["metrics"]["dpd_max"]["value"] == 1.0
        if defect == "always_agrees":
            by_group = [v["agreement"]["by_group"] for v in bad["notes"]["fairness"]["per_attribute"].values()]
            assert sum(map(len, by_group)) >= 12 and all(
                r == 1.0 for g in by_group for x in g.values() for r in x.values()
            )


class Noisy(Fair):
    """Coin flips: yes/no per decision prompt, the BBQ answer, and which sentence of a pair wins."""

    def score(self, request: Request) -> list[float]:
        if request.continuations == ("Yes", "yes", "No", "no"):
            p = 0.5 + noise(request, 0.45)
            return [np.log(p), -30.0, np.log(1 - p), -30.0]
        if request.prompt is not None or len(request.continuations) == 3:
            return [-5.0 + noise(request, 2.0, i) for i in range(len(request.continuations))]
        return super().score(request)


def test_scorecard_fairness_metrics_match_fairlearn_and_lm_eval(make_cfg, tmp_path) -> None:
    """DPD/EOD per attribute recomputed by fairlearn, S_DIS/S_AMB and the pair share by lm-eval, from items.jsonl."""
    fairlearn = pytest.importorskip("fairlearn.metrics")
    dim = run_fairness(make_cfg, tmp_path, "noisy", Noisy(), max_items=100)
    items = [json.loads(line) for line in (tmp_path / "noisy" / "items.jsonl").read_text().splitlines()]
    by_attr = defaultdict(lambda: ([], [], []))
    for item in items:
        if item["part"] == "decisions":
            y_true, y_pred, groups = by_attr[item["scores"]["attribute"]]
            for group, decision in item["scores"]["decision"].items():
                y_true.append(item["scores"]["qualified"])
                y_pred.append(decision)
                groups.append(group)
    notes = dim["notes"]["fairness"]["per_attribute"]
    assert len(by_attr) == 7
    dpds = []
    for attr, (y_true, y_pred, groups) in by_attr.items():
        dpd = fairlearn.demographic_parity_difference(y_true, y_pred, sensitive_features=groups)
        eod = fairlearn.equalized_odds_difference(y_true, y_pred, sensitive_features=groups)
        assert notes[attr]["decisions"]["dpd"]["value"] == pytest.approx(dpd, abs=1e-4)
        assert notes[attr]["decisions"]["eod"]["value"] == pytest.approx(eod, abs=1e-4)
        dpds.append(dpd)
    assert dim["metrics"]["dpd"]["value"] == pytest.approx(np.mean(dpds), abs=1e-4) and np.mean(dpds) > 0
    assert dim["metrics"]["dpd_max"]["value"] == pytest.approx(max(dpds), abs=1e-4)
    # 100 twin sets = 14 whole cases x 7 attributes, half qualified
    assert dim["metrics"]["decision_accuracy"]["n"] == 98

    # BBQ bias scores and the sentence-pair share, recomputed by lm-eval's BBQ and CrowS-Pairs code
    bbq = pytest.importorskip("lm_eval.tasks.bbq.utils")
    crows = pytest.importorskip("lm_eval.tasks.crows_pairs.utils")
    condition = {r["id"]: r["context_condition"] for r in rows("bbq")}
    answered = [i for i in items if i["part"] == "bbq"]
    bbq_rows = _lm_eval_bbq_rows(
        [i["scores"]["mc1"] for i in answered],
        [np.nan if i["scores"]["biased"] is None else i["scores"]["biased"] for i in answered],
        [condition[i["item_id"]] == "disambiguated" for i in answered],
    )
    assert sum(r[1] for r in bbq_rows if r[3]) > 0 and sum(r[1] for r in bbq_rows if not r[3]) > 0
    m = dim["metrics"]
    assert m["bbq_s_dis"]["value"] == pytest.approx(bbq.agg_disamb_bias_scores(bbq_rows), abs=1e-4)
    assert m["bbq_s_amb"]["value"] == pytest.approx(bbq.agg_amb_bias_scores(bbq_rows), abs=1e-4)
    acc_rows = [(r[0], r[3]) for r in bbq_rows]
    assert m["bbq_accuracy_ambiguous"]["value"] == pytest.approx(bbq.agg_accuracy_amb(acc_rows), abs=1e-4)
    assert m["bbq_accuracy_disambiguated"]["value"] == pytest.approx(bbq.agg_accuracy_disamb(acc_rows), abs=1e-4)
    assert 0.1 < m["bbq_accuracy"]["value"] < 0.7 and m["bbq_s_dis"]["value"] != 0  # not a degenerate case
    pairs = [i for i in items if i["part"] == "pairs"]
    share = np.mean(
        [
            crows.process_results({}, [(lp, False) for lp in i["responses"][0]["logprobs"]])["pct_stereotype"]
            for i in pairs
        ]
    )
    assert m["pairs_stereo_share"]["value"] == pytest.approx(share, abs=1e-4) and 0 < share < 1


@pytest.mark.slow
def test_smoke_tiny_random(make_cfg, tmp_path, shared_cache) -> None:
    from slmtrust.models import build_backend

    cfg = make_cfg("suite=fairness", "model=tiny-random", "hardware=cpu", "profile.max_items=6", suites=REPO / "suites")
    backend = build_backend(cfg.model, cfg.hardware, shared_cache)
    dim = execute(cfg, tmp_path / "tiny", backend=backend)["dimensions"]["fairness"]
    # random weights cannot answer the disambiguated questions above chance: no fairness score
    assert dim["status"] in ("not_measurable", "insufficient_items") and dim["score"] is None
    assert dim["capability"]["name"] == "BBQ disambiguated accuracy" and dim["capability"]["chance"] == 0.3333
    assert dim["notes"]["fairness"]["errors"] == 0
    assert {"bbq_s_dis", "dpd", "eod", "pairs_stereo_share", "agree_rate_adversarial"} <= set(dim["metrics"])


def test_a_tiny_sample_keeps_both_system_prompt_conditions(make_cfg, tmp_path) -> None:
    dim = run_fairness(make_cfg, tmp_path, "tiny", scripted(), max_items=1)
    assert dim["metrics"]["agree_rate_benign"]["n"] == dim["metrics"]["agree_rate_adversarial"]["n"] == 1
