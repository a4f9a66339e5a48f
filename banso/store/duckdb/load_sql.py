"""The SQL pieces every load is built from: reading a file, typing a value, the local day.

Both load paths use them, the staging path for small tables (`bulk_load`) and the fast path for
events (`event_append`), so a value is read and converted the same way whichever path takes it:
a re-diagnosed event load finds exactly the rows the fast path held back.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import duckdb

from banso.model import Column
from banso.store.load_plan import FieldPlan, LoadOutcome, SourceFile
from banso.store.read_errors import unreadable
from banso.values import utc_now

NUMERIC_TYPES = ("DOUBLE", "FLOAT", "BIGINT", "INTEGER", "SMALLINT", "TINYINT", "HUGEINT", "UBIGINT", "UINTEGER")


def q(name: str) -> str:
    """Quote an identifier (source column names come from users' files)."""
    return '"' + name.replace('"', '""') + '"'


def file_columns(raw: duckdb.DuckDBPyConnection, f: SourceFile) -> list[tuple[str, str]]:
    """Column names and DuckDB types of a file, as it will be read."""
    scan, params = scan_sql(f)
    try:
        rows = raw.execute(f"DESCRIBE SELECT * FROM {scan}", params).fetchall()
    except duckdb.Error as exc:
        raise unreadable(f.name, f.format, exc) from exc
    return [(r[0], r[1]) for r in rows]


def scan_sql(f: SourceFile, *, with_ordinality: bool = False) -> tuple[str, list[object]]:
    """The table function reading `f` (every CSV value as text), and its parameters."""
    path = str(f.path)
    if f.format == "csv":
        sql = "read_csv(?, all_varchar = true, header = true, delim = ?, quote = '\"', escape = '\"')"
        params: list[object] = [path, f.delimiter]
    elif f.format == "jsonl":
        sql = "read_json(?, format = 'newline_delimited', union_by_name = true)"
        params = [path]
    else:
        sql = "read_parquet(?)"
        params = [path]
    if with_ordinality:
        sql += " WITH ORDINALITY AS _src"
    return sql, params


def typed_sql(col: Column, src: str, src_type: str, source_tz: str) -> str:
    """An expression turning the source value into the canonical type, NULL when it cannot.

    The session time zone is UTC; times written without an offset are read in `source_tz`.
    """
    text = f"NULLIF(trim(CAST({src} AS VARCHAR)), '')"
    native = src_type.upper()
    tz = tz_literal(source_tz)
    if col.kind == "string":
        return text
    if col.kind in ("float", "integer"):
        target = "DOUBLE" if col.kind == "float" else "BIGINT"
        if native in NUMERIC_TYPES or native.startswith("DECIMAL"):
            return f"TRY_CAST({src} AS {target})"
        cleaned = f"replace(replace(replace({text}, ',', ''), '¥', ''), '￥', '')"
        return f"TRY_CAST({cleaned} AS {target})"
    if col.kind == "timestamp":
        if native in ("TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ"):
            return utc_naive_sql(src)
        if "TIME ZONE" in native or native.startswith("TIMESTAMPTZ"):  # e.g. nanosecond precision
            return utc_naive_sql(f"CAST({src} AS TIMESTAMPTZ)")
        if native.startswith("TIMESTAMP") or native == "DATE":
            return f"CAST(timezone('{tz}', CAST({src} AS TIMESTAMP)) AS TIMESTAMP)"
        naive = (
            f"coalesce(TRY_CAST({text} AS TIMESTAMP), "
            f"try_strptime({text}, ['%Y/%m/%d %H:%M:%S', '%Y/%m/%d %H:%M', '%Y/%m/%d']))"
        )
        return (
            f"CASE WHEN regexp_matches({text}, '([zZ]|[+-][0-9]{{2}}(:?[0-9]{{2}})?)$') "
            f"THEN CAST(TRY_CAST({text} AS TIMESTAMPTZ) AS TIMESTAMP) "
            f"ELSE CAST(timezone('{tz}', {naive}) AS TIMESTAMP) END"
        )
    if col.kind == "date":
        if native == "DATE" or native.startswith("TIMESTAMP"):
            return f"CAST({src} AS DATE)"
        slash = f"CAST(try_strptime({text}, ['%Y/%m/%d']) AS DATE)"
        return f"coalesce(TRY_CAST({text} AS DATE), {slash})"
    if col.kind == "month":
        if native == "DATE" or native.startswith("TIMESTAMP"):
            return f"CAST(date_trunc('month', {src}) AS DATE)"
        parsed = f"coalesce(TRY_CAST({text} AS DATE), CAST(try_strptime({text}, ['%Y-%m', '%Y/%m']) AS DATE))"
        return f"CAST(date_trunc('month', {parsed}) AS DATE)"
    raise ValueError(col.kind)


def utc_naive_sql(instant: str) -> str:
    """A TIMESTAMPTZ expression as the naive UTC TIMESTAMP the store keeps.

    The same value as CAST(x AS TIMESTAMP) in a UTC session, without the time-zone library's
    per-row calendar arithmetic (half the cost of a plain copy of the events): the microseconds
    since the epoch are the UTC wall time. Infinite instants, which have no epoch, take the cast.
    """
    return f"coalesce(make_timestamp(epoch_us({instant})), CAST({instant} AS TIMESTAMP))"


def local_day_sql(ts: str, zone: str) -> str:
    """The calendar day of a UTC timestamp column in `zone`.

    Zones without daylight saving (Asia/Tokyo) add a constant offset, which is much cheaper
    over a hundred million rows than a per-row zone conversion.
    """
    offset = _fixed_offset_seconds(zone)
    if offset is not None:
        return f"CAST({ts} + INTERVAL ({offset}) SECOND AS DATE)"
    return f"CAST(timezone('{tz_literal(zone)}', timezone('UTC', {ts})) AS DATE)"


def _fixed_offset_seconds(zone: str) -> int | None:
    tz = ZoneInfo(zone)
    start = datetime(1990, 1, 1, tzinfo=UTC)
    offsets = {int((start + timedelta(days=30 * i)).astimezone(tz).utcoffset().total_seconds())  # type: ignore[union-attr]
               for i in range(0, 12 * 60)}
    return offsets.pop() if len(offsets) == 1 else None


def extra_json_sql(
    mapped: FieldPlan | None, extra_columns: tuple[str, ...], types: dict[str, str], *, strict: bool = False
) -> tuple[str, list[object]]:
    """The JSON object of traits/properties: a mapped JSON column merged with unmapped columns.

    A mapped value that is not JSON becomes no properties, for the caller's check to find; with
    `strict` (a text column) it fails the statement instead, which is how the event path refuses
    it: a separate check parsed every value a second time, a twentieth of a large load.
    """
    params: list[object] = []
    base = "CAST('{}' AS JSON)"
    if mapped is not None and mapped.column is not None:
        src = q(mapped.column)
        value = (f"CAST(CASE WHEN trim(CAST({src} AS VARCHAR)) = '' THEN NULL ELSE {src} END AS JSON)" if strict
                 else f"TRY_CAST({src} AS JSON)")
        base = f"coalesce({value}, CAST('{{}}' AS JSON))"
    if not extra_columns:
        return (f"NULLIF(CAST({base} AS JSON), CAST('{{}}' AS JSON))", params)
    pairs = []
    for c in extra_columns:
        pairs.append(f"?, {q(c)}")
        params.append(c)
    merged = f"json_merge_patch({base}, json_object({', '.join(pairs)}))"
    return (f"NULLIF(CAST({merged} AS JSON), CAST('{{}}' AS JSON))", params)


def record_load(raw: duckdb.DuckDBPyConnection, outcome: LoadOutcome, started: datetime) -> None:
    """Write the load's line in the `loads` log (inside the load's transaction)."""
    raw.execute(
        "INSERT INTO loads VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            uuid.uuid4().hex,
            outcome.table,
            outcome.source,
            ", ".join(outcome.files),
            outcome.rows_read,
            outcome.inserted,
            outcome.updated,
            started,
            utc_now(),
        ],
    )


def scalar(raw: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> int:
    """The integer a one-value query returns (0 for NULL)."""
    rows = raw.execute(sql, params or []).fetchall()  # fetchall leaves no unfinished result behind
    return int(rows[0][0]) if rows and rows[0][0] is not None else 0


def tz_literal(tz: str) -> str:
    return tz.replace("'", "''")


def first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0]
