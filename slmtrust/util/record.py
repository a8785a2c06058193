"""The run record: everything needed to check or repeat a run, written atomically.

``results/<model>/<timestamp>/`` holds ``config.yaml`` (resolved), ``manifest.json``
(versions, machine, model fingerprint, suite hashes, seeds), ``items.jsonl`` (every
request, response and per-item score) and ``scorecard.json``.
"""

from __future__ import annotations

import json
import math
import os
import platform
import secrets
import subprocess
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

from .. import REPO_ROOT, __version__

PACKAGES = (
    "torch",
    "transformers",
    "tokenizers",
    "gguf",
    "accelerate",
    "hydra-core",
    "omegaconf",
    "numpy",
    "scipy",
    "pandas",
    "scikit-learn",
    "safetensors",
)


def staging_name(path: Path) -> Path:
    """A fresh hidden name next to ``path`` to write into before renaming onto it. Created with
    ``os.open``/``mkdir`` rather than ``tempfile``, so the umask gives the usual modes (tempfile's
    are private, 0600/0700, and records are meant to be read by others too)."""
    return path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"


def atomic_write_text(path: Path, text: str) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = staging_name(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def finite(data: Any) -> Any:
    """``data`` with every NaN or infinity replaced by None: JSON has no such numbers, and a
    file that holds them (``"score": NaN``) is unreadable to strict parsers."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {k: finite(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [finite(v) for v in data]
    if hasattr(data, "dtype") and getattr(data, "shape", None) == ():  # numpy scalars
        return finite(data.item())
    return data


def dumps(data: Any, indent: int | None = None) -> str:
    return json.dumps(finite(data), indent=indent, ensure_ascii=False, default=str, allow_nan=False)


def write_json(path: Path, data: Any) -> None:
    atomic_write_text(path, dumps(data, indent=2) + "\n")


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    atomic_write_text(path, "".join(dumps(r) + "\n" for r in rows))


def git_revision() -> dict[str, Any]:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO_ROOT, capture_output=True, text=True, timeout=10).stdout.strip()

    try:
        sha = git("rev-parse", "HEAD")
        dirty = bool(git("status", "--porcelain", "--untracked-files=no"))
    except (OSError, subprocess.SubprocessError):
        return {"sha": None, "dirty": None}
    return {"sha": sha or None, "dirty": dirty if sha else None}


def package_versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def hardware() -> dict[str, Any]:
    info: dict[str, Any] = {"cpu": cpu_name(), "cores": os.cpu_count(), "machine": platform.machine()}
    try:
        import psutil

        info["memory_gb"] = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        pass
    torch = sys.modules.get("torch")
    if torch is not None and torch.cuda.is_available():
        info["gpu"] = torch.cuda.get_device_name(0)
        info["cuda"] = torch.version.cuda
    return info


def manifest(model: dict[str, Any], suites: list[dict[str, Any]], extra: dict[str, Any]) -> dict[str, Any]:
    return {
        "slmtrust_version": __version__,
        "git": git_revision(),
        "python": sys.version.split()[0],
        "os": platform.platform(),
        "hardware": hardware(),
        "packages": package_versions(),
        "command": sys.argv,
        "model": model,
        "suites": suites,
        **extra,
    }
