"""The alerts inbox: alerts by priority with what they put at stake, for the web app, the API and the CLI.

Statuses are the effective ones (a snooze that ran out is open again). `active` stands for every
status someone still has to act on: open, acknowledged and snoozed. The MRR at stake counts each
account once, however many of its alerts are listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from pydantic import Field
from sqlalchemy.orm import Session

from banso.appstate.alerts import Alert, listing

InboxStatus = Literal["active", "open", "acknowledged", "snoozed", "resolved", "all"]
STATUSES: dict[str, tuple[str, ...]] = {
    "active": ("open", "acknowledged", "snoozed"),
    "all": ("open", "acknowledged", "snoozed", "resolved"),
}


@dataclass(frozen=True)
class AlertItem:
    id: int
    as_of: date
    rule: str
    severity: str
    route: str
    status: str
    account_id: str
    account_name: str | None
    owner: str | None
    mrr: float | None
    score: float | None
    band: str | None
    priority: Annotated[float, Field(description="MRR at stake × risk; higher first")]
    reason: Annotated[str, Field(description="the rule's description and the values it read, in the asked language")]
    comment: str | None
    snoozed_until: date | None


@dataclass(frozen=True)
class AlertInbox:
    status: str
    count: Annotated[int, Field(description="alerts matching the filters")]
    shown: Annotated[int, Field(description="alerts listed (the highest priority first)")]
    mrr_at_stake: Annotated[float, Field(description="Σ MRR of the accounts with a listed alert not resolved")]
    by_status: Annotated[dict[str, int], Field(description="alerts matching the filters, per status")]
    owners: list[str]
    rules: list[str]
    alerts: list[AlertItem]


def item(a: Alert, today: date, language: str) -> AlertItem:
    return AlertItem(id=a.id, as_of=a.as_of, rule=a.rule, severity=a.severity, route=a.route,
                     status=a.effective_status(today), account_id=a.account_id, account_name=a.account_name,
                     owner=a.owner, mrr=a.mrr, score=a.score, band=a.band, priority=a.priority,
                     reason=a.reason(language), comment=a.comment, snoozed_until=a.snoozed_until)


def inbox(s: Session, *, today: date, language: str, status: str = "active", owner: str | None = None,
          rule: str | None = None, account_id: str | None = None, route: str | None = None, limit: int = 300,
          choices: bool = True) -> AlertInbox:
    """The inbox; `choices=False` skips the owner and rule lists the filters offer (the account page)."""
    statuses = STATUSES.get(status, (status,))
    rows = listing(s, today=today, statuses=statuses, owner=owner or None, rule=rule or None,
                   account_id=account_id, route=route, limit=100_000)
    everything = listing(s, today=today, statuses=STATUSES["all"], limit=100_000) if choices else []
    at_stake: dict[str, float] = {}
    by_status: dict[str, int] = {}
    for a in rows:
        status = a.effective_status(today)
        by_status[status] = by_status.get(status, 0) + 1
        if status != "resolved" and a.mrr:
            at_stake[a.account_id] = a.mrr
    return AlertInbox(
        status=status, count=len(rows), shown=min(len(rows), limit), mrr_at_stake=sum(at_stake.values()),
        by_status=by_status,
        owners=sorted({a.owner for a in everything if a.owner}), rules=sorted({a.rule for a in everything}),
        alerts=[item(a, today, language) for a in rows[:limit]],
    )
