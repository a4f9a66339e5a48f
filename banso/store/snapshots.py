"""Writing health snapshots, on whichever engine holds the store.

The scores are Ibis expressions built in `banso.health`; writing `health_snapshots` and
`health_metric_values` is engine-specific: DuckDB's own SQL in one transaction
(`banso.store.duckdb.snapshots`), the portable engines through Ibis (`banso.store.portable.snapshots`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import ibis.expr.types as ir

if TYPE_CHECKING:
    from banso.store.duckdb.snapshots import SnapshotWriter
    from banso.store.duckdb.store import Store


def snapshot_writer(store: Store, *, wide: ir.Table, long_rows: Callable[[ir.Table], ir.Table],
                    metric_columns: dict[str, tuple[str, str, str, str]],
                    dimension_columns: dict[str, tuple[str, str, str]]) -> SnapshotWriter:
    """The snapshot writer of `store`'s engine.

    `wide`, `metric_columns` and `dimension_columns` as `SnapshotWriter`; `long_rows` turns such a table
    (with `as_of` added) into the rows of `health_metric_values`, as Ibis builds them on any engine
    (DuckDB builds the same rows from `metric_columns` in its own SQL, in account order).
    """
    if store.engine != "duckdb":
        from banso.store.portable.snapshots import EngineSnapshotWriter

        return EngineSnapshotWriter(store, wide=wide, long_rows=long_rows,  # type: ignore[arg-type, return-value]
                                    dimension_columns=dimension_columns)
    from banso.store.duckdb.snapshots import SnapshotWriter

    return SnapshotWriter(store, wide=wide, metric_columns=metric_columns, dimension_columns=dimension_columns)


def delete_version(store: Store, model_version: str) -> None:
    """Forget every snapshot of one model version."""
    if store.engine != "duckdb":
        from banso.store.portable import snapshots as portable

        portable.delete_version(store, model_version)  # type: ignore[arg-type]
        return
    from banso.store.duckdb import snapshots as embedded

    embedded.delete_version(store, model_version)
