"""The Workspace's reads on the literal world of tests/web/conftest.py: typed results, every missing value
None (never NaN), figures recomputed by hand, and a cache that renews when new data lands."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from banso.analysis.account_list import AccountList
from banso.analysis.account_page import AccountPage
from banso.analysis.overview import Overview
from banso.appstate.alerts import Alert
from banso.config.segment import SegmentSpec
from banso.errors import NotFoundError
from banso.web import create_app
from banso.workspace import Workspace
from tests.conftest import no_nan, write
from tests.web.conftest import copied_world, login


@pytest.fixture
def world(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = copied_world(tmp_path_factory, tmp_path)
    yield ws
    ws.close()


def test_the_overview_adds_up_the_accounts_by_hand(world: Workspace) -> None:
    o = world.overview()
    assert isinstance(o, Overview)
    no_nan(o)
    # A1 (500,000, 10 seats, 2 members), A2 (30,000, 3 seats, 1 member), A3 (120,000, no seats given, 1 member)
    # are active; A4 churned. Nothing is scored yet.
    k = o.kpis
    assert (k.accounts, k.active, k.trial, k.churned) == (4, 3, 0, 1)
    assert (k.mrr, k.seats, k.members) == (650_000.0, 13, 4)
    assert (k.scored, k.index, o.health_available, o.composition) == (0, None, False, [])


def test_the_overview_reads_grr_and_nrr_from_the_revenue_report(world: Workspace, tmp_path: Path) -> None:
    assert world.overview().revenue is None
    assert "no revenue loaded" in (world.overview().revenue_note or "")
    # Two months of MRR. From July to October: A1 expands, A2 stays, A3 halves, A4 churns (no row in October).
    world.load("revenue", [str(write(tmp_path / "revenue.csv", """
        account_id,month,mrr
        A1,2026-07-01,500000
        A2,2026-07-01,30000
        A3,2026-07-01,120000
        A4,2026-07-01,10000
        A1,2026-10-01,550000
        A2,2026-10-01,30000
        A3,2026-10-01,60000
        """))])
    r = world.overview().revenue
    assert r is not None and (r.start, r.end) == (date(2026, 7, 1), date(2026, 10, 1))
    assert (r.accounts, r.mrr_start, r.mrr_end) == (4, 660_000.0, 640_000.0)
    assert r.grr == pytest.approx((500_000 + 30_000 + 60_000 + 0) / 660_000)  # Σ min(end, start) / Σ start
    assert r.nrr == pytest.approx(640_000 / 660_000)  # Σ end / Σ start
    assert r.gross_revenue_churn == pytest.approx(1 - r.grr)
    assert world.overview().revenue_note is None


def test_the_overview_counts_the_alerts_still_to_act_on(world: Workspace) -> None:
    assert world.overview().alerts.open == 0 and world.overview().alerts.top == []
    with world.app_state.session() as s:
        for account, status, mrr, priority in (("A1", "open", 500_000.0, 9.0), ("A2", "acknowledged", 30_000.0, 8.0),
                                               ("A3", "snoozed", 120_000.0, 7.0), ("A1", "resolved", 500_000.0, 6.0)):
            s.add(Alert(rule=f"rule_{status}", account_id=account, as_of=date(2026, 11, 9), severity="high",
                        route="human", status=status, mrr=mrr, priority=priority, reason_ja="理由", reason_en="why",
                        snoozed_until=date(2999, 1, 1) if status == "snoozed" else None))
    a = world.overview().alerts
    assert (a.open, a.acknowledged, a.snoozed) == (1, 1, 1)  # the resolved one is done
    assert a.mrr_at_stake == 650_000.0  # each account once: A1, A2, A3
    assert [x.rule for x in a.top] == ["rule_open"]


def test_an_account_page_says_when_alerts_began_to_be_recorded(world: Workspace, tmp_path: Path) -> None:
    """A4 churned on 2026-07-01; alerts were first recorded on 2026-11-09, so none could be recorded for it."""
    assert world.account_page("A4", language="en").alerts_since is None
    world.load("accounts", [str(write(tmp_path / "gone.csv", """
        account_id,name,status,churned_at
        A4,Gone Ltd,churned,2026-07-01T10:00:00+09:00
        """))])
    with world.app_state.session() as s:
        s.add(Alert(rule="silence", account_id="A3", as_of=date(2026, 11, 9), severity="high", route="human",
                    reason_ja="理由", reason_en="why"))
    gone, live = world.account_page("A4", language="en"), world.account_page("A1", language="en")
    assert (gone.alerts_since, gone.churned_before_alerts, gone.alerts) == (date(2026, 11, 9), True, [])
    assert (live.alerts_since, live.churned_before_alerts, live.alerts) == (date(2026, 11, 9), False, [])
    client = login(TestClient(create_app(world), headers={"Accept-Language": "en"}), "admin@example.com")
    assert "after this account churned" in client.get("/accounts/A4").text
    assert "since alerts began to be recorded (Nov 9, 2026)" in client.get("/accounts/A1").text


def test_the_account_page_says_none_for_what_is_missing(world: Workspace) -> None:
    page = world.account_page("A4", language="en")
    assert isinstance(page, AccountPage)
    no_nan(page)
    h = page.header
    assert (h.name, h.status, h.seats, h.renewal_date, h.days_to_renewal, h.crm_url) == ("Gone Ltd", "churned", 2,
                                                                                           None, None, None)
    assert page.health is None and page.alerts == [] and page.alerts_available
    a1 = world.account_page("A1", language="en")
    assert [m.user_id for m in a1.members] == ["u1", "u2"]  # most active first
    assert a1.member_count == 2 and a1.header.days_to_renewal == (a1.header.renewal_date - a1.as_of).days
    with pytest.raises(NotFoundError, match="no account with id 'NOPE'"):
        world.account_page("NOPE", language="en")


def test_the_accounts_list_is_typed_and_filtered(world: Workspace) -> None:
    page = world.accounts(SegmentSpec(tier=["SMB", "Mid"]), sort="name", descending=False)
    assert isinstance(page, AccountList)
    no_nan(page)
    assert [r.account_id for r in page.rows] == ["A2", "A3"]  # "<script>…" sorts before "Beta Works"; A4 churned
    assert page.total == 2 and page.mrr == 150_000.0
    every = world.accounts(SegmentSpec(tier=["SMB", "Mid"], status=["trial", "active", "churned"]), sort="name",
                           descending=False)
    assert [r.account_id for r in every.rows] == ["A2", "A3", "A4"] and every.total == 3
    a3 = page.rows[1]
    assert (a3.seats, a3.members, a3.score, a3.band) == (None, 1, None, None)


def test_account_ids_match_in_any_case_unless_the_crm_told_them_apart(world: Workspace, tmp_path: Path) -> None:
    assert world.account_id("A1") == "A1" and world.account_id("a1") == "A1"
    world.load("accounts", [str(write(tmp_path / "cased.csv", """
        account_id,name,status
        ab1,lower,active
        AB1,upper,active
        """))])
    assert world.account_id("ab1") == "ab1" and world.account_id("AB1") == "AB1"  # the exact id wins
    with pytest.raises(NotFoundError, match="ids that differ from it only in case: AB1, ab1"):
        world.account_id("Ab1")
    with pytest.raises(NotFoundError, match="no account with id 'nope'"):
        world.account_id("nope")


def test_reads_renew_when_new_data_is_loaded(world: Workspace, tmp_path: Path) -> None:
    assert world.accounts(SegmentSpec()).total == 3  # A1, A2, A3 (A4 churned)
    more = write(tmp_path / "more.csv", "account_id,name,plan,tier,mrr,seats,status\nA5,New Co,Standard,SMB,10000,5,active\n")
    world.load("accounts", [str(more)])
    assert world.accounts(SegmentSpec()).total == 4  # no stale list after a load in the same process
    assert world.overview().kpis.mrr == 660_000.0
