"""`retention`: the retention insight in every mode teams know from Mixpanel and PostHog.

An **actor** (account or user) enters a cohort at its start *t₀* and is retained in period *k* when
it does the return event in that period:

- **first time**: each actor belongs to one cohort, the period of its first start event (or of its
  start, when no start event is given: an account's trial start, a user's sign-up);
- **recurring**: an actor starts a row in every period in which it does the start event, with *t₀*
  its first start event in that period;
- **rolling** windows count period *k* from each actor's own *t₀*: `[t₀ + k·P, t₀ + (k+1)·P)` with P
  = 24 hours, 7 days or 30 days; **calendar** windows are the calendar periods *k* after the cohort's
  (days, weeks starting Monday or Sunday, months, in the workspace zone);
- a return is an event at or after *t₀* that is not the start event itself;
- cell *(cohort, k)* = actors of the cohort that return in period *k* — **cumulative**: in *k* or
  any later period — ÷ the cohort size, which is shown on its own, not as period 0;
- a cell no actor of the cohort has reached at `as_of` is empty (None); one whose window has not
  ended for every actor is **incomplete** (marked, never shown as zero);
- the **average** of each period is Σ retained ÷ Σ size over the cohorts whose cell is complete.

The default spec — accounts, weeks, first time, rolling, from the trial start, any qualifying event
by a member — is the trial-cohort retention of DESIGN.md, cell for cell.

    RetentionSpec(period="month", windows="calendar", mode="recurring", start=parse_event("*"))
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Annotated, Any, Literal

import ibis
import ibis.expr.types as ir
from pydantic import ConfigDict, Field, model_validator
from pydantic.config import JsonDict

from banso.analysis.insights.activity import activity
from banso.analysis.insights.actors import (
    Actor,
    ActorIds,
    actor_ids,
    actor_starts,
    first_matches,
    in_group,
    matched_events,
)
from banso.analysis.insights.events import EventMatch, InsightError, kind_required
from banso.analysis.insights.groups import ALL, Breakdown, SegmentChoice, fold, group_order, with_groups
from banso.analysis.insights.words import event_label, in_english, series_name, start_label
from banso.analysis.periods import (
    ROLLING_SECONDS,
    Interval,
    Periods,
    WeekStart,
    local_day,
    utc_midnight,
)
from banso.analysis.reports.base import Report, ReportSpec, RunContext, Table, View
from banso.errors import NotFoundError, Phrase, UnavailableError
from banso.i18n import N_
from banso.i18n import gettext_ as _
from banso.values import as_datetime

Mode = Literal["first_time", "recurring"]
Windows = Literal["rolling", "calendar"]
MODES = {"first_time": N_("first time"), "recurring": N_("recurring")}
WINDOWS = {"rolling": N_("rolling from each start"), "calendar": N_("calendar periods")}


def _retention_schema(schema: JsonDict) -> None:
    """`kind` required, and a start event with recurring retention (as `_consistent` checks)."""
    kind_required(schema)
    schema["anyOf"] = [
        {"properties": {"mode": {"const": "first_time"}}},
        {"required": ["mode", "start"], "properties": {"mode": {"const": "recurring"}, "start": {"type": "object"}}},
    ]


class RetentionSpec(ReportSpec):
    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra=_retention_schema)

    kind: Literal["retention"] = "retention"
    actor: Actor = Field("account", description="account or user")
    period: Interval = Field("week", description="day, week or month")
    mode: Mode = Field("first_time", description="first_time: one cohort per actor; recurring: a row per start period")
    windows: Windows = Field("rolling", description="rolling: from each actor's start; calendar: calendar periods")
    week_start: WeekStart = Field("monday", description="first day of a calendar week")
    start: EventMatch | None = Field(None, description="start event; empty: the trial start (accounts) or "
                                     "sign-up (users)")
    returns: EventMatch = Field(default_factory=EventMatch, description="return event; default: any qualifying "
                                "event (by a member, for accounts)")
    periods: int = Field(12, ge=1, le=104, description="periods shown after each cohort's start")
    cumulative: bool = Field(False, description="count an actor in period k when it returns in k or later")
    cohort_from: date | None = Field(None, description="first cohort (any day of its period)")
    cohort_to: date | None = Field(None, description="last cohort (any day of its period)")
    breakdown: Breakdown | None = None
    segments: tuple[SegmentChoice, ...] = Field((), max_length=4)
    as_of: date | None = Field(None, description="seen at this date (default: the date pages are seen at)")

    @model_validator(mode="after")
    def _consistent(self) -> RetentionSpec:
        if self.mode == "recurring" and self.start is None:
            raise ValueError(Phrase(N_("recurring retention needs a start event (e.g. * for any qualifying event)")))
        if self.cohort_from and self.cohort_to and self.cohort_from > self.cohort_to:
            raise ValueError(Phrase(N_("the first cohort must not be after the last one")))
        return self


@dataclass(frozen=True)
class RetentionCell:
    k: int
    actors: int
    share: Annotated[float | None, Field(description="actors / cohort size; None: no actor has reached period k")]
    complete: Annotated[bool, Field(description="the period has ended for every actor of the cohort")]


@dataclass(frozen=True)
class RetentionCohort:
    start: Annotated[date, Field(description="first day of the cohort's period")]
    size: int
    cells: list[RetentionCell]


@dataclass(frozen=True)
class RetentionGroup:
    segment: Annotated[str, Field(description="the segment's name ('all accounts' without segments)")]
    group: Annotated[str, Field(description="the breakdown value, 'other', '(none)', or 'all'")]
    values: Annotated[list[str | None], Field(description="the property values this group holds")]
    size: int
    cohorts: list[RetentionCohort]
    average: Annotated[list[float | None], Field(description="Σ retained / Σ size over complete cells, per period")]


@dataclass(frozen=True)
class RetentionResult:
    spec: RetentionSpec
    as_of: date
    start_label: str
    return_label: str
    cohort_from: date
    cohort_to: date
    groups: list[RetentionGroup]


class Retention(Report[RetentionSpec, RetentionResult]):
    kind = "retention"
    title = "Retention"
    spec = RetentionSpec
    result = RetentionResult

    def run(self, ctx: RunContext, spec: RetentionSpec) -> RetentionResult:
        plan = _plan(ctx, spec)
        rows, returns = plan.rows, plan.returns
        size_keys = ("cohort", "segment", "value")
        # a row is one actor in one cohort (and segment), and `_hits` gives each row's periods once: counting
        # rows counts distinct actors, without the cost of a distinct count
        sizes = ctx.store.execute(rows.group_by(*size_keys).agg(
            size=rows.count(), first_t0=rows.t0.min(), last_t0=rows.t0.max()))
        hits = _hits(rows, returns, spec, plan.periods)
        counts = ctx.store.execute(hits.group_by(*size_keys, "k").agg(n=hits.count()))
        return _assemble(spec, plan, sizes, counts)

    def view(self, result: RetentionResult, language: str = "en") -> View:
        """Read under `i18n.using(language)` (the command line and the files do)."""
        s = result.spec
        several = len({g.segment for g in result.groups}) > 1
        head = [f"{s.period[0].upper()}{k}" for k in range(s.periods)]
        long_rows = [[series_name(g.segment, ALL), series_name(g.segment, g.group, False) if g.group != ALL
                      else _("all"), c.start.isoformat(), c.size, cell.k, cell.actors, cell.share, cell.complete]
                     for g in result.groups for c in g.cohorts for cell in c.cells]
        tables = [Table(_("Retention (one row per cell)"),
                        [_("segment"), _("group"), _("cohort"), _("size"), _("period"),
                         _("accounts") if s.actor == "account" else _("users"), _("share"), _("complete")],
                        long_rows, ["", "", "", "", "", "", "pct", ""], on_screen=False)]
        for g in result.groups:
            rows = [[c.start.isoformat(), c.size, *(_shown(cell) for cell in c.cells)] for c in g.cohorts]
            rows.append([_("average"), g.size, *(_pct(v) for v in g.average)])
            tables.append(Table(series_name(g.segment, g.group, several), [_("cohort"), _("size"), *head], rows))
        mode = ", ".join([_(MODES[s.mode]), _(WINDOWS[s.windows]), *([_("cumulative")] if s.cumulative else [])])
        return View(
            headline=(_("Retention of accounts by %(period)s (%(mode)s): %(start)s → %(back)s, as of %(date)s")
                      if s.actor == "account" else
                      _("Retention of users by %(period)s (%(mode)s): %(start)s → %(back)s, as of %(date)s")) % {
                "period": _(s.period), "mode": mode, "start": start_label(s), "back": event_label(s.returns),
                "date": result.as_of.isoformat()},
            tables=tables,
            notes=[_("* incomplete: the period has not ended for every actor of the cohort; — : not reached yet"),
                   _("the cohort size is shown apart; period 0 counts returns after the start within its first "
                     "period")],
        )

    def actors(self, ctx: RunContext, spec: RetentionSpec, *, cohort: date, k: int, segment: int = 0,
               values: list[str | None] | None = None) -> ActorIds:
        """The actors counted in cell (cohort, k) of one segment and breakdown group (`values`: its raw values)."""
        if not 0 <= k < spec.periods:
            raise NotFoundError(N_("period %(k)s is not shown; use 0 to %(last)s"), k=k, last=spec.periods - 1)
        plan = _plan(ctx, spec)
        index = plan.periods.index(cohort)
        rows = in_group(plan.rows.filter(plan.rows.cohort_index == index, plan.rows.segment == segment), values)
        hits = _hits(rows, plan.returns, spec, plan.periods)
        hits = hits.filter(hits.k >= k) if spec.cumulative else hits.filter(hits.k == k)
        return actor_ids(ctx.store, hits)


# -- the plan: starts and returns as Ibis tables -----------------------------------------------------
@dataclass(frozen=True)
class _Plan:
    rows: ir.Table  # actor_id, account_id, t0, start_id, cohort_index, cohort, segment, value
    returns: ir.Table  # actor_id, ts, day, event_id
    periods: Periods
    as_of: date
    zone: str
    cutoff: datetime
    first: date
    last: date


def _plan(ctx: RunContext, spec: RetentionSpec) -> _Plan:
    as_of = spec.as_of or ctx.as_of
    if as_of is None:
        raise UnavailableError(N_("there are no events yet: load events before asking for retention"))
    zone = ctx.config.timezone
    periods = Periods(spec.period, spec.week_start)
    cutoff = utc_midnight(as_of, zone)
    last = periods.start(spec.cohort_to or (as_of - timedelta(days=1)))
    first = periods.start(spec.cohort_from) if spec.cohort_from else periods.shift(last, -(spec.periods - 1))
    if first > last:
        raise InsightError(N_("the first cohort must not be after the last one"))
    by_day = not coincide(spec)  # returns from the per-day summary; else event by event (see `_hits`)
    if spec.start is None:
        starts = actor_starts(ctx.store, spec.actor, cutoff)
    elif by_day:
        days = activity(ctx.store, ctx.config, spec.actor, spec.start)
        days = days.filter(days.day < as_of)
        keys = ("actor_id",) if spec.mode == "first_time" else ("actor_id", "start_index")
        days = days.mutate(start_index=periods.index_expr(days.day))
        starts = days.group_by(*keys).agg(account_id=days.account_id.argmin(days.first_ts), t0=days.first_ts.min())
        starts = starts.select("actor_id", "account_id", "t0", start_id=ibis.null("string"))
    else:
        events = matched_events(ctx.store, ctx.config, spec.actor, spec.start, until=cutoff)
        if spec.mode == "recurring":
            events = events.mutate(cohort_index=periods.index_expr(events.day))
            starts = first_matches(events, by=("cohort_index",)).drop("cohort_index")
        else:
            starts = first_matches(events)
    starts = starts.mutate(cohort_day=local_day(starts.t0, zone))
    starts = starts.mutate(cohort_index=periods.index_expr(starts.cohort_day),
                           cohort=periods.start_expr(starts.cohort_day)).drop("cohort_day")
    starts = starts.filter(starts.cohort_index >= periods.index(first), starts.cohort_index <= periods.index(last))
    rows = with_groups(starts, ctx.store, ctx.accounts, spec.breakdown, spec.segments)
    if by_day:
        returns = activity(ctx.store, ctx.config, spec.actor, spec.returns)
        returns = returns.filter(returns.day < as_of).select("actor_id", "day", "first_ts", "last_ts")
    else:
        returns = matched_events(ctx.store, ctx.config, spec.actor, spec.returns, until=cutoff).select(
            "actor_id", "ts", "day", "event_id")
    return _Plan(rows=rows, returns=returns, periods=periods, as_of=as_of, zone=zone, cutoff=cutoff, first=first, last=last)


def coincide(spec: RetentionSpec) -> bool:
    """Whether one event could be both a start and a return (then it must not be its own return, which
    needs the events one by one rather than the per-day summary)."""
    if spec.start is None:
        return False
    return spec.returns.event is None or spec.start.event is None or spec.returns.event == spec.start.event


def _hits(rows: ir.Table, returns: ir.Table, spec: RetentionSpec, periods: Periods) -> ir.Table:
    """(actor_id, cohort, segment, value, k): per row, each period with a return — or, cumulative, the last one."""
    if "first_ts" in returns.columns:
        j = _day_hits(rows, returns, spec, periods)
    else:
        r = returns.rename(r_actor="actor_id")
        j = rows.join(r, [rows.actor_id == r.r_actor, r.ts >= rows.t0])
        j = j.filter(rows.start_id.isnull() | (r.event_id != rows.start_id))
        if spec.windows == "rolling":
            k = (j.ts.epoch_seconds() - j.t0.epoch_seconds()) // ROLLING_SECONDS[spec.period]
        else:
            k = periods.index_expr(j.day) - j.cohort_index
        j = j.select("actor_id", "cohort", "segment", "value", k=k.cast("int64"))
    if spec.cumulative:  # one row per actor and cohort: the last period it returned in
        return j.group_by("actor_id", "cohort", "segment", "value").agg(k=j.k.max())
    return j.filter(j.k < spec.periods).distinct()


def _day_hits(rows: ir.Table, days: ir.Table, spec: RetentionSpec, periods: Periods) -> ir.Table:
    """The periods hit from the per-day summary: a day's returns at or after t₀ lie between its first such
    event and its last, less than 24 hours apart, so they touch the periods of those two and no other."""
    d = days.rename(r_actor="actor_id")
    j = rows.join(d, [rows.actor_id == d.r_actor, d.last_ts >= rows.t0])
    keep = ("actor_id", "cohort", "segment", "value")
    if spec.windows == "calendar":
        return j.select(*keep, k=(periods.index_expr(j.day) - j.cohort_index).cast("int64"))
    step = ROLLING_SECONDS[spec.period]
    t0 = j.t0.epoch_seconds()
    first = ibis.greatest(j.first_ts.epoch_seconds(), t0)
    early = j.select(*keep, k=((first - t0) // step).cast("int64"))
    late = j.select(*keep, k=((j.last_ts.epoch_seconds() - t0) // step).cast("int64"))
    return early.union(late, distinct=True)


# -- the grid, in Python ----------------------------------------------------------------------------
def _assemble(spec: RetentionSpec, plan: _Plan, sizes: Any, counts: Any) -> RetentionResult:
    segments = [s.name() for s in spec.segments] or ["all accounts" if spec.actor == "account" else "all users"]
    group_of = _folded(sizes, len(segments), spec.breakdown)

    def group_key(segment: Any, value: Any) -> tuple[int, str]:
        return int(segment), group_of.get((int(segment), _raw(value)), ALL)

    size: dict[tuple[int, str, date], list[Any]] = {}
    for row in sizes.itertuples(index=False):
        cell_key = (*group_key(row.segment, row.value), _day(row.cohort))
        first, last = as_datetime(row.first_t0), as_datetime(row.last_t0)
        cur = size.setdefault(cell_key, [0, first, last])
        cur[0] += int(row.size)
        cur[1], cur[2] = min(cur[1], first), max(cur[2], last)
    hit: dict[tuple[int, str, date, int], int] = {}
    for row in counts.itertuples(index=False):
        hit_key = (*group_key(row.segment, row.value), _day(row.cohort), int(row.k))
        hit[hit_key] = hit.get(hit_key, 0) + int(row.n)

    groups = []
    for seg, name in enumerate(segments):
        totals: dict[str, int] = {}
        for (s, group, _cohort_day), held in size.items():
            if s == seg:
                totals[group] = totals.get(group, 0) + held[0]
        for group in group_order(totals):
            cohorts = [_cohort(spec, plan, c, size[(seg, group, c)], hit, seg, group)
                       for c in plan.periods.between(plan.first, plan.last) if (seg, group, c) in size]
            values = sorted((v for (s, v), folded in group_of.items() if s == seg and folded == group),
                            key=lambda v: (v is None, str(v)))
            groups.append(RetentionGroup(segment=name, group=group, values=values, size=totals[group],
                                         cohorts=cohorts, average=_average(cohorts, spec.periods)))
    return RetentionResult(spec=spec, as_of=plan.as_of, start_label=in_english(start_label, spec),
                           return_label=spec.returns.label(), cohort_from=plan.first, cohort_to=plan.last,
                           groups=groups)


def _folded(sizes: Any, segments: int, breakdown: Breakdown | None) -> dict[tuple[int, str | None], str]:
    """Per segment, each raw breakdown value's group: the top values by total size, the rest 'other'."""
    out: dict[tuple[int, str | None], str] = {}
    for seg in range(segments):
        mine = sizes[sizes["segment"] == seg]
        totals: dict[str | None, int] = {}
        for value, n in zip(mine["value"], mine["size"], strict=True):
            totals[_raw(value)] = totals.get(_raw(value), 0) + int(n)
        folded = fold(totals, breakdown.top) if breakdown else dict.fromkeys(totals, ALL)
        out.update({(seg, v): g for v, g in folded.items()})
    return out


