"""The collector's atomic appends: one transaction per compaction (DuckDB).

`append_collected` writes what the compactor gathered from the spool (see `banso.collector`) into
the canonical tables and moves the spool position stored in `banso_meta` in the same transaction,
so after a crash a record is either fully in the store and past the position, or neither:

1. accounts from group calls: created, traits merged, and columns set from traits named like them —
   but a write key must not rewrite what the CRM owns, so a source sets a column only when it is
   empty, when the same source set its current value (recorded in `collector_account_fields`, with
   the value, so a later file load that changed it wins), or when the source owns the column
   (`banso source set NAME --owns plan`). Traits always merge, so nothing sent is lost;
2. users from identify calls: created, email and first `created_at` set, traits merged
   (`$set_once`-style traits only where unset);
3. events: the first of each id within the chunk, and only ids the store does not hold yet —
   a retried message lands once. The anti-join reads only events within two days of the chunk's
   times (a retry carries its original timestamp), so it stays cheap on a large store. An event
   without an account takes its user's, when the user is a member of exactly one (browser SDKs
   rarely repeat the account on every event);
4. memberships: from group calls, and from every event of a known user attributed to an account;
5. aliases: the previous id becomes the user id in events and memberships;
6. events without an account get one when their user has just become a member of exactly one;
7. one line per source, table and day in `loads`, grown by each compaction, so `banso status`,
   the web app and the rollups see new data as they do after a file load.

Events re-attributed or renamed get the compaction's `loaded_at`, which tells the rollups to
rebuild rather than append (`banso.store.rollup`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import duckdb
import pyarrow as pa

from banso.store.duckdb.load_sql import local_day_sql
from banso.store.duckdb.store import Store
from banso.values import utc_now

META_PREFIX = "collector_spool:"
WINDOW = "INTERVAL 2 DAY"

# Which source last set an account column through a group call, and to what (as text).
FIELD_SOURCES_SQL = ("CREATE TABLE IF NOT EXISTS collector_account_fields (account_id VARCHAR, field VARCHAR, "
                     "source VARCHAR, value VARCHAR, PRIMARY KEY (account_id, field))")

ACCOUNT_COLUMNS = (
    ("name", "VARCHAR"), ("plan", "VARCHAR"), ("tier", "VARCHAR"), ("mrr", "DOUBLE"), ("seats", "BIGINT"),
    ("status", "VARCHAR"), ("trial_started_at", "TS"), ("contract_started_at", "TS"), ("renewal_date", "DATE"),
    ("churned_at", "TS"), ("owner", "VARCHAR"), ("crm_url", "VARCHAR"),
)


class PositionMoved(Exception):
    """The stored spool position is not the one the compactor started from (another drain ran)."""

    def __init__(self, stored: str | None):
        super().__init__(stored)
        self.stored = stored


@dataclass
class Gathered:
    """One compaction's rows, as Arrow tables (timestamps as UTC microseconds)."""

    events: pa.Table  # seq, event_id, ts, user_id, account_id, event, properties, received_at, source
    users: pa.Table  # user_id, email, created_at, traits_set, traits_once, source
    accounts: pa.Table  # account_id, <ACCOUNT_COLUMNS>, traits, source
    memberships: pa.Table  # user_id, account_id, joined_at, source
    aliases: list[tuple[str, str]] = field(default_factory=list)
    owners: dict[str, tuple[str, ...]] = field(default_factory=dict)  # source -> account columns it owns


@dataclass
class SinkOutcome:
    events_received: int = 0
    events_inserted: int = 0
    events_repeated: int = 0
    events_without_account: int = 0
    users: int = 0
    accounts: int = 0
    memberships_added: int = 0
    events_attributed_later: int = 0
    events_by_source: dict[str, tuple[int, int]] = field(default_factory=dict)  # source -> (received, inserted)


def position_key(spool_id: str) -> str:
    return META_PREFIX + spool_id


def read_position(store: Store, spool_id: str) -> str | None:
    rows = store.raw.execute("SELECT value FROM banso_meta WHERE key = ?", [position_key(spool_id)]).fetchall()
    return str(rows[0][0]) if rows else None


