"""The run folder, ``results/<model>/<run>/``: its files, and the only code that reads or writes them.

A run record may come from someone else's machine or a half-finished job, so every read checks
what it reads: a missing file, a foreign or unsupported schema version, a line that is not a
complete row are each one :class:`RecordError` naming the file (and line). Writes go through a
temporary file and a rename (``record.atomic_write_text``), so a crash never leaves half a file.

| file | holds |
|---|---|
| ``config.yaml`` | the resolved configuration (what ``reproduce`` re-runs) |
| ``manifest.json`` | versions, machine, git commit, timings, engine counts, merged parts |
| ``scorecard.json`` | the comparable summary (docs/scorecard.schema.json) |
| ``suites.json`` | each suite's summary with its bootstrap replicates (what ``merge`` rebuilds from) |
| ``items.jsonl`` | every request, response and per-item verdict |
| ``item_scores.jsonl`` | one row an item: the value it added to its dimension's score |
| ``efficiency.json`` | the efficiency block of a ``bench`` record (no suites) |
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from ..util.errors import SlmtrustError
from ..util.record import atomic_write_text, dumps, write_json, write_jsonl
from .results import ItemScore

CONFIG = "config.yaml"
MANIFEST = "manifest.json"
SCORECARD = "scorecard.json"
SUITES = "suites.json"
ITEMS = "items.jsonl"
ITEM_SCORES = "item_scores.jsonl"
EFFICIENCY = "efficiency.json"
RUN_FILES = (CONFIG, MANIFEST, SCORECARD, SUITES, ITEMS, ITEM_SCORES)  # what a finished run writes

SCHEMA_VERSION = "2"  # 2: per-dimension status and capability; overall null unless every dimension is scored
SUPPORTED_SCHEMAS = ("1", "2")  # what readers accept; 1: before per-dimension status and capability
STATUSES = ("scored", "not_measurable", "insufficient_items")
ITEM_FIELDS = ("suite", "part", "item_id")
ITEM_SCORE_FIELDS = ("dimension", "suite", "part", "item_id", "value")


class RecordError(SlmtrustError):
    """A run folder that cannot be used as it is: one line naming the file and what is wrong."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = Path(path)
        self.problem = problem


def check_card(card: Any) -> str | None:
    """What makes a parsed ``scorecard.json`` unusable, as one line, or None: the fields every
    reader (leaderboard, merge, reproduce) relies on, with their types. A file someone edited or
    a run that broke half-way is then skipped with this reason instead of failing a whole build."""
    if not isinstance(card, dict) or "schema_version" not in card:
        return "not an slmtrust scorecard (no schema_version)"
    if str(card["schema_version"]) not in SUPPORTED_SCHEMAS:
        return f"schema_version {card['schema_version']!r} not supported (valid: {', '.join(SUPPORTED_SCHEMAS)})"
    missing = [k for k in ("model", "comparability_key", "overall", "dimensions") if k not in card]
    if missing:
        return f"missing field(s) {', '.join(missing)}"
    for key in ("model", "overall", "dimensions"):
        if not isinstance(card[key], dict):
            return f"field '{key}' must be an object, got {type(card[key]).__name__}"
    if not isinstance(card["comparability_key"], str):
        return "field 'comparability_key' must be a string"
    blocks = {"overall": card["overall"], **{f"dimensions.{d}": b for d, b in card["dimensions"].items()}}
    for where, block in blocks.items():
        if not isinstance(block, dict):
            return f"'{where}' must be an object, got {type(block).__name__}"
        for key in ("score", "partial_score"):
            if not _number_or_null(block.get(key)):
                return f"'{where}.{key}' must be a number or null, got {block.get(key)!r}"
        ci = block.get("ci")
        if ci is not None and not (isinstance(ci, list) and len(ci) == 2 and all(_number_or_null(x) for x in ci)):
            return f"'{where}.ci' must be null or [low, high], got {ci!r}"
        if where != "overall":
            if block.get("status", "scored") not in STATUSES:
                return f"'{where}.status' must be one of {', '.join(STATUSES)}, got {block.get('status')!r}"
            if not isinstance(block.get("metrics", {}), dict):
                return f"'{where}.metrics' must be an object"
    if card.get("status", "complete") not in ("complete", "failed"):
        return f"'status' must be complete or failed, got {card.get('status')!r}"
    return None


