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


def active_user_counts(ctx: MetricContext, days: int) -> ir.Table:
    """Every account with `active`: members with at least one qualifying event in the window."""
    t = ctx.member_totals(days)
    return ctx.fill(t.select("account_id", "active"), active=0)


def active_users(spec: ActiveUsers, ctx: MetricContext) -> ir.Table:
    t = active_user_counts(ctx, spec.window)
    return t.select("account_id", value=t.active.cast("float64"))


def active_rate(spec: ActiveRate, ctx: MetricContext) -> ir.Table:
    t = active_user_counts(ctx, spec.window).join(ctx.seats(), "account_id")
    return t.select("account_id", value=_ratio(t.active, t.seats))


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


def top_user_share(spec: TopUserShare, ctx: MetricContext) -> ir.Table:
    t = ctx.member_totals(spec.window)
    t = ctx.fill(t.select("account_id", "top", "total"))
    return t.select("account_id", value=_ratio(t.top, t.total))


def admin_activity(spec: AdminActivity, ctx: MetricContext) -> ir.Table:
    t = ctx.member_totals(spec.window)
    t = ctx.fill(t.select("account_id", v=t.admin_events if spec.measure == "events" else t.admins), v=0)
    return t.select("account_id", value=t.v.cast("float64"))


def members(spec: Members, ctx: MetricContext) -> ir.Table:
    t = ctx.seats()
    return t.select("account_id", value=t.members)


def seats(spec: Seats, ctx: MetricContext) -> ir.Table:
    t = ctx.seats()
    return t.select("account_id", value=ibis.ifelse(t.seats.notnull(), t.seats, NULL))


def seat_utilization(spec: SeatUtilization, ctx: MetricContext) -> ir.Table:
    t = ctx.seats()
    return t.select("account_id", value=_ratio(t.members, t.seats))
