"""The forest: portfolio figures over the accounts facts table (see `account_list.account_facts`).

Pure functions over the facts frame, so the overview costs a few milliseconds once the facts of a
data version exist; `overview` assembles the page's result with the band composition over time, the
accounts that changed band, the alerts to act on and the revenue report's GRR and NRR.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from typing import Annotated

import ibis
import numpy as np
import pandas as pd
from pydantic import Field

from banso.analysis.history_view import MetricJoined, joined_in_view
from banso.analysis.reports.revenue import RevenueResult
from banso.health.bands import index as band_index
from banso.signals.inbox import AlertInbox, AlertItem
from banso.store import Store
from banso.values import as_float, records


@dataclass(frozen=True)
class Kpis:
    accounts: int  # every account in the store
    active: int
    trial: int
    churned: int
    mrr: float  # Σ MRR of active accounts
    seats: int  # Σ contracted seats of active accounts
    members: int  # Σ members of active accounts
    scored: int
    good: int
    normal: int
    bad: int
    index: Annotated[float | None, Field(description="%Good − %Bad over scored accounts, percentage points")]


def kpis(facts: pd.DataFrame) -> Kpis:
    status = facts["status"].fillna("")
    active = facts[status == "active"]
    bands = facts["band"].value_counts()
    scored = int(facts["score"].notna().sum())
    good, bad = int(bands.get("good", 0)), int(bands.get("bad", 0))
    return Kpis(
        accounts=len(facts),
        active=int((status == "active").sum()),
        trial=int((status == "trial").sum()),
        churned=int((status == "churned").sum()),
        mrr=float(active["mrr"].fillna(0).sum()),
        seats=int(active["seats"].fillna(0).sum()),
        members=int(active["members"].fillna(0).sum()),
        scored=scored,
        good=good,
        normal=int(bands.get("normal", 0)),
        bad=bad,
        index=band_index(good, bad, scored) if scored else None,
    )


@dataclass(frozen=True)
class TierRow:
    tier: str
    accounts: int
    mrr: float
    mean_score: float | None
    pct_bad: float | None
    active_rate: float | None


def by_tier(facts: pd.DataFrame) -> list[TierRow]:
    """Active accounts per tier: count, MRR, mean score, share in the Bad band, median active rate."""
    live = facts[facts["status"].fillna("active") != "churned"].copy()
    live["tier"] = live["tier"].fillna("—")
    rows = []
    for tier, part in live.groupby("tier", sort=False):
        scored = part["score"].notna().sum()
        rows.append(TierRow(
            tier=str(tier),
            accounts=len(part),
            mrr=float(part["mrr"].fillna(0).sum()),
            mean_score=float(part["score"].mean()) if scored else None,
            pct_bad=float((part["band"] == "bad").sum() / scored) if scored else None,
            active_rate=float(part["active_rate"].median()) if part["active_rate"].notna().any() else None,
        ))
    return sorted(rows, key=lambda r: -r.mrr)


def score_histogram(facts: pd.DataFrame, width: int = 5) -> list[tuple[int, int]]:
    """(bin start, accounts) for scores in bins of `width` points, 0–100 (100 falls in the last bin)."""
    scores = facts["score"].dropna().to_numpy(dtype=float)
    edges = np.arange(0, 100 + width, width)
    counts, _ = np.histogram(np.clip(scores, 0, 100), bins=edges)
    return [(int(e), int(c)) for e, c in zip(edges[:-1], counts, strict=True)]


def band_changes(store: Store, model_version: str, limit: int = 500) -> pd.DataFrame:
    """Accounts whose band differs between the last two snapshots of a health model version.

    Columns: account_id, name, tier, mrr, from_band, to_band, score, change (points); worst moves
    first (into Bad, then the largest drop).
    """
    hs = store.table("health_snapshots")
    hs = hs.filter(hs.model_version == model_version)
    days = store.execute(hs.select("as_of").distinct().order_by(ibis.desc("as_of")).limit(2))["as_of"].tolist()
    if len(days) < 2:
        return pd.DataFrame(columns=["account_id", "name", "tier", "mrr", "from_band", "to_band", "score", "change"])
    cur = hs.filter(hs.as_of == days[0]).select("account_id", to_band="band", score="score")
    prev = hs.filter(hs.as_of == days[1]).select("account_id", from_band="band", prev_score="score")
    j = cur.join(prev, "account_id")
    j = j.filter(j.to_band.fill_null("none") != j.from_band.fill_null("none"))
    acc = store.table("accounts").select("account_id", "name", "tier", "mrr")
    j = j.join(acc, "account_id")
    j = j.mutate(change=j.score - j.prev_score,
                 severity=(j.to_band == "bad").ifelse(0, (j.to_band == "normal").ifelse(1, 2)))
    out = store.execute(j.order_by([j.severity, j.change, j.account_id]).limit(limit))
    return out[["account_id", "name", "tier", "mrr", "from_band", "to_band", "score", "change"]]


@dataclass(frozen=True)
class BandPoint:
    as_of: date
    good: int
    normal: int
    bad: int
    scored: int
    pct_good: float
    pct_bad: float
    index: float
    partial: Annotated[bool, Field(description="a warm-up week: its windows reach before the first event, so "
                                               "accounts look quieter than they are")] = False


@dataclass(frozen=True)
class BandChange:
    account_id: str
    name: str | None
    tier: str | None
    mrr: float | None
    from_band: str | None
    to_band: str | None
    score: float | None
    change: float | None


@dataclass(frozen=True)
class RevenueSummary:
    """GRR and NRR over the revenue report's default period (its last twelve months), all accounts."""

    start: date
    end: date
    accounts: Annotated[int, Field(description="accounts with MRR at the start month")]
    mrr_start: float
    mrr_end: float
    grr: Annotated[float | None, Field(description="Σ min(MRR end, MRR start) / Σ MRR start")]
    nrr: Annotated[float | None, Field(description="Σ MRR end / Σ MRR start")]
    gross_revenue_churn: Annotated[float | None, Field(description="1 − GRR")]


