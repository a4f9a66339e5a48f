"""Difference-in-differences on a literal world where the true effect is written down."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from banso.analysis.evidence.impact import ImpactResult, ImpactSpec, impact
from banso.workspace import Workspace
from tests.conftest import write

T0 = date(2026, 3, 2)  # a Monday: the meeting week


def load_world(workspace: Workspace, tmp_path: Path) -> Workspace:
    """Six treated accounts meet CS at T0 (true effect +5 a week) among 18 controls; a season lifts all by 3."""
    treated = [f"T{i}" for i in range(6)]
    controls = [f"C{i}" for i in range(18)]
    workspace.load("accounts", [str(write(tmp_path / "a.csv", "account_id,tier\n" + "".join(
        f"{a},SMB\n" for a in treated + controls)))])
    tps = "touchpoint_id,ts,account_id,kind,proposed_feature\n" + "".join(
        f"m{i},{T0.isoformat()}T10:00:00+09:00,{a},cs_meeting,gantt_viewed\n" for i, a in enumerate(treated))
    workspace.load("touchpoints", [str(write(tmp_path / "t.csv", tps))])
    rows, n = ["event_id,ts,user_id,account_id,event"], 0
    for week in range(-12, 12):
        day = T0 + timedelta(weeks=week) + timedelta(days=2)
        for a in treated + controls:
            base = 2 + (3 if week >= 0 else 0)  # a season that lifts everyone by 3 from t0 on
            effect = 5 if a in treated and week >= 0 else 0  # the meeting's true effect: +5 per week
            for _ in range(base + effect):
                n += 1
                rows.append(f"e{n},{day.isoformat()}T10:00:00+09:00,u{a},{a},gantt_viewed")
    workspace.load("events", [str(write(tmp_path / "e.csv", "\n".join(rows) + "\n"))])
    return workspace


SPEC = ImpactSpec("cs_meeting", proposed_feature=True, weeks=8)


def check_impact(r: ImpactResult) -> None:
    """What the planted world must give (also run on every engine by tests/engines)."""
    # the 18 controls are identical, so every treated account gets the same 3 nearest: 3 distinct controls
    assert r.treated == 6 and r.controls == 3
    assert r.naive == pytest.approx(8.0)  # 5 of effect + 3 of season: the naive figure takes credit for both
    assert r.did == pytest.approx(5.0)
    assert r.did_low is not None and r.did_high is not None and r.did_low - 1e-9 <= 5.0 <= r.did_high + 1e-9
    assert r.placebo == pytest.approx(0.0, abs=1e-9)
    assert r.naive_biased and "naive_biased" in r.notes
    assert r.controls_from == "never_treated" and "never_treated" in r.notes  # one date, nobody treated later
    assert r.relative == pytest.approx(5.0 / 5.0)  # +5 on a counterfactual of 2 + 3
    assert [u.feature for u in r.units] == ["gantt_viewed"] * 6 and {u.t0 for u in r.units} == {T0}


def test_did_recovers_the_planted_effect_and_the_naive_figure_does_not(workspace: Workspace, tmp_path: Path) -> None:
    load_world(workspace, tmp_path)
    check_impact(impact(workspace.store, workspace.config, SPEC))
