"""``python -m slmtrust reproduce RUN_DIR``: re-run a recorded run and list any difference in its scorecard."""

from __future__ import annotations

from pathlib import Path

from ..report.reproduce import reproduce


def reproduce_command(args: list[str]) -> int:
    from ..util.boundary import parse

    def build(p):
        p.add_argument("run_dir", help="a results/<model>/<timestamp> folder")
        p.add_argument("--use-cache", action="store_true", help="reuse cached responses (default: recompute all)")
        p.add_argument("--results", help="where to write the new run (default: results/)")
        p.add_argument(
            "--no-efficiency",
            action="store_true",
            help="leave out the record's efficiency block (the comparison never reads it; saves minutes)",
        )
        p.add_argument(
            "--allow-code",
            action="append",
            default=[],
            metavar="SPEC",
            help="import this module:attr (or assemble:/pkg: path) the record names outside slmtrust",
        )
        p.add_argument(
            "--allow-unsafe",
            action="append",
            default=[],
            metavar="FIELD",
            help="honour this trust_remote_code/allow_pickle the record turns on, e.g. model.trust_remote_code",
        )

    ns = parse("reproduce", args, build)
    new_dir, diffs = reproduce(
        Path(ns.run_dir), ns.use_cache, ns.results, tuple(ns.allow_code), tuple(ns.allow_unsafe), not ns.no_efficiency
    )
    print(f"re-run written to {new_dir}")
    if diffs:
        print(f"{len(diffs)} difference(s) from {ns.run_dir}:")
        for d in diffs:
            print(f"  {d}")
        return 1
    print(f"scorecard identical to {ns.run_dir}")
    return 0
