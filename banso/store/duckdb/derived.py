"""Derived tables on the DuckDB store: built with DuckDB's own SQL, stamped in `banso_meta`.

The policy (names, stamps, which tables to drop) is `banso.store.derived`'s; this module only writes.
"""

from __future__ import annotations

from collections.abc import Iterable

import ibis.expr.types as ir

from banso.store.duckdb.store import Store


def meta(store: Store, key: str, *, table: str) -> str | None:
    """The stamp stored under `key`, or None when there is none or its `table` is gone."""
    rows = store.raw.execute("SELECT value FROM banso_meta WHERE key = ?", [key]).fetchall()
    if not rows:
        return None
    exists = store.raw.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                               [table]).fetchall()[0][0]
    return str(rows[0][0]) if exists else None


def set_meta(store: Store, key: str, value: str) -> None:
    with store.transaction() as raw:
        raw.execute("INSERT OR REPLACE INTO banso_meta VALUES (?, ?)", [key, value])


def build(store: Store, name: str, expr: ir.Table, order_by: tuple[str, ...]) -> None:
    """Create or replace the table `name` with the rows of `expr` (in `order_by` order, for later range reads)."""
    sql = store.ibis.compile(expr.order_by(list(order_by)) if order_by else expr)
    with store.transaction() as raw:
        raw.execute(f'CREATE OR REPLACE TABLE "{name}" AS {sql}')


def drop(store: Store, name: str, keys: Iterable[str]) -> None:
    """Drop the table `name` and forget its stamps (`keys` of `banso_meta`)."""
    keys = list(keys)
    with store.transaction() as raw:
        raw.execute(f'DROP TABLE IF EXISTS "{name}"')
        raw.execute(f"DELETE FROM banso_meta WHERE key IN ({', '.join('?' for _ in keys)})", keys)
