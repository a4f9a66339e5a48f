"""Writing health snapshots: the engine-specific half of the health engine (DuckDB SQL).

The scores themselves are Ibis expressions built in `banso.health`; this module writes
`health_snapshots` (with its dimensions' JSON) and `health_metric_values` in one transaction,
replacing any earlier rows of the same dates and model version. Other engines write the same rows
through `banso.store.portable.snapshots` (`banso.store.snapshots` picks).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import ibis.expr.types as ir

from banso.store.duckdb.store import Store
from banso.store.schema import SNAPSHOT_INDEX, SNAPSHOT_INDEX_SQL


class SnapshotWriter:
    """Compiled once for a model, then `write` per date (the scores sit in a temp table by then).

    `wide` has account_id, live, score, band and the columns named in `metric_columns` (metric →
    its dimension, then its value, score and points columns) and `dimension_columns` (dimension →
    score, weight and points columns); the rows of both tables are built from them directly.

    A backfill `collect`s each date's scores and `flush`es them together: two bulk inserts instead
    of two per date. The scores are kept in account order within each date, and the metric values
    are written in that order: an account's values of one date then sit in one row group, so the
    account page reads them without scanning the table (which has no index: 13 million rows a
    year at the design scale).
    """

    def __init__(self, store: Store, *, wide: ir.Table, metric_columns: dict[str, tuple[str, str, str, str]],
                 dimension_columns: dict[str, tuple[str, str, str]]):
        self.store = store
        self.wide_sql = store.ibis.compile(wide)
        self._collected: list[date] = []
        self._view = False  # whether _health_all is a view of the working tables (one date) or a table
        # The JSON of each row from a struct: the same text as json_object() with the same keys in the same
        # order, built in half the time.
        dims = ", ".join(
            f"{_q(d)} := struct_pack(score := {_q(sc)}, weight := {_q(w)}, points := {_q(p)})"
            for d, (sc, w, p) in dimension_columns.items()
        )
        self.snapshot_sql = (
            "INSERT INTO health_snapshots SELECT account_id, as_of, score, band, ?, ?, ?, "
            f"CASE WHEN score IS NOT NULL THEN to_json(struct_pack({dims})) END "
            "FROM _health_all"
        )
        # One row per live account and metric: each row's list of metrics unnested, which keeps the rows'
        # order (a union of one select per metric would write each metric's rows apart, and takes longer).
        values = ", ".join(
            f"struct_pack(metric := ?::VARCHAR, dimension := ?::VARCHAR, value := {_q(v)}, score := {_q(sc)}, "
            f"points := {_q(p)})"
            for _, v, sc, p in metric_columns.values()
        )
        self.values_names = [name for m, (d, *_) in metric_columns.items() for name in (m, d)]
        self.values_sql = (
            "INSERT INTO health_metric_values SELECT account_id, as_of, ?, m.metric, m.dimension, m.value, m.score, "
            f"m.points FROM (SELECT account_id, as_of, unnest([{values}]) AS m FROM _health_all WHERE live)"
        )

    def write(self, as_of: date, model_name: str, model_version: str, computed_at: datetime) -> None:
        """Replace the snapshot of one date now."""
        self.collect(as_of, final=True)
        self.flush(model_name, model_version, computed_at)

    @property
    def result_sql(self) -> str:
        """What `collect` keeps of a date: the scores, read where the date's working tables are."""
        return self.wide_sql

    def collect(self, as_of: date, rows: Any = None, *, final: bool = False) -> None:
        """Keep the scores of `as_of` aside; `flush` writes everything collected at once.

        `rows` are those scores already read (Arrow, from `result_sql` on the connection that computed
        them); without them they are read from this store's working tables. `final` says nothing is
        computed before the flush: a lone date is then read from the working tables by the flush
        itself, not copied first.
        """
        raw = self.store.raw
        if rows is None and final and not self._collected:
            raw.execute(f"CREATE OR REPLACE TEMP VIEW _health_all AS "
                        f"SELECT DATE '{as_of.isoformat()}' AS as_of, * FROM ({self.wide_sql}) ORDER BY account_id")
            self._view = True
            self._collected.append(as_of)
            return
        source = "_health_rows" if rows is not None else f"({self.wide_sql})"
        if rows is not None:
            raw.register("_health_rows", rows)
        try:
            if not self._collected:
                raw.execute(f"CREATE OR REPLACE TEMP TABLE _health_all AS SELECT ?::DATE AS as_of, * FROM {source} "
                            "ORDER BY account_id", [as_of])
            else:
                raw.execute(f"INSERT INTO _health_all SELECT ?::DATE, * FROM {source} ORDER BY account_id", [as_of])
        finally:
            if rows is not None:
                raw.unregister("_health_rows")
        self._collected.append(as_of)

    def flush(self, model_name: str, model_version: str, computed_at: datetime) -> None:
        """Replace the snapshots of every collected date, in one transaction."""
        if not self._collected:
            return
        dates = self._collected
        marks = ", ".join("?" for _ in dates)
        with self.store.writing(), self._account_index():
            self._replace(dates, marks, model_name, model_version, computed_at)
        self._drop()

    def _replace(self, dates: list[date], marks: str, model_name: str, model_version: str,
                 computed_at: datetime) -> None:
        with self.store.transaction() as raw:
            raw.execute(f"DELETE FROM health_metric_values WHERE model_version = ? AND as_of IN ({marks})",
                        [model_version, *dates])
            raw.execute(f"DELETE FROM health_snapshots WHERE model_version = ? AND as_of IN ({marks})",
                        [model_version, *dates])
            raw.execute(self.values_sql, [model_version, *self.values_names])
            raw.execute(self.snapshot_sql, [model_name, model_version, computed_at])

    @contextmanager
    def _account_index(self) -> Iterator[None]:
        """Around a write of many dates: drop the account index of `health_snapshots`, build it again after.

        Updating the index row by row costs more than building it afresh once a write replaces more than
        an eighth of the table (at the design scale, 52 weeks over 52: 10.3 s against 5.9 s, commit and
        checkpoint included; 4 weeks: the same either way; one week: 0.5 s against 0.7 s). The drop is
        committed on its own: dropped inside the write's transaction, the commit costs as much as before.
        The index comes back whether the write succeeds or not (and at the next opening of the store if the
        process dies in between); meanwhile readers find the same rows, by a scan.
        """
        if self._view:  # one date (read from the working tables): updating the index costs less
            yield
            return
        raw = self.store.raw
        written = raw.execute("SELECT count(*) FROM _health_all").fetchall()[0][0]
        stored = raw.execute("SELECT count(*) FROM health_snapshots").fetchall()[0][0]
        if written * 8 < stored:
            yield
            return
        raw.execute(f"DROP INDEX IF EXISTS {SNAPSHOT_INDEX}")
        try:
            yield
        finally:
            raw.execute(SNAPSHOT_INDEX_SQL)

    def discard(self) -> None:
        """Forget what was collected and not flushed (a run that failed half way)."""
        if self._collected:
            self._drop()

    def _drop(self) -> None:
        self.store.raw.execute(f"DROP {'VIEW' if self._view else 'TABLE'} IF EXISTS _health_all")
        self._collected = []
        self._view = False


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def delete_version(store: Store, model_version: str) -> None:
    """Forget every snapshot of one model version."""
    with store.transaction() as raw:
        raw.execute("DELETE FROM health_metric_values WHERE model_version = ?", [model_version])
        raw.execute("DELETE FROM health_snapshots WHERE model_version = ?", [model_version])
