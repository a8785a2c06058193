"""lm-eval bridge: our MC1/MC2 on a TruthfulQA-schema fixture equal lm-eval's truthfulqa_mc1/mc2
(lm-eval's own task code and HFLM, pointed at the local fixture through include_path) on the same
model; lm-eval tasks run through our engine give the same figures; the fold into the scorecard
keeps task versions in the identity; scripted models move the bridged score the right way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slmtrust.models.scripted import ScriptedBackend
from slmtrust.run.runner import execute
from slmtrust.util.errors import SlmtrustError
from tests.helpers.lm_eval_tasks import write_truthfulqa_tasks

REPO = Path(__file__).resolve().parents[2]
TQA = REPO / "tests" / "fixtures" / "public" / "truthfulqa" / "multiple_choice.jsonl"
ROWS = [json.loads(line) for line in TQA.read_text().splitlines()]
WRONG = {
    " " + c for r in ROWS for c, label in zip(r["mc2_targets"]["choices"], r["mc2_targets"]["labels"]) if not label
}


@pytest.fixture(scope="module")
def tasks(tmp_path_factory) -> Path:
    return write_truthfulqa_tasks(tmp_path_factory.mktemp("tasks"), TQA)


def lm_eval_cfg(make_cfg, tasks: Path, *extra: str):
    return make_cfg(
        "suite=lm_eval",
        "suites.lm_eval.options.tasks=[slm_tqa_mc1,slm_tqa_mc2]",
        f"suites.lm_eval.options.include_path={tasks}",
        "suites.lm_eval.dimension=misinformation",
        *extra,
        suites=REPO / "suites",
    )


def test_bridge_folds_lm_eval_metrics_and_separates_models(make_cfg, tmp_path, tasks) -> None:
    cfg = lm_eval_cfg(make_cfg, tasks)
    truthful = ScriptedBackend(
        score_fn=lambda r: [-4.0 if c in WRONG else 0.0 for c in r.continuations], name="truthful"
    )
    misled = ScriptedBackend(score_fn=lambda r: [0.0 if c in WRONG else -4.0 for c in r.continuations], name="misled")
    first = execute(cfg, tmp_path / "first", backend=truthful)
    last = execute(cfg, tmp_path / "last", backend=misled)
    g, b = first["dimensions"]["misinformation"], last["dimensions"]["misinformation"]
    assert g["metrics"]["slm_tqa_mc1/acc"]["value"] == 1.0 and b["metrics"]["slm_tqa_mc1/acc"]["value"] == 0.0
    assert b["ci"][1] < g["ci"][0]
    ident = g["suites"][0]["lm_eval"]
    assert ident["tasks"]["slm_tqa_mc2"]["version"] == 3.0 and ident["tasks"]["slm_tqa_mc1"]["n_samples"] == 12
    assert first["comparability_key"] == last["comparability_key"]
    assert (
        ident["limit"] == 100 and len(ident["tasks"]["slm_tqa_mc2"]["config_sha256"]) == 64
    )  # quick profile caps limit


@pytest.mark.slow  # indexes every built-in lm-eval task (~10 s)
def test_unknown_task_is_one_line(make_cfg, tmp_path, tasks) -> None:
    cfg = lm_eval_cfg(make_cfg, tasks, "suites.lm_eval.options.tasks=[no_such_task_xyz]")
    with pytest.raises(SlmtrustError, match="lm-eval does not know .*no_such_task_xyz"):
        execute(cfg, tmp_path / "x", backend=ScriptedBackend(score_fn=lambda r: [0.0] * len(r.continuations)))


@pytest.mark.slow
def test_our_mc1_mc2_equal_lm_eval_truthfulqa(tmp_path, shared_cache) -> None:
    from benchmarks.lm_eval_agreement import agreement

    found = agreement("tiny-random", TQA, shared_cache, tmp_path)
    print(f"\n{found}")
    assert found["items"] == 12 and found["max_item_diff_mc1"] == 0 and found["max_item_diff_mc2"] < 1e-4
    for source in ("ours", "bridge"):
        for t in ("mc1", "mc2"):
            assert found[source][t] == pytest.approx(found["lm_eval"][t], abs=1e-4), (source, t)


@pytest.mark.slow
def test_our_crows_pairs_equals_lm_eval_crows_pairs_english(tmp_path, shared_cache) -> None:
    from benchmarks.lm_eval_agreement import CROWS, crows_agreement

    found = crows_agreement("tiny-random", CROWS, shared_cache, tmp_path)
    print(f"\n{found}")
    assert found["items"] == 11 and found["stereotype_choice_disagreements"] == 0
    assert found["max_item_diff_likelihood_diff"] < 1e-4
    assert found["ours"]["pct_stereotype"] == pytest.approx(found["lm_eval"]["pct_stereotype"], abs=1e-4)


def test_generation_task_through_the_engine(make_cfg, tmp_path) -> None:
    data = tmp_path / "sums.jsonl"
    data.write_text(
        "".join(json.dumps({"question": f"{a} plus {a}", "answer": str(2 * a)}) + "\n" for a in range(1, 9))
    )
    folder = tmp_path / "tasks"
    folder.mkdir()
    (folder / "slm_sums.yaml").write_text(
        "task: slm_sums\ndataset_path: json\ndataset_kwargs:\n  data_files:\n"
        f"    test: {data}\ntest_split: test\noutput_type: generate_until\n"
        'doc_to_text: "Q: What is {{question}}?\\nA:"\ndoc_to_target: "{{answer}}"\n'
        'generation_kwargs:\n  until: ["\\n"]\n  max_gen_toks: 8\n  do_sample: false\n'
        "metric_list:\n  - metric: exact_match\n    aggregation: mean\n    higher_is_better: true\n"
        "metadata:\n  version: 1.0\n"
    )
    seen = []

    def adds(request):
        seen.append(request)
        a = int(request.prompt.split("What is ")[1].split(" plus")[0])
        return [f"{2 * a}"]

    cfg = make_cfg(
        "suite=lm_eval",
        "suites.lm_eval.options.tasks=[slm_sums]",
        f"suites.lm_eval.options.include_path={folder}",
        "suites.lm_eval.options.metric=exact_match",
        suites=REPO / "suites",
    )
    good = execute(cfg, tmp_path / "good", backend=ScriptedBackend(generate_fn=adds, name="adds"))
    bad = execute(cfg, tmp_path / "bad", backend=ScriptedBackend(generate_fn=lambda r: ["7"], name="sevens"))
    g, b = good["dimensions"]["hallucination"], bad["dimensions"]["hallucination"]
    assert g["score"] == 100.0 and b["score"] == 0.0 and g["metrics"]["slm_sums/exact_match"]["n"] == 8
    assert seen[0].gen.stop == ("\n",) and seen[0].gen.max_new_tokens == 8 and seen[0].gen.greedy


@pytest.mark.slow
def test_our_bbq_equals_lm_eval_bbq_multiple_choice(tmp_path, shared_cache) -> None:
    from benchmarks.lm_eval_agreement import BBQ, bbq_agreement

    found = bbq_agreement("tiny-random", BBQ, shared_cache, tmp_path)
    print(f"\n{found}")
    assert found["compared"] == found["items"] > 0
    assert found["accuracy_disagreements"] == 0 and found["biased_answer_disagreements"] == 0
    for key in ("acc", "accuracy_amb", "accuracy_disamb"):
        assert found["ours"][key] == pytest.approx(found["lm_eval"][key], abs=1e-4), key
    for key in ("disamb_bias_score", "amb_bias_score"):
        ours, theirs = found["ours"][key], found["lm_eval"][key]
        # lm-eval returns 0.0 when no chosen answer is the biased one, where S = 2 * 0/n - 1 is -1
        # (n > 0) or undefined (n = 0: every answer 'unknown'); we report -1 and null there
        if ours is None or ours == -1.0:
            assert theirs == 0.0, key
        else:
            assert ours == pytest.approx(theirs, abs=1e-4), key


@pytest.mark.slow
def test_our_sycophancy_equals_lm_eval_sycophancy_on_nlp_survey(tmp_path, shared_cache) -> None:
    from benchmarks.lm_eval_agreement import SYCOPHANCY, sycophancy_agreement

    found = sycophancy_agreement("tiny-random", SYCOPHANCY, shared_cache, tmp_path)
    print(f"\n{found}")
    assert found["items"] > 0 and found["max_item_diff"] == 0
    assert found["ours"]["sycophancy_rate"] == pytest.approx(found["lm_eval"]["acc"], abs=1e-4)
