"""Evidence pages: what CS work is worth and what the data holds — revenue retention, intervention impact,
CS contribution, early behaviours, the event inventory and data quality (the `banso report` reports).

Each page has its JSON twin under /api/evidence/…: the report's result (`banso.analysis.reports`),
computed once per data version and set of parameters, serialized by the report's one serializer for
the API, `banso report … --format json` and the page alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from banso import event_names
from banso.analysis.evidence.cs_contribution import MIN_GROUP, CsContribution
from banso.analysis.evidence.early_signals import EarlySignals
from banso.analysis.reports import (
    REPORTS,
    CsContributionSpec,
    DataQualitySpec,
    EarlySignalsSpec,
    EventsSpec,
    ImpactReportSpec,
    ReportSpec,
    RevenueSpec,
)
from banso.analysis.reports.data_quality import DataQualityResult
from banso.analysis.reports.early_signals import CAUTION, behaviour_label
from banso.analysis.reports.events import EventsResult
from banso.analysis.reports.impact import ImpactResult
from banso.analysis.reports.revenue import RevenueResult
from banso.errors import BansoError
from banso.i18n import DASH, day, money, number, percent, signed
from banso.i18n import gettext_ as _
from banso.web import charts_evidence as charts
from banso.web.deps import WorkspaceDep, get_workspace
from banso.web.render import localized, render, request_locale
from banso.web.security import CurrentUser
from banso.web.warm import computing
from banso.workspace import Workspace

router = APIRouter()
PAGES = ("revenue", "impact", "cs-contribution", "early-signals", "events", "data-quality")


class Computing(Exception):
    """The page's report is being computed in the background: the page says so and reloads."""


def _data(request: Request, ws: Workspace, spec: ReportSpec) -> dict[str, Any]:
    """A report's result as the API serves it (its one serializer), for the page to lay out; Computing while
    the background warm has not reached it yet."""
    if computing(request, ws.report_ready(spec)) is not None:
        raise Computing()
    return REPORTS[spec.kind].data(ws.report(spec))  # type: ignore[no-any-return]


