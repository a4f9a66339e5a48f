"""The account page (the "tree") as one result: header, health and why, members, Company Activity,
onboarding, timeline and use before and after each recent touchpoint.

`account_page` assembles it from the account's row of the facts table (see `account_list`), the
per-account reads of `account_view` and `touchpoint_change`, and the health engine's history and
explanation of the account; the Workspace adds the account's alerts. Every missing value is None.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import pandas as pd
from pydantic import Field

from banso import i18n
from banso.analysis import account_view as av
from banso.analysis.history_view import MetricJoined, joined_in_view
from banso.analysis.source import Source
from banso.analysis.touchpoint_change import WEEKS, TouchpointChange, touchpoint_changes
from banso.config.models import WorkspaceConfig
from banso.config.web import milestone_events
from banso.health.current import CurrentScore
from banso.signals.inbox import AlertItem
from banso.values import Moment, as_date, as_float, as_int, as_moment, or_none

ACTIVITY_WEEKS = 12
TIMELINE_DAYS = 60
MOVED_METRICS = 5
MOVED_AT_LEAST = 0.05  # points: smaller changes are rounding, not movement


@dataclass(frozen=True)
class Header:
    account_id: str
    name: str | None
    plan: str | None
    tier: str | None
    status: str | None
    mrr: float | None
    seats: int | None
    trial_started_at: Moment | None
    contract_started_at: Moment | None
    renewal_date: date | None
    churned_at: Moment | None
    owner: str | None
    crm_url: str | None
    days_to_renewal: int | None
    phase: Annotated[str | None, Field(description="lifecycle phase at the date (banso.yaml `lifecycle`)")] = None


@dataclass(frozen=True)
class HistoryPoint:
    as_of: date
    score: float | None
    band: str | None
    partial: Annotated[bool, Field(description="a warm-up week: its windows reach before the first event")] = False


@dataclass(frozen=True)
class Health:
    score: float | None
    band: str | None
    trend: Annotated[float | None, Field(description="points per week over the last 4 snapshots")]
    change: Annotated[float | None, Field(description="points since the previous snapshot")]
    good: float
    bad: float
    history: Annotated[list[HistoryPoint], Field(description="as_of, score, band per snapshot")]
    complete_from: Annotated[date | None, Field(
        description="the first snapshot whose windows lie wholly inside the event history")]
    joined: Annotated[list[MetricJoined], Field(
        description="metrics read from touchpoints that joined this account's score among the snapshots drawn "
                    "(its first NPS answer): the score moved with them there")]
    explanation: Annotated[dict[str, Any] | None,
                           Field(description="the health engine's explanation of the latest score")]
    changes: Annotated[list[dict[str, Any]], Field(
        description="the metrics that moved most since the previous snapshot")] = field(default_factory=list)


@dataclass(frozen=True)
class Member:
    user_id: str
    email: str | None
    role: str | None
    joined_at: Moment | None
    last_active: date | None
    events_28d: int


@dataclass(frozen=True)
class Milestone:
    milestone: str
    event: str
    done_at: date | None


@dataclass(frozen=True)
class TimelineItem:
    kind: Annotated[str, Field(description="a touchpoint kind, or 'activity' for a day of product use")]
    at: Annotated[datetime | date, Field(description="when a touchpoint happened; the day, for a day of use")]
    day: Annotated[date, Field(description="the calendar day in the workspace's time zone")]
    title: str | None = None
    body: str | None = None
    score: float | None = None
    events: int | None = None
    users: int | None = None


@dataclass(frozen=True)
class AccountPage:
    as_of: date | None
    header: Header
    health: Health | None
    members: list[Member]
    member_count: Annotated[int, Field(description="members of the organization")]
    active_members_28d: Annotated[int, Field(description="members with a qualifying event in the last 28 days")]
    active_rate_28d: Annotated[float | None, Field(description="active members / seats, last 28 days")]
    seats_counted: Annotated[int | None, Field(
        description="the seats the active rate divides by: the contracted seats, or the members when none are given")]
    seats_from_members: Annotated[bool, Field(description="the CRM gives no seats, so the members count as seats")]
    activity_weeks: list[date]
    activity: Annotated[dict[str, list[int]], Field(description="key action -> count per week")]
    onboarding: list[Milestone]
    daily_days: list[date]
    daily_events: list[int]
    daily_users: list[int]
    timeline: list[TimelineItem]
    touchpoint_weeks: Annotated[int, Field(description="weeks compared on each side of a touchpoint")] = WEEKS
    touchpoint_kinds: Annotated[list[str], Field(description="the kinds of the account's touchpoints")] = field(
        default_factory=list)
    touchpoint_kind: Annotated[str | None, Field(
        description="the kind the comparison is limited to (null: every kind)")] = None
    touchpoint_changes: Annotated[list[TouchpointChange], Field(
        description="use before and after each recent touchpoint, newest first")] = field(default_factory=list)
    alerts_available: bool = False
    current: Annotated[CurrentScore | None, Field(
        description="the current score (the model over windows ending today) and when it was computed")] = None
    alerts: Annotated[list[AlertItem], Field(description="this account's alerts, open ones first")] = field(
        default_factory=list)
    alerts_since: Annotated[date | None, Field(
        description="the first day an alert was recorded in the workspace (null: none yet)")] = None
    churned_before_alerts: Annotated[bool, Field(
        description="the account churned before alerts were recorded, so none could be")] = False
    records_from: Annotated[date | None, Field(
        description="the first day of the event records when the account began before it: each milestone's day "
                    "is then the first seen since, and the milestone was reached by that day (null otherwise)")] = None


@dataclass(frozen=True)
class HealthInputs:
    """What the health engine says of the account: its row of current scores, history and explanation."""

    score: float | None
    band: str | None
    trend: float | None
    history: pd.DataFrame | None
    explanation: Any
    good: float
    bad: float
    complete_from: date | None = None
    joined: Sequence[tuple[date, str]] = ()


def began_before(header: Header, first_event: date | None) -> date | None:
    """`first_event` when the account's trial or contract began before the event records do: what the records
    show first of it (an onboarding milestone) may have happened before them."""
    starts = [m.date() for m in (header.trial_started_at, header.contract_started_at) if m is not None]
    return first_event if first_event is not None and starts and min(starts) < first_event else None


def account_page(source: Source, config: WorkspaceConfig, as_of: date, account_id: str,
                 facts_row: dict[str, Any] | None, health: HealthInputs | None, *, emails: int | None = None,
                 touchpoint_kind: str | None = None) -> AccountPage:
    """The page of one account at `as_of`; `facts_row` is its row of the facts table (None: read the
    header from the store, which raises NotFoundError for an unknown id); `emails` looks up the emails
    of only that many most active members; `touchpoint_kind` limits the before/after comparison."""
    raw = ({c: or_none(facts_row.get(c)) for c in av.HEADER_COLUMNS} if facts_row is not None
           else av.account_header(source, account_id))
    mem = av.members(source, config, account_id, as_of, emails=emails)
    act, daily = av.recent(source, config, account_id, as_of, days=90, weeks=ACTIVITY_WEEKS)
    steps = av.onboarding(source, account_id, milestone_events(config.onboarding, i18n.current()))
    touches = av.touchpoints(source, account_id)
    compared = [t for t in touches if touchpoint_kind is None or t["kind"] == touchpoint_kind]
    changes = touchpoint_changes(source, config, account_id, as_of, compared)
    renewal = as_date(raw.get("renewal_date"))
    header = Header(
        account_id=str(raw["account_id"]), name=raw.get("name"), plan=raw.get("plan"), tier=raw.get("tier"),
        status=raw.get("status"), mrr=as_float(raw.get("mrr")), seats=as_int(raw.get("seats")),
        trial_started_at=as_moment(raw.get("trial_started_at")),
        contract_started_at=as_moment(raw.get("contract_started_at")), renewal_date=renewal,
        churned_at=as_moment(raw.get("churned_at")), owner=raw.get("owner"), crm_url=raw.get("crm_url"),
        days_to_renewal=(renewal - as_of).days if renewal is not None else None,
        phase=or_none(facts_row.get("phase")) if facts_row is not None else None,
    )
    active_rate = as_float(facts_row.get("active_rate")) if facts_row is not None else None
    seats = header.seats if header.seats is not None else mem.members
    return AccountPage(
        as_of=as_of,
        header=header,
        health=_health(health),
        members=[Member(**{**m, "joined_at": as_moment(m["joined_at"])}) for m in mem.rows],
        member_count=mem.members,
        active_members_28d=mem.active_28d,
        active_rate_28d=active_rate,
        seats_counted=seats,
        seats_from_members=header.seats is None,
        activity_weeks=act.weeks,
        activity=act.series,
        onboarding=[Milestone(**s) for s in steps],
        daily_days=daily.days,
        daily_events=daily.events,
        daily_users=daily.users,
        timeline=_timeline(touches, daily, as_of, ZoneInfo(config.timezone)),
        touchpoint_kinds=sorted({str(t["kind"]) for t in touches}),
        touchpoint_kind=touchpoint_kind,
        touchpoint_changes=changes,
    )


def _health(h: HealthInputs | None) -> Health | None:
    if h is None or (h.score is None and h.history is None):
        return None
    history = []
    if h.history is not None:
        for r in h.history.sort_values("as_of").to_dict("records"):
            band = r.get("band")
            day = pd.Timestamp(r["as_of"]).date()
            history.append(HistoryPoint(as_of=day, score=as_float(r.get("score")),
                                        band=band if isinstance(band, str) else None,
                                        partial=h.complete_from is not None and day < h.complete_from))
    plain = _plain(h.explanation) if h.explanation is not None else None
    moved = [m for m in (plain or {}).get("metrics", [])
             if m.get("change") is not None and abs(m["change"]) >= MOVED_AT_LEAST]
    change = plain.get("change") if plain else None
    scored = [p for p in history if p.score is not None]  # a join by its first scored week is no change
    joined = joined_in_view(h.joined, [p.as_of for p in scored], [p.partial for p in scored])
    return Health(score=h.score, band=h.band, trend=h.trend, change=change, good=h.good, bad=h.bad, history=history,
                  complete_from=h.complete_from, joined=joined, explanation=plain, changes=sorted(moved, key=lambda m: -abs(m["change"]))[:MOVED_METRICS])


def _plain(value: Any) -> Any:
    """An explanation as JSON-ready data (its dataclasses, frames and dates included)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(getattr(type(value), "change", None), property):
            out["change"] = _plain(value.change)  # type: ignore[attr-defined]
        return out
    if isinstance(value, pd.DataFrame):
        return [_plain(r) for r in value.to_dict("records")]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return or_none(value)


def _timeline(touches: list[dict[str, Any]], daily: av.Daily, as_of: date, zone: ZoneInfo) -> list[TimelineItem]:
    """Touchpoints and days of use, newest first, over the last TIMELINE_DAYS days (local days)."""
    start = as_of.toordinal() - TIMELINE_DAYS
    items = []
    for t in touches:
        at = as_moment(t["ts"])
        if at is not None and at.astimezone(zone).date().toordinal() >= start:
            items.append(TimelineItem(kind=str(t["kind"]), at=at, day=at.astimezone(zone).date(),
                                      title=or_none(t.get("title")), body=or_none(t.get("body")),
                                      score=as_float(t.get("score"))))
    for d, n, u, top in zip(daily.days, daily.events, daily.users, daily.top_event, strict=True):
        if n and d.toordinal() >= start:
            items.append(TimelineItem(kind="activity", at=d, day=d, events=n, users=u, title=top))
    # newest first; a day of use heads that day's touchpoints (it covers the whole day)
    return sorted(items, key=lambda i: (i.day, i.kind == "activity", i.at if isinstance(i.at, datetime) else
                                        datetime.combine(i.day, time.max, tzinfo=zone)), reverse=True)
