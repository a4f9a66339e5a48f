"""Copy canonical tables from one store to another: from a DuckDB workspace to PostgreSQL or Spark.

Files are loaded (validated, de-duplicated, merged) on DuckDB; a team that outgrows one machine
copies the loaded tables to the engine it moves to, and scores there. The copy replaces each
target table whole and streams the rows in batches, so memory stays bounded.

>>> copy_tables(duckdb_store, spark_store)  # doctest: +SKIP
{'accounts': 1500, 'users': 90000, ...}
"""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa

from banso.errors import StoreError
from banso.model import SOURCE_TABLES
from banso.store.store import Store

BATCH_ROWS = 250_000


def copy_tables(src: Store, dst: Store, tables: Iterable[str] = tuple(SOURCE_TABLES), *,
                batch_rows: int = BATCH_ROWS) -> dict[str, int]:
    """Replace `tables` of `dst` with those of the DuckDB store `src`; returns the rows copied per table."""
    from banso.store.engine_store import EngineStore

    if not isinstance(dst, EngineStore):
        raise StoreError("copy_tables writes to an engine store (postgres or spark); the target is DuckDB")
    copied: dict[str, int] = {}
    for name in tables:
        columns = list(dst.table(name).columns)
        relation = src.raw.sql("SELECT " + ", ".join(_q(c) for c in columns) + f" FROM {_q(name)}")
        reader = relation.to_arrow_reader(batch_rows)
        with dst.transaction():
            dst.adapter.delete(name, {})
            n = 0
            for batch in reader:
                dst.adapter.append(name, pa.Table.from_batches([batch]))
                n += batch.num_rows
        dst.forget(name)
        copied[name] = n
    return copied


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
