"""The bodies the browser SDKs send, byte for byte as their encoders write them, and what lands.

Each body here is built the way the SDK's published code builds it (cited per case); the browser test
(`test_browser_sdks.py`) runs the SDKs themselves. Over HTTP to a real collector on loopback.
"""

from __future__ import annotations

import base64
import gzip
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from banso.workspace import Workspace
from tests.collector.server import running
from tests.collector.test_strict_json import cesu8

PAGE = "http://localhost:5173"
TEXT = "寿司を注文しました 🍣👍🏽 ありがとう"
HIGH = "\ud83c"  # the first half of 🍣 in UTF-16, alone


def js_stringify(value: Any) -> str:
    """JSON as a browser's JSON.stringify writes it: characters as they are, a lone surrogate escaped."""
    return re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    root = tmp_path / "ws"
    with Workspace.init(root, name="wire") as w:
        keys = {p: w.add_source(p, p)[1] for p in ("segment", "rudderstack", "posthog", "mixpanel")}
    yield root, keys


def stored(root: Path) -> dict[str, list[dict[str, Any]]]:
    with Workspace.open(root) as w:
        w.drain_collector()
    with Workspace.open(root) as w:
        return {t: w.store.execute(w.store.table(t)).to_dict("records") for t in ("events", "accounts", "users")}


def posthog_event(key: str, n: int, **props: Any) -> dict[str, Any]:
    return {"uuid": f"0190-ph-{n}", "event": "clicked", "distinct_id": "u1", "timestamp": "2026-11-20T10:00:00Z",
            "properties": {"token": key, "text": TEXT, "n": n, "$groups": {"company": "ACME"}, **props}}


def test_posthog_js_bodies(ws: tuple[Path, dict[str, str]]) -> None:
    root, keys = ws
    key = keys["posthog"]
    capture = {"api_key": key, "batch": [posthog_event(key, 0)], "sent_at": "2026-11-20T10:00:01Z"}
    with running(root) as r:
        # gzip as text/plain with no compression parameter (posthog-js request.ts: gzipSync, CONTENT_TYPE_PLAIN)
        resp = httpx.post(f"{r.url}/e/?ver=1.449.2&_=1", content=gzip.compress(json.dumps(capture).encode()),
                          headers={"Content-Type": "text/plain", "Origin": PAGE})
        assert resp.status_code == 200 and resp.json() == {"status": 1}
        # base64 in a form, ?compression=base64 (sendBeacon's fallback): btoa of the UTF-8 of the JSON
        capture["batch"] = [posthog_event(key, 1)]
        b64 = base64.b64encode(json.dumps(capture, ensure_ascii=False).encode()).decode()
        resp = httpx.post(f"{r.url}/e/?compression=base64", content="data=" + quote(b64, safe=""),
                          headers={"Content-Type": "application/x-www-form-urlencoded", "Origin": PAGE})
        assert resp.status_code == 200
        # plain JSON, after posthog-js gave up compressing
        capture["batch"] = [posthog_event(key, 2)]
        resp = httpx.post(f"{r.url}/i/v0/e/", json=capture, headers={"Origin": PAGE})
        assert resp.status_code == 200
        # a beacon on page hide: gzip in a text/plain Blob, to the same URL
        # … with a string the SDK cut at 65,535 UTF-16 units, through the middle of an emoji
        capture["batch"] = [posthog_event(key, 3, long="x" * 65534 + HIGH)]
        resp = httpx.post(f"{r.url}/e/?ver=1.449.2", content=gzip.compress(js_stringify(capture).encode()),
                          headers={"Content-Type": "text/plain;charset=UTF-8", "Origin": PAGE})
        assert resp.status_code == 200, resp.text
        # lz64, which old posthog-js used, is refused by name
        resp = httpx.post(f"{r.url}/e/?compression=lz64", content="data=abc", headers={"Origin": PAGE})
        assert resp.status_code == 415 and "lz64" in resp.json()["detail"]
    events = sorted((e for e in stored(root)["events"] if e["event"] == "clicked"), key=lambda e: e["properties"]["n"])
    assert [e["properties"]["n"] for e in events] == [0, 1, 2, 3]
    assert all(e["properties"]["text"] == TEXT and e["account_id"] == "ACME" for e in events)
    assert events[3]["properties"]["long"] == "x" * 65534, "the half emoji of the SDK's cut is dropped"


