"""Every metric query and the scoring query compile to BigQuery, Snowflake and ClickHouse SQL.

Those warehouses cannot be reached from the test machine, so their SQL is checked the way it can be:
compiled through Ibis for each dialect (with banso's corrections, `banso.store.engines.compiler_for`),
parsed back by sqlglot, and compared with the snapshot under
tests/engines/snapshots/<dialect>/. A change to a query shows up as a reviewable diff of the SQL.
Regenerate after an intended change with `BANSO_UPDATE_SNAPSHOTS=1 pytest tests/engines/test_dialects.py`.
ClickHouse's SQL is also run, on ClickHouse embedded in the tests (test_clickhouse.py): valid SQL can still
compute other numbers.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import ibis
import pytest
import sqlglot
from sqlglot.dialects.bigquery import BigQuery

from banso.config.load import load_config
from banso.config.models import WorkspaceConfig
from banso.demo.demo_workspace import demo_config
from banso.health.engine import ActiveModel, score_expr
from banso.health.scoring import dimension_rows, metric_rows
from banso.metrics import all_metrics, compile_metrics, metric_context
from banso.store.engines import to_sql
from banso.store.rollup import refresh_daily_rollup
from banso.workspace import Workspace
from tests.metrics import world

SNAPSHOTS = Path(__file__).parent / "snapshots"
DIALECTS = ("bigquery", "snowflake", "clickhouse")
UPDATE = os.environ.get("BANSO_UPDATE_SNAPSHOTS") == "1"


def _config(tmp: Path) -> WorkspaceConfig:
    """The metric world's configuration with the demo's declared metrics added (every metric kind)."""
    (tmp / "banso.yaml").write_text(world.config_text(), encoding="utf-8")
    (tmp / "demo.yaml").write_text(demo_config(), encoding="utf-8")
    base = load_config(tmp / "banso.yaml")
    return base.model_copy(update={"metrics": {**load_config(tmp / "demo.yaml").metrics, **base.metrics}})


def _metric_names() -> list[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return sorted(all_metrics(_config(Path(tmp))))


METRICS = _metric_names()


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    root = tmp_path_factory.mktemp("dialects")
    w = world.build(root)
    w.config = _config(root)
    refresh_daily_rollup(w.store, w.config.events.passive)  # compile the rollup path, as scoring runs it
    yield w
    w.close()


def _stable(sql: str) -> str:
    """Ibis keeps dropped columns in a set, so their order in `EXCEPT (…)` (`EXCLUDE`) varies between runs."""
    def ordered(m: re.Match[str]) -> str:
        return f"{m.group(1)} (" + ", ".join(sorted(m.group(2).split(", "))) + ")"

    return re.sub(r"(EXCEPT|EXCLUDE) \(([^()]*)\)", ordered, sql)


class _BigQueryAsWritten(BigQuery):
    """BigQuery as sqlglot reads it, less the step that turns a comma join on `table.column` into an UNNEST.

    That step copies the whole subquery of every FROM it looks at, so on our nested queries its cost grows
    with the square of their depth: it took 4.0 of the 4.7 CPU-s of parsing the BigQuery snapshots. It only
    reshapes what was read (our SQL has no such join; the trees parsed with and without it are equal), so the
    check that the SQL is valid BigQuery is the same.
    """

    class Parser(BigQuery.Parser):
        SUPPORTS_IMPLICIT_UNNEST = False


def check_snapshot(dialect: str, name: str, expr: ibis.Expr) -> None:
    sql = _stable(to_sql(expr, dialect).strip()) + "\n"
    sqlglot.parse_one(sql, read=_BigQueryAsWritten if dialect == "bigquery" else dialect)  # valid SQL of that dialect
    path = SNAPSHOTS / dialect / f"{name}.sql"
    if UPDATE or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(sql, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"no snapshot yet: wrote {path}; review it and commit it")
    assert sql == path.read_text(encoding="utf-8"), (
        f"the {dialect} SQL of {name} changed; if intended, regenerate with BANSO_UPDATE_SNAPSHOTS=1")


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("metric", METRICS)
def test_metric_compiles(ws: Workspace, dialect: str, metric: str) -> None:
    ctx = metric_context(ws.store, ws.config, world.AS_OF)
    check_snapshot(dialect, f"metric_{metric}", compile_metrics(ctx, {metric: all_metrics(ws.config)[metric]}))


@pytest.mark.parametrize("dialect", DIALECTS)
def test_score_of_a_threshold_model_compiles(ws: Workspace, dialect: str) -> None:
    plan, wide = score_expr(metric_context(ws.store, ws.config, world.AS_OF), ActiveModel.current(ws.config))
    check_snapshot(dialect, "score_threshold_model", wide)
    check_snapshot(dialect, "score_threshold_model_metric_rows", metric_rows(wide, plan))


@pytest.mark.parametrize("dialect", DIALECTS)
def test_score_of_the_demo_model_compiles(ws: Workspace, tmp_path: Path, dialect: str) -> None:
    (tmp_path / "m.yaml").write_text(demo_config(), encoding="utf-8")
    active = ActiveModel.from_file(tmp_path / "m.yaml", ws.config)
    plan, wide = score_expr(metric_context(ws.store, ws.config, world.AS_OF), active)
    assert len(plan.entries) == 17
    check_snapshot(dialect, "score_demo_model", wide)
    check_snapshot(dialect, "score_demo_model_dimension_rows", dimension_rows(wide, plan))
