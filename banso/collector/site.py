"""What the collector needs of its workspace, handed to it by the Workspace.

The collector sits below the Workspace in the data flow, so it never opens one: the Workspace gives
it the folder (for the spool), the path of the store (the compactor appends to it directly, so the
store is not held open by anyone else while the collector runs), the time zone (local days of the
events) and the application state (the write keys), and, in the service, a connection to the store
it already holds (`open_store`). `close` is called when the collector stops:
the workspace's own close for `banso collect`, nothing when the web app serves the collector and
owns the workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from banso.appstate import AppState
from banso.store import Store


@dataclass(frozen=True)
class Site:
    root: Path
    store_path: Path
    timezone: str
    app_state: AppState
    close: Callable[[], None] = field(default=lambda: None)
    # How the compactor reaches the store: by default it opens the file; a process that already holds the
    # store (the service) gives a sibling connection, so the appends take turns with its other writers.
    open_store: Callable[[], Store] | None = None
