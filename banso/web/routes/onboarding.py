"""Onboarding across accounts: each milestone's completion and median days by start cohort, and who is stuck where."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from banso.analysis.periods import Interval
from banso.analysis.reports.onboarding import OnboardingResult, OnboardingSpec
from banso.web.deps import WorkspaceDep
from banso.web.render import render
from banso.web.security import CurrentUser

router = APIRouter()
Start = Annotated[Literal["contract", "trial"], Query(description="count from the contract or the trial start")]
Cohort = Annotated[Interval, Query(description="cohorts by day, week or month of the start")]
Cohorts = Annotated[int, Query(ge=1, le=36, description="the last N cohorts")]


@router.get("/api/onboarding", response_model=OnboardingResult, tags=["pages"],
            summary="Onboarding milestones by start cohort, and who is stuck where")
def onboarding_api(ws: WorkspaceDep, user: CurrentUser, start: Start = "contract", cohort: Cohort = "month",
                   cohorts: Cohorts = 6) -> OnboardingResult:
    return ws.onboarding(OnboardingSpec(start=start, cohort=cohort, cohorts=cohorts))


@router.get("/onboarding", response_class=HTMLResponse, include_in_schema=False)
def onboarding_page(request: Request, ws: WorkspaceDep, user: CurrentUser, start: Start = "contract",
                    cohort: Cohort = "month", cohorts: Cohorts = 6) -> HTMLResponse:
    data = ws.onboarding(OnboardingSpec(start=start, cohort=cohort, cohorts=cohorts))
    return render(request, "onboarding.html", data=data, as_of=data.as_of, heat=_heat)


def _heat(rate: float | None) -> str:
    if rate is None:
        return ""
    s = max(0.0, min(1.0, rate))
    r, g, b = (int(255 + (c - 255) * s) for c in (30, 142, 90))
    return f"background-color: rgb({r},{g},{b}); color: {'#fff' if s > 0.55 else '#1c2430'}"
