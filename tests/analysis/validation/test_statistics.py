"""Each validation statistic on small literal histories, against a hand computation or the reference library."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest
from lifelines import KaplanMeierFitter
from scipy.stats import mannwhitneyu
from sklearn.metrics import roc_auc_score

from banso.analysis.validation import discrimination, separation, survival
from banso.analysis.validation.history import History, observed
from banso.customers import customer_at

LAST = date(2026, 12, 28)
WEEKS = pd.date_range("2025-01-06", "2026-12-28", freq="7D")


def history(accounts: list[dict[str, object]], score_of: dict[str, float]) -> History:
    acc = pd.DataFrame(accounts)
    for c in ("contract_day", "trial_day", "churn_day"):
        acc[c] = pd.to_datetime(acc.get(c))
    rows = []
    for a in acc.itertuples(index=False):
        for w in WEEKS:
            if pd.notna(a.churn_day) and w > a.churn_day:
                break
            s = score_of[str(a.account_id)]
            band = "good" if s >= 70 else "bad" if s < 40 else "normal"
            rows.append({"account_id": a.account_id, "as_of": w, "score": s, "band": band,
                         "dimensions": {"use": {"score": s / 100}}, "tier": "SMB",
                         "contract_day": a.contract_day, "churn_day": a.churn_day})
    snaps = pd.DataFrame(rows)
    acc["tier"] = "SMB"
    acc["status"] = np.where(acc["churn_day"].notna(), "churned", np.where(acc["contract_day"].notna(), "active", "trial"))
    started = snaps[["account_id"]].merge(acc[["account_id", "trial_day", "status"]], on="account_id", how="left")
    snaps["customer"] = customer_at(started["trial_day"], snaps["contract_day"], snaps["as_of"], started["status"])
    metrics = pd.DataFrame(columns=["account_id", "as_of"])
    return History(snaps, acc, metrics, LAST, "test", "v")


ACCOUNTS = [
    # stayed more than a year
    {"account_id": "R1", "contract_day": "2025-01-01"}, {"account_id": "R2", "contract_day": "2025-01-01"},
    {"account_id": "R3", "contract_day": "2025-01-01"},
    # churned after month 3, before month 12
    {"account_id": "C1", "contract_day": "2025-01-01", "churn_day": "2025-08-01"},
    {"account_id": "C2", "contract_day": "2025-01-01", "churn_day": "2025-10-15"},
    # churned in month 2: not in the month-3 comparison
    {"account_id": "C3", "contract_day": "2025-01-01", "churn_day": "2025-03-10"},
]
SCORES = {"R1": 80.0, "R2": 65.0, "R3": 55.0, "C1": 30.0, "C2": 60.0, "C3": 20.0}


def test_by_month_selects_the_groups_by_hand_and_tests_like_scipy() -> None:
    h = history(ACCOUNTS, SCORES)
    month3 = separation.by_month(h, range(3, 4))[0]
    assert sorted(month3.retained) == [55.0, 65.0, 80.0] and sorted(month3.churned) == [30.0, 60.0]
    ref = mannwhitneyu([80.0, 65.0, 55.0], [30.0, 60.0], alternative="two-sided")
    assert month3.u == pytest.approx(ref.statistic) and month3.p == pytest.approx(ref.pvalue)
    assert month3.thin  # two churns are no proof


def test_churn_by_band_and_green_churn_by_hand() -> None:
    h = history(ACCOUNTS, SCORES)
    b = separation.churn_by_band(h, horizon_days=90)
    rates = {r.band: r for r in b.rates}
    # C3 (bad) churns 2025-03-10: bad weeks in the 90 days before it: 2024-12-?? .. ; count by hand below.
    obs = h.snapshots[(h.snapshots["as_of"] + pd.Timedelta(days=90) <= pd.Timestamp(LAST))]
    bad = obs[obs["band"] == "bad"]
    churned = ((bad["churn_day"] >= bad["as_of"]) & (bad["churn_day"] < bad["as_of"] + pd.Timedelta(days=90))).sum()
    assert rates["bad"].snapshots == len(bad) and rates["bad"].churned == churned
    assert b.churned_accounts == 3 and b.green_churn == 0 and b.green_share == 0.0
    assert rates["bad"].low is not None and rates["bad"].low <= rates["bad"].rate <= rates["bad"].high  # type: ignore[operator]


def test_replayed_auc_equals_scikit_learn_on_the_same_points() -> None:
    h = history(ACCOUNTS, SCORES)
    points = discrimination.decision_points(h)
    # Churns of C1, C2, C3 and the 2026-01-01 anniversary of R1–R3 (the 2027 one is after the history).
    assert sorted(points[points.churned == 1].account_id) == ["C1", "C2", "C3"]
    assert sorted(points[points.churned == 0].account_id) == ["R1", "R2", "R3"]
    rep = discrimination.replayed(h, 90)
    y = np.array([1, 1, 0, 0, 0])  # C3's churn is less than 90 days after its first snapshot: not replayable
    s = np.array([SCORES["C1"], SCORES["C2"], SCORES["R1"], SCORES["R2"], SCORES["R3"]])
    assert rep.points == 5 and rep.auc == pytest.approx(roc_auc_score(y, -s))


def test_decision_points_by_hand() -> None:
    # The history runs 2025-01-06 .. 2026-12-28. L signed on a leap day: its anniversaries fall on Feb 28.
    # E signed in 2020: only the anniversaries inside the history count. X churns on an anniversary: the churn
    # is its decision point, not the anniversary. N never signed: no anniversary. Y churned before the history.
    accounts = [{"account_id": "L", "contract_day": "2024-02-29"},
                {"account_id": "E", "contract_day": "2020-06-15"},
                {"account_id": "X", "contract_day": "2025-01-01", "churn_day": "2026-01-01"},
                {"account_id": "N", "contract_day": None},
                {"account_id": "Y", "contract_day": "2023-01-01", "churn_day": "2024-12-01"}]
    h = history(accounts, {"L": 50.0, "E": 50.0, "X": 50.0, "N": 50.0, "Y": 50.0})
    points = discrimination.decision_points(h)
    got = sorted((r.account_id, r.day.date().isoformat(), r.churned) for r in points.itertuples())
    assert got == [("E", "2025-06-15", 0), ("E", "2026-06-15", 0),
                   ("L", "2025-02-28", 0), ("L", "2026-02-28", 0),
                   ("X", "2026-01-01", 1)]
    assert list(points.columns) == ["account_id", "day", "churned"]


def test_kaplan_meier_censors_open_accounts_like_lifelines() -> None:
    accounts = [{"account_id": f"A{i}", "contract_day": "2025-01-01",
                 "churn_day": (pd.Timestamp("2026-08-01") + pd.Timedelta(days=30 * i)) if i < 3 else None}
                for i in range(6)]
    h = history(accounts, {f"A{i}": 30.0 for i in range(6)})
    [curve] = survival.by_band(h)
    landmark = h.snapshots["as_of"][h.snapshots["as_of"] <= pd.Timestamp(LAST) - pd.Timedelta(days=180)].max()
    durations = [(pd.Timestamp("2026-08-01") + pd.Timedelta(days=30 * i) - landmark).days for i in range(3)]
    durations += [(pd.Timestamp(LAST) - landmark).days] * 3
    ref = KaplanMeierFitter().fit(durations, [1, 1, 1, 0, 0, 0])
    assert curve.accounts == 6 and curve.churned == 3
    assert curve.at[90] == pytest.approx(float(ref.predict(90)))
    assert curve.survival[-1] == pytest.approx(0.5)  # three of six churned, three censored at the end


def test_lead_time_from_the_first_bad_snapshot() -> None:
    accounts = [{"account_id": "X", "contract_day": "2025-01-01", "churn_day": "2026-06-29"}]
    h = history(accounts, {"X": 30.0})
    lt = survival.lead_time(h, pd.Series({"X": pd.Timestamp("2026-05-01")}))
    assert lt.warned == 1 and lt.median_days == (pd.Timestamp("2026-06-29") - WEEKS[0]).days
    assert lt.alert_median_days == (pd.Timestamp("2026-06-29") - pd.Timestamp("2026-05-01")).days
    assert (lt.alerts_since, lt.alert_churned, lt.alert_warned) == (date(2026, 5, 1), 1, 1)


def test_alert_lead_counts_only_the_churns_the_alert_log_covers() -> None:
    """Alerts recorded from 2026-10-05 on: Y churned before the log began (nothing could be recorded for it, so it
    is not an unwarned churn), Z after it with an alert two weeks before, W after it with none."""
    accounts = [{"account_id": "Y", "contract_day": "2025-01-01", "churn_day": "2026-06-29"},
                {"account_id": "Z", "contract_day": "2025-01-01", "churn_day": "2026-11-02"},
                {"account_id": "W", "contract_day": "2025-01-01", "churn_day": "2026-11-30"}]
    h = history(accounts, {"Y": 30.0, "Z": 50.0, "W": 50.0})
    lt = survival.lead_time(h, pd.Series({"Z": pd.Timestamp("2026-10-19"), "Q": pd.Timestamp("2026-10-05")}))
    assert (lt.alerts_since, lt.alert_churned, lt.alert_warned) == (date(2026, 10, 5), 2, 1)
    assert lt.alert_median_days == 14
    assert (lt.churned, lt.warned) == (3, 1)  # only Y was ever Bad (score 30)


def test_a_trial_that_ends_unconverted_is_no_churn() -> None:
    """T trialled from 2026-03-01 and ended on 2026-04-01 without a contract; V trialled from 2025-01-20, signed on
    2025-02-20 and stayed. T's end is no churn and V's weeks before its contract are no customer's: the 90-day churn
    by band, the green churn, the lead time and the calibration leave them out, as if they had not been there (T
    reads Good: counted, it would be a green churn); the trial cohorts' survival still follows both."""
    accounts = [*ACCOUNTS, {"account_id": "T", "trial_day": "2026-03-01", "churn_day": "2026-04-01"},
                {"account_id": "V", "trial_day": "2025-01-20", "contract_day": "2025-02-20"}]
    h = history(accounts, {**SCORES, "T": 90.0, "V": 75.0})
    obs = observed(h, h.snapshots, 90)
    assert "T" not in set(obs["account_id"])
    assert obs.loc[obs["account_id"] == "V", "as_of"].min() == pd.Timestamp("2025-02-24")  # V's first week signed
    b = separation.churn_by_band(h, horizon_days=90)
    rates = {r.band: r for r in b.rates}
    assert rates["good"].churned == 0 and (b.churned_accounts, b.green_churn) == (3, 0)
    alone = separation.churn_by_band(history(ACCOUNTS, SCORES), horizon_days=90)
    assert [(r.band, r.churned) for r in b.rates] == [(r.band, r.churned) for r in alone.rates]
    lt = survival.lead_time(h, pd.Series({"T": pd.Timestamp("2026-03-16")}))
    assert (lt.churned, lt.alert_churned, lt.alert_warned) == (3, 0, 0)
    assert sum(d.snapshots for d in discrimination.calibration(h, 90)) == len(obs)
    cohorts = {c.group: (c.accounts, c.churned) for c in survival.by_trial_cohort(h)}
    assert cohorts == {"2025-01": (1, 0), "2026-03": (1, 1)}
