"""DDL for the canonical tables on DuckDB, generated from `banso.model`, and the schema migrations."""

from __future__ import annotations

from banso.model import SOURCE_TABLES, Column, Table

SQL_TYPES = {
    "string": "VARCHAR",
    "float": "DOUBLE",
    "integer": "BIGINT",
    "timestamp": "TIMESTAMP",  # always UTC
    "date": "DATE",
    "month": "DATE",
    "json": "JSON",
}

# Events carry no primary key: an index over 100 million ids would cost more than the
# anti-join the loader does instead (see bulk_load.py).
_NO_PRIMARY_KEY = {"events"}


def column_sql(column: Column) -> str:
    return f"{column.name} {SQL_TYPES[column.kind]}"


def create_table_sql(table: Table) -> str:
    cols = [column_sql(c) for c in table.columns]
    cols.append("loaded_at TIMESTAMP")
    if table.name not in _NO_PRIMARY_KEY:
        cols.append(f"PRIMARY KEY ({', '.join(table.key)})")
    return f"CREATE TABLE IF NOT EXISTS {table.name} (\n  " + ",\n  ".join(cols) + "\n)"


LOADS_SQL = """
CREATE TABLE IF NOT EXISTS loads (
  load_id VARCHAR PRIMARY KEY,
  table_name VARCHAR NOT NULL,
  source VARCHAR,
  files VARCHAR,
  rows_read BIGINT,
  rows_inserted BIGINT,
  rows_updated BIGINT,
  started_at TIMESTAMP,
  finished_at TIMESTAMP
)
"""

META_SQL = "CREATE TABLE IF NOT EXISTS banso_meta (key VARCHAR PRIMARY KEY, value VARCHAR)"

# Each migration brings the store from version i to i + 1. Append, never edit.
MIGRATIONS: list[list[str]] = [
    [META_SQL, LOADS_SQL, *(create_table_sql(t) for t in SOURCE_TABLES.values())],
]

SCHEMA_VERSION = len(MIGRATIONS)
