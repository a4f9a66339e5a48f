"""One account seen whole (the "tree"): header, members, Company Activity, onboarding, timeline.

Each function filters the store to one account first, so the account page stays fast at 15,000
accounts; `recent` computes the per-day figures and Company Activity from one pass over the
account's recent events. Days are local calendar days (`events.day`); windows are
`[as_of − N days, as_of)` as everywhere in banso.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import ibis
import ibis.expr.types as ir
import pandas as pd

from banso.analysis.source import Source
from banso.config.models import WorkspaceConfig
from banso.errors import NotFoundError
from banso.store.params import ACCOUNT

HEADER_COLUMNS = ("account_id", "name", "plan", "tier", "status", "mrr", "seats", "trial_started_at",
                  "contract_started_at", "renewal_date", "churned_at", "owner", "crm_url")


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    clean = frame.astype(object).where(frame.notna(), None)
    return clean.to_dict("records")  # type: ignore[return-value]


def daily_rows(store: Source) -> ir.Table:
    """(user_id, day, event, n) of the account bound to `ACCOUNT`, from the raw events (n = 1 per event).

    For a single account the raw log is the fastest source: events are stored in account order, so
    the engine reads only the row groups of this account.
    """
    e = store.table("events")
    e = e.filter(e.account_id == ACCOUNT)  # bound per request: see `banso.store.params`
    return e.select("user_id", "day", "event", n=ibis.literal(1, type="int64"))


def account_header(store: Source, account_id: str) -> dict[str, Any]:
    """The CRM fields of one account; NotFoundError when there is none with this id."""
    acc = store.table("accounts")
    frame = store.execute(acc.filter(acc.account_id == ACCOUNT).select(*HEADER_COLUMNS), {ACCOUNT: account_id})
    if frame.empty:
        raise NotFoundError(f"no account with id {account_id!r}")
    return _records(frame)[0]


@lru_cache(maxsize=64)
def _members_query(store: Source, passive: tuple[str, ...], as_of: date, days: int) -> ir.Table:
    """Members of the account bound to ACCOUNT with their last active day and window events.

    Built once per date: constructing the expression costs more than running it for one account.
    """
    mem = store.table("memberships")
    m = mem.filter(mem.account_id == ACCOUNT).select("user_id", "role", "joined_at")
    rows = daily_rows(store)
    rows = rows.filter(rows.event.notin(list(passive))) if passive else rows
    rows = rows.filter(rows.day < as_of, rows.user_id.notnull())
    start = as_of - timedelta(days=days)
    per_user = rows.group_by("user_id").agg(
        last_active=rows.day.max(),
        events_28d=(rows.day >= start).ifelse(rows.n, 0).sum(),
    )
    return m.left_join(per_user, m.user_id == per_user.user_id).select(
        m.user_id, m.role, m.joined_at, per_user.last_active, per_user.events_28d)


@lru_cache(maxsize=16)
def _emails_query(store: Source) -> ir.Table:
    users, mem = store.table("users"), store.table("memberships")
    return users.filter(users.user_id.isin(mem.filter(mem.account_id == ACCOUNT).user_id)).select("user_id", "email")


@dataclass(frozen=True)
class Members:
    rows: list[dict[str, Any]]  # user_id, email, role, joined_at, last_active, events_28d
    members: int
    active_28d: int


def members(store: Source, config: WorkspaceConfig, account_id: str, as_of: date, days: int = 28,
            emails: int | None = None) -> Members:
    """Every member with role, join date, last active day (before as_of) and qualifying events in the window,
    most active first; `emails` limits the email lookup to that many members from the top (None: all).

    Two small queries, each compiled once and bound to the account: the members with their events,
    then the members' emails.
    """
    joined = _members_query(store, tuple(config.events.passive), as_of, days)
    frame = store.execute(joined, {ACCOUNT: account_id})
    frame["events_28d"] = frame["events_28d"].fillna(0).astype("int64")
    frame["last_active"] = [None if pd.isna(d) else pd.Timestamp(d).date() for d in frame["last_active"]]
    frame["_last"] = [date.min if d is None else d for d in frame["last_active"]]
    frame = frame.sort_values(["events_28d", "_last", "user_id"], ascending=[False, False, True])
    wanted = frame["user_id"].tolist()[:emails] if emails is not None else frame["user_id"].tolist()
    found = pd.DataFrame({"user_id": pd.Series(dtype=object), "email": pd.Series(dtype=object)})
    if wanted:
        found = store.execute(_emails_query(store), {ACCOUNT: account_id})
        found = found[found["user_id"].isin(set(wanted))]
    frame = frame.merge(found, on="user_id", how="left")
    frame = frame[["user_id", "email", "role", "joined_at", "last_active", "events_28d"]]
    return Members(rows=_records(frame), members=len(frame), active_28d=int((frame["events_28d"] > 0).sum()))


@dataclass(frozen=True)
class Activity:
    weeks: list[date]  # Mondays, oldest first
    series: dict[str, list[int]]  # key action -> count per week


@lru_cache(maxsize=16)
def _milestones_query(store: Source, events: tuple[str, ...]) -> ir.Table:
    rows = daily_rows(store)
    rows = rows.filter(rows.event.isin(list(events)))
    return rows.group_by("event").agg(first=rows.day.min())


def onboarding(store: Source, account_id: str, milestones: dict[str, str]) -> list[dict[str, Any]]:
    """Each milestone with the day it was first reached by the account (None: not yet)."""
    if not milestones:
        return []
    frame = store.execute(_milestones_query(store, tuple(sorted(set(milestones.values())))), {ACCOUNT: account_id})
    first = {str(e): pd.Timestamp(d).date() for e, d in zip(frame["event"], frame["first"], strict=True)}
    return [{"milestone": label, "event": event, "done_at": first.get(event)} for label, event in milestones.items()]


@lru_cache(maxsize=64)
def _recent_queries(store: Source, passive: tuple[str, ...], as_of: date, start: date,
                    days: int) -> tuple[ir.Table, ir.Table]:
    """Counts per (day, event) and active members per day of the account bound to ACCOUNT (built once per date)."""
    rows = daily_rows(store)
    rows = rows.filter(rows.day >= start, rows.day < as_of)
    by_event = rows.group_by("day", "event").agg(n=rows.n.sum())
    active = rows.filter(rows.event.notin(list(passive))) if passive else rows
    active = active.filter(active.user_id.notnull(), active.day >= as_of - timedelta(days=days))
    return by_event, active.group_by("day").agg(users=active.user_id.nunique())


@dataclass(frozen=True)
class Daily:
    days: list[date]
    events: list[int]  # qualifying events per day
    users: list[int]  # active members per day
    top_event: list[str | None]  # the most frequent qualifying event of the day


def recent(store: Source, config: WorkspaceConfig, account_id: str, as_of: date, *, days: int = 90,
           weeks: int = 12) -> tuple[Activity, Daily]:
    """Company Activity (key actions per calendar week, the `weeks` weeks before as_of) and daily use
    (qualifying events and active members per local day, the `days` days before as_of, zeros kept).

    Two small queries over the account's recent events: counts per (day, event), and distinct
    active members per day.
    """
    last_monday = (as_of - timedelta(days=1)) - timedelta(days=(as_of - timedelta(days=1)).weekday())
    mondays = [last_monday - timedelta(weeks=i) for i in reversed(range(weeks))]
    start = min(as_of - timedelta(days=days), mondays[0])
    by_event, by_users = _recent_queries(store, tuple(config.events.passive), as_of, start, days)
    per_event = store.execute(by_event, {ACCOUNT: account_id})
    per_day_users = store.execute(by_users, {ACCOUNT: account_id})

    per_event["day"] = [pd.Timestamp(d).date() for d in per_event["day"]]
    passive = set(config.events.passive)
    counts = {(d, str(e)): int(n) for d, e, n in zip(per_event["day"], per_event["event"], per_event["n"], strict=True)}

    actions = list(config.events.key_actions)
    week_of = {d: d - timedelta(days=d.weekday()) for d in per_event["day"]}
    weekly: dict[tuple[date, str], int] = {}
    for (d, e), n in counts.items():
        if e in actions:
            weekly[(week_of[d], e)] = weekly.get((week_of[d], e), 0) + n
    activity = Activity(weeks=mondays, series={a: [weekly.get((w, a), 0) for w in mondays] for a in actions})

    events: dict[date, int] = {}
    top: dict[date, tuple[int, str]] = {}
    for (d, e), n in counts.items():
        if e in passive:
            continue
        events[d] = events.get(d, 0) + n
        best = top.get(d)
        if best is None or n > best[0] or (n == best[0] and e < best[1]):
            top[d] = (n, e)
    users = {pd.Timestamp(d).date(): int(u) for d, u in zip(per_day_users["day"], per_day_users["users"], strict=True)}
    all_days = [as_of - timedelta(days=days - i) for i in range(days)]
    daily = Daily(
        days=all_days,
        events=[events.get(d, 0) for d in all_days],
        users=[users.get(d, 0) for d in all_days],
        top_event=[top[d][1] if d in top else None for d in all_days],
    )
    return activity, daily


def touchpoints(store: Source, account_id: str, since: date | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """The account's touchpoints, newest first (tickets, meetings, mails, seminars, NPS, notes)."""
    return _records(store.execute(_touchpoints_query(store, since, limit), {ACCOUNT: account_id}))


@lru_cache(maxsize=64)
def _touchpoints_query(store: Source, since: date | None, limit: int) -> ir.Table:
    tp = store.table("touchpoints")
    t = tp.filter(tp.account_id == ACCOUNT)
    if since is not None:
        t = t.filter(t.ts >= ibis.literal(pd.Timestamp(since).to_pydatetime(), type="timestamp"))
    return (t.select("touchpoint_id", "ts", "kind", "title", "body", "score", "user_id")
            .order_by([ibis.desc("ts"), "touchpoint_id"]).limit(limit))
