"""The ClickHouse SQL of the metrics and the health score, run on ClickHouse itself against the references.

banso cannot keep its store on ClickHouse yet, and no ClickHouse server can be reached from the test machine;
`test_dialects` checks that the SQL compiles. Compiling is not computing: Ibis writes rank() with a ROWS frame
there, under which ClickHouse ranks tied rows one after another, and percentile scores came out wrong while
the SQL was valid. So the same SQL is also run on ClickHouse embedded in the test process (chdb 4.4,
ClickHouse 26.9): the worlds of the conformance tests are loaded on DuckDB as usual, every table is copied
into a ClickHouse session through Parquet, and each expression `banso score` computes is compiled for
ClickHouse as banso compiles it (`banso.store.engines.to_sql`), run there, and compared with the hand-computed
figures and the plain-Python reference the other engines meet.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import duckdb
import ibis
import pandas as pd
import pytest

from banso.analysis.insights.events import PropertyFilter, property_condition
from banso.health.engine import ActiveModel, score_expr
from banso.health.scoring import dimension_rows, metric_rows
from banso.metrics import BUILTIN_METRICS, compute_metrics, metric_context
from banso.store.engines import to_sql
from banso.store.json_field import json_field
from banso.store.rollup import refresh_daily_rollup
from banso.workspace import Workspace
from tests.engines.test_conformance import (
    RANDOM_DATES,
    RANDOM_TZ,
    band,
    literal_world,
    random_rows,
    random_ws,
    reference_scores,
    same,
)
from tests.metrics import world
from tests.metrics.reference import Reference, Rows

__all__ = ["literal_world", "random_rows", "random_ws"]  # fixtures shared with the conformance tests


class EmbeddedClickHouse:
    """A ClickHouse session in this process holding copies of a DuckDB store's tables."""

    def __init__(self, folder: Path):
        from chdb.session import Session  # imported here: the library is large, and only this module needs it

        self.folder = folder
        self.session = Session(str(folder / "clickhouse"))
        self.databases = 0

    def copy(self, ws: Workspace) -> str:
        """Copy every table of `ws`'s DuckDB store into a new database; return the database's name."""
        self.databases += 1
        name = f"w{self.databases}"
        self.session.query(f"CREATE DATABASE {name} ENGINE = Atomic")
        raw = ws.store.raw  # type: ignore[attr-defined]
        for (table,) in raw.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall():
            parquet = self.folder / f"{name}-{table}.parquet"
            raw.execute(f"COPY {table} TO '{parquet}' (FORMAT parquet)")
            self.session.query(f"CREATE TABLE {name}.{table} ENGINE = Memory AS SELECT * FROM file('{parquet}', Parquet)")
        return name

    def frame(self, database: str, expr: ibis.Expr) -> pd.DataFrame:
        """`expr` compiled for ClickHouse and run in `database`, in a UTC session as banso's stores are."""
        self.session.query(f"USE {database}")
        sql = to_sql(expr, "clickhouse")
        return self.session.query(f"{sql}\nSETTINGS session_timezone = 'UTC'", "DataFrame")

    def close(self) -> None:
        self.session.close()


@pytest.fixture(scope="module")
def clickhouse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedClickHouse]:
    ch = EmbeddedClickHouse(tmp_path_factory.mktemp("clickhouse"))
    yield ch
    ch.close()


@pytest.fixture(scope="module")
def random_on_clickhouse(clickhouse: EmbeddedClickHouse, random_ws: Workspace) -> str:
    refresh_daily_rollup(random_ws.store, random_ws.config.events.passive)  # for the metrics read from the rollups
    return clickhouse.copy(random_ws)


def by_account(df: pd.DataFrame) -> pd.DataFrame:
    df["account_id"] = df["account_id"].astype(str)
    return df.set_index("account_id").sort_index()


LITERAL_METRICS = list(world.EXPECTED)


@pytest.fixture(scope="module")
def literal_on_clickhouse(clickhouse: EmbeddedClickHouse, literal_world: Workspace) -> str:
    refresh_daily_rollup(literal_world.store, literal_world.config.events.passive)
    return clickhouse.copy(literal_world)


