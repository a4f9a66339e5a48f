"""The onboarding view on the accounts of `lifecycle_world.py`: completion, median days, who is stuck where."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from banso.analysis.reports.onboarding import OnboardingResult, OnboardingSpec
from banso.workspace import Workspace
from tests.analysis.lifecycle_world import build
from tests.conftest import no_nan


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    w = build(tmp_path_factory.mktemp("onboarding"))
    yield w
    w.close()


def table(result: OnboardingResult) -> dict[date, tuple[int, list[tuple[int, float | None, float | None]]]]:
    no_nan(result)
    return {c.start: (c.size, [(m.reached, m.rate, m.median_days) for m in c.milestones]) for c in result.cohorts}


def test_by_contract_month(ws: Workspace) -> None:
    got = ws.onboarding(OnboardingSpec())
    assert got.milestones == ["Invite a teammate", "First issue"]
    # contracts of the last six months: O1 and O2 (2026-02-01); X1's starts after the date, the rest long before.
    # Invitations 1 and 2 days after the start; O2's first issue after 3 days, O1's comes after the date.
    assert table(got) == {date(2026, 2, 1): (2, [(2, 1.0, 1.5), (1, 0.5, 3.0)])}
    assert [(m.reached, m.rate) for m in got.overall] == [(2, 1.0), (1, 0.5)]
    stuck = {s.milestone: [(a.account_id, a.days, a.done) for a in s.accounts] for s in got.stuck}
    assert stuck == {"Invite a teammate": [], "First issue": [("O1", 36, 1)]}


def test_by_trial_start(ws: Workspace) -> None:
    got = ws.onboarding(OnboardingSpec(start="trial"))
    # O1 and O2 started trials on 01-10 (invited 23 and 24 days later); T1 on 03-01, nothing yet
    assert table(got) == {date(2026, 1, 1): (2, [(2, 1.0, 23.5), (1, 0.5, 25.0)]),
                          date(2026, 3, 1): (1, [(0, 0.0, None), (0, 0.0, None)])}
    stuck = {s.milestone: [a.account_id for a in s.accounts] for s in got.stuck}
    assert stuck == {"Invite a teammate": ["T1"], "First issue": ["O1"]}  # C1 churned: not stuck


def test_without_milestones_it_says_what_to_configure(workspace: Workspace) -> None:
    from banso.analysis.reports import REPORTS

    got = workspace.onboarding(OnboardingSpec(as_of=date(2026, 3, 9)))
    assert got.milestones == [] and got.cohorts == []
    assert "onboarding:" in REPORTS["onboarding"].view(got).notes[0]
