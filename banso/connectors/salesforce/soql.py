"""SOQL written from parts, with every value quoted, so no record id or name can change a query's meaning.

>>> q = soql(["Id", "Owner.Name"], "Account", [("SystemModstamp", ">=", "2026-04-01T00:00:00Z")],
...          order="SystemModstamp")
>>> q.partition(" WHERE ")[2]
'SystemModstamp >= 2026-04-01T00:00:00Z ORDER BY SystemModstamp ASC'
>>> print(in_list(["001x", "o'brien"]))
('001x', 'o\\'brien')
"""

from __future__ import annotations

from collections.abc import Iterable


def quote(value: str) -> str:
    """A SOQL string literal."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def in_list(values: Iterable[str]) -> str:
    """An IN list of string literals."""
    return "(" + ", ".join(quote(v) for v in values) + ")"


def soql(fields: list[str], obj: str, where: list[tuple[str, str, str]] | None = None, *,
         order: str | None = None) -> str:
    """A query of `fields` of `obj`; `where` holds (field, operator, literal) joined by AND."""
    parts = ["SELECT", ", ".join(fields), "FROM", obj]
    if where:
        parts += ["WHERE", " AND ".join(f"{f} {op} {value}" for f, op, value in where)]
    if order:
        parts += ["ORDER BY", order, "ASC"]
    return " ".join(parts)