def test_posthog_js_start_up_calls(ws: tuple[Path, dict[str, str]], caplog: pytest.LogCaptureFixture) -> None:
    root, keys = ws
    key = keys["posthog"]
    with caplog.at_level(logging.INFO), running(root) as r:
        config = httpx.get(f"{r.url}/array/{key}/config", headers={"Origin": PAGE})
        assert config.status_code == 200 and config.headers["access-control-allow-origin"] == PAGE
        assert "gzip-js" in config.json()["supportedCompression"] and config.json()["hasFeatureFlags"] is False
        script = httpx.get(f"{r.url}/array/{key}/config.js")
        assert script.status_code == 200 and script.headers["content-type"].startswith("application/javascript")
        assert f'w._POSTHOG_REMOTE_CONFIG["{key}"] = {{"config": {{"token": "{key}"' in script.text
        body = {"token": key, "distinct_id": "u1", "groups": {}}
        flags = httpx.post(f"{r.url}/flags/?v=2", content=gzip.compress(json.dumps(body).encode()),
                           headers={"Content-Type": "text/plain", "Origin": PAGE})
        assert flags.status_code == 200 and flags.json()["flags"] == {}
        decide = httpx.post(f"{r.url}/decide/?v=3", json=body)
        assert decide.status_code == 200 and decide.json()["featureFlags"] == {}
        assert "gzip-js" in decide.json()["supportedCompression"]
        assert httpx.get(f"{r.url}/array/bsk_unknown/config").status_code == 401
        assert httpx.get(f"{r.url}/array/{keys['segment']}/config").status_code == 401, "a Segment key is not PostHog's"
        assert httpx.post(f"{r.url}/flags/?v=2", json={"token": "bsk_unknown"}).status_code == 401
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("banso"))
    assert "/array/bsk_" in logged and keys["segment"] not in logged, "a key in a path is logged as its hint"


def test_segment_and_rudderstack_start_up_calls(ws: tuple[Path, dict[str, str]]) -> None:
    root, keys = ws
    with running(root) as r:
        settings = httpx.get(f"{r.url}/v1/projects/{keys['segment']}/settings", headers={"Origin": "https://app.test"})
        assert settings.status_code == 200 and settings.headers["cache-control"] == "no-store"
        segment_io = settings.json()["integrations"]["Segment.io"]
        host = r.url.removeprefix("http://")
        assert segment_io == {**segment_io, "apiKey": keys["segment"], "apiHost": f"{host}/v1", "protocol": "https"}
        assert set(settings.json()["integrations"]) == {"Segment.io"}, "no destination to load from elsewhere"
        assert settings.json()["metrics"]["sampleRate"] == 0, "no metrics sent to Segment"
        behind_proxy = httpx.get(f"{r.url}/v1/projects/{keys['segment']}/settings",
                                 headers={"X-Forwarded-Host": "banso.example.com", "X-Forwarded-Proto": "https"})
        assert behind_proxy.json()["integrations"]["Segment.io"]["apiHost"] == "banso.example.com/v1"
        source = httpx.get(f"{r.url}/sourceConfig/?p=npm&v=3.34.1&writeKey={keys['rudderstack']}",
                           auth=(keys["rudderstack"], ""), headers={"Origin": PAGE})
        assert source.status_code == 200
        assert source.json()["source"]["destinations"] == [] and source.json()["source"]["enabled"] is True
        assert httpx.get(f"{r.url}/sourceConfig/?writeKey=bsk_nope").status_code == 401


