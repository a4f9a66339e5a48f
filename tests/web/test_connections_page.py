"""The Connections page and its JSON twin: each connector, its last runs, rows moved and errors, in ja and en."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from banso.errors import CredentialsError
from banso.web import create_app
from banso.workspace import Workspace
from tests.web.conftest import copied_world, login

CONNECTORS = """
connectors:
  crm:
    type: salesforce
    url: https://acme.my.salesforce.com
    pull: {Account: {}}
    every: 15m
    push: {fields: {score: Banso_Health_Score__c}, every: 1h}
segment_syncs:
  risk_file: {segment: At risk, daily_run: false, to: {type: file, path: out/risk.csv}}
"""


@pytest.fixture(scope="module")
def connected(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    root = tmp_path_factory.mktemp("connections")
    ws = copied_world(tmp_path_factory, root)
    text = "\n".join(line for line in ws.config_path.read_text(encoding="utf-8").splitlines()
                     if line not in ("connectors: {}", "segment_syncs: {}"))  # the template's empty sections
    ws.config_path.write_text(text + "\n" + CONNECTORS, encoding="utf-8")
    ws.close()
    ws = Workspace.open(root / "ws")
    yield ws
    ws.close()


@pytest.fixture
def client(connected: Workspace, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    for var in ("BANSO_CONNECTOR_CRM_CLIENT_ID", "BANSO_CONNECTOR_CRM_CLIENT_SECRET"):
        monkeypatch.delenv(var, raising=False)
    return login(TestClient(create_app(connected), raise_server_exceptions=False,
                            headers={"Accept-Language": "en"}), "viewer@example.com")


def test_the_page_lists_connectors_their_runs_and_errors(connected: Workspace, client: TestClient) -> None:
    with pytest.raises(CredentialsError):
        connected.sync_pull("crm")  # recorded as a failed run, naming the variables to set
    page = client.get("/connections")
    assert page.status_code == 200
    html = page.text
    assert 'href="/connections" class="active"' in html and "<h1>Connections</h1>" in html
    assert "crm" in html and "salesforce" in html and "not set" in html
    assert "BANSO_CONNECTOR_CRM_CLIENT_ID BANSO_CONNECTOR_CRM_CLIENT_SECRET" in html
    assert "has no credentials: set BANSO_CONNECTOR_CRM_CLIENT_ID and BANSO_CONNECTOR_CRM_CLIENT_SECRET" in html
    assert "risk_file" in html and "segment At risk" in html
    schedules = re.findall(r'<td class="schedule"[^>]*>(.*?)</td>', html)
    assert [re.sub(r"<[^>]+>", " ", cell).split() for cell in schedules] == [
        ["pull:", "every", "15", "min", "·", "daily", "run", "push:", "every", "1", "h", "·", "daily", "run"],
        ["by", "hand", "only"]]  # risk_file: daily_run false and no `every`
    ja = client.get("/connections", headers={"Accept-Language": "ja"}).text
    assert "<h1>連携</h1>" in ja and "未設定" in ja and "失敗" in ja and "前回の取り込み" in ja
    assert "取り込み: <span class=\"rhythm\">15 分ごと · 日次処理</span>" in ja and "手動のみ" in ja

    api = client.get("/api/connections").json()
    crm = next(c for c in api["connections"] if c["name"] == "crm")
    assert crm["vendor"] == "salesforce" and crm["pulls"] == ["Account"] and crm["pushes"] == ["Banso_Health_Score__c"]
    assert crm["pull_rhythm"] == {"every": 900, "daily_run": True} and crm["push_rhythm"]["every"] == 3600
    assert crm["credentials_set"] is False and crm["last_pull"]["status"] == "failed" and crm["last_push"] is None
    assert api["runs"][0]["name"] == "crm" and api["runs"][0]["direction"] == "pull"


def test_signed_out_visitors_are_sent_to_sign_in(connected: Workspace) -> None:
    anon = TestClient(create_app(connected), raise_server_exceptions=False)
    assert anon.get("/api/connections").status_code == 401
    assert anon.get("/connections", follow_redirects=False).status_code == 303


def test_no_connections_says_how_to_add_one(world: Workspace, admin: TestClient, tmp_path: Path) -> None:
    page = admin.get("/connections").text
    assert "No connections yet" in page and "docs/connectors.md" in page