def revenue_summary(result: RevenueResult) -> RevenueSummary:
    """The overall row of the revenue report (`banso report revenue`, /evidence/revenue)."""
    row = next(r for r in result.retention if r.by == "all")
    return RevenueSummary(start=result.start, end=result.end, accounts=row.accounts, mrr_start=row.mrr_start,
                          mrr_end=row.mrr_end, grr=row.grr, nrr=row.nrr, gross_revenue_churn=row.gross_revenue_churn)


@dataclass(frozen=True)
class AlertSummary:
    """The alerts still to act on, and the open ones with the most at stake (the inbox's order)."""

    open: int
    acknowledged: int
    snoozed: int
    mrr_at_stake: Annotated[float, Field(description="Σ MRR of the accounts with an alert still to act on")]
    top: Annotated[list[AlertItem], Field(description="open alerts, highest priority first")]


def alert_summary(active: AlertInbox, opened: AlertInbox) -> AlertSummary:
    """From the inbox of active alerts (open, acknowledged, snoozed) and the first page of open ones."""
    return AlertSummary(open=active.by_status.get("open", 0), acknowledged=active.by_status.get("acknowledged", 0),
                        snoozed=active.by_status.get("snoozed", 0), mrr_at_stake=active.mrr_at_stake,
                        top=opened.alerts)


@dataclass(frozen=True)
class Overview:
    as_of: date | None
    kpis: Kpis
    tiers: list[TierRow]
    health_available: bool
    good: Annotated[float, Field(description="the Good band starts at this score")]
    bad: Annotated[float, Field(description="the Bad band is below this score")]
    composition: list[BandPoint]
    complete_from: Annotated[date | None, Field(
        description="the first snapshot whose windows lie wholly inside the event history")]
    score_bins: Annotated[list[tuple[int, int]], Field(description="(bin start, accounts), 5-point bins")]
    band_changes: list[BandChange]
    alerts: AlertSummary
    revenue: Annotated[RevenueSummary | None, Field(description="null: no revenue to read (see revenue_note)")]
    revenue_note: Annotated[str | None, Field(description="why there are no revenue figures")] = None
    metrics_joined: Annotated[list[MetricJoined], Field(
        description="metrics that joined the score after its first snapshot; the bands move when one does")] = (
        dataclass_field(default_factory=list))


def overview(facts: pd.DataFrame, as_of: date | None, composition: pd.DataFrame | None,
             changes: pd.DataFrame | None, *, bands: tuple[float, float], alerts: AlertSummary,
             revenue: RevenueSummary | None, revenue_note: str | None = None,
             complete_from: date | None = None, joined: list[tuple[date, str]] | None = None) -> Overview:
    """The overview page: the figures of the facts, the band composition per snapshot
    (`health.read.band_composition`), the accounts that changed band (`band_changes`), the alerts to act
    on and the revenue report's GRR and NRR. Snapshots before `complete_from` are marked partial (warm-up);
    `joined`: (date, label) of the metrics that joined the score later than its first snapshot."""
    k = kpis(facts)
    points = []
    if composition is not None:
        for row in composition.sort_values("as_of").to_dict("records"):
            day = pd.Timestamp(row["as_of"]).date()
            points.append(BandPoint(
                as_of=day, good=int(row["good"]), normal=int(row["normal"]),
                bad=int(row["bad"]), scored=int(row["scored"]), pct_good=float(row["pct_good"]),
                pct_bad=float(row["pct_bad"]), index=float(row["index"]),
                partial=complete_from is not None and day < complete_from))
    moved = [BandChange(**{**r, "mrr": as_float(r["mrr"]), "score": as_float(r["score"]),
                           "change": as_float(r["change"])})
             for r in (records(changes) if changes is not None else [])]
    return Overview(
        as_of=as_of, kpis=k, tiers=by_tier(facts), health_available=k.scored > 0, good=bands[0], bad=bands[1],
        composition=points, complete_from=complete_from, score_bins=score_histogram(facts) if k.scored else [], band_changes=moved,
        alerts=alerts, revenue=revenue, revenue_note=revenue_note,
        metrics_joined=joined_in_view(joined or [], [p.as_of for p in points], [p.partial for p in points]),
    )