def _raw(value: Any) -> str | None:
    return None if value is None or value != value else str(value)


def _cohort(spec: RetentionSpec, plan: _Plan, start: date, size: list[Any], hit: dict[tuple[int, str, date, int], int],
            seg: int, group: str) -> RetentionCohort:
    n, first_t0, last_t0 = size
    cells = []
    later = 0
    counts = [hit.get((seg, group, start, k), 0) for k in range(spec.periods)]
    if spec.cumulative:  # hit holds each actor's last period: retained in k = last period ≥ k
        beyond = sum(v for (s, g, c, k), v in hit.items() if s == seg and g == group and c == start
                     and k >= spec.periods)
        for k in reversed(range(spec.periods)):
            later += counts[k]
            counts[k] = later + beyond
    for k in range(spec.periods):
        if spec.windows == "rolling":
            step = timedelta(seconds=ROLLING_SECONDS[spec.period])
            reached = first_t0 + k * step < plan.cutoff
            complete = last_t0 + (k + 1) * step <= plan.cutoff
        else:
            reached = _utc(plan, plan.periods.shift(start, k)) < plan.cutoff
            complete = _utc(plan, plan.periods.shift(start, k + 1)) <= plan.cutoff
        share = counts[k] / n if reached and n else None
        cells.append(RetentionCell(k=k, actors=counts[k] if reached else 0, share=share, complete=complete))
    return RetentionCohort(start=start, size=n, cells=cells)


def _average(cohorts: list[RetentionCohort], periods: int) -> list[float | None]:
    out: list[float | None] = []
    for k in range(periods):
        done = [(c.cells[k].actors, c.size) for c in cohorts if c.cells[k].complete]
        total = sum(s for _, s in done)
        out.append(sum(a for a, _ in done) / total if total else None)
    return out


def _utc(plan: _Plan, day: date) -> datetime:
    """The UTC instant at which local `day` begins (comparable with the cutoff)."""
    return utc_midnight(day, plan.zone)


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    import pandas as pd

    return pd.Timestamp(value).date()  # type: ignore[no-any-return]


def _shown(cell: RetentionCell) -> str:
    if cell.share is None:
        return "—"
    return f"{100 * cell.share:.1f}%" + ("" if cell.complete else "*")


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"
