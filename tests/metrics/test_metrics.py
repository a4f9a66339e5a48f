"""Every metric against numbers worked out by hand, and against a plain-Python reference."""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd
import pytest

from banso.errors import ConfigError
from banso.metrics import BUILTIN_METRICS, compute_metrics, list_metrics
from banso.store.rollup import daily_rollups, refresh_daily_rollup
from banso.workspace import Workspace
from tests.conftest import write
from tests.metrics import world
from tests.metrics.reference import Reference, Rows


def frame(ws: Workspace, as_of: date, names: list[str] | None = None, rollup: str = "auto") -> pd.DataFrame:
    expr = compute_metrics(ws.store, ws.config, as_of, names, rollup=rollup)  # type: ignore[arg-type]
    return ws.store.execute(expr).set_index("account_id").sort_index()


def same(a: float | None, b: float | None) -> bool:
    if a is None or (isinstance(a, float) and math.isnan(a)):
        return b is None or (isinstance(b, float) and math.isnan(b))
    return b is not None and not math.isnan(b) and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


@pytest.fixture
def literal(tmp_path: Path) -> Workspace:
    ws = world.build(tmp_path)
    yield ws  # type: ignore[misc]
    ws.close()


@pytest.mark.parametrize("use_rollup", [False, True], ids=["raw-events", "daily-rollup"])
def test_literal_world_matches_hand_computed_values(literal: Workspace, use_rollup: bool) -> None:
    # A1: window days 02-02…03-01 hold a01 (00:00 on the first day), a02, a03, a04 (23:59:59 on the
    # last day), a05 (15:30Z = 00:30 JST on 02-02), a10 (u4, not yet a member) and a11 (no user): 7.
    # Out: a06 (passive), a07 and a09 (00:00 JST on as_of), a08 (the day before the window).
    # Members u1, u2, u3 made 3, 2, 0 events: Gini = (1+3+2)·2 / (2·3²·5/3) = 0.4, evenness 0.6.
    if use_rollup:
        assert refresh_daily_rollup(literal.store, world.PASSIVE) == "rebuilt"
        assert daily_rollups(literal.store, world.PASSIVE) is not None
    got = frame(literal, world.AS_OF, list(world.EXPECTED), "auto" if use_rollup else "never")
    assert list(got.index) == ["A1", "A2", "A3", "A4"], "every account, also those without events"
    wrong = [
        f"{metric}[{acc}] = {got.loc[acc, metric]!r}, expected {want!r}"
        for metric, per_account in world.EXPECTED.items()
        for acc, want in per_account.items()
        if not same(want, got.loc[acc, metric])
    ]
    assert wrong == []


def test_every_builtin_metric_is_in_the_hand_computed_table_or_the_reference() -> None:
    # the reference covers all built-ins; the literal table the ones whose edge cases matter most
    ref = Reference(Rows([{"account_id": "A", "seats": None}], [], [], []), world.AS_OF, "UTC", [], ["x"])
    assert set(ref.builtins("A")) == set(BUILTIN_METRICS)


def test_metrics_are_float_columns_in_the_order_asked(literal: Workspace) -> None:
    expr = compute_metrics(literal.store, literal.config, world.AS_OF, ["seats", "events_28d"])
    assert expr.columns == ("account_id", "seats", "events_28d")
    assert all(str(expr.schema()[c]) == "float64" for c in ("seats", "events_28d"))


def test_timezone_changes_which_day_an_event_falls_on(tmp_path: Path) -> None:
    # The same rows in a UTC workspace: a01 (15:00Z on 02-01) and a05 (15:30Z on 02-01) fall before
    # the window, a07 and a09 (15:00Z on 03-01) inside it, so A1 still has 7 events in 28 days,
    # but 3 (a04, a07, a09) instead of 1 in the last 7, made by u2 and u3 instead of u2 alone.
    ws = world.build(tmp_path, timezone="UTC")
    try:
        got = frame(ws, world.AS_OF, ["events_28d", "events_7d", "active_users_7d"])
        assert got.loc["A1"].tolist() == [7.0, 3.0, 2.0]
    finally:
        ws.close()


