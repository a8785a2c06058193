"""Every config in conf/ composes; bad overrides fail with one line and exit 2."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hydra import compose, initialize_config_dir
from omegaconf import OmegaConf

from slmtrust.api.config import CONF_DIR, register
from slmtrust.run.hydra_app import check_overrides
from slmtrust.util.errors import SlmtrustError

GROUPS = {g: sorted(p.stem for p in (CONF_DIR / g).glob("*.yaml")) for g in ("model", "suite", "hardware", "profile")}
REQUIRED = {
    "model=hf": ["model.path=/some/model"],
    "model=scripted": ["model.options.script=tests.helpers.scripts:oracle"],
}
REQUIRED |= {  # ecosystem (docs/ecosystem.md)
    "model=lm_eval": ["model.options.model=hf"],
    "model=openai": ["model.options.base_url=http://127.0.0.1:8000/v1"],
    "suite=lm_eval": ["suites.lm_eval.options.tasks=[truthfulqa_mc2]"],
}


@pytest.mark.parametrize("group,option", [(g, o) for g, opts in GROUPS.items() for o in opts])
def test_every_config_composes(group: str, option: str) -> None:
    register()
    overrides = [f"{group}={option}", *REQUIRED.get(f"{group}={option}", [])]
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        cfg = compose("config", overrides=overrides)
    assert not OmegaConf.missing_keys(cfg)
    assert cfg.suites, "every composition selects at least one suite"
    for name, suite in cfg.suites.items():
        assert suite.name == name and (CONF_DIR.parent / "suites" / suite.data).is_dir()


def test_defaults_are_the_documented_ones() -> None:
    register()
    with initialize_config_dir(config_dir=str(CONF_DIR), version_base=None):
        cfg = compose("config")
    assert cfg.model.name == "smollm2-135m" and cfg.profile.name == "quick" and cfg.hardware.name == "auto"
    assert cfg.model.trust_remote_code is False and cfg.model.allow_pickle is False


@pytest.mark.parametrize(
    "override,needle",
    [
        ("model.dtyp=float32", "Key 'dtyp' not in 'ModelConfig'"),
        ("model=nosuchmodel", "available options in 'model'"),
        ("model.dtype=float8", "expected one of [float32, bfloat16, float16]"),
        ("hardware.batch_size=many", "hardware.batch_size=many"),
        ("suite=nosuchsuite", "available options in 'suite'"),
        ("model=hf", "model.path must be set"),
    ],
)
def test_bad_override_is_one_clear_line(override: str, needle: str) -> None:
    with pytest.raises(SlmtrustError) as err:
        check_overrides([override])
    assert needle in str(err.value) and "\n" not in str(err.value)


def test_sweep_values_are_each_checked() -> None:
    check_overrides(["model=smollm2-135m,tiny-random"])
    with pytest.raises(SlmtrustError, match="model=typo"):
        check_overrides(["model=smollm2-135m,typo"])


@pytest.mark.parametrize(
    "args", [["run", "model.dtyp=x"], ["run", "model=nosuchmodel"], ["bogus"], ["reproduce", "/nonexistent/run"]]
)
def test_cli_errors_exit_2_without_traceback(args: list[str]) -> None:
    proc = subprocess.run([sys.executable, "-m", "slmtrust", *args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert "Traceback" not in proc.stderr


def test_help_imports_nothing_heavy() -> None:
    code = (
        "import sys, io, contextlib; from slmtrust.cli import main; buf = io.StringIO();"
        "\nwith contextlib.redirect_stdout(buf): rc = main(['--help'])"
        "\nprint(rc, 'run' in buf.getvalue(), sorted(m for m in ('torch', 'transformers', 'hydra', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout.split()
    assert out == ["0", "True", "[]"]


def test_list_shows_models_suites_scorers() -> None:
    proc = subprocess.run([sys.executable, "-m", "slmtrust", "list"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    for needle in ("smollm2-135m", "gemma3-270m", "tiny-random", "hallucination", "scorers", "profiles"):
        assert needle in proc.stdout
    lines = {line.split()[0]: line for line in proc.stdout.splitlines() if line.startswith("  ")}
    # suites whose file also picks a scorer keep their block under suites.<name>: described all the same
    assert "toxicity | sampled generations" in lines["toxicity"] and "all suites" not in lines["toxigen"]
    assert "embedded" in lines["toxicity/embedded"]
