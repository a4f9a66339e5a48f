"""Routing: each CSM's worklist for the week, within their capacity; the rest goes to automation.

Human-route alerts are grouped by account (an account is one touch, however many of its alerts are
open) and ranked by priority — MRR at stake × risk — so a CSM's limited hours go where the most
revenue is at stake. Each CSM's capacity is their own where one is set (`banso.appstate.team`, the
Team page), else the workspace's `signals.capacity_per_csm`. Accounts beyond a CSM's capacity,
accounts without an owner and digital-route alerts are the automation list (CRM and
marketing-automation segments).

This is the one worklist: `banso alerts worklist`, the web app, each CSM's daily digest and the
digital-route export all read `worklists()`, so they always name the same accounts. An alert is work
while it is open or acknowledged (someone said they are on it, and it stays on their list until it is
resolved); a snoozed alert is off the list until its date.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from banso.appstate.alerts import Alert, listing
from banso.appstate.team import capacities

WORKLIST_STATUSES = ("open", "acknowledged")


@dataclass
class Touch:
    account_id: str
    account_name: str | None
    owner: str | None
    mrr: float | None
    priority: float
    alerts: list[Alert] = field(default_factory=list)


@dataclass(frozen=True)
class Capacity:
    """Accounts each CSM can touch in a week: their own number where set, else the default.

    >>> Capacity(10, {"佐藤": 4}).of("佐藤"), Capacity(10, {"佐藤": 4}).of("鈴木")
    (4, 10)
    """

    default: int
    own: Mapping[str, int] = field(default_factory=dict)

    def of(self, owner: str) -> int:
        return self.own.get(owner, self.default)


@dataclass
class Worklists:
    by_owner: dict[str, list[Touch]]
    automation: list[Touch]  # overflow, unowned accounts, and the digital route
    capacity: int  # accounts a CSM without a capacity of their own can touch in a week
    capacities: dict[str, int] = field(default_factory=dict)  # each listed CSM's capacity


def route(alerts: list[Alert], capacity: int | Capacity) -> Worklists:
    """Split active alerts into per-CSM worklists (at most each CSM's capacity of accounts) and automation."""
    limits = capacity if isinstance(capacity, Capacity) else Capacity(capacity)
    human: dict[str, Touch] = {}
    digital: dict[str, Touch] = {}
    for a in alerts:
        if a.account_id == "*":
            continue  # workspace-wide alerts are for the team, not an account touch
        bucket = human if a.route == "human" and a.owner else digital
        touch = bucket.setdefault(a.account_id, Touch(a.account_id, a.account_name, a.owner, a.mrr, 0.0))
        touch.alerts.append(a)
        touch.priority = max(touch.priority, a.priority)
    by_owner: dict[str, list[Touch]] = {}
    for touch in sorted(human.values(), key=lambda t: -t.priority):
        by_owner.setdefault(str(touch.owner), []).append(touch)
    automation = list(digital.values())
    for owner, touches in by_owner.items():
        cap = limits.of(owner)
        by_owner[owner], overflow = touches[:cap], touches[cap:]
        automation.extend(overflow)
    automation.sort(key=lambda t: -t.priority)
    return Worklists(by_owner, automation, limits.default, {o: limits.of(o) for o in by_owner})


def worklists(s: Session, today: date, capacity: int) -> Worklists:
    """The team's worklists and automation list now: every alert that is work (`WORKLIST_STATUSES`), routed
    within each CSM's capacity (their own, else `capacity`)."""
    limits = Capacity(capacity, capacities(s))
    return route(listing(s, today=today, statuses=WORKLIST_STATUSES, limit=10_000_000), limits)
