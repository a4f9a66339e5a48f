"""The same metrics, scores, score readers, retention and evidence reports on DuckDB, PostgreSQL and Spark.

Every world is loaded on DuckDB (loading validates files with DuckDB's SQL), copied to a real
PostgreSQL server and to Spark in local mode started by the test session, and computed there by the
very code `banso score` runs. Expected values come from outside banso: numbers worked out by hand
(tests/metrics/world.py, the retention triangle, the evidence reports' literal worlds in tests/analysis/evidence)
or the plain-Python reference (tests/metrics/reference.py,
and `reference_scores` below for the health model). "Identical" means equal up to floating-point
summation order (relative 1e-9): engines add the same numbers in different orders.

An engine that cannot do something is marked `notimpl` with the reason (a strict expected failure).
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from banso.analysis.evidence.cs_contribution import cs_contribution
from banso.analysis.evidence.impact import impact
from banso.analysis.evidence.revenue import revenue_report
from banso.analysis.retention import retention_matrix
from banso.config.health import HealthModel, Percentile, Threshold
from banso.config.models import WorkspaceConfig
from banso.config.template import render
from banso.health import api
from banso.metrics import BUILTIN_METRICS, compute_metrics
from banso.store import Store
from banso.store.rollup import refresh_daily_rollup
from banso.workspace import Workspace
from tests.analysis import test_retention as retention_world
from tests.analysis.evidence import test_cs_contribution, test_data_quality, test_impact, test_inventory, test_revenue
from tests.conftest import write
from tests.engines.conftest import EngineCopies
from tests.health import test_snapshots as snapshot_world
from tests.metrics import world
from tests.metrics.reference import Reference, Rows
from tests.metrics.test_metrics import load_rows, random_world
from tests.signals import test_indicators

RANDOM_TZ = "America/New_York"  # daylight saving: 2026-03-09 is the day after the 23-hour day
RANDOM_DATES = [date(2026, 3, 9), date(2026, 4, 20)]

# A model with both scoring functions, both bands and a skipped metric (seats may be 0).
RANDOM_MODEL = """
health:
  name: conformance model
  bands: {good: 60, bad: 30}
  dimensions:
    use:
      weight: 2
      metrics:
        events_28d: {score: {type: percentile, within: tier}}
        active_rate_28d: {weight: 2, score: {type: threshold, bad: 0, good: 0.8}}
    depth:
      weight: 1
      metrics:
        evenness_28d: {score: {type: threshold, bad: 0.2, good: 0.9}}
        days_since_last_event: {score: {type: threshold, bad: 30, good: 2}}
        support_tickets_90d: {score: {type: percentile, within: all, higher_is_better: false}}
