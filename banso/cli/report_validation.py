"""`banso report validation`: does the health score predict churn on this workspace's own history?"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from banso.cli.common import WorkspaceOption, console, open_workspace
from banso.cli.report_cmds import ReportFormat, report_app


@report_app.command("validation")
def validation(
    workspace: WorkspaceOption = None,
    model: Annotated[Path | None, typer.Option("--model", exists=True, dir_okay=False,
                                               help="Validate another scored model file instead of the current one.")] = None,
    fmt: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of the screen.")] = None,
    write_model: Annotated[Path | None, typer.Option("--write-model", help="Write the suggested model file here.")] = None,
) -> None:
    """Separation by month since contract, churn by band, replayed AUC, calibration, each metric's power,
    survival, hazard ratios, band transitions, lead time, score vs NRR and suggested weights.

    Example: `banso report validation --format html -o validation.html`
    """
    from banso.analysis.validation.render import to_csv, to_html

    with open_workspace(workspace) as ws:
        report = ws.validation_report(model)
        lang = ws.config.language
    if write_model is not None:
        if report.suggested_model is None:
            console.print("no suggested model: the history is too short to fit weights")
        else:
            write_model.write_text(report.suggested_model, encoding="utf-8")
            console.print(f"suggested model written to {write_model} (review it; `banso score --model "
                          f"{write_model} --compare` shows what would change)")
    if fmt is ReportFormat.table and output is None:
        console.print(f"[bold]{report.model_name}[/] · {report.snapshots:,} snapshots · {report.accounts:,} accounts "
                      f"· up to {report.last_day}")
        for s in report.sections:
            console.print(f"\n[bold]{s.title[lang]}[/]")
            console.print(s.reading[lang], markup=False, highlight=False)
            note = " · not computable yet" if s.pending else " · thin evidence" if s.thin else ""
            console.print(f"[dim]{s.basis}{note}[/]")
        return
    text = {ReportFormat.json: lambda: json.dumps(report.to_dict(), ensure_ascii=False, indent=1),
            ReportFormat.csv: lambda: to_csv(report, lang), ReportFormat.html: lambda: to_html(report, lang),
            ReportFormat.table: lambda: to_csv(report, lang)}[fmt]()
    if output is None:
        print(text)
    else:
        output.write_text(text, encoding="utf-8")
        console.print(f"written to {output}")
