"""``python -m slmtrust compare-variants RUN_DIR...``: trust of model variants against the reference, with their efficiency."""

from __future__ import annotations

from pathlib import Path

from ..report.variants import compare, markdown, plot
from ..util.errors import SlmtrustError


def compare_variants_command(args: list[str]) -> int:
    from ..util.boundary import fail, parse

    def build(p):
        p.add_argument("run_dirs", nargs="+", type=Path, help="results/<model>/<timestamp> folders, one per variant")
        p.add_argument("--reference", type=Path, help="the reference run (default: the float32 one)")
        p.add_argument("--bench", type=Path, nargs="*", default=[], help="bench folders to take efficiency from")
        p.add_argument("--out", type=Path, default=Path("results/variants"), help="where to write the report")
        p.add_argument("--resamples", type=int, default=2000)
        p.add_argument("--seed", type=int, default=0)

    ns = parse("compare-variants", args, build)
    if ns.resamples < 100:
        return fail(f"--resamples={ns.resamples}: use at least 100")
    try:
        result = compare(ns.run_dirs, ns.reference, ns.resamples, ns.seed, ns.bench)
    except SlmtrustError as exc:
        return fail(str(exc))
    from ..util.record import atomic_write_text, write_json

    ns.out.mkdir(parents=True, exist_ok=True)
    write_json(ns.out / "variants.json", result)
    table = markdown(result)
    atomic_write_text(ns.out / "variants.md", table)
    plot(result, ns.out / "variants.svg")
    print(table, end="")
    print(f"written: {ns.out / 'variants.md'}, {ns.out / 'variants.json'}, {ns.out / 'variants.svg'}")
    return 0
