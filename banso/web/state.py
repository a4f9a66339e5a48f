"""What the running web app holds: the workspace, one lock for the store, and per-data-version caches.

DuckDB runs one query at a time per connection and parallelizes inside it, so requests take turns on
the store under `lock`. Figures that cost more than a page view may (the accounts facts table, the
retention matrix) are computed once per *data version* — the last load plus the last health
snapshot — and reused until new data lands.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import ibis
import ibis.expr.types as ir
import pandas as pd

from banso.analysis.account_list import account_facts, default_as_of
from banso.store.store import Store
from banso.web.signin import SignInGuard
from banso.workspace import Workspace

log = logging.getLogger("banso.web")
T = TypeVar("T")
VERSION_TTL = 5.0  # seconds between checks for new data
ACCOUNT_CACHE = 2000  # accounts whose health explanation and history stay cached


class WebState:
    def __init__(self, ws: Workspace):
        self.ws = ws
        self.lock = threading.RLock()
        self.signin = SignInGuard()  # failed sign-ins are throttled per app, in memory
        self._version: tuple[Any, ...] | None = None
        self._checked = 0.0
        self._cache: dict[Any, Any] = {}
        self._accounts: OrderedDict[tuple[str, str], Any] = OrderedDict()

    @property
    def source(self) -> Store:
        """What the pages read from (the store keeps its table handles between requests)."""
        return self.ws.store

    # -- data version --------------------------------------------------------------------------
    def version(self) -> tuple[Any, ...]:
        now = time.monotonic()
        if self._version is None or now - self._checked > VERSION_TTL:
            with self.lock:
                store = self.ws.store
                loads = store.table("loads")
                last_load = store.execute(loads.aggregate(v=loads.finished_at.max()))["v"].iloc[0]
                snap = None
                if self.has_table("health_snapshots"):
                    hs = store.table("health_snapshots")
                    snap = store.execute(hs.aggregate(v=hs.computed_at.max()))["v"].iloc[0]
                version = (str(last_load), str(snap))
                if version != self._version:
                    self._cache.clear()
                    self._accounts.clear()
                self._version = version
                self._checked = now
        return self._version  # type: ignore[return-value]

    def has_table(self, name: str) -> bool:
        """Whether the store has a table (derived tables arrive with later migrations)."""
        with self.lock:
            try:
                self.ws.store.table(name)
            except Exception:
                return False
            return True

    def cached(self, key: Any, compute: Callable[[], T]) -> T:
        """`compute()` once per data version and key."""
        self.version()
        with self.lock:
            if key not in self._cache:
                started = time.perf_counter()
                self._cache[key] = compute()
                log.info("computed %s in %.2fs", key if isinstance(key, str) else key[0], time.perf_counter() - started)
            return self._cache[key]  # type: ignore[no-any-return]

    # -- health (present once the health engine is configured and has scored) ------------------
    def health_call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Call a Workspace health method if this banso has it and scores exist; else None."""
        method = getattr(self.ws, name, None)
        if method is None:
            return None
        with self.lock:
            try:
                return method(*args, **kwargs)
            except Exception as exc:  # no snapshots yet, or no health model configured
                log.info("health data unavailable (%s): %s", name, exc)
                return None

    def per_account(self, kind: str, account_id: str, compute: Callable[[], T]) -> T:
        """`compute()` once per data version for one account (kept for the most recent accounts)."""
        self.version()
        key = (kind, account_id)
        with self.lock:
            if key in self._accounts:
                self._accounts.move_to_end(key)
                return self._accounts[key]  # type: ignore[no-any-return]
            value = compute()
            self._accounts[key] = value
            while len(self._accounts) > ACCOUNT_CACHE:
                self._accounts.popitem(last=False)
            return value

    def as_of(self) -> date | None:
        """The date every page is seen at: the latest health snapshot, else after the last event."""

        def compute() -> date | None:
            latest = self.health_call("latest_as_of")
            if latest is not None:
                return latest  # type: ignore[no-any-return]
            return default_as_of(self.ws.store)

        return self.cached("as_of", compute)

    def scores(self) -> pd.DataFrame | None:
        return self.cached("scores", lambda: self.health_call("scores"))

    # -- the accounts facts table ----------------------------------------------------------------
    def facts(self) -> pd.DataFrame:
        def compute() -> pd.DataFrame:
            as_of = self.as_of() or date.today()
            with self.lock:
                metrics = self._metrics(as_of)
                return account_facts(self.ws.store, as_of, metrics=metrics, health=self.scores())

        return self.cached("facts", compute)

    def facts_table(self) -> ir.Table:
        return self.cached("facts_table", lambda: ibis.memtable(self.facts()))

    def metric_names(self) -> list[str]:
        from banso.analysis.account_list import metric_names

        return metric_names(self.facts())

    def metric_descriptions(self) -> dict[str, str]:
        try:
            from banso.metrics import list_metrics
        except ImportError:
            return {}
        return {m.name: m.description for m in list_metrics(self.ws.config)}

    def _metrics(self, as_of: date) -> pd.DataFrame | None:
        try:
            from banso.metrics import compute_metrics
        except ImportError:
            return None
        try:
            return self.ws.store.execute(compute_metrics(self.ws.store, self.ws.config, as_of))
        except Exception as exc:  # a metric the data cannot support must not take the list down
            log.warning("metrics unavailable: %s", exc)
            return None
