"""On the generated `town` world: do the built-in indicators warn of churn, and how early?

The figures are printed with the test results and quoted in the README (Alerts).
"""

from __future__ import annotations

from datetime import date

import pytest

from banso.signals.backtest import ANY
from banso.workspace import Workspace

pytestmark = pytest.mark.slow


def test_most_churned_accounts_are_alerted_months_ahead(town: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    bt = town.backtest_alerts(date(2026, 1, 5), date(2026, 11, 16), horizon_days=120)
    table = bt.per_rule.set_index("rule")
    with capsys.disabled():
        print(f"\n[town seed 7] alerts backtest {bt.start} → {bt.end}, {bt.weeks} weeks, {bt.churned} paying churns")
        for rule, r in table.iterrows():
            lead = "—" if r.median_lead_days is None or r.median_lead_days != r.median_lead_days else f"{r.median_lead_days:.0f}"
            print(f"  {rule:<20} alerts {int(r.alerts):>5}  churned alerted before {int(r.churned_alerted_before):>3}/"
                  f"{int(r.churned_in_period)} ({100 * (r.share_churned_alerted or 0):.0f}%)  median lead {lead} days  "
                  f"alerts without churn in 120 days {100 * (r.share_alerts_no_churn or 0):.0f}%")
    anyrule = table.loc[ANY]
    assert bt.churned >= 50, "the world must hold enough churn to judge the rules"
    assert anyrule.share_churned_alerted > 0.5, "most churned accounts are alerted before they churn"
    assert anyrule.median_lead_days >= 60
    # Each built-in that is about churn warns of some of it; upsell and trial rules are not churn warnings.
    for rule in ("usage_drop", "silence", "band_drop", "champion_risk", "renewal_risk"):
        assert table.loc[rule, "churned_alerted_before"] > 0, rule
