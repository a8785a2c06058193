"""Degenerate baselines vs a real model on all eight suites, in one table (docs/scoring.md).

    .venv/bin/python benchmarks/validity.py                      # quick profile, max_items=20, SmolLM2
    .venv/bin/python benchmarks/validity.py model=gemma3-270m profile.max_items=40

Prints the table of ``python -m slmtrust baselines`` and then the check the scoring must pass:
no baseline has a scored dimension at or above the model's lower 95% bound, and no baseline's
overall score is above the model's. Exit 1 when the check fails. Real models: minutes on 2 cores.
"""

from __future__ import annotations

import sys

from slmtrust.report.validity import run_all, table, wide_console

SUITES = "suite=[adversarial,ood,privacy,hallucination,sycophancy,toxicity,misinformation,fairness]"


def check(cards: list[tuple[str, dict]]) -> list[str]:
    """The violations: a baseline dimension scored at or above the model's lower bound, or a
    baseline overall above the model's."""
    (model_label, model), baselines = cards[-1], cards[:-1]
    problems = []
    for label, card in baselines:
        for dim, block in card["dimensions"].items():
            ref = model["dimensions"].get(dim) or {}
            if block.get("score") is None or ref.get("score") is None:
                continue
            if block["score"] >= ref["ci"][0]:
                problems.append(f"{label} {dim} {block['score']:.1f} >= {model_label}'s lower bound {ref['ci'][0]:.1f}")
        ov, ref_ov = card["overall"].get("score"), model["overall"].get("score")
        if ov is not None and (ref_ov is None or ov > ref_ov):
            problems.append(f"{label} overall {ov:.1f} above {model_label}'s {ref_ov}")
    return problems


def main(argv: list[str]) -> int:
    overrides = [SUITES, "profile=quick", "profile.max_items=20", *argv]
    console = wide_console()
    cards = run_all(overrides, with_model=True, console=console)
    console.print(table(cards))
    problems = check(cards)
    for p in problems:
        console.print(f"[red]violation[/red]: {p}")
    console.print("check: " + ("FAILED" if problems else "passed (no baseline reaches the model)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
