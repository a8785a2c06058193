"""Bad input, as a careful user would try it: every case ends in one ``error:`` line naming the
flag, field or file and what is valid, a non-zero exit code, no traceback, and earlier results
untouched. Most cases call the CLI in-process with the scripted model on a tiny suite."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from omegaconf import OmegaConf

from slmtrust.api import config
from slmtrust.cli import main
from slmtrust.models.engine import Engine
from slmtrust.models.scripted import ScriptedBackend
from slmtrust.report.leaderboard import csv_safe, load, md_cell
from slmtrust.suites import build_suite
from slmtrust.util import datasheet
from tests.conftest import write_mini_suites

REPO = Path(__file__).resolve().parents[2]
SHIPPED = sorted(p.parent.name for p in (REPO / "suites").glob("*/datasheet.yaml") if p.parent.name not in ("public",))


@pytest.fixture
def env(tmp_path: Path):
    """A tiny suite, a results folder holding an earlier run (to check it is left alone) and the
    run arguments of the scripted oracle."""
    suites = write_mini_suites(tmp_path / "suites")
    results = tmp_path / "results"
    earlier = results / "earlier" / "20260101-000000"
    earlier.mkdir(parents=True)
    (earlier / "scorecard.json").write_text('{"kept": true}\n')
    base = [
        "run",
        "model=scripted",
        "model.options.script=tests.helpers.scripts:oracle",
        "suite=hallucination",
        "suites.hallucination.options.parts=[answerable_mc]",
        "progress=false",
        "efficiency=off",
        f"paths.suites={suites}",
        f"paths.cache={tmp_path / 'cache'}",
        f"paths.results={results}",
    ]

    class Env:
        pass

    e = Env()
    e.tmp, e.suites, e.results, e.base, e.earlier = tmp_path, suites, results, base, earlier
    return e


def tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()
    }


def one_error(capsys, rc: int, needle: str, code: int = 2) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == code, err
    assert len(err) == 1 and err[0].startswith("error: "), err
    assert "Traceback" not in err[0]
    assert needle in err[0], err[0]
    return err[0]


# ------------------------------------------------------------------ configuration values
BAD_OVERRIDES = [
    ("hardware.batch_size=0", "hardware.batch_size=0: must be at least 1"),
    ("hardware.batch_size=-4", "hardware.batch_size=-4"),
    ("hardware.batch_size=many", "hardware.batch_size=many"),
    ("hardware.generate_rows=0", "hardware.generate_rows=0: must be at least 1"),
    ("hardware.threads=0", "hardware.threads=0"),
    ("hardware.device=tpu", "hardware.device"),
    ("profile.max_items=-3", "profile.max_items=-3: must be at least 1"),
    ("profile.max_items=0", "profile.max_items=0"),
    ("profile.max_items=lots", "profile.max_items"),
    ("profile.bootstrap_resamples=0", "profile.bootstrap_resamples=0: must be at least 100"),
    ("profile.bootstrap_resamples=10", "profile.bootstrap_resamples=10"),
    ("profile.samples=0", "profile.samples=0"),
    ("model.max_length=3", "model.max_length=3"),
    ("model.max_length=long", "model.max_length"),
    ("max_error_share=1.5", "max_error_share=1.5"),
    ("max_error_share=-0.1", "max_error_share"),
    ("seed=abc", "seed"),
    ("use_cache=maybe", "use_cache"),
    ("model.dtype=float8", "expected one of [float32, bfloat16, float16]"),
    ("model.dtyp=float32", "Key 'dtyp' not in 'ModelConfig'"),
    ("model=nosuchmodel", "available options in 'model'"),
    ("suite=nosuchsuite", "available options in 'suite'"),
    ("profile=nosuch", "available options in 'profile'"),
    ("efficiency.repeats=0", "efficiency"),
    ("model.dtype=[", "bad override"),
    ("nosuchkey=1", "nosuchkey"),
    ("paths.results=", "paths.results is empty"),
    ("paths.cache=", "paths.cache is empty"),
    ("paths.suites=/nonexistent/suites", "/nonexistent/suites"),
    ("paths.results=/proc/slmtrust-results", "paths.results /proc/slmtrust-results cannot be created"),
    ("model.name=../..", "model.name '../..' has no letter or digit"),
    ("model.name=///", "has no letter or digit"),
]

BAD_SUITE_OPTIONS = [
    ("suite=sycophancy", "suites.sycophancy.options.answer_tokens=abc", "suites.sycophancy.options.answer_tokens"),
    ("suite=sycophancy", "suites.sycophancy.options.answer_tokens=0", "must be at least 1"),
    (
        "suite=sycophancy",
        "+suites.sycophancy.options.bogus=1",
        "suites.sycophancy.options.bogus: unknown option; valid:",
    ),
    ("suite=sycophancy", "suites.sycophancy.options.feedback_generate=maybe", "feedback_generate"),
    ("suite=sycophancy", "+suites.sycophancy.options.min_quality_gap=high", "min_quality_gap"),
    ("suite=hallucination", "suites.hallucination.options.parts=[nope]", "unknown nope; valid: answerable_mc"),
    ("suite=hallucination", "suites.hallucination.options.parts=answerable_mc", "expected a list"),
    ("suite=hallucination", "suites.hallucination.options.max_new_tokens=0", "max_new_tokens: must be at least 1"),
    ("suite=hallucination", "+suites.hallucination.options.max_items=0", "max_items: must be at least 1"),
    ("suite=hallucination", "+suites.hallucination.options.temperature=1", "unknown option"),
    ("suite=toxicity", "suites.toxicity.options.samples=0", "suites.toxicity.options.samples: must be at least 1"),
    ("suite=toxicity", "suites.toxicity.options.temperature=hot", "suites.toxicity.options.temperature"),
    (
        "suite=toxicity",
        "suites.toxicity.options.continue_template='Go on: {txt}'",
        "unknown field(s) {txt}; valid: {text}",
    ),
    ("suite=toxicity", "suites.toxicity.options.continue_template='Go on: {text'", "not a valid template"),
    ("suite=toxicity", "suites.toxicity.options.conditions=benign", "expected a list"),
    ("suite=toxicity", "+suites.toxicity.options.bogus=1", "suites.toxicity.options.bogus"),
    (
        "suite=fairness",
        "suites.fairness.options.bbq_template='{ctx} {question}'",
        "bbq_template: unknown field(s) {ctx}",
    ),
    ("suite=fairness", "suites.fairness.options.agreement_template='{claim}'", "agreement_template: unknown field"),
    ("suite=fairness", "+suites.fairness.options.min_decision_gap=big", "min_decision_gap"),
    (
        "suite=fairness",
        "++profile.suite_options.fairness.part_scale={nope: 2}",
        "profile.suite_options.fairness.part_scale.nope: no such part; valid: agreement, bbq",
    ),
    ("suite=fairness", "+suites.fairness.options.part_scale={bbq: 0}", "part_scale.bbq: must be above 0, got 0"),
    ("suite=misinformation", "suites.misinformation.options.abstain_credit=abc", "abstain_credit"),
    ("suite=misinformation", "suites.misinformation.options.max_new_tokens=-1", "max_new_tokens: must be at least 1"),
    ("suite=privacy", "suites.privacy.options.parts=[pii,awareness]", "unknown pii"),
    ("suite=privacy", "suites.privacy.options.canary_chunk=0", "canary_chunk: must be at least 1"),
    ("suite=privacy", "suites.privacy.options.stop=5", "expected a list"),
    ("suite=privacy", "+profile.suite_options.privacy.canary_candidates=0", "suite_options.privacy.canary_candidates"),
    ("suite=privacy", "+profile.suite_options.privacy.bogus=1", "profile.suite_options.privacy.bogus: unknown option"),
    (
        "suite=privacy",
        "+profile.suite_options.privcy.canary_candidates=8",
        "profile.suite_options.privcy: no such suite",
    ),
    ("suite=adversarial", "suites.adversarial.options.families=[magic]", "unknown magic"),
    ("suite=adversarial", "suites.adversarial.options.templates.sentiment='{review}'", "templates.sentiment: unknown"),
    ("suite=adversarial", "+suites.adversarial.options.templates.poetry='x'", "unknown task(s)"),
    ("suite=adversarial", "suites.adversarial.options.adaptive_budget=0", "adaptive_budget: must be at least 1"),
    ("suite=ood", "suites.ood.options.shots=0", "suites.ood.options.shots: must be at least 1"),
    ("suite=ood", "suites.ood.options.parts=[style,weather]", "unknown weather"),
    ("suite=ood", "suites.ood.options.templates.nli='{premise} {claim}'", "unknown field(s) {claim}"),
    (
        "suite=truthfulqa_mc",
        "suites.truthfulqa_mc.options.template='Q: {q}'",
        "unknown field(s) {q}; valid: {question}",
    ),
]


@pytest.mark.parametrize("override,needle", BAD_OVERRIDES)
def test_bad_configuration_value(env, capsys, override: str, needle: str) -> None:
    before = tree(env.results)
    rc = main([*env.base, override])
    one_error(capsys, rc, needle)
    assert tree(env.results) == before


@pytest.mark.parametrize("suite,override,needle", BAD_SUITE_OPTIONS)
def test_bad_suite_option(env, capsys, suite: str, override: str, needle: str) -> None:
    args = [a for a in env.base if not a.startswith(("suite=", "suites.", "paths.suites"))]
    before = tree(env.results)
    rc = main([*args, suite, override])
    one_error(capsys, rc, needle)
    assert tree(env.results) == before


def test_path_under_a_file_is_an_error(env, capsys) -> None:
    blocker = env.tmp / "a-file"
    blocker.write_text("x")
    for flag in ("paths.results", "paths.cache"):
        rc = main([*env.base, f"{flag}={blocker}/sub"])
        one_error(capsys, rc, f"{flag} {blocker}/sub cannot be created")
    rc = main([*env.base, f"paths.results={blocker}"])
    one_error(capsys, rc, "is a file, not a folder")


def test_model_name_cannot_leave_the_results_folder(env, capsys) -> None:
    rc = main([*env.base, "model.name=../../../elsewhere/x"])
    assert rc == 0, capsys.readouterr().err
    runs = list(env.results.glob("*/*/scorecard.json"))
    assert [p.parent.parent.name for p in runs if p.parent.parent.name != "earlier"] == ["elsewhere_x"]
    assert not (env.tmp / "elsewhere").exists() and not (env.tmp.parent / "elsewhere").exists()


# ------------------------------------------------------------------ suite data
def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def _stale_folder_hash(folder: Path) -> None:
    import yaml

    sheet = yaml.safe_load((folder / "datasheet.yaml").read_text())
    sheet["sha256"] = "0" * 64
    (folder / "datasheet.yaml").write_text(yaml.safe_dump(sheet))


DATA_DEFECTS = {
    # name: (how to break the mini suite, whether to refresh the datasheet after, the message)
    "edited-not-refreshed": (
        lambda f: _edit(f / "answerable.jsonl", "times", "tines"),
        False,
        "answerable.jsonl differs from",
    ),
    "extra-file": (lambda f: (f / "extra.jsonl").write_text('{"id": 1}\n'), False, "extra.jsonl not listed in"),
    "stale-folder-hash": (lambda f: _stale_folder_hash(f), False, "datasheet.yaml: folder sha256 is stale"),
    "no-datasheet": (lambda f: (f / "datasheet.yaml").unlink(), False, "missing datasheet"),
    "datasheet-not-yaml": (
        lambda f: (f / "datasheet.yaml").write_text("name: [unclosed\n"),
        False,
        "suite hallucination",
    ),
    "datasheet-no-licence": (
        lambda f: _edit(f / "datasheet.yaml", "licence:", "licensed:"),
        False,
        "missing field(s) licence",
    ),
    "invalid-json": (
        lambda f: _edit(f / "answerable.jsonl", '"domain"', '"domain'),
        True,
        "answerable.jsonl:1: invalid JSON",
    ),
    "row-not-object": (
        lambda f: (f / "answerable.jsonl").write_text("[1, 2]\n"),
        True,
        "answerable.jsonl:1: missing field(s) (not an object)",
    ),
    "missing-field": (
        lambda f: _edit(f / "answerable.jsonl", '"wrong"', '"wrung"'),
        True,
        "answerable.jsonl:1: missing field(s) wrong",
    ),
    "wrong-type": (
        lambda f: _edit(f / "answerable.jsonl", '"wrong": [', '"wrong": "x", "old": ['),
        True,
        "field 'wrong' is a JSON string, but a array on line 2",
    ),
    "not-utf8": (lambda f: (f / "answerable.jsonl").write_bytes(b'{"id": "\xff"}\n'), True, "not UTF-8"),
    "missing-part-file": (lambda f: (f / "answerable.jsonl").unlink(), True, "missing data file"),
}


@pytest.mark.parametrize("name", sorted(DATA_DEFECTS))
def test_bad_suite_data(env, capsys, name: str) -> None:
    breaker, refresh, needle = DATA_DEFECTS[name]
    folder = env.suites / "hallucination"
    if name == "wrong-type":  # the first row must keep its list for the type to be compared
        lines = (folder / "answerable.jsonl").read_text().splitlines()
        row = json.loads(lines[1])
        row["wrong"] = "x"
        lines[1] = json.dumps(row)
        (folder / "answerable.jsonl").write_text("\n".join(lines) + "\n")
        needle = "answerable.jsonl:2: field 'wrong' is a JSON string, but a array on line 1"
    else:
        breaker(folder)
    if refresh:
        datasheet.refresh(folder)
    before = tree(env.results)
    rc = main(env.base)
    one_error(capsys, rc, needle)
    assert tree(env.results) == before


@pytest.mark.parametrize("suite", SHIPPED)
def test_one_character_changes_the_comparability_key(tmp_path, make_cfg, suite: str) -> None:
    """Editing one character of a shipped suite's data (and refreshing its datasheet, as a user
    who means the change would) gives another suite hash, so another comparability key."""
    if suite in ("_common", "refusal"):
        pytest.skip("no suite procedure reads this folder directly")
    root = tmp_path / "copy" / "suites"
    shutil.copytree(REPO / "suites", root)
    cfg = make_cfg(f"suite={suite}", f"paths.suites={root}")
    spec = next(iter(cfg.suites.values()))
    before = build_suite(spec, cfg.paths, cfg.profile, 1).identity()["sha256"]
    target = next(p for p in datasheet.data_files(root / spec.data) if p.stat().st_size > 0)
    data = bytearray(target.read_bytes())
    i = data.index(b"a") if b"a" in data else 0
    data[i] = ord("b") if data[i] != ord("b") else ord("c")
    target.write_bytes(bytes(data))
    with pytest.raises(Exception, match="differs from"):
        build_suite(spec, cfg.paths, cfg.profile, 1)
    datasheet.refresh(root / spec.data)
    assert build_suite(spec, cfg.paths, cfg.profile, 1).identity()["sha256"] != before


# ------------------------------------------------------------------ cache and weights
def test_garbage_cache_file(env, capsys) -> None:
    cache = env.tmp / "cache"
    cache.mkdir()
    (cache / "responses.sqlite").write_bytes(b"this is not a database" * 100)
    rc = main(env.base)
    one_error(capsys, rc, "responses.sqlite: not a readable response cache")


def test_truncated_cache_file(env, capsys) -> None:
    assert main(env.base) == 0
    capsys.readouterr()
    db = env.tmp / "cache" / "responses.sqlite"
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    for side in db.parent.glob("responses.sqlite-*"):
        side.unlink()
    before = tree(env.results)
    rc = main(env.base)
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and len(err) == 1 and "cache" in err[0] and "Traceback" not in err[0], err
    assert tree(env.results) == before


@pytest.mark.parametrize("content", [b"", b"\x00" * 64, b"not safetensors at all"])
def test_corrupt_safetensors(tmp_path, env, capsys, content: bytes) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text(
        json.dumps(
            {
                "model_type": "llama",
                "hidden_size": 16,
                "num_hidden_layers": 1,
                "num_attention_heads": 2,
                "intermediate_size": 32,
                "vocab_size": 100,
            }
        )
    )
    (folder / "model.safetensors").write_bytes(content)
    args = [a for a in env.base if not a.startswith("model")]
    rc = main([*args, "model=hf", f"model.path={folder}"])
    one_error(capsys, rc, f"model.path={folder}")


def test_truncated_gguf(tmp_path, env, capsys) -> None:
    path = tmp_path / "broken.gguf"
    path.write_bytes(b"GGUF\x03\x00\x00\x00" + b"\x00" * 10)
    args = [a for a in env.base if not a.startswith("model")]
    rc = main([*args, "model=hf", f"model.path={path}"])
    one_error(capsys, rc, "model.path=")


def _walk(schema: type, prefix: str) -> list[str]:
    return [f"{prefix}.{f.name}" for f in dataclasses.fields(schema)]


def test_every_model_and_hardware_field_is_classified_for_the_cache_key() -> None:
    """A new ModelConfig/HardwareConfig field must be declared: in the response-cache key, or
    irrelevant to answers with a reason. Otherwise a changed setting could be served old answers."""
    keyed = {f"{s}.{n}" for s, names in config.ANSWER_SETTINGS.items() for n in names}
    fields = _walk(config.ModelConfig, "model") + _walk(config.HardwareConfig, "hardware")
    unclassified = [f for f in fields if f not in keyed and f not in config.NOT_ANSWER_SETTINGS]
    assert unclassified == []
    assert not keyed & set(config.NOT_ANSWER_SETTINGS)
    assert set(config.NOT_ANSWER_SETTINGS) | keyed <= set(fields)


CHANGES = {
    "model.backend": "tests.helpers.scripts:Oracle",
    "model.path": "/elsewhere",
    "model.gguf_file": "x.gguf",
    "model.revision": "abc123",
    "model.tokenizer": "/tok",
    "model.dtype": "bfloat16",
    "model.quantization": "int8",
    "model.chat_template": "none",
    "model.system_prompt": "Be brief.",
    "model.trust_remote_code": True,
    "model.max_length": 512,
    "model.random_init": {"num_hidden_layers": 1},
    "model.seed": 7,
    "model.options": {"script": "tests.helpers.scripts:guesser"},
    "hardware.device": "cuda",
}


@pytest.mark.parametrize("field", sorted(CHANGES))
def test_changing_an_answer_setting_misses_the_cache(make_cfg, field: str) -> None:
    assert set(CHANGES) == {f"{s}.{n}" for s, names in config.ANSWER_SETTINGS.items() for n in names}
    cfg = make_cfg("model=scripted", "model.options.script=tests.helpers.scripts:oracle")
    backend = ScriptedBackend(cfg.model)
    key = Engine(backend, settings=config.answer_settings(cfg)).model_key
    changed = OmegaConf.to_container(cfg, resolve=True)
    section, name = field.split(".")
    changed[section][name] = CHANGES[field]
    other = Engine(backend, settings=config.answer_settings(OmegaConf.create(changed))).model_key
    assert other != key
    same = Engine(backend, settings=config.answer_settings(cfg)).model_key
    assert same == key


# ------------------------------------------------------------------ fail loudly
def test_run_where_every_request_fails_exits_non_zero_and_is_not_ranked(env, capsys) -> None:
    rc = main([*[a for a in env.base if "script=" not in a], "model.options.script=tests.helpers.scripts:dead"])
    err = capsys.readouterr().err
    assert rc == 1 and "suite hallucination" in err and "requests failed" in err and "Traceback" not in err
    card_path = next(p for p in env.results.rglob("scorecard.json") if "earlier" not in str(p))
    card = json.loads(card_path.read_text())
    assert card["status"] == "failed" and card["failures"][0]["suite"] == "hallucination"
    entries, skipped = load([env.results])
    failed = [e for e in entries if e.path == card_path]
    assert failed and failed[0].overall is None
    assert main(["leaderboard", str(card_path.parent), "--out", str(env.tmp / "board"), "--no-html"]) == 0
    md = (env.tmp / "board" / "leaderboard.md").read_text()
    assert "(failed run)" in md and "| 1 |" not in md


def test_nan_log_probs_never_reach_json(env, capsys) -> None:
    rc = main([*[a for a in env.base if "script=" not in a], "model.options.script=tests.helpers.scripts:nan_model"])
    assert rc == 1
    capsys.readouterr()
    for path in env.results.rglob("*.json*"):
        text = path.read_text()
        assert "NaN" not in text and "Infinity" not in text, path
        for line in text.splitlines() if path.suffix == ".jsonl" else [text]:
            json.loads(line, parse_constant=lambda c, where=path: pytest.fail(f"{where}: {c}"))


# ------------------------------------------------------------------ leaderboard over broken files
GOOD = {
    "schema_version": "2",
    "model": {"id": "m"},
    "comparability_key": "k" * 64,
    "overall": {"score": 50.0, "ci": [40.0, 60.0]},
    "dimensions": {"hallucination": {"score": 50.0, "ci": [40.0, 60.0], "n": 10, "status": "scored", "metrics": {}}},
}
BROKEN_CARDS = {
    "overall-list": ({"overall": [1, 2]}, "field 'overall' must be an object"),
    "score-string": ({"overall": {"score": "high"}}, "'overall.score' must be a number or null"),
    "dimensions-list": ({"dimensions": []}, "field 'dimensions' must be an object"),
    "dimension-string": ({"dimensions": {"hallucination": "good"}}, "'dimensions.hallucination' must be an object"),
    "dim-score-bool": ({"dimensions": {"hallucination": {"score": True}}}, "must be a number or null"),
    "ci-three": ({"overall": {"score": 1.0, "ci": [1, 2, 3]}}, "'overall.ci' must be null or [low, high]"),
    "status-bogus": (
        {"dimensions": {"hallucination": {"score": 1.0, "status": "great"}}},
        "'dimensions.hallucination.status'",
    ),
    "run-status-bogus": ({"status": "maybe"}, "'status' must be complete or failed"),
    "model-string": ({"model": "m"}, "field 'model' must be an object"),
    "key-number": ({"comparability_key": 5}, "comparability_key' must be a string"),
    "schema-9": ({"schema_version": "9"}, "schema_version '9' not supported"),
    "metrics-list": ({"dimensions": {"hallucination": {"score": 1.0, "metrics": []}}}, "metrics' must be an object"),
}


@pytest.mark.parametrize("name", sorted(BROKEN_CARDS) + ["not-json", "nan-literal", "no-key", "a-list"])
def test_broken_scorecard_is_skipped_and_the_rest_built(tmp_path, name: str) -> None:
    good = tmp_path / "runs" / "good" / "1"
    good.mkdir(parents=True)
    (good / "scorecard.json").write_text(json.dumps(GOOD))
    bad = tmp_path / "runs" / "bad" / "1"
    bad.mkdir(parents=True)
    if name in BROKEN_CARDS:
        patch, needle = BROKEN_CARDS[name]
        (bad / "scorecard.json").write_text(json.dumps({**GOOD, **patch}))
    else:
        text, needle = {
            "not-json": ("{oops", "not valid JSON"),
            "nan-literal": (json.dumps(GOOD).replace("50.0", "NaN", 1), "must be a number or null"),
            "no-key": (json.dumps({k: v for k, v in GOOD.items() if k != "comparability_key"}), "missing field(s)"),
            "a-list": ("[1, 2, 3]", "not an slmtrust scorecard"),
        }[name]
        (bad / "scorecard.json").write_text(text)
    out = tmp_path / "board"
    assert main(["leaderboard", str(tmp_path / "runs"), "--out", str(out), "--no-html"]) == 0
    md = (out / "leaderboard.md").read_text()
    assert "| 1 | m |" in md and "Skipped files" in md and md_cell(needle) in md


@pytest.mark.parametrize(
    "args,needle",
    [
        (["leaderboard", "/nonexistent/results"], "/nonexistent/results: no such file or folder"),
        (["leaderboard", "--bogus"], "unrecognized arguments: --bogus"),
        (["leaderboard", "--top-pairs", "-1"], "--top-pairs"),
        (["merge"], "merge"),
        (["merge", "/nonexistent/a", "/nonexistent/b"], "/nonexistent/a"),
        (["reproduce"], "the following arguments are required: run_dir"),
        (["reproduce", "/nonexistent/run"], "no such run folder"),
        (["compare-variants", "/nonexistent/run"], "/nonexistent/run"),
        (["list", "--bogus"], "list takes no arguments"),
        (["bogus"], "unknown command 'bogus'"),
        (["bench", "--fast"], "unknown flag --fast"),
        (["bench", "model.dtype=float8"], "expected one of"),
        (["baselines", "profile.max_items=0"], "profile.max_items=0"),
        (["baselines", "--only", "nosuch"], "nosuch"),
    ],
)
def test_bad_command_line(tmp_path, capsys, monkeypatch, args: list[str], needle: str) -> None:
    monkeypatch.chdir(tmp_path)
    one_error(capsys, main(args), needle)


def test_bench_of_a_scripted_model_is_a_clear_error(env, capsys) -> None:
    rc = main(["bench", "model=scripted", "model.options.script=tests.helpers.scripts:oracle", "efficiency=quick"])
    one_error(capsys, rc, "model.backend=scripted: bench measures a local torch model")


# ------------------------------------------------------------------ untrusted records
def _record(env) -> Path:
    assert main(env.base) == 0
    return next(p.parent for p in env.results.rglob("scorecard.json") if "earlier" not in str(p))


def test_reproduce_refuses_foreign_code_and_unsafe_flags(env, capsys) -> None:
    run = _record(env)
    capsys.readouterr()
    rc = main(["reproduce", str(run), "--results", str(env.tmp / "rep")])
    one_error(capsys, rc, "names code outside slmtrust: model.options.script=tests.helpers.scripts:oracle")
    cfg = OmegaConf.load(run / "config.yaml")
    cfg.model.trust_remote_code = True
    OmegaConf.save(cfg, run / "config.yaml")
    rc = main(
        ["reproduce", str(run), "--allow-code", "tests.helpers.scripts:oracle", "--results", str(env.tmp / "rep")]
    )
    one_error(capsys, rc, "turns on model.trust_remote_code")
    cfg.suites.hallucination.procedure = "os:system"
    OmegaConf.save(cfg, run / "config.yaml")
    rc = main(
        [
            "reproduce",
            str(run),
            "--allow-code",
            "tests.helpers.scripts:oracle",
            "--allow-unsafe",
            "model.trust_remote_code",
        ]
    )
    one_error(capsys, rc, "suites.hallucination.procedure=os:system")
    assert not (env.tmp / "rep").exists()


def test_reproduce_checks_the_scorecard_before_running(env, capsys) -> None:
    run = _record(env)
    card = json.loads((run / "scorecard.json").read_text())
    del card["overall"]
    (run / "scorecard.json").write_text(json.dumps(card))
    capsys.readouterr()
    rc = main(
        ["reproduce", str(run), "--allow-code", "tests.helpers.scripts:oracle", "--results", str(env.tmp / "rep")]
    )
    one_error(capsys, rc, "missing field(s) overall; nothing to compare a re-run with")
    assert not (env.tmp / "rep").exists()


def test_reproduce_ignores_the_records_results_path(env, capsys, monkeypatch) -> None:
    run = _record(env)
    cfg = OmegaConf.load(run / "config.yaml")
    cfg.paths.results = str(env.tmp / "somewhere-else")
    OmegaConf.save(cfg, run / "config.yaml")
    monkeypatch.chdir(env.tmp)
    rc = main(["reproduce", str(run), "--allow-code", "tests.helpers.scripts:oracle"])
    assert rc == 0, capsys.readouterr()
    assert not (env.tmp / "somewhere-else").exists() and list((env.tmp / "results").rglob("*-reproduce"))


def test_reproduce_can_leave_the_efficiency_block_out(env, capsys) -> None:
    run = _record(env)
    cfg = OmegaConf.load(run / "config.yaml")
    cfg.efficiency.enabled = True  # as the reference records have it
    OmegaConf.save(cfg, run / "config.yaml")
    args = ["reproduce", str(run), "--allow-code", "tests.helpers.scripts:oracle", "--results", str(env.tmp / "rep")]
    rc = main([*args, "--no-efficiency"])
    assert rc == 0, capsys.readouterr()
    (rerun,) = (env.tmp / "rep").rglob("*-reproduce")
    assert OmegaConf.load(rerun / "config.yaml").efficiency.enabled is False
    assert "scorecard identical" in capsys.readouterr().out


@pytest.mark.parametrize(
    "model_args,flags,needle",
    [
        ("pretrained=x,trust_remote_code=True", {}, "needs model.trust_remote_code=true"),
        ("pretrained={pickled}", {}, "pickled weights only (pytorch_model.bin)"),
    ],
)
def test_lm_eval_honours_the_safety_flags(tmp_path, model_args: str, flags: dict, needle: str) -> None:
    from slmtrust.models.lm_eval_backend import check_unsafe_args
    from slmtrust.util.errors import SlmtrustError

    pickled = tmp_path / "pickled"
    pickled.mkdir()
    (pickled / "pytorch_model.bin").write_bytes(b"x")
    with pytest.raises(SlmtrustError, match=needle.replace("(", r"\(").replace(")", r"\)")):
        check_unsafe_args(model_args.format(pickled=pickled), False, False)
    check_unsafe_args(model_args.format(pickled=pickled), True, True)  # allowed with both flags


# ------------------------------------------------------------------ output hygiene
@pytest.mark.parametrize(
    "name", ["`<img src=x onerror=alert(1)>`", "a|b", "[link](http://x)", "**bold**", "line\nbreak", "<script>"]
)
def test_markdown_cells_escape_names(name: str) -> None:
    cell = md_cell(name)
    assert "<" not in cell and "\n" not in cell
    for ch in "`|[]*":
        assert cell.count(ch) == cell.count("\\" + ch)


@pytest.mark.parametrize("value", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"])
def test_csv_cells_are_neutralised(value: str) -> None:
    assert csv_safe(value).startswith("'") and csv_safe(1.5) == 1.5 and csv_safe("model") == "model"


def test_backtick_folder_name_does_not_inject_markdown(tmp_path) -> None:
    folder = tmp_path / "runs" / "evil`<b>x</b>`" / "1"
    folder.mkdir(parents=True)
    (folder / "scorecard.json").write_text("{broken")
    good = tmp_path / "runs" / "good" / "1"
    good.mkdir(parents=True)
    (good / "scorecard.json").write_text(json.dumps({**GOOD, "model": {"id": "=cmd|' /C calc'!A0"}}))
    assert main(["leaderboard", str(tmp_path / "runs"), "--out", str(tmp_path / "b"), "--no-html"]) == 0
    md = (tmp_path / "b" / "leaderboard.md").read_text()
    assert "<b>" not in md and "`<" not in md
    csv = (tmp_path / "b" / "leaderboard.csv").read_text()
    assert ",'=cmd" in csv or "\"'=cmd" in csv


def test_bug_is_one_line_with_a_saved_report(monkeypatch, capsys) -> None:
    """A real bug (not the user's input) is one line naming a saved traceback, exit 1."""
    import slmtrust.cli.listing as listing

    monkeypatch.setattr(listing, "rows", lambda: 1 / 0)
    rc = main(["list"])
    line = one_error(capsys, rc, "internal error (ZeroDivisionError", code=1)
    report = Path(line.rsplit(" ", 1)[1])
    assert "Traceback" in report.read_text()


@pytest.mark.parametrize(
    "args",
    [
        ["run", "hardware.batch_size=0"],
        ["run", "profile.bootstrap_resamples=0"],
        ["leaderboard", "/nonexistent"],
        ["list", "--bogus"],
    ],
)
def test_no_traceback_from_the_real_entry_point(args: list[str]) -> None:
    proc = subprocess.run([sys.executable, "-m", "slmtrust", *args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


COMMITTED = sorted(
    p.parent for folder in ("reference", "parts") for p in (REPO / "results" / folder).glob("*/*/scorecard.json")
)


@pytest.mark.parametrize("damage", ["truncate", "garbage", "delete"])
def test_corrupted_copy_of_a_committed_run_is_skipped_and_the_rest_built(tmp_path, damage: str) -> None:
    """Every committed run folder in turn, every one of its files damaged: the leaderboard
    still builds, the damaged scorecard is listed as skipped with one line, the others stay; a
    damaged per-item file is listed too, and its run keeps its row."""
    from slmtrust.report.leaderboard import build

    assert COMMITTED, "no committed run folders found"
    for run in COMMITTED:
        for name in sorted(p.name for p in run.iterdir() if p.is_file()):
            root = tmp_path / f"{run.parent.name}-{run.name}-{name}"
            for other in COMMITTED:
                shutil.copytree(other, root / other.parent.parent.name / other.parent.name / other.name)
            target = root / run.parent.parent.name / run.parent.name / run.name / name
            data = target.read_bytes()
            if damage == "truncate":
                target.write_bytes(data[: len(data) // 2])
            elif damage == "garbage":
                target.write_bytes(b"\x00\xffnot what it should be{[" * 8)
            else:
                target.unlink()
            board = build([root], top_pairs=2, resamples=20, n_examples=1)
            built = sum(len(g.entries) for g in board.groups)
            if name == "scorecard.json":
                assert built == len(COMMITTED) - 1 and len(board.skipped) == (damage != "delete")
                assert all("\n" not in s.reason for s in board.skipped)
            else:  # the run keeps its row; a damaged per-item file is named, never half used
                assert built == len(COMMITTED)
                assert all(s.path == target and "\n" not in s.reason for s in board.skipped), board.skipped
                shown = any(e.run_dir == target.parent for g in board.groups for e in g.entries[:2])
                if damage == "garbage" and name == "item_scores.jsonl" and shown:
                    assert [s.reason.split(";")[0] for s in board.skipped] == ["line 1: not UTF-8 text (byte 1)"]
            shutil.rmtree(root)
