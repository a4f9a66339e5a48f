"""Segment filters: validated from URL parameters, compiled to Ibis, checked against a literal table."""

from __future__ import annotations

import ibis
import pytest

from banso.analysis.segments import apply_segment
from banso.config.segment import SegmentError, parse_segment

FACTS = {
    "account_id": ["A1", "A2", "A3", "A4", "A5"],
    "name": ["Acme 株式会社", "Beta 100%_off", "Gamma", "delta", "Epsilon"],
    "tier": ["Enterprise", "SMB", "Mid", "SMB", "Enterprise"],
    "plan": ["Premium", "Standard", "Standard", "Starter", "Premium"],
    "status": ["active", "active", "active", "churned", "trial"],
    "owner": ["佐藤", "鈴木", "佐藤", None, "鈴木"],
    "band": ["good", "bad", "normal", None, "bad"],
    "score": [82.0, 31.5, 55.0, None, 12.0],
    "days_to_renewal": [20, 75, 200, None, -3],
    "m__active_rate_28d": [0.8, 0.1, 0.35, None, 0.05],
    "phase": ["adoption", "renewal", "adoption", "churned", "trial"],
}

# (query parameters, account ids the segment keeps); A4 churned: no status chosen means every status but churned
CASES = [
    ({}, ["A1", "A2", "A3", "A5"]),
    ({"status": ["trial", "active", "churned"]}, ["A1", "A2", "A3", "A4", "A5"]),
    ({"status": ["churned"]}, ["A4"]),
    ({"tier": ["SMB"]}, ["A2"]),
    ({"tier": ["SMB"], "status": ["active", "churned"]}, ["A2", "A4"]),
    ({"tier": ["SMB", "Mid"], "status": ["active"]}, ["A2", "A3"]),
    ({"band": ["bad"]}, ["A2", "A5"]),
    ({"band": ["none"]}, []),  # the one account without a score churned
    ({"band": ["none"], "status": ["churned"]}, ["A4"]),
    ({"band": ["good", "none"]}, ["A1"]),
    ({"owner": ["佐藤"]}, ["A1", "A3"]),
    ({"score_min": "30", "score_max": "60"}, ["A2", "A3"]),
    ({"renewal_within": "90"}, ["A1", "A2"]),
    ({"m": ["active_rate_28d:<:0.3"]}, ["A2", "A5"]),
    ({"m": ["active_rate_28d:<:30%"]}, ["A2", "A5"]),  # in percent, as the list shows it
    ({"m": ["active_rate_28d:>=:0.35", "active_rate_28d:!=:0.8"]}, ["A3"]),
    ({"q": "ACME"}, ["A1"]),
    ({"q": "%"}, ["A2"]),  # a literal percent sign, not a wildcard
    ({"q": "_"}, ["A2"]),
    ({"q": "A3"}, ["A3"]),  # an account id finds its account
    ({"q": "a3"}, ["A3"]),  # … written in any case
    ({"q": "a4", "status": ["churned"]}, ["A4"]),
    ({"phase": ["churned"]}, ["A4"]),  # a phase says whom to show, churned ones too
    ({"phase": ["adoption", "churned"], "tier": ["SMB"]}, ["A4"]),
    ({"account": ["A4", "A1"]}, ["A1", "A4"]),  # accounts named by id (those a funnel step lost) whatever their status
    ({"tier": ["x' OR '1'='1"]}, []),
]


@pytest.mark.parametrize("params,expected", CASES)
def test_segments_keep_exactly_the_matching_accounts(params: dict[str, object], expected: list[str]) -> None:
    spec = parse_segment(params, metrics=["active_rate_28d"])  # type: ignore[arg-type]
    t = ibis.memtable(FACTS)
    got = ibis.duckdb.connect().execute(apply_segment(t, spec).order_by("account_id"))["account_id"].tolist()
    assert got == expected


@pytest.mark.parametrize("params,expected", [
    ({}, ["A1", "A2", "A3", "A4", "A5"]),
    ({"tier": ["SMB"]}, ["A2", "A4"]),
    ({"status": ["active"]}, ["A1", "A2", "A3"]),
])
def test_over_time_a_segment_counts_the_accounts_that_churned_since(params: dict[str, object],
                                                                    expected: list[str]) -> None:
    """Insights and composition count past periods, when the churned accounts were still customers."""
    spec = parse_segment(params)  # type: ignore[arg-type]
    t = ibis.memtable(FACTS)
    got = ibis.duckdb.connect().execute(apply_segment(t, spec, over_time=True).order_by("account_id"))
    assert got["account_id"].tolist() == expected


def test_a_spec_round_trips_through_its_url_form() -> None:
    spec = parse_segment({"q": "a&b", "tier": ["SMB", "Mid"], "band": ["bad"], "score_max": "40",
                          "renewal_within": "30", "m": ["events_28d:>:10"]}, metrics=["events_28d"])
    from urllib.parse import parse_qs, urlencode

    again = parse_segment(parse_qs(urlencode(spec.to_query())), metrics=["events_28d"])
    assert again == spec


def test_a_percent_stays_a_percent_in_the_url_and_the_summary() -> None:
    spec = parse_segment({"m": ["active_rate_28d:<:30%"]}, metrics=["active_rate_28d"])
    assert (spec.metrics[0].value, spec.metrics[0].percent) == (0.3, True)
    assert spec.to_query() == [("m", "active_rate_28d:<:30%")] and spec.describe() == ["active_rate_28d < 30%"]
    assert parse_segment({"m": ["active_rate_28d:<:0.3"]}).describe() == ["active_rate_28d < 0.3"]


@pytest.mark.parametrize("params,message", [
    ({"m": ["nope:<:1"]}, "unknown metric 'nope'"),
    ({"m": ["active_rate_28d<0.3"]}, "must read metric:op:value"),
    ({"m": ["active_rate_28d:~:0.3"]}, "unknown comparison"),
    ({"m": ["active_rate_28d:<:nan"]}, "finite"),
    ({"m": ["active_rate_28d:<:lots%"]}, "not a number of percent"),
    ({"m": ["drop table:<:1"]}, "letters, digits and underscores"),
    ({"score_min": "150"}, "score_min"),
    ({"renewal_within": "-1"}, "renewal_within"),
    ({"band": ["excellent"]}, "band"),
    ({"status": ["zombie"]}, "status"),
])
def test_invalid_filters_are_refused_with_a_message(params: dict[str, object], message: str) -> None:
    with pytest.raises(SegmentError, match=message):
        parse_segment(params, metrics=["active_rate_28d"])  # type: ignore[arg-type]
