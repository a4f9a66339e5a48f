"""Read a source in place when the store lives in that same PostgreSQL database: a view, no copy.

The source's columns are mapped onto the canonical table as an Ibis expression — the same mapping
as a copy (`banso.ingest.mapping`), the same trimming of text — checked once over the current rows
(required values, allowed values, duplicate keys, references), and linked as a view. Later queries
read the product's rows as they are at that moment, so nothing needs re-loading.

What a view cannot do portably is refused with the reason, before anything changes: text that would
have to be parsed as numbers or times (cast it in a `query:` source instead), times without a zone
in a zone with daylight saving, and unmapped columns kept as traits (they are left out, with a warning).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import ibis
import ibis.expr.types as ir

from banso.config.models import DatabaseSource, SourceConfig, WorkspaceConfig
from banso.errors import BansoError, LoadError
from banso.ingest.loader import Progress
from banso.ingest.mapping import plan_for
from banso.job_progress import CHECKING_ROWS, LINKED
from banso.model import SOURCE_TABLES, Column, Table
from banso.store import Store
from banso.store.layout import IBIS_TYPES
from banso.store.load_plan import LoadOutcome, LoadPlan
from banso.store.portable.in_place import link_view
from banso.store.source_read import first_line, redact, source_on


def in_place_target(store: Store, db: DatabaseSource, where: str) -> bool:
    """True when the store is on the source's own PostgreSQL database (same host, port and database)."""
    label = getattr(store, "label", "")
    if store.engine != "postgres" or db.engine != "postgres" or "://" not in label or "://" not in where:
        return False
    return _database(label) == _database(where)


def _database(url: str) -> tuple[str, int, str]:
    parts = urlsplit(url)
    return ((parts.hostname or "localhost").lower(), parts.port or 5432, parts.path.strip("/"))


def link_in_place(store: Store, config: WorkspaceConfig, table: str, name: str, source: SourceConfig, *,
                  allow_unknown: bool = False, progress: Progress | None = None) -> LoadOutcome:
    """Check the source's rows and make the store's `table` a view over them."""
    db = source.database
    assert db is not None
    src = source_on(store.ibis, "postgres", redact(getattr(store, "label", "postgres")), table=db.table,
                    query=db.query)
    display = db.table or f"{name} query"
    holder = f"table {db.table}" if db.table else "query"
    plan = plan_for(table, name, source, display, src.columns, config.timezone, allow_unknown, holder=holder)
    definition = SOURCE_TABLES[table]
    view = canonical(src.expr, plan, definition, display)
    outcome = LoadOutcome(table, name, [display], origin=f"{src.label} (read in place: a view, no copy)",
                          in_place=True)
    if plan.extra_columns:
        outcome.warnings.append(f"in place keeps no traits from unmapped columns ({', '.join(plan.extra_columns)}); "
                                "map a JSON column to them, or copy into a DuckDB store to keep them")
    if progress:
        progress(0, 1, CHECKING_ROWS)
    try:
        outcome.rows_read = int(store.ibis.execute(view.count()))
        _check(store, view, definition, display, plan.allow_unknown_references, outcome)
    except BansoError:
        raise
    except Exception as exc:
        raise LoadError(f"{display} cannot be read in place: {first_line(exc)}; cast its columns in a `query:` "
                        "source, or fix the rows") from None
    link_view(store, table, view, outcome)
    if progress:
        progress(1, 1, LINKED)
    return outcome


def canonical(expr: ir.Table, plan: LoadPlan, table: Table, display: str) -> ir.Table:
    """The source as the canonical table: every column, in order, typed as the store declares it."""
    by_field = {fp.field: fp for fp in plan.fields}
    offset = _fixed_offset(plan.source_timezone)
    out: dict[str, Any] = {}
    for col in table.columns:
        if col.name == "loaded_at":
            continue
        if col.name == "day":  # the calendar day of `ts` in the workspace's zone
            day_offset = _fixed_offset(plan.workspace_timezone)
            if day_offset is None:
                raise LoadError(f"events cannot be read in place in the zone {plan.workspace_timezone}, which has "
                                "daylight saving; copy them into a DuckDB store instead")
            out["day"] = (out["ts"] + ibis.interval(seconds=day_offset)).date()
            continue
        fp = by_field.get(col.name)
        kind = IBIS_TYPES[col.kind]
        if fp is None:
            out[col.name] = ibis.null(kind)
        elif fp.column is None:
            out[col.name] = ibis.literal(fp.constant).cast(kind)
        else:
            out[col.name] = _typed(expr[fp.column], col, offset, plan.source_timezone, display, fp.column)
    out["loaded_at"] = ibis.literal(datetime.now(UTC).replace(tzinfo=None, microsecond=0)).cast("timestamp")
    return expr.select(**out)


