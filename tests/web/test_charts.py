"""Page charts label what they draw: a weekly chart's ticks stand on its weeks."""

from __future__ import annotations

from datetime import date, timedelta

from banso.web.charts import company_activity


def test_company_activity_ticks_stand_on_the_weeks_mondays() -> None:
    weeks = [date(2026, 8, 24) + timedelta(weeks=i) for i in range(12)]
    axis = company_activity(weeks, {"issue_created": [1] * 12}, ["issue_created"])["layout"]["xaxis"]
    assert date.fromisoformat(axis["tick0"]).weekday() == 0 and axis["tick0"] == "2026-08-24"
    assert axis["dtick"] == 14 * 86_400_000  # every other week for twelve of them
    short = company_activity(weeks[-4:], {"issue_created": [1] * 4}, [])["layout"]["xaxis"]
    assert (short["tick0"], short["dtick"]) == ("2026-10-19", 7 * 86_400_000)
    assert "tick0" not in company_activity([], {}, [])["layout"]["xaxis"]


def test_an_insights_weekly_trend_ticks_on_its_weeks_first_days() -> None:
    """The trend of weeks starting on Sunday ticks on Sundays, of weeks starting on Monday on Mondays; months keep
    Plotly's month ticks."""
    from banso.analysis.insights.trend import TrendPeriod, TrendResult, TrendSeries, TrendSpec
    from banso.web.charts_insights import trend

    def result(interval: str, week_start: str, first: date) -> TrendResult:
        step = timedelta(weeks=1) if interval == "week" else timedelta(days=31)
        periods = [TrendPeriod(first + i * step, True) for i in range(10)]
        spec = TrendSpec(interval=interval, week_start=week_start)  # type: ignore[arg-type]
        return TrendResult(spec, first + 10 * step, "events", periods, [TrendSeries("all", "all", [1.0] * 10, 10.0)])

    sunday = trend(result("week", "sunday", date(2026, 8, 23)))["layout"]["xaxis"]
    assert (sunday["tick0"], sunday["dtick"]) == ("2026-08-23", 14 * 86_400_000)
    assert trend(result("week", "monday", date(2026, 8, 24)))["layout"]["xaxis"]["tick0"] == "2026-08-24"
    assert "tick0" not in trend(result("month", "monday", date(2026, 1, 1)))["layout"]["xaxis"]
