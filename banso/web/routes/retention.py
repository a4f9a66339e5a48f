"""Retention: the trial-cohort matrix of DESIGN.md as a heat map with numbers, and a before/after comparison."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from banso.analysis.retention import compare_cohorts, retention_matrix
from banso.errors import BansoError
from banso.web import charts
from banso.web.render import localized, render
from banso.web.security import CurrentUser, web_state
from banso.web.state import WebState

router = APIRouter()
DEFAULT_COHORTS = 16


class CellOut(BaseModel):
    k: int
    active: int
    share: float | None = Field(description="None: no account of the cohort has reached this week yet")
    complete: bool = Field(description="False while some account's week k has not ended at as_of")


class CohortOut(BaseModel):
    start: date = Field(description="Monday of the cohort week")
    size: int
    cells: list[CellOut]


class CurveOut(BaseModel):
    label: str
    cohorts: int
    accounts: int
    shares: list[float | None] = Field(description="pooled share per week over complete cells")


class Retention(BaseModel):
    as_of: date | None
    weeks: int
    cohort_from: date
    cohort_to: date
    split: date | None
    cohorts: list[CohortOut]
    comparison: list[CurveOut]


def build_retention(state: WebState, weeks: int, cohort_from: date | None, cohort_to: date | None,
                    split: date | None) -> Retention:
    as_of = state.as_of() or date.today()
    last = cohort_to or (as_of - timedelta(days=as_of.weekday()))
    first = cohort_from or (last - timedelta(weeks=DEFAULT_COHORTS - 1))
    if first > last:
        raise BansoError("the first cohort must not be after the last one")
    key = ("retention", weeks, first, last)

    def compute() -> object:
        with state.lock:
            return retention_matrix(state.ws.store, state.ws.config, as_of, weeks=weeks, cohort_from=first,
                                    cohort_to=last)

    matrix = state.cached(key, compute)
    curves = []
    if split is not None:
        before, after = compare_cohorts(matrix, split)  # type: ignore[arg-type]
        from banso.web import i18n
        from banso.web.i18n import gettext_ as _

        curves = [CurveOut(**{**vars(before), "label": _("before %(d)s") % {"d": i18n.day(split)}}),
                  CurveOut(**{**vars(after), "label": _("from %(d)s") % {"d": i18n.day(split)}})]
    return Retention(
        as_of=as_of, weeks=weeks, cohort_from=first, cohort_to=last, split=split,
        cohorts=[CohortOut(start=c.start, size=c.size, cells=[CellOut(**vars(x)) for x in c.cells])
                 for c in matrix.cohorts],  # type: ignore[attr-defined]
        comparison=curves,
    )


Weeks = Annotated[int, Query(ge=1, le=52, description="weeks since start shown per cohort")]
From = Annotated[date | None, Query(description="first cohort (any day of its week)")]
To = Annotated[date | None, Query(description="last cohort (any day of its week)")]
Split = Annotated[date | None, Query(description="compare cohorts starting before this date with those from it")]


@router.get("/api/retention", response_model=Retention, tags=["pages"], summary="Trial-cohort retention as JSON")
def retention_api(request: Request, user: CurrentUser, weeks: Weeks = 12, cohort_from: From = None,
                  cohort_to: To = None, split: Split = None) -> Retention:
    with localized(request):
        return build_retention(web_state(request), weeks, cohort_from, cohort_to, split)


@router.get("/retention", response_class=HTMLResponse, include_in_schema=False)
def retention_page(request: Request, user: CurrentUser, weeks: Weeks = 12, cohort_from: From = None,
                   cohort_to: To = None, split: Split = None) -> HTMLResponse:
    with localized(request):
        data = build_retention(web_state(request), weeks, cohort_from, cohort_to, split)
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
