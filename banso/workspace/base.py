"""What every part of the facade stands on: the folder, its configuration, the store, the application
state, one lock for the store and the cache of reads.

The embedded store runs one query at a time per connection, so every read and write of the facade
takes `lock` (a web app calls the facade from many threads). Reads that cost more than a page view
may are kept in `reads`, a cache renewed whenever the data version changes (see `ReadCache`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from banso.config.load import load_config
from banso.config.models import WorkspaceConfig
from banso.errors import StoreError, WorkspaceError
from banso.paths import CONFIG_FILE, ENV_VAR
from banso.workspace.cache import ReadCache
from banso.workspace.delegate import Channel

if TYPE_CHECKING:
    from banso.appstate import AppState
    from banso.store import Store


@dataclass(frozen=True)
class Display:
    """How the workspace presents itself: its name, default language, currency and time zone."""

    name: str
    language: str
    currency: str
    timezone: str
    engine: str  # the store's engine (duckdb, postgres, spark)

# Connections kept open between long works: enough for the service's daily run and its score rounds.
_IDLE_CONNECTIONS = 2


class WorkspaceBase:
    """Configuration plus store; open with `Workspace.open`, create with `Workspace.init`."""

    def __init__(self, root: Path, config: WorkspaceConfig):
        self.root = root
        self.config = config
        self._store: Store | None = None
        self._app_state: AppState | None = None
        self.lock = threading.RLock()
        self.reads = ReadCache(self._data_version)
        self._channel: Channel | None = None  # set when a running service does the work (`hand_over_to`)
        self._working: set[Store] = set()  # connections of long work in progress (`working_store`)
        self._idle: list[Store] = []  # finished work's connections, kept for the next (`working_store`)
        self._named_locks: dict[str, threading.Lock] = {}
        self._reentrant_locks: dict[str, threading.RLock] = {}
        self._serving_pages = False  # see `serving_pages`

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, root: str | Path | None = None) -> Self:
        path = Path(root if root is not None else os.environ.get(ENV_VAR, ".")).expanduser()
        config_path = path / CONFIG_FILE
        if not config_path.is_file():
            raise WorkspaceError(
                f"no banso workspace at {path} ({CONFIG_FILE} not found); "
                f"create one with `banso init {path}` or pass --workspace DIR"
            )
        return cls(path, load_config(config_path))

    @classmethod
    def init(cls, root: str | Path, *, name: str | None = None, timezone: str = "Asia/Tokyo",
             config_text: str | None = None) -> Self:
        """Create the folder, a fully commented `banso.yaml` and an empty store."""
        from banso.config.template import render

        path = Path(root).expanduser()
        if (path / CONFIG_FILE).exists():
            raise WorkspaceError(f"{path} is already a banso workspace ({CONFIG_FILE} exists)")
        path.mkdir(parents=True, exist_ok=True)
        text = config_text or render(name=name or path.resolve().name, timezone=timezone)
        tmp = path / (CONFIG_FILE + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        try:
            load_config(tmp)  # never leave an invalid file behind
        except Exception:
            tmp.unlink()
            raise
        tmp.rename(path / CONFIG_FILE)
        ws = cls.open(path)
        ws.store  # noqa: B018 - creates the store and its tables
        return ws

    def display(self) -> Display:
        c = self.config
        return Display(name=c.name, language=c.language, currency=c.currency, timezone=c.timezone,
                       engine=c.store.engine)

    def event_labels(self, language: str = "en") -> dict[str, str]:
        """Each labelled event's name for people in `language` (`events.labels`; see `banso.event_names`)."""
        return self.config.events.labels_in(language)

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_FILE

    @property
    def store(self) -> Store:
        if self._channel is not None:
            raise StoreError(f"the store of {self.root} is owned by the running service ({self._channel.describe()}), "
                             "and this operation is not one it does for commands; use the web app or the JSON API")
        with self.lock:
            if self._store is None:
                from banso.store.open import open_store

                self._store = open_store(self.config.store, self.root)
                if self._serving_pages:
                    self._store.date_workers = 1
            return self._store

    def serving_pages(self) -> None:
        """This process also answers page requests: long work runs one date at a time from now on.

        A backfill computes a few weeks side by side when it has the machine to itself; beside a web
        app that would take the cores the pages need (an account page's p95 went from 0.1 s to 0.35 s
        during a 52-week backfill on 2 cores), so a serving process keeps to one.
        """
        with self.lock:
            self._serving_pages = True
            for store in [self._store, *self._idle, *self._working]:
                if store is not None:
                    store.date_workers = 1

    @contextmanager
    def working_store(self) -> Iterator[Store]:
        """A connection for long work (scoring, loading, reports): pages keep reading `store` meanwhile.

        Writers still take turns (the store's write lock); on an engine without siblings this is the
        store itself, under `lock`. A connection whose work ended well is kept for the next work, so
        what was prepared on it (a health model's compiled queries) serves the service's next round;
        one whose work failed is closed.
        """
        store = self.store
        if not store.supports_siblings:
            with self.lock:
                yield store
            return
        with self.lock:
            sibling = self._idle.pop() if self._idle else store.sibling()
            self._working.add(sibling)
        ok = False
        try:
            yield sibling
            ok = True
        finally:
            with self.lock:
                self._working.discard(sibling)
                if ok and self._store is store and len(self._idle) < _IDLE_CONNECTIONS:
                    self._idle.append(sibling)
                else:
                    sibling.close()

    def _close_idle(self) -> None:
        with self.lock:
            idle, self._idle = self._idle, []
        for sibling in idle:
            sibling.close()

    def named_lock(self, name: str) -> threading.Lock:
        """One lock per name and workspace: work that must not overlap itself (a daily run, a renewal round)."""
        with self.lock:
            return self._named_locks.setdefault(name, threading.Lock())

    def reentrant_lock(self, name: str) -> threading.RLock:
        """Like `named_lock`, but the thread holding it may take it again: work that tries the lock first
        (to skip when busy) and then calls the operation that takes it (a connector's interval run)."""
        with self.lock:
            return self._reentrant_locks.setdefault(name, threading.RLock())

    def interrupt_work(self) -> int:
        """Stop the queries of long work in progress (a service shutting down); their transactions roll back."""
        with self.lock:
            working = list(self._working)
        for store in working:
            store.interrupt()
        return len(working)

    # -- a running service -------------------------------------------------------------------
    def hand_over_to(self, channel: Channel) -> None:
        """From now on, the operations marked `handed_over` run in the service at the other end of `channel`."""
        self._channel = channel

    @property
    def handed_over(self) -> bool:
        """Whether a running service does this workspace's store work for this object."""
        return self._channel is not None

    @property
    def app_state(self) -> AppState:
        """The application-state database (created on first use)."""
        if self._app_state is None:
            from banso.appstate import AppState

            url = os.environ.get("BANSO_APP_STATE_URL") or self.config.app_state.url
            self._app_state = AppState(url or f"sqlite:///{(self.root / 'app.db').resolve()}")
        return self._app_state

    def close_store(self) -> None:
        """Let go of the store (another writer, such as the collector's compactor, may then append to it)."""
        self._close_idle()
        if self._store is not None:
            self._store.close()
            self._store = None

    def close(self, error: str | None = None) -> None:
        """Close the store and the application state; a handed-over workspace tells the service how it ended."""
        if self._channel is not None:
            self._channel.close(error)
            self._channel = None
        self._close_idle()
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._app_state is not None:
            self._app_state.dispose()
            self._app_state = None
        self.reads.clear()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the data version --------------------------------------------------------------------
    def _data_version(self) -> tuple[Any, ...]:
        from banso.status import data_version

        with self.lock:
            return data_version(self.store)
