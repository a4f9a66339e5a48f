"""The command line starts without loading the analytics: `banso --help` and every command's start pay only
for Typer and Rich; a command imports pandas, Ibis, DuckDB or SciPy when it runs (bench/bench_cli.py times it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("pandas", "numpy", "ibis", "duckdb", "scipy", "sklearn", "statsmodels", "sqlalchemy", "fastapi", "plotly")


def test_importing_the_command_line_loads_no_analytics() -> None:
    code = "import sys, json, banso.cli; print(json.dumps(sorted(sys.modules)))"
    loaded = set(json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                           check=True).stdout))
    assert [m for m in HEAVY if m in loaded] == []


def test_help_lists_every_command_group() -> None:
    banso = Path(sys.executable).with_name("banso")  # the installed entry point, as a user runs it
    out = subprocess.run([str(banso), "--help"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    for command in ("load", "score", "alerts", "report", "serve", "status"):
        assert command in out.stdout
