"""The daily rollups of events, on whichever engine holds the store.

`account_daily` (account, local day, event, n) and `user_daily` (account, user, local day, n) let
metric windows read a small table instead of the raw log; they are *fresh* when built from exactly
the events the store holds now with the same passive events (a stamp in `banso_meta`). DuckDB builds
them with its own SQL (`banso.store.duckdb.rollup`), the portable engines (PostgreSQL, Spark) from
Ibis expressions (`banso.store.portable.rollup`); both keep the same tables and stamp.
"""

from __future__ import annotations

from collections.abc import Sequence

import ibis.expr.types as ir

from banso.store.duckdb.store import Store
from banso.store.schema import ACCOUNT_TABLE, STAMP_KEY, USER_TABLE, Progress, passive_key

__all__ = ["ACCOUNT_TABLE", "STAMP_KEY", "USER_TABLE", "daily_rollup", "daily_rollups", "is_fresh",
           "refresh_daily_rollup", "rolled_up_until"]


def is_fresh(store: Store, passive: Sequence[str]) -> bool:
    if store.engine != "duckdb":
        from banso.store.portable import rollup as portable

        return portable.is_fresh(store, passive_key(passive))  # type: ignore[arg-type]
    from banso.store.duckdb import rollup as embedded

    return embedded.is_fresh(store, passive)


def daily_rollups(store: Store, passive: Sequence[str]) -> tuple[ir.Table, ir.Table] | None:
    """The (user-level, account-level) rollups as Ibis tables when they match the events, else None."""
    return (store.table(USER_TABLE), store.table(ACCOUNT_TABLE)) if is_fresh(store, passive) else None


def daily_rollup(store: Store) -> ir.Table | None:
    """Formerly the (account, user, day, event) rollup; no longer kept, so always None.

    It held nearly as many rows as the events; for one account, filtering the events themselves is
    faster (they are stored in account order). Account-level rollups: `daily_rollups`.
    """
    return None


def refresh_daily_rollup(store: Store, passive: Sequence[str], progress: Progress | None = None) -> str:
    """Bring the rollups up to date; returns 'fresh', 'appended' or 'rebuilt'.

    The stamp is read, then the rollups and the stamp are written: one writer at a time, so events
    appended in between (the collector) are not counted without being rolled up.
    """
    with store.writing():
        if store.engine != "duckdb":
            from banso.store.portable import rollup as portable

            return portable.refresh(store, passive, passive_key(passive))  # type: ignore[arg-type]
        from banso.store.duckdb import rollup as embedded

        return embedded.refresh(store, passive, progress)


def rolled_up_until(store: Store) -> str | None:
    """The newest `loaded_at` of the events the rollups hold (as text), None before the first refresh."""
    if store.engine != "duckdb":
        from banso.store.portable import rollup as portable

        stored = portable.stored_stamp(store)  # type: ignore[arg-type]
    else:
        from banso.store.duckdb import rollup as embedded

        stored = embedded.stored_stamp(store)
    return stored[3] if stored is not None and stored[3] else None