@pytest.mark.parametrize("dialect", ["clickhouse"])
@pytest.mark.parametrize("rollup", ["never", "auto"], ids=["raw-events", "daily-rollup"])
@pytest.mark.parametrize("metric", LITERAL_METRICS)
def test_literal_world_metrics_on_clickhouse_are_the_hand_computed_values(
        clickhouse: EmbeddedClickHouse, literal_on_clickhouse: str, literal_world: Workspace,
        dialect: str, rollup: str, metric: str) -> None:
    expr = compute_metrics(literal_world.store, literal_world.config, world.AS_OF, [metric], rollup=rollup)  # type: ignore[arg-type]
    got = by_account(clickhouse.frame(literal_on_clickhouse, expr))
    wrong = [f"{metric}[{account}] = {got.loc[account, metric]!r}, expected {want!r}"
             for account, want in world.EXPECTED[metric].items() if not same(want, got.loc[account, metric])]
    assert wrong == []


def test_random_world_metrics_on_clickhouse_match_the_reference(
        clickhouse: EmbeddedClickHouse, random_on_clickhouse: str, random_ws: Workspace, random_rows: Rows) -> None:
    wrong = []
    for rollup, as_of in [("never", RANDOM_DATES[0]), ("auto", RANDOM_DATES[0]), ("auto", RANDOM_DATES[1])]:
        ref = Reference(random_rows, as_of, RANDOM_TZ, world.PASSIVE, world.FEATURES)
        expr = compute_metrics(random_ws.store, random_ws.config, as_of, list(BUILTIN_METRICS), rollup=rollup)  # type: ignore[arg-type]
        got = by_account(clickhouse.frame(random_on_clickhouse, expr))
        wrong += [f"{rollup} {as_of} {name}[{a['account_id']}] = {got.loc[a['account_id'], name]!r}, expected {want!r}"
                  for a in random_rows.accounts for name, want in ref.builtins(a["account_id"]).items()
                  if not same(want, got.loc[a["account_id"], name])]
    assert wrong == []


@pytest.mark.parametrize("as_of", RANDOM_DATES)
def test_scores_on_clickhouse_match_the_reference(clickhouse: EmbeddedClickHouse, random_on_clickhouse: str,
                                                  random_ws: Workspace, random_rows: Rows, as_of: date) -> None:
    """Both scoring functions, percentiles within a tier and across tiers (with ties), several bands."""
    model = random_ws.config.health
    _, wide = score_expr(metric_context(random_ws.store, random_ws.config, as_of), ActiveModel.current(random_ws.config))
    got = by_account(clickhouse.frame(random_on_clickhouse, wide))
    want = reference_scores(random_rows, model, as_of)
    assert sorted(got.index) == sorted(want)
    wrong = [f"{a}: {got.loc[a, 'score']!r}, expected {s!r}" for a, s in want.items() if not same(s, got.loc[a, "score"])]
    assert wrong == []
    # What the comparison must cover, so that a change to the world cannot make it hollow: tied values
    # in a percentile-scored metric, and scores in more than one band.
    ref = Reference(random_rows, as_of, RANDOM_TZ, world.PASSIVE, world.FEATURES)
    tickets = pd.Series([ref.builtins(a["account_id"])["support_tickets_90d"] for a in random_rows.accounts])
    assert tickets.dropna().duplicated().any()
    assert len({band(s, model) for s in want.values()}) >= 2


def test_the_explanation_rows_on_clickhouse_are_duckdbs(clickhouse: EmbeddedClickHouse, random_on_clickhouse: str,
                                                       random_ws: Workspace) -> None:
    """The rows the account page explains a score with (per metric and per dimension): the same on ClickHouse as
    on DuckDB, whose figures the conformance tests hold to the reference."""
    plan, wide = score_expr(metric_context(random_ws.store, random_ws.config, RANDOM_DATES[1]),
                            ActiveModel.current(random_ws.config))
    for name, expr, keys in [("metric rows", metric_rows(wide, plan), ["account_id", "metric"]),
                             ("dimension rows", dimension_rows(wide, plan), ["account_id", "dimension"])]:
        duck = random_ws.store.execute(expr).sort_values(keys).reset_index(drop=True)
        ch = clickhouse.frame(random_on_clickhouse, expr)
        ch[keys] = ch[keys].astype(str)
        ch = ch.sort_values(keys).reset_index(drop=True)
        assert len(duck) == len(ch) > 0, name
        assert list(ch[keys].itertuples(index=False)) == list(duck[keys].itertuples(index=False)), name
        wrong = [f"{name} {tuple(row[keys])} {column}: {ch.loc[i, column]!r}, DuckDB {row[column]!r}"
                 for i, row in duck.iterrows() for column in duck.columns
                 if column not in keys and not alike(row[column], ch.loc[i, column])]
        assert wrong == []


