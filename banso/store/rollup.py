"""The daily rollup of events: one row per (account, user, local day, event) with its count.

Metrics without a property filter read this instead of the raw log: a year of weekly snapshots
then reads each event once (to build the rollup) instead of once per window, and each window scans
a slice of a table sorted by day. Rows are only ever appended in day order within one refresh;
metrics sum `n`, so the same key appearing in two refreshes counts correctly.

The rollup is *fresh* when it was built from exactly the events the store holds now: the stamp
kept in `banso_meta` is the events' row count and the finish time of their latest load. Loads
only append events (re-sent ids are skipped), so a newer load is added incrementally; anything
else (fewer rows, rows changed outside a load) rebuilds it from scratch.
"""

from __future__ import annotations

import ibis.expr.types as ir

from banso.store.store import Store

TABLE = "event_daily"
_KEY = "event_daily_stamp"


def _current_stamp(store: Store) -> tuple[int, str]:
    count = store.raw.execute("SELECT count(*) FROM events").fetchall()[0][0]
    last = store.raw.execute(
        "SELECT max(finished_at) FROM loads WHERE table_name = 'events'"
    ).fetchall()[0][0]
    return int(count), "" if last is None else str(last)


def _stored_stamp(store: Store) -> tuple[int, str, str] | None:
    rows = store.raw.execute("SELECT value FROM banso_meta WHERE key = ?", [_KEY]).fetchall()
    if not rows:
        return None
    count, last, loaded = rows[0][0].split("|")
    return int(count), last, loaded


def is_fresh(store: Store) -> bool:
    stored = _stored_stamp(store)
    return stored is not None and stored[:2] == _current_stamp(store)


def daily_rollup(store: Store) -> ir.Table | None:
    """The rollup as an Ibis table when it matches the events exactly, else None."""
    return store.table(TABLE) if is_fresh(store) else None


def refresh_daily_rollup(store: Store) -> str:
    """Bring the rollup up to date; returns 'fresh', 'appended' or 'rebuilt'."""
    current = _current_stamp(store)
    stored = _stored_stamp(store)
    if stored is not None and stored[:2] == current:
        return "fresh"
    with store.transaction() as raw:
        mode = "rebuilt"
        since = stored[2] if stored else ""
        if stored is not None and since:
            new = raw.execute("SELECT count(*) FROM events WHERE loaded_at > CAST(? AS TIMESTAMP)",
                              [since]).fetchall()[0][0]
            if stored[0] + int(new) == current[0]:
                mode = "appended"
        if mode == "rebuilt":
            raw.execute(f"DELETE FROM {TABLE}")
            where, params = "", []
        else:
            where, params = "AND loaded_at > CAST(? AS TIMESTAMP)", [since]
        raw.execute(
            f"INSERT INTO {TABLE} SELECT account_id, user_id, day, event, count(*) AS n FROM events "
            f"WHERE account_id IS NOT NULL {where} GROUP BY account_id, user_id, day, event ORDER BY day, account_id",
            params,
        )
        loaded = raw.execute("SELECT max(loaded_at) FROM events").fetchall()[0][0]
        stamp = f"{current[0]}|{current[1]}|{'' if loaded is None else loaded}"
        raw.execute("INSERT OR REPLACE INTO banso_meta VALUES (?, ?)", [_KEY, stamp])
    return mode
