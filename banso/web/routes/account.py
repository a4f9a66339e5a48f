"""The account page (the tree), `/accounts/{account_id}`: the stable deep link for a CRM button."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Annotated, Any, Literal

import pandas as pd
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from banso.analysis import account_view as av
from banso.analysis.touchpoint_change import WEEKS, touchpoint_changes
from banso.web import charts
from banso.web.health import explanation, score_history, thresholds
from banso.web.render import localized, render
from banso.web.routes.alerts import AlertItem, build_inbox
from banso.web.security import CurrentUser, web_state
from banso.web.state import WebState

router = APIRouter()
ACTIVITY_WEEKS = 12
TIMELINE_DAYS = 60
MOVED_METRICS = 5


class Header(BaseModel):
    account_id: str
    name: str | None
    plan: str | None
    tier: str | None
    status: str | None
    mrr: float | None
    seats: int | None
    trial_started_at: datetime | None
    contract_started_at: datetime | None
    renewal_date: date | None
    churned_at: datetime | None
    owner: str | None
    crm_url: str | None
    days_to_renewal: int | None


class Health(BaseModel):
    score: float | None
    band: str | None
    trend: float | None = Field(description="points per week over the last 4 snapshots")
    good: float
    bad: float
    history: list[dict[str, Any]] = Field(description="as_of, score, band per snapshot")
    explanation: dict[str, Any] | None = Field(description="the health engine's explanation of the latest score")
    changes: list[dict[str, Any]] = Field(default_factory=list,
                                          description="the metrics that moved most since the previous snapshot")


class Member(BaseModel):
    user_id: str
    email: str | None
    role: str | None
    joined_at: datetime | None
    last_active: date | None
    events_28d: int


class Milestone(BaseModel):
    milestone: str
    event: str
    done_at: date | None


class TimelineItem(BaseModel):
    kind: str = Field(description="a touchpoint kind, or 'activity' for a day of product use")
    at: datetime | date
    title: str | None = None
    body: str | None = None
    score: float | None = None
    events: int | None = None
    users: int | None = None


class TouchpointChange(BaseModel):
    touchpoint_id: str
    day: date = Field(description="the touchpoint's local day")
    kind: str
    title: str | None
    before: float = Field(description="qualifying events per week over the weeks before the touchpoint")
    after: float | None = Field(description="… over the weeks from it (null: no full day since)")
    after_weeks: float = Field(description="weeks the 'after' figure covers (fewer for a recent touchpoint)")
    feature: str | None = Field(None, description="the feature the touchpoint proposed (properties.proposed_feature)")
    feature_before: float | None = Field(None, description="its uses per week before")
    feature_after: float | None = Field(None, description="… and after")


class AccountPage(BaseModel):
    as_of: date | None
    header: Header
    health: Health | None
    members: list[Member]
    member_count: int
    active_members_28d: int
    active_rate_28d: float | None
    activity_weeks: list[date]
    activity: dict[str, list[int]] = Field(description="key action -> count per week")
    onboarding: list[Milestone]
    daily_days: list[date]
    daily_events: list[int]
    daily_users: list[int]
    timeline: list[TimelineItem]
    touchpoint_weeks: int = Field(WEEKS, description="weeks compared on each side of a touchpoint")
    touchpoint_kinds: list[str] = Field(default_factory=list, description="the kinds of the account's touchpoints")
    touchpoint_kind: str | None = Field(None, description="the kind the comparison is limited to (null: every kind)")
    touchpoint_changes: list[TouchpointChange] = Field(
        default_factory=list, description="use before and after each recent touchpoint, newest first")
    alerts_available: bool = False
    alerts: list[AlertItem] = Field(default_factory=list, description="this account's alerts, open ones first")


def _with_alerts(request: Request, data: AccountPage) -> AccountPage:
    inbox = build_inbox(request, "all", None, None, account_id=data.header.account_id, limit=20, choices=False)
    order = {"open": 0, "acknowledged": 1, "snoozed": 2, "resolved": 3}
    alerts = sorted(inbox.alerts, key=lambda a: (order.get(a.status, 4), -a.as_of.toordinal()))
    return data.model_copy(update={"alerts": alerts, "alerts_available": True})


def build_account(state: WebState, account_id: str, emails: int | None = None,
                  touchpoint_kind: str | None = None) -> AccountPage:
    """The page's data; `emails` looks up the emails of only that many most active members;
    `touchpoint_kind` limits the before/after comparison to one kind of touchpoint."""
    ws = state.ws
    as_of = state.as_of() or date.today()
    facts = state.facts()
    known = facts[facts["account_id"] == account_id]
    with state.lock:
        source = state.source
        if known.empty:
            raw = av.account_header(source, account_id)  # not in the facts: the NotFoundError says so
        else:
            raw = {c: known[c].iloc[0] for c in av.HEADER_COLUMNS}
            raw = {k: (None if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v) else v)
                   for k, v in raw.items()}
        mem = av.members(source, ws.config, account_id, as_of, emails=emails)
        act, daily = av.recent(source, ws.config, account_id, as_of, days=90, weeks=ACTIVITY_WEEKS)
        steps = av.onboarding(source, account_id, dict(ws.config.onboarding))
        touches = av.touchpoints(source, account_id)
        compared = [t for t in touches if touchpoint_kind is None or t["kind"] == touchpoint_kind]
        changes = touchpoint_changes(source, ws.config, account_id, as_of, compared)
    renewal = _date(raw.get("renewal_date"))
    seats = raw.get("seats")
    header = Header(**{**raw, "renewal_date": renewal, "seats": int(seats) if seats is not None else None,
                       "mrr": float(raw["mrr"]) if raw.get("mrr") is not None else None},
                    days_to_renewal=(renewal - as_of).days if renewal is not None else None)
    seats_now = header.seats if header.seats else mem.members
    return AccountPage(
        as_of=as_of,
        header=header,
        health=_health(state, account_id),
        members=[Member(**m) for m in mem.rows],
        member_count=mem.members,
        active_members_28d=mem.active_28d,
        active_rate_28d=(mem.active_28d / seats_now) if seats_now else None,
        activity_weeks=act.weeks,
        activity=act.series,
        onboarding=[Milestone(**s) for s in steps],
        daily_days=daily.days,
        daily_events=daily.events,
        daily_users=daily.users,
        timeline=_timeline(touches, daily, as_of),
        touchpoint_kinds=sorted({str(t["kind"]) for t in touches}),
        touchpoint_kind=touchpoint_kind,
        touchpoint_changes=[TouchpointChange(**dataclasses.asdict(c)) for c in changes],
    )


def _date(value: Any) -> date | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    return pd.Timestamp(value).date()


def _health(state: WebState, account_id: str) -> Health | None:
    good, bad = thresholds(state)
    facts = state.facts()
    row = facts[facts["account_id"] == account_id]
    history = score_history(state, account_id)
    if (row.empty or pd.isna(row["score"].iloc[0])) and history is None:
        return None
    hist = []
    if history is not None:
        for r in history.sort_values("as_of").to_dict("records"):
            hist.append({"as_of": pd.Timestamp(r["as_of"]).date(), "score": None if pd.isna(r.get("score")) else float(r["score"]),
                         "band": r.get("band") if isinstance(r.get("band"), str) else None})
    expl = explanation(state, account_id)
    plain = _plain(expl) if expl is not None else None
    moved = [m for m in (plain or {}).get("metrics", []) if m.get("change") is not None and abs(m["change"]) >= 0.05]
    return Health(
        score=None if row.empty or pd.isna(row["score"].iloc[0]) else float(row["score"].iloc[0]),
        band=None if row.empty or not isinstance(row["band"].iloc[0], str) else str(row["band"].iloc[0]),
        trend=None if row.empty or pd.isna(row["trend"].iloc[0]) else float(row["trend"].iloc[0]),
        good=good, bad=bad, history=hist,
        explanation=plain,
        changes=sorted(moved, key=lambda m: -abs(m["change"]))[:MOVED_METRICS],
    )


def _plain(value: Any) -> Any:
    """An explanation object as JSON-ready data (dataclasses, frames and dates included)."""
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
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value


def _timeline(touches: list[dict[str, Any]], daily: av.Daily, as_of: date) -> list[TimelineItem]:
    """Touchpoints and days of use, newest first, over the last TIMELINE_DAYS days."""
    start = as_of.toordinal() - TIMELINE_DAYS
    items = [TimelineItem(kind=str(t["kind"]), at=t["ts"], title=t.get("title"), body=t.get("body"),
                          score=t.get("score")) for t in touches if t["ts"] is not None and t["ts"].toordinal() >= start]
    for d, n, u, top in zip(daily.days, daily.events, daily.users, daily.top_event, strict=True):
        if n and d.toordinal() >= start:
            items.append(TimelineItem(kind="activity", at=d, events=n, users=u, title=top))
    return sorted(items, key=lambda i: (i.at if isinstance(i.at, datetime) else datetime.combine(i.at, datetime.max.time())),
                  reverse=True)


@router.get("/api/accounts/{account_id}", response_model=AccountPage, tags=["pages"],
            summary="The account page as JSON", responses={404: {"description": "no such account"}})
def account_api(request: Request, account_id: str, user: CurrentUser,
                touchpoint_kind: Annotated[str | None, Query(max_length=64)] = None) -> AccountPage:
    with localized(request):
        return _with_alerts(request, build_account(web_state(request), account_id, touchpoint_kind=touchpoint_kind or None))


MEMBERS_SHOWN = 100


@router.get("/accounts/{account_id}", response_class=HTMLResponse, include_in_schema=False)
def account_page(request: Request, account_id: str, user: CurrentUser,
                 members: Annotated[Literal["top", "all"], Query()] = "top",
                 touchpoint_kind: Annotated[str | None, Query(max_length=64)] = None) -> HTMLResponse:
    state = web_state(request)
    data = build_account(state, account_id, emails=None if members == "all" else MEMBERS_SHOWN,
                         touchpoint_kind=touchpoint_kind or None)
    data = _with_alerts(request, data)
    figs: dict[str, charts.Figure] = {}
    with localized(request):
        if data.activity:
            shown = list(data.activity)[:4]
            figs["activity"] = charts.company_activity(data.activity_weeks, data.activity, shown)
        marks = [(t.at.date() if isinstance(t.at, datetime) else t.at, t.kind, t.title or "")
                 for t in data.timeline if t.kind != "activity"]
        figs["daily"] = charts.daily_activity(data.daily_days, data.daily_events, data.daily_users,
                                              [m for m in marks if m[0] >= data.daily_days[0]])
        if data.health and data.health.history:
            h = data.health
            figs["history"] = charts.score_history([p["as_of"] for p in h.history], [p["score"] for p in h.history],
                                                   h.good, h.bad)
    return render(request, "account.html", data=data, figs=figs, as_of=data.as_of, needs_plotly=True,
                  shown_actions=list(data.activity)[:4],
                  members_shown=len(data.members) if members == "all" else MEMBERS_SHOWN)
