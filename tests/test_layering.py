"""The architecture, checked: SQL text and the DuckDB driver stay in banso/store, imports follow the data
flow (a layer table), no module imports in a circle, and the edges read through the Workspace."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "banso"
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|CREATE\s+(TEMP\s+)?TABLE|DELETE\s+FROM|UPDATE\s+\w+\s+SET)\b",
                 re.IGNORECASE | re.DOTALL)


def modules_outside_store() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "store" not in p.relative_to(PACKAGE).parts]


def test_no_sql_strings_outside_store() -> None:
    offenders = []
    for path in modules_outside_store():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value[:60]!r}")
    assert offenders == [], "SQL text outside banso/store:\n" + "\n".join(offenders)


def test_no_duckdb_import_outside_store() -> None:
    offenders = []
    for path in modules_outside_store():
        if path.relative_to(PACKAGE).parts[0] == "demo":
            continue  # the generator writes files, it does not touch the store
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "duckdb" or n.startswith("duckdb.") for n in names):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_the_detector_sees_sql() -> None:
    assert SQL.search("select a from t") and SQL.search("INSERT INTO x VALUES (1)")
    assert not SQL.search("accounts renewing in the next 90 days")


# -- the layers of the data flow ----------------------------------------------------------------
# Each package may import only from packages of lower layers (and from itself). The order is the
# data flow of DESIGN.md: sources → ingest → store → metrics → health / signals / analysis → edges.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"errors", "paths", "values", "paged", "csv_cells", "faults", "outbound",
               "customers"}),  # customers: who counts as one at a date, for every statistic of churn
    frozenset({"job_view"}),  # what readers see of a job (the app state records them)
    frozenset({"model", "i18n", "event_names"}),  # event_names: events by their names for people, set like the language
    frozenset({"config", "job_origins", "job_progress"}),  # who started a job, what it does: words the Jobs page says
    frozenset({"store", "appstate"}),
    frozenset({"ingest", "metrics", "status"}),
    frozenset({"connectors"}),  # pulls from CRMs and help desks: sources that load through ingest
    frozenset({"health"}),
    frozenset({"signals"}),
    frozenset({"analysis", "notify", "collector", "sinks"}),  # sinks: results pushed to CRMs and lists
    frozenset({"workspace"}),
    # the edges; the service is the long-running process (scheduler, channel to the CLI) beside the web app,
    # which `banso serve` composes with it
    frozenset({"web", "demo", "service"}),
    frozenset({"cli"}),  # `banso serve` starts the service with the web app and `banso demo` builds the demo world
)
LAYER_OF = {package: i for i, layer in enumerate(LAYERS) for package in layer}


def _package(module: str) -> str:
    """`banso.health.read` -> `health`; `banso.errors` -> `errors`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "banso"


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    name = ".".join(rel.parts)
    return name.removesuffix(".__init__")


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(path: Path, name: str) -> set[str]:
    """The banso modules a module imports, at its top or inside functions (not under TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            typing_only |= {id(sub) for sub in ast.walk(node)}
    here = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = here.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            if base.split(".")[0] != "banso":
                continue
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in MODULES else base)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "banso"}
    return {m for m in found if m in MODULES and m != name}


@cache
def _graph() -> dict[str, set[str]]:
    """Every module's banso imports: parsed when a test reads it, not when the suite's processes collect."""
    return {name: _imports(path, name) for name, path in MODULES.items()}


def test_every_package_has_a_layer() -> None:
    packages = {_package(m) for m in MODULES} - {"banso"}
    assert packages <= set(LAYER_OF), f"give these packages a layer: {sorted(packages - set(LAYER_OF))}"


def test_imports_follow_the_data_flow() -> None:
    offenders = []
    for name, imported in _graph().items():
        source = _package(name)
        if source == "banso":
            continue
        for target in imported:
            dest = _package(target)
            if dest != source and dest != "banso" and LAYER_OF[dest] >= LAYER_OF[source]:
                offenders.append(f"{name} imports {target} ({source} may not import {dest})")
    assert offenders == [], "imports against the flow:\n" + "\n".join(sorted(offenders))


def test_no_module_imports_in_a_circle() -> None:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in _graph()[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for v in _graph():
        if v not in index:
            visit(v)
    assert circles == [], "modules that import each other:\n" + "\n".join(", ".join(c) for c in circles)


def test_the_edges_read_through_the_workspace() -> None:
    """The web app and the command line never reach into the store or the application state: they call the
    Workspace, which returns typed results."""
    offenders = []
    for name, path in MODULES.items():
        if _package(name) not in ("web", "cli"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("store", "app_state", "_store", "_app_state"):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: .{node.attr}")
    assert offenders == [], "edges reaching around the Workspace:\n" + "\n".join(offenders)


def test_the_layer_check_sees_a_back_arrow() -> None:
    assert LAYER_OF["store"] < LAYER_OF["analysis"] < LAYER_OF["workspace"] < LAYER_OF["web"]
    assert _package("banso.health.read") == "health" and _package("banso.errors") == "errors"
