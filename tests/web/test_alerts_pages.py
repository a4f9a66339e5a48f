"""The alerts inbox and the account page's alerts: shown to every role, worked by CSMs, CSRF-protected."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from banso.appstate.alerts import Alert, AlertEvent
from banso.workspace import Workspace
from tests.web.conftest import XSS, csrf_of


@pytest.fixture(scope="module")
def alert_ids(world: Workspace) -> list[int]:
    with world.app_state.session() as s:
        rows = [
            Alert(rule="usage_drop", account_id="A1", as_of=date(2026, 11, 16), severity="high", route="human",
                  owner="Sato", account_name="Acme", mrr=50000.0, priority=100000.0,
                  reason_ja="利用量が平常時の半分未満です(events_7d = 3)", reason_en="Usage fell below half (events_7d = 3)",
                  details={"events_7d": 3}),
            Alert(rule="silence", account_id="A2", as_of=date(2026, 11, 16), severity="high", route="human",
                  owner="Sato", account_name=XSS, mrr=10000.0, priority=20000.0,
                  reason_ja="誰も使っていません", reason_en=f"Nobody uses it {XSS}", details={}),
        ]
        s.add_all(rows)
        s.flush()
        for a in rows:
            s.add(AlertEvent(alert_id=a.id, action="opened"))
        return [a.id for a in rows]


def test_the_inbox_lists_alerts_by_priority_in_both_languages(viewer: TestClient, alert_ids: list[int]) -> None:
    page = viewer.get("/alerts")
    assert page.status_code == 200
    table = page.text[page.text.index('id="alerts"'):]
    assert table.index("usage_drop") < table.index("silence")  # higher MRR at stake first
    assert "Usage fell below half" in page.text
    assert XSS not in page.text and "&lt;script&gt;" in page.text
    assert 'action="/alerts/' not in page.text, "a viewer sees no forms"
    ja = viewer.get("/alerts", headers={"Accept-Language": "ja"})
    assert "利用量が平常時の半分未満です" in ja.text and "アラート" in ja.text
    api = viewer.get("/api/alerts").json()
    assert api["count"] >= 2 and api["alerts"][0]["rule"] == "usage_drop"
    card = page.text[page.text.index('id="alerts-by-status"'):][:400]  # the alerts still to act on
    assert f'<div class="value">{api["by_status"].get("open", 0)}</div>' in card and "Still to act on" in card
    assert "未対応" in ja.text[ja.text.index('id="alerts-by-status"'):][:300]
    assert viewer.get("/api/alerts", params={"status": "bogus"}).status_code in (400, 422)


def test_a_csm_works_an_alert_and_a_viewer_cannot(csm: TestClient, viewer: TestClient, alert_ids: list[int]) -> None:
    first = alert_ids[0]
    token = csrf_of(viewer, "/alerts")
    refused = viewer.post(f"/alerts/{first}/ack", data={"comment": "x", "csrf_token": token}, follow_redirects=False)
    assert refused.status_code == 403
    assert csm.post(f"/alerts/{first}/ack", data={"comment": "call booked"}, follow_redirects=False).status_code in (400, 403)
    token = csrf_of(csm, "/alerts")
    ok = csm.post(f"/alerts/{first}/ack", data={"comment": "call booked", "csrf_token": token}, follow_redirects=False)
    assert ok.status_code == 303
    item = next(a for a in csm.get("/api/alerts").json()["alerts"] if a["id"] == first)
    assert item["status"] == "acknowledged" and item["comment"] == "call booked"
    past = csm.post(f"/alerts/{first}/snooze", data={"until": "2000-01-01", "csrf_token": token})
    assert past.status_code == 400 and "later date" in past.text
    assert csm.post("/alerts/999999/resolve", data={"csrf_token": token}).status_code == 404


def test_the_account_page_shows_its_alerts(viewer: TestClient, alert_ids: list[int]) -> None:
    page = viewer.get("/accounts/A1")
    assert page.status_code == 200 and 'id="account-alerts"' in page.text and "usage_drop" in page.text
    api = viewer.get("/api/accounts/A1").json()
    assert [a["rule"] for a in api["alerts"]] == ["usage_drop"]


def test_rules_are_named_by_their_labels_in_the_page_language(viewer: TestClient, alert_ids: list[int]) -> None:
    """A Japanese CSM reads 「利用の急減」 where the rule's key is usage_drop; the key stays on hover, in the
    filter's value and the JSON's `rule`."""
    ja = viewer.get("/alerts", headers={"Accept-Language": "ja"}).text
    en = viewer.get("/alerts").text
    assert 'title="usage_drop">利用の急減</span>' in ja and 'title="silence">利用の途絶</span>' in ja
    assert 'title="usage_drop">Usage drop</span>' in en and ">usage_drop<" not in en + ja
    assert '<option value="usage_drop" >利用の急減</option>' in ja
    assert viewer.get("/alerts", params={"rule": "usage_drop"}).text.count('title="usage_drop"') >= 1
    api = viewer.get("/api/alerts", headers={"Accept-Language": "ja"}).json()
    first = next(a for a in api["alerts"] if a["rule"] == "usage_drop")
    assert first["rule_label"] == "利用の急減" and api["rule_labels"]["silence"] == "利用の途絶"
    account = viewer.get("/accounts/A1", headers={"Accept-Language": "ja"}).text
    assert 'title="usage_drop">利用の急減</span>' in account
    overview = viewer.get("/", headers={"Accept-Language": "ja"}).text
    assert 'title="silence">利用の途絶</span>' in overview[overview.index('id="overview-alerts"'):]  # the open one
