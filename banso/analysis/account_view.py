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
from banso.i18n import N_
from banso.store.params import ACCOUNT, ID_BATCH, id_batches

HEADER_COLUMNS = ("account_id", "name", "plan", "tier", "status", "mrr", "seats", "trial_started_at",
                  "contract_started_at", "renewal_date", "churned_at", "owner", "crm_url")


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
    rows = store.records(_header_query(store), {ACCOUNT: account_id})
    if not rows:
        raise NotFoundError(N_("no account with id %(id)s"), id=repr(account_id))
    return rows[0]


@lru_cache(maxsize=8)
def _header_query(store: Source) -> ir.Table:
    acc = store.table("accounts")
    return acc.filter(acc.account_id == ACCOUNT).select(*HEADER_COLUMNS)


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
    """Emails of the users bound to ID_BATCH (a key lookup, not a scan of every user)."""
    users = store.table("users")
    return users.filter(users.user_id.isin(list(ID_BATCH))).select("user_id", "email")


@lru_cache(maxsize=16)
def _member_emails_query(store: Source) -> ir.Table:
    """Emails of every member of the account bound to ACCOUNT, in one query: an account of 6,600 members
    needs 67 batches of key lookups (0.5 s at the design scale), and one scan of the users less."""
    users = store.table("users")
    mem = store.table("memberships")
    ids = mem.filter(mem.account_id == ACCOUNT).user_id
    return users.filter(users.user_id.isin(ids)).select("user_id", "email")


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
    then the members' emails (looked up by id for the top few, joined for all of a large account).
    """
    rows = store.records(_members_query(store, tuple(config.events.passive), as_of, days), {ACCOUNT: account_id})
    for r in rows:
        r["events_28d"] = int(r["events_28d"] or 0)
    rows.sort(key=lambda r: r["user_id"])
    rows.sort(key=lambda r: (r["events_28d"], r["last_active"] or date.min), reverse=True)
    if (emails is None or emails >= len(rows)) and len(rows) > len(ID_BATCH):
        found = store.records(_member_emails_query(store), {ACCOUNT: account_id})
    else:
        wanted = [r["user_id"] for r in rows[:emails]]
        found = [e for batch in id_batches(wanted) for e in store.records(_emails_query(store), batch)]
    email_of = {e["user_id"]: e["email"] for e in found}
    out = [{"user_id": r["user_id"], "email": email_of.get(r["user_id"]), "role": r["role"],
            "joined_at": r["joined_at"], "last_active": r["last_active"], "events_28d": r["events_28d"]} for r in rows]
    return Members(rows=out, members=len(out), active_28d=sum(1 for r in out if r["events_28d"] > 0))


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
    rows = store.records(_milestones_query(store, tuple(sorted(set(milestones.values())))), {ACCOUNT: account_id})
    first = {str(r["event"]): r["first"] for r in rows}
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
    per_event = store.records(by_event, {ACCOUNT: account_id})
    per_day_users = store.records(by_users, {ACCOUNT: account_id})

    passive = set(config.events.passive)
    counts = {(r["day"], str(r["event"])): int(r["n"]) for r in per_event}

    actions = list(config.events.key_actions)
    week_of = {d: d - timedelta(days=d.weekday()) for d, _ in counts}
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
    users = {r["day"]: int(r["users"]) for r in per_day_users}
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
    return store.records(_touchpoints_query(store, since, limit), {ACCOUNT: account_id})


@lru_cache(maxsize=64)
def _touchpoints_query(store: Source, since: date | None, limit: int) -> ir.Table:
    tp = store.table("touchpoints")
    t = tp.filter(tp.account_id == ACCOUNT)
    if since is not None:
        t = t.filter(t.ts >= ibis.literal(pd.Timestamp(since).to_pydatetime(), type="timestamp"))
    return (t.select("touchpoint_id", "ts", "kind", "title", "body", "score", "user_id", "properties")
            .order_by([ibis.desc("ts"), "touchpoint_id"]).limit(limit))
