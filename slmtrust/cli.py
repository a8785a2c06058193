"""Command line: ``python -m slmtrust {run,list,reproduce,bench,compare-variants,merge,baselines,leaderboard}``.

Only the standard library is imported at start-up so ``--help`` answers at once;
each command imports what it needs. Problems with the user's input end as one
``error: ...`` line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys

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

Results go to results/<model>/<timestamp>/ (config.yaml, manifest.json, items.jsonl, scorecard.json).
"""


def fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(USAGE, end="")
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    try:
        if command == "run":
            from .hydra_app import run_command

            return run_command(rest)
        if command == "list":
            from .listing import list_command

            return list_command(rest)
        if command == "reproduce":
            from .reproduce import reproduce_command

            return reproduce_command(rest)
        # efficiency benchmark and variant comparison (DESIGN §6)
        if command == "bench":
            from .efficiency.command import bench_command

            return bench_command(rest)
        if command == "compare-variants":
            from .variants import compare_variants_command

            return compare_variants_command(rest)
        if command == "merge":
            from .merge import merge_command

            return merge_command(rest)
        if command == "baselines":
            from .validity import baselines_command

            return baselines_command(rest)
        if command == "leaderboard":
            from .leaderboard_cli import leaderboard_command

            return leaderboard_command(rest)
    except KeyboardInterrupt:
        return fail("interrupted; responses computed so far are cached, run again to resume")
    from .errors import SlmtrustError  # noqa: F401 - keep the import cheap and local

    return fail(
        f"unknown command '{command}'; valid: run, list, reproduce, bench, compare-variants, merge, baselines, "
        "leaderboard (see --help)"
    )


def parse(prog: str, argv: list[str], build) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=f"python -m slmtrust {prog}")
    build(parser)
    return parser.parse_args(argv)
