"""Suggested weights: let the workspace's own churn history say how much each metric should count.

A logistic regression of churn within 90 days on the model's metric scores (0–1, higher = healthier),
with an L2 penalty and every coefficient constrained to "more health, less churn" (monotone), is fit
on the earlier snapshots and judged on the later ones (out of time), against the current model on
the same later snapshots. The coefficients become metric weights inside each dimension and dimension
weights, written as a new model file a person may adopt — nothing changes until someone does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import yaml

from banso.analysis.validation.discrimination import auc
from banso.analysis.validation.history import History, churn_within, metric_columns, observed
from banso.config.health import HealthModel

PENALTY = 1.0  # L2 strength on the standardized problem
TRAIN_SHARE = 0.6


@dataclass
class Suggestion:
    trained_on: tuple[str, str] | None  # first and last snapshot date of the training period
    tested_on: tuple[str, str] | None
    test_churned: int = 0
    current_auc: float | None = None
    suggested_auc: float | None = None
    metric_weights: dict[str, float] = field(default_factory=dict)  # metric -> share of the score (sums to 1)
    dimension_weights: dict[str, float] = field(default_factory=dict)
    model_yaml: str | None = None
    verdict: str = ""
    side_by_side: dict[str, dict[str, float | None]] = field(default_factory=dict)  # current / suggested backtest

    @property
    def improves(self) -> bool:
        return self.current_auc is not None and self.suggested_auc is not None and self.suggested_auc > self.current_auc


def _fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Penalized logistic regression, coefficients of the health scores ≤ 0 (health never raises churn)."""
    from scipy.optimize import minimize

    n, k = x.shape

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = w[0] + x @ w[1:]
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        nll = -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
        reg = PENALTY * np.sum(w[1:] ** 2) / (2 * n)
        g0 = np.mean(p - y)
        g = x.T @ (p - y) / n + PENALTY * w[1:] / n
        return float(nll + reg), np.concatenate([[g0], g])

    bounds = [(None, None)] + [(None, 0.0)] * k
    res = minimize(loss, np.zeros(k + 1), jac=True, method="L-BFGS-B", bounds=bounds)
    return np.asarray(res.x)


def suggest(h: History, model: HealthModel, horizon_days: int = 90) -> Suggestion:
    obs = observed(h, h.snapshots, horizon_days)
    if h.metrics.empty:
        return Suggestion(None, None, verdict="no metric history to learn from")
    if obs.empty:
        return Suggestion(None, None, verdict=f"no snapshot is old enough yet for its {horizon_days}-day outcome to be "
                                              "known: nothing to learn from")
    # per metric its score, metrics in name order; no row or metric without any score (as pandas' pivot_table)
    wide = h.metrics.set_index(["account_id", "as_of"]).rename(columns=metric_columns(h.metrics))
    wide = wide[sorted(wide.columns)].dropna(axis=1, how="all").dropna(axis=0, how="all")
    data = obs.set_index(["account_id", "as_of"])[["score"]].join(wide, how="inner")
    data["y"] = churn_within(h, data.reset_index().merge(obs[["account_id", "as_of", "churn_day"]],
                                                         on=["account_id", "as_of"]), horizon_days).to_numpy()
    metrics = [m for m in wide.columns if m in _metric_dims(model)]
    dates = sorted(data.index.get_level_values("as_of").unique())
    if len(dates) < 5:
        return Suggestion(None, None, verdict="fewer than 5 snapshot dates with outcomes: too short to test out of time")
    cut = dates[int(len(dates) * TRAIN_SHARE)]
    when = data.index.get_level_values("as_of")
    train, test = data[when < cut], data[when >= cut]
    s = Suggestion((str(dates[0].date()), str((cut - pd.Timedelta(days=7)).date())),
                   (str(cut.date()), str(dates[-1].date())), int(test["y"].sum()))
    if train["y"].sum() < 10 or test["y"].sum() < 10:
        s.verdict = "too few churns in the training or the test period to fit and judge weights"
        return s
    x_train = train[metrics].fillna(0.0).to_numpy(dtype=float)
    w = _fit(x_train, train["y"].to_numpy(dtype=float))
    coef = -w[1:]  # ≥ 0: how much a point of each metric's score lowers the churn odds
    if coef.sum() <= 0:
        s.verdict = "no metric lowers churn in the training period; the current weights stay"
        return s
    share = coef / coef.sum()
    s.metric_weights = {m: round(float(v), 4) for m, v in zip(metrics, share, strict=True)}
    dims = _metric_dims(model)
    for m, v in s.metric_weights.items():
        s.dimension_weights[dims[m]] = round(s.dimension_weights.get(dims[m], 0.0) + v, 4)
    suggested = test[metrics].fillna(0.0).to_numpy(dtype=float) @ share
    y = test["y"].to_numpy()
    s.current_auc = auc(y, -test["score"].to_numpy(dtype=float))
    s.suggested_auc = auc(y, -suggested)
    frame = test.reset_index()[["account_id", "as_of", "y"]]
    s.side_by_side = {
        "current": _backtest(frame.assign(score=test["score"].to_numpy(dtype=float)), h, model, s.current_auc),
        "suggested": _backtest(frame.assign(score=100 * suggested), h, model, s.suggested_auc),
    }
    s.model_yaml = _model_yaml(model, s.metric_weights)
    if s.improves:
        s.verdict = (f"the suggested weights rank later churn better out of time (AUC {s.suggested_auc:.3f} "
                     f"against {s.current_auc:.3f}); review the file and adopt it if the weights make sense")
    else:
        s.verdict = (f"the suggested weights do not beat the current model out of time (AUC {s.suggested_auc:.3f} "
                     f"against {s.current_auc:.3f}): the current weights already carry the signal the history "
                     "holds, or the scoring thresholds, not the weights, limit it")
    return s


