"""Structured-config schemas for Hydra.

``conf/config.yaml`` composes onto :class:`RunConfig`, so a misspelt key or a value
outside an enum fails at compose time, before any model is loaded. Each suite's
own knobs live in its ``options`` mapping (validated by the suite itself).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any  # noqa: UP035 - OmegaConf needs typing generics

from hydra.core.config_store import ConfigStore
from omegaconf import MISSING

from .. import REPO_ROOT
from ..util.errors import SlmtrustError

CONF_DIR = REPO_ROOT / "conf"


class DType(str, Enum):
    float32 = "float32"
    bfloat16 = "bfloat16"
    float16 = "float16"


class Device(str, Enum):
    auto = "auto"
    cpu = "cpu"
    cuda = "cuda"
    mps = "mps"


@dataclass
class ModelConfig:
    """Which model to load and how. ``path`` is a local HF folder, a hub id, a ``.gguf``
    file, ``pkg:<module>/<file>`` (a file shipped in an installed package) or
    ``assemble:<module>`` (a package whose ``assemble()`` writes the file)."""

    name: str = MISSING
    backend: str = "transformers"
    path: str = MISSING
    gguf_file: str | None = None
    revision: str | None = None
    tokenizer: str | None = None
    dtype: DType = DType.float32
    quantization: str = "none"
    chat_template: str = "auto"
    system_prompt: str | None = None
    trust_remote_code: bool = False
    allow_pickle: bool = False
    max_length: int | None = None
    random_init: dict[str, Any] | None = None
    seed: int = 0
    description: str = ""
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class SuiteConfig:
    """One suite: its data folder under ``paths.suites`` and the procedure that runs it.
    ``procedure`` is a short name from :mod:`slmtrust.suites` or ``module:Class``."""

    name: str = MISSING
    dimension: str = MISSING
    procedure: str = MISSING
    data: str = MISSING
    description: str = ""
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class HardwareConfig:
    name: str = "auto"
    device: Device = Device.auto
    threads: int | None = None
    batch_size: int = 8
    generate_rows: int = 32


@dataclass
class ProfileConfig:
    """How much of each suite to run. ``max_items`` caps every part of every suite
    (a seeded sample, the same for every model); null runs everything. ``rankable: false``
    marks a first look (``profile=smoke``): its scorecards are labelled and never ranked.
    ``suite_options`` sets options of the named suites when they run, over their own
    (``{privacy: {canary_candidates: 24}}``); they enter the suite's identity like any option."""

    name: str = "quick"
    max_items: int | None = None
    bootstrap_resamples: int = 1000
    samples: int = 5
    rankable: bool = True
    suite_options: dict[str, Any] = field(default_factory=dict)


@dataclass
class EfficiencyConfig:
    """What the efficiency benchmark measures (docs/efficiency.md; slmtrust/efficiency). ``enabled=false``
    leaves the block out of a run's scorecard. ``prompt_lengths`` are token counts or ``max``
    (= ``max_prompt_tokens``, capped by the model's context)."""

    name: str = "quick"
    enabled: bool = True
    warmup: int = 1
    repeats: int = 2
    prompt_lengths: list[Any] = field(default_factory=lambda: [128, 512])
    max_prompt_tokens: int = 2048
    decode_tokens: int = 16
    batch_sizes: list[int] = field(default_factory=lambda: [1, 4])
    bandwidth_mb: int = 128
    warm_load: bool = False
    compiled_decode: bool = False


@dataclass
class PathsConfig:
    results: str = "results"
    suites: str | None = None
    cache: str = "~/.cache/slmtrust"


@dataclass
class RunConfig:
    model: ModelConfig = MISSING
    suites: dict[str, SuiteConfig] = field(default_factory=dict)
    hardware: HardwareConfig = field(default_factory=HardwareConfig)
    profile: ProfileConfig = field(default_factory=ProfileConfig)
    efficiency: EfficiencyConfig = field(default_factory=EfficiencyConfig)
    paths: PathsConfig = field(default_factory=PathsConfig)
    seed: int = 1234
    use_cache: bool = True
    progress: bool = True
    max_error_share: float = 0.05  # a suite with more failed requests than this marks the run failed


# Which settings can change a model's answer to the same request, and so key the response cache
# (besides the backend's own fingerprint of the loaded weights), and which cannot, with the reason.
# tests/cli/test_bad_input.py walks the schema: a new field must be added to one of the two.
ANSWER_SETTINGS: dict[str, tuple[str, ...]] = {
    "model": (
        "backend",
        "path",
        "gguf_file",
        "revision",
        "tokenizer",
        "dtype",
        "quantization",
        "chat_template",
        "system_prompt",
        "trust_remote_code",
        "max_length",
        "random_init",
        "seed",
        "options",
    ),
    "hardware": ("device",),
}
NOT_ANSWER_SETTINGS: dict[str, str] = {
    "model.name": "a label: it names the results folder",
    "model.description": "documentation",
    "model.allow_pickle": "decides whether a file may be loaded at all, not what the loaded model answers",
    "hardware.name": "a label for the preset",
    "hardware.threads": "CPU threads change speed; the kernels' results are the same (checked in tests/models/test_engine.py)",
    "hardware.batch_size": "batches give the answers of one-by-one requests (tests/models/test_engine.py)",
    "hardware.generate_rows": "the same: it only lets a generate batch hold more requests",
}


