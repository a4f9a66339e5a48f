"""Renewals: accounts renewing in the next N days (default 90) with a risk or upsell flag and its reason."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

import pandas as pd
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from banso.analysis import renewals as rn
from banso.web import i18n
from banso.web.i18n import gettext_ as _
from banso.web.render import localized, render
from banso.web.security import CurrentUser, web_state
from banso.web.state import WebState

router = APIRouter()


class Renewal(BaseModel):
    account_id: str
    name: str | None
    tier: str | None
    plan: str | None
    owner: str | None
    mrr: float | None
    renewal_date: date
    days_to_renewal: int
    score: float | None
    band: str | None
    trend: float | None
    members: int
    seats: int | None
    seat_utilization: float | None = Field(description="members / contracted seats")
    active_rate: float | None
    flag: Literal["risk", "upsell"] | None
    reasons: list[str] = Field(description="why the flag is set, in the request's language")
    reason_codes: list[str]


class Renewals(BaseModel):
    as_of: date | None
    days: int
    flag: str | None
    count: int
    mrr: float = Field(description="Σ MRR renewing in the window")
    mrr_at_risk: float
    mrr_upsell: float
    accounts: list[Renewal]


def _reason(r: rn.Reason) -> str:
    match r.code:
        case "band_bad":
            return _("in the Bad band (score %(s)s)") % {"s": i18n.number(r.value, 1)}
        case "falling":
            return _("score falling %(v)s pt/week") % {"v": i18n.number(abs(r.value or 0), 1)}
        case "low_active":
            return _("only %(v)s of seats active") % {"v": i18n.percent(r.value)}
        case "seats_full":
            return _("%(v)s of contracted seats taken") % {"v": i18n.percent(r.value)}
        case "high_active":
            return _("%(v)s of seats active") % {"v": i18n.percent(r.value)}
    return r.code


def build_renewals(state: WebState, days: int, flag: str | None) -> Renewals:
    rows = rn.renewals(state.facts(), days)
    items = []
    for r in rows:
        items.append(Renewal(
            account_id=r["account_id"], name=r["name"], tier=r["tier"], plan=r["plan"], owner=r["owner"],
            mrr=r["mrr"], renewal_date=pd.Timestamp(r["renewal_date"]).date(), days_to_renewal=int(r["days_to_renewal"]),
            score=r["score"], band=r["band"], trend=r["trend"], members=int(r["members"] or 0),
            seats=int(r["seats"]) if r["seats"] is not None else None, seat_utilization=r["seat_utilization"],
            active_rate=r["active_rate"], flag=r["flag"], reasons=[_reason(x) for x in r["reasons"]],
            reason_codes=[x.code for x in r["reasons"]],
        ))
    shown = [i for i in items if flag is None or i.flag == flag]
    return Renewals(
        as_of=state.as_of(), days=days, flag=flag, count=len(shown),
        mrr=sum(i.mrr or 0 for i in items),
        mrr_at_risk=sum(i.mrr or 0 for i in items if i.flag == "risk"),
        mrr_upsell=sum(i.mrr or 0 for i in items if i.flag == "upsell"),
        accounts=shown,
    )


Days = Annotated[int, Query(ge=1, le=730, description="renewing within this many days of as_of")]
Flag = Annotated[Literal["risk", "upsell"] | None, Query(description="only accounts with this flag")]


@router.get("/api/renewals", response_model=Renewals, tags=["pages"], summary="The renewals page as JSON")
def renewals_api(request: Request, user: CurrentUser, days: Days = 90, flag: Flag = None) -> Renewals:
    with localized(request):
        return build_renewals(web_state(request), days, flag)


@router.get("/renewals", response_class=HTMLResponse, include_in_schema=False)
def renewals_page(request: Request, user: CurrentUser, days: Days = 90, flag: Flag = None) -> HTMLResponse:
    with localized(request):
        data = build_renewals(web_state(request), days, flag)
    return render(request, "renewals.html", data=data, as_of=data.as_of)
