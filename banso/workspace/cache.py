"""Reads computed once per data version: what the web app (and any long-lived caller) reuses.

A figure that costs more than a page view may (the accounts facts table, the retention matrix, a
report) is computed once per *data version* — the end of the last load and of the last health
snapshot, see `banso.status.data_version` — and reused until new data lands. The version is checked
at most every `ttl` seconds, so a page view costs no query to find out. Per-account results (an
account's explanation and history) are kept for the most recently viewed accounts only.

>>> calls = []
>>> cache = ReadCache(lambda: ("v1",))
>>> cache.get("answer", lambda: calls.append(1) or 42), cache.get("answer", lambda: calls.append(1) or 42)
(42, 42)
>>> len(calls)
1
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
        self._accounts: OrderedDict[tuple[str, str], Any] = OrderedDict()
        self._computing: dict[Hashable, threading.Lock] = {}

    def version(self) -> tuple[Any, ...]:
        """The current data version (read again when `ttl` has passed); a new one empties the cache."""
        now = time.monotonic()
        with self._lock:
            if self._version is None or now - self._checked > self._ttl:
                version = self._read_version()
                if version != self._version:
                    self._values.clear()
                    self._accounts.clear()
                self._version = version
                self._checked = now
            return self._version

    def renew(self) -> None:
        """Look at the data version now (after a load or a score in this process)."""
        with self._lock:
            self._checked = 0.0
        self.version()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()` once per data version and key.

        The computation runs outside the cache's own lock (one lock per key keeps it to once), so a
        slow report does not hold up the pages reading other keys meanwhile.
        """
        version = self.version()
        with self._lock:
            if key in self._values:
                return self._values[key]  # type: ignore[no-any-return]
            gate = self._computing.setdefault(key, threading.Lock())
        with gate:
            with self._lock:
                if key in self._values:
                    return self._values[key]  # type: ignore[no-any-return]
            started = time.perf_counter()
            value = compute()
            label = key[0] if isinstance(key, tuple) and key else key
            log.info("computed %s in %.2fs", label, time.perf_counter() - started)
            with self._lock:
                self._computing.pop(key, None)
                if self._version == version:  # not computed from data older than the cache now holds
                    self._values[key] = value
            return value

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

