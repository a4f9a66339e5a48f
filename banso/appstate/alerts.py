"""Alerts and their life: open → acknowledged (with a comment) → snoozed until a date → resolved.

An alert is one rule firing on one account at one evaluation date; (rule, account, as_of) is
unique, so evaluating the same date twice creates nothing new. Every change of state is kept in
`alert_events` with who did it and why, because "who looked at this and what did they decide" is
what a CS lead asks in the weekly review.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.base import Base
from banso.errors import BansoError, NotFoundError
from banso.i18n import N_
from banso.values import utc_now

Status = Literal["open", "acknowledged", "snoozed", "resolved"]
ACTIVE: tuple[Status, ...] = ("open", "acknowledged", "snoozed")


class AlertError(BansoError):
    """An alert cannot make the change asked for; the message says why."""


class Alert(Base):
    __tablename__ = "alerts"
    __table_args__ = (UniqueConstraint("rule", "account_id", "as_of", name="uq_alert_rule_account_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule: Mapped[str] = mapped_column(String(64), index=True)
    account_id: Mapped[str] = mapped_column(String(128), index=True)  # "*" for workspace-wide (data quality)
    as_of: Mapped[date] = mapped_column(Date, index=True)
    severity: Mapped[str] = mapped_column(String(8))
    route: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    owner: Mapped[str | None] = mapped_column(String(128), nullable=True)
    account_name: Mapped[str | None] = mapped_column(String(256), nullable=True)
    mrr: Mapped[float | None] = mapped_column(Float, nullable=True)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    band: Mapped[str | None] = mapped_column(String(8), nullable=True)
    priority: Mapped[float] = mapped_column(Float, default=0.0)
    reason_ja: Mapped[str] = mapped_column(Text)
    reason_en: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    snoozed_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)

    def effective_status(self, today: date) -> str:
        """A snooze that has run out counts as open again."""
        if self.status == "snoozed" and self.snoozed_until is not None and self.snoozed_until <= today:
            return "open"
        return self.status

    def reason(self, language: str) -> str:
        return self.reason_ja if language == "ja" else self.reason_en


class AlertEvent(Base):
    __tablename__ = "alert_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    action: Mapped[str] = mapped_column(String(16))
    by: Mapped[str | None] = mapped_column(String(256), nullable=True)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)


def get(s: Session, alert_id: int) -> Alert:
    alert = s.get(Alert, alert_id)
    if alert is None:
        raise NotFoundError(N_("no alert #%(id)s; `banso alerts list --all` shows them"), id=alert_id)
    return alert


def _change(s: Session, alert: Alert, action: str, by: str | None, comment: str | None) -> Alert:
    alert.updated_at = utc_now()
    s.add(AlertEvent(alert_id=alert.id, action=action, by=by, comment=comment))
    return alert


def acknowledge(s: Session, alert_id: int, comment: str, by: str | None = None) -> Alert:
    if not comment.strip():
        raise AlertError(N_("say what you will do about it: acknowledging needs a comment"))
    alert = get(s, alert_id)
    if alert.status == "resolved":
        raise AlertError(N_("alert #%(id)s is resolved; nothing to acknowledge"), id=alert_id)
    alert.status, alert.comment, alert.snoozed_until = "acknowledged", comment.strip(), None
    return _change(s, alert, "acknowledged", by, comment.strip())


def snooze(s: Session, alert_id: int, until: date, today: date, comment: str | None = None,
           by: str | None = None) -> Alert:
    if until <= today:
        raise AlertError(N_("snooze until a later date than %(today)s (got %(until)s)"), today=today, until=until)
    alert = get(s, alert_id)
    if alert.status == "resolved":
        raise AlertError(N_("alert #%(id)s is resolved; nothing to snooze"), id=alert_id)
    alert.status, alert.snoozed_until = "snoozed", until
    if comment:
        alert.comment = comment.strip()
    return _change(s, alert, "snoozed", by, f"until {until}" + (f": {comment.strip()}" if comment else ""))


def resolve(s: Session, alert_id: int, comment: str | None = None, by: str | None = None) -> Alert:
    alert = get(s, alert_id)
    if alert.status == "resolved":
        raise AlertError(N_("alert #%(id)s is already resolved"), id=alert_id)
    alert.status = "resolved"
    if comment:
        alert.comment = comment.strip()
    return _change(s, alert, "resolved", by, comment)


def history(s: Session, alert_id: int) -> list[AlertEvent]:
    get(s, alert_id)
    return list(s.scalars(select(AlertEvent).where(AlertEvent.alert_id == alert_id).order_by(AlertEvent.id)))


def listing(s: Session, *, today: date, statuses: tuple[str, ...] = ("open", "acknowledged", "snoozed"),
            account_id: str | None = None, owner: str | None = None, route: str | None = None,
            rule: str | None = None, limit: int = 500) -> list[Alert]:
    """Alerts by priority, highest first; statuses are effective ones (an expired snooze is open)."""
    q = select(Alert)
    if account_id is not None:
        q = q.where(Alert.account_id == account_id)
    if owner is not None:
        q = q.where(Alert.owner == owner)
    if route is not None:
        q = q.where(Alert.route == route)
    if rule is not None:
        q = q.where(Alert.rule == rule)
    q = q.order_by(Alert.priority.desc(), Alert.id.desc())
    out = [a for a in s.scalars(q) if a.effective_status(today) in statuses]
    return out[:limit]
