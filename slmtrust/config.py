"""Structured-config schemas for Hydra.

``conf/config.yaml`` composes onto :class:`RunConfig`, so a misspelt key or a value
outside an enum fails at compose time, before any model is loaded. Each suite's
own knobs live in its ``options`` mapping (validated by the suite itself).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any  # noqa: UP035 - OmegaConf needs typing generics

from hydra.core.config_store import ConfigStore
from omegaconf import MISSING

REPO_ROOT = Path(__file__).resolve().parents[1]
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


@dataclass
class ProfileConfig:
    """How much of each suite to run. ``max_items`` caps every part of every suite
    (a seeded sample, the same for every model); null runs everything."""

    name: str = "quick"
    max_items: int | None = None
    bootstrap_resamples: int = 1000
    samples: int = 5


@dataclass
class EfficiencyConfig:
    """What the efficiency benchmark measures (DESIGN §6; slmtrust/efficiency). ``enabled=false``
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


def register() -> None:
    """Make the schema known to Hydra as ``run_schema`` (used by conf/config.yaml)."""
    ConfigStore.instance().store(name="run_schema", node=RunConfig)


def suites_dir(paths: PathsConfig | Any) -> Path:
    return Path(paths.suites).expanduser() if paths.suites else REPO_ROOT / "suites"


def cache_dir(paths: PathsConfig | Any) -> Path:
    return Path(paths.cache).expanduser()
