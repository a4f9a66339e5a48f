"""`banso report KIND`: the reports (validation, revenue, impact, …) as table, CSV, JSON or HTML.

Each command turns its options into the report's spec, makes one call (`Workspace.report`) and
renders the result (`report_render.show`); the web's evidence and validation pages show the same result.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from banso.cli.app import app
from banso.cli.common import WorkspaceOption, console, open_workspace
from banso.cli.report_render import Language, ReportFormat, show

if TYPE_CHECKING:
    from banso.analysis.reports import ReportSpec

report_app = typer.Typer(
    name="report",
    help="Evidence reports computed on the workspace's own history. Example: `banso report validation`",
    no_args_is_help=True,
)
app.add_typer(report_app, name="report")

Format = Annotated[ReportFormat, typer.Option("--format")]
Output = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")]
Lang = Annotated[Language | None, typer.Option(
    "--lang", help="Language of the table, CSV and HTML (default: the workspace's `language`); JSON keys stay English.")]


def language_of(ws: Any, lang: Language | None) -> str:
    """The language a report is written in: `--lang`, else the workspace's."""
    return lang.value if lang is not None else str(ws.display().language)


def _run(workspace: Path | None, spec: ReportSpec, fmt: ReportFormat, output: Path | None,
         lang: Language | None = None) -> Any:
    with open_workspace(workspace) as ws:
        result = ws.report(spec)
        language = language_of(ws, lang)
        events = ws.event_labels(language)
    show(spec.kind, result, fmt, output, language, events)
    return result


def _spec(cls: Any, **values: Any) -> Any:
    """A spec from options; a value out of range is an error naming the option, not a traceback."""
    from pydantic import ValidationError

    from banso.config.problems import plain, useful
    from banso.errors import ConfigError

    try:
        return cls(**values)
    except ValidationError as exc:
        first = useful(exc.errors())[0]
        raise ConfigError(f"--{'-'.join(str(p) for p in first['loc']).replace('_', '-')}: {plain(first)}") from None


@report_app.command("validation")
def validation(
    workspace: WorkspaceOption = None,
    model: Annotated[Path | None, typer.Option("--model", exists=True, dir_okay=False,
                                               help="Validate another scored model file instead of the current one.")] = None,
    fmt: Format = ReportFormat.table,
    output: Output = None,
    write_model: Annotated[Path | None, typer.Option("--write-model", help="Write the suggested model file here.")] = None,
    lang: Lang = None,
) -> None:
    """Separation by month since contract, churn by band, replayed AUC, calibration, each metric's power,
    survival, hazard ratios, band transitions, lead time, score vs NRR and suggested weights.

    Example: `banso report validation --format html -o validation.html`
    """
    from banso.analysis.reports import ValidationSpec

    report = _run(workspace, ValidationSpec(model=str(model.resolve()) if model else None), fmt, output, lang)
    if write_model is not None:
        if report.suggested_model is None:
            console.print("no suggested model: the history is too short to fit weights")
        else:
            write_model.write_text(report.suggested_model, encoding="utf-8")
            console.print(f"suggested model written to {write_model} (review it; `banso score --model "
                          f"{write_model} --compare` shows what would change)", soft_wrap=True)


@report_app.command("revenue")
def revenue(workspace: WorkspaceOption = None, start: Annotated[datetime | None, typer.Option(
                "--from", formats=["%Y-%m"], help="Start month (YYYY-MM).")] = None,
            end: Annotated[datetime | None, typer.Option("--to", formats=["%Y-%m"], help="End month (YYYY-MM).")] = None,
            fmt: Format = ReportFormat.table, output: Output = None, lang: Lang = None) -> None:
    """MRR movements per month (new, expansion, contraction, churn) and GRR / NRR by tier, plan and band.

    Default period: the last twelve months of revenue. Example: `banso report revenue --from 2025-11 --to 2026-11`
    """
    from banso.analysis.reports import RevenueSpec

    _run(workspace, RevenueSpec(start=start.date() if start else None, end=end.date() if end else None), fmt, output,
         lang)


