"""Daily rollups of events, so metric windows do not rescan the raw log.

`event_daily`: one row per (account, user, local day, event) with its count, for member metrics.
`account_daily`: the same summed over users, for account metrics (counts, breadth, recency).

A year of weekly snapshots then reads each event once (to build the rollups) instead of once per
window, and each window reads a slice of tables sorted by day. Rows are only ever appended, in day
order within one refresh; metrics sum `n`, so a key appearing in two refreshes counts correctly.

The rollups are *fresh* when built from exactly the events the store holds now: the stamp kept in
`banso_meta` is the events' row count and the finish time of their latest load. Loads only append
events (re-sent ids are skipped), so the events of a newer load are added incrementally; anything
else (fewer rows, rows changed outside a load) rebuilds them from scratch.
"""

from __future__ import annotations

import ibis.expr.types as ir

from banso.store.store import Store

USER_TABLE = "event_daily"
ACCOUNT_TABLE = "account_daily"
_KEY = "event_daily_stamp"


def _current_stamp(store: Store) -> tuple[int, str]:
    count = store.raw.execute("SELECT count(*) FROM events").fetchall()[0][0]
    last = store.raw.execute("SELECT max(finished_at) FROM loads WHERE table_name = 'events'").fetchall()[0][0]
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


def daily_rollups(store: Store) -> tuple[ir.Table, ir.Table] | None:
    """The (user-level, account-level) rollups as Ibis tables when they match the events, else None."""
    return (store.table(USER_TABLE), store.table(ACCOUNT_TABLE)) if is_fresh(store) else None


def daily_rollup(store: Store) -> ir.Table | None:
    """The user-level rollup when fresh, else None."""
    both = daily_rollups(store)
    return both[0] if both else None


def refresh_daily_rollup(store: Store) -> str:
    """Bring the rollups up to date; returns 'fresh', 'appended' or 'rebuilt'."""
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
            raw.execute(f"DELETE FROM {USER_TABLE}")
            raw.execute(f"DELETE FROM {ACCOUNT_TABLE}")
            where, params = "", []
        else:
            where, params = "AND loaded_at > CAST(? AS TIMESTAMP)", [since]
        raw.execute(
            "CREATE OR REPLACE TEMP TABLE _new_daily AS SELECT account_id, user_id, day, event, count(*) AS n "
            f"FROM events WHERE account_id IS NOT NULL {where} GROUP BY account_id, user_id, day, event",
            params,
        )
        raw.execute(f"INSERT INTO {USER_TABLE} SELECT * FROM _new_daily ORDER BY day, account_id")
        raw.execute(
            f"INSERT INTO {ACCOUNT_TABLE} SELECT account_id, day, event, sum(n)::BIGINT FROM _new_daily "
            "GROUP BY account_id, day, event ORDER BY day, account_id"
        )
        raw.execute("DROP TABLE _new_daily")
        loaded = raw.execute("SELECT max(loaded_at) FROM events").fetchall()[0][0]
        stamp = f"{current[0]}|{current[1]}|{'' if loaded is None else loaded}"
        raw.execute("INSERT OR REPLACE INTO banso_meta VALUES (?, ?)", [_KEY, stamp])
    return mode
