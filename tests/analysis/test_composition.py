"""Composition by tier and segment, and OKR targets, on the three accounts of `bands_world.py` (bands known
by construction: G good, N normal, B bad then good)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from banso.appstate.auth import AuthError, find_user
from banso.errors import ConflictError
from banso.workspace import Workspace
from tests.analysis.bands_world import build
from tests.conftest import no_nan


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    w = build(tmp_path_factory.mktemp("composition"))
    yield w
    w.close()


def indexes(result: object) -> dict[str, list[tuple[date, float | None, float | None, bool | None]]]:
    no_nan(result)
    return {s.group: [(p.as_of, p.index, p.target, p.met) for p in s.points] for s in result.series}  # type: ignore[attr-defined]


def test_composition_of_everyone_and_by_tier(ws: Workspace) -> None:
    everyone = ws.composition_by()
    assert [(p.as_of, p.good, p.normal, p.bad) for p in everyone.series[0].points] == [
        (date(2026, 3, 2), 1, 1, 1), (date(2026, 3, 9), 2, 1, 0)]
    assert everyone.series[0].latest_index == pytest.approx(200 / 3)
    by_tier = indexes(ws.composition_by("tier"))
    assert by_tier == {
        "Enterprise": [(date(2026, 3, 2), 50.0, None, None), (date(2026, 3, 9), 50.0, None, None)],
        "SMB": [(date(2026, 3, 2), -100.0, None, None), (date(2026, 3, 9), 100.0, None, None)],
    }


def test_targets_per_period_and_weeks_since_met(ws: Workspace) -> None:
    with ws.app_state.session() as s:
        boss = find_user(s, "boss@x.example")
        csm = find_user(s, "csm@x.example")
    q1 = (date(2026, 1, 1), date(2026, 3, 31))
    ws.set_target(boss, "tier:SMB", *q1, 0)
    ws.set_target(boss, "tier:Enterprise", *q1, 60, note="stretch")
    ws.set_target(boss, "tier:Enterprise", date(2026, 4, 1), date(2026, 6, 30), 40)  # the next quarter
    by_tier = ws.composition_by("tier")
    got = {s.group: (s.target_now, s.weeks_since_met) for s in by_tier.series}
    # SMB met its target of 0 at the latest snapshot (−100 → +100); Enterprise (50) never reached 60
    assert got == {"Enterprise": (60.0, None), "SMB": (0.0, 0)}
    assert indexes(by_tier)["SMB"] == [(date(2026, 3, 2), -100.0, 0.0, False), (date(2026, 3, 9), 100.0, 0.0, True)]
    with pytest.raises(ConflictError, match="already has a target"):
        ws.set_target(boss, "tier:SMB", date(2026, 3, 1), date(2026, 4, 30), 10)
    with pytest.raises(PermissionError, match="only an admin"):
        ws.set_target(csm, "all", *q1, 10)
    with pytest.raises(AuthError, match="scope"):
        ws.set_target(boss, "colour:red", *q1, 10)
    with pytest.raises(AuthError, match="between"):
        ws.set_target(boss, "all", *q1, 150)


def test_weeks_since_met_counts_back_to_the_last_snapshot_that_met_it(ws: Workspace) -> None:
    ws.set_target(None, "owner:佐藤", date(2026, 3, 1), date(2026, 3, 31), 10)
    # 佐藤 owns G and B: 03-02 good + bad (index 0, not met); 03-09 two good (100, met)
    assert {s.group: s.weeks_since_met for s in ws.composition_by("owner").series} == {"佐藤": 0, "鈴木": None}
    # no account has a contract or seats: each uses every seat it has (its one member), so all three are in the
    # default phase "expansion" (seat_utilization ≥ 0.9), whose index 0 then 66.7 stays under a target of 90
    ws.set_target(None, "phase:expansion", date(2026, 3, 1), date(2026, 3, 31), 90)
    by_phase = ws.composition_by("phase")
    assert [(s.group, [p.met for p in s.points], s.weeks_since_met) for s in by_phase.series] == [
        ("expansion", [False, False], None)]


def test_saved_segments_compared(ws: Workspace) -> None:
    from banso.config.segment import SegmentSpec

    with ws.app_state.session() as s:
        boss = find_user(s, "boss@x.example")
    assert boss is not None
    small = ws.save_segment(boss, "Small ones", SegmentSpec(tier=["SMB"]))
    ws.set_target(boss, f"segment:{small.id}", date(2026, 1, 1), date(2026, 12, 31), 50)
    got = ws.composition_by("segment", [small.id], boss)
    assert [(s.group, s.scope, s.weeks_since_met) for s in got.series] == [
        ("Small ones", f"segment:{small.id}", 0)]
