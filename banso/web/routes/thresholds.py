"""Threshold help: a metric's distribution by later outcome, and the value that best separates stayers from leavers."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from banso.analysis.reports.thresholds import TRIALS_LEFT_OUT, ThresholdResult, ThresholdSpec
from banso.web import charts_insights
from banso.web.deps import WorkspaceDep
from banso.web.render import localized, render, request_locale
from banso.web.security import CurrentUser

router = APIRouter()
Metric = Annotated[str, Query(min_length=1, max_length=64, description="a metric of banso.yaml or a built-in one")]
Horizon = Annotated[int, Query(ge=7, le=365, description="churned = churned within this many days of a landmark")]
Landmarks = Annotated[int, Query(ge=1, le=12, description="landmark dates, four weeks apart")]


@router.get("/api/thresholds", response_model=ThresholdResult, tags=["pages"],
            summary="A metric's distribution by later outcome, with a suggested threshold")
def thresholds_api(ws: WorkspaceDep, user: CurrentUser, metric: Metric, horizon_days: Horizon = 90,
                   landmarks: Landmarks = 6) -> ThresholdResult:
    return ws.threshold_help(ThresholdSpec(metric=metric, horizon_days=horizon_days, landmarks=landmarks))


@router.get("/thresholds", response_class=HTMLResponse, include_in_schema=False)
def thresholds_page(request: Request, ws: WorkspaceDep, user: CurrentUser, metric: str | None = None,
                    horizon_days: Horizon = 90, landmarks: Landmarks = 6) -> HTMLResponse:
    choices = ws.metric_choices(request_locale(request))
    data = fig = None
    if metric:
        data = ws.threshold_help(ThresholdSpec(metric=metric[:64], horizon_days=horizon_days, landmarks=landmarks))
        with localized(request):
            fig = charts_insights.thresholds(data, next((m.label for m in choices if m.name == metric), None))
    return render(request, "thresholds.html", data=data, fig=fig, metrics=choices, metric=metric,
                  trials_left_out=TRIALS_LEFT_OUT,
                  horizon_days=horizon_days, landmarks=landmarks, needs_plotly=fig is not None, as_of=ws.as_of())