def answer_settings(cfg: Any) -> dict[str, Any]:
    """The values of :data:`ANSWER_SETTINGS` in a run's config, as plain JSON-able data."""
    from omegaconf import OmegaConf

    out: dict[str, Any] = {}
    for section, names in ANSWER_SETTINGS.items():
        node = cfg[section]
        for name in names:
            value = node.get(name) if hasattr(node, "get") else getattr(node, name, None)
            if OmegaConf.is_config(value):
                value = OmegaConf.to_container(value, resolve=True)
            out[f"{section}.{name}"] = getattr(value, "value", value)
    return out


def register() -> None:
    """Make the schema known to Hydra as ``run_schema`` (used by conf/config.yaml), and the
    ``slug`` resolver the run folder's name goes through."""
    from omegaconf import OmegaConf

    ConfigStore.instance().store(name="run_schema", node=RunConfig)
    if not OmegaConf.has_resolver("slug"):
        OmegaConf.register_new_resolver("slug", slug)


def slug(name: Any) -> str:
    """A name made safe as one folder name: anything but letters, digits, ``.``, ``_`` and ``-``
    becomes ``_``, and leading/trailing dots go, so ``../../x`` cannot leave the results folder."""
    text = re.sub(r"[^A-Za-z0-9._-]+", "_", str(name)).strip("._-")
    if not text:
        raise SlmtrustError(f"model.name {str(name)!r} has no letter or digit to name its results folder by")
    return text


def run_folder(paths: Any, model_name: Any) -> Path:
    """``<paths.results>/<slug(model.name)>``: where a model's runs go (the timestamped folder inside)."""
    return results_dir(paths) / slug(model_name)


def results_dir(paths: Any) -> Path:
    text = str(paths.results or "").strip()
    if not text:
        raise SlmtrustError("paths.results is empty; give the folder runs are written to (default: results)")
    return Path(text).expanduser()


def writable_folder(path: Path, what: str) -> None:
    """Create ``path`` if needed and check it can be written to; one line naming it otherwise."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise SlmtrustError(f"{what} {path} is a file, not a folder") from None
    except OSError as exc:
        raise SlmtrustError(f"{what} {path} cannot be created: {exc.strerror or exc}") from None
    if not path.is_dir():
        raise SlmtrustError(f"{what} {path} is not a folder")
    if not os.access(path, os.W_OK | os.X_OK):
        raise SlmtrustError(f"{what} {path} is not writable")


def check(cfg: Any) -> None:
    """What the schema's types admit but a run cannot use, as one line naming the field; run
    before any folder, model or job is created."""
    hw, prof = cfg.hardware, cfg.profile
    if int(hw.batch_size) < 1:
        raise SlmtrustError(f"hardware.batch_size={hw.batch_size}: must be at least 1")
    if int(hw.generate_rows) < 1:
        raise SlmtrustError(f"hardware.generate_rows={hw.generate_rows}: must be at least 1")
    if hw.threads is not None and int(hw.threads) < 1:
        raise SlmtrustError(f"hardware.threads={hw.threads}: must be at least 1 or null (all cores)")
    known = sorted(p.stem for p in (CONF_DIR / "suite").glob("*.yaml") if p.stem != "all") + list(cfg.suites)
    for name, preset in (prof.suite_options or {}).items():
        if name not in known:
            raise SlmtrustError(f"profile.suite_options.{name}: no such suite; valid: {', '.join(sorted(set(known)))}")
        if not hasattr(preset, "items"):
            raise SlmtrustError(f"profile.suite_options.{name}: must be a mapping of option: value")
    if prof.max_items is not None and int(prof.max_items) < 1:
        raise SlmtrustError(
            f"profile.max_items={prof.max_items}: must be at least 1, or null for every item (e.g. profile.max_items=5)"
        )
    if int(prof.bootstrap_resamples) < MIN_RESAMPLES:
        raise SlmtrustError(
            f"profile.bootstrap_resamples={prof.bootstrap_resamples}: must be at least {MIN_RESAMPLES} "
            "(a 95% percentile interval needs them; 1000 is the default)"
        )
    if not 0.0 <= float(cfg.max_error_share) < 1.0:
        raise SlmtrustError(f"max_error_share={cfg.max_error_share}: must be in [0, 1)")
    if int(prof.samples) < 1:
        raise SlmtrustError(f"profile.samples={prof.samples}: must be at least 1")
    if cfg.model.max_length is not None and int(cfg.model.max_length) < 16:
        raise SlmtrustError(f"model.max_length={cfg.model.max_length}: must be at least 16 tokens, or null")
    run_folder(cfg.paths, cfg.model.name)  # raises on an empty results path or an unusable model name
    writable_folder(results_dir(cfg.paths), "paths.results")
    writable_folder(cache_dir(cfg.paths), "paths.cache")
    if cfg.paths.suites and not suites_dir(cfg.paths).is_dir():
        raise SlmtrustError(f"paths.suites {suites_dir(cfg.paths)} is not a folder")


MIN_RESAMPLES = 100


def suites_dir(paths: PathsConfig | Any) -> Path:
    return Path(paths.suites).expanduser() if paths.suites else REPO_ROOT / "suites"


def cache_dir(paths: PathsConfig | Any) -> Path:
    text = str(paths.cache or "").strip()
    if not text:
        raise SlmtrustError("paths.cache is empty; give a folder for the response cache (default ~/.cache/slmtrust)")
    return Path(text).expanduser()
