"""Impact of an intervention: did the touchpoint change what the customer does, or do the customers who
get it simply differ?

Treated accounts are those with a touchpoint of the kind (optionally one proposing a feature) at their
own date t₀; the metric is counted per week around t₀ (−w … w−1). The naive effect is after − before on
the treated. The difference-in-differences effect subtracts the same change over the same weeks in
untreated accounts of the same tier with the nearest pre-period level (pseudo-dates = the treated
account's t₀; matched on the pre-period's level and its trend into t₀), estimated by OLS of y on treated × after with standard errors clustered by account
(statsmodels). A placebo puts a fake t₀ in the middle of the pre-period: an effect there means the
groups were already drifting apart, and the estimate deserves less trust.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf

from banso.config.models import WorkspaceConfig
from banso.errors import ConfigError
from banso.store.store import Store

CONTROLS_PER_TREATED = 3


@dataclass
class ImpactResult:
    kind: str
    metric: str
    weeks: int
    treated: int
    controls: int
    event_study: pd.DataFrame  # week (relative), treated mean, control mean
    naive: float | None
    did: float | None
    did_low: float | None
    did_high: float | None
    placebo: float | None
    placebo_p: float | None
    notes: list[str] = field(default_factory=list)


def _weekly(store: Store, events: list[str] | None, passive: list[str], start: date, end: date) -> pd.DataFrame:
    """Counts per (account, Monday) of `events` (None: every qualifying event), from the daily rollup."""
    d = store.table("account_daily")
    d = d.filter(d.day >= start, d.day < end)
    d = d.filter(d.event.isin(events)) if events else (d.filter(d.event.notin(passive)) if passive else d)
    week = d.day.truncate("W")
    df = store.execute(d.group_by(account_id=d.account_id, event=d.event, week=week).agg(n=d.n.sum()))
    df["week"] = pd.to_datetime(df["week"])
    return df


def impact(store: Store, config: WorkspaceConfig, kind: str, *, proposed_feature: bool = False,
           events: list[str] | None = None, weeks: int = 8) -> ImpactResult:
    """The effect of touchpoints of `kind` on weekly event counts (the proposed feature's, or `events`)."""
    from banso.store.rollup import refresh_daily_rollup

    refresh_daily_rollup(store, config.events.passive)
    tp = store.table("touchpoints")
    t = tp.filter(tp.kind == kind)
    tdf = store.execute(t.select("account_id", "ts", "properties"))
    if tdf.empty:
        raise ConfigError(f"no touchpoints of kind {kind!r}; kinds are in the touchpoints table's `kind` column")
    tdf["feature"] = [p.get("proposed_feature") if isinstance(p, dict) else None for p in tdf["properties"]]
    if proposed_feature:
        tdf = tdf[tdf["feature"].notna()]
        if tdf.empty:
            raise ConfigError(f"no {kind} touchpoint proposes a feature (properties.proposed_feature)")
    tdf["t0"] = pd.to_datetime(tdf["ts"]).dt.tz_localize("UTC").dt.tz_convert(config.timezone).dt.tz_localize(None)
    tdf["t0"] = tdf["t0"].dt.normalize() - pd.to_timedelta(tdf["t0"].dt.weekday, unit="D")
    first = tdf.sort_values("t0").groupby("account_id", as_index=False).first()
    acc = store.execute(store.table("accounts").select("account_id", "tier"))
    ev = store.table("account_daily")
    lo, hi = store.ibis.execute(ev.day.min()), store.ibis.execute(ev.day.max())
    if lo is None or hi is None:
        raise ConfigError("no events to measure the impact on")
    lo, hi = pd.Timestamp(lo), pd.Timestamp(hi)
    span = pd.Timedelta(weeks=weeks)
    first = first[(first["t0"] - span >= lo) & (first["t0"] + span <= hi)]
    feats = sorted(set(first["feature"].dropna())) if proposed_feature else None
    weekly = _weekly(store, feats if proposed_feature else events, list(config.events.passive),
                     (lo - timedelta(days=7)).date(), (hi + timedelta(days=7)).date())
    touched = set(tdf["account_id"])
    tier = acc.set_index("account_id")["tier"]
    panel, study = [], []
    rng = np.random.default_rng(0)
    untreated = [a for a in acc["account_id"] if a not in touched]
    for r in first.itertuples(index=False):
        wanted = [r.feature] if proposed_feature else None
        series = _series(weekly, wanted, r.t0, weeks)
        pre = {a: s for a, s in ((a, series(a)) for a in _same_tier(untreated, tier, tier.get(r.account_id), rng))}
        mine = series(r.account_id)
        nearest = sorted(pre, key=lambda a: _distance(pre[a][:weeks], mine[:weeks]))[:CONTROLS_PER_TREATED]
        unit = f"{r.account_id}@{r.t0:%Y-%m-%d}"
        for k, y in enumerate(mine):
            panel.append((unit, r.account_id, 1, k - weeks, y))
        for c in nearest:
            for k, y in enumerate(pre[c]):
                panel.append((f"{c}@{unit}", c, 0, k - weeks, y))
        study.append(mine)
    if not panel:
        raise ConfigError(f"no {kind} touchpoint has {weeks} weeks of history on both sides")
    df = pd.DataFrame(panel, columns=["unit", "account", "treated", "week", "y"])
    df["after"] = (df["week"] >= 0).astype(int)
    es = df.groupby(["week", "treated"])["y"].mean().unstack("treated").rename(columns={1: "treated", 0: "control"})
    treated_rows = df[df["treated"] == 1]
    naive = float(treated_rows[treated_rows.after == 1]["y"].mean() - treated_rows[treated_rows.after == 0]["y"].mean())
    fit = smf.ols("y ~ treated * after", data=df).fit(cov_type="cluster", cov_kwds={"groups": df["account"]})
    did = float(fit.params["treated:after"])
    low, high = (float(x) for x in fit.conf_int().loc["treated:after"])
    pre = df[df["week"] < 0].copy()
    pre["after"] = (pre["week"] >= -weeks // 2).astype(int)
    placebo = smf.ols("y ~ treated * after", data=pre).fit(cov_type="cluster", cov_kwds={"groups": pre["account"]})
    result = ImpactResult(kind, "proposed feature events per week" if proposed_feature
                          else (", ".join(events) if events else "qualifying events") + " per week",
                          weeks, int(first.shape[0]), int(df[df.treated == 0]["unit"].nunique()), es.reset_index(),
                          naive, did, low, high, float(placebo.params["treated:after"]),
                          float(placebo.pvalues["treated:after"]))
    if not low <= naive <= high:
        result.notes.append("the naive before/after change lies outside the difference-in-differences interval: "
                            "it is biased by who receives the touchpoint (selection), or by a trend both groups share")
    if result.placebo_p is not None and result.placebo_p < 0.05:
        result.notes.append("the placebo finds an 'effect' before t₀: the groups were drifting apart already")
    return result


def _distance(candidate: np.ndarray, treated: np.ndarray) -> float:
    """How unlike two pre-periods are: level, and the trend into t₀ (late half against early half)."""
    half = len(treated) // 2
    level = abs(candidate.mean() - treated.mean())
    trend = abs((candidate[half:].mean() - candidate[:half].mean()) - (treated[half:].mean() - treated[:half].mean()))
    return float(level + trend)


def _same_tier(accounts: list[str], tier: pd.Series, wanted: object, rng: np.random.Generator,
               pool: int = 200) -> list[str]:
    same = [a for a in accounts if tier.get(a) == wanted]
    return list(rng.choice(same, size=min(pool, len(same)), replace=False)) if same else []


def _series(weekly: pd.DataFrame, events: list[str] | None, t0: pd.Timestamp, weeks: int):  # type: ignore[no-untyped-def]
    w = weekly[weekly["event"].isin(events)] if events else weekly
    window = w[(w["week"] >= t0 - pd.Timedelta(weeks=weeks)) & (w["week"] < t0 + pd.Timedelta(weeks=weeks))]
    per = window.groupby(["account_id", "week"])["n"].sum()
    index = [t0 + pd.Timedelta(weeks=k) for k in range(-weeks, weeks)]

    def of(account: str) -> np.ndarray:
        try:
            s = per.loc[account]
        except KeyError:
            return np.zeros(len(index))
        return s.reindex(index, fill_value=0).to_numpy(dtype=float)

    return of
