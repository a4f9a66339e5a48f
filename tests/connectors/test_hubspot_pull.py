"""HubSpot pulls against the CRM API stand-in (objects and search v3, associations v4, owners v3)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from banso.connectors import pull
from banso.demo.vendors.hubspot import HubSpotServer
from banso.errors import ConnectorError, CredentialsError
from banso.workspace import Workspace
from tests.conftest import write
from tests.connectors.conftest import Waits, canonical, configure

CONFIG = """
connectors:
  hs:
    type: hubspot
    url: {url}
    page_size: 2
    pull:
      companies: {{columns: {{tier: tier, mrr: mrr}}}}
      contacts: {{}}
      deals: {{}}
      tickets: {{}}
      notes: {{}}
      meetings: {{}}
"""


@pytest.fixture
def hs() -> Iterator[HubSpotServer]:
    with HubSpotServer().serve() as server:
        owner = server.add_owner("Mei", "Aoki", "aoki@example.com")
        acme = server.add("companies", {"name": "Acme", "tier": "Enterprise", "mrr": "300000",
                                        "hubspot_owner_id": owner}, "101")
        beta = server.add("companies", {"name": "Beta", "tier": "SMB", "mrr": "20000"}, "102")
        kato = server.add("contacts", {"email": "kato@acme.example", "firstname": "Ken"}, "201")
        server.add("contacts", {"email": "lone@example.com"}, "202")
        server.associate("contacts", kato, "companies", acme)
        renewal = server.add("deals", {"dealname": "Acme renewal", "closedate": "2027-03-31T00:00:00.000Z",
                                       "amount": "3600000", "dealtype": "existingbusiness", "hs_is_closed": "false"})
        server.associate("deals", renewal, "companies", acme)
        ticket = server.add("tickets", {"subject": "Login fails", "content": "SSO loop",
                                        "createdate": "2026-03-02T01:00:00.000Z"}, "301")
        server.associate("tickets", ticket, "companies", acme)
        note = server.add("notes", {"hs_note_body": "Asked about SSO", "hs_timestamp": "2026-03-03T02:00:00.000Z"},
                          "301")  # the same id as the ticket: ids are unique per object type only
        server.associate("notes", note, "companies", beta)
        server.add("meetings", {"hs_meeting_title": "Kickoff", "hs_timestamp": "2026-03-04T05:00:00.000Z"}, "401")
        yield server


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BANSO_CONNECTOR_HS_TOKEN", "pat-na1-banso-test")


def test_first_then_incremental_pull_equals_a_file_load(ws: Workspace, hs: HubSpotServer, env: None,
                                                         tmp_path: Path) -> None:
    ws = configure(ws, CONFIG.format(url=hs.url))
    first = ws.sync_pull("hs")
    assert first.skipped == {"contact without a company (a user, no membership)": 1, "meeting without a company": 1}
    searches = len(hs.requests("POST", "/crm/v3/objects/companies/search"))
    assert searches == 1  # two companies, two a page: the first page says there is no next one
    hs.update("companies", "102", {"tier": "Mid", "mrr": "40000"})
    hs.add("tickets", {"subject": "Export", "createdate": "2026-04-01T10:00:00.000Z"}, "302")
    hs.associate("tickets", "302", "companies", "102")
    second = ws.sync_pull("hs")
    last = hs.requests("POST", "/crm/v3/objects/companies/search")[-1].json()
    assert last["filterGroups"][0]["filters"][0]["propertyName"] == "hs_lastmodifieddate"
    assert last["filterGroups"][0]["filters"][0]["operator"] == "GTE"
    # the changed company (also the last one read before), the new ticket and the one at the cursor
    assert second.full == [] and second.read["companies"] == 1 and second.read["tickets"] == 2

    files = Workspace.init(tmp_path / "files", name="files", timezone="UTC")
    write(tmp_path / "accounts.csv", """
        account_id,name,owner,tier,mrr,renewal_date
        101,Acme,Mei Aoki,Enterprise,300000,2027-03-31
        102,Beta,,Mid,40000,
        """)
    write(tmp_path / "users.csv", f"""
        user_id,email,created_at
        201,kato@acme.example,{hs.records["contacts"]["201"]["createdate"]}
        202,lone@example.com,{hs.records["contacts"]["202"]["createdate"]}
        """)
    write(tmp_path / "memberships.csv", """
        user_id,account_id
        201,101
        """)
    write(tmp_path / "touchpoints.csv", """
        touchpoint_id,ts,account_id,kind,title,body,source
        hubspot-ticket-301,2026-03-02T01:00:00Z,101,support_ticket,Login fails,SSO loop,hs
        hubspot-ticket-302,2026-04-01T10:00:00Z,102,support_ticket,Export,,hs
        hubspot-note-301,2026-03-03T02:00:00Z,102,note,,Asked about SSO,hs
        """)
    for table in ("accounts", "users", "memberships", "touchpoints"):
        files.load(table, [str(tmp_path / f"{table}.csv")])
    expected = canonical(files)
    files.close()
    pulled = canonical(ws)
    for table, frame in expected.items():
        same = [c for c in frame.columns if c not in ("traits", "properties")]
        assert pulled[table][same].astype(str).values.tolist() == frame[same].astype(str).values.tolist(), table
    assert pulled["accounts"].set_index("account_id")["traits"]["101"]["renewal_amount"] == "3600000"


def test_past_ten_thousand_results_the_search_starts_again(ws: Workspace, env: None, waits: Waits) -> None:
    with HubSpotServer(search_cap=4, rate_limit=False).serve() as hs:  # a cap of 4 stands for 10,000
        for i in range(9):
            hs.add("companies", {"name": f"C{i}"})
        ws = configure(ws, CONFIG.format(url=hs.url).split("      contacts")[0].replace("{columns: {tier: tier, "
                                                                                         "mrr: mrr}}", "{}"))
        from banso.connectors.hubspot import pull as hs_pull

        hs_pull.SEARCH_CAP, before = 4, hs_pull.SEARCH_CAP
        try:
            result = pull(ws.store, ws.app_state, ws.config, "hs", sleep=waits)
        finally:
            hs_pull.SEARCH_CAP = before
        bodies = [r.json() for r in hs.requests("POST", "/crm/v3/objects/companies/search")]
        assert [b.get("after") for b in bodies][:3] == ["0", "2", "0"]  # the third request starts over
        assert bodies[2]["filterGroups"][0]["filters"][0]["operator"] == "GTE"
        assert result.read["companies"] >= 9
        with ws.lock:
            assert ws.store.count("accounts") == 9


def test_429_without_retry_after_backs_off(ws: Workspace, hs: HubSpotServer, env: None, waits: Waits) -> None:
    ws = configure(ws, CONFIG.format(url=hs.url))
    hs.faults.add("/crm/v3/objects/companies/search", status=429, times=2, body={
        "status": "error", "message": "You have reached your secondly limit.", "errorType": "RATE_LIMIT",
        "policyName": "SECONDLY"})
    pull(ws.store, ws.app_state, ws.config, "hs", sleep=waits)
    assert waits == [1.0, 2.0]


def test_a_bad_token_names_the_variable_and_changes_nothing(ws: Workspace, hs: HubSpotServer,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    ws = configure(ws, CONFIG.format(url=hs.url))
    monkeypatch.setenv("BANSO_CONNECTOR_HS_TOKEN", "pat-na1-expired-token")
    with pytest.raises(CredentialsError) as caught:
        ws.sync_pull("hs")
    assert "BANSO_CONNECTOR_HS_TOKEN" in str(caught.value) and "pat-na1-expired-token" not in str(caught.value)
    assert "INVALID_AUTHENTICATION" in str(caught.value)
    with ws.lock:
        assert ws.store.count("accounts") == 0


def test_a_page_cut_short_is_asked_for_again(ws: Workspace, hs: HubSpotServer, env: None, waits: Waits) -> None:
    ws = configure(ws, CONFIG.format(url=hs.url))
    hs.faults.add("/crm/v3/objects/contacts/search", truncate=True)
    hs.faults.add("/crm/v4/associations", drop=True)
    pull(ws.store, ws.app_state, ws.config, "hs", sleep=waits)
    assert len(waits) == 2
    with ws.lock:
        assert ws.store.count("users") == 2 and ws.store.count("memberships") == 1


def test_an_interrupted_pull_loads_nothing(ws: Workspace, hs: HubSpotServer, env: None, waits: Waits) -> None:
    ws = configure(ws, CONFIG.format(url=hs.url))
    hs.faults.add("/crm/v3/objects/tickets/search", status=502, times=99, body=b"<html>Bad Gateway</html>")
    with pytest.raises(ConnectorError, match="search tickets: HTTP 502"):
        pull(ws.store, ws.app_state, ws.config, "hs", sleep=waits)
    with ws.lock:
        assert ws.store.count("accounts") == 0 and ws.store.count("users") == 0


def test_a_token_echoed_by_the_api_never_reaches_messages_or_logs(ws: Workspace, hs: HubSpotServer, env: None,
                                                                   waits: Waits, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    ws = configure(ws, CONFIG.format(url=hs.url))
    echo = {"status": "error", "category": "RATE_LIMIT", "message": "limit for token pat-na1-banso-test"}
    hs.faults.add("/crm/v3/objects/companies/search", status=429, body=echo)
    hs.faults.add("/crm/v3/objects/contacts/search", status=400, times=9, body={
        "status": "error", "category": "VALIDATION_ERROR", "message": "bad request from pat-na1-banso-test"})
    with caplog.at_level(logging.DEBUG), pytest.raises(ConnectorError) as caught:
        pull(ws.store, ws.app_state, ws.config, "hs", sleep=waits)
    assert "pat-na1-banso-test" not in str(caught.value) and "bad request from ***" in str(caught.value)
    assert "pat-na1-banso-test" not in caplog.text and "limit for token ***" in caplog.text
    assert all("pat-na1-banso-test" not in (r.error or "") for r in ws.sync_runs("hs"))
