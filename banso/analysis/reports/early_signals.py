"""`early-signals`: which behaviours in the first days go with trial conversion or N-month retention."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from banso.analysis.evidence.early_signals import EarlySignals
from banso.analysis.reports.base import Report, ReportSpec, RunContext, Table, View, pct

CAUTION = ("Association, not effect: customers who were going to stay may simply do more of everything, and some "
           "touchpoints (onboarding) only happen to customers who already converted.")


class EarlySignalsSpec(ReportSpec):
    kind: Literal["early-signals"] = "early-signals"
    outcome: Literal["conversion", "retention"] = "conversion"
    days: int = Field(30, ge=1, le=365, description="the first days in which behaviours count")
    invite_days: int = Field(7, ge=1, le=365, description="invitations count within this many days (at most `days`)")
    horizon: int = Field(12, ge=1, le=60, description="retention: months a customer must stay")


class EarlySignalsReport(Report[EarlySignalsSpec, EarlySignals]):
    kind = "early-signals"
    title = "Early behaviours"
    spec = EarlySignalsSpec
    result = EarlySignals

    def run(self, ctx: RunContext, spec: EarlySignalsSpec) -> EarlySignals:
        from banso.analysis.evidence.early_signals import early_signals

        return early_signals(ctx.store, ctx.config, spec.outcome, days=spec.days, invite_days=spec.invite_days,
                             horizon_months=spec.horizon)

    def view(self, r: EarlySignals, language: str = "en") -> View:
        what = "converted" if r.outcome == "conversion" else f"stayed {r.horizon_months} months"
        return View(
            headline=f"Early behaviours: {r.cohort:,} accounts, {pct(r.rate)} {what}",
            tables=[Table(
                "Behaviours", ["in the first days", "key", "did", f"{what} (did)", "did not", f"{what} (did not)",
                               "difference", "low", "high", "p"],
                [[b.label, b.key, b.did, b.did_rate, b.did_not, b.did_not_rate, b.difference, b.low, b.high, b.p]
                 for b in r.behaviours],
                ["", "", "", "pct", "", "pct", "pct", "pct", "pct", ""])],
            notes=[CAUTION],
        )
