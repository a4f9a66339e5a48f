"""Retention in every mode, on the event table of `world.py` (small enough to recompute by hand).

Each test writes out the matrix it expects; the comments say why each cell is what it is. Period 0 counts
returns after the start within its first period; the cohort size is asserted apart (PostHog shows it as
"period 0", Mixpanel as the size column: the cells k ≥ 1 agree with both).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from banso.analysis.insights import RetentionSpec, parse_event
from banso.analysis.insights.groups import Breakdown, SegmentChoice
from banso.analysis.insights.retention import RetentionResult
from banso.config.segment import SegmentSpec
from banso.workspace import Workspace
from tests.analysis.insights.world import build_world
from tests.conftest import no_nan

AS_OF = date(2026, 3, 9)
DAYS = {"period": "day", "periods": 4, "cohort_from": date(2026, 3, 2), "cohort_to": date(2026, 3, 7), "as_of": AS_OF}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    w = build_world(tmp_path_factory.mktemp("modes"))
    yield w
    w.close()


def matrix(result: RetentionResult, group: int = 0) -> dict[date, tuple[int, list[float | None]]]:
    no_nan(result)
    g = result.groups[group]
    return {c.start: (c.size, [cell.share for cell in c.cells]) for c in g.cohorts}


def incomplete(result: RetentionResult) -> set[tuple[date, int]]:
    return {(c.start, cell.k) for c in result.groups[0].cohorts for cell in c.cells if not cell.complete}


def run(ws: Workspace, **spec: object) -> RetentionResult:
    return ws.insight(RetentionSpec.model_validate(spec))  # type: ignore[no-any-return]


def test_first_time_calendar_days_by_user(ws: Workspace) -> None:
    got = run(ws, actor="user", windows="calendar", start=parse_event("signup"), returns=parse_event("login"), **DAYS)
    assert matrix(got) == {
        # u1 signs up on 03-02 10:00: login 12:00 the same day (k0), 03-03 (k1), 03-05 (k3)
        date(2026, 3, 2): (1, [1.0, 1.0, 0.0, 1.0]),
        # u2 (20:00) logs in the next evening (k1); u3 logs in at the very second of its signup (another event:
        # k0) and on 03-06 08:00 local (k3, though written as 03-05 in UTC)
        date(2026, 3, 3): (2, [0.5, 0.5, 0.0, 0.5]),
        # u6 signs up on Saturday 03-07 and logs in on Sunday (k1); 03-09 is as_of: not reached
        date(2026, 3, 7): (1, [0.0, 1.0, None, None]),
    }
    # a calendar day ends at the same midnight for every actor: only the days from as_of on are open
    assert incomplete(got) == {(date(2026, 3, 7), 2), (date(2026, 3, 7), 3)}


def test_rolling_days_count_24_hours_from_each_start(ws: Workspace) -> None:
    got = run(ws, actor="user", windows="rolling", start=parse_event("signup"), returns=parse_event("login"), **DAYS)
    assert matrix(got) == {
        # u1: 03-03 09:00 is 23 h after the signup: still day 0 (calendar said day 1); 03-05 11:00 is day 3
        date(2026, 3, 2): (1, [1.0, 0.0, 0.0, 1.0]),
        # u2: 03-04 19:00 is 23 h after (day 0), 21:00 is 25 h after (day 1); u3: 03-06 08:00 is exactly 72 h: day 3
        date(2026, 3, 3): (2, [1.0, 0.5, 0.0, 0.5]),
        # u6: 24 h later is day 1; day 2 starts 03-09 10:00, after as_of
        date(2026, 3, 7): (1, [0.0, 1.0, None, None]),
    }
    # day 1 of u6 ends 03-09 10:00, after the cutoff (03-09 00:00): incomplete though already counted
    assert incomplete(got) == {(date(2026, 3, 7), 1), (date(2026, 3, 7), 2), (date(2026, 3, 7), 3)}


def test_cumulative_counts_a_return_in_period_k_or_later(ws: Workspace) -> None:
    got = run(ws, actor="user", windows="calendar", cumulative=True, start=parse_event("signup"),
              returns=parse_event("login"), **DAYS)
    assert matrix(got) == {
        date(2026, 3, 2): (1, [1.0, 1.0, 1.0, 1.0]),  # u1's last login is on day 3
        date(2026, 3, 3): (2, [1.0, 1.0, 0.5, 0.5]),  # u2's last is day 1, u3's day 3
        date(2026, 3, 7): (1, [1.0, 1.0, None, None]),
    }


def test_recurring_starts_a_row_in_every_period_with_the_start_event(ws: Workspace) -> None:
    login = parse_event("login")
    got = run(ws, actor="user", windows="calendar", mode="recurring", start=login, returns=login, **DAYS)
    assert matrix(got) == {
        # u1 (first login 12:00), u4 (09:00) and u5 (10:00): no second login that day; u1 again on 03-03 and
        # 03-05, u4 on 03-04; u5 never again
        date(2026, 3, 2): (3, [0.0, 1 / 3, 1 / 3, 1 / 3]),
        # u1 (starts its second row 09:00) returns 03-05 (k2); u3 returns 03-06 (k3)
        date(2026, 3, 3): (2, [0.0, 0.0, 0.5, 0.5]),
        # u2 logs in twice that evening (the second is a return in k0); u4 never again
        date(2026, 3, 4): (2, [0.5, 0.0, 0.0, 0.0]),
        date(2026, 3, 5): (1, [0.0, 0.0, 0.0, 0.0]),  # u1's last login
        date(2026, 3, 6): (1, [0.0, 0.0, 0.0, None]),  # u3's last login (03-09 is as_of)
    }


def test_start_event_is_never_its_own_return(ws: Workspace) -> None:
    signup = parse_event("signup")
    got = run(ws, actor="user", windows="calendar", start=signup, returns=signup, **DAYS)
    # every user signs up once: nobody returns with a second signup
    assert {c.start: [cell.share for cell in c.cells][:2] for c in got.groups[0].cohorts} == {
        date(2026, 3, 2): [0.0, 0.0], date(2026, 3, 3): [0.0, 0.0], date(2026, 3, 7): [0.0, 0.0]}


def test_calendar_week_starts_monday_or_sunday(ws: Workspace) -> None:
    common = {"actor": "user", "windows": "calendar", "period": "week", "periods": 2, "start": parse_event("signup"),
              "returns": parse_event("login"), "cohort_from": date(2026, 3, 1), "cohort_to": date(2026, 3, 7),
              "as_of": date(2026, 3, 16)}
    monday = run(ws, **common)
    # weeks from Monday 03-02 (03-01 lies in the week of 02-23, which has no signup): u1, u2 and u3 log in during
    # their signup week, and so does u6, whose Sunday 03-08 still belongs to the week of Monday 03-02
    assert matrix(monday) == {date(2026, 3, 2): (4, [1.0, 0.0])}
    sunday = run(ws, week_start="sunday", **common)
    # weeks from Sunday 03-01: u6 signs up on Saturday 03-07 and logs in on Sunday 03-08, the next week
    assert matrix(sunday) == {date(2026, 3, 1): (4, [0.75, 0.25])}


def test_calendar_and_rolling_months(ws: Workspace) -> None:
    common = {"actor": "account", "period": "month", "periods": 3, "start": parse_event("signup"),
              "returns": parse_event("login"), "cohort_from": date(2026, 1, 1), "cohort_to": date(2026, 1, 31),
              "as_of": date(2026, 4, 2)}
    # A3 signs up 01-31 10:00 and returns 02-01 (the next calendar month, a day later), 03-02 10:00 (exactly 30
    # days later: rolling month 1) and 03-08 (month 2 of the calendar, rolling month 1)
    assert matrix(run(ws, windows="calendar", **common)) == {date(2026, 1, 1): (1, [0.0, 1.0, 1.0])}
    assert matrix(run(ws, windows="rolling", **common)) == {date(2026, 1, 1): (1, [1.0, 1.0, 0.0])}


def test_default_is_the_trial_cohort_retention(ws: Workspace) -> None:
    from banso.analysis.retention import retention_matrix

    spec = RetentionSpec(periods=4, cohort_from=date(2026, 1, 26), cohort_to=date(2026, 3, 8), as_of=AS_OF)
    got = ws.insight(spec)
    old = retention_matrix(ws.store, ws.config, AS_OF, weeks=4, cohort_from=date(2026, 1, 26),
                           cohort_to=date(2026, 3, 8))
    assert matrix(got) == {c.start: (c.size, [cell.share for cell in c.cells]) for c in old.cohorts}
    assert matrix(got) == {
        # A3's trial starts 01-31 (week of 01-26): its member logs in 02-01 (week 0), and 03-02 (day 30: week 4)
        date(2026, 1, 26): (1, [1.0, 0.0, 0.0, 0.0]),
        # A1 (trial 03-02 10:00) and A2 (no trial date: its first event, 03-02 09:00) are active in week 0 only
        date(2026, 3, 2): (2, [1.0, None, None, None]),
    }


def test_breakdown_folds_the_rest_into_other_and_segments_sit_side_by_side(ws: Workspace) -> None:
    spec = {"actor": "user", "windows": "calendar", "start": parse_event("signup"), "returns": parse_event("login"),
            **DAYS}
    by_tier = run(ws, breakdown=Breakdown(by="tier", top=1), **spec)
    # u1, u2 (A1, Enterprise) are two users; u3 (A2) and u6 (A3) are SMB: the top-1 group is a tie, broken by name
    assert [(g.group, g.size, g.values) for g in by_tier.groups] == [("Enterprise", 2, ["Enterprise"]),
                                                                      ("other", 2, ["SMB"])]
    assert matrix(by_tier, 0) == {date(2026, 3, 2): (1, [1.0, 1.0, 0.0, 1.0]), date(2026, 3, 3): (1, [0.0, 1.0, 0.0, 0.0])}
    side = run(ws, segments=(SegmentChoice(label="big", filters=SegmentSpec(tier=["Enterprise"])),
                             SegmentChoice(label="small", filters=SegmentSpec(tier=["SMB"]))), **spec)
    assert [(g.segment, g.size) for g in side.groups] == [("big", 2), ("small", 2)]
    assert matrix(side, 1) == {date(2026, 3, 3): (1, [1.0, 0.0, 0.0, 1.0]), date(2026, 3, 7): (1, [0.0, 1.0, None, None])}


def test_the_actors_of_a_cell(ws: Workspace) -> None:
    spec = RetentionSpec(actor="user", windows="calendar", start=parse_event("signup"), returns=parse_event("login"),
                         **DAYS)  # type: ignore[arg-type]
    cell = ws.retention_cell(spec, cohort=date(2026, 3, 3), k=3)
    assert (cell.total, [r.id for r in cell.rows], cell.account_ids) == (1, ["u3"], ["A2"])
    accounts = ws.retention_cell(RetentionSpec(periods=4, cohort_from=date(2026, 3, 2), as_of=AS_OF),
                                 cohort=date(2026, 3, 2), k=0)
    assert [(r.id, r.name) for r in accounts.rows] == [("A1", "One"), ("A2", "Two")]


def test_average_weighs_complete_cells_by_cohort_size(ws: Workspace) -> None:
    got = run(ws, actor="user", windows="calendar", start=parse_event("signup"), returns=parse_event("login"), **DAYS)
    # k0: (1 + 1 + 0) / (1 + 2 + 1); k2: only the complete cells of 03-02 and 03-03: 0 / 3
    assert got.groups[0].average == [0.5, 0.75, 0.0, 2 / 3]
