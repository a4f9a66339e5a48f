"""Each actor's days with a matching event — the summary trends and retention read instead of the raw events.

One row per actor, account and local day: how many matching events, the first and the last one.
Counts per day, week or month add `n` up; distinct actors count the rows; retention needs the times
only where a rolling window may split a day, and a day (under 24 hours) touches at most two rolling
periods of a day or more: those of its first and of its last event at or after the start. So these
rows give exactly the figures the raw events give, from a table a hundred times smaller. (The one
exception: in a zone with daylight saving, the 25-hour local day of the autumn change could hold
events 24 hours apart; rolling *day* retention then counts its first and last period, not a middle one.)

The summary is kept in the store as a derived table (`banso.store.derived`), rebuilt when events
or memberships are loaded; the first question after a load pays for it once.
"""

from __future__ import annotations

import ibis.expr.types as ir

from banso.analysis.insights.actors import Actor, matched_events
from banso.analysis.insights.events import EventMatch
from banso.config.models import WorkspaceConfig
from banso.store import Store
from banso.store.derived import data_stamp, derived_table


def activity(store: Store, config: WorkspaceConfig, actor: Actor, match: EventMatch) -> ir.Table:
    """(actor_id, account_id, day, n, first_ts, last_ts) of the events `match` describes."""
    ev = matched_events(store, config, actor, match)
    expr = ev.group_by("actor_id", "account_id", "day").agg(n=ev.count(), first_ts=ev.ts.min(),
                                                           last_ts=ev.ts.max())
    passive = ",".join(sorted(config.events.passive))
    key = f"activity|{actor}|{match.model_dump_json()}|{passive}"
    return derived_table(store, key, expr, data_stamp(store, ("events", "memberships")),
                         order_by=("day", "actor_id"))


def timeline(store: Store, config: WorkspaceConfig, actor: Actor, match: EventMatch) -> ir.Table:
    """(actor_id, day, account_id, ts): each actor's day of matching events, with their times in order.

    What funnels read: the next step is the earliest time at or after the previous one, and with the
    times of one day in a list that is found without rescanning the events.
    """
    ev = matched_events(store, config, actor, match)
    expr = ev.group_by("actor_id", "day").agg(account_id=ev.account_id.argmin(ev.ts),
                                              ts=ev.ts.collect(order_by=ev.ts))
    passive = ",".join(sorted(config.events.passive))
    key = f"timeline|{actor}|{match.model_dump_json()}|{passive}"
    return derived_table(store, key, expr, data_stamp(store, ("events", "memberships")),
                         order_by=("day", "actor_id"))
