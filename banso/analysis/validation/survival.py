"""Time to churn: Kaplan–Meier curves by band and by trial cohort, Cox hazard ratios per dimension,
month-over-month band transitions, and how early the Bad band came before each churn.

Accounts still customers at the last snapshot are censored there (lifelines handles them), never
counted as retained forever nor dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from banso.analysis.validation.history import THIN, History, dimension_columns
from banso.config.health import BANDS
from banso.customers import customer_at

AT_DAYS = (90, 180, 365)


@dataclass(frozen=True)
class Curve:
    group: str
    accounts: int
    churned: int
    days: list[float]
    survival: list[float]
    at: dict[int, float | None]  # survival probability at 90 / 180 / 365 days


def _curve(group: str, durations: np.ndarray, events: np.ndarray) -> Curve:
    from lifelines import KaplanMeierFitter

    km = KaplanMeierFitter().fit(durations, events)
    sf = km.survival_function_.iloc[:, 0]
    at = {d: (float(km.predict(d)) if d <= durations.max() else None) for d in AT_DAYS}
    return Curve(group, len(durations), int(events.sum()), [float(x) for x in sf.index], [float(v) for v in sf], at)


def _durations(start: pd.Series, churn: pd.Series, last: pd.Timestamp) -> tuple[np.ndarray, np.ndarray]:
    end = churn.where(churn.notna() & (churn <= last), last)
    events = (churn.notna() & (churn <= last)).to_numpy().astype(int)
    return (end - start).dt.days.clip(lower=0).to_numpy(dtype=float), events


LANDMARK_DAYS = 180


def first_snapshots(h: History) -> pd.DataFrame:
    """A landmark: every customer's snapshot about 180 days before the last one (or the earliest after the
    warm-up when the history is shorter), followed from there to churn or the end. Trials are left out:
    their end is no churn (`banso.customers`)."""
    s = h.snapshots[h.snapshots["score"].notna() & h.snapshots["customer"]]
    if s.empty:
        return s
    dates = sorted(s["as_of"].unique())
    target = pd.Timestamp(h.last_day) - pd.Timedelta(days=LANDMARK_DAYS)
    landmark = max([d for d in dates if d <= target], default=dates[0])
    at = s[s["as_of"] == landmark]
    return at[at["churn_day"].isna() | (at["churn_day"] >= at["as_of"])]


def by_band(h: History) -> list[Curve]:
    first = first_snapshots(h)
    last = pd.Timestamp(h.last_day)
    out = []
    for band in BANDS:
        g = first[first["band"] == band]
        if len(g):
            d, e = _durations(g["as_of"], g["churn_day"], last)
            out.append(_curve(band, d, e))
    return out


def by_trial_cohort(h: History) -> list[Curve]:
    acc = h.accounts[h.accounts["trial_day"].notna()]
    last = pd.Timestamp(h.last_day)
    acc = acc[acc["trial_day"] <= last]
    out = []
    for month, g in acc.groupby(acc["trial_day"].dt.to_period("M")):
        d, e = _durations(g["trial_day"], g["churn_day"], last)
        out.append(_curve(str(month), d, e))
    return out


@dataclass(frozen=True)
class HazardRatio:
    dimension: str
    ratio_per_10_points: float
    low: float
    high: float
    p: float


def cox(h: History) -> tuple[list[HazardRatio], str | None]:
    """Hazard ratio of churn per +10 points of each dimension's score at the first snapshot."""
    from lifelines import CoxPHFitter

    first = first_snapshots(h)
    columns = dimension_columns(first)
    x = (100 * first[list(columns)] / 10).rename(columns=columns).dropna(axis=1, how="all")
    # the dimensions in the order they first hold a score, row by row (the order of the fitted table)
    present = x.notna().to_numpy()
    x = x.iloc[:, sorted(range(x.shape[1]), key=lambda i: (int(present[:, i].argmax()), i))]
    d, e = _durations(first["as_of"], first["churn_day"], pd.Timestamp(h.last_day))
    data = x.assign(duration=d, event=e).dropna()
    if int(data["event"].sum()) < 5 or x.shape[1] == 0:
        return [], "too few churns to fit a Cox model"
    try:
        fit = CoxPHFitter(penalizer=0.01).fit(data, duration_col="duration", event_col="event")
    except Exception as exc:  # lifelines raises several kinds on degenerate data
        return [], f"the Cox model did not converge ({type(exc).__name__})"
    summ = fit.summary
    return [HazardRatio(str(name), float(row["exp(coef)"]), float(row["exp(coef) lower 95%"]),
                        float(row["exp(coef) upper 95%"]), float(row["p"])) for name, row in summ.iterrows()], None


