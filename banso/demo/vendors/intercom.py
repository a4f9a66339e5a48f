"""A stand-in for the Intercom REST API 2.11 (companies, contacts, conversations), as its API reference
and OpenAPI description (Intercom-Version 2.11) describe them.

- `Authorization: Bearer <access token>`; otherwise 401 `{"type": "error.list", "errors":
  [{"code": "unauthorized", "message": "Access Token Invalid"}]}`.
- `GET /companies/scroll[?scroll_param=]`: every company, 50 a page, with the `scroll_param` for the next
  page; an empty page ends the scroll and expires its parameter. One scroll per workspace at a time:
  opening another while one is going answers 400 `scroll_exists`; an unknown or expired parameter 404.
- `POST /contacts/search` and `POST /conversations/search`: a single filter or nested AND/OR groups
  (`=`, `!=`, `IN`, `NIN`, `>`, `<`, `~`), `pagination: {per_page (≤150), starting_after}`; answers
  `data`, `total_count` and `pages.next.starting_after`. Contact search compares timestamps by day
  (Intercom indexes them as dates: `> t` means after the day of t).
- Contacts list their companies (`companies.data[].id`); conversations their contacts and `source`.
- 10,000 requests a minute for the app, spread over 10-second windows (1,666 each); past it 429
  `rate_limit_exceeded` with X-RateLimit-Limit/-Remaining/-Reset and no Retry-After.
"""

from __future__ import annotations

import itertools
import secrets
import time
from collections import deque
from datetime import UTC, datetime
from typing import Any

from banso.demo.vendors.base import Request, Response, StandIn

DAY = 86_400


