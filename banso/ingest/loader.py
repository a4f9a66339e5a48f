"""Load files into the store: pick the source mapping, plan each file, run one atomic bulk load."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from banso.config.models import SourceConfig, WorkspaceConfig
from banso.errors import LoadError
from banso.ingest.files import expand, scratch_dir, source_file
from banso.ingest.mapping import plan_for
from banso.model import SOURCE_TABLES
from banso.store.bulk_load import LoadOutcome, bulk_load, diagnose, file_columns
from banso.store.event_append import RowsRejected
from banso.store.limits import memory_cap
from banso.store.store import Store

Progress = Callable[[int, int, str], None]


def pick_source(config: WorkspaceConfig, table: str, name: str | None) -> tuple[str, SourceConfig]:
    """The named source, the only one for `table`, or canonical column names when none is set."""
    if table not in SOURCE_TABLES:
        raise LoadError(f"unknown table {table!r}; choose one of {', '.join(SOURCE_TABLES)}")
    if name is not None:
        source = config.sources.get(name)
        if source is None:
            known = ", ".join(config.sources) or "(none configured)"
            raise LoadError(f"no source named {name!r} in banso.yaml; known sources: {known}")
        if source.table != table:
            raise LoadError(f"source {name!r} loads table {source.table}, not {table}")
        return name, source
    candidates = [(n, s) for n, s in config.sources.items() if s.table == table]
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        names = ", ".join(n for n, _ in candidates)
        raise LoadError(f"several sources load {table} ({names}); choose one with --source")
    return table, SourceConfig(table=table)  # type: ignore[arg-type]


def load_files(
    store: Store,
    config: WorkspaceConfig,
    table: str,
    paths: list[str],
    *,
    source_name: str | None = None,
    allow_unknown: bool = False,
    progress: Progress | None = None,
) -> LoadOutcome:
    """Load `paths` into `table`; all of them land, or none."""
    name, source = pick_source(config, table, source_name)
    files = expand(paths)
    with scratch_dir() as scratch, memory_cap(store):
        work = []
        for path in files:
            f = source_file(path, source.format, source.encoding, source.delimiter, Path(scratch))
            columns = [c for c, _ in file_columns(store.raw, f)]
            plan = plan_for(table, name, source, f.name, columns, config.timezone, allow_unknown)
            work.append((f, plan))
        try:
            with store.transaction() as raw:
                return bulk_load(raw, work, progress)
        except RowsRejected:
            # The fast path held rows back: run the staging checks to name them; nothing is written.
            with store.transaction() as raw:
                diagnose(raw, work)
            raise

