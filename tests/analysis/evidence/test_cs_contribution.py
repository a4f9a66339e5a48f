"""LTV and CS contribution against hand computations on a literal world."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from banso.analysis.evidence.cs_contribution import CsContribution, _standardized_churn, cs_contribution
from banso.workspace import Workspace
from tests.conftest import write


def load_world(workspace: Workspace, tmp_path: Path) -> Workspace:
    # SMB: S0..S9 had a CS meeting, two of them churn; U0..U9 had none, five churn. Mid: too few to compare.
    sup, uns = [f"S{i}" for i in range(10)], [f"U{i}" for i in range(10)]
    churners = {"S0", "S1", "U0", "U1", "U2", "U3", "U4"}
    accounts = "account_id,tier\n" + "".join(f"{a},SMB\n" for a in sup + uns) + "M0,Mid\nM1,Mid\n"
    revenue = ["account_id,month,mrr"]
    for a in [*sup, *uns, "M0", "M1"]:
        mrr = 300 if a.startswith("M") else 100
        for month in ("2026-01-01", "2026-02-01", "2026-03-01"):
            if not (a in churners and month == "2026-03-01"):
                revenue.append(f"{a},{month},{mrr}")
    meetings = "touchpoint_id,ts,account_id,kind\n" + "".join(
        f"t{i},2026-01-20T10:00:00+09:00,{a},cs_meeting\n" for i, a in enumerate([*sup, "M0"]))
    meetings += "x1,2026-01-21T10:00:00+09:00,U5,support_ticket\n"  # not CS support by the default config
    workspace.load("accounts", [str(write(tmp_path / "a.csv", accounts))])
    workspace.load("revenue", [str(write(tmp_path / "r.csv", "\n".join(revenue) + "\n"))])
    workspace.load("touchpoints", [str(write(tmp_path / "t.csv", meetings))])
    return workspace


def check_contribution(r: CsContribution) -> None:
    """The hand computations on this world (also run on every engine by tests/engines)."""
    assert (r.months, r.gross_margin, r.kinds) == (2, 0.8, ["cs_meeting", "onboarding"])
    smb = next(t for t in r.tiers if t.tier == "SMB")
    assert (smb.supported.accounts, smb.supported.churned, smb.unsupported.accounts, smb.unsupported.churned) == (10, 2, 10, 5)
    assert smb.supported.mrr == pytest.approx(100.0)
    # monthly churn: 1 − (1 − 2/10)^(1/2) = 0.1055728…, 1 − (1 − 5/10)^(1/2) = 0.2928932…
    assert smb.supported.monthly_churn == pytest.approx(0.10557280900008414)
    assert smb.unsupported.monthly_churn == pytest.approx(0.2928932188134524)
    # LTV = 0.8 × 100 ÷ churn: 757.77… and 273.14…; contribution = (757.77 − 273.14) × 10 supported accounts
    assert smb.supported.ltv == pytest.approx(757.7708763999665)
    assert smb.unsupported.ltv == pytest.approx(273.1370849898476)
    assert smb.contribution == pytest.approx(4846.337914101189)
    mid = next(t for t in r.tiers if t.tier == "Mid")
    assert mid.contribution is None and mid.supported.ltv is None  # one account a side, nobody churned
    assert r.contribution == pytest.approx(4846.337914101189)
    assert not r.adjusted_available and r.adjusted_contribution is None


def test_ltv_and_contribution_equal_the_hand_computation(workspace: Workspace, tmp_path: Path) -> None:
    load_world(workspace, tmp_path)
    check_contribution(cs_contribution(workspace.store, workspace.config, date(2026, 1, 1), date(2026, 3, 1)))


def test_band_standardized_churn_weights_the_unsupported_by_the_supported_mix() -> None:
    supported = pd.DataFrame({"band": ["good", "bad"], "churned": [False, True]})
    unsupported = pd.DataFrame({"band": ["good"] * 10 + ["bad"] * 2, "churned": [True] + [False] * 9 + [True, False]})
    # half good (unsupported churn 1/10) and half bad (1/2): 0.3 over 2 months → 1 − 0.7^(1/2)
    assert _standardized_churn(supported, unsupported, 2) == pytest.approx(1 - 0.7 ** 0.5)
    assert _standardized_churn(supported, unsupported[unsupported.band == "good"], 2) is None
