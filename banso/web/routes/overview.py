"""Overview (the forest): the portfolio, its health over time, and what changed this week."""

from __future__ import annotations

from datetime import date

import pandas as pd
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from banso.analysis import overview as ov
from banso.web import charts
from banso.web.health import band_changes, thresholds
from banso.web.render import localized, render
from banso.web.routes.alerts import build_inbox
from banso.web.security import CurrentUser, web_state
from banso.web.state import WebState

router = APIRouter()


class Kpis(BaseModel):
    accounts: int
    active: int
    trial: int
    churned: int
    mrr: float = Field(description="Σ MRR of active accounts")
    seats: int
    members: int
    scored: int
    good: int
    normal: int
    bad: int
    index: float | None = Field(description="%Good − %Bad over scored accounts, percentage points")


class TierRow(BaseModel):
    tier: str
    accounts: int
    mrr: float
    mean_score: float | None
    pct_bad: float | None
    active_rate: float | None


class BandPoint(BaseModel):
    as_of: date
    good: int
    normal: int
    bad: int
    scored: int
    pct_good: float
    pct_bad: float
    index: float


class BandChange(BaseModel):
    account_id: str
    name: str | None
    tier: str | None
    mrr: float | None
    from_band: str | None
    to_band: str | None
    score: float | None
    change: float | None


class Pending(BaseModel):
    """A part of the page that other work will fill; never a made-up number."""

    available: bool = False
    note: str


class Overview(BaseModel):
    as_of: date | None
    kpis: Kpis
    tiers: list[TierRow]
    health_available: bool
    composition: list[BandPoint]
    score_bins: list[tuple[int, int]] = Field(description="(bin start, accounts), 5-point bins")
    band_changes: list[BandChange]
    alerts: Pending
    revenue: Pending


def build_overview(state: WebState) -> Overview:
    facts = state.facts()
    k = ov.kpis(facts)
    composition: list[BandPoint] = []
    frame = state.cached("band_composition", lambda: state.health_call("band_composition"))
    if isinstance(frame, pd.DataFrame) and len(frame):
        for row in frame.sort_values("as_of").to_dict("records"):
            composition.append(BandPoint(
                as_of=pd.Timestamp(row["as_of"]).date(), good=int(row["good"]), normal=int(row["normal"]),
                bad=int(row["bad"]), scored=int(row["scored"]), pct_good=float(row["pct_good"]),
                pct_bad=float(row["pct_bad"]), index=float(row["index"]),
            ))
    changes = [BandChange(**c) for c in state.cached("band_changes", lambda: band_changes(state))]
    return Overview(
        as_of=state.as_of(),
        kpis=Kpis(**{f: getattr(k, f) for f in Kpis.model_fields if f != "index"}, index=k.index),
        tiers=[TierRow(**vars(t)) for t in ov.by_tier(facts)],
        health_available=k.scored > 0,
        composition=composition,
        score_bins=ov.score_histogram(facts) if k.scored else [],
        band_changes=changes,
        alerts=Pending(note="Open alerts appear here once indicator rules are configured (signals)."),
        revenue=Pending(note="Churn and NRR appear here once the revenue analysis is available."),
    )


@router.get("/api/overview", response_model=Overview, tags=["pages"], summary="The overview page as JSON")
def overview_api(request: Request, user: CurrentUser) -> Overview:
    return build_overview(web_state(request))


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(request: Request, user: CurrentUser) -> HTMLResponse:
    state = web_state(request)
    data = build_overview(state)
    good, bad = thresholds(state)
    with localized(request):
        figs = _figures(data, good, bad)
        alerts = build_inbox(request, "open", None, None, limit=8, choices=False)
    return render(request, "overview.html", data=data, figs=figs, as_of=data.as_of, needs_plotly=bool(figs),
                  alerts=alerts)


def _figures(data: Overview, good: float, bad: float) -> dict[str, charts.Figure]:
    figs = {}
    if data.composition:
        days = [p.as_of for p in data.composition]
        figs["composition"] = charts.band_composition(
            days, [p.pct_good for p in data.composition],
            [100 - p.pct_good - p.pct_bad for p in data.composition], [p.pct_bad for p in data.composition])
        figs["index"] = charts.index_line(days, [p.index for p in data.composition])
    if data.score_bins:
        figs["histogram"] = charts.score_histogram(data.score_bins, good, bad)
    return figs
