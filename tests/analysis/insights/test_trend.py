"""Trends on the small world of `world.py`: counts per day and week, recomputed by hand from its rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from banso import i18n
from banso.analysis.insights import InsightError, TrendResult, TrendSpec, parse_breakdown, parse_event
from banso.analysis.insights.groups import SegmentChoice
from banso.analysis.insights.trend import Trend
from banso.config.segment import SegmentSpec
from banso.workspace import Workspace
from tests.analysis.insights.world import build_world
from tests.conftest import no_nan

WEEK = {"date_from": date(2026, 3, 2), "date_to": date(2026, 3, 8), "as_of": date(2026, 3, 9)}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    w = build_world(tmp_path_factory.mktemp("trend"))
    yield w
    w.close()


def run(ws: Workspace, **spec: object) -> TrendResult:
    result: TrendResult = ws.insight(TrendSpec.model_validate(spec))
    no_nan(result)
    return result


def series(result: TrendResult) -> dict[str, tuple[list[float | None], float | None]]:
    return {f"{s.segment}/{s.group}": (s.values, s.total) for s in result.series}


def test_event_counts_per_local_day(ws: Workspace) -> None:
    got = run(ws, measure="events", event=parse_event("login"), interval="day", **WEEK)
    assert [p.start for p in got.periods] == [date(2026, 3, d) for d in range(2, 9)]
    # 03-02: l1 l8 l11; 03-03: l2 l6; 03-04: l4 l5 l9; 03-05: l3; 03-06: l7 (written 03-05 in UTC); 03-08: l12
    assert series(got) == {"all accounts/all": ([3, 2, 3, 1, 1, 0, 1], 11)}


def test_active_accounts_count_members_qualifying_events(ws: Workspace) -> None:
    got = run(ws, measure="accounts", interval="day", **WEEK)
    # every account on 03-02; A1 and A2 on 03-03 and 03-04; A1 alone on 03-05, A2 on 03-06; A3 signs up on 03-07
    # and logs in on 03-08 (its email_opened is passive and would not count alone)
    assert series(got) == {"all accounts/all": ([3, 2, 2, 1, 1, 1, 1], 3)}


def test_active_users_per_week(ws: Workspace) -> None:
    got = run(ws, measure="users", interval="week", **WEEK)
    assert series(got) == {"all accounts/all": ([6], 6)}
    assert got.periods[0].complete  # the week ends at as_of


def test_breakdown_by_tier_largest_first(ws: Workspace) -> None:
    got = run(ws, measure="events", event=parse_event("login"), interval="day", breakdown=parse_breakdown("tier"),
              **WEEK)
    assert series(got) == {
        "all accounts/SMB": ([2, 1, 1, 0, 1, 0, 1], 6),  # A2's l8 l6 l9 l7 and A3's l11 l12
        "all accounts/Enterprise": ([1, 1, 2, 1, 0, 0, 0], 5),  # A1's five logins
    }


def test_two_segments_side_by_side(ws: Workspace) -> None:
    got = run(ws, measure="accounts", interval="day", segments=(
        SegmentChoice(label="big", filters=SegmentSpec(tier=["Enterprise"])),
        SegmentChoice(label="small", filters=SegmentSpec(tier=["SMB"]))), **WEEK)
    assert series(got) == {"big/all": ([1, 1, 1, 1, 0, 0, 0], 1), "small/all": ([2, 1, 1, 0, 1, 1, 1], 2)}


def test_property_filters_and_an_unmatched_event(ws: Workspace) -> None:
    got = run(ws, measure="events", event=parse_event("login[plan = pro]"), interval="week", **WEEK)
    assert series(got) == {"all accounts/all": ([0], 0)}  # no login carries a plan


def test_a_metric_at_the_end_of_each_period(ws: Workspace) -> None:
    got = run(ws, measure="metric", metric="events_7d", aggregate="max", interval="week",
              date_from=date(2026, 3, 2), date_to=date(2026, 3, 8), as_of=date(2026, 3, 9))
    # the week's window [03-02, 03-09): A1 has s1 l1 l2 l3 s2 l4 l5 — seven qualifying events
    assert series(got) == {"all accounts/all": ([7.0], None)}
    mean = run(ws, measure="metric", metric="events_7d", aggregate="mean", interval="week", **WEEK)
    assert series(mean)["all accounts/all"][0] == [5.0]  # (7 + 5 + 3) / 3
    # named for people in each language (the built-in label), its JSON title in English
    assert mean.metric_names == {"ja": "7日間のイベント数", "en": "events in 7 days"}
    assert mean.label == "mean of events in 7 days"
    with i18n.using("ja"):
        assert "7日間のイベント数" in Trend().view(mean, "ja").headline


def test_the_period_holding_as_of_is_incomplete(ws: Workspace) -> None:
    got = run(ws, measure="events", interval="week", date_from=date(2026, 3, 2), as_of=date(2026, 3, 6))
    assert [(p.start, p.complete) for p in got.periods] == [(date(2026, 3, 2), False)]


@pytest.mark.parametrize(("spec", "says"), [
    ({"measure": "metric"}, "name the metric"),
    ({"measure": "accounts", "metric": "events_7d"}, "only read with measure = metric"),
    ({"date_from": date(2026, 3, 8), "date_to": date(2026, 3, 2)}, "must not be after"),
])
def test_bad_specs_say_what_is_wrong(spec: dict[str, object], says: str) -> None:
    with pytest.raises(ValueError, match=says):
        TrendSpec.model_validate(spec)


def test_unknown_metric_is_named(ws: Workspace) -> None:
    with pytest.raises(InsightError, match="nope"):
        run(ws, measure="metric", metric="nope", **WEEK)