def alike(duck: object, ch: object) -> bool:
    """Text equal as text (ClickHouse may hand it back as bytes), numbers as the conformance tests compare them."""
    if isinstance(duck, str):
        return duck == (ch.decode() if isinstance(ch, bytes) else ch)
    return same(duck, ch)  # type: ignore[arg-type]


PROPERTIES = [
    '{"plan": "pro", "$browser": "Chrome", "seats": 12, "trial": true, "a.b": "dotted"}',
    '{"plan": 3, "seats": "12", "trial": 1}',
    '{"plan": null, "seats": 2.5, "trial": false, "$browser": ""}',
    '{"plan": "é \\"quoted\\"", "seats": -7, "nested": {"plan": "pro"}}',
    "{}",
    None,
]
FILTERS = [PropertyFilter(key=key, op=op, value=value)  # type: ignore[arg-type]
           for key in ("plan", "$browser", "seats", "trial", "a.b", "absent")
           for op, value in [("set", None), ("not set", None), ("=", "pro"), ("!=", "pro"), ("~", "r"),
                             ("=", "12"), ("<", "10"), (">=", "2.5")]]


def test_json_properties_read_on_clickhouse_as_on_duckdb(clickhouse: EmbeddedClickHouse) -> None:
    """A property read as text, number or boolean (metrics filtered on a property) and every insight filter on
    properties: ClickHouse answers what DuckDB answers, value for value, for strings, numbers, booleans,
    nulls, a missing key, names with `$` and `.`, and an event without properties."""
    events = ibis.table({"k": "int64", "properties": "json"}, name="ev")
    columns: dict[str, ibis.Value] = {}
    for key in ("plan", "$browser", "seats", "trial", "a.b", "absent"):
        item = json_field(events.properties, key)
        columns |= {f"{key} str": item.str, f"{key} float": item.float, f"{key} int": item.int,
                    f"{key} bool": item.bool}
    columns |= {f"{f.key} {f.op} {f.value}": property_condition(events.properties, f) for f in FILTERS}
    expr = events.select("k", **columns).order_by("k")

    duck = duckdb.connect()
    duck.execute("CREATE TABLE ev (k BIGINT, properties JSON)")
    duck.executemany("INSERT INTO ev VALUES (?, ?)", list(enumerate(PROPERTIES)))
    want = duck.execute(to_sql(expr, "duckdb")).df()
    clickhouse.session.query("CREATE DATABASE props ENGINE = Atomic")
    clickhouse.session.query("CREATE TABLE props.ev (k Int64, properties Nullable(String)) ENGINE = Memory")
    parquet = clickhouse.folder / "props.parquet"
    duck.execute(f"COPY ev TO '{parquet}' (FORMAT parquet)")
    clickhouse.session.query(f"INSERT INTO props.ev SELECT * FROM file('{parquet}', Parquet)")
    got = clickhouse.frame("props", expr)

    assert list(got.columns) == list(want.columns)
    wrong = [f"row {k} {column}: ClickHouse {got.loc[k, column]!r}, DuckDB {want.loc[k, column]!r}"
             for column in want.columns for k in range(len(PROPERTIES))
             if not _same_value(want.loc[k, column], got.loc[k, column])]
    assert wrong == []
    # Not hollow: the cases compared are the ones named above, read by hand from PROPERTIES.
    def column(name: str) -> list[object]:
        return [None if pd.isna(v) else v for v in want[name]]

    assert column("plan str") == ["pro", None, None, 'é "quoted"', None, None]
    assert column("seats float") == [12.0, None, 2.5, -7.0, None, None]
    assert column("trial bool") == [True, None, False, None, None, None]
    assert column("a.b str") == ["dotted", None, None, None, None, None]
    assert column("plan not set None") == [False, False, True, False, True, True]
    assert column("$browser set None") == [True, False, True, False, False, False]
    assert column("seats = 12") == [True, True, False, False, False, False]
    assert column("seats < 10") == [False, False, True, True, False, False]


def _same_value(duck: object, ch: object) -> bool:
    """Both missing (NULL, whatever the frame calls it), or `alike`."""
    if pd.isna(duck) or pd.isna(ch):  # type: ignore[call-overload]
        return bool(pd.isna(duck) and pd.isna(ch))  # type: ignore[call-overload]
    return alike(duck, ch)
