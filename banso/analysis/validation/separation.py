"""Does the score separate the customers who stay from those who leave?

`by_month`: for each month since the contract started, the scores of accounts retained at least
12 months against those that churned after that month and before month 12, with a Mann–Whitney U
test — the check a CS team runs to trust its score. `churn_by_band`: the 90-day churn rate of each
band with Wilson intervals, and the "green churn": churned accounts that were Good when they left.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from banso.analysis.validation.history import THIN, History, churn_within, observed
from banso.config.health import BANDS


@dataclass(frozen=True)
class MonthComparison:
    month: int
    retained: list[float]
    churned: list[float]
    u: float | None
    p: float | None

    @property
    def thin(self) -> bool:
        return len(self.churned) < THIN or len(self.retained) < THIN


def _score_at_month(h: History, month: int) -> pd.DataFrame:
    """Each contracted account's first snapshot in the 5 weeks from `month` months after its start."""
    s = h.snapshots[h.snapshots["contract_day"].notna() & h.snapshots["score"].notna()].copy()
    s["target"] = s["contract_day"] + pd.DateOffset(months=month)
    s = s[(s["as_of"] >= s["target"]) & (s["as_of"] < s["target"] + pd.Timedelta(days=35))]
    return s.sort_values("as_of").groupby("account_id", as_index=False).first()


def by_month(h: History, months: range = range(6)) -> list[MonthComparison]:
    from scipy.stats import mannwhitneyu

    out = []
    last = pd.Timestamp(h.last_day)
    for m in months:
        s = _score_at_month(h, m)
        year = s["contract_day"] + pd.DateOffset(months=12)
        retained = s[(year <= last) & (s["churn_day"].isna() | (s["churn_day"] >= year))]
        churned = s[s["churn_day"].notna() & (s["churn_day"] > s["as_of"]) & (s["churn_day"] < year)]
        a, b = retained["score"].astype(float).tolist(), churned["score"].astype(float).tolist()
        if a and b:
            test = mannwhitneyu(a, b, alternative="two-sided")
            out.append(MonthComparison(m, a, b, float(test.statistic), float(test.pvalue)))
        else:
            out.append(MonthComparison(m, a, b, None, None))
    return out


@dataclass(frozen=True)
class BandRate:
    band: str
    snapshots: int
    churned: int
    rate: float | None
    low: float | None
    high: float | None


@dataclass(frozen=True)
class ChurnByBand:
    horizon_days: int
    rates: list[BandRate]
    churned_accounts: int
    green_churn: int  # churned accounts whose last band before churning was Good
    green_share: float | None

    @property
    def thin(self) -> bool:
        return self.churned_accounts < THIN


def churn_by_band(h: History, horizon_days: int = 90) -> ChurnByBand:
    from statsmodels.stats.proportion import proportion_confint

    obs = observed(h, h.snapshots, horizon_days)
    y = churn_within(h, obs, horizon_days)
    rates = []
    for band in BANDS:
        sel = obs["band"] == band
        n, k = int(sel.sum()), int(y[sel].sum())
        if n:
            low, high = proportion_confint(k, n, alpha=0.05, method="wilson")
            rates.append(BandRate(band, n, k, k / n, float(low), float(high)))
        else:
            rates.append(BandRate(band, 0, 0, None, None, None))
    snaps = h.snapshots  # customers' churns: a trial that ended unconverted did not churn
    churned = snaps[snaps["churn_day"].notna() & (snaps["as_of"] <= snaps["churn_day"]) & snaps["customer"]]
    last_band = churned.sort_values("as_of").groupby("account_id")["band"].last().dropna()
    green = int((last_band == "good").sum())
    return ChurnByBand(horizon_days, rates, len(last_band), green, green / len(last_band) if len(last_band) else None)


def medians(values: list[float]) -> float | None:
    return float(np.median(values)) if values else None