# -- against the reference, on a random world ------------------------------------------------------

NAMES = ["login", "issue_created", "comment_added", "document_created", "gantt_viewed", "email_opened"]
KINDS = ["support_ticket", "cs_meeting", "seminar", "community", "help_content", "nps"]


def random_world(seed: int, tz: str) -> Rows:
    rnd = random.Random(seed)
    zone = ZoneInfo(tz)
    start = datetime(2025, 10, 1, tzinfo=zone)
    accounts = [{"account_id": f"A{i}", "seats": rnd.choice([None, 0, 2, 5, 8])} for i in range(8)]
    memberships = []
    for u in range(20):
        for acc in rnd.sample(accounts, rnd.choice([0, 1, 1, 1, 2])):
            joined = None if rnd.random() < 0.2 else start + timedelta(days=rnd.randrange(0, 200))
            memberships.append({"user_id": f"u{u}", "account_id": acc["account_id"],
                                "role": rnd.choice(["admin", "member", "member"]), "joined_at": joined})
    events = []
    for i in range(900):
        acc = rnd.choice(accounts)["account_id"]
        ts = start + timedelta(minutes=rnd.randrange(0, 200 * 24 * 60))
        user = None if rnd.random() < 0.05 else f"u{rnd.randrange(22)}"
        events.append({"event_id": f"e{i}", "account_id": acc, "user_id": user, "event": rnd.choice(NAMES),
                       "ts": ts, "props": {"plan": rnd.choice(["pro", "free"])}})
    touchpoints = []
    for i in range(120):
        kind = rnd.choice(KINDS)
        touchpoints.append({"touchpoint_id": f"t{i:03d}", "account_id": rnd.choice(accounts)["account_id"],
                            "kind": kind, "ts": start + timedelta(minutes=rnd.randrange(0, 200 * 24 * 60)),
                            "score": rnd.randrange(0, 11) if kind == "nps" else None})
    return Rows(accounts, memberships, events, touchpoints)


def _iso(ts: datetime | None, utc: bool) -> str:
    if ts is None:
        return ""
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if utc else ts.isoformat()


def load_rows(root: Path, rows: Rows, tz: str) -> Workspace:
    ws = Workspace.init(root / "ws", config_text=world.config_text(tz, extra=""))
    d = root / "files"
    pd.DataFrame([{**a, "seats": "" if a["seats"] is None else a["seats"]} for a in rows.accounts]).to_csv(
        d / "accounts.csv" if d.mkdir(parents=True, exist_ok=True) is None else d, index=False)
    pd.DataFrame([{**m, "joined_at": _iso(m["joined_at"], i % 2 == 0)} for i, m in enumerate(rows.memberships)]
                 ).to_csv(d / "memberships.csv", index=False)
    pd.DataFrame([{"event_id": e["event_id"], "ts": _iso(e["ts"], i % 2 == 0), "user_id": e["user_id"] or "",
                   "account_id": e["account_id"], "event": e["event"], "plan": e["props"]["plan"]}
                  for i, e in enumerate(rows.events)]).to_csv(d / "events.csv", index=False)
    pd.DataFrame([{**t, "ts": _iso(t["ts"], False), "score": "" if t["score"] is None else t["score"]}
                  for t in rows.touchpoints]).to_csv(d / "touchpoints.csv", index=False)
    ws.load("accounts", [str(d / "accounts.csv")])
    ws.load("memberships", [str(d / "memberships.csv")], allow_unknown=True)
    ws.load("events", [str(d / "events.csv")])
    ws.load("touchpoints", [str(d / "touchpoints.csv")])
    return ws


