"""Renewals: accounts whose contract renews in the next N days, each with a risk or upsell flag and why.

The flags are rules over the accounts facts (see `account_list.account_facts`), so a CSM can read
the reason and check it on the account page:

- **risk** when the account is in the Bad band, its score falls by `RISK_TREND` points a week or more,
  or fewer than `RISK_ACTIVE_RATE` of its seats were active in the last 28 days;
- **upsell** (only when not at risk) when at least `UPSELL_UTILIZATION` of the contracted seats are
  taken and the account is not Bad, or at least `UPSELL_ACTIVE_RATE` of its seats are active.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

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
    for row in due.astype(object).where(due.notna(), None).to_dict("records"):
        kind, reasons = flag(row)
        row["seat_utilization"] = seat_utilization(row.get("members"), row.get("seats"))
        row["flag"] = kind
        row["reasons"] = reasons
        out.append(row)
    return out


def _num(value: Any) -> float | None:
    if value is None or value is pd.NA:
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return None if v != v else v
