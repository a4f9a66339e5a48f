"""My work: a CSM's day in one page — their accounts and what changed, their tasks by when they are due,
their open alerts, their renewals, their playbooks and how much of their week is taken; and, for a
manager, every CSM's load side by side.

Built from the accounts facts table (the latest snapshot), the band changes since the snapshot
before, the tasks and alerts of the application state and the week's worklist, so the accounts
listed here are the ones the rest of banso names for the same person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Protocol, TypeVar

import pandas as pd
from pydantic import Field

from banso.analysis.work.playbooks import EnrollmentItem
from banso.analysis.work.tasks import TaskItem
from banso.signals.inbox import AlertItem
from banso.values import as_date, as_float, as_int, or_none, records

RENEWAL_DAYS = 90


@dataclass(frozen=True)
class MyAccount:
    account_id: str
    name: str | None
    tier: str | None
    mrr: float | None
    score: float | None
    band: str | None
    trend: Annotated[float | None, Field(description="score points per week over the last 4 snapshots")]
    band_before: Annotated[str | None, Field(description="the band at the snapshot before, when it changed")]
    score_change: Annotated[float | None, Field(description="points since the snapshot before, when the band changed")]
    renewal_date: date | None
    days_to_renewal: int | None
    open_tasks: int
    open_alerts: int


@dataclass(frozen=True)
class CapacityUse:
    capacity: Annotated[int, Field(description="accounts this CSM can touch in a week")]
    own: Annotated[bool, Field(description="set for this CSM (else the workspace's default)")]
    used: Annotated[int, Field(description="accounts on this week's worklist")]
    overflow: Annotated[int, Field(description="human-route accounts beyond the capacity, sent to automation")]


@dataclass(frozen=True)
class CsmLoad:
    owner: str
    person: Annotated[str | None, Field(description="the email of who signs in as this owner")]
    accounts: int
    mrr: float
    bad: int
    open_tasks: int
    overdue_tasks: int
    open_alerts: int
    capacity: CapacityUse


@dataclass(frozen=True)
class TeamLoad:
    csms: list[CsmLoad]
    unowned_accounts: int
    unowned_tasks: int
    default_capacity: int
    people: Annotated[list[str], Field(description="emails of people who may be linked to an owner")]


@dataclass(frozen=True)
class MyWork:
    as_of: date | None
    today: date
    person: str
    owners: Annotated[list[str], Field(description="the owner names that are this person's")]
    accounts: list[MyAccount]
    mrr: float
    bands: dict[str, int]
    overdue: list[TaskItem]
    due_today: list[TaskItem]
    due_this_week: list[TaskItem]
    later: list[TaskItem]
    alerts: list[AlertItem]
    renewals: list[MyAccount]
    playbooks: list[EnrollmentItem]
    capacity: CapacityUse | None
    team: Annotated[TeamLoad | None, Field(description="every CSM's load (for admins)")]


def my_accounts(facts: pd.DataFrame, owners: set[str], changes: pd.DataFrame | None, tasks: dict[str, int],
                alerts: dict[str, int]) -> list[MyAccount]:
    """The accounts owned by `owners`, worst band first, then the most MRR."""
    mine = facts[facts["owner"].isin(sorted(owners))] if owners else facts.iloc[0:0]
    mine = mine[mine["status"].fillna("active") != "churned"]
    moved = {} if changes is None or changes.empty else {
        r["account_id"]: r for r in records(changes[["account_id", "from_band", "change"]])}
    rank = {"bad": 0, "normal": 1, "good": 2}
    out = []
    for r in records(mine):
        change = moved.get(r["account_id"])
        out.append(MyAccount(
            account_id=r["account_id"], name=or_none(r.get("name")), tier=or_none(r.get("tier")),
            mrr=as_float(r.get("mrr")), score=as_float(r.get("score")), band=or_none(r.get("band")),
            trend=as_float(r.get("trend")), band_before=or_none(change["from_band"]) if change else None,
            score_change=as_float(change["change"]) if change else None, renewal_date=as_date(r.get("renewal_date")),
            days_to_renewal=as_int(r.get("days_to_renewal")), open_tasks=tasks.get(r["account_id"], 0),
            open_alerts=alerts.get(r["account_id"], 0)))
    out.sort(key=lambda a: (rank.get(a.band or "", 3), -(a.mrr or 0.0), a.account_id))
    return out


class _Due(Protocol):
    @property
    def due(self) -> date | None: ...


Dated = TypeVar("Dated", bound=_Due)


def split_tasks(tasks: list[Dated], today: date) -> tuple[list[Dated], list[Dated], list[Dated], list[Dated]]:
    """Open tasks by when they are due: overdue, today, the next 7 days, later or undated."""
    week = today + timedelta(days=7)
    overdue = [t for t in tasks if t.due is not None and t.due < today]
    now = [t for t in tasks if t.due == today]
    soon = [t for t in tasks if t.due is not None and today < t.due <= week]
    later = [t for t in tasks if t.due is None or t.due > week]
    return overdue, now, soon, later


def renewals_of(accounts: list[MyAccount], days: int = RENEWAL_DAYS) -> list[MyAccount]:
    due = [a for a in accounts if a.days_to_renewal is not None and 0 <= a.days_to_renewal <= days]
    return sorted(due, key=lambda a: (a.days_to_renewal or 0, a.account_id))


def bands_of(accounts: list[MyAccount]) -> dict[str, int]:
    out = {"good": 0, "normal": 0, "bad": 0, "none": 0}
    for a in accounts:
        out[a.band or "none"] = out.get(a.band or "none", 0) + 1
    return out


def team_load(facts: pd.DataFrame, owners: list[str], people: dict[str, str], open_tasks: dict[str | None, int],
              overdue: dict[str | None, int], alerts: dict[str, int], capacities: dict[str, CapacityUse],
              default_capacity: int, emails: list[str]) -> TeamLoad:
    """Per CSM: accounts, MRR, Bad accounts, tasks, alerts and the week's worklist against capacity."""
    live = facts[facts["status"].fillna("active") != "churned"]
    rows = []
    for owner in owners:
        theirs = live[live["owner"] == owner]
        rows.append(CsmLoad(
            owner=owner, person=people.get(owner), accounts=len(theirs), mrr=float(theirs["mrr"].fillna(0).sum()),
            bad=int((theirs["band"] == "bad").sum()), open_tasks=open_tasks.get(owner, 0),
            overdue_tasks=overdue.get(owner, 0), open_alerts=alerts.get(owner, 0),
            capacity=capacities.get(owner, CapacityUse(default_capacity, False, 0, 0))))
    rows.sort(key=lambda c: (-c.accounts, c.owner))
    return TeamLoad(rows, int(live["owner"].isna().sum()), open_tasks.get(None, 0), default_capacity, emails)
