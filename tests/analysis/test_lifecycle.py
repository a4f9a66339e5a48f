"""Lifecycle phases on the literal accounts of `lifecycle_world.py`: the default rules of banso.yaml, then
rules of one's own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from banso.analysis.lifecycle import account_phases
from banso.config.lifecycle import Lifecycle, Phase
from banso.errors import ConfigError
from banso.workspace import Workspace
from tests.analysis.lifecycle_world import AS_OF, build
from tests.conftest import write


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    w = build(tmp_path_factory.mktemp("lifecycle"))
    yield w
    w.close()


def phases(ws: Workspace, lifecycle: Lifecycle | None = None) -> dict[str, str]:
    config = ws.config if lifecycle is None else ws.config.model_copy(update={"lifecycle": lifecycle})
    found = account_phases(ws.store, config, ws.facts(), AS_OF)
    return {str(k): str(v) for k, v in found.items()}


def test_default_phases(ws: Workspace) -> None:
    assert ws.as_of() == AS_OF
    assert phases(ws) == {
        "C1": "churned",     # churned_at before the date, whatever its status column says
        "T1": "trial",       # a trial and no contract yet
        "O1": "onboarding",  # 36 days into its contract, one milestone of two (its first issue comes after the date)
        "O2": "renewal",     # set up (both milestones), and its renewal is 23 days away
        "E1": "expansion",   # two members on two seats: seat_utilization 1.0
        "A1": "adoption",    # one member on ten seats, renewal far off: no rule holds, the last phase takes it
        "X1": "adoption",    # its contract starts after the date: no status, no rule holds
    }


def test_phase_reaches_the_facts_the_account_page_and_segments(ws: Workspace) -> None:
    facts = ws.facts().set_index("account_id")
    assert facts.loc["O1", "phase"] == "onboarding"
    assert ws.account_page("O1", language="en").header.phase == "onboarding"
    listed = ws.accounts(ws.parse_segment({"phase": ["onboarding", "renewal"]}))
    assert sorted(r.account_id for r in listed.rows) == ["O1", "O2"]
    assert ws.segment_builder().options["phase"] == ["churned", "trial", "onboarding", "renewal", "expansion", "adoption"]


def test_the_first_rule_that_holds_wins(ws: Workspace) -> None:
    own = Lifecycle(phases=[
        Phase(name="quiet", when="coalesce(events_28d, 0) == 0"),    # no qualifying event in the 28 days before
        Phase(name="big", when="seats >= 5 and members >= 1"),
        Phase(name="rest"),
    ])
    # O1's and O2's events (02-02 … 02-04) are more than 28 days old: quiet, though both are big as well;
    # of the two accounts active on 03-05, A1 has ten seats and E1 two
    assert phases(ws, own) == {"C1": "quiet", "T1": "quiet", "O1": "quiet", "O2": "quiet", "E1": "rest",
                               "A1": "big", "X1": "quiet"}


def test_a_breakdown_by_phase(ws: Workspace) -> None:
    from banso.analysis.insights import TrendSpec, parse_breakdown

    got = ws.insight(TrendSpec(measure="accounts", interval="week", date_from=date(2026, 3, 2), as_of=AS_OF,
                               breakdown=parse_breakdown("phase")))
    # in the week of 03-02 only E1 and A1 are active (their members' issues on 03-05)
    assert sorted((s.group, s.values) for s in got.series) == [("adoption", [1.0]), ("expansion", [1.0])]


@pytest.mark.parametrize(("yaml", "says"), [
    ("lifecycle:\n  phases:\n    - {name: a, when: 'bogus > 1'}\n    - {name: b}\n", "unknown name 'bogus'"),
    ("lifecycle:\n  phases:\n    - {name: a, when: 'status == \"x\"'}\n", "must have no `when`"),
    ("lifecycle:\n  phases:\n    - {name: a, when: 'score >'}\n    - {name: b}\n", "column"),
    ("lifecycle:\n  phases:\n    - {name: a}\n    - {name: a}\n", "named twice"),
    ("lifecycle:\n  phases:\n    - {name: a, when: 'change(events_7d) < 0'}\n    - {name: b}\n", "needs score history"),
])
def test_bad_phases_are_refused_with_the_line(tmp_path: Path, yaml: str, says: str) -> None:
    from banso.config.load import load_config

    cfg = write(tmp_path / "banso.yaml", "name: x\n" + yaml)
    with pytest.raises(ConfigError) as info:
        load_config(cfg)
    assert says in str(info.value) and f"{cfg}:" in str(info.value)


def test_milestone_columns_count_what_was_reached_before_the_day() -> None:
    """`milestones_done` and `days_since_last_milestone`, which phase rules read, by hand."""
    import math

    import pandas as pd

    from banso.analysis.lifecycle import lifecycle_frame

    facts = pd.DataFrame({
        "account_id": ["A", "B", "C"], "tier": ["SMB", None, "ENT"], "plan": None, "owner": None, "band": None,
        "mrr": [1.0, None, 2.0], "score": [None, 30.0, None], "members": [1, 2, 0], "seats": [None, 3, None],
        "trial_started_at": None, "contract_started_at": [pd.Timestamp("2026-01-01"), None, None],
        "churned_at": None, "status": ["active", "churned", None], "days_to_renewal": [3, None, None],
    })
    reached = pd.DataFrame({"account_id": ["A", "A", "A", "B"], "milestone": ["invite", "project", "invite", "invite"],
                            "day": [date(2026, 2, 1), date(2026, 2, 20), date(2026, 2, 21), date(2026, 3, 2)]})
    frame = lifecycle_frame(facts, reached, date(2026, 3, 2), "Asia/Tokyo", 2).set_index("account_id")
    assert frame["milestones_done"].to_dict() == {"A": 2.0, "B": 0.0, "C": 0.0}  # B's is on the day itself: not yet
    assert frame.loc["A", "days_since_last_milestone"] == 9.0  # the last, 21 February, a repeated milestone
    assert math.isnan(frame.loc["B", "days_since_last_milestone"]) and math.isnan(frame.loc["C", "days_since_last_milestone"])
    none = lifecycle_frame(facts, reached.iloc[:0], date(2026, 3, 2), "Asia/Tokyo", 2)
    assert none["milestones_done"].tolist() == [0.0] * 3 and none["days_since_last_milestone"].isna().all()


def test_milestone_days_are_each_accounts_first_day_per_milestone(ws: Workspace) -> None:
    """Local first days by hand; a second milestone completed by the same event is reached the same day."""
    from banso.analysis.lifecycle import milestone_days
    from banso.config.web import Milestone

    def reached(onboarding: dict[str, str | Milestone]) -> list[tuple[str, str, date]]:
        config = ws.config.model_copy(update={"onboarding": onboarding})
        frame = milestone_days(ws.store, config)
        return sorted(zip(frame["account_id"], frame["milestone"], frame["day"], strict=True))

    assert reached(ws.config.onboarding) == [
        ("A1", "First issue", date(2026, 3, 5)), ("E1", "First issue", date(2026, 3, 5)),
        ("O1", "First issue", date(2026, 3, 10)), ("O1", "Invite a teammate", date(2026, 2, 2)),
        ("O2", "First issue", date(2026, 2, 4)), ("O2", "Invite a teammate", date(2026, 2, 3)),
    ]
    both = reached({"Invite": "user_invited", "Grow": "user_invited"})
    assert both == [("O1", "Grow", date(2026, 2, 2)), ("O1", "Invite", date(2026, 2, 2)),
                    ("O2", "Grow", date(2026, 2, 3)), ("O2", "Invite", date(2026, 2, 3))]
    assert reached({"Export": "export_csv"}) == []  # an event nobody did


def test_an_accounts_row_alone_is_its_row_of_the_whole_table(ws: Workspace) -> None:
    """Before the facts table is ready (new data), the account page computes its account's row alone: the
    same phase, active rate, score and metrics the phases read, and the whole table is not computed for it."""
    import pandas as pd

    ws.reads.clear()
    alone = {a: ws.page_facts(a) for a in ("C1", "T1", "O1", "O2", "E1", "A1", "X1")}
    desk = ws.account_desk("o1", None, language="en")  # the id in another case, as a URL may write it
    assert not ws.reads.has("facts")  # neither the page nor its work panel (the owners offered) waited for it
    assert desk.page.header.account_id == "O1" and desk.page.header.phase == "onboarding"
    ws.reads.clear()
    whole = ws.facts().set_index("account_id")
    for account, row in alone.items():
        assert row is not None
        assert {"phase", "active_rate", "score", "band", "m__seat_utilization", "members", "name"} <= set(row)
        expected = whole.loc[account]
        differ = [c for c in row if c != "account_id"
                  and not (pd.isna(row[c]) and pd.isna(expected[c])) and row[c] != expected[c]]
        assert differ == [], account
    assert ws.page_facts("nope") is None
    ready = ws.page_facts("E1")  # the table is ready now: its row, every metric included
    assert ready is not None and set(ready) == {"account_id", *whole.columns} and ready["phase"] == "expansion"
    assert len(ready) > len(alone["E1"] or {})
