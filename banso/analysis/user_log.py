"""One person's behaviour log (N1 analysis): who they are, where they belong, every event they sent."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import ibis
import pandas as pd

from banso.analysis.source import Source
from banso.errors import BansoError, NotFoundError


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    clean = frame.astype(object).where(frame.notna(), None)
    return clean.to_dict("records")  # type: ignore[return-value]


def user_profile(store: Source, user_id: str) -> dict[str, Any]:
    """The user's row plus their memberships (with account names); NotFoundError when unknown."""
    users = store.table("users")
    frame = store.execute(users.filter(users.user_id == user_id).select("user_id", "email", "created_at"))
    if frame.empty:
        raise NotFoundError(f"no user with id {user_id!r}")
    profile = _records(frame)[0]
    mem = store.table("memberships")
    acc = store.table("accounts").select("account_id", "name", "tier", "status")
    m = mem.filter(mem.user_id == user_id)
    j = m.left_join(acc, m.account_id == acc.account_id).select(m.account_id, acc.name, acc.tier, acc.status, m.role,
                                                                m.joined_at)
    profile["memberships"] = _records(store.execute(j.order_by("joined_at")))
    return profile


def event_counts(store: Source, user_id: str) -> list[tuple[str, int]]:
    """Every event name the user sent, with how often, most frequent first."""
    e = store.table("events")
    e = e.filter(e.user_id == user_id)
    frame = store.execute(e.group_by("event").agg(n=e.count()).order_by([ibis.desc("n"), "event"]))
    return [(str(name), int(n)) for name, n in zip(frame["event"], frame["n"], strict=True)]


@dataclass(frozen=True)
class EventPage:
    rows: list[dict[str, Any]]  # ts, day, event, account_id, properties (dict or None)
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def user_events(store: Source, user_id: str, *, event: str | None = None, page: int = 1, per_page: int = 50) -> EventPage:
    """The user's events, newest first, optionally only one event name."""
    if page < 1 or not 1 <= per_page <= 500:
        raise BansoError("page must be 1 or more and per_page between 1 and 500")
    e = store.table("events")
    e = e.filter(e.user_id == user_id)
    if event:
        e = e.filter(e.event == event)
    total = int(store.execute(e.aggregate(n=e.count()))["n"].iloc[0])
    frame = store.execute(
        e.select("event_id", "ts", "day", "event", "account_id", props=e.properties.cast("string"))
        .order_by([ibis.desc("ts"), ibis.desc("event_id")]).limit(per_page, offset=(page - 1) * per_page)
    )
    rows = _records(frame)
    for r in rows:
        raw = r.pop("props", None)
        try:
            r["properties"] = json.loads(raw) if raw else None
        except (TypeError, ValueError):
            r["properties"] = {"raw": raw}
    return EventPage(rows=rows, total=total, page=page, per_page=per_page)
