"""Engine-neutral access: SQL text and the DuckDB driver stay inside banso/store."""

from __future__ import annotations

import ast
import re
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
