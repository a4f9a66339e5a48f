"""Metrics over touchpoints: tickets, seminars, community, help content, NPS."""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from banso.config.metrics import LatestNps, TouchpointCount
from banso.metrics.context import MetricContext, _property_equals


def _in_window(ctx: MetricContext, days: int) -> ir.Table:
    t = ctx.touchpoints
    return t.filter(t.ts >= ctx.midnight(days), t.ts < ctx.midnight(0))


def touchpoint_count(spec: TouchpointCount, ctx: MetricContext) -> ir.Table:
    t = _in_window(ctx, spec.window)
    t = t.filter(t.kind.isin(spec.kinds), *[_property_equals(t.properties, k, v) for k, v in spec.where.items()])
    agg = t.group_by("account_id").agg(c=t.count())
    out = ctx.fill(agg, c=0)
    return out.select("account_id", value=out.c.cast("float64"))


def latest_nps(spec: LatestNps, ctx: MetricContext) -> ir.Table:
    t = _in_window(ctx, spec.window)
    t = t.filter(t.kind == spec.touchpoint_kind, t.score.notnull())
    ranked = t.mutate(
        rn=ibis.row_number().over(group_by="account_id", order_by=[t.ts.desc(), t.touchpoint_id.desc()])
    )
    latest = ranked.filter(ranked.rn == 0).select("account_id", s=ranked.score.cast("float64"))
    out = ctx.fill(latest)
    return out.select("account_id", value=out.s)