def _backtest(rows: pd.DataFrame, h: History, model: HealthModel, auc_value: float | None) -> dict[str, float | None]:
    """Band composition, green churn and lead time of one score over the test period (bands of the model)."""
    band = np.where(rows["score"] >= model.bands.good, "good", np.where(rows["score"] < model.bands.bad, "bad", "normal"))
    rows = rows.assign(band=band).merge(h.accounts[["account_id", "churn_day"]], on="account_id", how="left")
    churned = rows[rows["churn_day"].notna() & (rows["as_of"] <= rows["churn_day"])]
    last = churned.sort_values("as_of").groupby("account_id")["band"].last()
    first_bad = churned[churned["band"] == "bad"].groupby("account_id").agg(first=("as_of", "min"), churn=("churn_day", "first"))
    leads = (first_bad["churn"] - first_bad["first"]).dt.days
    return {
        "auc": auc_value,
        "share_good": float((rows["band"] == "good").mean()),
        "share_bad": float((rows["band"] == "bad").mean()),
        "green_churn_share": float((last == "good").mean()) if len(last) else None,
        "median_lead_days": float(leads.median()) if len(leads) else None,
    }


def _metric_dims(model: HealthModel) -> dict[str, str]:
    return {m: d for d, dim in model.dimensions.items() for m in dim.metrics}


def _model_yaml(model: HealthModel, weights: dict[str, float]) -> str:
    """The current model with the suggested weights (in points out of 100), as a model file."""
    data: dict[str, Any] = model.model_dump(mode="json", exclude_defaults=False)
    data["name"] = {"ja": f"{model.title('ja')}（提案された重み）", "en": f"{model.title('en')} (suggested weights)"}
    for dim in data["dimensions"].values():
        total = sum(weights.get(m, 0.0) for m in dim["metrics"])
        dim["weight"] = max(round(100 * total, 1), 0.1)
        for mname, spec in dim["metrics"].items():
            spec["weight"] = max(round(100 * weights.get(mname, 0.0), 2), 0.01)
    header = ("# Suggested by `banso report validation`: the current model with weights fitted on this\n"
              "# workspace's churn history (monotone, regularized, tested out of time). Review before adopting.\n")
    return header + yaml.safe_dump({"health": data}, allow_unicode=True, sort_keys=False)
