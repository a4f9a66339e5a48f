"""The user page, `/users/{user_id}`: one person's event log, newest first, paged, filterable by event."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from banso.analysis.user_log import UserPage
from banso.web.deps import WorkspaceDep
from banso.web.paging import Page, PerPage
from banso.web.render import render
from banso.web.security import CurrentUser

router = APIRouter()
EventFilter = Annotated[str | None, Query(max_length=200, description="only this event name")]


@router.get("/api/users/{user_id}", response_model=UserPage, tags=["pages"], summary="A user's event log as JSON",
            responses={404: {"description": "no such user"}})
def user_api(ws: WorkspaceDep, user_id: str, user: CurrentUser, event: EventFilter = None, page: Page = 1,
             per_page: PerPage = 50) -> UserPage:
    return ws.user_page(user_id, event=event, page=page, per_page=per_page)


@router.get("/users/{user_id}", response_class=HTMLResponse, include_in_schema=False)
def user_page(request: Request, ws: WorkspaceDep, user_id: str, user: CurrentUser, event: EventFilter = None,
              page: Page = 1, per_page: PerPage = 50) -> HTMLResponse:
    data = ws.user_page(user_id, event=event, page=page, per_page=per_page)
    return render(request, "user.html", data=data, as_of=ws.as_of())
