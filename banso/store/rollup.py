"""Daily rollups of events, so metric windows do not rescan the raw log.

`account_daily` (account, local day, event, n): account metrics (counts, breadth, recency) read it.
`user_daily` (account, user, local day, n): qualifying events only (not in `events.passive`), for
member metrics (active users, evenness, concentration).

A year of weekly snapshots then reads each event once (to build the rollups) instead of once per
window, and each window reads a slice of tables sorted by day. Metrics sum `n`, so a key that
appears in two refreshes counts correctly, and rows are only ever appended.

The rollups are *fresh* when built from exactly the events the store holds now, with the same
passive events: the stamp kept in `banso_meta` is the events' row count, the finish time of their
latest load and the passive list. Loads only append events (re-sent ids are skipped), so the events
of a newer load are added incrementally; anything else rebuilds the rollups from scratch.

The build reads the events in slices of accounts (events are stored in account order, so each
slice reads only its own row groups) to bound memory at the design scale (100 million events),
and appends each slice in day order. On another engine (PostgreSQL, Spark) the same tables are
built from Ibis expressions by `banso.store.engine_rollup`, with the same stamp.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from itertools import pairwise

import ibis.expr.types as ir

from banso.store.limits import memory_cap
from banso.store.store import Store

USER_TABLE = "user_daily"
ACCOUNT_TABLE = "account_daily"
STAMP_KEY = "event_daily_stamp"  # the rollups' freshness stamp in banso_meta (every engine)
_EVENTS_PER_SLICE = 12_000_000

Progress = Callable[[int, int, str], None]


def _passive_key(passive: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(sorted(set(passive))).encode()).hexdigest()[:12]


def _current_stamp(store: Store, passive: Sequence[str]) -> tuple[int, str, str]:
    count = store.raw.execute("SELECT count(*) FROM events").fetchall()[0][0]
    last = store.raw.execute("SELECT max(finished_at) FROM loads WHERE table_name = 'events'").fetchall()[0][0]
    return int(count), "" if last is None else str(last), _passive_key(passive)


def _stored_stamp(store: Store) -> tuple[int, str, str, str] | None:
    rows = store.raw.execute("SELECT value FROM banso_meta WHERE key = ?", [STAMP_KEY]).fetchall()
    if not rows:
        return None
    parts = rows[0][0].split("|")
    if len(parts) != 4:
        return None
    count, last, passive, loaded = parts
    return int(count), last, passive, loaded


def is_fresh(store: Store, passive: Sequence[str]) -> bool:
    if store.engine != "duckdb":
        from banso.store import engine_rollup

        return engine_rollup.is_fresh(store, _passive_key(passive))  # type: ignore[arg-type]
    stored = _stored_stamp(store)
    return stored is not None and stored[:3] == _current_stamp(store, passive)


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
        return _refresh(store, passive, progress)


def _refresh(store: Store, passive: Sequence[str], progress: Progress | None) -> str:
    if store.engine != "duckdb":
        from banso.store import engine_rollup

        return engine_rollup.refresh(store, passive, _passive_key(passive))  # type: ignore[arg-type]
    current = _current_stamp(store, passive)
    stored = _stored_stamp(store)
    if stored is not None and stored[:3] == current:
        return "fresh"
    raw = store.raw
    mode = "rebuilt"
    since = stored[3] if stored else ""
    if stored is not None and since and stored[2] == current[2]:
        new = raw.execute("SELECT count(*) FROM events WHERE loaded_at > CAST(? AS TIMESTAMP)", [since]).fetchall()
        if stored[0] + int(new[0][0]) == current[0]:
            mode = "appended"
    slices = _account_slices(store) if mode == "rebuilt" else [(None, None)]
    with store.transaction(), memory_cap(store):
        if mode == "rebuilt":
            raw.execute(f"DELETE FROM {USER_TABLE}")
            raw.execute(f"DELETE FROM {ACCOUNT_TABLE}")
        for i, (lo, hi) in enumerate(slices):
            if progress:
                progress(i, len(slices), "rolling up events by day")
            _roll_slice(store, lo, hi, since if mode == "appended" else None, passive)
        loaded = raw.execute("SELECT max(loaded_at) FROM events").fetchall()[0][0]
        stamp = "|".join([str(current[0]), current[1], current[2], "" if loaded is None else str(loaded)])
        raw.execute("INSERT OR REPLACE INTO banso_meta VALUES (?, ?)", [STAMP_KEY, stamp])
    return mode


def _account_slices(store: Store) -> list[tuple[str | None, str | None]]:
    """Account-id ranges holding roughly `_EVENTS_PER_SLICE` events each (open at both ends)."""
    total = store.raw.execute("SELECT count(*) FROM events").fetchall()[0][0]
    pieces = max(1, -(-int(total) // _EVENTS_PER_SLICE))
    if pieces == 1:
        return [(None, None)]
    # Cut points from the accounts' ids weighted by their events, read from a sample of the events.
    cuts = store.raw.execute(
        "SELECT quantile_disc(account_id, [" + ", ".join(str(k / pieces) for k in range(1, pieces)) + "]) "
        "FROM (SELECT account_id FROM events USING SAMPLE 200000 ROWS) WHERE account_id IS NOT NULL"
    ).fetchall()[0][0]
    bounds = sorted(set(cuts or []))
    edges: list[str | None] = [None, *bounds, None]
    return list(pairwise(edges))


def _roll_slice(store: Store, lo: str | None, hi: str | None, since: str | None, passive: Sequence[str]) -> None:
    conditions = ["account_id IS NOT NULL"]
    params: list[object] = []
    if lo is not None:
        conditions.append("account_id >= ?")
        params.append(lo)
    if hi is not None:
        conditions.append("account_id < ?")
        params.append(hi)
    if since is not None:
        conditions.append("loaded_at > CAST(? AS TIMESTAMP)")
        params.append(since)
    raw = store.raw
    raw.execute(
        "CREATE OR REPLACE TEMP TABLE _roll_slice AS SELECT account_id, user_id, day, event, count(*) AS n "
        f"FROM events WHERE {' AND '.join(conditions)} GROUP BY account_id, user_id, day, event",
        params,
    )
    raw.execute(f"INSERT INTO {ACCOUNT_TABLE} SELECT account_id, day, event, sum(n)::BIGINT FROM _roll_slice "
                "GROUP BY account_id, day, event ORDER BY day, account_id")
    qualifying = ""
    if passive:
        qualifying = "AND event NOT IN (" + ", ".join("?" for _ in passive) + ")"
    raw.execute(
        f"INSERT INTO {USER_TABLE} SELECT account_id, user_id, day, sum(n)::BIGINT FROM _roll_slice "
        f"WHERE user_id IS NOT NULL {qualifying} GROUP BY account_id, user_id, day ORDER BY day, account_id",
        list(passive),
    )
    raw.execute("DROP TABLE _roll_slice")


def rolled_up_until(store: Store) -> str | None:
    """The newest `loaded_at` of the events the rollups hold (as text), None before the first refresh."""
    stored = _stored_stamp(store)
    return stored[3] if stored is not None and stored[3] else None
