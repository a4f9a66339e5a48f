"""Retention: the trial-cohort matrix of DESIGN.md as a heat map with numbers, and a before/after comparison."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from banso.analysis.retention import Retention
from banso.web import charts
from banso.web.deps import WorkspaceDep
from banso.web.render import localized, render, request_locale
from banso.web.security import CurrentUser

router = APIRouter()
Weeks = Annotated[int, Query(ge=1, le=52, description="weeks since start shown per cohort")]
From = Annotated[date | None, Query(description="first cohort (any day of its week)")]
To = Annotated[date | None, Query(description="last cohort (any day of its week)")]
Split = Annotated[date | None, Query(description="compare cohorts starting before this date with those from it")]


@router.get("/api/retention", response_model=Retention, tags=["pages"], summary="Trial-cohort retention as JSON")
def retention_api(request: Request, ws: WorkspaceDep, user: CurrentUser, weeks: Weeks = 12, cohort_from: From = None,
                  cohort_to: To = None, split: Split = None) -> Retention:
    return ws.retention(weeks=weeks, cohort_from=cohort_from, cohort_to=cohort_to, split=split,
                        language=request_locale(request))


@router.get("/retention", response_class=HTMLResponse, include_in_schema=False)
def retention_page(request: Request, ws: WorkspaceDep, user: CurrentUser, weeks: Weeks = 12, cohort_from: From = None,
                   cohort_to: To = None, split: Split = None) -> HTMLResponse:
    data = ws.retention(weeks=weeks, cohort_from=cohort_from, cohort_to=cohort_to, split=split,
                        language=request_locale(request))
    fig = None
    if data.comparison:
        with localized(request):
            fig = charts.retention_curves(data.weeks, [(c.label, c.shares) for c in data.comparison])
    return render(request, "retention.html", data=data, fig=fig, as_of=data.as_of, needs_plotly=fig is not None,
                  heat=_heat)


def _heat(share: float | None) -> str:
    """Background and text colour of a cell: white → teal as the share grows."""
    if share is None:
        return ""
    s = max(0.0, min(1.0, share))
    r, g, b = (int(255 + (c - 255) * s) for c in (31, 111, 139))
    text = "#fff" if s > 0.55 else "#1c2430"
    return f"background-color: rgb({r},{g},{b}); color: {text}"
