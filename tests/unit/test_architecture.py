"""The code keeps the shape docs/architecture.md draws: layers, no cycles, a complete map.

Every import counts, including those inside functions and under TYPE_CHECKING: a cycle
hidden in a function is still a cycle in the design.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "kariyer"
ARCHITECTURE = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
MAX_LINES = 450


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _resolve(target: str) -> str | None:
    while target and target not in MODULES:
        target = target.rpartition(".")[0]
    return target or None


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            if name == "kariyer" or name.startswith("kariyer."):
                hit = _resolve(name)
                if hit is not None:
                    found.add(hit)
    return found


GRAPH = {name: _imports(path) - {name} for name, path in MODULES.items()}


def _layers() -> dict[str, int]:
    block = re.search(r"<!-- layers -->\n```text\n(.*?)```", ARCHITECTURE, re.S)
    assert block, "docs/architecture.md has no <!-- layers --> block"
    rank = {}
    for number, line in enumerate(block.group(1).strip().splitlines()):
        _layer, *entries = line.split()
        for entry in entries:
            rank[entry] = number
    return rank


LAYERS = _layers()


def _layer_of(module: str) -> int:
    entries = [entry for entry in LAYERS if module == entry or module.startswith(entry + ".")]
    assert entries, f"{module} is in no layer of docs/architecture.md"
    return LAYERS[max(entries, key=len)]


def test_the_module_map_names_every_module_and_no_other() -> None:
    mapped = set(re.findall(r"^\| `(kariyer[\w.]*)` \|", ARCHITECTURE, re.M))
    assert mapped == set(MODULES), (
        f"missing from the map: {sorted(set(MODULES) - mapped)}; "
        f"not in the code: {sorted(mapped - set(MODULES))}"
    )


def test_every_module_is_in_a_layer() -> None:
    for module in MODULES:
        _layer_of(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_only_go_down_the_layers(module: str) -> None:
    upward = [target for target in GRAPH[module] if _layer_of(target) < _layer_of(module)]
    assert not upward, f"{module} imports a higher layer: {sorted(upward)}"


def _cycles() -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(GRAPH[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                group.append(item)
                if item == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return groups


def test_the_import_graph_has_no_cycle() -> None:
    assert _cycles() == []


def test_a_cycle_would_be_found() -> None:
    """The cycle finder itself works (on a graph with a planted cycle)."""
    saved = dict(GRAPH)
    try:
        GRAPH["kariyer.schema.limits"] = GRAPH["kariyer.schema.limits"] | {"kariyer.schema.models"}
        assert ["kariyer.schema.limits", "kariyer.schema.models"] in _cycles()
    finally:
        GRAPH.clear()
        GRAPH.update(saved)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_holds_two_jobs(module: str) -> None:
    lines = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module} has {lines} lines: split it by job"


def _third_party(module: str) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(MODULES[module].read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("module", sorted(MODULES))
def test_only_output_knows_rich_and_only_cli_knows_typer(module: str) -> None:
    libraries = _third_party(module)
    if "rich" in libraries:
        assert module.startswith("kariyer.output"), f"{module} imports rich"
    if "typer" in libraries:
        assert module.startswith("kariyer.cli"), f"{module} imports typer"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_the_output_layer_never_reads_the_store(module: str) -> None:
    if module.startswith("kariyer.output"):
        assert not {m for m in GRAPH[module] if m.startswith("kariyer.store")}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_only_the_output_layer_writes_to_the_terminal(module: str) -> None:
    if module.startswith(("kariyer.output", "kariyer.cli", "kariyer.entry")):
        return
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "print"
    ]
    text = MODULES[module].read_text(encoding="utf-8")
    assert not calls, f"{module} calls print()"
    assert "sys.stdout" not in text, f"{module} writes to sys.stdout"
