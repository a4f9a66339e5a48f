"""The Workspace's reads on the literal world of tests/web/conftest.py: typed results, every missing value
None (never NaN), figures recomputed by hand, and a cache that renews when new data lands."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from banso.analysis.account_list import AccountList
from banso.analysis.account_page import AccountPage
from banso.analysis.overview import Overview
from banso.config.segment import SegmentSpec
from banso.errors import NotFoundError
from banso.workspace import Workspace
from tests.conftest import no_nan, write
from tests.web.conftest import build_world


@pytest.fixture
def world(tmp_path: Path) -> Iterator[Workspace]:
    ws = build_world(tmp_path)
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
    assert [r.account_id for r in page.rows] == ["A2", "A3", "A4"]  # "<script>…" sorts before "Beta Works", "Gone Ltd"
    assert page.total == 3 and page.mrr == 150_000.0
    a3 = page.rows[1]
    assert (a3.seats, a3.members, a3.score, a3.band) == (None, 1, None, None)


def test_reads_renew_when_new_data_is_loaded(world: Workspace, tmp_path: Path) -> None:
    assert world.accounts(SegmentSpec()).total == 4
    more = write(tmp_path / "more.csv", "account_id,name,plan,tier,mrr,seats,status\nA5,New Co,Standard,SMB,10000,5,active\n")
    world.load("accounts", [str(more)])
    assert world.accounts(SegmentSpec()).total == 5  # no stale list after a load in the same process
    assert world.overview().kpis.mrr == 660_000.0
