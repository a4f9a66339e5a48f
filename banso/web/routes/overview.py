"""Overview (the forest): the portfolio, its health over time, and what changed this week."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from banso.analysis.overview import Overview
from banso.web import charts
from banso.web.deps import WorkspaceDep
from banso.web.render import localized, render, request_locale
from banso.web.security import CurrentUser
from banso.web.warm import computing
from banso.workspace.jobs_ops import Freshness

router = APIRouter()


@router.get("/api/overview", response_model=Overview, tags=["pages"], summary="The overview page as JSON")
def overview_api(request: Request, ws: WorkspaceDep, user: CurrentUser) -> Overview:
    return ws.overview(language=request_locale(request))


@router.get("/api/freshness", response_model=Freshness, tags=["pages"],
            summary="When data and scores were renewed, and whether the daily run failed or is late")
def freshness_api(ws: WorkspaceDep, user: CurrentUser) -> Freshness:
    return ws.freshness()


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(request: Request, ws: WorkspaceDep, user: CurrentUser) -> HTMLResponse:
    waiting = computing(request, ws.overview_ready())
    if waiting is not None:
        return waiting
    data = ws.overview(language=request_locale(request))
    with localized(request):
        figs = _figures(data)
    return render(request, "overview.html", data=data, figs=figs, as_of=data.as_of, needs_plotly=bool(figs),
                  fresh=ws.freshness())


def _figures(data: Overview) -> dict[str, charts.Figure]:
    figs = {}
    if data.composition:
        days = [p.as_of for p in data.composition]
        partial = [p.partial for p in data.composition]
        joined = [(m.as_of, m.label) for m in data.metrics_joined]
        figs["composition"] = charts.band_composition(
            days, [p.pct_good for p in data.composition],
            [100 - p.pct_good - p.pct_bad for p in data.composition], [p.pct_bad for p in data.composition], partial,
            joined)
        figs["index"] = charts.index_line(days, [p.index for p in data.composition], partial, joined)
    if data.score_bins:
        figs["histogram"] = charts.score_histogram(data.score_bins, data.good, data.bad)
    return figs
