"""Collector sources and the collector itself, through the facade (`banso sources …`, `banso collect`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from banso.workspace.base import WorkspaceBase

if TYPE_CHECKING:
    from banso.appstate.collector import SourceInfo
    from banso.collector import CollectorSettings
    from banso.collector.site import Site
    from banso.store import Store


class CollectorOps(WorkspaceBase):
    def add_source(self, name: str, protocol: str, group_key: str | None = None, *,
                   allowed_origins: list[str] | None = None,
                   owned_fields: list[str] | None = None) -> tuple[SourceInfo, str]:
        """Create a collector source; returns it and its write key (shown this once, stored hashed)."""
        from banso.appstate.collector import add_source

        with self.app_state.session() as s:
            return add_source(s, name, protocol, group_key, reserved_names=frozenset(self.config.sources),
                              allowed_origins=allowed_origins, owned_fields=owned_fields)

    def configure_source(self, name: str, *, allowed_origins: list[str] | None = None,
                         owned_fields: list[str] | None = None) -> SourceInfo:
        """Replace a collector source's allowed web origins or owned account fields (None keeps them)."""
        from banso.appstate.collector import configure_source

        with self.app_state.session() as s:
            return configure_source(s, name, allowed_origins=allowed_origins, owned_fields=owned_fields)

    def collector_sources(self) -> list[SourceInfo]:
        from banso.appstate.collector import list_sources

        with self.app_state.session() as s:
            return list_sources(s)

    def revoke_source(self, name: str) -> SourceInfo:
        """Stop accepting a source's write key; its events stay."""
        from banso.appstate.collector import revoke_source

        with self.app_state.session() as s:
            return revoke_source(s, name)

    def collector_site(self, *, owned: bool = False) -> Site:
        """What the collector needs of this workspace; `owned`: the collector closes the workspace when it stops
        (`banso collect`), else the caller keeps it (the web app serving the collector beside the pages)."""
        from banso.collector.site import Site

        return Site(root=self.root, store_path=self.root / self.config.store.path, timezone=self.config.timezone,
                    app_state=self.app_state, close=self.close if owned else (lambda: None),
                    open_store=None if owned else self.collector_store)

    def collect(self, host: str, port: int, settings: CollectorSettings | None = None,
                ssl_certfile: str | None = None, ssl_keyfile: str | None = None) -> None:
        """Serve the collector until interrupted (`banso collect`); the store is opened only to append."""
        from banso.collector.server import serve

        self.close_store()  # the collector's compactor appends to the store file itself
        serve(self.collector_site(owned=True), host, port, settings=settings, ssl_certfile=ssl_certfile,
              ssl_keyfile=ssl_keyfile)

    def collector_store(self) -> Store:
        """A connection for a collector hosted in this process: its appends take turns with the other writers."""
        return self.store.sibling()

    def drain_collector(self, spool: Path | None = None) -> int:
        """Store everything a stopped collector left on its spool; returns the events stored."""
        from banso.collector.server import drain

        self.close_store()
        return drain(self.collector_site(owned=True), spool)
