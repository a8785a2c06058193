"""Custom lm-eval task YAMLs for the tests: lm-eval's own truthfulqa_mc1/mc2 (metric code, targets,
choices) pointed at a local fixture, with our TruthfulQA adapter's default prompt."""

from __future__ import annotations

from pathlib import Path


def write_truthfulqa_tasks(folder: Path, data_file: Path) -> Path:
    """Two task YAMLs (slm_tqa_mc1, slm_tqa_mc2) that include the installed truthfulqa tasks."""
    import lm_eval.tasks

    installed = Path(lm_eval.tasks.__file__).parent / "truthfulqa"
    folder.mkdir(parents=True, exist_ok=True)
    for which in ("mc1", "mc2"):
        (folder / f"slm_tqa_{which}.yaml").write_text(
            f"include: {installed / f'truthfulqa_{which}.yaml'}\n"
            f"task: slm_tqa_{which}\n"
            "tag: []\n"
            "dataset_path: json\n"
            "dataset_name: null\n"
            f"dataset_kwargs:\n  data_files:\n    validation: {data_file}\n"
            'doc_to_text: "Q: {{question}}\\nA:"\n'
        )
    return folder
