"""What a load is asked to do and what it reports: the plain data both load paths share.

A load is a list of (`SourceFile`, `LoadPlan`) pairs, one per file, all for one table; it answers
with a `LoadOutcome`. The staging path (`bulk_load`) and the event fast path (`event_append`)
read the same plans and fill the same outcome, so these types live apart from either path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

FileFormat = str  # "csv" | "parquet" | "jsonl"


@dataclass(frozen=True)
class SourceFile:
    """One file to read, and how."""

    path: Path
    format: FileFormat
    delimiter: str = ","
    display: str = ""

    @property
    def name(self) -> str:
        return self.display or self.path.name


@dataclass(frozen=True)
class FieldPlan:
    """Where one canonical field comes from: a source column, or a constant."""

    field: str
    column: str | None = None
    constant: str | None = None


@dataclass(frozen=True)
class LoadPlan:
    table: str
    source: str
    fields: tuple[FieldPlan, ...]
    extra_columns: tuple[str, ...]
    source_timezone: str
    workspace_timezone: str
    allow_unknown_references: bool = False


@dataclass
class LoadOutcome:
    table: str
    source: str
    files: list[str]
    rows_read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    unknown_references: int = 0
    warnings: list[str] = field(default_factory=list)
    origin: str = ""  # a database source: where the rows came from and whether they were copied
    in_place: bool = False  # the table is now a view over the source: nothing was inserted or copied
