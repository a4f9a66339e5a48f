"""Atomic, validated bulk loads of source files into the canonical tables (DuckDB).

A load stages every file into a temporary table with typed columns beside their raw text, checks
each row (types, required values, allowed values, duplicate keys, references), and only when no row
is bad merges the stage into the target inside the same transaction. A bad file therefore leaves
the store exactly as it was. Re-loading a file changes nothing: rows already present with the same
values are counted as unchanged; events already present (same `event_id`) are skipped.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import NoReturn

import duckdb

from banso.errors import LoadError, RowProblem
from banso.job_progress import CHECKING, WRITING
from banso.model import SOURCE_TABLES, Column, Table
from banso.store.duckdb.event_append import append_events
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
from banso.store.load_plan import FieldPlan, LoadOutcome, LoadPlan, SourceFile
from banso.store.read_errors import unreadable
from banso.values import utc_now

MAX_PROBLEMS = 20
_FLAG_PREFIX = "_bad_"


def bulk_load(
    raw: duckdb.DuckDBPyConnection,
    work: Sequence[tuple[SourceFile, LoadPlan]],
    progress: Callable[[int, int, str], None] | None = None,
    *,
    trim: bool = False,
) -> LoadOutcome:
    """Load each file by its plan into one table atomically; raise LoadError listing bad rows.

    The caller owns the transaction (see `Store.transaction`), so that a load of several files,
    and the record of it, land together or not at all. Events take the fast path
    (`append_events`, which may ask to be run again with `trim`).
    """
    if not work:
        raise LoadError("no files to load")
    plan = work[0][1]
    if plan.table == "events":
        return append_events(raw, work, progress, trim=trim)
    outcome = _stage_and_check(raw, work, progress)
    table = SOURCE_TABLES[plan.table]
    started = utc_now()
    if progress:
        progress(len(work), len(work), WRITING)
    provided = sorted({fp.field for _, p in work for fp in p.fields} | ({table.extra} if table.extra else set()))
    _merge(raw, table, provided, outcome)
    record_load(raw, outcome, started)
    raw.execute("DROP TABLE IF EXISTS _stage")
    return outcome


def diagnose(raw: duckdb.DuckDBPyConnection, work: Sequence[tuple[SourceFile, LoadPlan]]) -> NoReturn:
    """Stage and check a load that the fast path refused, raising LoadError that names the bad rows."""
    _stage_and_check(raw, work, None)
    raise LoadError("the load was refused, but no row could be singled out; check the files' encoding and format")


def _stage_and_check(
    raw: duckdb.DuckDBPyConnection,
    work: Sequence[tuple[SourceFile, LoadPlan]],
    progress: Callable[[int, int, str], None] | None,
) -> LoadOutcome:
    plan = work[0][1]
    table = SOURCE_TABLES[plan.table]
    outcome = LoadOutcome(plan.table, plan.source, [f.name for f, _ in work])
    try:
        raw.execute("DROP TABLE IF EXISTS _stage")
        for i, (f, file_plan) in enumerate(work):
            if progress:
                progress(i, len(work), f.name)
            _stage_file(raw, table, file_plan, f, first=(i == 0))
        if progress:
            progress(len(work), len(work), CHECKING)
    finally:
        # After a failed read the transaction is aborted: that error is the one to report (the rollback resets this).
        with contextlib.suppress(duckdb.TransactionException):
            raw.execute("SET TimeZone = 'UTC'")
    outcome.rows_read = scalar(raw, "SELECT count(*) FROM _stage")
    _check_rows(raw, table)
    _check_duplicates(raw, table)
    outcome.unknown_references = _check_references(raw, table, plan.allow_unknown_references)
    if outcome.unknown_references:
        outcome.warnings.append(
            f"{outcome.unknown_references} rows refer to accounts or users that are not loaded yet; "
            "they are kept and counted by `banso status`"
        )
    return outcome


# -- staging ---------------------------------------------------------------------------------------


def _stage_file(
    raw: duckdb.DuckDBPyConnection, table: Table, plan: LoadPlan, f: SourceFile, *, first: bool
) -> None:
    types = dict(file_columns(raw, f))
    scan, params = scan_sql(f, with_ordinality=True)
    select: list[str] = []
    sel_params: list[object] = []
    by_field = {fp.field: fp for fp in plan.fields}
    for col in table.columns:
        if col.name == "loaded_at":
            continue
        if col.name == "day":
            continue
        if col.name == table.extra:
            expr, p = extra_json_sql(by_field.get(col.name), plan.extra_columns, types)
            select.append(f"{expr} AS {col.name}")
            sel_params += p
            select.append(f"{_bad_json(by_field.get(col.name))} AS {_FLAG_PREFIX}{col.name}")
            continue
        fp = by_field.get(col.name)
        if fp is None:
            select.append(f"CAST(NULL AS {_sql_type(col)}) AS {col.name}")
            select.append(f"NULL AS {_FLAG_PREFIX}{col.name}")
            continue
        if fp.column is not None:
            raw_sql = f"NULLIF(trim(CAST({q(fp.column)} AS VARCHAR)), '')"
            typed = typed_sql(col, q(fp.column), types.get(fp.column, "VARCHAR"), plan.source_timezone)
            select.append(f"{typed} AS {col.name}")
            select.append(f"{raw_sql} AS {_FLAG_PREFIX}{col.name}")
        else:
            select.append(f"{typed_sql(col, '?', 'VARCHAR', plan.source_timezone)} AS {col.name}")
            sel_params.append(fp.constant)
            select.append(f"? AS {_FLAG_PREFIX}{col.name}")
            sel_params.append(fp.constant)
    select.append("? AS _file")
    sel_params.append(f.name)
    select.append("_src.ordinality AS _row")
    body = f"SELECT {', '.join(select)} FROM {scan}"
    if table.name == "events":
        # The calendar day in the workspace's zone, from the already typed UTC timestamp.
        body = f"SELECT *, {local_day_sql('ts', plan.workspace_timezone)} AS day FROM ({body})"
    verb = "CREATE TEMP TABLE _stage AS " if first else "INSERT INTO _stage BY NAME "
    try:
        raw.execute(verb + body, sel_params + params)
    except duckdb.Error as exc:
        raise unreadable(f.name, f.format, exc) from exc


def _sql_type(col: Column) -> str:
    from banso.store.schema import SQL_TYPES

    return SQL_TYPES[col.kind]


def _bad_json(mapped: FieldPlan | None) -> str:
    if mapped is None or mapped.column is None:
        return "NULL"
    src = q(mapped.column)
    text = f"NULLIF(trim(CAST({src} AS VARCHAR)), '')"
    return f"CASE WHEN {text} IS NOT NULL AND TRY_CAST({src} AS JSON) IS NULL THEN {text} END"


# -- checks ----------------------------------------------------------------------------------------


def _check_rows(raw: duckdb.DuckDBPyConnection, table: Table) -> None:
    """Type, required and allowed-value problems, first ones first."""
    cases = []
    for col in table.columns:
        if col.name in ("loaded_at", "day"):
            continue
        flag = f"{_FLAG_PREFIX}{col.name}"
        if col.name == table.extra:
            cases.append(
                f"SELECT _file, _row, '{col.name}' AS col, 'not valid JSON: ' || left({flag}, 60) AS reason "
                f"FROM _stage WHERE {flag} IS NOT NULL"
            )
            continue
        if col.required:
            cases.append(
                f"SELECT _file, _row, '{col.name}', 'missing value (required)' FROM _stage "
                f"WHERE {col.name} IS NULL AND {flag} IS NULL"
            )
        cases.append(
            f"SELECT _file, _row, '{col.name}', 'not a valid {_kind_word(col)}: ' || left({flag}, 60) "
            f"FROM _stage WHERE {col.name} IS NULL AND {flag} IS NOT NULL"
        )
        if col.choices:
            allowed = ", ".join(f"'{c}'" for c in col.choices)
            cases.append(
                f"SELECT _file, _row, '{col.name}', "
                f"'must be one of {', '.join(col.choices)}; got ' || left({col.name}, 60) "
                f"FROM _stage WHERE {col.name} IS NOT NULL AND {col.name} NOT IN ({allowed})"
            )
    union = " UNION ALL ".join(cases)
    total = scalar(raw, f"SELECT count(*) FROM ({union})")
    if total:
        rows = raw.execute(f"SELECT * FROM ({union}) ORDER BY _file, _row LIMIT {MAX_PROBLEMS}").fetchall()
        problems = [RowProblem(r[0], _line(r[0], r[1]), r[2], r[3]) for r in rows]
        raise LoadError(f"{total} problem(s) in the rows of this load:", problems, total)


def _kind_word(col: Column) -> str:
    return {
        "float": "number",
        "integer": "whole number",
        "timestamp": "timestamp (e.g. 2026-04-01T09:30:00+09:00)",
        "date": "date (YYYY-MM-DD)",
        "month": "month (YYYY-MM)",
        "string": "text",
        "json": "JSON object",
    }[col.kind]


def _check_duplicates(raw: duckdb.DuckDBPyConnection, table: Table) -> None:
    """The same key twice in one load is ambiguous: which row should win?"""
    key = ", ".join(table.key)
    dup_sql = (
        f"SELECT {key}, count(*) AS n, min(_file) AS f, list(_row ORDER BY _row)[:3] AS rows_ "
        f"FROM _stage GROUP BY {key} HAVING count(*) > 1"
    )
    total = scalar(raw, f"SELECT count(*) FROM ({dup_sql})")
    if not total:
        return
    rows = raw.execute(f"SELECT * FROM ({dup_sql}) ORDER BY f, rows_[1] LIMIT {MAX_PROBLEMS}").fetchall()
    problems = []
    nkey = len(table.key)
    for r in rows:
        keyval = "/".join(str(v) for v in r[:nkey])
        file, row_ids = r[nkey + 1], r[nkey + 2]
        lines = ", ".join(str(_line(file, x)) for x in row_ids)
        problems.append(
            RowProblem(file, _line(file, row_ids[0]), "/".join(table.key),
                       f"duplicate key {keyval!r} ({r[nkey]} rows; lines {lines})")
        )
    raise LoadError(f"{total} key(s) appear more than once in this load:", problems, total)


def _check_references(raw: duckdb.DuckDBPyConnection, table: Table, allow_unknown: bool) -> int:
    """Rows pointing at accounts or users that neither the store nor this load knows."""
    problems: list[RowProblem] = []
    total = 0
    for col, target in table.references.items():
        key = SOURCE_TABLES[target].key[0]
        missing = (
            f"FROM _stage s WHERE s.{col} IS NOT NULL "
            f"AND NOT EXISTS (SELECT 1 FROM {target} t WHERE t.{key} = s.{col})"
        )
        n = scalar(raw, f"SELECT count(*) {missing}")
        total += n
        if n and not allow_unknown:
            rows = raw.execute(
                f"SELECT _file, _row, s.{col} {missing} ORDER BY _file, _row LIMIT {MAX_PROBLEMS}"
            ).fetchall()
            problems += [
                RowProblem(r[0], _line(r[0], r[1]), col, f"unknown {target[:-1]} {r[2]!r}") for r in rows
            ]
    if problems:
        raise LoadError(
            f"{total} row(s) refer to {'/'.join(table.references.values())} not in the store "
            "(load those first, or pass --allow-unknown to keep them):",
            problems[:MAX_PROBLEMS],
            total,
        )
    return total


# -- writing ---------------------------------------------------------------------------------------


def _merge(raw: duckdb.DuckDBPyConnection, table: Table, provided: list[str], outcome: LoadOutcome) -> None:
    """Upsert: new keys are inserted; existing ones get the provided columns, extra JSON merged."""
    key = list(table.key)
    on = " AND ".join(f"t.{k} = s.{k}" for k in key)
    value_cols = [c for c in provided if c not in key]

    def differs(c: str) -> str:
        if c == table.extra:  # new traits merge into the old ones; a row without any changes nothing
            return f"(s.{c} IS NOT NULL AND coalesce(t.{c}, '{{}}') IS DISTINCT FROM json_merge_patch(coalesce(t.{c}, '{{}}'), s.{c}))"
        return f"t.{c} IS DISTINCT FROM s.{c}"

    changed = " OR ".join(differs(c) for c in value_cols) or "false"
    existing = scalar(raw, f"SELECT count(*) FROM _stage s JOIN {table.name} t ON {on}")
    outcome.updated = scalar(raw, f"SELECT count(*) FROM _stage s JOIN {table.name} t ON {on} WHERE {changed}")
    outcome.unchanged = existing - outcome.updated
    outcome.inserted = outcome.rows_read - existing
    cols = key + value_cols
    sets = []
    for c in value_cols:
        if c == table.extra:
            sets.append(
                f"{c} = CASE WHEN excluded.{c} IS NULL THEN {table.name}.{c} "
                f"ELSE json_merge_patch(coalesce({table.name}.{c}, '{{}}'), excluded.{c}) END"
            )
        else:
            sets.append(f"{c} = excluded.{c}")
    sets.append("loaded_at = excluded.loaded_at")
    raw.execute(
        f"INSERT INTO {table.name} ({', '.join(cols)}, loaded_at) "
        f"SELECT {', '.join('s.' + c for c in cols)}, now()::TIMESTAMP FROM _stage s "
        f"WHERE NOT EXISTS (SELECT 1 FROM {table.name} t WHERE {on} AND NOT ({changed})) "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {', '.join(sets)}"
    )


# -- small helpers ---------------------------------------------------------------------------------


def _line(file: str, row: int) -> int:
    """Ordinality → line in the file: CSV has a header line; JSON lines and Parquet rows count from 1."""
    return row + 1 if file.lower().endswith((".csv", ".csv.gz", ".tsv", ".tsv.gz")) else row
