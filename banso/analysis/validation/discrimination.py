"""How well the score ranks accounts by churn risk, and whether its levels mean what they say.

`replayed`: at each account's decision point — its churn, or a contract anniversary it renewed
through — the snapshot taken `lead_days` before (the score a CSM would have seen then), and the
ROC AUC of the score for churning at that point, with precision and recall of flagging Bad (and
anything below Good). `calibration`: 90-day churn by score decile. `components`: each dimension's
and each metric's own AUC, so a team sees which parts of the model carry signal.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from banso.analysis.validation.history import METRIC, THIN, History, churn_within, dimension_columns, observed


def auc(labels: np.ndarray, risk: np.ndarray) -> float | None:
    """ROC AUC of `risk` (higher = riskier) for `labels`; None without both classes."""
    from sklearn.metrics import roc_auc_score

    ok = ~np.isnan(risk)
    y, r = labels[ok], risk[ok]
    if len(np.unique(y)) < 2:
        return None
    return float(roc_auc_score(y, r))


@dataclass(frozen=True)
class Replay:
    lead_days: int
    points: int
    churned: int
    auc: float | None
    precision_bad: float | None
    recall_bad: float | None
    precision_not_good: float | None
    recall_not_good: float | None

    @property
    def thin(self) -> bool:
        return self.churned < THIN


def decision_points(h: History) -> pd.DataFrame:
    """account_id, day, churned: each churn, and each contract anniversary passed while still a customer.

    Anniversaries are added a year at a time for all accounts at once (a loop per account took 1.7 s at
    the design scale); an account stops at its first anniversary after the history or on or after its churn.
    """
    acc = h.accounts[h.accounts["contract_day"].notna()]
    first = h.snapshots["as_of"].min()
    last = pd.Timestamp(h.last_day)
    churn = acc["churn_day"]
    churned = acc[churn.notna() & (churn >= first) & (churn <= last)]
    parts = [pd.DataFrame({"account_id": churned["account_id"], "day": churned["churn_day"], "churned": 1})]
    k = 1
    while True:
        anniversary = acc["contract_day"] + pd.DateOffset(years=k)
        passed = (anniversary <= last) & (churn.isna() | (anniversary < churn))
        if not passed.any():
            break
        kept = passed & (anniversary >= first)
        parts.append(pd.DataFrame({"account_id": acc["account_id"][kept], "day": anniversary[kept], "churned": 0}))
        k += 1
    return pd.concat(parts, ignore_index=True)[["account_id", "day", "churned"]]


def replayed(h: History, lead_days: int) -> Replay:
    points = decision_points(h)
    s = h.snapshots[h.snapshots["score"].notna()][["account_id", "as_of", "score", "band"]].sort_values("as_of")
    s = s.assign(as_of=s["as_of"].astype("datetime64[ns]"))
    points = points.assign(at=(points["day"] - pd.Timedelta(days=lead_days)).astype("datetime64[ns]")).sort_values("at")
    # The latest snapshot on or before `at`, at most two weeks old (else the account was not scored then).
    m = pd.merge_asof(points, s, left_on="at", right_on="as_of", by="account_id", direction="backward",
                      tolerance=pd.Timedelta(days=14)).dropna(subset=["score"])
    y = m["churned"].to_numpy()
    bad = (m["band"] == "bad").to_numpy()
    not_good = (m["band"] != "good").to_numpy()

    def pr(flag: np.ndarray) -> tuple[float | None, float | None]:
        tp = int((flag & (y == 1)).sum())
        return (tp / int(flag.sum()) if flag.sum() else None, tp / int(y.sum()) if y.sum() else None)

    pb, rb = pr(bad)
    pn, rn = pr(not_good)
    return Replay(lead_days, len(m), int(y.sum()), auc(y, -m["score"].to_numpy(dtype=float)), pb, rb, pn, rn)


@dataclass(frozen=True)
class Decile:
    decile: int
    low: float
    high: float
    snapshots: int
    churn_rate: float


def calibration(h: History, horizon_days: int = 90) -> list[Decile]:
    obs = observed(h, h.snapshots, horizon_days)
    if len(obs) < 10:
        return []
    y = churn_within(h, obs, horizon_days)
    bins = pd.qcut(obs["score"].astype(float).rank(method="first"), 10, labels=False)
    out = []
    for d in range(10):
        sel = bins == d
        sc = obs.loc[sel, "score"].astype(float)
        out.append(Decile(d + 1, float(sc.min()), float(sc.max()), int(sel.sum()), float(y[sel].mean())))
    return out


@dataclass(frozen=True)
class ComponentPower:
    kind: str  # "dimension" or "metric"
    name: str
    dimension: str
    auc: float | None
    snapshots: int


def components(h: History, horizon_days: int = 90) -> list[ComponentPower]:
    """Each dimension's and metric's own AUC for churn within the horizon (higher score = safer)."""
    obs = observed(h, h.snapshots, horizon_days)
    if obs.empty:  # no snapshot is old enough for its horizon to have passed: nothing to rank yet
        return []
    labels = obs[["account_id", "as_of"]].assign(y=churn_within(h, obs, horizon_days).to_numpy())
    out = []
    columns = dimension_columns(obs)
    dframe = (obs[["account_id", "as_of", *columns]].rename(columns=columns)
              .melt(id_vars=["account_id", "as_of"], var_name="name", value_name="score").dropna(subset=["score"]))
    dframe = dframe.astype({"as_of": labels["as_of"].dtype}).merge(labels, on=["account_id", "as_of"])
    for name, g in dframe.groupby("name"):
        out.append(ComponentPower("dimension", str(name), str(name), auc(g["y"].to_numpy(), -g["score"].to_numpy()),
                                  len(g)))
    if not h.metrics.empty:
        m = h.metrics.merge(labels, on=["account_id", "as_of"])
        for metric, dim in h.metric_dimensions.items():
            out.append(ComponentPower("metric", metric, dim,
                                      auc(m["y"].to_numpy(), -m[METRIC + metric].to_numpy(dtype=float)), len(m)))
    return sorted(out, key=lambda c: (c.kind != "dimension", -(c.auc or 0)))
