"""``python -m slmtrust baselines [OVERRIDES...]``: the degenerate models next to the model, one table (docs/scoring.md)."""

from __future__ import annotations

import sys

from ..report.validity import ROWS, USAGE, run_all, table, wide_console
from ..util.errors import SlmtrustError


def baselines_command(argv: list[str]) -> int:
    if any(a in ("-h", "--help") for a in argv):
        print(USAGE, end="")
        return 0
    with_model, only, overrides = True, None, []
    args = iter(argv)
    for arg in args:
        if arg == "--no-model":
            with_model = False
        elif arg == "--only" or arg.startswith("--only="):
            value = arg.split("=", 1)[1] if "=" in arg else next(args, "")
            only = {x.strip() for x in value.split(",") if x.strip()}
            if not only:
                print("error: --only needs a comma-separated list of row names", file=sys.stderr)
                return 2
            unknown = sorted(only - set(ROWS))
            if unknown:
                print(f"error: --only {', '.join(unknown)}: no such row; valid: {', '.join(ROWS)}", file=sys.stderr)
                return 2
        elif arg.startswith("--"):
            print(f"error: unknown option {arg}; valid: --no-model, --only NAMES (see --help)", file=sys.stderr)
            return 2
        else:
            overrides.append(arg)
    console = wide_console()
    try:
        cards = run_all(overrides, with_model, only, console)
    except SlmtrustError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not cards:
        print(
            "error: --only named no row; valid: constant, refuse, uniform, first_option, echo, comply, "
            "tiny-random, model",
            file=sys.stderr,
        )
        return 2
    console.print(table(cards))
    return 0
