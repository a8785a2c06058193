"""The ``run`` command: Hydra composes the config, then :func:`slmtrust.run.runner.execute` runs it.

Overrides are composed once up front (each value of a sweep too), so a typo, an
unknown preset or a missing required field ends as one clear line before any
model loads or any job starts.
"""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

import hydra
from hydra import compose, initialize_config_dir
from omegaconf import DictConfig, OmegaConf

from ..api.config import CONF_DIR, register
from ..api.runrecord import ITEMS, SCORECARD
from ..util.errors import SlmtrustError

HYDRA_FLAGS = {
    "-m",
    "--multirun",
    "-h",
    "--help",
    "--hydra-help",
    "--info",
    "-i",
    "--cfg",
    "-c",
    "--resolve",
    "--package",
    "-p",
    "--run",
    "-r",
    "--version",
    "--shell-completion",
    "-sc",
    "--config-path",
    "-cp",
    "--config-name",
    "-cn",
    "--config-dir",
    "-cd",
    "--experimental-rerun",
}
WITH_VALUE = {
    "--cfg",
    "-c",
    "--package",
    "-p",
    "--config-path",
    "-cp",
    "--config-name",
    "-cn",
    "--config-dir",
    "-cd",
    "--info",
    "-i",
    "--experimental-rerun",
    "--shell-completion",
    "-sc",
}


def one_line(exc: BaseException) -> str:
    """A Hydra/OmegaConf error as one readable line (the useful part is often in ``__cause__``)."""
    parts = []
    while exc is not None and len(parts) < 3:
        text = str(exc)
        text = re.sub(r"\n\s*(full_key|object_type|reference_type|value|key):.*", "", text)
        text = re.sub(r"Available options in '([^']+)':\s*", r"available options in '\1': ", text)
        text = re.sub(r"\s*Config search path:.*", "", text, flags=re.S)
        text = re.sub(r"\s*(reference_type|object_type)=\w+", "", text)
        text = re.sub(r"\s*\n\s*", ", ", text.strip()).replace(":, ", ": ")
        if text and text not in parts:
            parts.append(text)
        exc = exc.__cause__
    return "; ".join(parts) or "invalid configuration"


def check_overrides(overrides: list[str]) -> None:
    """Compose every combination-free variant of the overrides; raise SlmtrustError on the first problem."""
    from hydra.core.override_parser.overrides_parser import OverridesParser

    plain = [o for o in overrides if not o.lstrip("+~").startswith(("hydra.", "hydra/"))]
    try:
        parsed = OverridesParser.create().parse_overrides(plain)
    except Exception as exc:  # noqa: BLE001 - parse errors come in several types
        raise SlmtrustError(f"bad override: {one_line(exc)}") from None
    choices = []
    for text, ov in zip(plain, parsed):
        if ov.is_sweep_override():
            values = [f"{ov.get_key_element()}={v}" for v in ov.sweep_string_iterator()]
        else:
            values = [text]
        choices.append(values)
    variants = [list(c) for c in itertools.product(*[[v[0]] for v in choices])]
    for i, values in enumerate(choices):  # each sweep value once, the others at their first value
        for v in values[1:]:
            variants.append([v if j == i else c[0] for j, c in enumerate(choices)])
    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        for variant in variants:
            try:
                cfg = compose("config", overrides=variant)
            except Exception as exc:  # noqa: BLE001 - every compose failure is a user error here
                raise SlmtrustError(f"bad override ({' '.join(variant) or 'defaults'}): {one_line(exc)}") from None
            missing = sorted(OmegaConf.missing_keys(cfg))
            if missing:
                raise SlmtrustError(f"{', '.join(missing)} must be set (e.g. {missing[0]}=...)")
            if not cfg.suites:
                raise SlmtrustError("no suite selected; valid: suite=all or suite=<name> (see python -m slmtrust list)")
            check_run(cfg)


def check_run(cfg: DictConfig) -> None:
    """Field values, folders and every suite (options, templates, data hashes) checked before a
    run folder exists or a model loads."""
    from ..api.config import check
    from ..efficiency.measure import Settings
    from ..suites import build_suite

    check(cfg)
    Settings.from_config(cfg.get("efficiency"))
    for suite in cfg.suites.values():
        build_suite(suite, cfg.paths, cfg.profile, int(cfg.seed))


def _task(cfg: DictConfig, codes: list[int]) -> None:
    """One job: execute and print. Its exit code goes to ``codes``; a single run exits with it at
    once, a multirun's jobs go on and the command exits with the worst code at the end."""
    from hydra.core.hydra_config import HydraConfig
    from hydra.types import RunMode
    from rich.console import Console

    from ..util.boundary import guarded
    from .runner import execute

    run_dir = Path(HydraConfig.get().runtime.output_dir)
    console = Console()

    def task() -> int:
        card = execute(cfg, run_dir, console=console)
        console.print(f"run written to [bold]{run_dir}[/bold] (library warnings in {run_dir / 'run.log'})")
        if card.get("status") != "failed":
            console.print(
                f"leaderboard: [bold]python -m slmtrust leaderboard {cfg.paths.results}[/bold] "
                f"-> {Path(cfg.paths.results) / 'leaderboard.html'}"
            )
        for failure in card.get("failures") or []:
            print(f"error: suite {failure['suite']}: {failure['reason']}", file=sys.stderr)
        if card.get("failures"):
            print(f"error: the run is marked failed in {run_dir / 'scorecard.json'} and is not ranked", file=sys.stderr)
            return 1
        return 0

    code = guarded(task)
    if code == 2:
        discard_unfinished(run_dir)
    codes.append(code)
    if code and HydraConfig.get().mode != RunMode.MULTIRUN:
        sys.exit(code)


def discard_unfinished(run_dir: Path) -> None:
    """Remove the folder of a run stopped by a user error before it wrote any result (only
    Hydra's files and config.yaml in it), and its model folder if that is left empty: a bad
    input leaves nothing behind. A folder holding answers or a scorecard is kept."""
    import shutil

    if not run_dir.is_dir() or any((run_dir / name).exists() for name in (ITEMS, SCORECARD)):
        return
    shutil.rmtree(run_dir, ignore_errors=True)
    try:
        run_dir.parent.rmdir()  # only if empty
    except OSError:
        pass


def run_command(args: list[str]) -> int:
    overrides, skip = [], False
    for i, arg in enumerate(args):
        if skip:
            skip = False
            continue
        name = arg.split("=", 1)[0]
        if name in HYDRA_FLAGS:
            skip = name in WITH_VALUE and "=" not in arg and i + 1 < len(args)
            continue
        overrides.append(arg)
    if not any(a in ("-h", "--help", "--hydra-help") for a in args):
        try:
            check_overrides(overrides)
        except SlmtrustError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    register()
    codes: list[int] = []

    def task(cfg: DictConfig) -> None:
        _task(cfg, codes)

    app = hydra.main(version_base=None, config_path=str(CONF_DIR), config_name="config")(task)
    sys.argv = [f"{Path(sys.argv[0]).name} run", *args]
    app()
    return max(codes, default=0)
