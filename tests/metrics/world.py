"""A small literal world for metric tests, written as tables, with its expected metrics by hand.

as_of = 2026-03-02 (a Monday), workspace zone Asia/Tokyo: the 28-day window is local days
2026-02-02 … 2026-03-01; `Z` timestamps check that days are counted in the workspace zone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from banso.config.template import render
from banso.workspace import Workspace
from tests.conftest import write

AS_OF = date(2026, 3, 2)
PASSIVE = ["email_opened"]
FEATURES = ["issue_created", "comment_added", "document_created", "gantt_viewed"]

ACCOUNTS = """
    account_id,seats,tier
    A1,5,SMB
    A2,,SMB
    A3,,Mid
    A4,10,Mid
    """

# u1 is in two accounts; u4 joins A1 after as_of, so is not yet a member then.
MEMBERSHIPS = """
    user_id,account_id,role,joined_at
    u1,A1,admin,2025-06-01
    u2,A1,member,2025-06-01
    u3,A1,member,
    u4,A1,member,2026-03-05T09:00:00+09:00
    u1,A2,member,2025-06-01
    u5,A2,admin,2025-06-01
    """

EVENTS = """
    event_id,ts,user_id,account_id,event,plan
    a01,2026-02-02T00:00:00+09:00,u1,A1,login,
    a02,2026-02-10T12:00:00+09:00,u1,A1,issue_created,
    a03,2026-02-20T12:00:00+09:00,u1,A1,comment_added,
    a04,2026-03-01T23:59:59+09:00,u2,A1,issue_created,
    a05,2026-02-01T15:30:00Z,u2,A1,login,
    a06,2026-02-15T12:00:00+09:00,u2,A1,email_opened,
    a07,2026-03-02T00:00:00+09:00,u3,A1,login,
    a08,2026-02-01T23:59:59+09:00,u3,A1,login,
    a09,2026-03-01T15:00:00Z,u3,A1,issue_created,
    a10,2026-02-20T12:00:00+09:00,u4,A1,login,
    a11,2026-02-21T12:00:00+09:00,,A1,issue_created,
    b01,2026-02-25T12:00:00+09:00,u1,A2,login,
    b02,2026-02-27T12:00:00+09:00,u5,A2,issue_created,pro
    b03,2026-01-20T12:00:00+09:00,u5,A2,document_created,
    b04,2026-01-10T12:00:00+09:00,u5,A2,login,
    """

TOUCHPOINTS = """
    touchpoint_id,ts,account_id,kind,score
    t1,2026-02-10T10:00:00+09:00,A1,support_ticket,
    t2,2025-12-02T00:00:00+09:00,A1,support_ticket,
    t3,2025-12-01T23:00:00+09:00,A1,support_ticket,
    t4,2026-01-05T10:00:00+09:00,A1,nps,6
    t5,2026-02-20T10:00:00+09:00,A1,nps,9
    t6,2026-02-11T10:00:00+09:00,A2,seminar,
    t7,2026-03-02T00:00:00+09:00,A2,nps,3
    """

EXTRA_METRICS = """
metrics:
  pro_issues_28d:
    kind: event_count
    events: [issue_created]
    where: {plan: pro}
  logins_28d:
    kind: event_count
    events: [login]
"""

N = None
# Worked out by hand from the rows above (see the comments in test_metrics.py).
EXPECTED: dict[str, dict[str, float | None]] = {
    #                          A1     A2     A3     A4
    "events_28d":             {"A1": 7, "A2": 2, "A3": 0, "A4": 0},
    "events_7d":              {"A1": 1, "A2": 2, "A3": 0, "A4": 0},
    "active_users_28d":       {"A1": 2, "A2": 2, "A3": 0, "A4": 0},
    "active_users_7d":        {"A1": 1, "A2": 2, "A3": 0, "A4": 0},
    "active_rate_28d":        {"A1": 0.4, "A2": 1.0, "A3": N, "A4": 0.0},
    "evenness_28d":           {"A1": 0.6, "A2": 1.0, "A3": N, "A4": N},
    "top_user_share_28d":     {"A1": 0.6, "A2": 0.5, "A3": N, "A4": N},
    "admin_events_28d":       {"A1": 3, "A2": 1, "A3": 0, "A4": 0},
    "active_admins_28d":      {"A1": 1, "A2": 1, "A3": 0, "A4": 0},
    "events_per_active_user_28d": {"A1": 3.5, "A2": 1.0, "A3": N, "A4": N},
    "feature_breadth_28d":    {"A1": 0.5, "A2": 0.25, "A3": 0.0, "A4": 0.0},
    "days_since_last_event":  {"A1": 1, "A2": 3, "A3": N, "A4": N},
    "growth_28d":             {"A1": 7.0, "A2": 1.0, "A3": N, "A4": N},
    "members":                {"A1": 3, "A2": 2, "A3": 0, "A4": 0},
    "seats":                  {"A1": 5, "A2": 2, "A3": 0, "A4": 10},
    "seat_utilization":       {"A1": 0.6, "A2": 1.0, "A3": N, "A4": 0.0},
    "support_tickets_90d":    {"A1": 2, "A2": 0, "A3": 0, "A4": 0},
    "seminars_90d":           {"A1": 0, "A2": 1, "A3": 0, "A4": 0},
    "latest_nps":             {"A1": 9, "A2": N, "A3": N, "A4": N},
    "pro_issues_28d":         {"A1": 0, "A2": 1, "A3": 0, "A4": 0},
    "logins_28d":             {"A1": 3, "A2": 1, "A3": 0, "A4": 0},
}


# A small health model over that world (hand-computed scores are in tests/health/test_snapshots.py).
HEALTH = """
health:
  name: test model
  bands: {good: 70, bad: 40}
  dimensions:
    use:
      label: use
      weight: 3
      metrics:
        events_28d: {score: {type: threshold, bad: 0, good: 10}}
        active_rate_28d: {weight: 2, score: {type: threshold, bad: 0, good: 0.8}}
    reach:
      weight: 1
      metrics:
        support_tickets_90d: {label: tickets, score: {type: threshold, bad: 0, good: 2}}
"""


def config_text(timezone: str = "Asia/Tokyo", extra: str = EXTRA_METRICS, health: str = HEALTH) -> str:
    return render(name="metrics test", timezone=timezone, passive=PASSIVE, features=FEATURES,
                  health=(extra or "metrics: {}\n") + health)


def build(root: Path, *, timezone: str = "Asia/Tokyo", events: str = EVENTS, touchpoints: str = TOUCHPOINTS,
          memberships: str = MEMBERSHIPS, accounts: str = ACCOUNTS) -> Workspace:
    ws = Workspace.init(root / "ws", config_text=config_text(timezone))
    files = root / "files"
    ws.load("accounts", [str(write(files / "accounts.csv", accounts))])
    ws.load("memberships", [str(write(files / "memberships.csv", memberships))], allow_unknown=True)
    ws.load("events", [str(write(files / "events.csv", events))])
    ws.load("touchpoints", [str(write(files / "touchpoints.csv", touchpoints))])
    return ws