def _per_day(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tracking problems per day over every source (the report counts them per source and day)."""
    days: dict[str, dict[str, Any]] = {}
    for r in rows:
        d = days.setdefault(r["day"], {"day": r["day"], "events": 0, "without_account": 0, "unknown_account": 0,
                                       "late": 0})
        for k in ("events", "without_account", "unknown_account", "late"):
            d[k] += r[k]
    return [days[k] for k in sorted(days)]


# -- JSON twins ------------------------------------------------------------------------------------
Weeks = Annotated[int, Query(ge=2, le=26, description="weeks on each side of the touchpoint")]
Metric = Annotated[Literal["events", "score", "feature"], Query(
    description="what is measured: qualifying events per week, the health score, or uses per week of the feature "
                "each touchpoint proposed (properties.proposed_feature)")]
Outcome = Annotated[Literal["conversion", "retention"], Query()]
Kind = Annotated[str, Query(min_length=1, max_length=64, description="the touchpoint kind, e.g. cs_meeting")]
Days = Annotated[int, Query(ge=1, le=365)]
Horizon = Annotated[int, Query(ge=1, le=60)]


@router.get("/api/evidence/revenue", response_model=RevenueResult, tags=["evidence"],
            summary="MRR movements and GRR / NRR by tier, plan and band")
def revenue_api(ws: WorkspaceDep, user: CurrentUser) -> RevenueResult:
    return ws.report(RevenueSpec())  # type: ignore[no-any-return]


@router.get("/api/evidence/impact", response_model=ImpactResult, tags=["evidence"],
            summary="Event study, naive change and difference-in-differences of a touchpoint kind")
def impact_api(ws: WorkspaceDep, user: CurrentUser, kind: Kind, metric: Metric = "events",
               weeks: Weeks = 8) -> ImpactResult:
    return ws.report(impact_spec(kind, metric, weeks))  # type: ignore[no-any-return]


def impact_spec(kind: str, metric: str, weeks: int) -> ImpactReportSpec:
    """The report's spec for what the page and the API measure (`feature`: the proposed feature's use)."""
    return ImpactReportSpec(touchpoint=kind, proposed_feature=metric == "feature",
                            metric="score" if metric == "score" else "events", weeks=weeks)


@router.get("/api/evidence/cs-contribution", response_model=CsContribution, tags=["evidence"],
            summary="LTV with and without CS support per tier")
def cs_contribution_api(ws: WorkspaceDep, user: CurrentUser) -> CsContribution:
    return ws.report(CsContributionSpec())  # type: ignore[no-any-return]


@router.get("/api/evidence/early-signals", response_model=EarlySignals, tags=["evidence"],
            summary="Early behaviours against trial conversion or N-month retention (association)")
def early_signals_api(ws: WorkspaceDep, user: CurrentUser, outcome: Outcome = "conversion", days: Days = 30,
                      invite_days: Days = 7, horizon: Horizon = 12) -> EarlySignals:
    spec = EarlySignalsSpec(outcome=outcome, days=days, invite_days=invite_days, horizon=horizon)
    return ws.report(spec)  # type: ignore[no-any-return]


@router.get("/api/evidence/events", response_model=EventsResult, tags=["evidence"],
            summary="The event inventory and the unused share of volume")
def events_api(ws: WorkspaceDep, user: CurrentUser) -> EventsResult:
    return ws.report(EventsSpec())  # type: ignore[no-any-return]


@router.get("/api/evidence/data-quality", response_model=DataQualityResult, tags=["evidence"],
            summary="Tracking problems per source and day")
def data_quality_api(ws: WorkspaceDep, user: CurrentUser) -> DataQualityResult:
    return ws.report(DataQualitySpec())  # type: ignore[no-any-return]


# -- pages -----------------------------------------------------------------------------------------
@router.get("/evidence", response_class=HTMLResponse, include_in_schema=False)
def evidence_index(request: Request, user: CurrentUser) -> HTMLResponse:
    return render(request, "evidence.html", report=None, reports=PAGES, as_of=get_workspace(request).as_of())


def _page(request: Request, report: str, build: Any, **context: Any) -> HTMLResponse:
    """A report page; a report the data cannot support yet shows why instead of numbers."""
    context["as_of"] = get_workspace(request).as_of()
    try:
        with localized(request):
            sections = build()
    except Computing:
        return computing(request, False) or render(request, "evidence.html", report=report, reports=PAGES,
                                                   sections=[], problem="", needs_plotly=False, **context)
    except BansoError as exc:
        with localized(request):
            problem = exc.text(_)
        return render(request, "evidence.html", report=report, reports=PAGES, sections=[], problem=problem,
                      needs_plotly=False, **context)
    return render(request, "evidence.html", report=report, reports=PAGES, sections=sections, needs_plotly=True,
                  **context)


def _section(title: str, reading: str, fig: dict[str, Any] | None = None, columns: list[str] | None = None,
             rows: list[list[str]] | None = None, notes: list[str] | None = None,
             text: tuple[int, ...] = (0,)) -> dict[str, Any]:
    """One chart with its reading and table; `text` are the columns of words, aligned left (the rest are numbers)."""
    return {"title": title, "reading": reading, "fig": fig, "columns": columns or [], "rows": rows or [],
            "notes": notes or [], "text": text}


@router.get("/evidence/revenue", response_class=HTMLResponse, include_in_schema=False)
def revenue_page(request: Request, ws: WorkspaceDep, user: CurrentUser) -> HTMLResponse:
    def build() -> list[dict[str, Any]]:
        d = _data(request, ws, RevenueSpec())
        overall = d["retention"][0]
        names = {"all": _("All"), "tier": _("Tier"), "plan": _("Plan"), "band": _("Band at the start")}
        rows = [[names.get(g["by"], g["by"]), _group(g["by"], str(g["group"])), number(g["accounts"]), money(g["mrr_start"]),
                 money(g["mrr_end"]), percent(g["grr"], 1), percent(g["nrr"], 1)] for g in d["retention"]]
        reading = _("From %(start)s to %(end)s the accounts kept %(grr)s of their MRR (GRR) and, with expansion, "
                    "grew it to %(nrr)s (NRR).") % {"start": d["start"][:7], "end": d["end"][:7],
                                                    "grr": percent(overall["grr"], 1), "nrr": percent(overall["nrr"], 1)}
        notes = [_("The bands at the start come from the snapshot of %(day)s, which counted over windows reaching "
                   "before the first event: they read low, so the figures by band say little.") % {
            "day": d["band_as_of"]}] if d["bands_partial"] else []
        return [_section(_("MRR movements per month"), reading, charts.mrr_movements(d["movements"]),
                         [_("By"), _("Group"), _("Accounts"), _("MRR at the start"), _("MRR at the end"), "GRR", "NRR"],
                         rows, notes, text=(0, 1))]

    return _page(request, "revenue", build)


def _used_by(used_by: str) -> str:
    """What in banso.yaml names an event, its keys as code (`key_actions`, `features`), or "nothing"."""
    return ", ".join(f"`{key.strip()}`" for key in used_by.split(",")) if used_by else _("nothing")


def _group(by: str, group: str) -> str:
    """A group of the revenue table in the reader's language: bands are words of the product, tiers and plans data."""
    if by == "band":
        return _("Not scored") if group in ("none", "") else _(group.capitalize())
    return _("All") if by == "all" else group


