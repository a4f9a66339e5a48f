"""`banso report NAME`: the evidence reports (validation, impact, revenue, …) as table, CSV, JSON or HTML.

Each report registers its own command on `report_app` from its own module, so the reports stay independent.
"""

from __future__ import annotations

from enum import StrEnum

import typer

from banso.cli import app

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
