"""The metrics every workspace has without declaring them, as declarations (`MetricSpec`).

They are configuration, like the metrics declared under `metrics:` in banso.yaml: the health model
and the rules are checked against them when the file is read, and `banso.metrics` compiles them.
"""

from __future__ import annotations

from pydantic import TypeAdapter

from banso.config.metrics import MetricSpec

_ADAPTER: TypeAdapter[MetricSpec] = TypeAdapter(MetricSpec)

_BUILTIN: dict[str, dict[str, object]] = {
    "events_7d": {"kind": "event_count", "window": 7, "description": "qualifying events in the last 7 days"},
    "events_28d": {"kind": "event_count", "description": "qualifying events in the last 28 days"},
    "active_users_7d": {"kind": "active_users", "window": 7, "description": "members active in the last 7 days"},
    "active_users_28d": {"kind": "active_users", "description": "members active in the last 28 days"},
    "active_rate_28d": {"kind": "active_rate", "description": "active members / seats, last 28 days (penetration)"},
    "evenness_28d": {"kind": "evenness", "description": "how evenly members use the product (1 = equally)"},
    "feature_breadth_28d": {"kind": "feature_breadth", "description": "share of the listed features used"},
    "events_per_active_user_28d": {"kind": "events_per_active_user", "description": "intensity of use"},
    "days_since_last_event": {"kind": "days_since_last", "window": 90,
                              "description": "days since the last qualifying event (NULL after 90 days)"},
    "top_user_share_28d": {"kind": "top_user_share", "description": "share of activity from the most active member"},
    "admin_events_28d": {"kind": "admin_activity", "description": "qualifying events of admins"},
    "active_admins_28d": {"kind": "admin_activity", "measure": "active_users", "description": "admins active"},
    "growth_28d": {"kind": "growth", "description": "events in the last 28 days vs the 28 days before"},
    "support_tickets_90d": {"kind": "touchpoint_count", "kinds": ["support_ticket"],
                            "description": "support tickets in the last 90 days"},
    "cs_meetings_90d": {"kind": "touchpoint_count", "kinds": ["cs_meeting"],
                        "description": "CS meetings in the last 90 days"},
    "seminars_90d": {"kind": "touchpoint_count", "kinds": ["seminar"],
                     "description": "seminar attendances in the last 90 days"},
    "community_90d": {"kind": "touchpoint_count", "kinds": ["community"],
                      "description": "community posts and visits in the last 90 days"},
    "help_content_90d": {"kind": "touchpoint_count", "kinds": ["help_content"],
                         "description": "help-content touchpoints in the last 90 days"},
    "latest_nps": {"kind": "latest_nps", "description": "the latest NPS answer in the last year"},
    "members": {"kind": "members", "description": "members of the organization"},
    "seats": {"kind": "seats", "description": "contracted seats (members when not given)"},
    "seat_utilization": {"kind": "seat_utilization", "description": "members / seats"},
}

BUILTIN_METRICS: dict[str, MetricSpec] = {name: _ADAPTER.validate_python(raw) for name, raw in _BUILTIN.items()}
