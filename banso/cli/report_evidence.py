"""`banso report revenue` (and the other evidence reports as they land): what CS work is worth."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from banso.cli.common import WorkspaceOption, console, open_workspace
from banso.cli.report_cmds import ReportFormat, report_app
from banso.csv_cells import frame_csv


@report_app.command("revenue")
def revenue(
    workspace: WorkspaceOption = None,
    start: Annotated[datetime | None, typer.Option("--from", formats=["%Y-%m"], help="Start month (YYYY-MM).")] = None,
    end: Annotated[datetime | None, typer.Option("--to", formats=["%Y-%m"], help="End month (YYYY-MM).")] = None,
    fmt: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """MRR movements per month (new, expansion, contraction, churn) and GRR / NRR by tier, plan and band.

    Default period: the last twelve months of revenue. Example: `banso report revenue --from 2025-11 --to 2026-11`
    """
    from banso.analysis.evidence.revenue import revenue_report
    from banso.health.engine import ActiveModel

    with open_workspace(workspace) as ws:
        health = ActiveModel.current(ws.config) if ws.latest_as_of() else None
        r = revenue_report(ws.store, start.date() if start else None, end.date() if end else None, health)
    groups = [("all", [r.overall]), *r.by.items()]
    rows = [{"by": by, **dataclasses.asdict(g), "gross_revenue_churn": g.gross_revenue_churn}
            for by, gs in groups for g in gs]
    if fmt is ReportFormat.table and output is None:
        console.print(f"[bold]Revenue retention {r.start:%Y-%m} → {r.end:%Y-%m}[/]")
        t = Table("by", "group", "accounts", "MRR start", "MRR end", "GRR", "NRR")
        for x in rows:
            t.add_row(x["by"], x["group"], f"{x['accounts']:,}", f"{x['mrr_start']:,.0f}", f"{x['mrr_end']:,.0f}",
                      "—" if x["grr"] is None else f"{100 * x['grr']:.1f}%",
                      "—" if x["nrr"] is None else f"{100 * x['nrr']:.1f}%")
        console.print(t)
        if r.bands_partial:
            console.print(f"[yellow]note:[/] {PARTIAL_BANDS.format(day=r.band_as_of)}")
        m = Table("month", "MRR", "new", "expansion", "contraction", "churn", title="MRR movements")
        for row in r.movements.itertuples(index=False):
            m.add_row(f"{row.month:%Y-%m}", *(("—" if v != v else f"{v:,.0f}") for v in
                                              (row.mrr, row.new, row.expansion, row.contraction, row.churn)))
        console.print(m)
        return
    movements = r.movements.assign(month=r.movements["month"].astype(str))
    if fmt is ReportFormat.json:
        text = json.dumps({"start": str(r.start), "end": str(r.end), "retention": rows,
                           "band_as_of": None if r.band_as_of is None else str(r.band_as_of),
                           "bands_partial": r.bands_partial,
                           "movements": json.loads(movements.to_json(orient="records"))}, ensure_ascii=False, indent=1)
    elif fmt is ReportFormat.html:
        import pandas as pd

        text = ("<!doctype html><meta charset='utf-8'><title>banso revenue</title>"
                f"<h1>Revenue retention {r.start:%Y-%m} → {r.end:%Y-%m}</h1>"
                + pd.DataFrame(rows).to_html(index=False, na_rep="—", escape=True)
                + "<h2>MRR movements</h2>" + movements.to_html(index=False, na_rep="—", escape=True))
    else:
        import pandas as pd

        text = frame_csv(pd.DataFrame(rows))
    if output is None:
        print(text)
    else:
        output.write_text(text, encoding="utf-8")
        console.print(f"written to {output}")


PARTIAL_BANDS = ("the bands at the start come from the snapshot of {day}, which counted over windows reaching before "
                 "the first event: they read low, so the figures by band say little")


@report_app.command("events")
def events(
    workspace: WorkspaceOption = None,
    fmt: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """The event inventory: volume, share, first and last seen, reach, and what in banso.yaml uses each event.

    Events nothing uses are what tracking costs for nothing. Example: `banso report events --format csv -o events.csv`
    """
    from banso.analysis.evidence.inventory import inventory

    with open_workspace(workspace) as ws:
        inv = inventory(ws.store, ws.config)
    frame = inv.events.assign(first_seen=inv.events["first_seen"].astype(str), last_seen=inv.events["last_seen"].astype(str))
    if fmt is ReportFormat.table and output is None:
        console.print(f"[bold]{len(frame)} event names, {inv.total:,} events[/]; named by nothing in banso.yaml: "
                      f"{100 * inv.unused_share:.1f}% of the volume (such events still count as activity in "
                      "metrics over all qualifying events; drop them only if that activity is not wanted)")
        t = Table("event", "events", "share", "accounts", "users", "last seen", "used by")
        for r in frame.itertuples(index=False):
            t.add_row(str(r.event), f"{r.events:,}", f"{100 * r.share:.2f}%", f"{r.accounts:,}", f"{r.users:,}",
                      str(r.last_seen)[:10], r.used_by or "[yellow]nothing[/]")
        console.print(t)
        return
    if fmt is ReportFormat.json:
        text = json.dumps({"total": inv.total, "unused_share": inv.unused_share,
                           "events": json.loads(frame.to_json(orient="records"))}, ensure_ascii=False, indent=1)
    elif fmt is ReportFormat.html:
        text = ("<!doctype html><meta charset='utf-8'><title>banso events</title>"
                f"<h1>Event inventory</h1><p>unused share of volume: {100 * inv.unused_share:.1f}%</p>"
                + frame.to_html(index=False, escape=True))
    else:
        text = frame_csv(frame)
    if output is None:
        print(text)
    else:
        output.write_text(text, encoding="utf-8")
        console.print(f"written to {output}")


@report_app.command("data-quality")
def data_quality_cmd(
    workspace: WorkspaceOption = None,
    fmt: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """Events without an account, unknown accounts, users without membership and late events, per source and day.

    Example: `banso report data-quality --format csv -o quality.csv`
    """
    from banso.analysis.evidence.data_quality import data_quality

    with open_workspace(workspace) as ws:
        per_day, per_source, totals = data_quality(ws.store)
    if fmt is ReportFormat.table and output is None:
        console.print(", ".join(f"{k.replace('_', ' ')}: {v:,}" for k, v in totals.items()))
        t = Table("source", "events", "without account", "unknown account", "late (> 1 day)")
        for r in per_source.itertuples(index=False):
            t.add_row(str(r.source), f"{r.events:,}", f"{r.without_account:,}", f"{r.unknown_account:,}", f"{r.late:,}")
        console.print(t)
        return
    per_day = per_day.assign(day=per_day["day"].astype(str).str[:10])
    if fmt is ReportFormat.json:
        text = json.dumps({"totals": totals, "per_source": json.loads(per_source.to_json(orient="records")),
                           "per_day": json.loads(per_day.to_json(orient="records"))}, ensure_ascii=False, indent=1)
    elif fmt is ReportFormat.html:
        text = ("<!doctype html><meta charset='utf-8'><title>banso data quality</title><h1>Data quality</h1>"
                + per_source.to_html(index=False, escape=True) + "<h2>Per day</h2>"
                + per_day.to_html(index=False, escape=True))
    else:
        text = frame_csv(per_day)
    if output is None:
        print(text)
    else:
        output.write_text(text, encoding="utf-8")
        console.print(f"written to {output}")
