"""Typed metric declarations: the `metrics:` section of `banso.yaml`.

Each entry maps a metric name to a spec whose `kind` says how it is computed (see docs/metrics.md
for every formula). Windows are whole days ending at `as_of` (exclusive):

    metrics:
      help_views_28d:
        kind: event_count
        events: [help_article_viewed]
        window: 28
      enterprise_exports:
        kind: event_count
        events: [export_csv]
        where: {format: xlsx}
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from banso.config.labels import Label

NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
PropertyValue = str | int | float | bool


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str = Field("", description="shown in the web app, the docs and explanations")
    label: Label = Field("", description="how the web app names it, {ja: …, en: …} for both languages (default: "
                                         "the health model's label for it, else its name); no part of any version")


class _Windowed(_Spec):
    window: int = Field(28, ge=1, le=3660, description="days in the window [as_of − window, as_of)")


def _property_names(where: dict[str, PropertyValue]) -> dict[str, PropertyValue]:
    """Property names are read as one name each (`banso.store.json_field`): no quotes, no backslashes."""
    bad = [k for k in where if not k or "'" in k or "\\" in k]
    if bad:
        raise ValueError(f"a property name must not be empty or hold a quote or a backslash: {bad[0]!r}")
    return where


class _EventSet(_Windowed):
    events: list[str] | None = Field(
        None, description="event names; empty means every qualifying event (not in events.passive)"
    )
    where: dict[str, PropertyValue] = Field(
        default_factory=dict, description="only events whose properties have these values"
    )

    _where = field_validator("where")(_property_names)

    @field_validator("events")
    @classmethod
    def _not_empty(cls, v: list[str] | None) -> list[str] | None:
        if v is not None and not v:
            raise ValueError("list at least one event, or leave `events` out to mean every qualifying event")
        return v


class EventCount(_EventSet):
    """Events of a set (optionally filtered by properties) in the window."""

    kind: Literal["event_count"]


class EventsPerActiveUser(_EventSet):
    """Events of a set in the window / active users in the window."""

    kind: Literal["events_per_active_user"]


class Growth(_EventSet):
    """Events in the window / events in the window before it (1.0 = flat)."""

    kind: Literal["growth"]


class DaysSinceLast(_EventSet):
    """Days from the last day with an event of the set to `as_of`; looks back `window` days."""

    kind: Literal["days_since_last"]
    window: int = Field(365, ge=1, le=3660, description="how far back to look; NULL when nothing is found")


class ActiveUsers(_Windowed):
    """Members with at least one qualifying event in the window."""

    kind: Literal["active_users"]


class ActiveRate(_Windowed):
    """Active users / seats."""

    kind: Literal["active_rate"]


class Evenness(_Windowed):
    """1 − Gini of per-member qualifying-event counts, zeros included."""

    kind: Literal["evenness"]


class FeatureBreadth(_Windowed):
    """Distinct `events.features` used in the window / their number."""

    kind: Literal["feature_breadth"]
    features: list[str] | None = Field(None, description="overrides `events.features` for this metric")


class TopUserShare(_Windowed):
    """Share of the window's qualifying events made by the most active member (concentration)."""

    kind: Literal["top_user_share"]


class AdminActivity(_Windowed):
    """Qualifying activity of members whose role is admin."""

    kind: Literal["admin_activity"]
    measure: Literal["events", "active_users"] = Field(
        "events", description="count admins' events, or count admins who were active"
    )


class TouchpointCount(_Windowed):
    """Touchpoints of some kinds in the window."""

    kind: Literal["touchpoint_count"]
    kinds: list[str] = Field(min_length=1, description="touchpoint kinds, e.g. [support_ticket]")
    where: dict[str, PropertyValue] = Field(default_factory=dict, description="filter on touchpoint properties")
    window: int = Field(90, ge=1, le=3660)

    _where = field_validator("where")(_property_names)


class LatestNps(_Windowed):
    """Score of the account's latest NPS answer before `as_of` (within `window` days)."""

    kind: Literal["latest_nps"]
    window: int = Field(365, ge=1, le=3660)
    touchpoint_kind: str = Field("nps", description="touchpoint kind that carries the score")


class SeatUtilization(_Spec):
    """Members at `as_of` / seats (1 when the account has no seat count: seats are then its members)."""

    kind: Literal["seat_utilization"]


class Members(_Spec):
    """Members at `as_of`."""

    kind: Literal["members"]


class Seats(_Spec):
    """`accounts.seats` when given, else members at `as_of`."""

    kind: Literal["seats"]


MetricSpec = Annotated[
    EventCount
    | EventsPerActiveUser
    | Growth
    | DaysSinceLast
    | ActiveUsers
    | ActiveRate
    | Evenness
    | FeatureBreadth
    | TopUserShare
    | AdminActivity
    | TouchpointCount
    | LatestNps
    | SeatUtilization
    | Members
    | Seats,
    Field(discriminator="kind"),
]

METRIC_KINDS: tuple[str, ...] = (
    "event_count", "events_per_active_user", "growth", "days_since_last", "active_users", "active_rate",
    "evenness", "feature_breadth", "top_user_share", "admin_activity", "touchpoint_count", "latest_nps",
    "seat_utilization", "members", "seats",
)


def check_metric_name(name: str) -> str:
    if not NAME.match(name):
        raise ValueError(
            f"metric name {name!r} must start with a lowercase letter and hold only a-z, 0-9 and _ (≤ 63 characters)"
        )
    return name
