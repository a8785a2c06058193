"""``python -m slmtrust export RUN_DIR --format ...``: a run in the formats other tools open (docs/exports.md)."""

from __future__ import annotations

from pathlib import Path

from ..report.export import FORMATS, read_run, write_inspect, write_lm_eval, write_long_csv


def export_command(args: list[str]) -> int:
    from ..api.config import writable_folder
    from ..util.boundary import parse

    def build(p):
        p.add_argument("run_dir", help="a results/<model>/<timestamp> folder")
        p.add_argument(
            "--format", required=True, choices=FORMATS, help="long-csv, lm-eval (results.json) or inspect (.eval logs)"
        )
        p.add_argument("--out", help="output folder (default: <run_dir>/export)")

    ns = parse("export", args, build)
    run_dir = Path(ns.run_dir)
    read_run(run_dir)
    out = Path(ns.out) if ns.out else run_dir / "export"
    writable_folder(out, "--out")
    if ns.format == "long-csv":
        written = [write_long_csv(run_dir, out)]
    elif ns.format == "lm-eval":
        written = [write_lm_eval(run_dir, out)]
    else:
        written = write_inspect(run_dir, out)
    for path in written:
        print(f"wrote {path}")
    return 0
