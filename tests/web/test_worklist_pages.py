"""The alerts and renewals pages at a team's scale: paged, alerts grouped by account, and "mine".

A person's accounts are those whose CRM owner is their name or email, or a name an email destination's
`owners` map sends to their address. Here 佐藤 (sato@example.com, a CSM named 佐藤) owns A1 and A3;
鈴木 owns A2, and the notification settings send 鈴木's alerts to suzuki.lead@example.com.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from banso.appstate.alerts import Alert
from banso.appstate.auth import add_user
from banso.config.signals import Destination
from banso.web import create_app
from banso.workspace import Workspace
from tests.web.conftest import PASSWORD, copied_world, login

# (account, owner, rule, priority): A1 has two alerts, so it is one row of the grouped page holding both
ALERTS = [("A1", "佐藤", "usage_drop", 90.0), ("A2", "鈴木", "silence", 80.0), ("A1", "佐藤", "champion_risk", 70.0),
          ("A3", "佐藤", "renewal_risk", 60.0)]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = copied_world(tmp_path_factory, Path(tmp_path_factory.mktemp("worklists")))
    signals = ws.config.signals.model_copy(update={"destinations": {"mail": Destination.model_validate(
        {"kind": "email", "owners": {"鈴木": "suzuki.lead@example.com"}, "smtp_host": "localhost", "sender": "banso@example.com"})}})
    ws.config = ws.config.model_copy(update={"signals": signals})
    with ws.app_state.session() as s:
        add_user(s, "sato@example.com", PASSWORD, "csm", name="佐藤")
        add_user(s, "suzuki.lead@example.com", PASSWORD, "csm", name="Suzuki Lead")
        for account, owner, rule, priority in ALERTS:
            s.add(Alert(rule=rule, account_id=account, as_of=date(2026, 11, 9), severity="high", route="human",
                        owner=owner, account_name=account, mrr=1000.0, priority=priority, reason_ja="理由",
                        reason_en=f"why {rule}"))
    yield ws
    ws.close()


def _client(world: Workspace, email: str) -> TestClient:
    return login(TestClient(create_app(world), raise_server_exceptions=False,  # type: ignore[arg-type]
                            headers={"Accept-Language": "en"}), email)


def test_alerts_grouped_by_account_page_by_account(world: Workspace) -> None:
    admin = _client(world, "admin@example.com")
    first = admin.get("/api/alerts", params={"group": "account", "per_page": 2}).json()
    assert (first["count"], first["accounts"], first["pages"]) == (4, 3, 2)
    assert [(g["account_id"], [a["rule"] for a in g["alerts"]]) for g in first["groups"]] == [
        ("A1", ["usage_drop", "champion_risk"]), ("A2", ["silence"])]
    assert first["shown"] == 3 and [a["rule"] for a in first["alerts"]] == ["usage_drop", "champion_risk", "silence"]
    second = admin.get("/api/alerts", params={"group": "account", "per_page": 2, "page": 2}).json()
    assert [g["account_id"] for g in second["groups"]] == ["A3"]
    flat = admin.get("/api/alerts", params={"per_page": 3, "page": 2}).json()
    assert flat["pages"] == 2 and [a["rule"] for a in flat["alerts"]] == ["renewal_risk"] and flat["groups"] == []
    page = admin.get("/alerts").text  # grouped by account by default: one row per account
    assert page.count('class="accountgroup"') == 3 and "2 alerts" in page


def test_mine_is_the_accounts_a_person_owns(world: Workspace) -> None:
    sato = _client(world, "sato@example.com").get("/api/alerts", params={"mine": True}).json()
    assert sato["mine"] is True and sorted(a["account_id"] for a in sato["alerts"]) == ["A1", "A1", "A3"]
    lead = _client(world, "suzuki.lead@example.com").get("/api/alerts", params={"mine": True}).json()
    assert [a["account_id"] for a in lead["alerts"]] == ["A2"]  # 鈴木's alerts go to this address
    admin = _client(world, "admin@example.com")
    assert admin.get("/api/alerts", params={"mine": True}).json()["count"] == 0
    empty = admin.get("/alerts", params={"mine": True}).text
    assert "No alert on your accounts" in empty and "Ada Admin" in empty


def test_renewals_paged_by_month_and_mine(world: Workspace) -> None:
    sato = _client(world, "sato@example.com")
    every = sato.get("/api/renewals", params={"days": 365}).json()
    assert [r["account_id"] for r in every["accounts"]] == ["A3", "A1", "A2"]  # soonest first
    assert [(m["month"], m["accounts"]) for m in every["months"]] == [("2026-11-01", 1), ("2026-12-01", 1),
                                                                    ("2027-06-01", 1)]
    paged = sato.get("/api/renewals", params={"days": 365, "per_page": 2, "page": 2}).json()
    assert (paged["pages"], paged["count"], [r["account_id"] for r in paged["accounts"]]) == (2, 3, ["A2"])
    mine = sato.get("/api/renewals", params={"days": 365, "mine": True}).json()
    assert mine["mine"] is True and [r["account_id"] for r in mine["accounts"]] == ["A3", "A1"]
    page = sato.get("/renewals", params={"days": 365}).text
    assert page.count('class="monthhead"') == 3 and "Nov 2026" in page
