"""``python -m slmtrust leaderboard``: options and messages; the work is in ``leaderboard``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..report.leaderboard import Board


def leaderboard_command(argv: list[str]) -> int:
    """Parse first, import the heavy modules after, so ``--help`` answers at once."""
    from ..util.boundary import fail, parse

    def options(p):
        p.description = "Build leaderboard.html/.md/.csv from every scorecard.json under the given folders."
        p.add_argument(
            "paths",
            nargs="*",
            type=Path,
            default=[Path("results")],
            help="folders or scorecard.json files (default: results)",
        )
        p.add_argument(
            "--out", type=Path, default=None, help="output folder (default: the first path if a folder, else .)"
        )
        p.add_argument(
            "--check",
            action="store_true",
            help="rebuild the Markdown/CSV and diff against those in --out; exit 1 on any difference",
        )
        p.add_argument("--no-html", action="store_true", help="write only Markdown and CSV")
        p.add_argument(
            "--export",
            type=Path,
            default=None,
            help="copy the readable runs to this folder as compact reference results (no full item logs), then build there",
        )
        p.add_argument(
            "--top-pairs", type=int, default=8, help="pairwise tests among this many best models per group (default 8)"
        )
        p.add_argument(
            "--resamples", type=int, default=1000, help="bootstrap resamples for pairwise tests (default 1000)"
        )
        p.add_argument("--examples", type=int, default=3, help="example items per dimension and model (default 3)")

    args = parse("leaderboard", argv, options)
    for flag in ("top_pairs", "resamples", "examples"):
        if getattr(args, flag) < 0 or (flag == "resamples" and args.resamples == 0):
            return fail(f"--{flag.replace('_', '-')} must be a positive integer, got {getattr(args, flag)}")
    out = args.out or (args.paths[0] if args.paths[0].is_dir() else Path("."))
    from ..report.leaderboard import build, check, export
    from ..util.errors import SlmtrustError

    try:
        board = build(args.paths, args.top_pairs, args.resamples, args.examples)
    except SlmtrustError as exc:
        return fail(str(exc))
    for s in board.skipped:
        print(f"skipped {s.path}: {s.reason}", file=sys.stderr)
    if not board.groups:
        return fail(f"no readable scorecard.json under {', '.join(map(str, args.paths))}")
    if args.export is not None:
        try:
            export([e for g in board.groups for e in g.entries], args.export, args.examples)
        except OSError as exc:
            return fail(f"--export {args.export}: cannot write ({exc.strerror or exc})")
        out = args.out or args.export
        board = build([args.export], args.top_pairs, args.resamples, args.examples)
    if args.check:
        diffs = check(board, out)
        sys.stdout.writelines(diffs)
        print(("leaderboard differs from " if diffs else "leaderboard matches ") + str(out))
        return 1 if diffs else 0
    try:
        written = write(board, out, html=not args.no_html)
    except OSError as exc:
        return fail(f"--out {out}: cannot write ({exc.strerror or exc})")
    n = sum(len(g.entries) for g in board.groups)
    print(f"{n} scorecard(s) in {len(board.groups)} comparable group(s); wrote {', '.join(map(str, written))}")
    return 0


def write(board: Board, out: Path, html: bool = True) -> list[Path]:
    """leaderboard.md and .csv (from ``leaderboard``) and the page (from ``leaderboard_html``, which
    reads ``leaderboard``): written here, above both, so ``leaderboard`` never imports the page."""
    from ..report.leaderboard import tables
    from ..report.leaderboard_html import render
    from ..util.record import atomic_write_text

    out.mkdir(parents=True, exist_ok=True)
    files = tables(board)
    if html:
        files["leaderboard.html"] = render(board)
    written = []
    for name, text in files.items():
        atomic_write_text(out / name, text)
        written.append(out / name)
    return written
