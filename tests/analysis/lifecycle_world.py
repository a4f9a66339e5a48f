"""Accounts in every lifecycle phase, seen at 2026-03-09 (Tokyo), with two onboarding milestones:
"Invite a teammate" (user_invited) and "First issue" (issue_created)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from banso.config.template import render
from banso.workspace import Workspace
from tests.conftest import write

AS_OF = date(2026, 3, 9)
ACCOUNTS = """
account_id,name,seats,trial_started_at,contract_started_at,renewal_date,churned_at,status
C1,Gone,5,2025-01-01T00:00:00+09:00,2025-02-01T00:00:00+09:00,,2026-02-01T00:00:00+09:00,churned
T1,Trying,5,2026-03-01T00:00:00+09:00,,,,trial
O1,Setting up,5,2026-01-10T00:00:00+09:00,2026-02-01T00:00:00+09:00,2027-02-01,,active
O2,Set up,5,2026-01-10T00:00:00+09:00,2026-02-01T00:00:00+09:00,2026-04-01,,active
E1,Full,2,,2025-01-01T00:00:00+09:00,,,active
A1,Steady,10,,2025-01-01T00:00:00+09:00,2027-01-01,,active
X1,Not yet,5,,2026-03-20T00:00:00+09:00,,,active
"""
USERS = "user_id,email\nu1,a@x\nu2,b@x\nu3,c@x\nu4,d@x\nu5,e@x\n"
MEMBERSHIPS = "user_id,account_id,role\nu1,O1,admin\nu2,O2,admin\nu3,E1,admin\nu4,E1,member\nu5,A1,admin\n"
EVENTS = """
event_id,ts,user_id,account_id,event
e1,2026-02-02T10:00:00+09:00,u1,O1,user_invited
e2,2026-02-03T10:00:00+09:00,u2,O2,user_invited
e3,2026-02-04T10:00:00+09:00,u2,O2,issue_created
e4,2026-03-05T10:00:00+09:00,u3,E1,issue_created
e5,2026-03-05T10:00:00+09:00,u5,A1,issue_created
e6,2026-03-10T10:00:00+09:00,u1,O1,issue_created
"""
# e6 comes after as_of: O1 has reached one milestone of two at the date.


def build(root: Path) -> Workspace:
    """The tables above in a new workspace under `root`, with the two milestones."""
    text = render(name="lifecycle", onboarding={"Invite a teammate": "user_invited", "First issue": "issue_created"})
    ws = Workspace.init(root / "ws", config_text=text)
    for table, body in (("accounts", ACCOUNTS), ("users", USERS), ("memberships", MEMBERSHIPS), ("events", EVENTS)):
        ws.load(table, [str(write(root / f"{table}.csv", body))])
    return ws
