"""Apache Spark as a store: the session, and tables written with Spark's DataFrame writer.

`url` is the Spark master (`local[2]`, `spark://host:7077`, `yarn`) or a Spark Connect address
(`sc://host:15002`); `options` are Spark configuration keys, passed as given. The session runs in
UTC, like the DuckDB store. An existing session is reused, so a notebook or a test session can hand
banso the one it already has.

Spark has no transactions and no row-level DELETE on plain tables: replacing rows rewrites the
table from a checkpointed copy, and a temporary table is a checkpointed view.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import ibis
import ibis.expr.schema as sch
import ibis.expr.types as ir
import pandas as pd
import pyarrow as pa

from banso.config.models import OptionValue
from banso.store.layout import LAYOUT, table_schemas
from banso.store.portable.store import JsonObjects

DEFAULTS: dict[str, str] = {
    "spark.sql.session.timeZone": "UTC",
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.shuffle.partitions": "8",  # Spark's 200 suits a cluster, not one machine's small tables
    "spark.sql.legacy.createHiveTableByDefault": "false",
    # pandas frames (Ibis' in-memory tables, such as the web app's account facts) go to Spark through
    # Arrow: the row-by-row path cannot turn a missing date (NaT) into NULL and fails.
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    # Python workers (Ibis runs JSON unwrapping as a pandas UDF) use this interpreter and its packages.
    "spark.pyspark.python": sys.executable,
    # Errors only from the JVM's logging (see the file); local mode starts its driver with these options.
    "spark.driver.extraJavaOptions": "-Dlog4j2.configurationFile=" + (Path(__file__).parent / "spark-log4j2.properties").as_uri(),
}


def connect_spark(url: str | None, options: dict[str, OptionValue] | Any) -> Any:
    """An Ibis PySpark backend on the active session, or on a new one for `url` (default `local[*]`)."""
    from pyspark.sql import SparkSession

    session = SparkSession.getActiveSession()
    if session is None:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # local workers: this interpreter
        builder = SparkSession.builder.appName("banso")
        builder = builder.remote(url) if url and url.startswith("sc://") else builder.master(url or "local[*]")
        for key, value in {**DEFAULTS, **{k: str(v) for k, v in dict(options).items()}}.items():
            builder = builder.config(key, value)
        session = builder.getOrCreate()
    session.conf.set("spark.sql.session.timeZone", "UTC")
    backend = ibis.pyspark.connect(session)
    backend.compiler = spark_compiler()
    return backend


@cache
def spark_compiler() -> Any:
    """Ibis' PySpark compiler with two corrections, so Spark computes what DuckDB and PostgreSQL do.

    - Float literals are typed DOUBLE. Ibis writes `2.0`, which Spark reads as a DECIMAL, and a
      quotient of decimals keeps six digits: a dimension's weight share 2/3 came out 0.666667 and
      scores differed from the other engines in the fifth digit.
    - JSON items stay JSON text. Ibis reads an item with `get_json_object`, which returns a string
      without its quotes, and its unwrapping then fails to parse it (`properties.plan == "pro"`
      raised). Reading the item through Spark's VARIANT and back with `to_json` keeps it JSON, so
      strings, numbers and booleans unwrap with their types.
    """
    import math

    from ibis.backends.sql.compilers.pyspark import PySparkCompiler

    class Compiler(PySparkCompiler):
        def visit_NonNullLiteral(self, op: Any, *, value: Any, dtype: Any) -> Any:
            if dtype.is_floating() and math.isfinite(value):
                return self.cast(float(value), dtype)
            return super().visit_NonNullLiteral(op, value=value, dtype=dtype)

        def visit_JSONGetItem(self, op: Any, *, arg: Any, index: Any) -> Any:
            given = getattr(op.index, "value", None)
            if isinstance(given, str) and given.startswith("$"):  # a whole path (`banso.store.json_field`)
                path = index
            else:
                path = self.f.format_string("$[%s]" if op.index.dtype.is_integer() else "$.%s", index)
            return self.f.to_json(self.f.variant_get(self.f.try_parse_json(arg), path))

    return Compiler()


class SparkAdapter:
    """DDL and writes for `EngineStore` on Spark."""

    def __init__(self, backend: Any):
        self.backend = backend
        self.session = backend._session
        self._attach_warehouse()

    def _attach_warehouse(self) -> None:
        """Register the store's tables found in a local warehouse folder when the catalog forgot them.

        Without a metastore (Spark's default in-memory catalog) table definitions last as long as the
        session, while the files stay: the next `banso` command would find folders but no tables.
        Each table folder of the store's layout is declared again over its files. A session with a
        metastore (`spark.sql.catalogImplementation: hive`) keeps its tables and skips this.
        """
        if self.session.conf.get("spark.sql.catalogImplementation", "in-memory") != "in-memory":
            return
        where = self.session.conf.get("spark.sql.warehouse.dir", "") or ""
        if not where.startswith(("file:", "/")):
            return
        root = Path(urlsplit(where).path)
        if not root.is_dir():
            return
        existing = self.tables()
        for name, schema in table_schemas().items():
            folder = root / name
            if name not in existing and folder.is_dir():
                self.create(name, schema, location=str(folder))
                if LAYOUT.get(name, (None, ()))[0] in schema:
                    self.session.sql(f"ALTER TABLE {_q(name)} RECOVER PARTITIONS")

    def tables(self) -> set[str]:
        # SHOW TABLES, not catalog.listTables(): that one fetches every table's metadata (0.5 s a call).
        return {r.tableName for r in self.session.sql("SHOW TABLES").collect()}

    def create(self, name: str, schema: sch.Schema, *, location: str | None = None) -> None:
        """A Parquet table, partitioned as the layout says; DDL only, so no job runs."""
        partition, _ = LAYOUT.get(name, (None, ()))
        self._declare(name, _spark_schema(schema).fields, partition if partition and partition in schema else None,
                      location)

    def _declare(self, name: str, fields: Any, partition: str | None, location: str | None) -> None:
        cols = ", ".join(f"{_q(f.name)} {f.dataType.simpleString()}" for f in fields)
        by = f" PARTITIONED BY ({_q(partition)})" if partition else ""
        at = f" LOCATION {_text(location)}" if location else ""
        self.session.sql(f"CREATE TABLE IF NOT EXISTS {_q(name)} ({cols}) USING parquet{by}{at}")

    def _frame(self, expr: ir.Table) -> Any:
        """A Spark DataFrame of `expr`, compiled as Ibis runs it: the functions it registers first (JSON
        unwrapping, used by metrics filtered on a property) and its in-memory tables."""
        self.backend._run_pre_execute_hooks(expr)
        return self.session.sql(self.backend.compile(expr))

    def replace(self, name: str, expr: ir.Table, *, temp: bool = False) -> None:
        df = self._frame(expr)
        if temp:  # computed now and kept by the session: later steps must not recompute it
            kept = df.localCheckpoint(eager=True)
            # Renamed to themselves, the columns get identities of their own: the checkpoint keeps those of
            # the tables it was computed from, and a query joining it to one of them (the per-member counts
            # to `accounts`) could not tell the two apart once adaptive execution is turned off.
            kept.toDF(*kept.columns).createOrReplaceTempView(name)
        elif name in self.tables():
            self._overwrite(df.localCheckpoint(eager=True), name)
        else:
            self._write(df, name, "errorifexists")

    def append(self, name: str, rows: pa.Table | pd.DataFrame) -> None:
        table = rows if isinstance(rows, pa.Table) else pa.Table.from_pandas(rows, preserve_index=False)
        if table.num_rows == 0:
            return
        target = self.session.table(name)
        df = self.session.createDataFrame(table)
        df.select(*[df[f.name].cast(f.dataType) for f in target.schema.fields]).write.insertInto(name)

    def staging(self) -> str | None:
        """A local folder for `transfer` to write Parquet to, when the executors can read it (local mode)."""
        from banso.store.transfer import staging_folder

        master = self.session.conf.get("spark.master", "")
        return staging_folder() if master and master.startswith("local") else None

    def replace_from_parquet(self, name: str, folder: str) -> int:
        """Replace table `name` with the Parquet files in `folder` (columns cast to the table's types)."""
        target = self.session.table(name)
        df = self.session.read.parquet(folder)
        self._overwrite(df, name, target)
        return int(self.session.table(name).count())

    def append_query(self, name: str, expr: ir.Table) -> None:
        target = self.session.table(name)
        df = self._frame(expr)
        df.select(*target.columns).write.insertInto(name)

    def append_json(self, name: str, source: str, columns: list[str], objects: JsonObjects) -> None:
        """Append `columns` of table `source` and JSON objects built from its other columns (to_json of a struct).

        Nulls are written as JSON nulls, as DuckDB and PostgreSQL do, instead of leaving the key out.
        """
        def obj(fields: dict[str, str]) -> str:
            return "named_struct(" + ", ".join(f"{_text(k)}, {_q(c)}" for k, c in fields.items()) + ")"

        built = [f"CASE WHEN {_q(flag)} THEN to_json(named_struct("
                 + ", ".join(f"{_text(key)}, {obj(fields)}" for key, fields in inner.items())
                 + "), map('ignoreNullFields', 'false')) END"
                 for flag, inner in objects.values()]
        select = ", ".join([*(_q(c) for c in columns), *built])
        df = self.session.sql(f"SELECT {select} FROM {_q(source)}").toDF(*columns, *objects)
        df.select(*self.session.table(name).columns).write.insertInto(name)

    def delete(self, name: str, equal: dict[str, object], among: tuple[str, list[Any]] | None = None) -> None:
        from pyspark.sql import functions as F

        t = self.session.table(name)
        cond = F.lit(True)
        for col, value in equal.items():
            cond = cond & (F.col(col) == F.lit(value))
        if among is not None:
            cond = cond & F.col(among[0]).isin(list(among[1]))
        kept = t.filter(~cond).localCheckpoint(eager=True)  # no lineage back to the table it replaces
        self._overwrite(kept, name, t)

    def drop(self, name: str) -> None:
        if not self.session.catalog.dropTempView(name):
            self.session.sql(f"DROP TABLE IF EXISTS {_q(name)}")

    def drop_column(self, name: str, column: str) -> None:
        """Rewrite table `name` without `column` (Spark alters no column of a Parquet table).

        The rows are copied out first (a local checkpoint), then written again with the same layout:
        a managed table in its place in the warehouse, an external one at its own location, declared
        again there. A table already without the column is left alone, so a migration stopped half
        way can run again.
        """
        t = self.session.table(name)
        if column not in t.columns:
            return
        kept = t.drop(column).localCheckpoint(eager=True)
        location = self._external_location(name)
        if location is None:
            self._write(kept, name, "overwrite")
            return
        by = self._write(kept, name, "overwrite", path=location)
        self.session.sql(f"DROP TABLE {_q(name)}")
        self._declare(name, kept.schema.fields, by, location)
        if by:
            self.session.sql(f"ALTER TABLE {_q(name)} RECOVER PARTITIONS")

    def _external_location(self, name: str) -> str | None:
        """Where an external table keeps its files (None for a table the warehouse manages)."""
        info = {str(r.col_name).strip(): str(r.data_type).strip()
                for r in self.session.sql(f"DESCRIBE TABLE EXTENDED {_q(name)}").collect()}
        return info.get("Location") if info.get("Type", "").upper() == "EXTERNAL" else None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        yield

    def close(self) -> None:
        """The session is shared (and may be the caller's): it is left running."""

    def _overwrite(self, df: Any, name: str, target: Any = None) -> None:
        """Replace the rows of an existing table, keeping its definition and location (INSERT OVERWRITE)."""
        target = target if target is not None else self.session.table(name)
        df = df.select(*[df[f.name].cast(f.dataType) for f in target.schema.fields])
        df.write.insertInto(name, overwrite=True)

    def _write(self, df: Any, name: str, mode: str, *, path: str | None = None) -> str | None:
        """Write `df` as Parquet in table `name`'s layout: as that table, or as files at `path`. Returns
        the partition column used, if any."""
        partition, _ = LAYOUT.get(name, (None, ()))
        by = partition if partition and partition in df.columns else None
        writer = df.write.format("parquet").mode(mode)
        if by:
            writer = writer.partitionBy(by)
        if path is None:
            writer.saveAsTable(name)
        else:
            writer.save(path)
        return by


def _q(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _text(value: str) -> str:
    """A string literal: Spark reads backslash escapes in quoted strings, so both are escaped."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _spark_schema(schema: sch.Schema) -> Any:
    from ibis.backends.pyspark.datatypes import PySparkSchema

    return PySparkSchema.from_ibis(schema)
