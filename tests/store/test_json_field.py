"""A property is read by its exact name: PostHog's `$browser` is not `browser`, `a.b` is not `b` inside `a`."""

from __future__ import annotations

import ibis
import pytest

from banso.analysis.insights.events import PropertyFilter, property_condition
from banso.store.json_field import json_field, json_path


@pytest.fixture
def events() -> ibis.Table:
    con = ibis.duckdb.connect()
    con.raw_sql("""CREATE TABLE e AS SELECT * FROM (VALUES
        (1, '{"$browser": "Chrome", "browser": "Firefox", "a.b": 1, "a": {"b": 2}}'::JSON),
        (2, '{"browser": "Chrome", "a": {"b": 1}}'::JSON)) AS t(id, properties)""")
    return con.table("e")


def test_keys_with_dollars_and_dots_are_one_name(events: ibis.Table) -> None:
    got = events.select("id", browser=json_field(events.properties, "$browser").str,
                        ab=json_field(events.properties, "a.b").float).order_by("id").execute()
    assert got["browser"].tolist()[0] == "Chrome" and got["browser"].isna().tolist() == [False, True]
    assert got["ab"].tolist()[0] == 1.0 and got["ab"].isna().tolist() == [False, True]


def test_an_insight_filter_on_a_dollar_key_keeps_the_right_events(events: ibis.Table) -> None:
    chrome = events.filter(property_condition(events.properties, PropertyFilter(key="$browser", op="=", value="Chrome")))
    assert chrome.id.execute().tolist() == [1]
    set_ = events.filter(property_condition(events.properties, PropertyFilter(key="$N.1wN5t", op="set")))
    assert set_.count().execute() == 0  # a name that reads as a broken path is just a missing property


def test_a_quote_cannot_reach_the_path() -> None:
    with pytest.raises(ValueError, match="quote"):
        json_path("a']")
