"""Notes and meeting logs written in the app, with the history of every edit and deletion.

A note is kept twice, for two readers. The store holds it as a touchpoint of its account (kind call,
cs_meeting, qbr, email or note), so the timeline, the before/after section and the impact report
see it like any loaded touchpoint; this table holds who wrote it and each revision, so "who changed
what" has an answer. The workspace writes both in one step (`banso.workspace.note_ops`).

Who may do what: everyone signed in reads notes; a csm writes notes, and edits or deletes their own;
an admin edits or deletes any.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.audit import record
from banso.appstate.base import Base, utc_now
from banso.appstate.team import Actor
from banso.errors import NotAllowedError, NotFoundError, Phrase, WorkError
from banso.i18n import N_

NoteKind = Literal["call", "cs_meeting", "qbr", "email", "note"]
NOTE_KINDS: tuple[NoteKind, ...] = ("call", "cs_meeting", "qbr", "email", "note")
SOURCE = "banso"  # the touchpoints' source: written in the app
BODY_MAX = 20_000
FIELD_MAX = 500


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    touchpoint_id: Mapped[str] = mapped_column(String(64), unique=True)
    account_id: Mapped[str] = mapped_column(String(128), index=True)
    author: Mapped[str] = mapped_column(String(320), index=True)  # the email of whoever wrote it
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_users.id", ondelete="SET NULL"), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))
    day: Mapped[date] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(String(FIELD_MAX), nullable=True)
    participants: Mapped[str | None] = mapped_column(String(FIELD_MAX), nullable=True)
    body: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(FIELD_MAX), nullable=True)
    proposed_feature: Mapped[str | None] = mapped_column(String(128), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class NoteRevision(Base):
    __tablename__ = "note_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    by: Mapped[str] = mapped_column(String(320))
    action: Mapped[str] = mapped_column(String(16))  # created, edited, deleted
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # the note after (before, when deleted)


@dataclass(frozen=True)
class NoteContent:
    """What a person writes: the kind, the day it happened, who took part, the text (Markdown), the outcome."""

    kind: str
    day: date
    body: str
    title: str | None = None
    participants: str | None = None
    outcome: str | None = None
    proposed_feature: str | None = None

    def checked(self, today: date) -> NoteContent:
        """The content trimmed and validated; a bad value is a WorkError naming the field."""
        if self.kind not in NOTE_KINDS:
            raise WorkError(N_("unknown kind %(kind)s; use one of: %(choices)s"), kind=repr(self.kind),
                            choices=", ".join(NOTE_KINDS))
        if self.day > today + timedelta(days=1):
            raise WorkError(N_("a note records what happened; %(day)s is in the future"), day=self.day)
        body = self.body.strip()
        if not body:
            raise WorkError(N_("write the note's text"))
        if len(body) > BODY_MAX:
            raise WorkError(N_("the text may have at most %(most)s characters"), most=BODY_MAX)
        return NoteContent(self.kind, self.day, body, _short(self.title, N_("the title")),
                           _short(self.participants, N_("participants")),
                           _short(self.outcome, N_("the outcome")),
                           _feature(self.proposed_feature))


def _short(text: str | None, what: str) -> str | None:
    value = " ".join((text or "").split())
    if len(value) > FIELD_MAX:
        raise WorkError(N_("%(what)s may have at most %(most)s characters"), what=Phrase(what), most=FIELD_MAX)
    return value or None


def _feature(text: str | None) -> str | None:
    value = (text or "").strip()
    if len(value) > 128:
        raise WorkError(N_("a proposed feature is an event name of at most 128 characters"))
    return value or None


def content_of(note: Note) -> NoteContent:
    return NoteContent(note.kind, note.day, note.body, note.title, note.participants, note.outcome,
                       note.proposed_feature)


def _snapshot(note: Note) -> dict[str, Any]:
    data = asdict(content_of(note))
    data["day"] = note.day.isoformat()
    return data


def may_change(actor: Actor, note: Note) -> bool:
    return actor.can("admin") or (actor.can("csm") and note.author == actor.email)


def get_note(s: Session, note_id: int) -> Note:
    note = s.get(Note, note_id)
    if note is None or note.deleted_at is not None:
        raise NotFoundError(N_("no note #%(id)s"), id=note_id)
    return note


def create_note(s: Session, actor: Actor, account_id: str, content: NoteContent, today: date,
                author_id: int | None = None) -> Note:
    if not actor.can("csm"):
        raise NotAllowedError(N_("viewers read notes; writing one needs the csm role"))
    c = content.checked(today)
    now = utc_now()
    note = Note(touchpoint_id="pending", account_id=account_id, author=actor.email, author_id=author_id,
                created_at=now, updated_at=now, kind=c.kind, day=c.day, title=c.title, participants=c.participants, body=c.body, outcome=c.outcome,
                proposed_feature=c.proposed_feature)
    s.add(note)
    s.flush()
    note.touchpoint_id = f"banso-note-{note.id}"
    s.add(NoteRevision(note_id=note.id, by=actor.email, action="created", content=_snapshot(note)))
    record(s, actor.email, "note", note.id, "created", account_id=account_id, kind=c.kind)
    return note


def edit_note(s: Session, actor: Actor, note_id: int, content: NoteContent, today: date) -> Note:
    note = get_note(s, note_id)
    if not may_change(actor, note):
        raise NotAllowedError(N_("note #%(id)s was written by %(author)s; only they or an admin can edit it"), id=note_id,
                              author=note.author)
    c = content.checked(today)
    before = _snapshot(note)
    note.kind, note.day, note.title, note.participants = c.kind, c.day, c.title, c.participants
    note.body, note.outcome, note.proposed_feature = c.body, c.outcome, c.proposed_feature
    note.updated_at = utc_now()
    after = _snapshot(note)
    changed = sorted(k for k in after if after[k] != before[k])
    s.add(NoteRevision(note_id=note.id, by=actor.email, action="edited", content=after))
    record(s, actor.email, "note", note.id, "edited", account_id=note.account_id, fields=changed,
           before={k: before[k] for k in changed})
    return note


def delete_note(s: Session, actor: Actor, note_id: int) -> Note:
    note = get_note(s, note_id)
    if not may_change(actor, note):
        raise NotAllowedError(N_("note #%(id)s was written by %(author)s; only they or an admin can delete it"), id=note_id,
                              author=note.author)
    note.deleted_at = utc_now()
    s.add(NoteRevision(note_id=note.id, by=actor.email, action="deleted", content=_snapshot(note)))
    record(s, actor.email, "note", note.id, "deleted", account_id=note.account_id)
    return note


def account_notes(s: Session, account_id: str, limit: int = 100) -> list[Note]:
    query = select(Note).where(Note.account_id == account_id, Note.deleted_at.is_(None))
    return list(s.scalars(query.order_by(Note.day.desc(), Note.id.desc()).limit(limit)))


def revisions(s: Session, note_id: int) -> list[NoteRevision]:
    """Every revision of a note, deleted ones included (the history outlives the note)."""
    if s.get(Note, note_id) is None:
        raise NotFoundError(N_("no note #%(id)s"), id=note_id)
    return list(s.scalars(select(NoteRevision).where(NoteRevision.note_id == note_id).order_by(NoteRevision.id)))


def as_touchpoint(note: Note, zone: str) -> dict[str, Any]:
    """The note as a row of the canonical `touchpoints` table (noon of its day, in the workspace's zone)."""
    noon = datetime.combine(note.day, time(12), ZoneInfo(zone))
    title = note.title or note.body.splitlines()[0][:120]
    return {
        "touchpoint_id": note.touchpoint_id, "ts": noon.isoformat(), "account_id": note.account_id, "user_id": None,
        "kind": note.kind, "title": title, "body": note.body, "score": None, "source": SOURCE,
        "properties": {"participants": note.participants, "outcome": note.outcome,
                       "proposed_feature": note.proposed_feature, "author": note.author, "note_id": note.id},
    }
