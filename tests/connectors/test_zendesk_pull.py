"""Zendesk pulls against the Support API v2 incremental-export stand-in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from banso.connectors import pull
from banso.demo.vendors.zendesk import ZendeskServer
from banso.errors import ConnectorError, CredentialsError
from banso.workspace import Workspace
from tests.conftest import write
from tests.connectors.conftest import Waits, canonical, configure

CONFIG = """
connectors:
  desk:
    type: zendesk
    url: {url}
    page_size: 1
    pull:
      organizations: {{columns: {{tier: organization_fields.tier}}}}
      users: {{}}
      tickets: {{}}
"""


@pytest.fixture
def zd() -> Iterator[ZendeskServer]:
    with ZendeskServer(exports_per_minute=1000).serve() as server:
        acme = server.add("organizations", {"id": 11, "name": "Acme", "organization_fields": {"tier": "Enterprise"}})
        server.add("organizations", {"id": 12, "name": "Beta", "organization_fields": {"tier": "SMB"}})
        server.add("users", {"id": 21, "email": "kato@acme.example", "organization_id": acme})
        server.add("users", {"id": 22, "email": "agent@example.com", "role": "agent"})
        server.add("tickets", {"id": 31, "subject": "Login fails", "description": "SSO loop", "organization_id": acme,
                               "requester_id": 21, "status": "solved",
                               "satisfaction_rating": {"id": 9, "score": "good", "comment": "Thanks!"}})
        server.add("tickets", {"id": 32, "subject": "No org", "requester_id": 21})
        yield server


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BANSO_CONNECTOR_DESK_EMAIL", "ops@example.com")
    monkeypatch.setenv("BANSO_CONNECTOR_DESK_TOKEN", "zd-token-banso")


def test_first_then_incremental_pull_equals_a_file_load(ws: Workspace, zd: ZendeskServer, env: None,
                                                         tmp_path: Path) -> None:
    ws = configure(ws, CONFIG.format(url=zd.url))
    first = ws.sync_pull("desk")
    assert first.skipped["ticket without an organization"] == 1
    assert first.skipped["user who is an agent, an admin or deleted (staff, not a customer)"] == 1
    assert len(zd.requests("GET", "/api/v2/incremental/tickets/cursor.json")) == 2  # a ticket a page
    zd.update("organizations", 12, {"organization_fields": {"tier": "Mid"}})
    zd.add("tickets", {"id": 33, "subject": "Export", "organization_id": 12, "requester_id": 21,
                       "satisfaction_rating": {"score": "bad", "comment": "slow"}})
    second = ws.sync_pull("desk")
    after = zd.requests("GET", "/api/v2/incremental/tickets/cursor.json")[2]
    assert after.arg("cursor") and after.arg("start_time") is None  # resumes from the remembered cursor
    org_export = zd.requests("GET", "/api/v2/incremental/organizations.json")[-1]
    assert org_export.arg("start_time") == first.cursors["organizations"]
    assert second.read == {"organizations": 1, "users": 0, "tickets": 1}

    files = Workspace.init(tmp_path / "files", name="files", timezone="UTC")
    t = {i: zd.records["tickets"][i]["created_at"] for i in ("31", "33")}
    write(tmp_path / "accounts.csv", """
        account_id,name,tier
        11,Acme,Enterprise
        12,Beta,Mid
        """)
    write(tmp_path / "users.csv", f"""
        user_id,email,created_at
        zendesk-21,kato@acme.example,{zd.records["users"]["21"]["created_at"]}
        """)
    write(tmp_path / "memberships.csv", """
        user_id,account_id
        zendesk-21,11
        """)
    write(tmp_path / "touchpoints.csv", f"""
        touchpoint_id,ts,account_id,user_id,kind,title,body,score,source
        zendesk-ticket-31,{t["31"]},11,zendesk-21,support_ticket,Login fails,SSO loop,1,desk
        zendesk-ticket-33,{t["33"]},12,zendesk-21,support_ticket,Export,,0,desk
        """)
    for table in ("accounts", "users", "memberships", "touchpoints"):
        files.load(table, [str(tmp_path / f"{table}.csv")])
    expected = canonical(files)
    files.close()
    pulled = canonical(ws)
    for table, frame in expected.items():
        same = [c for c in frame.columns if c not in ("traits", "properties")]
        assert pulled[table][same].astype(str).values.tolist() == frame[same].astype(str).values.tolist(), table
    props = pulled["touchpoints"].set_index("touchpoint_id")["properties"]["zendesk-ticket-31"]
    assert props["satisfaction_rating.comment"] == "Thanks!" and props["status"] == "solved"


def test_the_export_limit_waits_its_retry_after(ws: Workspace, env: None, waits: Waits) -> None:
    with ZendeskServer(exports_per_minute=2).serve() as zd:  # the third export request in a minute is refused
        zd.add("organizations", {"id": 11, "name": "Acme"})
        ws = configure(ws, CONFIG.format(url=zd.url))
        # the test's sleep does not wait, so the limit never lifts: the run fails after its tries
        with pytest.raises(ConnectorError, match="HTTP 429: Number of allowed incremental export API requests"):
            pull(ws.store, ws.app_state, ws.config, "desk", sleep=waits)
        assert len(waits) == 5 and all(50 <= w <= 61 for w in waits)
        with ws.lock:
            assert ws.store.count("accounts") == 0


def test_bad_credentials_name_both_variables(ws: Workspace, zd: ZendeskServer, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = configure(ws, CONFIG.format(url=zd.url))
    monkeypatch.setenv("BANSO_CONNECTOR_DESK_EMAIL", "ops@example.com")
    monkeypatch.setenv("BANSO_CONNECTOR_DESK_TOKEN", "revoked-token-1234")
    with pytest.raises(CredentialsError) as caught:
        ws.sync_pull("desk")
    assert "Couldn't authenticate you" in str(caught.value) and "revoked-token-1234" not in str(caught.value)
    assert "BANSO_CONNECTOR_DESK_EMAIL and BANSO_CONNECTOR_DESK_TOKEN" in str(caught.value)
