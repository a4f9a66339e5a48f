"""banso.yaml's connectors and segment syncs: every mistake named with its file, line and key."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from banso.config.load import load_config
from banso.errors import ConfigError


def error_of(tmp_path: Path, text: str) -> str:
    path = tmp_path / "banso.yaml"
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return str(caught.value).replace(str(path), "banso.yaml")


def test_an_unknown_vendor_lists_the_valid_ones(tmp_path: Path) -> None:
    msg = error_of(tmp_path, """
        connectors:
          crm:
            type: pipedrive
        """)
    assert msg.startswith("banso.yaml:2: connectors.crm: ") and "'pipedrive'" in msg
    assert "'salesforce', 'hubspot', 'zendesk', 'intercom'" in msg


def test_an_unknown_object_and_key_are_named(tmp_path: Path) -> None:
    msg = error_of(tmp_path, """
        connectors:
          crm:
            type: salesforce
            url: https://acme.my.salesforce.com
            pull:
              Lead: {}
            pul_objects: {}
        """)
    assert "banso.yaml:6: connectors.crm.pull.Lead" in msg and "'Account'" in msg
    assert "banso.yaml:7: connectors.crm.pul_objects: unknown key; valid keys here are:" in msg and "pull" in msg


def test_a_mapped_field_that_is_not_canonical_is_named(tmp_path: Path) -> None:
    msg = error_of(tmp_path, """
        connectors:
          desk:
            type: zendesk
            url: https://acme.zendesk.com
            pull:
              tickets:
                columns:
                  priority: priority
        """)
    assert msg.startswith("banso.yaml:8: connectors.desk.pull.tickets.columns.priority: 'priority' is not a field "
                          "of touchpoints; valid fields are:")


def test_credentials_have_no_place_in_the_file(tmp_path: Path) -> None:
    msg = error_of(tmp_path, """
        connectors:
          hs:
            type: hubspot
            token: pat-na1-0000
        """)
    assert "banso.yaml:4: connectors.hs.token: unknown key" in msg and "pat-na1-0000" not in msg


def test_push_needs_a_field_and_one_field_takes_one_value(tmp_path: Path) -> None:
    assert "push names no field" in error_of(tmp_path, """
        connectors:
          hs: {type: hubspot, push: {fields: {}}}
        """)
    assert "the same CRM field receives two values: banso_score" in error_of(tmp_path, """
        connectors:
          hs: {type: hubspot, push: {fields: {score: banso_score, trend: banso_score}}}
        """)


def test_segment_syncs_point_at_a_hubspot_connector_and_names_are_unique(tmp_path: Path) -> None:
    msg = error_of(tmp_path, """
        sources:
          desk: {table: touchpoints}
        connectors:
          desk: {type: zendesk, url: "https://acme.zendesk.com"}
        segment_syncs:
          risk: {segment: At risk, to: {type: hubspot_list, connector: desk, list_id: "12"}}
        """)
    assert "banso.yaml:4: connectors.desk: 'desk' is also a source's name" in msg
    assert "banso.yaml:6: segment_syncs.risk.to.connector: 'desk' is not a hubspot connector" in msg
    assert "name the file .csv or .parquet" in error_of(tmp_path, """
        segment_syncs:
          audience: {segment: 3, to: {type: file, path: audience.xlsx}}
        """)


def test_opportunities_need_accounts(tmp_path: Path) -> None:
    msg = error_of(tmp_path, """
        connectors:
          crm:
            type: salesforce
            url: https://acme.my.salesforce.com
            pull: {Opportunity: {}}
        """)
    assert "banso.yaml:5: connectors.crm.pull.Opportunity: Opportunity sets renewal dates on accounts: pull Account" \
        in msg


def test_every_is_a_duration_of_a_minute_or_more(tmp_path: Path) -> None:
    path = tmp_path / "banso.yaml"
    path.write_text(textwrap.dedent("""
        connectors:
          desk: {type: zendesk, url: "https://acme.zendesk.com", pull: {tickets: {}}, every: 15m}
          crm:
            type: hubspot
            pull: {companies: {}}
            push: {fields: {score: banso_score}, every: 1h, daily_run: false}
        segment_syncs:
          risk: {segment: At risk, to: {type: file, path: risk.csv}, every: 86400}
          quiet: {segment: At risk, to: {type: file, path: quiet.csv}, every: "off"}
        """).lstrip("\n"), encoding="utf-8")
    config = load_config(path)
    desk, crm = config.connectors["desk"], config.connectors["crm"]
    assert (desk.every, crm.every, crm.push.every, crm.push.daily_run) == (900, 0, 3600, False)  # type: ignore[union-attr]
    assert (config.segment_syncs["risk"].every, config.segment_syncs["quiet"].every) == (86400, 0)

    msg = error_of(tmp_path, """
        connectors:
          desk:
            type: zendesk
            url: https://acme.zendesk.com
            pull: {tickets: {}}
            every: 30s
        """)
    assert msg.startswith("banso.yaml:6: connectors.desk.every: is too often (the shortest interval is 1m): each run "
                          "calls the vendor's API, which limits calls per minute and per day")
    assert msg.endswith("(got '30s')")


def test_a_wrong_every_is_named_where_it_is(tmp_path: Path) -> None:
    msg = error_of(tmp_path, """
        connectors:
          crm:
            type: hubspot
            push:
              fields: {score: banso_score}
              every: hourly
        segment_syncs:
          risk: {segment: At risk, to: {type: file, path: risk.csv}, every: 59}
        """)
    assert "banso.yaml:6: connectors.crm.push.every: 'hourly' is not a duration; write 30s, 5m or 1h" in msg
    assert "banso.yaml:8: segment_syncs.risk.every: is too often (the shortest interval is 1m)" in msg
    msg = error_of(tmp_path, """
        connectors:
          crm:
            type: hubspot
            every: 15m
            push: {fields: {score: banso_score}}
        """)
    assert msg == ("banso.yaml:4: connectors.crm.every: nothing to pull at this interval: list the objects to read "
                   "under `pull` (to push at an interval, set `every` under `push`)")
