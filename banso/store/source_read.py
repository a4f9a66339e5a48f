"""Read a table or a SELECT from a source database, in batches of Arrow rows.

The table or query becomes an Ibis expression (names quoted by Ibis, never pasted into SQL), so
every engine Ibis reaches can be a source. What Ibis 12 cannot do portably is done here per engine:
finding a query's columns without creating a view (PostgreSQL, DuckDB), streaming rows from DuckDB,
and opening PostgreSQL read-only so that a source query can never change the product's database.

    with open_source("postgres", "postgresql://banso@db/app", {}, table="public.app_users") as src:
        for batch in src.batches(src.columns, 100_000): ...
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import ibis
import ibis.expr.schema as sch
import ibis.expr.types as ir
import pyarrow as pa
import sqlglot
from ibis.common.exceptions import TableNotFound
from sqlglot import exp

from banso.config.sql_check import table_parts
from banso.errors import BansoError, LoadError
from banso.store.engines import OptionValue, connect


class SourceReader:
    """One open source: its Ibis expression, the columns it offers, and its rows in batches."""

    def __init__(self, engine: str, backend: Any, expr: ir.Table, label: str, secret: str | None):
        self.engine = engine
        self.backend = backend
        self.expr = expr
        self.label = label  # where the rows come from, without credentials
        self._secret = secret

    @property
    def columns(self) -> list[str]:
        return list(self.expr.columns)

    def count(self) -> int:
        """Rows the source holds (for progress)."""
        return int(self._guard(lambda: self.backend.execute(self.expr.count())))

    def batches(self, columns: list[str], batch_rows: int) -> Iterator[pa.RecordBatch]:
        """The rows of `columns`, `batch_rows` at a time; types Arrow cannot carry (JSON, UUID, …) as text."""
        expr = readable(self.expr.select(*columns))
        if self.engine == "duckdb":  # Ibis 12's DuckDB streaming predates duckdb 2's API
            reader = self._guard(lambda: self.backend.con.sql(self.backend.compile(expr)).to_arrow_reader(batch_rows))
        else:
            reader = self._guard(lambda: self.backend.to_pyarrow_batches(expr, chunk_size=batch_rows))
        iterator = iter(reader)
        while True:
            batch = self._guard(lambda: next(iterator, None))
            if batch is None:
                return
            yield batch

    def empty(self, columns: list[str]) -> pa.Schema:
        """The Arrow schema `batches` would have, for a source without rows."""
        return readable(self.expr.select(*columns)).schema().to_pyarrow()

    def close(self) -> None:
        self.backend.disconnect()

    def __enter__(self) -> SourceReader:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _guard(self, run: Any) -> Any:
        try:
            return run()
        except BansoError:
            raise
        except Exception as exc:
            raise LoadError(f"reading {self.label} failed: {scrub(first_line(exc), self._secret)}") from None


def open_source(engine: str, where: str, options: Mapping[str, OptionValue], *,
                table: str | None = None, query: str | None = None) -> SourceReader:
    """Connect to the source at `where` (a URL, or a DuckDB file path) and find its table or query."""
    secret = urlsplit(where).password if "://" in where else None
    backend = _connect(engine, where, options, redact(where), secret)
    try:
        return source_on(backend, engine, redact(where), table=table, query=query, secret=secret)
    except BaseException:
        backend.disconnect()
        raise


def source_on(backend: Any, engine: str, label: str, *, table: str | None = None, query: str | None = None,
              secret: str | None = None) -> SourceReader:
    """The table or query on a backend already connected (the store's own, to read a source in place)."""
    if table is not None:
        expr = _table(backend, engine, table, label)
        label = f"{label} table {table}"
    elif query is not None:
        expr = backend.sql(query, schema=_query_schema(backend, engine, query, label, secret), dialect=engine)
        label = f"{label} query"
    else:
        raise LoadError("a database source needs a table or a query")
    return SourceReader(engine, backend, expr, label, secret)


def readable(expr: ir.Table) -> ir.Table:
    """`expr` with every column Arrow and Parquet carry as they are left alone, the others cast to text."""
    kept = ("is_string", "is_numeric", "is_boolean", "is_timestamp", "is_date")
    recast = {c: expr[c].cast("string") for c, t in expr.schema().items() if not any(getattr(t, k)() for k in kept)}
    return expr.mutate(**recast) if recast else expr


def redact(url: str) -> str:
    """A URL without its password, fit for messages and logs: postgresql://user@host:5432/db."""
    if "://" not in url:
        return url
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = f"{parts.username}@" if parts.username else ""
    return parts._replace(netloc=user + netloc).geturl()


def scrub(text: str, secret: str | None) -> str:
    """`text` with any occurrence of the password removed (driver messages may echo a connection string)."""
    return text.replace(secret, "***") if secret else text


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# -- per engine ------------------------------------------------------------------------------------


def _connect(engine: str, where: str, options: Mapping[str, OptionValue], label: str, secret: str | None) -> Any:
    if engine == "duckdb":
        path = Path(where)
        if not path.is_file():
            raise LoadError(f"no DuckDB database file at {path}")
        try:
            return ibis.duckdb.connect(str(path), read_only=True, **dict(options))
        except Exception as exc:
            raise LoadError(f"cannot open the DuckDB database {path}: {first_line(exc)}") from None
    try:
        backend = connect(engine, where, options)
    except BansoError as exc:
        raise LoadError(f"cannot reach the source database {label}: {scrub(str(exc), secret)}") from None
    except Exception as exc:  # a warehouse driver's own error
        raise LoadError(f"cannot reach the source database {label}: {scrub(first_line(exc), secret)}") from None
    if engine == "postgres":  # nothing a source query runs may write to the product's database
        with backend.con.cursor() as cur:
            cur.execute("SET default_transaction_read_only = on")
        backend.con.commit()
    return backend


def _table(backend: Any, engine: str, name: str, label: str) -> ir.Table:
    catalog, schema, table = table_parts(name, engine)
    database: str | tuple[str, str] | None = (catalog, schema) if catalog and schema else schema
    try:
        return backend.table(table, database=database)  # type: ignore[no-any-return]
    except TableNotFound:
        pass
    except Exception as exc:
        raise LoadError(f"cannot read table {name} in {label}: {first_line(exc)}") from None
    try:
        known = list(backend.list_tables(database=database))
    except Exception:
        known = []
    close = difflib.get_close_matches(table, known, n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else (f"; it has: {', '.join(known[:20])}" if known else "")
    where = f"schema {schema} of " if schema else ""
    raise LoadError(f"no table {table} in {where}{label}{hint}")


def _query_schema(backend: Any, engine: str, query: str, label: str, secret: str | None) -> sch.Schema:
    """The columns and types a query returns, found without running it over the data."""
    try:
        if engine == "postgres":
            return _postgres_query_schema(backend, query)
        if engine == "duckdb":
            from ibis.backends.sql.datatypes import DuckDBType

            relation = backend.con.sql(query)
            return sch.Schema({c: DuckDBType.from_string(str(t)) for c, t in zip(relation.columns, relation.types,
                                                                                  strict=True)})
        return backend.sql(query, dialect=engine).schema()  # type: ignore[no-any-return]
    except BansoError:
        raise
    except Exception as exc:
        raise LoadError(f"the source query failed on {label}: {scrub(first_line(exc), secret)}") from None


def _postgres_query_schema(backend: Any, query: str) -> sch.Schema:
    from ibis.backends.sql.datatypes import PostgresType

    parsed = sqlglot.parse_one(query, read="postgres")
    assert isinstance(parsed, exp.Query)  # checked with the configuration (banso.config.sql_check)
    probe = exp.select("*").from_(parsed.subquery("_banso_source")).limit(0)
    con = backend.con
    try:
        with con.cursor() as cur:
            cur.execute(probe.sql("postgres"))
            described = [(c.name, c.type_code) for c in cur.description or []]
            cur.execute("SELECT oid, format_type(oid, NULL) FROM pg_type WHERE oid = ANY(%s)",
                        [[oid for _, oid in described]])
            names = dict(cur.fetchall())
    finally:
        con.rollback()
    return sch.Schema({c: PostgresType.from_string(names[oid]) for c, oid in described})
