"""What every metric is computed against: the store's tables seen at one `as_of` date.

`as_of` is a calendar date meaning midnight in the workspace time zone; a window of N days is
`[as_of − N days, as_of)`. Events carry their local calendar `day`, so event windows are plain date
comparisons; touchpoints and memberships carry UTC timestamps, so their bounds are the UTC instants
of local midnights (correct across daylight-saving changes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import ibis
import ibis.expr.types as ir

PropertyValue = str | int | float | bool


def utc_midnight(day: date, timezone: str) -> datetime:
    """The UTC instant (naive, as stored) of midnight starting `day` in `timezone`."""
    local = datetime.combine(day, time(0), tzinfo=ZoneInfo(timezone))
    return local.astimezone(UTC).replace(tzinfo=None)


@dataclass
class MetricContext:
    """The tables and settings metrics compile against, for one `as_of`.

    `rollup`, when given, is the daily rollup (account_id, user_id, day, event, n) of `events`;
    metrics without a property filter read it instead of the raw events (same numbers, far fewer rows).
    """

    as_of: date
    timezone: str
    passive: tuple[str, ...]
    features: tuple[str, ...]
    accounts: ir.Table
    memberships: ir.Table
    events: ir.Table
    touchpoints: ir.Table
    rollup: ir.Table | None = None
    _members: ir.Table | None = field(default=None, repr=False)

    def start(self, days: int) -> date:
        return self.as_of - timedelta(days=days)

    def instant(self, day: date) -> datetime:
        return utc_midnight(day, self.timezone)

    # -- account base ------------------------------------------------------------------------
    def base(self) -> ir.Table:
        """One row per account: every metric result is joined onto this."""
        return self.accounts.select("account_id")

    def fill(self, agg: ir.Table, value: ir.Value | None = None, **defaults: object) -> ir.Table:
        """Left-join an aggregate onto every account, filling missing counts with `defaults`.

        Returns `account_id` plus the aggregate's other columns (defaults applied).
        """
        base = self.base()
        joined = base.left_join(agg, base.account_id == agg.account_id)
        cols: dict[str, ir.Value] = {}
        for name in agg.columns:
            if name == "account_id":
                continue
            col = joined[name]
            cols[name] = col.fill_null(defaults[name]) if name in defaults else col  # type: ignore[arg-type]
        return joined.select(account_id=joined.account_id, **cols)

    # -- members -----------------------------------------------------------------------------
    def members(self) -> ir.Table:
        """Memberships in force at `as_of`: joined before it (or with no join time)."""
        if self._members is None:
            m = self.memberships
            cutoff = ibis.literal(self.instant(self.as_of), type="timestamp")
            m = m.filter(m.joined_at.isnull() | (m.joined_at < cutoff))
            self._members = m.select("account_id", "user_id", "role").distinct()
        return self._members

    def member_counts(self) -> ir.Table:
        m = self.members()
        return m.group_by("account_id").agg(members=m.user_id.count())

    def seats(self) -> ir.Table:
        """Every account with `members` and `seats` (contracted seats, else its members)."""
        counted = self.fill(self.member_counts(), members=0)
        acc = self.accounts.select("account_id", contracted="seats")
        t = counted.join(acc, "account_id")
        seats = t.contracted.cast("float64").coalesce(t.members.cast("float64"))
        return t.select("account_id", members=t.members.cast("float64"), seats=seats)

    # -- events ------------------------------------------------------------------------------
    def event_rows(
        self,
        start: date,
        end: date | None = None,
        events: list[str] | tuple[str, ...] | None = None,
        where: dict[str, PropertyValue] | None = None,
    ) -> ir.Table:
        """Rows (account_id, user_id, day, event, n) of events in `[start, end)` (end defaults to `as_of`).

        `events=None` means qualifying events (not passive). `n` is the number of events a row
        stands for: 1 on raw events, the day's count on the rollup.
        """
        end = end or self.as_of
        if where or self.rollup is None:
            e = self.events
            if where:
                e = e.filter(*[_property_equals(e.properties, k, v) for k, v in where.items()])
            src = e.select("account_id", "user_id", "day", "event", n=ibis.literal(1, type="int64"))
        else:
            src = self.rollup.select("account_id", "user_id", "day", "event", "n")
        src = src.filter(src.account_id.notnull(), src.day >= start, src.day < end)
        if events is None:
            if self.passive:
                src = src.filter(src.event.notin(list(self.passive)))
        else:
            src = src.filter(src.event.isin(list(events)))
        return src

    def member_event_counts(self, days: int) -> ir.Table:
        """Per member at `as_of` with ≥ 1 qualifying event in the window: (account_id, user_id, role, n)."""
        rows = self.event_rows(self.start(days))
        per_user = rows.group_by("account_id", "user_id").agg(n=rows.n.sum())
        m = self.members()
        return per_user.join(m, ["account_id", "user_id"]).select("account_id", "user_id", "role", "n")


def _property_equals(props: ir.Value, key: str, value: PropertyValue) -> ir.BooleanValue:
    item = props[key]  # type: ignore[index]
    if isinstance(value, bool):
        return item.bool == value
    if isinstance(value, int | float):
        return item.float == float(value)
    return item.str == value
