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
