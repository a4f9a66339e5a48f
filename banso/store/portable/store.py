"""The store on an engine other than DuckDB (PostgreSQL, Spark, a warehouse), reached through Ibis.

Metrics, scores and analyses only ask a store for Ibis tables and run expressions, so they work
unchanged here. What differs between engines — creating tables, replacing them, appending rows,
transactions — is done by an adapter (`banso.store.portable.postgres`, `banso.store.portable.spark`); this class
holds what is common. Loading files stays on DuckDB: a file load validates and merges with DuckDB's
SQL, so an engine store receives its canonical tables by copy (`banso.store.transfer`) or finds
them already there.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

import duckdb
import ibis
import ibis.expr.operations as ops
import ibis.expr.types as ir
import pandas as pd
import pyarrow as pa

from banso.errors import StoreError
from banso.store.duckdb.store import Store
from banso.store.layout import json_columns, table_schemas
from banso.store.schema import ENGINE_MIGRATIONS, FIRST_ENGINE_VERSION, SCHEMA_VERSION, STORE_TABLES
from banso.values import records

# JSON columns built from a table's columns: column -> (boolean column saying whether the row has the
# object, {key: {field: source column}}); e.g. {"metrics": ("live", {"events_28d": {"value": "m0_value"}})}.
JsonObjects = dict[str, tuple[str, dict[str, dict[str, str]]]]


class Adapter(Protocol):
    """What one engine does its own way (see `banso.store.portable.postgres` and `banso.store.portable.spark`)."""

    def tables(self) -> set[str]: ...

    def create(self, name: str, schema: Any) -> None: ...

    def replace(self, name: str, expr: ir.Table, *, temp: bool = False) -> None: ...

    def append(self, name: str, rows: pa.Table | pd.DataFrame) -> None: ...

    def append_query(self, name: str, expr: ir.Table) -> None: ...

    def append_json(self, name: str, source: str, columns: list[str], objects: JsonObjects) -> None: ...

    def delete(self, name: str, equal: dict[str, object], among: tuple[str, list[Any]] | None = None) -> None: ...

    def drop(self, name: str) -> None: ...

    def drop_column(self, name: str, column: str) -> None: ...

    @contextmanager
    def transaction(self) -> Iterator[None]: ...

    def close(self) -> None: ...


class EngineStore(Store):
    """One open store on `engine`, with `backend` its Ibis connection and `adapter` its DDL and writes.

    It has no siblings: a long-running process reads and writes it from one thread at a time.
    """

    supports_siblings = False

    def __init__(self, engine: str, backend: Any, adapter: Adapter, *, label: str):
        self.engine = engine  # type: ignore[misc]
        self.path = Path(label)
        self.label = label
        self._ibis = backend
        self.adapter = adapter
        self._compiled: dict[Any, tuple[str, tuple[int, ...], Any]] = {}
        self._tables: dict[str, ir.Table] = {}
        self.migrate()

    @property
    def raw(self) -> duckdb.DuckDBPyConnection:
        raise StoreError(
            f"loading files needs the DuckDB store; this workspace's store is on {self.engine}. Load into a "
            "DuckDB workspace, then copy its tables here with `banso -w THIS_WORKSPACE copy-store THAT_WORKSPACE`"
        )

    def close(self) -> None:
        self.adapter.close()

    # -- tables ------------------------------------------------------------------------------
    def schema_version(self) -> int:
        if "banso_meta" not in self.adapter.tables():
            return 0
        value = self.meta("schema_version")
        return int(value) if value else 0

    def migrate(self) -> None:
        """Create the store's tables at the current layout, or bring an older store's tables to it.

        A new engine store starts at the latest version. An older one gets the engine-neutral steps of
        each version since its own (`ENGINE_MIGRATIONS`); on PostgreSQL in one transaction with its new
        version, on Spark (no transactions) step by step, each step safe to run again.
        """
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(f"the {self.engine} store was written by a newer banso (schema {current} > "
                             f"{SCHEMA_VERSION}); upgrade banso")
        if current == SCHEMA_VERSION:
            return
        if current and current < FIRST_ENGINE_VERSION:
            raise StoreError(f"the {self.engine} store has schema {current}, older than any engine store banso "
                             "made; recreate it and copy the tables again")
        with self.transaction():
            existing = self.adapter.tables()
            if current:
                for steps in ENGINE_MIGRATIONS[current - FIRST_ENGINE_VERSION:]:
                    for step in steps:
                        self.adapter.drop_column(step.table, step.column)
            for name, schema in table_schemas().items():
                if name not in existing:
                    self.adapter.create(name, schema)
            self.set_meta("schema_version", str(SCHEMA_VERSION))
        self._tables.clear()

    def meta(self, key: str) -> str | None:
        t = self.table("banso_meta")
        rows = self.ibis.execute(t.filter(t.key == key).select("value"))
        return None if rows.empty else str(rows["value"].iloc[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.adapter.delete("banso_meta", {"key": key})
            self.adapter.append("banso_meta", pd.DataFrame({"key": [key], "value": [value]}))

    @contextmanager
    def transaction(self) -> Iterator[Any]:  # type: ignore[override]
        """All or nothing where the engine has transactions (PostgreSQL); Spark writes each step as it comes."""
        with self.writing(), self.adapter.transaction():
            yield self

    def table(self, name: str) -> ir.Table:
        """An Ibis table of the store; text columns the model declares JSON are seen as JSON."""
        if name in self._tables:
            return self._tables[name]
        t = self.ibis.table(name)
        retype = {c: t[c].cast("json") for c in json_columns(name) if c in t.columns and not t[c].type().is_json()}
        if retype:
            t = t.mutate(**retype)
        if name in STORE_TABLES:
            self._tables[name] = t
        return t

    def forget(self, name: str) -> None:
        """Drop a cached table handle (after the table was replaced with another layout)."""
        self._tables.pop(name, None)

    # -- reading -----------------------------------------------------------------------------
    def execute(self, expr: ibis.Expr, params: dict[Any, Any] | None = None) -> pd.DataFrame:
        result = self.ibis.execute(expr, params=params)
        return result if isinstance(result, pd.DataFrame) else pd.DataFrame(result)

    def records(self, expr: ir.Table, params: dict[Any, str]) -> list[dict[str, Any]]:
        """Rows as the DuckDB store gives them: dates as `date`, timestamps as `datetime`, JSON parsed.

        pandas hands dates back as Timestamps, which never equal a `date`: the account page's days
        keyed by date found nothing on PostgreSQL until they were converted here.
        """
        frame = self.execute(expr, params)
        schema = expr.schema()
        json_cols = [n for n, t in schema.items() if t.is_json()]
        date_cols = [n for n, t in schema.items() if t.is_date()]
        time_cols = [n for n, t in schema.items() if t.is_timestamp()]
        rows = records(frame)
        for row in rows:
            for name in json_cols:
                if isinstance(row[name], str):
                    row[name] = json.loads(row[name])
            for name in date_cols:
                if isinstance(row[name], datetime):
                    row[name] = row[name].date()
            for name in time_cols:
                if isinstance(row[name], pd.Timestamp):
                    row[name] = row[name].to_pydatetime()
        return rows  # type: ignore[return-value]

    def count(self, name: str) -> int:
        return int(self.ibis.execute(self.table(name).count()))


def bind(expr: ir.Table, values: dict[Any, object]) -> ir.Table:
    """`expr` with its query parameters replaced by literal values (what `compile(params=…)` does)."""
    literals = {p.op(): ops.Literal(v, dtype=p.type()) for p, v in values.items()}  # type: ignore[attr-defined]
    if not literals:
        return expr
    return expr.op().replace(literals).to_expr()  # type: ignore[no-any-return]


def as_dates(values: list[date]) -> list[date]:
    return [date(d.year, d.month, d.day) for d in values]