def test_rudderstack_beacon(ws: tuple[Path, dict[str, str]]) -> None:
    root, keys = ws
    batch = {"batch": [
        {"type": "identify", "messageId": "rs-i", "anonymousId": "a1", "userId": "u-rs",
         "context": {"traits": {"email": "yamada@example.com", "name": "山田 太郎"}}},
        {"type": "group", "messageId": "rs-g", "anonymousId": "a1", "userId": "u-rs", "groupId": "ACME",
         "traits": {"name": "アクメ株式会社", "plan": "pro"},
         "context": {"traits": {"email": "yamada@example.com", "name": "山田 太郎"}}},
        {"type": "track", "messageId": "rs-t", "anonymousId": "a1", "userId": "u-rs", "event": "clicked",
         "properties": {"text": TEXT}, "context": {"traits": {"email": "yamada@example.com"}}},
    ], "sentAt": "2026-11-20T10:00:00.000Z"}
    with running(root) as r:
        # analytics-js BeaconQueue: POST <dataPlaneUrl>/beacon/v1/batch?writeKey=…, a text/plain Blob
        resp = httpx.post(f"{r.url}/beacon/v1/batch?writeKey={keys['rudderstack']}", content=json.dumps(batch),
                          headers={"Content-Type": "text/plain;charset=UTF-8", "Origin": PAGE})
        assert resp.status_code == 200
        assert httpx.post(f"{r.url}/beacon/v1/batch?writeKey=bsk_nope", content=json.dumps(batch)).status_code == 401
    rows = stored(root)
    assert [(e["event"], e["account_id"], e["properties"]["text"]) for e in rows["events"]] == [("clicked", "ACME", TEXT)]
    [account] = rows["accounts"]
    assert (account["name"], account["plan"]) == ("アクメ株式会社", "pro"), "not the user's name from context.traits"
    assert account["traits"] == {"name": "アクメ株式会社", "plan": "pro"}, "no user e-mail in the account's traits"
    [user] = rows["users"]
    assert user["email"] == "yamada@example.com" and user["traits"]["name"] == "山田 太郎"


def mixpanel_body(records: list[dict[str, Any]]) -> str:
    """mixpanel-browser with a custom api_host: JSON.stringify, then _.base64Encode(_.utf8Encode(...)), urlencoded."""
    return "data=" + quote(base64.b64encode(cesu8(js_stringify(records))).decode(), safe="")


