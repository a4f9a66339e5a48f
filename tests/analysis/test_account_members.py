"""The account page's members: most active first, emails looked up for exactly the members shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from banso.analysis.account_view import members
from banso.workspace import Workspace
from tests.conftest import write


def test_members_rank_by_activity_and_emails_cover_the_top(workspace: Workspace, tmp_path: Path) -> None:
    n = 230  # more than one batch of the email lookup
    write(tmp_path / "a.csv", "account_id,name\nA1,Acme\nA2,Other\n")
    users = "user_id,email\n" + "".join(f"u{i:03d},u{i:03d}@acme.example\n" for i in range(n)) + "x1,x1@other.example\n"
    write(tmp_path / "u.csv", users)
    write(tmp_path / "m.csv", "user_id,account_id\n" + "".join(f"u{i:03d},A1\n" for i in range(n)) + "x1,A2\n")
    # u000 .. u009 are active in the window; u000 most (10 events), u009 least (1); x1 belongs to A2
    rows = [f"e{i}-{k},2026-03-{10 + k % 5:02d}T09:00:00Z,u{i:03d},A1,login\n" for i in range(10) for k in range(10 - i)]
    rows.append("old,2026-01-02T09:00:00Z,u100,A1,login\n")  # active once, before the 28-day window
    rows.append("x,2026-03-10T09:00:00Z,x1,A2,login\n")
    write(tmp_path / "e.csv", "event_id,ts,user_id,account_id,event\n" + "".join(rows))
    for table, file in (("accounts", "a.csv"), ("users", "u.csv"), ("memberships", "m.csv"), ("events", "e.csv")):
        workspace.load(table, [str(tmp_path / file)])

    top = members(workspace.store, workspace.config, "A1", date(2026, 3, 20), emails=12)
    assert top.members == n and top.active_28d == 10
    ids = [r["user_id"] for r in top.rows]
    assert ids[:11] == [f"u{i:03d}" for i in range(10)] + ["u100"]  # by events, then by last active day
    assert top.rows[0]["events_28d"] == 10 and top.rows[10]["events_28d"] == 0
    assert top.rows[10]["last_active"] == date(2026, 1, 2)
    assert [r["email"] is not None for r in top.rows] == [True] * 12 + [False] * (n - 12)
    assert top.rows[0]["email"] == "u000@acme.example"

    everyone = members(workspace.store, workspace.config, "A1", date(2026, 3, 20), emails=None)
    assert all(r["email"] == f"{r['user_id']}@acme.example" for r in everyone.rows)
    assert "x1" not in {r["user_id"] for r in everyone.rows}
    some = members(workspace.store, workspace.config, "A1", date(2026, 3, 20), emails=150)  # two batches of ids
    assert [r["email"] is not None for r in some.rows] == [True] * 150 + [False] * (n - 150)
    small = members(workspace.store, workspace.config, "A2", date(2026, 3, 20), emails=None)
    assert [(r["user_id"], r["email"]) for r in small.rows] == [("x1", "x1@other.example")]
