"""Renewals: accounts renewing in the next N days (default 90) with a risk or upsell flag and its reason,
grouped by month and paged; "mine" keeps the accounts the signed-in person owns."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from banso.analysis.renewals import Renewals
from banso.web.deps import WorkspaceDep
from banso.web.paging import Page, PerPage
from banso.web.render import render, request_locale
from banso.web.security import CurrentUser

router = APIRouter()
Days = Annotated[int, Query(ge=1, le=730, description="renewing within this many days of as_of")]
Flag = Annotated[Literal["risk", "upsell"] | None, Query(description="only accounts with this flag")]
Mine = Annotated[bool, Query(description="only the accounts you own (your name or email as owner)")]


@router.get("/api/renewals", response_model=Renewals, tags=["pages"], summary="The renewals page as JSON")
def renewals_api(request: Request, ws: WorkspaceDep, user: CurrentUser, days: Days = 90, flag: Flag = None,
                 mine: Mine = False, page: Page = 1, per_page: PerPage = 50) -> Renewals:
    return ws.renewals(days=days, flag=flag, language=request_locale(request), mine_of=user if mine else None,
                       page=page, per_page=per_page)


@router.get("/renewals", response_class=HTMLResponse, include_in_schema=False)
def renewals_page(request: Request, ws: WorkspaceDep, user: CurrentUser, days: Days = 90,
                  flag: Flag = None, mine: Mine = False, page: Page = 1) -> HTMLResponse:
    data = ws.renewals(days=days, flag=flag, language=request_locale(request), mine_of=user if mine else None,
                       page=page)
    return render(request, "renewals.html", data=data, as_of=data.as_of)
