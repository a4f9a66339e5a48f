"""Who is asking, what they may do, and CSRF protection for every form.

A request is authenticated by an API token (`Authorization: Bearer banso_…`, for scripts) or by the
signed session cookie set at login (for people). The cookie names a server-side session
(`banso.appstate.web_sessions`), so signing out, disabling a user or a new password ends it even
where a copy of the cookie survives. Pages redirect an anonymous visitor to the login form; `/api/…`
answers 401 instead.

Every state-changing request (POST, PUT, PATCH, DELETE) made with the session cookie must carry the
session's CSRF token, in the `csrf_token` form field or the `X-CSRF-Token` header; token-authenticated
API calls need none, since no browser attaches a bearer token by itself.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request

from banso.appstate.auth import Role, User
from banso.errors import NotAllowedError, Phrase
from banso.i18n import N_
from banso.web.deps import get_workspace
from banso.web.signin import check_token_address, token_failed

UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class LoginRequired(Exception):
    """No valid login; pages redirect to the login form, the API answers 401."""


class Forbidden(NotAllowedError):
    """Signed in, but the role does not allow this page or request (a 403, said in the reader's language)."""


class CSRFError(Exception):
    """A state-changing request without the session's CSRF token."""


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def optional_user(request: Request) -> User | None:
    """The signed-in user, or None. Cached on the request."""
    if hasattr(request.state, "user"):
        return request.state.user  # type: ignore[no-any-return]
    ws = get_workspace(request)
    user: User | None = None
    token = _bearer(request)
    if token is not None:
        check_token_address(request)
        user = ws.user_for_token(token)
        request.state.via_token = user is not None
        if user is None:
            token_failed(request)
            request.state.user = None
            raise LoginRequired()
    else:
        sid = request.session.get("sid")
        if isinstance(sid, str):
            user = ws.session_user(sid)
            if user is None:
                request.session.pop("sid", None)
        request.state.via_token = False
    request.state.user = user
    return user


def current_user(request: Request) -> User:
    user = optional_user(request)
    if user is None:
        raise LoginRequired()
    return user


def require(role: Role) -> Callable[[Request], User]:
    """A dependency: the signed-in user, who must hold `role` (or a stronger one)."""

    def dependency(request: Request) -> User:
        user = current_user(request)
        if not user.can(role):
            raise Forbidden(N_("this needs the %(role)s role; you are signed in as %(current)s"), role=Phrase(role),
                            current=Phrase(user.role))
        return user

    return dependency


CurrentUser = Annotated[User, Depends(current_user)]
CsmUser = Annotated[User, Depends(require("csm"))]
AdminUser = Annotated[User, Depends(require("admin"))]


def csrf_token(request: Request) -> str:
    """The session's CSRF token (created on first use)."""
    token = request.session.get("csrf")
    if not isinstance(token, str) or len(token) < 32:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def csrf_protect(request: Request) -> None:
    """Global dependency: refuse a cookie-authenticated unsafe request without the CSRF token."""
    if request.method not in UNSAFE:
        return
    if _bearer(request) is not None:
        return  # token requests: no ambient credential for a forged request to ride on
    expected = request.session.get("csrf")
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get("csrf_token")
        sent = value if isinstance(value, str) else None
    if not isinstance(expected, str) or not sent or not secrets.compare_digest(expected, sent):
        raise CSRFError()


def login_session(request: Request, user: User) -> None:
    """Start a fresh session for `user` (new CSRF token; the language choice is kept); a previous one ends."""
    previous = request.session.get("sid")
    sid = get_workspace(request).start_session(user, previous if isinstance(previous, str) else None)
    lang = request.session.get("lang")
    request.session.clear()
    request.session.update({"sid": sid, "csrf": secrets.token_urlsafe(32)})
    if lang:
        request.session["lang"] = lang


def logout_session(request: Request) -> None:
    """End the session server-side (a copy of the cookie stops working) and clear the cookie; keep the language."""
    sid = request.session.get("sid")
    if isinstance(sid, str):
        get_workspace(request).end_session(sid)
    lang = request.session.get("lang")
    request.session.clear()
    if lang:
        request.session["lang"] = lang
