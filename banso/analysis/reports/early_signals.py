"""`early-signals`: which behaviours in the first days go with trial conversion or N-month retention."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from banso import event_names
from banso.analysis.evidence.early_signals import EarlySignals
from banso.analysis.reports.base import Report, ReportSpec, RunContext, Table, View, pct
from banso.i18n import N_
from banso.i18n import gettext_ as _

CAUTION = N_("Association, not effect: customers who were going to stay may simply do more of everything. A trial is "
             "read before its contract began: what it did once it had signed is no sign of converting.")


def behaviour_label(key: str, milestones: dict[str, str], days: int, invite_days: int) -> str:
    """An early behaviour in the language being rendered (`banso.i18n.using`); `milestones`: event -> name, other
    events by their names for people (`banso.event_names.using`)."""
    from banso.analysis.evidence.early_signals import active_days

    kind, _sep, name = key.partition(":")
    if kind == "invited":
        return _("invited a member within %(n)s days") % {"n": invite_days}
    if kind == "event" and name in milestones:
        return _("reached “%(step)s” within %(n)s days") % {"step": milestones[name], "n": days}
    if kind == "event":
        return _("“%(event)s” within %(n)s days") % {"event": event_names.shown(name), "n": days}
    if kind == "touchpoint":
        return _("touchpoint “%(kind)s” within %(n)s days") % {"kind": _(name), "n": days}
    return _("active on %(k)s+ of the first %(n)s days") % {"k": active_days(days), "n": days}


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
        """Read under `i18n.using(language)` (the command line and the files do)."""
        what = _("converted") if r.outcome == "conversion" else _("stayed %(n)s months") % {"n": r.horizon_months}
        names = {event: labels.get(language) or event for event, labels in r.milestones.items()}
        return View(
            headline=_("Early behaviours: %(n)s accounts, %(rate)s %(what)s") % {
                "n": f"{r.cohort:,}", "rate": pct(r.rate), "what": what},
            tables=[Table(
                _("Behaviours"), [_("in the first days"), _("key"), _("did"), _("%(what)s (did)") % {"what": what},
                                  _("did not"), _("%(what)s (did not)") % {"what": what}, _("difference"), _("low"),
                                  _("high"), "p"],
                [[behaviour_label(b.key, names, r.days, r.invite_days), b.key, b.did, b.did_rate, b.did_not,
                  b.did_not_rate, b.difference, b.low, b.high, b.p] for b in r.behaviours],
                ["", "", "", "pct", "", "pct", "pct", "pct", "pct", ""])],
            notes=[_(CAUTION)],
        )
