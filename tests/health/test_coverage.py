"""From when a snapshot's metric windows lie inside the event history (early snapshots read low)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pydantic import TypeAdapter

from banso.config.metrics import MetricSpec
from banso.health.coverage import coverage, history_days
from banso.workspace import Workspace
from tests.conftest import write

SPEC = TypeAdapter(MetricSpec)


def _specs(*raw: dict[str, object]) -> dict[str, MetricSpec]:
    return {f"m{i}": SPEC.validate_python(r) for i, r in enumerate(raw)}


def test_the_longest_event_window_counts_growth_twice_and_skips_look_backs() -> None:
    specs = _specs({"kind": "active_rate", "window": 28}, {"kind": "growth", "window": 30},
                   {"kind": "days_since_last", "window": 365}, {"kind": "touchpoint_count", "window": 180,
                                                                  "kinds": ["cs_meeting"]})
    assert history_days(specs) == 60
    assert history_days(_specs({"kind": "seats"})) == 0


def test_snapshots_before_the_first_event_plus_the_window_are_partial(workspace: Workspace, tmp_path: Path) -> None:
    write(tmp_path / "e.csv", "event_id,ts,user_id,account_id,event\n"
                              "e1,2026-03-10T03:00:00Z,u1,A1,login\ne2,2026-05-01T03:00:00Z,u1,A1,login\n")
    specs = _specs({"kind": "event_count", "window": 28})
    assert coverage(workspace.store, specs).first_event is None  # no events yet: nothing to judge
    write(tmp_path / "a.csv", "account_id,name\nA1,Acme\n")
    workspace.load("accounts", [str(tmp_path / "a.csv")])
    workspace.load("events", [str(tmp_path / "e.csv")])
    cov = coverage(workspace.store, specs)
    assert (cov.first_event, cov.days, cov.complete_from) == (date(2026, 3, 10), 28, date(2026, 4, 7))
    assert cov.partial(date(2026, 4, 6)) and not cov.partial(date(2026, 4, 7))