def _number_or_null(x: Any) -> bool:
    return x is None or (isinstance(x, int | float) and not isinstance(x, bool) and bool(np.isfinite(x)))


def read_scorecard(path: Path) -> dict[str, Any]:
    """A ``scorecard.json`` (inside a run folder or given on its own), checked."""
    card = _read_json(Path(path))
    problem = check_card(card)
    if problem:
        raise RecordError(path, problem)
    return card


def _read_json(path: Path) -> Any:
    if not path.is_file():
        raise RecordError(path, "no such file")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise RecordError(path, f"not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise RecordError(path, f"not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except OSError as exc:
        raise RecordError(path, f"unreadable ({exc.strerror or type(exc).__name__})") from None


def _json_object(path: Path) -> dict[str, Any]:
    data = _read_json(path)
    if not isinstance(data, dict):
        raise RecordError(path, f"expected a JSON object, got {type(data).__name__}")
    return data


def _rows(path: Path, fields: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """The rows of a JSONL file of the record, each checked to be an object with ``fields``."""
    if not path.is_file():
        raise RecordError(path, "no such file")
    with open(path, encoding="utf-8", errors="strict") as handle:
        lineno = 0
        try:
            for lineno, line in enumerate(handle, 1):  # noqa: B007 - read in the error below
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise RecordError(path, f"line {lineno}: not valid JSON ({exc.msg})") from None
                if not isinstance(row, dict):
                    raise RecordError(path, f"line {lineno}: expected a JSON object, got {type(row).__name__}")
                missing = [f for f in fields if f not in row]
                if missing:
                    raise RecordError(path, f"line {lineno}: missing field(s) {', '.join(missing)}")
                yield row
        except UnicodeDecodeError as exc:
            raise RecordError(path, f"line {lineno + 1}: not UTF-8 text (byte {exc.start})") from None


@dataclass(frozen=True)
class RunRecord:
    """One run folder. ``load`` checks the files a caller needs before it uses any of them; each
    reader below checks its file again when called on a record that was not loaded with it."""

    run_dir: Path

    @classmethod
    def load(cls, run_dir: Path | str, need: Iterable[str] = RUN_FILES) -> RunRecord:
        """The record at ``run_dir`` with the files in ``need`` present and valid, read whole."""
        rec = cls(Path(run_dir))
        if not rec.run_dir.is_dir():
            raise RecordError(rec.run_dir, "no such run folder")
        need = tuple(need)
        for name in need:
            if not rec.has(name):
                hint = " (written by slmtrust before runs could be merged; run it again)" if name == SUITES else ""
                raise RecordError(rec.run_dir, f"not a complete run record, missing {name}{hint}")
        for name in need:
            rec.check(name)
        return rec

    def path(self, name: str) -> Path:
        return self.run_dir / name

    def has(self, name: str) -> bool:
        return self.path(name).is_file()

    def check(self, name: str) -> None:
        """Read one file whole and check it; a problem is a RecordError."""
        readers = {
            CONFIG: lambda: self.config,
            MANIFEST: lambda: self.manifest,
            SCORECARD: lambda: self.scorecard,
            SUITES: lambda: self.suites,
            ITEMS: lambda: sum(1 for _ in self.items()),
            ITEM_SCORES: lambda: self.item_scores,
            EFFICIENCY: lambda: self.efficiency,
        }
        if name not in readers:
            raise RecordError(self.path(name), f"not a file of a run record (valid: {', '.join(readers)})")
        readers[name]()

    # ------------------------------------------------------------------ readers
    @cached_property
    def config(self) -> dict[str, Any]:
        """``config.yaml`` as written (interpolations left unresolved)."""
        from omegaconf import OmegaConf

        path = self.path(CONFIG)
        if not path.is_file():
            raise RecordError(path, "no such file")
        try:
            data = OmegaConf.to_container(OmegaConf.load(path), resolve=False)
        except Exception as exc:  # noqa: BLE001 - any parse failure is the file's fault
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            raise RecordError(path, f"not a readable YAML mapping ({type(exc).__name__}: {first})") from None
        if not isinstance(data, dict):
            raise RecordError(path, f"expected a YAML mapping, got {type(data).__name__}")
        return data

    @cached_property
    def manifest(self) -> dict[str, Any]:
        return _json_object(self.path(MANIFEST))

    @cached_property
    def scorecard(self) -> dict[str, Any]:
        return read_scorecard(self.path(SCORECARD))

    @cached_property
    def suites(self) -> list[dict[str, Any]]:
        """The suites' summaries of ``suites.json``; only the current schema version is read,
        because merge rebuilds a scorecard from them under today's definitions."""
        path = self.path(SUITES)
        data = _json_object(path)
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            raise RecordError(path, f"schema_version {version!r}, this slmtrust reads {SCHEMA_VERSION!r}")
        suites = data.get("suites")
        if not isinstance(suites, list) or not all(isinstance(s, dict) for s in suites):
            raise RecordError(path, "'suites' must be a list of objects")
        return suites

    def items(self) -> Iterator[dict[str, Any]]:
        """The rows of ``items.jsonl``, one at a time (a full run's file runs to tens of MB)."""
        return _rows(self.path(ITEMS), ITEM_FIELDS)

    @cached_property
    def item_scores(self) -> dict[str, dict[tuple[str, str, str], float]]:
        """``{dimension: {(suite, part, item_id): value}}`` of ``item_scores.jsonl``."""
        out: dict[str, dict[tuple[str, str, str], float]] = {}
        for row in self.item_score_rows():
            out.setdefault(row.dimension, {})[(row.suite, row.part, row.item_id)] = row.value
        return out

    def item_score_rows(self) -> Iterator[ItemScore]:
        """The rows of ``item_scores.jsonl`` in file order, each checked."""
        path = self.path(ITEM_SCORES)
        for row in _rows(path, ITEM_SCORE_FIELDS):
            value = row["value"]
            if value is None or not _number_or_null(value):
                raise RecordError(path, f"item {row['item_id']!r}: 'value' must be a number, got {value!r}")
            yield ItemScore(
                str(row["dimension"]), str(row["suite"]), str(row["part"]), str(row["item_id"]), float(value)
            )

    @cached_property
    def efficiency(self) -> dict[str, Any]:
        """The efficiency block of a ``bench`` record (``efficiency.json``)."""
        path = self.path(EFFICIENCY)
        block = _json_object(path)
        missing = [k for k in ("model", "throughput_tokens_per_s") if k not in block]
        if missing:
            raise RecordError(path, f"missing field(s) {', '.join(missing)}")
        return block

    # ------------------------------------------------------------------ writers
    def write_config(self, yaml_text: str) -> None:
        atomic_write_text(self.path(CONFIG), yaml_text)

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        write_json(self.path(MANIFEST), manifest)

    def write_scorecard(self, card: dict[str, Any]) -> None:
        problem = check_card(card)
        if problem:  # a bug, not the user's input: no reader would accept the file
            raise ValueError(f"refusing to write an invalid scorecard: {problem}")
        write_json(self.path(SCORECARD), card)

    def write_suites(self, summaries: list[dict[str, Any]]) -> None:
        atomic_write_text(
            self.path(SUITES), dumps({"schema_version": SCHEMA_VERSION, "suites": list(summaries)}) + "\n"
        )

    def write_items(self, rows: Iterable[dict[str, Any]]) -> None:
        write_jsonl(self.path(ITEMS), rows)

    def write_item_scores(self, rows: Iterable[ItemScore]) -> None:
        write_jsonl(self.path(ITEM_SCORES), (row.to_dict() for row in rows))

    def write_efficiency(self, block: dict[str, Any]) -> None:
        write_json(self.path(EFFICIENCY), block)

    def write_raw(self, name: str, text: str) -> None:
        """A file copied or filtered from another record as it was (export, merge)."""
        atomic_write_text(self.path(name), text)
