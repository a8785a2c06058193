"""The machine a model runs on: what it is (CPU, flags, GPU, torch build), how fast it moves
memory (a STREAM-like probe), how much energy it used (RAPL / NVML) and peak memory."""

from __future__ import annotations

import os
import platform
import resource
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import torch

from ..util.record import cpu_name
from .figures import figure

POWERCAP = Path("/sys/class/powercap")
INTERESTING_FLAGS = ("avx", "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512_vnni", "avx512_bf16", "amx")


def cpu_flags() -> list[str]:
    """The SIMD/matrix flags that decide CPU kernel speed (AVX2, AVX-512, AMX...)."""
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return []
    for line in text.splitlines():
        if line.startswith("flags"):
            flags = line.split(":", 1)[1].split()
            return sorted(f for f in flags if f in INTERESTING_FLAGS or f.startswith(("avx512", "amx")))
    return []


def gpu_description() -> dict[str, Any] | None:
    if not torch.cuda.is_available():
        return None
    props = torch.cuda.get_device_properties(0)
    info: dict[str, Any] = {
        "name": props.name,
        "memory_gb": round(props.total_memory / 2**30, 1),
        "capability": f"{props.major}.{props.minor}",
        "cuda_runtime": torch.version.cuda,
        "driver": None,
    }
    if shutil.which("nvidia-smi"):
        try:
            out = subprocess.run(
                ["nvidia-smi", "--query-gpu=driver_version", "--format=csv,noheader"],
                capture_output=True,
                text=True,
                timeout=10,
            )
            info["driver"] = out.stdout.strip().splitlines()[0] if out.stdout.strip() else None
        except (OSError, subprocess.SubprocessError):
            pass
    return info


def describe(device: str) -> dict[str, Any]:
    """CPU model and flags, cores and torch threads, torch build, GPU name and driver."""
    mem_gb = None
    try:
        import psutil

        mem_gb = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        pass
    return {
        "device": device,
        "cpu": cpu_name(),
        "cpu_flags": cpu_flags(),
        "cpu_capability": torch.backends.cpu.get_cpu_capability(),
        "cores": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "memory_gb": mem_gb,
        "machine": platform.machine(),
        "torch": torch.__version__,
        "torch_cuda": torch.version.cuda,
        "mkldnn": torch.backends.mkldnn.is_available(),
        "gpu": gpu_description(),
    }


def _sync(device: str) -> None:
    if device.startswith("cuda"):
        torch.cuda.synchronize()


def memory_bandwidth(device: str, size_mb: int, repeats: int, warmup: int = 1) -> dict[str, Any]:
    """STREAM-like probe on ``size_mb`` of float32 (far larger than the caches): ``copy``
    (b <- a, counts read + write bytes) and ``read`` (sum of a, counts read bytes), in GB/s
    (1e9 bytes). Runs through torch so it uses the same threads as the model."""
    n = max(1, size_mb * 2**20 // 4)
    a = torch.rand(n, device=device)
    b = torch.empty_like(a)
    nbytes = a.numel() * a.element_size()
    copy, read = [], []
    for i in range(warmup + repeats):
        _sync(device)
        t0 = time.perf_counter()
        b.copy_(a)
        _sync(device)
        t1 = time.perf_counter()
        a.sum().item()
        t2 = time.perf_counter()
        if i >= warmup:
            copy.append(2 * nbytes / (t1 - t0) / 1e9)
            read.append(nbytes / (t2 - t1) / 1e9)
    del a, b
    return {"copy": figure(copy, "GB/s"), "read": figure(read, "GB/s"), "size_mb": size_mb}


class EnergyMeter:
    """Cumulative energy in joules from a hardware counter: NVML on CUDA, RAPL on CPU.
    ``source`` names the counter; when none is readable, ``reason`` says why."""

    def __init__(self, device: str):
        self.source: str | None = None
        self.reason = ""
        self._zones: list[tuple[Path, float]] = []
        self._last: list[float] = []
        self._total = 0.0
        self._nvml = None
        if device.startswith("cuda"):
            self._open_nvml()
        else:
            self._open_rapl()

    def _open_nvml(self) -> None:
        try:
            import pynvml

            pynvml.nvmlInit()
            handle = pynvml.nvmlDeviceGetHandleByIndex(torch.cuda.current_device())
            pynvml.nvmlDeviceGetTotalEnergyConsumption(handle)
            self._nvml = (pynvml, handle)
            self.source = "nvml total energy counter (GPU board only, measured)"
        except ImportError:
            self.reason = "NVML is not available (pip package nvidia-ml-py not installed)"
        except Exception as exc:  # noqa: BLE001 - NVML raises its own error types
            self.reason = f"NVML energy counter not readable ({exc})"

    def _open_rapl(self) -> None:
        if not POWERCAP.is_dir():
            self.reason = f"no RAPL: {POWERCAP} does not exist on this machine (VM or container without powercap)"
            return
        zones = sorted(p for p in POWERCAP.glob("*rapl:*") if p.name.count(":") == 1)
        if not zones:
            self.reason = f"no RAPL package zones under {POWERCAP}"
            return
        try:
            for zone in zones:
                limit = float((zone / "max_energy_range_uj").read_text())
                self._zones.append((zone / "energy_uj", limit))
            self._last = [float(p.read_text()) for p, _ in self._zones]
        except OSError as exc:
            self._zones = []
            self.reason = f"RAPL counters under {POWERCAP} are not readable ({exc.strerror}; usually root only)"
            return
        self.source = f"RAPL package counters ({len(self._zones)} zone(s), whole CPU package incl. other processes)"

    def read(self) -> float | None:
        """A cumulative joule count to take differences of (NVML: the board's own counter; RAPL:
        since the meter was created); None when there is no counter."""
        if self._nvml is not None:
            pynvml, handle = self._nvml
            return pynvml.nvmlDeviceGetTotalEnergyConsumption(handle) / 1000.0
        if not self._zones:
            return None
        for i, (path, limit) in enumerate(self._zones):
            now = float(path.read_text())
            step = now - self._last[i]
            self._total += (step + limit if step < 0 else step) / 1e6  # the counter wraps at max_energy_range_uj
            self._last[i] = now
        return self._total


def reset_peak_memory(device: str) -> None:
    if device.startswith("cuda"):
        torch.cuda.reset_peak_memory_stats()


def peak_memory(device: str) -> dict[str, Any]:
    """Process peak RSS (the lifetime high-water mark, Linux ru_maxrss in KiB) and, on CUDA,
    torch's peak allocated and reserved memory since the last reset."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    out: dict[str, Any] = {
        "peak_rss_bytes": int(rss),
        "cuda_max_allocated_bytes": None,
        "cuda_max_reserved_bytes": None,
    }
    if device.startswith("cuda"):
        out["cuda_max_allocated_bytes"] = int(torch.cuda.max_memory_allocated())
        out["cuda_max_reserved_bytes"] = int(torch.cuda.max_memory_reserved())
    return out
