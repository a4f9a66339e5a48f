"""What every metric is computed against: the store's tables seen at one `as_of` date.

`as_of` is a calendar date meaning midnight in the workspace time zone; a window of N days is
`[as_of − N days, as_of)`. Events carry their local calendar `day`, so event windows are plain date
comparisons; touchpoints and memberships carry UTC timestamps, so their bounds are the UTC instants
of local midnights (correct across daylight-saving changes).

Metrics never write a date into an expression themselves: they ask the context for `day(n)` (the
date n days before `as_of`) and `midnight(n)` (its starting UTC instant). A context normally gives
literals; a *parametrized* context gives query parameters instead, so one compiled query can be
run for many dates (`DateParams`, used by backfills).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import ibis
import ibis.expr.types as ir

from banso.store.json_field import json_field

PropertyValue = str | int | float | bool


def utc_midnight(day: date, timezone: str) -> datetime:
    """The UTC instant (naive, as stored) of midnight starting `day` in `timezone`."""
    local = datetime.combine(day, time(0), tzinfo=ZoneInfo(timezone))
    return local.astimezone(UTC).replace(tzinfo=None)


@dataclass
class DateParams:
    """Query parameters standing for the dates a query needs, bound per `as_of` with `values`.

    Keys are ("day", n) for the date n days before as_of and ("midnight", n) for its UTC instant.
    """

    timezone: str
    params: dict[tuple[str, int], ir.Scalar] = field(default_factory=dict)

    def get(self, kind: str, offset: int) -> ir.Scalar:
        key = (kind, offset)
        if key not in self.params:
            self.params[key] = ibis.param("date" if kind == "day" else "timestamp").name(f"{kind}_{offset}")
        return self.params[key]

    def values(self, as_of: date) -> dict[ir.Scalar, object]:
        """The value of every parameter for one `as_of`."""
        out: dict[ir.Scalar, object] = {}
        for (kind, offset), p in self.params.items():
            day = as_of - timedelta(days=offset)
            out[p] = day if kind == "day" else utc_midnight(day, self.timezone)
        return out


@dataclass
class MetricContext:
    """The tables and settings metrics compile against, for one `as_of`.

    `rollup` (account_id, user_id, day, n: qualifying events) and `account_rollup` (account_id, day,
    event, n), when given, are the daily rollups of `events`; metrics without a property filter read
    them instead of the raw events (same numbers, far fewer rows).
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
    account_rollup: ir.Table | None = None
    params: DateParams | None = None
    _members: ir.Table | None = field(default=None, repr=False)
    _seats: ir.Table | None = field(default=None, repr=False)
    _by_event: ir.Table | None = field(default=None, repr=False)
    _edges: tuple[int, ...] = ()
    _by_member: ir.Table | None = field(default=None, repr=False)
    _member_windows: frozenset[int] = frozenset()

    # -- dates -------------------------------------------------------------------------------
    def day(self, days_before: int = 0) -> ir.DateValue:
        """The calendar date `days_before` days before `as_of`, as an expression."""
        if self.params is not None:
            return self.params.get("day", days_before)  # type: ignore[return-value]
        return ibis.literal(self.as_of - timedelta(days=days_before), type="date")  # type: ignore[return-value]

    def midnight(self, days_before: int = 0) -> ir.TimestampValue:
        """The UTC instant at which that local day starts, as an expression."""
        if self.params is not None:
            return self.params.get("midnight", days_before)  # type: ignore[return-value]
        instant = utc_midnight(self.as_of - timedelta(days=days_before), self.timezone)
        return ibis.literal(instant, type="timestamp")  # type: ignore[return-value]

    # -- account base ------------------------------------------------------------------------
    def base(self) -> ir.Table:
        """One row per account: every metric result is joined onto this."""
        return self.accounts.select("account_id")

    def fill(self, agg: ir.Table, **defaults: object) -> ir.Table:
        """Left-join an aggregate onto every account, filling missing values with `defaults`.

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
        """Memberships in force at `as_of`: joined before it (or with no join time).

        (user_id, account_id) is the key of memberships, so each member appears once.
        """
        if self._members is None:
            m = self.memberships
            m = m.filter(m.joined_at.isnull() | (m.joined_at < self.midnight(0)))
            self._members = m.select("account_id", "user_id", "role")
        return self._members

    def member_counts(self) -> ir.Table:
        """Every account with `members` at as_of (0 when none)."""
        t = self.seats()
        return t.select("account_id", members=t.members)

    def seats(self) -> ir.Table:
        """Every account with `members` and `seats` (contracted seats, else its members), as floats."""
        if self._seats is None:
            m = self.members()
            counted = self.fill(m.group_by("account_id").agg(members=m.user_id.count()), members=0)
            acc = self.accounts.select("account_id", contracted="seats")
            t = counted.join(acc, "account_id")
            seats = t.contracted.cast("float64").coalesce(t.members.cast("float64"))
            self._seats = t.select("account_id", members=t.members.cast("float64"), seats=seats)
        return self._seats

    # -- events ------------------------------------------------------------------------------
    def event_rows(
        self,
        start_days: int,
        end_days: int = 0,
        events: list[str] | tuple[str, ...] | None = None,
        where: dict[str, PropertyValue] | None = None,
    ) -> ir.Table:
        """Raw events (account_id, user_id, day, event, n = 1) in `[as_of − start_days, as_of − end_days)`.

        `events=None` means qualifying events (not passive). Metrics read the shared aggregates of
        `prepare` instead; this is for property filters, which the rollups do not keep.
        """
        e = self.events
        if where:
            e = e.filter(*[_property_equals(e.properties, k, v) for k, v in where.items()])
        src = e.select("account_id", "user_id", "day", "event", n=ibis.literal(1, type="int64"))
        src = src.filter(src.account_id.notnull(), src.day >= self.day(start_days), src.day < self.day(end_days))
        return self._only(src, events)

    def _only(self, src: ir.Table, events: list[str] | tuple[str, ...] | None) -> ir.Table:
        if events is None:
            return src.filter(src.event.notin(list(self.passive))) if self.passive else src
        return src.filter(src.event.isin(list(events)))

    def member_event_counts(self, days: int) -> ir.Table:
        """Per member at `as_of` with ≥ 1 qualifying event in the window: (account_id, user_id, role, n)."""
        if self._by_member is not None and days in self._member_windows:
            t = self._by_member
            return t.filter(t[f"n_{days}"] > 0).select("account_id", "user_id", "role", n=t[f"n_{days}"])
        rows = self.event_rows(days)
        per_user = rows.group_by("account_id", "user_id").agg(n=rows.n.sum())
        m = self.members()
        return per_user.join(m, ["account_id", "user_id"]).select("account_id", "user_id", "role", "n")

    def event_counts(self, start_days: int, end_days: int = 0,
                     events: list[str] | tuple[str, ...] | None = None) -> ir.Table:
        """Per account: `c` = events of the set in `[as_of − start_days, as_of − end_days)`,
        and `last` = the latest day with one (accounts without any are absent)."""
        segments = self._segments_of(start_days, end_days)
        if segments is not None and self._by_event is not None:
            t = self._only(self._by_event, events)
            t = t.filter(t.seg.isin(segments))
            return t.group_by("account_id").agg(c=t.c.sum(), last=t.last.max())
        rows = self.event_rows(start_days, end_days, events)
        return rows.group_by("account_id").agg(c=rows.n.sum(), last=rows.day.max())

    def event_breadth(self, days: int, events: tuple[str, ...]) -> ir.Table:
        """Per account: `d` = how many of `events` occurred in the window."""
        segments = self._segments_of(days, 0)
        if segments is not None and self._by_event is not None:
            t = self._by_event
            t = t.filter(t.event.isin(list(events)), t.seg.isin(segments))
            return t.group_by("account_id").agg(d=t.event.nunique())
        rows = self.event_rows(days, 0, events)
        return rows.group_by("account_id").agg(d=rows.event.nunique())

    def _segments_of(self, start: int, end: int) -> list[int] | None:
        """The segments of `by_event` that make up `[as_of − start, as_of − end)`, if it is prepared."""
        edges = self._edges
        if start not in edges or end not in edges:
            return None
        return [k for k in range(len(edges) - 1) if edges[k] >= end and edges[k + 1] <= start]

    # -- shared aggregates -------------------------------------------------------------------
    def prepare(self, event_windows: set[tuple[int, int]], member_windows: set[int],
                materialize: Callable[[ir.Table, str], ir.Table] | None = None) -> None:
        """Aggregate the events once for every window the metrics need.

        The windows' edges cut the days before `as_of` into disjoint segments (for windows of 7,
        28 and 90 days: [0, 7), [7, 28), [28, 90) days back). `by_event` holds, per account, event
        name and segment, the count and the latest day; a window's figures are sums (and maxima)
        over its segments. `by_member` holds, per member with qualifying events, the count in each
        member window. Metrics read these small tables instead of scanning the events once each;
        `materialize` (from the store) computes each of them once.
        """
        keep = materialize or (lambda expr, name: expr)
        self._seats = keep(self.seats(), "_metrics_seats")
        if event_windows:
            edges = sorted({0} | {start for start, _ in event_windows} | {end for _, end in event_windows})
            src = self._window(self.account_rollup if self.account_rollup is not None else self._raw_rows(),
                               edges[-1])
            seg = ibis.cases(*[(src.day >= self.day(edges[k + 1]), k) for k in range(len(edges) - 2)],
                             else_=len(edges) - 2) if len(edges) > 2 else ibis.literal(0)
            src = src.mutate(seg=seg)
            self._by_event = keep(src.group_by("account_id", "event", "seg").agg(c=src.n.sum(), last=src.day.max()),
                                  "_metrics_by_event")
            self._edges = tuple(edges)
        if member_windows:
            if self.rollup is not None:  # qualifying events per member and day already
                src = self._window(self.rollup, max(member_windows))
            else:
                src = self._only(self._window(self._raw_rows(), max(member_windows)), None)
            src = src.filter(src.user_id.notnull())
            windows = sorted(member_windows)
            sums = {f"n_{w}": ibis.ifelse(src.day >= self.day(w), src.n, 0).sum() for w in windows[:-1]}
            counts = src.group_by("account_id", "user_id").agg(**sums, **{f"n_{windows[-1]}": src.n.sum()})
            joined = counts.join(self.members(), ["account_id", "user_id"])
            cols = ["account_id", "user_id", "role", *[f"n_{w}" for w in windows]]
            self._by_member = keep(joined.select(*cols), "_metrics_by_member")
            self._member_windows = frozenset(member_windows)

    def _raw_rows(self) -> ir.Table:
        e = self.events
        return e.select("account_id", "user_id", "day", "event", n=ibis.literal(1, type="int64"))

    def _window(self, rows: ir.Table, lookback: int) -> ir.Table:
        """Rows (of a rollup or the events) in the `lookback` days before `as_of`."""
        return rows.filter(rows.account_id.notnull(), rows.day >= self.day(lookback), rows.day < self.day(0))


def _property_equals(props: ir.Value, key: str, value: PropertyValue) -> ir.BooleanValue:
    item = json_field(props, key)
    if isinstance(value, bool):
        return item.bool == value
    if isinstance(value, int | float):
        return item.float == float(value)
    return item.str == value
