"""Load a table or query of a source database: the same mapping, checks and atomic load as a file.

The rows are read through Ibis in batches into a Parquet file in a scratch folder, and that file is
loaded like any other, so a database source is mapped, validated, de-duplicated and reported exactly
as files are; a bad row is named by its position in the result (`public.app_users:3`). When the
store is that same database, the source can instead be used in place (`banso.ingest.in_place`).

    ws.load("users", [], source="product_users")
"""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from banso.config.models import DatabaseSource, SourceConfig, WorkspaceConfig, source_url_env
from banso.errors import LoadError
from banso.i18n import phrase
from banso.ingest.files import scratch_dir
from banso.ingest.in_place import in_place_target, link_in_place
from banso.ingest.loader import Progress, pick_source, run_load
from banso.ingest.mapping import plan_for
from banso.job_progress import ROWS_READ
from banso.store import Store
from banso.store.limits import memory_cap
from banso.store.load_plan import LoadOutcome, SourceFile
from banso.store.source_read import SourceReader, open_source


def load_database(
    store: Store,
    config: WorkspaceConfig,
    root: Path,
    table: str,
    *,
    source_name: str | None = None,
    allow_unknown: bool = False,
    progress: Progress | None = None,
) -> LoadOutcome:
    """Copy the source's rows into `table` (all or nothing), or link them in place when the store is that database."""
    name, source = pick_source(config, table, source_name, database=True)
    db = source.database
    assert db is not None  # pick_source(database=True) returns database sources only
    where = source_location(name, db, root)
    same_database = in_place_target(store, db, where)
    if db.mode == "in_place" and not same_database:
        raise LoadError(f"source {name!r} asks for mode: in_place, but the store is not on that same database "
                        f"(the store is {getattr(store, 'label', store.engine)}); use mode: copy or auto")
    if same_database and db.mode != "copy":
        return link_in_place(store, config, table, name, source, allow_unknown=allow_unknown, progress=progress)
    if store.engine != "duckdb":
        raise LoadError(f"source {name!r}: copying a database source into a {store.engine} store is not supported; "
                        "load into a DuckDB workspace and copy its tables, or read the source in place from the "
                        "store's own database (mode: auto)")
    with open_source(db.engine, where, db.options, table=db.table, query=db.query) as src:
        return _copy(store, config, table, name, source, src, allow_unknown, progress)


def source_location(name: str, db: DatabaseSource, root: Path) -> str:
    """Where the source is: BANSO_SOURCE_<NAME>_URL, else `url` (or a DuckDB `path`, relative to the workspace)."""
    where = os.environ.get(source_url_env(name)) or db.url or db.path
    if not where:
        key = "path" if db.engine == "duckdb" else "url"
        raise LoadError(f"source {name!r} has no {key}: set sources.{name}.database.{key} in banso.yaml "
                        f"or {source_url_env(name)} in the environment")
    if db.engine == "duckdb" and "://" not in where:
        where = str(root / Path(where).expanduser())
    return where


def _copy(store: Store, config: WorkspaceConfig, table: str, name: str, source: SourceConfig, src: SourceReader,
          allow_unknown: bool, progress: Progress | None) -> LoadOutcome:
    db = source.database
    assert db is not None
    display = db.table or f"{name} query"
    holder = f"table {db.table}" if db.table else "query"
    plan = plan_for(table, name, source, display, src.columns, config.timezone, allow_unknown, holder=holder)
    wanted = {fp.column for fp in plan.fields if fp.column} | set(plan.extra_columns)
    columns = [c for c in src.columns if c in wanted]  # only these travel; the database does the projection
    total = src.count() if db.table else 0
    with scratch_dir() as scratch, memory_cap(store):
        staged = Path(scratch) / "source.parquet"
        rows = _stage(src, columns, db.batch_rows, staged, total, progress)
        outcome = run_load(store, [(SourceFile(staged, "parquet", display=display), plan)], progress)
    outcome.origin = f"{src.label} (copied into the store)"
    if rows != outcome.rows_read:  # cannot happen unless the stage was changed under us
        raise LoadError(f"read {rows} rows from {src.label} but staged {outcome.rows_read}")
    return outcome


def _stage(src: SourceReader, columns: list[str], batch_rows: int, target: Path, total: int,
           progress: Progress | None) -> int:
    """Write the source's rows to a Parquet file, batch by batch; returns the rows written."""
    writer: pq.ParquetWriter | None = None
    rows = 0
    try:
        for batch in src.batches(columns, batch_rows):
            if writer is None:
                writer = pq.ParquetWriter(target, batch.schema)
            writer.write_batch(batch)
            rows += batch.num_rows
            if progress:
                progress(rows, max(total, rows), phrase(ROWS_READ, rows=f"{rows:,}"))
        if writer is None:  # an empty table still has its columns
            empty = src.empty(columns)
            pq.write_table(pa.Table.from_batches([], schema=empty), target)
    finally:
        if writer is not None:
            writer.close()
    return rows
