"""Retention against the published definitions: PostHog's recurring daily retention, and the examples of
Mixpanel's documentation on rolling and calendar windows — with cases of our own, in UTC as both write them.

PostHog shows each cohort's size as "Day 0" (always 100 %); banso shows the size in its own column and
period 0 as the returns after the start within the first day. From period 1 on the cells are the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from banso.analysis.insights import RetentionResult, RetentionSpec, parse_event
from banso.config.template import render
from banso.workspace import Workspace
from tests.conftest import write

# p1 views pages on days 0, 1, 2 and 5 (twice) and 6; p2 on days 1, 2, 3 and 6 (day 0 = 2026-06-10).
# q1 … q3 are the Mixpanel examples: 20:00 Monday → 06:00 Tuesday; Friday → Monday; 25 February → 3 March
# (each signs up with its own event, so each example is a cohort of one).
EVENTS = """
event_id,ts,user_id,account_id,event
a0,2026-06-10T05:00:00Z,p1,A,pageview
a1,2026-06-11T05:00:00Z,p1,A,pageview
a2,2026-06-12T05:00:00Z,p1,A,pageview
a5,2026-06-15T05:00:00Z,p1,A,pageview
a5b,2026-06-15T09:00:00Z,p1,A,pageview
a6,2026-06-16T05:00:00Z,p1,A,pageview
b1,2026-06-11T05:00:00Z,p2,A,pageview
b2,2026-06-12T05:00:00Z,p2,A,pageview
b3,2026-06-13T05:00:00Z,p2,A,pageview
b6,2026-06-16T05:00:00Z,p2,A,pageview
q1s,2026-06-15T20:00:00Z,q1,B,signup_day
q1l,2026-06-16T06:00:00Z,q1,B,login
q2s,2026-06-19T10:00:00Z,q2,B,signup_week
q2l,2026-06-22T10:00:00Z,q2,B,login
q3s,2026-02-25T10:00:00Z,q3,B,signup_month
q3l,2026-03-03T10:00:00Z,q3,B,login
"""


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    root: Path = tmp_path_factory.mktemp("published")
    w = Workspace.init(root / "ws", config_text=render(name="published", timezone="UTC"))
    w.load("accounts", [str(write(root / "accounts.csv", "account_id,name\nA,Pages\nB,Signups\n"))])
    w.load("events", [str(write(root / "events.csv", EVENTS))])
    yield w
    w.close()


def counts(result: RetentionResult) -> dict[date, tuple[int, list[int | None]]]:
    return {c.start: (c.size, [cell.actors if cell.share is not None else None for cell in c.cells])
            for c in result.groups[0].cohorts}


def test_posthog_recurring_daily_retention(ws: Workspace) -> None:
    view = parse_event("pageview")
    got = ws.insight(RetentionSpec(actor="user", period="day", windows="calendar", mode="recurring", start=view,
                                   returns=view, periods=7, cohort_from=date(2026, 6, 10),
                                   cohort_to=date(2026, 6, 16), as_of=date(2026, 6, 17)))
    assert counts(got) == {
        # size (PostHog's Day 0), then periods 0 … 6; PostHog would read, from Day 1 on, the same numbers
        date(2026, 6, 10): (1, [0, 1, 1, 0, 0, 1, 1]),
        date(2026, 6, 11): (2, [0, 2, 1, 0, 1, 2, None]),
        date(2026, 6, 12): (2, [0, 1, 0, 1, 2, None, None]),
        date(2026, 6, 13): (1, [0, 0, 0, 1, None, None, None]),
        # nobody on day 4: no cohort. On day 5 p1's second view (09:00) is a return within the first day
        date(2026, 6, 15): (1, [1, 1, None, None, None, None, None]),
        date(2026, 6, 16): (2, [0, None, None, None, None, None, None]),
    }


@pytest.mark.parametrize(("period", "day", "rolling", "calendar"), [
    ("day", date(2026, 6, 15), 0, 1),     # 20:00 Monday → 06:00 Tuesday: 10 hours, but the next calendar day
    ("week", date(2026, 6, 19), 0, 1),    # Friday → Monday: 3 days, but the next calendar week
    ("month", date(2026, 2, 25), 0, 1),   # 25 February → 3 March: 6 days, but the next calendar month
])
def test_mixpanel_rolling_and_calendar_windows(ws: Workspace, period: str, day: date, rolling: int,
                                              calendar: int) -> None:
    for windows, k in (("rolling", rolling), ("calendar", calendar)):
        got = ws.insight(RetentionSpec(actor="user", period=period, windows=windows, start=parse_event(f"signup_{period}"),  # type: ignore[arg-type]
                                       returns=parse_event("login"), periods=2, cohort_from=day, cohort_to=day,
                                       as_of=date(2026, 8, 1)))
        cells = got.groups[0].cohorts[0].cells
        assert [c.actors for c in cells] == [1 if i == k else 0 for i in range(2)], (period, windows)
