"""The world looks like a real customer base: sizes, tiers, revenue, rhythm and messy ingestion."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .conftest import World


def test_organization_sizes_are_heavy_tailed_and_tiers_follow_size(town600: World) -> None:
    members = town600.csv("memberships").groupby("account_id").size()
    assert members.max() >= 30 * members.median(), members.describe()
    acc = town600.accounts.assign(members=members)
    paying = acc[acc["MRR"] > 0]
    medians = paying.groupby("Tier")[["members", "MRR"]].median()
    assert medians.loc["Enterprise", "members"] > medians.loc["Mid", "members"] > medians.loc["SMB", "members"]
    assert medians.loc["Enterprise", "MRR"] > medians.loc["Mid", "MRR"] > medians.loc["SMB", "MRR"]


def test_some_users_belong_to_two_accounts(town600: World) -> None:
    per_user = town600.csv("memberships").groupby("user_id").size()
    assert per_user.max() == 2
    assert 0.004 <= (per_user == 2).mean() <= 0.02


def test_seats_are_blank_for_some_accounts(town600: World) -> None:
    paying = town600.accounts[town600.accounts["MRR"] > 0]
    assert 0.1 <= paying["Seats"].isna().mean() <= 0.3


def test_revenue_expands_with_health_and_stops_at_churn(town600: World) -> None:
    revenue = town600.csv("revenue").astype({"mrr": int})
    by_month = revenue.pivot(index="account_id", columns="month", values="mrr")
    first, last = by_month.columns[0], by_month.columns[-1]
    steady = by_month[(by_month[first] > 0) & (by_month[last] > 0)]
    growth = steady[last] / steady[first]
    health = town600.weekly_health.groupby("account_id")["latent_health"].mean().reindex(steady.index)
    tercile = pd.qcut(health, 3, labels=["low", "middle", "high"])
    medians = growth.groupby(tercile, observed=True).median()
    assert medians["high"] > 1.05 and medians["high"] > medians["low"], medians
    assert (growth < 1).any(), "some accounts contract"

    churned = town600.accounts[town600.accounts["Churn Date"].notna() & town600.accounts["Contract Start"].notna()]
    churn_month = churned["Churn Date"].dt.strftime("%Y-%m")
    rows = revenue.set_index("account_id").loc[churned.index]
    last_row = rows.groupby(level=0).last()
    assert (last_row["mrr"] == 0).all()
    assert (last_row["month"] == churn_month.reindex(last_row.index)).all()


def test_people_work_on_weekdays_in_office_hours(town600: World) -> None:
    rhythm = town600.query("""
        SELECT avg(CASE WHEN isodow(ts) <= 5 THEN 1 ELSE 0 END) AS weekday,
               avg(CASE WHEN hour(ts) BETWEEN 8 AND 19 THEN 1 ELSE 0 END) AS office_hours
        FROM qualifying
    """)
    assert rhythm["weekday"][0] >= 0.9
    assert rhythm["office_hours"][0] >= 0.8


def test_ingestion_is_a_little_messy(town600: World) -> None:
    shares = town600.query("""
        SELECT avg(CASE WHEN received_at - ts > INTERVAL 1 HOUR THEN 1 ELSE 0 END) AS late,
               avg(CASE WHEN account_id IS NULL THEN 1 ELSE 0 END) AS no_account
        FROM events
    """)
    assert 0.005 <= shares["late"][0] <= 0.02
    assert 0.0003 <= shares["no_account"][0] <= 0.003


def test_events_look_like_a_collaboration_product(town600: World) -> None:
    counts = town600.query("SELECT event, count(*) AS n FROM events GROUP BY 1").set_index("event")["n"]
    catalogue = [e["event"] for e in town600.truth["events"]]
    assert set(counts.index) == set(catalogue)
    share = counts / counts.sum()
    assert share[["login", "project_viewed", "issue_updated"]].min() > 0.05
    assert share[["theme_changed", "webhook_created"]].max() < 0.001
    assert np.isclose(share.sum(), 1.0)
