"""`banso init`, `banso check`, `banso status`."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from banso.cli.app import app
from banso.cli.common import WorkspaceOption, console, open_workspace
from banso.cli.data_table import DataTable


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="Folder to create the workspace in.")],
    name: Annotated[str | None, typer.Option(help="Name shown in the web app (default: the folder's name).")] = None,
    timezone: Annotated[str, typer.Option(help="IANA time zone for days and weeks.")] = "Asia/Tokyo",
) -> None:
    """Create a workspace: a fully commented banso.yaml and an empty store.

    Example: `banso init acme-cs --name "Acme CS" --timezone Asia/Tokyo`
    """
    from banso.config.models import check_timezone
    from banso.errors import ConfigError
    from banso.workspace import Workspace

    try:
        check_timezone(timezone)
    except ValueError as exc:
        raise ConfigError(f"--timezone: {exc}") from None
    ws = Workspace.init(directory, name=name, timezone=timezone)
    ws.close()
    console.print(f"Created workspace [bold]{escape(str(directory))}[/] ({escape(str(ws.config_path))}).")
    console.print(f"Next: edit the sources in {ws.config_path}, then `banso -w {shlex.quote(str(directory))} load accounts FILE`.",
                  soft_wrap=True, markup=False)


@app.command()
def check(workspace: WorkspaceOption = None) -> None:
    """Validate banso.yaml; errors name the line and the key.

    Example: `banso check -w acme-cs`
    """
    from banso.workspace import Workspace

    ws = Workspace.open(workspace)
    console.print(f"[green]ok[/] {escape(str(ws.config_path))}: {len(ws.config.sources)} source(s), time zone {ws.config.timezone}")


@app.command()
def status(workspace: WorkspaceOption = None) -> None:
    """Show what the store holds: row counts, time range, data without a match.

    Example: `banso status -w acme-cs`
    """
    from banso.status import days_quiet
    from banso.values import utc_now

    with open_workspace(workspace) as ws:
        st = ws.status()
    table = DataTable(title=f"{ws.display().name} — store", show_header=True)
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, n in st.counts.items():
        table.add_row(name, f"{n:,}")
    console.print(table)
    if st.first_event:
        console.print(f"events from {st.first_event:%Y-%m-%d %H:%M} to {st.last_event:%Y-%m-%d %H:%M} UTC")
    if quiet := days_quiet(st.last_event, utc_now()):
        console.print(f"[yellow]no event has arrived for {quiet} days:[/] check that loads and the collector are "
                      "still fed; until events arrive, the current scores count every account as quiet")
    console.print(f"accounts without events: {st.accounts_without_events:,}")
    console.print(f"events without an account: {st.events_without_account:,}")
    console.print(f"events with an account not in accounts: {st.events_with_unknown_account:,}")
    if st.events_by_source:
        console.print("events by source: " + ", ".join(f"{k} {v:,}" for k, v in st.events_by_source.items()))
