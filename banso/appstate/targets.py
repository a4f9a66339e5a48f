"""OKR targets: the value of the index %Good − %Bad a manager sets for a period and a scope.

A scope is everyone (`all`), the accounts of a tier, owner, plan or lifecycle phase (`tier:Enterprise`),
or a saved segment (`segment:12`). Periods of one scope may not overlap, so each date has at most one
target. Only admins set and remove targets; everyone signed in reads them.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.auth import AuthError, User
from banso.appstate.base import Base, utc_now
from banso.errors import ConflictError, NotAllowedError, NotFoundError
from banso.i18n import N_

SCOPE_PATTERN = r"^(all|(tier|owner|plan|phase):.{1,200}|segment:[1-9][0-9]{0,9})$"
_SCOPE = re.compile(SCOPE_PATTERN)


class OkrTarget(Base):
    __tablename__ = "okr_targets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(210), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    index_target: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(String(200), default="")
    set_by: Mapped[int | None] = mapped_column(ForeignKey("app_users.id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


def check_scope(scope: str) -> str:
    value = scope.strip()
    if not _SCOPE.fullmatch(value):
        raise AuthError(N_("scope %(scope)s must read all, tier:VALUE, owner:VALUE, plan:VALUE, phase:VALUE or "
                           "segment:ID"), scope=repr(scope))
    return value


def list_targets(session: Session) -> list[OkrTarget]:
    return list(session.scalars(select(OkrTarget).order_by(OkrTarget.scope, OkrTarget.period_start)))


def set_target(session: Session, user: User | None, scope: str, start: date, end: date, index: float,
               note: str = "") -> OkrTarget:
    """A new target (`user` None: the operator at the command line); refused when it overlaps one of its scope."""
    if user is not None and not user.can("admin"):
        raise NotAllowedError(N_("only an admin sets OKR targets"))
    scope = check_scope(scope)
    if end < start:
        raise AuthError(N_("the period must not end before it starts"))
    if not math.isfinite(index) or not -100 <= index <= 100:
        raise AuthError(N_("the target of %Good − %Bad is between −100 and 100 points"))
    for other in session.scalars(select(OkrTarget).where(OkrTarget.scope == scope)):
        if other.period_start <= end and start <= other.period_end:
            raise ConflictError(N_("%(scope)s already has a target from %(start)s to %(end)s; "
                                   "remove it first, or choose a period that does not overlap"),
                                scope=scope, start=other.period_start, end=other.period_end)
    row = OkrTarget(scope=scope, period_start=start, period_end=end, index_target=float(index), note=note[:200],
                    set_by=user.id if user is not None else None)
    session.add(row)
    session.flush()
    return row


def delete_target(session: Session, target_id: int, user: User | None) -> None:
    if user is not None and not user.can("admin"):
        raise NotAllowedError(N_("only an admin removes OKR targets"))
    row = session.get(OkrTarget, target_id)
    if row is None:
        raise NotFoundError(N_("no OKR target with id %(id)s"), id=target_id)
    session.delete(row)