@report_app.command("impact")
def impact(
    kind: Annotated[str, typer.Argument(help="Touchpoint kind, e.g. cs_meeting, seminar, support_ticket.")],
    workspace: WorkspaceOption = None,
    proposed_feature: Annotated[bool, typer.Option("--proposed-feature", help="Measure the use of the feature "
                                                   "each touchpoint proposed (properties.proposed_feature).")] = False,
    campaign: Annotated[str | None, typer.Option(help="Only touchpoints of this campaign (properties.campaign).")] = None,
    event: Annotated[list[str] | None, typer.Option("--event", help="Metric: these events per week (repeat). "
                                                    "Default: every qualifying event.")] = None,
    metric: Annotated[str, typer.Option(help="events (default) or score (the health score).")] = "events",
    weeks: Annotated[int, typer.Option(min=2, max=26, help="Weeks on each side of the touchpoint.")] = 8,
    fmt: Format = ReportFormat.table,
    output: Output = None, lang: Lang = None,
) -> None:
    """Did a touchpoint change what customers do? Event study, naive change and difference-in-differences.

    Example: `banso report impact cs_meeting --proposed-feature`, `banso report impact seminar --weeks 6`
    """
    from banso.analysis.reports import ImpactReportSpec

    spec = _spec(ImpactReportSpec, touchpoint=kind, campaign=campaign, proposed_feature=proposed_feature,
                 events=tuple(event or ()), metric=metric, weeks=weeks)
    _run(workspace, spec, fmt, output, lang)


@report_app.command("cs-contribution")
def cs_contribution(workspace: WorkspaceOption = None, start: Annotated[datetime | None, typer.Option(
                        "--from", formats=["%Y-%m"], help="Start month (YYYY-MM).")] = None,
                    end: Annotated[datetime | None, typer.Option("--to", formats=["%Y-%m"],
                                                                 help="End month (YYYY-MM).")] = None,
                    fmt: Format = ReportFormat.table, output: Output = None, lang: Lang = None) -> None:
    """LTV with and without CS support per tier, and CS contribution = Σ (LTV gap × supported accounts).

    CS support and gross margin come from `evidence:` in banso.yaml. Example: `banso report cs-contribution`
    """
    from banso.analysis.reports import CsContributionSpec

    _run(workspace, CsContributionSpec(start=start.date() if start else None, end=end.date() if end else None),
         fmt, output, lang)


@report_app.command("early-signals")
def early_signals(
    workspace: WorkspaceOption = None,
    outcome: Annotated[str, typer.Option(help="conversion (trials) or retention (contracts).")] = "conversion",
    days: Annotated[int, typer.Option(min=1, max=365, help="The first days in which behaviours count.")] = 30,
    invite_days: Annotated[int, typer.Option(min=1, max=365, help="Invitations count within this many days.")] = 7,
    horizon: Annotated[int, typer.Option(min=1, max=60, help="Retention: months a customer must stay.")] = 12,
    fmt: Format = ReportFormat.table,
    output: Output = None, lang: Lang = None,
) -> None:
    """Which behaviours in the first days go with trial conversion or N-month retention (association).

    Example: `banso report early-signals --outcome conversion --invite-days 7`
    """
    from banso.analysis.reports import EarlySignalsSpec

    spec = _spec(EarlySignalsSpec, outcome=outcome, days=days, invite_days=invite_days, horizon=horizon)
    _run(workspace, spec, fmt, output, lang)


@report_app.command("events")
def events(workspace: WorkspaceOption = None, fmt: Format = ReportFormat.table, output: Output = None,
           lang: Lang = None) -> None:
    """The event inventory: volume, share, first and last seen, reach, and what in banso.yaml uses each event.

    Events nothing uses are what tracking costs for nothing. Example: `banso report events --format csv -o events.csv`
    """
    from banso.analysis.reports import EventsSpec

    _run(workspace, EventsSpec(), fmt, output, lang)


@report_app.command("data-quality")
def data_quality(workspace: WorkspaceOption = None, fmt: Format = ReportFormat.table, output: Output = None,
                 lang: Lang = None) -> None:
    """Events without an account, unknown accounts, users without membership and late events, per source and day.

    Example: `banso report data-quality --format csv -o quality.csv`
    """
    from banso.analysis.reports import DataQualitySpec

    _run(workspace, DataQualitySpec(), fmt, output, lang)


@report_app.command("playbooks")
def playbooks(
    workspace: WorkspaceOption = None,
    playbook: Annotated[str | None, typer.Option(help="Only this playbook.")] = None,
    horizon_days: Annotated[int, typer.Option(help="Churn counted this many days after enrolment.")] = 90,
    fmt: Format = ReportFormat.table,
    output: Output = None,
    lang: Lang = None,
) -> None:
    """Does each playbook work? Enrolled accounts against matched accounts not yet enrolled: the
    difference-in-differences on its target metric and churn within the horizon, with intervals,
    a pre-trend check and a plain reading.

    Example: `banso report playbooks --playbook renewal_rescue`
    """
    from banso.analysis.reports import PlaybooksSpec

    _run(workspace, _spec(PlaybooksSpec, playbook=playbook, horizon_days=horizon_days), fmt, output, lang)
