"""The ``list`` command: what this checkout offers, read straight from ``conf/`` (no heavy imports)."""

from __future__ import annotations

from pathlib import Path

import yaml

from ..api.config import CONF_DIR


def _entries(group: str) -> list[tuple[str, dict]]:
    folder = CONF_DIR / group
    out = []
    for path in sorted(folder.rglob("*.yaml")) if folder.is_dir() else []:
        data = yaml.safe_load(path.read_text()) or {}
        out.append((path.relative_to(folder).with_suffix("").as_posix(), data))
    return out


def rows() -> dict[str, list[tuple[str, str]]]:
    def describe(data: dict, *keys: str) -> str:
        return " | ".join(str(data[k]) for k in keys if data.get(k))

    def suite(data: dict) -> dict:
        """A suite's own block: global-package files (those that also pick a scorer) hold it under suites.<name>."""
        inner = data.get("suites")
        return next(iter(inner.values())) if isinstance(inner, dict) and len(inner) == 1 else data

    sections: dict[str, list[tuple[str, str]]] = {
        "models (model=...)": [(n, describe(d, "description", "path")) for n, d in _entries("model")],
        "suites (suite=...)": [
            (
                n,
                describe(suite(d), "dimension", "description")
                or "all suites: " + ", ".join(x if isinstance(x, str) else str(x) for x in d.get("defaults", [])),
            )
            for n, d in _entries("suite")
        ],
        "scorers (scorer/<kind>=...)": [(n, describe(d, "description", "name")) for n, d in _entries("scorer")],
        "hardware (hardware=...)": [(n, describe(d, "device", "batch_size")) for n, d in _entries("hardware")],
        "profiles (profile=...)": [
            (n, f"max_items={d.get('max_items')}, samples={d.get('samples')}") for n, d in _entries("profile")
        ],
    }
    return sections


def list_command(args: list[str]) -> int:
    if args and args[0] in ("-h", "--help"):
        print("usage: python -m slmtrust list\n\nShows the models, suites, scorers, hardware and profiles in conf/.")
        return 0
    if args:
        from ..util.errors import SlmtrustError

        raise SlmtrustError(f"list takes no arguments, got {args[0]!r} (see python -m slmtrust list --help)")
    for title, entries in rows().items():
        print(title)
        if not entries:
            print("  (none)")
        width = max((len(n) for n, _ in entries), default=0)
        for name, text in entries:
            print(f"  {name.ljust(width)}  {text}")
        print()
    print(f"configs: {Path(CONF_DIR)}")
    return 0
