"""The files' contract with the loaders: names, columns, types, order and value formats."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from banso.demo import generate

from .conftest import World

CSV_COLUMNS = {
    "accounts": [
        "Account ID", "Account Name", "Plan", "Tier", "MRR", "Seats", "Status", "Trial Start",
        "Contract Start", "Renewal Date", "Churn Date", "Account Owner", "CRM URL", "Industry", "Region",
    ],
    "users": ["user_id", "email", "created_at", "name", "job_title"],
    "memberships": ["user_id", "account_id", "role", "joined_at"],
    "touchpoints": [
        "touchpoint_id", "ts", "account_id", "user_id", "kind", "title", "body", "score", "campaign",
        "proposed_feature", "source",
    ],
    "revenue": ["account_id", "month", "mrr"],
}  # fmt: skip
UTC_US = pa.timestamp("us", tz="UTC")
EVENT_SCHEMA = {
    "event_id": pa.string(),
    "ts": UTC_US,
    "user_id": pa.string(),
    "account_id": pa.string(),
    "event": pa.string(),
    "properties": pa.string(),
    "received_at": UTC_US,
}
ISO_WITH_OFFSET = r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$"


@pytest.mark.parametrize("name", sorted(CSV_COLUMNS))
def test_csv_columns(tiny: World, name: str) -> None:
    assert list(tiny.csv(name).columns) == CSV_COLUMNS[name]


def test_event_parts_schema(tiny: World) -> None:
    parts = sorted((tiny.root / "events").glob("part-*.parquet"))
    assert [p.name for p in parts][:1] == ["part-00000.parquet"]
    for part in parts:
        schema = pq.read_schema(part)
        assert dict(zip(schema.names, schema.types, strict=True)) == EVENT_SCHEMA


def test_truth_files(tiny: World) -> None:
    weekly = pq.read_schema(tiny.root / "truth.parquet")
    assert weekly.names == ["account_id", "week_start", "latent_health"]
    assert weekly.field("week_start").type == pa.date32()
    per_account = pq.read_schema(tiny.root / "truth_accounts.parquet")
    assert per_account.names[:8] == [
        "account_id", "trial_started_at", "converted", "contract_started_at", "churned_at",
        "invited_within_7d", "n_users", "tier",
    ]  # fmt: skip
    assert per_account.field("converted").type == pa.bool_()
    truth = tiny.truth
    assert (truth["preset"], truth["seed"], truth["end"]) == ("tiny", 0, "2026-11-16")
    assert truth["counts"]["events"] == tiny.summary.events
    assert {"support_ticket", "seminar", "cs_meeting", "nps", "onboarding"} <= set(truth["touchpoints"])
    weeks = tiny.weekly_health
    assert (pd.to_datetime(weeks["week_start"]).dt.weekday == 0).all(), "ISO weeks start on Monday"
    assert weeks["latent_health"].between(0, 1).all()


def test_event_ids_unique_and_rows_sorted_per_part(town600: World) -> None:
    parts = f"read_parquet('{town600.root}/events/*.parquet', filename = true, file_row_number = true)"
    per_part = town600.query(f"""
        SELECT filename, count(*) AS n, min(account_id) AS first_account, max(account_id) AS last_account
        FROM {parts} GROUP BY filename ORDER BY filename
    """)
    assert len(per_part) >= 2, "the 600-account world should span several parts"
    assert per_part["n"].sum() == town600.summary.events
    assert town600.query("SELECT count(DISTINCT event_id) AS n FROM events")["n"][0] == town600.summary.events
    # Parts cover contiguous, non-overlapping account ranges, in file order.
    assert (per_part["last_account"].iloc[:-1].to_numpy() < per_part["first_account"].iloc[1:].to_numpy()).all()
    # Within a part: by account, then time; account-less rows last, by time.
    out_of_order = town600.query(f"""
        WITH r AS (
            SELECT account_id, ts,
                   lag(account_id) OVER w AS prev_account, lag(ts) OVER w AS prev_ts,
                   file_row_number > 0 AS has_prev
            FROM {parts}
            WINDOW w AS (PARTITION BY filename ORDER BY file_row_number)
        )
        SELECT count(*) AS n FROM r WHERE has_prev AND (
               (prev_account IS NULL AND account_id IS NOT NULL)
            OR account_id < prev_account
            OR (account_id IS NOT DISTINCT FROM prev_account AND ts < prev_ts))
    """)
    assert out_of_order["n"][0] == 0


def test_event_times_inside_the_window(tiny: World) -> None:
    bounds = tiny.query("SELECT min(ts) AS lo, max(ts) AS hi, min(received_at - ts) AS lag FROM events")
    assert bounds["lo"][0] >= tiny.start and bounds["hi"][0] < tiny.end
    assert bounds["lag"][0].total_seconds() >= 0


def test_properties_are_json_objects_on_the_events_that_need_them(tiny: World) -> None:
    rows = tiny.query("SELECT event, properties FROM events WHERE properties IS NOT NULL")
    assert set(rows["event"]) >= {"help_article_viewed", "issue_created"}
    assert all(isinstance(json.loads(p), dict) for p in rows["properties"])
    counts = tiny.query("SELECT count(*) FILTER (WHERE properties IS NULL) / count(*) AS share FROM events")
    assert counts["share"][0] > 0.8, "most events carry no properties"
    via = {json.loads(p)["via"] for p in rows[rows["event"] == "issue_created"]["properties"]}
    assert via == {"web", "api"}


def test_csv_value_formats(tiny: World) -> None:
    accounts = tiny.csv("accounts")
    assert accounts["Account ID"].is_unique
    for column in ("Trial Start", "Contract Start", "Churn Date"):
        assert accounts[column].dropna().str.match(ISO_WITH_OFFSET).all(), column
    assert accounts["Renewal Date"].dropna().str.match(r"^\d{4}-\d\d-\d\d$").all()
    assert set(accounts["Status"]) <= {"trial", "active", "churned"}
    assert set(accounts["Tier"]) <= {"Enterprise", "Mid", "SMB"}
    assert (accounts["CRM URL"] == "https://crm.example.com/accounts/" + accounts["Account ID"]).all()
    assert accounts["Account Name"].str.contains("[&<]").any(), "a name that needs HTML escaping"
    assert accounts["Account Owner"].dropna().nunique() <= 9
    users = tiny.csv("users")
    assert users["user_id"].is_unique and users["email"].is_unique
    assert users["created_at"].str.match(ISO_WITH_OFFSET).all()
    memberships = tiny.csv("memberships")
    assert set(memberships["role"]) == {"admin", "member"}
    assert set(memberships["user_id"]) == set(users["user_id"])
    assert set(memberships["account_id"]) <= set(accounts["Account ID"])
    assert tiny.csv("revenue")["month"].str.match(r"^\d{4}-\d\d$").all()


def test_touchpoint_values(tiny: World) -> None:
    tp = tiny.csv("touchpoints")
    assert tp["touchpoint_id"].is_unique
    assert set(tp["kind"]) <= {"support_ticket", "cs_meeting", "email", "seminar", "community", "nps", "onboarding"}
    scores = tp[tp["kind"] == "nps"]["score"].astype(int)
    assert scores.between(0, 10).all()
    assert tp[tp["kind"] != "nps"]["score"].isna().all()
    proposed = tp["proposed_feature"].dropna()
    proposable = {e["event"] for e in tiny.truth["events"] if e["cs_meeting_uplift_per_week"] > 0}
    assert set(proposed) <= proposable
    assert (tp.loc[proposed.index, "kind"] == "cs_meeting").all()


def test_overrides_set_the_size_and_the_window(tmp_path: Path) -> None:
    summary = generate(tmp_path, preset="tiny", seed=2, accounts=12, months=2, end=date(2026, 3, 2))
    assert (summary.accounts, summary.start, summary.end) == (12, date(2026, 1, 2), date(2026, 3, 2))
    assert len(pd.read_csv(tmp_path / "accounts.csv")) == 12
    ts = pq.read_table(tmp_path / "events", columns=["ts"])["ts"].to_pandas().dt.tz_convert("Asia/Tokyo")
    assert ts.min() >= pd.Timestamp("2026-01-02", tz="Asia/Tokyo")
    assert ts.max() < pd.Timestamp("2026-03-02", tz="Asia/Tokyo")


def test_unknown_presets_are_refused_with_the_choices(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="tiny, town, nulab"):
        generate(tmp_path, preset="city")
