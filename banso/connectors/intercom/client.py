"""An Intercom workspace reached with an access token, through python-intercom.

python-intercom builds the requests and typed answers of the REST API; banso pins the API version it
was written against (`Intercom-Version: 2.11`), points the client at the connector's `url`, leaves the
client's own retries off and applies banso's policy: a 429 waits until `X-RateLimit-Reset` (Intercom
sends no Retry-After), dropped connections and cut-short pages are asked for again.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from banso.config.connectors import IntercomConnector
from banso.connectors.requires import vendor_client
from banso.connectors.retry import Failure, call, http_failure
from banso.connectors.secrets import Credentials

T = TypeVar("T")
API_VERSION = "2.11"


class IntercomApi:
    def __init__(self, name: str, conn: IntercomConnector, creds: Credentials,
                 sleep: Callable[[float], None] | None = None):
        vendor_client("intercom", "python-intercom", "Intercom")
        from intercom import Intercom

        self.name, self.creds, self.sleep = name, creds, sleep
        self.http = httpx.Client(timeout=60.0)
        self.client = Intercom(token=creds["TOKEN"], base_url=conn.url.rstrip("/"), httpx_client=self.http,
                               headers={"Intercom-Version": API_VERSION})

    def api(self, what: str, fn: Callable[[], T]) -> T:
        return call(self.name, what, fn, self._classify, credentials_hint=self.creds.hint(), sleep=self.sleep)

    def _classify(self, exc: BaseException) -> Failure | None:
        from intercom.core.api_error import ApiError

        if isinstance(exc, ApiError):
            status = exc.status_code or 0
            if 200 <= status < 300:  # the client could not read the answer as JSON: it was cut short
                return Failure("a page arrived cut short (not whole JSON); it is asked for again", retry=True)
            body = _body(exc.body)
            errors = body.get("errors") or [{}]
            code, message = errors[0].get("code", ""), self.creds.redact(str(errors[0].get("message", "")))[:300]
            headers = {k.lower(): v for k, v in (exc.headers or {}).items()}
            if status == 401:
                return Failure(f"Intercom refused the access token ({code}: {message})", credentials=True)
            if status == 429 and "retry-after" not in headers and headers.get("x-ratelimit-reset", "").isdigit():
                wait = max(1.0, int(headers["x-ratelimit-reset"]) - time.time())
                return Failure(f"HTTP 429: {code}: {message}", retry=True, wait=wait)
            return http_failure(status, f"{code}: {message}" if code else message, headers)
        if isinstance(exc, httpx.TransportError):
            return Failure(f"the connection failed ({type(exc).__name__}); the page is asked for again", retry=True)
        if isinstance(exc, json.JSONDecodeError):
            return Failure("a page arrived cut short (not whole JSON); it is asked for again", retry=True)
        return None

    def close(self) -> None:
        self.http.close()


def as_dict(model: Any) -> dict[str, Any]:
    """A typed answer back to the JSON Intercom sent (field names as in the API)."""
    if hasattr(model, "model_dump"):
        return dict(model.model_dump(mode="json", by_alias=True))
    return dict(model.dict(by_alias=True))


def _body(raw: Any) -> dict[str, Any]:
    if isinstance(raw, dict):
        return raw
    if hasattr(raw, "dict"):
        return as_dict(raw)
    try:
        value = json.loads(raw) if isinstance(raw, str | bytes) else {}
    except ValueError:
        return {"errors": [{"message": str(raw)[:200]}]}
    return value if isinstance(value, dict) else {}
