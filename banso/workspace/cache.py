"""Reads computed once per data version: what the web app (and any long-lived caller) reuses.

A figure that costs more than a page view may (the accounts facts table, the retention matrix, a
report) is computed once per *data version* — the end of the last load and of the last health
snapshot, see `banso.status.data_version` — and reused until new data lands. The version is checked
at most every `ttl` seconds, so a page view costs no query to find out. Per-account results (an
account's explanation and history) are kept for the most recently viewed accounts only.

Two callers asking for the same figure at once compute it once: the second waits for the first. The
cache's own lock is held only to look up and store, never while computing, so a long computation
(a report of ten seconds) does not hold up a page that needs another, cached figure. Whoever must
act when new data lands (the web app warms the pages' figures) registers with `on_new_version`.

>>> calls = []
>>> cache = ReadCache(lambda: ("v1",))
>>> cache.get("answer", lambda: calls.append(1) or 42), cache.get("answer", lambda: calls.append(1) or 42)
(42, 42)
>>> len(calls), cache.has("answer"), cache.has("question")
(1, True, False)
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

log = logging.getLogger("banso.reads")
T = TypeVar("T")
VERSION_TTL = 5.0  # seconds between checks for new data
ACCOUNT_CACHE = 2000  # accounts whose per-account reads stay cached


class _Pending:
    """A figure being computed by one caller; others wait for it."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: Any = None
        self.error: BaseException | None = None

    def result(self) -> Any:
        self.done.wait()
        if self.error is not None:
            raise self.error
        return self.value


class ReadCache:
    """Results keyed by what they were computed from, dropped when the data version changes."""

    def __init__(self, version: Callable[[], tuple[Any, ...]], ttl: float = VERSION_TTL,
                 accounts: int = ACCOUNT_CACHE):
        self._read_version = version
        self._ttl = ttl
        self._accounts_kept = accounts
        self._lock = threading.RLock()
        self._version: tuple[Any, ...] | None = None
        self._checked = 0.0
        self._values: dict[Hashable, Any] = {}
        self._pending: dict[Hashable, _Pending] = {}
        self._accounts: OrderedDict[tuple[str, str], Any] = OrderedDict()
        self._listeners: list[Callable[[], None]] = []

    def on_new_version(self, listener: Callable[[], None]) -> None:
        """Call `listener()` (from the thread that noticed) whenever new data has landed."""
        self._listeners.append(listener)

    def version(self) -> tuple[Any, ...]:
        """The current data version (read again when `ttl` has passed); a new one empties the cache."""
        now = time.monotonic()
        with self._lock:
            if self._version is not None and now - self._checked <= self._ttl:
                return self._version
        version = self._read_version()  # a query: outside the lock, so lookups of cached figures go on
        with self._lock:
            changed = self._version is not None and version != self._version
            if version != self._version:
                self._values.clear()
                self._accounts.clear()
            self._version = version
            self._checked = now
        if changed:
            for listener in self._listeners:
                listener()
        return version

    def renew(self) -> None:
        """Look at the data version now (after a load or a score in this process)."""
        with self._lock:
            self._checked = 0.0
        self.version()

    def has(self, key: Hashable) -> bool:
        """Whether a figure is ready for the current data version (a page can say "computing…" if not)."""
        self.version()
        with self._lock:
            return key in self._values

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()` once per data version and key; a caller that finds it being computed waits for it."""
        version = self.version()
        with self._lock:
            if key in self._values:
                return self._values[key]  # type: ignore[no-any-return]
            pending = self._pending.get(key)
            mine = pending is None
            if pending is None:
                pending = self._pending[key] = _Pending()
        if not mine:
            return pending.result()  # type: ignore[no-any-return]
        started = time.perf_counter()
        try:
            pending.value = compute()
        except BaseException as exc:
            pending.error = exc
            raise
        finally:
            with self._lock:
                self._pending.pop(key, None)
                if pending.error is None and self._version == version:
                    self._values[key] = pending.value  # figures of a version gone meanwhile are not kept
            pending.done.set()
        label = key[0] if isinstance(key, tuple) and key else key
        log.info("computed %s in %.2fs", label, time.perf_counter() - started)
        return pending.value  # type: ignore[no-any-return]

    def per_account(self, kind: str, account_id: str, compute: Callable[[], T]) -> T:
        """`compute()` once per data version for one account (kept for the most recent accounts)."""
        version = self.version()
        key = (kind, account_id)
        with self._lock:
            if key in self._accounts:
                self._accounts.move_to_end(key)
                return self._accounts[key]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            if self._version == version:
                self._accounts[key] = value
                while len(self._accounts) > self._accounts_kept:
                    self._accounts.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._accounts.clear()
            self._version = None
