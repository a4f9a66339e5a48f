"""`trend`: a number per day, week or month — event counts, active accounts or users, or a configured metric.

- **events**: the events that match, attributed to the accounts counted;
- **accounts** / **users**: distinct accounts or users doing the event in the period; with no event
  named, *active* ones as DESIGN defines them (for an account, a qualifying event by a member);
- **metric**: a metric of banso.yaml computed at the end of each period (windows ending at the
  next period's first midnight, or at `as_of` for the period holding it), aggregated over the
  accounts (mean, median, sum, min or max).

Series: one per segment (side by side) and breakdown group (top values, the rest as "other"). A
period that holds `as_of` is incomplete and marked so; periods after it are not shown.

    TrendSpec(measure="events", event=parse_event("issue_created"), interval="week", breakdown=parse_breakdown("tier"))
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, timedelta
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, model_validator
from pydantic.config import JsonDict

from banso.analysis.insights.activity import activity
from banso.analysis.insights.actors import Actor
from banso.analysis.insights.events import EventMatch, InsightError, kind_required
from banso.analysis.insights.groups import ALL, Breakdown, SegmentChoice, fold, group_order, with_groups
from banso.analysis.insights.words import in_english, series_name, trend_title
from banso.analysis.periods import Interval, Periods, WeekStart
from banso.analysis.reports.base import Report, ReportSpec, RunContext, Table, View
from banso.errors import BansoError, Phrase, UnavailableError
from banso.i18n import N_
from banso.i18n import gettext_ as _
from banso.values import as_date

Measure = Literal["events", "accounts", "users", "metric"]
Aggregate = Literal["mean", "median", "sum", "min", "max"]
MAX_PERIODS = 400


def _trend_schema(schema: JsonDict) -> None:
    """`kind` required, and a metric named exactly when the measure is one (as `_consistent` checks)."""
    kind_required(schema)
    schema["anyOf"] = [
        {"required": ["measure", "metric"], "properties": {"measure": {"const": "metric"}, "metric": {"type": "string"}}},
        {"properties": {"measure": {"enum": ["events", "accounts", "users"]}, "metric": {"type": "null"}}},
    ]


class TrendSpec(ReportSpec):
    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra=_trend_schema)

    kind: Literal["trend"] = "trend"
    measure: Measure = Field("accounts", description="events, accounts, users or metric")
    event: EventMatch = Field(default_factory=EventMatch, description="what counts; default: any qualifying event")
    metric: str | None = Field(None, max_length=64, description="a metric of banso.yaml (measure = metric)")
    aggregate: Aggregate = Field("mean", description="how a metric adds up over the accounts")
    interval: Interval = "week"
    week_start: WeekStart = "monday"
    date_from: date | None = Field(None, description="first day (default: 12 periods before as_of)")
    date_to: date | None = Field(None, description="last day (default: the day before as_of)")
    breakdown: Breakdown | None = None
    segments: tuple[SegmentChoice, ...] = Field((), max_length=4)
    as_of: date | None = None

    @model_validator(mode="after")
    def _consistent(self) -> TrendSpec:
        if (self.measure == "metric") != (self.metric is not None):
            raise ValueError(Phrase(N_("name the metric with measure = metric") if self.measure == "metric"
                                    else N_("a metric is only read with measure = metric")))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(Phrase(N_("the first day must not be after the last one")))
        return self


@dataclass(frozen=True)
class TrendPeriod:
    start: date
    complete: Annotated[bool, Field(description="False for the period holding as_of")]


@dataclass(frozen=True)
class TrendSeries:
    segment: str
    group: Annotated[str, Field(description="the breakdown value, 'other', '(none)', or 'all'")]
    values: Annotated[list[float | None], Field(description="one per period (None: no account to aggregate)")]
    total: Annotated[float | None, Field(description="events: their sum; accounts/users: distinct over the range")]


@dataclass(frozen=True)
class TrendResult:
    spec: TrendSpec
    as_of: date
    label: str
    periods: list[TrendPeriod]
    series: list[TrendSeries]
    metric_names: Annotated[dict[str, str], Field(
        description="the measured metric's name for people, per language (ja, en); empty for event measures")] = (
        dataclass_field(default_factory=dict))


class Trend(Report[TrendSpec, TrendResult]):
    kind = "trend"
    title = "Trend"
    spec = TrendSpec
    result = TrendResult

    def run(self, ctx: RunContext, spec: TrendSpec) -> TrendResult:
        as_of = spec.as_of or ctx.as_of
        if as_of is None:
            raise UnavailableError(N_("there are no events yet: load events before asking for a trend"))
        periods = Periods(spec.interval, spec.week_start)
        last_day = min(spec.date_to or as_of - timedelta(days=1), as_of - timedelta(days=1))
        first_day = spec.date_from or periods.shift(periods.start(last_day), -11)
        starts = periods.between(first_day, last_day)
        if not starts:
            raise InsightError(N_("the range holds no period before as_of"))
        if len(starts) > MAX_PERIODS:
            raise InsightError(N_("%(n)s periods (%(interval)s) are too many; show at most %(most)s"), n=len(starts),
                               interval=spec.interval, most=MAX_PERIODS)
        shown = [TrendPeriod(start=s, complete=periods.shift(s, 1) <= as_of) for s in starts]
        if spec.measure == "metric":
            frame = _metric_frame(ctx, spec, starts, as_of, periods)
        else:
            frame = _event_frame(ctx, spec, starts[0], min(periods.shift(starts[-1], 1), as_of), periods)
        names = _metric_names(ctx, spec)
        return TrendResult(spec=spec, as_of=as_of, label=in_english(lambda s: trend_title(s, names), spec),
                           periods=shown, series=_series(spec, frame, starts), metric_names=names)

    def view(self, result: TrendResult, language: str = "en") -> View:
        """Read under `i18n.using(language)` (the command line and the files do)."""
        several = len({s.segment for s in result.series}) > 1
        names = [series_name(s.segment, s.group, several) for s in result.series]
        counts = result.spec.measure != "metric"
        rows = [[p.start.isoformat() + ("" if p.complete else "*"),
                 *(int(v) if counts and v is not None else v for v in (s.values[i] for s in result.series))]
                for i, p in enumerate(result.periods)]
        fmt = "num" if result.spec.measure == "metric" else ""
        title = trend_title(result.spec, result.metric_names)
        interval = _(result.spec.interval)
        return View(
            headline=_("%(what)s by %(interval)s, as of %(date)s") % {
                "what": title, "interval": interval, "date": result.as_of.isoformat()},
            tables=[Table(title, [interval, *names], rows, ["", *([fmt] * len(names))])],
            notes=[_("* incomplete: the period holds the as-of date")] if any(not p.complete for p in result.periods)
            else [],
        )


def _metric_names(ctx: RunContext, spec: TrendSpec) -> dict[str, str]:
    """The measured metric's name for people in each language (`health.api.metric_labels`)."""
    from banso.health.api import metric_labels

    if spec.measure != "metric" or spec.metric is None:
        return {}
    return {lang: metric_labels(ctx.config, lang).get(spec.metric, spec.metric) for lang in ("ja", "en")}


