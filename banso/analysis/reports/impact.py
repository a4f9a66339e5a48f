"""`impact`: did a touchpoint change what customers do? Event study, naive change, difference-in-differences."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, ClassVar, Literal

from pydantic import Field

from banso.analysis.reports.base import Report, ReportSpec, RunContext, Table, View, num, pct
from banso.i18n import N_
from banso.i18n import gettext_ as _
from banso.values import as_float, records

NOTES = {
    "naive_biased": N_("The naive before/after change lies outside the DiD interval: it is biased by who receives "
                       "the touchpoint (selection) or by a trend every account shared."),
    "pre_trend": N_("The placebo finds an 'effect' before t0: the groups were drifting apart already; trust the "
                    "estimate less."),
    "few_treated": N_("Fewer than 10 treated accounts: the estimate is fragile."),
    "never_treated": N_("No account was treated later, so the controls are accounts never treated, who may be a "
                        "different kind of customer."),
    "co_treated": N_("Playbooks act on some of the same accounts: the weeks an account is in a playbook (from its "
                     "enrolment week for the playbook's measured weeks or its exit days, whichever is longer) are "
                     "left out, %(weeks)s account-weeks of %(treated)s treated and %(controls)s control accounts, so "
                     "the playbook's effect is not counted as the touchpoint's."),
}


class ImpactReportSpec(ReportSpec):
    kind: Literal["impact"] = "impact"
    touchpoint: str = Field(min_length=1, max_length=64, description="the touchpoint kind, e.g. cs_meeting")
    campaign: str | None = Field(None, max_length=200, description="only touchpoints of this campaign")
    proposed_feature: bool = Field(False, description="measure the use of the feature each touchpoint proposed")
    events: tuple[str, ...] = Field((), description="the metric's events (empty: every qualifying event)")
    metric: Literal["events", "score"] = "events"
    weeks: int = Field(8, ge=2, le=26, description="weeks on each side of the touchpoint")


@dataclass(frozen=True)
class StudyWeek:
    week: Annotated[int, Field(description="weeks relative to the touchpoint")]
    treated: float | None
    control: float | None


@dataclass(frozen=True)
class Unit:
    account_id: str
    t0: date
    feature: str | None
    before: float
    after: float


@dataclass(frozen=True)
class ImpactResult:
    kind: str
    campaign: str | None
    proposed_feature: bool
    metric: Annotated[str, Field(description="what was measured, in English")]
    weeks: int
    treated: int
    controls: int
    controls_from: Annotated[str, Field(description="later_treated or never_treated")]
    naive: Annotated[float | None, Field(description="after − before on the treated")]
    did: Annotated[float | None, Field(description="difference-in-differences against matched controls")]
    did_low: float | None
    did_high: float | None
    relative: Annotated[float | None, Field(description="did ÷ the treated's counterfactual level after t0")]
    placebo: float | None
    placebo_p: float | None
    notes: Annotated[list[str], Field(description="naive_biased, pre_trend, few_treated, never_treated, co_treated")]
    event_study: list[StudyWeek]
    units: list[Unit]
    co_treated: Annotated[int, Field(description="treated accounts with weeks left out (or left out): in a "
                                                 "playbook around t0")] = 0
    co_treated_controls: Annotated[int, Field(description="control accounts with weeks left out: in a playbook")] = 0
    co_treated_weeks: Annotated[int, Field(description="account-weeks left out: in a playbook")] = 0


class Impact(Report[ImpactReportSpec, ImpactResult]):
    kind = "impact"
    title = "Impact of a touchpoint"
    spec = ImpactReportSpec
    result = ImpactResult
    reads_app_state: ClassVar[bool] = True  # recorded playbook enrolments are co-treatments

    def run(self, ctx: RunContext, spec: ImpactReportSpec) -> ImpactResult:
        from banso.analysis.evidence.impact import ImpactSpec, impact, playbook_periods

        design = ImpactSpec(spec.touchpoint, spec.campaign, spec.proposed_feature, spec.events, spec.metric, spec.weeks)
        r = impact(ctx.store, ctx.config, design, playbook_periods(ctx.enrollments(), ctx.config.playbooks))
        return ImpactResult(
            kind=spec.touchpoint, campaign=spec.campaign, proposed_feature=spec.proposed_feature, metric=design.label(),
            weeks=spec.weeks, treated=r.treated, controls=r.controls, controls_from=r.controls_from, naive=r.naive,
            did=r.did, did_low=r.did_low, did_high=r.did_high, relative=r.relative, placebo=r.placebo,
            placebo_p=r.placebo_p, notes=list(r.notes),
            event_study=[StudyWeek(week=int(w["week"]), treated=as_float(w["treated"]), control=as_float(w["control"]))
                         for w in records(r.event_study)],
            units=[Unit(u.account_id, u.t0, u.feature, u.before, u.after) for u in r.units],
            co_treated=r.co_treated, co_treated_controls=r.co_treated_controls, co_treated_weeks=r.co_treated_weeks,
        )

    def view(self, result: ImpactResult, language: str = "en") -> View:
        """Read under `i18n.using(language)` (the command line and the files do)."""
        interval = f"[{num(result.did_low)}, {num(result.did_high)}]"
        controls = {"later_treated": _("treated later"), "never_treated": _("never treated")}
        return View(
            headline=_("Impact of %(kind)s on %(metric)s: %(treated)s treated accounts, %(controls)s matched controls "
                       "(%(source)s)") % {"kind": _(result.kind), "metric": _(result.metric),
                                          "treated": result.treated, "controls": result.controls,
                                          "source": controls.get(result.controls_from, result.controls_from)},
            tables=[
                Table(_("Event study (means per week around t0)"), [_("week"), _("treated"), _("controls")],
                      [[w.week, w.treated, w.control] for w in result.event_study], ["", "num", "num"]),
                Table(_("Estimates"), [_("estimate"), _("value"), _("95% interval")], [
                    [_("naive after − before"), num(result.naive), ""],
                    [_("difference-in-differences"), num(result.did), interval],
                    [_("relative to the counterfactual"), pct(result.relative), ""],
                    [_("placebo (before t0)"), num(result.placebo), f"p = {num(result.placebo_p, 3)}"],
                ]),
            ],
            notes=[_(NOTES[n]) % {"treated": result.co_treated, "controls": result.co_treated_controls,
                                  "weeks": result.co_treated_weeks}
                   if n == "co_treated" else _(NOTES[n]) for n in result.notes],
        )
