"""Failed attempts cost the one who fails: after a few, each further attempt must wait, longer each time.

One `Throttle` counts failures per key (an account's email, a client address) over a sliding window.
The first `free` failures in the window cost nothing, so a person who mistypes is never slowed; after
that the key must wait `first_wait` seconds after its last failure, doubling with each further failure
up to `longest_wait`. Failures older than the window are forgotten, so a lock lifts by itself. While a
key waits, an attempt is refused before any password is checked, so refusing costs nothing.

>>> t = Throttle(Policy(free=2, window=900, first_wait=30, longest_wait=900), clock=lambda: 0.0)
>>> t.failed("a@example.com"); t.failed("a@example.com"); t.wait("a@example.com")
30.0
>>> t.wait("b@example.com")
0.0
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass

from banso.appstate.auth import AuthError


@dataclass(frozen=True)
class Policy:
    free: int  # failures within the window that cost nothing
    window: float  # seconds a failure is remembered
    first_wait: float  # seconds to wait after the `free`-th failure
    longest_wait: float  # the wait doubles up to this


class TooManyAttempts(AuthError):
    """Too many failed attempts for an account or from an address: try again after `retry_after` seconds."""

    def __init__(self, retry_after: float, scope: str):
        self.retry_after = max(1, int(retry_after + 0.999))
        self.scope = scope  # "account", "address" or "busy"
        wait = f"try again in {self.retry_after} second{'s' if self.retry_after != 1 else ''}"
        if scope == "busy":
            super().__init__(f"the server is checking many sign-ins at once; {wait}")
        else:
            where = "for this account" if scope == "account" else "from this address"
            super().__init__(f"too many failed sign-ins {where}; {wait}")


class Throttle:
    """Failure counts per key, bounded in memory (the keys seen longest ago are dropped first)."""

    def __init__(self, policy: Policy, *, clock: Callable[[], float] = time.monotonic, capacity: int = 10_000):
        self.policy = policy
        self.clock = clock
        self.capacity = capacity
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures.get(key)
        if times is None:
            return deque()
        while times and now - times[0] > self.policy.window:
            times.popleft()
        if not times:
            del self._failures[key]
        return times

    def wait(self, key: str) -> float:
        """Seconds before `key` may try again; 0.0 when it may try now."""
        with self._lock:
            now = self.clock()
            times = self._recent(key, now)
            beyond = len(times) - self.policy.free
            if beyond < 0:
                return 0.0
            wait = min(self.policy.first_wait * 2.0 ** beyond, self.policy.longest_wait)
            return max(0.0, times[-1] + wait - now)

    def failed(self, key: str) -> None:
        with self._lock:
            now = self.clock()
            times = self._recent(key, now)
            times.append(now)
            self._failures[key] = times
            self._failures.move_to_end(key)
            while len(self._failures) > self.capacity:
                self._failures.popitem(last=False)

    def succeeded(self, key: str) -> None:
        """Forget the failures of a key (an account that signed in correctly)."""
        with self._lock:
            self._failures.pop(key, None)
