"""`banso score`, `banso scores` and `banso explain`: the health check from the command line."""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.text import Text

from banso.cli.app import app
from banso.cli.common import WorkspaceOption, console, open_workspace, progress_bar
from banso.cli.data_table import DataTable

if TYPE_CHECKING:
    from banso.health.api import ScoreOutcome
    from banso.health.compare import Comparison
    from banso.health.explain import Explanation

DateOption = Annotated[
    datetime | None,
    typer.Option("--as-of", formats=["%Y-%m-%d"], help="Snapshot date (a Monday, YYYY-MM-DD); default: the latest."),
]


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


@app.command()
def score(
    workspace: WorkspaceOption = None,
    as_of: DateOption = None,
    backfill: Annotated[int, typer.Option("--backfill", min=0, max=520, metavar="WEEKS",
                                          help="Also score the weeks before, WEEKS snapshots in all.")] = 0,
    model: Annotated[Path | None, typer.Option("--model", exists=True, dir_okay=False,
                                               help="Score another health model file instead of banso.yaml's.")] = None,
    compare: Annotated[bool, typer.Option("--compare", help="With --model: compare it with the current model.")] = False,
) -> None:
    """Compute weekly health snapshots of every account and store them with the model version.

    The default date is the Monday after the last event. Example: `banso score --backfill 52`
    """
    with open_workspace(workspace) as ws, progress_bar("scoring") as update:
        outcome = ws.score(as_of=_day(as_of), backfill_weeks=backfill, model_path=model, compare=compare,
                           progress=update)
    _print_run(outcome)
    _print_coverage(outcome)
    if outcome.comparison is not None:
        _print_comparison(outcome.comparison)


def _print_coverage(outcome: ScoreOutcome) -> None:
    """Say which snapshots counted over windows reaching before the first event: their scores read low."""
    cov = outcome.coverage
    if cov is None or cov.first_event is None:
        return
    early = [d for d in outcome.run.dates if cov.partial(d)]
    if early:
        console.print(f"[yellow]note:[/] {len(early)} of {len(outcome.run.dates)} snapshots (before {cov.complete_from}) "
                      f"count over windows that start before the first event ({cov.first_event}; the model reads "
                      f"up to {cov.days} days): their scores read low. Judge history from {cov.complete_from} on.")


def _print_run(outcome: ScoreOutcome) -> None:
    for r in (outcome.baseline, outcome.run):
        if r is None:
            continue
        span = f"{r.dates[0]}" if len(r.dates) == 1 else f"{len(r.dates)} weeks, {r.dates[0]} – {r.dates[-1]}"
        console.print(f"[green]scored[/] {r.model_name} (version {r.model_version}, from {r.source}): "
                      f"{span} in {r.seconds:.1f} s")
        if r.scored:
            parts = ", ".join(f"{b} {r.bands.get(b, 0):,} ({100 * r.bands.get(b, 0) / r.scored:.0f}%)"
                              for b in ("good", "normal", "bad"))
            console.print(f"  as of {r.dates[-1]}: {r.scored:,} accounts scored — {parts}")


def _print_comparison(c: Comparison) -> None:
    comp = c.composition
    table = DataTable(title="band composition", title_justify="left")
    for col in ("as of", "model", "good", "normal", "bad", "index"):
        table.add_column(col, justify="right" if col not in ("as of", "model") else "left")
    for row in comp.tail(8 if len(comp) > 8 else len(comp)).itertuples():
        table.add_row(str(row.as_of), row.model, f"{row.good:,}", f"{row.normal:,}", f"{row.bad:,}",
                      f"{row.index:+.1f}")
    console.print(table)
    for version, label in ((c.current_version, "current"), (c.other_version, c.other_name)):
        p = c.prediction[version]
        if p.auc is None:
            console.print(f"{label}: churn prediction needs snapshots {p.horizon_days} days older than the data's end")
            continue
        rates = ", ".join(f"{b} {100 * p.churn_rate.get(b, 0):.1f}%" for b in ("good", "normal", "bad"))
        ratio = f", Bad/Good {p.bad_to_good:.1f}×" if p.bad_to_good else ""
        console.print(f"{label}: ROC AUC {p.auc:.3f} for churn within {p.horizon_days} days "
                      f"({p.churned:,} of {p.snapshots:,} account-weeks); churn by band: {rates}{ratio}")
    changes = c.band_changes
    console.print(f"{len(changes):,} accounts change band as of {c.dates[-1]}")
    for row in changes.head(15).itertuples():
        console.print(f"  {row.account_id} {row.name or ''}: {row.band} {row.score:.0f} → {row.other_band} "
                      f"{row.other_score:.0f}")


