"""GRR, NRR and MRR movements against hand computations on a literal world."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from banso.analysis.evidence.revenue import RevenueReport, revenue_report
from banso.workspace import Workspace
from tests.conftest import write

ACCOUNTS = """
    account_id,tier,plan
    A,SMB,basic
    B,SMB,pro
    C,Mid,pro
    D,Mid,basic
    """
# Jan → Apr. A flat 100; B expands 200 → 300; C contracts 400 → 100; D churns (300, then nothing); E is new in Mar.
REVENUE = """
    account_id,month,mrr
    A,2026-01,100
    A,2026-02,100
    A,2026-03,100
    A,2026-04,100
    B,2026-01,200
    B,2026-02,250
    B,2026-04,300
    C,2026-01,400
    C,2026-04,100
    D,2026-01,300
    D,2026-02,300
    E,2026-03,50
    E,2026-04,50
    """


def load_world(workspace: Workspace, tmp_path: Path) -> Workspace:
    workspace.load("accounts", [str(write(tmp_path / "a.csv", ACCOUNTS))])
    workspace.load("revenue", [str(write(tmp_path / "r.csv", REVENUE))], allow_unknown=True)
    return workspace


@pytest.fixture
def world(workspace: Workspace, tmp_path: Path) -> Workspace:
    return load_world(workspace, tmp_path)


def check_report(r: RevenueReport) -> None:
    """The hand computations on this world (also run on every engine by tests/engines)."""
    # Start 100+200+400+300 = 1000 (E had no MRR at the start: not counted); end 100+300+100+0 = 500.
    assert r.overall.accounts == 4 and r.overall.mrr_start == 1000 and r.overall.mrr_end == 500
    assert r.overall.nrr == pytest.approx(0.5)
    assert r.overall.grr == pytest.approx((100 + 200 + 100 + 0) / 1000)  # min(end, start) per account
    assert r.overall.gross_revenue_churn == pytest.approx(0.6)
    tiers = {g.group: g for g in r.by["tier"]}
    assert tiers["SMB"].nrr == pytest.approx(400 / 300) and tiers["SMB"].grr == pytest.approx(1.0)
    assert tiers["Mid"].nrr == pytest.approx(100 / 700) and tiers["Mid"].grr == pytest.approx(100 / 700)
    m = r.movements.set_index("month")
    feb, mar, apr = m.loc[date(2026, 2, 1)], m.loc[date(2026, 3, 1)], m.loc[date(2026, 4, 1)]
    # Feb: B +50; C 400 → 0 (churn 400). Mar: B 250 → 0 (churn), D 300 → 0 (churn), E new 50.
    assert (feb.mrr, feb.expansion, feb.churn, feb.new) == (650, 50, 400, 0)
    assert (mar.mrr, mar.churn, mar.new) == (150, 550, 50)
    # Apr: B comes back 0 → 300 (new), C 0 → 100 (new).
    assert (apr.mrr, apr.new, apr.contraction) == (550, 400, 0)


def test_grr_nrr_and_monthly_movements_by_hand(world: Workspace) -> None:
    check_report(revenue_report(world.store, date(2026, 1, 1), date(2026, 4, 1)))


def test_a_period_running_backwards_is_refused(world: Workspace) -> None:
    with pytest.raises(Exception, match="run forward"):
        revenue_report(world.store, date(2026, 4, 1), date(2026, 1, 1))
