"""The validation report on the generated `town` world (a year of history): the figures are printed."""

from __future__ import annotations

import time

import pytest
import yaml

from banso.config.health import ModelFile
from banso.workspace import Workspace

pytestmark = pytest.mark.slow


def test_the_default_model_is_validated_on_its_own_history(town: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    start = time.perf_counter()
    report = town.validation_report()
    seconds = time.perf_counter() - start
    months = {m["month"]: m for m in report.section("by_month").data}
    band = report.section("by_band").data
    weights = report.section("weights").data
    replay = report.section("replay").data[0]
    with capsys.disabled():
        print(f"\n[town seed 7] validation in {seconds:.1f} s")
        for m in months.values():
            p = "—" if m["p"] is None else f"{m['p']:.2g}"
            print(f"  month {m['month']}: retained {m['retained']} (median {m['retained_median']}), churned "
                  f"{m['churned']} (median {m['churned_median']}), p = {p}")
        print(f"  green churn: {band['green_churn']} of {band['churned_accounts']} churned accounts "
              f"({100 * (band['green_share'] or 0):.2f}%); replayed AUC 90 days ahead {replay['auc']:.3f}")
        print(f"  suggested weights: out-of-time AUC {weights['suggested_auc']:.3f} vs current "
              f"{weights['current_auc']:.3f} — {weights['verdict']}")
    # A year of history reaches months 3-5 after the 90-day warm-up; there the difference must be significant.
    for m in (3, 4, 5):
        assert months[m]["p"] is not None and months[m]["p"] < 0.05, m
        assert months[m]["retained_median"] > months[m]["churned_median"]
    assert months[0]["p"] is None and "cannot be tested" in report.section("by_month").reading["en"]
    assert band["green_share"] is not None and band["green_share"] < 0.05
    assert replay["auc"] >= 0.75
    # The suggestion either beats the current model out of time, or the verdict says why not.
    assert weights["suggested_auc"] > weights["current_auc"] or "do not beat" in weights["verdict"]
    assert set(weights["side_by_side"]) == {"current", "suggested"}
    for side in weights["side_by_side"].values():  # the backtest of both, side by side
        assert side["auc"] is not None and 0 <= side["share_good"] <= 1 and side["green_churn_share"] is not None
    assert report.suggested_model is not None
    ModelFile.model_validate(yaml.safe_load(report.suggested_model))  # a model file a person can adopt
    for s in report.sections:
        assert s.reading["ja"] and s.reading["en"] and s.basis