@pytest.mark.parametrize("tz", ["Asia/Tokyo", "America/New_York"])
def test_random_world_matches_the_reference(tmp_path: Path, tz: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("banso.store.duckdb.rollup._EVENTS_PER_SLICE", 150)  # build the rollups in several slices
    rows = random_world(11, tz)
    ws = load_rows(tmp_path, rows, tz)
    try:
        # 2026-03-09 in New York is the day after the spring-forward change: a 23-hour day.
        dates = [date(2026, 1, 5), date(2026, 3, 9), date(2026, 4, 20)]
        for use in ("never", "auto"):
            if use == "auto":
                refresh_daily_rollup(ws.store, world.PASSIVE)
            for as_of in dates:
                ref = Reference(rows, as_of, tz, world.PASSIVE, world.FEATURES)
                got = frame(ws, as_of, list(BUILTIN_METRICS), use)
                wrong = [
                    f"{as_of} {name}[{a['account_id']}] = {got.loc[a['account_id'], name]!r}, expected {want!r}"
                    for a in rows.accounts
                    for name, want in ref.builtins(a["account_id"]).items()
                    if not same(want, got.loc[a["account_id"], name])
                ]
                assert wrong == [], f"({use})"
    finally:
        ws.close()


# -- catalogue and errors --------------------------------------------------------------------------


def test_list_metrics_describes_builtin_and_declared_metrics(literal: Workspace) -> None:
    infos = {m.name: m for m in list_metrics(literal.config)}
    assert set(BUILTIN_METRICS) <= set(infos)
    assert infos["pro_issues_28d"].builtin is False
    assert infos["pro_issues_28d"].formula == "count of events issue_created where plan = 'pro' in [as_of − 28d, as_of)"
    assert infos["evenness_28d"].window == 28
    assert all(m.formula and m.kind for m in infos.values())


def test_unknown_metric_names_the_known_ones(literal: Workspace) -> None:
    with pytest.raises(ConfigError, match=r"unknown metric\(s\): nope; .* or use one of: .*active_rate_28d"):
        compute_metrics(literal.store, literal.config, world.AS_OF, ["nope"])


def test_invalid_metric_spec_names_file_line_and_key(tmp_path: Path) -> None:
    path = write(tmp_path / "banso.yaml", """
        name: x
        metrics:
          tickets:
            kind: touchpoint_count
            kinds: []
          Bad-Name:
            kind: members
          recent:
            kind: event_count
            windw: 7
        """)
    from banso.config.load import load_config

    with pytest.raises(ConfigError) as info:
        load_config(path)
    text = str(info.value)
    assert f"{path}:5: metrics.tickets.kinds: must not be empty" in text
    assert "Bad-Name" in text
    assert f"{path}:10: metrics.recent.windw: unknown key; valid keys here are: description, label, window, events" in text


def test_rollup_is_appended_on_new_loads_and_not_used_when_stale(literal: Workspace, tmp_path: Path) -> None:
    assert daily_rollups(literal.store, world.PASSIVE) is None
    assert refresh_daily_rollup(literal.store, world.PASSIVE) == "rebuilt"
    assert refresh_daily_rollup(literal.store, world.PASSIVE) == "fresh"
    more = write(tmp_path / "more.csv", """
        event_id,ts,user_id,account_id,event
        c01,2026-02-26T09:00:00+09:00,u3,A1,login
        c02,2026-02-26T10:00:00+09:00,u3,A1,login
        """)
    literal.load("events", [str(more)])
    assert daily_rollups(literal.store, world.PASSIVE) is None, "a stale rollup must never be read"
    assert frame(literal, world.AS_OF, ["events_28d"]).loc["A1", "events_28d"] == 9.0
    assert refresh_daily_rollup(literal.store, world.PASSIVE) == "appended"
    assert refresh_daily_rollup(literal.store, [*world.PASSIVE, "login"]) == "rebuilt", "other passive events"
    assert daily_rollups(literal.store, world.PASSIVE) is None
    assert refresh_daily_rollup(literal.store, world.PASSIVE) == "rebuilt"
    got = frame(literal, world.AS_OF, ["events_28d", "active_users_28d"])
    assert got.loc["A1"].tolist() == [9.0, 3.0]
