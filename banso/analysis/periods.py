"""Calendar periods of the analyses: days, weeks (starting Monday or Sunday) and months, in the workspace zone.

Insights and the onboarding view bucket time the same way, so a week in a trend, a funnel's entry week and a retention
cohort are the same seven days. A period is named by its first local date; the periods are also
numbered (`index`) so that "k periods later" is a subtraction, in Ibis as in Python:

>>> Periods("week", "monday").start(date(2026, 3, 4)), Periods("week", "sunday").start(date(2026, 3, 4))
(datetime.date(2026, 3, 2), datetime.date(2026, 3, 1))
>>> p = Periods("month")
>>> p.index(date(2026, 3, 31)) - p.index(date(2025, 12, 1)), p.shift(date(2026, 1, 1), 2)
(3, datetime.date(2026, 3, 1))

Rolling windows (retention) count from each actor's own start instead: a day is 24 hours, a week 7
days and a month 30 days (`ROLLING_SECONDS`), as Mixpanel and Amplitude count them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

import ibis
import ibis.expr.datatypes as dt
import ibis.expr.types as ir

Interval = Literal["day", "week", "month"]
WeekStart = Literal["monday", "sunday"]
ROLLING_SECONDS: dict[Interval, int] = {"day": 86_400, "week": 7 * 86_400, "month": 30 * 86_400}
_EPOCH = date(1970, 1, 1)  # a Thursday
_WEEK_SHIFT = {"monday": 3, "sunday": 4}  # days from the epoch's Thursday back to the week's first day


@dataclass(frozen=True)
class Periods:
    """One way of cutting the calendar into periods."""

    interval: Interval
    week_start: WeekStart = "monday"

    # -- in Python -------------------------------------------------------------------------------
    def start(self, day: date) -> date:
        """The first local date of the period holding `day`."""
        if self.interval == "day":
            return day
        if self.interval == "month":
            return day.replace(day=1)
        return day - timedelta(days=((day - _EPOCH).days + _WEEK_SHIFT[self.week_start]) % 7)

    def index(self, day: date) -> int:
        """The period's number: consecutive periods have consecutive numbers."""
        if self.interval == "day":
            return (day - _EPOCH).days
        if self.interval == "month":
            return day.year * 12 + day.month - 1
        return ((day - _EPOCH).days + _WEEK_SHIFT[self.week_start]) // 7

    def shift(self, start: date, k: int) -> date:
        """The first date of the period `k` periods after the one starting at `start`."""
        if self.interval == "day":
            return start + timedelta(days=k)
        if self.interval == "week":
            return start + timedelta(days=7 * k)
        months = start.year * 12 + start.month - 1 + k
        return date(months // 12, months % 12 + 1, 1)

    def between(self, first: date, last: date) -> list[date]:
        """The periods from the one holding `first` to the one holding `last`, by their first dates."""
        out, current, end = [], self.start(first), self.start(last)
        while current <= end:
            out.append(current)
            current = self.shift(current, 1)
        return out

    # -- in Ibis ---------------------------------------------------------------------------------
    def index_expr(self, day: ir.DateValue) -> ir.IntegerValue:
        """`index` of a local date column."""
        if self.interval == "month":
            return (day.year() * 12 + day.month() - 1).cast("int64")
        days = day.epoch_days().cast("int64")
        if self.interval == "day":
            return days
        return (days + _WEEK_SHIFT[self.week_start]) // 7

    def start_expr(self, day: ir.DateValue) -> ir.DateValue:
        """`start` of a local date column."""
        if self.interval == "day":
            return day
        if self.interval == "month":
            return day.truncate("M")
        shift = ibis.interval(days=(_WEEK_SHIFT[self.week_start] - 3) % 7)
        return (day + shift).truncate("W") - shift  # type: ignore[no-any-return]


def local_day(ts: ir.TimestampValue, zone: str) -> ir.DateValue:
    """The local calendar date of a stored UTC timestamp."""
    return local_time(ts, zone).date()


@ibis.udf.scalar.builtin(name="timezone")
def _tz_at(zone: str, ts: dt.Timestamp(timezone="UTC")) -> dt.timestamp:  # type: ignore[empty-body,valid-type]
    """The engine's zone conversion, used only for zones with daylight saving."""


def local_time(ts: ir.TimestampValue, zone: str) -> ir.TimestampValue:
    """A stored UTC timestamp as wall-clock time in `zone` (a constant shift where the zone has no DST)."""
    offset = fixed_offset(zone)
    if offset is not None:
        return ts + ibis.interval(seconds=offset)
    return _tz_at(zone, ts.cast(dt.Timestamp(timezone="UTC")))  # type: ignore[no-any-return]


def fixed_offset(zone: str) -> int | None:
    """The zone's offset from UTC in seconds when it never changes (Asia/Tokyo), else None."""
    tz = ZoneInfo(zone)
    probe = [datetime(2000, 1, 1, tzinfo=UTC) + timedelta(days=30 * i) for i in range(12 * 40)]
    offsets = {int(p.astimezone(tz).utcoffset().total_seconds()) for p in probe}  # type: ignore[union-attr]
    return offsets.pop() if len(offsets) == 1 else None


def utc_midnight(day: date, zone: str) -> datetime:
    """The UTC instant (naive, as stored) at which local `day` begins."""
    return datetime.combine(day, time(0), tzinfo=ZoneInfo(zone)).astimezone(UTC).replace(tzinfo=None)


def ts_literal(value: datetime) -> ir.TimestampScalar:
    return ibis.literal(value, type="timestamp")
