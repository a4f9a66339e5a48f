"""A report's result on the terminal or in a file: table, CSV, JSON or HTML, all from the same result.

JSON is the report's one serializer (the same document as its `/api/…` twin); CSV, HTML and the
terminal tables read the report's view of the result. A file is written whole or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any

from rich.markup import escape

from banso.cli.common import console
from banso.cli.data_table import DataTable


class ReportFormat(StrEnum):
    """Output formats every report offers."""

    table = "table"
    csv = "csv"
    json = "json"
    html = "html"


class Language(StrEnum):
    """The languages a report reads in (`--lang`)."""

    ja = "ja"
    en = "en"


def show(kind: str, result: Any, fmt: ReportFormat, output: Path | None, language: str = "en",
         events: Mapping[str, str] | None = None) -> None:
    """Print a report's result, or write it to `output` (whole or not at all), read in `language`, events by
    their names for people (`events`: event -> label, from `Workspace.event_labels`)."""
    from banso import event_names, i18n

    with i18n.using(language), event_names.using(events or {}):
        _show(kind, result, fmt, output, language)


def _show(kind: str, result: Any, fmt: ReportFormat, output: Path | None, language: str) -> None:
    from banso.analysis.reports import REPORTS

    if kind in REPORTS:
        report = REPORTS[kind]
    else:  # an insight (`banso insight …`), rendered the same way
        from banso.analysis.insights import INSIGHTS

        report = INSIGHTS[kind]
    if fmt is ReportFormat.table and output is None:
        view = report.read(result, language)
        # Every text is escaped: an event's filters (`issue_created[plan = pro]`) or a customer's name in brackets
        # would otherwise be read as the terminal's markup and vanish.
        console.print(f"[bold]{escape(view.headline)}[/]", highlight=False)
        for para in view.paragraphs:
            console.print(f"\n[bold]{escape(para.title)}[/]")
            console.print(para.text, markup=False, highlight=False)
            if para.detail:
                console.print(f"[dim]{escape(para.detail)}[/]")
        for t in view.tables:
            if not t.on_screen:
                continue
            table = DataTable(*t.columns, title=t.title, title_justify="left")
            for row in t.shown():
                table.add_row(*row)
            console.print(table)
        for note in view.notes:
            console.print(f"[yellow]•[/] {escape(note)}", highlight=False)
        return
    if fmt is ReportFormat.json:
        text = json.dumps(report.data(result), ensure_ascii=False, indent=1)
    elif fmt is ReportFormat.html:
        text = report.to_html(result, language)
    else:
        text = report.to_csv(result, language)
    emit(text, output)


def emit(text: str, output: Path | None) -> None:
    """Print text, or write it to `output` whole: a partial file next to it, renamed when complete."""
    if output is None:
        print(text)
        return
    partial = output.with_name(f".{output.name}.partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(output)
    from banso.i18n import gettext_ as _  # babel loads with the reports, not with every command

    console.print(_("written to %(path)s") % {"path": output}, highlight=False)
