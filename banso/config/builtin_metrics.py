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

# How the web app names them (ja, en); a declared metric or the health model may name them otherwise.
_LABELS: dict[str, tuple[str, str]] = {
    "events_7d": ("7日間のイベント数", "events in 7 days"),
    "events_28d": ("28日間のイベント数", "events in 28 days"),
    "active_users_7d": ("7日間のアクティブメンバー", "active members in 7 days"),
    "active_users_28d": ("28日間のアクティブメンバー", "active members in 28 days"),
    "active_rate_28d": ("アクティブ率（28日間）", "active rate (28 days)"),
    "evenness_28d": ("利用の均等さ", "evenness of use"),
    "feature_breadth_28d": ("機能の利用割合", "share of features used"),
    "events_per_active_user_28d": ("アクティブメンバーあたりの操作数", "actions per active member"),
    "days_since_last_event": ("最後に使われてからの日数", "days since last use"),
    "top_user_share_28d": ("最も使うメンバーの割合", "share of the busiest member"),
    "admin_events_28d": ("管理者のイベント数", "admins' events"),
    "active_admins_28d": ("アクティブな管理者", "active admins"),
    "growth_28d": ("直前28日と比べた利用量", "use vs the 28 days before"),
    "support_tickets_90d": ("90日間のサポート問い合わせ", "support tickets in 90 days"),
    "cs_meetings_90d": ("90日間の CS 面談", "CS meetings in 90 days"),
    "seminars_90d": ("90日間のセミナー参加", "seminars in 90 days"),
    "community_90d": ("90日間のコミュニティ活動", "community activity in 90 days"),
    "help_content_90d": ("90日間のヘルプコンテンツ", "help content in 90 days"),
    "latest_nps": ("直近の NPS 回答", "latest NPS answer"),
    "members": ("メンバー数", "members"),
    "seats": ("契約席数", "seats"),
    "seat_utilization": ("席の使用率", "seat utilization"),
}

BUILTIN_METRICS: dict[str, MetricSpec] = {
    name: _ADAPTER.validate_python({**raw, "label": {"ja": _LABELS[name][0], "en": _LABELS[name][1]}})
    for name, raw in _BUILTIN.items()
}
