"""`banso insight KIND`: trends, funnels and retention in the terminal, as CSV, JSON or HTML.

Each command turns its options into the insight's spec, makes one call (`Workspace.insight`) and
renders the result with the reports' renderer; the builder page and `/api/insights/…` show the same
result. `banso report retention` is the same command as `banso insight retention`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from banso.cli.app import app
from banso.cli.common import WorkspaceOption, console, open_workspace
from banso.cli.report_cmds import report_app
from banso.cli.report_render import ReportFormat, show

if TYPE_CHECKING:
    from banso.analysis.reports import ReportSpec

insight_app = typer.Typer(
    name="insight",
    help="Explore without SQL: trends, funnels and retention over accounts or users. "
    "Example: `banso insight retention --period month --windows calendar`",
    no_args_is_help=True,
)
app.add_typer(insight_app, name="insight")

Format = Annotated[ReportFormat, typer.Option("--format")]
Output = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")]
Day = Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"])]
Actor = Annotated[str, typer.Option(help="account or user.")]
Breakdown = Annotated[str | None, typer.Option(help="tier, plan, owner, status, band, phase or trait:NAME.")]
Top = Annotated[int, typer.Option(min=1, max=25, help="Breakdown values kept; the rest add up as 'other'.")]
Segments = Annotated[list[int] | None, typer.Option("--segment", help="A saved segment's id (repeat to compare).")]


def build(cls: Any, **values: Any) -> Any:
    """A spec from options; a bad value is an error naming the option, not a traceback."""
    from pydantic import ValidationError

    from banso.analysis.insights import InsightError

    try:
        return cls(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = "-".join(str(p) for p in first["loc"] if not isinstance(p, int)).replace("_", "-")
        message = first["msg"].removeprefix("Value error, ")
        raise InsightError(f"--{where}: {message}" if where else message) from None


def common(breakdown: str | None, top: int, segments: list[int] | None) -> dict[str, Any]:
    from banso.analysis.insights import SegmentChoice, parse_breakdown

    return {"breakdown": parse_breakdown(breakdown, top) if breakdown else None,
            "segments": tuple(SegmentChoice(saved=s) for s in segments or ())}


def run(workspace: Path | None, spec: ReportSpec, fmt: ReportFormat, output: Path | None) -> Any:
    with open_workspace(workspace) as ws:
        result = ws.insight(spec)
        language = ws.display().language
    show(spec.kind, result, fmt, output, language)
    return result


def day(value: datetime | None) -> Any:
    return value.date() if value else None


@insight_app.command("trend")
def trend(
    workspace: WorkspaceOption = None,
    measure: Annotated[str, typer.Option(help="events, accounts, users (distinct, doing the event) or metric.")]
    = "accounts",
    event: Annotated[str, typer.Option(help="The event, e.g. 'issue_created[plan = pro]'; * for any qualifying "
                                       "event (the default: active accounts or users).")] = "*",
    metric: Annotated[str | None, typer.Option(help="A metric of banso.yaml (--measure metric).")] = None,
    aggregate: Annotated[str, typer.Option(help="mean, median, sum, min or max over the accounts (metrics).")]
    = "mean",
    interval: Annotated[str, typer.Option(help="day, week or month.")] = "week",
    week_start: Annotated[str, typer.Option(help="monday or sunday.")] = "monday",
    date_from: Annotated[datetime | None, typer.Option("--from", formats=["%Y-%m-%d"], help="First day.")] = None,
    date_to: Annotated[datetime | None, typer.Option("--to", formats=["%Y-%m-%d"], help="Last day.")] = None,
    as_of: Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Seen at this date.")] = None,
    breakdown: Breakdown = None,
    top: Top = 5,
    segment: Segments = None,
    fmt: Format = ReportFormat.table,
    output: Output = None,
) -> None:
    """A number over time: event counts, active accounts or users, or a metric, by segment and breakdown.

    Examples: `banso insight trend --measure events --event issue_created --breakdown tier --from 2025-11-17`,
    `banso insight trend --measure metric --metric active_rate_28d --aggregate median --interval month`
    """
    from banso.analysis.insights import TrendSpec, parse_event

    spec = build(TrendSpec, measure=measure, event=parse_event(event), metric=metric, aggregate=aggregate,
                 interval=interval, week_start=week_start, date_from=day(date_from), date_to=day(date_to),
                 as_of=day(as_of), **common(breakdown, top, segment))
    run(workspace, spec, fmt, output)


@insight_app.command("funnel")
def funnel(
    steps: Annotated[list[str], typer.Argument(help="The steps in order, e.g. signup user_invited "
                                               "'issue_created[plan = pro]'.")],
    workspace: WorkspaceOption = None,
    actor: Actor = "account",
    window: Annotated[int, typer.Option(min=1, max=365, help="Conversion window from step 1.")] = 14,
    window_unit: Annotated[str, typer.Option(help="hour, day or week.")] = "day",
    date_from: Annotated[datetime | None, typer.Option("--from", formats=["%Y-%m-%d"],
                                                       help="First day step 1 may happen.")] = None,
    date_to: Annotated[datetime | None, typer.Option("--to", formats=["%Y-%m-%d"],
                                                     help="Last day step 1 may happen.")] = None,
    interval: Annotated[str, typer.Option(help="Periods of the conversion over time: day, week or month.")]
    = "week",
    as_of: Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Seen at this date.")] = None,
    breakdown: Breakdown = None,
    top: Top = 5,
    segment: Segments = None,
    dropped: Annotated[int | None, typer.Option(help="List who reached the step before this one and not it.")]
    = None,
    group: Annotated[str, typer.Option(help="With --dropped: the breakdown group.")] = "all",
    fmt: Format = ReportFormat.table,
    output: Output = None,
) -> None:
    """Conversion through ordered steps within a window, with time to convert and who dropped where.

    Examples: `banso insight funnel signup user_invited issue_created --window 14`,
    `banso insight funnel signup user_invited --dropped 2 --format csv -o dropped.csv`
    """
    from banso.analysis.insights import FunnelSpec, parse_event

    spec = build(FunnelSpec, steps=tuple(parse_event(s) for s in steps), actor=actor, window=window,
                 window_unit=window_unit, date_from=day(date_from), date_to=day(date_to), interval=interval,
                 as_of=day(as_of), **common(breakdown, top, segment))
    if dropped is None:
        run(workspace, spec, fmt, output)
        return
    with open_workspace(workspace) as ws:
        found = ws.funnel_dropped(spec, step=dropped, group=group)
    _print_actors(found, fmt, output)


@insight_app.command("retention")
def retention(
    workspace: WorkspaceOption = None,
    actor: Actor = "account",
    period: Annotated[str, typer.Option(help="day, week or month.")] = "week",
    mode: Annotated[str, typer.Option(help="first-time (one cohort per actor) or recurring.")] = "first-time",
    windows: Annotated[str, typer.Option(help="rolling (from each actor's start) or calendar.")] = "rolling",
    week_start: Annotated[str, typer.Option(help="monday or sunday (calendar weeks).")] = "monday",
    start: Annotated[str | None, typer.Option(help="Start event, e.g. 'signup' or 'issue_created[plan = pro]'; "
                                              "* for any qualifying event. Default: trial start / sign-up.")] = None,
    returns: Annotated[str, typer.Option("--return", help="Return event (default *: any qualifying event).")] = "*",
    periods: Annotated[int, typer.Option(min=1, max=104, help="Periods shown per cohort.")] = 12,
    cumulative: Annotated[bool, typer.Option(help="Returned in period k or later (Mixpanel's 'on or after').")] = False,
    cohort_from: Annotated[datetime | None, typer.Option("--from", formats=["%Y-%m-%d"], help="First cohort.")] = None,
    cohort_to: Annotated[datetime | None, typer.Option("--to", formats=["%Y-%m-%d"], help="Last cohort.")] = None,
    as_of: Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Seen at this date.")] = None,
    breakdown: Breakdown = None,
    top: Top = 5,
    segment: Segments = None,
    cell: Annotated[str | None, typer.Option(help="List the actors of one cell: COHORT-DATE:PERIOD, e.g. "
                                             "2026-03-02:3.")] = None,
    group: Annotated[str, typer.Option(help="With --cell: the breakdown group.")] = "all",
    fmt: Format = ReportFormat.table,
    output: Output = None,
) -> None:
    """Cohort retention in every mode: first-time or recurring, rolling or calendar windows, cumulative.

    Without options this is the trial-cohort retention of the Retention page. Examples:
    `banso insight retention --actor user --period day --windows calendar --start signup --return login`,
    `banso report retention --mode recurring --start '*' --period month --cumulative`
    """
    from banso.analysis.insights import RetentionSpec, parse_event

    spec = build(RetentionSpec, actor=actor, period=period, mode=mode.replace("-", "_"), windows=windows,
                 week_start=week_start, start=parse_event(start) if start else None, returns=parse_event(returns),
                 periods=periods, cumulative=cumulative, cohort_from=day(cohort_from), cohort_to=day(cohort_to),
                 as_of=day(as_of), **common(breakdown, top, segment))
    if cell is None:
        run(workspace, spec, fmt, output)
        return
    cohort, k = _cell(cell)
    with open_workspace(workspace) as ws:
        found = ws.retention_cell(spec, cohort=cohort, k=k, group=group)
    _print_actors(found, fmt, output)


report_app.command("retention", help=retention.__doc__)(retention)


def _cell(text: str) -> tuple[Any, int]:
    from datetime import date

    from banso.analysis.insights import InsightError

    when, _, k = text.rpartition(":")
    try:
        return date.fromisoformat(when), int(k)
    except ValueError:
        raise InsightError(f"--cell {text!r} must read COHORT-DATE:PERIOD, e.g. 2026-03-02:3") from None


def _print_actors(found: Any, fmt: ReportFormat, output: Path | None) -> None:
    """Who a figure counts: a table, or CSV / JSON of the same rows."""
    import csv
    import io
    import json
    from dataclasses import asdict

    from banso.cli.report_render import emit
    from banso.csv_cells import safe_cell

    rows = [asdict(r) for r in found.rows]
    if fmt is ReportFormat.json:
        emit(json.dumps({"total": found.total, "actor": found.actor, "rows": rows}, ensure_ascii=False, indent=1),
             output)
        return
    if fmt is ReportFormat.csv or output is not None:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["id", "account_id", "name", "tier", "mrr", "band"])
        writer.writerows([["" if v is None else safe_cell(v) for v in r.values()] for r in rows])
        emit(out.getvalue(), output)
        return
    from rich.table import Table

    table = Table("id", "account", "name", "tier", "band", title=f"{found.total} {found.actor}s", title_justify="left")
    for r in found.rows:
        table.add_row(r.id, r.account_id or "—", r.name or "—", r.tier or "—", r.band or "—")
    console.print(table)


@report_app.command("onboarding")
def onboarding(
    workspace: WorkspaceOption = None,
    start: Annotated[str, typer.Option(help="Count days from the contract or the trial start.")] = "contract",
    cohort: Annotated[str, typer.Option(help="Cohorts by day, week or month of the start.")] = "month",
    cohorts: Annotated[int, typer.Option(min=1, max=36, help="The last N cohorts.")] = 6,
    fmt: Format = ReportFormat.table,
    output: Output = None,
) -> None:
    """Each onboarding milestone's completion and median days by start cohort, and who is stuck at which step.

    Milestones come from `onboarding:` in banso.yaml. Example: `banso report onboarding --start trial --cohort week`
    """
    from banso.analysis.reports.onboarding import OnboardingSpec

    spec = build(OnboardingSpec, start=start, cohort=cohort, cohorts=cohorts)
    with open_workspace(workspace) as ws:
        result = ws.onboarding(spec)
        language = ws.display().language
    show("onboarding", result, fmt, output, language)


okr_app = typer.Typer(name="okr", help="OKR targets of the index %Good − %Bad, and the composition by segment. "
                      "Example: `banso okr show --by tier`", no_args_is_help=True)
app.add_typer(okr_app, name="okr")


@okr_app.command("show")
def okr_show(workspace: WorkspaceOption = None,
             by: Annotated[str, typer.Option(help="all, tier, owner, plan, phase or segment.")] = "all",
             segment: Segments = None) -> None:
    """The index per group at the latest snapshot, its target and the weeks since it was last met.

    Example: `banso okr show --by tier`, `banso okr show --by segment --segment 3 --segment 4`
    """
    from rich.table import Table

    with open_workspace(workspace) as ws:
        result = ws.composition_by(by, segment or [])
    table = Table("group", "scored", "good", "normal", "bad", "index", "target", "weeks since met",
                  title=f"Composition by {by}" + (f", as of {result.as_of}" if result.as_of else ""),
                  title_justify="left")
    for s in result.series:
        p = s.points[-1]
        table.add_row(s.group, f"{p.scored:,}", f"{p.good:,}", f"{p.normal:,}", f"{p.bad:,}",
                      "—" if p.index is None else f"{p.index:+.1f}",
                      "—" if s.target_now is None else f"{s.target_now:+.1f}",
                      "—" if s.target_now is None else ("never" if s.weeks_since_met is None else str(s.weeks_since_met)))
    console.print(table)
    if not result.series:
        console.print("no health snapshots yet: run `banso score` first")


@okr_app.command("set")
def okr_set(
    scope: Annotated[str, typer.Argument(help="all, tier:VALUE, owner:VALUE, plan:VALUE, phase:VALUE or segment:ID.")],
    index: Annotated[float, typer.Option(help="The target of %Good − %Bad, in points (−100 … 100).")],
    start: Annotated[datetime, typer.Option("--from", formats=["%Y-%m-%d"], help="First day of the period.")],
    end: Annotated[datetime, typer.Option("--to", formats=["%Y-%m-%d"], help="Last day of the period.")],
    workspace: WorkspaceOption = None,
    note: Annotated[str, typer.Option(help="Why this target.")] = "",
) -> None:
    """Set the index target of a scope for a period (periods of one scope may not overlap).

    Example: `banso okr set tier:Enterprise --index 20 --from 2026-10-01 --to 2026-12-31`
    """
    with open_workspace(workspace) as ws:
        t = ws.set_target(None, scope, start.date(), end.date(), index, note)
    console.print(f"target {t.id}: {t.scope} {t.index:+g} pt from {t.period_start} to {t.period_end}")


@okr_app.command("list")
def okr_list(workspace: WorkspaceOption = None) -> None:
    """Every OKR target, by scope and period. Example: `banso okr list`"""
    with open_workspace(workspace) as ws:
        targets = ws.targets()
    for t in targets:
        console.print(f"{t.id}\t{t.scope}\t{t.period_start} → {t.period_end}\t{t.index:+g} pt\t{t.note}",
                      markup=False, highlight=False)
    if not targets:
        console.print("no target yet: `banso okr set SCOPE --index N --from DATE --to DATE`")


@okr_app.command("remove")
def okr_remove(target_id: Annotated[int, typer.Argument(min=1, max=2**31 - 1)],
               workspace: WorkspaceOption = None) -> None:
    """Remove an OKR target. Example: `banso okr remove 3`"""
    with open_workspace(workspace) as ws:
        ws.delete_target(target_id, None)
    console.print(f"target {target_id} removed")


@report_app.command("kpi-tree")
def kpi_tree(workspace: WorkspaceOption = None, fmt: Format = ReportFormat.table, output: Output = None) -> None:
    """GRR / NRR, churn and contraction by tier, bands and their churn, the score's dimensions and metrics:
    each node with its value, target (kpi_tree in banso.yaml), trend and the page that explains it.

    Example: `banso report kpi-tree --format csv -o kpi.csv`
    """
    with open_workspace(workspace) as ws:
        result = ws.kpi_tree()
        language = ws.display().language
    show("kpi-tree", result, fmt, output, language)


@report_app.command("thresholds")
def thresholds(
    metric: Annotated[str, typer.Option(help="A metric of banso.yaml or a built-in one.")],
    workspace: WorkspaceOption = None,
    horizon_days: Annotated[int, typer.Option(min=7, max=365, help="Churned = within this many days.")] = 90,
    landmarks: Annotated[int, typer.Option(min=1, max=12, help="Landmark dates, four weeks apart.")] = 6,
    fmt: Format = ReportFormat.table,
    output: Output = None,
) -> None:
    """A metric's distribution for accounts that stayed and that churned soon after, and the value that best
    separates them, as a threshold scoring function to paste into banso.yaml.

    Example: `banso report thresholds --metric active_rate_28d --horizon-days 90`
    """
    from banso.analysis.reports.thresholds import ThresholdSpec

    spec = build(ThresholdSpec, metric=metric, horizon_days=horizon_days, landmarks=landmarks)
    with open_workspace(workspace) as ws:
        result = ws.threshold_help(spec)
        language = ws.display().language
    show("thresholds", result, fmt, output, language)
