"""Composition by segment: Good / Normal / Bad and the index %Good − %Bad per snapshot, per group, against targets.

Groups are the accounts of each tier, owner, plan or lifecycle phase — their current value — or of
saved segments (their current members); each point counts the group's scored accounts of one weekly
snapshot, as the overview counts all of them. An **OKR target** is a value of the index for a period
(a quarter, say) and a scope (everyone, a tier, a segment…); a point has the target of the period
holding its date. **Weeks since met**: from the latest snapshot back to the last one whose index
reached its target (0: met now; None: not met at any snapshot under a target).

    composition(points, targets_by_group)   # points: (group, as_of, good, normal, bad) rows
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from datetime import date
from typing import Annotated, Any, Literal

import ibis
import ibis.expr.types as ir
import pandas as pd
from pydantic import Field

from banso.analysis.history_view import MetricJoined, joined_in_view
from banso.values import as_date

By = Literal["all", "tier", "owner", "plan", "phase", "segment"]
BY: tuple[str, ...] = ("all", "tier", "owner", "plan", "phase", "segment")


@dataclass(frozen=True)
class TargetView:
    id: int
    scope: Annotated[str, Field(description="all, tier:VALUE, owner:VALUE, plan:VALUE, phase:VALUE or segment:ID")]
    period_start: date
    period_end: date
    index: Annotated[float, Field(description="the target of %Good − %Bad, in points")]
    note: str


@dataclass(frozen=True)
class CompositionPoint:
    as_of: date
    scored: int
    good: int
    normal: int
    bad: int
    pct_good: float | None
    pct_bad: float | None
    index: Annotated[float | None, Field(description="%Good − %Bad, in points")]
    target: Annotated[float | None, Field(description="the target of the period holding this date")]
    met: bool | None


@dataclass(frozen=True)
class CompositionSeries:
    group: str
    scope: Annotated[str, Field(description="the scope a target for this group is set on")]
    points: list[CompositionPoint]
    latest_index: float | None
    target_now: Annotated[float | None, Field(description="the target of the latest snapshot's period")]
    weeks_since_met: Annotated[int | None, Field(description="0: met at the latest snapshot; None: never met")]


@dataclass(frozen=True)
class Composition:
    by: str
    as_of: date | None
    series: list[CompositionSeries]
    targets: list[TargetView]
    complete_from: Annotated[date | None, Field(
        description="the first snapshot whose windows lie wholly inside the event history (warm-up before)")] = None
    metrics_joined: Annotated[list[MetricJoined], Field(
        description="metrics that joined the score among the snapshots drawn; every group moves when one does")] = (
        dataclass_field(default_factory=list))

    def days(self) -> list[date]:
        """Every snapshot date of any group, in order."""
        return sorted({p.as_of for s in self.series for p in s.points})

    def partial(self) -> list[bool]:
        """For each of `days()`, whether it is a warm-up week."""
        return [self.complete_from is not None and d < self.complete_from for d in self.days()]


def group_points(snapshots: ir.Table, groups: ir.Table | None) -> ir.Table:
    """(group, as_of, good, normal, bad, scored) over scored accounts; `groups` maps account_id → group."""
    snap = snapshots.filter(snapshots.score.notnull())
    snap = snap.mutate(group=ibis.literal("all")) if groups is None else snap.join(groups, "account_id")
    return snap.group_by("group", "as_of").agg(
        good=(snap.band == "good").sum(), normal=(snap.band == "normal").sum(), bad=(snap.band == "bad").sum(),
        scored=snap.count())


def composition(by: str, points: pd.DataFrame, targets: list[TargetView], scopes: dict[str, str],
                order: list[str] | None = None, *, complete_from: date | None = None,
                joined: list[tuple[date, str]] | None = None) -> Composition:
    """Series per group from executed `group_points`; `scopes` maps a group to the scope its targets use.
    Snapshots before `complete_from` are warm-up weeks; `joined`: (date, label) of the metrics that joined the
    score (`history_view.joined_in_view` keeps those among the snapshots drawn)."""
    series = []
    groups = order or sorted({str(g) for g in points["group"].dropna()})
    for group in groups:
        mine = points[points["group"] == group].sort_values("as_of")
        scope = scopes.get(group, f"{by}:{group}")
        own = [t for t in targets if t.scope == scope]
        pts = [_point(row, own) for row in mine.to_dict("records")]
        series.append(CompositionSeries(group=group, scope=scope, points=pts,
                                        latest_index=pts[-1].index if pts else None,
                                        target_now=pts[-1].target if pts else None,
                                        weeks_since_met=_weeks_since_met(pts)))
    latest = max((p.as_of for s in series for p in s.points), default=None)
    result = Composition(by=by, as_of=latest, series=series, targets=targets, complete_from=complete_from)
    return replace(result, metrics_joined=joined_in_view(joined or [], result.days(), result.partial()))


def _point(row: dict[str, Any], targets: list[TargetView]) -> CompositionPoint:
    day = as_date(row["as_of"])
    assert day is not None
    scored, good, bad = int(row["scored"]), int(row["good"]), int(row["bad"])
    pct_good = 100.0 * good / scored if scored else None
    pct_bad = 100.0 * bad / scored if scored else None
    index = pct_good - pct_bad if pct_good is not None and pct_bad is not None else None
    target = next((t.index for t in targets if t.period_start <= day <= t.period_end), None)
    met = None if target is None or index is None else index >= target
    return CompositionPoint(as_of=day, scored=scored, good=good, normal=int(row["normal"]), bad=bad,
                            pct_good=pct_good, pct_bad=pct_bad, index=index, target=target, met=met)


def _weeks_since_met(points: list[CompositionPoint]) -> int | None:
    if not points:
        return None
    latest = points[-1].as_of
    for p in reversed(points):
        if p.met:
            return (latest - p.as_of).days // 7
    return None
