"""The fast path for events: validate and append in one scan per file, no staging copy.

Event loads are large (a year of a 15,000-account product is ~100 million rows), so they do not
stage every row beside its raw text as other tables do. Each file is appended directly, keeping
only rows whose every value converts; if any row was held back, or an id repeats, the caller
rolls the transaction back and runs the staging path (`banso.store.bulk_load.diagnose`) to name
the bad rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import duckdb

from banso.model import EVENTS
from banso.store.load_plan import LoadOutcome, LoadPlan, SourceFile
from banso.store.load_sql import (
    extra_json_sql,
    file_columns,
    local_day_sql,
    q,
    record_load,
    scalar,
    scan_sql,
    typed_sql,
)


class RowsRejected(Exception):
    """Some rows could not be appended as they are; diagnose the load to say which."""


# Source types whose values always convert to the canonical type.
_SAFE = {
    "string": ("VARCHAR",),
    "timestamp": ("TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ"),
}


def append_events(
    raw: duckdb.DuckDBPyConnection,
    work: Sequence[tuple[SourceFile, LoadPlan]],
    progress: Callable[[int, int, str], None] | None = None,
) -> LoadOutcome:
    plan = work[0][1]
    outcome = LoadOutcome("events", plan.source, [f.name for f, _ in work])
    started = datetime.now(UTC).replace(tzinfo=None)
    stamp = started  # marks this load's rows inside the transaction
    had_events = scalar(raw, "SELECT count(*) FROM (SELECT 1 FROM events LIMIT 1)") > 0
    appended = 0
    for i, (f, file_plan) in enumerate(work):
        if progress:
            progress(i, len(work), f.name)
        rows, kept = _append_file(raw, f, file_plan, stamp)
        outcome.rows_read += rows
        if kept != rows:
            raise RowsRejected(f.name)
        appended += kept
    if progress:
        progress(len(work), len(work), "checking ids")
    # Exact: equal ids have equal hashes, so no repeated hash means no repeated id.
    repeats = scalar(
        raw, "SELECT count(*) - count(DISTINCT hash(event_id)) FROM events WHERE loaded_at = ?", [stamp]
    )
    if repeats:
        exact = scalar(
            raw, "SELECT count(*) - count(DISTINCT event_id) FROM events WHERE loaded_at = ?", [stamp]
        )
        if exact:
            raise RowsRejected("duplicate event ids")
    new = appended
    if had_events:
        raw.execute(
            "DELETE FROM events WHERE loaded_at = ? AND event_id IN "
            "(SELECT event_id FROM events WHERE loaded_at <> ?)",
            [stamp, stamp],
        )
        new = scalar(raw, "SELECT count(*) FROM events WHERE loaded_at = ?", [stamp])
    outcome.inserted = new
    outcome.unchanged = outcome.rows_read - new
    if plan.allow_unknown_references:  # otherwise such rows were held back, so there are none
        outcome.unknown_references = scalar(
            raw,
            "SELECT count(*) FROM events e WHERE loaded_at = ? AND account_id IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.account_id = e.account_id)",
            [stamp],
        )
        if outcome.unknown_references:
            outcome.warnings.append(
                f"{outcome.unknown_references} events refer to accounts not loaded yet; "
                "they are kept and counted by `banso status`"
            )
    record_load(raw, outcome, started)
    return outcome


def _append_file(raw: duckdb.DuckDBPyConnection, f: SourceFile, plan: LoadPlan, stamp: datetime) -> tuple[int, int]:
    """Append the convertible rows of one file in (account, time) order; return (rows in file, rows kept)."""
    types = dict(file_columns(raw, f))
    scan, scan_params = scan_sql(f)
    by_field = {fp.field: fp for fp in plan.fields}
    select: list[str] = []
    params: list[object] = []
    checks: list[str] = []
    for col in EVENTS.columns:
        if col.name in ("day", "loaded_at"):
            continue
        fp = by_field.get(col.name)
        if col.name == EVENTS.extra:
            expr, p = extra_json_sql(fp, plan.extra_columns, types)
            select.append(f"{expr} AS {col.name}")
            params += p
            if fp is not None and fp.column is not None and types.get(fp.column, "").upper() != "JSON":
                src = q(fp.column)
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
            typed = _trimmed_text(q(fp.column))
        select.append(f"{typed} AS {col.name}")
        if native not in _SAFE.get(col.kind, ()):
            text = f"NULLIF(trim(CAST({q(fp.column)} AS VARCHAR)), '')"
            checks.append(f"({typed} IS NOT NULL OR {text} IS NULL)")
    required = [c.name for c in EVENTS.columns if c.required]
    where = [f"{name} IS NOT NULL" for name in required]
    if not plan.allow_unknown_references:
        where.append("(account_id IS NULL OR account_id IN (SELECT account_id FROM accounts))")
    inner = f"SELECT {', '.join(select)}, ({' AND '.join(checks) or 'true'}) AS _ok FROM {scan}"
    local_day = local_day_sql("ts", plan.workspace_timezone)
    cols = [c.name for c in EVENTS.columns if c.name not in ("day", "loaded_at")]
    try:
        kept = scalar(
            raw,
            f"INSERT INTO events ({', '.join(cols)}, day, loaded_at) "
            f"SELECT {', '.join(cols)}, {local_day}, ? FROM ({inner}) "
            f"WHERE _ok AND {' AND '.join(where)} ORDER BY account_id, ts",
            [stamp, *params, *scan_params],
        )
    except duckdb.Error as exc:
        raise RowsRejected(f"{f.name}: {exc}") from exc
    return scalar(raw, f"SELECT count(*) FROM {scan}", scan_params), kept


def _trimmed_text(src: str) -> str:
    """`_typed`'s trimmed text, trimming only values that may start or end with a space.

    Same result as NULLIF(trim(x), ''), a third cheaper over a hundred million ids.
    """
    return f"CASE WHEN ascii({src}) <= 32 OR ascii(right({src}, 1)) <= 32 THEN NULLIF(trim({src}), '') ELSE {src} END"
