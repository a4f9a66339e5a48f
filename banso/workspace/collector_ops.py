"""Collector sources and the collector itself, through the facade (`banso sources …`, `banso collect`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from banso.workspace.base import WorkspaceBase

if TYPE_CHECKING:
    from banso.appstate.collector import SourceInfo
    from banso.collector import CollectorSettings
    from banso.store.store import Store


class CollectorOps(WorkspaceBase):
    def add_source(self, name: str, protocol: str, group_key: str | None = None) -> tuple[SourceInfo, str]:
        """Create a collector source; returns it and its write key (shown this once, stored hashed)."""
        from banso.appstate.collector import add_source

        with self.app_state.session() as s:
            return add_source(s, name, protocol, group_key, reserved_names=frozenset(self.config.sources))

    def collector_sources(self) -> list[SourceInfo]:
        from banso.appstate.collector import list_sources

        with self.app_state.session() as s:
            return list_sources(s)

    def revoke_source(self, name: str) -> SourceInfo:
        """Stop accepting a source's write key; its events stay."""
        from banso.appstate.collector import revoke_source

        with self.app_state.session() as s:
            return revoke_source(s, name)

    def collect(self, host: str, port: int, settings: CollectorSettings | None = None,
                ssl_certfile: str | None = None, ssl_keyfile: str | None = None) -> None:
        """Serve the collector until interrupted (`banso collect`); the store is opened only to append."""
        from banso.collector.server import serve

        self.close()  # the collector opens the store only for its appends
        serve(self.root, host, port, settings=settings, ssl_certfile=ssl_certfile, ssl_keyfile=ssl_keyfile)

    def collector_store(self) -> Store:
        """A connection for a collector hosted in this process: its appends take turns with the other writers."""
        return self.store.sibling()

    def drain_collector(self, spool: Path | None = None) -> int:
        """Store everything a stopped collector left on its spool; returns the events stored."""
        from banso.collector.server import drain

        self.close()
        return drain(self.root, spool)
