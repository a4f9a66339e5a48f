"""Connectors through the facade: pull from CRMs and help desks, push results back, sync segments.

`banso sync pull|push NAME`, the Connections page and the service's daily run all call these. Each run
is recorded in the application state with its counts (`sync_runs`), success or failure.

    ws.sync_pull("salesforce")              # what changed since the last good pull, all or nothing
    ws.sync_push("salesforce", dry_run=True)  # the fields that would change, nothing sent
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from banso.workspace.base import WorkspaceBase

if TYPE_CHECKING:
    from banso.appstate.sync import RunInfo
    from banso.connectors import PullResult
    from banso.ingest.loader import Progress


class SyncOps(WorkspaceBase):
    def sync_pull(self, name: str, *, full: bool = False, progress: Progress | None = None) -> PullResult:
        """Pull connector `name`: read what changed since its cursor, load it all or nothing, move the cursor."""
        from banso.connectors import pull

        with self.lock:
            result = pull(self.store, self.app_state, self.config, name, full=full, progress=progress)
        self.reads.renew()
        return result

    def sync_runs(self, name: str | None = None, limit: int = 50) -> list[RunInfo]:
        """The latest runs (pulls, pushes, segment syncs), newest first."""
        from banso.appstate.sync import recent_runs

        with self.app_state.session() as s:
            return recent_runs(s, name, limit)
