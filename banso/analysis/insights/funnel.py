"""`funnel`: how many accounts (or users) go through ordered steps within a conversion window.

For each actor, its **first** step-1 event in the date range starts its attempt at *t₁*; step *i*
is then the earliest event matching step *i* at or after step *i − 1*'s (another event than the one
that matched step *i − 1*), all before *t₁ + window*. Conversion of step *i* = actors reaching step
*i* ÷ actors at step 1; the step's drop-off are the actors that reached step *i − 1* and not *i*.
Time to convert is the median time from step 1 to each step, over the actors that reached it.

The first attempt only (Mixpanel counts so without re-entry; PostHog takes each actor's furthest
attempt, which can read higher): an account that tried once in January and again in March counts
from January. Each step is one pass over its events joined to one row per actor, so a year of
events costs a scan per step, not a product of attempts.

Series are per segment and breakdown group (top values by actors at step 1); the conversion over
time groups the actors by the period of their *t₁*.

    FunnelSpec(steps=(parse_event("signup"), parse_event("user_invited"), parse_event("issue_created")))
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Any, Literal

import ibis
import ibis.expr.types as ir
from pydantic import ConfigDict, Field, model_validator

from banso.analysis.insights.activity import timeline
from banso.analysis.insights.actors import Actor, ActorIds, actor_ids, in_group
from banso.analysis.insights.events import EventMatch, InsightError, kind_required
from banso.analysis.insights.groups import ALL, Breakdown, SegmentChoice, fold, group_order, with_groups
from banso.analysis.insights.words import event_label, series_name
from banso.analysis.periods import Interval, Periods, WeekStart, local_day
from banso.analysis.reports.base import Report, ReportSpec, RunContext, Table, View
from banso.errors import NotFoundError, Phrase, UnavailableError
from banso.i18n import N_
from banso.i18n import gettext_ as _
from banso.values import as_date

WindowUnit = Literal["hour", "day", "week"]
WINDOW_UNITS = {"hour": N_("hours"), "day": N_("days"), "week": N_("weeks")}
UNIT_SECONDS: dict[WindowUnit, int] = {"hour": 3600, "day": 86_400, "week": 7 * 86_400}


class FunnelSpec(ReportSpec):
    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra=kind_required)

    kind: Literal["funnel"] = "funnel"
    steps: tuple[EventMatch, ...] = Field(..., min_length=2, max_length=10, description="the ordered steps")
    actor: Actor = "account"
    window: int = Field(14, ge=1, le=365, description="conversion window, from step 1")
    window_unit: WindowUnit = "day"
    date_from: date | None = Field(None, description="first day step 1 may happen (default: 90 days before as_of)")
    date_to: date | None = Field(None, description="last day step 1 may happen (default: the day before as_of)")
    interval: Interval = Field("week", description="periods of the conversion over time")
    week_start: WeekStart = "monday"
    breakdown: Breakdown | None = None
    segments: tuple[SegmentChoice, ...] = Field((), max_length=4)
    as_of: date | None = None

    @model_validator(mode="after")
    def _consistent(self) -> FunnelSpec:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(Phrase(N_("the first day must not be after the last one")))
        return self

    def window_seconds(self) -> int:
        return self.window * UNIT_SECONDS[self.window_unit]


@dataclass(frozen=True)
class FunnelStep:
    step: int
    label: str
    actors: int
    conversion: Annotated[float | None, Field(description="actors here / actors at step 1")]
    from_previous: Annotated[float | None, Field(description="actors here / actors at the previous step")]
    dropped: Annotated[int, Field(description="reached the previous step, not this one")]
    median_seconds: Annotated[float | None, Field(description="median time from step 1 to this step")]


@dataclass(frozen=True)
class FunnelPeriod:
    start: date
    entered: int
    converted: int
    conversion: float | None
    complete: Annotated[bool, Field(description="every attempt that started in it has had its whole window")]


@dataclass(frozen=True)
class FunnelSeries:
    segment: str
    group: str
    values: list[str | None]
    steps: list[FunnelStep]
    over_time: list[FunnelPeriod]


@dataclass(frozen=True)
class FunnelResult:
    spec: FunnelSpec
    as_of: date
    date_from: date
    date_to: date
    series: list[FunnelSeries]


class Funnel(Report[FunnelSpec, FunnelResult]):
    kind = "funnel"
    title = "Funnel"
    spec = FunnelSpec
    result = FunnelResult

    def run(self, ctx: RunContext, spec: FunnelSpec) -> FunnelResult:
        plan = _plan(ctx, spec)
        n = len(spec.steps)
        t = plan.reached
        # one row per actor that entered: small enough to add up here, in one query to the store
        frame = ctx.store.execute(t.select("segment", "value", "day1", *[f"t{i}" for i in range(1, n + 1)]))
        frame["value"] = frame["value"].astype(object).where(frame["value"].notna(), None)
        keys = ["segment", "value"]
        grouped = frame.groupby(keys, dropna=False)
        by_group = grouped.size().rename("entered").reset_index()
        for i in range(2, n + 1):
            reached = frame[f"t{i}"].notna()
            seconds = (frame[f"t{i}"] - frame["t1"]).dt.total_seconds()
            frame[f"s{i}"] = reached.astype("int64")
            frame[f"m{i}"] = seconds.where(reached)
            by_group[f"s{i}"] = grouped[f"s{i}"].sum().to_numpy()
            by_group[f"m{i}"] = grouped[f"m{i}"].median().to_numpy()
        periods = Periods(spec.interval, spec.week_start)
        starts = {d: periods.start(as_date(d)) for d in frame["day1"].unique()}  # type: ignore[arg-type]
        frame["period"] = frame["day1"].map(starts)
        frame["converted"] = frame[f"t{n}"].notna().astype("int64")
        over = frame.groupby([*keys, "period"], dropna=False).agg(
            entered=("t1", "size"), converted=("converted", "sum")).reset_index()
        return _assemble(spec, plan, by_group, over, periods)

    def view(self, result: FunnelResult, language: str = "en") -> View:
        """Read under `i18n.using(language)` (the command line and the files do)."""
        sp = result.spec
        several = len({s.segment for s in result.series}) > 1
        who = _("accounts") if sp.actor == "account" else _("users")
        columns = [_("step"), _("event"), who, _("conversion"), _("from previous"), _("dropped"),
                   _("median hours from step 1")]
        tables = []
        for s in result.series:
            rows = [[st.step, event_label(sp.steps[st.step - 1]), st.actors, st.conversion, st.from_previous,
                     st.dropped, None if st.median_seconds is None else st.median_seconds / 3600] for st in s.steps]
            tables.append(Table(series_name(s.segment, s.group, several), columns, rows,
                                ["", "", "", "pct", "pct", "", "num"]))
        headline = (_("Funnel of accounts, %(n)s steps within %(window)s %(unit)s, step 1 from %(start)s to %(end)s, "
                      "as of %(date)s") if sp.actor == "account" else
                    _("Funnel of users, %(n)s steps within %(window)s %(unit)s, step 1 from %(start)s to %(end)s, "
                      "as of %(date)s"))
        return View(
            headline=headline % {"n": len(sp.steps), "window": sp.window, "unit": _(WINDOW_UNITS[sp.window_unit]),
                                 "start": result.date_from.isoformat(), "end": result.date_to.isoformat(),
                                 "date": result.as_of.isoformat()},
            tables=tables,
            notes=[] if result.series else [_("nobody did step 1 (%(event)s) in the range") % {
                "event": event_label(sp.steps[0])}],
        )

    def dropped(self, ctx: RunContext, spec: FunnelSpec, *, step: int, segment: int = 0,
                values: list[str | None] | None = None) -> ActorIds:
        """The actors that reached step `step − 1` and not `step` (step 1: the actors that entered)."""
        if not 1 <= step <= len(spec.steps):
            raise no_step(step, len(spec.steps))
        t = _plan(ctx, spec).reached
        t = in_group(t.filter(t.segment == segment), values)
        if step > 1:
            previous = t.t1 if step == 2 else t[f"t{step - 1}"]
            t = t.filter(previous.notnull(), t[f"t{step}"].isnull())
        return actor_ids(ctx.store, t)


def no_step(step: int, steps: int) -> NotFoundError:
    """The error for a step the funnel does not have."""
    return NotFoundError(N_("step %(step)s does not exist; use 1 to %(last)s"), step=step, last=steps)


@dataclass(frozen=True)
class _Plan:
    reached: ir.Table  # actor_id, account_id, segment, value, day1, t1, t2 … tn (null: not reached)
    as_of: date
    first: date
    last: date


def _plan(ctx: RunContext, spec: FunnelSpec) -> _Plan:
    as_of = spec.as_of or ctx.as_of
    if as_of is None:
        raise UnavailableError(N_("there are no events yet: load events before asking for a funnel"))
    zone = ctx.config.timezone
    last = min(spec.date_to or as_of - timedelta(days=1), as_of - timedelta(days=1))
    first = spec.date_from or last - timedelta(days=89)
    if first > last:
        raise InsightError(N_("the range holds no day before as_of"))
    window = ibis.interval(seconds=spec.window_seconds())
    entries = timeline(ctx.store, ctx.config, spec.actor, spec.steps[0])
    entries = entries.filter(entries.day >= first, entries.day <= last, entries.day < as_of)
    entries = entries.mutate(t=entries.ts.mins())
    t = entries.group_by("actor_id").agg(t1=entries.t.min(), account_id=entries.account_id.argmin(entries.t),
                                         day1=entries.day.min())
    t = t.mutate(d1=t.day1)
    for i, step in enumerate(spec.steps[1:], start=2):
        d = timeline(ctx.store, ctx.config, spec.actor, step)
        d = d.filter(d.day < as_of).select(e_actor=d.actor_id, e_day=d.day, e_ts=d.ts)
        t = _next_step(t, d, i, window, zone, skip_own=_may_coincide(spec.steps[i - 2], step))
    rows = with_groups(t.drop(*[c for c in t.columns if c.startswith("d") and c[1:].isdigit()]), ctx.store,
                       ctx.accounts, spec.breakdown, spec.segments)
    return _Plan(reached=rows, as_of=as_of, first=first, last=last)


def _next_step(t: ir.Table, days: ir.Table, i: int, window: ir.IntervalScalar, zone: str, *,
               skip_own: bool) -> ir.Table:
    """`t` with step i's time (`t{i}`) and day (`d{i}`): the earliest matching time at or after step i − 1's,
    before t₁ + window, looked up in each actor's days from step i − 1's day to the deadline's.

    With `skip_own`, step i − 1's own event is in these lists too: it is passed over once (another
    event at the very same time still counts).

    `t` is read once, left-joined to the days and grouped again by all its columns (actor_id is its
    key): joining the step back onto `t` would read `t` twice per step, and the SQL of n steps would
    hold 2ⁿ copies of the first (a 10-step funnel was a 1 MB query that took a minute on six accounts).
    """
    prev = f"t{i - 1}"
    j = t.left_join(days, [t.actor_id == days.e_actor, days.e_day >= t[f"d{i - 1}"],
                           days.e_day <= local_day(t.t1 + window, zone)])
    deadline = j.t1 + window
    if skip_own:
        later = j.e_ts.filter(lambda x: (x > j[prev]) & (x < deadline)).mins()
        twin = j.e_ts.filter(lambda x: x == j[prev]).length() >= 2
        found = ibis.ifelse(twin, j[prev], later)
    else:
        found = j.e_ts.filter(lambda x: (x >= j[prev]) & (x < deadline)).mins()
    j = j.mutate(found=found)
    return j.group_by(*t.columns).agg(**{f"t{i}": j.found.min(), f"d{i}": j.e_day.argmin(j.found)})


def _may_coincide(a: EventMatch, b: EventMatch) -> bool:
    """Whether one event could match both steps (any event, or the same name)."""
    return a.event is None or b.event is None or a.event == b.event


def _assemble(spec: FunnelSpec, plan: _Plan, by_group: Any, over: Any, periods: Periods) -> FunnelResult:
    n = len(spec.steps)
    segments = [s.name() for s in spec.segments] or [f"all {spec.actor}s"]
    out: list[FunnelSeries] = []
    for seg, name in enumerate(segments):
        mine = by_group[by_group["segment"] == seg]
        sizes: dict[str | None, int] = {}
        for value, entered in zip(mine["value"], mine["entered"], strict=True):
            sizes[_raw(value)] = sizes.get(_raw(value), 0) + int(entered)
        folded = fold(sizes, spec.breakdown.top) if spec.breakdown else dict.fromkeys(sizes, ALL)
        counts: dict[str, list[int]] = {}
        medians: dict[str, list[list[tuple[float, int]]]] = {}
        for row in mine.to_dict("records"):
            group = folded[_raw(row["value"])]
            c = counts.setdefault(group, [0] * n)
            c[0] += int(row["entered"])
            med = medians.setdefault(group, [[] for _ in range(n)])
            for i in range(2, n + 1):
                c[i - 1] += int(row[f"s{i}"] or 0)
                m = row[f"m{i}"]
                if m is not None and m == m:
                    med[i - 1].append((float(m), int(row[f"s{i}"] or 0)))
        timeline: dict[str, dict[date, list[int]]] = {}
        for row in over[over["segment"] == seg].to_dict("records"):
            group = folded.get(_raw(row["value"]), ALL)
            cell = timeline.setdefault(group, {}).setdefault(as_date(row["period"]), [0, 0])  # type: ignore[arg-type]
            cell[0] += int(row["entered"])
            cell[1] += int(row["converted"] or 0)
        for group in group_order({g: c[0] for g, c in counts.items()}):
            c = counts[group]
            steps = []
            for i in range(1, n + 1):
                here = c[i - 1]
                prev = c[i - 2] if i > 1 else here
                steps.append(FunnelStep(
                    step=i, label=spec.steps[i - 1].label(), actors=here,
                    conversion=here / c[0] if c[0] else None,
                    from_previous=here / prev if i > 1 and prev else (1.0 if i == 1 and here else None),
                    dropped=prev - here if i > 1 else 0,
                    median_seconds=0.0 if i == 1 and here else _pooled_median(medians[group][i - 1]),
                ))
            window = timedelta(seconds=spec.window_seconds())
            over_time = []
            for start in periods.between(plan.first, plan.last):
                entered, converted = timeline.get(group, {}).get(start, [0, 0])
                end = periods.shift(start, 1)
                complete = _midnight_plus(end, window) <= plan.as_of
                over_time.append(FunnelPeriod(start=start, entered=entered, converted=converted,
                                              conversion=converted / entered if entered else None, complete=complete))
            values = sorted((v for v, g in folded.items() if g == group), key=lambda v: (v is None, str(v)))
            out.append(FunnelSeries(segment=name, group=group, values=values, steps=steps, over_time=over_time))
    return FunnelResult(spec=spec, as_of=plan.as_of, date_from=plan.first, date_to=plan.last, series=out)


def _midnight_plus(day: date, window: timedelta) -> date:
    """The first midnight at which a window that opened before `day` has surely closed."""
    return day + timedelta(days=-(-int(window.total_seconds()) // 86_400))


def _pooled_median(parts: list[tuple[float, int]]) -> float | None:
    """The median of one group (folded groups: the actor-weighted median of their medians)."""
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0][0]
    ordered = sorted(parts)
    half = sum(w for _, w in ordered) / 2
    run = 0
    for value, weight in ordered:
        run += weight
        if run >= half:
            return value
    return ordered[-1][0]


def _raw(value: Any) -> str | None:
    return None if value is None or value != value else str(value)