def impact_metric_label(metric: str) -> tuple[str, str]:
    """The measured metric in the reader's language: in a sentence, and short for a chart axis
    (the analysis names it in English for the CLI and the API: `ImpactSpec.label`)."""
    if metric == "score":
        return _("the health score"), _("Health score")
    if metric == "feature":
        return _("uses of the proposed feature per week"), _("Feature uses / week")
    return _("qualifying events per week"), _("Events / week")


@router.get("/evidence/impact", response_class=HTMLResponse, include_in_schema=False)
def impact_page(request: Request, ws: WorkspaceDep, user: CurrentUser,
                kind: Annotated[str | None, Query(max_length=64)] = None, metric: Metric | None = None,
                weeks: Weeks = 8) -> HTMLResponse:
    kinds = ws.touchpoint_kinds()
    chosen = kind or ("cs_meeting" if "cs_meeting" in kinds else (kinds[0] if kinds else ""))
    metric = metric or ("feature" if kind is None and chosen == "cs_meeting" else "events")

    def build() -> list[dict[str, Any]]:
        if not chosen:
            raise BansoError(_("No touchpoints yet: load tickets, meetings or mails with `banso load touchpoints FILE`."))
        d = _data(request, ws, impact_spec(chosen, metric, weeks))
        label, axis = impact_metric_label(metric)
        reading = _("Against matched accounts, %(kind)s changed %(metric)s by %(did)s (95%% interval %(low)s to "
                    "%(high)s); the naive before/after change says %(naive)s.") % {
            "kind": _(chosen), "metric": label, "did": signed(d["did"], 2), "low": signed(d["did_low"], 2),
            "high": signed(d["did_high"], 2), "naive": signed(d["naive"], 2)}
        notes = [_NOTES[n](d) for n in d["notes"]]
        rows = [[_("Treated accounts"), number(d["treated"])], [_("Matched control accounts"), number(d["controls"])],
                [_("Naive after − before"), signed(d["naive"], 2)],
                [_("Difference-in-differences"), f"{signed(d['did'], 2)} [{signed(d['did_low'], 2)}, {signed(d['did_high'], 2)}]"],
                [_("Relative to the counterfactual"), percent(d["relative"], 1)],
                [_("Placebo before the touchpoint"), f"{signed(d['placebo'], 2)} (p = {number(d['placebo_p'], 3)})"]]
        return [_section(_("Before and after the touchpoint"), reading, charts.event_study(d["event_study"], axis),
                         [_("Estimate"), _("Value")], rows, notes)]

    return _page(request, "impact", build, kinds=kinds, kind=chosen, metric=metric, weeks=weeks)


_NOTES: dict[str, Callable[[dict[str, Any]], str]] = {
    "naive_biased": lambda d: _("The naive change lies outside the interval: who gets the touchpoint, or a trend every "
                              "account shared, inflates it."),
    "pre_trend": lambda d: _("The placebo finds a difference before the touchpoint: the groups were drifting apart "
                           "already; trust the estimate less."),
    "few_treated": lambda d: _("Fewer than 10 treated accounts: the estimate is fragile."),
    "never_treated": lambda d: _("No account was treated later, so the controls are accounts never treated, who "
                                 "may be a different kind of customer."),
    "co_treated": lambda d: _("A playbook worked on some of the same accounts at the same time. So that its effect is "
                              "not counted as the touchpoint's, the weeks they were enrolled are left out: "
                              "%(weeks)s account-weeks of %(treated)s treated and %(controls)s control accounts.") % {
        "weeks": number(d["co_treated_weeks"]), "treated": number(d["co_treated"]),
        "controls": number(d["co_treated_controls"])},
}


