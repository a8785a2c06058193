"""``python -m slmtrust merge RUN_DIR RUN_DIR... [--out DIR]``: runs of different suites on one model -> one run folder."""

from __future__ import annotations

import time
from pathlib import Path

from ..report.merge import merge
from ..util.errors import SlmtrustError


def merge_command(argv: list[str]) -> int:
    from ..util.boundary import fail, parse

    def options(p):
        p.description = (
            "Merge runs of different suites on one model (same model, profile and seed) into one run "
            "folder whose scorecard equals that of a single run of all those suites."
        )
        p.add_argument("run_dirs", nargs="+", type=Path, help="two or more results/<model>/<timestamp> folders")
        p.add_argument(
            "--out",
            type=Path,
            default=None,
            help="the merged run folder, new or empty (default: <timestamp>-merged next to the first run)",
        )

    args = parse("merge", argv, options)
    out = args.out or args.run_dirs[0].parent / f"{time.strftime('%Y%m%d-%H%M%S')}-merged"
    try:
        card = merge(args.run_dirs, out)
    except SlmtrustError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"--out {out}: cannot write ({exc.strerror or exc})")
    overall = card["overall"]
    ci = overall["ci"]
    interval = f" [{ci[0]:.1f}, {ci[1]:.1f}]" if ci else ""
    print(
        f"merged {len(args.run_dirs)} runs ({', '.join(card['dimensions'])}) into {out}: "
        f"overall {overall['score']}{interval}, key {card['comparability_key'][:12]}"
    )
    return 0