def append_collected(store: Store, gathered: Gathered, *, spool_id: str, expected: str | None, position: str,
                     timezone: str) -> SinkOutcome:
    """Write one compaction atomically and move the stored spool position from `expected` to `position`."""
    out = SinkOutcome()
    stamp = utc_now()
    raw = store.raw
    with store.transaction():
        stored = read_position(store, spool_id)
        if stored != expected:
            raise PositionMoved(stored)
        for name, table in (("_c_events", gathered.events), ("_c_users", gathered.users),
                            ("_c_accounts", gathered.accounts), ("_c_memberships", gathered.memberships)):
            raw.register(name, table)
        try:
            if gathered.accounts.num_rows:
                order = list(dict.fromkeys(gathered.accounts.column("source").to_pylist()))  # first come, first set
                out.accounts = _accounts(raw, stamp, order, gathered.owners)
            out.users = _users(raw, stamp) if gathered.users.num_rows else 0
            _events(raw, out, stamp, timezone)
            new_members = _memberships(raw, stamp)
            out.memberships_added = new_members
            for previous, user in gathered.aliases:
                _alias(raw, previous, user, stamp)
            if new_members:
                out.events_attributed_later = _attribute(raw, stamp, "_c_new_members")
            _record_loads(raw, gathered, out, stamp)
            raw.execute("INSERT OR REPLACE INTO banso_meta VALUES (?, ?)", [position_key(spool_id), position])
        finally:
            for name in ("_c_events", "_c_users", "_c_accounts", "_c_memberships"):
                raw.unregister(name)
            for name in ("_c_new", "_c_members", "_c_new_members", "_c_set"):
                raw.execute(f"DROP TABLE IF EXISTS {name}")
    return out


def attribute_unmapped(store: Store) -> int:
    """Give every event without an account the account of its user, when the user has exactly one."""
    stamp = utc_now()
    with store.transaction():
        return _attribute(store.raw, stamp, None)


# -- steps -----------------------------------------------------------------------------------------


def _ts(expr: str) -> str:
    return f"make_timestamp({expr})"


def _accounts(raw: duckdb.DuckDBPyConnection, stamp: datetime, sources: list[str],
              owners: dict[str, tuple[str, ...]]) -> int:
    """Create the chunk's accounts, merge their traits, and set the columns each source may set (step 1)."""
    raw.execute(FIELD_SOURCES_SQL)
    raw.execute("INSERT INTO accounts (account_id, loaded_at) SELECT DISTINCT account_id, ? FROM _c_accounts "
                "ON CONFLICT DO NOTHING", [stamp])
    names = [name for name, _ in ACCOUNT_COLUMNS]
    said = ", ".join(f"max(CASE WHEN field = '{n}' THEN source END) AS {n}_source, "
                     f"max(CASE WHEN field = '{n}' THEN value END) AS {n}_value" for n in names)
    for source in sources:
        owned = set(owners.get(source, ()))
        decided = []
        for name, kind in ACCOUNT_COLUMNS:
            value = _ts(f"c.{name}") if kind == "TS" else f"CAST(c.{name} AS {kind})"
            may = "true" if name in owned else (
                f"a.{name} IS NULL OR (p.{name}_source = c.source "
                f"AND p.{name}_value IS NOT DISTINCT FROM CAST(a.{name} AS VARCHAR))")
            decided.append(f"CASE WHEN c.{name} IS NOT NULL AND ({may}) THEN {value} END AS {name}")
        raw.execute(
            "CREATE OR REPLACE TEMP TABLE _c_set AS "
            f"SELECT c.account_id, c.traits, {', '.join(decided)} FROM _c_accounts c "
            "JOIN accounts a ON a.account_id = c.account_id "
            f"LEFT JOIN (SELECT account_id, {said} FROM collector_account_fields "
            "  WHERE account_id IN (SELECT account_id FROM _c_accounts) GROUP BY account_id) p "
            "ON p.account_id = c.account_id WHERE c.source = ?",
            [source],
        )
        sets = ", ".join(f"{n} = coalesce(s.{n}, accounts.{n})" for n in names)
        raw.execute(
            f"UPDATE accounts SET {sets}, "
            "traits = CASE WHEN s.traits IS NULL THEN accounts.traits "
            "ELSE json_merge_patch(coalesce(accounts.traits, '{}'), CAST(s.traits AS JSON)) END, loaded_at = ? "
            "FROM _c_set s WHERE accounts.account_id = s.account_id",
            [stamp],
        )
        now_set = ", ".join(f"CASE WHEN s.{n} IS NOT NULL THEN CAST(a.{n} AS VARCHAR) END AS {n}" for n in names)
        raw.execute(
            "INSERT OR REPLACE INTO collector_account_fields "
            f"SELECT account_id, field, ?, value FROM (SELECT s.account_id, {now_set} FROM _c_set s "
            "JOIN accounts a ON a.account_id = s.account_id) "
            f"UNPIVOT (value FOR field IN ({', '.join(names)}))",
            [source],
        )
    return _count(raw, "SELECT count(DISTINCT account_id) FROM _c_accounts")


