"""Loading data into the store and reading what it holds (`banso load`, `banso copy-store`, `banso status`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from banso.workspace.base import WorkspaceBase

if TYPE_CHECKING:
    from banso.ingest.loader import Progress
    from banso.status import StoreStatus
    from banso.store.load_plan import LoadOutcome


class DataOps(WorkspaceBase):
    def load(self, table: str, paths: list[str], *, source: str | None = None, allow_unknown: bool = False,
             progress: Progress | None = None) -> LoadOutcome:
        """Load files into a canonical table atomically (see `banso.ingest`).

        Without files, the table is read from the database source that loads it (see docs/sources.md).
        """
        from banso.ingest.loader import load_files

        with self.lock:
            if not paths:
                from banso.ingest.database import load_database

                out = load_database(self.store, self.config, self.root, table, source_name=source,
                                    allow_unknown=allow_unknown, progress=progress)
            else:
                out = load_files(self.store, self.config, table, paths, source_name=source,
                                 allow_unknown=allow_unknown, progress=progress)
        self.reads.renew()
        return out

    def copy_store_from(self, source: WorkspaceBase) -> dict[str, int]:
        """Replace this store's canonical tables with those `source` loaded (its DuckDB store).

        How a workspace moves to PostgreSQL or Spark: files are loaded and validated on DuckDB,
        then copied here (`banso copy-store`); returns the rows copied per table.
        """
        from banso.store.transfer import copy_tables

        with self.lock:
            copied = copy_tables(source.store, self.store)
        self.reads.renew()
        return copied

    def status(self) -> StoreStatus:
        """What the store holds: counts, time range, orphans, by source."""
        from banso.status import store_status

        with self.lock:
            return store_status(self.store)
