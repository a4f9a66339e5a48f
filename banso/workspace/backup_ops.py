"""`banso backup` through the facade: a copy of the workspace that opens as a workspace (restore = put it back).

Run by the service when one holds the workspace (the copy is consistent while it keeps working), or
alone otherwise. The backup folder holds banso.yaml, banso.duckdb (the store as of one moment),
app.db (mode 0600: it holds sign-in secrets) and backup.json saying when and by which banso.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from banso.workspace.base import WorkspaceBase
from banso.workspace.delegate import handed_over


@dataclass(frozen=True)
class Backup:
    folder: Path
    store_bytes: int
    app_db: bool  # False when the application state is not SQLite (back it up with its database's tools)
    seconds: float

    def job_counts(self) -> dict[str, float]:
        """What the job of `banso backup` shows: the store's size in megabytes, as the command says it."""
        return {"store_mb": round(self.store_bytes / 1e6, 1), "seconds": round(self.seconds, 1)}


class BackupOps(WorkspaceBase):
    @handed_over(paths=("destination",))
    def backup(self, destination: str | Path) -> Backup:
        """Write a consistent copy of the workspace to a new folder `destination`."""
        import time

        from banso.appstate.backup import copy_app_state
        from banso.errors import WorkspaceError
        from banso.paths import CONFIG_FILE
        from banso.store.backup import copy_database

        started = time.perf_counter()
        target = Path(destination)
        if target.exists() and any(target.iterdir()):
            raise WorkspaceError(f"{target} is not empty; back up to a new folder")
        target.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(target, 0o700)
        shutil.copy2(self.config_path, target / CONFIG_FILE)
        store_file = target / self.config.store.path  # where the copied banso.yaml looks for it
        store_file.parent.mkdir(parents=True, exist_ok=True)
        with self.working_store() as store:
            copy_database(store, store_file)
        has_app = copy_app_state(self.app_state, target / "app.db")
        (target / "backup.json").write_text(json.dumps({
            "workspace": str(self.root.resolve()), "taken_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "store": self.config.store.path, "app_state": "app.db" if has_app else None,
        }, indent=1), encoding="utf-8")
        return Backup(target, store_file.stat().st_size, has_app, time.perf_counter() - started)
