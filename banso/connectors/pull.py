"""A pull: read what changed since the last good cursor, load it all or nothing, then move the cursor.

    result = pull(store, app_state, config, "salesforce")

The order is what makes a failure harmless: the vendor is read to the end first (nothing is written
while pages arrive), then the rows land in one store transaction, and only then are the new cursors
saved. A run that fails anywhere leaves the store and the cursors as they were, so the next run
resumes from the last good cursor; a crash between the load and the cursors means the next run
reads a few rows again, which a load counts as unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Protocol

from banso.appstate.db import AppState
from banso.appstate.sync import cursors, save_cursors
from banso.config.models import WorkspaceConfig
from banso.connectors.load import load_stage
from banso.connectors.runs import recorded
from banso.connectors.secrets import Credentials
from banso.connectors.staging import Stage
from banso.errors import ConnectorError
from banso.ingest.loader import Progress
from banso.store import Store


class PullSource(Protocol):
    """A vendor's side of a pull: read each configured object since its cursor into the stage."""

    def read(self, stage: Stage, since: dict[str, str], progress: Progress | None) -> dict[str, str]:
        """Stage every changed record; returns the cursor each object reached."""


@dataclass(frozen=True)
class TableLoad:
    stream: str
    table: str
    rows: int
    inserted: int
    updated: int
    unchanged: int


@dataclass
class PullResult:
    connector: str
    full: list[str]  # objects read from the beginning (no cursor yet)
    read: dict[str, int]
    loads: list[TableLoad] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    cursors: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def job_counts(self) -> dict[str, int]:
        """What the run's job shows (`banso jobs`, the Jobs page): rows read and how they landed."""
        return {"read": sum(self.read.values()), "inserted": sum(x.inserted for x in self.loads),
                "updated": sum(x.updated for x in self.loads), "unchanged": sum(x.unchanged for x in self.loads),
                "skipped": sum(self.skipped.values())}


Sleep = Callable[[float], None]


def open_source(name: str, config: WorkspaceConfig, env: Mapping[str, str] | None, sleep: Sleep | None) -> PullSource:
    conn = config.connectors[name]
    creds = Credentials.read(name, conn.type, env)
    if conn.type == "salesforce":
        from banso.connectors.salesforce.pull import SalesforcePull

        return SalesforcePull(name, conn, creds, sleep=sleep)
    if conn.type == "hubspot":
        from banso.connectors.hubspot.pull import HubSpotPull

        return HubSpotPull(name, conn, creds, sleep=sleep)
    if conn.type == "zendesk":
        from banso.connectors.zendesk import ZendeskPull

        return ZendeskPull(name, conn, creds, sleep=sleep)
    from banso.connectors.intercom import IntercomPull

    return IntercomPull(name, conn, creds, sleep=sleep)


def pull(store: Store | Callable[[], AbstractContextManager[Store]], app: AppState, config: WorkspaceConfig,
         name: str, *, full: bool = False, progress: Progress | None = None, env: Mapping[str, str] | None = None,
         sleep: Sleep | None = None) -> PullResult:
    """Pull connector `name` (see the module docstring); `full` ignores the cursors and reads everything.

    `store` is the store, or a context giving the connection to load on (the workspace's `working_store`),
    entered only once the vendor has been read (which can take minutes): a web app sharing the store
    keeps answering during a pull, and the load takes its turn among the store's writers.
    """
    conn = config.connectors.get(name)
    if conn is None:
        known = ", ".join(config.connectors) or "none configured"
        raise ConnectorError(f"no connector named {name!r} in banso.yaml (connectors: {known})")
    if not conn.pull:
        raise ConnectorError(f"connector {name!r} pulls nothing: list the objects to read under "
                             f"connectors.{name}.pull in banso.yaml")
    with recorded(app, name, "pull") as run:
        with app.session() as s:
            since = {} if full else cursors(s, name)
        source = open_source(name, config, env, sleep)
        stage = Stage(name)
        reached = source.read(stage, since, progress)
        with store() if callable(store) else nullcontext(store) as target:
            outcomes = load_stage(target, config, stage, {str(k): v for k, v in conn.pull.items()}, progress)
        with app.session() as s:
            save_cursors(s, name, reached)
        result = PullResult(name, full=[o for o in conn.pull if o not in since], read=dict(stage.read),
                            skipped=dict(stage.skipped), cursors=reached)
        for part, out in outcomes:
            result.loads.append(TableLoad(part.stream, part.table, out.rows_read, out.inserted, out.updated,
                                          out.unchanged))
            result.warnings += out.warnings
            run.add(f"{part.table} new", out.inserted)
            run.add(f"{part.table} changed", out.updated)
            run.add(f"{part.table} unchanged", out.unchanged)
            run.rows += out.inserted + out.updated
        for stream, n in stage.read.items():
            run.add(f"{stream} read", n)
        for reason, n in stage.skipped.items():
            run.add(f"skipped: {reason}", n)
    return result
