"""Settings: your API tokens; for admins, the people who may sign in and their roles."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from banso.appstate.access import remove_user, set_active
from banso.appstate.auth import (
    ROLES,
    AuthError,
    User,
    add_user,
    create_token,
    list_tokens,
    list_users,
    revoke_token,
    set_role,
)
from banso.web.ids import RowId
from banso.web.render import render
from banso.web.security import AdminUser, CurrentUser, web_state

router = APIRouter()


class TokenOut(BaseModel):
    id: int
    name: str
    hint: str
    created_at: datetime
    last_used_at: datetime | None
    revoked: bool


class UserOut(BaseModel):
    id: int
    email: str
    name: str | None
    role: str
    active: bool
    last_login_at: datetime | None


class Settings(BaseModel):
    me: UserOut
    tokens: list[TokenOut]
    users: list[UserOut] | None = None  # admins only


def _user(u: object) -> UserOut:
    return UserOut.model_validate(u, from_attributes=True)


def build_settings(request: Request, user: User) -> Settings:
    state = web_state(request)
    with state.ws.app_state.session() as s:
        me = s.merge(user)
        tokens = [TokenOut.model_validate(t, from_attributes=True) for t in list_tokens(s, me)]
        users = [_user(u) for u in list_users(s)] if me.can("admin") else None
        return Settings(me=_user(me), tokens=tokens, users=users)


@router.get("/api/settings", response_model=Settings, tags=["people"], summary="Your profile and API tokens")
def settings_api(request: Request, user: CurrentUser) -> Settings:
    return build_settings(request, user)


@router.get("/settings", response_class=HTMLResponse, include_in_schema=False)
def settings_page(request: Request, user: CurrentUser) -> HTMLResponse:
    new_token = request.session.pop("new_token", None)
    notice = request.session.pop("notice", None)
    access = request.session.pop("access", None)
    return render(request, "settings.html", data=build_settings(request, user), roles=ROLES, new_token=new_token,
                  notice=notice, access=access, as_of=web_state(request).as_of())


@router.post("/settings/tokens", include_in_schema=False)
def create_token_form(request: Request, user: CurrentUser, name: Annotated[str, Form(max_length=200)]) -> Response:
    with web_state(request).ws.app_state.session() as s:
        _token, plain = create_token(s, s.merge(user), name)
    request.session["new_token"] = plain  # shown once on the next page, then gone
    return RedirectResponse("/settings", status_code=303)


@router.post("/settings/tokens/{token_id}/revoke", include_in_schema=False)
def revoke_token_form(request: Request, token_id: RowId, user: CurrentUser) -> Response:
    with web_state(request).ws.app_state.session() as s:
        revoke_token(s, token_id, s.merge(user))
    return RedirectResponse("/settings", status_code=303)


@router.post("/settings/users", include_in_schema=False)
def add_user_form(request: Request, user: AdminUser, email: Annotated[str, Form(max_length=320)],
                  password: Annotated[str, Form(max_length=1000)], role: Annotated[str, Form()] = "viewer",
                  name: Annotated[str, Form(max_length=200)] = "") -> Response:
    with web_state(request).ws.app_state.session() as s:
        added = add_user(s, email, password, role, name=name or None)
        request.session["notice"] = f"{added.email} ({added.role})"
    return RedirectResponse("/settings", status_code=303)


@router.post("/settings/users/role", include_in_schema=False)
def role_form(request: Request, user: AdminUser, email: Annotated[str, Form(max_length=320)],
              role: Annotated[str, Form()]) -> Response:
    with web_state(request).ws.app_state.session() as s:
        set_role(s, email, role)
    return RedirectResponse("/settings", status_code=303)


def _not_yourself(user: User, email: str) -> None:
    if user.email == email.strip().lower():
        raise AuthError("you cannot disable or remove your own login; another admin can")


@router.post("/settings/users/active", include_in_schema=False)
def active_form(request: Request, user: AdminUser, email: Annotated[str, Form(max_length=320)],
                active: Annotated[bool, Form()]) -> Response:
    """Disable (sessions end, tokens refused) or enable a person."""
    _not_yourself(user, email)
    with web_state(request).ws.app_state.session() as s:
        change = set_active(s, email, active)
    request.session["access"] = {"kind": "enabled" if active else "disabled", "email": change.email,
                                 "sessions": change.sessions_ended, "tokens": change.tokens}
    return RedirectResponse("/settings", status_code=303)


@router.post("/settings/users/remove", include_in_schema=False)
def remove_form(request: Request, user: AdminUser, email: Annotated[str, Form(max_length=320)]) -> Response:
    """Remove a person; the segments they shared go to the admin who removes them."""
    _not_yourself(user, email)
    with web_state(request).ws.app_state.session() as s:
        change = remove_user(s, email, heir=s.merge(user))
    request.session["access"] = {"kind": "removed", "email": change.email, "sessions": change.sessions_ended,
                                 "tokens": change.tokens, "segments": change.segments_handed_over}
    return RedirectResponse("/settings", status_code=303)
