"""The Zendesk Support API v2 for incremental exports: basic authentication with an API token
(`{email}/token:{token}`), one GET per page, banso's retry policy (429 waits its Retry-After; the
incremental exports allow 10 requests a minute)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from banso.config.connectors import ZendeskConnector
from banso.connectors.retry import Failure, call, http_failure
from banso.connectors.secrets import Credentials

TIMEOUT = 60.0


class ZendeskApi:
    def __init__(self, name: str, conn: ZendeskConnector, creds: Credentials,
                 sleep: Callable[[float], None] | None = None):
        self.name, self.creds, self.sleep = name, creds, sleep
        self.base = conn.url.rstrip("/")
        self.http = httpx.Client(auth=(f"{creds['EMAIL']}/token", creds["TOKEN"]), timeout=TIMEOUT,
                                 headers={"Accept": "application/json"})

    def get(self, what: str, path: str, params: dict[str, Any]) -> dict[str, Any]:
        """One page (read whole, or asked for again)."""
        url = path if path.startswith("http") else self.base + path

        def fetch() -> dict[str, Any]:
            response = self.http.get(url, params=params if not path.startswith("http") else None)
            if response.status_code >= 300:
                raise _Refused(response)
            return dict(response.json())

        return call(self.name, what, fetch, self._classify, credentials_hint=self.creds.hint(), sleep=self.sleep)

    def _classify(self, exc: BaseException) -> Failure | None:
        if isinstance(exc, _Refused):
            r = exc.response
            try:
                body = r.json()
                reason = body.get("description") or body.get("error") or r.reason_phrase
                if isinstance(reason, dict):
                    reason = reason.get("message") or reason.get("title") or json.dumps(reason)
            except ValueError:
                reason = r.reason_phrase
            if r.status_code == 401:
                return Failure(f"Zendesk refused the e-mail and API token ({reason})", credentials=True)
            return http_failure(r.status_code, self.creds.redact(str(reason))[:300], dict(r.headers))
        if isinstance(exc, httpx.TransportError):
            return Failure(f"the connection failed ({type(exc).__name__}); the page is asked for again", retry=True)
        if isinstance(exc, json.JSONDecodeError):
            return Failure("a page arrived cut short (not whole JSON); it is asked for again", retry=True)
        return None

    def close(self) -> None:
        self.http.close()


class _Refused(Exception):
    def __init__(self, response: httpx.Response):
        super().__init__(f"HTTP {response.status_code}")
        self.response = response