class IntercomServer(StandIn):
    def __init__(self, token: str = "dG9rOmJhbnNv", *, scroll_size: int = 50, window_limit: int = 1666,
                 start: datetime | None = None):
        super().__init__()
        self.token = token
        self.scroll_size = scroll_size
        self.window_limit = window_limit
        self.records: dict[str, dict[str, dict[str, Any]]] = {"companies": {}, "contacts": {}, "conversations": {}}
        self.now = int((start or datetime(2026, 4, 1, 9, 0, tzinfo=UTC)).timestamp())
        self.scroll: tuple[str, int, float] | None = None  # (param, offset, last used)
        self._ids = itertools.count(1)
        self._calls: deque[float] = deque()

    def tick(self) -> int:
        self.now += 1
        return self.now

    def _id(self) -> str:
        return f"{next(self._ids):024x}"

    def add_company(self, company_id: str | None, name: str, **extra: Any) -> str:
        with self.lock:
            cid = extra.pop("id", None) or self._id()
            now = self.tick()
            self.records["companies"][cid] = {"type": "company", "id": cid, "company_id": company_id, "name": name,
                                              "app_id": "abc123", "created_at": now, "updated_at": now,
                                              "remote_created_at": None, "plan": {}, "size": 0, "website": None,
                                              "industry": None, "monthly_spend": 0, "session_count": 0,
                                              "user_count": 0, "custom_attributes": {}, **extra}
            return cid

    def add_contact(self, email: str, companies: list[str], **extra: Any) -> str:
        with self.lock:
            cid = extra.pop("id", None) or self._id()
            now = self.tick()
            self.records["contacts"][cid] = {
                "type": "contact", "id": cid, "workspace_id": "abc123", "external_id": None, "role": "user",
                "email": email, "name": None, "created_at": now, "updated_at": now, "signed_up_at": None,
                "custom_attributes": {}, **extra, "companies": self._companies(companies)}
            return cid

    def _companies(self, ids: list[str]) -> dict[str, Any]:
        return {"type": "list", "data": [{"type": "company", "id": i, "url": f"/companies/{i}"} for i in ids],
                "url": "/contacts/companies", "total_count": len(ids), "has_more": False}

    def add_conversation(self, contact: str, body: str, **extra: Any) -> str:
        with self.lock:
            cid = extra.pop("id", None) or str(next(self._ids) + 10_000)
            now = self.tick()
            self.records["conversations"][cid] = {
                "type": "conversation", "id": cid, "created_at": now, "updated_at": now, "title": None,
                "state": "open", "open": True, "read": True, "priority": "not_priority",
                "source": {"type": "conversation", "id": "1", "delivered_as": "customer_initiated", "subject": "",
                           "body": body, "author": {"type": "user", "id": contact}},
                "contacts": {"type": "contact.list", "contacts": [{
                    "type": "contact", "id": contact,
                    "external_id": (self.records["contacts"].get(contact) or {}).get("external_id")}]},
                "conversation_rating": None, **extra}
            return cid

    def update(self, kind: str, rid: str, values: dict[str, Any]) -> None:
        with self.lock:
            if "companies" in values and kind == "contacts":
                values = {**values, "companies": self._companies(values["companies"])}
            self.records[kind][rid].update(values)
            self.records[kind][rid]["updated_at"] = self.tick()

    # -- the API -----------------------------------------------------------------------------
    def handle(self, req: Request) -> Response:
        if req.header("Authorization") != f"Bearer {self.token}":
            return _error(401, "unauthorized", "Access Token Invalid")
        limited = self._limited()
        if limited is not None:
            return limited
        if req.path == "/companies/scroll" and req.method == "GET":
            return self._scroll(req.arg("scroll_param"))
        if req.path in ("/contacts/search", "/conversations/search") and req.method == "POST":
            return self._search(req.path.split("/")[1], req.json() or {})
        return _error(404, "not_found", "Resource Not Found")

    def _limited(self) -> Response | None:
        now = time.monotonic()
        while self._calls and now - self._calls[0] >= 10:
            self._calls.popleft()
        reset = str(int(time.time()) + 10)
        if len(self._calls) >= self.window_limit:
            return Response(429, {"type": "error.list", "errors": [{"code": "rate_limit_exceeded", "message":
                                  "Exceeded rate limit of 10000 in 60 seconds"}]},
                            {"X-RateLimit-Limit": "10000", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset})
        self._calls.append(now)
        return None

    def _scroll(self, param: str | None) -> Response:
        companies = sorted(self.records["companies"].values(), key=lambda c: c["created_at"])
        if param is None:
            if self.scroll is not None and time.monotonic() - self.scroll[2] < 60:
                return _error(400, "scroll_exists", "scroll already exists for this workspace. Please ensure to "
                              "use the scroll parameter returned in the previous request")
            offset = 0
        elif self.scroll is None or self.scroll[0] != param or time.monotonic() - self.scroll[2] >= 60:
            return _error(404, "not_found", "scroll parameter not found")
        else:
            offset = self.scroll[1]
        chunk = companies[offset: offset + self.scroll_size]
        if not chunk:
            self.scroll = None
            return Response(200, {"type": "list", "data": [], "pages": None, "total_count": None,
                                  "scroll_param": param})
        token = param or secrets.token_hex(16)
        self.scroll = (token, offset + len(chunk), time.monotonic())
        return Response(200, {"type": "list", "data": chunk, "pages": None, "total_count": None,
                              "scroll_param": token})

    def _search(self, kind: str, body: dict[str, Any]) -> Response:
        query = body.get("query") or {}
        paging = body.get("pagination") or {}
        per_page = int(paging.get("per_page") or 50)
        if per_page > 150:
            return _error(400, "parameter_invalid", "per_page must be at most 150")
        try:
            rows = [r for r in self.records[kind].values() if _matches(r, query, by_day=(kind == "contacts"))]
        except ValueError as exc:
            return _error(400, "parameter_invalid", str(exc))
        rows.sort(key=lambda r: (r.get("created_at") or 0, r["id"]))
        after = paging.get("starting_after")
        start = 0
        if after:
            ids = [r["id"] for r in rows]
            start = ids.index(after) + 1 if after in ids else len(rows)
        chunk = rows[start: start + per_page]
        pages: dict[str, Any] = {"type": "pages", "page": start // per_page + 1, "per_page": per_page,
                                 "total_pages": max(1, -(-len(rows) // per_page))}
        if start + per_page < len(rows):
            pages["next"] = {"page": start // per_page + 2, "starting_after": chunk[-1]["id"]}
        name = "data" if kind == "contacts" else "conversations"
        return Response(200, {"type": "list" if kind == "contacts" else "conversation.list", name: chunk,
                              "total_count": len(rows), "pages": pages})


def _matches(record: dict[str, Any], q: dict[str, Any], by_day: bool) -> bool:
    if "value" in q and isinstance(q.get("value"), list) and q.get("operator") in ("AND", "OR"):
        results = [_matches(record, sub, by_day) for sub in q["value"]]
        return all(results) if q["operator"] == "AND" else any(results)
    field, op, target = q.get("field"), q.get("operator"), q.get("value")
    if not field:
        raise ValueError("a filter needs field, operator and value")
    value = record.get(field)
    if field.endswith("_at") and isinstance(target, int | float) and by_day:
        # indexed as dates: `> t` means after t's day, `< t` before it, `=` the same day
        target = int(target) // DAY * DAY
        value = None if value is None else int(value) // DAY * DAY
        if op == ">":
            return value is not None and value > target
    if op == "=":
        return bool(value == target)
    if op == "!=":
        return bool(value != target)
    if op == "IN":
        return value in (target or [])
    if op == "NIN":
        return value not in (target or [])
    if op == "~":
        return str(target) in str(value or "")
    if value is None:
        return False
    if op == ">":
        return bool(value > target)
    if op == "<":
        return bool(value < target)
    raise ValueError(f"unsupported operator {op!r}")


def _error(status: int, code: str, message: str) -> Response:
    return Response(status, {"type": "error.list", "request_id": secrets.token_hex(8),
                             "errors": [{"code": code, "message": message}]})
