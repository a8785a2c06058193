"""Public benchmark data through Hugging Face ``datasets``: from a local file or folder, or from
a hub id (the local datasets cache, or the network when there is one).

Whatever the source, the rows that a run uses are hashed (sha256 of their canonical JSON, in
order), so a scorecard pins the exact content it was computed on even when the hub revision
was left floating; the hub revision (when given) and the ``datasets`` fingerprint are kept too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..util.errors import SlmtrustError, first_line

# datasets' builder for each local file type
BUILDERS = {".jsonl": "json", ".json": "json", ".csv": "csv", ".parquet": "parquet", ".tsv": "csv"}


@dataclass(frozen=True)
class DataSpec:
    """Where one table comes from. ``path`` (local) wins over ``hub`` (a dataset id). Datasets with
    one file per config: ``path`` is their folder (see :func:`config_file`), or holds ``{config}``."""

    hub: str | None
    config: str | None = None
    split: str = "train"
    revision: str | None = None
    path: str | None = None
    data_files: str | None = None  # a file inside the hub repo (datasets that are plain files, e.g. jsonl)


@dataclass(frozen=True)
class DataIdentity:
    source: str  # the hub id, or "local" (the path is a run detail, not part of what makes results comparable)
    config: str | None
    split: str
    revision: str | None
    rows: int
    sha256: str  # of the rows' canonical JSON, in order
    fingerprint: str | None  # datasets' own fingerprint of the table

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def rows_sha256(rows: list[dict[str, Any]]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(json.dumps(row, sort_keys=True, ensure_ascii=False, default=str).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def config_file(folder: Path, config: str) -> Path | None:
    """The one data file in ``folder`` named for ``config``: ``<config>.<ext>``, ``*_<config>.<ext>``
    (e.g. sycophancy_on_nlp_survey.jsonl) or ``<config>_*.<ext>`` (e.g. HaluEval's qa_data.json)."""
    files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in BUILDERS]
    for match in (
        lambda s: s == config,
        lambda s: s.endswith("_" + config) or s.startswith(config + "_"),
    ):
        hits = [p for p in files if match(p.stem)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise SlmtrustError(f"{folder}: several files match config '{config}': {', '.join(p.name for p in hits)}")
    return None


def _local(path: Path, spec: DataSpec) -> Any:
    import datasets

    if path.is_dir() and spec.config and (found := config_file(path, spec.config)):
        path = found
    if path.is_dir() and ((path / "state.json").is_file() or (path / "dataset_dict.json").is_file()):
        table = datasets.load_from_disk(str(path))  # a save_to_disk folder (Dataset or DatasetDict)
        return table[spec.split] if isinstance(table, datasets.DatasetDict) else table
    if path.is_dir():  # a folder of data files; datasets infers the format and the splits from names
        return datasets.load_dataset(str(path), split=spec.split)
    builder = BUILDERS.get(path.suffix.lower())
    if builder is None:
        raise SlmtrustError(f"{path}: unsupported file type; valid: {', '.join(sorted(BUILDERS))} or a folder")
    kwargs = {"delimiter": "\t"} if path.suffix.lower() == ".tsv" else {}
    return datasets.load_dataset(builder, data_files=str(path), split="train", **kwargs)


def load_rows(spec: DataSpec, where: str) -> tuple[list[dict[str, Any]], DataIdentity]:
    """All rows of one split as plain dicts, and what identifies them. ``where`` names the config
    key to set (e.g. ``suites.truthfulqa.options``) in the one-line error when nothing is found."""
    how = (
        f"set {where}.path=<a local .jsonl/.json/.csv/.parquet file or a folder in the dataset's own schema> "
        f"or make {spec.hub or 'the hub id'} available in the Hugging Face datasets cache (see docs/ecosystem.md)"
    )
    try:
        if spec.path:
            path = Path(str(spec.path).format(config=spec.config or "")).expanduser()
            if not path.exists():
                raise SlmtrustError(f"{where}.path: {path} does not exist; {how}")
            table, source = _local(path, spec), "local"
        elif spec.hub:
            import datasets

            if spec.data_files:
                files = spec.data_files.format(config=spec.config or "")
                table = datasets.load_dataset(spec.hub, data_files=files, split=spec.split, revision=spec.revision)
            else:
                table = datasets.load_dataset(spec.hub, spec.config, split=spec.split, revision=spec.revision)
            source = spec.hub
        else:
            raise SlmtrustError(f"{where}: no dataset given; {how}")
    except SlmtrustError:
        raise
    except Exception as exc:  # noqa: BLE001 - datasets raises many types (offline, missing split, bad file)
        reason = first_line(exc)
        name = spec.path or spec.hub
        raise SlmtrustError(
            f"{where}: dataset {name} (config {spec.config}, split {spec.split}) not loaded: {reason}; {how}"
        ) from None
    rows = [dict(r) for r in table]
    ident = DataIdentity(
        source=source,
        config=spec.config,
        split=spec.split,
        revision=spec.revision,
        rows=len(rows),
        sha256=rows_sha256(rows),
        fingerprint=getattr(table, "_fingerprint", None),
    )
    return rows, ident