@dataclass(frozen=True)
class Transitions:
    counts: dict[str, dict[str, int]]  # from band -> to band -> account-months
    churn_after: dict[str, dict[str, float | None]]  # share churned within 90 days after the path


def transitions(h: History) -> Transitions:
    """Band at each customer's first snapshot of a month against the next month's, and the churn that followed
    (the weeks of a trial are left out: its end is no churn)."""
    s = h.snapshots[h.snapshots["band"].notna() & h.snapshots["customer"]].sort_values("as_of")
    s = s.assign(month=s["as_of"].dt.to_period("M"))
    monthly = s.groupby(["account_id", "month"], as_index=False).first()
    nxt = monthly.assign(month=monthly["month"] - 1)[["account_id", "month", "band", "as_of"]]
    pairs = monthly.merge(nxt, on=["account_id", "month"], suffixes=("", "_next"))
    last = pd.Timestamp(h.last_day)
    pairs = pairs.assign(done=pairs["as_of_next"] + pd.Timedelta(days=90) <= last)
    churned = (pairs["churn_day"] >= pairs["as_of_next"]) & (pairs["churn_day"] < pairs["as_of_next"] + pd.Timedelta(days=90))
    pairs = pairs.assign(churned=churned)
    counts: dict[str, dict[str, int]] = {a: {b: 0 for b in BANDS} for a in BANDS}
    churn_after: dict[str, dict[str, float | None]] = {a: {b: None for b in BANDS} for a in BANDS}
    for (a, b), g in pairs.groupby(["band", "band_next"]):
        if a in counts and b in counts[a]:
            counts[a][b] = len(g)
            judged = g[g["done"]]
            churn_after[a][b] = float(judged["churned"].mean()) if len(judged) else None
    return Transitions(counts, churn_after)


@dataclass(frozen=True)
class LeadTime:
    """How early churn was foreseen, two ways that measure different things.

    The score: days from an account's first Bad snapshot to its churn. The alerts: days from its first
    recorded alert to its churn, only for churns since alerts began to be recorded (`alerts_since`),
    since before that nothing could have been recorded; a log of a few weeks cannot show a lead longer
    than itself, which is why the replay of the rules over the whole history (`banso alerts backtest`)
    is the measure of how early the rules warn.
    """

    churned: int  # churned accounts observed with snapshots before churning
    warned: int  # of them, how many were Bad at some snapshot before churning
    median_days: float | None
    quartiles: tuple[float, float] | None
    alert_median_days: float | None = None  # first recorded alert → churn, for churns since alerts_since
    alert_warned: int | None = None  # of those churns, how many had a recorded alert before
    alerts_since: date | None = None  # the first recorded alert: the alert log starts there
    alert_churned: int | None = None  # churns since alerts_since

    @property
    def thin(self) -> bool:
        return self.churned < THIN


def lead_time(h: History, first_alerts: pd.Series | None = None) -> LeadTime:
    """Days from the first Bad snapshot before churn to the churn, and from the first recorded alert (for
    the churns the alert log covers). Customers' churns only: a trial that ended unconverted did not churn
    (`banso.customers`), and a customer's weeks in its trial are not its warnings."""
    snaps = h.snapshots
    s = snaps[snaps["churn_day"].notna() & (snaps["as_of"] <= snaps["churn_day"]) & snaps["customer"]]
    accounts = s["account_id"].nunique()
    bad = s[s["band"] == "bad"].groupby("account_id").agg(first=("as_of", "min"), churn=("churn_day", "first"))
    days = (bad["churn"] - bad["first"]).dt.days.to_numpy(dtype=float)
    alert_med, alert_n, since, covered = None, None, None, None
    if first_alerts is not None and len(first_alerts):
        fa = pd.to_datetime(first_alerts)
        since = fa.min()
        acc = h.accounts[h.accounts["churn_day"].notna()]
        acc = acc[customer_at(acc["trial_day"], acc["contract_day"], acc["churn_day"], acc["status"])]
        churn = acc.set_index("account_id")["churn_day"]
        churn = churn[(churn >= since) & (churn <= pd.Timestamp(h.last_day))]
        covered = len(churn)
        joined = pd.DataFrame({"first": fa.reindex(churn.index), "churn": churn}).dropna()
        joined = joined[joined["first"] <= joined["churn"]]
        alert_n = len(joined)
        if len(joined):
            alert_med = float((joined["churn"] - joined["first"]).dt.days.median())
    return LeadTime(accounts, len(days), float(np.median(days)) if len(days) else None,
                    (float(np.percentile(days, 25)), float(np.percentile(days, 75))) if len(days) else None,
                    alert_med, alert_n, since.date() if since is not None else None, covered)
