"""Intercom pulls against the REST API 2.11 stand-in (scroll, contact and conversation search)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from banso.connectors import pull
from banso.demo.vendors.intercom import IntercomServer
from banso.errors import CredentialsError
from banso.workspace import Workspace
from tests.conftest import write
from tests.connectors.conftest import Waits, canonical, configure

CONFIG = """
connectors:
  chat:
    type: intercom
    url: {url}
    page_size: 1
    pull:
      companies: {{columns: {{plan: plan.name}}}}
      contacts: {{}}
      conversations: {{}}
"""


@pytest.fixture
def ic() -> Iterator[IntercomServer]:
    with IntercomServer(scroll_size=1).serve() as server:
        acme = server.add_company("acc-1", "Acme", id="c1", plan={"type": "plan", "id": "9", "name": "Pro"})
        server.add_company("acc-2", "Beta", id="c2")
        server.add_company(None, "Lead Co", id="c3")  # created from a lead, with no id of yours
        kato = server.add_contact("kato@acme.example", [acme], id="p1", external_id="u-1")
        server.add_contact("lone@example.com", [], id="p2")
        server.add_conversation(kato, "<p>How do I <b>export</b>?</p>", id="900")
        yield server


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BANSO_CONNECTOR_CHAT_TOKEN", "dG9rOmJhbnNv")


def test_first_then_incremental_pull_equals_a_file_load(ws: Workspace, ic: IntercomServer, env: None,
                                                         tmp_path: Path) -> None:
    ws = configure(ws, CONFIG.format(url=ic.url))
    first = ws.sync_pull("chat")
    assert first.skipped == {"company without company_id": 1, "contact without a company (a user, no membership)": 1}
    assert ic.requests("GET", "/companies/scroll")[1].arg("scroll_param")  # the scroll continued page by page
    ic.now += 2 * 86_400  # two days later
    ic.update("companies", "c2", {"name": "Beta KK"})
    beta_user = ic.add_contact("sato@beta.example", ["c2"], id="p3")
    second = ws.sync_pull("chat")
    assert ic.requests("POST", "/contacts/search")[-1].json()["query"]["operator"] == ">"
    # the company at the cursor is read again (>=) with the changed one; contacts match by day, so the
    # two of the cursor's day come again with the new one (and load as unchanged)
    assert second.read["companies"] == 2 and second.read["contacts"] == 3
    # a conversation of a contact that did not change since: its company is looked up by id
    ic.add_conversation("p1", "Thanks, done", id="901", conversation_rating={"rating": 5, "remark": "great"})
    ic.add_conversation(beta_user, "Invoice?", id="902", title="Billing")
    third = ws.sync_pull("chat")
    lookup = ic.requests("POST", "/contacts/search")[-1].json()["query"]
    assert lookup == {"field": "id", "operator": "IN", "value": ["p1"]}
    assert third.read["conversations"] == 2

    files = Workspace.init(tmp_path / "files", name="files", timezone="UTC")
    from banso.connectors.staging import epoch

    c = ic.records
    write(tmp_path / "accounts.csv", """
        account_id,name,plan
        acc-1,Acme,Pro
        acc-2,Beta KK,
        """)
    write(tmp_path / "users.csv", f"""
        user_id,email,created_at
        intercom-p2,lone@example.com,{epoch(c["contacts"]["p2"]["created_at"])}
        intercom-p3,sato@beta.example,{epoch(c["contacts"]["p3"]["created_at"])}
        u-1,kato@acme.example,{epoch(c["contacts"]["p1"]["created_at"])}
        """)
    write(tmp_path / "memberships.csv", """
        user_id,account_id
        intercom-p3,acc-2
        u-1,acc-1
        """)
    write(tmp_path / "touchpoints.csv", f"""
        touchpoint_id,ts,account_id,user_id,kind,title,body,score,source
        intercom-conversation-900,{epoch(c["conversations"]["900"]["created_at"])},acc-1,u-1,chat,How do I  export ?,How do I  export ?,,chat
        intercom-conversation-901,{epoch(c["conversations"]["901"]["created_at"])},acc-1,u-1,chat,"Thanks, done","Thanks, done",5,chat
        intercom-conversation-902,{epoch(c["conversations"]["902"]["created_at"])},acc-2,intercom-p3,chat,Billing,Invoice?,,chat
        """)
    for table in ("accounts", "users", "memberships", "touchpoints"):
        files.load(table, [str(tmp_path / f"{table}.csv")])
    expected = canonical(files)
    files.close()
    pulled = canonical(ws)
    for table, frame in expected.items():
        same = [c for c in frame.columns if c not in ("traits", "properties")]
        assert pulled[table][same].astype(str).values.tolist() == frame[same].astype(str).values.tolist(), table


def test_429_waits_for_the_rate_limit_reset(ws: Workspace, ic: IntercomServer, env: None, waits: Waits) -> None:
    import time

    ws = configure(ws, CONFIG.format(url=ic.url))
    reset = str(int(time.time()) + 8)
    ic.faults.add("/contacts/search", status=429, headers={"X-RateLimit-Limit": "10000",
                                                           "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset},
                  body={"type": "error.list", "errors": [{"code": "rate_limit_exceeded", "message": "Exceeded"}]})
    ic.faults.add("/conversations/search", truncate=True)
    pull(ws.store, ws.app_state, ws.config, "chat", sleep=waits)
    assert 5 <= waits[0] <= 8 and len(waits) == 2
    with ws.lock:
        assert ws.store.count("touchpoints") == 1


def test_a_bad_token_names_the_variable(ws: Workspace, ic: IntercomServer, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = configure(ws, CONFIG.format(url=ic.url))
    monkeypatch.setenv("BANSO_CONNECTOR_CHAT_TOKEN", "old-token-xyz")
    with pytest.raises(CredentialsError, match=r"Access Token Invalid.*BANSO_CONNECTOR_CHAT_TOKEN") as caught:
        ws.sync_pull("chat")
    assert "old-token-xyz" not in str(caught.value)