def _users(raw: duckdb.DuckDBPyConnection, stamp: datetime) -> int:
    raw.execute("INSERT INTO users (user_id, loaded_at) SELECT user_id, ? FROM _c_users ON CONFLICT DO NOTHING",
                [stamp])
    raw.execute(
        "UPDATE users SET email = coalesce(c.email, users.email), "
        f"created_at = coalesce(users.created_at, {_ts('c.created_at')}), "
        "traits = NULLIF(json_merge_patch(json_merge_patch(coalesce(CAST(c.traits_once AS JSON), '{}'), "
        "coalesce(users.traits, '{}')), coalesce(CAST(c.traits_set AS JSON), '{}')), CAST('{}' AS JSON)), "
        "loaded_at = ? FROM _c_users c WHERE users.user_id = c.user_id",
        [stamp],
    )
    return _count(raw, "SELECT count(*) FROM _c_users")


def _events(raw: duckdb.DuckDBPyConnection, out: SinkOutcome, stamp: datetime, timezone: str) -> None:
    out.events_received = _count(raw, "SELECT count(*) FROM _c_events")
    bounds = raw.execute("SELECT min(ts), max(ts) FROM _c_events").fetchall()[0]
    raw.execute(
        "CREATE OR REPLACE TEMP TABLE _c_new AS "
        "SELECT event_id, make_timestamp(ts) AS ts, user_id, account_id, event, properties, "
        "make_timestamp(received_at) AS received_at, source FROM _c_events "
        "QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY seq) = 1"
    )
    if bounds[0] is not None:
        raw.execute(
            "DELETE FROM _c_new WHERE event_id IN (SELECT e.event_id FROM events e "
            f"WHERE e.ts BETWEEN make_timestamp(?) - {WINDOW} AND make_timestamp(?) + {WINDOW} "
            "AND e.event_id IN (SELECT event_id FROM _c_new))",
            [bounds[0], bounds[1]],
        )
    raw.execute(
        "UPDATE _c_new SET account_id = m.account_id FROM ("
        "  SELECT user_id, any_value(account_id) AS account_id FROM memberships WHERE user_id IN ("
        "    SELECT user_id FROM _c_new WHERE account_id IS NULL AND user_id IS NOT NULL)"
        "  GROUP BY user_id HAVING count(*) = 1) m "
        "WHERE _c_new.account_id IS NULL AND _c_new.user_id = m.user_id"
    )
    out.events_inserted = _count(raw, "SELECT count(*) FROM _c_new")
    out.events_repeated = out.events_received - out.events_inserted
    out.events_without_account = _count(raw, "SELECT count(*) FROM _c_new WHERE account_id IS NULL")
    for source, received, inserted in raw.execute(
        "SELECT r.source, r.n, coalesce(i.n, 0) FROM (SELECT source, count(*) AS n FROM _c_events GROUP BY source) r "
        "LEFT JOIN (SELECT source, count(*) AS n FROM _c_new GROUP BY source) i USING (source)"
    ).fetchall():
        out.events_by_source[str(source)] = (int(received), int(inserted))
    raw.execute(
        "INSERT INTO events (event_id, ts, user_id, account_id, event, properties, received_at, source, day, loaded_at) "
        "SELECT event_id, ts, user_id, account_id, event, CAST(properties AS JSON), received_at, source, "
        f"{local_day_sql('ts', timezone)}, ? FROM _c_new ORDER BY account_id, ts",
        [stamp],
    )


