"""The load modules of the store import one another without a circle.

A circle (two modules each importing the other, even inside a function) means neither can be read
or changed alone; the two load paths once shared private names that way. Each shared piece has one
public home instead (`load_plan`, `load_sql`).
"""

from __future__ import annotations

import ast
from pathlib import Path

STORE = Path(__file__).resolve().parents[2] / "banso" / "store"


def imports_of(path: Path) -> set[str]:
    """The banso.store modules `path` imports (their last name), at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("banso.store."):
            found.add(node.module.rsplit(".", 1)[1])
        elif isinstance(node, ast.ImportFrom) and node.module == "banso.store":
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name.rsplit(".", 1)[1] for a in node.names if a.name.startswith("banso.store."))
    return found


def cycle(graph: dict[str, set[str]]) -> list[str]:
    """One circle of the graph (as a path that ends where it starts), or [] when there is none."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = "open"
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = "done"
        path.pop()
        return []

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return []


def test_the_detector_finds_a_circle() -> None:
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": set()}) == []


LOAD_MODULES = {"bulk_load": STORE / "duckdb" / "bulk_load.py", "event_append": STORE / "duckdb" / "event_append.py",
                "load_plan": STORE / "load_plan.py", "load_sql": STORE / "duckdb" / "load_sql.py"}


def test_no_import_circle_between_the_load_paths() -> None:
    graph = {name: imports_of(path) & set(LOAD_MODULES) for name, path in LOAD_MODULES.items()}
    assert cycle(graph) == []
    assert "bulk_load" not in imports_of(LOAD_MODULES["event_append"])
