"""Settings: your API tokens; for admins, the people who may sign in and their roles."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from banso.appstate.auth import (
    ROLES,
    AuthError,
    User,
)
from banso.i18n import N_
from banso.values import Moment
from banso.web.deps import WorkspaceDep
from banso.web.ids import RowId
from banso.web.render import render
from banso.web.security import AdminUser, CurrentUser
from banso.workspace import Workspace

router = APIRouter()


class TokenOut(BaseModel):
    id: int
    name: str
    hint: str
    created_at: Moment
    last_used_at: Moment | None
    revoked: bool


class UserOut(BaseModel):
    id: int
    email: str
    name: str | None
    role: str
    active: bool
    last_login_at: Moment | None


class Settings(BaseModel):
    me: UserOut
    tokens: list[TokenOut]
    users: list[UserOut] | None = None  # admins only


def _user(u: object) -> UserOut:
    return UserOut.model_validate(u, from_attributes=True)


def build_settings(ws: Workspace, user: User) -> Settings:
    mine = ws.account(user)
    return Settings(me=_user(mine.me), tokens=[TokenOut.model_validate(t, from_attributes=True) for t in mine.tokens],
                    users=[_user(u) for u in mine.users] if mine.users is not None else None)


@router.get("/api/settings", response_model=Settings, tags=["people"], summary="Your profile and API tokens")
def settings_api(ws: WorkspaceDep, user: CurrentUser) -> Settings:
    return build_settings(ws, user)


@router.get("/settings", response_class=HTMLResponse, include_in_schema=False)
def settings_page(request: Request, ws: WorkspaceDep, user: CurrentUser) -> HTMLResponse:
    new_token = request.session.pop("new_token", None)
    notice = request.session.pop("notice", None)
    access = request.session.pop("access", None)
    return render(request, "settings.html", data=build_settings(ws, user), roles=ROLES, new_token=new_token,
                  notice=notice, access=access, as_of=ws.as_of())


@router.post("/settings/tokens", include_in_schema=False)
def create_token_form(request: Request, ws: WorkspaceDep, user: CurrentUser,
                      name: Annotated[str, Form(max_length=200)]) -> Response:
    _token, plain = ws.create_token(user, name)
    request.session["new_token"] = plain  # shown once on the next page, then gone
    return RedirectResponse("/settings", status_code=303)


@router.post("/settings/tokens/{token_id}/revoke", include_in_schema=False)
def revoke_token_form(ws: WorkspaceDep, token_id: RowId, user: CurrentUser) -> Response:
    ws.revoke_token(token_id, user)
    return RedirectResponse("/settings", status_code=303)


@router.post("/settings/users", include_in_schema=False)
def add_user_form(request: Request, ws: WorkspaceDep, user: AdminUser, email: Annotated[str, Form(max_length=320)],
                  password: Annotated[str, Form(max_length=1000)], role: Annotated[str, Form()] = "viewer",
                  name: Annotated[str, Form(max_length=200)] = "") -> Response:
    added = ws.add_user(email, password, role, name=name or None)
    request.session["notice"] = f"{added.email} ({added.role})"
    return RedirectResponse("/settings", status_code=303)


@router.post("/settings/users/role", include_in_schema=False)
def role_form(ws: WorkspaceDep, user: AdminUser, email: Annotated[str, Form(max_length=320)],
              role: Annotated[str, Form()]) -> Response:
    ws.set_role(email, role)
    return RedirectResponse("/settings", status_code=303)


def _not_yourself(user: User, email: str) -> None:
    if user.email == email.strip().lower():
        raise AuthError(N_("you cannot disable or remove your own login; another admin can"))


@router.post("/settings/users/active", include_in_schema=False)
def active_form(request: Request, ws: WorkspaceDep, user: AdminUser, email: Annotated[str, Form(max_length=320)],
                active: Annotated[bool, Form()]) -> Response:
    """Disable (sessions end, tokens refused) or enable a person."""
    _not_yourself(user, email)
    change = ws.set_active(email, active)
    request.session["access"] = {"kind": "enabled" if active else "disabled", "email": change.email,
                                 "sessions": change.sessions_ended, "tokens": change.tokens}
    return RedirectResponse("/settings", status_code=303)


@router.post("/settings/users/remove", include_in_schema=False)
def remove_form(request: Request, ws: WorkspaceDep, user: AdminUser,
                email: Annotated[str, Form(max_length=320)]) -> Response:
    """Remove a person; the segments they shared go to the admin who removes them."""
    _not_yourself(user, email)
    change = ws.remove_user(email, heir=user.email)
    request.session["access"] = {"kind": "removed", "email": change.email, "sessions": change.sessions_ended,
                                 "tokens": change.tokens, "segments": change.segments_handed_over}
    return RedirectResponse("/settings", status_code=303)
