"""The calendar of a synthetic world: its window, its weekly grid and when people work.

Everything inside the generator counts time as integer microseconds since the Unix epoch (UTC),
which keeps arithmetic vectorized and exact. Calendar notions (weeks starting Monday, working hours,
months) are taken in Japan time, where the simulated customers live.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

import numpy as np

JST = timezone(timedelta(hours=9), "JST")
MS = 1_000
SECOND = 1_000_000
MINUTE = 60 * SECOND
HOUR = 60 * MINUTE
DAY = 24 * HOUR
WEEK = 7 * DAY
JST_OFFSET = 9 * HOUR
NEVER = np.iinfo(np.int64).max
"""Sentinel for "no such moment" in int64 timestamp arrays (no churn, no contract, ...)."""

# Relative activity by weekday (Monday first) and by hour of day, Japan time: office hours with a
# lunch dip, a little evening work and quiet weekends.
DAY_WEIGHTS = np.array([1.0, 1.0, 0.98, 0.97, 0.9, 0.09, 0.06])
HOUR_WEIGHTS = np.array(
    [
        0.02,
        0.01,
        0.01,
        0.01,
        0.01,
        0.02,
        0.05,
        0.15,
        0.55,
        1.0,
        1.0,
        0.95,
        0.55,
        0.9,
        1.0,
        1.0,
        0.95,
        0.8,
        0.5,
        0.3,
        0.2,
        0.14,
        0.08,
        0.04,
    ]
)
_SLOT_CDF = np.cumsum(np.outer(DAY_WEIGHTS, HOUR_WEIGHTS).ravel())
_SLOT_CDF /= _SLOT_CDF[-1]


def to_us(moment: datetime) -> int:
    """Microseconds since the epoch for an aware datetime."""
    delta = moment - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * SECOND + delta.microseconds


def world_end(text: str, now: datetime | None = None) -> date:
    """The end of a world's history from `today` (in Japan, where the synthetic customers work: their
    events run to the day before) or a date such as 2026-11-16; ValueError for anything else.

    >>> world_end("2026-11-16"), world_end("today", datetime(2026, 12, 5, 16, 0, tzinfo=UTC))
    (datetime.date(2026, 11, 16), datetime.date(2026, 12, 6))
    """
    if text == "today":
        return (now or datetime.now(UTC)).astimezone(JST).date()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is neither a date (YYYY-MM-DD) nor today") from None


def midnight_jst_us(day: date) -> int:
    """The start of a calendar day in Japan, in epoch microseconds."""
    return to_us(datetime(day.year, day.month, day.day, tzinfo=JST))


def add_months(day: date, months: int) -> date:
    """Same day of month `months` later (or earlier), clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    first_next = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, min(day.day, (first_next - timedelta(days=1)).day))


@dataclass(frozen=True)
class Timeline:
    """The world's window `[start, end)` (midnights in Japan) on a grid of Monday-based weeks."""

    start: date
    end: date
    start_us: int
    end_us: int
    week0_us: int
    n_weeks: int

    @property
    def week_starts_us(self) -> np.ndarray:
        return self.week0_us + WEEK * np.arange(self.n_weeks, dtype=np.int64)

    def week_of(self, us: np.ndarray) -> np.ndarray:
        """Index of the grid week holding each moment (may be negative or past the grid)."""
        return (np.asarray(us, dtype=np.int64) - self.week0_us) // WEEK

    def week_dates(self) -> list[date]:
        monday = self.start - timedelta(days=self.start.weekday())
        return [monday + timedelta(weeks=k) for k in range(self.n_weeks)]

    def months(self) -> list[tuple[str, int]]:
        """Each calendar month touching the window, with the moment its MRR is read.

        MRR of a month is the MRR in force at the month's end, or at `end` for the last, partial one.
        """
        out = []
        first = date(self.start.year, self.start.month, 1)
        while first < self.end:
            nxt = add_months(first, 1)
            out.append((f"{first:%Y-%m}", min(midnight_jst_us(nxt), self.end_us) - 1))
            first = nxt
        return out


def make_timeline(end: date, months: int) -> Timeline:
    """The window of `months` calendar months ending (exclusively) at midnight of `end`, Japan time."""
    start = add_months(end, -months)
    monday = start - timedelta(days=start.weekday())
    start_us, end_us, week0_us = midnight_jst_us(start), midnight_jst_us(end), midnight_jst_us(monday)
    n_weeks = -(-(end_us - week0_us) // WEEK)
    return Timeline(start, end, start_us, end_us, week0_us, int(n_weeks))


def week_offsets(rng: np.random.Generator, n: int) -> np.ndarray:
    """Moments within a week (µs after Monday 00:00 JST, whole milliseconds) when people work."""
    slot = np.searchsorted(_SLOT_CDF, rng.random(n), side="right")
    return slot.astype(np.int64) * HOUR + rng.integers(0, HOUR // MS, n) * MS


def day_offsets(rng: np.random.Generator, n: int) -> np.ndarray:
    """Moments within a working day (µs after 00:00 JST), following the hour-of-day profile."""
    cdf = np.cumsum(HOUR_WEIGHTS) / HOUR_WEIGHTS.sum()
    hour = np.searchsorted(cdf, rng.random(n), side="right")
    return hour.astype(np.int64) * HOUR + rng.integers(0, HOUR // MS, n) * MS


def date_jst(us: np.ndarray) -> np.ndarray:
    """Calendar dates in Japan (`datetime64[D]`) of epoch-microsecond moments."""
    return (np.asarray(us, dtype=np.int64) + JST_OFFSET).astype("datetime64[us]").astype("datetime64[D]")
