"""What connectors remember between runs: cursors, every run with its counts, and what was last pushed.

- `SyncCursor`: per connector and object, the vendor's modification cursor reached by the last pull
  that landed. It is written only after the rows are in the store, so a failed pull resumes from the
  last good cursor (and re-reading a few rows twice changes nothing: loads are idempotent).
- `SyncRun`: one line per pull, push or segment sync (what, when, how many, the error if any), for
  `banso sync runs` and the Connections page. Messages are recorded as the connectors word them,
  which never hold a secret.
- `PushedValue`: the last value each CRM field received for each account, so a push sends only what
  changed; `SyncedMember`: the accounts a segment sync last sent, for adds and removes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, DateTime, Integer, String, Text, delete, desc, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.base import Base, utc_now
from banso.values import Moment


class SyncCursor(Base):
    __tablename__ = "sync_cursors"

    connector: Mapped[str] = mapped_column(String(120), primary_key=True)
    stream: Mapped[str] = mapped_column(String(120), primary_key=True)
    cursor: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class SyncRun(Base):
    __tablename__ = "sync_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    connector: Mapped[str] = mapped_column(String(120), index=True)
    direction: Mapped[str] = mapped_column(String(16))  # pull | push | segment
    dry_run: Mapped[bool] = mapped_column(Boolean, default=False)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="running")  # running | ok | failed
    rows: Mapped[int] = mapped_column(Integer, default=0)
    counts_json: Mapped[str] = mapped_column(Text, default="{}")
    error: Mapped[str | None] = mapped_column(Text, nullable=True)


class PushedValue(Base):
    __tablename__ = "sync_pushed_values"

    connector: Mapped[str] = mapped_column(String(120), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    field: Mapped[str] = mapped_column(String(255), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
    pushed_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class SyncedMember(Base):
    __tablename__ = "sync_segment_members"

    sync: Mapped[str] = mapped_column(String(120), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    synced_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


@dataclass(frozen=True)
class RunInfo:
    """One recorded run, as the Connections page and `banso sync runs` show it."""

    id: int
    connector: str
    direction: str
    dry_run: bool
    started_at: Moment
    ended_at: Moment | None
    status: str
    rows: int
    counts: dict[str, int]
    error: str | None


def _info(r: SyncRun) -> RunInfo:
    return RunInfo(id=r.id, connector=r.connector, direction=r.direction, dry_run=r.dry_run, started_at=r.started_at,
                   ended_at=r.ended_at, status=r.status, rows=r.rows, counts=json.loads(r.counts_json or "{}"),
                   error=r.error)


# -- cursors ------------------------------------------------------------------------------------


def cursors(s: Session, connector: str) -> dict[str, str]:
    """The cursor each object of `connector` reached (none yet: the next pull reads everything)."""
    return {c.stream: c.cursor for c in s.scalars(select(SyncCursor).where(SyncCursor.connector == connector))}


def save_cursors(s: Session, connector: str, reached: dict[str, str]) -> None:
    for stream, value in reached.items():
        row = s.get(SyncCursor, (connector, stream))
        if row is None:
            s.add(SyncCursor(connector=connector, stream=stream, cursor=value, updated_at=utc_now()))
        else:
            row.cursor, row.updated_at = value, utc_now()


def forget_cursors(s: Session, connector: str) -> int:
    """Drop a connector's cursors: its next pull reads everything again."""
    return s.execute(delete(SyncCursor).where(SyncCursor.connector == connector)).rowcount  # type: ignore[attr-defined,no-any-return]


# -- runs ---------------------------------------------------------------------------------------


def start_run(s: Session, connector: str, direction: str, *, dry_run: bool = False) -> int:
    run = SyncRun(connector=connector, direction=direction, dry_run=dry_run, started_at=utc_now())
    s.add(run)
    s.flush()
    return run.id


def finish_run(s: Session, run_id: int, *, counts: dict[str, int], rows: int, error: str | None = None) -> RunInfo:
    run = s.get(SyncRun, run_id)
    assert run is not None
    run.ended_at = utc_now()
    run.status = "failed" if error else "ok"
    run.rows = rows
    run.counts_json = json.dumps(counts, sort_keys=True)
    run.error = error
    return _info(run)


