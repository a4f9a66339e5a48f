"""The store's tables as engine-neutral Ibis schemas, and how each is laid out on a large engine.

DuckDB creates its tables from SQL (`schema.py`, with migrations); the other engines create the
same tables from these schemas, so the canonical model is still declared once (`banso.model`).
The layout hints say what the scale doc argues: the event log and its rollups are read by date
window and grouped by account, so they are partitioned by day and clustered by account.
"""

from __future__ import annotations

import ibis
import ibis.expr.schema as sch

from banso.model import SOURCE_TABLES

IBIS_TYPES = {
    "string": "string",
    "float": "float64",
    "integer": "int64",
    "timestamp": "timestamp",  # UTC, without zone, as on DuckDB
    "date": "date",
    "month": "date",
    "json": "json",
}

_DERIVED: dict[str, dict[str, str]] = {
    "banso_meta": {"key": "string", "value": "string"},
    "loads": {"load_id": "string", "table_name": "string", "source": "string", "files": "string",
              "rows_read": "int64", "rows_inserted": "int64", "rows_updated": "int64",
              "started_at": "timestamp", "finished_at": "timestamp"},
    "account_daily": {"account_id": "string", "day": "date", "event": "string", "n": "int64"},
    "user_daily": {"account_id": "string", "user_id": "string", "day": "date", "n": "int64"},
    "health_snapshots": {"account_id": "string", "as_of": "date", "score": "float64", "band": "string",
                         "model_name": "string", "model_version": "string", "computed_at": "timestamp",
                         "dimensions": "json"},
    "health_metric_values": {"account_id": "string", "as_of": "date", "model_version": "string", "metric": "string",
                             "dimension": "string", "value": "float64", "score": "float64", "points": "float64"},
}


def table_schemas() -> dict[str, sch.Schema]:
    """Every table an engine store holds, by name, in creation order."""
    out = {name: ibis.schema(cols) for name, cols in _DERIVED.items() if name in ("banso_meta", "loads")}
    for table in SOURCE_TABLES.values():
        cols = {c.name: IBIS_TYPES[c.kind] for c in table.columns}
        out[table.name] = ibis.schema({**cols, "loaded_at": "timestamp"})
    out.update({name: ibis.schema(cols) for name, cols in _DERIVED.items() if name not in out})
    return out


def json_columns(name: str) -> tuple[str, ...]:
    """The JSON columns of a store table (engines without a JSON type keep them as text)."""
    schema = table_schemas().get(name)
    return tuple(c for c, t in schema.items() if t.is_json()) if schema is not None else ()


# Table -> (partition column, clustering columns): applied where the engine has the notion.
LAYOUT: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "events": ("day", ("account_id",)),
    "account_daily": ("day", ("account_id",)),
    "user_daily": ("day", ("account_id",)),
    "health_snapshots": ("as_of", ("account_id",)),
    "health_metric_values": ("as_of", ("account_id",)),
    "touchpoints": (None, ("account_id",)),
    "memberships": (None, ("account_id",)),
}
