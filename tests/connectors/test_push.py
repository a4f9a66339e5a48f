"""Pushing results to the CRM: exactly the changed fields, once; a dry run sends nothing; unknown fields named.

The world is the demo's `tiny` one, scored once (tests/connectors/conftest.py); each test works on a copy
of its folder with an application state of its own (nothing pushed yet).
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from datetime import date

import pytest

from banso.appstate.alerts import Alert
from banso.config.segment import SegmentSpec
from banso.demo.vendors.hubspot import HubSpotServer
from banso.demo.vendors.salesforce import SalesforceServer
from banso.errors import ConnectorError
from banso.sinks import PushResult
from banso.workspace import Workspace
from tests.connectors.conftest import configure

SF = """
connectors:
  crm:
    type: salesforce
    url: {url}
    account_key: Banso_Account_Id__c
    push:
      fields:
        score: Banso_Health_Score__c
        band: Banso_Health_Band__c
        reasons: Banso_Top_Reasons__c
      segments:
        At risk: Banso_At_Risk__c
"""


@pytest.fixture
def sf(trust: ssl.SSLContext, world: Workspace, monkeypatch: pytest.MonkeyPatch) -> Iterator[SalesforceServer]:
    monkeypatch.setenv("BANSO_CONNECTOR_CRM_CLIENT_ID", "banso-client")
    monkeypatch.setenv("BANSO_CONNECTOR_CRM_CLIENT_SECRET", "banso-secret")
    with SalesforceServer().serve(tls=trust) as server:
        server.add_field("Account", "Banso_Account_Id__c")
        server.add_field("Account", "Banso_Health_Score__c", "double")
        server.add_field("Account", "Banso_Health_Band__c", "picklist")
        server.add_field("Account", "Banso_Top_Reasons__c", "textarea")
        server.add_field("Account", "Banso_At_Risk__c", "boolean")
        scores = world.scores()
        for i, account in enumerate(sorted(scores["account_id"])[:12]):  # 12 of the accounts are in the CRM
            server.add("Account", {"Id": f"0015g0000000{i:03d}AAA", "Name": account, "Banso_Account_Id__c": account})
        yield server


def patched(server: SalesforceServer) -> list[dict[str, object]]:
    """Every record sent in a composite update, as the CRM received it."""
    return [rec for r in server.requests("PATCH", "/services/data/v62.0/composite/sobjects")
            for rec in r.json()["records"]]


def test_a_dry_run_shows_the_changes_and_sends_nothing(world: Workspace, sf: SalesforceServer) -> None:
    ws = configure(world, SF.format(url=sf.url))
    result = ws.sync_push("crm", dry_run=True)
    assert isinstance(result, PushResult) and result.dry_run
    assert result.in_crm == 12 and result.records_sent == 12 and len(result.not_in_crm) == result.accounts - 12
    assert patched(sf) == []
    fields = {c.field for c in result.changes}
    assert fields <= {"Banso_Health_Score__c", "Banso_Health_Band__c", "Banso_Top_Reasons__c", "Banso_At_Risk__c"}
    assert ws.sync_runs("crm")[0].dry_run and ws.sync_runs("crm")[0].rows == 0
    # nothing is remembered: a real push after it sends everything
    assert ws.sync_push("crm").records_sent == 12


def test_a_push_sends_exactly_the_changed_fields_once(world: Workspace, sf: SalesforceServer) -> None:
    ws = configure(world, SF.format(url=sf.url))
    scores = ws.scores().set_index("account_id")
    seen: list[tuple[int, int]] = []
    first = ws.sync_push("crm", progress=lambda done, total, what: seen.append((done, total)))
    assert seen == [(0, 12)]  # one batch: twelve records are fewer than a batch holds
    sent = {r["id"]: r for r in patched(sf)}
    assert len(sent) == 12 and first.records_sent == 12
    record = sf.records["Account"]["0015g0000000000AAA"]
    account = record["Banso_Account_Id__c"]
    assert record["Banso_Health_Score__c"] == round(scores.loc[account, "score"], 1)
    assert record["Banso_Health_Band__c"] == scores.loc[account, "band"]
    assert record["Banso_At_Risk__c"] is (scores.loc[account, "band"] == "bad")
    assert record["Banso_Top_Reasons__c"] == "\n".join(scores.loc[account, "top_reasons"][:3])

    again = ws.sync_push("crm")  # nothing changed: nothing is sent
    assert again.records_sent == 0 and again.unchanged == 12 and len(patched(sf)) == 12

    # the segment grows to the Normal band too: only that checkbox, only for the accounts that joined
    admin = ws.find_user("ops@example.com")
    assert admin is not None
    seg = ws.saved_segments(admin)[0]
    ws.update_segment(seg.id, admin, spec=SegmentSpec(band=["bad", "normal"]))
    third = ws.sync_push("crm")
    new = patched(sf)[12:]
    joined = {r for r in sent if scores.loc[sf.records["Account"][r]["Banso_Account_Id__c"], "band"] == "normal"}
    assert {r["id"] for r in new} == joined and third.records_sent == len(joined)
    assert all(set(r) == {"attributes", "id", "Banso_At_Risk__c"} and r["Banso_At_Risk__c"] is True for r in new)
    assert ws.sync_push("crm").records_sent == 0
    runs = ws.sync_runs("crm")
    assert [r.status for r in runs] == ["ok"] * 4 and runs[1].counts["fields sent"] == len(joined)


def test_an_unknown_field_is_named_and_nothing_is_sent(world: Workspace, sf: SalesforceServer) -> None:
    ws = configure(world, SF.format(url=sf.url).replace("Banso_Top_Reasons__c", "Banso_Reasons__c"))
    with pytest.raises(ConnectorError, match=r"no field.s. Banso_Reasons__c on its account records.*Object Manager"):
        ws.sync_push("crm")
    assert patched(sf) == [] and ws.sync_runs("crm")[0].status == "failed"


def test_a_record_the_crm_refuses_is_reported_and_tried_again(world: Workspace, sf: SalesforceServer) -> None:
    ws = configure(world, SF.format(url=sf.url))
    sf.faults.add("/services/data/v62.0/composite/sobjects", status=200, body=[
        {"success": False, "errors": [{"statusCode": "UNABLE_TO_LOCK_ROW", "message": "unable to obtain exclusive "
                                       "access to this record", "fields": []}]}] + [
        {"id": f"0015g0000000{i:03d}AAA", "success": True, "errors": []} for i in range(1, 12)])
    first = ws.sync_push("crm")
    assert first.records_sent == 11 and list(first.failed.values()) == [
        "UNABLE_TO_LOCK_ROW: unable to obtain exclusive access to this record"]
    second = ws.sync_push("crm")  # the refused record is sent again; the others are not
    assert second.records_sent == 1


def test_open_tasks_go_to_their_field_and_follow_the_tasks(world: Workspace, sf: SalesforceServer) -> None:
    sf.add_field("Account", "Banso_Open_Tasks__c", "double")
    ws = configure(world, SF.format(url=sf.url).replace(
        "reasons: Banso_Top_Reasons__c", "reasons: Banso_Top_Reasons__c\n        open_tasks: Banso_Open_Tasks__c"))
    accounts = {rec["Id"]: rec["Banso_Account_Id__c"] for rec in sf.records["Account"].values()}
    first, second = sorted(accounts.values())[:2]
    made = [ws.create_task(None, account_id=first, title=f"Call {i}") for i in range(2)]
    ws.create_task(None, account_id=second, title="Review usage")
    ws.close_task(ws.create_task(None, account_id=second, title="Done already").id, None)
    assert ws.sync_push("crm").records_sent == 12
    held = {accounts[r]: rec["Banso_Open_Tasks__c"] for r, rec in sf.records["Account"].items()}
    assert held[first] == 2 and held[second] == 1
    assert {n for a, n in held.items() if a not in (first, second)} == {0}  # no open task: 0, not left blank

    ws.close_task(made[0].id, None)  # one task fewer: only that account's field is sent again
    again = ws.sync_push("crm")
    assert again.records_sent == 1 and patched(sf)[-1] == {
        "attributes": {"type": "Account"}, "id": next(r for r, a in accounts.items() if a == first),
        "Banso_Open_Tasks__c": 1}


HS = """
connectors:
  hs:
    type: hubspot
    url: {url}
    account_key: banso_account_id
    push:
      create_fields: true
      fields: {{score: banso_health_score, band: banso_health_band, alerts: banso_open_alerts}}
      segments: {{At risk: banso_at_risk}}
