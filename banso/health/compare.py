"""Scorecards as code: how two models differ on the same history, and how each predicts churn.

Churn prediction here is the quick check a CS manager needs to choose between models: over every
snapshot whose next `horizon` days have been observed, the ROC AUC of −score for "churned within
the horizon" and the horizon churn rate per band. The full validation (by month since contract,
Mann–Whitney, lead time) lives with the analyses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import ibis
import numpy as np
import pandas as pd

from banso.health.read import band_composition, snapshots
from banso.store import Store


@dataclass(frozen=True)
class ChurnPrediction:
    """How well a model's scores foresaw churn over the next `horizon_days`."""

    horizon_days: int
    snapshots: int  # account-snapshots with the horizon observed
    churned: int
    auc: float | None  # ROC AUC of −score for churn within the horizon
    churn_rate: dict[str, float]  # per band
    bad_to_good: float | None  # churn rate of Bad / churn rate of Good


@dataclass
class Comparison:
    current_version: str
    other_version: str
    other_name: str
    dates: list[date]
    band_changes: pd.DataFrame  # at the last date: account_id, name, score/band under each model
    composition: pd.DataFrame  # as_of, model, good, normal, bad, scored, pct_good, pct_bad, index
    prediction: dict[str, ChurnPrediction] = field(default_factory=dict)  # by version


def roc_auc(labels: np.ndarray, scores: np.ndarray) -> float | None:
    """P(score of a positive > score of a negative), ties counting half (Mann–Whitney U / n₁n₀).

    Average ranks from pandas, not scipy: scoring imports this module, and scipy.stats alone took
    0.7 s of a `banso score` that scores a week in one.
    """
    pos = int(labels.sum())
    neg = len(labels) - pos
    if pos == 0 or neg == 0:
        return None
    ranks = pd.Series(scores).rank(method="average").to_numpy()
    return float((ranks[labels.astype(bool)].sum() - pos * (pos + 1) / 2) / (pos * neg))


def churn_prediction(store: Store, version: str, last_day: date, horizon_days: int = 90) -> ChurnPrediction:
    """Score snapshots whose horizon ended by `last_day`, labelled by `accounts.churned_at`.

    An account-snapshot is positive when the account churned in `[as_of, as_of + horizon)`; the
    comparison uses UTC dates of churn, which is exact to within the zone's offset.
    """
    snap = snapshots(store, version)
    cutoff = last_day - timedelta(days=horizon_days)
    snap = snap.filter(snap.score.notnull(), snap.as_of <= cutoff)
    acc = store.table("accounts").select("account_id", "churned_at")
    t = snap.join(acc, "account_id")
    churn_day = t.churned_at.date()
    horizon_end = t.as_of + ibis.interval(days=horizon_days)
    label = t.churned_at.notnull() & (churn_day >= t.as_of) & (churn_day < horizon_end)
    df = store.execute(t.select("score", "band", y=label.cast("int8")))
    if df.empty:
        return ChurnPrediction(horizon_days, 0, 0, None, {}, None)
    y = df["y"].to_numpy()
    rates = df.groupby("band")["y"].mean().to_dict()
    good, bad = rates.get("good"), rates.get("bad")
    return ChurnPrediction(
        horizon_days=horizon_days,
        snapshots=len(df),
        churned=int(y.sum()),
        auc=roc_auc(y, -df["score"].to_numpy()),
        churn_rate={str(k): float(v) for k, v in rates.items()},
        bad_to_good=(bad / good) if good and bad is not None else None,
    )


def band_changes(store: Store, current: str, other: str, as_of: date) -> pd.DataFrame:
    """Accounts whose band differs between the two models at `as_of`, largest score change first."""
    a = snapshots(store, current)
    b = snapshots(store, other)
    a = a.filter(a.as_of == as_of).select("account_id", score="score", band="band")
    b = b.filter(b.as_of == as_of).select("account_id", other_score="score", other_band="band")
    names = store.table("accounts").select("account_id", "name")
    t = a.join(b, "account_id").join(names, "account_id")
    t = t.filter(t.band.fill_null("-") != t.other_band.fill_null("-"))
    df = store.execute(t.select("account_id", "name", "score", "band", "other_score", "other_band"))
    df["change"] = df["other_score"] - df["score"]
    return df.sort_values("change", key=lambda s: -s.abs()).reset_index(drop=True)


def compare(store: Store, current: str, other: str, other_name: str, dates: list[date], last_day: date,
            horizon_days: int = 90) -> Comparison:
    comp = []
    for version, label in ((current, "current"), (other, "other")):
        c = band_composition(store, version)
        c["as_of"] = [pd.Timestamp(d).date() for d in c["as_of"]]
        c = c[c["as_of"].isin(dates)]
        c.insert(1, "model", label)
        comp.append(c)
    return Comparison(
        current_version=current,
        other_version=other,
        other_name=other_name,
        dates=dates,
        band_changes=band_changes(store, current, other, dates[-1]),
        composition=pd.concat(comp, ignore_index=True).sort_values(["as_of", "model"]).reset_index(drop=True),
        prediction={v: churn_prediction(store, v, last_day, horizon_days) for v in (current, other)},
    )