@router.get("/evidence/cs-contribution", response_class=HTMLResponse, include_in_schema=False)
def cs_contribution_page(request: Request, ws: WorkspaceDep, user: CurrentUser) -> HTMLResponse:
    def build() -> list[dict[str, Any]]:
        d = _data(request, ws, CsContributionSpec())
        rows = [[t["tier"], number(t["supported"]["accounts"]), percent(t["supported"]["monthly_churn"], 2),
                 money(t["supported"]["ltv"]), number(t["unsupported"]["accounts"]),
                 percent(t["unsupported"]["monthly_churn"], 2), money(t["unsupported"]["ltv"]),
                 money(t["contribution"]), money(t["adjusted_contribution"])] for t in d["tiers"]]
        reading = _("CS contribution over %(months)s months: %(total)s in lifetime value (%(adjusted)s when compared "
                    "with unsupported accounts of the same health).") % {
            "months": d["months"], "total": money(d["contribution"]), "adjusted": money(d["adjusted_contribution"])}
        notes = [_("The bands at the start come from the snapshot of %(day)s, which counted over windows reaching "
                   "before the first event: they read low, so the figures by band say little.") % {
            "day": d["band_as_of"]}] if d["bands_partial"] else []
        notes += [_("Supported accounts differ from the rest (CS meets the accounts it owns and those in trouble): "
                    "the gap is association, not proof."),
                 _("Support = at least %(n)s of %(kinds)s in the period; gross margin %(margin)s (`evidence:` in "
                   "`banso.yaml`).") % {"n": d["min_touchpoints"], "kinds": _(", ").join(_(k) for k in d["kinds"]),
                                      "margin": percent(d["gross_margin"])}]
        return [_section(_("Churn with and without CS support"), reading, charts.churn_by_support(d["tiers"], MIN_GROUP),
                         [_("Tier"), _("Supported"), _("Churn / month"), "LTV", _("Unsupported"), _("Churn / month"),
                          "LTV", _("Contribution"), _("At equal health")], rows, notes)]

    return _page(request, "cs-contribution", build)


@router.get("/evidence/early-signals", response_class=HTMLResponse, include_in_schema=False)
def early_signals_page(request: Request, ws: WorkspaceDep, user: CurrentUser, outcome: Outcome = "conversion",
                       days: Days = 30, invite_days: Days = 7, horizon: Horizon = 12) -> HTMLResponse:
    def build() -> list[dict[str, Any]]:
        d = _data(request, ws, EarlySignalsSpec(outcome=outcome, days=days, invite_days=invite_days, horizon=horizon))
        milestones = {event: names[request_locale(request)] for event, names in d["milestones"].items()}
        d = {**d, "behaviours": [{**b, "label": behaviour_label(b["key"], milestones, d["days"], d["invite_days"])}
                                 for b in d["behaviours"]]}
        judged = [b for b in d["behaviours"] if b["difference"] is not None]
        top = judged[0] if judged else None
        reading = (_("Of %(n)s accounts, %(rate)s reached the outcome; “%(label)s” goes with the largest difference: "
                     "%(a)s against %(b)s.") % {"n": number(d["cohort"]), "rate": percent(d["rate"], 1),
                                                "label": top["label"], "a": percent(top["did_rate"], 1),
                                                "b": percent(top["did_not_rate"], 1)}) if top else _("No behaviour is "
                                                                                                    "common enough to judge.")
        rows = [[b["label"], number(b["did"]), percent(b["did_rate"], 1), number(b["did_not"]),
                 percent(b["did_not_rate"], 1),
                 (_("too rare") if b["did"] <= b["did_not"] else _("done by nearly all")) if b["difference"] is None
                 else f"{signed(100 * b['difference'], 1)} pt",
                 "" if b["low"] is None else f"[{signed(100 * b['low'], 1)}, {signed(100 * b['high'], 1)}]"]
                for b in d["behaviours"]]
        notes = [_(CAUTION)]
        return [_section(_("Early behaviours and what became of the accounts"), reading,
                         charts.behaviour_forest(d["behaviours"]),
                         [_("In the first days"), _("Did"), _("Rate"), _("Did not"), _("Rate"), _("Difference"),
                          _("Interval (95%)")], rows, notes)]

    return _page(request, "early-signals", build, outcome=outcome, days=days, invite_days=invite_days, horizon=horizon)


