"""The playbook effect on a literal world, every figure worked out by hand.

Seven Mid-tier accounts use the product at a flat number of qualifying events a week (each on its
Monday, 12:00 Tokyo), from 2026-01-05 to 2026-03-29 (12 full weeks):

| account | events a week | enrolled          | churned     |
|---------|---------------|-------------------|-------------|
| T1      | 10, +5 from t₀| 2026-02-04 (Wed)  | 2026-02-20  |
| T2      | 12, +5 from t₀| 2026-02-03 (Tue)  | —           |
| L1      | 11, +5 from its enrolment | 2026-02-09 (Mon) | — |
| C1      | 10            | —                 | 2026-02-25  |
| C2      | 11            | —                 | —           |
| C3      | 12            | —                 | —           |
| BIG     | 100           | —                 | —           |

t₀ of T1 and T2 is Monday 2026-02-02; with a 2-week window their before is 01-19 and 01-26, their after
02-02 and 02-09. L1 is not yet enrolled at 02-02, so it may be a control, counted until its own
enrolment (week 02-09): its after is censored, or its +5 would make the controls look treated too.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from banso.analysis.evidence.impact import ImpactSpec, treatment_effect
from banso.analysis.evidence.playbook_effect import churn_within, enrolment_weeks
from banso.workspace import Workspace
from tests.conftest import write

ACCOUNTS = """
    account_id,name,tier,status,contract_started_at,churned_at
    T1,T1 KK,Mid,churned,2025-01-10,2026-02-20T12:00:00+09:00
    T2,T2 KK,Mid,active,2025-01-10,
    L1,L1 KK,Mid,active,2025-01-10,
    C1,C1 KK,Mid,churned,2025-01-10,2026-02-25T12:00:00+09:00
    C2,C2 KK,Mid,active,2025-01-10,
    C3,C3 KK,Mid,active,2025-01-10,
    BIG,Big KK,Mid,active,2025-01-10,
    """
WEEKLY = {"T1": 10, "T2": 12, "L1": 11, "C1": 10, "C2": 11, "C3": 12, "BIG": 100}
ENROLLED = {"T1": date(2026, 2, 4), "T2": date(2026, 2, 3), "L1": date(2026, 2, 9)}
CHURNED = {"T1": date(2026, 2, 20), "C1": date(2026, 2, 25)}


def _events(weekly: dict[str, int] = WEEKLY) -> str:
    rows = ["event_id,ts,user_id,account_id,event"]
    monday = date(2026, 1, 5)
    while monday <= date(2026, 3, 23):
        for account, n in weekly.items():
            if account in CHURNED and monday >= CHURNED[account]:
                continue
            start = ENROLLED.get(account)
            extra = 5 if start is not None and monday >= start - timedelta(days=start.weekday()) else 0
            rows += [f"{account}-{monday}-{i},{monday}T12:00:00+09:00,{account.lower()},{account},issue_created"
                     for i in range(n + extra)]
        monday += timedelta(weeks=1)
    return "\n".join(rows) + "\n"


@pytest.fixture
def world(workspace: Workspace, tmp_path: Path) -> Workspace:
    workspace.load("accounts", [str(write(tmp_path / "accounts.csv", ACCOUNTS))])
    (tmp_path / "events.csv").write_text(_events(), encoding="utf-8")
    workspace.load("events", [str(tmp_path / "events.csv")], allow_unknown=True)
    return workspace


def _treatments() -> pd.DataFrame:
    return enrolment_weeks(pd.DataFrame({"account_id": list(ENROLLED), "enrolled_on": list(ENROLLED.values())}))


def test_enrolments_are_treated_from_the_monday_of_their_week() -> None:
    assert [d.date() for d in _treatments()["t0"]] == [date(2026, 2, 2), date(2026, 2, 2), date(2026, 2, 9)]


def test_the_effect_on_use_counts_not_yet_enrolled_controls_until_their_enrolment(world: Workspace) -> None:
    spec = ImpactSpec(kind="playbook:rescue", weeks=2)
    r = treatment_effect(world.store, world.config, spec, _treatments(), not_yet=True)
    # T1 and T2: controls C1, C2, C3 and L1 minus the farthest (BIG is never near): the 3 nearest of
    # C1 (10), L1 (11), C2 (11), C3 (12) on their flat weeks; each treated gains 5 from t₀, the controls
    # nothing (L1's weeks from its own enrolment are left out) — so every comparison's DiD is exactly +5.
    # L1 itself (t₀ 02-09) is compared with C1, C2 and C3 (T1 and T2 were treated before).
    assert (r.treated, r.controls_from) == (3, "not_yet_treated")
    assert r.did == pytest.approx(5.0)
    assert r.naive == pytest.approx(5.0)  # the world is flat: the naive figure has nothing to overstate here
    assert r.did_low is not None and r.did_high is not None and r.did_low <= 5.0 <= r.did_high


def test_churn_within_the_horizon_against_matched_accounts_and_everyone_else(world: Workspace) -> None:
    spec = ImpactSpec(kind="playbook:rescue", weeks=2)
    c = churn_within(world.store, world.config, spec, _treatments(), horizon_days=30)
    # T1 (t₀ 02-02) churns on 02-20: within 30 days; T2 does not; L1 (t₀ 02-09) does not.
    # The 3 nearest controls (ties go to the account listed first: T1 T2 L1 C1 C2 C3 BIG), C1 churning on
    # 02-25, within 30 days of 02-02 and of 02-09:
    #   T1 (10): C1, L1, C2 → 1 of 3    T2 (12): C3, L1, C2 → 0 of 3    L1 (11, at 02-09): C2, C1, C3 → 1 of 3
    assert c.treated == 3 and c.treated_rate == pytest.approx(1 / 3)
    assert c.control_rate == pytest.approx(2 / 9)
    assert c.difference == pytest.approx(1 / 3 - 2 / 9)
    # every account alive and not enrolled at each t₀: at 02-02 C1, L1, C2, C3, BIG (1 of 5 churns),
    # at 02-02 again for T2 (1 of 5), at 02-09 C1, C2, C3, BIG (1 of 4)
    assert c.others_rate == pytest.approx((1 / 5 + 1 / 5 + 1 / 4) / 3)
    assert c.naive_difference == pytest.approx(1 / 3 - c.others_rate)


# T1 enrolled in its trial (started 2025-12-15, no contract: its end on 02-20 is a trial not converting); R1-R3
# are trials too, using the product as T1 does; everyone else is a customer.
TRIAL_ACCOUNTS = """
    account_id,name,tier,status,trial_started_at,contract_started_at,churned_at
    T1,T1 KK,Mid,churned,2025-12-15,,2026-02-20T12:00:00+09:00
    T2,T2 KK,Mid,active,,2025-01-10,
    L1,L1 KK,Mid,active,,2025-01-10,
    C1,C1 KK,Mid,churned,,2025-01-10,2026-02-25T12:00:00+09:00
    C2,C2 KK,Mid,active,,2025-01-10,
    C3,C3 KK,Mid,active,,2025-01-10,
    BIG,Big KK,Mid,active,,2025-01-10,
    R1,R1 KK,Mid,trial,2025-12-15,,
    R2,R2 KK,Mid,trial,2025-12-15,,
    R3,R3 KK,Mid,trial,2025-12-15,,
    """


def test_an_enrolment_during_a_trial_is_compared_with_trials_and_said_to_be_one(workspace: Workspace,
                                                                              tmp_path: Path) -> None:
    """A trial's "churn" is its end without a contract: it is compared with trials (R1-R3, none of which ended),
    not with customers (C1, which churned), and the result counts it as a trial's."""
    from banso.analysis.reports.playbooks import ChurnEffect, _reading

    workspace.load("accounts", [str(write(tmp_path / "accounts.csv", TRIAL_ACCOUNTS))])
    (tmp_path / "events.csv").write_text(_events(WEEKLY | {"R1": 10, "R2": 10, "R3": 11}), encoding="utf-8")
    workspace.load("events", [str(tmp_path / "events.csv")], allow_unknown=True)
    c = churn_within(workspace.store, workspace.config, ImpactSpec(kind="playbook:rescue", weeks=2), _treatments(),
                     horizon_days=30)
    # T1 (trial, ends 02-20): R1, R2, R3 → 0 of 3. T2 (12) and L1 (11, at 02-09) against customers as before:
    #   T2: C3, L1, C2 → 0 of 3; L1: C2, C1, C3 → 1 of 3 (C1 churns 02-25)
    assert (c.treated, c.trials) == (3, 1)
    assert c.treated_rate == pytest.approx(1 / 3) and c.control_rate == pytest.approx(1 / 9)
    reading = _reading(None, ChurnEffect(c.horizon_days, c.treated, c.controls, c.treated_rate, c.control_rate,
                                         c.difference, c.low, c.high, c.others_rate, c.naive_difference, c.placebo,
                                         c.placebo_p, trials=c.trials))
    assert "1 of the 3 enrolments compared came during a trial" in reading.en
    assert "比較した登録のうち 1 件はトライアル中" in reading.ja
