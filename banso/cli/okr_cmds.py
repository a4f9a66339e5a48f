"""`banso okr`: OKR targets of the index %Good − %Bad, and the composition by segment they are read against."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer

from banso.cli.app import app
from banso.cli.common import WorkspaceOption, console, open_workspace
from banso.cli.insight_cmds import Segments

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
    from banso.cli.data_table import DataTable

    with open_workspace(workspace) as ws:
        result = ws.composition_by(by, segment or [])
    table = DataTable("group", "scored", "good", "normal", "bad", "index", "target", "weeks since met",
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
