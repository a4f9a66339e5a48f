"""Daily rollups of events on DuckDB (`banso.store.rollup` picks this or the portable engines' version).

Rollups exist so metric windows do not rescan the raw log.

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

The build reads the events in slices of accounts (events are stored clustered by account, so each
slice reads only its own row groups) to bound memory at the design scale (100 million events),
and appends each slice in day order. On another engine (PostgreSQL, Spark) the same tables are
built from Ibis expressions by `banso.store.portable.rollup`, with the same stamp.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from banso.job_progress import ROLLING_UP
from banso.store.duckdb.store import Store
from banso.store.limits import memory_cap
from banso.store.schema import ACCOUNT_TABLE, STAMP_KEY, USER_TABLE, Progress, passive_key

_EVENTS_PER_SLICE = 12_000_000

def _current_stamp(store: Store, passive: Sequence[str]) -> tuple[int, str, str]:
    count = store.raw.execute("SELECT count(*) FROM events").fetchall()[0][0]
    last = store.raw.execute("SELECT max(finished_at) FROM loads WHERE table_name = 'events'").fetchall()[0][0]
    return int(count), "" if last is None else str(last), passive_key(passive)


def stored_stamp(store: Store) -> tuple[int, str, str, str] | None:
    rows = store.raw.execute("SELECT value FROM banso_meta WHERE key = ?", [STAMP_KEY]).fetchall()
    if not rows:
        return None
    parts = rows[0][0].split("|")
    if len(parts) != 4:
        return None
    count, last, passive, loaded = parts
    return int(count), last, passive, loaded


def is_fresh(store: Store, passive: Sequence[str]) -> bool:
    stored = stored_stamp(store)
    return stored is not None and stored[:3] == _current_stamp(store, passive)


def refresh(store: Store, passive: Sequence[str], progress: Progress | None = None) -> str:
    """Bring the rollups up to date; returns 'fresh', 'appended' or 'rebuilt'."""
    current = _current_stamp(store, passive)
    stored = stored_stamp(store)
    if stored is not None and stored[:3] == current:
        return "fresh"
    raw = store.raw
    mode = "rebuilt"
    since = stored[3] if stored else ""
    if stored is not None and since and stored[2] == current[2]:
        new = raw.execute("SELECT count(*) FROM events WHERE loaded_at > CAST(? AS TIMESTAMP)", [since]).fetchall()
        if stored[0] + int(new[0][0]) == current[0]:
            mode = "appended"
            if int(new[0][0]) == 0:  # a load that found nothing new: the rollups hold everything already
                stamp = "|".join([str(current[0]), current[1], current[2], since])
                with store.transaction():
                    raw.execute("INSERT OR REPLACE INTO banso_meta VALUES (?, ?)", [STAMP_KEY, stamp])
                return "fresh"
    slices = _account_slices(store) if mode == "rebuilt" else [(None, None)]
    with store.transaction(), memory_cap(store):
        if mode == "rebuilt":
            raw.execute(f"DELETE FROM {USER_TABLE}")
            raw.execute(f"DELETE FROM {ACCOUNT_TABLE}")
        for i, (lo, hi) in enumerate(slices):
            if progress:
                progress(i, len(slices), ROLLING_UP)
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
    where = " AND ".join(conditions)
    # Each rollup straight from the events: grouping by (account, user, day, event) first, to derive
    # both from one scan, built a table nearly as large as the events (83 of 102 million rows).
    # Rows go in day order, so a snapshot's windows read only the row groups of their days.
    raw.execute(f"INSERT INTO {ACCOUNT_TABLE} SELECT account_id, day, event, count(*) FROM events "
                f"WHERE {where} GROUP BY account_id, day, event ORDER BY day, account_id", params)
    qualifying = ""
    if passive:
        qualifying = "AND event NOT IN (" + ", ".join("?" for _ in passive) + ")"
    raw.execute(
        f"INSERT INTO {USER_TABLE} SELECT account_id, user_id, day, count(*) FROM events "
        f"WHERE {where} AND user_id IS NOT NULL {qualifying} GROUP BY account_id, user_id, day "
        "ORDER BY day, account_id",
        [*params, *passive],
    )
