"""`banso sync pull|push NAME`, `banso sync list`, `banso sync runs`: connectors and segment syncs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from banso.cli.app import app
from banso.cli.common import WorkspaceOption, console, open_workspace, progress_bar
from banso.cli.data_table import DataTable

if TYPE_CHECKING:
    from banso.connectors import PullResult
    from banso.sinks import PushResult, SegmentResult
    from banso.workspace.sync_ops import Rhythm

sync_app = typer.Typer(help="Connectors: pull from CRMs and help desks, push results and segments back.",
                       no_args_is_help=True)
app.add_typer(sync_app, name="sync")
SHOWN_CHANGES = 50


@sync_app.command("pull")
def pull_cmd(
    name: Annotated[str, typer.Argument(help="Connector in banso.yaml (connectors:).")],
    workspace: WorkspaceOption = None,
    full: Annotated[bool, typer.Option("--full", help="Read everything again, not only what changed.")] = False,
) -> None:
    """Read what changed in a CRM or help desk since the last pull and load it: all or nothing.

    Example: `banso sync pull salesforce`
    """
    with open_workspace(workspace) as ws, progress_bar(f"pulling {name}") as update:
        result = ws.sync_pull(name, full=full, progress=update)
    show_pull(result)


@sync_app.command("push")
def push_cmd(
    name: Annotated[str, typer.Argument(help="Connector with `push:`, or a segment sync (segment_syncs:).")],
    workspace: WorkspaceOption = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change; send nothing.")] = False,
) -> None:
    """Send banso's results to CRM fields, or a saved segment to marketing automation; only what changed.

    Examples: `banso sync push salesforce --dry-run` · `banso sync push at_risk_to_hubspot`
    """
    from banso.sinks import PushResult

    with open_workspace(workspace) as ws, progress_bar(f"pushing {name}") as update:
        result = ws.sync_push(name, dry_run=dry_run, progress=update)
    if isinstance(result, PushResult):
        show_push(result)
    else:
        show_segment(result)


@sync_app.command("daily")
def daily_cmd(
    direction: Annotated[str, typer.Argument(help="pull (every connector) or push (every push and segment sync).")],
    workspace: WorkspaceOption = None,
) -> None:
    """What the service's daily run does at its start (pull) and its end (push), run now.

    Example: `banso sync daily pull`
    """
    if direction not in ("pull", "push"):
        raise typer.BadParameter("choose pull or push", param_hint="DIRECTION")
    with open_workspace(workspace) as ws:
        outcome = ws.sync_daily(direction)  # type: ignore[arg-type]
    for name, error in outcome.items():
        console.print(f"[green]ok[/] {escape(name)}" if error is None else f"[red]failed[/] {escape(name)}: "
                      f"{escape(error)}")
    if not outcome:
        console.print("nothing to run: no connector or segment sync has daily_run: true")
    if any(outcome.values()):
        raise typer.Exit(1)


@sync_app.command("list")
def list_cmd(workspace: WorkspaceOption = None) -> None:
    """Every connector and segment sync: what it moves, whether its credentials are set, its last runs.

    Example: `banso sync list -w my-workspace`
    """
    with open_workspace(workspace) as ws:
        data = ws.connections()
    if not data.connections:
        console.print("no connectors or segment syncs in banso.yaml (docs/connectors.md)")
    for c in data.connections:
        creds = ("[green]credentials set[/]" if c.credentials_set else "[red]credentials missing:[/] "
                 + ", ".join(c.credentials)) if c.credentials else "no credentials needed"
        console.print(f"[bold]{escape(c.name)}[/] ({c.vendor}) · {creds}")
        if c.pulls:
            console.print(f"  pulls {escape(', '.join(c.pulls))} · {_rhythm(c.pull_rhythm)} · last pull: "
                          f"{_last(c.last_pull)}")
        if c.pushes:
            console.print(f"  pushes {escape(', '.join(c.pushes))} · {_rhythm(c.push_rhythm)} · last push: "
                          f"{_last(c.last_push)}")
        console.print(f"  rows moved: {c.rows_moved:,}")


@sync_app.command("runs")
def runs_cmd(
    name: Annotated[str | None, typer.Argument(help="Only this connector or segment sync.")] = None,
    workspace: WorkspaceOption = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
) -> None:
    """The latest runs, newest first, with their counts and errors.

    Example: `banso sync runs salesforce --limit 5`
    """
    with open_workspace(workspace) as ws:
        runs = ws.sync_runs(name, limit)
    table = DataTable("#", "name", "what", "started", "status", "rows", "counts / error")
    for r in runs:
        what = r.direction + (" (dry run)" if r.dry_run else "")
        detail = r.error or ", ".join(f"{k} {v:,}" for k, v in r.counts.items() if v)
        table.add_row(str(r.id), r.connector, what, r.started_at.isoformat(sep=" ", timespec="seconds"),
                      r.status, f"{r.rows:,}", detail)
    console.print(table if runs else "no runs yet")


@sync_app.command("reset")
def reset_cmd(name: Annotated[str, typer.Argument(help="Connector whose cursors to forget.")],
              workspace: WorkspaceOption = None) -> None:
    """Forget a connector's cursors: its next pull reads everything again (loads stay idempotent).

    Example: `banso sync reset zendesk`
    """
    with open_workspace(workspace) as ws:
        n = ws.forget_cursors(name)
    console.print(f"forgot {n} cursor(s) of {escape(name)}")


def _rhythm(rhythm: Rhythm | None) -> str:
    """When it runs by itself: "every 15 min · daily run", "daily run", "by hand only".

    >>> from banso.workspace.sync_ops import Rhythm
    >>> _rhythm(Rhythm(900, True)), _rhythm(Rhythm(7200, False)), _rhythm(Rhythm(0, False))
    ('every 15 min · daily run', 'every 2 h', 'by hand only')
    """
    if rhythm is None:
        return "by hand only"
    parts = [_every(rhythm.every)] if rhythm.every else []
    if rhythm.daily_run:
        parts.append("daily run")
    return " · ".join(parts) or "by hand only"


def _every(seconds: int) -> str:
    if seconds % 3600 == 0:
        return f"every {seconds // 3600} h"
    if seconds % 60 == 0:
        return f"every {seconds // 60} min"
    return f"every {seconds} s"


def _last(run: object) -> str:
    if run is None:
        return "—"
    status = getattr(run, "status", "")
    color = "green" if status == "ok" else "red"
    error = getattr(run, "error", None)
    return f"[{color}]{status}[/] {getattr(run, 'started_at', '')}" + (f" ({escape(error)})" if error else "")


def show_pull(result: PullResult) -> None:
    read = ", ".join(f"{k} {v:,}" for k, v in result.read.items()) or "nothing"
    how = "everything (first pull)" if result.full and len(result.full) == len(result.read) else "what changed"
    console.print(f"[green]pulled[/] {escape(result.connector)}: read {how}: {escape(read)}")
    for x in result.loads:
        console.print(f"  {escape(x.stream)} → {x.table}: {x.rows:,} rows, {x.inserted:,} new, {x.updated:,} changed, "
                      f"{x.unchanged:,} already present")
    for reason, n in result.skipped.items():
        console.print(f"  [yellow]skipped[/] {n:,} {escape(reason)}")
    for w in result.warnings:
        console.print(f"[yellow]warning:[/] {escape(w)}")


def show_push(result: PushResult) -> None:
    verb = "would send" if result.dry_run else "sent"
    console.print(f"[green]{'dry run' if result.dry_run else 'pushed'}[/] {escape(result.connector)}: {verb} "
                  f"{result.fields_sent:,} field(s) on {result.records_sent:,} record(s); {result.unchanged:,} "
                  f"unchanged; {len(result.not_in_crm):,} of {result.accounts:,} accounts are not in the CRM")
    for f in result.created_fields:
        console.print(f"  {'would create' if result.dry_run else 'created'} field {escape(f)}")
    if result.dry_run and result.changes:
        table = DataTable("account", "record", "field", "last pushed", "new")
        for c in result.changes[:SHOWN_CHANGES]:
            table.add_row(c.account_id, c.record_id, c.field, _cell(c.old), _cell(c.new))
        console.print(table)
        if len(result.changes) > SHOWN_CHANGES:
            console.print(f"… and {len(result.changes) - SHOWN_CHANGES:,} more changes")
    for account, reason in result.failed.items():
        console.print(f"  [red]refused[/] {escape(account)}: {escape(reason)}")
    for w in result.warnings:
        console.print(f"[yellow]note:[/] {escape(w)}")


def show_segment(result: SegmentResult) -> None:
    verb = "would send" if result.dry_run else "sent"
    console.print(f"[green]{'dry run' if result.dry_run else 'synced'}[/] {escape(result.sync)} (segment "
                  f"{escape(result.segment)}, {result.mode}): {result.members:,} members, {len(result.added):,} "
                  f"joined, {len(result.removed):,} left; {verb} {result.sent:,}"
                  + (f" to {escape(result.where)}" if result.where else ""))
    if result.missing:
        console.print(f"  [yellow]not in the CRM:[/] {len(result.missing):,} accounts")


def _cell(value: object) -> str:
    if value is None:
        return "—"
    text = str(value).replace("\n", " / ")
    return text if len(text) <= 60 else text[:57] + "…"
