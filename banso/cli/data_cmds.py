"""`banso load` and `banso generate`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from banso.cli.app import app
from banso.cli.common import WorkspaceOption, console, fraction_bar, open_workspace, progress_bar


class TableArg(StrEnum):
    accounts = "accounts"
    users = "users"
    memberships = "memberships"
    events = "events"
    touchpoints = "touchpoints"
    revenue = "revenue"


@app.command()
def load(
    table: Annotated[TableArg, typer.Argument(help="Canonical table to load into.")],
    files: Annotated[list[str] | None, typer.Argument(
        help="CSV, Parquet or JSON lines files (.gz too), folders or globs; none: the table's database source.")] = None,
    workspace: WorkspaceOption = None,
    source: Annotated[str | None, typer.Option(help="Source mapping in banso.yaml (when several load this table).")] = None,
    allow_unknown: Annotated[bool, typer.Option("--allow-unknown", help="Keep rows that refer to accounts or users not loaded yet.")] = False,
) -> None:
    """Load files, or a table or query of a database source, into the store: all or nothing; re-loading changes nothing.

    Examples: `banso load accounts crm_export.csv` · `banso load events 'exports/events/*.parquet'` ·
    `banso load users --source product_users` (a source with `database:` in banso.yaml)
    """
    with open_workspace(workspace) as ws, progress_bar(f"loading {table.value}") as update:
        out = ws.load(table.value, files or [], source=source, allow_unknown=allow_unknown, progress=update)
    origin = escape(out.origin) if out.origin else f"{len(out.files)} file(s)"
    if out.in_place:
        console.print(f"[green]linked[/] {table.value} to {origin}: {out.rows_read:,} rows there now")
    else:
        console.print(
            f"[green]loaded[/] {table.value} from {origin}: {out.rows_read:,} rows read, "
            f"{out.inserted:,} new, {out.updated:,} changed, {out.unchanged:,} already present"
        )
    for w in out.warnings:
        console.print(f"[yellow]warning:[/] {w}")


@app.command()
def generate(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write the synthetic exports to.")],
    preset: Annotated[str, typer.Option(help="tiny (tests), town (1,500 companies, demo), nulab (15,000 accounts, benchmark).")] = "tiny",
    seed: Annotated[int, typer.Option(help="Same seed, same files.")] = 0,
    accounts: Annotated[int | None, typer.Option(min=1, help="Override the preset's number of accounts.")] = None,
    months: Annotated[int | None, typer.Option(min=1, max=60, help="Override the preset's months of history.")] = None,
    end: Annotated[str | None, typer.Option(
        help="Where the history ends (events run to the day before): a date, or today. Default: 2026-11-16, "
             "the benchmarks' and tests' world.")] = None,
) -> None:
    """Write a synthetic SaaS world (CRM, product events, help desk, revenue) with its ground truth.

    Example: `banso generate world --preset town --seed 7`
    """
    from banso.demo import PRESETS
    from banso.demo import generate as run
    from banso.demo.clock import world_end

    if preset not in PRESETS:
        raise typer.BadParameter(f"unknown preset {preset!r}; choose one of {', '.join(PRESETS)}", param_hint="--preset")
    try:
        ends = world_end(end) if end is not None else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--end") from None
    with progress_bar(f"generating {preset}") as update:
        summary = run(out_dir, preset=preset, seed=seed, accounts=accounts, months=months, end=ends,
                      progress=fraction_bar(update))
    console.print(
        f"[green]wrote[/] {escape(str(out_dir))}: {summary.accounts:,} accounts, {summary.users:,} users, "
        f"{summary.events:,} events, {summary.touchpoints:,} touchpoints ({summary.start} – {summary.end})"
    )
