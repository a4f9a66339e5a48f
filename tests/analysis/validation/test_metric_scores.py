"""The metrics' scores the validation statistics read: one row per account and date, turned wide by the store.

Checked on the `town` world's year of snapshots against the long rows of `health_metric_values` read back
as they are, and the per-metric statistics against the same statistics computed from those long rows
(a group per metric; pandas' pivot_table for the weights).
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from banso.analysis.validation import discrimination, weights
from banso.analysis.validation.history import METRIC, load, metric_columns
from banso.health.engine import ActiveModel
from banso.workspace import Workspace

pytestmark = pytest.mark.slow


def long_rows(town: Workspace, version: str, since: pd.Timestamp) -> pd.DataFrame:
    m = town.store.table("health_metric_values")
    rows = town.store.execute(m.filter(m.model_version == version)
                              .select("account_id", "as_of", "metric", "dimension", "score"))
    rows["as_of"] = pd.to_datetime(rows["as_of"])
    return rows[rows["as_of"] >= since]


def test_wide_scores_hold_every_long_row(town: Workspace) -> None:
    version = ActiveModel.current(town.config).version
    h = load(town.store, town.config, version)
    long = long_rows(town, version, h.snapshots["as_of"].min())
    model = town.config.health
    assert h.metric_dimensions == {m: d for d, dim in model.dimensions.items() for m in dim.metrics}
    assert list(h.metric_dimensions) == sorted(h.metric_dimensions)
    assert set(metric_columns(h.metrics).values()) == set(h.metric_dimensions)
    assert len(h.metrics) == long.groupby(["account_id", "as_of"]).ngroups
    back = (h.metrics.melt(id_vars=["account_id", "as_of"], var_name="metric", value_name="score")
            .assign(metric=lambda f: f["metric"].str.removeprefix(METRIC)))
    want = long.drop(columns="dimension").sort_values(["account_id", "as_of", "metric"]).reset_index(drop=True)
    got = back.sort_values(["account_id", "as_of", "metric"]).reset_index(drop=True)
    assert len(long) > 100_000 and long["score"].isna().any(), "a year of values, some scores skipped"
    pd.testing.assert_frame_equal(got[want.columns], want, check_dtype=False)


def test_per_metric_statistics_match_those_of_the_long_rows(town: Workspace) -> None:
    version = ActiveModel.current(town.config).version
    h = load(town.store, town.config, version)
    long = long_rows(town, version, h.snapshots["as_of"].min())
    obs = discrimination.observed(h, h.snapshots, 90)
    labels = obs[["account_id", "as_of"]].assign(y=discrimination.churn_within(h, obs, 90).to_numpy())
    merged = long.merge(labels, on=["account_id", "as_of"])
    want = {(str(metric), str(dim)): (discrimination.auc(g["y"].to_numpy(), -g["score"].to_numpy(dtype=float)), len(g))
            for (metric, dim), g in merged.groupby(["metric", "dimension"])}
    got = {(c.name, c.dimension): (c.auc, c.snapshots) for c in discrimination.components(h) if c.kind == "metric"}
    assert got == want and len(got) == 17

    pivoted = long.pivot_table(index=["account_id", "as_of"], columns="metric", values="score", aggfunc="first")
    by_pivot = weights.suggest(replace(h, metrics=_flat(pivoted)), town.config.health)
    mine = weights.suggest(h, town.config.health)
    assert mine.metric_weights and mine == by_pivot


def _flat(pivoted: pd.DataFrame) -> pd.DataFrame:
    """pandas' pivot of the long rows, back in the layout of `History.metrics`."""
    return pivoted.rename(columns=lambda m: METRIC + str(m)).reset_index()