def _event_frame(ctx: RunContext, spec: TrendSpec, first: date, end: date, periods: Periods) -> Any:
    """(segment, value, period, n) for the event measures, and (segment, value, total) over the range."""
    actor: Actor = "user" if spec.measure == "users" else "account"
    days = activity(ctx.store, ctx.config, actor, spec.event)
    days = days.filter(days.account_id.notnull(), days.day >= first, days.day < end)
    rows = with_groups(days, ctx.store, ctx.accounts, spec.breakdown, spec.segments)
    rows = rows.mutate(period=periods.start_expr(rows.day))
    keys = ("segment", "value")
    if spec.measure == "events":
        per = ctx.store.execute(rows.group_by(*keys, "period").agg(n=rows.n.sum()))
        total = per.groupby(list(keys), dropna=False, as_index=False).agg(total=("n", "sum"))
        return ("events", per, total)
    # distinct first, then count: cheaper than a distinct count over the summary's rows
    seen = rows.select(*keys, "period", "actor_id").distinct()
    per = seen.group_by(*keys, "period").agg(n=seen.count())
    actors = rows.select(*keys, "actor_id").distinct()
    total = actors.group_by(*keys).agg(total=actors.count())
    return ("distinct", ctx.store.execute(per), ctx.store.execute(total))


