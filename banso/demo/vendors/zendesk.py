"""A stand-in for the Zendesk Support API v2 incremental exports, as the Incremental Exports reference
describes them.

- Basic authentication `{email}/token:{api_token}`; otherwise 401 `{"error": "Couldn't authenticate you"}`.
- `GET /api/v2/incremental/organizations.json?start_time=` (time-based): items changed at or after
  `start_time` (Unix seconds), up to 1,000 a page, with `end_time` (the last item's time, the next
  `start_time`), `next_page` and `end_of_stream`. A `start_time` within the last minute is a 400
  InvalidValue, and items changed in the last minute are left out, as Zendesk does.
- `GET /api/v2/incremental/users/cursor.json` and `/tickets/cursor.json` (cursor-based): `start_time` or
  `cursor`, `per_page` up to 1,000; answers the items, `after_cursor`, `after_url` and `end_of_stream`
  (the cursor stays valid to continue from later). Tickets carry `satisfaction_rating`.
- `GET /api/v2/organizations/show_many.json?ids=1,2`: up to 100 organizations by id.
- At most 10 incremental export requests a minute; past that 429 with `Retry-After` (seconds) and
  `{"error": "APIRateLimitExceeded", "description": "Number of allowed incremental export API requests
  per minute exceeded"}`.
"""

from __future__ import annotations

import base64
import itertools
import time
from collections import deque
from datetime import UTC, datetime, timedelta
from typing import Any

from banso.demo.vendors.base import Request, Response, StandIn

OBJECTS = ("organizations", "users", "tickets")


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _epoch(stamp: str) -> int:
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp())


class ZendeskServer(StandIn):
    def __init__(self, email: str = "ops@example.com", token: str = "zd-token-banso", *, exports_per_minute: int = 10,
                 start: datetime | None = None):
        super().__init__()
        self.auth = "Basic " + base64.b64encode(f"{email}/token:{token}".encode()).decode()
        self.exports_per_minute = exports_per_minute
        self.records: dict[str, dict[str, dict[str, Any]]] = {o: {} for o in OBJECTS}
        self.clock = start or datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
        self._ids = itertools.count(1)
        self._exports: deque[float] = deque()

    def tick(self) -> datetime:
        self.clock += timedelta(seconds=1)
        return self.clock

    def add(self, obj: str, values: dict[str, Any]) -> int:
        with self.lock:
            rid = int(values.get("id") or 360000000 + next(self._ids))
            now = iso(self.tick())
            base: dict[str, Any] = {"url": f"https://example.zendesk.com/api/v2/{obj}/{rid}.json",
                                    "created_at": now}
            if obj == "organizations":
                base |= {"external_id": None, "domain_names": [], "tags": [], "organization_fields": {},
                         "deleted_at": None}
            elif obj == "users":
                base |= {"role": "end-user", "active": True, "organization_id": None, "external_id": None}
            else:
                base |= {"status": "open", "priority": None, "organization_id": None, "requester_id": None,
                         "satisfaction_rating": {"score": "unoffered"}, "tags": []}
            self.records[obj][str(rid)] = {**base, **values, "id": rid, "updated_at": now}
            return rid

    def update(self, obj: str, rid: int, values: dict[str, Any]) -> None:
        with self.lock:
            self.records[obj][str(rid)].update(values)
            self.records[obj][str(rid)]["updated_at"] = iso(self.tick())

    # -- the API -----------------------------------------------------------------------------
    def handle(self, req: Request) -> Response:
        if req.header("Authorization") != self.auth:
            return Response(401, {"error": "Couldn't authenticate you"})
        if req.path.startswith("/api/v2/incremental/"):
            limited = self._limited()
            if limited is not None:
                return limited
        if req.path == "/api/v2/incremental/organizations.json":
            return self._time_based("organizations", req)
        for obj in ("users", "tickets"):
            if req.path == f"/api/v2/incremental/{obj}/cursor.json":
                return self._cursor_based(obj, req)
        if req.path == "/api/v2/organizations/show_many.json":
            ids = [i for i in (req.arg("ids") or "").split(",") if i]
            if len(ids) > 100:
                return Response(400, {"error": "InvalidValue", "description": "at most 100 ids"})
            return Response(200, {"organizations": [self.records["organizations"][i] for i in ids
                                                    if i in self.records["organizations"]]})
        return Response(404, {"error": "InvalidEndpoint", "description": "Not found"})

    def _limited(self) -> Response | None:
        now = time.monotonic()
        while self._exports and now - self._exports[0] >= 60:
            self._exports.popleft()
        if len(self._exports) >= self.exports_per_minute:
            wait = int(60 - (now - self._exports[0])) + 1
            return Response(429, {"error": "APIRateLimitExceeded", "description": "Number of allowed incremental "
                                  "export API requests per minute exceeded"}, {"Retry-After": str(wait)})
        self._exports.append(now)
        return None

    def _visible(self, obj: str) -> list[dict[str, Any]]:
        """Items in export order (time, then id), without those changed in the last minute."""
        horizon = _epoch(iso(self.clock)) - 60 if self.clock > datetime.now(UTC) else int(time.time()) - 60
        items = [r for r in self.records[obj].values() if _epoch(r["updated_at"]) <= horizon]
        return sorted(items, key=lambda r: (_epoch(r["updated_at"]), int(r["id"])))

    def _time_based(self, obj: str, req: Request) -> Response:
        start = req.arg("start_time")
        if start is None or not start.isdigit():
            return Response(400, {"error": "InvalidValue", "description": "start_time is required (Unix seconds)"})
        if int(start) > int(time.time()) - 60:
            return Response(400, {"error": "InvalidValue", "description": "Too recent start_time. Use a start_time "
                                  "older than 1 minute"})
        items = [r for r in self._visible(obj) if _epoch(r["updated_at"]) >= int(start)][:1000]
        end = _epoch(items[-1]["updated_at"]) if items else int(start)
        done = len(items) < 1000
        base = "https://example.zendesk.com/api/v2/incremental"
        return Response(200, {obj: items, "count": len(items), "end_time": end, "end_of_stream": done,
                              "next_page": None if done else f"{base}/{obj}.json?start_time={end}"})

    def _cursor_based(self, obj: str, req: Request) -> Response:
        per_page = min(int(req.arg("per_page") or 1000), 1000)
        items = self._visible(obj)
        cursor = req.arg("cursor")
        if cursor:
            try:
                stamp, _, last = base64.urlsafe_b64decode(cursor.encode()).decode().partition("|")
                after = (int(stamp), int(last))
            except ValueError:
                return Response(400, {"error": "InvalidValue", "description": "cursor is invalid"})
            items = [r for r in items if (_epoch(r["updated_at"]), int(r["id"])) > after]
        else:
            start = req.arg("start_time")
            if start is None or not start.isdigit():
                return Response(400, {"error": "InvalidValue", "description": "start_time or cursor is required"})
            items = [r for r in items if _epoch(r["updated_at"]) >= int(start)]
            after = (int(start) - 1, 2 ** 62)
        chunk = items[:per_page]
        if chunk:
            after = (_epoch(chunk[-1]["updated_at"]), int(chunk[-1]["id"]))
        token = base64.urlsafe_b64encode(f"{after[0]}|{after[1]}".encode()).decode()
        return Response(200, {obj: chunk, "after_cursor": token, "before_cursor": None,
                              "after_url": f"https://example.zendesk.com/api/v2/incremental/{obj}/cursor.json?"
                                           f"cursor={token}", "before_url": None,
                              "end_of_stream": len(items) <= per_page})
