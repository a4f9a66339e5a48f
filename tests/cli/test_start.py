"""The command line starts without loading the analytics: `banso --help` and every command's start pay only
for Typer and Rich; a command imports pandas, Ibis, DuckDB or SciPy when it runs (bench/bench_cli.py times it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("pandas", "numpy", "ibis", "duckdb", "scipy", "sklearn", "statsmodels", "sqlalchemy", "fastapi", "plotly")
STATISTICS = ("scipy", "statsmodels", "lifelines", "sklearn")


def _loaded_by(statement: str) -> set[str]:
    code = f"import sys, json; {statement}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out))


def test_importing_the_command_line_loads_no_analytics() -> None:
    loaded = _loaded_by("import banso.cli")
    assert [m for m in HEAVY if m in loaded] == []


def test_the_reports_and_insights_load_the_statistics_libraries_only_when_they_compute() -> None:
    """Every report, insight and OKR command imports the report registry (and with it every report's
    module) and the workspace; SciPy, statsmodels, lifelines and scikit-learn took a second more of each
    such command (`banso insight trend` on a small workspace: 3.4 s, 2.1 s without them)."""
    loaded = _loaded_by("import banso.analysis.reports, banso.analysis.insights, banso.workspace, "
                        "banso.analysis.validation.report")
    assert [m for m in STATISTICS if m in loaded] == []


def test_the_workspace_loads_the_application_state_only_when_a_command_reads_it() -> None:
    """Every command opens the workspace; the application state (SQLAlchemy and its models, half of the
    facade's import) is loaded by the commands that read users, jobs, tasks or alerts, not by the others
    (`banso status` on the demo: 0.95–1.1 s with it, 0.55 s without)."""
    loaded = _loaded_by("import banso.workspace")
    assert [m for m in ("sqlalchemy", "banso.appstate") if m in loaded] == []


def test_help_lists_every_command_group() -> None:
    banso = Path(sys.executable).with_name("banso")  # the installed entry point, as a user runs it
    out = subprocess.run([str(banso), "--help"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    for command in ("load", "score", "alerts", "report", "serve", "status"):
        assert command in out.stdout
