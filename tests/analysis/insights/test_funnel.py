"""Funnels on the small world of `world.py` (users u1 … u6, accounts A1 … A3), step by step by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from banso.analysis.insights import FunnelResult, FunnelSpec, parse_breakdown, parse_event
from banso.workspace import Workspace
from tests.analysis.insights.world import build_world
from tests.conftest import no_nan

RANGE = {"date_from": date(2026, 3, 1), "date_to": date(2026, 3, 8), "as_of": date(2026, 3, 9)}
SIGNUP, LOGIN = parse_event("signup"), parse_event("login")


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    w = build_world(tmp_path_factory.mktemp("funnel"))
    yield w
    w.close()


def run(ws: Workspace, **spec: object) -> FunnelResult:
    result: FunnelResult = ws.insight(FunnelSpec.model_validate(spec))
    no_nan(result)
    return result


def test_steps_in_order_within_the_window(ws: Workspace) -> None:
    got = run(ws, actor="user", steps=(SIGNUP, LOGIN, LOGIN), window=1, **RANGE)
    steps = got.series[0].steps
    # entered: u1 (03-02 10:00), u2 (03-03 20:00), u3 (03-03 08:00), u6 (03-07 10:00); u5 signed up in January.
    # login within a day: u1 at 12:00, u2 23 h later, u3 at the same second (another event); u6 exactly 24 h later
    # is outside. A second login: u1 (03-03 09:00, 23 h after signup); u2's is 25 h after, u3's 3 days after.
    assert [(s.actors, s.conversion, s.dropped) for s in steps] == [(4, 1.0, 0), (3, 0.75, 1), (1, 0.25, 2)]
    assert steps[2].from_previous == 1 / 3
    # median time from signup to the first login: of 2 h, 23 h and 0 s, 2 h; to the second: u1's 23 h
    assert [s.median_seconds for s in steps] == [0.0, 7200.0, 82800.0]


def test_a_longer_window_lets_more_through(ws: Workspace) -> None:
    got = run(ws, actor="user", steps=(SIGNUP, LOGIN, LOGIN), window=2, **RANGE)
    # u6's login 24 h later now counts; u2's second login (25 h) too
    assert [s.actors for s in got.series[0].steps] == [4, 4, 2]


def test_who_dropped_at_each_step(ws: Workspace) -> None:
    spec = FunnelSpec(actor="user", steps=(SIGNUP, LOGIN, LOGIN), window=1, **RANGE)  # type: ignore[arg-type]
    assert [r.id for r in ws.funnel_dropped(spec, step=2).rows] == ["u6"]
    dropped = ws.funnel_dropped(spec, step=3)
    assert ([r.id for r in dropped.rows], dropped.account_ids) == (["u2", "u3"], ["A1", "A2"])
    assert ws.funnel_dropped(spec, step=1).total == 4  # step 1: everyone who entered


def test_accounts_and_a_breakdown(ws: Workspace) -> None:
    got = run(ws, steps=(SIGNUP, LOGIN), window=1, breakdown=parse_breakdown("tier"), **RANGE)
    # A1 (signup 03-02 10:00, login 12:00) is Enterprise; SMB: A2 (login at its signup second) and A3 (03-07, its
    # login exactly a day later is out); A3's January signup is before the range
    assert [(s.group, [st.actors for st in s.steps]) for s in got.series] == [("SMB", [2, 1]), ("Enterprise", [1, 1])]


def test_conversion_over_time_by_entry_week(ws: Workspace) -> None:
    got = run(ws, actor="user", steps=(SIGNUP, LOGIN, LOGIN), window=1, **RANGE)
    over = [(p.start, p.entered, p.converted, p.complete) for p in got.series[0].over_time]
    # 03-01 is a Sunday: its week began 02-23 (nobody entered); the week of 03-02 ends at as_of, but an attempt
    # that started on its last day keeps its window until 03-10
    assert over == [(date(2026, 2, 23), 0, 0, True), (date(2026, 3, 2), 4, 1, False)]


def test_the_query_grows_with_the_steps_not_doubling(ws: Workspace) -> None:
    """Each step reads the steps before it once (and groups by their columns): the query of ten steps is
    at most (10/3)² times the size of three steps', not 2⁷ times (a 10-step funnel with property
    filters was once a 1 MB query that took a minute on this small world)."""
    from banso.analysis.insights.funnel import _plan

    def sql_size(steps: int) -> int:
        spec = FunnelSpec(actor="user", steps=(SIGNUP, *[parse_event("login[plan = pro]")] * (steps - 1)),
                          window=1, **RANGE)  # type: ignore[arg-type]
        return len(ws.store.ibis.compile(_plan(ws.insight_context(), spec).reached))

    assert sql_size(10) < (10 / 3) ** 2 * sql_size(3)
    # and the ten steps still count by hand: every login after the signup, within a day, is one more step
    ten = run(ws, actor="user", steps=(SIGNUP, *[LOGIN] * 9), window=1, **RANGE)
    three = run(ws, actor="user", steps=(SIGNUP, LOGIN, LOGIN), window=1, **RANGE)
    assert [s.actors for s in ten.series[0].steps][:3] == [s.actors for s in three.series[0].steps]


def test_a_funnel_needs_two_steps() -> None:
    with pytest.raises(ValueError, match="at least 2"):
        FunnelSpec(steps=(SIGNUP,))
