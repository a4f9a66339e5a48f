"""Tables of workspace data for the terminal, shown exactly as written.

Rich reads square brackets in a cell as markup and drops what it takes for a style: an account named
`Acme [JP]`, an alert's reason `issue_created[plan = pro] = 0` or a job that read `events [2026-11].csv`
lost their brackets. Every text of a `DataTable` (headers, title, cells) is escaped; a cell meant to be
styled is given as a `rich.text.Text`, which is never read as markup.

A table is at least as wide as its title, so a title (`banso demo (synthetic SaaS) — store`) is not broken
over two lines above a narrow table.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.markup import escape
from rich.table import Table


class DataTable(Table):
    def __init__(self, *headers: str, title: str | None = None, **options: Any):
        if title is not None:
            options.setdefault("min_width", cell_len(title) + 4)  # the table's edges and padding
        super().__init__(*headers, title=None if title is None else escape(title), **options)  # headers: add_column

    def add_column(self, header: Any = "", *args: Any, **options: Any) -> None:
        super().add_column(escape(header) if isinstance(header, str) else header, *args, **options)

    def add_row(self, *cells: Any, **options: Any) -> None:
        super().add_row(*(escape(c) if isinstance(c, str) else c for c in cells), **options)
