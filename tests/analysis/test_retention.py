"""Trial-cohort retention on a world small enough to recompute by hand (times are Tokyo local)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from banso.analysis.retention import compare_cohorts, retention_matrix
from banso.config.template import render
from banso.workspace import Workspace
from tests.conftest import write

ACCOUNTS = """
account_id,name,status,trial_started_at
A1,One,active,2026-01-05T00:00:00+09:00
A2,Two,churned,2026-01-07T12:00:00+09:00
A3,Three,active,
A4,Four,trial,2026-02-20T00:00:00+09:00
"""
USERS = "user_id,email\nu1,a@x\nu2,b@x\nu3,c@x\nu4,d@x\nu5,e@x\nu9,z@x\n"
MEMBERSHIPS = """
user_id,account_id,role,joined_at
u1,A1,admin,2026-01-05T00:00:00+09:00
u5,A1,member,2026-02-01T00:00:00+09:00
u2,A2,admin,
u3,A3,admin,
u4,A4,admin,
"""
# Each row says which week of its account it falls in and whether it makes the account active.
EVENTS = """
event_id,ts,user_id,account_id,event
e1,2026-01-06T10:00:00+09:00,u1,A1,issue_created
e2,2026-01-13T10:00:00+09:00,u1,A1,email_opened
e3,2026-01-20T09:00:00+09:00,u1,A1,issue_created
e4,2026-01-28T09:00:00+09:00,u5,A1,issue_created
e5,2026-01-08T09:00:00+09:00,u2,A2,comment_added
e6,2026-01-15T13:00:00+09:00,u2,A2,comment_added
e7,2026-01-22T09:00:00+09:00,u9,A2,comment_added
e8,2026-01-14T10:00:00+09:00,u3,A3,issue_created
e9,2026-01-21T10:00:00+09:00,u3,A3,issue_created
e10,2026-02-21T10:00:00+09:00,u4,A4,issue_created
e11,2026-02-28T10:00:00+09:00,u4,A4,issue_created
e12,2026-03-03T10:00:00+09:00,u4,A4,issue_created
"""
# e2 is passive; e4's user joined A1 only on 2026-02-01; e7's user is no member of A2;
# e12 happens after as_of. Expected shares (None: week not reached), and incomplete cells:
EXPECTED = {
    date(2026, 1, 5): (2, [1.0, 0.5, 0.5, 0.0]),
    date(2026, 1, 12): (1, [1.0, 1.0, 0.0, 0.0]),
    date(2026, 2, 16): (1, [1.0, 1.0, None, None]),
}
INCOMPLETE = {(date(2026, 2, 16), 1), (date(2026, 2, 16), 2), (date(2026, 2, 16), 3)}


@pytest.fixture
def world(tmp_path: Path) -> Workspace:
    ws = Workspace.init(tmp_path / "ws", config_text=render(name="retention", passive=["email_opened"]))
    for table, text in (("accounts", ACCOUNTS), ("users", USERS), ("memberships", MEMBERSHIPS), ("events", EVENTS)):
        ws.load(table, [str(write(tmp_path / f"{table}.csv", text))])
    return ws


def test_matrix_matches_the_hand_computed_one(world: Workspace) -> None:
    m = retention_matrix(world.store, world.config, as_of=date(2026, 3, 2), weeks=4)
    got = {c.start: (c.size, [cell.share for cell in c.cells]) for c in m.cohorts}
    assert got == EXPECTED
    incomplete = {(c.start, cell.k) for c in m.cohorts for cell in c.cells if not cell.complete}
    assert incomplete == INCOMPLETE


def test_cohort_range_and_comparison(world: Workspace) -> None:
    m = retention_matrix(world.store, world.config, as_of=date(2026, 3, 2), weeks=4,
                         cohort_from=date(2026, 1, 7), cohort_to=date(2026, 2, 1))
    assert [c.start for c in m.cohorts] == [date(2026, 1, 5), date(2026, 1, 12)]
    full = retention_matrix(world.store, world.config, as_of=date(2026, 3, 2), weeks=4)
    before, after = compare_cohorts(full, date(2026, 1, 12))
    assert (before.cohorts, before.accounts, before.shares) == (1, 2, [1.0, 0.5, 0.5, 0.0])
    # After: cohorts of 01-12 and 02-16; 02-16's week 1 is incomplete and left out of the pool.
    assert (after.cohorts, after.accounts, after.shares) == (2, 2, [1.0, 1.0, 0.0, 0.0])
