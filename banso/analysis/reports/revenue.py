"""`revenue`: MRR movements per month and GRR / NRR overall, by tier, plan and band at the start."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from pydantic import Field

from banso.analysis.reports.base import Report, ReportSpec, RunContext, Table, View
from banso.i18n import N_
from banso.i18n import gettext_ as _
from banso.values import as_float, records

PARTIAL_BANDS = N_("the bands at the start come from the snapshot of %(day)s, which counted over windows reaching "
                   "before the first event: they read low, so the figures by band say little")
GROUPINGS = {"all": N_("all accounts"), "tier": N_("tier"), "plan": N_("plan"), "band": N_("band at the start")}


class RevenueSpec(ReportSpec):
    kind: Literal["revenue"] = "revenue"
    start: date | None = Field(None, description="first month (default: twelve months before the last)")
    end: date | None = Field(None, description="last month (default: the last month of revenue)")


@dataclass(frozen=True)
class RetentionRow:
    by: Annotated[str, Field(description="all, tier, plan or band (the band at the start)")]
    group: str
    accounts: int
    mrr_start: float
    mrr_end: float
    grr: float | None
    nrr: float | None
    gross_revenue_churn: Annotated[float | None, Field(description="1 − GRR")]


@dataclass(frozen=True)
class Movement:
    month: date
    mrr: float | None
    new: float | None
    expansion: float | None
    contraction: float | None
    churn: float | None


@dataclass(frozen=True)
class RevenueResult:
    start: date
    end: date
    retention: Annotated[list[RetentionRow], Field(description="overall first, then by tier, plan and band")]
    movements: list[Movement]
    band_as_of: Annotated[date | None, Field(description="the snapshot the bands at the start come from")]
    bands_partial: Annotated[bool, Field(description="that snapshot counted over windows before the first event")]


class Revenue(Report[RevenueSpec, RevenueResult]):
    kind = "revenue"
    title = "Revenue retention"
    spec = RevenueSpec
    result = RevenueResult

    def run(self, ctx: RunContext, spec: RevenueSpec) -> RevenueResult:
        from banso.analysis.evidence.revenue import revenue_report

        r = revenue_report(ctx.store, spec.start, spec.end, ctx.health)
        groups = [("all", r.overall), *((by, g) for by, gs in r.by.items() for g in gs)]
        return RevenueResult(
            start=r.start, end=r.end,
            retention=[RetentionRow(by=by, group=g.group, accounts=g.accounts, mrr_start=g.mrr_start,
                                    mrr_end=g.mrr_end, grr=g.grr, nrr=g.nrr, gross_revenue_churn=g.gross_revenue_churn)
                       for by, g in groups],
            movements=[Movement(month=m["month"] if isinstance(m["month"], date) else m["month"].date(),
                                **{k: as_float(m[k]) for k in ("mrr", "new", "expansion", "contraction", "churn")})
                       for m in records(r.movements)],
            band_as_of=r.band_as_of, bands_partial=r.bands_partial,
        )

    def view(self, result: RevenueResult, language: str = "en") -> View:
        """Read under `i18n.using(language)` (the command line and the files do)."""
        notes = [_("note: %(text)s") % {"text": _(PARTIAL_BANDS) % {"day": result.band_as_of}}] if result.bands_partial else []
        return View(
            headline=_("Revenue retention %(start)s → %(end)s") % {"start": f"{result.start:%Y-%m}",
                                                                    "end": f"{result.end:%Y-%m}"},
            tables=[
                Table(_("Retention"), [_("by"), _("group"), _("number of accounts"), _("MRR start"), _("MRR end"), "GRR", "NRR",
                                       _("gross revenue churn")],
                      [[_(GROUPINGS.get(x.by, x.by)), _(x.group.capitalize()) if x.by == "band" else
                        (_(GROUPINGS["all"]) if x.by == "all" else x.group), x.accounts, x.mrr_start, x.mrr_end,
                        x.grr, x.nrr, x.gross_revenue_churn]
                       for x in result.retention], ["", "", "", "", "", "pct", "pct", "pct"]),
                Table(_("MRR movements"), [_("month"), "MRR", _("new"), _("expansion"), _("contraction"), _("churn")],
                      [[f"{m.month:%Y-%m}", m.mrr, m.new, m.expansion, m.contraction, m.churn]
                       for m in result.movements]),
            ],
            notes=notes,
        )
