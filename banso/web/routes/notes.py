"""Notes and meeting logs: the form on the account page, editing and deleting, the history, the JSON API.

Every signed-in person reads notes; a csm writes them; only a note's author (or an admin) edits or
deletes it (else 403). Each note is also a touchpoint of its account, so the timeline shows it at once.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from banso.analysis.work.notes import NoteHistory, NoteItem
from banso.appstate.notes import NoteContent
from banso.errors import WorkError
from banso.i18n import N_
from banso.i18n import gettext_ as _
from banso.web.deps import WorkspaceDep
from banso.web.forms import back, optional_date
from banso.web.ids import RowId
from banso.web.render import localized, render
from banso.web.security import CsmUser, CurrentUser

router = APIRouter()

Kind = Literal["call", "cs_meeting", "qbr", "email", "note"]


class NoteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Kind
    day: date
    body: str = Field(min_length=1, max_length=20_000, description="Markdown")
    title: str | None = Field(None, max_length=500)
    participants: str | None = Field(None, max_length=500)
    outcome: str | None = Field(None, max_length=500)
    proposed_feature: str | None = Field(None, max_length=128, description="an event name, e.g. gantt_viewed")

    def content(self) -> NoteContent:
        return NoteContent(self.kind, self.day, self.body, self.title, self.participants, self.outcome,
                           self.proposed_feature)


# -- JSON ------------------------------------------------------------------------------------------
@router.get("/api/accounts/{account_id}/notes", response_model=list[NoteItem], tags=["work"],
            summary="An account's notes and meeting logs, newest first")
def notes_api(ws: WorkspaceDep, user: CurrentUser, account_id: str) -> list[NoteItem]:
    return ws.account_notes(account_id, user)


@router.post("/api/accounts/{account_id}/notes", response_model=NoteItem, status_code=201, tags=["work"],
             summary="Log a call, meeting, QBR, e-mail or note (it becomes a touchpoint of the account)")
def add_api(ws: WorkspaceDep, user: CsmUser, account_id: str, body: NoteIn) -> NoteItem:
    return ws.add_note(account_id, user, body.content())


@router.get("/api/notes/{note_id}", response_model=NoteItem, tags=["work"], summary="One note")
def note_api(ws: WorkspaceDep, user: CurrentUser, note_id: RowId) -> NoteItem:
    return ws.note(note_id, user)


@router.put("/api/notes/{note_id}", response_model=NoteItem, tags=["work"], summary="Edit a note (its author or an admin)",
            responses={403: {"description": "not your note"}})
def edit_api(ws: WorkspaceDep, user: CsmUser, note_id: RowId, body: NoteIn) -> NoteItem:
    return ws.edit_note(note_id, user, body.content())


@router.delete("/api/notes/{note_id}", status_code=204, tags=["work"], summary="Delete a note (its author or an admin)",
               responses={403: {"description": "not your note"}})
def delete_api(ws: WorkspaceDep, user: CsmUser, note_id: RowId) -> Response:
    ws.delete_note(note_id, user)
    return Response(status_code=204)


@router.get("/api/notes/{note_id}/history", response_model=NoteHistory, tags=["work"],
            summary="Every revision of a note: who changed what, and when")
def history_api(ws: WorkspaceDep, user: CurrentUser, note_id: RowId) -> NoteHistory:
    return ws.note_history(note_id)


# -- pages and forms -------------------------------------------------------------------------------
def _content(kind: str, day: str, body: str, title: str, participants: str, outcome: str,
             proposed_feature: str) -> NoteContent:
    when = optional_date(day, "day")
    if when is None:
        raise WorkError(N_("day: say when it happened"))
    return NoteContent(kind, when, body, title or None, participants or None, outcome or None, proposed_feature or None)


NoteKindForm = Annotated[Kind, Form()]
Short = Annotated[str, Form(max_length=500)]


@router.post("/accounts/{account_id}/notes", include_in_schema=False)
def add_form(request: Request, ws: WorkspaceDep, user: CsmUser, account_id: str, kind: NoteKindForm,
             day: Annotated[str, Form(max_length=20)], body: Annotated[str, Form(max_length=20_000)],
             title: Short = "", participants: Short = "", outcome: Short = "",
             proposed_feature: Annotated[str, Form(max_length=128)] = "") -> Response:
    note = ws.add_note(account_id, user, _content(kind, day, body, title, participants, outcome, proposed_feature))
    with localized(request):
        return back(request, _("Note saved: it is on the timeline too"), f"/accounts/{account_id}",
                    f"#note-{note.id}")


@router.get("/notes/{note_id}/edit", response_class=HTMLResponse, include_in_schema=False)
def edit_page(request: Request, ws: WorkspaceDep, user: CurrentUser, note_id: RowId) -> HTMLResponse:
    note = ws.note(note_id, user)
    return render(request, "note_edit.html", note=note)


@router.post("/notes/{note_id}/edit", include_in_schema=False)
def edit_form(request: Request, ws: WorkspaceDep, user: CsmUser, note_id: RowId, kind: NoteKindForm,
              day: Annotated[str, Form(max_length=20)], body: Annotated[str, Form(max_length=20_000)],
              title: Short = "", participants: Short = "", outcome: Short = "",
              proposed_feature: Annotated[str, Form(max_length=128)] = "") -> Response:
    note = ws.edit_note(note_id, user, _content(kind, day, body, title, participants, outcome, proposed_feature))
    with localized(request):
        request.session["notice"] = _("Note changed; the history keeps the earlier text")
    return RedirectResponse(f"/accounts/{note.account_id}#note-{note.id}", status_code=303)


@router.post("/notes/{note_id}/delete", include_in_schema=False)
def delete_form(request: Request, ws: WorkspaceDep, user: CsmUser, note_id: RowId) -> Response:
    ws.delete_note(note_id, user)
    with localized(request):
        return back(request, _("Note deleted; its history is kept"), "/work", "#notes")


@router.get("/notes/{note_id}/history", response_class=HTMLResponse, include_in_schema=False)
def history_page(request: Request, ws: WorkspaceDep, user: CurrentUser, note_id: RowId) -> HTMLResponse:
    return render(request, "note_history.html", data=ws.note_history(note_id))
