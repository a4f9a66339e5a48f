"""One account seen whole (the "tree"): header, members, Company Activity, onboarding, timeline.

Each function filters the store to one account first, so the account page stays fast at 15,000
accounts. Per-day figures read the daily rollup when it is fresh (same numbers, far fewer rows) and
the raw events otherwise. Days are local calendar days (`events.day`); windows are
`[as_of − N days, as_of)` as everywhere in banso.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import ibis
import ibis.expr.types as ir
import pandas as pd

from banso.config.models import WorkspaceConfig
from banso.errors import NotFoundError
from banso.store.rollup import daily_rollup
from banso.store.store import Store

HEADER_COLUMNS = ("account_id", "name", "plan", "tier", "status", "mrr", "seats", "trial_started_at",
                  "contract_started_at", "renewal_date", "churned_at", "owner", "crm_url")


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    clean = frame.astype(object).where(frame.notna(), None)
    return clean.to_dict("records")  # type: ignore[return-value]


def daily_rows(store: Store, account_id: str) -> ir.Table:
    """(user_id, day, event, n) of one account: the rollup when fresh, else raw events with n = 1."""
    rollup = daily_rollup(store)
    if rollup is not None:
        r = rollup.filter(rollup.account_id == account_id)
        return r.select("user_id", "day", "event", "n")
    e = store.table("events")
    e = e.filter(e.account_id == account_id)
    return e.select("user_id", "day", "event", n=ibis.literal(1, type="int64"))


def _qualifying(rows: ir.Table, config: WorkspaceConfig) -> ir.Table:
    return rows.filter(rows.event.notin(list(config.events.passive))) if config.events.passive else rows


def account_header(store: Store, account_id: str) -> dict[str, Any]:
    """The CRM fields of one account; NotFoundError when there is none with this id."""
    acc = store.table("accounts")
    frame = store.execute(acc.filter(acc.account_id == account_id).select(*HEADER_COLUMNS))
    if frame.empty:
        raise NotFoundError(f"no account with id {account_id!r}")
    return _records(frame)[0]


@dataclass(frozen=True)
class Members:
    rows: list[dict[str, Any]]  # user_id, email, role, joined_at, last_active, events_28d
    members: int
    active_28d: int


def members(store: Store, config: WorkspaceConfig, account_id: str, as_of: date, days: int = 28) -> Members:
    """Every member with role, join date, last active day (before as_of) and qualifying events in the window."""
    mem = store.table("memberships")
    users = store.table("users").select("user_id", "email")
    m = mem.filter(mem.account_id == account_id).select("user_id", "role", "joined_at")
    rows = _qualifying(daily_rows(store, account_id), config)
    rows = rows.filter(rows.day < as_of, rows.user_id.notnull())
    start = as_of - timedelta(days=days)
    per_user = rows.group_by("user_id").agg(
        last_active=rows.day.max(),
        events=(rows.day >= start).ifelse(rows.n, 0).sum(),
    )
    j = m.left_join(per_user, m.user_id == per_user.user_id).left_join(users, m.user_id == users.user_id)
    out = j.select(m.user_id, users.email, m.role, m.joined_at, per_user.last_active,
                   events_28d=per_user.events.fill_null(0))
    frame = store.execute(out.order_by([ibis.desc("events_28d"), ibis.desc("last_active"), "user_id"]))
    frame["events_28d"] = frame["events_28d"].fillna(0).astype("int64")
    return Members(rows=_records(frame), members=len(frame), active_28d=int((frame["events_28d"] > 0).sum()))


@dataclass(frozen=True)
class Activity:
    weeks: list[date]  # Mondays, oldest first
    series: dict[str, list[int]]  # key action -> count per week


def company_activity(store: Store, config: WorkspaceConfig, account_id: str, as_of: date, weeks: int = 12) -> Activity:
    """Count of each key action per calendar week (Monday first), the `weeks` weeks before as_of."""
    actions = list(config.events.key_actions)
    last_monday = (as_of - timedelta(days=1)) - timedelta(days=(as_of - timedelta(days=1)).weekday())
    mondays = [last_monday - timedelta(weeks=i) for i in reversed(range(weeks))]
    if not actions:
        return Activity(weeks=mondays, series={})
    rows = daily_rows(store, account_id)
    rows = rows.filter(rows.event.isin(actions), rows.day >= mondays[0], rows.day < as_of)
    agg = rows.group_by(week=rows.day.truncate("W"), event=rows.event).agg(n=rows.n.sum())
    frame = store.execute(agg)
    counts = {(pd.Timestamp(w).date(), str(e)): int(n) for w, e, n in zip(frame["week"], frame["event"], frame["n"], strict=True)}
    return Activity(weeks=mondays, series={a: [counts.get((w, a), 0) for w in mondays] for a in actions})


def onboarding(store: Store, account_id: str, milestones: dict[str, str]) -> list[dict[str, Any]]:
    """Each milestone with the day it was first reached by the account (None: not yet)."""
    if not milestones:
        return []
    events = sorted(set(milestones.values()))
    rows = daily_rows(store, account_id)
    rows = rows.filter(rows.event.isin(events))
    frame = store.execute(rows.group_by("event").agg(first=rows.day.min()))
    first = {str(e): pd.Timestamp(d).date() for e, d in zip(frame["event"], frame["first"], strict=True)}
    return [{"milestone": label, "event": event, "done_at": first.get(event)} for label, event in milestones.items()]


@dataclass(frozen=True)
class Daily:
    days: list[date]
    events: list[int]
    users: list[int]
    top_event: list[str | None]


def daily_activity(store: Store, config: WorkspaceConfig, account_id: str, as_of: date, days: int = 90) -> Daily:
    """Qualifying events and active members per local day, the `days` days before as_of (zeros kept)."""
    start = as_of - timedelta(days=days)
    rows = _qualifying(daily_rows(store, account_id), config)
    rows = rows.filter(rows.day >= start, rows.day < as_of)
    per_day = store.execute(rows.group_by("day").agg(events=rows.n.sum(), users=rows.user_id.nunique()))
    per_event = store.execute(rows.group_by("day", "event").agg(n=rows.n.sum()))
    top: dict[date, str] = {}
    if len(per_event):
        best = per_event.sort_values(["day", "n", "event"], ascending=[True, False, True]).drop_duplicates("day")
        top = {pd.Timestamp(d).date(): str(e) for d, e in zip(best["day"], best["event"], strict=True)}
    by_day = {pd.Timestamp(d).date(): (int(e), int(u)) for d, e, u in zip(per_day["day"], per_day["events"], per_day["users"], strict=True)}
    all_days = [start + timedelta(days=i) for i in range(days)]
    return Daily(
        days=all_days,
        events=[by_day.get(d, (0, 0))[0] for d in all_days],
        users=[by_day.get(d, (0, 0))[1] for d in all_days],
        top_event=[top.get(d) for d in all_days],
    )


def touchpoints(store: Store, account_id: str, since: date | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """The account's touchpoints, newest first (tickets, meetings, mails, seminars, NPS, notes)."""
    tp = store.table("touchpoints")
    t = tp.filter(tp.account_id == account_id)
    if since is not None:
        t = t.filter(t.ts >= ibis.literal(pd.Timestamp(since).to_pydatetime(), type="timestamp"))
    frame = store.execute(t.select("touchpoint_id", "ts", "kind", "title", "body", "score", "user_id")
                          .order_by([ibis.desc("ts"), "touchpoint_id"]).limit(limit))
    return _records(frame)
