"""Worklists respect each CSM's capacity, rank by MRR at stake, and send the rest to automation."""

from __future__ import annotations

from datetime import date

from banso.appstate.alerts import Alert
from banso.signals.worklist import route


def alert(account: str, owner: str | None, priority: float, route_: str = "human", rule: str = "silence") -> Alert:
    return Alert(rule=rule, account_id=account, as_of=date(2026, 3, 2), severity="high", route=route_, owner=owner,
                 account_name=account, mrr=priority, priority=priority, reason_ja="", reason_en="", details={})


def test_capacity_priority_and_overflow() -> None:
    alerts = [alert("A", "sato", 300), alert("A", "sato", 900, rule="usage_drop"), alert("B", "sato", 500),
              alert("C", "sato", 100), alert("D", "suzuki", 50), alert("E", None, 700),
              alert("F", "suzuki", 800, route_="digital"), alert("*", None, 1e12, rule="data_quality_volume")]
    w = route(alerts, capacity=2)
    assert [t.account_id for t in w.by_owner["sato"]] == ["A", "B"]  # one touch per account, highest first
    assert len(w.by_owner["sato"][0].alerts) == 2 and w.by_owner["sato"][0].priority == 900
    assert [t.account_id for t in w.by_owner["suzuki"]] == ["D"]
    assert [t.account_id for t in w.automation] == ["F", "E", "C"]  # digital, unowned, overflow; by priority
