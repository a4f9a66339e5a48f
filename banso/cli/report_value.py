"""`banso report impact | cs-contribution | early-signals`: what CS work changes, and what it is worth."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from banso.cli.common import WorkspaceOption, console, open_workspace
from banso.cli.report_cmds import ReportFormat, emit, html_page, report_app
from banso.cli.report_evidence import PARTIAL_BANDS
from banso.csv_cells import frame_csv

if TYPE_CHECKING:
    from banso.health.engine import ActiveModel
    from banso.workspace import Workspace

NOTES = {
    "naive_biased": "The naive before/after change lies outside the DiD interval: it is biased by who receives "
                    "the touchpoint (selection) or by a trend every account shared.",
    "pre_trend": "The placebo finds an 'effect' before t0: the groups were drifting apart already; trust the "
                 "estimate less.",
    "few_treated": "Fewer than 10 treated accounts: the estimate is fragile.",
    "never_treated": "No account was treated later, so the controls are accounts never treated, who may be a "
                     "different kind of customer.",
}


def _pct(v: float | None) -> str:
    return "—" if v is None or v != v else f"{100 * v:.1f}%"


def _num(v: float | None, digits: int = 2) -> str:
    return "—" if v is None or v != v else f"{v:,.{digits}f}"


@report_app.command("impact")
def impact_cmd(
    kind: Annotated[str, typer.Argument(help="Touchpoint kind, e.g. cs_meeting, seminar, support_ticket.")],
    workspace: WorkspaceOption = None,
    proposed_feature: Annotated[bool, typer.Option("--proposed-feature", help="Measure the use of the feature "
                                                   "each touchpoint proposed (properties.proposed_feature).")] = False,
    campaign: Annotated[str | None, typer.Option(help="Only touchpoints of this campaign (properties.campaign).")] = None,
    event: Annotated[list[str] | None, typer.Option("--event", help="Metric: these events per week (repeat). "
                                                    "Default: every qualifying event.")] = None,
    metric: Annotated[str, typer.Option(help="events (default) or score (the health score).")] = "events",
    weeks: Annotated[int, typer.Option(min=2, max=26, help="Weeks on each side of the touchpoint.")] = 8,
    fmt: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """Did a touchpoint change what customers do? Event study, naive change and difference-in-differences.

    Example: `banso report impact cs_meeting --proposed-feature`, `banso report impact seminar --weeks 6`
    """
    from banso.analysis.evidence.impact import ImpactSpec, impact
    from banso.errors import ConfigError

    if metric not in ("events", "score"):
        raise ConfigError(f"--metric must be events or score, not {metric!r}")
    spec = ImpactSpec(kind, campaign, proposed_feature, tuple(event or ()), metric, weeks)  # type: ignore[arg-type]
    with open_workspace(workspace) as ws:
        r = impact(ws.store, ws.config, spec)
    summary = {"kind": kind, "metric": spec.label(), "weeks": weeks, "treated": r.treated, "controls": r.controls,
               "controls_from": r.controls_from, "naive": r.naive, "did": r.did, "did_low": r.did_low,
               "did_high": r.did_high, "relative": r.relative, "placebo": r.placebo, "placebo_p": r.placebo_p,
               "notes": [NOTES[n] for n in r.notes]}
    study = r.event_study
    if fmt is ReportFormat.table and output is None:
        console.print(f"[bold]Impact of {kind}[/] on {spec.label()}: {r.treated} treated accounts, "
                      f"{r.controls} matched controls ({r.controls_from.replace('_', ' ')})")
        t = Table("estimate", "value", "95% interval")
        t.add_row("naive after − before", _num(r.naive), "")
        t.add_row("difference-in-differences", _num(r.did), f"[{_num(r.did_low)}, {_num(r.did_high)}]")
        t.add_row("relative to the counterfactual", _pct(r.relative), "")
        t.add_row("placebo (before t0)", _num(r.placebo), f"p = {_num(r.placebo_p, 3)}")
        console.print(t)
        e = Table("week", "treated", "controls", title="Event study (means per week around t0)")
        for row in study.itertuples(index=False):
            e.add_row(str(row.week), _num(row.treated), _num(row.control))
        console.print(e)
        for n in r.notes:
            console.print(f"[yellow]•[/] {NOTES[n]}")
        return
    if fmt is ReportFormat.json:
        text = json.dumps({**summary, "event_study": json.loads(study.to_json(orient="records")),
                           "units": [{**dataclasses.asdict(u), "t0": str(u.t0)} for u in r.units]},
                          ensure_ascii=False, indent=1)
    elif fmt is ReportFormat.html:
        import pandas as pd

        text = html_page(f"Impact of {kind} on {spec.label()}", [
            ("", pd.DataFrame([{k: v for k, v in summary.items() if k != "notes"}])),
            *(("", NOTES[n]) for n in r.notes),
            ("Event study", study)])
    else:
        text = frame_csv(study)
    emit(text, output)


@report_app.command("cs-contribution")
def cs_contribution_cmd(
    workspace: WorkspaceOption = None,
    start: Annotated[datetime | None, typer.Option("--from", formats=["%Y-%m"], help="Start month (YYYY-MM).")] = None,
    end: Annotated[datetime | None, typer.Option("--to", formats=["%Y-%m"], help="End month (YYYY-MM).")] = None,
    fmt: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """LTV with and without CS support per tier, and CS contribution = Σ (LTV gap × supported accounts).

    CS support and gross margin come from `evidence:` in banso.yaml. Example: `banso report cs-contribution`
    """
    from banso.analysis.evidence.cs_contribution import cs_contribution

    with open_workspace(workspace) as ws:
        r = cs_contribution(ws.store, ws.config, start.date() if start else None, end.date() if end else None,
                            _health(ws))
    rows = [{"tier": t.tier, **{f"supported_{k}": v for k, v in dataclasses.asdict(t.supported).items()},
             **{f"unsupported_{k}": v for k, v in dataclasses.asdict(t.unsupported).items()},
             "contribution": t.contribution, "adjusted_monthly_churn": t.adjusted_monthly_churn,
             "adjusted_ltv": t.adjusted_ltv, "adjusted_contribution": t.adjusted_contribution} for t in r.tiers]
    caveat = ("Supported accounts differ from the rest (CS meets the accounts it owns and those in trouble): the "
              "gap is association. The adjusted figures compare with unsupported accounts of the same health mix.")
    if r.bands_partial:
        caveat += f" Caution: {PARTIAL_BANDS.format(day=r.band_as_of)}."
    head = (f"CS contribution {r.start:%Y-%m} → {r.end:%Y-%m} ({r.months} months), support = ≥ {r.min_touchpoints} "
            f"of {', '.join(r.kinds)}, gross margin {100 * r.gross_margin:.0f}%")
    if fmt is ReportFormat.table and output is None:
        console.print(f"[bold]{head}[/]")
        t = Table("tier", "supported", "churn/mo", "LTV", "unsupported", "churn/mo", "LTV", "contribution",
                  "adjusted")
        for x in r.tiers:
            t.add_row(x.tier, f"{x.supported.accounts:,}", _pct(x.supported.monthly_churn), _num(x.supported.ltv, 0),
                      f"{x.unsupported.accounts:,}", _pct(x.unsupported.monthly_churn), _num(x.unsupported.ltv, 0),
                      _num(x.contribution, 0), _num(x.adjusted_contribution, 0))
        console.print(t)
        console.print(f"total contribution {_num(r.contribution, 0)}; adjusted for health {_num(r.adjusted_contribution, 0)}")
        console.print(f"[yellow]•[/] {caveat}")
        return
    if fmt is ReportFormat.json:
        text = json.dumps({"start": str(r.start), "end": str(r.end), "months": r.months, "kinds": r.kinds,
                           "min_touchpoints": r.min_touchpoints, "gross_margin": r.gross_margin,
                           "contribution": r.contribution, "adjusted_contribution": r.adjusted_contribution,
                           "caveat": caveat, "bands_partial": r.bands_partial,
                           "band_as_of": None if r.band_as_of is None else str(r.band_as_of), "tiers": rows}, ensure_ascii=False, indent=1)
    elif fmt is ReportFormat.html:
        import pandas as pd

        text = html_page(head, [("", pd.DataFrame(rows)), ("", caveat)])
    else:
        import pandas as pd

        text = frame_csv(pd.DataFrame(rows))
    emit(text, output)


@report_app.command("early-signals")
def early_signals_cmd(
    workspace: WorkspaceOption = None,
    outcome: Annotated[str, typer.Option(help="conversion (trials) or retention (contracts).")] = "conversion",
    days: Annotated[int, typer.Option(min=1, max=365, help="The first days in which behaviours count.")] = 30,
    invite_days: Annotated[int, typer.Option(min=1, max=365, help="Invitations count within this many days.")] = 7,
    horizon: Annotated[int, typer.Option(min=1, max=60, help="Retention: months a customer must stay.")] = 12,
    fmt: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """Which behaviours in the first days go with trial conversion or N-month retention (association).

    Example: `banso report early-signals --outcome conversion --invite-days 7`
    """
    from banso.analysis.evidence.early_signals import early_signals
    from banso.errors import ConfigError

    if outcome not in ("conversion", "retention"):
        raise ConfigError(f"--outcome must be conversion or retention, not {outcome!r}")
    with open_workspace(workspace) as ws:
        r = early_signals(ws.store, ws.config, outcome, days=days, invite_days=invite_days,  # type: ignore[arg-type]
                          horizon_months=horizon)
    rows = [dataclasses.asdict(b) for b in r.behaviours]
    what = "converted" if outcome == "conversion" else f"stayed {horizon} months"
    caution = ("Association, not effect: customers who were going to stay may simply do more of everything, and "
               "some touchpoints (onboarding) only happen to customers who already converted.")
    if fmt is ReportFormat.table and output is None:
        console.print(f"[bold]Early behaviours[/]: {r.cohort:,} accounts, {_pct(r.rate)} {what}")
        t = Table("in the first days", "did", f"{what}", "did not", f"{what}", "difference", "95% interval", "p")
        for b in r.behaviours:
            t.add_row(b.label, f"{b.did:,}", _pct(b.did_rate), f"{b.did_not:,}", _pct(b.did_not_rate),
                      "too rare" if b.difference is None else _pct(b.difference),
                      "" if b.low is None else f"[{_pct(b.low)}, {_pct(b.high)}]",
                      "" if b.p is None else f"{b.p:.2g}")
        console.print(t)
        console.print(f"[yellow]•[/] {caution}")
        return
    if fmt is ReportFormat.json:
        text = json.dumps({"outcome": outcome, "days": days, "invite_days": invite_days, "horizon_months": horizon,
                           "cohort": r.cohort, "rate": r.rate, "caution": caution, "behaviours": rows},
                          ensure_ascii=False, indent=1)
    elif fmt is ReportFormat.html:
        import pandas as pd

        text = html_page(f"Early behaviours and {outcome}", [("", pd.DataFrame(rows)), ("", caution)])
    else:
        import pandas as pd

        text = frame_csv(pd.DataFrame(rows))
    emit(text, output)


def _health(ws: Workspace) -> ActiveModel | None:
    """The scored health model (None without scores: the band-adjusted figures are left out)."""
    from banso.health.engine import ActiveModel

    try:
        return ActiveModel.current(ws.config) if ws.latest_as_of() else None
    except Exception:  # no usable health model: the adjusted figures are left out
        return None
