"""The account page (the tree), `/accounts/{account_id}`: the stable deep link for a CRM button.

An id written in another case (`/accounts/a000123`) leads to the account's own URL (308); the JSON twin
answers with the account, whose `header.account_id` is the id as the CRM wrote it (`Workspace.account_id`).
"""

from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from banso.analysis.account_page import AccountPage
from banso.analysis.work.account import AccountWork
from banso.web import charts
from banso.web.deps import WorkspaceDep
from banso.web.render import localized, render, request_locale
from banso.web.security import CurrentUser

router = APIRouter()
MEMBERS_SHOWN = 100
Kind = Annotated[str | None, Query(max_length=64)]


@router.get("/api/accounts/{account_id}", response_model=AccountPage, tags=["pages"],
            summary="The account page as JSON", responses={404: {"description": "no such account"}})
def account_api(request: Request, ws: WorkspaceDep, account_id: str, user: CurrentUser,
                touchpoint_kind: Kind = None) -> AccountPage:
    return ws.account_page(account_id, language=request_locale(request), touchpoint_kind=touchpoint_kind or None)


@router.get("/api/accounts/{account_id}/work", response_model=AccountWork, tags=["work"],
            summary="The work on an account: tasks, notes and meeting logs, playbooks")
def account_work_api(ws: WorkspaceDep, account_id: str, user: CurrentUser) -> AccountWork:
    return ws.account_work(account_id, user)


@router.get("/accounts/{account_id}", response_class=HTMLResponse, include_in_schema=False)
def account_page(request: Request, ws: WorkspaceDep, account_id: str, user: CurrentUser,
                 members: Annotated[Literal["top", "all"], Query()] = "top",
                 touchpoint_kind: Kind = None) -> Response:
    desk = ws.account_desk(account_id, user, language=request_locale(request),
                           emails=None if members == "all" else MEMBERS_SHOWN, touchpoint_kind=touchpoint_kind or None)
    data = desk.page
    if data.header.account_id != account_id:  # the id in another case: the page lives at the CRM's id
        query = ("?" + request.url.query) if request.url.query else ""
        return RedirectResponse(f"/accounts/{quote(data.header.account_id, safe='')}{query}", status_code=308)
    figs: dict[str, charts.Figure] = {}
    with localized(request):
        if data.activity:
            shown = list(data.activity)[:4]
            figs["activity"] = charts.company_activity(data.activity_weeks, data.activity, shown)
        marks = [(t.day, t.kind, t.title or "") for t in data.timeline if t.kind != "activity"]
        figs["daily"] = charts.daily_activity(data.daily_days, data.daily_events, data.daily_users,
                                              [m for m in marks if m[0] >= data.daily_days[0]])
        if data.health and data.health.history:
            h = data.health
            figs["history"] = charts.score_history([p.as_of for p in h.history], [p.score for p in h.history],
                                                   h.good, h.bad, [p.partial for p in h.history],
                                                   [(j.as_of, j.label) for j in h.joined])
    return render(request, "account.html", data=data, work=desk.work, fresh=desk.fresh, figs=figs, as_of=data.as_of, needs_plotly=True,
                  shown_actions=list(data.activity)[:4], can_work=user.can("csm"), is_admin=user.can("admin"),
                  notice=request.session.pop("notice", None),
                  members_shown=len(data.members) if members == "all" else MEMBERS_SHOWN)
