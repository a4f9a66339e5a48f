"""Make a canonical table of a PostgreSQL store a view over a source table in the same database.

The view's body is an Ibis expression compiled by the store's backend; names are quoted by psycopg,
never pasted. The view replaces the store's (empty) table of that name, or an earlier view, in one
transaction with the line in the `loads` log, so a failed link leaves the store as it was.
"""

from __future__ import annotations

import uuid

import ibis.expr.types as ir
import pandas as pd

from banso.errors import LoadError, StoreError
from banso.store.duckdb.store import Store
from banso.store.load_plan import LoadOutcome
from banso.values import utc_now


def link_view(store: Store, name: str, expr: ir.Table, outcome: LoadOutcome) -> None:
    """Replace the store's table `name` with a view of `expr`, and log it as a load of `outcome`."""
    from psycopg import sql  # the `postgres` extra: imported only when a PostgreSQL store links a view

    from banso.store.portable.store import EngineStore

    if not isinstance(store, EngineStore) or store.engine != "postgres":
        raise StoreError("a source is read in place only by a PostgreSQL store on the same database")
    body = store.ibis.compile(expr)
    started = utc_now()
    with store.transaction(), store.ibis.con.cursor() as cur:
        cur.execute("SELECT table_type FROM information_schema.tables "
                    "WHERE table_schema = current_schema() AND table_name = %s", [name])
        found = cur.fetchall()
        if found and found[0][0] == "BASE TABLE":
            cur.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(name)))
            rows = cur.fetchall()[0][0]
            if rows:
                raise LoadError(f"the store's {name} table already holds {rows:,} rows; reading a source in place "
                                "would hide them. Empty that table first, or copy instead (a DuckDB store)")
            cur.execute(sql.SQL("DROP TABLE {}").format(sql.Identifier(name)))
        elif found:
            cur.execute(sql.SQL("DROP VIEW {}").format(sql.Identifier(name)))
        cur.execute(sql.SQL("CREATE VIEW {} AS ").format(sql.Identifier(name)) + sql.SQL(body))  # type: ignore[operator]
        store.adapter.append("loads", pd.DataFrame([{
            "load_id": uuid.uuid4().hex, "table_name": outcome.table, "source": outcome.source,
            "files": ", ".join(outcome.files), "rows_read": outcome.rows_read, "rows_inserted": 0,
            "rows_updated": 0, "started_at": started, "finished_at": utc_now(),
        }]))
    store.forget(name)
