"""Errors as pages people can act on, and as JSON problems for the API; never a stack trace.

    LoginRequired   → page: redirect to /login?next=…   API: 401
    TooManyAttempts → 429 with Retry-After (the sign-in form shows it itself)
    NotAllowedError (a role or owner refuses; the web's Forbidden), PermissionError, CSRFError → 403
    NotFoundError, unknown URL            → 404
    a method the path does not have       → 405 with Allow (every method of the path)
    UnavailableError (no revenue loaded…) → 409 with what is missing
    BansoError (bad filter, bad input)    → 400 with its message
    RequestValidationError                → 422 naming the parameter
    anything else                         → 500 with a reference to find it in the server log

API answers are problem details (`application/problem+json`), as `banso.web.openapi` declares them.
"""

from __future__ import annotations

import logging
import secrets
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.routing import iter_route_contexts
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from banso.config.problems import described_phrases
from banso.errors import BansoError, ConflictError, NotAllowedError, NotFoundError, Phrase, UnavailableError
from banso.i18n import N_
from banso.web.security import CSRFError, LoginRequired, is_api
from banso.web.throttle import TooManyAttempts

log = logging.getLogger("banso.web")


def _problem(request: Request, status: int, title: str, detail: str, **extra: Any) -> Response:
    if is_api(request):
        return JSONResponse({"status": status, "title": title, "detail": detail, **extra}, status_code=status,
                            media_type="application/problem+json")
    from fastapi.responses import HTMLResponse
    from markupsafe import escape

    from banso.web.render import render

    try:
        return render(request, "error.html", status_code=status, status=status, title=title, detail=detail, **extra)
    except Exception:  # the page itself failed: still no traceback, still the message
        log.exception("error page failed")
        return HTMLResponse(f"<!doctype html><title>{escape(title)}</title><h1>{escape(title)}</h1>"
                            f"<p>{escape(detail)}</p>", status_code=status)


def said(request: Request, exc: BansoError | Phrase) -> str:
    """The error's message (or a phrase): English for the API (scripts, logs), in the reader's language on a page."""
    if is_api(request):
        return str(exc)
    from banso.i18n import gettext_
    from banso.web.render import localized

    try:
        with localized(request):
            return exc.text(gettext_)
    except Exception:  # a translation that does not fit its values: the English one still says it
        log.exception("message translation failed")
        return str(exc)


def allowed_methods(request: Request) -> list[str]:
    """Every method some route of the app answers at this path (Starlette's 405 names one route's only)."""
    methods: set[str] = set()
    for route in iter_route_contexts(request.app.routes):  # through the included routers
        found = getattr(route, "methods", None)
        if found and route.matches(request.scope)[0] is not Match.NONE:
            methods |= set(found)
    return sorted(methods)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        if is_api(request) or request.method != "GET":
            return JSONResponse({"status": 401, "title": "Unauthorized",
                                 "detail": "sign in, or send an API token as 'Authorization: Bearer banso_…'"},
                                status_code=401, headers={"WWW-Authenticate": "Bearer"},
                                media_type="application/problem+json")
        target = request.url.path + (("?" + request.url.query) if request.url.query else "")
        return RedirectResponse("/login?next=" + quote(target, safe=""), status_code=303)

    @app.exception_handler(TooManyAttempts)
    async def throttled(request: Request, exc: TooManyAttempts) -> Response:
        response = _problem(request, 429, "Too many attempts", str(exc), retry_after=exc.retry_after)
        response.headers["Retry-After"] = str(exc.retry_after)
        return response

    @app.exception_handler(NotAllowedError)
    async def not_allowed(request: Request, exc: NotAllowedError) -> Response:
        return _problem(request, 403, "Not allowed", said(request, exc))

    @app.exception_handler(PermissionError)
    async def permission(request: Request, exc: PermissionError) -> Response:
        return _problem(request, 403, "Not allowed", str(exc))

    @app.exception_handler(CSRFError)
    async def csrf(request: Request, exc: CSRFError) -> Response:
        return _problem(request, 403, "Form expired",
                        said(request, Phrase(N_("The form was sent without its security token (or from another site). "
                                                "Reload the page and try again."))))

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return _problem(request, 404, "Not found", said(request, exc))

    @app.exception_handler(ConflictError)
    async def conflict(request: Request, exc: ConflictError) -> Response:
        return _problem(request, 409, "Conflict", said(request, exc))

    @app.exception_handler(UnavailableError)
    async def unavailable(request: Request, exc: UnavailableError) -> Response:
        return _problem(request, 409, "Not available yet", said(request, exc))

    @app.exception_handler(BansoError)
    async def banso_error(request: Request, exc: BansoError) -> Response:
        return _problem(request, 400, "Cannot do that", said(request, exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        # "page: must be 1 or more (got 0)", not pydantic's wording; on a page in the reader's language
        problems = [said(request, p) for p in described_phrases(exc.errors())]
        return _problem(request, 422, "Invalid request",
                        "; ".join(problems) or said(request, Phrase(N_("the request is not valid"))))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            return _problem(request, 404, "Not found",
                            said(request, Phrase(N_("There is no page at %(path)s."), path=request.url.path)))
        if exc.status_code == 405:
            allowed = allowed_methods(request)
            response = _problem(request, 405, "Method not allowed",
                                said(request, Phrase(N_("%(path)s answers %(allowed)s, not %(method)s."),
                                                     path=request.url.path, allowed=", ".join(allowed),
                                                     method=request.method)))
            response.headers["Allow"] = ", ".join(allowed)
            return response
        detail = exc.detail if isinstance(exc.detail, str) else "The request could not be handled."
        response = _problem(request, exc.status_code, "Request refused", detail)
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        ref = secrets.token_hex(4)
        log.exception("unexpected error %s on %s %s", ref, request.method, request.url.path)
        return _problem(request, 500, "Something went wrong",
                        said(request, Phrase(N_("The server could not finish this request. The error was logged with "
                                                "reference %(ref)s."), ref=ref)),
                        reference=ref)
