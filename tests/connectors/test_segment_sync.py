"""Saved segments sent to marketing automation: files, a database table, a webhook, a HubSpot list."""

from __future__ import annotations

import csv
import hashlib
import hmac
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from sqlalchemy import create_engine, text

from banso.config.segment import SegmentSpec
from banso.demo.vendors.hubspot import HubSpotServer
from banso.errors import ConnectorError, NotFoundError
from banso.sinks import SegmentResult
from banso.workspace import Workspace
from tests.connectors.conftest import configure
from tests.notify.receivers import HttpReceiver


def bad_accounts(ws: Workspace) -> set[str]:
    scores = ws.scores()
    return set(scores.loc[scores["band"] == "bad", "account_id"])


def widen(ws: Workspace) -> None:
    """The segment grows from the Bad band to Bad and Normal."""
    admin = ws.find_user("ops@example.com")
    assert admin is not None
    ws.update_segment(ws.saved_segments(admin)[0].id, admin, spec=SegmentSpec(band=["bad", "normal"]))


def test_a_csv_snapshot_is_the_whole_segment_each_time(world: Workspace) -> None:
    ws = configure(world, """
        segment_syncs:
          risk_file: {segment: At risk, to: {type: file, path: out/at_risk.csv}}
        """)
    result = ws.sync_push("risk_file")
    assert isinstance(result, SegmentResult)
    rows = list(csv.DictReader((ws.root / "out/at_risk.csv").open(encoding="utf-8")))
    assert {r["account_id"] for r in rows} == bad_accounts(ws) and {r["change"] for r in rows} == {"member"}
    assert result.sent == len(rows) and result.added == sorted(bad_accounts(ws)) and result.removed == []


def test_changes_send_who_joined_and_who_left(world: Workspace) -> None:
    ws = configure(world, """
        segment_syncs:
          risk_changes: {segment: At risk, mode: changes, to: {type: file, path: changes.parquet}}
        """)
    first = ws.sync_push("risk_changes")
    assert first.sent == len(bad_accounts(ws))  # the first sync: everyone joined
    before = bad_accounts(ws)
    widen(ws)
    second = ws.sync_push("risk_changes")
    table = pq.read_table(ws.root / "changes.parquet").to_pylist()
    scores = ws.scores()
    normal = set(scores.loc[scores["band"] == "normal", "account_id"])
    assert {r["account_id"] for r in table} == normal and {r["change"] for r in table} == {"added"}
    assert second.removed == [] and set(second.added) == normal and second.members == len(before | normal)
    admin = ws.find_user("ops@example.com")
    assert admin is not None
    ws.update_segment(ws.saved_segments(admin)[0].id, admin, spec=SegmentSpec(band=["normal"]))
    third = ws.sync_push("risk_changes")
    assert set(third.removed) == before and third.added == []
    dry = ws.sync_push("risk_changes", dry_run=True)
    assert dry.added == [] and dry.removed == [] and dry.sent == 0


def test_a_database_table_is_replaced_in_one_transaction(world: Workspace, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'marketing.db'}"
    monkeypatch.setenv("MARKETING_DB_URL", url)
    ws = configure(world, """
        segment_syncs:
          risk_table: {segment: At risk, to: {type: database, url_env: MARKETING_DB_URL, table: audience}}
        """)
    ws.sync_push("risk_table")
    widen(ws)
    ws.sync_push("risk_table")
    engine = create_engine(url)
    with engine.connect() as con:
        rows = con.execute(text("SELECT account_id, band FROM audience WHERE sync = 'risk_table'")).all()
    engine.dispose()
    assert {r[1] for r in rows} == {"bad", "normal"} and len(rows) == len({r[0] for r in rows})


def test_a_webhook_gets_signed_batches(world: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    receiver = HttpReceiver()
    receiver.start()
    try:
        monkeypatch.setenv("HOOK_SECRET", "s3cr3t-hook")
        ws = configure(world, f"""
            segment_syncs:
              risk_hook: {{segment: At risk, to: {{type: webhook, url: "{receiver.url}/in", secret_env: HOOK_SECRET,
                           batch_size: 2}}}}
            """)
        ws.sync_push("risk_hook")
        bodies = [r.json() for r in receiver.received]
        assert len(bodies) == -(-len(bad_accounts(ws)) // 2) and bodies[0]["type"] == "segment.snapshot"
        assert {a["account_id"] for b in bodies for a in b["accounts"]} == bad_accounts(ws)
        first = receiver.received[0]
        expected = hmac.new(b"s3cr3t-hook", first.headers["x-banso-timestamp"].encode() + b"." + first.body,
                            hashlib.sha256).hexdigest()
        assert first.headers["x-banso-signature"] == "v1=" + expected
    finally:
        receiver.stop()
    with pytest.raises(ConnectorError, match="did not answer"):  # the receiver is down: nothing remembered
        ws.sync_push("risk_hook")
    assert ws.sync_runs("risk_hook")[0].status == "failed"


def test_a_hubspot_list_gets_adds_and_removes(world: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BANSO_CONNECTOR_HS_TOKEN", "pat-na1-banso-test")
    with HubSpotServer().serve() as hs:
        hs.add_property("companies", "banso_account_id", unique=True)
        scores = world.scores()
        ids = {}
        for i, account in enumerate(sorted(scores["account_id"])):
            ids[account] = hs.add("companies", {"name": account, "banso_account_id": account}, str(700 + i))
        dynamic = hs.add_list("Health: at risk (dynamic)", "DYNAMIC")
        static = hs.add_list("Health: at risk")
        ws = configure(world, f"""
            connectors:
              hs: {{type: hubspot, url: "{hs.url}", account_key: banso_account_id}}
            segment_syncs:
              risk_list: {{segment: At risk, mode: changes, to: {{type: hubspot_list, connector: hs,
                           list_id: "{static}"}}}}
              wrong_list: {{segment: At risk, to: {{type: hubspot_list, connector: hs, list_id: "{dynamic}"}}}}
            """)
        ws.sync_push("risk_list")
        assert hs.lists[static]["members"] == {ids[a] for a in bad_accounts(ws)}
        before = bad_accounts(ws)
        admin = ws.find_user("ops@example.com")
        assert admin is not None
        ws.update_segment(ws.saved_segments(admin)[0].id, admin, spec=SegmentSpec(band=["normal"]))
        ws.sync_push("risk_list")
        last = hs.requests("PUT", f"/crm/v3/lists/{static}/memberships/add-and-remove")[-1].json()
        normal = set(scores.loc[scores["band"] == "normal", "account_id"])
        assert set(last["recordIdsToRemove"]) == {ids[a] for a in before}
        assert set(last["recordIdsToAdd"]) == {ids[a] for a in normal}
        with pytest.raises(ConnectorError, match="only MANUAL and SNAPSHOT lists accept records"):
            ws.sync_push("wrong_list")


def test_an_unknown_segment_is_named(world: Workspace) -> None:
    ws = configure(world, """
        segment_syncs:
          nowhere: {segment: Churned last year, to: {type: file, path: x.csv}}
        """)
    with pytest.raises(NotFoundError, match=r"no saved segment named 'Churned last year'.*saved segments: At risk"):
        ws.sync_push("nowhere")
