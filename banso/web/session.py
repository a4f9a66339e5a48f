"""Signed session cookies (pure ASGI): the language choice, the CSRF token and, once signed in, the session token.

The cookie holds a small JSON object signed with the workspace's secret (itsdangerous, with a
timestamp checked against `max_age`). Who is signed in is decided server-side from the session
token it carries (`banso.appstate.web_sessions`), never from the signature alone. It is HttpOnly and SameSite=Lax always, and Secure whenever the
request came over HTTPS (directly, or through a proxy when uvicorn trusts its forwarded headers), or
always when `https_only=True`. `request.session` works as with Starlette's own middleware.
"""

from __future__ import annotations

import json
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

COOKIE = "banso_session"


class SessionMiddleware:
    def __init__(self, app: ASGIApp, secret_key: str, *, max_age: int = 14 * 24 * 3600,
                 https_only: bool | None = None, cookie: str = COOKIE) -> None:
        self.app = app
        self.signer = URLSafeTimedSerializer(secret_key, salt="banso.session")
        self.max_age = max_age
        self.https_only = https_only
        self.cookie = cookie

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        conn = HTTPConnection(scope)
        data: dict[str, Any] = {}
        raw = conn.cookies.get(self.cookie)
        if raw:
            try:
                loaded = self.signer.loads(raw, max_age=self.max_age)
                data = loaded if isinstance(loaded, dict) else {}
            except BadSignature:
                data = {}
        scope["session"] = data
        before = json.dumps(data, sort_keys=True)
        secure = self.https_only if self.https_only is not None else scope.get("scheme") in ("https", "wss")

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                session = scope["session"]
                if json.dumps(session, sort_keys=True) != before or (raw and not session):
                    headers = MutableHeaders(scope=message)
                    flags = "; Path=/; HttpOnly; SameSite=Lax" + ("; Secure" if secure else "")
                    if session:
                        value = self.signer.dumps(session)
                        headers.append("Set-Cookie", f"{self.cookie}={value}; Max-Age={self.max_age}{flags}")
                    else:
                        headers.append("Set-Cookie", f"{self.cookie}=; Max-Age=0{flags}")
            await send(message)

        await self.app(scope, receive, send_with_cookie)
