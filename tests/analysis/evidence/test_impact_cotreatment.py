"""A playbook as a co-treatment: on a literal world where half the treated accounts are also enrolled in a
playbook at their touchpoint, the DiD counts the playbook's effect as the touchpoint's unless the
enrolments' effect periods are left out."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd

from banso.analysis.evidence.impact import ImpactSpec, impact, playbook_periods
from banso.workspace import Workspace
from tests.conftest import write

T0 = date(2026, 3, 2)  # a Monday: the meeting week
WEEKS = 6
TRUTH = 2.0  # the meeting's true effect, per week
PLAYBOOK = 8.0  # the playbook's, per week, for WEEKS weeks from its enrolment week
TREATED = [f"T{i}" for i in range(24)]
ENROLLED = TREATED[:12]  # enrolled in the playbook the week they meet CS
CONTROLS = [f"C{i}" for i in range(48)]
LATE = CONTROLS[:4]  # enrolled two weeks after T0: inside the window
SPEC = ImpactSpec("cs_meeting", proposed_feature=True, weeks=WEEKS)


def periods() -> pd.DataFrame:
    start = pd.Timestamp(T0)
    rows = [(a, start) for a in ENROLLED] + [(a, start + pd.Timedelta(weeks=2)) for a in LATE]
    return pd.DataFrame({"account_id": [a for a, _ in rows], "start": [s for _, s in rows],
                         "end": [s + pd.Timedelta(weeks=WEEKS) for _, s in rows]})


def load_world(workspace: Workspace, tmp_path: Path) -> Workspace:
    rng = np.random.default_rng(3)
    accounts = TREATED + CONTROLS
    workspace.load("accounts", [str(write(tmp_path / "a.csv", "account_id,tier\n" + "".join(
        f"{a},SMB\n" for a in accounts)))])
    tps = "touchpoint_id,ts,account_id,kind,proposed_feature\n" + "".join(
        f"m{i},{T0.isoformat()}T10:00:00+09:00,{a},cs_meeting,gantt_viewed\n" for i, a in enumerate(TREATED))
    workspace.load("touchpoints", [str(write(tmp_path / "t.csv", tps))])
    enrolled = {a: pd.Timestamp(T0) for a in ENROLLED} | {a: pd.Timestamp(T0) + pd.Timedelta(weeks=2) for a in LATE}
    rows, n = ["event_id,ts,user_id,account_id,event"], 0
    for week in range(-9, 9):
        monday = pd.Timestamp(T0) + pd.Timedelta(weeks=week)
        day = T0 + timedelta(weeks=week) + timedelta(days=2)
        for a in accounts:
            count = rng.poisson(4) + (3 if week >= 0 else 0)  # noise, and a season that lifts everyone from t0
            count += int(TRUTH) if a in TREATED and week >= 0 else 0
            start = enrolled.get(a)
            if start is not None and start <= monday < start + pd.Timedelta(weeks=WEEKS):
                count += int(PLAYBOOK)
            for _ in range(count):
                n += 1
                rows.append(f"e{n},{day.isoformat()}T10:00:00+09:00,u{a},{a},gantt_viewed")
    workspace.load("events", [str(write(tmp_path / "e.csv", "\n".join(rows) + "\n"))])
    return workspace


def test_leaving_out_playbook_enrolments_removes_the_co_treatment_bias(workspace: Workspace, tmp_path: Path) -> None:
    load_world(workspace, tmp_path)
    naive = impact(workspace.store, workspace.config, SPEC)
    assert naive.did_low is not None and naive.did_high is not None and naive.did is not None
    print(f"\n[co-treatment] without: DiD {naive.did:.2f} [{naive.did_low:.2f}, {naive.did_high:.2f}] (truth {TRUTH})")
    assert naive.did_low > TRUTH, "the playbook's effect on the enrolled is counted as the meeting's"
    assert naive.co_treated == 0 and "co_treated" not in naive.notes

    r = impact(workspace.store, workspace.config, SPEC, periods())
    assert r.did_low is not None and r.did_high is not None and r.did is not None
    print(f"[co-treatment] with: DiD {r.did:.2f} [{r.did_low:.2f}, {r.did_high:.2f}], left out {r.co_treated} "
          f"treated, {r.co_treated_controls} controls")
    assert r.did_low <= TRUTH <= r.did_high
    # every week from t0 of the enrolled treated accounts is censored: they are left out
    assert r.treated == len(TREATED) - len(ENROLLED) and {u.account_id for u in r.units}.isdisjoint(ENROLLED)
    assert r.co_treated == len(ENROLLED) and "co_treated" in r.notes


def test_an_enrolment_outside_the_window_leaves_everything_in(workspace: Workspace, tmp_path: Path) -> None:
    load_world(workspace, tmp_path)
    far = pd.DataFrame({"account_id": ["T0"], "start": [pd.Timestamp(T0) + pd.Timedelta(weeks=WEEKS)],
                        "end": [pd.Timestamp(T0) + pd.Timedelta(weeks=2 * WEEKS)]})
    r = impact(workspace.store, workspace.config, SPEC, far)  # it starts the week after the window
    assert r.treated == len(TREATED) and r.co_treated == 0 and "co_treated" not in r.notes


def test_an_enrolments_period_runs_for_the_playbooks_measured_weeks_or_its_exit_days() -> None:
    def book(weeks: int, after_days: int | None) -> SimpleNamespace:
        return SimpleNamespace(target=SimpleNamespace(weeks=weeks), exit=SimpleNamespace(after_days=after_days))

    books = {"rescue": book(8, 90), "nudge": book(4, None)}
    enrollments = pd.DataFrame({"playbook": ["rescue", "nudge", "gone"], "account_id": ["a", "b", "c"],
                                "enrolled_on": [date(2026, 3, 5), date(2026, 3, 2), date(2026, 3, 8)]})
    p = playbook_periods(enrollments, books)  # type: ignore[arg-type]
    monday = pd.Timestamp(2026, 3, 2)
    assert list(p["start"]) == [monday] * 3
    # 90 exit days are 13 weeks (more than the 8 measured); 4 measured weeks; 8 for a playbook now gone
    assert [(e - s).days // 7 for s, e in zip(p["start"], p["end"], strict=True)] == [13, 4, 8]
    assert playbook_periods(enrollments.iloc[:0], books).empty  # type: ignore[arg-type]
