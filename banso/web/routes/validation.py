"""Validation: does the health score predict churn here? The report of `banso report validation` as a page."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from banso.analysis.reports import REPORTS, ValidationSpec
from banso.web import charts
from banso.web.deps import WorkspaceDep
from banso.web.render import localized, render, request_locale
from banso.web.security import CurrentUser
from banso.web.warm import computing

router = APIRouter()


def _report(ws: WorkspaceDep) -> dict[str, Any]:
    return REPORTS["validation"].data(ws.report(ValidationSpec()))  # type: ignore[no-any-return]


@router.get("/api/validation", tags=["pages"], summary="The validation report as JSON (every figure and reading)")
def validation_api(ws: WorkspaceDep, user: CurrentUser) -> dict[str, Any]:
    return _report(ws)


@router.get("/validation", response_class=HTMLResponse, include_in_schema=False)
def validation_page(request: Request, ws: WorkspaceDep, user: CurrentUser) -> HTMLResponse:
    waiting = computing(request, ws.report_ready(ValidationSpec()))
    if waiting is not None:
        return waiting
    report = _report(ws)
    sections = {s["key"]: s for s in report["sections"]}
    names = report["labels"].get(request_locale(request), {})  # dimensions and metrics as the model names them
    with localized(request):
        figs = {
            "by_month": charts.months_boxes(sections["by_month"]["data"]),
            "by_band": charts.band_churn(sections["by_band"]["data"]["rates"]),
            "survival": charts.survival_curves(sections["survival"]["data"]["by_band"]),
            "calibration": charts.calibration_bars(sections["calibration"]["data"]),
            "components": charts.component_power([{**c, "name": names.get(c["name"], c["name"])}
                                                  for c in sections["components"]["data"]]),
        }
    return render(request, "validation.html", report=report, sections=report["sections"], figs=figs,
                  lang=request_locale(request), needs_plotly=True)