def _metric_frame(ctx: RunContext, spec: TrendSpec, starts: list[date], as_of: date, periods: Periods) -> Any:
    """(segment, value, period, n) where n aggregates the metric over accounts, computed at each period's end."""
    import pandas as pd

    from banso.metrics import compile_metrics, metric_context, resolve
    from banso.metrics.context import DateParams
    from banso.store.prepared import date_queries

    name = spec.metric or ""
    try:
        resolve(ctx.config, [name])
    except Exception as exc:  # an unknown metric: the catalogue's own message names the valid ones
        problem = Phrase(exc.template, **exc.params) if isinstance(exc, BansoError) else str(exc)
        raise InsightError(N_("metric %(name)s: %(problem)s"), name=repr(name), problem=problem) from None
    groups_base = with_groups(ctx.store.table("accounts").select("account_id"), ctx.store, ctx.accounts,
                              spec.breakdown, spec.segments)
    # One query over date parameters, compiled once and run at each period's end (as a backfill
    # scores its weeks): compiling the metric's query costs more than running it, and a year of days
    # compiled one by one took minutes.
    params = DateParams(ctx.config.timezone)
    queries = date_queries(ctx.store, params)
    try:
        mctx = metric_context(ctx.store, ctx.config, as_of)
        mctx.params = params
        values = compile_metrics(mctx, resolve(ctx.config, [name]), queries.materialize)
        j = groups_base.join(values.select("account_id", m=values[name]), "account_id")
        col = j.m
        agg = {"mean": col.mean(), "median": col.median(), "sum": col.sum(), "min": col.min(), "max": col.max()}
        table = queries.materialize(j.group_by("segment", "value").agg(n=agg[spec.aggregate], weight=j.count()),
                                    "_trend_metric")
        parts = []
        for start in starts:
            queries.run(min(periods.shift(start, 1), as_of))
            parts.append(ctx.store.execute(table).assign(period=start))
    finally:
        queries.close()
    return ("metric", pd.concat(parts, ignore_index=True), None)


def _series(spec: TrendSpec, frames: Any, starts: list[date]) -> list[TrendSeries]:
    kind, per, total = frames
    segments = [s.name() for s in spec.segments] or ["all accounts"]
    index = {s: i for i, s in enumerate(starts)}
    out: list[TrendSeries] = []
    for seg, name in enumerate(segments):
        mine = per[per["segment"] == seg]
        sizes: dict[str | None, int] = {}
        weight_col = "weight" if kind == "metric" else "n"
        for value, n in zip(mine["value"], mine[weight_col], strict=True):
            raw = _raw(value)
            sizes[raw] = sizes.get(raw, 0) + int(n or 0) if kind != "metric" else max(sizes.get(raw, 0), int(n or 0))
        folded = fold(sizes, spec.breakdown.top) if spec.breakdown else dict.fromkeys(sizes, ALL)
        if kind == "metric" and spec.breakdown and any(g == "other" for g in folded.values()):
            raise InsightError(N_("a metric cannot be added up over 'other': raise the breakdown's top above "
                                  "%(top)s (there are %(n)s values)"), top=spec.breakdown.top, n=len(sizes))
        values: dict[str, list[float | None]] = {}
        for row in mine.itertuples(index=False):
            group = folded[_raw(row.value)]
            period = index.get(_day(row.period))
            if period is None:
                continue
            series = values.setdefault(group, [None] * len(starts))
            n = None if row.n is None or row.n != row.n else float(row.n)
            series[period] = n if kind == "metric" else (series[period] or 0.0) + (n or 0.0)
        totals: dict[str, float | None] = {}
        if total is not None:
            for row in total[total["segment"] == seg].itertuples(index=False):
                group = folded.get(_raw(row.value), ALL)
                totals[group] = (totals.get(group) or 0.0) + float(row.total)
        order = group_order({g: int(sum(v or 0 for v in vs)) for g, vs in values.items()}) or [ALL]
        for group in order:
            series = values.get(group, [None if kind == "metric" else 0.0] * len(starts))
            if kind != "metric":
                series = [0.0 if v is None else v for v in series]
            total_value = totals.get(group, None if kind == "metric" else 0.0)
            out.append(TrendSeries(segment=name, group=group, values=series, total=total_value))
    return out


def _raw(value: Any) -> str | None:
    return None if value is None or value != value else str(value)


def _day(value: Any) -> date:
    return as_date(value)  # type: ignore[return-value]
