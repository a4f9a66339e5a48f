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
from banso.cli.report_cmds import Format, Lang, Output, language_of, report_app
from banso.cli.report_render import Language, ReportFormat, show

if TYPE_CHECKING:
    from banso.analysis.reports import ReportSpec

insight_app = typer.Typer(
    name="insight",
    help="Explore without SQL: trends, funnels and retention over accounts or users. "
    "Example: `banso insight retention --period month --windows calendar`",
    no_args_is_help=True,
)
app.add_typer(insight_app, name="insight")

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


def run(workspace: Path | None, spec: ReportSpec, fmt: ReportFormat, output: Path | None,
        lang: Language | None = None) -> Any:
    with open_workspace(workspace) as ws:
        result = ws.insight(spec)
        language = language_of(ws, lang)
        events = ws.event_labels(language)
    show(spec.kind, result, fmt, output, language, events)
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
    lang: Lang = None,
) -> None:
    """A number over time: event counts, active accounts or users, or a metric, by segment and breakdown.

    Examples: `banso insight trend --measure events --event issue_created --breakdown tier --from 2025-11-17`,
    `banso insight trend --measure metric --metric active_rate_28d --aggregate median --interval month`
    """
    from banso.analysis.insights import TrendSpec, parse_event

    spec = build(TrendSpec, measure=measure, event=parse_event(event), metric=metric, aggregate=aggregate,
                 interval=interval, week_start=week_start, date_from=day(date_from), date_to=day(date_to),
                 as_of=day(as_of), **common(breakdown, top, segment))
    run(workspace, spec, fmt, output, lang)


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
    lang: Lang = None,
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
        run(workspace, spec, fmt, output, lang)
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
    lang: Lang = None,
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
        run(workspace, spec, fmt, output, lang)
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
    from banso.cli.data_table import DataTable

    table = DataTable("id", "account", "name", "tier", "band", title=f"{found.total} {found.actor}s", title_justify="left")
    for r in found.rows:
        table.add_row(r.id, r.account_id or "—", r.name or "—", r.tier or "—", r.band or "—")
    console.print(table)