@app.command()
def scores(
    workspace: WorkspaceOption = None,
    as_of: DateOption = None,
    fmt: Annotated[Format, typer.Option("--format", help="table, csv or json.")] = Format.table,
    limit: Annotated[int, typer.Option(help="Rows to show in the table (all in csv and json).")] = 50,
) -> None:
    """List scored accounts, lowest score first: score, band, trend per week and the top reasons.

    Example: `banso scores --format csv > scores.csv`
    """
    with open_workspace(workspace) as ws:
        df = ws.scores(as_of=_day(as_of))
        day = _day(as_of) or ws.latest_as_of()
    if fmt is Format.csv:
        out = df.assign(top_reasons=["; ".join(r) for r in df["top_reasons"]])
        from banso.csv_cells import frame_csv

        typer.echo(frame_csv(out), nl=False)
        return
    if fmt is Format.json:
        from banso.values import records

        typer.echo(json.dumps(records(df), ensure_ascii=False, indent=1, default=str))
        return
    import pandas as pd

    table = DataTable(title=f"health as of {day} — {len(df):,} accounts (lowest first)", title_justify="left")
    for col in ("account", "name", "tier", "score", "band", "trend/wk", "top reasons"):
        table.add_column(col, justify="right" if col in ("score", "trend/wk") else "left", overflow="fold")
    colors = {"good": "green", "normal": "yellow", "bad": "red"}
    for row in df.head(limit).itertuples():
        trend = "" if pd.isna(row.trend) else f"{row.trend:+.1f}"
        table.add_row(row.account_id, row.name or "", row.tier or "", f"{row.score:.0f}",
                      Text(row.band, style=colors.get(row.band, "white")), trend, "; ".join(row.top_reasons))
    console.print(table)


@app.command()
def explain(
    account_id: Annotated[str, typer.Argument(help="The account's id, as in the CRM.")],
    workspace: WorkspaceOption = None,
    as_of: DateOption = None,
) -> None:
    """Explain an account's health score: points per metric and their change since the last snapshot.

    Example: `banso explain A000123`
    """
    with open_workspace(workspace) as ws:
        e = ws.explain(account_id, as_of=_day(as_of))
    _print_explanation(e)


def _print_explanation(e: Explanation) -> None:
    title = f"{e.account_id} {e.name or ''}".strip()
    if e.score is None:
        console.print(f"{title}: not scored as of {e.as_of} (not a customer then, or no metric had a value)",
                      markup=False)
        return
    head = f"[bold]{escape(title)}[/] — {e.score:.1f} ({e.band}) as of {e.as_of}"
    if e.change is not None:
        head += f", {e.change:+.1f} since {e.previous_as_of} ({e.previous_score:.1f}, {e.previous_band})"
    console.print(head)
    console.print(f"model: {e.model_name} (version {e.model_version})")
    table = DataTable(show_edge=False, pad_edge=False)
    for col in ("metric", "value", "score", "points", "of max", "change"):
        table.add_column(col, justify="left" if col == "metric" else "right")
    for d in e.dimensions:
        change = "" if d.change is None else f"{d.change:+.1f}"
        dscore = "–" if d.score is None else f"{100 * d.score:.0f}"
        table.add_row(Text(d.label, style="bold"), "", dscore, Text(f"{d.points:.1f}", style="bold"), "", change)
        for m in (m for m in e.metrics if m.dimension == d.dimension):
            value = "–" if m.value is None else _fmt(m.value)
            s = "skipped" if m.score is None else f"{100 * m.score:.0f}"
            change = "" if m.change is None else f"{m.change:+.1f}"
            table.add_row(f"  {m.label}", value, s, f"{m.points:.1f}", f"{m.max_points:.1f}", change)
    console.print(table)
    console.print("points add up to the score; changes add up to the change of the score")


def _fmt(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:.2f}"
