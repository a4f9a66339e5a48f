"""Alerts inbox: what the indicators raised, highest MRR at stake first, and the forms to work them.

Reading is open to every role; acknowledging, snoozing and resolving need the csm role.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from banso.appstate import alerts as store
from banso.web.i18n import gettext_ as _
from banso.web.ids import RowId
from banso.web.render import localized, render, request_locale
from banso.web.security import CsmUser, CurrentUser, web_state

router = APIRouter()


class AlertItem(BaseModel):
    id: int
    as_of: date
    rule: str
    severity: str
    route: Literal["human", "digital"] | str
    status: str
    account_id: str
    account_name: str | None
    owner: str | None
    mrr: float | None
    score: float | None
    band: str | None
    priority: float = Field(description="MRR at stake × risk; higher first")
    reason: str = Field(description="the rule's description and the values it read, in the request's language")
    comment: str | None
    snoozed_until: date | None


class AlertInbox(BaseModel):
    status: str
    count: int = Field(description="alerts matching the filters")
    shown: int = Field(description="alerts listed (the highest priority first)")
    mrr_at_stake: float
    owners: list[str]
    rules: list[str]
    alerts: list[AlertItem]


StatusQ = Annotated[Literal["active", "open", "acknowledged", "snoozed", "resolved", "all"],
                    Query(description="active = open, acknowledged or snoozed")]
TextQ = Annotated[str | None, Query(max_length=200)]

_STATUSES = {"active": ("open", "acknowledged", "snoozed"), "all": ("open", "acknowledged", "snoozed", "resolved")}


def _item(a: store.Alert, today: date, language: str) -> AlertItem:
    return AlertItem(id=a.id, as_of=a.as_of, rule=a.rule, severity=a.severity, route=a.route,
                     status=a.effective_status(today), account_id=a.account_id, account_name=a.account_name,
                     owner=a.owner, mrr=a.mrr, score=a.score, band=a.band, priority=a.priority,
                     reason=a.reason(language), comment=a.comment, snoozed_until=a.snoozed_until)


def build_inbox(request: Request, status: str, owner: str | None, rule: str | None,
                account_id: str | None = None, limit: int = 300, choices: bool = True) -> AlertInbox:
    """The inbox; `choices=False` skips the owner and indicator lists the filters offer (account page)."""
    ws = web_state(request).ws
    today = date.today()
    language = request_locale(request)
    statuses = _STATUSES.get(status, (status,))
    with ws.app_state.session() as s:
        everything = store.listing(s, today=today, statuses=_STATUSES["all"], limit=100_000) if choices else []
        rows = store.listing(s, today=today, statuses=statuses, owner=owner or None, rule=rule or None,
                             account_id=account_id, limit=100_000)
        items = [_item(a, today, language) for a in rows[:limit]]
    active_accounts: dict[str, float] = {}
    for a in rows:
        if a.effective_status(today) != "resolved" and a.mrr:
            active_accounts[a.account_id] = a.mrr
    return AlertInbox(
        status=status, count=len(rows), shown=len(items), mrr_at_stake=sum(active_accounts.values()),
        owners=sorted({a.owner for a in everything if a.owner}), rules=sorted({a.rule for a in everything}),
        alerts=items,
    )


@router.get("/api/alerts", response_model=AlertInbox, tags=["pages"], summary="The alerts inbox as JSON")
def alerts_api(request: Request, user: CurrentUser, status: StatusQ = "active", owner: TextQ = None,
               rule: TextQ = None, account_id: TextQ = None) -> AlertInbox:
    return build_inbox(request, status, owner, rule, account_id)


@router.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
def alerts_page(request: Request, user: CurrentUser, status: StatusQ = "active", owner: TextQ = None,
                rule: TextQ = None) -> HTMLResponse:
    with localized(request):
        data = build_inbox(request, status, owner, rule)
    return render(request, "alerts.html", data=data, owner=owner or "", rule=rule or "",
                  can_change=user.can("csm"), notice=request.session.pop("notice", None))


def _back(request: Request, notice: str) -> Response:
    request.session["notice"] = notice
    target = request.headers.get("referer") or "/alerts"
    if not target.startswith(str(request.base_url)) and not target.startswith("/"):
        target = "/alerts"
    return RedirectResponse(target, status_code=303)


def _do(request: Request, action: Any) -> Any:
    with web_state(request).ws.app_state.session() as s:
        return action(s)


@router.post("/alerts/{alert_id}/ack", include_in_schema=False)
def ack_form(request: Request, alert_id: RowId, user: CsmUser,
             comment: Annotated[str, Form(max_length=2000)] = "") -> Response:
    _do(request, lambda s: store.acknowledge(s, alert_id, comment, by=user.email))
    with localized(request):
        return _back(request, _("Alert #%(id)s acknowledged") % {"id": alert_id})


@router.post("/alerts/{alert_id}/snooze", include_in_schema=False)
def snooze_form(request: Request, alert_id: RowId, user: CsmUser, until: Annotated[date, Form()],
                comment: Annotated[str, Form(max_length=2000)] = "") -> Response:
    _do(request, lambda s: store.snooze(s, alert_id, until, date.today(), comment or None, by=user.email))
    with localized(request):
        return _back(request, _("Alert #%(id)s snoozed") % {"id": alert_id})


@router.post("/alerts/{alert_id}/resolve", include_in_schema=False)
def resolve_form(request: Request, alert_id: RowId, user: CsmUser,
                 comment: Annotated[str, Form(max_length=2000)] = "") -> Response:
    _do(request, lambda s: store.resolve(s, alert_id, comment or None, by=user.email))
    with localized(request):
        return _back(request, _("Alert #%(id)s resolved") % {"id": alert_id})
