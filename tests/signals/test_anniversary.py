"""Days to the next contract anniversary, the renewal fallback of the alert frame."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from banso.signals.frame import _days_to_anniversary


def by_hand(start: date, day: date) -> int:
    """The first anniversary on or after `day`, found by walking the years (29 February → 28th)."""
    year = max(start.year, day.year - 1)
    while True:
        try:
            anniversary = start.replace(year=year)
        except ValueError:
            anniversary = start.replace(year=year, day=28)
        if anniversary >= day:
            return (anniversary - day).days
        year += 1


def test_days_to_anniversary_match_a_walk_over_the_years() -> None:
    starts = [date(2020, 2, 29), date(2024, 2, 29), date(2025, 3, 20), date(2025, 12, 31), date(2026, 3, 2),
              date(2026, 3, 3), date(2027, 1, 1), date(2019, 3, 1)] + [date(2018, 1, 1) + timedelta(days=37 * i)
                                                                     for i in range(80)]
    series = pd.Series(pd.to_datetime([*starts, None]))
    for day in (date(2026, 3, 2), date(2028, 2, 28), date(2028, 2, 29), date(2027, 2, 28), date(2026, 12, 31)):
        got = _days_to_anniversary(series, day)
        assert got.tolist()[:-1] == [float(by_hand(s, day)) for s in starts], day
        assert pd.isna(got.iloc[-1])
    assert _days_to_anniversary(series, date(2026, 3, 2)).iloc[4] == 0  # on the day itself


def test_playbook_renewals_take_the_crm_date_ahead_else_the_anniversary_and_none_before_the_start() -> None:
    from banso.signals.playbooks.triggers import next_renewals

    day = pd.Timestamp("2026-03-02")
    acc = pd.DataFrame({
        "contract_start": pd.to_datetime(["2025-03-20", "2025-03-20", "2024-02-29", "2026-03-02", "2026-04-01", None]),
        "renewal": pd.to_datetime(["2026-05-01", "2026-01-01", None, None, None, None]),
    }, index=["crm", "past_crm", "leap", "today", "later", "unknown"])
    got = next_renewals(acc, day)
    assert [None if pd.isna(t) else t.date() for t in got] == [
        date(2026, 5, 1), date(2026, 3, 20), date(2027, 2, 28), None, None, None]
