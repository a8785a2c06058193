"""What every ``suites/<name>/build.py`` shares: finding its folder (and making the checkout, this
folder and its own generator modules importable without an install) and the ending that writes
the tables, refreshes the datasheet's counts and hashes together, and says what was written.

A build starts with::

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "_common"))
    from buildkit import folder, publish  # noqa: E402

    HERE = folder(__file__)
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def folder(build_file: str) -> Path:
    """The data folder of a ``build.py``, with the checkout, ``suites/_common`` and that folder
    on ``sys.path`` (the folder first, so its ``_generator`` modules win)."""
    here = Path(build_file).resolve().parent
    for path in (ROOT, ROOT / "suites" / "_common", here):
        if str(path) in sys.path:
            sys.path.remove(str(path))
        sys.path.insert(0, str(path))
    return here


def publish(here: Path, tables: dict[str, Iterable[dict[str, Any]]], counts: dict | None = None) -> dict:
    """Write each table as ``<name>.jsonl``, refresh the datasheet (``counts`` where given) and
    print one line: rows written, files in the folder, the folder's sha256."""
    from slmtrust.util.datasheet import refresh
    from slmtrust.util.record import write_jsonl

    for name, rows in tables.items():
        write_jsonl(here / f"{name}.jsonl", rows)
    sheet = refresh(here, counts)
    rows = sum(f["items"] for f in sheet["files"].values())
    print(f"{here.name}: {rows} rows in {len(sheet['files'])} files, sha256 {sheet['sha256'][:12]}")
    return sheet
