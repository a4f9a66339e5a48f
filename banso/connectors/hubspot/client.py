"""A HubSpot account reached with a private app's access token, through hubspot-api-client.

hubspot-api-client builds every request and typed answer from HubSpot's OpenAPI descriptions (CRM objects
v3 and their search, associations v4, properties v3, lists v3, owners v3); banso points it at the
connector's `url`, turns its own retries off and applies banso's one policy instead, and keeps to the
documented limits: at most 4 search requests a second (the search API allows 5) and a backoff on 429,
which HubSpot sends without Retry-After ("You have reached your ten_secondly_rolling limit").
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from banso.config.connectors import HubSpotConnector
from banso.connectors.requires import vendor_client
from banso.connectors.retry import Failure, call, http_failure
from banso.connectors.secrets import Credentials

T = TypeVar("T")
SEARCH_INTERVAL = 0.25  # seconds between search requests: 4 a second, under the documented 5
MAX_BATCH = 100  # records per batch read or update


class HubSpotApi:
    def __init__(self, name: str, conn: HubSpotConnector, creds: Credentials,
                 sleep: Callable[[float], None] | None = None):
        vendor_client("hubspot", "hubspot-api-client", "HubSpot")
        from hubspot import HubSpot

        self.name, self.conn, self.creds, self.sleep = name, conn, creds, sleep
        self.client = HubSpot(access_token=creds["TOKEN"], host=conn.url.rstrip("/"))
        self._last_search = 0.0
        self._pace = threading.Lock()

    # -- calls -------------------------------------------------------------------------------
    def api(self, what: str, fn: Callable[[], T]) -> T:
        return call(self.name, what, fn, self._classify, credentials_hint=self.creds.hint(), sleep=self.sleep)

    def _classify(self, exc: BaseException) -> Failure | None:
        import urllib3

        status = getattr(exc, "status", None)
        if type(exc).__name__.endswith("Exception") and isinstance(status, int):  # any generated ApiException
            body = _body(getattr(exc, "body", None))
            message = self.creds.redact(str(body.get("message") or getattr(exc, "reason", "") or ""))[:300]
            category = body.get("category") or body.get("errorType") or ""
            headers = dict(getattr(exc, "headers", None) or {})
            if status == 401:
                return Failure(f"HubSpot refused the access token ({category}: {message})", credentials=True)
            if status == 403 and category == "MISSING_SCOPES":
                return Failure(f"the private app lacks a scope: {message}")
            return http_failure(status, f"{category}: {message}" if category else message, headers)
        if isinstance(exc, urllib3.exceptions.HTTPError):
            return Failure(f"the connection failed ({type(exc).__name__}); the request is sent again", retry=True)
        if isinstance(exc, json.JSONDecodeError | UnicodeDecodeError):
            return Failure("an answer arrived cut short (not whole JSON); it is asked for again", retry=True)
        return None

    def _paced(self) -> None:
        with self._pace:
            wait = self._last_search + SEARCH_INTERVAL - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last_search = time.monotonic()

    # -- reading -----------------------------------------------------------------------------
    def search(self, object_type: str, properties: list[str], modified: str, since_ms: int | None,
               after: str | None, limit: int) -> tuple[list[Any], str | None]:
        """One page of the objects modified at or after `since_ms`, oldest change first."""
        from hubspot.crm.objects import Filter, FilterGroup, PublicObjectSearchRequest

        groups = [FilterGroup(filters=[Filter(property_name=modified, operator="GTE", value=str(since_ms))])] \
            if since_ms is not None else []
        request = PublicObjectSearchRequest(filter_groups=groups, sorts=[f"{modified}"], properties=properties,
                                            limit=limit, after=after or "0")
        request.sorts = [{"propertyName": modified, "direction": "ASCENDING"}]

        def run() -> Any:
            self._paced()
            return self.client.crm.objects.search_api.do_search(object_type, public_object_search_request=request)

        page = self.api(f"search {object_type}", run)
        nxt = page.paging.next.after if page.paging and page.paging.next else None
        return list(page.results or []), nxt

    def associations(self, from_type: str, to_type: str, ids: list[str]) -> dict[str, list[str]]:
        """For each record, the ids of its associated records of `to_type` (v4 batch read, 1,000 at a time)."""
        from hubspot.crm.associations.v4 import BatchInputPublicFetchAssociationsBatchRequest

        out: dict[str, list[str]] = {}
        for start in range(0, len(ids), 1000):
            chunk = ids[start:start + 1000]
            body = BatchInputPublicFetchAssociationsBatchRequest(inputs=[{"id": i} for i in chunk])
            fetch = partial(self.client.crm.associations.v4.batch_api.get_page, from_type, to_type,
                            batch_input_public_fetch_associations_batch_request=body)
            result = self.api(f"associations {from_type}→{to_type}", fetch)
            for row in result.results or []:
                out[str(row._from.id)] = [str(t.to_object_id) for t in row.to or []]
        return out

    def read(self, object_type: str, ids: list[str], properties: list[str]) -> dict[str, dict[str, Any]]:
        """Records by id with the given properties (batch read, 100 at a time)."""
        from hubspot.crm.objects import BatchReadInputSimplePublicObjectId

        out: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), MAX_BATCH):
            body = BatchReadInputSimplePublicObjectId(properties=properties, properties_with_history=[],
                                                      inputs=[{"id": i} for i in ids[start:start + MAX_BATCH]])
            result = self.api(f"read {object_type}", partial(self.client.crm.objects.batch_api.read, object_type,
                                                             batch_read_input_simple_public_object_id=body))
            for rec in result.results or []:
                out[str(rec.id)] = dict(rec.properties or {})
        return out

    def owners(self) -> dict[str, str]:
        """Owner id -> their name (or e-mail), for the `owner` of companies."""
        out: dict[str, str] = {}
        after: str | None = None
        while True:
            page = self.api("owners", partial(self.client.crm.owners.owners_api.get_page, limit=100, after=after,
                                              archived=False))
            for o in page.results or []:
                name = " ".join(p for p in (o.first_name, o.last_name) if p) or o.email or str(o.id)
                out[str(o.id)] = name
            if not (page.paging and page.paging.next):
                return out
            after = page.paging.next.after


def _body(raw: Any) -> dict[str, Any]:
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return {"message": str(raw)[:200]}
    return value if isinstance(value, dict) else {"message": str(value)[:200]}