@router.get("/evidence/events", response_class=HTMLResponse, include_in_schema=False)
def events_page(request: Request, ws: WorkspaceDep, user: CurrentUser) -> HTMLResponse:
    def build() -> list[dict[str, Any]]:
        d = _data(request, ws, EventsSpec())
        reading = _("%(share)s of the %(total)s events have names nothing in `banso.yaml` uses: tracking you pay for "
                    "without reading it.") % {"share": percent(d["unused_share"], 1), "total": number(d["total"])}
        rows = [[r["event"], event_names.shown(r["event"]) if event_names.labelled(r["event"]) else DASH,
                 number(r["events"]), percent(r["share"], 2), number(r["accounts"]), number(r["users"]),
                 _seen(r["first_seen"]), _seen(r["last_seen"]), _used_by(r["used_by"])] for r in d["events"]]
        unused = {r["event"] for r in d["events"] if not r["used_by"]}
        months: dict[str, list[int]] = {}
        for r in d["monthly"]:
            total_used = months.setdefault(str(r["month"])[:7], [0, 0])
            total_used[1 if r["event"] in unused else 0] += int(r["events"])
        per_month = [{"month": m, "used": u, "unused": n} for m, (u, n) in sorted(months.items())]
        monthly_rows = [[m, number(u + n), number(n), percent(n / (u + n) if u + n else 0, 1)]
                        for m, (u, n) in sorted(months.items(), reverse=True)]
        full = sorted(months.items())[:-1] or sorted(months.items())  # the last month is usually partial
        monthly_reading = (_("In %(month)s, %(unused)s of %(total)s events had names nothing uses.") % {
            "month": full[-1][0], "unused": number(full[-1][1][1]), "total": number(sum(full[-1][1]))}
            if full else _("No events yet."))
        return [_section(_("Event inventory"), reading, charts.event_shares(d["events"]),
                         [_("Event"), _("Shown as"), _("Events"), _("Share"), _("Accounts"), _("Users"),
                          _("First seen"), _("Last seen"), _("Used by")], rows, text=(0, 1, 8)),
                _section(_("Events per month"), monthly_reading, charts.monthly_volume(per_month),
                         [_("Month"), _("Events"), _("Unused"), _("Share")], monthly_rows)]

    return _page(request, "events", build)


def _seen(value: object) -> str:
    """A first or last receipt as a day (the inventory's JSON gives the instant)."""
    return day(str(value)[:10]) if value else DASH


@router.get("/evidence/data-quality", response_class=HTMLResponse, include_in_schema=False)
def data_quality_page(request: Request, ws: WorkspaceDep, user: CurrentUser) -> HTMLResponse:
    def build() -> list[dict[str, Any]]:
        d = _data(request, ws, DataQualitySpec())
        t = d["totals"]
        reading = _("Of %(events)s events, %(none)s have no account, %(unknown)s name an unknown account and %(late)s "
                    "arrived over a day late; %(lonely)s users belong to no account.") % {
            "events": number(t["events"]), "none": number(t["without_account"]),
            "unknown": number(t["unknown_account"]), "late": number(t["late"]),
            "lonely": number(t["users_without_membership"])}
        rows = [[str(r["source"]), number(r["events"]), number(r["without_account"]), number(r["unknown_account"]),
                 number(r["late"])] for r in d["per_source"]]
        return [_section(_("Tracking problems per day"), reading, charts.quality_per_day(_per_day(d["per_day"])),
                         [_("Source"), _("Events"), _("Without an account"), _("Unknown account"),
                          _("Late (over a day)")], rows)]

    return _page(request, "data-quality", build)
