"""Renewals: accounts whose contract renews in the next N days, each with a risk or upsell flag and why.

The flags are rules over the accounts facts (see `account_list.account_facts`), so a CSM can read
the reason and check it on the account page:

- **risk** when the account is in the Bad band, its score falls by `RISK_TREND` points a week or more,
  or fewer than `RISK_ACTIVE_RATE` of its seats were active in the last 28 days;
- **upsell** (only when not at risk) when at least `UPSELL_UTILIZATION` of the contracted seats are
  taken and the account is not Bad, or at least `UPSELL_ACTIVE_RATE` of its seats are active.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

import pandas as pd
from pydantic import Field

from banso import i18n
from banso.i18n import gettext_ as _
from banso.paged import one_page, page_count
from banso.values import as_float, as_int, records

RISK_TREND = -2.0
RISK_ACTIVE_RATE = 0.2
UPSELL_UTILIZATION = 0.9
UPSELL_ACTIVE_RATE = 0.8


@dataclass(frozen=True)
class Reason:
    """One reason behind a flag, with the figure it rests on (the web translates `code`)."""

    code: str  # band_bad | falling | low_active | seats_full | high_active
    value: float | None = None


def seat_utilization(members: Any, seats: Any) -> float | None:
    if seats is None or pd.isna(seats) or not seats:
        return None
    return float(members) / float(seats)


def flag(row: dict[str, Any]) -> tuple[str | None, list[Reason]]:
    """('risk' | 'upsell' | None, reasons) for one facts row."""
    risk: list[Reason] = []
    if row.get("band") == "bad":
        risk.append(Reason("band_bad", _num(row.get("score"))))
    trend = _num(row.get("trend"))
    if trend is not None and trend <= RISK_TREND:
        risk.append(Reason("falling", trend))
    active = _num(row.get("active_rate"))
    if active is not None and active < RISK_ACTIVE_RATE:
        risk.append(Reason("low_active", active))
    if risk:
        return "risk", risk
    upsell: list[Reason] = []
    used = seat_utilization(row.get("members"), row.get("seats"))
    if used is not None and used >= UPSELL_UTILIZATION and row.get("band") != "bad":
        upsell.append(Reason("seats_full", used))
    if active is not None and active >= UPSELL_ACTIVE_RATE:
        upsell.append(Reason("high_active", active))
    return ("upsell", upsell) if upsell else (None, [])


def renewals(facts: pd.DataFrame, days: int = 90) -> list[dict[str, Any]]:
    """Live accounts renewing within `days` days of as_of, soonest first, each with its flag."""
    live = facts[(facts["status"].fillna("active") != "churned") & facts["days_to_renewal"].notna()]
    due = live[(live["days_to_renewal"] >= 0) & (live["days_to_renewal"] <= days)]
    due = due.sort_values(["days_to_renewal", "mrr", "account_id"], ascending=[True, False, True], kind="stable")
    out = []
    for row in records(due):
        kind, reasons = flag(row)
        row["seat_utilization"] = seat_utilization(row.get("members"), row.get("seats"))
        row["flag"] = kind
        row["reasons"] = reasons
        out.append(row)
    return out


def _num(value: Any) -> float | None:
    try:
        return as_float(value)
    except (TypeError, ValueError):
        return None


def describe(r: Reason) -> str:
    """A reason in the language being rendered (`banso.i18n.using`)."""
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


@dataclass(frozen=True)
class Renewal:
    month: Annotated[date, Field(description="the month it renews in (its first day)")]
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
    seat_utilization: Annotated[float | None, Field(description="members / contracted seats")]
    active_rate: float | None
    flag: Literal["risk", "upsell"] | None
    reasons: Annotated[list[str], Field(description="why the flag is set, in the asked language")]
    reason_codes: list[str]


@dataclass(frozen=True)
class RenewalMonth:
    """The renewals of one month among those listed (every page): how many, and the MRR they carry."""

    month: date
    accounts: int
    mrr: float
    mrr_at_risk: float


@dataclass(frozen=True)
class Renewals:
    as_of: date | None
    days: int
    flag: str | None
    mine: Annotated[bool, Field(description="only the accounts the signed-in person owns")]
    count: Annotated[int, Field(description="accounts listed (every page)")]
    mrr: Annotated[float, Field(description="Σ MRR renewing in the window")]
    mrr_at_risk: float
    mrr_upsell: float
    at_risk: Annotated[int, Field(description="accounts renewing in the window flagged as a risk")]
    upsell: Annotated[int, Field(description="accounts renewing in the window flagged for upsell")]
    months: Annotated[list[RenewalMonth], Field(description="the listed renewals per month, soonest first")]
    page: int
    pages: int
    per_page: int
    accounts: Annotated[list[Renewal], Field(description="this page's renewals, soonest first")]


def renewal_list(facts: pd.DataFrame, as_of: date | None, days: int = 90, only: str | None = None, *,
                 owners: Collection[str] | None = None, page: int = 1, per_page: int = 50) -> Renewals:
    """The renewals page: accounts renewing within `days` (of the `owners`, when given: "mine"), the MRR they
    carry, at risk and to upsell, and a page of those with the flag `only` (all when None), grouped by
    month; reasons in the language being rendered."""
    if owners is not None:
        facts = facts[facts["owner"].isin(list(owners))]
    items = []
    for r in renewals(facts, days):
        renewal = pd.Timestamp(r["renewal_date"]).date()
        items.append(Renewal(
            month=renewal.replace(day=1), account_id=r["account_id"], name=r["name"], tier=r["tier"], plan=r["plan"],
            owner=r["owner"], mrr=as_float(r["mrr"]), renewal_date=renewal, days_to_renewal=int(r["days_to_renewal"]),
            score=as_float(r["score"]), band=r["band"], trend=as_float(r["trend"]), members=int(r["members"] or 0),
            seats=as_int(r["seats"]), seat_utilization=r["seat_utilization"], active_rate=as_float(r["active_rate"]),
            flag=r["flag"], reasons=[describe(x) for x in r["reasons"]], reason_codes=[x.code for x in r["reasons"]],
        ))
    shown = [i for i in items if only is None or i.flag == only]
    months: dict[date, list[Renewal]] = {}
    for i in shown:
        months.setdefault(i.month, []).append(i)
    pages = page_count(len(shown), per_page)
    return Renewals(
        as_of=as_of, days=days, flag=only, mine=owners is not None, count=len(shown),
        mrr=sum(i.mrr or 0 for i in items), mrr_at_risk=sum(i.mrr or 0 for i in items if i.flag == "risk"),
        mrr_upsell=sum(i.mrr or 0 for i in items if i.flag == "upsell"),
        at_risk=sum(i.flag == "risk" for i in items), upsell=sum(i.flag == "upsell" for i in items),
        months=[RenewalMonth(month=m, accounts=len(rs), mrr=sum(r.mrr or 0 for r in rs),
                             mrr_at_risk=sum(r.mrr or 0 for r in rs if r.flag == "risk"))
                for m, rs in sorted(months.items())],
        page=page, pages=pages, per_page=per_page, accounts=one_page(shown, page, per_page),
    )
