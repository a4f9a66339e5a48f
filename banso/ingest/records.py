"""Rows written in the app (a note, an account's new owner) load like a file: same checks, same atomic load.

The timeline, the before/after section and the impact report read the canonical tables only, so a
note logged in the web app becomes a touchpoint through the loader every file goes through: its
values are typed and checked, it lands whole or not at all, and the `loads` log moves the data
version on, so cached figures are computed again. Re-writing a row with the same key updates it.

    load_records(store, config, "touchpoints", [{"touchpoint_id": "banso-note-1", "ts": "…", …}], source="banso")
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from banso.config.models import SourceConfig, WorkspaceConfig
from banso.errors import LoadError, StoreError
from banso.ingest.files import scratch_dir
from banso.ingest.loader import run_load
from banso.ingest.mapping import plan_for
from banso.model import SOURCE_TABLES
from banso.store import Store
from banso.store.duckdb.load_sql import file_columns
from banso.store.load_plan import LoadOutcome, SourceFile


def load_records(store: Store, config: WorkspaceConfig, table: str, rows: list[dict[str, Any]], *,
                 source: str) -> LoadOutcome:
    """Load `rows` (dicts of canonical fields) into `table` atomically; JSON fields may be dicts."""
    if table not in SOURCE_TABLES:
        raise LoadError(f"unknown table {table!r}")
    if not rows:
        raise LoadError("no rows to load")
    if store.engine != "duckdb":
        raise StoreError(f"writing rows from the app needs the DuckDB store; this workspace's store is on "
                         f"{store.engine}")
    extra = SOURCE_TABLES[table].extra
    with scratch_dir() as scratch:
        path = Path(scratch) / f"{source}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for row in rows:
                line = dict(row)
                if extra and isinstance(line.get(extra), dict):  # JSON text, not a nested object the reader types
                    line[extra] = json.dumps(line[extra], ensure_ascii=False)
                f.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
        file = SourceFile(path, "jsonl", display=f"{source} ({len(rows)} row(s))")
        columns = [c for c, _ in file_columns(store.raw, file)]
        plan = plan_for(table, source, SourceConfig(table=table), file.name, columns, config.timezone)  # type: ignore[arg-type]
        return run_load(store, [(file, plan)], None)
