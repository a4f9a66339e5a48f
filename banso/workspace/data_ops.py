"""Loading data into the store and reading what it holds (`banso load`, `banso copy-store`, `banso status`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from banso.workspace.base import WorkspaceBase
from banso.workspace.delegate import handed_over

if TYPE_CHECKING:
    from banso.ingest.loader import Progress
    from banso.status import StoreStatus
    from banso.store.load_plan import LoadOutcome


class DataOps(WorkspaceBase):
    @handed_over(paths=("paths",))
    def load(self, table: str, paths: list[str], *, source: str | None = None, allow_unknown: bool = False,
             progress: Progress | None = None) -> LoadOutcome:
        """Load files into a canonical table atomically (see `banso.ingest`).

        Without files, the table is read from the database source that loads it (see docs/sources.md).
        """
        from banso.ingest.loader import load_files

        with self.working_store() as store:
            if not paths:
                from banso.ingest.database import load_database

                out = load_database(store, self.config, self.root, table, source_name=source,
                                    allow_unknown=allow_unknown, progress=progress)
            else:
                out = load_files(store, self.config, table, paths, source_name=source,
                                 allow_unknown=allow_unknown, progress=progress)
        self.reads.renew()
        return out

    def copy_store_from(self, source: WorkspaceBase) -> dict[str, int]:
        """Replace this store's canonical tables with those `source` loaded (its DuckDB store).

        How a workspace moves to PostgreSQL or Spark: files are loaded and validated on DuckDB,
        then copied here (`banso copy-store`); returns the rows copied per table.
        """
        from banso.store.transfer import copy_tables

        with self.working_store() as store:
            copied = copy_tables(source.store, store)
        self.reads.renew()
        return copied

    @handed_over(paths=("source",))
    def copy_store(self, source: str | Path) -> dict[str, int]:
        """`copy_store_from` the workspace at `source` (`banso copy-store`); returns the rows copied per table."""
        from banso.workspace.base import WorkspaceBase

        with WorkspaceBase.open(source) as src:
            return self.copy_store_from(src)

    @handed_over()
    def status(self) -> StoreStatus:
        """What the store holds: counts, time range, orphans, by source."""
        from banso.status import store_status

        with self.lock:
            return store_status(self.store)
