"""Snapshots in a workspace: what `banso score` writes, and what scores / explain / history read back."""

from __future__ import annotations

import json
import math
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from banso.cli import app
from banso.errors import ConfigError, NotFoundError
from banso.health.engine import ActiveModel
from banso.workspace import Workspace
from tests.conftest import copy_of_built, write
from tests.metrics import world

# The metric world's accounts, plus one that churned before as_of and one whose contract starts after.
ACCOUNTS = world.ACCOUNTS.rstrip() + """
    A5,3,SMB,churned,2025-01-01,2026-02-01T10:00:00+09:00
    A6,3,SMB,active,2026-04-01,
    """
ACCOUNTS = ACCOUNTS.replace("account_id,seats,tier", "account_id,seats,tier,status,contract_started_at,churned_at")
ACCOUNTS = "\n".join(line + ",,," if line.strip().startswith(("A1", "A2", "A3", "A4")) else line
                     for line in ACCOUNTS.splitlines())
AS_OF = world.AS_OF  # 2026-03-02, a Monday
runner = CliRunner()


@pytest.fixture
def ws(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    copy_of_built(tmp_path_factory, "snapshot-literal", lambda root: world.build(root, accounts=ACCOUNTS).close(), tmp_path)
    w = Workspace.open(tmp_path / "ws")
    yield w  # type: ignore[misc]
    w.close()


def as_dict(value: object) -> dict[str, object]:
    return value if isinstance(value, dict) else json.loads(str(value))


def flat(text: str) -> str:
    return " ".join(text.split())


def snapshot(ws: Workspace, as_of: date) -> pd.DataFrame:
    t = ws.store.table("health_snapshots")
    return ws.store.execute(t.filter(t.as_of == as_of)).set_index("account_id").sort_index()


def test_scores_by_hand(ws: Workspace) -> None:
    # use (weight 3): events_28d 0→10, active_rate_28d (weight 2) 0→0.8; reach (weight 1): tickets 0→2
    # A1: events 7 → 0.7, rate 0.4 → 0.5, use = (0.7 + 2·0.5)/3; tickets 2 → 1: 100·(¾·0.5667 + ¼·1) = 67.5
    # A2: events 2 → 0.2, rate 1.0 → 1, use = 2.2/3; tickets 0: 100·¾·0.7333 = 55
    # A3: no events, no seats (rate skipped): 0. A4: 0. A5 churned, A6 not started: not scored.
    report = ws.score(as_of=AS_OF).run
    assert report.dates == [AS_OF] and report.bands == {"normal": 2, "bad": 2}
    snap = snapshot(ws, AS_OF)
    assert list(snap.index) == ["A1", "A2", "A3", "A4", "A5", "A6"], "one row per account"
    assert snap.score.iloc[:4].tolist() == pytest.approx([67.5, 55.0, 0.0, 0.0])
    assert snap.band.tolist()[:4] == ["normal", "normal", "bad", "bad"]
    assert snap.loc[["A5", "A6"], "score"].isna().all() and snap.loc[["A5", "A6"], "band"].isna().all()
    version = ActiveModel.current(ws.config).version
    assert set(snap.model_version) == {version} and set(snap.model_name) == {"test model"}
    assert snap.computed_at.notna().all()
    dims = as_dict(snap.loc["A1", "dimensions"])
    assert dims["use"] == pytest.approx({"score": 1.7 / 3, "weight": 0.75, "points": 42.5})
    assert "metrics" not in snap.columns, "each metric's figures are in health_metric_values, once"
    mv = ws.store.execute(ws.store.table("health_metric_values")).set_index(["account_id", "metric"])
    assert len(mv) == 4 * 3, "one row per live account and metric"
    assert set(mv.model_version) == {version} and set(mv.index.get_level_values(0)) == {"A1", "A2", "A3", "A4"}
    a1 = mv.loc[("A1", "events_28d")]
    assert a1.dimension == "use" and [a1.value, a1.score, a1.points] == pytest.approx([7.0, 0.7, 17.5])
    assert mv.loc[("A3", "active_rate_28d"), ["value", "score", "points"]].isna().all(), "no seats: skipped"
    assert mv.loc[("A2", "events_28d")].points == pytest.approx(0.75 * 100 / 3 * 0.2)


def test_backfill_replaces_rows_and_history_reads_back(ws: Workspace) -> None:
    ws.score(as_of=AS_OF, backfill_weeks=4)
    ws.score(as_of=AS_OF, backfill_weeks=2)  # the last two weeks again: replaced, not duplicated
    t = ws.store.table("health_snapshots")
    counts = ws.store.execute(t.group_by("as_of").agg(n=t.count()).order_by("as_of"))
    assert [d.date() for d in counts.as_of] == [date(2026, 2, 9), date(2026, 2, 16), date(2026, 2, 23), AS_OF]
    assert counts.n.tolist() == [6, 6, 6, 6]
    hist = ws.score_history("A1")
    assert len(hist) == 4 and hist.score.iloc[-1] == pytest.approx(67.5)
    assert ws.latest_as_of() == AS_OF
    with pytest.raises(NotFoundError, match="no account 'nope'"):
        ws.score_history("nope")


def test_metric_values_are_written_in_account_order_within_each_date(ws: Workspace) -> None:
    # The account page reads one account's values without an index: kept in (date, account) order, they lie
    # in one row group per date. Both write paths: one date (read from the working tables) and a backfill.
    def stored_order() -> list[tuple[date, str]]:
        rows = ws.store.raw.execute("SELECT as_of, account_id FROM health_metric_values ORDER BY rowid").fetchall()
        return [(d, a) for d, a in rows]

    ws.score(as_of=AS_OF)
    assert stored_order() == sorted(stored_order()) and len(stored_order()) == 4 * 3
    ws.score(as_of=AS_OF, backfill_weeks=3)
    rows = stored_order()
    assert rows == sorted(rows) and {d for d, _ in rows} == {AS_OF - timedelta(weeks=k) for k in range(3)}


def test_trend_is_the_slope_over_the_last_four_snapshots(ws: Workspace) -> None:
    ws.score(as_of=AS_OF, backfill_weeks=5)
    df = ws.scores().set_index("account_id")
    hist = ws.score_history("A1").tail(4)
    weeks = np.array([-3.0, -2.0, -1.0, 0.0])
    assert df.loc["A1", "trend"] == pytest.approx(np.polyfit(weeks, hist.score.to_numpy(), 1)[0])
    assert list(df.columns) == ["account_id", "name", "tier", "plan", "mrr", "owner", "score", "band", "trend",
                                "top_reasons"][1:]
    assert df.index.tolist() == ["A3", "A4", "A2", "A1"], "lowest score first, unscored accounts left out"
    # A2 loses the most on its tickets (¼ of 100 points) and its 2 events (¾·⅓·0.8·100 = 20); the model labels
    # tickets, events_28d is named by its own (built-in) label
    assert df.loc["A2", "top_reasons"] == ["tickets = 0 (−25.0)", "events in 28 days = 2 (−20.0)"]


def test_explanation_adds_up_to_the_score_and_the_change(ws: Workspace) -> None:
    ws.score(as_of=AS_OF, backfill_weeks=3)
    for acc in ("A1", "A2", "A3"):
        e = ws.explain(acc)
        assert e.as_of == AS_OF and e.previous_as_of == date(2026, 2, 23)
        assert e.score is not None and e.previous_score is not None
        assert math.fsum(m.points for m in e.metrics) == pytest.approx(e.score, abs=1e-9)
        assert math.fsum(d.points for d in e.dimensions) == pytest.approx(e.score, abs=1e-9)
        assert math.fsum(m.change for m in e.metrics if m.change is not None) == pytest.approx(e.change, abs=1e-9)
        assert math.fsum(m.max_points for m in e.metrics) == pytest.approx(100.0)
    a3 = ws.explain("A3")
    rate = next(m for m in a3.metrics if m.metric == "active_rate_28d")
    assert rate.value is None and rate.score is None and rate.points == 0.0
    with pytest.raises(NotFoundError, match="no account 'nope'"):
        ws.explain("nope")
    with pytest.raises(NotFoundError, match="no health snapshot as of 2026-03-09"):
        ws.explain("A1", as_of=date(2026, 3, 9))


def test_band_composition_and_index(ws: Workspace) -> None:
    ws.score(as_of=AS_OF)
    comp = ws.band_composition()
    row = comp.iloc[-1]
    assert (row.good, row.normal, row.bad, row.scored) == (0, 2, 2, 4)
    assert (row.pct_good, row.pct_bad, row["index"]) == (0.0, 50.0, -50.0)


def test_default_date_is_the_monday_after_the_last_event(ws: Workspace) -> None:
    # the last event is a07 on local day 2026-03-02 → the day after is 03-03 → Monday 03-02
    assert ws.score().run.dates == [date(2026, 3, 2)]
    with pytest.raises(ConfigError, match="2026-03-03 is a Tuesday"):
        ws.score(as_of=date(2026, 3, 3))


def test_another_model_is_compared_without_overwriting(ws: Workspace, tmp_path: Path) -> None:
    ws.score(as_of=AS_OF, backfill_weeks=2)
    before = snapshot(ws, AS_OF)
    other = write(tmp_path / "other.yaml", """
        health:
          name: tickets only
          bands: {good: 60, bad: 30}
          dimensions:
            reach:
              weight: 1
              metrics:
                support_tickets_90d: {score: {type: threshold, bad: 0, good: 2}}
        """)
    out = ws.score(model_path=other, compare=True)
    assert out.comparison is not None and out.baseline is None
    assert out.run.dates == [date(2026, 2, 23), AS_OF], "the current model's history"
    current = ActiveModel.current(ws.config).version
    after = snapshot(ws, AS_OF)
    mine = after[after.model_version == current]
    assert mine.score.equals(before.score), "the current model's snapshots are untouched"
    theirs = after[after.model_version == out.run.model_version]
    assert theirs.score.iloc[:4].tolist() == [100.0, 0.0, 0.0, 0.0]
    changes = out.comparison.band_changes.set_index("account_id")
    assert changes.loc["A1", "other_band"] == "good" and changes.loc["A2", "other_band"] == "bad"
    assert set(out.comparison.composition.model) == {"current", "other"}


def test_model_files_are_checked_with_their_lines(ws: Workspace, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.yaml", """
        dimensions:
          use:
            weight: 1
            metrics:
              no_such_metric: {score: {type: threshold, bad: 0, good: 1}}
              events_28d: {score: {type: threshold, bad: 0, good: 1}, wieght: 2}
        """)
    with pytest.raises(ConfigError) as info:
        ws.score(model_path=bad)
    assert f"{bad}:6: health.dimensions.use.metrics.events_28d.wieght: unknown key" in str(info.value)
    bad.write_text(bad.read_text().replace(", wieght: 2", ""))
    with pytest.raises(ConfigError, match=r"bad.yaml:5: health.dimensions.use.metrics.no_such_metric: unknown metric"):
        ws.score(model_path=bad)


def test_banso_yaml_health_errors_name_the_line(tmp_path: Path) -> None:
    from banso.config.load import load_config

    path = write(tmp_path / "banso.yaml", """
        name: x
        health:
          dimensions:
            use:
              weight: 1
              metrics:
                feature_breadth_28d: {score: {type: threshold, bad: 0, good: 1}}
        """)
    with pytest.raises(ConfigError, match=r"banso.yaml:7: health.dimensions.use.metrics.feature_breadth_28d: .*"
                                          r"no features are listed; fill `events.features`"):
        load_config(path)


def test_cli_score_scores_explain(ws: Workspace) -> None:
    root = str(ws.root)
    ws.close()
    result = runner.invoke(app, ["score", "-w", root, "--as-of", "2026-03-02", "--backfill", "2"])
    assert result.exit_code == 0, result.output
    assert "2 weeks, 2026-02-23 – 2026-03-02" in flat(result.output)
    result = runner.invoke(app, ["scores", "-w", root, "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "account_id,name,tier,plan,mrr,owner,score,band,trend,top_reasons"
    assert lines[-1].startswith("A1,,SMB,,,,67.5,normal,")
    result = runner.invoke(app, ["scores", "-w", root, "--format", "json"])
    assert json.loads(result.output)[0]["account_id"] == "A3"
    result = runner.invoke(app, ["explain", "A1", "-w", root])
    assert result.exit_code == 0, result.output
    assert "A1 — 67.5 (normal) as of 2026-03-02" in flat(result.output)
    assert "tickets" in result.output


def _compiled(ws: Workspace) -> dict:
    """The compiled models of `ws`'s database: scoring runs on a connection of its own, kept between runs."""
    from banso.health import engine

    found = [models for store, models in engine._COMPILED.items() if store.path == ws.store.path]
    assert len(found) == 1, "one connection of this workspace holds its compiled models"
    return found[0]


def test_scoring_again_in_one_process_reuses_the_compiled_model_with_the_same_results(ws: Workspace) -> None:

    ws.score(as_of=AS_OF)
    first = snapshot(ws, AS_OF).drop(columns="computed_at")
    known = dict(_compiled(ws))
    assert len(known) == 1
    ws.score(as_of=AS_OF, backfill_weeks=2)  # one week and many: the same compiled queries
    assert _compiled(ws) == known
    pd.testing.assert_frame_equal(snapshot(ws, AS_OF).drop(columns="computed_at"), first)
    again = ws.store.table("health_snapshots")
    assert len(ws.store.execute(again.select("as_of").distinct())) == 2


def test_a_run_that_fails_half_way_leaves_the_next_one_clean(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:

    ws.score(as_of=AS_OF)
    compiled = next(iter(_compiled(ws).values()))
    calls = {"n": 0}
    real = compiled.queries.run

    def fails_second_date(as_of: date, con: object = None) -> None:  # on a connection of its own when dates run side by side
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("interrupted")
        real(as_of, con)

    monkeypatch.setattr(compiled.queries, "run", fails_second_date)
    with pytest.raises(RuntimeError):
        ws.score(as_of=AS_OF, backfill_weeks=2)
    monkeypatch.setattr(compiled.queries, "run", real)
    ws.score(as_of=AS_OF, backfill_weeks=2)
    snaps = ws.store.table("health_snapshots")
    counts = ws.store.execute(snaps.group_by("as_of").agg(n=snaps.count()))
    assert sorted(counts["n"].tolist()) == [6, 6]  # each date once, nothing left over from the failed run


def test_dates_computed_side_by_side_write_the_same_rows_as_one_after_another(
        ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from banso.store.duckdb import prepared

    def written() -> tuple[pd.DataFrame, pd.DataFrame]:
        snaps = ws.store.raw.sql("SELECT * EXCLUDE (computed_at) FROM health_snapshots ORDER BY as_of, account_id").df()
        values = ws.store.raw.sql(
            "SELECT * FROM health_metric_values ORDER BY as_of, account_id, metric, dimension").df()
        return snaps, values

    on: list[object] = []
    real = prepared.DateQueries.run

    def run(self: prepared.DateQueries, as_of: date, con: object = None) -> None:
        on.append(con)
        real(self, as_of, con)

    monkeypatch.setattr(prepared.DateQueries, "run", run)
    ws.score(as_of=AS_OF, backfill_weeks=6)  # a few weeks at once, each on a helper connection
    assert len(on) == 6 and None not in on and len({id(c) for c in on}) > 1
    side_by_side = written()
    assert len(side_by_side[0]) == 6 * 6 and side_by_side[1]["value"].notna().any()
    ws.serving_pages()  # as the web app says: from now on one date at a time, leaving cores for the pages
    on.clear()
    ws.score(as_of=AS_OF, backfill_weeks=6)
    assert on == [None] * 6  # on the working connection itself, one after another
    one_by_one = written()
    pd.testing.assert_frame_equal(side_by_side[0], one_by_one[0])
    pd.testing.assert_frame_equal(side_by_side[1], one_by_one[1])


def test_the_account_index_outlives_bulk_writes_failures_and_a_killed_process(
        ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write of many dates drops the account index and builds it again after; the index is there after
    every kind of write, after one that fails, and at the next opening of a store that lost it."""
    from banso.store.duckdb import snapshots
    from banso.store.schema import SNAPSHOT_INDEX

    def indexed() -> bool:
        return ws.store.raw.execute("SELECT count(*) FROM duckdb_indexes() WHERE index_name = ?",
                                    [SNAPSHOT_INDEX]).fetchall() == [(1,)]

    dropped: list[str] = []

    ws.score(as_of=AS_OF, backfill_weeks=4)  # into an empty table: rebuilt
    assert indexed()
    before = ws.store.raw.sql("SELECT * EXCLUDE (computed_at) FROM health_snapshots ORDER BY as_of, account_id").df()

    real_replace = snapshots.SnapshotWriter._replace

    def fails_inside(self: snapshots.SnapshotWriter, *args: object) -> None:
        dropped.append("yes" if not indexed() else "no")
        # the writer is kept for the next runs: break its statement for this run only (undo restores it)
        monkeypatch.setattr(self, "snapshot_sql", "INSERT INTO no_such_table SELECT 1")
        real_replace(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(snapshots.SnapshotWriter, "_replace", fails_inside)
    with pytest.raises(Exception, match="no_such_table"):
        ws.score(as_of=AS_OF, backfill_weeks=4)
    monkeypatch.undo()
    assert dropped == ["yes"]  # the whole table rewritten: the index was dropped for it
    assert indexed()
    after = ws.store.raw.sql("SELECT * EXCLUDE (computed_at) FROM health_snapshots ORDER BY as_of, account_id").df()
    pd.testing.assert_frame_equal(before, after)  # the failed write left the rows as they were

    def records(self: snapshots.SnapshotWriter, *args: object) -> None:
        dropped.append("yes" if not indexed() else "no")
        real_replace(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(snapshots.SnapshotWriter, "_replace", records)
    ws.score(as_of=AS_OF)  # one date of four: the index is updated, not rebuilt
    monkeypatch.undo()
    assert dropped == ["yes", "no"] and indexed()

    ws.store.raw.execute(f"DROP INDEX {SNAPSHOT_INDEX}")  # as a process killed between drop and rebuild leaves it
    root = ws.root
    ws.close()
    reopened = Workspace.open(root)
    try:
        assert reopened.store.raw.execute("SELECT count(*) FROM duckdb_indexes() WHERE index_name = ?",
                                          [SNAPSHOT_INDEX]).fetchall() == [(1,)]
        assert reopened.score_history("A1").score.iloc[-1] == pytest.approx(67.5)
    finally:
        reopened.close()


def test_the_validation_history_of_another_model_reads_that_models_dimensions(ws: Workspace, tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # `banso report validation --model FILE` validates a model whose dimensions the current one may not have.
    from banso.analysis.validation import history
    from banso.analysis.validation.history import DIMENSION, METRIC, load

    monkeypatch.setattr(history, "WARMUP_DAYS", 0)  # this world's history is shorter than the warm-up

    other = write(tmp_path / "other.yaml", """
        health:
          name: tickets only
          dimensions:
            care:
              weight: 1
              metrics:
                support_tickets_90d: {score: {type: threshold, bad: 0, good: 2}}
        """)
    out = ws.score(model_path=other, as_of=AS_OF)
    h = load(ws.store, ws.config, out.run.model_version)
    assert [c for c in h.snapshots.columns if c.startswith(DIMENSION)] == [DIMENSION + "care"]
    a1 = h.snapshots.set_index("account_id").loc["A1"]
    assert a1[DIMENSION + "care"] == pytest.approx(1.0), "A1: two tickets, the count that scores 100"
    assert h.metric_dimensions == {"support_tickets_90d": "care"}
    assert h.metrics.set_index("account_id").loc["A1", METRIC + "support_tickets_90d"] == pytest.approx(1.0)
