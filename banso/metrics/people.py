"""Metrics over members: who is active, how evenly they work, seats and their use.

Only members at `as_of` count as users here (DESIGN.md: an active user is a *member* with a
qualifying event); an event is counted for the account it is attributed to, so a user in two
accounts is active in each account where they did something.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from banso.config.metrics import (
    ActiveRate,
    ActiveUsers,
    AdminActivity,
    Evenness,
    Members,
    Seats,
    SeatUtilization,
    TopUserShare,
)
from banso.metrics.context import MetricContext

NULL = ibis.null("float64")


def _ratio(num: ir.NumericValue, den: ir.NumericValue) -> ir.Value:
    """num / den, NULL when the denominator is zero or missing."""
    return ibis.ifelse(den > 0, num.cast("float64") / den.cast("float64"), NULL)


def active_users(spec: ActiveUsers, ctx: MetricContext) -> ir.Value:
    return ctx.member_total("active", spec.window).cast("float64")


def active_rate(spec: ActiveRate, ctx: MetricContext) -> ir.Value:
    return _ratio(ctx.member_total("active", spec.window), ctx.facts().seats)


def evenness(spec: Evenness, ctx: MetricContext) -> ir.Table:
    """1 − Gini over all members (zeros included), from the members who had events.

    With n members of which k had events, sorted ascending the zeros take ranks 1..n−k, so
    Σ i·x₍ᵢ₎ = Σ over active members of (n − k + r)·x, r their rank among the active, and
    Gini = 2·Σ i·x₍ᵢ₎ / (n·Σx) − (n + 1)/n. Members with the same count share a run of ranks, so the
    sum is taken per distinct count (c members with count v after C below: v·(c·C + c(c+1)/2)),
    which sorts far fewer rows than ranking every member.
    """
    per_user = ctx.member_event_counts(spec.window)
    runs = per_user.group_by("account_id", "n").agg(c=per_user.count())
    below = runs.c.sum().over(ibis.cumulative_window(group_by="account_id", order_by="n")) - runs.c
    runs = runs.mutate(
        ranked=runs.n.cast("float64") * (runs.c * below + runs.c * (runs.c + 1) / 2).cast("float64")
    )
    agg = runs.group_by("account_id").agg(
        k=runs.c.sum(), total=(runs.n * runs.c).sum(), weighted=runs.ranked.sum()
    )
    t = ctx.fill(agg).join(ctx.member_counts(), "account_id")
    n = t.members
    weighted = t.weighted + (n - t.k.cast("float64")) * t.total.cast("float64")
    gini = 2.0 * weighted / (n * t.total.cast("float64")) - (n + 1.0) / n
    return t.select("account_id", value=ibis.ifelse(t.total > 0, 1.0 - gini, NULL))


def top_user_share(spec: TopUserShare, ctx: MetricContext) -> ir.Value:
    return _ratio(ctx.member_total("top", spec.window), ctx.member_total("total", spec.window))


def admin_activity(spec: AdminActivity, ctx: MetricContext) -> ir.Value:
    return ctx.member_total("admin_events" if spec.measure == "events" else "admins", spec.window).cast("float64")


def members(spec: Members, ctx: MetricContext) -> ir.Value:
    return ctx.facts().members


def seats(spec: Seats, ctx: MetricContext) -> ir.Value:
    return ctx.facts().seats


def seat_utilization(spec: SeatUtilization, ctx: MetricContext) -> ir.Value:
    t = ctx.facts()
    return _ratio(t.members, t.seats)
