"""Derived tables on an engine store (PostgreSQL, Spark): written through the adapter, stamped in `banso_meta`.

The twin of `banso.store.duckdb.derived`; the policy is `banso.store.derived`'s.
"""

from __future__ import annotations

from collections.abc import Iterable

import ibis.expr.types as ir

from banso.store.portable.store import EngineStore


def meta(store: EngineStore, key: str, *, table: str) -> str | None:
    """The stamp stored under `key`, or None when there is none or its `table` is gone."""
    value = store.meta(key)
    return value if value is not None and table in store.adapter.tables() else None


def set_meta(store: EngineStore, key: str, value: str) -> None:
    store.set_meta(key, value)


def build(store: EngineStore, name: str, expr: ir.Table, order_by: tuple[str, ...]) -> None:
    """Create or replace the table `name` with the rows of `expr` (engines keep no row order)."""
    with store.transaction():
        store.adapter.replace(name, expr)
    store.forget(name)


def drop(store: EngineStore, name: str, keys: Iterable[str]) -> None:
    """Drop the table `name` and forget its stamps (`keys` of `banso_meta`)."""
    with store.transaction():
        store.adapter.drop(name)
        for key in keys:
            store.adapter.delete("banso_meta", {"key": key})
    store.forget(name)
