"""The actors an insight follows — accounts or users — and the events that count for them.

An event counts for the account it is attributed to (`events.account_id`) and for the user who did
it (`events.user_id`). "Any qualifying event" for an account follows DESIGN's *active account*: a
qualifying event by a member of the account (at the time of the event); a named event counts
whoever did it. Each actor also has a **start**: an account's `trial_started_at` (else its first
event), a user's `created_at` (else their first event).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

import ibis
import ibis.expr.types as ir

from banso.analysis.insights.events import EventMatch, event_condition
from banso.analysis.periods import ts_literal
from banso.config.models import WorkspaceConfig
from banso.store import Store
from banso.store.derived import data_stamp, derived_table

Actor = Literal["account", "user"]
ACTOR_COLUMN: dict[Actor, str] = {"account": "account_id", "user": "user_id"}


def matched_events(store: Store, config: WorkspaceConfig, actor: Actor, match: EventMatch, *,
                   since: datetime | None = None, until: datetime | None = None) -> ir.Table:
    """(actor_id, account_id, ts, day, event_id) of the events `match` describes, in [since, until)."""
    ev = store.table("events")
    ev = ev.filter(ev[ACTOR_COLUMN[actor]].notnull(), event_condition(ev, match, tuple(config.events.passive)))
    if actor == "account":
        ev = ev.filter(ev.account_id.notnull())
    if since is not None:
        ev = ev.filter(ev.ts >= ts_literal(since))
    if until is not None:
        ev = ev.filter(ev.ts < ts_literal(until))
    if actor == "account" and match.event is None:
        mem = store.table("memberships").select("account_id", "user_id", "joined_at")
        ev = ev.join(mem, [ev.account_id == mem.account_id, ev.user_id == mem.user_id]).filter(
            mem.joined_at.isnull() | (mem.joined_at <= ev.ts)).select(ev)
    return ev.select(actor_id=ev[ACTOR_COLUMN[actor]], account_id=ev.account_id, ts=ev.ts, day=ev.day,
                     event_id=ev.event_id)


def actor_starts(store: Store, actor: Actor, until: datetime) -> ir.Table:
    """(actor_id, account_id, t0, start_id) of every actor that had started before `until`.

    `start_id` is null: the start is no event, so an actor's first event may count as its return.
    A user's account is the one of their first event attributed to an account.
    """
    first = first_events(store, actor)
    cut = ts_literal(until)
    if actor == "account":
        acc = store.table("accounts")
        j = acc.left_join(first, acc.account_id == first.actor_id)
        t = j.select(actor_id=acc.account_id, account_id=acc.account_id,
                     t0=acc.trial_started_at.coalesce(first.first_ts))
    else:
        users = store.table("users")
        j = users.left_join(first, users.user_id == first.actor_id)
        t = j.select(actor_id=users.user_id, account_id=first.first_account,
                     t0=users.created_at.coalesce(first.first_ts))
    t = t.filter(t.t0.notnull(), t.t0 < cut)
    return t.mutate(start_id=ibis.null("string"))


def first_events(store: Store, actor: Actor) -> ir.Table:
    """(actor_id, first_ts, first_account): each actor's first event of any kind (passive ones too)."""
    ev = store.table("events")
    column = "account_id" if actor == "account" else "user_id"
    ev = ev.filter(ev[column].notnull(), ev.account_id.notnull())
    expr = ev.group_by(actor_id=ev[column]).agg(first_ts=ev.ts.min(), first_account=ev.account_id.argmin(ev.ts))
    return derived_table(store, f"first events|{actor}", expr, data_stamp(store))


def first_matches(events: ir.Table, by: tuple[str, ...] = ()) -> ir.Table:
    """Per actor (and `by` columns): the first matching event — (actor_id, …by, account_id, t0, start_id)."""
    keys = ("actor_id", *by)
    return events.group_by(*keys).agg(
        account_id=events.account_id.argmin(events.ts),
        t0=events.ts.min(),
        start_id=events.event_id.argmin(events.ts),
    )


MAX_ACTORS = 1000  # the longest list of who a figure counts


@dataclass(frozen=True)
class ActorIds:
    """Who one figure counts (a funnel step's drop-outs, a retention cell): at most MAX_ACTORS ids, in id
    order, and how many there are in all."""

    total: int
    actors: list[str]


def in_group(rows: ir.Table, values: list[str | None] | None) -> ir.Table:
    """The rows of one breakdown group, given by its raw values (None among them: the rows without one)."""
    if values is None:
        return rows
    named = [v for v in values if v is not None]
    cond = rows.value.isin(named) if named else ibis.literal(False)
    if None in values:
        cond = cond | rows.value.isnull()
    return rows.filter(cond)


def actor_ids(store: Store, rows: ir.Table) -> ActorIds:
    """The distinct `actor_id`s of `rows`, counted and listed (the first MAX_ACTORS by id)."""
    ids = rows.select("actor_id").distinct()
    total = int(store.execute(ids.aggregate(n=ids.count()))["n"].iloc[0])
    frame = store.execute(ids.order_by("actor_id").limit(MAX_ACTORS))
    return ActorIds(total=total, actors=[str(a) for a in frame["actor_id"]])
