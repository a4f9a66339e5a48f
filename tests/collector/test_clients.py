"""The official tracking clients, unchanged, pointed at a collector on loopback: every call lands once.

segment-analytics-python and rudder-sdk-python (`host=`), posthog (`host=`) and mixpanel (`Consumer(events_url=…)`),
with gzip on and off and Japanese text; then the exact rows in the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from banso.workspace import Workspace
from tests.collector.server import running


@pytest.fixture
def root(tmp_path: Path) -> Iterator[Path]:
    Workspace.init(tmp_path / "ws", name="collector test").close()
    yield tmp_path / "ws"


def key_for(root: Path, name: str, protocol: str) -> str:
    with Workspace.open(root) as ws:
        return ws.add_source(name, protocol)[1]


def stored(root: Path) -> dict[str, list[dict[str, Any]]]:
    with Workspace.open(root) as ws:
        ws.drain_collector()
    with Workspace.open(root) as ws:
        return {t: ws.store.execute(ws.store.table(t)).to_dict("records")
                for t in ("events", "accounts", "users", "memberships")}


@pytest.mark.parametrize("gzip", [True, False])
@pytest.mark.parametrize("library", ["segment", "rudderstack"])
def test_segment_protocol_clients(root: Path, library: str, gzip: bool) -> None:
    if library == "segment":
        from segment.analytics.client import Client
    else:
        from rudderstack.analytics.client import Client  # type: ignore[no-redef]
    key = key_for(root, "web", library)
    with running(root) as r:
        c = Client(key, host=r.url, sync_mode=True, gzip=gzip, max_retries=1)
        c.identify("u1", {"email": "yamada@example.com", "name": "山田 太郎"})
        c.group("u1", "ACME", {"name": "アクメ株式会社", "plan": "pro"})
        c.track("u1", "issue_created", {"title": "日本語のタイトル"}, context={"groupId": "ACME"})
        c.page("u1", "docs", "Getting started")
        c.alias(previous_id="anon-7", user_id="u1")  # the anonymous visitor was u1
        c.flush()
    rows = stored(root)
    events = {e["event"]: e for e in rows["events"]}
    assert set(events) == {"issue_created", "Page Viewed"}
    assert events["issue_created"]["account_id"] == "ACME" and events["issue_created"]["user_id"] == "u1"
    assert events["issue_created"]["properties"] == {"title": "日本語のタイトル"}
    assert all(e["source"] == "web" for e in rows["events"])
    assert [(a["account_id"], a["name"], a["plan"]) for a in rows["accounts"]] == [("ACME", "アクメ株式会社", "pro")]
    assert [(u["user_id"], u["email"]) for u in rows["users"]] == [("u1", "yamada@example.com")]
    assert [(m["user_id"], m["account_id"]) for m in rows["memberships"]] == [("u1", "ACME")]


def test_posthog_client(root: Path) -> None:
    from posthog import Posthog

    key = key_for(root, "ph", "posthog")
    with running(root) as r:
        ph = Posthog(key, host=r.url, sync_mode=True, max_retries=1)
        ph.group_identify("company", "ACME", {"name": "アクメ株式会社"})
        ph.set(distinct_id="u1", properties={"email": "yamada@example.com"})
        ph.capture("issue_created", distinct_id="u1", properties={"title": "日本語"}, groups={"company": "ACME"})
        ph.flush()
        ph.shutdown()
    rows = stored(root)
    ev = [e for e in rows["events"] if e["event"] == "issue_created"]
    assert len(ev) == 1 and ev[0]["account_id"] == "ACME" and ev[0]["user_id"] == "u1"
    assert ev[0]["properties"]["title"] == "日本語"
    assert ("ACME", "アクメ株式会社") in [(a["account_id"], a["name"]) for a in rows["accounts"]]
    assert ("u1", "yamada@example.com") in [(u["user_id"], u["email"]) for u in rows["users"]]


def test_mixpanel_client(root: Path) -> None:
    from mixpanel import Consumer, Mixpanel

    key = key_for(root, "mp", "mixpanel")
    with running(root) as r:
        consumer = Consumer(events_url=f"{r.url}/track", people_url=f"{r.url}/engage", groups_url=f"{r.url}/groups",
                            import_url=f"{r.url}/import", retry_limit=1)
        mp = Mixpanel(key, consumer=consumer)
        mp.group_set("company_id", "ACME", {"name": "アクメ株式会社"})
        mp.people_set("u1", {"$email": "yamada@example.com"})
        mp.track("u1", "issue_created", {"company_id": "ACME", "title": "日本語"})
    rows = stored(root)
    ev = [e for e in rows["events"] if e["event"] == "issue_created"]
    assert len(ev) == 1 and ev[0]["account_id"] == "ACME" and ev[0]["user_id"] == "u1"
    assert ev[0]["properties"]["title"] == "日本語"
    assert ("ACME", "アクメ株式会社") in [(a["account_id"], a["name"]) for a in rows["accounts"]]


def test_a_failed_acknowledgement_is_retried_and_lands_once(root: Path) -> None:
    from segment.analytics.client import Client

    key = key_for(root, "web", "segment")
    with running(root) as r:
        # The record reaches the spool but the client is told 503: it must retry, and the retry must not double it.
        r.collector.faults.fail_requests, r.collector.faults.after_spool = 1, True
        c = Client(key, host=r.url, max_retries=3)  # the background sender is the one that retries
        c.track("u1", "issue_created", {"n": 1}, context={"groupId": "ACME"})
        c.flush()
        c.join()
        assert r.collector.faults.failed == ["/v1/batch"]
    events = stored(root)["events"]
    assert [e["event"] for e in events] == ["issue_created"]


def test_unattributed_events_are_kept_and_attributed_when_the_account_is_known(root: Path) -> None:
    from segment.analytics.client import Client

    key = key_for(root, "web", "segment")
    with running(root) as r:
        c = Client(key, host=r.url, sync_mode=True, max_retries=1)
        c.track("u5", "issue_created", {"n": 1})  # nobody knows u5's organization yet
        c.flush()
    rows = stored(root)
    assert [(e["user_id"], e["account_id"]) for e in rows["events"]] == [("u5", None)]
    with running(root) as r:
        c = Client(key, host=r.url, sync_mode=True, max_retries=1)
        c.group("u5", "NEWCO", {"name": "New Co"})  # now they do
        c.flush()
    rows = stored(root)
    assert [(e["user_id"], e["account_id"]) for e in rows["events"]] == [("u5", "NEWCO")]
