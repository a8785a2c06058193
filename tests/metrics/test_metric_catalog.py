"""The metric catalogue: hand-read cases, every metric every shipped suite reports is in it
(found by running each suite on stand-in answers), docs/metrics.md is written from it, and the
page and the console show its labels instead of raw ids."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hydra import compose, initialize_config_dir

from slmtrust.api.config import CONF_DIR, register
from slmtrust.metrics import catalog as metric_catalog
from slmtrust.metrics.catalog import describe
from slmtrust.run.progress import stand_in
from slmtrust.run.scorecard import key_metrics
from slmtrust.suites import build_suite

REPO = Path(__file__).resolve().parents[2]
SHIPPED = ["hallucination", "sycophancy", "misinformation", "toxicity", "fairness", "privacy", "adversarial", "ood"]


def test_hand_read_ids() -> None:
    asr = describe("asr_word_mcq")
    assert (asr.label, asr.better, asr.breakdown, asr.headline) == (
        "attack success rate (word)",
        "lower",
        "task: mcq",
        False,
    )
    assert describe("asr_word").headline and describe("asr_word").arrow == "\u2193"
    leak = describe("pii_exact_leak.pii_type=card_number")
    assert leak.label == "targeted value leaked (exact)" and leak.breakdown == "pii type: card number"
    emt = describe("emt[adversarial/insult_bait]")
    assert emt.label == "expected maximum toxicity" and emt.breakdown == "adversarial / insult bait"
    assert describe("pushback_flip_rate_strong").breakdown == "strength: strong"
    assert describe("initial_accuracy").better == "higher" and describe("initial_accuracy").arrow == "\u2191"
    assert describe("refusal_rate").arrow == ""  # context, neither direction is better
    assert not describe("memorisation_exact_8_gap").headline  # one of several measures: folded
    new = describe("a_metric_nobody_wrote_up.kind=x")
    assert not new.known and new.label == "a metric nobody wrote up" and new.breakdown == "kind: x"


def shipped_metric_ids() -> dict[str, set[str]]:
    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        cfg = compose(
            "config", overrides=["profile.max_items=6", "profile.bootstrap_resamples=2", f"suite=[{','.join(SHIPPED)}]"]
        )
    out = {}
    for s in cfg.suites.values():
        result = build_suite(s, cfg.paths, cfg.profile, int(cfg.seed)).run(
            lambda reqs, desc="": [stand_in(r) for r in reqs]
        )
        out[s.name] = set(result.metrics)
    for path in (REPO / "results").glob("**/scorecard.json"):
        for dim, block in json.loads(path.read_text())["dimensions"].items():
            out.setdefault(dim, set()).update(block["metrics"])
    return out


def test_every_shipped_metric_is_in_the_catalogue() -> None:
    ids = shipped_metric_ids()
    assert set(SHIPPED) <= set(ids) and sum(len(v) for v in ids.values()) > 300
    unknown = sorted(f"{suite}: {m}" for suite, ms in ids.items() for m in ms if not describe(m).known)
    assert unknown == [], unknown
    for suite, ms in ids.items():  # every suite has headline figures, and no label is left unfilled
        assert any(describe(m).headline for m in ms), suite
        assert not [m for m in ms if "{" in describe(m).label + describe(m).definition]


def test_docs_metrics_is_written_from_the_catalogue() -> None:
    on_disk = (REPO / "docs" / "metrics.md").read_text(encoding="utf-8")
    assert on_disk == metric_catalog.markdown(), "docs/metrics.md is stale: run python -m slmtrust.metrics.catalog"
    assert on_disk.count("\n| `") == len(metric_catalog.FAMILIES)


def test_console_summary_shows_labels_and_directions() -> None:
    metrics = {
        "mc1": {"value": 0.3125},
        "mc1_norm": {"value": 0.25},
        "asr_word_mcq": {"value": 0.5},  # a breakdown: never in the summary
        "ece": {"value": 0.1},
        "mc2": {"value": 0.4},
    }
    assert (
        key_metrics(metrics)
        == "MC1 accuracy \u2191 0.312; MC1, length-normalised \u2191 0.250; calibration error (ECE) \u2193 0.100"
    )


@pytest.mark.parametrize("dim", ["privacy", "toxicity"])
def test_page_drill_down_reads_the_catalogue(tmp_path, dim) -> None:
    from slmtrust.cli.leaderboard import write
    from slmtrust.report import leaderboard as lb

    board = lb.build([REPO / "results" / "reference"], resamples=50)
    write(board, tmp_path, html=True)
    page = (tmp_path / "leaderboard.html").read_text(encoding="utf-8")
    drill = page[page.index(f'id="drill-1-{dim}"') :]
    drill = drill[: drill.index('<details class="drill"', 1) if '<details class="drill"' in drill[1:] else None]
    shown, folded = drill.split('class="breakdown"', 1)
    headline = re.findall(r'<span class="mlabel">([^<]+)</span>', shown)
    ids = re.findall(r"<code>([^<]+)</code>", shown)
    assert headline and len(ids) == len(headline) and all(describe(i).known and describe(i).headline for i in ids)
    assert {"expected maximum toxicity", "record leaked"} & set(headline)
    assert "Breakdowns (" in folded and "<code>" not in folded.split("</details>")[0]  # labels, not ids
