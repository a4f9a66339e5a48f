"""Data-quality counts by hand on a literal feed."""

from __future__ import annotations

from pathlib import Path

from banso.analysis.evidence.data_quality import data_quality
from banso.store import Store
from banso.workspace import Workspace
from tests.conftest import write


def load_world(workspace: Workspace, tmp_path: Path) -> Workspace:
    workspace.load("accounts", [str(write(tmp_path / "a.csv", "account_id\nA1\n"))])
    workspace.load("users", [str(write(tmp_path / "u.csv", "user_id\nu1\nu2\nu3\n"))])
    workspace.load("memberships", [str(write(tmp_path / "m.csv", "user_id,account_id\nu1,A1\n"))])
    events = """
        event_id,ts,received_at,user_id,account_id,event
        e1,2026-01-05T10:00:00Z,2026-01-05T10:00:01Z,u1,A1,login
        e2,2026-01-05T11:00:00Z,2026-01-07T11:00:00Z,u1,A1,login
        e3,2026-01-05T12:00:00Z,2026-01-05T12:00:00Z,u2,,login
        e4,2026-01-06T12:00:00Z,2026-01-06T12:00:00Z,u3,GHOST,login
        """
    workspace.load("events", [str(write(tmp_path / "e.csv", events))], allow_unknown=True)
    return workspace


def check_counts(store: Store) -> None:
    """The hand counts on this feed (also run on every engine by tests/engines)."""
    per_day, per_source, totals = data_quality(store)
    assert totals == {"events": 4, "without_account": 1, "unknown_account": 1, "late": 1,
                      "users_without_membership": 2}
    days = per_day.set_index(per_day["day"].astype(str).str[:10])
    assert days.loc["2026-01-05", "events"] == 3 and days.loc["2026-01-05", "late"] == 1
    assert days.loc["2026-01-06", "unknown_account"] == 1
    assert per_source["events"].tolist() == [4]


def test_counts_by_source_and_day(workspace: Workspace, tmp_path: Path) -> None:
    check_counts(load_world(workspace, tmp_path).store)
