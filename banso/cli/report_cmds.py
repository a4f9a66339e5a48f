"""`banso report NAME`: the evidence reports (validation, impact, revenue, …) as table, CSV, JSON or HTML.

Each report registers its own command on `report_app` from its own module, so the reports stay independent.
"""

from __future__ import annotations

from enum import StrEnum
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from banso.cli.app import app
from banso.cli.common import console

if TYPE_CHECKING:
    import pandas as pd

report_app = typer.Typer(
    name="report",
    help="Evidence reports computed on the workspace's own history. Example: `banso report validation`",
    no_args_is_help=True,
)
app.add_typer(report_app, name="report")


class ReportFormat(StrEnum):
    """Output formats every report offers."""

    table = "table"
    csv = "csv"
    json = "json"
    html = "html"


def emit(text: str, output: Path | None) -> None:
    """Print a report, or write it to `output` (whole or not at all)."""
    if output is None:
        print(text)
        return
    partial = output.with_name(f".{output.name}.partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(output)
    console.print(f"written to {output}")


def html_page(title: str, sections: list[tuple[str, str | pd.DataFrame]]) -> str:
    """A self-contained HTML report: a heading, then each section's paragraph or table (escaped)."""
    parts = [f"<!doctype html><meta charset='utf-8'><title>banso — {escape(title)}</title><h1>{escape(title)}</h1>"]
    for heading, body in sections:
        if heading:
            parts.append(f"<h2>{escape(heading)}</h2>")
        parts.append(f"<p>{escape(body)}</p>" if isinstance(body, str)
                     else body.to_html(index=False, na_rep="—", escape=True))
    return "".join(parts)
