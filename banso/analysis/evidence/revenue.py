"""Revenue retention: MRR movements per month and GRR / NRR over a period, overall, by tier, plan and band.

Definitions (DESIGN.md): over accounts with MRR at the start month, GRR = Σ min(MRR_end, MRR_start) / Σ MRR_start,
NRR = Σ MRR_end / Σ MRR_start, gross revenue churn = 1 − GRR. A month's movements compare each account's MRR
with the month before: new (from nothing), expansion, contraction, churn (to nothing).
The movements are computed in the store; only one row per month or group comes back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import ibis
import ibis.expr.types as ir
import pandas as pd

from banso.config.health import BANDS
from banso.errors import ConfigError, UnavailableError
from banso.health.coverage import coverage
from banso.health.engine import ActiveModel
from banso.i18n import N_
from banso.store import Store


@dataclass(frozen=True)
class Retention:
    group: str
    accounts: int
    mrr_start: float
    mrr_end: float
    grr: float | None
    nrr: float | None

    @property
    def gross_revenue_churn(self) -> float | None:
        return None if self.grr is None else 1.0 - self.grr


@dataclass
class RevenueReport:
    start: date
    end: date
    movements: pd.DataFrame  # month, mrr, new, expansion, contraction, churn
    overall: Retention
    by: dict[str, list[Retention]] = field(default_factory=dict)  # "tier", "plan", "band" -> groups
    band_as_of: date | None = None  # the snapshot the bands at the start come from
    bands_partial: bool = False  # that snapshot counted over windows reaching before the first event: bands read low


def months(store: Store) -> list[date]:
    r = store.table("revenue")
    df = store.execute(r.select("month").distinct().order_by("month"))
    return [pd.Timestamp(m).date() for m in df["month"]]


def movements(store: Store) -> pd.DataFrame:
    """Per month: total MRR and its movements against the month before (first month: MRR only)."""
    r = store.table("revenue")
    per = r.group_by(["account_id", "month"]).agg(mrr=r.mrr.sum())
    all_months = per.select("month").distinct()
    accounts = per.select("account_id").distinct()
    grid = accounts.cross_join(all_months)
    full = grid.left_join(per, ["account_id", "month"]).select(
        "account_id", "month", mrr=ibis.coalesce(per.mrr, 0.0))
    w = ibis.window(group_by=full.account_id, order_by=full.month)
    prev = full.mrr.lag().over(w)
    t = full.mutate(prev=prev)
    t = t.filter(t.prev.notnull() | (t.mrr > 0))
    agg = t.group_by("month").agg(
        mrr=t.mrr.sum(),
        new=((t.prev.isnull() | (t.prev == 0)) & (t.mrr > 0)).ifelse(t.mrr, 0.0).sum(),
        expansion=((t.prev > 0) & (t.mrr > t.prev)).ifelse(t.mrr - t.prev, 0.0).sum(),
        contraction=((t.prev > 0) & (t.mrr > 0) & (t.mrr < t.prev)).ifelse(t.prev - t.mrr, 0.0).sum(),
        churn=((t.prev > 0) & (t.mrr == 0)).ifelse(t.prev, 0.0).sum(),
    )
    df = store.execute(agg.order_by("month"))
    df["month"] = [pd.Timestamp(m).date() for m in df["month"]]
    first = df.index[0] if len(df) else None
    if first is not None:  # the first month has no month before: its MRR is not "new"
        df.loc[first, ["new", "expansion", "contraction", "churn"]] = float("nan")
    return df


def _pairs(store: Store, start: date, end: date) -> ir.Table:
    r = store.table("revenue")
    per = r.group_by(["account_id", "month"]).agg(mrr=r.mrr.sum())
    s = per.filter(per.month == start, per.mrr > 0).select("account_id", start_mrr=per.mrr)
    e = per.filter(per.month == end).select("account_id", end_mrr=per.mrr)
    j = s.left_join(e, "account_id")
    return j.select(j.account_id, j.start_mrr, end_mrr=ibis.coalesce(j.end_mrr, 0.0))


def _retention(group: str, df: pd.DataFrame) -> Retention:
    start, end = float(df["start_mrr"].sum()), float(df["end_mrr"].sum())
    kept = float(df[["start_mrr", "end_mrr"]].min(axis=1).sum())
    return Retention(group, len(df), start, end, kept / start if start else None, end / start if start else None)


def period(store: Store, start: date | None, end: date | None) -> tuple[date, date]:
    """The (start month, end month) asked for; by default the last twelve months of revenue."""
    known = months(store)
    if not known:
        raise UnavailableError(N_("no revenue loaded; load monthly MRR with `banso load revenue FILE`"))
    end = end or known[-1]
    start = start or known[max(0, len(known) - 13)]
    start, end = start.replace(day=1), end.replace(day=1)
    if start >= end and len(known) < 2:
        raise UnavailableError(N_("revenue holds one month (%(month)s); movements need two"), month=f"{known[0]:%Y-%m}")
    if start >= end:
        raise ConfigError(N_("the period must run forward: %(start)s → %(end)s"), start=f"{start:%Y-%m}", end=f"{end:%Y-%m}")
    return start, end


def bands_at_start(store: Store, health_version: str, start: date) -> pd.DataFrame:
    """(account_id, band) during the period's first month: the last snapshot before that month ended."""
    snap = store.table("health_snapshots")
    first_month_end = (pd.Timestamp(start) + pd.DateOffset(months=1)).date()
    at = snap.filter(snap.model_version == health_version, snap.as_of < first_month_end)
    last = at.group_by("account_id").agg(as_of=at.as_of.max())
    return store.execute(at.join(last, ["account_id", "as_of"]).select("account_id", "band", "as_of"))


def revenue_report(store: Store, start: date | None = None, end: date | None = None,
                   health: ActiveModel | None = None) -> RevenueReport:
    """GRR / NRR from `start` month to `end` month (default: the last twelve months of revenue), and by the
    band of `health` (the scored model) at the start when given."""
    start, end = period(store, start, end)
    pairs = store.execute(_pairs(store, start, end))
    acc = store.execute(store.table("accounts").select("account_id", "tier", "plan"))
    pairs = pairs.merge(acc, on="account_id", how="left")
    report = RevenueReport(start, end, movements(store), _retention("all", pairs))
    for col in ("tier", "plan"):
        report.by[col] = [_retention(str(k), g) for k, g in pairs.groupby(pairs[col].fillna("—"))]
    if health is not None:
        bands = bands_at_start(store, health.version, start)
        banded = pairs.merge(bands[["account_id", "band"]], on="account_id", how="left")
        groups = dict(list(banded.groupby(banded["band"].fillna("unscored"))))
        order = [*BANDS, *sorted(set(groups) - set(BANDS))]  # best first, as every page shows bands; unscored last
        report.by["band"] = [_retention(str(k), groups[k]) for k in order if k in groups]
        if len(bands):
            report.band_as_of = pd.Timestamp(bands["as_of"].max()).date()
            report.bands_partial = coverage(store, health.specs).partial(report.band_as_of)
    return report