"""


def same(a: float | None, b: object) -> bool:
    missing_b = b is None or (isinstance(b, float) and math.isnan(b)) or b is pd.NA
    if a is None or (isinstance(a, float) and math.isnan(a)):
        return missing_b
    return not missing_b and math.isclose(a, float(b), rel_tol=1e-9, abs_tol=1e-9)  # type: ignore[arg-type]


# -- worlds (loaded on DuckDB once, copied to each engine once) -----------------------------------


@pytest.fixture(scope="module")
def literal_world(tmp_path_factory: pytest.TempPathFactory) -> Any:
    ws = world.build(tmp_path_factory.mktemp("literal"), accounts=snapshot_world.ACCOUNTS)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def random_rows() -> Rows:
    rows = random_world(11, RANDOM_TZ)
    for i, a in enumerate(rows.accounts):
        a["tier"] = ("SMB", "Mid")[i % 2]
    return rows


@pytest.fixture(scope="module")
def random_ws(tmp_path_factory: pytest.TempPathFactory, random_rows: Rows) -> Any:
    root = tmp_path_factory.mktemp("random")
    ws = load_rows(root, random_rows, RANDOM_TZ)
    text = world.config_text(RANDOM_TZ, extra="", health=RANDOM_MODEL)
    ws.config_path.write_text(text, encoding="utf-8")
    ws.config = Workspace.open(ws.root).config
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def retention_ws(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp("retention")
    ws = Workspace.init(root / "ws", config_text=render(name="retention", passive=["email_opened"]))
    for table in ("accounts", "users", "memberships", "events"):
        text = getattr(retention_world, table.upper())
        ws.load(table, [str(write(root / f"{table}.csv", text))])
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def indicator_world(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The alert indicators' literal world: accounts built to fire each rule and accounts built not to."""
    root = tmp_path_factory.mktemp("indicators")
    ws = test_indicators.load_world(Workspace.init(root / "ws", name="test"), root)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def evidence_worlds(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The literal worlds of the evidence report tests, each in a workspace of its own."""
    worlds = {}
    for name, module in [("revenue", test_revenue), ("contribution", test_cs_contribution),
                         ("impact", test_impact), ("quality", test_data_quality)]:
        root = tmp_path_factory.mktemp(name)
        worlds[name] = module.load_world(Workspace.init(root / "ws", name="test"), root)
    worlds["inventory"] = test_inventory.load_world(tmp_path_factory.mktemp("inventory"))
    yield worlds
    for ws in worlds.values():
        ws.close()


def metrics_of(store: Store, config: WorkspaceConfig, as_of: date, names: list[str], rollup: str) -> pd.DataFrame:
    if rollup == "auto":
        refresh_daily_rollup(store, config.events.passive)
    expr = compute_metrics(store, config, as_of, names, rollup=rollup)  # type: ignore[arg-type]
    return store.execute(expr).set_index("account_id").sort_index()


# -- metrics ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("rollup", ["never", "auto"], ids=["raw-events", "daily-rollup"])
def test_literal_world_metrics_match_the_hand_computed_values(engine: str, copies: EngineCopies,
                                                              literal_world: Workspace, rollup: str) -> None:
    store = copies.store("literal", literal_world)
    got = metrics_of(store, literal_world.config, world.AS_OF, list(world.EXPECTED), rollup)
    assert list(got.index)[:4] == ["A1", "A2", "A3", "A4"]
    wrong = [f"{m}[{a}] = {got.loc[a, m]!r}, expected {want!r}"
             for m, per_account in world.EXPECTED.items() for a, want in per_account.items()
             if not same(want, got.loc[a, m])]
    assert wrong == []


def test_alert_frames_metrics_compiled_once_match_the_hand_computed_values(engine: str, copies: EngineCopies,
                                                                          literal_world: Workspace) -> None:
    from banso.signals.frame import FrameBuilder

    store = copies.store("literal", literal_world)
    names = list(world.EXPECTED)
    builder = FrameBuilder(store, literal_world.config)
    earlier = builder.metric_values(world.AS_OF - timedelta(days=7), names)  # compiled at this date…
    got = builder.metric_values(world.AS_OF, names)  # …and run again at another
    assert len(builder._compiled) == 1 and len(earlier) == len(got)
    wrong = [f"{m}[{a}] = {got.loc[a, m]!r}, expected {want!r}"
             for m in names for a, want in world.EXPECTED[m].items() if not same(want, got.loc[a, m])]
    assert wrong == []


@pytest.mark.parametrize("kind", ["spark"])
def test_spark_without_adaptive_execution_computes_the_same_alert_frame(kind: str, request: pytest.FixtureRequest,
                                                                       literal_world: Workspace) -> None:
    """A workspace may turn adaptive execution off (store.options). The alert frame's metrics then still
    resolve and match: its temporary tables (local checkpoints) join the tables they were computed from,
    which Spark 4.0 failed to resolve without adaptive execution ("`account_id` cannot be resolved. Did
    you mean `account_id`")."""
    from banso.signals.frame import FrameBuilder

    session = request.getfixturevalue("spark_session")
    store = EngineCopies(kind, request).store("literal_static_plans", literal_world)
    names = list(world.EXPECTED)
    before = session.conf.get("spark.sql.adaptive.enabled")
    session.conf.set("spark.sql.adaptive.enabled", "false")
    try:
        got = FrameBuilder(store, literal_world.config).metric_values(world.AS_OF, names)
    finally:
        session.conf.set("spark.sql.adaptive.enabled", before)
    wrong = [f"{m}[{a}] = {got.loc[a, m]!r}, expected {want!r}"
             for m in names for a, want in world.EXPECTED[m].items() if not same(want, got.loc[a, m])]
    assert wrong == []


def test_alert_rules_fire_on_the_accounts_they_fire_on_in_duckdb(engine: str, copies: EngineCopies,
                                                                 indicator_world: Workspace) -> None:
    """Rules over the frame's parts that run as queries of their own (trial invitations, champion silence,
    recency, a metric four weeks before), each compiled once over date parameters and run on the engine;
    every rule's frame columns are the DuckDB ones. (Baselines over eight weeks, the same metric queries
    at more dates, are left to DuckDB: on Spark each date is seconds.)"""
    import json

    from banso.signals.evaluate import FrameBuilder, RuleSet, evaluate

    store = copies.store("indicators", indicator_world)
    day, config = test_indicators.AS_OF, indicator_world.config
    rules = ["silence", "champion_risk", "trial_at_risk"]

    def fired(s: Store) -> list[tuple[str, str, str]]:
        builder = FrameBuilder(s, config)
        out = evaluate(s, config, day, builder=builder, rules=RuleSet.of(config, builder, rules))
        return sorted((r.rule, r.account_id, json.dumps(r.values, sort_keys=True)) for r in out.itertuples())

    want = fired(indicator_world.store)
    assert {rule for rule, _, _ in want} == set(rules)
    assert fired(store) == want


def test_random_world_metrics_match_the_reference(engine: str, copies: EngineCopies, random_ws: Workspace,
                                                  random_rows: Rows) -> None:
    store = copies.store("random", random_ws)
    wrong = []
    for rollup, as_of in [("never", RANDOM_DATES[0]), ("auto", RANDOM_DATES[0]), ("auto", RANDOM_DATES[1])]:
        ref = Reference(random_rows, as_of, RANDOM_TZ, world.PASSIVE, world.FEATURES)
        got = metrics_of(store, random_ws.config, as_of, list(BUILTIN_METRICS), rollup)
        wrong += [f"{rollup} {as_of} {name}[{a['account_id']}] = {got.loc[a['account_id'], name]!r}, expected {want!r}"
                  for a in random_rows.accounts for name, want in ref.builtins(a["account_id"]).items()
                  if not same(want, got.loc[a["account_id"], name])]
    assert wrong == []


# -- scores ----------------------------------------------------------------------------------------


def reference_scores(rows: Rows, model: HealthModel, as_of: date) -> dict[str, float | None]:
    """The health score of every account from DESIGN.md, in plain Python over the reference's metric values."""
    ref = Reference(rows, as_of, RANDOM_TZ, world.PASSIVE, world.FEATURES)
    values = {a["account_id"]: ref.builtins(a["account_id"]) for a in rows.accounts}
    tier = {a["account_id"]: a["tier"] for a in rows.accounts}

    def metric_score(account: str, metric: str, fn: Threshold | Percentile) -> float | None:
        v = values[account][metric]
        if v is None:
            return None
        if isinstance(fn, Threshold):
            return min(max((v - fn.bad) / (fn.good - fn.bad), 0.0), 1.0)
        peers = [values[b][metric] for b in values if fn.within == "all" or tier[b] == tier[account]]
        xs = [x for x in peers if x is not None]
        mid = (sum(x < v for x in xs) + sum(x <= v for x in xs)) / (2 * len(xs))
        return mid if fn.higher_is_better else 1 - mid

    out: dict[str, float | None] = {}
    for account in values:
        dims = []
        for dim in model.dimensions.values():
            scored = [(m.weight, s) for name, m in dim.metrics.items()
                      if (s := metric_score(account, name, m.score)) is not None]
            if scored:
                dims.append((dim.weight, sum(w * s for w, s in scored) / sum(w for w, _ in scored)))
        out[account] = 100 * sum(w * d for w, d in dims) / sum(w for w, _ in dims) if dims else None
    return out


def band(score: float | None, model: HealthModel) -> str | None:
    if score is None:
        return None
    return "good" if score >= model.bands.good else "bad" if score < model.bands.bad else "normal"


def snapshot(store: Store, as_of: date | None = None) -> pd.DataFrame:
    """health_snapshots as comparable rows: JSON parsed, dates as dates, without the run's clock time."""
    t = store.table("health_snapshots")
    if as_of is not None:
        t = t.filter(t.as_of == as_of)
    df = store.execute(t.drop("computed_at"))
    df["as_of"] = pd.to_datetime(df["as_of"]).dt.date
    df["dimensions"] = [json.loads(v) if isinstance(v, str) else v for v in df["dimensions"]]
    df = df[sorted(df.columns)]  # Spark keeps the partition column (as_of) last
    return df.sort_values(["as_of", "account_id"]).reset_index(drop=True)


def metric_values(store: Store, as_of: date | None = None) -> pd.DataFrame:
    """health_metric_values as comparable rows, in (date, account, metric) order."""
    t = store.table("health_metric_values")
    if as_of is not None:
        t = t.filter(t.as_of == as_of)
    df = store.execute(t)
    df["as_of"] = pd.to_datetime(df["as_of"]).dt.date
    df = df[sorted(df.columns)]
    return df.sort_values(["as_of", "account_id", "metric"]).reset_index(drop=True)


def test_scores_match_the_reference(engine: str, copies: EngineCopies, random_ws: Workspace,
                                    random_rows: Rows) -> None:
    store = copies.store("random", random_ws)
    as_of = RANDOM_DATES[1]
    report = api.score(store, random_ws.config, as_of=as_of, backfill_weeks=2).run
    assert report.dates == [as_of - timedelta(weeks=1), as_of]
    model = random_ws.config.health
    for day in report.dates:
        want = reference_scores(random_rows, model, day)
        got = snapshot(store, day).set_index("account_id")
        wrong = [f"{day} {a}: {got.loc[a, 'score']!r} ({got.loc[a, 'band']}), expected {s!r} ({band(s, model)})"
                 for a, s in want.items()
                 if not same(s, got.loc[a, "score"]) or (got.loc[a, "band"] or None) != band(s, model)]
        assert wrong == []
        # The explanation lists dimensions in the model's order (PostgreSQL's JSONB would sort them); every
        # scored account has a row per metric of the model.
        values = metric_values(store, day).groupby("account_id").metric.agg(set)
        for a in want:
            dims = got.loc[a, "dimensions"]
            if isinstance(dims, dict):
                assert list(dims) == [d for d in model.dimensions if d in dims], a
                assert values[a] == set(model.metric_names()), a


def test_hand_computed_scores_and_snapshot_rows(engine: str, copies: EngineCopies, literal_world: Workspace) -> None:
    # tests/health/test_snapshots.py works these out: A1 67.5, A2 55, A3 and A4 0; A5 churned, A6 not started.
    store = copies.store("literal", literal_world)
    api.score(store, literal_world.config, as_of=world.AS_OF, backfill_weeks=2)
    snap = snapshot(store, world.AS_OF).set_index("account_id")
    assert snap.score.iloc[:4].tolist() == pytest.approx([67.5, 55.0, 0.0, 0.0])
    assert snap.band.tolist()[:4] == ["normal", "normal", "bad", "bad"]
    assert snap.loc[["A5", "A6"], "score"].isna().all()
    assert snap.loc["A1", "dimensions"]["use"] == pytest.approx({"score": 1.7 / 3, "weight": 0.75, "points": 42.5})
    mv = metric_values(store)
    # The store is shared with the module's other tests, which score more weeks: read the two this one wrote.
    mv = mv[mv.as_of.isin([world.AS_OF, world.AS_OF - timedelta(days=7)])]
    assert len(mv) == 2 * 4 * 3, "two dates, four scored accounts, three metrics"
    a3 = mv[(mv.as_of == world.AS_OF) & (mv.account_id == "A3") & (mv.metric == "active_rate_28d")]
    assert len(a3) == 1 and a3[["value", "score", "points"]].isna().all(axis=None), "no seats: skipped"
    assert not mv.account_id.isin(["A5", "A6"]).any(), "accounts not live have no metric values"


def test_score_readers_agree_with_duckdb(engine: str, copies: EngineCopies, literal_world: Workspace) -> None:
    """What `banso scores` and the overview read back (trend, top reasons, band composition)."""
    store = copies.store("literal", literal_world)
    config = literal_world.config
    api.score(store, config, as_of=world.AS_OF, backfill_weeks=4)
    scores = api.scores(store, config, world.AS_OF).set_index("account_id")
    assert scores.index.tolist() == ["A3", "A4", "A2", "A1"]
    assert scores.loc["A2", "top_reasons"] == ["tickets = 0 (−25.0)", "events in 28 days = 2 (−20.0)"]
    trend = {a: scores.loc[a, "trend"] for a in scores.index}
    comp = api.band_composition(store, config)
    last = comp.iloc[-1]
    assert (last.good, last.normal, last.bad, last["index"]) == (0, 2, 2, -50.0)
    if engine != "duckdb":  # the same history computed on DuckDB
        api.score(literal_world.store, config, as_of=world.AS_OF, backfill_weeks=4)
        duck = api.scores(literal_world.store, config, world.AS_OF).set_index("account_id")
        assert all(same(duck.loc[a, "trend"], t) for a, t in trend.items())
        pd.testing.assert_frame_equal(snapshot(literal_world.store).drop(columns=["dimensions"]),
                                      snapshot(store).drop(columns=["dimensions"]), check_dtype=False)
        pd.testing.assert_frame_equal(metric_values(literal_world.store), metric_values(store), check_dtype=False)


def test_derived_tables_are_kept_rebuilt_and_dropped(engine: str, copies: EngineCopies,
                                                     literal_world: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """The insights' summaries (`banso.store.derived`) on every engine: kept per stamp, rebuilt when it
    changes, the least recently used dropped beyond the limit."""
    from banso.store import derived

    store = copies.store("literal", literal_world)
    ev = store.table("events")
    per_account = ev.group_by("account_id").agg(n=ev.count())
    want = store.execute(per_account.order_by("account_id"))["n"].tolist()
    key = f"conformance per account|{engine}"
    kept = derived.derived_table(store, key, per_account, "events:1:first")
    assert store.execute(kept.order_by("account_id"))["n"].tolist() == want
    none = per_account.filter(per_account.n < 0)
    same = derived.derived_table(store, key, none, "events:1:first")  # the same stamp: the table as built
    assert store.execute(same.order_by("account_id"))["n"].tolist() == want
    assert store.execute(derived.derived_table(store, key, none, "events:2:again")).empty  # a new stamp: rebuilt
    monkeypatch.setattr(derived, "KEEP", 1)
    other = derived.derived_table(store, key + " (another)", per_account, "events:2:again")
    assert store.execute(other.order_by("account_id"))["n"].tolist() == want
    meta = store.execute(store.table("banso_meta"))
    kept_keys = {k for k in meta["key"] if k.startswith(derived.META) and not k.endswith(":built")}
    assert kept_keys == {derived.META + other.get_name()}, "the older table was dropped with its stamps"


def test_in_memory_frames_with_missing_dates(engine: str, copies: EngineCopies, literal_world: Workspace) -> None:
    """The web app filters its account facts (a pandas frame, missing renewal dates as NaT) on the store."""
    import ibis

    store = copies.store("literal", literal_world)
    # dates as Python dates and a missing one as NaT, in an object column: how the facts frame holds them
    facts = pd.DataFrame({"account_id": ["A1", "A2"], "renewal": pd.to_datetime(["2026-04-01", None]).date})
    t = ibis.memtable(facts)
    joined = t.join(store.table("accounts"), "account_id").select("account_id", "renewal", "seats")
    got = store.execute(joined.order_by("account_id"))
    assert got["account_id"].tolist() == ["A1", "A2"]
    assert pd.Timestamp(got["renewal"].iloc[0]).date() == date(2026, 4, 1) and pd.isna(got["renewal"].iloc[1])


# -- the account page -----------------------------------------------------------------------------


def test_account_page_reads_agree_with_duckdb(engine: str, copies: EngineCopies, literal_world: Workspace) -> None:
    """What /accounts/{id} reads (header, members, recent activity, onboarding, touchpoints) as plain rows."""
    from banso.analysis import account_view as av

    store, config = copies.store("literal", literal_world), literal_world.config
    milestones = {"first issue": "issue_created", "first document": "document_created"}
    for account in ("A1", "A2"):
        got = [av.account_header(store, account), av.members(store, config, account, world.AS_OF),
               av.recent(store, config, account, world.AS_OF, days=60, weeks=8),
               av.onboarding(store, account, milestones), av.touchpoints(store, account)]
        duck = literal_world.store
        want = [av.account_header(duck, account), av.members(duck, config, account, world.AS_OF),
                av.recent(duck, config, account, world.AS_OF, days=60, weeks=8),
                av.onboarding(duck, account, milestones), av.touchpoints(duck, account)]
        assert got == want, account
    activity, daily = av.recent(store, config, "A1", world.AS_OF, days=60, weeks=8)
    # A1's qualifying events in the 60 local days before 03-02: all but a06 (passive), a07 and a09 (03-02 local);
    # on 03-01 only a04; the world names no key actions.
    assert sum(daily.events) == 8 and daily.events[-1] == 1 and activity.series == {}


# -- retention -------------------------------------------------------------------------------------


def test_retention_matches_the_hand_computed_triangle(engine: str, copies: EngineCopies,
                                                      retention_ws: Workspace) -> None:
    store = copies.store("retention", retention_ws)
    m = retention_matrix(store, retention_ws.config, as_of=date(2026, 3, 2), weeks=4)
    assert {c.start: (c.size, [cell.share for cell in c.cells]) for c in m.cohorts} == retention_world.EXPECTED
    assert {(c.start, cell.k) for c in m.cohorts for cell in c.cells if not cell.complete} == retention_world.INCOMPLETE


# -- evidence reports ------------------------------------------------------------------------------


def test_revenue_report_matches_the_hand_computation(engine: str, copies: EngineCopies, evidence_worlds: Any) -> None:
    store = copies.store("revenue", evidence_worlds["revenue"])
    test_revenue.check_report(revenue_report(store, date(2026, 1, 1), date(2026, 4, 1)))


def test_cs_contribution_matches_the_hand_computation(engine: str, copies: EngineCopies,
                                                      evidence_worlds: Any) -> None:
    ws = evidence_worlds["contribution"]
    store = copies.store("contribution", ws)
    test_cs_contribution.check_contribution(cs_contribution(store, ws.config, date(2026, 1, 1), date(2026, 3, 1)))


def test_impact_recovers_the_planted_effect(engine: str, copies: EngineCopies, evidence_worlds: Any) -> None:
    ws = evidence_worlds["impact"]
    test_impact.check_impact(impact(copies.store("impact", ws), ws.config, test_impact.SPEC))


def test_inventory_flags_the_unreferenced_events(engine: str, copies: EngineCopies, evidence_worlds: Any) -> None:
    ws = evidence_worlds["inventory"]
    test_inventory.check_inventory(copies.store("inventory", ws), ws.config)


def test_data_quality_counts(engine: str, copies: EngineCopies, evidence_worlds: Any) -> None:
    test_data_quality.check_counts(copies.store("quality", evidence_worlds["quality"]))


# -- what the store holds (`banso status`) ----------------------------------------------------------


def test_store_status_reads_the_same_on_every_engine(engine: str, copies: EngineCopies,
                                                     literal_world: Workspace) -> None:
    """DuckDB answers `banso status` in its own SQL (banso.store.duckdb.status), the other engines through
    Ibis (banso.status.ibis_figures): the same figures. On DuckDB both paths run on the same store, the last
    loads included; the copies on the other engines hold the canonical tables, not the load log."""
    from banso.status import ibis_figures, status_of, store_status

    want = store_status(literal_world.store)
    assert want.counts["events"] > 0 and want.first_event is not None and want.last_loads
    if engine == "duckdb":
        assert status_of(ibis_figures(literal_world.store)) == want
    store = copies.store("literal", literal_world)
    got = store_status(store)
    assert (got.counts, got.first_event, got.last_event, got.accounts_without_events, got.events_without_account,
            got.events_with_unknown_account, got.events_by_source) == (
        want.counts, want.first_event, want.last_event, want.accounts_without_events, want.events_without_account,
        want.events_with_unknown_account, want.events_by_source)


def test_store_status_counts_the_orphans_the_same_way_on_duckdb(tmp_path: Path) -> None:
    """Events of an unknown account, events of none and accounts without events: DuckDB's own SQL and the
    Ibis path count the same (the literal world has no orphan events)."""
    from banso.status import ibis_figures, status_of, store_status

    ws = Workspace.init(tmp_path / "ws", name="orphans")
    try:
        ws.load("accounts", [str(write(tmp_path / "accounts.csv", "account_id,name\nA1,One\nA2,Two\nA3,Three\n"))])
        ws.load("events", [str(write(tmp_path / "events.csv", """
            event_id,ts,user_id,account_id,event
            e1,2026-01-06T10:00:00+09:00,u1,A1,login
            e2,2026-01-07T10:00:00+09:00,u1,A1,login
            e3,2026-01-08T10:00:00+09:00,u2,X9,login
            e4,2026-01-09T10:00:00+09:00,u2,X9,login
            e5,2026-01-10T10:00:00+09:00,u3,X8,login
            e6,2026-01-11T10:00:00+09:00,u4,,login
            """))], allow_unknown=True)
        got = store_status(ws.store)
        assert (got.accounts_without_events, got.events_with_unknown_account, got.events_without_account) == (2, 3, 1)
        assert status_of(ibis_figures(ws.store)) == got
    finally:
        ws.close()


def test_the_store_renewals_read_the_same_in_duckdb_sql_and_through_ibis(tmp_path: Path) -> None:
    """The times the read cache and the freshness line ask for (banso.status.renewals): DuckDB's own SQL and
    the Ibis path give the same, before any load, after loads and a score, and with the collector's line of
    the day in the load log, which only the time data last landed counts."""
    from banso.status import ibis_newest_event, ibis_renewals, newest_event, renewals

    ws = Workspace.init(tmp_path / "ws", name="renewals")
    try:
        empty = renewals(ws.store)
        assert empty.loaded is None and empty.landed is None and empty.scored is None
        assert ibis_renewals(ws.store) == empty
        assert newest_event(ws.store) is None and ibis_newest_event(ws.store) is None
        ws.load("accounts", [str(write(tmp_path / "accounts.csv", "account_id,name\nA1,One\n"))])
        ws.load("events", [str(write(tmp_path / "events.csv", """
            event_id,ts,user_id,account_id,event
            e1,2026-01-06T10:00:00+09:00,u1,A1,login
            """))])
        ws.score(as_of=date(2026, 1, 12))
        loaded = renewals(ws.store)
        assert loaded.loaded is not None and loaded.landed == loaded.loaded and loaded.scored is not None
        assert ibis_renewals(ws.store) == loaded
        assert newest_event(ws.store) == ibis_newest_event(ws.store) == datetime(2026, 1, 6, 1, 0)  # UTC
        later = datetime(2099, 1, 1, 9, 30)  # the collector's line, as its sink writes it
        ws.store.raw.execute("INSERT INTO loads VALUES ('collector:web:events:2099-01-01', 'events', 'web', "
                             "'collector', 3, 3, 0, ?, ?)", [later, later])
        collected = renewals(ws.store)
        assert (collected.loaded, collected.landed, collected.scored) == (loaded.loaded, later, loaded.scored)
        assert ibis_renewals(ws.store) == collected
    finally:
        ws.close()


def _old_engine_store(kind: str, request: pytest.FixtureRequest, name: str) -> tuple[Any, Any]:
    """A backend on a fresh schema (PostgreSQL) or database (Spark), and the adapter that writes it."""
    if kind == "postgres":
        from banso.store.engines import connect
        from banso.store.portable.postgres import PostgresAdapter

        backend = connect("postgres", request.getfixturevalue("postgres_url"), {"schema": name})
        return backend, PostgresAdapter(backend)
    from banso.store.portable.spark import SparkAdapter, connect_spark

    session = request.getfixturevalue("spark_session")
    session.sql(f"CREATE DATABASE IF NOT EXISTS {name}")
    session.catalog.setCurrentDatabase(name)
    backend = connect_spark(None, {})
    return backend, SparkAdapter(backend)


@pytest.mark.parametrize("kind", ["postgres", "spark"])
def test_an_engine_store_of_version_5_is_migrated_in_place(kind: str, request: pytest.FixtureRequest,
                                                           tmp_path: Path) -> None:
    """A store made at version 5 (snapshots with their metrics JSON) opens at the current version, rows kept.

    On Spark both kinds of table: managed by the warehouse, and external (files at a location of their own,
    which the rewritten table keeps).
    """
    places = [None] if kind == "postgres" else [None, tmp_path / "external"]
    for i, place in enumerate(places):
        _migrates_in_place(kind, request, f"w_migration_{i}", place)


def _migrates_in_place(kind: str, request: pytest.FixtureRequest, name: str, place: Path | None) -> None:
    import ibis
    import pyarrow.parquet as pq

    from banso.errors import StoreError
    from banso.store.layout import table_schemas
    from banso.store.open import engine_store
    from banso.store.schema import SCHEMA_VERSION

    backend, adapter = _old_engine_store(kind, request, name)
    for table, schema in table_schemas().items():
        if table == "health_snapshots":
            schema = ibis.schema({**dict(schema.items()), "metrics": "json"})
        if place is None:
            adapter.create(table, schema)
        else:
            adapter.create(table, schema, location=str(place / table))
    adapter.append("banso_meta", pd.DataFrame({"key": ["schema_version"], "value": ["5"]}))
    adapter.append("health_snapshots", pd.DataFrame({
        "account_id": ["A1"], "as_of": [date(2026, 3, 2)], "score": [61.5], "band": ["normal"], "model_name": ["m"],
        "model_version": ["v1"], "computed_at": [pd.Timestamp("2026-03-02 01:00")],
        "dimensions": ['{"use": {"score": 0.6}}'], "metrics": ['{"events_28d": {"value": 7}}']}))

    store = engine_store(kind, backend, label=f"{kind}:{name}")
    assert store.schema_version() == SCHEMA_VERSION
    snap = snapshot(store)
    assert sorted(snap.columns) == sorted(set(table_schemas()["health_snapshots"].names) - {"computed_at"})
    row = snap.iloc[0]
    assert (row.account_id, row.as_of, row.score, row.band, row.model_version) == ("A1", date(2026, 3, 2), 61.5,
                                                                                   "normal", "v1")
    assert row.dimensions == {"use": {"score": 0.6}}
    if place is not None:  # rewritten where it was, without the column
        files = list((place / "health_snapshots").rglob("*.parquet"))
        assert files and all("metrics" not in pq.read_schema(f).names for f in files)
    again = engine_store(kind, backend, label=f"{kind}:{name}")  # at the current version: nothing to do
    assert len(snapshot(again)) == 1

    store.set_meta("schema_version", "3")
    with pytest.raises(StoreError, match="schema 3, older than any engine store"):
        engine_store(kind, backend, label=f"{kind}:{name}")
