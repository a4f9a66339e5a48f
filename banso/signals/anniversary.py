"""Contract anniversaries: when a contract that the CRM gives no renewal date for comes up for renewal.

One rule for the alert frame (days to renewal) and the playbook triggers (anniversary and renewal
dates): a contract renews every year on the day it started, and one started on 29 February renews
on the 28th in common years.
"""

from __future__ import annotations

from datetime import date

import pandas as pd


def next_anniversary(start: pd.Series, day: date | pd.Timestamp) -> pd.Series:
    """Per contract start (a local midnight): the first of start, start + 1 year, … on or after `day`.

    A start on or after `day` is its own answer; NaT where the start is. Column arithmetic, not a loop
    over accounts: the alert backtest asks it at every date.
    """
    out = pd.Series(pd.NaT, index=start.index, dtype="datetime64[ns]")
    ok = start.notna()
    if not ok.any():
        return out
    s = start[ok]
    today = pd.Timestamp(day)
    year = s.dt.year + (today.year - s.dt.year).clip(lower=0)  # this year's anniversary, or the start's own year
    this = _in_year(s, year)
    out[ok] = this.where(this >= today, _in_year(s, year + 1))
    return out


def _in_year(start: pd.Series, year: pd.Series) -> pd.Series:
    """The midnight of each start's month and day in `year` (29 February → 28 February in a common year)."""
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    month, dom = start.dt.month, start.dt.day
    dom = dom.where(~((month == 2) & (dom == 29) & ~leap), 28)
    return pd.to_datetime(pd.DataFrame({"year": year, "month": month, "day": dom}))
