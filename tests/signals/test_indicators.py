"""Each built-in indicator fires on an account built to trigger it and stays silent on one built not to.

The literal world (as of Monday 2026-03-02, Asia/Tokyo) is loaded through the real loaders, so the
frame's columns (state at the date, renewal, trial, champion, baselines) are checked end to end.
Band-based indicators are checked on literal frames, where the bands are written by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import ibis
import pandas as pd
import pytest

from banso.config.signals import BUILTIN_RULES
from banso.signals import data_quality
from banso.signals.compile import compile_rule, prepare
from banso.signals.evaluate import FrameBuilder, RuleSet, evaluate
from banso.signals.frame import BASE_COLUMNS
from banso.workspace import Workspace
from tests.conftest import copy_of_built, write

AS_OF = date(2026, 3, 2)

ACCOUNTS = """
    account_id,name,tier,mrr,seats,status,trial_started_at,contract_started_at,churned_at,owner
    QUIET,Quiet KK,SMB,10000,5,active,,2025-03-20,,sato
    DROP,Drop KK,Mid,50000,5,active,,2025-06-01,,sato
    STEADY,Steady KK,Mid,50000,5,active,,2025-06-01,,suzuki
    CHAMP,Champ KK,SMB,20000,5,active,,2025-06-01,,suzuki
    TRIAL_NO,Trial No,SMB,0,,trial,2026-02-25,,,
    TRIAL_INV,Trial Inv,SMB,0,,trial,2026-02-25,,,
    GONE,Gone KK,SMB,10000,5,churned,,2025-01-01,2026-01-15,sato
    """

MEMBERS = {"QUIET": ["q1"], "DROP": ["d1", "d2"], "STEADY": ["s1", "s2"], "CHAMP": ["c1", "c2"],
           "TRIAL_NO": ["t1"], "TRIAL_INV": ["t2"], "GONE": ["g1"]}


def _events() -> str:
    rows = ["event_id,ts,user_id,account_id,event"]
    n = 0

    def add(day: date, user: str | None, account: str | None, event: str = "issue_created", times: int = 1) -> None:
        nonlocal n
        for _ in range(times):
            n += 1
            rows.append(f"e{n},{day.isoformat()}T12:00:00+09:00,{user or ''},{account or ''},{event}")

    day = date(2025, 12, 1)
    while day < AS_OF:
        if day <= date(2026, 2, 10):
            add(day, "q1", "QUIET")
        add(day, "d1", "DROP", times=10 if day < date(2026, 2, 23) else 1)
        add(day, "s1", "STEADY", times=5)
        add(day, "s2", "STEADY", times=5)
        if day < date(2026, 2, 1):
            add(day, "c1", "CHAMP", times=8)
        if day.weekday() == 0:
            add(day, "c2", "CHAMP")
        add(day, None, None, event="page_viewed", times=5 if day >= date(2026, 2, 23) else 0)  # tracking broke
        day += timedelta(days=1)
    add(date(2026, 2, 26), "t2", "TRIAL_INV", event="user_invited")
    return "\n".join(rows) + "\n"


@pytest.fixture
def world(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The world below, loaded once per test session and copied for each test (tests record alerts in it)."""
    copy_of_built(tmp_path_factory, "indicators", lambda root: load_world(Workspace.init(root / "ws", name="test"),
                                                                          root).close(), tmp_path)
    ws = Workspace.open(tmp_path / "ws")
    yield ws
    ws.close()


def load_world(workspace: Workspace, tmp_path: Path) -> Workspace:
    """The accounts, members and events above, loaded into `workspace` through the real loaders."""
    workspace.load("accounts", [str(write(tmp_path / "accounts.csv", ACCOUNTS))])
    members = "user_id,account_id,role,joined_at\n" + "".join(
        f"{u},{a},{'admin' if i == 0 else 'member'},2025-01-01\n" for a, us in MEMBERS.items() for i, u in enumerate(us))
    workspace.load("users", [str(write(tmp_path / "users.csv", "user_id\n" + "\n".join(
        u for us in MEMBERS.values() for u in us) + "\n"))])
    workspace.load("memberships", [str(write(tmp_path / "memberships.csv", members))])
    (tmp_path / "events.csv").write_text(_events(), encoding="utf-8")
    workspace.load("events", [str(tmp_path / "events.csv")])
    return workspace


def fired(ws: Workspace) -> dict[str, set[str]]:
    df = evaluate(ws.store, ws.config, AS_OF)
    return {rule: set(group.account_id) for rule, group in df.groupby("rule")}


