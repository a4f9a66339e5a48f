"""A consistent copy of a DuckDB store that is in use: `banso backup` through the running service.

The copy is made by the process that owns the store, in one transaction of its own, while no other
writer may commit (the store's write lock): readers go on, the collector keeps acknowledging (its
appends wait for the copy), and the copy holds exactly the store as of one moment. It is a plain
DuckDB file, which a workspace opens as it is (restore: put it in place of banso.duckdb).
"""

from __future__ import annotations

from pathlib import Path

from banso.errors import StoreError
from banso.store.duckdb.store import Store


def copy_database(store: Store, target: Path) -> None:
    """Write the whole store to a new DuckDB file at `target` (which must not exist)."""
    if store.engine != "duckdb":
        raise StoreError(f"banso backup copies a DuckDB store; back up the {store.engine} database with its own tools")
    if target.exists():
        raise StoreError(f"{target} exists already; back up to a new path")
    raw = store.raw
    with store.writing():
        name = raw.execute("SELECT current_database()").fetchall()[0][0]
        raw.execute("ATTACH ? AS banso_backup", [str(target)])
        try:
            raw.execute(f'COPY FROM DATABASE "{name}" TO banso_backup')
        finally:
            raw.execute("DETACH banso_backup")
