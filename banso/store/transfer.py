"""Copy canonical tables from one store to another: from a DuckDB workspace to PostgreSQL or Spark.

Files are loaded (validated, de-duplicated, merged) on DuckDB; a team that outgrows one machine
copies the loaded tables to the engine it moves to, and scores there. The copy replaces each
target table whole and streams the rows in batches, so memory stays bounded.

When the engine can read this machine's files (Spark in local mode), the rows go through Parquet
instead: DuckDB writes each table to a staging folder and Spark reads it in parallel. Streaming
a hundred million events row batch by row batch through the Spark driver would take far longer.

    copy_tables(duckdb_store, spark_store)
{'accounts': 1500, 'users': 90000, ...}
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from banso.errors import StoreError
from banso.model import SOURCE_TABLES
from banso.store.duckdb.store import Store
from banso.store.rollup import STAMP_KEY

if TYPE_CHECKING:
    from banso.store.portable.store import EngineStore

BATCH_ROWS = 250_000


def copy_tables(src: Store, dst: Store, tables: Iterable[str] = tuple(SOURCE_TABLES), *,
                batch_rows: int = BATCH_ROWS) -> dict[str, int]:
    """Replace `tables` of `dst` with those of the DuckDB store `src`; returns the rows copied per table."""
    from banso.store.portable.store import EngineStore

    if not isinstance(dst, EngineStore):
        raise StoreError("the copy goes into a PostgreSQL or Spark store, and this workspace's store is DuckDB: "
                         "set store.engine (and url) in its banso.yaml first")
    staging = getattr(dst.adapter, "staging", lambda: None)()
    copied: dict[str, int] = {}
    try:
        for name in tables:
            columns = list(dst.table(name).columns)
            select = "SELECT " + ", ".join(_q(c) for c in columns) + f" FROM {_q(name)}"
            if staging is not None:
                copied[name] = _through_parquet(src, dst, name, select, Path(staging) / name)
            else:
                copied[name] = _in_batches(src, dst, name, select, batch_rows)
            dst.forget(name)
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    if "events" in copied:  # the rollups' stamp cannot tell one copy of the events from another: rebuild
        with dst.transaction():
            dst.adapter.delete("banso_meta", {"key": STAMP_KEY})
    return copied


def _in_batches(src: Store, dst: EngineStore, name: str, select: str, batch_rows: int) -> int:
    reader = src.raw.sql(select).to_arrow_reader(batch_rows)
    n = 0
    with dst.transaction():
        dst.adapter.delete(name, {})
        for batch in reader:
            dst.adapter.append(name, pa.Table.from_batches([batch]))
            n += batch.num_rows
    return n


def _through_parquet(src: Store, dst: EngineStore, name: str, select: str, folder: Path) -> int:
    folder.mkdir(parents=True)
    src.raw.execute(f"COPY ({select}) TO '{_path(folder)}' (FORMAT parquet, PER_THREAD_OUTPUT true)")
    return int(dst.adapter.replace_from_parquet(name, str(folder)))  # type: ignore[attr-defined]


def staging_folder() -> str:
    """A fresh local folder for Parquet on its way to an engine that reads this machine's files."""
    return tempfile.mkdtemp(prefix="banso-copy-")


def _path(folder: Path) -> str:
    text = str(folder.resolve())
    if "'" in text:
        raise StoreError(f"the staging folder {text} has a quote in its path; set TMPDIR to another folder")
    return text


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
