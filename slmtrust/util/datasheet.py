"""Suite datasheets: who wrote the items, under what licence, and the hashes that pin them.

Every folder under ``suites/`` holds its items as JSONL plus ``datasheet.yaml``.
The datasheet's ``files`` block (items per file and sha256) and the folder's
``sha256`` are written by :func:`refresh`, never by hand, and checked by
:func:`verify` in the tests, so a scorecard's suite hash always names the exact
bytes that were evaluated.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import yaml

DATASHEET = "datasheet.yaml"
REQUIRED_FIELDS = ("name", "version", "licence", "description", "sources", "generator")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def data_files(folder: Path) -> list[Path]:
    """The item files of a suite folder: every ``*.jsonl`` and ``*.txt`` below it, sorted."""
    files = [p for p in folder.rglob("*") if p.is_file() and p.suffix in {".jsonl", ".txt"}]
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def count_lines(path: Path) -> int:
    """Non-blank lines, counted on the bytes (a file that is not UTF-8 is reported by its reader)."""
    with open(path, "rb") as handle:
        return sum(1 for line in handle if line.strip())


def folder_hashes(folder: Path) -> tuple[dict[str, dict], str]:
    """Per-file ``{items, sha256}`` and one hash over all of them (name + file hash, in order)."""
    files: dict[str, dict] = {}
    total = hashlib.sha256()
    for path in data_files(folder):
        rel = path.relative_to(folder).as_posix()
        sha = file_sha256(path)
        files[rel] = {"items": count_lines(path), "sha256": sha}
        total.update(f"{rel}\0{sha}\n".encode())
    return files, total.hexdigest()


def load(folder: Path) -> dict:
    path = Path(folder) / DATASHEET
    if not path.is_file():
        raise FileNotFoundError(f"{path}: missing datasheet (every suite folder needs {DATASHEET})")
    with open(path, encoding="utf-8") as handle:
        sheet = yaml.safe_load(handle) or {}
    missing = [f for f in REQUIRED_FIELDS if f not in sheet]
    if missing:
        raise ValueError(f"{path}: missing field(s) {', '.join(missing)}")
    return sheet


def refresh(folder: str | Path, counts: dict | None = None) -> dict:
    """Rewrite the ``files`` and ``sha256`` fields of a folder's datasheet from the bytes on disk.

    A suite's build script passes the ``counts`` it tallied while generating the items, so
    the datasheet's counts and hashes are written together, atomically, in one place.
    """
    folder = Path(folder)
    sheet = load(folder)
    if counts is not None:
        sheet["counts"] = counts
    sheet["files"], sheet["sha256"] = folder_hashes(folder)
    tmp = folder / (DATASHEET + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        yaml.safe_dump(sheet, handle, sort_keys=False, allow_unicode=True, width=100)
    tmp.replace(folder / DATASHEET)
    return sheet


def verify(folder: str | Path) -> list[str]:
    """Problems with a folder's datasheet: stale hashes, wrong counts, unlisted files."""
    folder = Path(folder)
    sheet = load(folder)
    files, total = folder_hashes(folder)
    problems = []
    recorded = sheet.get("files") or {}
    for name in sorted(set(files) | set(recorded)):
        if name not in recorded:
            problems.append(f"{folder / name}: not listed in {DATASHEET}")
        elif name not in files:
            problems.append(f"{folder / name}: listed in {DATASHEET} but missing")
        elif recorded[name] != files[name]:
            problems.append(f"{folder / name}: hash or item count differs from {DATASHEET}")
    if sheet.get("sha256") != total:
        problems.append(f"{folder / DATASHEET}: folder sha256 is stale")
    return problems


def main(argv: list[str] | None = None) -> int:
    """``python -m slmtrust.util.datasheet FOLDER...``: refresh the hashes of each suite folder."""
    for folder in argv if argv is not None else sys.argv[1:]:
        sheet = refresh(folder)
        print(f"{folder}: {sum(f['items'] for f in sheet['files'].values())} items, sha256 {sheet['sha256'][:12]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
