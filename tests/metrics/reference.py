"""Plain-Python reference implementations of every metric kind, straight from DESIGN.md.

Deliberately naive (loops over rows, no shared code with banso.metrics), so a test comparing
the two checks the Ibis compilation against the definitions rather than against itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo


@dataclass
class Rows:
    """A world as plain rows (timestamps timezone-aware)."""

    accounts: list[dict[str, Any]]  # account_id, seats (int | None)
    memberships: list[dict[str, Any]]  # user_id, account_id, role, joined_at (datetime | None)
    events: list[dict[str, Any]]  # account_id, user_id, event, ts, props (dict)
    touchpoints: list[dict[str, Any]]  # touchpoint_id, account_id, kind, ts, score


class Reference:
    def __init__(self, rows: Rows, as_of: date, tz: str, passive: list[str], features: list[str]):
        self.rows, self.as_of, self.zone = rows, as_of, ZoneInfo(tz)
        self.passive, self.features = set(passive), list(features)
        self.midnight = datetime(as_of.year, as_of.month, as_of.day, tzinfo=self.zone)

    def day(self, ts: datetime) -> date:
        return ts.astimezone(self.zone).date()

    def members(self, a: str) -> list[dict[str, Any]]:
        return [m for m in self.rows.memberships
                if m["account_id"] == a and (m["joined_at"] is None or m["joined_at"] < self.midnight)]

    def events(self, a: str, start: int, end: int = 0, names: list[str] | None = None,
               where: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        lo, hi = self.as_of - timedelta(days=start), self.as_of - timedelta(days=end)
        out = []
        for e in self.rows.events:
            if e["account_id"] != a or not (lo <= self.day(e["ts"]) < hi):
                continue
            if names is None and e["event"] in self.passive:
                continue
            if names is not None and e["event"] not in names:
                continue
            if where and any(e["props"].get(k) != v for k, v in where.items()):
                continue
            out.append(e)
        return out

    def per_member(self, a: str, w: int) -> dict[str, int]:
        counts = {m["user_id"]: 0 for m in self.members(a)}
        for e in self.events(a, w):
            if e["user_id"] in counts:
                counts[e["user_id"]] += 1
        return counts

    def seats(self, a: str) -> float:
        acc = next(x for x in self.rows.accounts if x["account_id"] == a)
        return float(acc["seats"]) if acc["seats"] is not None else float(len(self.members(a)))

    # -- the metrics ---------------------------------------------------------------------------
    def event_count(self, a: str, w: int = 28, names: list[str] | None = None, where: dict[str, Any] | None = None
                    ) -> float:
        return float(len(self.events(a, w, 0, names, where)))

    def active_users(self, a: str, w: int = 28) -> float:
        return float(sum(1 for n in self.per_member(a, w).values() if n > 0))

    def active_rate(self, a: str, w: int = 28) -> float | None:
        s = self.seats(a)
        return self.active_users(a, w) / s if s > 0 else None

    def evenness(self, a: str, w: int = 28) -> float | None:
        xs = list(self.per_member(a, w).values())
        n, total = len(xs), sum(xs)
        if total == 0:
            return None
        mean_abs_diff = sum(abs(x - y) for x in xs for y in xs)
        return 1 - mean_abs_diff / (2 * n * n * (total / n))

    def feature_breadth(self, a: str, w: int = 28) -> float | None:
        used = {e["event"] for e in self.events(a, w, 0, self.features)}
        return len(used) / len(self.features)

    def events_per_active_user(self, a: str, w: int = 28) -> float | None:
        act = self.active_users(a, w)
        return self.event_count(a, w) / act if act else None

    def days_since_last(self, a: str, w: int = 90) -> float | None:
        days = [self.day(e["ts"]) for e in self.events(a, w)]
        return float((self.as_of - max(days)).days) if days else None

    def top_user_share(self, a: str, w: int = 28) -> float | None:
        xs = list(self.per_member(a, w).values())
        return max(xs) / sum(xs) if xs and sum(xs) else None

    def admin_events(self, a: str, w: int = 28) -> float:
        admins = {m["user_id"] for m in self.members(a) if m["role"] == "admin"}
        return float(sum(n for u, n in self.per_member(a, w).items() if u in admins))

    def active_admins(self, a: str, w: int = 28) -> float:
        admins = {m["user_id"] for m in self.members(a) if m["role"] == "admin"}
        return float(sum(1 for u, n in self.per_member(a, w).items() if u in admins and n > 0))

    def growth(self, a: str, w: int = 28) -> float | None:
        now, before = len(self.events(a, w)), len(self.events(a, 2 * w, w))
        return now / before if before else None

    def touchpoints(self, a: str, kinds: list[str], w: int = 90) -> float:
        lo = datetime.combine(self.as_of - timedelta(days=w), datetime.min.time(), tzinfo=self.zone)
        return float(sum(1 for t in self.rows.touchpoints
                         if t["account_id"] == a and t["kind"] in kinds and lo <= t["ts"] < self.midnight))

    def latest_nps(self, a: str, w: int = 365) -> float | None:
        lo = datetime.combine(self.as_of - timedelta(days=w), datetime.min.time(), tzinfo=self.zone)
        answers = [t for t in self.rows.touchpoints if t["account_id"] == a and t["kind"] == "nps"
                   and t["score"] is not None and lo <= t["ts"] < self.midnight]
        if not answers:
            return None
        return float(max(answers, key=lambda t: (t["ts"].astimezone(UTC), t["touchpoint_id"]))["score"])

    def members_count(self, a: str) -> float:
        return float(len(self.members(a)))

    def seat_utilization(self, a: str) -> float | None:
        s = self.seats(a)
        return self.members_count(a) / s if s > 0 else None

    def builtins(self, a: str) -> dict[str, float | None]:
        """The built-in metrics of banso, by name, for one account."""
        return {
            "events_7d": self.event_count(a, 7),
            "events_28d": self.event_count(a),
            "active_users_7d": self.active_users(a, 7),
            "active_users_28d": self.active_users(a),
            "active_rate_28d": self.active_rate(a),
            "evenness_28d": self.evenness(a),
            "feature_breadth_28d": self.feature_breadth(a),
            "events_per_active_user_28d": self.events_per_active_user(a),
            "days_since_last_event": self.days_since_last(a),
            "top_user_share_28d": self.top_user_share(a),
            "admin_events_28d": self.admin_events(a),
            "active_admins_28d": self.active_admins(a),
            "growth_28d": self.growth(a),
            "support_tickets_90d": self.touchpoints(a, ["support_ticket"]),
            "cs_meetings_90d": self.touchpoints(a, ["cs_meeting"]),
            "seminars_90d": self.touchpoints(a, ["seminar"]),
            "community_90d": self.touchpoints(a, ["community"]),
            "help_content_90d": self.touchpoints(a, ["help_content"]),
            "latest_nps": self.latest_nps(a),
            "members": self.members_count(a),
            "seats": self.seats(a),
            "seat_utilization": self.seat_utilization(a),
        }
