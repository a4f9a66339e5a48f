"""My work (the landing page after sign-in) and the team: every CSM's load, capacities, reassignments.

Everyone signed in sees My work for the owner names that are theirs, and the team's load; setting a
capacity, linking an owner name to a person and reassigning an account are for admins (managers).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from banso.analysis.work.my_work import MyWork, TeamLoad
from banso.errors import WorkError
from banso.i18n import N_
from banso.i18n import gettext_ as _
from banso.web.deps import WorkspaceDep
from banso.web.forms import back
from banso.web.render import localized, render, request_locale
from banso.web.security import AdminUser, CurrentUser
from banso.workspace.team_ops import Reassignment

router = APIRouter()


class CapacityIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    owner: str = Field(min_length=1, max_length=128)
    capacity: int | None = Field(None, ge=0, le=1000, description="accounts per week; null: the workspace default")


class ReassignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    owner: str = Field(min_length=1, max_length=128)


@router.get("/api/work", response_model=MyWork, tags=["work"], summary="My work: my accounts, tasks, alerts, renewals")
def work_api(request: Request, ws: WorkspaceDep, user: CurrentUser) -> MyWork:
    return ws.my_work(user, language=request_locale(request))


@router.get("/api/team", response_model=TeamLoad, tags=["work"], summary="Every CSM's load side by side")
def team_api(ws: WorkspaceDep, user: CurrentUser) -> TeamLoad:
    return ws.team_load()


@router.put("/api/team/capacity", status_code=204, tags=["work"], summary="Set a CSM's capacity (admins)")
def capacity_api(ws: WorkspaceDep, user: AdminUser, body: CapacityIn) -> Response:
    ws.set_capacity(body.owner, body.capacity, user)
    return Response(status_code=204)


@router.post("/api/accounts/{account_id}/owner", response_model=Reassignment, tags=["work"],
             summary="Give an account, its open tasks and active alerts to another CSM (admins)")
def reassign_api(ws: WorkspaceDep, user: AdminUser, account_id: str, body: ReassignIn) -> Reassignment:
    return ws.reassign_account(account_id, body.owner, user)


@router.get("/work", response_class=HTMLResponse, include_in_schema=False)
def work_page(request: Request, ws: WorkspaceDep, user: CurrentUser) -> HTMLResponse:
    data = ws.my_work(user, language=request_locale(request))
    return render(request, "my_work.html", data=data, as_of=data.as_of, can_change=user.can("csm"),
                  is_admin=user.can("admin"), notice=request.session.pop("notice", None))


@router.get("/team", response_class=HTMLResponse, include_in_schema=False)
def team_page(request: Request, ws: WorkspaceDep, user: CurrentUser) -> HTMLResponse:
    return render(request, "team.html", data=ws.team_load(), is_admin=user.can("admin"),
                  notice=request.session.pop("notice", None))


@router.post("/team/capacity", include_in_schema=False)
def capacity_form(request: Request, ws: WorkspaceDep, user: AdminUser, owner: Annotated[str, Form(max_length=128)],
                  capacity: Annotated[str, Form(max_length=6)] = "") -> Response:
    value = capacity.strip()
    if value and not value.isdigit():
        raise WorkError(N_("capacity: %(value)s is not a whole number of accounts"), value=repr(value))
    ws.set_capacity(owner, int(value) if value else None, user)
    with localized(request):
        return back(request, _("Capacity of %(owner)s saved") % {"owner": owner}, "/team")


@router.post("/team/link", include_in_schema=False)
def link_form(request: Request, ws: WorkspaceDep, user: AdminUser, owner: Annotated[str, Form(max_length=128)],
              email: Annotated[str, Form(max_length=320)] = "") -> Response:
    ws.link_owner(owner, email.strip() or None, user)
    with localized(request):
        return back(request, _("%(owner)s is now %(email)s") % {"owner": owner, "email": email or _("nobody")}, "/team")


@router.post("/team/reassign", include_in_schema=False)
def team_reassign_form(request: Request, ws: WorkspaceDep, user: AdminUser,
                       account_id: Annotated[str, Form(max_length=128)],
                       owner: Annotated[str, Form(max_length=128)]) -> Response:
    return reassign_form(request, ws, user, account_id.strip(), owner)


@router.post("/accounts/{account_id}/owner", include_in_schema=False)
def reassign_form(request: Request, ws: WorkspaceDep, user: AdminUser, account_id: str,
                  owner: Annotated[str, Form(max_length=128)]) -> Response:
    moved = ws.reassign_account(account_id, owner, user)
    with localized(request):
        return back(request, _("%(account)s now belongs to %(owner)s (%(tasks)s open tasks moved)")
                    % {"account": account_id, "owner": moved.after, "tasks": moved.tasks_moved}, "/team")
