"""Rows a pull has read, kept per object and table until the whole pull is in, then written as Parquet.

Records arrive as the vendor's JSON; `flatten` turns each into columns named as in the vendor's API
(`Owner.Name`, `organization_fields.tier`), every value as text (JSON for lists), exactly as a CSV export
would carry them, so the canonical mapping, parsing and checks of files apply unchanged. A record seen
twice (it changed while the pull paged through) is kept once, its latest version.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

DERIVED = "__banso_"  # columns a connector adds (the resolved account, a touchpoint's kind); never kept as traits


def flatten(record: Mapping[str, Any], prefix: str = "") -> dict[str, str | None]:
    """Nested objects become dotted columns; lists become JSON text; every value is text or None.

    >>> flatten({"Id": "001", "Owner": {"Name": "Aoki"}, "Tags": ["a"], "n": 3, "x": None})
    {'Id': '001', 'Owner.Name': 'Aoki', 'Tags': '["a"]', 'n': '3', 'x': None}
    """
    out: dict[str, str | None] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            if key == "attributes":
                continue  # Salesforce's record metadata (type and URL), not a field
            out.update(flatten(value, name + "."))
        else:
            out[name] = text(value)
    return out


def text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, datetime):
        return iso(value)
    return str(value)


def iso(value: datetime) -> str:
    """An instant as ISO 8601 with its offset (UTC when it has none)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat()


def epoch(seconds: int | float | str | None) -> str | None:
    """A Unix time (Intercom, Zendesk cursors) as ISO 8601 UTC."""
    if seconds is None or seconds == "":
        return None
    return datetime.fromtimestamp(float(seconds), UTC).isoformat()


@dataclass
class StagedRows:
    """The rows of one vendor object for one canonical table, keyed so that the latest version wins."""

    stream: str
    table: str
    default_columns: dict[str, str]
    known: tuple[str, ...] = ()  # columns the vendor was asked for: present even when every value is empty
    rows: dict[str, dict[str, str | None]] = field(default_factory=dict)

    def add(self, key: str, row: dict[str, str | None]) -> None:
        self.rows.pop(key, None)
        self.rows[key] = row

    def write(self, target: Path) -> list[str]:
        """Write the rows as Parquet (every column text); returns the columns."""
        columns: dict[str, None] = dict.fromkeys(self.known)
        for row in self.rows.values():
            columns.update(dict.fromkeys(row))
        names = list(columns)
        schema = pa.schema([(c, pa.string()) for c in names])
        data = {c: [row.get(c) for row in self.rows.values()] for c in names}
        pq.write_table(pa.table(data, schema=schema), target)
        return names


@dataclass
class Stage:
    """Everything one pull has read, per (object, table), plus what it skipped and why."""

    connector: str
    parts: dict[tuple[str, str], StagedRows] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # "Case without an account" -> count
    read: dict[str, int] = field(default_factory=dict)  # records read per object

    def part(self, stream: str, table: str, default_columns: dict[str, str],
             known: tuple[str, ...] | list[str] = ()) -> StagedRows:
        key = (stream, table)
        if key not in self.parts:
            self.parts[key] = StagedRows(stream, table, dict(default_columns), tuple(known))
        return self.parts[key]

    def count(self, stream: str, n: int = 1) -> None:
        self.read[stream] = self.read.get(stream, 0) + n

    def skip(self, reason: str, n: int = 1) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + n

    def streams(self) -> Iterable[StagedRows]:
        return self.parts.values()
