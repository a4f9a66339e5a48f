"""Logs that a flood of bad clients cannot grow without bound: one line per condition per interval.

A collector faces the internet. When a thousand clients send the same bad request, or the process
runs out of file descriptors and the event loop reports every failed `accept()`, a log line per
occurrence fills the disk (757 MB in 75 s, measured). `RateLimit` lets the first record of each
condition through, drops the repeats for `interval` seconds, and then says how many it dropped:

    ... WARNING banso.collector: POST /v1/batch -> 400 invalid_json: ... [and 1,214 more like this, not logged, since the last one]

banso's own code names the conditions a client can repeat (`extra={"condition": …}`: a refusal of a
route, a slow connection); its other lines (start-up, each compaction) are never held back. For
uvicorn's and asyncio's lines, the condition is the logger, level and message template.

    log_limits.install()  # what `banso collect` and `banso serve` do once uvicorn set up its loggers
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

INTERVAL = 60.0
MAX_CONDITIONS = 512  # conditions remembered; the oldest is forgotten first
# The loggers a flood reaches: the collector's own, uvicorn's (bad requests, timeouts), asyncio's (accept()).
LOGGERS = ("banso.collector", "uvicorn.error", "asyncio")


class RateLimit(logging.Filter):
    """A logging filter: at most one record per condition every `interval` seconds."""

    def __init__(self, interval: float = INTERVAL, clock: Callable[[], float] = time.monotonic):
        super().__init__()
        self.interval = interval
        self._clock = clock
        self._seen: OrderedDict[tuple[object, ...], tuple[float, int]] = OrderedDict()
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        condition = getattr(record, "condition", None)
        if condition is None and record.name.startswith("banso"):
            return True
        key = (record.name, record.levelno, condition if condition is not None else record.msg)
        now = self._clock()
        with self._lock:
            last = self._seen.get(key)
            if last is not None and now - last[0] < self.interval:
                self._seen[key] = (last[0], last[1] + 1)
                return False
            dropped = last[1] if last is not None else 0
            self._seen[key] = (now, 0)
            self._seen.move_to_end(key)
            while len(self._seen) > MAX_CONDITIONS:
                self._seen.popitem(last=False)
        if dropped:
            record.msg = f"{record.getMessage()} [and {dropped:,} more like this, not logged, since the last one]"
            record.args = ()
        return True


def install(interval: float = INTERVAL) -> RateLimit:
    """Limit the loggers a flood reaches (idempotent); returns the filter."""
    limit = RateLimit(interval)
    for name in LOGGERS:
        logger = logging.getLogger(name)
        for old in [f for f in logger.filters if isinstance(f, RateLimit)]:
            logger.removeFilter(old)
        logger.addFilter(limit)
    return limit
