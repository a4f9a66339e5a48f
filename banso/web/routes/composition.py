"""Composition by segment: Good / Normal / Bad and %Good − %Bad per tier, owner, plan, phase or saved segment,
with the OKR targets an admin sets and the weeks since each was last met."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Body, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from banso.analysis.composition import Composition, TargetView
from banso.appstate.targets import SCOPE_PATTERN
from banso.i18n import N_
from banso.web import charts_insights
from banso.web.deps import WorkspaceDep
from banso.web.ids import MAX_ID, RowId
from banso.web.render import localized, render, request_locale
from banso.web.security import CurrentUser

router = APIRouter()
By = Annotated[Literal["all", "tier", "owner", "plan", "phase", "segment"],
               Query(description="all, tier, owner, plan, phase or segment")]
Segments = Annotated[list[Annotated[int, Field(ge=1, le=MAX_ID)]] | None,
                     Query(alias="seg", description="saved segment ids (by = segment)")]


class TargetIn(BaseModel):
    scope: str = Field(max_length=210, pattern=SCOPE_PATTERN,
                       description="all, tier:VALUE, owner:VALUE, plan:VALUE, phase:VALUE or segment:ID")
    period_start: date
    period_end: date
    index: float = Field(ge=-100, le=100, description="the target of %Good − %Bad, in points")
    note: str = Field("", max_length=200)


def _ids(values: list[int] | None) -> list[int]:
    from banso.analysis.insights.events import InsightError

    bad = [v for v in values or [] if not 1 <= v <= MAX_ID]
    if bad:
        raise InsightError(N_("seg=%(id)s: a saved segment's id is from 1 to %(most)s"), id=bad[0], most=MAX_ID)
    return list(values or [])


@router.get("/api/composition", response_model=Composition, tags=["pages"],
            summary="Good / Normal / Bad and the index per group and snapshot, against OKR targets")
def composition_api(ws: WorkspaceDep, user: CurrentUser, by: By = "all", seg: Segments = None) -> Composition:
    return ws.composition_by(by, _ids(seg), user)


@router.get("/composition", response_class=HTMLResponse, include_in_schema=False)
def composition_page(request: Request, ws: WorkspaceDep, user: CurrentUser, by: By = "tier",
                     seg: Segments = None) -> HTMLResponse:
    chosen = _ids(seg)
    segments = ws.saved_segments(user)
    if by == "segment" and not chosen:
        chosen = [s.id for s in segments[:4]]
    data = ws.composition_by(by, chosen, user, request_locale(request)) if by != "segment" or chosen else None
    fig = None
    if data is not None and data.series:
        with localized(request):
            fig = charts_insights.composition(data)
    return render(request, "composition.html", data=data, by=by, chosen=chosen, segments=segments, fig=fig,
                  needs_plotly=fig is not None, as_of=ws.as_of())


@router.get("/api/targets", response_model=list[TargetView], tags=["pages"], summary="Every OKR target")
def targets_api(ws: WorkspaceDep, user: CurrentUser) -> list[TargetView]:
    return ws.targets()


@router.post("/api/targets", response_model=TargetView, status_code=201, tags=["pages"],
             summary="Set an OKR target of the index for a scope and period (admins)")
def set_target_api(ws: WorkspaceDep, user: CurrentUser, body: Annotated[TargetIn, Body()]) -> TargetView:
    return ws.set_target(user, body.scope, body.period_start, body.period_end, body.index, body.note)


@router.delete("/api/targets/{target_id}", status_code=204, tags=["pages"], summary="Remove an OKR target (admins)")
def delete_target_api(ws: WorkspaceDep, target_id: RowId, user: CurrentUser) -> Response:
    ws.delete_target(target_id, user)
    return Response(status_code=204)


@router.post("/composition/targets", include_in_schema=False)
def set_target_form(ws: WorkspaceDep, user: CurrentUser, scope: Annotated[str, Form(max_length=210)],
                    period_start: Annotated[date, Form()], period_end: Annotated[date, Form()],
                    index: Annotated[float, Form(ge=-100, le=100)], by: Annotated[str, Form(max_length=20)] = "tier",
                    note: Annotated[str, Form(max_length=200)] = "") -> Response:
    ws.set_target(user, scope, period_start, period_end, index, note)
    return RedirectResponse(f"/composition?by={by}", status_code=303)


@router.post("/composition/targets/{target_id}/delete", include_in_schema=False)
def delete_target_form(ws: WorkspaceDep, target_id: RowId, user: CurrentUser,
                       by: Annotated[str, Form(max_length=20)] = "tier") -> Response:
    ws.delete_target(target_id, user)
    return RedirectResponse(f"/composition?by={by}", status_code=303)
