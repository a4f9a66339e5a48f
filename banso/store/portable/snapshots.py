"""Writing health snapshots on an engine store (PostgreSQL, Spark): the same rows as on DuckDB.

The scores are the same Ibis expressions on every engine; what differs is writing them. Each
scored date is kept in a temporary table of its own (Spark cannot append to a temporary view),
and `flush` replaces the snapshots of all those dates: the long rows of `health_metric_values`
from Ibis, and the JSON column of `health_snapshots` built by the engine's own JSON functions
(Ibis 12 cannot turn a struct into JSON on PostgreSQL or Spark), through the adapter.
The model's name and version enter the query as Ibis literals, escaped by the SQL compiler.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

import ibis
import ibis.expr.types as ir

if TYPE_CHECKING:
    from banso.store.portable.store import EngineStore

METRIC_VALUE_COLUMNS = ("account_id", "as_of", "model_version", "metric", "dimension", "value", "score", "points")


class EngineSnapshotWriter:
    """`banso.store.duckdb.snapshots.SnapshotWriter` on an engine store (same results; see `snapshot_writer`)."""

    def __init__(self, store: EngineStore, *, wide: ir.Table, long_rows: Callable[[ir.Table], ir.Table],
                 dimension_columns: dict[str, tuple[str, str, str]]):
        self.store = store
        self.wide = wide
        self.long_rows = long_rows
        self.dimensions = {d: dict(zip(("score", "weight", "points"), cols, strict=True))
                           for d, cols in dimension_columns.items()}
        self._collected: list[date] = []

    def write(self, as_of: date, model_name: str, model_version: str, computed_at: datetime) -> None:
        self.collect(as_of)
        self.flush(model_name, model_version, computed_at)

    result_sql: str | None = None  # the dates run one after another here: `collect` reads the working tables

    def collect(self, as_of: date, rows: None = None, *, final: bool = False) -> None:
        """Keep the current scores (of `as_of`) in a temporary table until `flush` (`final` changes nothing here)."""
        rows = self.wide.select(ibis.literal(as_of, type="date").name("as_of"), *self.wide.columns)
        self.store.adapter.replace(_part(len(self._collected)), rows, temp=True)
        self._collected.append(as_of)

    def flush(self, model_name: str, model_version: str, computed_at: datetime) -> None:
        """Replace the snapshots of every collected date (in one transaction where the engine has them)."""
        if not self._collected:
            return
        store, adapter, dates = self.store, self.store.adapter, self._collected
        parts = [store.table(_part(i)) for i in range(len(dates))]
        scored = parts[0] if len(parts) == 1 else ibis.union(*parts)
        scored = scored.mutate(model_name=ibis.literal(model_name, type="string"),
                               model_version=ibis.literal(model_version, type="string"),
                               computed_at=ibis.literal(computed_at, type="timestamp"))
        scored = scored.mutate(scored_=scored.score.notnull())  # the rows that get dimensions (as on DuckDB)
        adapter.replace("_health_all", scored, temp=True)  # computed once: both tables read the same rows
        every = store.table("_health_all")
        long = self.long_rows(every)
        long = long.mutate(model_version=ibis.literal(model_version, type="string")).select(*METRIC_VALUE_COLUMNS)
        try:
            with store.transaction():
                adapter.delete("health_metric_values", {"model_version": model_version}, among=("as_of", dates))
                adapter.delete("health_snapshots", {"model_version": model_version}, among=("as_of", dates))
                adapter.append_query("health_metric_values", long)
                adapter.append_json(
                    "health_snapshots", "_health_all",
                    ["account_id", "as_of", "score", "band", "model_name", "model_version", "computed_at"],
                    {"dimensions": ("scored_", self.dimensions)},
                )
        finally:
            for name in ["_health_all", *(_part(i) for i in range(len(dates)))]:
                adapter.drop(name)
            store.forget("health_snapshots")
            store.forget("health_metric_values")
        self._collected = []


    def discard(self) -> None:
        """Forget what was collected and not flushed (a run that failed half way)."""
        for i in range(len(self._collected)):
            self.store.adapter.drop(_part(i))
        self._collected = []


def _part(i: int) -> str:
    return f"_health_part_{i}"


def delete_version(store: EngineStore, model_version: str) -> None:
    """Forget every snapshot of one model version."""
    with store.transaction():
        store.adapter.delete("health_metric_values", {"model_version": model_version})
        store.adapter.delete("health_snapshots", {"model_version": model_version})
