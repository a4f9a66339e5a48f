"""PostgreSQL as a store: the connection, and DDL and writes in PostgreSQL's own SQL.

Queries come from Ibis; tables are created, replaced and filled here with psycopg directly
(values always bound, rows appended with COPY), so JSON columns keep their type and a snapshot
replacement is one transaction. Each session runs in UTC, like the DuckDB store.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

import ibis
import ibis.expr.schema as sch
import ibis.expr.types as ir
import pandas as pd
import pyarrow as pa

from banso.config.models import OptionValue
from banso.errors import StoreError
from banso.store.layout import LAYOUT
from banso.store.portable.store import JsonObjects
from banso.values import is_missing


def connect_postgres(url: str, options: dict[str, OptionValue] | Any) -> Any:
    """An Ibis PostgreSQL backend for `postgresql://user@host:port/db`; `options.schema` sets the schema."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise StoreError(f"a postgres store url starts with postgresql://, got {url.split(':')[0]}://")
    opts = dict(options)
    schema = opts.pop("schema", None)
    try:
        backend = ibis.postgres.connect(
            host=parts.hostname or "localhost", port=parts.port or 5432, user=parts.username,
            password=parts.password, database=parts.path.lstrip("/") or None, **opts,
        )
    except Exception as exc:
        where = f"{parts.hostname or 'localhost'}:{parts.port or 5432}"
        raise StoreError(f"cannot connect to PostgreSQL at {where}: {str(exc).strip().splitlines()[0]}") from exc
    with backend.con.cursor() as cur:
        cur.execute("SET TIME ZONE 'UTC'")
        # The score query has hundreds of expressions: JIT-compiling them took 9 s for a query that runs
        # in milliseconds (measured on 4 accounts), and never paid back on the sizes we measured.
        cur.execute("SET jit = off")
        if schema:
            cur.execute("CREATE SCHEMA IF NOT EXISTS " + _q(str(schema)))
            cur.execute("SELECT set_config('search_path', %s, false)", [_q(str(schema))])
    backend.con.commit()
    return backend