"""


def test_hubspot_properties_are_created_when_allowed_and_values_sent_as_text(
        world: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BANSO_CONNECTOR_HS_TOKEN", "pat-na1-banso-test")
    with HubSpotServer().serve() as hs:
        hs.add_property("companies", "banso_account_id", unique=True)
        scores = world.scores()
        accounts = sorted(scores["account_id"])[:5]
        for i, account in enumerate(accounts):
            hs.add("companies", {"name": account, "banso_account_id": account}, str(501 + i))
        ws = configure(world, HS.format(url=hs.url))
        with ws.app_state.session() as s:  # an open alert: the CRM's reader sees its rule by its label
            s.add(Alert(rule="renewal_risk", account_id=accounts[0], as_of=date(2026, 1, 5), severity="high",
                        route="human", reason_ja="更新が近い", reason_en="Renewal near", details={}))
        dry = ws.sync_push("hs", dry_run=True)
        assert dry.created_fields == ["banso_health_score", "banso_health_band", "banso_open_alerts", "banso_at_risk"]
        assert hs.requests("POST", "/crm/v3/properties/companies") == []
        result = ws.sync_push("hs")
        created = [r.json() for r in hs.requests("POST", "/crm/v3/properties/companies")]
        assert {c["name"]: (c["type"], c["fieldType"]) for c in created} == {
            "banso_health_score": ("number", "number"), "banso_health_band": ("string", "textarea"),
            "banso_open_alerts": ("string", "textarea"), "banso_at_risk": ("bool", "booleancheckbox")}
        assert result.records_sent == 5
        update = hs.requests("POST", "/crm/v3/objects/companies/batch/update")[0].json()
        by_id = {i["id"]: i["properties"] for i in update["inputs"]}
        band = scores.set_index("account_id").loc[accounts[0], "band"]
        assert by_id["501"]["banso_health_band"] == band
        assert by_id["501"]["banso_at_risk"] == ("true" if band == "bad" else "false")
        said = {"ja": "更新リスク: 更新が近い", "en": "Renewal at risk: Renewal near"}[ws.config.language]
        assert by_id["501"]["banso_open_alerts"] == said and "banso_open_alerts" not in by_id["502"]
        assert all(isinstance(v, str) for props in by_id.values() for v in props.values())
        assert ws.sync_push("hs").records_sent == 0
        assert len(hs.requests("POST", "/crm/v3/objects/companies/batch/update")) == 1


def test_missing_hubspot_properties_are_named_when_not_allowed(world: Workspace,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BANSO_CONNECTOR_HS_TOKEN", "pat-na1-banso-test")
    with HubSpotServer().serve() as hs:
        ws = configure(world, HS.format(url=hs.url).replace("create_fields: true", "create_fields: false"))
        with pytest.raises(ConnectorError, match=r"banso_health_score, banso_health_band.*create_fields: true"):
            ws.sync_push("hs")
        assert hs.requests("POST", "/crm/v3/objects/companies/batch/update") == []
