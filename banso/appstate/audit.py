"""The record of every change people and playbooks make to the team's work: who, when, what.

A CS lead asks "who moved this renewal task, and what did the note say before it was edited?".
Every write to tasks, notes, enrolments, capacities and account owners adds one row here in the
same transaction as the change itself, so the record and the change land together or not at all.

    with ws.app_state.session() as s:
        record(s, "aiko@example.com", "task", 12, "done", account_id="A1")
        [c.action for c in history(s, "task", 12)]      # ['created', 'done']
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.base import Base, utc_now


class Change(Base):
    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, index=True)
    by: Mapped[str | None] = mapped_column(String(320), nullable=True)  # an email, "command line" or "playbook …"
    entity: Mapped[str] = mapped_column(String(32), index=True)  # task, note, enrollment, team, account
    entity_id: Mapped[str] = mapped_column(String(128), index=True)
    action: Mapped[str] = mapped_column(String(32))
    account_id: Mapped[str | None] = mapped_column(String(128), nullable=True, index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


def record(s: Session, by: str | None, entity: str, entity_id: object, action: str, *,
           account_id: str | None = None, **detail: Any) -> Change:
    """Add one change to the record (in the caller's transaction)."""
    row = Change(at=utc_now(), by=by, entity=entity, entity_id=str(entity_id), action=action,
                 account_id=account_id, detail=_plain(detail))
    s.add(row)
    return row


def history(s: Session, entity: str, entity_id: object) -> list[Change]:
    """Every recorded change of one object, oldest first."""
    query = select(Change).where(Change.entity == entity, Change.entity_id == str(entity_id))
    return list(s.scalars(query.order_by(Change.id)))


def recent(s: Session, *, account_id: str | None = None, limit: int = 50) -> list[Change]:
    """The latest changes, newest first (of one account when given)."""
    query = select(Change)
    if account_id is not None:
        query = query.where(Change.account_id == account_id)
    return list(s.scalars(query.order_by(Change.id.desc()).limit(limit)))


def _plain(value: Any) -> Any:
    """JSON-ready: dates as ISO text, everything else as it is."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
