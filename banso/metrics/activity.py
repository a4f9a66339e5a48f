"""Metrics over the event log: counts, growth, recency, intensity and breadth of use.

All but breadth are columns of the context's facts (its shared event aggregates); breadth counts
distinct events, so it is a table of its own.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from banso.config.metrics import DaysSinceLast, EventCount, EventsPerActiveUser, FeatureBreadth, Growth
from banso.metrics.context import MetricContext


def _count(ctx: MetricContext, spec: EventCount | EventsPerActiveUser | Growth, start_days: int,
           end_days: int = 0) -> ir.IntegerValue:
    """The spec's events in `[as_of − start_days, as_of − end_days)`, a column of the facts (0 when none)."""
    return ctx.event_count(spec.events, start_days, end_days, spec.where)


def event_count(spec: EventCount, ctx: MetricContext) -> ir.Value:
    return _count(ctx, spec, spec.window).cast("float64")


def events_per_active_user(spec: EventsPerActiveUser, ctx: MetricContext) -> ir.Value:
    active = ctx.member_total("active", spec.window)
    return ibis.ifelse(active > 0, _count(ctx, spec, spec.window).cast("float64") / active.cast("float64"),
                       ibis.null("float64"))


def growth(spec: Growth, ctx: MetricContext) -> ir.Value:
    now, before = _count(ctx, spec, spec.window), _count(ctx, spec, 2 * spec.window, spec.window)
    return ibis.ifelse(before > 0, now.cast("float64") / before.cast("float64"), ibis.null("float64"))


def days_since_last(spec: DaysSinceLast, ctx: MetricContext) -> ir.Value:
    return ctx.day(0).delta(ctx.event_latest(spec.events, spec.window, spec.where), unit="day").cast("float64")


def feature_breadth(spec: FeatureBreadth, ctx: MetricContext) -> ir.Table:
    features = tuple(spec.features if spec.features is not None else ctx.features)
    if not features:
        t = ctx.base()
        return t.select("account_id", value=ibis.null("float64"))
    t = ctx.fill(ctx.event_breadth(spec.window, features), d=0)
    return t.select("account_id", value=t.d.cast("float64") / float(len(features)))
