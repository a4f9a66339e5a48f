"""Saved insights and dashboards: save the builder's view under a name, share it, pin it to a dashboard.

Forms post from the builder and the dashboards page (with the CSRF token); `/api/saved-insights` and
`/api/dashboards` do the same for scripts. Viewers open shared insights and dashboards but change none (403).
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Body, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from banso.analysis.insights import InsightSpec
from banso.analysis.insights.saved import DashboardInfo, DashboardView, SavedInsightView
from banso.web import charts_insights
from banso.web.deps import WorkspaceDep
from banso.web.ids import MAX_ID, RowId
from banso.web.render import localized, render
from banso.web.routes.insights import duration, heat, period_label
from banso.web.security import CurrentUser

router = APIRouter()
FormId = Annotated[int, Form(ge=1, le=MAX_ID)]


class InsightIn(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    shared: bool = False
    spec: InsightSpec


class InsightPatch(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=120)
    shared: bool | None = None
    spec: InsightSpec | None = None


class DashboardIn(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    shared: bool = False


class DashboardPatch(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=120)
    shared: bool | None = None


# -- forms ---------------------------------------------------------------------------------------
@router.post("/insights/save", include_in_schema=False)
def save_form(ws: WorkspaceDep, user: CurrentUser, name: Annotated[str, Form(max_length=120)],
              query: Annotated[str, Form(max_length=8000)], shared: Annotated[bool, Form()] = False,
              id: Annotated[int | None, Form(ge=1, le=MAX_ID)] = None) -> Response:
    spec = ws.parse_insight(parse_qs(query))
    if id is not None:
        saved = ws.update_insight(id, user, name=name, spec=spec, shared=shared)
    else:
        saved = ws.save_insight(user, name, spec, shared=shared)
    return RedirectResponse(saved.url, status_code=303)


@router.post("/insights/{insight_id}/delete", include_in_schema=False)
def delete_insight_form(ws: WorkspaceDep, insight_id: RowId, user: CurrentUser) -> Response:
    ws.delete_insight(insight_id, user)
    return RedirectResponse("/dashboards", status_code=303)


@router.post("/dashboards", include_in_schema=False)
def create_dashboard_form(ws: WorkspaceDep, user: CurrentUser, name: Annotated[str, Form(max_length=120)],
                          shared: Annotated[bool, Form()] = False) -> Response:
    board = ws.create_dashboard(user, name, shared=shared)
    return RedirectResponse(f"/dashboards/{board.id}", status_code=303)


@router.post("/dashboards/pin", include_in_schema=False)
def pin_form(ws: WorkspaceDep, user: CurrentUser, dashboard: FormId, insight: FormId) -> Response:
    ws.pin_insight(dashboard, insight, user)
    return RedirectResponse(f"/dashboards/{dashboard}", status_code=303)


@router.post("/dashboards/{dashboard_id}/unpin", include_in_schema=False)
def unpin_form(ws: WorkspaceDep, dashboard_id: RowId, user: CurrentUser, insight: FormId) -> Response:
    ws.unpin_insight(dashboard_id, insight, user)
    return RedirectResponse(f"/dashboards/{dashboard_id}", status_code=303)


@router.post("/dashboards/{dashboard_id}/update", include_in_schema=False)
def update_dashboard_form(ws: WorkspaceDep, dashboard_id: RowId, user: CurrentUser,
                          name: Annotated[str | None, Form(max_length=120)] = None,
                          shared: Annotated[bool, Form()] = False) -> Response:
    ws.update_dashboard(dashboard_id, user, name=name, shared=shared)
    return RedirectResponse(f"/dashboards/{dashboard_id}", status_code=303)


@router.post("/dashboards/{dashboard_id}/delete", include_in_schema=False)
def delete_dashboard_form(ws: WorkspaceDep, dashboard_id: RowId, user: CurrentUser) -> Response:
    ws.delete_dashboard(dashboard_id, user)
    return RedirectResponse("/dashboards", status_code=303)


# -- pages ---------------------------------------------------------------------------------------
@router.get("/dashboards", response_class=HTMLResponse, include_in_schema=False)
def dashboards_page(request: Request, ws: WorkspaceDep, user: CurrentUser) -> HTMLResponse:
    return render(request, "dashboards.html", boards=ws.dashboards(user), saved=ws.saved_insights(user),
                  as_of=ws.as_of())


@router.get("/dashboards/{dashboard_id}", response_class=HTMLResponse, include_in_schema=False)
def dashboard_page(request: Request, ws: WorkspaceDep, dashboard_id: RowId, user: CurrentUser) -> HTMLResponse:
    board = ws.dashboard(dashboard_id, user)
    figures: dict[int, Any] = {}
    with localized(request):
        for tile in board.tiles:
            if tile.result is not None:
                figures[tile.insight.id] = _figure(tile.result)
    return render(request, "dashboard.html", board=board, figures=figures, needs_plotly=bool(figures),
                  saved=ws.saved_insights(user), as_of=ws.as_of(), heat=heat, duration=duration,
                  period_label=period_label)


def _figure(result: Any) -> dict[str, Any]:
    kind = result.spec.kind
    if kind == "trend":
        return charts_insights.trend(result)
    if kind == "funnel":
        return charts_insights.funnel(result)
    return charts_insights.retention(result)


# -- API -----------------------------------------------------------------------------------------
@router.get("/api/saved-insights", response_model=list[SavedInsightView], tags=["insights"],
            summary="Your saved insights and those shared with you")
def list_insights_api(ws: WorkspaceDep, user: CurrentUser) -> list[SavedInsightView]:
    return ws.saved_insights(user)


@router.get("/api/saved-insights/{insight_id}", response_model=SavedInsightView, tags=["insights"],
            summary="One saved insight")
def get_insight_api(ws: WorkspaceDep, insight_id: RowId, user: CurrentUser) -> SavedInsightView:
    return ws.saved_insight(insight_id, user)


@router.post("/api/saved-insights", response_model=SavedInsightView, status_code=201, tags=["insights"],
             summary="Save an insight (csm or admin)")
def create_insight_api(ws: WorkspaceDep, user: CurrentUser, body: Annotated[InsightIn, Body()]) -> SavedInsightView:
    return ws.save_insight(user, body.name, body.spec, shared=body.shared)


@router.patch("/api/saved-insights/{insight_id}", response_model=SavedInsightView, tags=["insights"],
              summary="Rename, change or (un)share an insight (its owner or an admin)")
def update_insight_api(ws: WorkspaceDep, insight_id: RowId, user: CurrentUser,
                       body: Annotated[InsightPatch, Body()]) -> SavedInsightView:
    return ws.update_insight(insight_id, user, name=body.name, spec=body.spec, shared=body.shared)


@router.delete("/api/saved-insights/{insight_id}", status_code=204, tags=["insights"],
               summary="Delete a saved insight (its owner or an admin)")
def delete_insight_api(ws: WorkspaceDep, insight_id: RowId, user: CurrentUser) -> Response:
    ws.delete_insight(insight_id, user)
    return Response(status_code=204)


@router.get("/api/dashboards", response_model=list[DashboardInfo], tags=["insights"],
            summary="Your dashboards and those shared with you")
def list_dashboards_api(ws: WorkspaceDep, user: CurrentUser) -> list[DashboardInfo]:
    return ws.dashboards(user)


@router.get("/api/dashboards/{dashboard_id}", response_model=DashboardView, tags=["insights"],
            summary="A dashboard with the result of each pinned insight")
def dashboard_api(ws: WorkspaceDep, dashboard_id: RowId, user: CurrentUser) -> DashboardView:
    return ws.dashboard(dashboard_id, user)


@router.post("/api/dashboards", response_model=DashboardInfo, status_code=201, tags=["insights"],
             summary="Create a dashboard (csm or admin)")
def create_dashboard_api(ws: WorkspaceDep, user: CurrentUser, body: Annotated[DashboardIn, Body()]) -> DashboardInfo:
    return ws.create_dashboard(user, body.name, shared=body.shared)


@router.patch("/api/dashboards/{dashboard_id}", response_model=DashboardInfo, tags=["insights"],
              summary="Rename or (un)share a dashboard (its owner or an admin)")
def update_dashboard_api(ws: WorkspaceDep, dashboard_id: RowId, user: CurrentUser,
                         body: Annotated[DashboardPatch, Body()]) -> DashboardInfo:
    return ws.update_dashboard(dashboard_id, user, name=body.name, shared=body.shared)


@router.delete("/api/dashboards/{dashboard_id}", status_code=204, tags=["insights"],
               summary="Delete a dashboard (its owner or an admin)")
def delete_dashboard_api(ws: WorkspaceDep, dashboard_id: RowId, user: CurrentUser) -> Response:
    ws.delete_dashboard(dashboard_id, user)
    return Response(status_code=204)


@router.put("/api/dashboards/{dashboard_id}/insights/{insight_id}", status_code=204, tags=["insights"],
            summary="Pin a saved insight to a dashboard")
def pin_api(ws: WorkspaceDep, dashboard_id: RowId, insight_id: RowId, user: CurrentUser) -> Response:
    ws.pin_insight(dashboard_id, insight_id, user)
    return Response(status_code=204)


@router.delete("/api/dashboards/{dashboard_id}/insights/{insight_id}", status_code=204, tags=["insights"],
               summary="Unpin an insight from a dashboard")
def unpin_api(ws: WorkspaceDep, dashboard_id: RowId, insight_id: RowId, user: CurrentUser) -> Response:
    ws.unpin_insight(dashboard_id, insight_id, user)
    return Response(status_code=204)
