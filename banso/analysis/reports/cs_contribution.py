"""`cs-contribution`: LTV with and without CS support per tier, and what the difference adds up to."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from banso.analysis.evidence.cs_contribution import CsContribution
from banso.analysis.reports.base import Report, ReportSpec, RunContext, Table, View, num
from banso.analysis.reports.revenue import PARTIAL_BANDS
from banso.i18n import N_
from banso.i18n import gettext_ as _

CAVEAT = N_("Supported accounts differ from the rest (CS meets the accounts it owns and those in trouble): the gap "
            "is association. The adjusted figures compare with unsupported accounts of the same health mix.")


class CsContributionSpec(ReportSpec):
    kind: Literal["cs-contribution"] = "cs-contribution"
    start: date | None = Field(None, description="first month (default: twelve months before the last)")
    end: date | None = Field(None, description="last month (default: the last month of revenue)")


class CsContributionReport(Report[CsContributionSpec, CsContribution]):
    kind = "cs-contribution"
    title = "CS contribution"
    spec = CsContributionSpec
    result = CsContribution

    def run(self, ctx: RunContext, spec: CsContributionSpec) -> CsContribution:
        from banso.analysis.evidence.cs_contribution import cs_contribution

        return cs_contribution(ctx.store, ctx.config, spec.start, spec.end, ctx.health)

    def view(self, r: CsContribution, language: str = "en") -> View:
        """Read under `i18n.using(language)` (the command line and the files do)."""
        notes = [_(CAVEAT)] + ([_("Caution: %(text)s.") % {"text": _(PARTIAL_BANDS) % {"day": r.band_as_of}}]
                               if r.bands_partial else [])
        notes.append(_("total contribution %(total)s; adjusted for health %(adjusted)s") % {
            "total": num(r.contribution, 0), "adjusted": num(r.adjusted_contribution, 0)})
        return View(
            headline=_("CS contribution %(start)s → %(end)s (%(months)s months), support = at least %(n)s of %(kinds)s, "
                       "gross margin %(margin)s%%") % {
                "start": f"{r.start:%Y-%m}", "end": f"{r.end:%Y-%m}", "months": r.months, "n": r.min_touchpoints,
                "kinds": _(", ").join(_(k) for k in r.kinds), "margin": f"{100 * r.gross_margin:.0f}"},
            tables=[Table(
                _("By tier"),
                [_("tier"), _("supported"), _("supported churn/mo"), _("supported LTV"), _("unsupported"),
                 _("unsupported churn/mo"), _("unsupported LTV"), _("contribution"), _("adjusted churn/mo"),
                 _("adjusted LTV"), _("adjusted contribution")],
                [[t.tier, t.supported.accounts, t.supported.monthly_churn, t.supported.ltv, t.unsupported.accounts,
                  t.unsupported.monthly_churn, t.unsupported.ltv, t.contribution, t.adjusted_monthly_churn,
                  t.adjusted_ltv, t.adjusted_contribution] for t in r.tiers],
                ["", "", "pct", "", "", "pct", "", "", "pct", "", ""])],
            notes=notes,
        )
