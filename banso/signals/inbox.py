"""The alerts inbox: alerts by priority with what they put at stake, for the web app, the API and the CLI.

Statuses are the effective ones (a snooze that ran out is open again). `active` stands for every
status someone still has to act on: open, acknowledged and snoozed. The MRR at stake counts each
account once, however many of its alerts are listed.

A page holds `per_page` alerts, or, grouped by account, `per_page` accounts with all their alerts
(an account with three alerts is one call to make, not three rows). "Mine" keeps the alerts whose
owner is one of the names the signed-in person goes by (see `Workspace.owner_names`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field
from sqlalchemy.orm import Session

from banso.appstate.alerts import Alert, listing
from banso.health.current import CurrentScore
from banso.paged import one_page, page_count

SCORE_TIME = "_score_as_of"  # the key of an alert's details holding the time of the current score it read

InboxStatus = Literal["active", "open", "acknowledged", "snoozed", "resolved", "all"]
Grouping = Literal["account", "alert"]
STATUSES: dict[str, tuple[str, ...]] = {
    "active": ("open", "acknowledged", "snoozed"),
    "all": ("open", "acknowledged", "snoozed", "resolved"),
}


@dataclass(frozen=True)
class AlertItem:
    id: int
    as_of: date
    rule: str
    rule_label: Annotated[str, Field(description="the rule's name for people, in the asked language")]
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
    score_as_of: Annotated[datetime | None, Field(
        description="when the alert was raised on a current score: the time of that score (UTC)")] = None
    now: Annotated[CurrentScore | None, Field(description="the account's current score and its time")] = None


@dataclass(frozen=True)
class AccountAlerts:
    """One account's alerts on the page, highest priority first: one row, one call to make."""

    account_id: str
    account_name: str | None
    owner: str | None
    mrr: float | None
    score: float | None
    band: str | None
    priority: Annotated[float, Field(description="its alerts' highest priority")]
    alerts: list[AlertItem]


@dataclass(frozen=True)
class AlertInbox:
    status: str
    count: Annotated[int, Field(description="alerts matching the filters")]
    accounts: Annotated[int, Field(description="accounts with an alert matching the filters")]
    shown: Annotated[int, Field(description="alerts listed on this page (the highest priority first)")]
    mrr_at_stake: Annotated[float, Field(description="Σ MRR of the accounts with a matching alert not resolved")]
    by_status: Annotated[dict[str, int], Field(description="alerts matching the filters, per status")]
    owners: list[str]
    rules: list[str]
    rule_labels: Annotated[dict[str, str], Field(
        description="each listed rule's name for people, in the asked language")]
    alerts: Annotated[list[AlertItem], Field(description="this page's alerts (grouped: those of its accounts)")]
    group: Annotated[Grouping, Field(description="account: a page holds accounts with all their alerts")] = "alert"
    groups: Annotated[list[AccountAlerts], Field(description="grouped by account: this page's accounts")] = field(
        default_factory=list)
    mine: Annotated[bool, Field(description="only alerts whose owner is the signed-in person")] = False
    page: int = 1
    pages: int = 1
    per_page: int = 300


def item(a: Alert, today: date, language: str, labels: Mapping[str, str]) -> AlertItem:
    return AlertItem(id=a.id, as_of=a.as_of, rule=a.rule, rule_label=labels.get(a.rule, a.rule),
                     severity=a.severity, route=a.route, status=a.effective_status(today), account_id=a.account_id,
                     account_name=a.account_name, owner=a.owner, mrr=a.mrr, score=a.score, band=a.band,
                     priority=a.priority, reason=a.reason(language), comment=a.comment, snoozed_until=a.snoozed_until,
                     score_as_of=_score_time(a.details))


def _score_time(details: dict[str, object] | None) -> datetime | None:
    """The time of the current score an alert was raised on (kept in its details), if it was."""
    value = (details or {}).get(SCORE_TIME)
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def inbox(s: Session, *, today: date, language: str, labels: Mapping[str, str], status: str = "active",
          owner: str | None = None, owners: Collection[str] | None = None, rule: str | None = None,
          account_id: str | None = None, route: str | None = None, limit: int = 300, page: int = 1,
          group: Grouping = "alert", choices: bool = True) -> AlertInbox:
    """A page of the inbox: `limit` alerts per page (grouped: `limit` accounts); `owners` keeps the alerts owned
    by one of those names ("mine"); `choices=False` skips the owner and rule lists the filters offer."""
    statuses = STATUSES.get(status, (status,))
    rows = listing(s, today=today, statuses=statuses, owner=owner or None, rule=rule or None,
                   account_id=account_id, route=route, limit=1_000_000)
    if owners is not None:
        rows = [a for a in rows if a.owner in owners]
    everything = listing(s, today=today, statuses=STATUSES["all"], limit=1_000_000) if choices else []
    at_stake: dict[str, float] = {}
    by_status: dict[str, int] = {}
    by_account: dict[str, list[Alert]] = {}
    for a in rows:
        state = a.effective_status(today)
        by_status[state] = by_status.get(state, 0) + 1
        by_account.setdefault(a.account_id, []).append(a)  # rows come by priority: the first is the highest
        if state != "resolved" and a.mrr:
            at_stake[a.account_id] = a.mrr
    rules = sorted({a.rule for a in everything})
    per_page = max(limit, 1)
    units = len(by_account) if group == "account" else len(rows)
    pages = page_count(units, per_page)
    groups = []
    if group == "account":
        for alerts in one_page(list(by_account.values()), page, per_page):
            top = alerts[0]
            groups.append(AccountAlerts(account_id=top.account_id, account_name=top.account_name, owner=top.owner,
                                        mrr=top.mrr, score=top.score, band=top.band, priority=top.priority,
                                        alerts=[item(a, today, language, labels) for a in alerts]))
        listed = [a for g in groups for a in g.alerts]
    else:
        listed = [item(a, today, language, labels) for a in one_page(rows, page, per_page)] if limit else []
    return AlertInbox(
        status=status, count=len(rows), accounts=len(by_account), shown=len(listed),
        mrr_at_stake=sum(at_stake.values()), by_status=by_status,
        owners=sorted({a.owner for a in everything if a.owner}), rules=rules,
        rule_labels={r: labels.get(r, r) for r in rules},
        alerts=listed, group=group, groups=groups, mine=owners is not None, page=page, pages=pages,
        per_page=per_page,
    )
