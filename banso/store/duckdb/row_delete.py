"""Removing rows by key, for what the app itself wrote (a note deleted in the web app).

Loads only add and update; a note that its author deletes must leave the `touchpoints` table too, or
the timeline and the impact report would keep counting it. The delete and its line in the `loads`
log land in one transaction, so the data version moves on and cached figures are computed again.
"""

from __future__ import annotations

from banso.errors import StoreError
from banso.model import SOURCE_TABLES
from banso.store.duckdb.load_sql import q, record_load
from banso.store.duckdb.store import Store
from banso.store.load_plan import LoadOutcome
from banso.values import utc_now


def delete_rows(store: Store, table: str, values: list[str], *, source: str) -> int:
    """Delete the rows of `table` whose key is one of `values`; how many were deleted."""
    spec = SOURCE_TABLES[table]
    if len(spec.key) != 1:
        raise StoreError(f"rows of {table} are not deleted by a single key")
    if store.engine != "duckdb":
        raise StoreError(f"changing rows from the app needs the DuckDB store; this workspace's store is on "
                         f"{store.engine}")
    if not values:
        return 0
    key = q(spec.key[0])
    marks = ", ".join("?" for _ in values)
    started = utc_now()
    with store.transaction() as raw:
        found = raw.execute(f"SELECT count(*) FROM {spec.name} WHERE {key} IN ({marks})", values).fetchall()[0][0]
        raw.execute(f"DELETE FROM {spec.name} WHERE {key} IN ({marks})", values)
        outcome = LoadOutcome(table, source, [f"{found} row(s) deleted"], rows_read=int(found))
        record_load(raw, outcome, started)
    return int(found)
