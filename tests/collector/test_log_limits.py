"""One log line per condition per interval, then a count of what was dropped."""

from __future__ import annotations

import logging

from banso.collector.log_limits import RateLimit


def test_repeats_are_dropped_and_counted() -> None:
    now = [0.0]
    limit = RateLimit(interval=60, clock=lambda: now[0])
    logger = logging.getLogger("uvicorn.error")

    def record(msg: str, *args: object, condition: object = None) -> logging.LogRecord:
        rec = logger.makeRecord(logger.name, logging.WARNING, __file__, 1, msg, args, None)
        if condition is not None:
            rec.condition = condition
        return rec

    # (time, message, args, condition) -> the line logged, or None when dropped
    steps: list[tuple[float, str, tuple[object, ...], object, str | None]] = [
        (0, "POST %s -> 400", ("/v1/batch",), "400:/v1/batch", "POST /v1/batch -> 400"),
        (1, "POST %s -> 400", ("/v1/batch",), "400:/v1/batch", None),
        (2, "POST %s -> 400", ("/v1/batch",), "400:/v1/batch", None),
        (3, "POST %s -> 401", ("/v1/batch",), "401:/v1/batch", "POST /v1/batch -> 401"),  # another condition
        (30, "accept() out of system resource", (), None, "accept() out of system resource"),
        (31, "accept() out of system resource", (), None, None),
        (61, "POST %s -> 400", ("/v1/batch",), "400:/v1/batch",
         "POST /v1/batch -> 400 [and 2 more like this, not logged, since the last one]"),
        (62, "POST %s -> 400", ("/v1/batch",), "400:/v1/batch", None),
        (200, "POST %s -> 400", ("/v1/batch",), "400:/v1/batch",
         "POST /v1/batch -> 400 [and 1 more like this, not logged, since the last one]"),
    ]
    for at, msg, args, condition, expected in steps:
        now[0] = at
        rec = record(msg, *args, condition=condition)
        kept = limit.filter(rec)
        assert (rec.getMessage() if kept else None) == expected, at


def test_banso_lines_without_a_condition_are_never_held_back() -> None:
    limit = RateLimit(interval=60, clock=lambda: 0.0)
    logger = logging.getLogger("banso.collector")
    for _ in range(3):
        rec = logger.makeRecord(logger.name, logging.INFO, __file__, 1, "stored %d events", (100,), None)
        assert limit.filter(rec) and rec.getMessage() == "stored 100 events"
