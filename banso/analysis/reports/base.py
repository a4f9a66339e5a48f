"""What every report is: a typed spec (its `kind` and parameters), one runner, one result, one serializer.

A report module declares a `Spec` (pydantic, `extra="forbid"`, with a `kind` literal), a result
type (a dataclass whose missing values are None) and a `Report` subclass that runs the spec on a
`RunContext` and says how the result reads as tables. The registry (`banso.analysis.reports`)
finds a report by its kind; the Workspace runs it (`Workspace.report(spec)`), the web returns the
result as JSON with its type in the OpenAPI schema, and the command line renders the same result as
a table, CSV, JSON or HTML. `data()` is the result's one serializer: the JSON of the API and of
`banso report KIND --format json` are the same document.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, TypeAdapter

from banso.config.models import WorkspaceConfig
from banso.csv_cells import safe_cell
from banso.values import is_missing

if TYPE_CHECKING:
    from datetime import date

    import ibis.expr.types as ir
    import pandas as pd

    from banso.health.engine import ActiveModel
    from banso.store import Store


class ReportSpec(BaseModel):
    """The parameters of a report; `kind` names the report."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: str


@dataclass(frozen=True)
class RunContext:
    """What a runner reads: the store, the configuration, the scored health model (None before the first
    snapshot: figures by band are then left out) and, on demand, each account's first alert date and the
    playbooks' enrolments (playbook, account_id, enrolled_on).

    Insights (`banso.analysis.insights`) also read the date pages are seen at and, on demand, the
    accounts facts table their segments and breakdowns filter and group by.
    """

    store: Store
    config: WorkspaceConfig
    health: ActiveModel | None
    first_alerts: Callable[[], pd.Series | None]
    enrollments: Callable[[], pd.DataFrame] = field(default=lambda: _no_enrollments())
    as_of: date | None = None
    accounts: Callable[[], ir.Table] | None = None


@dataclass(frozen=True)
class Table:
    """Rows to show: a title, column names and one list of raw values per row.

    `formats` says how a column reads on screen ("pct": a share shown in percent, "num": two decimals,
    "": as it is); CSV keeps the raw values.
    """

    title: str
    columns: list[str]
    rows: list[list[Any]]
    formats: list[str] = field(default_factory=list)
    on_screen: bool = True  # False: long tables only a file holds (CSV, HTML), not the terminal

    def shown(self) -> list[list[str]]:
        """The rows as they read on screen."""
        fmts = self.formats + [""] * (len(self.columns) - len(self.formats))
        return [[text(v, f) for v, f in zip(row, fmts, strict=False)] for row in self.rows]


@dataclass(frozen=True)
class Paragraph:
    """A titled reading with what it rests on (a section of a report that reads as text)."""

    title: str
    text: str
    detail: str = ""


@dataclass(frozen=True)
class View:
    """A result as a reader sees it in a terminal or a file: a headline, readings, tables and notes."""

    headline: str
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)


def _no_enrollments() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({"playbook": [], "account_id": [], "enrolled_on": []})


S = TypeVar("S", bound=ReportSpec)
R = TypeVar("R")


class Report(Generic[S, R]):
    """One report: its kind, its spec and result types, its runner and how its result reads."""

    kind: ClassVar[str]
    title: ClassVar[str]
    spec: type[S]
    result: type[R]
    reads_app_state: ClassVar[bool] = False  # True: its cached result also follows the enrolments

    def run(self, ctx: RunContext, spec: S) -> R:
        raise NotImplementedError

    def cacheable(self, spec: S) -> bool:
        """Whether the result depends on the store's data alone (then it is kept per data version)."""
        return True

    def view(self, result: R, language: str = "en") -> View:
        """The result as a reader sees it; words through the catalogue, so read it under `i18n.using(language)`
        (`read` does)."""
        raise NotImplementedError

    def read(self, result: R, language: str) -> View:
        """`view` in `language`, whatever language the caller renders in."""
        from banso import i18n

        with i18n.using(language):
            return self.view(result, language)

    def data(self, result: R) -> Any:
        """The result as JSON-ready data: the one serializer of the API and the command line."""
        return TypeAdapter(self.result).dump_python(result, mode="json")

    def to_csv(self, result: R, language: str) -> str:
        """The first table of the view as CSV (cells a spreadsheet would run as formulas are quoted)."""
        view = self.read(result, language)
        out = io.StringIO()
        writer = csv.writer(out)
        if view.tables:
            writer.writerow(view.tables[0].columns)
            writer.writerows([[cell(v) for v in row] for row in view.tables[0].rows])
        return out.getvalue()

    def to_html(self, result: R, language: str) -> str:
        """A self-contained page: the headline, each table and the notes, every value escaped."""
        view = self.read(result, language)
        parts = [f"<!doctype html><meta charset='utf-8'><title>banso — {escape(self.title)}</title>",
                 f"<h1>{escape(view.headline)}</h1>"]
        for para in view.paragraphs:
            parts.append(f"<h2>{escape(para.title)}</h2><p>{escape(para.text)}</p><p><small>{escape(para.detail)}"
                         "</small></p>")
        for t in view.tables:
            parts.append(f"<h2>{escape(t.title)}</h2><table><tr>"
                         + "".join(f"<th>{escape(c)}</th>" for c in t.columns) + "</tr>")
            parts += ["<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>" for row in t.shown()]
            parts.append("</table>")
        parts += [f"<p>{escape(n)}</p>" for n in view.notes]
        return "".join(parts)


def text(value: Any, fmt: str = "") -> str:
    """A value as a table shows it: numbers with separators, shares in percent, missing values as a dash."""
    if is_missing(value):
        return "—"
    if fmt == "pct":
        return pct(value)
    if fmt == "num":
        return num(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    return str(value)


def cell(value: Any) -> Any:
    """A CSV cell: empty when missing; text a spreadsheet would run as a formula is kept text (`csv_cells`)."""
    return "" if is_missing(value) else safe_cell(value)


def pct(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{100 * value:.{digits}f}%"


def num(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"