def recent_runs(s: Session, connector: str | None = None, limit: int = 50) -> list[RunInfo]:
    query = select(SyncRun).order_by(desc(SyncRun.id)).limit(limit)
    if connector is not None:
        query = query.where(SyncRun.connector == connector)
    return [_info(r) for r in s.scalars(query)]


def last_runs(s: Session, *, dry_runs: bool = True) -> dict[tuple[str, str], RunInfo]:
    """The latest run of each connector and direction (`dry_runs=False`: the latest that sent or loaded)."""
    query = select(SyncRun.connector, SyncRun.direction, func.max(SyncRun.id).label("id"))
    if not dry_runs:
        query = query.where(SyncRun.dry_run.is_(False))
    latest = query.group_by(SyncRun.connector, SyncRun.direction).subquery()
    rows = s.scalars(select(SyncRun).join(latest, SyncRun.id == latest.c.id))
    return {(r.connector, r.direction): _info(r) for r in rows}


def moved_rows(s: Session) -> dict[str, int]:
    """Rows each connector moved over all its successful runs that were not dry runs."""
    query = select(SyncRun.connector, func.sum(SyncRun.rows)).where(
        SyncRun.status == "ok", SyncRun.dry_run.is_(False)).group_by(SyncRun.connector)
    return {name: int(total or 0) for name, total in s.execute(query)}


# -- pushed values and segment members ----------------------------------------------------------


def pushed_values(s: Session, connector: str) -> dict[tuple[str, str], Any]:
    """(record id, field) -> the value last sent."""
    rows = s.scalars(select(PushedValue).where(PushedValue.connector == connector))
    return {(r.record_id, r.field): json.loads(r.value_json) for r in rows}


def remember_pushed(s: Session, connector: str, sent: dict[tuple[str, str], Any]) -> None:
    now = utc_now()
    for (record_id, field), value in sent.items():
        text = json.dumps(value, sort_keys=True, ensure_ascii=False)
        row = s.get(PushedValue, (connector, record_id, field))
        if row is None:
            s.add(PushedValue(connector=connector, record_id=record_id, field=field, value_json=text, pushed_at=now))
        else:
            row.value_json, row.pushed_at = text, now


def segment_by_ref(s: Session, ref: str | int) -> tuple[int, str, str]:
    """A saved segment named in banso.yaml, by id or exact name: (id, name, its filter as JSON).

    banso.yaml is the workspace's own configuration, so any saved segment may be named there; a name two
    segments share is refused rather than guessed.
    """
    from banso.appstate.segments import SavedSegment
    from banso.errors import NotFoundError, Phrase
    from banso.i18n import N_

    if isinstance(ref, int) or str(ref).isdigit():
        seg = s.get(SavedSegment, int(ref))
        if seg is None:
            raise NotFoundError(N_("no saved segment with id %(id)s (banso.yaml names it)"), id=ref)
        return seg.id, seg.name, seg.spec_json
    found = list(s.scalars(select(SavedSegment).where(SavedSegment.name == str(ref))))
    if not found:
        names = ", ".join(sorted(s.scalars(select(SavedSegment.name)))) or Phrase(N_("none saved yet"))
        raise NotFoundError(N_("no saved segment named %(name)s (banso.yaml names it); saved segments: %(names)s"),
                            name=repr(ref), names=names)
    if len(found) > 1:
        ids = ", ".join(str(x.id) for x in found)
        raise NotFoundError(N_("%(n)s saved segments are named %(name)s (ids %(ids)s); name it by id in banso.yaml"),
                            n=len(found), name=repr(ref), ids=ids)
    return found[0].id, found[0].name, found[0].spec_json


def synced_members(s: Session, sync: str) -> set[str]:
    return set(s.scalars(select(SyncedMember.account_id).where(SyncedMember.sync == sync)))


def remember_members(s: Session, sync: str, added: set[str], removed: set[str]) -> None:
    if removed:
        s.execute(delete(SyncedMember).where(SyncedMember.sync == sync, SyncedMember.account_id.in_(sorted(removed))))
    now = utc_now()
    for account_id in sorted(added):
        s.merge(SyncedMember(sync=sync, account_id=account_id, synced_at=now))
