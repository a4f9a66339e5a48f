"""Load files into the store: pick the source mapping, plan each file, run one atomic bulk load."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from banso.config.models import SourceConfig, WorkspaceConfig
from banso.errors import LoadError, UnreadableFileError
from banso.ingest.encoding import advice, guess_encoding
from banso.ingest.files import expand, scratch_dir, source_file
from banso.ingest.mapping import plan_for
from banso.model import SOURCE_TABLES
from banso.store import Store
from banso.store.duckdb.bulk_load import bulk_load, diagnose
from banso.store.duckdb.event_append import RowsRejected
from banso.store.duckdb.load_sql import file_columns
from banso.store.limits import memory_cap
from banso.store.load_plan import LoadOutcome, LoadPlan, SourceFile

Progress = Callable[[int, int, str], None]


def pick_source(config: WorkspaceConfig, table: str, name: str | None, *,
                database: bool = False) -> tuple[str, SourceConfig]:
    """The named source, the only one for `table`, or canonical column names when none is set.

    Unnamed, only sources of the kind at hand count: file sources for files, database sources otherwise.
    """
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
    candidates = [(n, s) for n, s in config.sources.items()
                  if s.table == table and (s.database is not None) == database]
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        names = ", ".join(n for n, _ in candidates)
        raise LoadError(f"several sources load {table} ({names}); choose one with --source")
    if database:
        raise LoadError(f"no files given, and no source in banso.yaml reads {table} from a database; "
                        f"pass files, or add a source with `database:` (docs/sources.md)")
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
    if source.database is not None:
        raise LoadError(f"source {name!r} reads a database table or query, not files; "
                        f"run `banso load {table} --source {name}` without files")
    files = expand(paths)
    try:
        with scratch_dir() as scratch, memory_cap(store):
            work = []
            for path in files:
                f = source_file(path, source.format, source.encoding, source.delimiter, Path(scratch))
                columns = [c for c, _ in file_columns(store.raw, f)]
                plan = plan_for(table, name, source, f.name, columns, config.timezone, allow_unknown)
                work.append((f, plan))
            return run_load(store, work, progress)
    except UnreadableFileError as exc:
        if not exc.not_utf8:
            raise
        path = next(p for p in files if p.name == exc.file)
        raise UnreadableFileError(advice(exc.summary, guess_encoding(path), name, configured=name in config.sources),
                                  file=exc.file) from exc


def run_load(store: Store, work: list[tuple[SourceFile, LoadPlan]], progress: Progress | None) -> LoadOutcome:
    """One atomic bulk load of planned files (also the copy of a database source, staged as Parquet).

    Events first go in with their text as it is; if rows were held back, the load is rolled back
    and run again trimming text (a padded id is not a bad row), and only rows held back then are
    bad: the staging checks name them, and nothing is written.
    """
    for trim in (False, True):
        try:
            with store.transaction() as raw:
                return bulk_load(raw, work, progress, trim=trim)
        except RowsRejected as exc:
            if not exc.untrimmed:
                break
    with store.transaction() as raw:
        diagnose(raw, work)