def test_the_frame_holds_what_was_knowable_at_the_date(world: Workspace) -> None:
    builder = FrameBuilder(world.store, world.config)
    rules = RuleSet.of(world.config, builder)
    frame = builder.build(AS_OF, rules.needs).set_index("account_id")
    assert "GONE" not in frame.index, "an account churned before the date is not evaluated"
    assert frame.loc["TRIAL_NO", "status"] == "trial" and frame.loc["DROP", "status"] == "active"
    assert frame.loc["QUIET", "days_to_renewal"] == 18  # next anniversary of 2025-03-20
    assert frame.loc["TRIAL_NO", "trial_days"] == 5 and frame.loc["TRIAL_NO", "trial_invites"] == 0
    assert frame.loc["TRIAL_INV", "trial_invites"] == 1
    assert frame.loc["CHAMP", "champion_silent_days"] == 30  # c1's last event: 2026-01-31
    assert frame.loc["STEADY", "champion_silent_days"] == 1
    assert frame.loc["DROP", "events_7d"] == 7
    assert frame.loc["DROP", "__baseline__events_7d__8"] == 70
    assert frame.loc["QUIET", "days_since_last_event"] == 20
    # The same frame a month earlier: TRIAL_NO had not started, GONE had not churned.
    earlier = builder.build(date(2026, 1, 5), rules.needs).set_index("account_id")
    assert "TRIAL_NO" not in earlier.index and earlier.loc["GONE", "status"] == "active"


def test_a_builder_compiles_a_set_of_metrics_once_and_gives_each_date_its_own_values(world: Workspace) -> None:
    from banso.metrics import compute_metrics

    builder = FrameBuilder(world.store, world.config)
    names = ["events_7d", "active_rate_28d", "days_since_last_event"]
    days = [AS_OF - timedelta(weeks=k) for k in range(6)]
    for day in days:
        got = builder.metric_values(day, names).sort_index()
        expected = world.store.execute(compute_metrics(world.store, world.config, day, names))
        pd.testing.assert_frame_equal(got, expected.set_index("account_id").sort_index()[sorted(names)])
    assert len(builder._compiled) == 1  # one set of names: compiled at the first date, run at the others
    assert builder.metric_values(AS_OF, names).loc["DROP", "events_7d"] == 7


def test_usage_drop_silence_champion_and_trial_fire_where_built_to(world: Workspace) -> None:
    f = fired(world)
    assert f.get("usage_drop") == {"DROP", "CHAMP"}  # CHAMP's use fell with its champion
    assert f.get("silence") == {"QUIET"}
    assert "CHAMP" in f.get("champion_risk", set()) and "STEADY" not in f.get("champion_risk", set())
    assert f.get("trial_at_risk") == {"TRIAL_NO"}
    assert not any("GONE" in accounts for accounts in f.values())


def test_data_quality_fires_on_a_tracking_break_only(world: Workspace) -> None:
    strict = world.config.model_copy(update={"signals": world.config.signals.model_copy(update={
        "data_quality": world.config.signals.data_quality.model_copy(update={"min_weekly_events": 10})})})
    out = data_quality.check(world.store, strict, AS_OF)
    assert set(out.rule) == {"data_quality_unattributed"}  # 35 of last week's 114 events have no account
    assert out.iloc[0]["values"]["share_without_account"] == pytest.approx(35 / (35 + 7 + 70 + 1 + 1), abs=1e-3)  # + the invitation
    assert data_quality.check(world.store, strict, date(2026, 2, 16)).empty  # before the break


BAND_FRAME = pd.DataFrame({
    "account_id": ["FELL", "STAYED", "RENEW_BAD", "RENEW_FINE", "UPSELL", "FULL_BAD"],
    "status": ["active"] * 6,
    "band": ["normal", "good", "bad", "good", "good", "bad"],
    "previous_band": ["good", "good", "bad", "good", "good", "bad"],
    "days_to_renewal": [300.0, 300.0, 45.0, 45.0, 200.0, 200.0],
    "seat_utilization": [0.5, 0.5, 0.5, 0.5, 0.95, 0.95],
    "__change__score__4": [-12.0, 0.0, -2.0, 1.0, 0.0, 0.0],
})


@pytest.mark.parametrize(("rule", "fires"), [
    ("band_drop", {"FELL"}),
    ("renewal_risk", {"RENEW_BAD"}),
    ("upsell_opportunity", {"UPSELL"}),
])
def test_band_indicators_on_literal_frames(workspace: Workspace, rule: str, fires: set[str]) -> None:
    known = set(BASE_COLUMNS) | {"seat_utilization"}
    compiled = prepare(rule, BUILTIN_RULES[rule].when, known)
    t = ibis.memtable(BAND_FRAME)
    got = set(workspace.store.ibis.execute(t.filter(compile_rule(compiled, t)).select("account_id"))["account_id"])
    assert got == fires
