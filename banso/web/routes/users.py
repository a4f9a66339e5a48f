"""The user page, `/users/{user_id}`: one person's event log, newest first, paged, filterable by event."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from banso.analysis.user_log import event_counts, user_events, user_profile
from banso.web.render import render
from banso.web.security import CurrentUser, web_state
from banso.web.state import WebState

router = APIRouter()


class Membership(BaseModel):
    account_id: str
    name: str | None
    tier: str | None
    status: str | None
    role: str | None
    joined_at: datetime | None


class Event(BaseModel):
    event_id: str
    ts: datetime = Field(description="UTC")
    day: date | None = Field(description="local calendar day in the workspace time zone")
    event: str
    account_id: str | None
    properties: dict[str, Any] | None


class UserPage(BaseModel):
    user_id: str
    email: str | None
    created_at: datetime | None
    memberships: list[Membership]
    event_names: list[tuple[str, int]] = Field(description="(event, count) for every event the user sent")
    event: str | None = Field(description="the event filter applied, if any")
    events: list[Event]
    total: int
    page: int
    pages: int
    per_page: int


def build_user(state: WebState, user_id: str, event: str | None, page: int, per_page: int) -> UserPage:
    store = state.source
    with state.lock:
        profile = user_profile(store, user_id)
        names = event_counts(store, user_id)
        log = user_events(store, user_id, event=event or None, page=page, per_page=per_page)
    return UserPage(
        user_id=profile["user_id"], email=profile["email"], created_at=profile["created_at"],
        memberships=[Membership(**m) for m in profile["memberships"]],
        event_names=names, event=event or None, events=[Event(**r) for r in log.rows],
        total=log.total, page=log.page, pages=log.pages, per_page=log.per_page,
    )


Page = Annotated[int, Query(ge=1, le=100_000, description="page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=500)]
EventFilter = Annotated[str | None, Query(max_length=200, description="only this event name")]


@router.get("/api/users/{user_id}", response_model=UserPage, tags=["pages"], summary="A user's event log as JSON",
            responses={404: {"description": "no such user"}})
def user_api(request: Request, user_id: str, user: CurrentUser, event: EventFilter = None, page: Page = 1,
             per_page: PerPage = 50) -> UserPage:
    return build_user(web_state(request), user_id, event, page, per_page)


@router.get("/users/{user_id}", response_class=HTMLResponse, include_in_schema=False)
def user_page(request: Request, user_id: str, user: CurrentUser, event: EventFilter = None, page: Page = 1,
              per_page: PerPage = 50) -> HTMLResponse:
    state = web_state(request)
    data = build_user(state, user_id, event, page, per_page)
    return render(request, "user.html", data=data, as_of=state.as_of())