class PostgresAdapter:
    """DDL and writes for `EngineStore` on PostgreSQL."""

    def __init__(self, backend: Any):
        self.backend = backend
        self.con = backend.con
        self._depth = 0

    def tables(self) -> set[str]:
        with self.con.cursor() as cur:
            cur.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
            return {r[0] for r in cur.fetchall()}

    def create(self, name: str, schema: sch.Schema) -> None:
        cols = ", ".join(f"{_q(c)} {_type(t, keep_order=name in ORDERED_JSON)}" for c, t in schema.items())
        statements = [f"CREATE TABLE IF NOT EXISTS {_q(name)} ({cols})"]
        _, cluster = LAYOUT.get(name, (None, ()))
        if cluster:  # per-account lookups and window scans: an index on the account, then the date
            order = [*cluster, *(c for c in ("day", "as_of") if c in schema)]
            statements.append(f"CREATE INDEX IF NOT EXISTS {_q('ix_' + name)} ON {_q(name)} "
                              f"({', '.join(_q(c) for c in order)})")
        self._run(statements)

    def replace(self, name: str, expr: ir.Table, *, temp: bool = False) -> None:
        sql = self.backend.compile(expr)
        kind = "TEMP TABLE" if temp else "TABLE"
        # Autovacuum never analyzes temporary tables: without statistics the next step's plan is a guess.
        self._run([f"DROP TABLE IF EXISTS {_q(name)}", f"CREATE {kind} {_q(name)} AS {sql}", f"ANALYZE {_q(name)}"])

    def append(self, name: str, rows: pa.Table | pd.DataFrame) -> None:
        table = rows if isinstance(rows, pa.Table) else pa.Table.from_pandas(rows, preserve_index=False)
        if table.num_rows == 0:
            return
        cols = ", ".join(_q(c) for c in table.column_names)
        with self._in_transaction() as cur, cur.copy(f"COPY {_q(name)} ({cols}) FROM STDIN") as copy:
            for batch in table.to_batches(50_000):
                for row in zip(*(c.to_pylist() for c in batch.columns), strict=True):
                    copy.write_row([_value(v) for v in row])

    def append_query(self, name: str, expr: ir.Table) -> None:
        cols = ", ".join(_q(c) for c in expr.columns)
        self._run([f"INSERT INTO {_q(name)} ({cols}) SELECT {cols} FROM ({self.backend.compile(expr)}) AS _q"])

    def append_json(self, name: str, source: str, columns: list[str], objects: JsonObjects) -> None:
        """Append `columns` of table `source` and JSON objects built from its other columns (json_build_object)."""
        def obj(fields: dict[str, str]) -> str:
            return "json_build_object(" + ", ".join(f"{_text(k)}, {_q(c)}" for k, c in fields.items()) + ")"

        built = [f"CASE WHEN {_q(flag)} THEN json_build_object("
                 + ", ".join(f"{_text(key)}, {obj(fields)}" for key, fields in inner.items()) + ") END"
                 for flag, inner in objects.values()]
        target = ", ".join(_q(c) for c in [*columns, *objects])
        select = ", ".join([*(_q(c) for c in columns), *built])
        self._run([f"INSERT INTO {_q(name)} ({target}) SELECT {select} FROM {_q(source)}"])

    def delete(self, name: str, equal: dict[str, object], among: tuple[str, list[Any]] | None = None) -> None:
        where = [f"{_q(c)} = %s" for c in equal]
        params: list[Any] = list(equal.values())
        if among is not None:
            where.append(f"{_q(among[0])} = ANY(%s)")
            params.append(list(among[1]))
        with self._in_transaction() as cur:
            cur.execute(f"DELETE FROM {_q(name)} WHERE {' AND '.join(where) or 'true'}", params)

    def drop(self, name: str) -> None:
        self._run([f"DROP TABLE IF EXISTS {_q(name)}"])

    def drop_column(self, name: str, column: str) -> None:
        self._run([f"ALTER TABLE {_q(name)} DROP COLUMN IF EXISTS {_q(column)}"])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._in_transaction():
            yield

    def close(self) -> None:
        self.backend.disconnect()

    @contextmanager
    def _in_transaction(self) -> Iterator[Any]:
        """A cursor inside a transaction (a savepoint when one is already open)."""
        with self.con.transaction(), self.con.cursor() as cur:
            yield cur

    def _run(self, statements: list[str]) -> None:
        with self._in_transaction() as cur:
            for sql in statements:
                cur.execute(sql)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _text(value: str) -> str:
    """A string literal (names of metrics and dimensions from the model; standard_conforming_strings)."""
    return "'" + value.replace("'", "''") + "'"


_TYPES = {"string": "TEXT", "float64": "DOUBLE PRECISION", "int64": "BIGINT", "timestamp": "TIMESTAMP",
          "date": "DATE", "json": "JSONB", "boolean": "BOOLEAN"}

# Tables whose JSON documents are written and read whole, in order: JSON keeps an object's keys as
# written, where JSONB sorts them (shortest first) and a snapshot's dimensions came back
# out of the model's order. Properties stay JSONB: metrics filter on them, and Ibis' unwrapping of a
# JSON item compiles only for JSONB.
ORDERED_JSON = frozenset({"health_snapshots"})


def _type(dtype: Any, *, keep_order: bool = False) -> str:
    kind = str(dtype).removeprefix("!")
    return "JSON" if kind == "json" and keep_order else _TYPES[kind]


def _value(v: Any) -> Any:
    """A cell as COPY wants it: NULL for missing values, JSON as text."""
    if is_missing(v) and not isinstance(v, dict | list):
        return None
    if isinstance(v, dict | list):
        return json.dumps(v)
    return v
