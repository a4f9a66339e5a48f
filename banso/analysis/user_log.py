"""One person's behaviour log (N1 analysis): who they are, where they belong, every event they sent."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any

import ibis
from pydantic import Field

from banso.analysis.source import Source
from banso.errors import BansoError, NotFoundError
from banso.i18n import N_
from banso.paged import page_count, page_offset
from banso.values import Moment, as_date, as_moment, records


def user_profile(store: Source, user_id: str) -> dict[str, Any]:
    """The user's row plus their memberships (with account names); NotFoundError when unknown."""
    users = store.table("users")
    frame = store.execute(users.filter(users.user_id == user_id).select("user_id", "email", "created_at"))
    if frame.empty:
        raise NotFoundError(N_("no user with id %(id)s"), id=repr(user_id))
    profile = records(frame)[0]
    mem = store.table("memberships")
    acc = store.table("accounts").select("account_id", "name", "tier", "status")
    m = mem.filter(mem.user_id == user_id)
    j = m.left_join(acc, m.account_id == acc.account_id).select(m.account_id, acc.name, acc.tier, acc.status, m.role,
                                                                m.joined_at)
    profile["memberships"] = records(store.execute(j.order_by("joined_at")))
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
        return page_count(self.total, self.per_page)


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
        .order_by([ibis.desc("ts"), ibis.desc("event_id")]).limit(per_page, offset=page_offset(page, per_page))
    )
    rows = records(frame)
    for r in rows:
        raw = r.pop("props", None)
        try:
            r["properties"] = json.loads(raw) if raw else None
        except (TypeError, ValueError):
            r["properties"] = {"raw": raw}
    return EventPage(rows=rows, total=total, page=page, per_page=per_page)


@dataclass(frozen=True)
class Membership:
    account_id: str
    name: str | None
    tier: str | None
    status: str | None
    role: str | None
    joined_at: Moment | None


@dataclass(frozen=True)
class Event:
    event_id: str
    ts: Annotated[datetime, Field(description="when it happened (UTC)")]
    day: Annotated[date | None, Field(description="local calendar day in the workspace time zone")]
    event: str
    account_id: str | None
    properties: dict[str, Any] | None


@dataclass(frozen=True)
class UserPage:
    user_id: str
    email: str | None
    created_at: Moment | None
    memberships: list[Membership]
    event_names: Annotated[list[tuple[str, int]], Field(description="(event, count) for every event the user sent")]
    event: Annotated[str | None, Field(description="the event filter applied, if any")]
    events: list[Event]
    total: int
    page: int
    pages: int
    per_page: int


def user_page(store: Source, user_id: str, *, event: str | None = None, page: int = 1, per_page: int = 50) -> UserPage:
    """One person: who they are, where they belong, and a page of their events (newest first)."""
    profile = user_profile(store, user_id)
    names = event_counts(store, user_id)
    log = user_events(store, user_id, event=event or None, page=page, per_page=per_page)
    return UserPage(
        user_id=profile["user_id"], email=profile["email"], created_at=as_moment(profile["created_at"]),
        memberships=[Membership(**{**m, "joined_at": as_moment(m["joined_at"])}) for m in profile["memberships"]],
        event_names=names, event=event or None,
        events=[Event(**{**r, "ts": as_moment(r["ts"]), "day": as_date(r["day"])}) for r in log.rows], total=log.total, page=log.page,
        pages=log.pages,
        per_page=log.per_page,
    )
