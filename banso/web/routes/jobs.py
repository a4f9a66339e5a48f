"""Jobs: what the service ran and runs (daily runs, renewals of current scores, commands handed to it).

Everyone signed in may look; an admin may start the daily run now. While a job runs, the page
asks `/api/jobs` every few seconds for its progress (banso.js) and shows the new state.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from banso.appstate.jobs import KINDS, Kind
from banso.i18n import gettext_ as _
from banso.i18n import phrase
from banso.job_origins import WEB
from banso.job_view import JobInfo
from banso.web.deps import WorkspaceDep
from banso.web.ids import RowId
from banso.web.render import localized, render
from banso.web.security import AdminUser, CurrentUser
from banso.web.warm import WarmState

router = APIRouter()
KindQ = Annotated[Kind | None, Query(description="only this kind")]  # another answers 422, naming the kinds
LimitQ = Annotated[int, Query(ge=1, le=500)]


def _kinds(kind: str | None) -> tuple[str, ...] | None:
    return (kind,) if kind else None


@router.get("/api/jobs", response_model=list[JobInfo], tags=["jobs"], summary="The jobs, newest first")
def jobs_api(ws: WorkspaceDep, user: CurrentUser, kind: KindQ = None, limit: LimitQ = 100) -> list[JobInfo]:
    return ws.jobs(kinds=_kinds(kind), limit=limit)


@router.get("/api/warm", response_model=WarmState, tags=["jobs"],
            summary="Whether the pages' figures are being computed after new data",
            description="After a load or a score the web app computes, in the background, what the pages open "
                        "with (overview, lists, reports). While `running`, a page whose figure is not ready yet "
                        "says \"computing…\"; `done` of `total` steps are finished, `step` is the one running.")
def warm_api(request: Request, user: CurrentUser) -> WarmState:
    warmer = request.app.state.warmer
    return warmer.state() if warmer is not None else WarmState(False, 0, 0, "")


@router.get("/api/jobs/{job_id}", response_model=JobInfo, tags=["jobs"], summary="One job",
            responses={404: {"description": "no such job"}})
def job_api(ws: WorkspaceDep, user: CurrentUser, job_id: RowId) -> JobInfo:
    return ws.job(job_id)


@router.post("/api/jobs/run", status_code=202, tags=["jobs"], summary="Start the daily run now (admin)",
             responses={409: {"description": "a daily run is already going"}})
def run_api(ws: WorkspaceDep, user: AdminUser) -> JSONResponse:
    if not ws.request_daily_run(phrase(WEB, who=user.email)):
        raise HTTPException(409, "A daily run is already going; follow it at /api/jobs?kind=daily_run.")
    return JSONResponse({"started": True}, status_code=202)


@router.get("/jobs", response_class=HTMLResponse, include_in_schema=False)
def jobs_page(request: Request, ws: WorkspaceDep, user: CurrentUser, kind: KindQ = None) -> HTMLResponse:
    view = ws.jobs_view(kinds=_kinds(kind))
    return render(request, "jobs.html", view=view, kind=kind or "", kinds=KINDS,
                  can_run=user.can("admin"), notice=request.session.pop("notice", None))


@router.post("/jobs/run", include_in_schema=False)
def run_page(request: Request, ws: WorkspaceDep, user: AdminUser) -> Response:
    started = ws.request_daily_run(phrase(WEB, who=user.email))
    with localized(request):
        request.session["notice"] = (_("The daily run has started; its progress is below.") if started
                                     else _("A daily run is already going; its progress is below."))
    return RedirectResponse("/jobs", status_code=303)