def test_mixpanel_browser_bodies(ws: tuple[Path, dict[str, str]]) -> None:
    root, keys = ws
    key = keys["mixpanel"]

    def event(n: int, text: str) -> dict[str, Any]:
        return {"event": "clicked", "properties": {"token": key, "distinct_id": "u-mp", "$user_id": "u-mp",
                                                   "$insert_id": f"mp-{n}", "time": 1795000000000 + n,
                                                   "company_id": ["ACME"], "text": text}}

    form = {"Content-Type": "application/x-www-form-urlencoded", "Origin": PAGE}
    with running(root) as r:
        resp = httpx.post(f"{r.url}/track/?verbose=1&ip=1&_=1", content=mixpanel_body([event(0, TEXT)]), headers=form)
        assert resp.status_code == 200 and resp.json() == {"status": 1, "error": None}
        assert resp.headers["access-control-allow-origin"] == PAGE
        assert resp.headers["access-control-allow-credentials"] == "true", "mixpanel-browser sends cookies"
        # _.truncate(…, 255) cut a pair in two: the half is dropped, the rest lands
        cut = "あ" * 254 + HIGH
        resp = httpx.post(f"{r.url}/track/?verbose=1", content=mixpanel_body([event(1, cut)]), headers=form)
        assert resp.status_code == 200, resp.text
        # sendBeacon on page hide: the same body as text/plain
        resp = httpx.post(f"{r.url}/track/?verbose=1", content=mixpanel_body([event(2, TEXT)]),
                          headers={"Content-Type": "text/plain;charset=UTF-8", "Origin": PAGE})
        assert resp.status_code == 200
        # a lone surrogate anywhere else is refused with the record and property named, nothing kept
        spooled = r.collector.spool.end()  # type: ignore[union-attr]
        resp = httpx.post(f"{r.url}/track/?verbose=1",
                          content=mixpanel_body([event(3, TEXT), event(4, "half " + HIGH + " of it")]), headers=form)
        assert resp.status_code == 400
        assert "[1].properties.text holds a lone UTF-16 surrogate (U+D83C)" in resp.json()["error"]
        assert r.collector.spool.end() == spooled
        # /engage and /groups the same way
        profile = [{"$token": key, "$distinct_id": "u-mp", "$set": {"$email": "y@example.com", "$name": "山田🍣"}}]
        assert httpx.post(f"{r.url}/engage/?verbose=1", content=mixpanel_body(profile), headers=form).status_code == 200
        group = [{"$token": key, "$group_key": "company_id", "$group_id": "ACME", "$set": {"name": "アクメ🍣"}}]
        assert httpx.post(f"{r.url}/groups/?verbose=1", content=mixpanel_body(group), headers=form).status_code == 200
    rows = stored(root)
    texts = {e["properties"]["text"] for e in rows["events"]}
    assert texts == {TEXT, "あ" * 254}
    assert [a["name"] for a in rows["accounts"]] == ["アクメ🍣"]
    assert [u["traits"]["$name"] for u in rows["users"]] == ["山田🍣"]


# The value of one property of the second message, as JSON text.
PATHOLOGICAL = [
    ("1,000 levels of nesting", "[" * 998 + "]" * 998, "levels deep"),
    ("a 10,000-digit integer", "1" * 10_000, "is a number of 10,000 digits"),
    ("a lone surrogate", '"\\ud83c"', "holds a lone UTF-16 surrogate (U+D83C)"),
]
X = "__the pathological value__"


@pytest.mark.parametrize(("case", "value", "says"), PATHOLOGICAL, ids=[c[0] for c in PATHOLOGICAL])
def test_pathological_json_is_a_400_naming_the_message_for_every_protocol(
        ws: tuple[Path, dict[str, str]], case: str, value: str, says: str) -> None:
    root, keys = ws
    good = {"type": "track", "messageId": "ok", "userId": "u1", "event": "e"}
    bodies = {
        "segment": ("/v1/batch", {"batch": [good, {**good, "messageId": "bad", "properties": {"x": X}}]}, "message",
                    "batch[1].properties.x"),
        "posthog": ("/batch/", {"api_key": keys["posthog"], "batch": [
            {"uuid": "ok", "event": "e", "distinct_id": "u1"},
            {"uuid": "bad", "event": "e", "distinct_id": "u1", "properties": {"x": X}}]}, "detail",
            "batch[1].properties.x"),
        "mixpanel": ("/import", [{"event": "e", "properties": {"$insert_id": "ok", "time": 1795000000, "distinct_id": "u"}},
                                 {"event": "e", "properties": {"$insert_id": "bad", "time": 1795000000, "x": X}}],
                     "error", "[1].properties.x"),
    }
    with running(root) as r:
        for protocol, (path, doc, field, where) in bodies.items():
            spooled = r.collector.spool.end()  # type: ignore[union-attr]
            body = json.dumps(doc).replace(json.dumps(X), value)
            resp = httpx.post(r.url + path, content=body, auth=(keys[protocol], ""),
                              headers={"Content-Type": "application/json"})
            assert resp.status_code == 400, (protocol, resp.text)
            message = resp.json()[field]
            assert says in message, (protocol, message)
            if case != "1,000 levels of nesting":  # too deep to parse: its line and column are named instead
                assert message.startswith(where), (protocol, message)
            assert r.collector.spool.end() == spooled, protocol
    assert stored(root)["events"] == []
