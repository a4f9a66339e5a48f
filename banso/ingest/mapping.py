"""Decide, for one file, where each canonical field comes from.

A field is taken from the column the workspace maps to it, else from a column of the same name,
else from a configured constant. Columns left over become traits/properties, so fields a source
adds later are kept without changing the configuration.
"""

from __future__ import annotations

from banso.config.models import SourceConfig
from banso.errors import LoadError
from banso.model import DERIVED_COLUMNS, SOURCE_TABLES
from banso.store.load_plan import FieldPlan, LoadPlan


def plan_for(
    table_name: str,
    source_name: str,
    source: SourceConfig,
    file_name: str,
    file_columns: list[str],
    workspace_timezone: str,
    allow_unknown_references: bool = False,
    holder: str = "file",
    columns_key: str | None = None,
) -> LoadPlan:
    """Where each field of `table_name` comes from, for a file (or table, or query) with `file_columns`.

    `columns_key` is where banso.yaml maps them (default `sources.<name>.columns`), for the message.
    """
    table = SOURCE_TABLES[table_name]
    present = set(file_columns)
    fields: list[FieldPlan] = []
    used: set[str] = set()
    missing: list[str] = []
    for col in table.columns:
        if col.name in DERIVED_COLUMNS:
            continue
        mapped = source.columns.get(col.name)
        if mapped is not None:
            if mapped not in present:
                missing.append(f"'{mapped}' (mapped to {col.name})")
                continue
            fields.append(FieldPlan(col.name, column=mapped))
            used.add(mapped)
        elif col.name in present:
            fields.append(FieldPlan(col.name, column=col.name))
            used.add(col.name)
        elif col.name in source.defaults:
            fields.append(FieldPlan(col.name, constant=source.defaults[col.name]))
        elif col.name == "source":
            fields.append(FieldPlan(col.name, constant=source_name))
        elif col.required:
            missing.append(f"'{col.name}'")
    if missing:
        raise LoadError(
            f"{file_name}: missing column(s) {', '.join(missing)} for table {table_name}; "
            f"the {holder} has: {', '.join(file_columns)}. Map them under "
            f"{columns_key or f'sources.{source_name}.columns'} in banso.yaml."
        )
    extra = tuple(c for c in file_columns if c not in used) if (source.keep_extra and table.extra) else ()
    return LoadPlan(
        table=table_name,
        source=source_name,
        fields=tuple(fields),
        extra_columns=extra,
        source_timezone=source.timezone or workspace_timezone,
        workspace_timezone=workspace_timezone,
        allow_unknown_references=allow_unknown_references,
    )
