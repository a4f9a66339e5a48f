"""Alerts inbox: what the indicators raised, highest MRR at stake first, and the forms to work them.

The page groups alerts by account (one row per account to call, with its alerts) and pages them; "mine"
keeps the accounts the signed-in person owns. Reading is open to every role; acknowledging, snoozing and
resolving need the csm role.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from banso.i18n import gettext_ as _
from banso.signals.inbox import AlertInbox, Grouping
from banso.web.deps import WorkspaceDep
from banso.web.ids import RowId
from banso.web.paging import Page
from banso.web.render import localized, render, request_locale
from banso.web.security import CsmUser, CurrentUser

router = APIRouter()
ACCOUNTS_PER_PAGE = 25  # the page grouped by account: 25 accounts, each with all its alerts
ALERTS_PER_PAGE = 50

StatusQ = Annotated[Literal["active", "open", "acknowledged", "snoozed", "resolved", "all"],
                    Query(description="active = open, acknowledged or snoozed")]
TextQ = Annotated[str | None, Query(max_length=200)]
GroupQ = Annotated[Grouping, Query(description="account: each page holds accounts with all their alerts")]
MineQ = Annotated[bool, Query(description="only the alerts on accounts you own (your name or email as owner)")]
PerPageQ = Annotated[int, Query(ge=1, le=500, description="alerts per page (grouped: accounts per page)")]


@router.get("/api/alerts", response_model=AlertInbox, tags=["pages"], summary="The alerts inbox as JSON")
def alerts_api(request: Request, ws: WorkspaceDep, user: CurrentUser, status: StatusQ = "active",
               owner: TextQ = None, rule: TextQ = None, account_id: TextQ = None, mine: MineQ = False,
               group: GroupQ = "alert", page: Page = 1, per_page: PerPageQ = 300) -> AlertInbox:
    return ws.alert_inbox(language=request_locale(request), status=status, owner=owner, rule=rule,
                          account_id=account_id, mine_of=user if mine else None, group=group, page=page,
                          limit=per_page)


@router.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
def alerts_page(request: Request, ws: WorkspaceDep, user: CurrentUser, status: StatusQ = "active",
                owner: TextQ = None, rule: TextQ = None, account_id: TextQ = None, mine: MineQ = False,
                group: GroupQ = "account", page: Page = 1) -> HTMLResponse:
    data = ws.alert_inbox(language=request_locale(request), status=status, owner=owner, rule=rule,
                          account_id=account_id, mine_of=user if mine else None, group=group, page=page,
                          limit=ACCOUNTS_PER_PAGE if group == "account" else ALERTS_PER_PAGE)
    return render(request, "alerts.html", data=data, owner=owner or "", rule=rule or "",
                  can_change=user.can("csm"), notice=request.session.pop("notice", None))


def _back(request: Request, notice: str) -> Response:
    request.session["notice"] = notice
    target = request.headers.get("referer") or "/alerts"
    if not target.startswith(str(request.base_url)) and not target.startswith("/"):
        target = "/alerts"
    return RedirectResponse(target, status_code=303)


@router.post("/alerts/{alert_id}/ack", include_in_schema=False)
def ack_form(request: Request, ws: WorkspaceDep, alert_id: RowId, user: CsmUser,
             comment: Annotated[str, Form(max_length=2000)] = "") -> Response:
    ws.acknowledge_alert(alert_id, comment, by=user.email)
    with localized(request):
        return _back(request, _("Alert #%(id)s acknowledged") % {"id": alert_id})


@router.post("/alerts/{alert_id}/snooze", include_in_schema=False)
def snooze_form(request: Request, ws: WorkspaceDep, alert_id: RowId, user: CsmUser, until: Annotated[date, Form()],
                comment: Annotated[str, Form(max_length=2000)] = "") -> Response:
    ws.snooze_alert(alert_id, until, comment or None, by=user.email)
    with localized(request):
        return _back(request, _("Alert #%(id)s snoozed") % {"id": alert_id})


@router.post("/alerts/{alert_id}/resolve", include_in_schema=False)
def resolve_form(request: Request, ws: WorkspaceDep, alert_id: RowId, user: CsmUser,
                 comment: Annotated[str, Form(max_length=2000)] = "") -> Response:
    ws.resolve_alert(alert_id, comment or None, by=user.email)
    with localized(request):
        return _back(request, _("Alert #%(id)s resolved") % {"id": alert_id})
