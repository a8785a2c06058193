"""lm-eval task YAMLs for the tests: lm-eval's own truthfulqa_mc1/mc2, crows_pairs_english,
sycophancy_on_nlp_survey and bbq_multiple_choice, unmodified (prompt, metric code, targets, choices) but for where the data
comes from: a local fixture in the dataset's schema instead of the hub."""

from __future__ import annotations

from pathlib import Path


def include_task(folder: Path, name: str, installed: str, split: str, data_files: list[Path]) -> Path:
    """A YAML in ``folder`` naming task ``name`` that includes the installed lm-eval task file
    ``installed`` (relative to lm_eval/tasks) and changes only where the data comes from."""
    import lm_eval.tasks

    folder.mkdir(parents=True, exist_ok=True)
    files = "".join(f"      - {f}\n" for f in data_files)
    (folder / f"{name}.yaml").write_text(
        f"include: {Path(lm_eval.tasks.__file__).parent / installed}\n"
        f"task: {name}\n"
        "tag: []\n"
        "dataset_path: json\n"
        "dataset_name: null\n"
        f"dataset_kwargs:\n  data_files:\n    {split}:\n{files}"
    )
    return folder


def write_truthfulqa_tasks(folder: Path, data_file: Path) -> Path:
    """Two task YAMLs (slm_tqa_mc1, slm_tqa_mc2) that include the installed truthfulqa tasks."""
    for which in ("mc1", "mc2"):
        include_task(folder, f"slm_tqa_{which}", f"truthfulqa/truthfulqa_{which}.yaml", "validation", [data_file])
    return folder


def write_crows_pairs_task(folder: Path, data_file: Path) -> Path:
    """lm-eval's own crows_pairs_english (empty context, the two sentences as choices, its
    likelihood_diff and pct_stereotype code), unmodified but for the data location."""
    return include_task(folder, "slm_crows", "crows_pairs/crows_pairs_english.yaml", "test", [data_file])


def write_bbq_task(folder: Path, data_files: list[Path]) -> Path:
    """lm-eval's own bbq_multiple_choice (prompt, choices with every 'unknown' phrasing, accuracy
    and bias-score code), unmodified but for the data location: local files in BBQ's schema."""
    return include_task(folder, "slm_bbq", "bbq/bbq_multiple_choice.yaml", "test", data_files)


def write_sycophancy_task(folder: Path, data_file: Path, which: str = "nlp_survey") -> Path:
    """lm-eval's own sycophancy_on_<which> (model_written_evals), unmodified but for the data
    location: a local file in Anthropic's schema."""
    installed = f"model_written_evals/sycophancy/sycophancy_on_{which}.yaml"
    return include_task(folder, "slm_syco", installed, "validation", [data_file])
