"""Writing health snapshots: the engine-specific half of the health engine (DuckDB SQL).

The scores themselves are Ibis expressions built in `banso.health`; this module writes
`health_snapshots` (with its JSON columns) and `health_metric_values` in one transaction per date,
replacing any earlier rows of the same `as_of` and model version.
"""

from __future__ import annotations

from datetime import date, datetime

import ibis.expr.types as ir

from banso.store.store import Store


class SnapshotWriter:
    """Compiled once for a model, then `write` per date (the scores sit in a temp table by then)."""

    def __init__(self, store: Store, *, wide: ir.Table, metric_rows: ir.Table, dimension_rows: ir.Table):
        self.store = store
        self.wide_sql = store.ibis.compile(wide.select("account_id", "score", "band"))
        self.metric_sql = store.ibis.compile(metric_rows)
        self.dim_sql = store.ibis.compile(dimension_rows)

    def write(self, as_of: date, model_name: str, model_version: str, computed_at: datetime) -> None:
        key = [as_of, model_version]
        with self.store.transaction() as raw:
            raw.execute("DELETE FROM health_metric_values WHERE as_of = ? AND model_version = ?", key)
            raw.execute("DELETE FROM health_snapshots WHERE as_of = ? AND model_version = ?", key)
            raw.execute(
                "INSERT INTO health_metric_values "
                "SELECT account_id, ?, ?, metric, dimension, value, score, points FROM (" + self.metric_sql + ")",
                key,
            )
            raw.execute(
                f"""
                INSERT INTO health_snapshots
                SELECT w.account_id, ?, w.score, w.band, ?, ?, ?, d.j, m.j
                FROM ({self.wide_sql}) w
                LEFT JOIN (
                  SELECT account_id, json_group_object(
                           dimension, json_object('score', score, 'weight', weight, 'points', points)) AS j
                  FROM ({self.dim_sql}) GROUP BY account_id
                ) d ON d.account_id = w.account_id
                LEFT JOIN (
                  SELECT account_id, json_group_object(
                           metric, json_object('value', value, 'score', score, 'points', points)) AS j
                  FROM health_metric_values WHERE as_of = ? AND model_version = ? GROUP BY account_id
                ) m ON m.account_id = w.account_id
                """,
                [as_of, model_name, model_version, computed_at, *key],
            )


def delete_version(store: Store, model_version: str) -> None:
    """Forget every snapshot of one model version."""
    with store.transaction() as raw:
        raw.execute("DELETE FROM health_metric_values WHERE model_version = ?", [model_version])
        raw.execute("DELETE FROM health_snapshots WHERE model_version = ?", [model_version])