def _memberships(raw: duckdb.DuckDBPyConnection, stamp: datetime) -> int:
    """Explicit memberships and those implied by attributed events; returns how many are new."""
    raw.execute(
        "CREATE OR REPLACE TEMP TABLE _c_members AS SELECT user_id, account_id, min(joined_at) AS joined_at FROM ("
        "  SELECT user_id, account_id, make_timestamp(joined_at) AS joined_at FROM _c_memberships"
        "  UNION ALL SELECT user_id, account_id, ts FROM _c_new WHERE user_id IS NOT NULL AND account_id IS NOT NULL"
        ") GROUP BY user_id, account_id"
    )
    raw.execute(
        "CREATE OR REPLACE TEMP TABLE _c_new_members AS SELECT c.* FROM _c_members c "
        "ANTI JOIN memberships m ON m.user_id = c.user_id AND m.account_id = c.account_id"
    )
    added = _count(raw, "SELECT count(*) FROM _c_new_members")
    if added:
        raw.execute("INSERT INTO memberships (user_id, account_id, joined_at, loaded_at) "
                    "SELECT user_id, account_id, joined_at, ? FROM _c_new_members", [stamp])
        raw.execute("INSERT INTO users (user_id, loaded_at) SELECT DISTINCT user_id, ? FROM _c_new_members "
                    "ON CONFLICT DO NOTHING", [stamp])
    return added


def _alias(raw: duckdb.DuckDBPyConnection, previous: str, user: str, stamp: datetime) -> None:
    raw.execute("UPDATE events SET user_id = ?, loaded_at = ? WHERE user_id = ?", [user, stamp, previous])
    raw.execute("INSERT INTO memberships (user_id, account_id, joined_at, loaded_at) "
                "SELECT ?, account_id, joined_at, ? FROM memberships WHERE user_id = ? ON CONFLICT DO NOTHING",
                [user, stamp, previous])
    raw.execute("DELETE FROM memberships WHERE user_id = ?", [previous])
    raw.execute("INSERT INTO users (user_id, loaded_at) VALUES (?, ?) ON CONFLICT DO NOTHING", [user, stamp])


def _attribute(raw: duckdb.DuckDBPyConnection, stamp: datetime, members: str | None) -> int:
    scope = f"WHERE user_id IN (SELECT user_id FROM {members})" if members else ""
    before = _count(raw, "SELECT count(*) FROM events WHERE account_id IS NULL AND user_id IS NOT NULL")
    if not before:
        return 0
    raw.execute(
        "UPDATE events SET account_id = m.account_id, loaded_at = ? FROM ("
        f"  SELECT user_id, any_value(account_id) AS account_id FROM memberships {scope} "
        "  GROUP BY user_id HAVING count(*) = 1) m "
        "WHERE events.account_id IS NULL AND events.user_id = m.user_id",
        [stamp],
    )
    after = _count(raw, "SELECT count(*) FROM events WHERE account_id IS NULL AND user_id IS NOT NULL")
    return before - after


def _record_loads(raw: duckdb.DuckDBPyConnection, gathered: Gathered, out: SinkOutcome, stamp: datetime) -> None:
    """Grow today's `loads` line per source and table (one line a day, not one per compaction)."""
    day = stamp.date().isoformat()
    lines: dict[tuple[str, str], tuple[int, int]] = {}
    for source, (received, inserted) in out.events_by_source.items():
        lines[(source, "events")] = (received, inserted)
    for table, data in (("users", gathered.users), ("accounts", gathered.accounts),
                        ("memberships", gathered.memberships)):
        if data.num_rows:
            for source, n in raw.execute(f"SELECT source, count(*) FROM _c_{table} GROUP BY source").fetchall():
                lines[(str(source), table)] = (int(n), int(n))
    for (source, table), (received, inserted) in lines.items():
        raw.execute(
            "INSERT INTO loads VALUES (?, ?, ?, 'collector', ?, ?, 0, ?, ?) ON CONFLICT (load_id) DO UPDATE SET "
            "rows_read = loads.rows_read + excluded.rows_read, "
            "rows_inserted = loads.rows_inserted + excluded.rows_inserted, finished_at = excluded.finished_at",
            [f"collector:{source}:{table}:{day}", table, source, received, inserted, stamp, stamp],
        )


def _count(raw: duckdb.DuckDBPyConnection, sql: str) -> int:
    rows = raw.execute(sql).fetchall()
    return int(rows[0][0]) if rows and rows[0][0] is not None else 0
