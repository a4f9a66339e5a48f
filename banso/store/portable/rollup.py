"""The daily rollups on an engine store (PostgreSQL, Spark): the same tables, built from Ibis expressions.

`banso.store.rollup` builds `account_daily` and `user_daily` with DuckDB's SQL, in account slices
sized for one machine's memory. A server or a cluster plans its own aggregation, so here each
rollup is one `INSERT … SELECT … GROUP BY` that the engine runs where the events are. The
freshness stamp is the same (events' row count, last load, passive list), kept in `banso_meta`,
and events of a newer load are appended instead of rebuilding, as on DuckDB: that is what keeps a
daily job on a large event log proportional to the day's events.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

import ibis
import ibis.expr.types as ir
import pandas as pd

from banso.store.schema import ACCOUNT_TABLE, STAMP_KEY, USER_TABLE

if TYPE_CHECKING:
    from banso.store.portable.store import EngineStore



def current_stamp(store: EngineStore, passive_key: str) -> tuple[int, str, str]:
    """(events' row count, finish time of the latest events load, passive key) as the store has them now."""
    loads = store.table("loads")
    last = store.ibis.execute(loads.filter(loads.table_name == "events").finished_at.max())
    return store.count("events"), _text(last), passive_key


def stored_stamp(store: EngineStore) -> tuple[int, str, str, str] | None:
    value = store.meta(STAMP_KEY)
    parts = value.split("|") if value else []
    if len(parts) != 4:
        return None
    return int(parts[0]), parts[1], parts[2], parts[3]


def is_fresh(store: EngineStore, passive_key: str) -> bool:
    stored = stored_stamp(store)
    return stored is not None and stored[:3] == current_stamp(store, passive_key)


def refresh(store: EngineStore, passive: Sequence[str], passive_key: str) -> str:
    """Bring the rollups up to date; returns 'fresh', 'appended' or 'rebuilt' (as `rollup.refresh_daily_rollup`)."""
    current = current_stamp(store, passive_key)
    stored = stored_stamp(store)
    if stored is not None and stored[:3] == current:
        return "fresh"
    events = store.table("events")
    since = _instant(stored[3]) if stored is not None and stored[3] else None
    mode = "rebuilt"
    if stored is not None and since is not None and stored[2] == current[2]:
        new = store.ibis.execute(events.filter(events.loaded_at > since).count())
        if stored[0] + int(new) == current[0]:
            mode = "appended"
    rows = events.filter(events.account_id.notnull())
    if mode == "appended":
        rows = rows.filter(rows.loaded_at > since)
    with store.transaction():
        if mode == "rebuilt":
            store.adapter.delete(ACCOUNT_TABLE, {})
            store.adapter.delete(USER_TABLE, {})
        store.adapter.append_query(ACCOUNT_TABLE, account_rows(rows))
        store.adapter.append_query(USER_TABLE, user_rows(rows, passive))
        loaded = _text(store.ibis.execute(events.loaded_at.max()))
        store.set_meta(STAMP_KEY, "|".join([str(current[0]), current[1], current[2], loaded]))
    store.forget(ACCOUNT_TABLE)
    store.forget(USER_TABLE)
    return mode


def account_rows(events: ir.Table) -> ir.Table:
    """(account_id, day, event, n): every event, counted per account, local day and name."""
    return events.group_by("account_id", "day", "event").agg(n=events.count().cast("int64"))


def user_rows(events: ir.Table, passive: Sequence[str]) -> ir.Table:
    """(account_id, user_id, day, n): qualifying events of identified users, per account, user and day."""
    rows = events.filter(events.user_id.notnull())
    if passive:
        rows = rows.filter(rows.event.notin(list(passive)))
    return rows.group_by("account_id", "user_id", "day").agg(n=rows.count().cast("int64"))


def _text(value: object) -> str:
    """A timestamp from the engine as the stamp keeps it ('' for none)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[call-overload]
        return ""
    return pd.Timestamp(value).isoformat(sep=" ")


def _instant(text: str) -> ir.TimestampValue:
    return ibis.literal(datetime.fromisoformat(text), type="timestamp")  # type: ignore[return-value]
