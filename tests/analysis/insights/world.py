"""A world small enough to recompute every insight by hand: three accounts, six users, a few weeks of events.

Times are Tokyo local (the workspace zone). 2026-03-02 is a Monday and 2026-03-08 a Sunday.
"""

from __future__ import annotations

from pathlib import Path

from banso.config.template import render
from banso.workspace import Workspace
from tests.conftest import write

ACCOUNTS = """
account_id,name,tier,trial_started_at
A1,One,Enterprise,2026-03-02T10:00:00+09:00
A2,Two,SMB,
A3,Three,SMB,2026-01-31T10:00:00+09:00
"""
USERS = "user_id,email,created_at\nu1,a@x,\nu2,b@x,\nu3,c@x,\nu4,d@x,\nu5,e@x,\nu6,f@x,\n"
MEMBERSHIPS = "user_id,account_id,role\nu1,A1,admin\nu2,A1,member\nu3,A2,admin\nu4,A2,member\nu5,A3,admin\nu6,A3,member\n"
EVENTS = """
event_id,ts,user_id,account_id,event
s1,2026-03-02T10:00:00+09:00,u1,A1,signup
l1,2026-03-02T12:00:00+09:00,u1,A1,login
l2,2026-03-03T09:00:00+09:00,u1,A1,login
l3,2026-03-05T11:00:00+09:00,u1,A1,login
s2,2026-03-03T20:00:00+09:00,u2,A1,signup
l4,2026-03-04T19:00:00+09:00,u2,A1,login
l5,2026-03-04T21:00:00+09:00,u2,A1,login
s3,2026-03-03T08:00:00+09:00,u3,A2,signup
l6,2026-03-03T08:00:00+09:00,u3,A2,login
l7,2026-03-05T23:00:00Z,u3,A2,login
l8,2026-03-02T09:00:00+09:00,u4,A2,login
l9,2026-03-04T09:00:00+09:00,u4,A2,login
s5,2026-01-31T10:00:00+09:00,u5,A3,signup
l10,2026-02-01T10:00:00+09:00,u5,A3,login
l11,2026-03-02T10:00:00+09:00,u5,A3,login
s6,2026-03-07T10:00:00+09:00,u6,A3,signup
l12,2026-03-08T10:00:00+09:00,u6,A3,login
m1,2026-03-08T11:00:00+09:00,u6,A3,email_opened
"""
# l7 is written in UTC: 2026-03-05 23:00Z is 2026-03-06 08:00 in Tokyo, exactly 72 hours after s3.
# 2026-03-02 is a Monday; 2026-03-08 a Sunday. m1 is passive: it is never a return of "any event".


def build_world(root: Path) -> Workspace:
    """The tables above, loaded into a new workspace under `root`."""
    ws = Workspace.init(root / "ws", config_text=render(name="modes", passive=["email_opened"]))
    for table, text in (("accounts", ACCOUNTS), ("users", USERS), ("memberships", MEMBERSHIPS), ("events", EVENTS)):
        ws.load(table, [str(write(root / f"{table}.csv", text))])
    return ws
