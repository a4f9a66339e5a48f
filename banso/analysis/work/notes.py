"""Notes and meeting logs as the account page and the API show them, with their history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from pydantic import Field

from banso.appstate.notes import Note, NoteRevision, may_change
from banso.appstate.team import Actor
from banso.values import Moment


@dataclass(frozen=True)
class NoteItem:
    id: int
    account_id: str
    touchpoint_id: Annotated[str, Field(description="the note as a touchpoint of its account (timeline, impact)")]
    kind: Annotated[str, Field(description="call, cs_meeting, qbr, email or note")]
    day: date
    title: str | None
    participants: str | None
    body: Annotated[str, Field(description="Markdown; the web app renders it with raw HTML escaped")]
    outcome: str | None
    proposed_feature: str | None
    author: str
    created_at: Moment
    updated_at: Moment
    edited: bool
    can_change: bool


@dataclass(frozen=True)
class NoteRevisionItem:
    at: Moment
    by: str
    action: Annotated[str, Field(description="created, edited or deleted")]
    content: dict[str, Any]


@dataclass(frozen=True)
class NoteHistory:
    note_id: int
    account_id: str
    deleted: bool
    revisions: list[NoteRevisionItem]


def note_item(note: Note, actor: Actor | None) -> NoteItem:
    return NoteItem(
        id=note.id, account_id=note.account_id, touchpoint_id=note.touchpoint_id, kind=note.kind, day=note.day,
        title=note.title, participants=note.participants, body=note.body, outcome=note.outcome,
        proposed_feature=note.proposed_feature, author=note.author, created_at=note.created_at,
        updated_at=note.updated_at, edited=note.updated_at > note.created_at,
        can_change=actor is not None and may_change(actor, note))


def note_history(note: Note, revisions: list[NoteRevision]) -> NoteHistory:
    return NoteHistory(note.id, note.account_id, note.deleted_at is not None,
                       [NoteRevisionItem(r.at, r.by, r.action, dict(r.content)) for r in revisions])