def _typed(value: ir.Column, col: Column, offset: int | None, zone: str, display: str, name: str) -> ir.Value:
    dtype = value.type()

    def refuse(why: str) -> LoadError:
        return LoadError(f"{display}: column {name} ({dtype}) cannot be read in place as {col.name} ({col.kind}): "
                         f"{why}; convert it in a `query:` source, or copy into a DuckDB store")

    if col.kind == "string":
        text = value if dtype.is_string() else value.cast("string")
        return text.strip().nullif("")
    if col.kind == "float" and dtype.is_numeric():
        return value.cast("float64")
    if col.kind == "integer" and dtype.is_integer():
        return value.cast("int64")
    if col.kind == "timestamp" and (dtype.is_timestamp() or dtype.is_date()):
        if dtype.is_timestamp() and dtype.timezone is not None:  # type: ignore[attr-defined]
            return value.cast("timestamp")  # the session runs in UTC
        if offset is None:
            raise refuse(f"it has no time zone, and {zone} has daylight saving")
        return value.cast("timestamp") - ibis.interval(seconds=offset)
    if col.kind == "date" and (dtype.is_date() or dtype.is_timestamp()):
        return value.cast("date")
    if col.kind == "month" and (dtype.is_date() or dtype.is_timestamp()):
        return value.truncate("M").cast("date")
    if col.kind == "json" and (dtype.is_json() or dtype.is_string()):
        return value.cast("json")
    raise refuse("its values would have to be parsed")


def _check(store: Store, view: ir.Table, table: Table, display: str, allow_unknown: bool,
           outcome: LoadOutcome) -> None:
    """Refuse rows a load would refuse: missing required values, values outside their choices, repeated keys."""
    problems: list[str] = []
    for col in table.columns:
        if col.required:
            n = int(store.ibis.execute(view.filter(view[col.name].isnull()).count()))
            if n:
                problems.append(f"{n} row(s) without {col.name} (required)")
        if col.choices:
            bad = view.filter(view[col.name].notnull() & ~view[col.name].isin(col.choices))
            n = int(store.ibis.execute(bad.count()))
            if n:
                problems.append(f"{n} row(s) with {col.name} not one of {', '.join(col.choices)}")
    repeated = view.group_by(list(table.key)).aggregate(n=view.count()).filter(lambda t: t.n > 1)
    n = int(store.ibis.execute(repeated.count()))
    if n:
        problems.append(f"{n} key(s) appear more than once ({'/'.join(table.key)})")
    for field, target in table.references.items():
        key = SOURCE_TABLES[target].key[0]
        known = store.table(target).select(key)
        unknown = view.filter(view[field].notnull()).anti_join(known, view[field] == known[key])
        outcome.unknown_references += int(store.ibis.execute(unknown.count()))
    if outcome.unknown_references and not allow_unknown:
        problems.append(f"{outcome.unknown_references} row(s) refer to {'/'.join(table.references.values())} "
                        "not in the store (load those first, or pass --allow-unknown)")
    elif outcome.unknown_references:
        outcome.warnings.append(f"{outcome.unknown_references} rows refer to accounts or users that are not "
                                "loaded yet; they are kept and counted by `banso status`")
    if problems:
        raise LoadError(f"{display} cannot be read in place: " + "; ".join(problems))


def _fixed_offset(zone: str) -> int | None:
    """The zone's offset from UTC in seconds when it never changes (Asia/Tokyo), else None."""
    tz = ZoneInfo(zone)
    start = datetime(1990, 1, 1, tzinfo=UTC)
    offsets = {(start + timedelta(days=30 * i)).astimezone(tz).utcoffset() for i in range(12 * 60)}
    return int(offsets.pop().total_seconds()) if len(offsets) == 1 else None  # type: ignore[union-attr]
