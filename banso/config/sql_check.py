"""Check the SQL a database source names: a table name, or a query that only reads.

A source query runs on someone's product database, so banso accepts exactly one SELECT (a UNION of
SELECTs and CTEs are fine) and nothing that writes or locks, checked with sqlglot in the source's
dialect before anything connects:

>>> check_select("select 1 as one", "postgres")
'select 1 as one'
>>> check_select("truncate app_users", "postgres")
Traceback (most recent call last):
ValueError: the query must be a single SELECT; this is a TRUNCATE TABLE statement
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlglot import exp

# sqlglot is imported when a query or a table name is checked: most workspaces read files, and every
# command loads banso.yaml.


def check_select(query: str, dialect: str) -> str:
    """`query` unchanged when it is one read-only SELECT in `dialect`; ValueError saying why not otherwise."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import ParseError

    # anything inside a query that writes, or takes locks on the source's rows
    writes_or_locks: tuple[type[exp.Expression], ...] = (
        exp.Insert, exp.Update, exp.Delete, exp.Merge, exp.Create, exp.Drop, exp.Alter, exp.Command, exp.Into,
        exp.Lock)
    try:
        statements = [s for s in sqlglot.parse(query, read=dialect) if s is not None]
    except ParseError as exc:
        raise ValueError(f"the query is not valid {dialect} SQL: {_first_line(exc)}") from None
    if len(statements) != 1:
        raise ValueError(f"the query must be a single SELECT; found {len(statements)} statements")
    statement = statements[0]
    if not isinstance(statement, exp.Query):
        kind = _kind(statement)
        raise ValueError(f"the query must be a single SELECT; this is {'an' if kind[0] in 'AEIOU' else 'a'} {kind} statement")
    writes = statement.find(*writes_or_locks)
    if writes is not None:
        raise ValueError(f"the query must only read; it contains {_kind(writes)} ({writes.sql(dialect)[:60]})")
    return query


def table_parts(name: str, dialect: str) -> tuple[str | None, str | None, str]:
    """(catalog, schema, table) of a possibly qualified table name such as `public.app_users`."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import ParseError

    try:
        table = sqlglot.parse_one(name, into=exp.Table, read=dialect)
    except ParseError:
        raise ValueError(f"{name!r} is not a table name; write `table` or `schema.table` "
                         "(quote names with spaces), or use `query` for a SELECT") from None
    if not isinstance(table, exp.Table) or not table.name or table.args.get("alias"):
        raise ValueError(f"{name!r} is not a table name; write `table` or `schema.table`")
    return (table.catalog or None, table.db or None, table.name)


def _kind(node: exp.Expr) -> str:
    name = type(node).__name__  # TruncateTable -> TRUNCATE TABLE
    return {"Into": "SELECT … INTO", "Lock": "FOR UPDATE/SHARE"}.get(name, re.sub(r"(?<!^)(?=[A-Z])", " ", name).upper())


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
