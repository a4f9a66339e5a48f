"""Playbooks: each one with its enrolled accounts, the step each is on, what was sent, and whether it works.

Playbooks are defined in banso.yaml; here they are read, started by hand on an account (csm), and an
enrolment stopped (the account's owner or an admin). The evaluation (difference-in-differences
against matched accounts not yet enrolled) is the `playbooks` report, on the playbook's page and at
`/api/playbooks/{name}/evaluation`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from banso.analysis.reports.playbooks import PlaybooksResult
from banso.analysis.work.playbooks import EnrollmentItem, PlaybookList, PlaybookPage
from banso.i18n import gettext_ as _
from banso.web.deps import WorkspaceDep
from banso.web.forms import back
from banso.web.ids import RowId
from banso.web.paging import Page, PerPage
from banso.web.render import localized, render, request_locale
from banso.web.security import CsmUser, CurrentUser

router = APIRouter()

Name = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,62}$")]
StatusQ = Annotated[Literal["active", "completed", "exited"] | None, Query()]


class StartIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    playbook: Name


@router.get("/api/playbooks", response_model=PlaybookList, tags=["work"], summary="Every playbook with its counts")
def playbooks_api(ws: WorkspaceDep, user: CurrentUser) -> PlaybookList:
    return ws.playbook_list()


@router.get("/api/playbooks/{name}", response_model=PlaybookPage, tags=["work"],
            summary="One playbook: its enrolments, their steps and what was sent")
def playbook_api(ws: WorkspaceDep, user: CurrentUser, name: str, status: StatusQ = None, page: Page = 1,
                 per_page: PerPage = 100) -> PlaybookPage:
    return ws.playbook_page(name, user, status=status, page=page, per_page=per_page)


@router.get("/api/playbooks/{name}/evaluation", response_model=PlaybooksResult, tags=["work"],
            summary="Does the playbook work? Difference-in-differences against matched accounts not yet enrolled")
def evaluation_api(ws: WorkspaceDep, user: CurrentUser, name: str) -> PlaybooksResult:
    return ws.playbook_evaluation(name)


@router.post("/api/accounts/{account_id}/playbooks", response_model=EnrollmentItem, status_code=201, tags=["work"],
             summary="Start a playbook on an account by hand")
def start_api(ws: WorkspaceDep, user: CsmUser, account_id: str, body: StartIn) -> EnrollmentItem:
    return ws.start_playbook(body.playbook, account_id, user)


@router.post("/api/enrollments/{enrollment_id}/stop", response_model=EnrollmentItem, tags=["work"],
             summary="End an enrolment by hand (the account's owner or an admin)")
def stop_api(ws: WorkspaceDep, user: CsmUser, enrollment_id: RowId) -> EnrollmentItem:
    return ws.stop_enrollment(enrollment_id, user)


@router.get("/playbooks", response_class=HTMLResponse, include_in_schema=False)
def playbooks_page(request: Request, ws: WorkspaceDep, user: CurrentUser) -> HTMLResponse:
    return render(request, "playbooks.html", data=ws.playbook_list(), notice=request.session.pop("notice", None))


@router.get("/playbooks/{name}", response_class=HTMLResponse, include_in_schema=False)
def playbook_page(request: Request, ws: WorkspaceDep, user: CurrentUser, name: str, status: StatusQ = None,
                  page: Page = 1, per_page: PerPage = 100) -> HTMLResponse:
    view = ws.playbook_view(name, user, status=status, page=page, per_page=per_page)
    return render(request, "playbook.html", data=view.page, evaluation=view.evaluation, status=status or "",
                  notice=request.session.pop("notice", None))


@router.post("/accounts/{account_id}/playbooks", include_in_schema=False)
def start_form(request: Request, ws: WorkspaceDep, user: CsmUser, account_id: str,
               playbook: Annotated[str, Form(max_length=64)]) -> Response:
    enr = ws.start_playbook(playbook, account_id, user)
    with localized(request):
        return back(request, _("%(account)s enrolled in %(playbook)s") % {"account": enr.account_name or account_id,
                                                                        "playbook": enr.playbook_label[request_locale(request)]},
                    f"/accounts/{account_id}", "#playbooks")


@router.post("/enrollments/{enrollment_id}/stop", include_in_schema=False)
def stop_form(request: Request, ws: WorkspaceDep, user: CsmUser, enrollment_id: RowId) -> Response:
    enr = ws.stop_enrollment(enrollment_id, user)
    with localized(request):
        return back(request, _("Stopped %(playbook)s for %(account)s") % {"playbook": enr.playbook_label[request_locale(request)],
                                                                        "account": enr.account_name or enr.account_id},
                    f"/playbooks/{enr.playbook}")
