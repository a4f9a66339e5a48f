"""Land a pull in the store: every object's rows mapped like a file source, all in one transaction.

Each (object, table) part is written to Parquet in a scratch folder and planned with the connector's
default mapping overlaid by the `columns`/`defaults` of banso.yaml (`banso.ingest.mapping.plan_for`,
the files' own planner); then the parts load in the order references need (accounts, users,
memberships, touchpoints) inside one store transaction, each checked exactly as a file would be. One bad
row anywhere and nothing of the pull lands.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from banso.config.connectors import PullObject
from banso.config.models import SourceConfig, WorkspaceConfig
from banso.connectors.staging import DERIVED, Stage, StagedRows
from banso.errors import LoadError
from banso.i18n import phrase
from banso.ingest.files import scratch_dir
from banso.ingest.loader import Progress
from banso.ingest.mapping import plan_for
from banso.job_progress import LOADING_INTO
from banso.model import SOURCE_TABLES
from banso.store import Store
from banso.store.duckdb.bulk_load import LoadOutcome, LoadPlan, SourceFile, bulk_load
from banso.store.limits import memory_cap

ORDER = ("accounts", "users", "memberships", "touchpoints")


def load_stage(store: Store, config: WorkspaceConfig, stage: Stage, mappings: dict[str, PullObject],
               progress: Progress | None = None) -> list[tuple[StagedRows, LoadOutcome]]:
    """Load every staged part in one transaction; returns each part that held rows with its outcome."""
    if store.engine != "duckdb":
        raise LoadError(f"connector {stage.connector!r}: pulling into a {store.engine} store is not supported; "
                        "pull into a DuckDB workspace and copy its tables (`banso copy-store`)")
    parts = sorted((p for p in stage.streams() if p.rows), key=lambda p: ORDER.index(p.table))
    outcomes: list[tuple[StagedRows, LoadOutcome]] = []
    with scratch_dir() as scratch, memory_cap(store):
        work = []
        for i, part in enumerate(parts):
            path = Path(scratch) / f"{i}-{part.stream}-{part.table}.parquet"
            source = _source(part, mappings.get(part.stream) or PullObject(), config.timezone)
            # a mapped field no record of this pull carries (an empty custom field) arrives empty, not missing
            part.known = tuple(dict.fromkeys([*part.known, *source.columns.values()]))
            columns = part.write(path)
            display = f"{stage.connector} {part.stream}"
            plan = plan_for(part.table, stage.connector, source, display, columns, config.timezone,
                            holder=f"{part.stream} records",
                            columns_key=f"connectors.{stage.connector}.pull.{part.stream}.columns")
            plan = _explicit(plan, source, columns)
            work.append((SourceFile(path, "parquet", display=display), plan))
        with store.transaction() as raw:
            for i, (part, (file, plan)) in enumerate(zip(parts, work, strict=True)):
                if progress:
                    progress(i, len(work), phrase(LOADING_INTO, file=file.name, table=plan.table))
                outcomes.append((part, bulk_load(raw, [(file, plan)])))
    return outcomes


def _explicit(plan: LoadPlan, source: SourceConfig, columns: list[str]) -> LoadPlan:
    """Only fields the mapping names: a vendor field that happens to share a canonical name (Zendesk's
    `role` is `end-user`, not a membership role) stays a trait instead of filling that field."""
    named = set(source.columns) | set(source.defaults) | {"source"}
    fields = tuple(fp for fp in plan.fields if fp.field in named)
    used = {fp.column for fp in fields if fp.column}
    keep = source.keep_extra and SOURCE_TABLES[plan.table].extra is not None
    extra = tuple(c for c in columns if c not in used and not c.startswith(DERIVED)) if keep else ()
    return replace(plan, fields=fields, extra_columns=extra)


def _source(part: StagedRows, mapping: PullObject, zone: str) -> SourceConfig:
    """The part's mapping as a file source: the connector's defaults, then banso.yaml's columns for this table."""
    fields = {c.name for c in SOURCE_TABLES[part.table].loadable}
    columns = {k: v for k, v in {**part.default_columns, **mapping.columns}.items() if k in fields}
    defaults = {k: v for k, v in mapping.defaults.items() if k in fields and k not in mapping.columns}
    for key in defaults:  # a constant in banso.yaml replaces the connector's own column for that field
        if key in part.default_columns and key not in mapping.columns:
            columns.pop(key, None)
    return SourceConfig.model_validate({"table": part.table, "columns": columns, "defaults": defaults,
                                        "keep_extra": mapping.keep_extra, "timezone": mapping.timezone or zone})
