"""DDL for the canonical tables on DuckDB, generated from `banso.model`, and the schema migrations."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

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
# anti-join the loader does instead (see event_append.py).
_NO_PRIMARY_KEY = {"events"}


# Columns stored with a compression of our choosing instead of DuckDB's. Event ids are nearly all
# distinct, so the dictionary DuckDB builds for them saves little, and building it is the largest single
# cost of writing events. At the design scale (103 million ids) zstd loaded the events 3.3 s faster
# (38.7 → 35.4 s), for 118 MiB more store (6 % of the events) and 6-9 % slower scans of every id (the
# load's id check, the daily file's look-up of ids already stored); UUIDs and numeric ids gain as well.
# A storage choice, not a layout: a store made before keeps DuckDB's choice and reads and writes the
# same values, so there is no migration for it.
_COMPRESSION = {("events", "event_id"): "zstd"}


def column_sql(table: str, column: Column) -> str:
    compression = _COMPRESSION.get((table, column.name))
    using = f" USING COMPRESSION {compression}" if compression else ""
    return f"{column.name} {SQL_TYPES[column.kind]}{using}"


def create_table_sql(table: Table) -> str:
    cols = [column_sql(table.name, c) for c in table.columns]
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

# The daily rollup of events (see rollup.py) and the health engine's snapshots. Snapshots carry no
# primary key: a snapshot run replaces its (as_of, model_version) rows in one transaction, and a
# key index over a year of per-metric rows would cost more than it guards.
EVENT_DAILY_SQL = """
CREATE TABLE IF NOT EXISTS event_daily (
  account_id VARCHAR,
  user_id VARCHAR,
  day DATE,
  event VARCHAR,
  n BIGINT
)
"""

HEALTH_SNAPSHOTS_SQL = """
CREATE TABLE IF NOT EXISTS health_snapshots (
  account_id VARCHAR NOT NULL,
  as_of DATE NOT NULL,
  score DOUBLE,
  band VARCHAR,
  model_name VARCHAR NOT NULL,
  model_version VARCHAR NOT NULL,
  computed_at TIMESTAMP NOT NULL,
  dimensions JSON,
  metrics JSON
)
"""  # metrics: dropped by migration 6

HEALTH_METRIC_VALUES_SQL = """
CREATE TABLE IF NOT EXISTS health_metric_values (
  account_id VARCHAR NOT NULL,
  as_of DATE NOT NULL,
  model_version VARCHAR NOT NULL,
  metric VARCHAR NOT NULL,
  dimension VARCHAR NOT NULL,
  value DOUBLE,
  score DOUBLE,
  points DOUBLE
)
"""

# The same rollup summed over users: account-level windows (counts, breadth, recency) read this.
ACCOUNT_DAILY_SQL = """
CREATE TABLE IF NOT EXISTS account_daily (
  account_id VARCHAR,
  day DATE,
  event VARCHAR,
  n BIGINT
)
"""

# Qualifying events per member and day: what member metrics (active users, evenness) read. It
# replaces event_daily, which kept the event name per user and day and so was nearly as large as
# the events themselves (83 of 102 million rows at the design scale).
USER_DAILY_SQL = """
CREATE TABLE IF NOT EXISTS user_daily (
  account_id VARCHAR,
  user_id VARCHAR,
  day DATE,
  n BIGINT
)
"""

# Point lookups of one account (the account page, a CRM deep link) in tables that are not stored in
# account order: an index turns a scan of every row into a lookup.
SNAPSHOT_INDEX = "ix_health_snapshots_account"
SNAPSHOT_INDEX_SQL = f"CREATE INDEX IF NOT EXISTS {SNAPSHOT_INDEX} ON health_snapshots (account_id)"
ACCOUNT_INDEXES_SQL = [
    SNAPSHOT_INDEX_SQL,
    "CREATE INDEX IF NOT EXISTS ix_memberships_account ON memberships (account_id)",
    "CREATE INDEX IF NOT EXISTS ix_touchpoints_account ON touchpoints (account_id)",
]

# Current scores (banso.health.current): the health model over windows ending today, one row per
# account, renewed every few minutes for the accounts that received events. The metric values are
# kept so that percentile scores rank a renewed account among every account's latest values.
# Created on first use (banso.store.current_write), not by a migration: a store written by an older
# banso, or an engine store, is not migrated for them.
CURRENT_SQL = [
    """
CREATE TABLE IF NOT EXISTS current_scores (
  account_id VARCHAR PRIMARY KEY,
  as_of TIMESTAMP NOT NULL,
  score DOUBLE,
  band VARCHAR,
  tier VARCHAR,
  live BOOLEAN,
  model_version VARCHAR NOT NULL,
  dimensions JSON,
  metrics JSON
)
""",
    """
CREATE TABLE IF NOT EXISTS current_metric_values (
  account_id VARCHAR NOT NULL,
  metric VARCHAR NOT NULL,
  value DOUBLE,
  PRIMARY KEY (account_id, metric)
)
""",
]

# Each migration brings the store from version i to i + 1. Append, never edit.
MIGRATIONS: list[list[str]] = [
    [META_SQL, LOADS_SQL, *(create_table_sql(t) for t in SOURCE_TABLES.values())],
    [EVENT_DAILY_SQL, HEALTH_SNAPSHOTS_SQL, HEALTH_METRIC_VALUES_SQL],
    [ACCOUNT_DAILY_SQL, "DELETE FROM banso_meta WHERE key = 'event_daily_stamp'"],
    [USER_DAILY_SQL, "DELETE FROM event_daily", "DELETE FROM account_daily",
     "DELETE FROM banso_meta WHERE key = 'event_daily_stamp'"],
    ACCOUNT_INDEXES_SQL,
    # The snapshots' per-metric JSON repeated health_metric_values: at the design scale 15 of the 20 MB a
    # snapshot wrote to the log, 0.17 of its 0.45 s of writing, 224 MiB of store a year. DuckDB alters no
    # table an index depends on, hence the index dropped and built again.
    [f"DROP INDEX IF EXISTS {SNAPSHOT_INDEX}", "ALTER TABLE health_snapshots DROP COLUMN IF EXISTS metrics",
     SNAPSHOT_INDEX_SQL],
]

SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class DropColumn:
    """A migration step on an engine store (PostgreSQL, Spark): `table` loses `column`."""

    table: str
    column: str


# Engine stores (banso.store.portable) start at the layout of their time (banso.store.layout), which was
# version 5 for the first of them; from there each version gets these engine-neutral steps, in the order
# of MIGRATIONS (a table the layout adds is created by the engine store itself). Append with MIGRATIONS.
FIRST_ENGINE_VERSION = 5
ENGINE_MIGRATIONS: list[list[DropColumn]] = [
    [DropColumn("health_snapshots", "metrics")],  # 5 -> 6
]

# Tables whose layout only a migration changes: their Ibis handles may be kept for the store's life.
STORE_TABLES = frozenset({"loads", "banso_meta", "event_daily", "health_snapshots", "health_metric_values",
                          "account_daily", "user_daily", "current_scores", "current_metric_values",
                          *SOURCE_TABLES})


# -- the daily rollups (see banso.store.rollup): their tables and their freshness stamp, on every engine
USER_TABLE = "user_daily"
ACCOUNT_TABLE = "account_daily"
STAMP_KEY = "event_daily_stamp"  # in banso_meta
Progress = Callable[[int, int, str], None]


def passive_key(passive: Sequence[str]) -> str:
    """The passive-event list in a rollup stamp: the rollups hold qualifying events for that list only."""
    return hashlib.sha256("\n".join(sorted(set(passive))).encode()).hexdigest()[:12]
