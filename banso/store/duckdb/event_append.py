"""The fast path for events: validate and append in one scan per file, no staging copy.

Event loads are large (a year of a 15,000-account product is ~100 million rows), so they do not
stage every row beside its raw text as other tables do. Each file is appended directly, keeping
only rows whose every value converts; if any row was held back, a value came padded, or an id
repeats, the caller rolls the transaction back and runs the load again trimming, or the staging
path (`banso.store.duckdb.bulk_load.diagnose`) to name the bad rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from itertools import pairwise

import duckdb

from banso.job_progress import CHECKING_IDS
from banso.model import EVENTS
from banso.store.duckdb.load_sql import (
    extra_json_sql,
    file_columns,
    local_day_sql,
    q,
    record_load,
    scalar,
    scan_sql,
    typed_sql,
)
from banso.store.duckdb.memory_limit import limit_bytes, lowered_memory_limit
from banso.store.load_plan import LoadOutcome, LoadPlan, SourceFile
from banso.values import utc_now


class RowsRejected(Exception):
    """Some rows could not be appended as they are; diagnose the load to say which.

    `untrimmed` says the load copied text as it came: run it again trimming (`trim=True`) before
    concluding that a row is bad, since a padded id refuses the load too.
    """

    def __init__(self, reason: str, *, untrimmed: bool = False):
        super().__init__(reason)
        self.untrimmed = untrimmed


# The order a file that is not clustered already is sorted in. The account clusters the log (one
# account's events sit in a few row groups, which the account page and the rollup's account slices
# read alone: at 100 million events a lookup by account takes milliseconds, a scan some 200-500 ms).
# The time is no part of the key: no query relies on it, every reader orders what it shows.
ORDER = "account_id"

# The least memory DuckDB is left while the id hashes are held outside it (`_repeated_hashes`).
_DUCKDB_FLOOR = 512 * 2**20

# Source types whose values always convert to the canonical type.
_SAFE = {
    "string": ("VARCHAR",),
    "timestamp": ("TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ"),
}


def append_events(
    raw: duckdb.DuckDBPyConnection,
    work: Sequence[tuple[SourceFile, LoadPlan]],
    progress: Callable[[int, int, str], None] | None = None,
    *,
    trim: bool = False,
) -> LoadOutcome:
    """Append every file's events, or raise RowsRejected (the caller rolls back).

    Text is trimmed as the staging path trims it, NULLIF(trim(x), ''). Exports almost never pad
    their ids, and trimming every value costs a third of a plain copy over a hundred million
    rows, so without `trim` text is copied as it is and, once every file is in, the load is
    refused if a value that trimming would change (empty, or starting or ending with a space) came
    in: the caller then runs the load again with `trim`. Both give the same rows.
    """
    plan = work[0][1]
    outcome = LoadOutcome("events", plan.source, [f.name for f, _ in work])
    started = utc_now()
    stamp = started  # marks this load's rows inside the transaction
    had_events = scalar(raw, "SELECT count(*) FROM (SELECT 1 FROM events LIMIT 1)") > 0
    appended = 0
    copied: set[str] = set()  # text columns copied as they came
    for i, (f, file_plan) in enumerate(work):
        if progress:
            progress(i, len(work), f.name)
        rows, kept, as_is = _append_file(raw, f, file_plan, stamp, trim)
        outcome.rows_read += rows
        if kept != rows:
            raise RowsRejected(f.name, untrimmed=not trim)
        appended += kept
        copied |= as_is
    if progress:
        progress(len(work), len(work), CHECKING_IDS)
    if copied - {"event_id"} and _any_padded(raw, sorted(copied - {"event_id"}), stamp):
        raise RowsRejected("text with spaces around it", untrimmed=True)
    hashed = (f"CASE WHEN {_may_be_padded('event_id')} THEN NULL ELSE hash(event_id) END" if "event_id" in copied
              else "hash(event_id)")
    repeats, padded_ids = _repeated_hashes(raw, hashed, stamp, appended)
    if padded_ids:
        raise RowsRejected("event ids with spaces around them", untrimmed=True)
    if repeats:
        exact = scalar(
            raw, "SELECT count(*) - count(DISTINCT event_id) FROM events WHERE loaded_at = ?", [stamp]
        )
        if exact:
            raise RowsRejected("duplicate event ids")
    new = appended
    if had_events:
        # The ids this load shares with the store are found by reading the stored ids past a lookup table of
        # this load's, not the other way round: one of every stored id (a hundred million) took 7-9 s to
        # build on every load. This load's ids go into a table of their own first: its row count is exact,
        # while from `loaded_at = ?` DuckDB guessed the load's rows to be the larger side and built its
        # table from the stored ids again.
        raw.execute("CREATE OR REPLACE TEMP TABLE _load_ids AS SELECT event_id FROM events WHERE loaded_at = ?",
                    [stamp])
        raw.execute(
            "DELETE FROM events WHERE loaded_at = ? AND event_id IN "
            "(SELECT old.event_id FROM events old WHERE old.loaded_at <> ? AND old.event_id IN "
            "(SELECT event_id FROM _load_ids))",
            [stamp, stamp],
        )
        raw.execute("DROP TABLE _load_ids")
        new = scalar(raw, "SELECT count(*) FROM events WHERE loaded_at = ?", [stamp])
    outcome.inserted = new
    outcome.unchanged = outcome.rows_read - new
    # Counted per account after the append, not joined row by row inside it: a few thousand ids to
    # look up instead of every event, and a join would keep DuckDB from writing in the file's order.
    outcome.unknown_references = scalar(
        raw,
        "SELECT coalesce(sum(n), 0) FROM (SELECT account_id, count(*) AS n FROM events "
        "WHERE loaded_at = ? AND account_id IS NOT NULL GROUP BY account_id) e "
        "WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.account_id = e.account_id)",
        [stamp],
    )
    if outcome.unknown_references and not plan.allow_unknown_references:
        raise RowsRejected("events of unknown accounts")
    if outcome.unknown_references:
        outcome.warnings.append(
            f"{outcome.unknown_references} events refer to accounts not loaded yet; "
            "they are kept and counted by `banso status`"
        )
    record_load(raw, outcome, started)
    return outcome


def _repeated_hashes(raw: duckdb.DuckDBPyConnection, hashed: str, stamp: datetime, count: int) -> tuple[int, bool]:
    """How many of this load's `count` id hashes (`hashed`) equal another one, and whether one is NULL
    (a padded id).

    Exact for the question it serves: equal ids have equal hashes, so no repeated hash means no
    repeated id (a repeat sends the caller to an exact count). Sorted hashes put repeats side by
    side. DuckDB reads and hashes the ids; Polars sorts them: at a hundred million hashes on two
    cores its sort takes 1.7-2.1 s against DuckDB's 4.2 s (a window over the sorted hashes, the
    fastest exact check in SQL measured: a hash table of them, GROUP BY or count(DISTINCT), took
    9.7-13.6 s). The same reading tells whether an id came padded: the ids are all distinct, so
    unlike the other text columns each value costs its own test, and reading them once more for it
    alone cost a thirtieth of the load.

    The hashes come to Python as one Polars column, through Arrow, not in pandas chunks copied into
    an array: 2.0 s against 2.8-3.1 s for reading a hundred million. They and their sorted copy live
    outside DuckDB (1.6 GB at a hundred million), so DuckDB's limit is lowered by as much while it
    reads them: it evicts blocks it cached while appending instead of growing beside them (a peak of
    4.0 GB without, 2.8-3.1 GB with).
    """
    import numpy as np

    held = 2 * count * np.dtype(np.uint64).itemsize
    with lowered_memory_limit(raw, max(limit_bytes(raw) - held, _DUCKDB_FLOOR)):
        hashes = raw.sql(f"SELECT {hashed} AS h FROM events WHERE loaded_at = $1", params=[stamp]).pl()["h"]
    if hashes.null_count():
        return 0, True
    ordered = hashes.sort().to_numpy()
    del hashes
    return int(np.count_nonzero(ordered[1:] == ordered[:-1])), False


def _any_padded(raw: duckdb.DuckDBPyConnection, columns: list[str], stamp: datetime) -> bool:
    """Whether a value this load copied as it came into `columns` is one trimming would change.

    Asked of the stored rows rather than of each row on its way in: the store keeps a column's
    distinct values once per block, and DuckDB tests a condition on those alone, so over a hundred
    million events the account, user and event columns are checked in about a fifth of a second,
    against seconds inside the append. The event ids, all distinct, are tested where the id check
    reads them (`append_events`).
    """
    found = " UNION ALL ".join(
        f"(SELECT 1 FROM events WHERE loaded_at = ? AND {_may_be_padded(c)} LIMIT 1)" for c in columns
    )
    return bool(raw.execute(found, [stamp] * len(columns)).fetchall())


def _append_file(raw: duckdb.DuckDBPyConnection, f: SourceFile, plan: LoadPlan, stamp: datetime,
                 trim: bool) -> tuple[int, int, set[str]]:
    """Append the convertible rows of one file clustered by account.

    Returns the rows in the file, the rows kept, and the text columns copied as they came (without
    `trim`; `_any_padded` checks those once the load's files are in).

    Clustering lets the account page and the rollup's account slices read only their own row
    groups: a file already clustered (`_clustered`) is written in its own order, others sorted.
    """
    types = dict(file_columns(raw, f))
    scan, scan_params = scan_sql(f)
    by_field = {fp.field: fp for fp in plan.fields}
    account = by_field.get("account_id")
    in_order = account is not None and account.column is not None and _clustered(raw, f, account.column)
    select: list[str] = []
    params: list[object] = []
    checks: list[str] = []
    as_is: set[str] = set()
    for col in EVENTS.columns:
        if col.name in ("day", "loaded_at"):
            continue
        fp = by_field.get(col.name)
        if col.name == EVENTS.extra:
            column = fp.column if fp is not None else None
            native = types.get(column, "").upper() if column is not None else "JSON"
            # Text that is not JSON fails the INSERT (RowsRejected below, then `diagnose` names the row); other
            # types (a struct, a map) convert leniently and are checked.
            expr, p = extra_json_sql(fp, plan.extra_columns, types, strict=native == "VARCHAR")
            select.append(f"{expr} AS {col.name}")
            params += p
            if column is not None and native not in ("JSON", "VARCHAR"):
                src = q(column)
                checks.append(f"(NULLIF(trim(CAST({src} AS VARCHAR)), '') IS NULL OR json_valid({src}))")
            continue
        if fp is None:
            select.append(f"NULL AS {col.name}")
            continue
        if fp.column is None:
            select.append(f"? AS {col.name}")
            params.append(fp.constant)
            continue
        native = types.get(fp.column, "VARCHAR").upper()
        typed = typed_sql(col, q(fp.column), native, plan.source_timezone)
        if col.kind == "string" and native == "VARCHAR":
            typed = _trimmed_text(q(fp.column)) if trim else q(fp.column)
            if not trim:
                as_is.add(col.name)
        select.append(f"{typed} AS {col.name}")
        if native not in _SAFE.get(col.kind, ()):
            text = f"NULLIF(trim(CAST({q(fp.column)} AS VARCHAR)), '')"
            checks.append(f"({typed} IS NOT NULL OR {text} IS NULL)")
    required = [c.name for c in EVENTS.columns if c.required]
    where = [f"{name} IS NOT NULL" for name in required]
    inner = f"SELECT {', '.join(select)}, ({' AND '.join(checks) or 'true'}) AS _ok FROM {scan}"
    local_day = local_day_sql("ts", plan.workspace_timezone)
    cols = [c.name for c in EVENTS.columns if c.name not in ("day", "loaded_at")]
    try:
        kept = scalar(
            raw,
            f"INSERT INTO events ({', '.join(cols)}, day, loaded_at) "
            f"SELECT {', '.join(cols)}, {local_day}, ? FROM ({inner}) "
            f"WHERE _ok AND {' AND '.join(where)}" + ("" if in_order else f" ORDER BY {ORDER}"),
            [stamp, *params, *scan_params],
        )
    except duckdb.Error as exc:
        raise RowsRejected(f"{f.name}: {exc}") from exc
    return scalar(raw, f"SELECT count(*) FROM {scan}", scan_params), kept, as_is


def _clustered(raw: duckdb.DuckDBPyConnection, f: SourceFile, column: str) -> bool:
    """Whether a Parquet file is clustered by `column` already, by its row groups' statistics.

    When each row group's range of values ends where the next one's begins, one account's rows lie
    in at most a row group or two of the file: writing the file in its own order clusters the log
    as well as sorting it would (to within a row group; writers cap those at about a million rows),
    and sorting is the largest cost of a load. Exports written by account (a warehouse table
    clustered by account, the generated worlds) take this path; time-ordered ones are sorted.
    """
    if f.format != "parquet":
        return False
    try:
        ranges = raw.execute(
            "SELECT stats_min_value, stats_max_value FROM parquet_metadata(?) "
            "WHERE path_in_schema = ? ORDER BY row_group_id",
            [str(f.path), column],
        ).fetchall()
    except duckdb.Error:
        return False
    if not ranges or any(lo is None or hi is None for lo, hi in ranges):
        return False
    return all(hi <= nxt for (_, hi), (nxt, _) in pairwise(ranges))


def _may_be_padded(src: str) -> str:
    """Whether trimming could change a text value: empty, starting with a character up to a space, or
    ending with a space.

    Only such values are trimmed (`_trimmed_text`); trim() removes spaces alone (a tab or a
    full-width space around a name is data, and stays). The comparison with '!' tests the first
    character's code, `suffix` the last byte: both without decoding the text (`right(x, 1)` did,
    and cost a tenth of the whole load of a hundred million events).
    """
    return f"({src} < '!' OR suffix({src}, ' '))"


def _trimmed_text(src: str) -> str:
    """NULLIF(trim(x), '') for the values `_may_be_padded` selects; every other value as it is."""
    return f"CASE WHEN {_may_be_padded(src)} THEN NULLIF(trim({src}), '') ELSE {src} END"
