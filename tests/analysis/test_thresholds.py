"""Threshold help on nine accounts: events_28d at one landmark, 2026-03-03, and who churned in the 90 days after.

| account | events in the 28 days before 03-03 | churned          | outcome            |
|---------|------------------------------------|------------------|--------------------|
| R1–R3   | 10 each                            | —                | retained           |
| L       | 4                                  | 2026-07-01       | retained (after the 90 days) |
| C1, C2  | 1 and 2                            | 2026-04-15       | churned            |
| X       | 0                                  | 2026-02-01       | left out: gone before the landmark |
| T       | 12 (a trial since 02-01, never a contract) | 2026-04-01 | left out: a trial's end is no churn |
| U       | 12 (no dates, marked churned in the CRM) | — | left out: never live, as the scoring has it |
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from banso.analysis.reports.thresholds import ThresholdResult, ThresholdSpec
from banso.config.template import render
from banso.errors import BansoError
from banso.workspace import Workspace
from tests.conftest import no_nan, write

EVENTS_BEFORE = {"R1": 10, "R2": 10, "R3": 10, "L": 4, "C1": 1, "C2": 2, "X": 0, "T": 12, "U": 12}
CHURNED = {"L": "2026-07-01", "C1": "2026-04-15", "C2": "2026-04-15", "X": "2026-02-01", "T": "2026-04-01"}
TRIAL_ONLY = {"T": "2026-02-01"}  # counted as a churn, its 12 events would put the best cut above 10
UNDATED = {"U": "churned"}  # a CRM export's account without dates: its status says what it is


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    root = tmp_path_factory.mktemp("thresholds")
    w = Workspace.init(root / "ws", config_text=render(name="thresholds"))
    def when(day: str) -> str:
        return day and day + "T00:00:00+09:00"

    def contract(a: str) -> str:
        return "" if a in TRIAL_ONLY or a in UNDATED else when("2025-01-01")

    accounts = "account_id,status,trial_started_at,contract_started_at,churned_at\n" + "".join(
        f"{a},{UNDATED.get(a, '')},{when(TRIAL_ONLY.get(a, ''))},{contract(a)},{when(CHURNED.get(a, ''))}\n"
        for a in EVENTS_BEFORE)
    events = ["event_id,ts,user_id,account_id,event"]
    for a, n in EVENTS_BEFORE.items():
        events += [f"{a}-{i},{date(2026, 2, 10) + timedelta(days=i % 9)}T10:00:00+09:00,u{a},{a},issue_created"
                   for i in range(n)]
    events.append("late,2026-05-30T10:00:00+09:00,uR1,R1,issue_created")  # so the world reaches as_of
    w.load("accounts", [str(write(root / "accounts.csv", accounts))])
    w.load("events", [str(write(root / "events.csv", "\n".join(events) + "\n"))])
    yield w
    w.close()


def run(ws: Workspace) -> ThresholdResult:
    result = ws.threshold_help(ThresholdSpec(metric="events_28d", landmarks=1, as_of=date(2026, 6, 1)))
    no_nan(result)
    return result


def test_distributions_by_outcome(ws: Workspace) -> None:
    got = run(ws)
    assert got.landmarks == [date(2026, 3, 3)]
    assert [(g.outcome, g.n, g.median) for g in got.summaries] == [("retained", 4, 10.0), ("churned", 2, 1.5)]
    assert sum(b.retained for b in got.bins) == 4 and sum(b.churned for b in got.bins) == 2
    assert got.auc == 1.0  # every retained account read more than every churned one


def test_the_best_cut_and_the_suggested_scoring(ws: Workspace) -> None:
    s = run(ws).suggestion
    assert s is not None
    # below 3 catches both churned accounts and none of the retained (L's 4 stays above): Youden 1
    assert (s.cut, s.low_is_bad, s.churned_caught, s.retained_flagged) == (3.0, True, 1.0, 0.0)
    assert (s.bad, s.good) == (1.5, 10.0)
    assert s.yaml == "events_28d: {score: {type: threshold, bad: 1.5, good: 10}}"


def test_an_unknown_metric_is_named(ws: Workspace) -> None:
    with pytest.raises(BansoError, match="unknown metric 'nope'"):
        ws.threshold_help(ThresholdSpec(metric="nope", as_of=date(2026, 6, 1)))


def test_the_terminal_says_whose_churn_it_judges(ws: Workspace) -> None:
    from banso import i18n
    from banso.analysis.reports.thresholds import Thresholds

    with i18n.using("ja"):
        notes = Thresholds().view(run(ws), "ja").notes
    assert notes[-1].startswith("トライアル中のアカウントは含めません")
    assert Thresholds().view(run(ws), "en").notes[-1].startswith("Accounts still in their trial are left out")
