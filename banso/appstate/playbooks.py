"""Playbooks' enrolments: which account is in which playbook, on which step, and what each step did.

Playbooks themselves are configuration (banso.yaml); this is their state. Three rules are held by
the database itself, so that no run, however often repeated, breaks them:

- an account is enrolled once per *occurrence* of a trigger (this alert, this renewal date, this
  entry into the band): (playbook, account, occurrence) is unique;
- an account is never in the same playbook twice at once: (playbook, account) is unique among
  active enrolments (a partial unique index);
- a step runs once per enrolment: (enrolment, step) is unique in `playbook_steps`.

A run repeated on the same day therefore finds nothing new to do. `playbook_versions` keeps every
definition a playbook has had, by its version hash, so an enrolment says which one it started under.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    select,
    text,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.base import Base, utc_now
from banso.errors import NotFoundError
from banso.i18n import N_

ACTIVE = "active"
ENDED = ("completed", "exited")


class PlaybookVersion(Base):
    __tablename__ = "playbook_versions"
    __table_args__ = (UniqueConstraint("name", "version", name="uq_playbook_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[str] = mapped_column(String(16))
    definition: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    first_seen: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class Enrollment(Base):
    __tablename__ = "playbook_enrollments"
    __table_args__ = (
        UniqueConstraint("playbook", "account_id", "occurrence", name="uq_enrollment_occurrence"),
        Index("uq_enrollment_active", "playbook", "account_id", unique=True,
              sqlite_where=text("status = 'active'"), postgresql_where=text("status = 'active'")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    playbook: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[str] = mapped_column(String(16))
    account_id: Mapped[str] = mapped_column(String(128), index=True)
    account_name: Mapped[str | None] = mapped_column(String(256), nullable=True)
    owner: Mapped[str | None] = mapped_column(String(128), nullable=True)
    trigger: Mapped[str] = mapped_column(String(16))  # alert, band, segment, date, milestone, manual, imported
    occurrence: Mapped[str] = mapped_column(String(128))  # e.g. "alert:42", "renewal:2026-12-20"
    enrolled_on: Mapped[date] = mapped_column(Date, index=True)
    started_by: Mapped[str | None] = mapped_column(String(320), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=ACTIVE, index=True)
    step: Mapped[int] = mapped_column(Integer, default=0)  # the next step to run
    next_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    exit_reason: Mapped[str | None] = mapped_column(String(300), nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class StepRun(Base):
    __tablename__ = "playbook_steps"
    __table_args__ = (UniqueConstraint("enrollment_id", "step", name="uq_step_once"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("playbook_enrollments.id", ondelete="CASCADE"), index=True)
    step: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    day: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(16))  # done, skipped, stopped, continued
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    ref: Mapped[str | None] = mapped_column(String(200), nullable=True)  # task id, delivery key, export segment
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class Presence(Base):
    """Accounts inside a playbook's segment at its last run: an account *enters* when it was not."""

    __tablename__ = "playbook_presence"

    playbook: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    since: Mapped[date] = mapped_column(Date)


def remember_version(s: Session, name: str, version: str, definition: dict[str, Any]) -> None:
    exists = s.scalar(select(PlaybookVersion.id).where(PlaybookVersion.name == name, PlaybookVersion.version == version))
    if exists is None:
        s.add(PlaybookVersion(name=name, version=version, definition=definition))
        s.flush()


def versions(s: Session, name: str) -> list[PlaybookVersion]:
    return list(s.scalars(select(PlaybookVersion).where(PlaybookVersion.name == name).order_by(PlaybookVersion.id)))


def get_enrollment(s: Session, enrollment_id: int) -> Enrollment:
    row = s.get(Enrollment, enrollment_id)
    if row is None:
        raise NotFoundError(N_("no playbook enrolment #%(id)s"), id=enrollment_id)
    return row


def active(s: Session, playbook: str | None = None, account_id: str | None = None) -> list[Enrollment]:
    query = select(Enrollment).where(Enrollment.status == ACTIVE)
    if playbook is not None:
        query = query.where(Enrollment.playbook == playbook)
    if account_id is not None:
        query = query.where(Enrollment.account_id == account_id)
    return list(s.scalars(query.order_by(Enrollment.id)))


def enrollments(s: Session, playbook: str | None = None, account_id: str | None = None,
                limit: int = 10_000) -> list[Enrollment]:
    """Enrolments, newest first."""
    query = select(Enrollment)
    if playbook is not None:
        query = query.where(Enrollment.playbook == playbook)
    if account_id is not None:
        query = query.where(Enrollment.account_id == account_id)
    return list(s.scalars(query.order_by(Enrollment.enrolled_on.desc(), Enrollment.id.desc()).limit(limit)))


def occurrences(s: Session, playbook: str) -> set[tuple[str, str]]:
    """(account, occurrence) pairs already enrolled: a trigger fires once for each."""
    rows = s.execute(select(Enrollment.account_id, Enrollment.occurrence).where(Enrollment.playbook == playbook)).all()
    return {(a, o) for a, o in rows}


def steps_of(s: Session, enrollment_ids: list[int]) -> dict[int, list[StepRun]]:
    out: dict[int, list[StepRun]] = {i: [] for i in enrollment_ids}
    for chunk in range(0, len(enrollment_ids), 500):
        ids = enrollment_ids[chunk:chunk + 500]
        for run in s.scalars(select(StepRun).where(StepRun.enrollment_id.in_(ids)).order_by(StepRun.id)):
            out[run.enrollment_id].append(run)
    return out


def counts(s: Session) -> dict[str, dict[str, int]]:
    """Per playbook: enrolments by status."""
    out: dict[str, dict[str, int]] = {}
    rows = s.execute(select(Enrollment.playbook, Enrollment.status, func.count()).group_by(Enrollment.playbook,
                                                                                           Enrollment.status)).all()
    for name, status, n in rows:
        out.setdefault(name, {})[status] = int(n)
    return out


def stamp(s: Session) -> tuple[int, str]:
    """What changes when an enrolment is added or changes: their number and the latest change."""
    n, last = s.execute(select(func.count(), func.max(Enrollment.updated_at))).one()
    return int(n or 0), str(last)


def presence(s: Session, playbook: str) -> dict[str, date]:
    return dict(s.execute(select(Presence.account_id, Presence.since).where(Presence.playbook == playbook)).all())


def exported(s: Session) -> list[tuple[str, Enrollment]]:
    """(segment, enrolment) of every active enrolment whose export step has run: who is in each export now."""
    query = (select(StepRun.ref, Enrollment).join(Enrollment, Enrollment.id == StepRun.enrollment_id)
             .where(StepRun.kind == "export", StepRun.outcome == "done", Enrollment.status == ACTIVE)
             .order_by(Enrollment.id))
    return [(str(ref), enr) for ref, enr in s.execute(query).all()]
