"""Which function compiles each metric kind, and the formula it implements in words.

A dict, not an `if kind == …` chain: adding a kind is one function and one line here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ibis.expr.types as ir

from banso.metrics import activity, people, touch
from banso.metrics.context import EventNeed, EventWindow, MetricContext

# A metric is a column of the context's facts (most), or a table (account_id, value) of every account.
Compiler = Callable[[Any, MetricContext], ir.Value | ir.Table]

COMPILERS: dict[str, Compiler] = {
    "event_count": activity.event_count,
    "events_per_active_user": activity.events_per_active_user,
    "growth": activity.growth,
    "days_since_last": activity.days_since_last,
    "feature_breadth": activity.feature_breadth,
    "active_users": people.active_users,
    "active_rate": people.active_rate,
    "evenness": people.evenness,
    "top_user_share": people.top_user_share,
    "admin_activity": people.admin_activity,
    "members": people.members,
    "seats": people.seats,
    "seat_utilization": people.seat_utilization,
    "touchpoint_count": touch.touchpoint_count,
    "latest_nps": touch.latest_nps,
}


MEMBER_KINDS = frozenset({"active_users", "active_rate", "evenness", "top_user_share", "admin_activity",
                          "events_per_active_user"})
EVENT_KINDS = frozenset({"event_count", "events_per_active_user", "growth", "days_since_last", "feature_breadth"})


SEAT_KINDS = frozenset({"active_rate", "members", "seats", "seat_utilization"})


def needs(specs: Any) -> tuple[set[EventNeed], set[int], bool]:
    """The event counts and latest days `(window, measure)`, the member windows (days) and whether the
    seats are read by a set of metric specs, so the context can aggregate the events once for all of
    them and join only what is read onto the accounts."""
    event_needs: set[EventNeed] = set()
    member_windows: set[int] = set()
    specs = list(specs)
    for spec in specs:
        if spec.kind in EVENT_KINDS and spec.kind != "feature_breadth":
            window = EventWindow.of(spec.events, spec.window, 0, spec.where)
            event_needs.add((window, "last" if spec.kind == "days_since_last" else "count"))
            if spec.kind == "growth":
                event_needs.add((EventWindow.of(spec.events, 2 * spec.window, spec.window, spec.where), "count"))
        if spec.kind in MEMBER_KINDS:
            member_windows.add(spec.window)
    return event_needs, member_windows, any(spec.kind in SEAT_KINDS for spec in specs)


def _events(spec: Any) -> str:
    names = "qualifying events" if spec.events is None else "events " + ", ".join(spec.events)
    if spec.where:
        names += " where " + ", ".join(f"{k} = {v!r}" for k, v in spec.where.items())
    return names


def formula(spec: Any) -> str:
    """The formula of a metric spec in one line, with its window."""
    w: int = getattr(spec, "window", 0)
    win = f"[as_of − {w}d, as_of)"
    match spec.kind:
        case "event_count":
            return f"count of {_events(spec)} in {win}"
        case "events_per_active_user":
            return f"count of {_events(spec)} in {win} / active users in {win}; NULL when none active"
        case "growth":
            return (f"count of {_events(spec)} in {win} / the same in [as_of − {2 * w}d, as_of − {w}d); "
                    "NULL when the earlier count is 0")
        case "days_since_last":
            return f"as_of − latest local day with {_events(spec)} in {win}; NULL when none"
        case "feature_breadth":
            which = "events.features" if spec.features is None else ", ".join(spec.features)
            return f"distinct features used in {win} / number of features ({which})"
        case "active_users":
            return f"members with ≥ 1 qualifying event in {win}"
        case "active_rate":
            return f"active users in {win} / seats; NULL when seats = 0"
        case "evenness":
            return f"1 − Gini of qualifying events per member in {win}, members without events as 0; NULL when no events"
        case "top_user_share":
            return f"qualifying events of the most active member / of all members in {win}; NULL when none"
        case "admin_activity":
            what = "qualifying events of" if spec.measure == "events" else "active"
            return f"{what} admin members in {win}"
        case "members":
            return "members at as_of (joined before it)"
        case "seats":
            return "accounts.seats when given, else members at as_of"
        case "seat_utilization":
            return "members at as_of / seats; NULL when seats = 0"
        case "touchpoint_count":
            where = "".join(f", {k} = {v!r}" for k, v in spec.where.items())
            return f"touchpoints of kind {', '.join(spec.kinds)}{where} in {win}"
        case "latest_nps":
            return f"score of the latest {spec.touchpoint_kind} touchpoint in {win}; NULL when none"
    raise ValueError(spec.kind)
