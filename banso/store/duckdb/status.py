"""What the store holds, read in DuckDB's own SQL: the figures of `banso status` and the data page.

The same figures as `banso.status.store_status` computes through Ibis on the other engines (the engine
conformance tests hold them equal). Here they come from one connection without Ibis or pandas, so
`banso status` answers in well under a second: loading Ibis's compilers and pandas would cost more
than the queries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from banso.model import SOURCE_TABLES

if TYPE_CHECKING:
    from banso.store.duckdb.store import Store

# the orphans from the events grouped by account first: a few thousand groups to match against the
# accounts instead of every event (7x faster on the town demo)
_FIGURES = """
WITH per AS (SELECT account_id, count(*) AS n FROM events WHERE account_id IS NOT NULL GROUP BY account_id)
SELECT
  (SELECT min(ts) FROM events) AS first_event,
  (SELECT max(ts) FROM events) AS last_event,
  (SELECT count(*) FROM accounts a
     WHERE NOT EXISTS (SELECT 1 FROM per WHERE per.account_id = a.account_id)) AS accounts_without_events,
  (SELECT count(*) FROM events WHERE account_id IS NULL) AS events_without_account,
  (SELECT coalesce(sum(n), 0) FROM per
     WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.account_id = per.account_id)) AS events_with_unknown_account
"""


def figures(store: Store) -> dict[str, Any]:
    """counts (per source table), first/last event, the orphans, events by source and the last five loads."""
    raw = store.raw.cursor()
    try:
        counts = {name: int(raw.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])  # type: ignore[index]
                  for name in SOURCE_TABLES}
        cursor = raw.execute(_FIGURES)
        names = [d[0] for d in cursor.description]
        found = dict(zip(names, cursor.fetchone() or (), strict=True))
        by_source = raw.execute("SELECT source, count(*) AS n FROM events GROUP BY source ORDER BY n DESC, source"
                                ).fetchall()
        cursor = raw.execute("SELECT * FROM loads ORDER BY finished_at DESC NULLS LAST LIMIT 5")
        columns = [d[0] for d in cursor.description]
        loads = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    finally:
        raw.close()
    return {"counts": counts, **found, "events_by_source": {str(s): int(n) for s, n in by_source},
            "last_loads": loads}


_RENEWALS = """
SELECT (SELECT max(finished_at) FROM loads WHERE files IS NULL OR files <> ?) AS loaded,
       (SELECT max(finished_at) FROM loads) AS landed,
       (SELECT max(computed_at) FROM health_snapshots) AS scored
"""


def renewals(store: Store, collector_files: str) -> tuple[Any, Any, Any]:
    """When the last load other than the collector's ended, the last load of any kind, and the last health
    snapshot was computed (None where there is none).

    Asked on every cached read once its time to live has passed and after every load: one small query
    here, where Ibis would compile and run two (a fiftieth of a second, a third of a small file's load).
    """
    raw = store.raw.cursor()
    try:
        row = raw.execute(_RENEWALS, [collector_files]).fetchone()
    finally:
        raw.close()
    return (row[0], row[1], row[2]) if row else (None, None, None)


def newest_event(store: Store) -> Any:
    """The newest event's time (None without events): DuckDB answers it from its column statistics, a few
    milliseconds at a hundred million events."""
    raw = store.raw.cursor()
    try:
        row = raw.execute("SELECT max(ts) FROM events").fetchone()
    finally:
        raw.close()
    return row[0] if row else None
