"""Touchpoints carry selection bias and, for proposing CS meetings, a known true effect."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .conftest import World

DAY = pd.Timedelta(days=1)


def per_account_year(world: World, kind: str) -> pd.Series:
    """Touchpoints of `kind` per account and year alive, indexed by account."""
    weeks_alive = world.weekly_health.groupby("account_id").size()
    counts = world.touchpoints[world.touchpoints["kind"] == kind].groupby("account_id").size()
    return counts.reindex(weeks_alive.index, fill_value=0) / weeks_alive * 52


def by_health_tercile(world: World, values: pd.Series) -> pd.Series:
    health = world.weekly_health.groupby("account_id")["latent_health"].mean()
    tercile = pd.qcut(health, 3, labels=["low", "middle", "high"])
    return values.groupby(tercile, observed=True).mean()


def test_healthier_accounts_seek_more_support_seminars_and_community(town600: World) -> None:
    table = pd.DataFrame(
        {
            kind: by_health_tercile(town600, per_account_year(town600, kind))
            for kind in ("support_ticket", "seminar", "community")
        }
    )
    # Selection bias (truth.json touchpoints.*.selection): log-rates rise 1.5-3.0 per unit of health,
    # and the terciles' mean health differ by ~0.25, so the top tercile should see >= 1.3x the bottom.
    assert (table.loc["high"] >= 1.3 * table.loc["low"]).all(), table
    effects = town600.truth["touchpoints"]
    assert effects["support_ticket"]["effect"]["relative"] == 0.0
    assert effects["seminar"]["effect"]["relative"] > 0


def test_cs_meetings_go_to_owned_accounts(town600: World) -> None:
    meetings = town600.touchpoints[town600.touchpoints["kind"] == "cs_meeting"]
    owners = town600.accounts.loc[meetings["account_id"], "Account Owner"]
    assert owners.notna().all(), "CS meetings happen only where a CSM owns the account"
    tiers = town600.accounts.loc[meetings["account_id"], "Tier"].value_counts(normalize=True)
    assert tiers.get("SMB", 0) < 0.1


def test_a_proposed_feature_is_used_more_after_the_meeting(town600: World) -> None:
    meetings = town600.touchpoints.dropna(subset=["proposed_feature"])
    features = ", ".join(f"'{f}'" for f in meetings["proposed_feature"].unique())
    uses = town600.query(f"SELECT account_id, event, ts FROM qualifying WHERE event IN ({features})")
    churn = town600.accounts["Churn Date"]
    uplift = {e["event"]: e["cs_meeting_uplift_per_week"] for e in town600.truth["events"]}
    rows = []
    for meeting in meetings.itertuples():
        t0 = meeting.ts
        until = min(town600.end, churn[meeting.account_id]) if pd.notna(churn[meeting.account_id]) else town600.end
        after_weeks = min(8.0, (until - t0) / (7 * DAY))
        before_weeks = min(8.0, (t0 - town600.start) / (7 * DAY))
        if after_weeks < 2 or before_weeks < 2:
            continue
        mine = uses[(uses["account_id"] == meeting.account_id) & (uses["event"] == meeting.proposed_feature)]["ts"]
        before = ((mine >= t0 - before_weeks * 7 * DAY) & (mine < t0)).sum() / before_weeks
        after = ((mine >= t0) & (mine < t0 + after_weeks * 7 * DAY)).sum() / after_weeks
        rows.append((meeting.proposed_feature, before, after, uplift[meeting.proposed_feature]))
    table = pd.DataFrame(rows, columns=["feature", "before", "after", "true_uplift"])
    # The proposed feature was not in use (the CSM proposes what the account lacks): ~0 a week
    # before; after, +true_uplift a week (truth.json cs_meeting effect). Allow +-35% for Poisson
    # noise over a few dozen meetings.
    assert len(table) >= 20, table
    assert table["before"].mean() < 1.0, table
    change = (table["after"] - table["before"]).mean()
    assert 0.65 * table["true_uplift"].mean() <= change <= 1.35 * table["true_uplift"].mean(), table


def test_nps_follows_health(town600: World) -> None:
    nps = town600.touchpoints[town600.touchpoints["kind"] == "nps"].copy()
    nps["week_start"] = (
        nps["ts"].dt.tz_localize(None).dt.normalize() - pd.to_timedelta(nps["ts"].dt.weekday, unit="D")
    ).dt.date
    health = town600.weekly_health
    merged = nps.merge(health, on=["account_id", "week_start"], how="inner")
    assert len(merged) >= 0.9 * len(nps) and len(merged) >= 100
    assert np.corrcoef(merged["score"].astype(int), merged["latent_health"])[0, 1] >= 0.5


def test_new_customers_get_onboarding(town600: World) -> None:
    acc = town600.accounts
    new = acc[(acc["Contract Start"] >= town600.start) & (acc["Contract Start"] < town600.end - 30 * DAY)]
    onboarded = set(town600.touchpoints[town600.touchpoints["kind"] == "onboarding"]["account_id"])
    assert len(new) >= 30
    assert new.index.isin(list(onboarded)).mean() >= 0.9
    assert not acc[acc["Contract Start"] < town600.start - 60 * DAY].index.isin(list(onboarded)).any()
