"""Command line: ``python -m slmtrust {run,list,reproduce,bench,compare-variants,merge,baselines,leaderboard,export,scorer-check}``.

Only the standard library is imported at start-up so ``--help`` answers at once;
each command imports what it needs. Problems with the user's input end as one
``error: ...`` line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import sys

from ..util.boundary import fail, guarded

USAGE = """\
usage: python -m slmtrust <command> [args]

commands:
  run [OVERRIDES...]     evaluate a model (Hydra overrides; -m for multirun), e.g.
                           python -m slmtrust run
                           python -m slmtrust run model=gemma3-270m suite=hallucination profile=full
                           python -m slmtrust run model=hf model.path=/models/my-model
                           python -m slmtrust run -m model=smollm2-135m,gemma3-270m
                         'python -m slmtrust run --help' shows the config groups and options.
  list                   models, suites, scorers, hardware and profiles this checkout offers
  reproduce RUN_DIR      re-run a recorded run and report any difference in its scorecard
  bench [OVERRIDES...]   efficiency benchmark of one model variant (load, TTFT, tokens/s, memory, roofline), e.g.
                           python -m slmtrust bench model.dtype=bfloat16
                           python -m slmtrust bench model.quantization=int8 efficiency=quick
  compare-variants RUN_DIR...
                         trust scores of model variants against the float32 reference (paired
                         bootstrap per dimension) next to their efficiency; table + plot
  merge RUN_DIR RUN_DIR... [--out DIR]
                         runs of different suites on one model (e.g. one job per suite) -> one run
                         folder with the scorecard a single run of all of them would have written
  baselines [OVERRIDES...]
                         degenerate models (constant, refuse, uniform, first-option, echo, comply,
                         tiny-random) next to the model, one table: no score may be won by doing
                         nothing (docs/scoring.md), e.g. python -m slmtrust baselines profile.max_items=20
  leaderboard [PATHS...] scorecards under PATHS (default results/) -> leaderboard.html, .md, .csv;
                         --check diffs against the committed ones (see 'leaderboard --help')
  scorer-check toxicity FILE.jsonl [scorer/toxicity=NAME] [--scores-out FILE]
                         a scorer's ROC AUC, recall per category and false-positive rate on your own
                         labelled texts ({"text": ..., "label": 0|1, "category": ...} per line)
  export RUN_DIR --format long-csv|lm-eval|inspect [--out DIR]
                         a run in the formats other tools open: one row per figure (CSV), lm-eval's
                         results.json, Inspect eval logs (inspect view); docs/exports.md

Results go to results/<model>/<timestamp>/ (config.yaml, manifest.json, items.jsonl, scorecard.json).
"""


COMMANDS = {
    "run": ("run.hydra_app", "run_command"),
    "list": ("cli.listing", "list_command"),
    "reproduce": ("cli.reproduce", "reproduce_command"),
    "bench": ("cli.bench", "bench_command"),
    "compare-variants": ("cli.variants", "compare_variants_command"),
    "merge": ("cli.merge", "merge_command"),
    "baselines": ("cli.baselines", "baselines_command"),
    "leaderboard": ("cli.leaderboard", "leaderboard_command"),
    "export": ("cli.export", "export_command"),
    "scorer-check": ("cli.scorer_check", "scorer_check_command"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(USAGE, end="")
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command not in COMMANDS:
        return fail(f"unknown command '{command}'; valid: {', '.join(COMMANDS)} (see --help)")
    module, name = COMMANDS[command]

    def call() -> int:
        from importlib import import_module

        return getattr(import_module(f"slmtrust.{module}"), name)(rest)

    return guarded(call)
