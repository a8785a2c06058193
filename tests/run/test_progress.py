"""What a person watching a run sees: the rehearsed plan, the work estimate behind the time
left, cached answers leaving the total instead of faking speed, per-suite lines that stay,
library warnings kept in run.log, and the smoke profile's first look (labelled, never ranked)."""

from __future__ import annotations

import io
import json
import logging
import re
import warnings

from rich.console import Console

from slmtrust.api.types import GenerationSettings, Request, chat
from slmtrust.models.scripted import ScriptedBackend
from slmtrust.report.leaderboard import Entry
from slmtrust.run.progress import Plan, RunProgress, fmt_duration, rehearse, work
from slmtrust.run.runner import execute, plans
from tests.helpers.scripts import oracle

MC_ONLY = "suites.hallucination.options.parts=[answerable_mc]"


def test_work_counts_prompt_and_generated_tokens_by_hand() -> None:
    gen = Request(kind="generate", prompt="x" * 40, gen=GenerationSettings(max_new_tokens=20, n=3))
    assert work(gen) == 3 * (40 / 4 + 20)  # each of 3 samples: 10 prompt tokens + at most 20 new
    score = Request(kind="score", prompt="y" * 8, continuations=(" aaaa", " bbbbbbbb"))
    assert work(score) == (2 + 5 / 4) + (2 + 9 / 4)  # the context once per option
    turns = Request(kind="generate", messages=chat("abcd", system="efgh"), gen=GenerationSettings(max_new_tokens=1))
    assert work(turns) == 8 / 4 + 1


def test_durations_read_like_the_readme() -> None:
    assert [fmt_duration(s) for s in (42, 187, 3725)] == ["42 s", "3 min 07 s", "1 h 02 min"]


def test_rehearsal_counts_what_the_real_run_asks(make_cfg, tmp_path) -> None:
    cfg = make_cfg("suite=hallucination", MC_ONLY)
    (plan,) = plans(cfg)
    execute(cfg, tmp_path / "run", backend=ScriptedBackend(score_fn=oracle.score))
    manifest = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert plan is not None and plan.requests == manifest["engine"]["requested"] == 40
    assert plan.work > plan.requests  # 40 scored questions of several options each


def test_a_suite_that_cannot_be_rehearsed_has_no_plan() -> None:
    def broken(ask):
        ask([Request(kind="score", prompt="q", continuations=(" a",))])
        raise ValueError("needs a real model")

    assert rehearse(broken) is None


def run_shown(make_cfg, tmp_path, folder: str) -> str:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    cfg = make_cfg("suite=hallucination", MC_ONLY, "progress=true")
    execute(cfg, tmp_path / folder, backend=ScriptedBackend(score_fn=oracle.score), console=console)
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out.getvalue())  # the text, without terminal codes


def test_the_run_shows_suite_count_requests_and_a_line_per_suite(make_cfg, tmp_path) -> None:
    shown = run_shown(make_cfg, tmp_path, "first")
    assert "suite 1/1" in shown and "40/40 requests" in shown
    assert "done hallucination (hallucination): 40 items, 40 requests, 0 failed" in shown
    assert "failed" in shown and "slmtrust scorecard" in shown  # the summary table has the failed column


def test_cached_answers_leave_the_total_instead_of_advancing_it(tmp_path) -> None:
    console = Console(file=io.StringIO(), force_terminal=True, width=120)
    reqs = [Request(kind="score", prompt=f"q{i}", continuations=(" a", " b")) for i in range(4)]
    plan = Plan(requests=4, work=sum(work(r) for r in reqs))
    display = RunProgress(console, ["s"], [plan])
    display.start_suite(0)
    display.begin("s/part", reqs, reqs[2:])  # two came from the cache
    display.advance(reqs[2:])
    display.end()
    assert display.done == 4  # every request answered is counted as done ...
    assert display.completed == sum(work(r) for r in reqs[2:])  # ... but only the model's work is progress
    assert display.total == display.completed  # and the cached work left the total: no time left, no fake speed
    display.end_suite("s")
    display.close()


def test_a_plan_that_was_too_small_is_corrected_when_the_suite_ends() -> None:
    console = Console(file=io.StringIO(), force_terminal=True, width=120)
    reqs = [Request(kind="score", prompt=f"q{i}", continuations=(" a",)) for i in range(6)]
    display = RunProgress(console, ["a", "b"], [Plan(requests=2, work=2.0), Plan(requests=3, work=30.0)])
    display.start_suite(0)
    display.begin("a/x", reqs, reqs)
    display.advance(reqs)
    display.end()
    display.end_suite("a")
    assert display.planned == 6 + 3 and display.total == display.completed + 30.0
    display.close()


def test_library_warnings_go_to_run_log_not_the_screen(make_cfg, tmp_path, capsys) -> None:
    class Noisy(ScriptedBackend):
        def score(self, requests):
            warnings.warn("old API, use the new one", FutureWarning, stacklevel=1)
            logging.getLogger("transformers.generation").warning("deprecated cache argument")
            return super().score(requests)

    cfg = make_cfg("suite=hallucination", MC_ONLY)
    execute(cfg, tmp_path / "run", backend=Noisy(score_fn=oracle.score))
    captured = capsys.readouterr()
    assert "old API" not in captured.err + captured.out and "deprecated cache" not in captured.err + captured.out
    log = (tmp_path / "run" / "run.log").read_text()
    assert "FutureWarning: old API, use the new one" in log and "deprecated cache argument" in log
    assert logging.getLogger("py.warnings").handlers == []  # put back after the run


def test_smoke_profile_is_a_labelled_first_look_that_is_never_ranked(make_cfg, tmp_path) -> None:
    cfg = make_cfg("suite=hallucination", MC_ONLY, "profile=smoke", "efficiency=smoke")
    assert cfg.profile.rankable is False and cfg.profile.max_items <= 5 and not cfg.efficiency.enabled
    card = execute(cfg, tmp_path / "smoke", backend=ScriptedBackend(score_fn=oracle.score, name="oracle"))
    assert card["profile"]["rankable"] is False and card["dimensions"]["hallucination"]["n"] == cfg.profile.max_items
    scored = {**card, "overall": {**card["overall"], "score": 80.0}}  # as if every dimension were scored
    entry = Entry(tmp_path / "smoke" / "scorecard.json", scored, label="oracle")
    assert entry.first_look and entry.overall is None and entry.shown_label == "oracle (smoke: not ranked)"
    quick = Entry(tmp_path / "q.json", {**scored, "profile": {"name": "quick", "rankable": True}}, label="oracle")
    older = Entry(tmp_path / "o.json", {**scored, "profile": {"name": "full"}}, label="oracle")  # before the field
    assert quick.overall == older.overall == 80.0 and quick.shown_label == "oracle"
