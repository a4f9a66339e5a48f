"""One account's use before and after each of its touchpoints, against hand counts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from banso.analysis.account_view import touchpoints
from banso.analysis.touchpoint_change import touchpoint_changes
from banso.workspace import Workspace
from tests.conftest import write

AS_OF = date(2026, 4, 1)


def _events(rows: list[tuple[str, str, int]]) -> str:
    """event_id,ts,user_id,account_id,event lines: `n` events of `event` on `day` at noon in Tokyo."""
    out, k = [], 0
    for day, event, n in rows:
        for _ in range(n):
            out.append(f"e{k},{day}T03:00:00Z,u1,A1,{event}\n")
            k += 1
    return "event_id,ts,user_id,account_id,event\n" + "".join(out)


@pytest.fixture
def world(workspace: Workspace, tmp_path: Path) -> Workspace:
    write(tmp_path / "a.csv", "account_id,name\nA1,Acme\nA2,Other\n")
    write(tmp_path / "u.csv", "user_id,email\nu1,u1@acme.example\n")
    write(tmp_path / "m.csv", "user_id,account_id\nu1,A1\n")
    write(tmp_path / "e.csv", _events([
        ("2026-02-10", "issue_created", 2), ("2026-02-11", "issue_created", 2),
        ("2026-02-12", "issue_created", 2), ("2026-02-13", "issue_created", 2),  # 8 in the 4 weeks before T1
        ("2026-02-12", "email_opened", 40),  # passive: never counts as use
        ("2026-03-03", "doc_created", 10), ("2026-03-10", "doc_created", 10),  # the proposed feature, after T1
        ("2026-03-26", "issue_created", 3),  # after T2
        ("2026-04-02", "issue_created", 50),  # on or after as_of: outside every window
    ]))
    write(tmp_path / "t.csv", """\
        touchpoint_id,ts,account_id,kind,title,proposed_feature
        T1,2026-03-02T03:00:00Z,A1,cs_meeting,Review,doc_created
        T2,2026-03-25T03:00:00Z,A1,email,Newsletter,
        T3,2026-04-05T03:00:00Z,A1,cs_meeting,Later,
        X1,2026-03-02T03:00:00Z,A2,cs_meeting,Someone else,
        """)
    for table, file in (("accounts", "a.csv"), ("users", "u.csv"), ("memberships", "m.csv"), ("events", "e.csv"),
                        ("touchpoints", "t.csv")):
        workspace.load(table, [str(tmp_path / file)])
    return workspace


def test_each_touchpoint_compares_the_weeks_before_with_the_weeks_from_it(world: Workspace) -> None:
    events = world.config.events.model_copy(update={"passive": ["email_opened"]})
    config = world.config.model_copy(update={"events": events})
    changes = touchpoint_changes(world.store, config, "A1", AS_OF, touchpoints(world.store, "A1"))

    assert [c.touchpoint_id for c in changes] == ["T2", "T1"]  # newest first; T3 lies after as_of
    t2, t1 = changes
    assert (t1.day, t1.kind, t1.title) == (date(2026, 3, 2), "cs_meeting", "Review")
    # T1's four weeks from 2 March hold the 20 uses of the proposed feature and the 3 events of 26 March
    assert t1.before == pytest.approx(8 / 4) and t1.after == pytest.approx(23 / 4) and t1.after_weeks == 4
    assert (t1.feature, t1.feature_before, t1.feature_after) == ("doc_created", 0.0, pytest.approx(20 / 4))
    # T2: the four weeks before hold the 20 proposed-feature uses; only 7 days (to as_of) come after it
    assert t2.before == pytest.approx(20 / 4) and t2.after_weeks == 1 and t2.after == pytest.approx(3.0)
    assert t2.feature is None and t2.feature_before is None and t2.feature_after is None


def test_a_touchpoint_on_the_last_day_has_no_after_yet_and_kinds_are_chosen_by_the_caller(world: Workspace) -> None:
    touches = [t for t in touchpoints(world.store, "A1") if t["kind"] == "cs_meeting"]
    changes = touchpoint_changes(world.store, world.config, "A1", date(2026, 3, 4), touches)
    assert [c.touchpoint_id for c in changes] == ["T1"]
    # two days since the meeting: the 10 uses of 3 March, as a weekly rate
    assert changes[0].after_weeks == pytest.approx(2 / 7) and changes[0].after == pytest.approx(7 * 10 / 2)
    last = touchpoint_changes(world.store, world.config, "A1", date(2026, 3, 2), touches)
    assert last == []  # the meeting's own day is not over: nothing before as_of to compare
    assert touchpoint_changes(world.store, world.config, "A2", AS_OF, []) == []
