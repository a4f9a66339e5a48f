"""The outbox: every notification to send, and every attempt to send it.

A delivery is written when its alert is recorded and is marked sent only after the receiver
accepted it; until then it is retried with growing pauses. (destination, key) is unique, so an
alert is queued once per destination however often the queue is swept, and a sent delivery is
never sent again. Receivers get the delivery's key with every attempt, so they can drop the rare
repeat of a request whose answer was lost on the way back.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.base import Base
from banso.values import utc_now

MAX_ATTEMPTS = 12
FIRST_PAUSE = timedelta(seconds=30)
LONGEST_PAUSE = timedelta(hours=1)


class Delivery(Base):
    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("destination", "key", name="uq_delivery_destination_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    destination: Mapped[str] = mapped_column(String(64), index=True)
    key: Mapped[str] = mapped_column(String(128))  # e.g. "alert:42"
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id", ondelete="SET NULL"), nullable=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)  # pending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, index=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class DeliveryAttempt(Base):
    __tablename__ = "delivery_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    ok: Mapped[bool] = mapped_column(default=False)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)


def enqueue(s: Session, destination: str, key: str, payload: dict[str, Any], alert_id: int | None = None,
            at: datetime | None = None) -> bool:
    """Queue one delivery, due at once; False when that destination already has this key (queued or sent)."""
    exists = s.scalar(select(Delivery.id).where(Delivery.destination == destination, Delivery.key == key))
    if exists is not None:
        return False
    when = at or utc_now()
    s.add(Delivery(destination=destination, key=key, payload=payload, alert_id=alert_id, created_at=when,
                   next_attempt_at=when))
    return True


def due(s: Session, at: datetime, destinations: list[str] | None = None) -> list[Delivery]:
    q = select(Delivery).where(Delivery.status == "pending", Delivery.next_attempt_at <= at)
    if destinations is not None:
        q = q.where(Delivery.destination.in_(destinations))
    return list(s.scalars(q.order_by(Delivery.id)))


def record(s: Session, d: Delivery, ok: bool, detail: str | None, at: datetime) -> None:
    """Note an attempt; on failure wait longer each time (30 s, 1 min, 2 min, … up to an hour)."""
    d.attempts += 1
    s.add(DeliveryAttempt(delivery_id=d.id, at=at, ok=ok, detail=detail))
    if ok:
        d.status, d.sent_at, d.last_error = "sent", at, None
        return
    d.last_error = detail
    if d.attempts >= MAX_ATTEMPTS:
        d.status = "failed"
        return
    d.next_attempt_at = at + min(FIRST_PAUSE * (2 ** (d.attempts - 1)), LONGEST_PAUSE)


def attempts(s: Session, delivery_id: int) -> list[DeliveryAttempt]:
    return list(s.scalars(select(DeliveryAttempt).where(DeliveryAttempt.delivery_id == delivery_id)
                          .order_by(DeliveryAttempt.id)))
