"""The engines a store can live on, what each needs installed, and how banso connects to it.

Every engine is reached through Ibis, so metrics, scores and analyses are the same expressions
everywhere; this module is the one place that knows how to open a connection to each. An engine
whose driver is missing fails with the exact command that installs it:

    require_driver(ENGINES["spark"])
MissingDriverError: the spark engine needs the Python module pyspark, which is not installed; run: pip install 'banso[spark]'
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from banso.config.models import OptionValue
from banso.errors import StoreError


class MissingDriverError(StoreError):
    """An optional engine was chosen but its Python driver is not installed."""


@dataclass(frozen=True)
class EngineSpec:
    """One engine: its Ibis backend, SQL dialect and the optional extra that installs its driver."""

    name: str
    backend: str  # the Ibis backend module, ibis.<backend>
    dialect: str  # the SQL dialect queries compile to (ibis.to_sql(expr, dialect=...))
    extra: str  # pip install 'banso[<extra>]'; empty for the built-in DuckDB
    drivers: tuple[str, ...]  # modules that must import for the engine to work
    tested_here: bool  # the conformance suite runs the engine (the others are compile-checked)

    @property
    def install(self) -> str:
        return f"pip install 'banso[{self.extra}]'"


ENGINES: dict[str, EngineSpec] = {
    "duckdb": EngineSpec("duckdb", "duckdb", "duckdb", "", ("duckdb",), True),
    "postgres": EngineSpec("postgres", "postgres", "postgres", "postgres", ("psycopg",), True),
    "spark": EngineSpec("spark", "pyspark", "spark", "spark", ("pyspark",), True),
    "bigquery": EngineSpec("bigquery", "bigquery", "bigquery", "bigquery", ("google.cloud.bigquery",), False),
    "snowflake": EngineSpec("snowflake", "snowflake", "snowflake", "snowflake", ("snowflake.connector",), False),
    "clickhouse": EngineSpec("clickhouse", "clickhouse", "clickhouse", "clickhouse", ("clickhouse_connect",), False),
}


def require_driver(spec: EngineSpec) -> None:
    """Raise MissingDriverError naming the install command when the engine's driver is absent."""
    for module in spec.drivers:
        try:
            found = importlib.util.find_spec(module) is not None
        except ModuleNotFoundError:  # a parent package (e.g. google.cloud) is missing
            found = False
        if not found:
            raise MissingDriverError(
                f"the {spec.name} engine needs the Python module {module}, which is not installed; run: {spec.install}"
            )


def connect(engine: str, url: str | None, options: Mapping[str, OptionValue]) -> Any:
    """An Ibis backend connected to `engine` at `url` (not DuckDB: that one is `banso.store.Store`)."""
    spec = ENGINES[engine]
    require_driver(spec)
    if engine == "spark":
        from banso.store.portable.spark import connect_spark

        return connect_spark(url, options)
    if not url:
        raise StoreError(f"the {engine} engine needs a url: set store.url in banso.yaml or BANSO_STORE_URL")
    import ibis

    if engine == "postgres":
        from banso.store.portable.postgres import connect_postgres

        return connect_postgres(url, options)
    try:  # the warehouses: Ibis reads their URLs (bigquery://project/dataset, snowflake://…, clickhouse://…)
        backend = ibis.connect(url, **dict(options))
    except Exception as exc:
        raise StoreError(f"cannot connect to the {engine} store: {_first_line(exc)}") from exc
    if engine == "clickhouse":
        backend.compiler = compiler_for(engine)
    return backend


def compiler_for(engine: str) -> Any:
    """The Ibis compiler that writes `engine`'s SQL: Ibis' own, or banso's correction of it.

    Spark's and ClickHouse's are corrected (`banso.store.portable.spark`, `.clickhouse`); whatever
    compiles SQL for an engine, a connection or a check of the SQL, takes it from here.
    """
    if engine == "clickhouse":
        from banso.store.portable.clickhouse import clickhouse_compiler

        return clickhouse_compiler()
    if engine == "spark":
        from banso.store.portable.spark import spark_compiler

        return spark_compiler()
    import ibis.backends.sql.compilers as compilers

    return getattr(compilers, ENGINES[engine].dialect).compiler


def to_sql(expr: Any, engine: str) -> str:
    """`expr` as the SQL banso sends to `engine` (pretty-printed, as `ibis.to_sql` prints it)."""
    compiler = compiler_for(engine)
    return str(compiler.to_sqlglot(expr.unbind()).sql(dialect=compiler.dialect, pretty=True))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
