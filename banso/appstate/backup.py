"""A consistent copy of the application state while the service writes it (SQLite's online backup).

The copy holds sign-in secrets and password hashes, so it is created readable by its owner only.
A PostgreSQL application state is backed up with PostgreSQL's own tools (pg_dump).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from banso.appstate.db import AppState, sqlite_file
from banso.errors import StoreError


def copy_app_state(app: AppState, target: Path) -> bool:
    """Copy a SQLite application state to `target` (mode 0600); False when it is not SQLite."""
    source = sqlite_file(app.url)
    if source is None:
        return False
    if target.exists():
        raise StoreError(f"{target} exists already; back up to a new path")
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    os.chmod(target, 0o600)
    return True
