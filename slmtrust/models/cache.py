"""On-disk response cache: SQLite in WAL mode, one row per (model, request).

Every batch is committed as soon as the backend answers it, so a run killed at
any moment (SIGKILL included) loses at most the batch in flight and a re-run
resumes from there. WAL mode lets several processes (Hydra multirun jobs) share
one file safely.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..api.types import Response
from ..util.errors import SlmtrustError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    response TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS file_hashes (
    path TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha256 TEXT NOT NULL,
    PRIMARY KEY (path, size, mtime_ns)
);
"""


def _open(path: Path, patience_s: float = 60.0) -> sqlite3.Connection:
    """Connect, switch to WAL and create the tables. Two processes opening a new cache at once
    (a multirun's jobs) can get "database is locked" from the journal-mode switch without
    SQLite's busy handler ever waiting, so the set-up is retried for up to ``patience_s``."""
    deadline = time.monotonic() + patience_s
    while True:
        db = sqlite3.connect(path, timeout=patience_s, isolation_level=None)  # timeout: SQLite's busy wait
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            return db
        except sqlite3.OperationalError as exc:
            db.close()
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(random.uniform(0.01, 0.1))


class ResponseCache:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = _open(self.path)
            self._db.execute("SELECT COUNT(*) FROM responses LIMIT 1").fetchone()
        except sqlite3.DatabaseError as exc:
            raise SlmtrustError(
                f"{self.path}: not a readable response cache ({exc}); move it away, "
                "or set paths.cache=<another folder> or use_cache=false"
            ) from None

    def get_many(self, keys: Sequence[str]) -> dict[str, Response]:
        found: dict[str, Response] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT key, response FROM responses WHERE key IN ({marks})", chunk)
            for key, text in rows:
                found[key] = Response.from_dict(json.loads(text))
        return found

    def put_many(self, model: str, items: Iterable[tuple[str, Response]]) -> None:
        now = time.time()
        rows = [(k, model, json.dumps(r.to_dict(), ensure_ascii=False), now) for k, r in items if r.error is None]
        with self._db:  # one transaction: the whole batch lands or none of it
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?)", rows)

    def count(self, model: str | None = None) -> int:
        if model is None:
            return self._db.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
        return self._db.execute("SELECT COUNT(*) FROM responses WHERE model = ?", (model,)).fetchone()[0]

    def file_sha256(self, path: Path) -> str:
        """sha256 of a (large) weights file, memoised on (path, size, mtime)."""
        from ..util.datasheet import file_sha256

        stat = path.stat()
        key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
        row = self._db.execute(
            "SELECT sha256 FROM file_hashes WHERE path = ? AND size = ? AND mtime_ns = ?", key
        ).fetchone()
        if row:
            return row[0]
        sha = file_sha256(path)
        self._db.execute("INSERT OR REPLACE INTO file_hashes VALUES (?, ?, ?, ?)", (*key, sha))
        return sha

    def close(self) -> None:
        self._db.close()
