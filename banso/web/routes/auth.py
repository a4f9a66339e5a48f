"""Signing in and out, the language switch, and `/api/me`."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlparse

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from banso.i18n import LOCALES
from banso.web.render import render
from banso.web.security import CurrentUser, login_session, logout_session, optional_user
from banso.web.signin import sign_in
from banso.web.throttle import TooManyAttempts

router = APIRouter()
LANDING = "/work"  # where signing in leads when no other page was asked for: My work


def safe_next(target: str | None, default: str = "/") -> str:
    """Only local paths: never an open redirect to another site."""
    if not target:
        return default
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


@router.get("/login", include_in_schema=False)
def login_form(request: Request, next: str = "/") -> Response:
    if optional_user(request) is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return render(request, "login.html", next=safe_next(next), error=None, email="")


@router.post("/login", include_in_schema=False)
def login(
    request: Request,
    email: Annotated[str, Form(max_length=320)],
    password: Annotated[str, Form(max_length=1000)],
    next: Annotated[str, Form()] = "/",
) -> Response:
    try:
        user = sign_in(request, email, password)
    except TooManyAttempts as exc:
        page = render(request, "login.html", status_code=429, next=safe_next(next), email=email, error="throttled",
                      retry_minutes=-(-exc.retry_after // 60), scope=exc.scope)
        page.headers["Retry-After"] = str(exc.retry_after)
        return page
    if user is None:
        return render(request, "login.html", status_code=401, next=safe_next(next), email=email,
                      error="wrong")
    login_session(request, user)
    return RedirectResponse(LANDING if next in ("", "/") else safe_next(next), status_code=303)


@router.post("/logout", include_in_schema=False)
def logout(request: Request) -> Response:
    logout_session(request)
    return RedirectResponse("/login", status_code=303)


@router.get("/lang/{code}", include_in_schema=False)
def switch_language(request: Request, code: str, next: Annotated[str, Query()] = "/") -> Response:
    """Remember the language in the session and a long-lived cookie, then go back."""
    response = RedirectResponse(safe_next(next), status_code=303)
    if code in LOCALES:
        request.session["lang"] = code
        response.set_cookie("lang", code, max_age=365 * 24 * 3600, httponly=True, samesite="lax")
    return response


class Me(BaseModel):
    id: int
    email: str
    name: str | None
    role: str


@router.get("/api/me", response_model=Me, tags=["people"], summary="Who the token or session belongs to")
def me(user: CurrentUser) -> Me:
    return Me(id=user.id, email=user.email, name=user.name, role=user.role)
