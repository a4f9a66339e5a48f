"""Every metric and score query compiles to another engine's SQL (PostgreSQL), not only DuckDB's.

The full cross-engine conformance suite runs the queries on each engine; this checks that nothing
in the metric and health layers depends on a DuckDB-only construct.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import ibis
import pytest

from banso.config.load import load_config
from banso.demo.demo_workspace import demo_config
from banso.health.engine import ActiveModel, score_expr
from banso.health.read import band_composition_expr, trend_expr
from banso.health.scoring import dimension_rows, metric_rows
from banso.metrics import all_metrics, compile_metrics, metric_context
from banso.metrics.context import DateParams
from banso.workspace import Workspace
from tests.metrics import world

AS_OF = date(2026, 3, 2)


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("neutral")
    w = world.build(root)
    (root / "demo.yaml").write_text(demo_config(), encoding="utf-8")
    w.config = w.config.model_copy(update={"metrics": {**load_config(root / "demo.yaml").metrics,
                                                       **w.config.metrics}})
    return w


def postgres(expr: ibis.Expr) -> str:
    sql = ibis.to_sql(expr, dialect="postgres")
    assert "SELECT" in sql
    return sql


def test_every_metric_compiles_for_postgres(ws: Workspace) -> None:
    specs = all_metrics(ws.config)
    kinds = {s.kind for s in specs.values()}
    assert kinds >= {"event_count", "growth", "evenness", "latest_nps", "touchpoint_count", "feature_breadth"}
    for name, spec in specs.items():
        for use_rollup in (True, False):
            ctx = metric_context(ws.store, ws.config, AS_OF, rollup="auto" if use_rollup else "never")
            postgres(compile_metrics(ctx, {name: spec}))
    assert "JSON" in postgres(compile_metrics(metric_context(ws.store, ws.config, AS_OF),
                                              {"pro_issues_28d": specs["pro_issues_28d"]})).upper()


@pytest.mark.parametrize("parametrized", [False, True], ids=["literal-dates", "date-parameters"])
def test_score_queries_compile_for_postgres(ws: Workspace, tmp_path: Path, parametrized: bool) -> None:
    (tmp_path / "m.yaml").write_text(demo_config(), encoding="utf-8")
    active = ActiveModel.from_file(tmp_path / "m.yaml", ws.config)
    ctx = metric_context(ws.store, ws.config, AS_OF)
    if parametrized:
        ctx.params = DateParams(ws.config.timezone)
    plan, wide = score_expr(ctx, active)
    assert len(plan.entries) == 17
    for expr in (wide, metric_rows(wide, plan), dimension_rows(wide, plan)):
        if ctx.params is None:
            sql = postgres(expr)
        else:  # the date parameters bound as a PostgreSQL backend would bind them
            from ibis.backends.sql.compilers.postgres import compiler

            sql = compiler.to_sqlglot(expr, params=ctx.params.values(AS_OF)).sql(dialect="postgres")
        # the tier percentile: window counts over RANGE frames, which every engine reads alike
        assert "RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW" in sql.upper()


def test_snapshot_readers_compile_for_postgres(ws: Workspace) -> None:
    ws.score(as_of=AS_OF)
    version = ActiveModel.current(ws.config).version
    postgres(trend_expr(ws.store, version, AS_OF))
    postgres(band_composition_expr(ws.store, version))
