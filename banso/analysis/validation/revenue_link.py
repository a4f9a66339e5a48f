"""Health against revenue: do accounts with higher scores keep and grow their MRR over the next months?

For every customer at the landmark snapshot (about 180 days before the last), its net revenue
retention to the last month of history (MRR then ÷ MRR at the landmark month; 0 after churn), and
the rank correlation with its score, overall and per tier.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from banso.analysis.validation.history import THIN, History
from banso.analysis.validation.survival import first_snapshots
from banso.store import Store


@dataclass(frozen=True)
class ScoreNrr:
    tier: str
    accounts: int
    nrr: float | None  # Σ MRR at the end ÷ Σ MRR at the landmark
    spearman: float | None
    p: float | None

    @property
    def thin(self) -> bool:
        return self.accounts < THIN


def score_vs_nrr(store: Store, h: History) -> tuple[str | None, list[ScoreNrr]]:
    from scipy.stats import spearmanr

    first = first_snapshots(h)
    if first.empty:
        return None, []
    landmark = first["as_of"].iloc[0]
    rev = store.execute(store.table("revenue").select("account_id", "month", "mrr"))
    if rev.empty:
        return None, []
    rev["month"] = pd.to_datetime(rev["month"])
    start_month = landmark.to_period("M").to_timestamp()
    end_month = rev["month"].max()
    start = rev[rev["month"] == start_month].groupby("account_id")["mrr"].sum()
    end = rev[rev["month"] == end_month].groupby("account_id")["mrr"].sum()
    df = first[["account_id", "score", "tier"]].set_index("account_id")
    df["start"] = start.reindex(df.index)
    df["end"] = end.reindex(df.index).fillna(0.0)
    df = df[df["start"] > 0]
    df["nrr"] = df["end"] / df["start"]
    out = []
    groups: list[tuple[str, pd.DataFrame]] = [("all", df)] + [(str(t), g) for t, g in df.groupby("tier")]
    for tier, g in groups:
        if len(g) >= 3 and g["nrr"].nunique() > 1:
            r = spearmanr(g["score"], g["nrr"])
            rho, p = float(r.statistic), float(r.pvalue)
        else:
            rho, p = None, None
        out.append(ScoreNrr(tier, len(g), float(g["end"].sum() / g["start"].sum()) if len(g) else None, rho, p))
    period = f"{start_month.date()} → {end_month.date()}"
    return period, out
