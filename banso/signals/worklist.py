"""Routing: each CSM's worklist for the week, within their capacity; the rest goes to automation.

Human-route alerts are grouped by account (an account is one touch, however many of its alerts are
open) and ranked by priority — MRR at stake × risk — so a CSM's limited hours go where the most
revenue is at stake. Accounts beyond a CSM's capacity, accounts without an owner and digital-route
alerts are the automation list (CRM and marketing-automation segments).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from banso.appstate.alerts import Alert


@dataclass
class Touch:
    account_id: str
    account_name: str | None
    owner: str | None
    mrr: float | None
    priority: float
    alerts: list[Alert] = field(default_factory=list)


@dataclass
class Worklists:
    by_owner: dict[str, list[Touch]]
    automation: list[Touch]  # overflow, unowned accounts, and the digital route


def route(alerts: list[Alert], capacity: int) -> Worklists:
    """Split active alerts into per-CSM worklists (at most `capacity` accounts each) and automation."""
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
        by_owner[owner], overflow = touches[:capacity], touches[capacity:]
        automation.extend(overflow)
    automation.sort(key=lambda t: -t.priority)
    return Worklists(by_owner, automation)
