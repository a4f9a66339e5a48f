"""A signed-in Salesforce REST API: OAuth 2.0 client credentials, SOQL pages, describe, sObject Collections.

simple-salesforce does the REST calls; this module adds what it leaves to its users: getting the token
from the org's own My Domain (`POST /services/oauth2/token`, grant_type=client_credentials), signing in
again once when a session expires, and one retry policy (banso.connectors.retry) for dropped connections,
cut-short pages, 5xx and 429 with Retry-After. The org's daily allowance (REQUEST_LIMIT_EXCEEDED, HTTP 403)
stops the run: waiting cannot help, and the next run resumes from the last good cursor.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any, TypeVar

import requests

from banso.config.connectors import SalesforceConnector
from banso.connectors.requires import vendor_client
from banso.connectors.retry import Failure, call, http_failure, retry_after
from banso.connectors.secrets import Credentials
from banso.errors import ConnectorError, CredentialsError

T = TypeVar("T")
TIMEOUT = 60.0


class SalesforceApi:
    """One connector's session with its org."""

    def __init__(self, name: str, conn: SalesforceConnector, creds: Credentials,
                 sleep: Callable[[float], None] | None = None):
        vendor_client("simple_salesforce", "simple-salesforce", "Salesforce")
        from simple_salesforce import Salesforce

        self.name, self.conn, self.creds = name, conn, creds
        self.sleep = sleep
        self.http = requests.Session()
        self.last: requests.Response | None = None
        self.http.hooks["response"].append(self._remember)
        token = self._token()
        self.instance_url: str = token["instance_url"].rstrip("/")
        self.sf = Salesforce(instance_url=self.instance_url, session_id=token["access_token"],
                             version=conn.api_version, session=self.http)

    def _remember(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        self.last = response

    # -- signing in --------------------------------------------------------------------------
    def _token(self) -> dict[str, str]:
        url = self.conn.url.rstrip("/") + "/services/oauth2/token"
        data = {"grant_type": "client_credentials", "client_id": self.creds["CLIENT_ID"],
                "client_secret": self.creds["CLIENT_SECRET"]}

        def post() -> requests.Response:
            return self.http.post(url, data=data, timeout=TIMEOUT)

        response = self._call("sign in", post)
        if response.status_code in (400, 401):
            try:
                body = response.json()
                reason = f"{body.get('error')}: {body.get('error_description')}"
            except ValueError:
                reason = response.text[:200]
            raise CredentialsError(f"connector {self.name!r}: Salesforce refused the sign-in at {self.conn.url} "
                                   f"({self.creds.redact(reason)}). {self.creds.hint()}")
        if response.status_code >= 300:
            raise ConnectorError(f"connector {self.name!r}: sign-in at {self.conn.url} failed: HTTP "
                                 f"{response.status_code}: {self.creds.redact(response.text[:200])}")
        token = response.json()
        if not token.get("access_token") or not token.get("instance_url"):
            raise ConnectorError(f"connector {self.name!r}: the sign-in answer has no access_token and instance_url")
        return dict(token)

    def _renew(self) -> None:
        token = self._token()
        self.sf.session_id = token["access_token"]
        self.sf.headers["Authorization"] = "Bearer " + token["access_token"]

    # -- calls -------------------------------------------------------------------------------
    def _call(self, what: str, fn: Callable[[], T]) -> T:
        return call(self.name, what, fn, self._classify, credentials_hint=self.creds.hint(), sleep=self.sleep)

    def api(self, what: str, fn: Callable[[], T]) -> T:
        """`fn()` against the REST API, signed in again once if the session expired."""
        from simple_salesforce.exceptions import SalesforceExpiredSession

        try:
            return self._call(what, fn)
        except _Expired:
            self._renew()
        try:
            return self._call(what, fn)
        except _Expired as exc:
            raise CredentialsError(f"connector {self.name!r}: the session expired again right after signing in. "
                                   f"{self.creds.hint()}") from exc
        except SalesforceExpiredSession as exc:  # pragma: no cover - classified above
            raise CredentialsError(str(exc)) from exc

    def _classify(self, exc: BaseException) -> Failure | None:
        from simple_salesforce.exceptions import SalesforceError

        if isinstance(exc, SalesforceError):
            errors: list[Any] = exc.content if isinstance(exc.content, list) else []
            code = errors[0].get("errorCode", "") if errors and isinstance(errors[0], dict) else ""
            message = errors[0].get("message", "") if errors and isinstance(errors[0], dict) else str(exc.content)[:200]
            if exc.status == 401 and code == "INVALID_SESSION_ID":
                raise _Expired() from exc
            if code == "REQUEST_LIMIT_EXCEEDED":
                return Failure("the org's API request allowance is used up (REQUEST_LIMIT_EXCEEDED: "
                               f"{message}); nothing was loaded, and the next run resumes from the last good cursor")
            headers = dict(self.last.headers) if self.last is not None else {}
            failure = http_failure(exc.status, f"{code or exc.resource_name}: {self.creds.redact(message)}", headers)
            if exc.status == 429 or exc.status == 503:
                return Failure(failure.message, retry=True, wait=retry_after(headers.get("Retry-After")))
            return failure
        if isinstance(exc, requests.ConnectionError | requests.Timeout | requests.exceptions.ChunkedEncodingError):
            return Failure(f"the connection failed ({type(exc).__name__}); the page is asked for again", retry=True)
        if isinstance(exc, json.JSONDecodeError | requests.exceptions.JSONDecodeError):
            return Failure("a page arrived cut short (not whole JSON); it is asked for again", retry=True)
        return None

    # -- what the connector uses -------------------------------------------------------------
    def query(self, soql: str) -> Iterator[list[dict[str, Any]]]:
        """The records of a SOQL query, page by page (each page read whole, or asked for again)."""
        page = self.api("query", lambda: self.sf.query(soql))
        while True:
            yield list(page.get("records") or [])
            if page.get("done", True) or not page.get("nextRecordsUrl"):
                return
            page = self.api("query (next page)", partial(self.sf.query_more, page["nextRecordsUrl"],
                                                         identifier_is_url=True))

    def describe(self, sobject: str) -> dict[str, Any]:
        return self.api(f"describe {sobject}", lambda: getattr(self.sf, sobject).describe())  # type: ignore[no-any-return]

    def update_records(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """PATCH /composite/sobjects: up to 200 records in one request; one result per record."""
        body = {"allOrNone": False, "records": records}
        result = self.api("update records", lambda: self.sf.restful("composite/sobjects", method="PATCH",
                                                                   data=json.dumps(body)))
        return list(result or [])

    def record_url(self, record_id: str) -> str:
        return f"{self.instance_url}/{record_id}"


class _Expired(Exception):
    """The session expired (HTTP 401 INVALID_SESSION_ID): sign in again once."""
