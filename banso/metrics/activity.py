"""Metrics over the event log: counts, growth, recency, intensity and breadth of use."""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from banso.config.metrics import DaysSinceLast, EventCount, EventsPerActiveUser, FeatureBreadth, Growth
from banso.metrics.context import MetricContext
from banso.metrics.people import active_user_counts


def _count(ctx: MetricContext, spec: EventCount | EventsPerActiveUser | Growth, start_days: int,
           end_days: int = 0) -> ir.Table:
    """(account_id, c) of the spec's events in `[as_of − start_days, as_of − end_days)`."""
    return ctx.event_total(spec.events, start_days, end_days, spec.where)


def event_count(spec: EventCount, ctx: MetricContext) -> ir.Table:
    t = ctx.fill(_count(ctx, spec, spec.window), c=0)
    return t.select("account_id", value=t.c.cast("float64"))


def events_per_active_user(spec: EventsPerActiveUser, ctx: MetricContext) -> ir.Table:
    counts = ctx.fill(_count(ctx, spec, spec.window), c=0)
    active = active_user_counts(ctx, spec.window)
    t = counts.join(active, "account_id")
    value = ibis.ifelse(t.active > 0, t.c.cast("float64") / t.active.cast("float64"), ibis.null("float64"))
    return t.select("account_id", value=value)


def growth(spec: Growth, ctx: MetricContext) -> ir.Table:
    now = _count(ctx, spec, spec.window)
    before = _count(ctx, spec, 2 * spec.window, spec.window).rename(p="c")
    t = ctx.fill(now, c=0).join(ctx.fill(before, p=0), "account_id")
    value = ibis.ifelse(t.p > 0, t.c.cast("float64") / t.p.cast("float64"), ibis.null("float64"))
    return t.select("account_id", value=value)


def days_since_last(spec: DaysSinceLast, ctx: MetricContext) -> ir.Table:
    t = ctx.fill(ctx.event_latest(spec.events, spec.window, spec.where))
    return t.select("account_id", value=ctx.day(0).delta(t.last, unit="day").cast("float64"))


def feature_breadth(spec: FeatureBreadth, ctx: MetricContext) -> ir.Table:
    features = tuple(spec.features if spec.features is not None else ctx.features)
    if not features:
        t = ctx.base()
        return t.select("account_id", value=ibis.null("float64"))
    t = ctx.fill(ctx.event_breadth(spec.window, features), d=0)
    return t.select("account_id", value=t.d.cast("float64") / float(len(features)))
