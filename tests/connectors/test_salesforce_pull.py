"""Salesforce pulls against the REST API v62.0 stand-in: full, incremental, interrupted, refused."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from banso.connectors import pull
from banso.demo.vendors.salesforce import SalesforceServer
from banso.errors import ConnectorError, CredentialsError
from banso.workspace import Workspace
from tests.conftest import write
from tests.connectors.conftest import Waits, configure

CONFIG = """
connectors:
  crm:
    type: salesforce
    url: {url}
    pull:
      Account: {{columns: {{tier: Tier__c, mrr: MRR__c}}}}
      Contact: {{}}
      Opportunity: {{}}
      Case: {{}}
      Task: {{}}
      Event: {{}}
"""


@pytest.fixture
def sf(trust: ssl.SSLContext) -> Iterator[SalesforceServer]:
    server = SalesforceServer(batch_size=2).serve(tls=trust)  # two rows a page: every object pages
    server.add_field("Account", "Tier__c")
    server.add_field("Account", "MRR__c", "currency")
    owner = server.add("User", {"Name": "Aoki", "Email": "aoki@example.com"})
    a1 = server.add("Account", {"Id": "0015g00000ACME01AAA", "Name": "Acme", "OwnerId": owner, "Tier__c": "Enterprise",
                                "MRR__c": 300000})
    a2 = server.add("Account", {"Id": "0015g00000BETA01AAA", "Name": "Beta", "Tier__c": "SMB", "MRR__c": 20000})
    server.add("Account", {"Id": "0015g00000GAMA01AAA", "Name": "Gamma", "Tier__c": "Mid", "MRR__c": 80000})
    c1 = server.add("Contact", {"Id": "0035g00000CONT01AAA", "AccountId": a1, "Email": "kato@acme.example",
                                "LastName": "Kato"})
    server.add("Contact", {"Id": "0035g00000CONT02AAA", "AccountId": None, "Email": "lone@example.com",
                           "LastName": "Lone"})
    server.add("Opportunity", {"Id": "0065g00000OPPO01AAA", "AccountId": a1, "Name": "Acme renewal 2027",
                               "CloseDate": "2027-03-31", "Amount": 3600000, "Type": "Renewal", "IsClosed": False})
    server.add("Opportunity", {"Id": "0065g00000OPPO02AAA", "AccountId": a2, "Name": "Beta upsell",
                               "CloseDate": "2026-06-30", "Amount": 50000, "Type": "New Business", "IsClosed": False})
    server.add("Case", {"Id": "5005g00000CASE01AAA", "AccountId": a1, "ContactId": c1, "Subject": "Login fails",
                        "Description": "SSO loop", "Status": "Closed", "Priority": "High", "CreatedDate":
                        "2026-03-02T01:00:00.000+0000"})
    server.add("Case", {"Id": "5005g00000CASE02AAA", "AccountId": None, "Subject": "Spam"})
    server.add("Task", {"Id": "00T5g00000TASK01AAA", "AccountId": a2, "Subject": "Renewal call", "TaskSubtype": "Call",
                        "CreatedDate": "2026-03-03T02:00:00.000+0000"})
    server.add("Event", {"Id": "00U5g00000EVNT01AAA", "AccountId": a1, "Subject": "QBR",
                         "StartDateTime": "2026-03-04T05:00:00.000+0000"})
    yield server
    server.stop()


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BANSO_CONNECTOR_CRM_CLIENT_ID", "banso-client")
    monkeypatch.setenv("BANSO_CONNECTOR_CRM_CLIENT_SECRET", "banso-secret")


def canonical(ws: Workspace) -> dict[str, pd.DataFrame]:
    """The canonical tables as plain frames, sorted by key, without load times."""
    out = {}
    with ws.lock:
        for name, key in (("accounts", ["account_id"]), ("users", ["user_id"]),
                          ("memberships", ["user_id", "account_id"]), ("touchpoints", ["touchpoint_id"])):
            frame = ws.store.execute(ws.store.table(name)).drop(columns=["loaded_at"])
            out[name] = frame.sort_values(key).reset_index(drop=True)
    return out


def test_first_then_incremental_pull_equals_a_file_load(ws: Workspace, sf: SalesforceServer, env: None,
                                                          tmp_path: Path) -> None:
    ws = configure(ws, CONFIG.format(url=sf.url))
    first = ws.sync_pull("crm")
    assert sorted(first.full) == ["Account", "Case", "Contact", "Event", "Opportunity", "Task"]
    assert first.read["Account"] == 3 and first.skipped == {"Contact without an account (a user, no membership)": 1,
                                                            "Case without an account": 1}
    # a second run asks only for what changed since the cursor, and reads it
    sf.update("Account", "0015g00000BETA01AAA", {"Tier__c": "Mid", "MRR__c": 40000})
    sf.add("Case", {"Id": "5005g00000CASE03AAA", "AccountId": "0015g00000BETA01AAA", "Subject": "Export",
                    "CreatedDate": "2026-04-01T10:00:00.000+0000"})
    queries = len(sf.requests("GET", "/services/data/v62.0/query"))
    second = ws.sync_pull("crm")
    # Only what changed, and the last record of each object again: the filter is `>=` the cursor, so a
    # record changed within the cursor's second is never lost; read again, it loads as unchanged.
    assert second.full == []
    assert second.read == {"Account": 2, "Case": 2, "Contact": 1, "Event": 1, "Opportunity": 1, "Task": 1}
    loads = {(x.stream, x.table): (x.inserted, x.updated, x.unchanged) for x in second.loads}
    assert loads[("Account", "accounts")] == (0, 1, 1) and loads[("Case", "touchpoints")] == (1, 0, 0)
    soql = [r.arg("q") for r in sf.requests("GET", "/services/data/v62.0/query")][queries:]
    assert all("WHERE SystemModstamp >= 2026-04-01T09:00:" in q for q in soql if q and "IN (" not in q)
    pulled = canonical(ws)

    # the same data as files, loaded into a fresh workspace, gives the same tables
    files = Workspace.init(tmp_path / "files", name="files", timezone="UTC")
    url = f"{sf.url}/"
    write(tmp_path / "accounts.csv", f"""
        account_id,name,owner,tier,mrr,crm_url,renewal_date
        0015g00000ACME01AAA,Acme,Aoki,Enterprise,300000,{url}0015g00000ACME01AAA,2027-03-31
        0015g00000BETA01AAA,Beta,,Mid,40000,{url}0015g00000BETA01AAA,
        0015g00000GAMA01AAA,Gamma,,Mid,80000,{url}0015g00000GAMA01AAA,
        """)
    files.load("accounts", [str(tmp_path / "accounts.csv")])
    created = {i: sf.records["Contact"][i]["CreatedDate"] for i in ("0035g00000CONT01AAA", "0035g00000CONT02AAA")}
    write(tmp_path / "users.csv", f"""
        user_id,email,created_at
        0035g00000CONT01AAA,kato@acme.example,{created["0035g00000CONT01AAA"]}
        0035g00000CONT02AAA,lone@example.com,{created["0035g00000CONT02AAA"]}
        """)
    files.load("users", [str(tmp_path / "users.csv")])
    write(tmp_path / "memberships.csv", """
        user_id,account_id
        0035g00000CONT01AAA,0015g00000ACME01AAA
        """)
    files.load("memberships", [str(tmp_path / "memberships.csv")])
    write(tmp_path / "touchpoints.csv", """
        touchpoint_id,ts,account_id,user_id,kind,title,body,source
        5005g00000CASE01AAA,2026-03-02T01:00:00Z,0015g00000ACME01AAA,0035g00000CONT01AAA,support_ticket,Login fails,SSO loop,crm
        5005g00000CASE03AAA,2026-04-01T10:00:00Z,0015g00000BETA01AAA,,support_ticket,Export,,crm
        00T5g00000TASK01AAA,2026-03-03T02:00:00Z,0015g00000BETA01AAA,,call,Renewal call,,crm
        00U5g00000EVNT01AAA,2026-03-04T05:00:00Z,0015g00000ACME01AAA,,cs_meeting,QBR,,crm
        """)
    files.load("touchpoints", [str(tmp_path / "touchpoints.csv")])
    expected = canonical(files)
    files.close()
    for table in ("accounts", "users", "memberships", "touchpoints"):
        canon = [c for c in expected[table].columns if c not in ("traits", "properties")]
        pd.testing.assert_frame_equal(pulled[table][canon], expected[table][canon], check_dtype=False)
    # what the mapping did not name is kept, as for files: the renewal's amount, the case's status
    traits = pulled["accounts"].set_index("account_id")["traits"]
    assert traits["0015g00000ACME01AAA"]["renewal_amount"] == "3600000"
    props = pulled["touchpoints"].set_index("touchpoint_id")["properties"]
    assert props["5005g00000CASE01AAA"]["Status"] == "Closed"


def _status(ws: Workspace) -> dict[str, int]:
    with ws.lock:
        return {t: ws.store.count(t) for t in ("accounts", "users", "memberships", "touchpoints")}


def test_a_pull_that_fails_mid_way_loads_nothing_and_the_next_resumes(ws: Workspace, sf: SalesforceServer,
                                                                        env: None, waits: Waits) -> None:
    ws = configure(ws, CONFIG.format(url=sf.url))
    # the second page of the first query fails on every try: the pull gives up after its retries
    sf.faults.add("/services/data/v62.0/query/01g", status=500, body=[{"errorCode": "UNKNOWN_EXCEPTION",
                                                                     "message": "An unexpected error occurred"}],
                  times=99)
    with pytest.raises(ConnectorError, match=r"connector 'crm': query \(next page\): HTTP 500.*after 6 tries"):
        pull(ws.store, ws.app_state, ws.config, "crm", sleep=waits)
    assert _status(ws) == {"accounts": 0, "users": 0, "memberships": 0, "touchpoints": 0}
    assert waits == [1, 2, 4, 8, 16]  # backing off, as no Retry-After was given
    runs = ws.sync_runs("crm")
    assert runs[0].status == "failed" and "HTTP 500" in (runs[0].error or "")
    sf.faults.clear()
    result = pull(ws.store, ws.app_state, ws.config, "crm", sleep=waits)
    assert len(result.full) == 6  # no cursor was saved by the failed run: everything is read again
    assert _status(ws) == {"accounts": 3, "users": 2, "memberships": 1, "touchpoints": 3}


def test_a_page_cut_short_or_dropped_is_asked_for_again(ws: Workspace, sf: SalesforceServer, env: None,
                                                         waits: Waits) -> None:
    ws = configure(ws, CONFIG.format(url=sf.url))
    sf.faults.add("/services/data/v62.0/query/01g", truncate=True)  # half a page, then the connection closes
    sf.faults.add("/services/data/v62.0/query", drop=True,  # another page: no answer at all
                  when=lambda r: "FROM Contact" in (r.arg("q") or ""))
    result = pull(ws.store, ws.app_state, ws.config, "crm", sleep=waits)
    assert len(waits) == 2 and result.read["Account"] == 3
    assert _status(ws) == {"accounts": 3, "users": 2, "memberships": 1, "touchpoints": 3}  # each row once


def test_429_waits_as_long_as_retry_after_says(ws: Workspace, sf: SalesforceServer, env: None, waits: Waits) -> None:
    ws = configure(ws, CONFIG.format(url=sf.url))
    sf.faults.add("/services/data/v62.0/query", status=429, headers={"Retry-After": "7"},
                  body=[{"errorCode": "REQUEST_LIMIT_EXCEEDED_CONCURRENT", "message": "too many requests"}])
    pull(ws.store, ws.app_state, ws.config, "crm", sleep=waits)
    assert waits == [7.0]


def test_the_daily_allowance_stops_the_run_without_waiting(ws: Workspace, env: None, trust: ssl.SSLContext,
                                                            waits: Waits) -> None:
    with SalesforceServer(allowance=3).serve(tls=trust) as sf:
        for i in range(5):
            sf.add("Account", {"Name": f"A{i}"})
        ws = configure(ws, CONFIG.format(url=sf.url).replace("      Contact: {}\n", "")
                       .replace("Account: {columns: {tier: Tier__c, mrr: MRR__c}}", "Account: {}"))
        with pytest.raises(ConnectorError, match=r"REQUEST_LIMIT_EXCEEDED.*next run resumes"):
            pull(ws.store, ws.app_state, ws.config, "crm", sleep=waits)
        assert waits == [] and _status(ws)["accounts"] == 0


def test_wrong_credentials_name_the_connector_and_the_variables(ws: Workspace, sf: SalesforceServer,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    ws = configure(ws, CONFIG.format(url=sf.url))
    monkeypatch.delenv("BANSO_CONNECTOR_CRM_CLIENT_SECRET", raising=False)
    monkeypatch.setenv("BANSO_CONNECTOR_CRM_CLIENT_ID", "banso-client")
    with pytest.raises(CredentialsError, match=r"connector .crm. .*set BANSO_CONNECTOR_CRM_CLIENT_SECRET"):
        ws.sync_pull("crm")
    monkeypatch.setenv("BANSO_CONNECTOR_CRM_CLIENT_SECRET", "s3cret-but-wrong")
    with pytest.raises(CredentialsError) as caught:
        ws.sync_pull("crm")
    text = str(caught.value)
    assert "invalid_client" in text and "BANSO_CONNECTOR_CRM_CLIENT_ID and BANSO_CONNECTOR_CRM_CLIENT_SECRET" in text
    assert "s3cret-but-wrong" not in text and "nothing was changed" in text
    assert all("s3cret" not in (r.error or "") for r in ws.sync_runs("crm"))
    assert _status(ws)["accounts"] == 0


def test_an_expired_session_signs_in_again(ws: Workspace, sf: SalesforceServer, env: None) -> None:
    ws = configure(ws, CONFIG.format(url=sf.url))
    sf.faults.add("/services/data/v62.0/query/01g", status=401, nth=1,
                  body=[{"errorCode": "INVALID_SESSION_ID", "message": "Session expired or invalid"}])
    ws.sync_pull("crm")
    assert len(sf.requests("POST", "/services/oauth2/token")) == 2 and _status(ws)["accounts"] == 3


def test_an_unknown_field_is_named(ws: Workspace, sf: SalesforceServer, env: None) -> None:
    ws = configure(ws, CONFIG.format(url=sf.url).replace("MRR__c", "MRR_c"))
    with pytest.raises(ConnectorError, match="INVALID_FIELD: No such column 'MRR_c' on entity 'Account'"):
        ws.sync_pull("crm")
