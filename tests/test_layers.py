"""The package's imports, read from the source: no module reaches itself through other modules
(imports inside functions count too: a lazy import is still a dependency)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "slmtrust"


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The slmtrust modules ``name`` imports, anywhere in its body."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            candidates = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                stem = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(stem + ([node.module] if node.module else []))
            candidates = [f"{base}.{a.name}" for a in node.names] + [base]
        else:
            continue
        for target in candidates:
            while target and target not in known:  # a name imported from a module -> that module
                target = target.rpartition(".")[0]
            if target and target != name:
                targets.add(target)
    return targets


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_in_the_package() -> None:
    known = modules()
    graph = {name: {t for t in imports(name, path, known) if t != "slmtrust"} for name, path in known.items()}
    assert graph["slmtrust.cli.leaderboard"] >= {
        "slmtrust.report.leaderboard",
        "slmtrust.report.leaderboard_html",
    }  # reads lazily too
    assert cycles(graph) == []


# From the bottom; a module belongs to the layer of its longest matching prefix (docs/design.md, Layers).
LAYERS = [
    ("foundations", ["slmtrust", "util"]),
    ("metrics", ["metrics"]),
    ("contract", ["api"]),
    ("models", ["models", "efficiency"]),
    ("scoring", ["scoring"]),
    ("suites", ["suites"]),
    ("runs", ["run"]),
    ("reports", ["report"]),
    ("commands", ["cli", "__main__"]),
]


def layer_of(module: str) -> int | None:
    best: tuple[int, int] | None = None
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            full = prefix if prefix == "slmtrust" else f"slmtrust.{prefix}"
            if (module == full or module.startswith(full + ".")) and (best is None or len(full) > best[1]):
                best = (index, len(full))
    return None if best is None else best[0]


def upward(graph: dict[str, set[str]]) -> list[str]:
    out = []
    for name, targets in sorted(graph.items()):
        for target in sorted(targets):
            if layer_of(target) > layer_of(name):
                out.append(f"{name} ({LAYERS[layer_of(name)][0]}) imports {target} ({LAYERS[layer_of(target)][0]})")
    return out


def test_every_module_has_a_layer_and_imports_only_downward() -> None:
    known = modules()
    assert [m for m in known if layer_of(m) is None] == []
    graph = {name: imports(name, path, known) for name, path in known.items()}
    assert upward(graph) == []


def test_the_layer_check_finds_an_upward_import() -> None:
    assert upward(
        {"slmtrust.metrics.stats": {"slmtrust.run.runner"}, "slmtrust.run.runner": {"slmtrust.metrics.stats"}}
    ) == ["slmtrust.metrics.stats (metrics) imports slmtrust.run.runner (runs)"]
    assert layer_of("slmtrust.cli.bench") == 8 and layer_of("slmtrust.efficiency.measure") == 3
