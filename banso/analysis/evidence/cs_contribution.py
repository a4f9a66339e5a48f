"""What CS work is worth in lifetime value: churn with and without CS support, per tier.

Over a period of revenue months (start → end), the accounts at risk are those paying in the start
month; an account churned when it pays nothing in the end month (the revenue report's definition).
An account is *supported* when it had at least `evidence.cs_support.min_touchpoints` touchpoints of
the configured kinds during the period. Per tier and group:

    monthly churn  c = 1 − (1 − churned share)^(1 / months)
    LTV            = gross margin × mean monthly MRR ÷ c
    CS contribution = Σ tiers (LTV supported − LTV unsupported) × supported accounts

Supported accounts differ from the rest (CS meets the accounts it owns, which are larger, and those in
trouble), so the raw gap is not the effect of support. The adjusted variant compares like with like on
health: the unsupported churn is re-weighted to the supported accounts' band mix at the start
(direct standardization over the bands of the period's first month). A before/after difference is not
available for churn, which happens once per account.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import ibis
import pandas as pd

from banso.analysis.evidence.revenue import bands_at_start, period
from banso.config.models import WorkspaceConfig
from banso.health.coverage import coverage
from banso.health.engine import ActiveModel
from banso.store import Store

MIN_GROUP = 10  # fewer accounts than this on either side: no comparison is made for the tier


@dataclass(frozen=True)
class GroupValue:
    accounts: int
    churned: int
    mrr: float | None  # mean monthly MRR per account while paying
    monthly_churn: float | None
    ltv: float | None  # None when nobody churned: the lifetime is longer than the data can tell


@dataclass(frozen=True)
class TierValue:
    tier: str
    supported: GroupValue
    unsupported: GroupValue
    contribution: float | None  # (LTV supported − LTV unsupported) × supported accounts; None: not comparable
    adjusted_monthly_churn: float | None  # unsupported churn at the supported accounts' band mix
    adjusted_ltv: float | None
    adjusted_contribution: float | None


@dataclass
class CsContribution:
    start: date
    end: date
    months: int
    gross_margin: float
    kinds: list[str]
    min_touchpoints: int
    tiers: list[TierValue] = field(default_factory=list)
    adjusted_available: bool = False  # health bands exist at the start
    band_as_of: date | None = None  # the snapshot the bands at the start come from
    bands_partial: bool = False  # it counted over windows reaching before the first event: bands read low
    contribution: float | None = None  # Σ over the tiers that can be compared (None: none can)
    adjusted_contribution: float | None = None  # … of the band-adjusted contributions


def _total(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def monthly_churn(churned: int, accounts: int, months: int) -> float | None:
    """The constant monthly rate that loses `churned` of `accounts` over `months` months."""
    if accounts == 0:
        return None
    return 1.0 - (1.0 - churned / accounts) ** (1.0 / months)


def ltv(margin: float, mrr: float | None, churn: float | None) -> float | None:
    if mrr is None or churn is None or churn <= 0:
        return None
    return margin * mrr / churn


def cs_contribution(store: Store, config: WorkspaceConfig, start: date | None = None, end: date | None = None,
                    health: ActiveModel | None = None) -> CsContribution:
    start, end = period(store, start, end)
    n_months = (end.year - start.year) * 12 + end.month - start.month
    spec = config.evidence
    margin = spec.gross_margin
    # in account order: the engine returns rows in any order, and sums of floats differ in their last digits
    frame = store.execute(_accounts_at_risk(store, start, end, spec.cs_support.kinds))
    frame = frame.sort_values("account_id", kind="stable").reset_index(drop=True)
    frame["supported"] = frame["touchpoints"].fillna(0) >= spec.cs_support.min_touchpoints
    frame["tier"] = frame["tier"].fillna("—")
    report = CsContribution(start, end, n_months, margin, list(spec.cs_support.kinds), spec.cs_support.min_touchpoints)
    if health is not None:
        bands = bands_at_start(store, health.version, start)
        frame = frame.merge(bands[["account_id", "band"]], on="account_id", how="left")
        report.adjusted_available = bool(frame["band"].notna().any())
        if len(bands):
            report.band_as_of = pd.Timestamp(bands["as_of"].max()).date()
            report.bands_partial = coverage(store, health.specs).partial(report.band_as_of)
    if "band" not in frame:
        frame["band"] = None
    frame["band"] = frame["band"].fillna("unscored")
    for tier, part in frame.groupby("tier", sort=True):
        sup, uns = part[part["supported"]], part[~part["supported"]]
        a, b = _group(sup, n_months, margin), _group(uns, n_months, margin)
        comparable = min(a.accounts, b.accounts) >= MIN_GROUP
        contribution = (a.ltv - b.ltv) * a.accounts if comparable and a.ltv is not None and b.ltv is not None else None
        adj_churn = _standardized_churn(sup, uns, n_months) if report.adjusted_available and comparable else None
        adj_ltv = ltv(margin, b.mrr, adj_churn)
        adjusted = (a.ltv - adj_ltv) * a.accounts if a.ltv is not None and adj_ltv is not None else None
        report.tiers.append(TierValue(str(tier), a, b, contribution, adj_churn, adj_ltv, adjusted))
    report.contribution = _total([t.contribution for t in report.tiers])
    report.adjusted_contribution = _total([t.adjusted_contribution for t in report.tiers])
    return report


def _group(part: pd.DataFrame, months: int, margin: float) -> GroupValue:
    n, churned = len(part), int(part["churned"].sum())
    mrr = float(part["mean_mrr"].mean()) if n else None
    churn = monthly_churn(churned, n, months)
    return GroupValue(n, churned, mrr, churn, ltv(margin, mrr, churn))


def _standardized_churn(supported: pd.DataFrame, unsupported: pd.DataFrame, months: int) -> float | None:
    """Unsupported accounts' churn share per start band, weighted by the supported accounts' band mix."""
    if supported.empty or unsupported.empty:
        return None
    mix = supported["band"].value_counts(normalize=True)
    rate = unsupported.groupby("band")["churned"].mean()
    if not set(mix.index) <= set(rate.index):
        return None  # a band the unsupported accounts lack: no like-for-like comparison
    share = float(sum(mix[b] * rate[b] for b in mix.index))
    return 1.0 - (1.0 - share) ** (1.0 / months)


def _accounts_at_risk(store: Store, start: date, end: date, kinds: list[str]) -> ibis.Table:
    """Accounts paying in the start month: tier, churned (nothing in the end month), mean MRR, CS touchpoints."""
    r = store.table("revenue")
    per = r.group_by(["account_id", "month"]).agg(mrr=r.mrr.sum())
    at_start = per.filter(per.month == start, per.mrr > 0).select("account_id")
    in_period = per.filter(per.month >= start, per.month <= end, per.mrr > 0)
    mean = in_period.group_by("account_id").agg(mean_mrr=in_period.mrr.mean())
    paying_end = per.filter(per.month == end, per.mrr > 0).select("account_id", paid_end=ibis.literal(1))
    tp = store.table("touchpoints")
    after_end = (pd.Timestamp(end) + pd.DateOffset(months=1)).to_pydatetime()
    cs = tp.filter(tp.kind.isin(kinds), tp.ts >= pd.Timestamp(start).to_pydatetime(), tp.ts < after_end)
    touches = cs.group_by("account_id").agg(touchpoints=cs.count())
    acc = store.table("accounts").select("account_id", "tier")
    t = (at_start.left_join(acc, "account_id").drop("account_id_right")
         .left_join(mean, "account_id").drop("account_id_right")
         .left_join(paying_end, "account_id").drop("account_id_right")
         .left_join(touches, "account_id").drop("account_id_right"))
    return t.select("account_id", "tier", "mean_mrr", churned=t.paid_end.isnull(),
                    touchpoints=ibis.coalesce(t.touchpoints, 0))
