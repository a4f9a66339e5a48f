"""On the generated `town` world: do the built-in indicators warn of churn, and how early?

The figures are printed with the test results and quoted in the README (Alerts).
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from banso.signals.backtest import ANY, Backtest
from banso.signals.cooldown import DEFAULT_COOLDOWN_DAYS, cooldown_days
from banso.workspace import Workspace

pytestmark = pytest.mark.slow
START, END, HORIZON = date(2026, 1, 5), date(2026, 11, 16), 120


@pytest.fixture(scope="module")
def bt(town: Workspace) -> Backtest:
    """One replay of the year, read by both tests (46 weeks: several seconds)."""
    return town.backtest_alerts(START, END, horizon_days=HORIZON)


def test_most_churned_accounts_are_alerted_months_ahead(bt: Backtest, capsys: pytest.CaptureFixture[str]) -> None:
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
    assert 60 <= anyrule.median_lead_days <= 120  # warnings come within the horizon, months ahead
    assert (table["median_lead_days"].dropna() <= 120).all(), "no warning older than the horizon"
    # Each built-in that is about churn warns of some of it; upsell and trial rules are not churn warnings.
    for rule in ("usage_drop", "silence", "band_drop", "champion_risk", "renewal_risk"):
        assert table.loc[rule, "churned_alerted_before"] > 0, rule


def test_the_backtest_figures_recompute_from_its_alerts(town: Workspace, bt: Backtest) -> None:
    """Every figure of the table again, by hand, from the alerts the replay kept and the accounts' churn days."""
    start, end, horizon = START, END, HORIZON
    table = bt.per_rule.set_index("rule")
    alerts = bt.alerts.assign(as_of=pd.to_datetime(bt.alerts["as_of"]))
    # the cooldown rule held: two alerts of a rule on an account are at least its cooldown apart
    cooldowns = cooldown_days(town.config)
    for (rule, _account), group in alerts.sort_values("as_of").groupby(["rule", "account_id"]):
        gaps = group["as_of"].diff().dropna()
        assert (gaps >= pd.Timedelta(days=max(cooldowns.get(str(rule), DEFAULT_COOLDOWN_DAYS), 1))).all(), rule
    # churn days: paying accounts (a contract before the churn), the local day in the workspace's zone
    accounts = town.store.execute(town.store.table("accounts").select("account_id", "contract_started_at", "churned_at"))
    paying = accounts[accounts["churned_at"].notna() & accounts["contract_started_at"].notna()
                      & (accounts["contract_started_at"] < accounts["churned_at"])]
    local = paying["churned_at"].dt.tz_localize("UTC").dt.tz_convert(town.config.timezone).dt.tz_localize(None)
    churn = dict(zip(paying["account_id"], local.dt.normalize(), strict=True))
    in_period = {a: d for a, d in churn.items() if pd.Timestamp(start) < d <= pd.Timestamp(end)}
    assert bt.churned == len(in_period)
    last_day = pd.Timestamp(end)  # a Monday: the last date replayed
    for rule, row in table.iterrows():
        mine = alerts if rule == ANY else alerts[alerts["rule"] == rule]
        assert row.alerts == len(mine) and row.churned_in_period == len(in_period)
        # a warning: the churn follows within the horizon (earlier, the alert is noise for that horizon)
        before = mine[[in_period.get(a, pd.NaT) > t >= in_period.get(a, pd.NaT) - pd.Timedelta(days=horizon)
                       for a, t in zip(mine["account_id"], mine["as_of"], strict=True)]]
        firsts = before.groupby("account_id")["as_of"].min()
        assert row.churned_alerted_before == len(firsts), rule
        if len(firsts):
            leads = [(in_period[a] - t).days for a, t in firsts.items()]
            assert row.median_lead_days == pytest.approx(float(np.median(leads))), rule
        judged = mine[mine["as_of"] + pd.Timedelta(days=horizon) <= last_day]
        quiet = [a for a, t in zip(judged["account_id"], judged["as_of"], strict=True)
                 if a not in churn or churn[a] > t + pd.Timedelta(days=horizon)]
        assert row.alerts_judged == len(judged), rule
        if len(judged):
            assert row.share_alerts_no_churn == pytest.approx(round(len(quiet) / len(judged), 3)), rule
